-- The marketplace's publication of open requests to professionals (docs/adr/0005): a platform-side listing written
-- with the request, without the client's name, and the professionals' answers to it. The 48-hour promise is
-- measured on the listing: when it reached a shortlist of three interested candidates.
create table request_listing (
    id                   uuid          primary key,   -- the request's id
    client_tenant        varchar(30)   not null references tenant (slug),
    title                varchar(120)  not null,
    level                varchar(11)   not null check (level in ('OPERATIONAL', 'TACTICAL', 'STRATEGIC')),
    required_any         integer       not null,     -- required skills by least depth, as bit sets (see professional)
    required_experienced integer       not null,
    required_expert      integer       not null,
    remote               boolean       not null,
    place_id             integer       references place (id),
    latitude             double precision,
    longitude            double precision,
    max_distance_km      smallint,
    start_date           date          not null,
    hours_per_week       smallint      not null,
    duration_weeks       smallint      not null,
    max_rate             numeric(7,2)  not null,
    description          varchar(2000) not null,
    open                 boolean       not null,
    submitted_at         timestamptz   not null,
    shortlist_reached_at timestamptz,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    version              bigint        not null
);
create index request_listing_open_ix on request_listing (submitted_at) where open;
create index request_listing_tenant_ix on request_listing (client_tenant);
create index request_listing_place_ix on request_listing (place_id);
create index request_listing_month_ix on request_listing (submitted_at);
grant select, insert, update on request_listing to ${appRole};

create table listing_answer (
    listing_id       uuid          not null references request_listing (id) on delete cascade,
    professional_id  uuid          not null references professional (id) on delete cascade,
    interested       boolean       not null,
    answered_at      timestamptz   not null,
    primary key (listing_id, professional_id)
);
create index listing_answer_professional_ix on listing_answer (professional_id);
grant select, insert, update on listing_answer to ${appRole};
