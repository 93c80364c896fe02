-- Milestones of a project: planned date, the baseline it was first planned at (slippage is the difference),
-- progress and the date achieved. Tenant-owned: same two walls as project.
create table milestone (
    id               uuid         primary key,
    tenant_id        varchar(30)  not null references tenant (slug) check (tenant_id <> ''),
    project_id       uuid         not null references project (id) on delete cascade,
    name             varchar(120) not null,
    owner            varchar(100),
    planned_date     date         not null,
    baseline_date    date         not null,
    achieved_on      date,
    percent_complete smallint     not null check (percent_complete between 0 and 100),
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null,
    constraint milestone_achieved_complete check (achieved_on is null or percent_complete = 100)
);

create index milestone_project_ix on milestone (tenant_id, project_id, planned_date);
-- the deadline list: open milestones by date
create index milestone_open_ix on milestone (tenant_id, planned_date) where achieved_on is null;

alter table milestone enable row level security;
alter table milestone force row level security;
create policy milestone_tenant_isolation on milestone
    using (tenant_id = nullif(current_setting('app.tenant_id', true), ''))
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), ''));

grant select, insert, update, delete on milestone to ${appRole};
