-- Scrum: sprints of a team within a project, and the backlog items planned into them (or not yet: the
-- product backlog). Tenant-owned: same two walls as every table (apply_tenant_isolation, V4).
create table sprint (
    id               uuid          primary key,
    tenant_id        varchar(30)   not null references tenant (slug) check (tenant_id <> ''),
    project_id       uuid          not null references project (id) on delete cascade,
    team             varchar(60)   not null check (btrim(team) <> ''),
    number           integer       not null check (number > 0),
    goal             varchar(500)  not null,
    start_date       date          not null,
    end_date         date          not null,
    status           varchar(8)    not null check (status in ('PLANNED', 'ACTIVE', 'CLOSED')),
    committed_points integer       check (committed_points >= 0),
    completed_points integer       check (completed_points >= 0),
    review_notes     varchar(2000),
    reviewed_on      date,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    version          bigint        not null,
    -- at most eight weeks, both ends included
    constraint sprint_period check (end_date >= start_date and end_date - start_date < 56),
    constraint sprint_committed_once_started check (status = 'PLANNED' or committed_points is not null),
    constraint sprint_reviewed_when_closed check (status <> 'CLOSED' or (completed_points is not null and reviewed_on is not null)),
    constraint sprint_number_unique unique (tenant_id, project_id, number),
    -- the race backstop of the service's check: one team never has two sprints on the same day
    constraint sprint_team_no_overlap exclude using gist (tenant_id with =, team with =, daterange(start_date, end_date, '[]') with &&)
);
-- a team runs one sprint at a time
create unique index sprint_one_active_per_team on sprint (tenant_id, team) where status = 'ACTIVE';
create index sprint_project_ix on sprint (tenant_id, project_id, start_date);
-- the project's velocity reads its closed sprints
create index sprint_status_ix on sprint (tenant_id, project_id, status);
select apply_tenant_isolation('sprint', '${appRole}');

create table backlog_item (
    id           uuid          primary key,
    tenant_id    varchar(30)   not null references tenant (slug) check (tenant_id <> ''),
    project_id   uuid          not null references project (id) on delete cascade,
    sprint_id    uuid          references sprint (id) on delete set null,
    title        varchar(200)  not null,
    description  varchar(4000),
    estimate     smallint      check (estimate between 0 and 100),
    rank         integer       not null check (rank >= 0),
    status       varchar(12)   not null check (status in ('TODO', 'IN_PROGRESS', 'DONE')),
    done_on      date,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    version      bigint        not null,
    constraint backlog_item_done_dated check ((status = 'DONE') = (done_on is not null))
);
create index backlog_item_project_ix on backlog_item (tenant_id, project_id, rank);
-- the product backlog: items in no sprint
create index backlog_item_product_ix on backlog_item (tenant_id, project_id, rank) where sprint_id is null;
-- a sprint's items, their status and (for the burndown) the day they were done
create index backlog_item_sprint_ix on backlog_item (tenant_id, sprint_id, status, done_on) where sprint_id is not null;
select apply_tenant_isolation('backlog_item', '${appRole}');
