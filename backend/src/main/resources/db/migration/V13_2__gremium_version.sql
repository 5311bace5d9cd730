-- Gremien become editable in the dashboard: a version for If-Match, like every other edited row.
ALTER TABLE gremium ADD COLUMN version bigint NOT NULL DEFAULT 0;
