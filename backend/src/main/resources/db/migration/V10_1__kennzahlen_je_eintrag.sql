-- One reported entry (Kommune × Leistung) changes the figures of that Kommune and of that one Leistung in its Kreis,
-- Regierungsbezirk and the Land. Refreshing only those rows lets single writes run side by side instead of each
-- recomputing every Leistung of the Kreis and the whole Land behind a global lock (issue 13: 64 parallel writers).
-- The caller (Kennzahlenpflege.eintrag) holds the advisory locks that make concurrent refreshes of the same rows
-- take turns; every statement here takes a fresh snapshot, so it counts what the previous writer committed.
CREATE FUNCTION umsetzung_refresh_eintrag(p_ags text, p_ozg integer) RETURNS void
LANGUAGE sql AS $$
SELECT umsetzung_refresh_kommunen(ARRAY[p_ags]);

UPDATE leistung_region_kennzahl r
SET zustaendig = x.zustaendig, online_ge = x.online_ge
FROM (SELECT count(*)::integer AS zustaendig,
             ARRAY[count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 0),
                   count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 1),
                   count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 2),
                   count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 3),
                   count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 4),
                   count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 5),
                   count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 6),
                   count(*) FILTER (WHERE umsetzung_stufe(u.status, u.reifegrad) >= 7)]::integer[] AS online_ge
      FROM kommune k
      JOIN zustaendigkeit z ON z.kommune_typ = k.typ AND z.zustaendig AND z.ozg_id = p_ozg
      LEFT JOIN umsetzungsstand u ON u.kommune_ags = k.ags AND u.ozg_id = p_ozg
      WHERE k.kreis_schluessel = (SELECT kreis_schluessel FROM kommune WHERE ags = p_ags)) x
WHERE r.ebene = 'KREIS' AND r.ozg_id = p_ozg
  AND r.schluessel = (SELECT kreis_schluessel FROM kommune WHERE ags = p_ags);

UPDATE leistung_region_kennzahl r
SET zustaendig = x.zustaendig, online_ge = x.online_ge
FROM (SELECT sum(k.zustaendig)::integer AS zustaendig,
             ARRAY[sum(k.online_ge[1]), sum(k.online_ge[2]), sum(k.online_ge[3]), sum(k.online_ge[4]),
                   sum(k.online_ge[5]), sum(k.online_ge[6]), sum(k.online_ge[7]), sum(k.online_ge[8])]::integer[]
                 AS online_ge
      FROM leistung_region_kennzahl k JOIN kreis kr ON kr.schluessel = k.schluessel
      WHERE k.ebene = 'KREIS' AND k.ozg_id = p_ozg
        AND kr.regierungsbezirk_id = (SELECT regierungsbezirk_id FROM kommune WHERE ags = p_ags)) x
WHERE r.ebene = 'REGIERUNGSBEZIRK' AND r.ozg_id = p_ozg
  AND r.schluessel = (SELECT regierungsbezirk_id FROM kommune WHERE ags = p_ags);

UPDATE leistung_region_kennzahl r
SET zustaendig = x.zustaendig, online_ge = x.online_ge
FROM (SELECT sum(b.zustaendig)::integer AS zustaendig,
             ARRAY[sum(b.online_ge[1]), sum(b.online_ge[2]), sum(b.online_ge[3]), sum(b.online_ge[4]),
                   sum(b.online_ge[5]), sum(b.online_ge[6]), sum(b.online_ge[7]), sum(b.online_ge[8])]::integer[]
                 AS online_ge
      FROM leistung_region_kennzahl b
      WHERE b.ebene = 'REGIERUNGSBEZIRK' AND b.ozg_id = p_ozg) x
WHERE r.ebene = 'LAND' AND r.ozg_id = p_ozg;
$$;
