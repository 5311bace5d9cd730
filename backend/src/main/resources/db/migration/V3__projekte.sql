-- The project registry: Umsetzungsprojekte with their team, phases, workshops, Gremien decisions and solutions.
-- A project is one aggregate: every change to it or its parts bumps projekt.version (the ETag clients send back).

CREATE TABLE gremium (
    id              text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name            text    NOT NULL UNIQUE,
    beschreibung    text,
    organisation_id text REFERENCES organisation (id),
    reihenfolge     integer NOT NULL DEFAULT 100
);

CREATE TABLE projekt (
    id                              bigserial PRIMARY KEY,
    titel                           text        NOT NULL CHECK (length(titel) BETWEEN 3 AND 200),
    zusammenfassung                 text        NOT NULL,
    themenfeld_id                   integer     NOT NULL REFERENCES themenfeld (id),
    phase                           text        NOT NULL CHECK (phase IN ('SICHTUNG', 'WORKSHOP', 'GREMIEN', 'UMSETZUNG',
                                        'PILOTIERUNG', 'ROLLOUT', 'BETRIEB', 'EINGESTELLT')),
    status                          text        NOT NULL CHECK (status IN ('AKTIV', 'PAUSIERT', 'ABGESCHLOSSEN', 'EINGESTELLT')),
    efa_typ                         text        NOT NULL CHECK (efa_typ IN ('EFA_NACHNUTZUNG', 'EFA_EIGENENTWICKLUNG',
                                        'KOMMUNALE_GEMEINSCHAFTSLOESUNG', 'KEIN_EFA', 'OFFEN')),
    beginn                          date,
    ende_geplant                    date,
    links                           jsonb       NOT NULL DEFAULT '[]',
    begruendung_repraesentativitaet text,
    beispiel                        boolean     NOT NULL DEFAULT false,
    erstellt_am                     timestamptz NOT NULL,
    geaendert_am                    timestamptz NOT NULL,
    version                         bigint      NOT NULL DEFAULT 0,
    suche                           tsvector GENERATED ALWAYS AS (
        to_tsvector('german', dashboard_fold(titel) || ' ' || dashboard_fold(zusammenfassung))) STORED,
    CHECK (ende_geplant IS NULL OR beginn IS NULL OR ende_geplant >= beginn),
    CHECK ((phase = 'EINGESTELLT') = (status = 'EINGESTELLT'))
);
CREATE INDEX projekt_themenfeld_idx ON projekt (themenfeld_id);
CREATE INDEX projekt_phase_idx ON projekt (phase);
CREATE INDEX projekt_suche_idx ON projekt USING gin (suche);

CREATE TABLE projekt_leistung (
    projekt_id bigint  NOT NULL REFERENCES projekt (id) ON DELETE CASCADE,
    ozg_id     integer NOT NULL REFERENCES leistung (ozg_id),
    PRIMARY KEY (projekt_id, ozg_id)
);
CREATE INDEX projekt_leistung_ozg_idx ON projekt_leistung (ozg_id);

-- optional narrowing of a covered Leistung to some of its LeiKa rows
CREATE TABLE projekt_leika (
    projekt_id bigint  NOT NULL REFERENCES projekt (id) ON DELETE CASCADE,
    leika_id   integer NOT NULL REFERENCES leika_leistung (id),
    PRIMARY KEY (projekt_id, leika_id)
);

CREATE TABLE teilnahme (
    id              bigserial PRIMARY KEY,
    projekt_id      bigint NOT NULL REFERENCES projekt (id) ON DELETE CASCADE,
    organisation_id text   NOT NULL REFERENCES organisation (id),
    rolle           text   NOT NULL CHECK (rolle IN ('FEDERFUEHREND', 'MITWIRKEND', 'PILOT', 'INTERESSIERT', 'NACHNUTZER')),
    seit            date   NOT NULL,
    UNIQUE (projekt_id, organisation_id)
);
-- at most one lead per project; "exactly one" is enforced by the service on every change of the team
CREATE UNIQUE INDEX teilnahme_eine_federfuehrung ON teilnahme (projekt_id) WHERE rolle = 'FEDERFUEHREND';
CREATE INDEX teilnahme_organisation_idx ON teilnahme (organisation_id);

CREATE TABLE projekt_basiskomponente (
    projekt_id         bigint NOT NULL REFERENCES projekt (id) ON DELETE CASCADE,
    basiskomponente_id text   NOT NULL REFERENCES basiskomponente (id),
    verbindlichkeit    text   NOT NULL CHECK (verbindlichkeit IN ('ERFORDERLICH', 'OPTIONAL')),
    PRIMARY KEY (projekt_id, basiskomponente_id)
);

CREATE TABLE entscheidung (
    id          bigserial PRIMARY KEY,
    projekt_id  bigint NOT NULL REFERENCES projekt (id) ON DELETE CASCADE,
    gremium_id  text   NOT NULL REFERENCES gremium (id),
    datum       date   NOT NULL,
    ergebnis    text   NOT NULL CHECK (ergebnis IN ('ZUGESTIMMT', 'ABGELEHNT', 'VERTAGT')),
    referenz    text,
    bemerkung   text
);
CREATE INDEX entscheidung_projekt_idx ON entscheidung (projekt_id);

CREATE TABLE phasenwechsel (
    id              bigserial PRIMARY KEY,
    projekt_id      bigint      NOT NULL REFERENCES projekt (id) ON DELETE CASCADE,
    von_phase       text,
    nach_phase      text        NOT NULL,
    datum           date        NOT NULL,
    begruendung     text,
    entscheidung_id bigint REFERENCES entscheidung (id) ON DELETE SET NULL,
    erfasst_am      timestamptz NOT NULL
);
CREATE INDEX phasenwechsel_projekt_idx ON phasenwechsel (projekt_id, datum, id);

CREATE TABLE workshop (
    id            bigserial PRIMARY KEY,
    projekt_id    bigint NOT NULL REFERENCES projekt (id) ON DELETE CASCADE,
    datum         date   NOT NULL,
    format        text   NOT NULL CHECK (format IN ('PRAESENZ', 'ONLINE', 'HYBRID')),
    titel         text   NOT NULL,
    prioritaeten  text,
    buendelung    text,
    weitere_ergebnisse text
);
CREATE INDEX workshop_projekt_idx ON workshop (projekt_id);

CREATE TABLE workshop_teilnehmer (
    workshop_id     bigint NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    organisation_id text   NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (workshop_id, organisation_id)
);

-- who declared in the workshop to join the project, and how
CREATE TABLE workshop_beitritt (
    workshop_id     bigint NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    organisation_id text   NOT NULL REFERENCES organisation (id),
    rolle           text   NOT NULL CHECK (rolle IN ('INTERESSIERT', 'MITWIRKEND')),
    PRIMARY KEY (workshop_id, organisation_id)
);

CREATE TABLE loesung (
    id                        bigserial PRIMARY KEY,
    projekt_id                bigint  NOT NULL REFERENCES projekt (id) ON DELETE CASCADE,
    name                      text    NOT NULL,
    anbieter_organisation_id  text REFERENCES organisation (id),
    url                       text CHECK (url IS NULL OR url ~ '^https?://'),
    reifegrad                 integer CHECK (reifegrad BETWEEN 0 AND 7),
    reifegrad_modell          text    NOT NULL DEFAULT '1.1' CHECK (reifegrad_modell IN ('1.1', '2.0')),
    beschreibung              text,
    CHECK (reifegrad IS NULL OR reifegrad_modell = '2.0' OR reifegrad <= 4)
);
CREATE INDEX loesung_projekt_idx ON loesung (projekt_id);

CREATE TABLE loesung_basiskomponente (
    loesung_id         bigint NOT NULL REFERENCES loesung (id) ON DELETE CASCADE,
    basiskomponente_id text   NOT NULL REFERENCES basiskomponente (id),
    PRIMARY KEY (loesung_id, basiskomponente_id)
);

-- best-practice transfer: Kommunen that reuse a solution or want to
CREATE TABLE nachnutzung (
    loesung_id      bigint NOT NULL REFERENCES loesung (id) ON DELETE CASCADE,
    organisation_id text   NOT NULL REFERENCES organisation (id),
    status          text   NOT NULL CHECK (status IN ('NUTZT', 'GEPLANT', 'INTERESSIERT')),
    seit            date   NOT NULL,
    PRIMARY KEY (loesung_id, organisation_id)
);

-- who coordinates a Themenfeld; personal contact data only when published with consent
CREATE TABLE koordination (
    themenfeld_id     integer PRIMARY KEY REFERENCES themenfeld (id),
    organisation_id   text    NOT NULL REFERENCES organisation (id),
    funktion          text    NOT NULL,
    kontakt_name      text,
    kontakt_email     text CHECK (kontakt_email IS NULL OR kontakt_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    kontakt_einwilligung boolean NOT NULL DEFAULT false,
    beispiel          boolean NOT NULL DEFAULT false,
    version           bigint  NOT NULL DEFAULT 0,
    CHECK ((kontakt_name IS NULL AND kontakt_email IS NULL) OR kontakt_einwilligung)
);

-- contact functions of the ministries (e.g. the unit for municipal digitalisation)
CREATE TABLE ansprechstelle (
    id                bigserial PRIMARY KEY,
    organisation_id   text    NOT NULL REFERENCES organisation (id),
    funktion          text    NOT NULL,
    themenfeld_id     integer REFERENCES themenfeld (id),
    kontakt_name      text,
    kontakt_email     text CHECK (kontakt_email IS NULL OR kontakt_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    kontakt_einwilligung boolean NOT NULL DEFAULT false,
    beispiel          boolean NOT NULL DEFAULT false,
    version           bigint  NOT NULL DEFAULT 0,
    CHECK ((kontakt_name IS NULL AND kontakt_email IS NULL) OR kontakt_einwilligung)
);
