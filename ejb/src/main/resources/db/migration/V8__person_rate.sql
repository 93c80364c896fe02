-- Hourly rates of the people who register hours (time registration): what an approved hour costs the
-- project from the day the rate is valid. Budgets count approved hours at the rate valid on their day.
create table person_rate (
    id           uuid          primary key,
    tenant_id    varchar(30)   not null references tenant (slug) check (tenant_id <> ''),
    person       varchar(100)  not null check (btrim(person) <> ''),
    hourly_rate  numeric(8,2)  not null check (hourly_rate > 0),
    valid_from   date          not null,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    version      bigint        not null,
    constraint person_rate_one_per_day unique (tenant_id, person, valid_from)
);
select apply_tenant_isolation('person_rate', '${appRole}');
