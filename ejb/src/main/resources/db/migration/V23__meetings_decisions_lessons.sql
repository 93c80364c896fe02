-- Meetings, decisions and lessons (docs/meetings.md): a project's meetings with their ordered agenda (minutes per item)
-- and attendance (stakeholders of the project, their name copied so minutes stay readable when one leaves the map);
-- decisions and action items, recorded in a meeting or on their own; lessons learned. Decisions and lessons carry a
-- stored tsvector in Dutch and English (one GIN index each), so the tenant-wide search is an index lookup.
create table meeting (
    id          uuid          primary key,
    tenant_id   varchar(30)   not null references tenant (slug) check (tenant_id <> ''),
    project_id  uuid          not null,
    title       varchar(160)  not null check (btrim(title) <> ''),
    -- wall-clock time in Europe/Amsterdam, as the invitation says it
    starts_at   timestamp     not null,
    location    varchar(200)  not null,
    chair       varchar(100)  not null,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    version     bigint        not null,
    constraint meeting_tenant_id unique (tenant_id, id),
    constraint meeting_project_fk foreign key (tenant_id, project_id) references project (tenant_id, id) on delete cascade
);
create index meeting_project_ix on meeting (tenant_id, project_id, starts_at desc);
select apply_tenant_isolation('meeting', '${appRole}');

-- Items of a meeting's agenda in their order; the meeting's version covers them (every change takes it forward).
create table agenda_item (
    id          uuid          primary key,
    tenant_id   varchar(30)   not null references tenant (slug) check (tenant_id <> ''),
    meeting_id  uuid          not null,
    position    integer       not null check (position >= 1),
    topic       varchar(200)  not null check (btrim(topic) <> ''),
    presenter   varchar(100)  not null,
    minutes     varchar(8000) not null,
    constraint agenda_item_tenant_id unique (tenant_id, id),
    constraint agenda_item_position unique (tenant_id, meeting_id, position) deferrable initially deferred,
    constraint agenda_item_meeting_fk foreign key (tenant_id, meeting_id) references meeting (tenant_id, id) on delete cascade
);
select apply_tenant_isolation('agenda_item', '${appRole}');

-- Who was invited and whether they came. The stakeholder may leave the map later: the name stays.
create table meeting_attendee (
    id              uuid          primary key,
    tenant_id       varchar(30)   not null references tenant (slug) check (tenant_id <> ''),
    meeting_id      uuid          not null,
    stakeholder_id  uuid,
    name            varchar(100)  not null check (btrim(name) <> ''),
    present         boolean       not null,
    constraint meeting_attendee_meeting_fk foreign key (tenant_id, meeting_id) references meeting (tenant_id, id) on delete cascade,
    constraint meeting_attendee_stakeholder_fk foreign key (tenant_id, stakeholder_id) references stakeholder (tenant_id, id)
        on delete set null (stakeholder_id)
);
create unique index meeting_attendee_once on meeting_attendee (tenant_id, meeting_id, stakeholder_id);
create index meeting_attendee_stakeholder_ix on meeting_attendee (tenant_id, stakeholder_id) where stakeholder_id is not null;
select apply_tenant_isolation('meeting_attendee', '${appRole}');

create table decision (
    id              uuid          primary key,
    tenant_id       varchar(30)   not null references tenant (slug) check (tenant_id <> ''),
    project_id      uuid          not null,
    meeting_id      uuid,
    agenda_item_id  uuid,
    decision        varchar(500)  not null check (btrim(decision) <> ''),
    rationale       varchar(2000) not null,
    alternatives    varchar(2000) not null,
    decided_by      varchar(100)  not null check (btrim(decided_by) <> ''),
    decided_on      date          not null,
    search          tsvector      generated always as (
                        to_tsvector('dutch', decision || ' ' || rationale || ' ' || alternatives || ' ' || decided_by)
                        || to_tsvector('english', decision || ' ' || rationale || ' ' || alternatives || ' ' || decided_by)) stored,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         bigint        not null,
    constraint decision_project_fk foreign key (tenant_id, project_id) references project (tenant_id, id) on delete cascade,
    constraint decision_meeting_fk foreign key (tenant_id, meeting_id) references meeting (tenant_id, id) on delete set null (meeting_id),
    constraint decision_agenda_item_fk foreign key (tenant_id, agenda_item_id) references agenda_item (tenant_id, id) on delete set null (agenda_item_id)
);
create index decision_project_ix on decision (tenant_id, project_id, decided_on desc);
create index decision_meeting_ix on decision (tenant_id, meeting_id) where meeting_id is not null;
create index decision_agenda_item_ix on decision (tenant_id, agenda_item_id) where agenda_item_id is not null;
create index decision_search_ix on decision using gin (search);
create index decision_day_ix on decision (tenant_id, decided_on desc);
select apply_tenant_isolation('decision', '${appRole}');

create table lesson (
    id               uuid          primary key,
    tenant_id        varchar(30)   not null references tenant (slug) check (tenant_id <> ''),
    project_id       uuid          not null,
    what_happened    varchar(2000) not null check (btrim(what_happened) <> ''),
    what_we_learned  varchar(2000) not null check (btrim(what_we_learned) <> ''),
    recommendation   varchar(2000) not null,
    category         varchar(60)   not null,
    recorded_on      date          not null,
    search           tsvector      generated always as (
                         to_tsvector('dutch', what_happened || ' ' || what_we_learned || ' ' || recommendation || ' ' || category)
                         || to_tsvector('english', what_happened || ' ' || what_we_learned || ' ' || recommendation || ' ' || category)) stored,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    version          bigint        not null,
    constraint lesson_project_fk foreign key (tenant_id, project_id) references project (tenant_id, id) on delete cascade
);
create index lesson_project_ix on lesson (tenant_id, project_id, recorded_on desc);
create index lesson_search_ix on lesson using gin (search);
create index lesson_day_ix on lesson (tenant_id, recorded_on desc);
select apply_tenant_isolation('lesson', '${appRole}');

-- Action items: open until done; the owner is a person's name as people write it (docs/meetings.md says how the
-- dashboard finds the signed-in user's).
create table action_item (
    id              uuid          primary key,
    tenant_id       varchar(30)   not null references tenant (slug) check (tenant_id <> ''),
    project_id      uuid          not null,
    meeting_id      uuid,
    agenda_item_id  uuid,
    description     varchar(300)  not null check (btrim(description) <> ''),
    owner           varchar(100)  not null check (btrim(owner) <> ''),
    due_date        date          not null,
    status          varchar(4)    not null check (status in ('OPEN', 'DONE')),
    done_on         date,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         bigint        not null,
    constraint action_item_done check ((status = 'DONE') = (done_on is not null)),
    constraint action_item_project_fk foreign key (tenant_id, project_id) references project (tenant_id, id) on delete cascade,
    constraint action_item_meeting_fk foreign key (tenant_id, meeting_id) references meeting (tenant_id, id) on delete set null (meeting_id),
    constraint action_item_agenda_item_fk foreign key (tenant_id, agenda_item_id) references agenda_item (tenant_id, id) on delete set null (agenda_item_id)
);
create index action_item_project_ix on action_item (tenant_id, project_id, status, due_date);
create index action_item_meeting_ix on action_item (tenant_id, meeting_id) where meeting_id is not null;
create index action_item_agenda_item_ix on action_item (tenant_id, agenda_item_id) where agenda_item_id is not null;
create index action_item_open_owner_ix on action_item (tenant_id, lower(owner), due_date) where status = 'OPEN';
create index action_item_open_due_ix on action_item (tenant_id, due_date) where status = 'OPEN';
select apply_tenant_isolation('action_item', '${appRole}');
