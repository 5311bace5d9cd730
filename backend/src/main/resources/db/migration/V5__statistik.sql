-- Statistics helpers: the population view of metric (b).

CREATE FUNCTION umsetzung_arr_add(a integer[], b integer[]) RETURNS integer[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT CASE WHEN b IS NULL THEN a ELSE ARRAY(SELECT x + y FROM unnest(a, b) AS t (x, y)) END $$;

-- What the residents of each Gemeinde are served by: their Gemeinde and, in a Kreis, the Kreis. soll and online_ge
-- add both, so metric (b) weighs every resident × responsible Leistung once.
CREATE VIEW umsetzung_einwohner AS
SELECT g.ags, g.kreis_schluessel, g.regierungsbezirk_id, g.groessenklasse, g.einwohner::bigint AS einwohner,
       gk.soll + coalesce(kk.soll, 0) AS soll,
       umsetzung_arr_add(gk.online_ge, kk.online_ge) AS online_ge
FROM kommune g
JOIN kommune_kennzahl gk ON gk.kommune_ags = g.ags
LEFT JOIN kommune_kennzahl kk ON kk.kommune_ags = g.kreis_schluessel
WHERE g.ebene = 'GEMEINDE';

CREATE INDEX leistung_region_kennzahl_ozg_idx ON leistung_region_kennzahl (ebene, ozg_id);
CREATE INDEX umsetzungsstand_wechsel_paar_idx ON umsetzungsstand_wechsel (kommune_ags, ozg_id, zeitpunkt);
