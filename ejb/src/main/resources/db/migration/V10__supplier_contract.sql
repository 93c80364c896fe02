-- Supplier contracts of a project: who delivers what for how much, from when to when, and how long before
-- the end notice must be given. Their value is committed budget; contracts ending or reaching their notice
-- date soon are flagged on the dashboard.
create table supplier_contract (
    id            uuid          primary key,
    tenant_id     varchar(30)   not null references tenant (slug) check (tenant_id <> ''),
    project_id    uuid          not null,
    supplier      varchar(120)  not null check (btrim(supplier) <> ''),
    kvk_number    char(8)       not null check (kvk_number ~ '^[0-9]{8}$'),
    subject       varchar(200)  not null check (btrim(subject) <> ''),
    value         numeric(14,2) not null check (value >= 0),
    start_date    date          not null,
    end_date      date          not null,
    notice_days   smallint      not null check (notice_days between 0 and 365),
    notice_date   date          not null,
    owner         varchar(100)  not null check (btrim(owner) <> ''),
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    version       bigint        not null,
    constraint supplier_contract_period check (end_date >= start_date),
    -- kept as a column so the dashboard's question "notice due soon" is an index range
    constraint supplier_contract_notice check (notice_date = end_date - notice_days),
    constraint supplier_contract_project_fk foreign key (tenant_id, project_id) references project (tenant_id, id) on delete cascade
);
create index supplier_contract_project_ix on supplier_contract (tenant_id, project_id, end_date);
-- the tenant's contracts by notice date and by end (the dashboard looks a few weeks ahead)
create index supplier_contract_notice_ix on supplier_contract (tenant_id, notice_date);
create index supplier_contract_end_ix on supplier_contract (tenant_id, end_date);
select apply_tenant_isolation('supplier_contract', '${appRole}');
