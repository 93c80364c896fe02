-- The third wall. PostgreSQL checks a foreign key without row-level security, so a key on the parent's
-- id alone lets a row of one tenant point at another tenant's parent. Every key to a tenant-owned parent
-- now carries tenant_id: (tenant_id, parent_id) -> parent (tenant_id, id). The single-column keys go.
-- Later migrations write the composite key directly (see docs/architecture.md, "Adding a context").

alter table project     add constraint project_tenant_key     unique (tenant_id, id);
alter table stage       add constraint stage_tenant_key       unique (tenant_id, id);
alter table stage_gate  add constraint stage_gate_tenant_key  unique (tenant_id, id);
alter table deliverable add constraint deliverable_tenant_key unique (tenant_id, id);
alter table sprint      add constraint sprint_tenant_key      unique (tenant_id, id);

-- Replaces the single-column key of child.col by (tenant_id, col) -> parent (tenant_id, id). A nullable
-- parent is cleared with "on delete set null (col)": a plain "set null" would null tenant_id as well.
create function carry_tenant_in_foreign_key(child regclass, col text, parent regclass, nullable boolean)
    returns void language plpgsql as $$
declare
    old_key text;
begin
    select con.conname into strict old_key
      from pg_constraint con
      join pg_attribute att on att.attrelid = con.conrelid and att.attnum = con.conkey[1]
     where con.contype = 'f' and con.conrelid = child and con.confrelid = parent
       and array_length(con.conkey, 1) = 1 and att.attname = col;
    execute format('alter table %s drop constraint %I', child, old_key);
    execute format('alter table %s add constraint %I foreign key (tenant_id, %I) references %s (tenant_id, id) on delete %s',
                   child, old_key, col, parent,
                   case when nullable then format('set null (%I)', col) else 'cascade' end);
end
$$;

select carry_tenant_in_foreign_key('milestone',              'project_id',     'project',     false);
select carry_tenant_in_foreign_key('milestone',              'stage_id',       'stage',       true);
select carry_tenant_in_foreign_key('stage',                  'project_id',     'project',     false);
select carry_tenant_in_foreign_key('stage_gate',             'stage_id',       'stage',       false);
select carry_tenant_in_foreign_key('gate_document',          'gate_id',        'stage_gate',  false);
select carry_tenant_in_foreign_key('deliverable',            'project_id',     'project',     false);
select carry_tenant_in_foreign_key('deliverable',            'stage_id',       'stage',       true);
select carry_tenant_in_foreign_key('deliverable_dependency', 'project_id',     'project',     false);
select carry_tenant_in_foreign_key('deliverable_dependency', 'predecessor_id', 'deliverable', false);
select carry_tenant_in_foreign_key('deliverable_dependency', 'successor_id',   'deliverable', false);
select carry_tenant_in_foreign_key('sprint',                 'project_id',     'project',     false);
select carry_tenant_in_foreign_key('backlog_item',           'project_id',     'project',     false);
select carry_tenant_in_foreign_key('backlog_item',           'sprint_id',      'sprint',      true);

drop function carry_tenant_in_foreign_key(regclass, text, regclass, boolean);
