-- Umsetzungsstand: Soll (Zuständigkeit rules), Ist per Kommune × OZG-Leistung, Basiskomponenten-Anschlüsse,
-- pre-aggregated figures for the statistics, daily history and bulk import jobs.

-- Soll as data: which Kommune type must offer which OZG-Leistung. Rows are seeded after each load of the catalogue
-- with a rule derived from the Typisierung (abgeleitet = true); an edit by KOORDINATION/ADMIN confirms a row.
CREATE TABLE zustaendigkeit (
    ozg_id       integer     NOT NULL REFERENCES leistung (ozg_id),
    kommune_typ  text        NOT NULL CHECK (kommune_typ IN ('KREISFREIE_STADT', 'KREIS',
                     'GROSSE_KREISANGEHOERIGE_STADT', 'MITTLERE_KREISANGEHOERIGE_STADT', 'KREISANGEHOERIGE_GEMEINDE')),
    zustaendig   boolean     NOT NULL,
    abgeleitet   boolean     NOT NULL DEFAULT true,
    hinweis      text,
    geaendert_am timestamptz NOT NULL,
    version      bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (ozg_id, kommune_typ)
);
CREATE INDEX zustaendigkeit_typ_idx ON zustaendigkeit (kommune_typ) WHERE zustaendig;

-- The documented default rule (see README "Umsetzungsstand"): kommunal is a Leistung with a LeiKa row of
-- Typisierung 3, 2/3, 4 or 5. Kreisfreie Städte carry every kommunal Leistung; Typisierung 5 alone (kommunale
-- Selbstverwaltung) falls to the Gemeinden, not the Kreis; the rest (Vollzug von Bundes- oder Landesrecht) to
-- both the Kreis and the kreisangehörigen Gemeinden, because the catalogue does not name the level.
CREATE FUNCTION zustaendigkeit_abgeleitet(typisierungen text[], typ text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
SELECT CASE
    WHEN NOT (typisierungen && ARRAY['3', '2/3', '4', '5']) THEN false
    WHEN typ = 'KREIS' THEN typisierungen && ARRAY['3', '2/3', '4']
    ELSE true
END
$$;

-- Ist: one row per Kommune × OZG-Leistung (optionally naming the LeiKa row it was reported for).
CREATE TABLE umsetzungsstand (
    kommune_ags      varchar(8)  NOT NULL REFERENCES kommune (ags),
    ozg_id           integer     NOT NULL REFERENCES leistung (ozg_id),
    leika_schluessel varchar(14) CHECK (leika_schluessel ~ '^[0-9]{14}$'),
    status           text        NOT NULL CHECK (status IN ('NICHT_BEGONNEN', 'IN_PLANUNG', 'IN_UMSETZUNG', 'ONLINE')),
    reifegrad        smallint    CHECK (reifegrad BETWEEN 0 AND 7),
    reifegradmodell  text        NOT NULL DEFAULT '1.1' CHECK (reifegradmodell IN ('1.1', '2.0')),
    url              text        CHECK (url IS NULL OR url ~ '^https?://'),
    online_seit      date,
    loesung_id       bigint      REFERENCES loesung (id) ON DELETE SET NULL,
    projekt_id       bigint      REFERENCES projekt (id) ON DELETE SET NULL,
    quelle           text        NOT NULL CHECK (quelle IN ('MANUELL', 'IMPORT', 'BEISPIEL')),
    -- the account or token that wrote the row, or the import job
    quelle_name      text,
    import_id        bigint,
    aktualisiert_am  timestamptz NOT NULL,
    version          bigint      NOT NULL DEFAULT 0,
    beispiel         boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (kommune_ags, ozg_id),
    CHECK (reifegrad IS NULL OR reifegradmodell = '2.0' OR reifegrad <= 4)
);
CREATE INDEX umsetzungsstand_ozg_idx ON umsetzungsstand (ozg_id, kommune_ags);
CREATE INDEX umsetzungsstand_beispiel_idx ON umsetzungsstand (beispiel) WHERE beispiel;

-- Level of a row for the thresholds: -1 = not online; otherwise the Reifegrad (unknown counts as 0).
CREATE FUNCTION umsetzung_stufe(status text, reifegrad smallint) RETURNS smallint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT CASE WHEN status = 'ONLINE' THEN coalesce(reifegrad, 0)::smallint ELSE -1::smallint END $$;

-- Every change of a row's level, so "newly online / fell back since <date>" is exact.
CREATE TABLE umsetzungsstand_wechsel (
    id            bigserial   PRIMARY KEY,
    kommune_ags   varchar(8)  NOT NULL,
    ozg_id        integer     NOT NULL,
    zeitpunkt     timestamptz NOT NULL,
    stufe_vorher  smallint    NOT NULL,
    stufe_nachher smallint    NOT NULL,
    beispiel      boolean     NOT NULL DEFAULT false
);
CREATE INDEX umsetzungsstand_wechsel_zeit_idx ON umsetzungsstand_wechsel (zeitpunkt);

CREATE TABLE basiskomponente_anschluss (
    kommune_ags        varchar(8)  NOT NULL REFERENCES kommune (ags),
    basiskomponente_id text        NOT NULL REFERENCES basiskomponente (id),
    status             text        NOT NULL CHECK (status IN ('ANGESCHLOSSEN', 'GEPLANT', 'NICHT_ANGESCHLOSSEN')),
    geplant_ab         date,
    quelle_name        text,
    aktualisiert_am    timestamptz NOT NULL,
    version            bigint      NOT NULL DEFAULT 0,
    beispiel           boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (kommune_ags, basiskomponente_id),
    CHECK (status = 'GEPLANT' OR geplant_ab IS NULL)
);

-- Pre-aggregations, maintained in the transaction of every write (single PUT, import, rule change).
-- online_ge[i] = number of Soll-Leistungen online with Reifegrad >= i - 1 (i = 1..8), so any threshold is one lookup.
CREATE TABLE kommune_kennzahl (
    kommune_ags     varchar(8) PRIMARY KEY REFERENCES kommune (ags) ON DELETE CASCADE,
    soll            integer    NOT NULL,
    soll_abgeleitet integer    NOT NULL,
    in_planung      integer    NOT NULL,
    in_umsetzung    integer    NOT NULL,
    online_ge       integer[]  NOT NULL
);

-- Per area and Leistung: how many Kommunen there are responsible, and how many of them have it online at each
-- level. Strict coverage (online_ge[r+1] = zustaendig) and "at least one" (online_ge[r+1] > 0) read from here.
CREATE TABLE leistung_region_kennzahl (
    ebene      text    NOT NULL CHECK (ebene IN ('KREIS', 'REGIERUNGSBEZIRK', 'LAND')),
    schluessel text    NOT NULL,
    ozg_id     integer NOT NULL,
    zustaendig integer NOT NULL,
    online_ge  integer[] NOT NULL,
    PRIMARY KEY (ebene, schluessel, ozg_id)
);

-- Recomputes the per-Kommune figures of the given Kommunen (null: all).
CREATE FUNCTION umsetzung_refresh_kommunen(agss text[]) RETURNS void
    LANGUAGE sql
AS $$
DELETE FROM kommune_kennzahl WHERE agss IS NULL OR kommune_ags = ANY (agss);
INSERT INTO kommune_kennzahl (kommune_ags, soll, soll_abgeleitet, in_planung, in_umsetzung, online_ge)
SELECT k.ags,
       count(z.ozg_id),
       count(z.ozg_id) FILTER (WHERE z.abgeleitet),
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
WHERE agss IS NULL OR k.ags = ANY (agss)
GROUP BY k.ags;
$$;

-- Recomputes the per-area figures for the given Kreise (null: all), then their Regierungsbezirke and the Land,
-- each summed from the level below.
CREATE FUNCTION umsetzung_refresh_regionen(kreise text[]) RETURNS void
    LANGUAGE sql
AS $$
DELETE FROM leistung_region_kennzahl WHERE ebene = 'KREIS' AND (kreise IS NULL OR schluessel = ANY (kreise));
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
WHERE kreise IS NULL OR k.kreis_schluessel = ANY (kreise)
GROUP BY k.kreis_schluessel, z.ozg_id;

DELETE FROM leistung_region_kennzahl WHERE ebene = 'REGIERUNGSBEZIRK' AND (kreise IS NULL OR schluessel IN
    (SELECT regierungsbezirk_id FROM kreis WHERE schluessel = ANY (kreise)));
INSERT INTO leistung_region_kennzahl (ebene, schluessel, ozg_id, zustaendig, online_ge)
SELECT 'REGIERUNGSBEZIRK', kr.regierungsbezirk_id, r.ozg_id, sum(r.zustaendig),
       ARRAY[sum(r.online_ge[1]), sum(r.online_ge[2]), sum(r.online_ge[3]), sum(r.online_ge[4]),
             sum(r.online_ge[5]), sum(r.online_ge[6]), sum(r.online_ge[7]), sum(r.online_ge[8])]::integer[]
FROM leistung_region_kennzahl r JOIN kreis kr ON kr.schluessel = r.schluessel
WHERE r.ebene = 'KREIS' AND (kreise IS NULL OR kr.regierungsbezirk_id IN
    (SELECT regierungsbezirk_id FROM kreis WHERE schluessel = ANY (kreise)))
GROUP BY kr.regierungsbezirk_id, r.ozg_id;

DELETE FROM leistung_region_kennzahl WHERE ebene = 'LAND';
INSERT INTO leistung_region_kennzahl (ebene, schluessel, ozg_id, zustaendig, online_ge)
SELECT 'LAND', '05', r.ozg_id, sum(r.zustaendig),
       ARRAY[sum(r.online_ge[1]), sum(r.online_ge[2]), sum(r.online_ge[3]), sum(r.online_ge[4]),
             sum(r.online_ge[5]), sum(r.online_ge[6]), sum(r.online_ge[7]), sum(r.online_ge[8])]::integer[]
FROM leistung_region_kennzahl r
WHERE r.ebene = 'REGIERUNGSBEZIRK'
GROUP BY r.ozg_id;
$$;

-- Daily history: one row per day × level × key, with every threshold's counts, so time series are lookups.
-- einwohner_* are the population-weighted sums of metric (b); leistungen, strikt_ge and mindestens_eine_ge the
-- inputs of metrics (c) and (d) (null where a level has no such figure).
CREATE TABLE statistik_tag (
    datum              date     NOT NULL,
    ebene              text     NOT NULL CHECK (ebene IN ('KOMMUNE', 'KREIS', 'REGIERUNGSBEZIRK', 'LAND', 'THEMENFELD', 'GROESSENKLASSE')),
    schluessel         text     NOT NULL,
    soll               bigint   NOT NULL,
    online_ge          bigint[] NOT NULL,
    einwohner_soll     bigint,
    einwohner_online_ge bigint[],
    leistungen         integer,
    strikt_ge          integer[],
    mindestens_eine_ge integer[],
    beispiel           boolean  NOT NULL DEFAULT false,
    erstellt_am        timestamptz NOT NULL,
    PRIMARY KEY (datum, ebene, schluessel)
);
CREATE INDEX statistik_tag_schluessel_idx ON statistik_tag (ebene, schluessel, datum);

CREATE TABLE import_job (
    id               bigserial   PRIMARY KEY,
    status           text        NOT NULL CHECK (status IN ('WARTEND', 'PRUEFUNG', 'SCHREIBEN', 'FERTIG', 'FEHLGESCHLAGEN')),
    format           text        NOT NULL CHECK (format IN ('CSV', 'JSON')),
    dry_run          boolean     NOT NULL,
    bytes_gesamt     bigint      NOT NULL,
    bytes_gelesen    bigint      NOT NULL DEFAULT 0,
    fortschritt      integer     NOT NULL DEFAULT 0 CHECK (fortschritt BETWEEN 0 AND 100),
    zeilen           bigint      NOT NULL DEFAULT 0,
    neu              bigint      NOT NULL DEFAULT 0,
    geaendert        bigint      NOT NULL DEFAULT 0,
    unveraendert     bigint      NOT NULL DEFAULT 0,
    fehler           bigint      NOT NULL DEFAULT 0,
    fehlerliste      jsonb       NOT NULL DEFAULT '[]',
    meldung          text,
    erstellt_von     text        NOT NULL,
    erstellt_von_typ text        NOT NULL,
    erstellt_am      timestamptz NOT NULL,
    begonnen_am      timestamptz,
    beendet_am       timestamptz
);

-- Staging for imports: validated rows are copied here, then merged in one transaction. Unlogged: it is scratch.
CREATE UNLOGGED TABLE import_zeile (
    job_id           bigint      NOT NULL,
    zeile            bigint      NOT NULL,
    kommune_ags      varchar(8)  NOT NULL,
    ozg_id           integer     NOT NULL,
    leika_schluessel varchar(14),
    status           text        NOT NULL,
    reifegrad        smallint,
    reifegradmodell  text        NOT NULL,
    url              text,
    online_seit      date
);
CREATE INDEX import_zeile_job_idx ON import_zeile (job_id, kommune_ags, ozg_id);
