-- A ranking from scratch scored every professional who fits (thousands for remote work) in numeric arithmetic, and
-- measured the distance of everyone in the request's box with ll_to_earth (trigonometry through several cube calls
-- per row): most of its time (ADR 0008, third amendment). Now each part of the score is an integer in tenths of a
-- point, computed with integers (a rounded quotient: each part rounded once from its exact value), the distance is
-- earthdistance's point operator (<@>, haversine in one C call), and the parts take the professional and the listing
-- whole, so that the ranking (SqlCandidateSearch), the trigger (V28) and the kept parts call the same functions.
-- One ranking query on the benchmark's data: on site 18 -> 2-4 ms, remote 13 -> 6-8 ms.

-- Kilometres along the earth's surface (a sphere of 6,371 km) between two coordinates: the one distance of the
-- marketplace (ranking, fit, score, a professional's list of requests).
create function km_between(latitude1 double precision, longitude1 double precision,
                           latitude2 double precision, longitude2 double precision) returns double precision
    language sql immutable as $$
    select (point(longitude1, latitude1) <@> point(longitude2, latitude2)) * 1.609344   -- statute miles
$$;

-- How long after the requested start a professional may still become available: fit, score and the ranking's parts.
create function start_slack_days() returns integer language sql immutable as $$ select 14 $$;

-- numerator / denominator rounded half up, for a non-negative numerator and a positive denominator (as numeric's round)
create function rounded_quotient(numerator bigint, denominator bigint) returns integer language sql immutable as $$
    select ((2 * numerator + denominator) / (2 * denominator))::integer
$$;

drop function candidate_total(professional, request_listing);
drop function skills_score(integer, integer, integer, integer, integer, integer, integer);
drop function skill_points(integer, integer, integer, integer);
drop function level_score(text, text);
drop function availability_score(integer, date, integer, date, integer);
drop function distance_score(double precision, integer, integer, boolean);
drop function rate_score(numeric, numeric);
drop function rating_score(integer, integer);

-- What the fit and the score ask of a request beside its own columns, kept with it so that a ranking does not work
-- them out again for every professional it reads.
alter table request_listing
    add column level_above     varchar(11) generated always as (case level when 'OPERATIONAL' then 'TACTICAL' else 'STRATEGIC' end) stored,
    add column required_all    integer generated always as (required_any | required_experienced | required_expert) stored,
    add column required_count  integer generated always as (bit_count((required_any | required_experienced | required_expert)::bit(32))) stored,
    add column nice_count      integer generated always as (bit_count((nice_any | nice_experienced | nice_expert)::bit(32))) stored;

-- The parts of professional p's score for listed request l, each in tenths of a point (docs/marketplace.md). Taking
-- the rows whole, the ranking (SqlCandidateSearch), the trigger and the kept parts call them alike; PostgreSQL
-- inlines them, and reads the professional's columns straight from the ranking's index.

-- Hundredths of a point for the skills in `asked` p has: 100 per expert skill, 75 per experienced, 40 per basic.
create function skill_points(p professional, asked integer) returns integer language sql immutable as $$
    select 100 * bit_count((p.skills_expert & asked)::bit(32))::integer
           + 75 * bit_count((p.skills_experienced & ~p.skills_expert & asked)::bit(32))::integer
           + 40 * bit_count((p.skills_any & ~p.skills_experienced & asked)::bit(32))::integer
$$;

-- 40 points for the required skills, averaged (30 of them when nice-to-have ones are asked: 10 for those, counted
-- when held at least as deep as asked), rounded once over both.
create function skills_score(p professional, l request_listing) returns integer language sql immutable as $$
    select case when l.nice_count = 0
                then rounded_quotient(4 * skill_points(p, l.required_all), l.required_count)
                else rounded_quotient(3 * skill_points(p, l.required_all) * l.nice_count
                                      + skill_points(p, p.skills_any & (l.nice_any | (p.skills_experienced & l.nice_experienced)
                                                                        | (p.skills_expert & l.nice_expert))) * l.required_count,
                                      l.required_count * l.nice_count) end
$$;

-- 10 points for the level asked, 6 for one above.
create function level_score(p professional, l request_listing) returns integer language sql immutable as $$
    select case when p.level = l.level then 100 else 60 end
$$;

-- 10 points for the hours a week asked, 5 for being available at the start (less for each day of the slack after it).
create function availability_score(p professional, l request_listing) returns integer language sql immutable as $$
    select rounded_quotient(100 * least(p.hours_per_week, l.hours_per_week) * (start_slack_days() + 1)
                            + 50 * l.hours_per_week * (start_slack_days() + 1 - greatest(p.available_from - l.start_date, 0)),
                            l.hours_per_week * (start_slack_days() + 1))
$$;

-- 15 points at the place, falling to 0 at the farthest allowed (the request's distance or p's radius); full for remote work.
create function distance_score(p professional, l request_listing) returns integer language sql immutable as $$
    select case when l.remote then 150
                else round(150 * (1 - km_between(l.latitude, l.longitude, p.latitude, p.longitude)
                                      / greatest(least(l.max_distance_km, p.travel_radius_km), 1)))::integer end
$$;

-- 4 points at the maximum rate, 10 from 30 % below it (in cents: exact).
create function rate_score(p professional, l request_listing) returns integer language sql immutable as $$
    select 40 + least(60, rounded_quotient(200 * ((l.max_rate - p.hourly_rate) * 100)::integer, (l.max_rate * 100)::integer))
$$;

-- Reviews as stars, shrunk towards 3 stars by two imaginary ones, so one review does not make or break a score.
create function rating_score(p professional) returns integer language sql immutable as $$
    select case when p.rating_count = 0 then 60 else rounded_quotient(20 * (p.rating_sum + 6), p.rating_count + 2) end
$$;

-- The total, as the ranking orders by it and the trigger compares it with a kept shortlist's floor.
create function candidate_total(p professional, l request_listing) returns integer language sql immutable as $$
    select skills_score(p, l) + level_score(p, l) + availability_score(p, l) + distance_score(p, l) + rate_score(p, l) + rating_score(p)
$$;

-- Whether p fits l (V27): now with the level above as kept, and the one distance.
create or replace function listing_fits(p professional, l request_listing) returns boolean language sql immutable as $$
    select (p.level = l.level or p.level = l.level_above)
       and p.hourly_rate <= l.max_rate
       and p.available_from <= l.start_date + start_slack_days()
       and p.skills_any & l.required_any = l.required_any
       and p.skills_experienced & l.required_experienced = l.required_experienced
       and p.skills_expert & l.required_expert = l.required_expert
       and (l.remote or (not p.remote_only
            and km_between(l.latitude, l.longitude, p.latitude, p.longitude) <= least(l.max_distance_km, p.travel_radius_km)))
$$;

-- The floor is compared with candidate_total by the trigger (V28, unchanged): in tenths too. Every kept shortlist
-- is ranked once more (distances moved by a fraction of a percent) and learns its floor again.
alter table request_listing alter column kept_floor type integer using round(kept_floor * 10);
update professional_generation set stale_from = value;
