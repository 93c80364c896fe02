-- Time registration (urenregistratie): a person's hours on a project in one ISO week form a timesheet,
-- which the project manager approves or rejects as a whole; its entries are the hours per day.
-- Approved hours are what budgets count as actuals and what the marketplace's fee statements read.
create table timesheet (
    id           uuid          primary key,
    tenant_id    varchar(30)   not null references tenant (slug) check (tenant_id <> ''),
    project_id   uuid          not null,
    person       varchar(100)  not null check (btrim(person) <> ''),
    week_start   date          not null check (extract(isodow from week_start) = 1),
    status       varchar(9)    not null check (status in ('OPEN', 'SUBMITTED', 'APPROVED', 'REJECTED')),
    total_hours  numeric(5,2)  not null check (total_hours between 0 and 168),
    comment      varchar(500),
    decided_by   varchar(100),
    decided_at   timestamptz,
    submitted_at timestamptz,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    version      bigint        not null,
    constraint timesheet_one_per_week unique (tenant_id, project_id, person, week_start),
    constraint timesheet_tenant_id unique (tenant_id, id),
    constraint timesheet_project_fk foreign key (tenant_id, project_id) references project (tenant_id, id) on delete cascade,
    constraint timesheet_decided check ((status in ('APPROVED', 'REJECTED')) = (decided_by is not null and decided_at is not null)),
    constraint timesheet_rejected_with_comment check (status <> 'REJECTED' or btrim(comment) <> '')
);
-- a person's week grid; a project's weeks; the tenant's hours to approve, oldest first
create index timesheet_person_ix on timesheet (tenant_id, person, week_start);
create index timesheet_project_ix on timesheet (tenant_id, project_id, week_start);
create index timesheet_to_approve_ix on timesheet (tenant_id, week_start, id) where status = 'SUBMITTED';
select apply_tenant_isolation('timesheet', '${appRole}');

create table time_entry (
    id           uuid          primary key,
    tenant_id    varchar(30)   not null references tenant (slug) check (tenant_id <> ''),
    timesheet_id uuid          not null,
    project_id   uuid          not null,
    person       varchar(100)  not null,
    work_date    date          not null,
    hours        numeric(4,2)  not null check (hours > 0 and hours <= 24),
    constraint time_entry_one_per_day unique (tenant_id, timesheet_id, work_date),
    constraint time_entry_timesheet_fk foreign key (tenant_id, timesheet_id) references timesheet (tenant_id, id) on delete cascade,
    constraint time_entry_project_fk foreign key (tenant_id, project_id) references project (tenant_id, id) on delete cascade
);
-- a person's day across projects (the 24-hour rule); a project's hours by date (actuals, earned value)
create index time_entry_person_day_ix on time_entry (tenant_id, person, work_date);
create index time_entry_project_day_ix on time_entry (tenant_id, project_id, work_date) include (hours, person);
select apply_tenant_isolation('time_entry', '${appRole}');
