-- A change to a professional makes stale only the kept shortlists it can move (ADR 0008, amended): those it is on
-- (it may have to leave, or its score changed) and those of the open requests it fits after the change (it may have
-- to enter). Every other shortlist stays current, so a profile saved anywhere no longer makes every client's next
-- look rank from scratch.
--
-- The generation counter still moves with every write to professional. A listing is current when it was ranked at or
-- after both the last change that touched it (listing_stale) and the last change that touched everything
-- (professional_generation.stale_from: a bulk write or a removal).
alter table professional_generation add column stale_from bigint not null default 0;
update professional_generation set stale_from = value;   -- the kept rankings of V26 are ranked once more

-- No foreign key to request_listing: it would share-lock the listing from inside a profile save, which holds the
-- professional's row, while concluding an agreement locks the listing and then the professional.
create table listing_stale (
    listing_id  uuid    primary key,
    generation  bigint  not null
);
grant select, insert, update on listing_stale to ${appRole};

-- Whether a professional fits a listed request: the ranking's filter (SqlCandidateSearch.RANKING, written there as
-- index conditions) row by row. Also what a professional's list of fitting requests asks.
create function listing_fits(p professional, l request_listing) returns boolean language sql immutable as $$
    select p.level in (l.level, case l.level when 'OPERATIONAL' then 'TACTICAL' else 'STRATEGIC' end)
       and p.hourly_rate <= l.max_rate
       and p.available_from <= l.start_date + 14
       and p.skills_any & l.required_any = l.required_any
       and p.skills_experienced & l.required_experienced = l.required_experienced
       and p.skills_expert & l.required_expert = l.required_expert
       and (l.remote or (not p.remote_only
            and earth_distance(ll_to_earth(l.latitude, l.longitude), ll_to_earth(p.latitude, p.longitude)) / 1000
                <= least(l.max_distance_km, p.travel_radius_km)))
$$;

-- Per statement, with the rows it changed. A statement of more than 100 rows (demo data, SQL) or a removal marks
-- everything stale rather than testing each row against each open request.
drop trigger professional_changed on professional;
drop function professional_changed();

create function professionals_changed() returns trigger language plpgsql as $$
declare
    generation bigint;
begin
    update professional_generation set value = value + 1 returning value into generation;
    if tg_op = 'DELETE' or (select count(*) from changed) > 100 then
        update professional_generation set stale_from = generation;
        return null;
    end if;
    insert into listing_stale (listing_id, generation)
    select touched.id, generation
    from (select l.id
          from changed n
          join professional p on p.id = n.id
          join request_listing l on l.open and listing_fits(p, l)
          where p.vetting = 'VETTED'
          union
          select c.listing_id
          from listing_candidate c
          where tg_op = 'UPDATE' and c.professional_id in (select n.id from changed n)) touched
    on conflict (listing_id) do update set generation = excluded.generation;
    return null;
end
$$;
create trigger professionals_inserted after insert on professional
    referencing new table as changed for each statement execute function professionals_changed();
create trigger professionals_updated after update on professional
    referencing new table as changed for each statement execute function professionals_changed();
create trigger professionals_deleted after delete on professional
    referencing old table as changed for each statement execute function professionals_changed();

-- The places were loaded without statistics (autovacuum may be off): plans of reads that join them need them.
analyze place;
