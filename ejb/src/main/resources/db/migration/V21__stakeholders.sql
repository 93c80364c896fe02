-- The stakeholder map (docs/stakeholders.md): a project's stakeholders with power and interest (1–5, 3 and up counts as
-- high, which places them in a quadrant of the grid), attitude and engagement; the RACI matrix of deliverables by
-- stakeholders; and the communication plan with its next due date.
create table stakeholder (
    id                  uuid          primary key,
    tenant_id           varchar(30)   not null references tenant (slug) check (tenant_id <> ''),
    project_id          uuid          not null,
    name                varchar(100)  not null check (btrim(name) <> ''),
    organisation        varchar(100)  not null,
    role                varchar(100)  not null,
    contact             varchar(200)  not null,
    stakeholder_group   varchar(16)   not null check (stakeholder_group in ('PROJECT_MANAGER', 'EXPERT', 'EXECUTOR', 'SUPPORTER',
                                                                            'USER', 'CLIENT', 'INVESTOR', 'SUPPLIER')),
    power               smallint      not null check (power between 1 and 5),
    interest            smallint      not null check (interest between 1 and 5),
    attitude            varchar(10)   not null check (attitude in ('CHAMPION', 'SUPPORTER', 'NEUTRAL', 'CRITIC', 'BLOCKER')),
    current_engagement  varchar(10)   not null check (current_engagement in ('UNAWARE', 'RESISTANT', 'NEUTRAL', 'SUPPORTIVE', 'LEADING')),
    desired_engagement  varchar(10)   not null check (desired_engagement in ('UNAWARE', 'RESISTANT', 'NEUTRAL', 'SUPPORTIVE', 'LEADING')),
    approach            varchar(1000) not null,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    version             bigint        not null,
    constraint stakeholder_tenant_id unique (tenant_id, id),
    constraint stakeholder_project_fk foreign key (tenant_id, project_id) references project (tenant_id, id) on delete cascade
);
-- one name per project, so RACI columns and communication audiences are unambiguous
create unique index stakeholder_name_unique on stakeholder (tenant_id, project_id, lower(name));
create index stakeholder_project_ix on stakeholder (tenant_id, project_id, power desc, interest desc);
select apply_tenant_isolation('stakeholder', '${appRole}');

-- Who is Responsible, Accountable, Consulted or Informed for a deliverable. At most one Accountable per deliverable here;
-- "exactly one" for every row that has assignments is the service's rule when a row is saved (docs/stakeholders.md).
create table raci_assignment (
    id              uuid          primary key,
    tenant_id       varchar(30)   not null references tenant (slug) check (tenant_id <> ''),
    project_id      uuid          not null,
    deliverable_id  uuid          not null,
    stakeholder_id  uuid          not null,
    role            varchar(1)      not null check (role in ('R', 'A', 'C', 'I')),
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         bigint        not null,
    constraint raci_once unique (tenant_id, deliverable_id, stakeholder_id),
    constraint raci_deliverable_fk foreign key (tenant_id, deliverable_id) references deliverable (tenant_id, id) on delete cascade,
    constraint raci_stakeholder_fk foreign key (tenant_id, stakeholder_id) references stakeholder (tenant_id, id) on delete cascade,
    constraint raci_project_fk foreign key (tenant_id, project_id) references project (tenant_id, id) on delete cascade
);
create unique index raci_one_accountable on raci_assignment (tenant_id, deliverable_id) where role = 'A';
create index raci_stakeholder_ix on raci_assignment (tenant_id, stakeholder_id);
create index raci_project_ix on raci_assignment (tenant_id, project_id);
select apply_tenant_isolation('raci_assignment', '${appRole}');

-- The communication plan: what goes to whom, how often, by which channel, by whom. next_due is kept by the domain (the
-- first due date, then the last time it was done plus the frequency; none after a one-off is done), so late
-- communications of a tenant are an index range (the notifications work will read the same range to send reminders).
create table communication (
    id              uuid          primary key,
    tenant_id       varchar(30)   not null references tenant (slug) check (tenant_id <> ''),
    project_id      uuid          not null,
    subject         varchar(160)  not null check (btrim(subject) <> ''),
    audience        varchar(160)  not null check (btrim(audience) <> ''),
    frequency       varchar(10)   not null check (frequency in ('ONCE', 'WEEKLY', 'BIWEEKLY', 'MONTHLY', 'QUARTERLY')),
    channel         varchar(12)   not null check (channel in ('MEETING', 'EMAIL', 'REPORT', 'PRESENTATION', 'NEWSLETTER', 'INTRANET', 'PHONE')),
    owner           varchar(100)  not null check (btrim(owner) <> ''),
    first_due       date          not null,
    last_done       date,
    next_due        date,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         bigint        not null,
    constraint communication_due check (next_due is null or next_due >= first_due),
    constraint communication_project_fk foreign key (tenant_id, project_id) references project (tenant_id, id) on delete cascade
);
create index communication_project_ix on communication (tenant_id, project_id, next_due);
create index communication_due_ix on communication (tenant_id, next_due) where next_due is not null;
select apply_tenant_isolation('communication', '${appRole}');
