-- Live figures per area: what the statistics read instead of summing 11 000 Kommunen per request. One row per
-- Gemeinde, Kreis (the area: the Kreis and its Gemeinden, or the kreisfreie Stadt), Regierungsbezirk, the Land and
-- each Größenklasse, with every Reifegrad threshold (online_ge[i]: online with Reifegrad >= i - 1), metric (b)'s
-- population-weighted sums, and per Größenklasse the quartiles of its Gemeinden's shares (a). Maintained in the
-- transaction of every write, after kommune_kennzahl (Kennzahlenpflege), like the other pre-aggregations.
CREATE TABLE statistik_gebiet (
    ebene               text      NOT NULL CHECK (ebene IN ('LAND', 'REGIERUNGSBEZIRK', 'KREIS', 'GEMEINDE', 'GROESSENKLASSE')),
    schluessel          text      NOT NULL,
    kommunen            integer   NOT NULL,
    gemeldet            integer   NOT NULL,
    soll                bigint    NOT NULL,
    soll_abgeleitet     bigint    NOT NULL,
    online_ge           bigint[]  NOT NULL,
    einwohner_soll      bigint    NOT NULL,
    einwohner_online_ge bigint[]  NOT NULL,
    -- GROESSENKLASSE: for threshold i (1..8) the quartiles 0.25, 0.5, 0.75 at positions 3i-2, 3i-1, 3i
    quartile            double precision[],
    PRIMARY KEY (ebene, schluessel)
);

CREATE TRIGGER daten_geaendert AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON statistik_gebiet
    FOR EACH STATEMENT EXECUTE FUNCTION daten_geaendert();

-- Recomputes the areas of the given Kommunen (null: all). A Kreis's own figures count for its Gemeinden's
-- residents (metric b), so a Kreis among them brings all its Gemeinden along.
CREATE FUNCTION statistik_refresh_gebiete(agss text[]) RETURNS void
    LANGUAGE plpgsql
AS $$
DECLARE
    gemeinden text[];
    kreise    text[];
    bezirke   text[];
    klassen   text[];
BEGIN
    IF agss IS NOT NULL THEN
        SELECT array_agg(g.ags) INTO gemeinden FROM kommune g
        WHERE g.ebene = 'GEMEINDE'
          AND (g.ags = ANY (agss) OR g.kreis_schluessel IN (SELECT k.ags FROM kommune k WHERE k.ags = ANY (agss)));
        SELECT array_agg(DISTINCT k.kreis_schluessel) INTO kreise FROM kommune k WHERE k.ags = ANY (agss);
        SELECT array_agg(DISTINCT kr.regierungsbezirk_id) INTO bezirke FROM kreis kr WHERE kr.schluessel = ANY (kreise);
        SELECT array_agg(DISTINCT g.groessenklasse) INTO klassen FROM kommune g
        WHERE g.ags = ANY (gemeinden) AND g.groessenklasse IS NOT NULL;
        gemeinden := coalesce(gemeinden, '{}');
        kreise := coalesce(kreise, '{}');
        bezirke := coalesce(bezirke, '{}');
        klassen := coalesce(klassen, '{}');
    END IF;

    DELETE FROM statistik_gebiet WHERE ebene = 'GEMEINDE' AND (agss IS NULL OR schluessel = ANY (gemeinden));
    INSERT INTO statistik_gebiet
    SELECT 'GEMEINDE', g.ags, 1, (gk.in_planung + gk.in_umsetzung + gk.online_ge[1] > 0)::integer, gk.soll,
           gk.soll_abgeleitet, gk.online_ge::bigint[],
           coalesce(g.einwohner, 0)::bigint * (gk.soll + coalesce(kk.soll, 0)),
           ARRAY[coalesce(g.einwohner, 0)::bigint * (gk.online_ge[1] + coalesce(kk.online_ge[1], 0)), coalesce(g.einwohner, 0)::bigint * (gk.online_ge[2] + coalesce(kk.online_ge[2], 0)), coalesce(g.einwohner, 0)::bigint * (gk.online_ge[3] + coalesce(kk.online_ge[3], 0)), coalesce(g.einwohner, 0)::bigint * (gk.online_ge[4] + coalesce(kk.online_ge[4], 0)), coalesce(g.einwohner, 0)::bigint * (gk.online_ge[5] + coalesce(kk.online_ge[5], 0)), coalesce(g.einwohner, 0)::bigint * (gk.online_ge[6] + coalesce(kk.online_ge[6], 0)), coalesce(g.einwohner, 0)::bigint * (gk.online_ge[7] + coalesce(kk.online_ge[7], 0)), coalesce(g.einwohner, 0)::bigint * (gk.online_ge[8] + coalesce(kk.online_ge[8], 0))]::bigint[],
           NULL
    FROM kommune g
    JOIN kommune_kennzahl gk ON gk.kommune_ags = g.ags
    LEFT JOIN kommune_kennzahl kk ON kk.kommune_ags = g.kreis_schluessel
    WHERE g.ebene = 'GEMEINDE' AND (agss IS NULL OR g.ags = ANY (gemeinden));

    DELETE FROM statistik_gebiet WHERE ebene = 'KREIS' AND (agss IS NULL OR schluessel = ANY (kreise));
    INSERT INTO statistik_gebiet
    SELECT 'KREIS', k.kreis_schluessel, count(*),
           count(*) FILTER (WHERE kk.in_planung + kk.in_umsetzung + kk.online_ge[1] > 0),
           sum(kk.soll), sum(kk.soll_abgeleitet), ARRAY[coalesce(sum(kk.online_ge[1]), 0), coalesce(sum(kk.online_ge[2]), 0), coalesce(sum(kk.online_ge[3]), 0), coalesce(sum(kk.online_ge[4]), 0), coalesce(sum(kk.online_ge[5]), 0), coalesce(sum(kk.online_ge[6]), 0), coalesce(sum(kk.online_ge[7]), 0), coalesce(sum(kk.online_ge[8]), 0)]::bigint[],
           coalesce(sum(sg.einwohner_soll), 0), ARRAY[coalesce(sum(sg.einwohner_online_ge[1]), 0), coalesce(sum(sg.einwohner_online_ge[2]), 0), coalesce(sum(sg.einwohner_online_ge[3]), 0), coalesce(sum(sg.einwohner_online_ge[4]), 0), coalesce(sum(sg.einwohner_online_ge[5]), 0), coalesce(sum(sg.einwohner_online_ge[6]), 0), coalesce(sum(sg.einwohner_online_ge[7]), 0), coalesce(sum(sg.einwohner_online_ge[8]), 0)]::bigint[], NULL
    FROM kommune k
    JOIN kommune_kennzahl kk ON kk.kommune_ags = k.ags
    LEFT JOIN statistik_gebiet sg ON sg.ebene = 'GEMEINDE' AND sg.schluessel = k.ags
    WHERE k.kreis_schluessel IS NOT NULL AND (agss IS NULL OR k.kreis_schluessel = ANY (kreise))
    GROUP BY k.kreis_schluessel;

    DELETE FROM statistik_gebiet WHERE ebene = 'REGIERUNGSBEZIRK' AND (agss IS NULL OR schluessel = ANY (bezirke));
    INSERT INTO statistik_gebiet
    SELECT 'REGIERUNGSBEZIRK', kr.regierungsbezirk_id, sum(s.kommunen), sum(s.gemeldet), sum(s.soll),
           sum(s.soll_abgeleitet), ARRAY[coalesce(sum(s.online_ge[1]), 0), coalesce(sum(s.online_ge[2]), 0), coalesce(sum(s.online_ge[3]), 0), coalesce(sum(s.online_ge[4]), 0), coalesce(sum(s.online_ge[5]), 0), coalesce(sum(s.online_ge[6]), 0), coalesce(sum(s.online_ge[7]), 0), coalesce(sum(s.online_ge[8]), 0)]::bigint[], sum(s.einwohner_soll), ARRAY[coalesce(sum(s.einwohner_online_ge[1]), 0), coalesce(sum(s.einwohner_online_ge[2]), 0), coalesce(sum(s.einwohner_online_ge[3]), 0), coalesce(sum(s.einwohner_online_ge[4]), 0), coalesce(sum(s.einwohner_online_ge[5]), 0), coalesce(sum(s.einwohner_online_ge[6]), 0), coalesce(sum(s.einwohner_online_ge[7]), 0), coalesce(sum(s.einwohner_online_ge[8]), 0)]::bigint[], NULL
    FROM statistik_gebiet s JOIN kreis kr ON kr.schluessel = s.schluessel
    WHERE s.ebene = 'KREIS' AND (agss IS NULL OR kr.regierungsbezirk_id = ANY (bezirke))
    GROUP BY kr.regierungsbezirk_id;

    DELETE FROM statistik_gebiet WHERE ebene = 'LAND';
    INSERT INTO statistik_gebiet
    SELECT 'LAND', '05', coalesce(sum(s.kommunen), 0), coalesce(sum(s.gemeldet), 0), coalesce(sum(s.soll), 0),
           coalesce(sum(s.soll_abgeleitet), 0), ARRAY[coalesce(sum(s.online_ge[1]), 0), coalesce(sum(s.online_ge[2]), 0), coalesce(sum(s.online_ge[3]), 0), coalesce(sum(s.online_ge[4]), 0), coalesce(sum(s.online_ge[5]), 0), coalesce(sum(s.online_ge[6]), 0), coalesce(sum(s.online_ge[7]), 0), coalesce(sum(s.online_ge[8]), 0)]::bigint[], coalesce(sum(s.einwohner_soll), 0),
           ARRAY[coalesce(sum(s.einwohner_online_ge[1]), 0), coalesce(sum(s.einwohner_online_ge[2]), 0), coalesce(sum(s.einwohner_online_ge[3]), 0), coalesce(sum(s.einwohner_online_ge[4]), 0), coalesce(sum(s.einwohner_online_ge[5]), 0), coalesce(sum(s.einwohner_online_ge[6]), 0), coalesce(sum(s.einwohner_online_ge[7]), 0), coalesce(sum(s.einwohner_online_ge[8]), 0)]::bigint[], NULL
    FROM statistik_gebiet s WHERE s.ebene = 'REGIERUNGSBEZIRK';

    DELETE FROM statistik_gebiet WHERE ebene = 'GROESSENKLASSE' AND (agss IS NULL OR schluessel = ANY (klassen));
    INSERT INTO statistik_gebiet
    SELECT 'GROESSENKLASSE', c.code, count(sg.schluessel), coalesce(sum(sg.gemeldet), 0), coalesce(sum(sg.soll), 0),
           coalesce(sum(sg.soll_abgeleitet), 0), ARRAY[coalesce(sum(sg.online_ge[1]), 0), coalesce(sum(sg.online_ge[2]), 0), coalesce(sum(sg.online_ge[3]), 0), coalesce(sum(sg.online_ge[4]), 0), coalesce(sum(sg.online_ge[5]), 0), coalesce(sum(sg.online_ge[6]), 0), coalesce(sum(sg.online_ge[7]), 0), coalesce(sum(sg.online_ge[8]), 0)]::bigint[], coalesce(sum(sg.einwohner_soll), 0),
           ARRAY[coalesce(sum(sg.einwohner_online_ge[1]), 0), coalesce(sum(sg.einwohner_online_ge[2]), 0), coalesce(sum(sg.einwohner_online_ge[3]), 0), coalesce(sum(sg.einwohner_online_ge[4]), 0), coalesce(sum(sg.einwohner_online_ge[5]), 0), coalesce(sum(sg.einwohner_online_ge[6]), 0), coalesce(sum(sg.einwohner_online_ge[7]), 0), coalesce(sum(sg.einwohner_online_ge[8]), 0)]::bigint[],
           percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY sg.online_ge[1]::numeric / nullif(sg.soll, 0)) || percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY sg.online_ge[2]::numeric / nullif(sg.soll, 0)) || percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY sg.online_ge[3]::numeric / nullif(sg.soll, 0)) || percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY sg.online_ge[4]::numeric / nullif(sg.soll, 0)) || percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY sg.online_ge[5]::numeric / nullif(sg.soll, 0)) || percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY sg.online_ge[6]::numeric / nullif(sg.soll, 0)) || percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY sg.online_ge[7]::numeric / nullif(sg.soll, 0)) || percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY sg.online_ge[8]::numeric / nullif(sg.soll, 0))
    FROM groessenklasse c
    LEFT JOIN kommune g ON g.groessenklasse = c.code AND g.ebene = 'GEMEINDE'
    LEFT JOIN statistik_gebiet sg ON sg.ebene = 'GEMEINDE' AND sg.schluessel = g.ags
    WHERE agss IS NULL OR c.code = ANY (klassen)
    GROUP BY c.code;
END $$;

-- A Kommune's size, type or area may change outside the figures' writes (reference data, an edited status): the
-- residents' sums and the Größenklassen follow with it.
CREATE FUNCTION statistik_gebiet_nach_kommune() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM statistik_refresh_gebiete(NULL);
    RETURN NULL;
END $$;

CREATE TRIGGER statistik_gebiet_kommune AFTER INSERT OR DELETE OR UPDATE OF einwohner, groessenklasse, kreis_schluessel,
    regierungsbezirk_id, ebene, typ ON kommune
    FOR EACH STATEMENT EXECUTE FUNCTION statistik_gebiet_nach_kommune();

SELECT statistik_refresh_gebiete(NULL);
