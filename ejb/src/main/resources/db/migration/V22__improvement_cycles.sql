-- PDCA boards (docs/improvements.md): improvement cycles as small projects of their own, of one project or (project_id
-- null) of the whole organisation, moving Plan → Do → Check → Act → Done; Check needs the measured result, Act the
-- decision (the domain refuses first, these checks hold whatever writes). The next cycle points at its previous one.
create table improvement_cycle (
    id                uuid           primary key,
    tenant_id         varchar(30)    not null references tenant (slug) check (tenant_id <> ''),
    project_id        uuid,
    previous_cycle_id uuid,
    cycle_number      integer        not null check (cycle_number >= 1),
    title             varchar(160)   not null check (btrim(title) <> ''),
    problem           varchar(2000)  not null check (btrim(problem) <> ''),
    kpi               varchar(100)   not null check (btrim(kpi) <> ''),
    baseline          numeric(14, 2) not null,
    target            numeric(14, 2) not null,
    unit              varchar(30)    not null check (btrim(unit) <> ''),
    owner             varchar(100)   not null check (btrim(owner) <> ''),
    waste             varchar(14)    check (waste in ('TRANSPORT', 'INVENTORY', 'MOTION', 'WAITING', 'OVERPRODUCTION', 'OVERPROCESSING',
                                                      'DEFECTS', 'UNUSED_SKILLS')),
    phase             varchar(5)     not null check (phase in ('PLAN', 'DO', 'CHECK', 'ACT', 'DONE')),
    result            numeric(14, 2),
    result_note       varchar(1000)  not null,
    decision          varchar(7)     check (decision in ('ADOPT', 'ADAPT', 'ABANDON')),
    rationale         varchar(1000)  not null,
    created_at        timestamptz    not null,
    updated_at        timestamptz    not null,
    version           bigint         not null,
    constraint improvement_cycle_target check (target <> baseline),
    constraint improvement_cycle_checked check (result is not null or phase in ('PLAN', 'DO')),
    constraint improvement_cycle_acted check (decision is not null or phase in ('PLAN', 'DO', 'CHECK')),
    constraint improvement_cycle_decided check (decision is null or result is not null),
    constraint improvement_cycle_numbered check (previous_cycle_id is null or cycle_number > 1),
    constraint improvement_cycle_tenant_id unique (tenant_id, id),
    -- one next cycle per cycle; also the index of the key to the previous cycle
    constraint improvement_cycle_next_uq unique (tenant_id, previous_cycle_id),
    constraint improvement_cycle_project_fk foreign key (tenant_id, project_id) references project (tenant_id, id) on delete cascade,
    constraint improvement_cycle_previous_fk foreign key (tenant_id, previous_cycle_id) references improvement_cycle (tenant_id, id)
        on delete set null (previous_cycle_id)
);
-- a project's board, and the organisation's (every cycle), the most recently changed first
create index improvement_cycle_project_ix on improvement_cycle (tenant_id, project_id, updated_at desc);
create index improvement_cycle_board_ix on improvement_cycle (tenant_id, updated_at desc);
-- boards narrowed to one Lean waste
create index improvement_cycle_waste_ix on improvement_cycle (tenant_id, waste, updated_at desc) where waste is not null;
select apply_tenant_isolation('improvement_cycle', '${appRole}');

-- Every move of a cycle on its board, kept: who, when, from which phase (null: started) to which.
create table improvement_move (
    id          uuid          primary key,
    tenant_id   varchar(30)   not null references tenant (slug) check (tenant_id <> ''),
    cycle_id    uuid          not null,
    from_phase  varchar(5)    check (from_phase in ('PLAN', 'DO', 'CHECK', 'ACT', 'DONE')),
    to_phase    varchar(5)    not null check (to_phase in ('PLAN', 'DO', 'CHECK', 'ACT', 'DONE')),
    moved_by    varchar(100)  not null,
    moved_at    timestamptz   not null,
    constraint improvement_move_changes check (from_phase is distinct from to_phase),
    constraint improvement_move_cycle_fk foreign key (tenant_id, cycle_id) references improvement_cycle (tenant_id, id) on delete cascade
);
create index improvement_move_cycle_ix on improvement_move (tenant_id, cycle_id, moved_at);
select apply_tenant_isolation('improvement_move', '${appRole}');
