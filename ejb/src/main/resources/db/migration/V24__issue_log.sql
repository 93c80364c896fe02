-- The issue log (docs/risks.md): problems, requests for change and off-specifications of a project, raised directly or
-- by a risk that occurred (at most one issue per risk), resolved with a resolution and the day.
create table project_issue (
    id            uuid          primary key,
    tenant_id     varchar(30)   not null references tenant (slug) check (tenant_id <> ''),
    project_id    uuid          not null,
    risk_id       uuid,
    title         varchar(160)  not null check (btrim(title) <> ''),
    description   varchar(2000) not null,
    kind          varchar(18)   not null check (kind in ('PROBLEM', 'CHANGE_REQUEST', 'OFF_SPECIFICATION')),
    priority      varchar(6)    not null check (priority in ('HIGH', 'MEDIUM', 'LOW')),
    owner         varchar(100)  not null check (btrim(owner) <> ''),
    raised_on     date          not null,
    resolution    varchar(2000),
    resolved_on   date,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    version       bigint        not null,
    constraint project_issue_resolved check ((resolved_on is null) = (resolution is null) and (resolved_on is null or resolved_on >= raised_on)),
    constraint project_issue_risk_fk foreign key (tenant_id, risk_id) references risk (tenant_id, id),
    constraint project_issue_project_fk foreign key (tenant_id, project_id) references project (tenant_id, id) on delete cascade
);
create unique index project_issue_one_per_risk on project_issue (tenant_id, risk_id) where risk_id is not null;
create index project_issue_project_ix on project_issue (tenant_id, project_id, resolved_on, priority);
-- the tenant's open issues (the dashboard's number)
create index project_issue_open_ix on project_issue (tenant_id) where resolved_on is null;
select apply_tenant_isolation('project_issue', '${appRole}');

-- The portfolio heat map counts the tenant's open risks per cell: a narrow index of just those columns is read alone
-- (about a third faster than the wider score index at 20,000 risks; docs/running.md).
create index risk_open_cell_ix on risk (tenant_id, probability, impact) where status = 'OPEN';
