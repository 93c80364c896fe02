-- A request's shortlist is ranked once and kept (ADR 0008): every change to the professionals moves one generation
-- counter, and a listing ranked at an older generation is ranked again the next time its shortlist is asked for.
-- So a profile change reaches every shortlist, and reading one costs an index lookup instead of a ranking.
create table professional_generation (
    only_row  boolean primary key default true check (only_row),
    value     bigint  not null
);
insert into professional_generation (value) values (1);
grant select, update on professional_generation to ${appRole};

-- Per statement, not per row: a bulk write moves the counter once. The update waits for the row lock of another
-- writer until it commits, so a reader sees the counter move only with the data that moved it.
create function professional_changed() returns trigger language plpgsql as $$
begin
    update professional_generation set value = value + 1;
    return null;
end
$$;
create trigger professional_changed after insert or update or delete on professional
    for each statement execute function professional_changed();

alter table request_listing add column ranked_generation bigint;   -- null: not ranked yet

create table listing_candidate (
    listing_id          uuid         not null references request_listing (id) on delete cascade,
    position            smallint     not null check (position >= 1),
    professional_id     uuid         not null references professional (id) on delete cascade,
    km                  numeric(6,1),                              -- null for remote work
    skills_score        numeric(4,1) not null,
    level_score         numeric(4,1) not null,
    availability_score  numeric(4,1) not null,
    distance_score      numeric(4,1) not null,
    rate_score          numeric(4,1) not null,
    rating_score        numeric(4,1) not null,
    total               numeric(4,1) not null,
    primary key (listing_id, position)
);
create index listing_candidate_professional_ix on listing_candidate (professional_id);
grant select, insert, delete on listing_candidate to ${appRole};
