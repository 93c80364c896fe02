-- A withdrawn or filled request shows no shortlist: its kept ranking and staleness mark go when its listing closes
-- (or is removed), whichever code closes it. listing_stale has no foreign key to cascade it (V27).
create function listing_closed() returns trigger language plpgsql as $$
begin
    delete from listing_candidate where listing_id = old.id;
    delete from listing_stale where listing_id = old.id;
    return null;
end
$$;
create trigger listing_closed after update of open on request_listing
    for each row when (old.open and not new.open) execute function listing_closed();
create trigger listing_removed after delete on request_listing
    for each row execute function listing_closed();

delete from listing_candidate c using request_listing l where l.id = c.listing_id and not l.open;
delete from listing_stale s where not exists (select 1 from request_listing l where l.id = s.listing_id and l.open);
grant delete on listing_stale to ${appRole};
