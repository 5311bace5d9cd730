-- Every committed change of public data notifies the channel dashboard_daten, whoever makes it (the backend, another
-- replica, an operator in psql). Each backend instance listens and drops its rendered answers (read cache); one
-- notification per transaction, since PostgreSQL folds identical notifications of a transaction into one.
CREATE FUNCTION daten_geaendert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('dashboard_daten', '');
    RETURN NULL;
END $$;

-- Statement triggers (not per row): a 1 000 000-row import notifies once per statement. Accounts, sessions, tokens,
-- sign-in attempts and the import's own bookkeeping are not public and stay out.
DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
               AND c.relname NOT IN ('konto', 'konto_themenfeld', 'sitzung', 'api_token', 'anmeldeversuch',
                                     'import_job', 'import_zeile', 'flyway_schema_history')
    LOOP
        EXECUTE format('CREATE TRIGGER daten_geaendert AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION daten_geaendert()', t);
    END LOOP;
END $$;
