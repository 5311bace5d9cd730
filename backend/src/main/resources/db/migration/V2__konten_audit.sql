-- Accounts, sessions, API tokens, sign-in attempts and the audit trail; versions for optimistic locking.

ALTER TABLE leistung ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE kommune ADD COLUMN version bigint NOT NULL DEFAULT 0;

CREATE TABLE konto (
    id                    bigserial PRIMARY KEY,
    benutzername          text        NOT NULL UNIQUE CHECK (benutzername ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    anzeigename           text        NOT NULL,
    -- bcrypt; null for accounts that only sign in through the identity provider
    passwort_hash         text,
    rollen                text[]      NOT NULL CHECK (rollen <@ ARRAY['ADMIN', 'KOORDINATION', 'REDAKTION', 'INTEGRATION']::text[]),
    organisation_id       text REFERENCES organisation (id),
    aktiv                 boolean     NOT NULL DEFAULT true,
    muss_passwort_aendern boolean     NOT NULL DEFAULT false,
    erstellt_am           timestamptz NOT NULL,
    geaendert_am          timestamptz NOT NULL,
    letzte_anmeldung      timestamptz,
    version               bigint      NOT NULL DEFAULT 0,
    -- an editor always acts for one organisation
    CHECK (NOT ('REDAKTION' = ANY (rollen)) OR organisation_id IS NOT NULL)
);

CREATE TABLE konto_themenfeld (
    konto_id      bigint  NOT NULL REFERENCES konto (id) ON DELETE CASCADE,
    themenfeld_id integer NOT NULL REFERENCES themenfeld (id),
    PRIMARY KEY (konto_id, themenfeld_id)
);

-- Only the SHA-256 of the session secret is stored; the cookie holds the secret.
CREATE TABLE sitzung (
    id            text PRIMARY KEY,
    konto_id      bigint      NOT NULL REFERENCES konto (id) ON DELETE CASCADE,
    csrf_token    text        NOT NULL,
    erstellt_am   timestamptz NOT NULL,
    zuletzt_aktiv timestamptz NOT NULL,
    laeuft_ab     timestamptz NOT NULL,
    adresse       text
);
CREATE INDEX sitzung_konto_idx ON sitzung (konto_id);

CREATE TABLE api_token (
    id              bigserial PRIMARY KEY,
    name            text        NOT NULL,
    token_hash      text        NOT NULL UNIQUE,
    praefix         text        NOT NULL,
    rolle           text        NOT NULL CHECK (rolle IN ('ADMIN', 'KOORDINATION', 'REDAKTION', 'INTEGRATION')),
    organisation_id text REFERENCES organisation (id),
    erstellt_von    bigint REFERENCES konto (id),
    erstellt_am     timestamptz NOT NULL,
    laeuft_ab       timestamptz NOT NULL,
    widerrufen_am   timestamptz,
    zuletzt_benutzt timestamptz,
    CHECK (rolle <> 'REDAKTION' OR organisation_id IS NOT NULL)
);

CREATE TABLE anmeldeversuch (
    id           bigserial PRIMARY KEY,
    zeitpunkt    timestamptz NOT NULL,
    benutzername text        NOT NULL,
    adresse      text        NOT NULL,
    erfolgreich  boolean     NOT NULL
);
CREATE INDEX anmeldeversuch_konto_idx ON anmeldeversuch (benutzername, zeitpunkt);
CREATE INDEX anmeldeversuch_adresse_idx ON anmeldeversuch (adresse, zeitpunkt);

-- Every write, in the same transaction as the write. oeffentlich = false for entries that concern accounts
-- and tokens; the public feed never shows akteur_*.
CREATE TABLE aenderung (
    id               bigserial PRIMARY KEY,
    zeitpunkt        timestamptz NOT NULL,
    entitaet_typ     text        NOT NULL,
    entitaet_id      text        NOT NULL,
    aktion           text        NOT NULL CHECK (aktion IN ('ERSTELLT', 'GEAENDERT', 'GELOESCHT')),
    felder           text[]      NOT NULL,
    vorher           jsonb,
    nachher          jsonb,
    zusammenfassung  text        NOT NULL,
    oeffentlich      boolean     NOT NULL,
    akteur_typ       text        NOT NULL CHECK (akteur_typ IN ('KONTO', 'TOKEN', 'OIDC', 'SYSTEM')),
    akteur_id        text        NOT NULL,
    akteur_name      text        NOT NULL
);
CREATE INDEX aenderung_entitaet_idx ON aenderung (entitaet_typ, entitaet_id, id);
CREATE INDEX aenderung_zeitpunkt_idx ON aenderung (zeitpunkt, id);
