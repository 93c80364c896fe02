-- The marketplace's second part (docs/marketplace.md): the client's contract with the platform (fee percentage),
-- assignment agreements (overeenkomst van opdracht) in versions accepted by both parties, the engagement a
-- concluded agreement creates, and the monthly fee statements. These are platform records (a professional reads
-- them without a tenant) that belong to one client: row-level security shows a tenant's transaction only its own
-- rows and the platform's ('*platform', set by the application for work without a tenant) all of them; a connection
-- that set nothing, or '' (what a transaction-local setting leaves behind), sees nothing.
create function apply_client_visibility(tbl regclass, app_role text) returns void language plpgsql as $$
begin
    execute format('alter table %s enable row level security', tbl);
    execute format('alter table %s force row level security', tbl);
    execute format('create policy client_visibility on %s'
                   ' using (client_tenant = current_setting(''app.tenant_id'', true) or current_setting(''app.tenant_id'', true) = ''*platform'')'
                   ' with check (client_tenant = current_setting(''app.tenant_id'', true) or current_setting(''app.tenant_id'', true) = ''*platform'')', tbl);
    execute format('grant select, insert, update on %s to %I', tbl, app_role);
end
$$;

create table marketplace_contract (
    id                uuid          primary key,
    client_tenant     varchar(30)   not null references tenant (slug),
    legal_name        varchar(120)  not null check (btrim(legal_name) <> ''),
    kvk_number        char(8)       check (kvk_number ~ '^[0-9]{8}$'),
    fee_percent       numeric(4,2)  not null check (fee_percent > 0 and fee_percent <= 30),
    set_by            varchar(100)  not null,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           bigint        not null,
    constraint marketplace_contract_once unique (client_tenant)
);
select apply_client_visibility('marketplace_contract', '${appRole}');

create table agreement (
    id                uuid          primary key,
    client_tenant     varchar(30)   not null references tenant (slug),
    request_id        uuid          not null references request_listing (id),
    project_id        uuid          not null,
    project_name      varchar(160)  not null,   -- as it was when offered: the professional reads the agreement without the tenant
    professional_id   uuid          not null references professional (id),
    status            varchar(9)    not null check (status in ('OFFERED', 'CONCLUDED', 'WITHDRAWN', 'LAPSED')),
    offered_by        varchar(100)  not null,
    concluded_at      timestamptz,
    closed_at         timestamptz,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           bigint        not null,
    constraint agreement_per_candidate unique (request_id, professional_id),
    constraint agreement_concluded check ((status = 'CONCLUDED') = (concluded_at is not null))
);
-- the wall behind "exactly one agreement per request", whatever two transactions do at once
create unique index agreement_one_concluded_uix on agreement (request_id) where status = 'CONCLUDED';
create index agreement_tenant_ix on agreement (client_tenant, status);
create index agreement_professional_ix on agreement (professional_id, status);
select apply_client_visibility('agreement', '${appRole}');

-- Every version of an agreement's terms is kept with who accepted it when; a changed term is a new version.
create table agreement_version (
    agreement_id      uuid          not null references agreement (id),
    client_tenant     varchar(30)   not null references tenant (slug),
    number            smallint      not null check (number >= 1),
    hourly_rate       numeric(7,2)  not null check (hourly_rate > 0),
    hours_per_week    smallint      not null check (hours_per_week between 4 and 40),
    start_date        date          not null,
    end_date          date          not null,
    notice_days       smallint      not null check (notice_days between 0 and 90),
    tenant_role       varchar(6)    not null check (tenant_role in ('PMO', 'PM', 'VIEWER')),
    fee_percent       numeric(4,2)  not null check (fee_percent > 0 and fee_percent <= 30),
    drawn_up_by       varchar(100)  not null,
    drawn_up_at       timestamptz   not null,
    professional_accepted_by varchar(100),
    professional_accepted_at timestamptz,
    client_accepted_by varchar(100),
    client_accepted_at timestamptz,
    primary key (agreement_id, number),
    constraint agreement_version_period check (end_date >= start_date),
    constraint agreement_version_professional check ((professional_accepted_by is null) = (professional_accepted_at is null)),
    constraint agreement_version_client check ((client_accepted_by is null) = (client_accepted_at is null))
);
create index agreement_version_tenant_ix on agreement_version (client_tenant);
select apply_client_visibility('agreement_version', '${appRole}');

create table engagement (
    id                uuid          primary key,  -- the concluded agreement's id
    client_tenant     varchar(30)   not null references tenant (slug),
    agreement_id      uuid          not null references agreement (id),
    professional_id   uuid          not null references professional (id),
    project_id        uuid          not null,
    tenant_username   varchar(100)  not null,
    tenant_role       varchar(6)    not null check (tenant_role in ('PMO', 'PM', 'VIEWER')),
    hourly_rate       numeric(7,2)  not null,
    hours_per_week    smallint      not null,
    fee_percent       numeric(4,2)  not null,
    start_date        date          not null,
    end_date          date          not null,
    ended_on          date,
    ended_by          varchar(100),
    end_reason        varchar(500),
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           bigint        not null,
    constraint engagement_period check (end_date >= start_date),
    constraint engagement_ended check ((ended_on is null) = (ended_by is null) and (ended_on is null or ended_on >= start_date - 1))
);
-- asked on every request of a hired professional (GuestAccess)
create index engagement_access_ix on engagement (client_tenant, tenant_username, start_date);
create index engagement_professional_ix on engagement (professional_id, start_date);
create index engagement_agreement_ix on engagement (agreement_id);
select apply_client_visibility('engagement', '${appRole}');

-- At the end both sides review each other once: the client's stars feed the professional's rating.
create table engagement_review (
    engagement_id     uuid          not null references engagement (id),
    client_tenant     varchar(30)   not null references tenant (slug),
    party             varchar(12)   not null check (party in ('CLIENT', 'PROFESSIONAL')),
    stars             smallint      not null check (stars between 1 and 5),
    text              varchar(1000) not null,
    written_by        varchar(100)  not null,
    written_at        timestamptz   not null,
    primary key (engagement_id, party)
);
create index engagement_review_tenant_ix on engagement_review (client_tenant);
select apply_client_visibility('engagement_review', '${appRole}');

create table fee_statement (
    id                uuid          primary key,
    client_tenant     varchar(30)   not null references tenant (slug),
    engagement_id     uuid          not null references engagement (id),
    month             date          not null check (extract(day from month) = 1),
    hours             numeric(8,2)  not null check (hours >= 0),
    hourly_rate       numeric(7,2)  not null,
    fee_percent       numeric(4,2)  not null,
    fee               numeric(12,2) not null,
    vat               numeric(12,2) not null,
    total             numeric(12,2) not null,
    issued_at         timestamptz   not null,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           bigint        not null,
    constraint fee_statement_once unique (engagement_id, month),
    constraint fee_statement_sum check (total = fee + vat)
);
create index fee_statement_tenant_ix on fee_statement (client_tenant);
select apply_client_visibility('fee_statement', '${appRole}');

-- How many hours a week a professional has promised in a period, over all clients: asked while concluding in one
-- client's transaction, so it looks past row-level security for this one number (the platform's view) and puts
-- the client's tenant back before it returns. Refused without a tenant or platform setting (fail closed).
create function professional_committed_hours(professional uuid, first date, last date) returns integer language plpgsql as $$
declare
    tenant    text := current_setting('app.tenant_id', true);
    committed integer;
begin
    if coalesce(tenant, '') = '' then
        raise exception 'app.tenant_id is not set';
    end if;
    perform set_config('app.tenant_id', '*platform', true);
    select coalesce(sum(e.hours_per_week), 0)::integer into committed from engagement e
    where e.professional_id = professional and e.start_date <= last and coalesce(e.ended_on, e.end_date) >= first
      and coalesce(e.ended_on, e.end_date) >= e.start_date;
    perform set_config('app.tenant_id', tenant, true);
    return committed;
end
$$;
grant execute on function professional_committed_hours(uuid, date, date) to ${appRole};
