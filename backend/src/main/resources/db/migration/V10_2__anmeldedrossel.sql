-- Sign-in throttling (issue 13): one row per key (account + address, account, address, own password), counted
-- atomically by INSERT … ON CONFLICT DO UPDATE … WHERE gesperrt_bis <= now() RETURNING: of parallel attempts only
-- those that find the key open get through, each one moving gesperrt_bis on. Holds across backend instances.
CREATE TABLE anmeldedrossel (
    schluessel   text        PRIMARY KEY,
    fehler       integer     NOT NULL,
    zuletzt      timestamptz NOT NULL,
    gesperrt_bis timestamptz NOT NULL
);
CREATE INDEX anmeldedrossel_zuletzt_idx ON anmeldedrossel (zuletzt);
-- "has this address signed in successfully lately" (the owner keeps a higher limit)
CREATE INDEX anmeldeversuch_erfolg_idx ON anmeldeversuch (adresse, zeitpunkt) WHERE erfolgreich;
