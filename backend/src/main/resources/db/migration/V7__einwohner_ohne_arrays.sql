-- The residents' view without building an array per row (unnest per Gemeinde cost ~90 ms at national scale):
-- Gemeinde and Kreis counts stay separate columns, and the queries add the one element they need.
DROP VIEW umsetzung_einwohner;
CREATE VIEW umsetzung_einwohner AS
SELECT g.ags, g.kreis_schluessel, g.regierungsbezirk_id, g.groessenklasse, g.einwohner::bigint AS einwohner,
       gk.soll + coalesce(kk.soll, 0) AS soll,
       gk.online_ge AS online_gemeinde,
       kk.online_ge AS online_kreis
FROM kommune g
JOIN kommune_kennzahl gk ON gk.kommune_ags = g.ags
LEFT JOIN kommune_kennzahl kk ON kk.kommune_ags = g.kreis_schluessel
WHERE g.ebene = 'GEMEINDE';
DROP FUNCTION umsetzung_arr_add(integer[], integer[]);
