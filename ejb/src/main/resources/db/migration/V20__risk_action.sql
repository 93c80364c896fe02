-- Actions of a risk's response: what is done, by whom, by when, and whether it is done.
create table risk_action (
    id            uuid          primary key,
    tenant_id     varchar(30)   not null references tenant (slug) check (tenant_id <> ''),
    project_id    uuid          not null,
    risk_id       uuid          not null,
    description   varchar(300)  not null check (btrim(description) <> ''),
    owner         varchar(100)  not null check (btrim(owner) <> ''),
    due_date      date          not null,
    done_at       timestamptz,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    version       bigint        not null,
    constraint risk_action_risk_fk foreign key (tenant_id, risk_id) references risk (tenant_id, id) on delete cascade,
    constraint risk_action_project_fk foreign key (tenant_id, project_id) references project (tenant_id, id) on delete cascade
);
create index risk_action_risk_ix on risk_action (tenant_id, risk_id, due_date);
create index risk_action_project_ix on risk_action (tenant_id, project_id);
-- open actions by owner and due date (what an owner has to do next)
create index risk_action_open_ix on risk_action (tenant_id, owner, due_date) where done_at is null;
select apply_tenant_isolation('risk_action', '${appRole}');
