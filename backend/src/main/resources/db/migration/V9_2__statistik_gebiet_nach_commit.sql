-- Reference data is upserted row by row in JDBC batches: a statement trigger recomputed every area once per row
-- (a minute for the Gemeindeverzeichnis). Instead each changed Kommune marks the transaction, and one deferred
-- check recomputes the areas once, just before the commit, still inside the writing transaction.
DROP TRIGGER statistik_gebiet_kommune ON kommune;
DROP FUNCTION statistik_gebiet_nach_kommune();

CREATE FUNCTION statistik_gebiet_markieren() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('dashboard.statistik_gebiet_veraltet', 'ja', true);
    RETURN NULL;
END $$;

CREATE FUNCTION statistik_gebiet_vor_commit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('dashboard.statistik_gebiet_veraltet', true) = 'ja' THEN
        PERFORM set_config('dashboard.statistik_gebiet_veraltet', 'nein', true);
        PERFORM statistik_refresh_gebiete(NULL);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER statistik_gebiet_markieren AFTER INSERT OR DELETE OR UPDATE OF einwohner, groessenklasse,
    kreis_schluessel, regierungsbezirk_id, ebene, typ ON kommune
    FOR EACH STATEMENT EXECUTE FUNCTION statistik_gebiet_markieren();

CREATE CONSTRAINT TRIGGER statistik_gebiet_vor_commit AFTER INSERT OR DELETE OR UPDATE OF einwohner, groessenklasse,
    kreis_schluessel, regierungsbezirk_id, ebene, typ ON kommune
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION statistik_gebiet_vor_commit();
