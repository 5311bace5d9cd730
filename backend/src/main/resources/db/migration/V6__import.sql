-- Import jobs remember the actor's id (the audit entry names it), and staged rows their classification.
ALTER TABLE import_job ADD COLUMN erstellt_von_id text NOT NULL DEFAULT '-';
ALTER TABLE import_job ADD COLUMN hinweise jsonb NOT NULL DEFAULT '[]';
ALTER TABLE import_zeile ADD COLUMN aenderung text;
CREATE INDEX import_job_erstellt_idx ON import_job (erstellt_von_typ, erstellt_von_id, id);
