-- Progress reports (voortgangsrapportage): per project and reporting period the project manager's RAG per
-- dimension and overall, what was achieved and is planned, issues and decisions needed, and the figures
-- taken from the registers when the draft was made. Draft -> submitted -> approved (final), or returned with
-- a comment. An approved report never changes: a correction is a new revision of the same period.
create table report_schedule (
    id           uuid          primary key,
    tenant_id    varchar(30)   not null references tenant (slug) check (tenant_id <> ''),
    project_id   uuid          not null,
    cadence      varchar(8)    not null check (cadence in ('WEEKLY', 'BIWEEKLY', 'MONTHLY')),
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    version      bigint        not null,
    constraint report_schedule_one_per_project unique (tenant_id, project_id),
    constraint report_schedule_project_fk foreign key (tenant_id, project_id) references project (tenant_id, id) on delete cascade
);
select apply_tenant_isolation('report_schedule', '${appRole}');

create table progress_report (
    id                  uuid           primary key,
    tenant_id           varchar(30)    not null references tenant (slug) check (tenant_id <> ''),
    project_id          uuid           not null,
    period_start        date           not null,
    period_end          date           not null,
    revision            smallint       not null check (revision >= 1),
    status              varchar(9)     not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    rag_overall         varchar(5)     not null check (rag_overall in ('GREEN', 'AMBER', 'RED')),
    rag_scope           varchar(5)     not null check (rag_scope in ('GREEN', 'AMBER', 'RED')),
    rag_time            varchar(5)     not null check (rag_time in ('GREEN', 'AMBER', 'RED')),
    rag_cost            varchar(5)     not null check (rag_cost in ('GREEN', 'AMBER', 'RED')),
    rag_quality         varchar(5)     not null check (rag_quality in ('GREEN', 'AMBER', 'RED')),
    rag_risk            varchar(5)     not null check (rag_risk in ('GREEN', 'AMBER', 'RED')),
    achieved            varchar(4000)  not null default '',
    planned_next        varchar(4000)  not null default '',
    issues              varchar(4000)  not null default '',
    decisions_needed    varchar(4000)  not null default '',
    -- the figures, as they stood on figures_as_of
    figures_as_of       date           not null,
    budget_at_completion numeric(14,2) not null,
    planned_value       numeric(14,2)  not null,
    earned_value        numeric(14,2)  not null,
    actual_cost         numeric(14,2)  not null,
    estimate_at_completion numeric(16,2),
    cpi                 numeric(8,3),
    spi                 numeric(8,3),
    hours_in_period     numeric(9,2)   not null,
    hours_to_date       numeric(11,2)  not null,
    milestones_achieved smallint       not null,
    milestones_due      smallint       not null,
    milestones_missed   smallint       not null,
    stages_in_exception smallint       not null,
    -- the risk register's slot: null until that register exists (or when it was not asked)
    risks_high          smallint,
    risks_medium        smallint,
    risks_low           smallint,
    author              varchar(100)   not null,
    submitted_by        varchar(100),
    submitted_at        timestamptz,
    decided_by          varchar(100),
    decided_at          timestamptz,
    decision_comment    varchar(1000),
    created_at          timestamptz    not null,
    updated_at          timestamptz    not null,
    version             bigint         not null,
    constraint progress_report_period check (period_end >= period_start),
    constraint progress_report_revision unique (tenant_id, project_id, period_start, revision),
    constraint progress_report_tenant_id unique (tenant_id, id),
    constraint progress_report_project_fk foreign key (tenant_id, project_id) references project (tenant_id, id) on delete cascade,
    constraint progress_report_submitted check ((status = 'DRAFT') or (submitted_by is not null and submitted_at is not null)),
    constraint progress_report_decided check ((status in ('APPROVED', 'RETURNED')) = (decided_by is not null and decided_at is not null)),
    constraint progress_report_returned_with_comment check (status <> 'RETURNED' or btrim(decision_comment) <> '')
);
-- a project's history by period; the tenant's reports awaiting a decision; the latest handed-in period per
-- project (what the overdue check reads)
create index progress_report_project_ix on progress_report (tenant_id, project_id, period_end desc);
create index progress_report_to_decide_ix on progress_report (tenant_id, submitted_at) where status = 'SUBMITTED';
-- at most one report per project still being written or decided on
create unique index progress_report_one_open on progress_report (tenant_id, project_id) where status in ('DRAFT', 'RETURNED', 'SUBMITTED');
select apply_tenant_isolation('progress_report', '${appRole}');

-- what the report names from the plan when the draft was made: milestones achieved, due and missed, stages
-- in exception
create table report_item (
    id           uuid          primary key,
    tenant_id    varchar(30)   not null references tenant (slug) check (tenant_id <> ''),
    report_id    uuid          not null,
    kind         varchar(18)   not null check (kind in ('MILESTONE_ACHIEVED', 'MILESTONE_DUE', 'MILESTONE_MISSED', 'STAGE_EXCEPTION')),
    label        varchar(200)  not null,
    day          date          not null,
    constraint report_item_report_fk foreign key (tenant_id, report_id) references progress_report (tenant_id, id) on delete cascade
);
create index report_item_report_ix on report_item (tenant_id, report_id, kind, day);
select apply_tenant_isolation('report_item', '${appRole}');
