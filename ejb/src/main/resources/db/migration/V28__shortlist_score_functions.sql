-- The score's parts (docs/marketplace.md) as functions, one definition for the ranking (SqlCandidateSearch.RANKING,
-- where PostgreSQL inlines them) and for the trigger that decides which kept shortlists a profile change can move:
-- now only those the professional is on, or would enter (ADR 0008, second amendment).

-- The points of the skills in `asked` a professional has: 1 per expert skill, 0.75 per experienced, 0.4 per basic.
create function skill_points(held integer, experienced integer, expert integer, asked integer) returns numeric
    language sql immutable as $$
    select 1.0 * bit_count((expert & asked)::bit(32)) + 0.75 * bit_count((experienced & ~expert & asked)::bit(32))
           + 0.4 * bit_count((held & ~experienced & asked)::bit(32))
$$;

-- 40 for the required skills (30 of them when nice-to-have ones are asked: 10 for those, counted when held at least
-- as deep as asked).
create function skills_score(held integer, experienced integer, expert integer,
                             required integer, nice_any integer, nice_experienced integer, nice_expert integer) returns numeric
    language sql immutable as $$
    select round(case when (nice_any | nice_experienced | nice_expert) = 0
                      then 40.0 * skill_points(held, experienced, expert, required) / bit_count(required::bit(32))
                      else 30.0 * skill_points(held, experienced, expert, required) / bit_count(required::bit(32))
                           + 10.0 * skill_points(held, experienced, expert, held & (nice_any | (experienced & nice_experienced) | (expert & nice_expert)))
                             / bit_count((nice_any | nice_experienced | nice_expert)::bit(32)) end, 1)
$$;

create function level_score(level text, asked text) returns numeric language sql immutable as $$
    select case when level = asked then 10.0 else 6.0 end
$$;

-- 10 for the hours a week asked, 5 for being available at the start (less for each day of the slack after it).
create function availability_score(hours_per_week integer, available_from date, hours integer, start date, slack integer) returns numeric
    language sql immutable as $$
    select round(10.0 * least(hours_per_week, hours) / hours
                 + case when available_from <= start then 5.0 else 5.0 * (1 - (available_from - start) / (slack + 1.0)) end, 1)
$$;

create function distance_score(km double precision, max_km integer, travel_radius_km integer, remote boolean) returns numeric
    language sql immutable as $$
    select round(case when remote then 15.0 else cast(15.0 * (1 - km / greatest(least(max_km, travel_radius_km), 1)) as numeric) end, 1)
$$;

create function rate_score(hourly_rate numeric, max_rate numeric) returns numeric language sql immutable as $$
    select round(4 + 6 * least(1.0, (max_rate - hourly_rate) / (0.3 * max_rate)), 1)
$$;

-- Reviews as stars, shrunk towards 3 stars by two imaginary ones, so one review does not make or break a score.
create function rating_score(rating_sum integer, rating_count integer) returns numeric language sql immutable as $$
    select round(case when rating_count = 0 then 6.0 else 10.0 * ((rating_sum + 6.0) / (rating_count + 2)) / 5 end, 1)
$$;

-- What the ranking needs of a request beside its required skills: the nice-to-have ones, per least depth.
alter table request_listing
    add column nice_any          integer not null default 0,
    add column nice_experienced  integer not null default 0,
    add column nice_expert       integer not null default 0,
    -- the total a professional must reach to enter the kept shortlist; null while it holds everyone who fits
    add column kept_floor        numeric(4,1);

-- the owner reads every client's skills, once; the bits in the order of the Skill enum (Skill.bit)
alter table request_skill no force row level security;
update request_listing l set nice_any = s.nice_any, nice_experienced = s.nice_experienced, nice_expert = s.nice_expert
from (select request_id,
             coalesce(bit_or(bit) filter (where min_depth = 1), 0) as nice_any,
             coalesce(bit_or(bit) filter (where min_depth = 2), 0) as nice_experienced,
             coalesce(bit_or(bit) filter (where min_depth = 3), 0) as nice_expert
      from (select request_id, min_depth,
                   1 << (array_position(array['PRINCE2', 'SCRUM', 'SAFE', 'LEAN', 'PDCA', 'SIX_SIGMA', 'RISK', 'STAKEHOLDER', 'FINANCE',
                                              'CAPACITY', 'MS_PROJECT', 'PORTFOLIO', 'CHANGE', 'REPORTING', 'PMO_SETUP', 'IPMA'],
                                        skill::text) - 1) as bit
            from request_skill
            where not required) nice
      group by request_id) s
where l.id = s.request_id;
alter table request_skill force row level security;

-- The total of a professional's score for a listed request, as the ranking adds its parts.
create function candidate_total(p professional, l request_listing) returns numeric language sql immutable as $$
    select skills_score(p.skills_any, p.skills_experienced, p.skills_expert, l.required_any | l.required_experienced | l.required_expert,
                        l.nice_any, l.nice_experienced, l.nice_expert)
           + level_score(p.level, l.level)
           + availability_score(p.hours_per_week, p.available_from, l.hours_per_week, l.start_date, 14)   -- START_SLACK_DAYS
           + distance_score(earth_distance(ll_to_earth(l.latitude, l.longitude), ll_to_earth(p.latitude, p.longitude)) / 1000,
                            l.max_distance_km, p.travel_radius_km, l.remote)
           + rate_score(p.hourly_rate, l.max_rate)
           + rating_score(p.rating_sum, p.rating_count)
$$;

-- A change moves a kept shortlist only when the professional is on it (to leave, or move) or fits the request and
-- scores at least its floor (to enter). The rankings running at the time take professional_generation FOR SHARE
-- before they read (SqlCandidateSearch.rank), so this waits for them to commit and then sees what they kept.
create or replace function professionals_changed() returns trigger language plpgsql as $$
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
    from (select c.listing_id as id
          from listing_candidate c
          where tg_op = 'UPDATE' and c.professional_id in (select n.id from changed n)
          union
          select l.id
          from changed n
          join professional p on p.id = n.id
          join request_listing l on l.open and listing_fits(p, l)
          where p.vetting = 'VETTED' and (l.kept_floor is null or candidate_total(p, l) >= l.kept_floor)) touched
    on conflict (listing_id) do update set generation = excluded.generation;
    return null;
end
$$;

update professional_generation set stale_from = value;   -- every kept shortlist is ranked once more, and learns its floor
