-- Projects: tenant-owned. Two walls keep tenants apart: Hibernate's @TenantId adds the tenant to every
-- query, and row-level security below filters whatever SQL runs, native queries included.
create table project (
    id          uuid          primary key,
    tenant_id   varchar(30)   not null references tenant (slug) check (tenant_id <> ''),
    code        varchar(20)   not null,
    name        varchar(120)  not null,
    description varchar(2000),
    method      varchar(16)   not null check (method in ('PRINCE2', 'SCRUM', 'KANBAN', 'HYBRID')),
    manager     varchar(100)  not null,
    start_date  date          not null,
    end_date    date          not null,
    status      varchar(8)    not null check (status in ('GREEN', 'AMBER', 'RED')),
    phase       varchar(8)    not null check (phase in ('ACTIVE', 'CLOSED')),
    budget      numeric(14, 2) check (budget >= 0),
    closed_on   date,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    version     bigint        not null,
    constraint project_period check (end_date >= start_date)
);

-- One index per filter and sort the list offers, each led by the tenant.
create unique index project_code_uq on project (tenant_id, lower(code));
create index project_name_ix on project (tenant_id, name);
create index project_status_ix on project (tenant_id, phase, status);
create index project_method_ix on project (tenant_id, method);
create index project_manager_ix on project (tenant_id, manager);
create index project_start_ix on project (tenant_id, start_date);
create index project_end_ix on project (tenant_id, end_date);

alter table project enable row level security;
alter table project force row level security;
create policy project_tenant_isolation on project
    using (tenant_id = nullif(current_setting('app.tenant_id', true), ''))
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), ''));

grant select, insert, update, delete on project to ${appRole};
