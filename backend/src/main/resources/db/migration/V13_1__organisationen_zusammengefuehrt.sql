-- Duplicates of the KDN list merged (see referenzdaten/kdn_it_dienstleister_2019/SOURCE.md and zusammenfuehrungen.csv):
-- a Kommune that runs its own IT is one organisation with the mark it_dienstleister, and the two sites of the
-- Südwestfalen-IT are one. On a fresh database the table is still empty here and the loader does it all; an existing
-- database gets its earlier duplicates merged: every reference moves to the surviving organisation, then the
-- duplicate goes. A pair whose references would collide (both in the same team, say) stays as it is and is reported.
ALTER TABLE organisation ADD COLUMN it_dienstleister boolean NOT NULL DEFAULT false;

CREATE FUNCTION pg_temp.organisation_umhaengen(alt text, neu text) RETURNS void
    LANGUAGE plpgsql
AS $$
DECLARE
    fk record;
BEGIN
    FOR fk IN
        SELECT cl.relname AS tabelle, att.attname AS spalte
        FROM pg_constraint c
                 JOIN pg_class cl ON cl.oid = c.conrelid
                 JOIN pg_attribute att ON att.attrelid = c.conrelid AND att.attnum = c.conkey[1]
        WHERE c.contype = 'f' AND c.confrelid = 'organisation'::regclass AND cardinality(c.conkey) = 1
    LOOP
        EXECUTE format('UPDATE %I SET %I = $1 WHERE %I = $2', fk.tabelle, fk.spalte, fk.spalte) USING neu, alt;
    END LOOP;
END;
$$;

DO $$
DECLARE
    paar record;
    alt_id text;
    neu_id text;
BEGIN
    FOR paar IN
        SELECT * FROM (VALUES ('kdn-it:33', 'kdn-it:32'), ('kdn-it:1', 'ags:05314000'), ('kdn-it:9', 'ags:05158'),
                              ('kdn-it:18', 'ags:05711000'), ('kdn-it:19', 'ags:05911000'), ('kdn-it:20', 'ags:05913000'),
                              ('kdn-it:21', 'ags:05112000'), ('kdn-it:23', 'ags:05513000'), ('kdn-it:25', 'ags:05916000'),
                              ('kdn-it:26', 'ags:05315000'), ('kdn-it:27', 'ags:05117000'), ('kdn-it:29', 'ags:05158028'),
                              ('kdn-it:30', 'ags:05120000'), ('kdn-it:31', 'ags:05124000')) AS p (alt, neu)
    LOOP
        SELECT id INTO alt_id FROM organisation WHERE quelle_schluessel = paar.alt;
        SELECT id INTO neu_id FROM organisation WHERE quelle_schluessel = paar.neu;
        CONTINUE WHEN alt_id IS NULL OR neu_id IS NULL;
        BEGIN
            PERFORM pg_temp.organisation_umhaengen(alt_id, neu_id);
            DELETE FROM organisation WHERE id = alt_id;
            IF paar.neu LIKE 'ags:%' THEN
                UPDATE organisation SET it_dienstleister = true WHERE id = neu_id;
            END IF;
        EXCEPTION WHEN unique_violation THEN
            RAISE WARNING 'Organisation % nicht mit % zusammengeführt: beide stehen in derselben Zuordnung', alt_id, neu_id;
        END;
    END LOOP;

    -- the surviving Südwestfalen-IT no longer needs its site in the id (two rows of one name had it)
    IF EXISTS (SELECT 1 FROM organisation WHERE id = 'suedwestfalen-it-hemer')
        AND NOT EXISTS (SELECT 1 FROM organisation WHERE id = 'suedwestfalen-it')
        AND NOT EXISTS (SELECT 1 FROM organisation WHERE quelle_schluessel = 'kdn-it:33') THEN
        INSERT INTO organisation (id, quelle_schluessel, name, kurzname, typ, beschreibung, strasse, plz, ort, url,
                                  kommune_ags, datenstand, quelle, hinweis, it_dienstleister)
        SELECT 'suedwestfalen-it', 'umbenennen:' || quelle_schluessel, name, kurzname, typ, beschreibung, strasse, plz,
               ort, url, kommune_ags, datenstand, quelle, hinweis, it_dienstleister
        FROM organisation WHERE id = 'suedwestfalen-it-hemer';
        PERFORM pg_temp.organisation_umhaengen('suedwestfalen-it-hemer', 'suedwestfalen-it');
        DELETE FROM organisation WHERE id = 'suedwestfalen-it-hemer';
        UPDATE organisation SET quelle_schluessel = 'kdn-it:32' WHERE id = 'suedwestfalen-it';
    END IF;
END;
$$;
