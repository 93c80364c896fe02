-- The marketplace, first part: interim PMO professionals (platform data, no tenant: they belong to the platform
-- realm and are offered to every client) and client requests (tenant data, walled like every other). A client
-- reads professionals only through the ranking, which leaves out contact details (docs/adr/0005).

-- Professionals: profile, T-shaped skills, home place and travel radius, rate, availability, vetting.
create table professional (
    id                uuid          primary key,
    account           varchar(100)  not null,
    name              varchar(120)  not null check (btrim(name) <> ''),
    trade_name        varchar(120)  not null check (btrim(trade_name) <> ''),
    kvk_number        char(8)       not null check (kvk_number ~ '^[0-9]{8}$'),
    kvk_check         varchar(11)   not null check (kvk_check in ('UNVERIFIED', 'FORMAT_ONLY', 'VERIFIED', 'NOT_FOUND')),
    level             varchar(11)   not null check (level in ('OPERATIONAL', 'TACTICAL', 'STRATEGIC')),
    home_place_id     integer       not null references place (id),
    -- the home place's coordinates, kept here so the distance filter is one GiST index range
    latitude          double precision not null,
    longitude         double precision not null,
    travel_radius_km  smallint      not null check (travel_radius_km between 0 and 300),
    remote_only       boolean       not null,
    hourly_rate       numeric(7,2)  not null check (hourly_rate > 0),
    available_from    date          not null,
    hours_per_week    smallint      not null check (hours_per_week between 4 and 40),
    languages         varchar(60)   not null,
    sectors           varchar(300)  not null,
    certifications    varchar(500)  not null,
    bio               varchar(2000) not null,
    email             varchar(200)  not null check (position('@' in email) > 1),
    phone             varchar(30),
    vetting           varchar(8)    not null check (vetting in ('PENDING', 'VETTED', 'REJECTED')),
    vetted_by         varchar(100),
    vetted_at         timestamptz,
    -- the skills as bit sets (bit n: the skill of ordinal n), kept with the skills: the ranking reads them from its index
    skills_any        integer       not null,
    skills_experienced integer      not null,
    skills_expert     integer       not null,
    rating_sum        integer       not null check (rating_sum >= 0),
    rating_count      integer       not null check (rating_count >= 0),
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           bigint        not null,
    constraint professional_account unique (account),
    constraint professional_vetted check ((vetting = 'PENDING') = (vetted_by is null)),
    constraint professional_skill_sets check (skills_expert & ~skills_experienced = 0 and skills_experienced & ~skills_any = 0)
);
-- the ranking reads vetted professionals from one of these indexes alone (an index-only scan): the one of a skill the
-- request requires, then a band of latitude around its place (all of it for remote work), with every column its
-- filters and score need. One partial index per skill (bit n: the skill of ordinal n) keeps what is scanned to
-- the professionals who have that skill.
do $$
begin
    for n in 0..15 loop
        execute format('create index professional_skill%s_match_ix on professional (latitude) include (id, longitude, level, hourly_rate, '
            || 'available_from, hours_per_week, travel_radius_km, remote_only, rating_sum, rating_count, skills_any, skills_experienced, '
            || 'skills_expert) where vetting = ''VETTED'' and skills_any & %s <> 0', n, 1 << n);
    end loop;
end $$;
create index professional_place_ix on professional (home_place_id);
create index professional_vetting_ix on professional (vetting, created_at);
grant select, insert, update on professional to ${appRole};

-- the T-shape: each skill with its depth (1 basic, 2 experienced, 3 expert)
create table professional_skill (
    professional_id   uuid          not null references professional (id) on delete cascade,
    skill             varchar(20)   not null,
    depth             smallint      not null check (depth between 1 and 3),
    primary key (professional_id, skill)
);
create index professional_skill_ix on professional_skill (skill, depth, professional_id);
grant select, insert, update, delete on professional_skill to ${appRole};

-- A client's request for a professional on one of its projects.
create table marketplace_request (
    id                uuid          primary key,
    tenant_id         varchar(30)   not null references tenant (slug) check (tenant_id <> ''),
    project_id        uuid          not null,
    title             varchar(120)  not null check (btrim(title) <> ''),
    level             varchar(11)   not null check (level in ('OPERATIONAL', 'TACTICAL', 'STRATEGIC')),
    remote            boolean       not null,
    place_id          integer       references place (id),
    max_distance_km   smallint      check (max_distance_km between 1 and 300),
    start_date        date          not null,
    hours_per_week    smallint      not null check (hours_per_week between 4 and 40),
    duration_weeks    smallint      not null check (duration_weeks between 1 and 104),
    max_rate          numeric(7,2)  not null check (max_rate > 0),
    description       varchar(2000) not null,
    status            varchar(9)    not null check (status in ('OPEN', 'WITHDRAWN', 'FILLED')),
    submitted_at      timestamptz   not null,
    closed_at         timestamptz,
    created_by        varchar(100)  not null,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           bigint        not null,
    constraint marketplace_request_where check (remote or (place_id is not null and max_distance_km is not null)),
    constraint marketplace_request_closed check ((status = 'OPEN') = (closed_at is null)),
    constraint marketplace_request_tenant_id unique (tenant_id, id),
    constraint marketplace_request_project_fk foreign key (tenant_id, project_id) references project (tenant_id, id) on delete cascade
);
create index marketplace_request_project_ix on marketplace_request (tenant_id, project_id);
create index marketplace_request_status_ix on marketplace_request (tenant_id, status, submitted_at);
create index marketplace_request_place_ix on marketplace_request (place_id);
select apply_tenant_isolation('marketplace_request', '${appRole}');

create table request_skill (
    id                uuid          primary key,
    tenant_id         varchar(30)   not null references tenant (slug) check (tenant_id <> ''),
    request_id        uuid          not null,
    skill             varchar(20)   not null,
    min_depth         smallint      not null check (min_depth between 1 and 3),
    required          boolean       not null,
    constraint request_skill_once unique (tenant_id, request_id, skill),
    constraint request_skill_request_fk foreign key (tenant_id, request_id) references marketplace_request (tenant_id, id) on delete cascade
);
select apply_tenant_isolation('request_skill', '${appRole}');
