-- Synthetic national scale for the benchmark ONLY: run against a separate database (bench/run.sh uses its own data
-- directory), never the default one. Every name says "Synthetisch"; nothing here is real data.
-- Adds 4 Regierungsbezirke, 400 Kreise with 26 Gemeinden each (10 800 + 427 real = 11 227 Kommunen), 18 synthetic
-- Leistungen (575 in all) and an Ist row for every Kommune × Leistung (≈ 6.46 million rows).
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO regierungsbezirk (id, name, kurzname, verwaltungssitz, einwohner, flaeche_km2, gebietsstand)
SELECT '05' || d, 'Synthetischer Regierungsbezirk ' || d, 'Synth. RB ' || d, 'Synthetisch', 0, 1000, '2023-11-30'
FROM unnest(ARRAY['2', '4', '6', '8']) AS d;

-- Kreise 05000–05099, 05200–05299, 05400–05499, 05600–05699 (no real Kreis uses these numbers)
INSERT INTO kreis (schluessel, name, kurzname, typ, verwaltungssitz, regierungsbezirk_id, anzahl_gemeinden, einwohner,
                   flaeche_km2, gebietsstand)
SELECT '05' || lpad((h * 100 + k)::text, 3, '0'), 'Synthetischer Kreis ' || lpad((h * 100 + k)::text, 3, '0'),
       'Synth. Kreis ' || lpad((h * 100 + k)::text, 3, '0'), 'KREIS', 'Synthetisch',
       '05' || (h + 2), 26, 0, 500, '2023-11-30'
FROM unnest(ARRAY[0, 2, 4, 6]) AS h, generate_series(0, 99) AS k;

INSERT INTO kommune (ags, ars, name, kurzname, ebene, gebietstyp_amtlich, typ, typ_abgeleitet, groessenklasse, kreis_schluessel,
                     regierungsbezirk_id, einwohner, flaeche_km2, einwohner_stichtag, gebietsstand)
SELECT kr.schluessel, kr.schluessel || '0000000', kr.name, kr.kurzname, 'KREIS', 'Kreis', 'KREIS', false, NULL, kr.schluessel,
       kr.regierungsbezirk_id, 0, 500, '2022-12-31', '2023-11-30'
FROM kreis kr WHERE kr.verwaltungssitz = 'Synthetisch';

INSERT INTO kommune (ags, ars, name, kurzname, ebene, gebietstyp_amtlich, typ, typ_abgeleitet, groessenklasse, kreis_schluessel,
                     regierungsbezirk_id, einwohner, flaeche_km2, einwohner_stichtag, gebietsstand)
SELECT kr.schluessel || lpad(g::text, 3, '0'), kr.schluessel || '0' || lpad(g::text, 3, '0') || lpad(g::text, 3, '0'),
       'Synthetische Gemeinde ' || kr.schluessel || '-' || g, 'Synth. ' || kr.schluessel || '-' || g, 'GEMEINDE',
       'kreisangehörige Gemeinde',
       CASE WHEN e > 60000 THEN 'GROSSE_KREISANGEHOERIGE_STADT' WHEN e > 25000 THEN 'MITTLERE_KREISANGEHOERIGE_STADT'
            ELSE 'KREISANGEHOERIGE_GEMEINDE' END, true,
       CASE WHEN e < 5000 THEN 'LANDGEMEINDE' WHEN e < 20000 THEN 'KLEINSTADT' WHEN e < 50000 THEN 'KLEINE_MITTELSTADT'
            WHEN e < 100000 THEN 'GROSSE_MITTELSTADT' ELSE 'GROSSSTADT' END,
       kr.schluessel, kr.regierungsbezirk_id, e, 40, '2022-12-31', '2023-11-30'
FROM kreis kr, generate_series(1, 26) AS g,
     LATERAL (SELECT 1000 + ((hashtext('e:' || kr.schluessel || g) & 2147483647) % 100) ^ 3 / 8 AS e0) x,
     LATERAL (SELECT least(400000, e0)::integer AS e) y
WHERE kr.verwaltungssitz = 'Synthetisch';
UPDATE kommune k SET einwohner = s.summe FROM (SELECT kreis_schluessel, sum(einwohner) AS summe FROM kommune
    WHERE ebene = 'GEMEINDE' GROUP BY kreis_schluessel) s
WHERE k.ebene = 'KREIS' AND k.ags = s.kreis_schluessel AND k.name LIKE 'Synthetisch%';

INSERT INTO leistung (ozg_id, name, lage_id, themenfeld_id, typisierungen, sdg1_relevant, sdg2_relevant, katalog_stand)
SELECT 99000 + n, 'Synthetische Leistung ' || n, (SELECT min(id) FROM lage), (SELECT themenfeld_id FROM lage ORDER BY id LIMIT 1),
       ARRAY['2/3'], false, false, 'synthetisch'
FROM generate_series(1, 18) AS n;
INSERT INTO zustaendigkeit (ozg_id, kommune_typ, zustaendig, abgeleitet, geaendert_am)
-- the Standardregel of the backend (umsetzung/Standardregel.java), written out for these synthetic rows
SELECT l.ozg_id, t.typ, (l.typisierungen && ARRAY['3', '2/3', '4', '5'])
                        AND (t.typ <> 'KREIS' OR l.typisierungen && ARRAY['3', '2/3', '4']), true, now()
FROM leistung l CROSS JOIN unnest(ARRAY['KREISFREIE_STADT', 'KREIS', 'GROSSE_KREISANGEHOERIGE_STADT',
     'MITTLERE_KREISANGEHOERIGE_STADT', 'KREISANGEHOERIGE_GEMEINDE']) AS t (typ)
ON CONFLICT DO NOTHING;
COMMIT;

-- Ist for every Kommune × Leistung: about 40 % online, the rest spread over the other states
BEGIN;
INSERT INTO umsetzungsstand (kommune_ags, ozg_id, status, reifegrad, reifegradmodell, url, online_seit, quelle, quelle_name,
                             aktualisiert_am, version, beispiel)
SELECT k.ags, l.ozg_id, s.status,
       CASE WHEN s.status = 'ONLINE' THEN (h % 5)::smallint END, '1.1',
       CASE WHEN s.status = 'ONLINE' THEN 'https://synthetisch.example/' || k.ags || '/' || l.ozg_id END,
       CASE WHEN s.status = 'ONLINE' THEN DATE '2026-01-01' - (h % 300)::integer END,
       'IMPORT', 'Synthetisch (Benchmark)', now(), 0, false
FROM kommune k CROSS JOIN leistung l,
     LATERAL (SELECT (hashtext(k.ags || ':' || l.ozg_id) & 2147483647) % 1000 AS h) x,
     LATERAL (SELECT CASE WHEN h < 400 THEN 'ONLINE' WHEN h < 550 THEN 'IN_UMSETZUNG' WHEN h < 700 THEN 'IN_PLANUNG'
                          ELSE 'NICHT_BEGONNEN' END AS status) s;
COMMIT;
ANALYZE;
SELECT umsetzung_refresh_kommunen(NULL);
SELECT umsetzung_refresh_regionen(NULL);
ANALYZE;
SELECT (SELECT count(*) FROM kommune) AS kommunen, (SELECT count(*) FROM leistung) AS leistungen,
       (SELECT count(*) FROM umsetzungsstand) AS ist_zeilen;
