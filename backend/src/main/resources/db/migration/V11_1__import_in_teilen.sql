-- Bulk import at the speed of PostgreSQL (issue 15).

-- Room on every page for new row versions: an import that changes most rows of a Kommune can then update them
-- in place (HOT: no index entry is written), instead of moving each row to another page and adding an entry to
-- every index. CLUSTER rewrites the table so the existing pages get that room too (the order of the primary key
-- is also the order of most import files: Kommune by Kommune). Measured at national scale (6.5 M rows, 1 M-row
-- upsert changing 850 000): CPU time of the upsert 12.7–15.3 s at fillfactor 100, 12–14 s at 70, 7.4 s at 60,
-- 6.7–7.2 s at 50; the table grows from 0.9 to 1.5 GB at 60. Statistics never read this table in bulk.
ALTER TABLE umsetzungsstand SET (fillfactor = 60);
CLUSTER umsetzungsstand USING umsetzungsstand_pkey;
ANALYZE umsetzungsstand;

-- The change log is written in bulk by imports: one B-tree instead of three. The primary key leads with the pair,
-- so it serves the per-Kommune lookups the pair index served; rows arrive in time order, so a BRIN index answers
-- "since" for the whole Land at almost no cost per insert.
ALTER TABLE umsetzungsstand_wechsel DROP CONSTRAINT umsetzungsstand_wechsel_pkey;
DROP INDEX umsetzungsstand_wechsel_paar_idx;
DROP INDEX umsetzungsstand_wechsel_zeit_idx;
ALTER TABLE umsetzungsstand_wechsel ADD PRIMARY KEY (kommune_ags, ozg_id, zeitpunkt, id);
CREATE INDEX umsetzungsstand_wechsel_zeit_idx ON umsetzungsstand_wechsel USING brin (zeitpunkt);

-- Staging of an import, part by part: each row with what it does (N new, G changed; unchanged rows are only
-- counted), where the stored row is (tid, so the write needs no second index lookup) and its level before.
DROP TABLE import_zeile;
CREATE UNLOGGED TABLE import_zeile (
    job_id           bigint      NOT NULL,
    teil             integer     NOT NULL,
    zeile            bigint      NOT NULL,
    kommune_ags      varchar(8)  NOT NULL,
    ozg_id           integer     NOT NULL,
    leika_schluessel varchar(14),
    status           text        NOT NULL,
    reifegrad        smallint,
    reifegradmodell  text        NOT NULL,
    url              text,
    online_seit      date,
    art              char(1)     NOT NULL CHECK (art IN ('N', 'G')),
    tid              tid,
    status_vorher    text,
    stufe_vorher     smallint    NOT NULL
);
CREATE INDEX import_zeile_teil_idx ON import_zeile (job_id, teil, tid);
-- How each staged part moves the figures (Kennzahlenpflege.summen), summed and applied when the import commits.
CREATE UNLOGGED TABLE import_delta (
    job_id              bigint  NOT NULL,
    kommune_ags         text,
    kreis_schluessel    text,
    regierungsbezirk_id text,
    ozg_id              integer,
    planung             integer NOT NULL,
    umsetzung           integer NOT NULL,
    o1 integer NOT NULL, o2 integer NOT NULL, o3 integer NOT NULL, o4 integer NOT NULL,
    o5 integer NOT NULL, o6 integer NOT NULL, o7 integer NOT NULL, o8 integer NOT NULL
);
CREATE INDEX import_delta_job_idx ON import_delta (job_id);

ALTER TABLE import_job
    ADD COLUMN fehlerhafte text NOT NULL DEFAULT 'ABBRECHEN' CHECK (fehlerhafte IN ('ABBRECHEN', 'UEBERSPRINGEN')),
    ADD COLUMN reifegrad_standard smallint CHECK (reifegrad_standard BETWEEN 0 AND 7),
    ADD COLUMN online_ohne_reifegrad bigint NOT NULL DEFAULT 0,
    ADD COLUMN je_status jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN fehler_gespeichert bigint NOT NULL DEFAULT 0,
    ADD COLUMN geschrieben boolean NOT NULL DEFAULT false;
UPDATE import_job SET geschrieben = true WHERE status = 'FERTIG' AND NOT dry_run;

-- Every error of a file (up to a cap), for the CSV download; the job itself keeps the first 1 000.
CREATE TABLE import_fehler (
    job_id bigint  NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    nr     integer NOT NULL,
    zeile  bigint  NOT NULL,
    feld   text    NOT NULL,
    wert   text,
    grund  text    NOT NULL,
    PRIMARY KEY (job_id, nr)
);
INSERT INTO import_fehler (job_id, nr, zeile, feld, wert, grund)
SELECT j.id, f.nr, (f.e ->> 'zeile')::bigint, coalesce(f.e ->> 'feld', '-'), f.e ->> 'wert', coalesce(f.e ->> 'grund', '-')
FROM import_job j, jsonb_array_elements(j.fehlerliste) WITH ORDINALITY AS f (e, nr);
UPDATE import_job j SET fehler_gespeichert = jsonb_array_length(j.fehlerliste);

-- The refresh of a few Kommunen read every Ist row: a SQL function is planned once for any argument, and
-- "agss IS NULL OR ags = ANY (agss)" then means a full scan (7 s at national scale for one PUT). Now the
-- branches are separate, and a few Kommunen are read row by row through the primary key.
CREATE OR REPLACE FUNCTION umsetzung_refresh_kommunen(agss text[]) RETURNS void
    LANGUAGE plpgsql
AS $$
BEGIN
    IF agss IS NULL THEN
        DELETE FROM kommune_kennzahl;
        INSERT INTO kommune_kennzahl (kommune_ags, soll, soll_abgeleitet, in_planung, in_umsetzung, online_ge)
        SELECT k.ags, count(z.ozg_id), count(z.ozg_id) FILTER (WHERE z.abgeleitet),
               count(u.ozg_id) FILTER (WHERE u.status = 'IN_PLANUNG'),
               count(u.ozg_id) FILTER (WHERE u.status = 'IN_UMSETZUNG'),
               ARRAY[count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 0),
                     count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 1),
                     count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 2),
                     count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 3),
                     count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 4),
                     count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 5),
                     count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 6),
                     count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 7)]::integer[]
        FROM kommune k
        LEFT JOIN zustaendigkeit z ON z.kommune_typ = k.typ AND z.zustaendig
        LEFT JOIN umsetzungsstand u ON u.kommune_ags = k.ags AND u.ozg_id = z.ozg_id
        GROUP BY k.ags;
    ELSE
        DELETE FROM kommune_kennzahl WHERE kommune_ags = ANY (agss);
        INSERT INTO kommune_kennzahl (kommune_ags, soll, soll_abgeleitet, in_planung, in_umsetzung, online_ge)
        SELECT k.ags, count(z.ozg_id), count(z.ozg_id) FILTER (WHERE z.abgeleitet),
               count(u.ozg_id) FILTER (WHERE u.status = 'IN_PLANUNG'),
               count(u.ozg_id) FILTER (WHERE u.status = 'IN_UMSETZUNG'),
               ARRAY[count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 0),
                     count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 1),
                     count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 2),
                     count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 3),
                     count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 4),
                     count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 5),
                     count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 6),
                     count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 7)]::integer[]
        FROM kommune k
        LEFT JOIN zustaendigkeit z ON z.kommune_typ = k.typ AND z.zustaendig
        -- OFFSET 0 keeps the lookup per row (primary key), whatever the planner guesses for the array
        LEFT JOIN LATERAL (SELECT u.ozg_id, u.status, u.reifegrad FROM umsetzungsstand u
                           WHERE u.kommune_ags = k.ags AND u.ozg_id = z.ozg_id OFFSET 0) u ON true
        WHERE k.ags = ANY (agss)
        GROUP BY k.ags;
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION umsetzung_refresh_regionen(kreise text[]) RETURNS void
    LANGUAGE plpgsql
AS $$
DECLARE
    bezirke text[];
BEGIN
    IF kreise IS NULL THEN
        DELETE FROM leistung_region_kennzahl WHERE ebene IN ('KREIS', 'REGIERUNGSBEZIRK');
        INSERT INTO leistung_region_kennzahl (ebene, schluessel, ozg_id, zustaendig, online_ge)
        SELECT 'KREIS', k.kreis_schluessel, z.ozg_id, count(*),
               ARRAY[count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 0),
                     count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 1),
                     count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 2),
                     count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 3),
                     count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 4),
                     count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 5),
                     count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 6),
                     count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 7)]::integer[]
        FROM kommune k
        JOIN zustaendigkeit z ON z.kommune_typ = k.typ AND z.zustaendig
        LEFT JOIN umsetzungsstand u ON u.kommune_ags = k.ags AND u.ozg_id = z.ozg_id
        GROUP BY k.kreis_schluessel, z.ozg_id;
        bezirke := ARRAY(SELECT DISTINCT regierungsbezirk_id FROM kreis);
    ELSE
        DELETE FROM leistung_region_kennzahl WHERE ebene = 'KREIS' AND schluessel = ANY (kreise);
        INSERT INTO leistung_region_kennzahl (ebene, schluessel, ozg_id, zustaendig, online_ge)
        SELECT 'KREIS', k.kreis_schluessel, z.ozg_id, count(*),
               ARRAY[count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 0),
                     count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 1),
                     count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 2),
                     count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 3),
                     count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 4),
                     count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 5),
                     count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 6),
                     count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 7)]::integer[]
        FROM kommune k
        JOIN zustaendigkeit z ON z.kommune_typ = k.typ AND z.zustaendig
        LEFT JOIN LATERAL (SELECT u.status, u.reifegrad FROM umsetzungsstand u
                           WHERE u.kommune_ags = k.ags AND u.ozg_id = z.ozg_id OFFSET 0) u ON true
        WHERE k.kreis_schluessel = ANY (kreise)
        GROUP BY k.kreis_schluessel, z.ozg_id;
        bezirke := ARRAY(SELECT DISTINCT regierungsbezirk_id FROM kreis WHERE schluessel = ANY (kreise));
        DELETE FROM leistung_region_kennzahl WHERE ebene = 'REGIERUNGSBEZIRK' AND schluessel = ANY (bezirke);
    END IF;
    INSERT INTO leistung_region_kennzahl (ebene, schluessel, ozg_id, zustaendig, online_ge)
    SELECT 'REGIERUNGSBEZIRK', kr.regierungsbezirk_id, r.ozg_id, sum(r.zustaendig),
           ARRAY[sum(r.online_ge[1]), sum(r.online_ge[2]), sum(r.online_ge[3]), sum(r.online_ge[4]),
                 sum(r.online_ge[5]), sum(r.online_ge[6]), sum(r.online_ge[7]), sum(r.online_ge[8])]::integer[]
    FROM leistung_region_kennzahl r JOIN kreis kr ON kr.schluessel = r.schluessel
    WHERE r.ebene = 'KREIS' AND kr.regierungsbezirk_id = ANY (bezirke)
    GROUP BY kr.regierungsbezirk_id, r.ozg_id;

    DELETE FROM leistung_region_kennzahl WHERE ebene = 'LAND';
    INSERT INTO leistung_region_kennzahl (ebene, schluessel, ozg_id, zustaendig, online_ge)
    SELECT 'LAND', '05', r.ozg_id, sum(r.zustaendig),
           ARRAY[sum(r.online_ge[1]), sum(r.online_ge[2]), sum(r.online_ge[3]), sum(r.online_ge[4]),
                 sum(r.online_ge[5]), sum(r.online_ge[6]), sum(r.online_ge[7]), sum(r.online_ge[8])]::integer[]
    FROM leistung_region_kennzahl r
    WHERE r.ebene = 'REGIERUNGSBEZIRK'
    GROUP BY r.ozg_id;
END
$$;
