-- Budgets: a project's budget lines per category, each spread evenly over its months (the planned value),
-- and the costs booked against it. Actual labour comes from approved hours at the person's rate (V8).
create table budget_line (
    id           uuid          primary key,
    tenant_id    varchar(30)   not null references tenant (slug) check (tenant_id <> ''),
    project_id   uuid          not null,
    category     varchar(16)   not null check (category in ('INTERNAL_LABOUR', 'EXTERNAL_HIRE', 'MATERIALS', 'LICENCES', 'OTHER')),
    description  varchar(200)  not null check (btrim(description) <> ''),
    amount       numeric(14,2) not null check (amount >= 0),
    first_month  date          not null check (extract(day from first_month) = 1),
    last_month   date          not null check (extract(day from last_month) = 1),
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    version      bigint        not null,
    constraint budget_line_months check (last_month >= first_month),
    constraint budget_line_project_fk foreign key (tenant_id, project_id) references project (tenant_id, id) on delete cascade
);
create index budget_line_project_ix on budget_line (tenant_id, project_id, category);
select apply_tenant_isolation('budget_line', '${appRole}');

create table cost_entry (
    id           uuid          primary key,
    tenant_id    varchar(30)   not null references tenant (slug) check (tenant_id <> ''),
    project_id   uuid          not null,
    category     varchar(16)   not null check (category in ('INTERNAL_LABOUR', 'EXTERNAL_HIRE', 'MATERIALS', 'LICENCES', 'OTHER')),
    booked_on    date          not null,
    amount       numeric(14,2) not null check (amount > 0),
    description  varchar(200)  not null check (btrim(description) <> ''),
    supplier     varchar(120),
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    version      bigint        not null,
    constraint cost_entry_project_fk foreign key (tenant_id, project_id) references project (tenant_id, id) on delete cascade
);
create index cost_entry_project_ix on cost_entry (tenant_id, project_id, booked_on) include (amount, category);
select apply_tenant_isolation('cost_entry', '${appRole}');
