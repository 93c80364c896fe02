-- The search over decisions and lessons ranks by a RUM index (ADR 0007): it returns the best matches first, so a
-- common word no longer means ranking tens of thousands of rows. The extension comes from config/db/setup.sql.
drop index decision_search_ix;
drop index lesson_search_ix;
create index decision_search_ix on decision using rum (search rum_tsvector_ops);
create index lesson_search_ix on lesson using rum (search rum_tsvector_ops);
