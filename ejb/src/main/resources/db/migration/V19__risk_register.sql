-- The risk register (docs/risks.md), first part: a project's risks with probability and impact (1–5) per dimension,
-- the highest impact counting, and every change kept as a snapshot, so the score history and the register as it stood
-- on a day can be read back.
create table risk (
    id                  uuid          primary key,
    tenant_id           varchar(30)   not null references tenant (slug) check (tenant_id <> ''),
    project_id          uuid          not null,
    title               varchar(160)  not null check (btrim(title) <> ''),
    description         varchar(2000) not null,
    category            varchar(14)   not null check (category in ('STRATEGIC', 'FINANCIAL', 'TECHNICAL', 'ORGANISATIONAL', 'EXTERNAL', 'LEGAL')),
    cause               varchar(1000) not null,
    effect              varchar(1000) not null,
    probability         smallint      not null check (probability between 1 and 5),
    impact_cost         smallint      not null check (impact_cost between 1 and 5),
    impact_time         smallint      not null check (impact_time between 1 and 5),
    impact_quality      smallint      not null check (impact_quality between 1 and 5),
    impact_reputation   smallint      not null check (impact_reputation between 1 and 5),
    -- kept as columns (written by the domain, checked here) so heat maps and top lists are index ranges
    impact              smallint      not null,
    score               smallint      not null,
    owner               varchar(100)  not null check (btrim(owner) <> ''),
    response            varchar(8)    not null check (response in ('AVOID', 'MITIGATE', 'TRANSFER', 'ACCEPT')),
    proximity           varchar(14)   not null check (proximity in ('IMMINENT', 'WITHIN_MONTH', 'WITHIN_QUARTER', 'LATER')),
    status              varchar(8)    not null check (status in ('OPEN', 'CLOSED', 'OCCURRED')),
    residual_probability smallint     check (residual_probability between 1 and 5),
    residual_impact     smallint      check (residual_impact between 1 and 5),
    next_review         date          not null,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    version             bigint        not null,
    constraint risk_impact check (impact = greatest(impact_cost, impact_time, impact_quality, impact_reputation)),
    constraint risk_score check (score = probability * impact),
    constraint risk_residual check ((residual_probability is null) = (residual_impact is null)),
    constraint risk_tenant_id unique (tenant_id, id),
    constraint risk_project_fk foreign key (tenant_id, project_id) references project (tenant_id, id) on delete cascade
);
create index risk_project_ix on risk (tenant_id, project_id, status, score desc);
-- the tenant's open risks by score (top lists, the portfolio heat map) and by review date (overdue reviews)
create index risk_open_score_ix on risk (tenant_id, score desc) include (project_id, probability, impact) where status = 'OPEN';
create index risk_open_review_ix on risk (tenant_id, next_review) where status = 'OPEN';
select apply_tenant_isolation('risk', '${appRole}');

create table risk_change (
    id                  uuid          primary key,
    tenant_id           varchar(30)   not null references tenant (slug) check (tenant_id <> ''),
    project_id          uuid          not null,
    risk_id             uuid          not null,
    changed_at          timestamptz   not null,
    changed_by          varchar(100)  not null,
    what                varchar(200)  not null,
    title               varchar(160)  not null,
    probability         smallint      not null,
    impact              smallint      not null,
    score               smallint      not null,
    status              varchar(8)    not null,
    owner               varchar(100)  not null,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    version             bigint        not null,
    constraint risk_change_risk_fk foreign key (tenant_id, risk_id) references risk (tenant_id, id) on delete cascade,
    constraint risk_change_project_fk foreign key (tenant_id, project_id) references project (tenant_id, id) on delete cascade
);
create index risk_change_risk_ix on risk_change (tenant_id, risk_id, changed_at);
create index risk_change_project_ix on risk_change (tenant_id, project_id, changed_at);
select apply_tenant_isolation('risk_change', '${appRole}');
