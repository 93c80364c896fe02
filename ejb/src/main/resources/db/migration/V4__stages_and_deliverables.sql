-- Every tenant-owned table gets the same two walls; from here on one function applies the database wall
-- (forced row-level security on tenant_id, and the application role's grants) instead of a copied block.
create function apply_tenant_isolation(tbl regclass, app_role text) returns void language plpgsql as $$
begin
    execute format('alter table %s enable row level security', tbl);
    execute format('alter table %s force row level security', tbl);
    execute format('create policy tenant_isolation on %s'
                   ' using (tenant_id = nullif(current_setting(''app.tenant_id'', true), ''''))'
                   ' with check (tenant_id = nullif(current_setting(''app.tenant_id'', true), ''''))', tbl);
    execute format('grant select, insert, update, delete on %s to %I', tbl, app_role);
end
$$;

-- Prince2 management stages: initiation, delivery stages, closing. Time tolerance is measured against the
-- baseline end; cost tolerance against the budget. Stages of a project never overlap.
create table stage (
    id                 uuid          primary key,
    tenant_id          varchar(30)   not null references tenant (slug) check (tenant_id <> ''),
    project_id         uuid          not null references project (id) on delete cascade,
    kind               varchar(12)   not null check (kind in ('INITIATION', 'DELIVERY', 'CLOSING')),
    name               varchar(120)  not null,
    start_date         date          not null,
    end_date           date          not null,
    baseline_end       date          not null,
    time_tolerance_days integer      not null check (time_tolerance_days between 0 and 365),
    budget             numeric(14,2) not null check (budget >= 0),
    cost_tolerance_pct smallint      not null check (cost_tolerance_pct between 0 and 100),
    actual_cost        numeric(14,2) not null check (actual_cost >= 0),
    forecast_cost      numeric(14,2) not null check (forecast_cost >= 0),
    status             varchar(8)    not null check (status in ('PLANNED', 'ACTIVE', 'CLOSED')),
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    version            bigint        not null,
    constraint stage_period check (end_date >= start_date),
    constraint stage_no_overlap exclude using gist (project_id with =, daterange(start_date, end_date, '[]') with &&)
);
create index stage_project_ix on stage (tenant_id, project_id, start_date);
-- the exceptions card looks at the stages still running
create index stage_open_ix on stage (tenant_id, status) where status <> 'CLOSED';
select apply_tenant_isolation('stage', '${appRole}');

-- A stage gate: the project board's decision at the end of a stage, with the documents it rested on.
create table stage_gate (
    id          uuid         primary key,
    tenant_id   varchar(30)  not null references tenant (slug) check (tenant_id <> ''),
    stage_id    uuid         not null unique references stage (id) on delete cascade,
    decision    varchar(20)  not null check (decision in ('GO', 'GO_WITH_CONDITIONS', 'STOP')),
    decided_on  date         not null,
    decided_by  varchar(100) not null,
    conditions  varchar(2000),
    rationale   varchar(2000),
    created_at  timestamptz  not null,
    version     bigint       not null,
    constraint stage_gate_conditions check (decision <> 'GO_WITH_CONDITIONS' or conditions is not null)
);
select apply_tenant_isolation('stage_gate', '${appRole}');

create table gate_document (
    id         uuid         primary key,
    tenant_id  varchar(30)  not null references tenant (slug) check (tenant_id <> ''),
    gate_id    uuid         not null references stage_gate (id) on delete cascade,
    position   smallint     not null,
    kind       varchar(20)  not null check (kind in ('PROGRESS_REPORT', 'RISK_REGISTER', 'BUDGET', 'STAGE_PLAN', 'OTHER')),
    title      varchar(200) not null,
    reference  varchar(500)
);
create index gate_document_gate_ix on gate_document (gate_id);
select apply_tenant_isolation('gate_document', '${appRole}');

-- Deliverables (Prince2 "products"): planned period, baseline period, progress; optionally in a stage.
create table deliverable (
    id               uuid         primary key,
    tenant_id        varchar(30)  not null references tenant (slug) check (tenant_id <> ''),
    project_id       uuid         not null references project (id) on delete cascade,
    stage_id         uuid         references stage (id) on delete set null,
    name             varchar(120) not null,
    owner            varchar(100),
    start_date       date         not null,
    end_date         date         not null,
    baseline_start   date         not null,
    baseline_end     date         not null,
    percent_complete smallint     not null check (percent_complete between 0 and 100),
    completed_on     date,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null,
    constraint deliverable_period check (end_date >= start_date),
    constraint deliverable_completed check (completed_on is null or percent_complete = 100)
);
create index deliverable_project_ix on deliverable (tenant_id, project_id, start_date);
create index deliverable_stage_ix on deliverable (stage_id) where stage_id is not null;
select apply_tenant_isolation('deliverable', '${appRole}');

-- Finish-to-start: the successor starts after the predecessor ends. Cycles are refused by the service.
create table deliverable_dependency (
    id             uuid        primary key,
    tenant_id      varchar(30) not null references tenant (slug) check (tenant_id <> ''),
    project_id     uuid        not null references project (id) on delete cascade,
    predecessor_id uuid        not null references deliverable (id) on delete cascade,
    successor_id   uuid        not null references deliverable (id) on delete cascade,
    created_at     timestamptz not null,
    constraint dependency_not_self check (predecessor_id <> successor_id),
    constraint dependency_once unique (predecessor_id, successor_id)
);
create index dependency_project_ix on deliverable_dependency (tenant_id, project_id);
create index dependency_successor_ix on deliverable_dependency (successor_id);
select apply_tenant_isolation('deliverable_dependency', '${appRole}');

-- A milestone may belong to a stage, and must then lie within it.
alter table milestone add column stage_id uuid references stage (id) on delete set null;
create index milestone_stage_ix on milestone (stage_id) where stage_id is not null;
