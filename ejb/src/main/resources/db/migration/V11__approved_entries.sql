-- Budgets read a project's approved hours per month. With the approval only on the timesheet, PostgreSQL
-- joined every entry to its week (or scanned all weeks): the entry now carries it, so the read is one range
-- of one partial index, whatever the size of the table.
alter table time_entry add column approved boolean not null default false;
update time_entry e set approved = true from timesheet t where t.tenant_id = e.tenant_id and t.id = e.timesheet_id and t.status = 'APPROVED';
drop index time_entry_project_day_ix;
create index time_entry_approved_ix on time_entry (tenant_id, project_id, work_date) include (hours, person) where approved;
