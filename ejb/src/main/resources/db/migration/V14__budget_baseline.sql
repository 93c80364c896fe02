-- Budget baselines: the approved plan earned value is measured against. Re-baselining takes a new one (with
-- the reason, who and when) and keeps every earlier one, so the S-curve can show how the plan moved. While a
-- project has none, its budget lines are the plan.
create table budget_baseline (
    id           uuid          primary key,
    tenant_id    varchar(30)   not null references tenant (slug) check (tenant_id <> ''),
    project_id   uuid          not null,
    number       smallint      not null check (number >= 1),
    reason       varchar(500)  not null check (btrim(reason) <> ''),
    taken_by     varchar(100)  not null,
    total        numeric(14,2) not null check (total >= 0),
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    version      bigint        not null,
    constraint budget_baseline_number unique (tenant_id, project_id, number),
    constraint budget_baseline_tenant_id unique (tenant_id, id),
    constraint budget_baseline_project_fk foreign key (tenant_id, project_id) references project (tenant_id, id) on delete cascade
);
select apply_tenant_isolation('budget_baseline', '${appRole}');

-- what a baseline plans per month (the lines spread over their months when it was taken)
create table budget_baseline_month (
    id           uuid          primary key,
    tenant_id    varchar(30)   not null references tenant (slug) check (tenant_id <> ''),
    baseline_id  uuid          not null,
    month        date          not null check (extract(day from month) = 1),
    amount       numeric(14,2) not null,
    constraint budget_baseline_month_one unique (tenant_id, baseline_id, month),
    constraint budget_baseline_month_baseline_fk foreign key (tenant_id, baseline_id) references budget_baseline (tenant_id, id) on delete cascade
);
select apply_tenant_isolation('budget_baseline_month', '${appRole}');
