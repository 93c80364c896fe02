-- Planned absences (holidays, a course, another client's week): a professional keeps them as one multirange of days,
-- on the professional's row, so that the ranking reads them from its index like every other fact it scores. The
-- availability part now counts only the days of the request's period the professional is there; someone away for
-- the whole period does not fit.

-- Null when none (most professionals at any time): the fit and the score then skip them with a null test, and the
-- ranking's index does not grow for them.
alter table professional add column absences datemultirange check (not isempty(absences));

-- The request's period: from its start, its weeks long (upper bound exclusive).
alter table request_listing
    add column period daterange generated always as (daterange(start_date, start_date + 7 * duration_weeks)) stored;

-- The days in a set of day ranges. Its sum keeps PostgreSQL from inlining it, so it is called only for those whose
-- absences overlap the period (below): absent_days itself must stay inlinable, or the ranking would need the whole
-- professional row and could no longer read its index alone.
create function days_in(ranges datemultirange) returns integer language sql immutable strict as $$
    select coalesce(sum(upper(r) - lower(r)), 0)::integer from unnest(ranges) r
$$;

-- The days of listing l's period that professional p is away. One period away (the most common) is counted on its
-- own range, seven times faster than the sum.
create function absent_days(p professional, l request_listing) returns integer language sql immutable as $$
    select case when p.absences is null or not p.absences && l.period then 0
                when p.absences = datemultirange(range_merge(p.absences))
                then upper(range_merge(p.absences) * l.period) - lower(range_merge(p.absences) * l.period)
                else days_in(p.absences * datemultirange(l.period)) end
$$;

-- 10 points for the hours a week asked on every day of the period (fewer for the days away), 5 for being available
-- at the start (less for each day of the slack after it); rounded once.
create or replace function availability_score(p professional, l request_listing) returns integer language sql immutable as $$
    select rounded_quotient(100 * least(p.hours_per_week, l.hours_per_week) * (start_slack_days() + 1)::bigint * (l.duration_weeks * 7 - absent_days(p, l))
                            + 50 * l.hours_per_week * (start_slack_days() + 1 - greatest(p.available_from - l.start_date, 0))::bigint * l.duration_weeks * 7,
                            l.hours_per_week * (start_slack_days() + 1)::bigint * l.duration_weeks * 7)
$$;

-- Whether p fits l (V27, V30): and is not away for the whole period.
create or replace function listing_fits(p professional, l request_listing) returns boolean language sql immutable as $$
    select (p.level = l.level or p.level = l.level_above)
       and p.hourly_rate <= l.max_rate
       and p.available_from <= l.start_date + start_slack_days()
       and p.skills_any & l.required_any = l.required_any
       and p.skills_experienced & l.required_experienced = l.required_experienced
       and p.skills_expert & l.required_expert = l.required_expert
       and (l.remote or (not p.remote_only
            and km_between(l.latitude, l.longitude, p.latitude, p.longitude) <= least(l.max_distance_km, p.travel_radius_km)))
       and (p.absences is null or not p.absences @> l.period)
$$;

-- The ranking's indexes (V16) carry the absences too, so that it still reads the professionals from the index alone.
do $$
begin
    for n in 0..15 loop
        execute format('drop index professional_skill%s_match_ix', n);
        execute format('create index professional_skill%s_match_ix on professional (latitude) include (id, longitude, level, hourly_rate, '
            || 'available_from, hours_per_week, travel_radius_km, remote_only, rating_sum, rating_count, skills_any, skills_experienced, '
            || 'skills_expert, absences) where vetting = ''VETTED'' and skills_any & %s <> 0', n, 1 << n);
    end loop;
end $$;

-- A kept candidate remembers the days of the period they are away, as the shortlist explains the availability part.
alter table listing_candidate add column absent_days smallint not null default 0;
