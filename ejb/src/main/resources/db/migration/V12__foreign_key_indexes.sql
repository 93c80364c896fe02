-- V11 dropped the index that led with (tenant_id, project_id) on time_entry, and with it the index of that
-- foreign key: deleting a project then scanned every entry of every tenant for each project. Every foreign
-- key has an index that leads with its columns (SchemaIT checks it from the catalogue).
create index time_entry_project_ix on time_entry (tenant_id, project_id);

-- the same check found the planning tables' keys to stages, gates and deliverables without one
create index gate_document_gate_key_ix on gate_document (tenant_id, gate_id);
create index stage_gate_stage_key_ix on stage_gate (tenant_id, stage_id);
create index deliverable_stage_key_ix on deliverable (tenant_id, stage_id) where stage_id is not null;
create index milestone_stage_key_ix on milestone (tenant_id, stage_id) where stage_id is not null;
create index deliverable_dependency_predecessor_key_ix on deliverable_dependency (tenant_id, predecessor_id);
create index deliverable_dependency_successor_key_ix on deliverable_dependency (tenant_id, successor_id);
