-- Database roles and database of PMO Hub; run as a PostgreSQL superuser by config/bin/pmohub.
-- psql variables: db (database name), owner_password, app_password, fresh ('true' drops the database first).
-- pmohub_owner owns the schema (Flyway migrates as it); pmohub_app is what the application connects as:
-- it owns nothing and cannot bypass row-level security, so the policies hold for every query it runs.

SELECT 'CREATE ROLE pmohub_owner LOGIN PASSWORD ' || quote_literal(:'owner_password')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pmohub_owner')\gexec
SELECT 'CREATE ROLE pmohub_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD ' || quote_literal(:'app_password')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pmohub_app')\gexec
ALTER ROLE pmohub_app NOSUPERUSER NOBYPASSRLS;

SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', :'db') WHERE :'fresh' = 'true'\gexec
SELECT format('CREATE DATABASE %I OWNER pmohub_owner ENCODING ''UTF8'' TEMPLATE template0', :'db')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db')\gexec

\connect :db
-- btree_gist lets an exclusion constraint combine equality (tenant, team) with range overlap (sprint dates).
CREATE EXTENSION IF NOT EXISTS btree_gist;
-- cube and earthdistance: distances between places in the database, with a GiST index on the earth point (the
-- marketplace ranks professionals by distance; PostgreSQL's contrib modules, part of Debian's postgresql-15).
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;
-- rum: a full-text index that keeps the words' positions, so it hands out the best matches first (ORDER BY
-- search <=> query) instead of every match to be ranked (Debian's postgresql-15-rum; ADR 0007).
CREATE EXTENSION IF NOT EXISTS rum;
-- Row-level security keeps a query's own conditions behind the policy unless their functions are leakproof, so the
-- full-text match (tsvector @@ tsquery) could not use its GIN index for pmohub_app: every search read the whole table.
-- The match reveals nothing but its answer (no error depends on the values), which is what leakproof promises.
ALTER FUNCTION ts_match_vq(tsvector, tsquery) LEAKPROOF;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE, CREATE ON SCHEMA public TO pmohub_owner;
GRANT USAGE ON SCHEMA public TO pmohub_app;
