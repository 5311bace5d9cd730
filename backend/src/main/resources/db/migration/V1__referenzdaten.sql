-- Reference registry: the OZG catalogue, the Kommunen of NRW, organisations, Basiskomponenten, Fachämter.
-- Rows are loaded and updated by the versioned loader (referenzdaten package), keyed by their official keys.

CREATE EXTENSION IF NOT EXISTS unaccent;

-- Folding for search: umlauts as the German transcription (ä→ae), then other accents removed.
-- Immutable so it can feed generated columns and indexes; the dictionary is named explicitly for that.
CREATE FUNCTION dashboard_fold(t text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
SELECT public.unaccent('public.unaccent'::regdictionary,
         replace(replace(replace(replace(lower(t), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss'))
$$;

-- Accents removed only (ü→u), so that "Koln" finds Köln as well as "Koeln".
CREATE FUNCTION dashboard_fold_plain(t text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
SELECT public.unaccent('public.unaccent'::regdictionary, lower(t))
$$;

CREATE TABLE datensatz (
    id          text PRIMARY KEY,
    version     text        NOT NULL,
    stand       text        NOT NULL,
    geladen_am  timestamptz NOT NULL,
    -- rows inserted or changed by the load of this version
    geaenderte_zeilen integer NOT NULL
);

CREATE TABLE themenfeld (
    id            integer PRIMARY KEY,
    name          text NOT NULL UNIQUE,
    katalog_stand text NOT NULL
);

CREATE TABLE lage (
    id            integer PRIMARY KEY,
    name          text    NOT NULL,
    themenfeld_id integer NOT NULL REFERENCES themenfeld (id),
    katalog_stand text    NOT NULL
);
CREATE INDEX lage_themenfeld_idx ON lage (themenfeld_id);

CREATE TABLE typisierung (
    code                text PRIMARY KEY,
    regelungskompetenz  text    NOT NULL,
    vollzugskompetenz   text    NOT NULL,
    beschreibung        text    NOT NULL,
    ozg_relevant        boolean NOT NULL,
    reihenfolge         integer NOT NULL
);

CREATE TABLE leistung (
    ozg_id         integer PRIMARY KEY,
    name           text      NOT NULL,
    lage_id        integer   NOT NULL REFERENCES lage (id),
    themenfeld_id  integer   NOT NULL REFERENCES themenfeld (id),
    typisierungen  text[]    NOT NULL,
    sdg1_relevant  boolean   NOT NULL,
    sdg2_relevant  boolean   NOT NULL,
    quelle_id      integer,
    katalog_stand  text      NOT NULL,
    suche          tsvector
);
CREATE INDEX leistung_lage_idx ON leistung (lage_id);
CREATE INDEX leistung_themenfeld_idx ON leistung (themenfeld_id);
CREATE INDEX leistung_typisierungen_idx ON leistung USING gin (typisierungen);
CREATE INDEX leistung_suche_idx ON leistung USING gin (suche);

-- One row of the LeiKa as the catalogue links it to an OZG-Leistung. The same LeiKa-Schlüssel may appear
-- under several OZG-Leistungen, and 436 rows carry none ("nicht im LeiKa"), so the key is the source row id.
CREATE TABLE leika_leistung (
    id               integer PRIMARY KEY,
    schluessel       varchar(14) CHECK (schluessel ~ '^[0-9]{14}$'),
    name             text     NOT NULL,
    ozg_id           integer  REFERENCES leistung (ozg_id),
    typisierung      text     NOT NULL,
    typisierungen    text[]   NOT NULL,
    rechtsgrundlage  text,
    gesetze          text,
    gesetzeskuerzel  text,
    sdg1             boolean  NOT NULL,
    sdg2             boolean  NOT NULL,
    katalog_stand    text     NOT NULL
);
CREATE INDEX leika_leistung_schluessel_idx ON leika_leistung (schluessel);
CREATE INDEX leika_leistung_ozg_idx ON leika_leistung (ozg_id);

CREATE TABLE regierungsbezirk (
    id               varchar(3) PRIMARY KEY CHECK (id ~ '^05[1-9]$'),
    name             text          NOT NULL,
    kurzname         text          NOT NULL,
    verwaltungssitz  text          NOT NULL,
    einwohner        integer       NOT NULL,
    flaeche_km2      numeric(10, 2) NOT NULL,
    gebietsstand     date          NOT NULL
);

-- The 53 units at Kreis level: 31 Kreise (Städteregion Aachen included) and 22 kreisfreie Städte.
CREATE TABLE kreis (
    schluessel          varchar(5) PRIMARY KEY CHECK (schluessel ~ '^05[0-9]{3}$'),
    name                text           NOT NULL,
    kurzname            text           NOT NULL,
    typ                 text           NOT NULL CHECK (typ IN ('KREIS', 'KREISFREIE_STADT')),
    verwaltungssitz     text           NOT NULL,
    regierungsbezirk_id varchar(3)     NOT NULL REFERENCES regierungsbezirk (id),
    anzahl_gemeinden    integer        NOT NULL,
    einwohner           integer        NOT NULL,
    flaeche_km2         numeric(10, 2) NOT NULL,
    gebietsstand        date           NOT NULL
);

CREATE TABLE groessenklasse (
    code           text PRIMARY KEY,
    name           text    NOT NULL,
    einwohner_von  integer NOT NULL,
    einwohner_bis  integer,
    reihenfolge    integer NOT NULL,
    beschreibung   text    NOT NULL
);

-- Kommunen: the 396 Gemeinden (8-digit AGS) and the 31 Kreise (5-digit Kreisschlüssel).
-- typ is the NRW status; derived from § 4 GO NRW thresholds until an editor confirms it (typ_abgeleitet).
CREATE TABLE kommune (
    ags                 varchar(8) PRIMARY KEY CHECK (ags ~ '^05[0-9]{3}([0-9]{3})?$'),
    ars                 varchar(12)    NOT NULL UNIQUE CHECK (ars ~ '^05[0-9]{10}$'),
    name                text           NOT NULL,
    kurzname            text           NOT NULL,
    ebene               text           NOT NULL CHECK (ebene IN ('GEMEINDE', 'KREIS')),
    gebietstyp_amtlich  text           NOT NULL,
    typ                 text           NOT NULL CHECK (typ IN ('KREISFREIE_STADT', 'KREIS',
                            'GROSSE_KREISANGEHOERIGE_STADT', 'MITTLERE_KREISANGEHOERIGE_STADT', 'KREISANGEHOERIGE_GEMEINDE')),
    typ_abgeleitet      boolean        NOT NULL,
    typ_hinweis         text,
    groessenklasse      text REFERENCES groessenklasse (code),
    kreis_schluessel    varchar(5)     NOT NULL REFERENCES kreis (schluessel),
    regierungsbezirk_id varchar(3)     NOT NULL REFERENCES regierungsbezirk (id),
    einwohner           integer        NOT NULL CHECK (einwohner >= 0),
    flaeche_km2         numeric(10, 2) NOT NULL CHECK (flaeche_km2 > 0),
    plz                 varchar(5),
    einwohner_stichtag  date           NOT NULL,
    gebietsstand        date           NOT NULL,
    suche               tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', dashboard_fold(name) || ' ' || dashboard_fold_plain(name) || ' ' || ags)) STORED
);
CREATE INDEX kommune_kreis_idx ON kommune (kreis_schluessel);
CREATE INDEX kommune_rb_idx ON kommune (regierungsbezirk_id);
CREATE INDEX kommune_typ_idx ON kommune (typ);
CREATE INDEX kommune_suche_idx ON kommune USING gin (suche);

CREATE TABLE organisation (
    id                text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    -- the key in its source (e.g. ags:05315000, kdn-it:2), so a newer dataset updates the same row
    quelle_schluessel text NOT NULL UNIQUE,
    name         text NOT NULL,
    kurzname     text,
    typ          text NOT NULL CHECK (typ IN ('IT_DIENSTLEISTER', 'KOMMUNE', 'KOMMUNALER_DACHVERBAND',
                     'LANDESEINRICHTUNG', 'LANDESMINISTERIUM', 'KOMMUNALER_SPITZENVERBAND')),
    beschreibung text,
    strasse      text,
    plz          varchar(5),
    ort          text,
    url          text,
    kommune_ags  varchar(8) UNIQUE REFERENCES kommune (ags),
    datenstand   text NOT NULL,
    quelle       text NOT NULL REFERENCES datensatz (id),
    hinweis      text,
    suche        tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', dashboard_fold(name) || ' ' || dashboard_fold_plain(name) || ' '
            || coalesce(dashboard_fold(kurzname), '') || ' ' || coalesce(dashboard_fold(ort), ''))) STORED
);
CREATE INDEX organisation_typ_idx ON organisation (typ);
CREATE INDEX organisation_suche_idx ON organisation USING gin (suche);

CREATE TABLE basiskomponente (
    id           text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name         text    NOT NULL UNIQUE,
    kategorie    text    NOT NULL CHECK (kategorie IN ('NUTZERKONTO', 'BEZAHLDIENST', 'PORTAL', 'DATENAUSTAUSCH', 'FORMULARDIENST')),
    beschreibung text    NOT NULL,
    ebene        text    NOT NULL CHECK (ebene IN ('BUND', 'LAND', 'BUND_LAENDER', 'KOMMUNAL')),
    reihenfolge  integer NOT NULL
);

CREATE TABLE fachamt (
    id           text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name         text    NOT NULL UNIQUE,
    beschreibung text    NOT NULL,
    reihenfolge  integer NOT NULL
);

-- Which Fachamt is involved in which Leistung: no source states it, so editors maintain it; never guessed.
CREATE TABLE leistung_fachamt (
    ozg_id     integer NOT NULL REFERENCES leistung (ozg_id),
    fachamt_id text    NOT NULL REFERENCES fachamt (id),
    PRIMARY KEY (ozg_id, fachamt_id)
);

-- Everyday words under which people look for a Leistung that the 2019 catalogue names differently.
CREATE TABLE leistung_suchbegriff (
    ozg_id  integer NOT NULL REFERENCES leistung (ozg_id),
    begriff text    NOT NULL,
    PRIMARY KEY (ozg_id, begriff)
);
