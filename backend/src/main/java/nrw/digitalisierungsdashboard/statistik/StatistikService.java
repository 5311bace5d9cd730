package nrw.digitalisierungsdashboard.statistik;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nrw.digitalisierungsdashboard.common.Params;
import nrw.digitalisierungsdashboard.common.ReadSource;
import nrw.digitalisierungsdashboard.common.Rows;
import nrw.digitalisierungsdashboard.umsetzung.UmsetzungModelle;
import nrw.digitalisierungsdashboard.umsetzung.UmsetzungsstandService;

/**
 * The statistics, read from the pre-aggregated tables (never from the 6 million Ist rows): the live figures per area
 * (statistik_gebiet) and per area × Leistung (leistung_region_kennzahl), so each answer is one or two lookups.
 */
@ApplicationScoped
public class StatistikService {

    public enum Gebietsebene {
        LAND,
        REGIERUNGSBEZIRK,
        KREIS,
        GEMEINDE
    }

    private final ReadSource source;

    public StatistikService(ReadSource source) {
        this.source = source;
    }

    static BigDecimal anteil(long zaehler, long nenner) {
        return UmsetzungsstandService.anteil(zaehler, nenner);
    }

    static boolean beispieldaten(ReadSource.Reads r) {
        return !r.list("SELECT 1 AS x FROM umsetzungsstand WHERE beispiel LIMIT 1")
                .isEmpty();
    }

    private static StatistikModelle.Metrikwert metrik(String m, long z, long n) {
        return switch (m) {
            case "a" ->
                new StatistikModelle.Metrikwert("a", "Anteil des Solls online", anteil(z, n), z, n, StatistikModelle.A);
            case "b" ->
                new StatistikModelle.Metrikwert(
                        "b", "Einwohnergewichtete Verfügbarkeit", anteil(z, n), z, n, StatistikModelle.B);
            case "c" ->
                new StatistikModelle.Metrikwert("c", "Strikte Abdeckung", anteil(z, n), z, n, StatistikModelle.C);
            default ->
                new StatistikModelle.Metrikwert("d", "Mindestens eine Kommune", anteil(z, n), z, n, StatistikModelle.D);
        };
    }

    public StatistikModelle.Uebersicht uebersicht(String reifegradMinParam) {
        int min = UmsetzungsstandService.reifegradMin(reifegradMinParam);
        int i = min + 1;
        // one round trip: the Land's live row, c and d over the Leistungen, the last Tagesstand, example data
        Tuple t = source.read(r -> r.list("""
                SELECT coalesce(g.kommunen, 0) AS kommunen, coalesce(g.gemeldet, 0) AS gemeldet,
                       coalesce(g.soll, 0) AS soll, coalesce(g.soll_abgeleitet, 0) AS abgeleitet,
                       coalesce(g.online_ge[:i], 0) AS online, g.online_ge AS verteilung,
                       coalesce(g.einwohner_online_ge[:i], 0) AS bz, coalesce(g.einwohner_soll, 0) AS bn,
                       cd.n, cd.strikt, cd.eine,
                       (SELECT max(datum) FROM statistik_tag WHERE ebene = 'LAND') AS letzter,
                       EXISTS (SELECT 1 FROM umsetzungsstand WHERE beispiel) AS beispiel
                FROM (SELECT count(*) AS n, count(*) FILTER (WHERE online_ge[:i] = zustaendig) AS strikt,
                             count(*) FILTER (WHERE online_ge[:i] > 0) AS eine
                      FROM leistung_region_kennzahl WHERE ebene = 'LAND') cd
                LEFT JOIN statistik_gebiet g ON g.ebene = 'LAND'""", "i", i)).get(0);
        List<UmsetzungModelle.Anzahl> verteilung = new ArrayList<>();
        long[] ge = longs(t.get("verteilung"));
        for (int rg = 0; rg < 8; rg++) {
            long genau = ge[rg] - (rg + 1 < 8 ? ge[rg + 1] : 0);
            if (genau > 0 || rg <= 4) {
                verteilung.add(new UmsetzungModelle.Anzahl(String.valueOf(rg), genau));
            }
        }
        Object letzter = t.get("letzter");
        long soll = Rows.number(t, "soll");
        long online = Rows.number(t, "online");
        return new StatistikModelle.Uebersicht(
                min,
                Rows.number(t, "kommunen"),
                Rows.number(t, "gemeldet"),
                soll,
                Rows.number(t, "abgeleitet"),
                soll - Rows.number(t, "abgeleitet"),
                online,
                List.of(
                        metrik("a", online, soll), metrik("b", Rows.number(t, "bz"), Rows.number(t, "bn")),
                        metrik("c", Rows.number(t, "strikt"), Rows.number(t, "n")),
                                metrik("d", Rows.number(t, "eine"), Rows.number(t, "n"))),
                verteilung,
                letzter == null ? null : date(letzter),
                Boolean.TRUE.equals(t.get("beispiel")));
    }

    private static LocalDate date(Object v) {
        return v instanceof Date d ? d.toLocalDate() : v instanceof LocalDate l ? l : LocalDate.parse(v.toString());
    }

    static long[] longs(Object array) {
        try {
            Object a = array instanceof Array sa ? sa.getArray() : array;
            Object[] items = a instanceof Object[] o ? o : null;
            long[] out = new long[8];
            if (items == null) {
                if (a instanceof long[] l) {
                    return l;
                }
                if (a instanceof int[] in) {
                    for (int k = 0; k < in.length; k++) {
                        out[k] = in[k];
                    }
                }
                return out;
            }
            for (int k = 0; k < items.length && k < 8; k++) {
                out[k] = items[k] == null ? 0 : ((Number) items[k]).longValue();
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public StatistikModelle.Themenfelder themenfelder(String reifegradMinParam) {
        int min = UmsetzungsstandService.reifegradMin(reifegradMinParam);
        record Gelesen(List<Tuple> zeilen, boolean beispiel) {}
        Gelesen gelesen = source.read(r -> new Gelesen(r.list("""
                SELECT t.id, t.name, count(r.ozg_id) AS leistungen, coalesce(sum(r.zustaendig), 0) AS soll,
                       coalesce(sum(r.online_ge[:i]), 0) AS online,
                       count(*) FILTER (WHERE r.online_ge[:i] = r.zustaendig) AS strikt,
                       count(*) FILTER (WHERE r.online_ge[:i] > 0) AS eine
                FROM themenfeld t
                LEFT JOIN leistung l ON l.themenfeld_id = t.id
                LEFT JOIN leistung_region_kennzahl r ON r.ebene = 'LAND' AND r.ozg_id = l.ozg_id
                GROUP BY t.id, t.name ORDER BY t.id""", "i", min + 1), beispieldaten(r)));
        List<StatistikModelle.ThemenfeldStatistik> list = gelesen.zeilen().stream()
                .map(t -> {
                    long n = Rows.number(t, "leistungen");
                    return new StatistikModelle.ThemenfeldStatistik(
                            Rows.integer(t, "id"),
                            Rows.str(t, "name"),
                            n,
                            Rows.number(t, "soll"),
                            Rows.number(t, "online"),
                            List.of(
                                    metrik("a", Rows.number(t, "online"), Rows.number(t, "soll")),
                                    metrik("c", Rows.number(t, "strikt"), n),
                                    metrik("d", Rows.number(t, "eine"), n)));
                })
                .toList();
        return new StatistikModelle.Themenfelder(min, list, gelesen.beispiel());
    }

    public StatistikModelle.Regionen regionen(
            String ebeneParam, String metrikParam, String reifegradMinParam, String regierungsbezirk, String kreis) {
        Gebietsebene ebene = Params.enumValue("ebene", ebeneParam, Gebietsebene.class);
        if (ebene == null) {
            ebene = Gebietsebene.LAND;
        }
        String m = Params.matching("metrik", metrikParam, "[abcdABCD]", "Erlaubt: a, b, c oder d.");
        m = m == null ? "a" : m.toLowerCase(Locale.ROOT);
        int min = UmsetzungsstandService.reifegradMin(reifegradMinParam);
        String rb = Params.matching(
                "regierungsbezirk", regierungsbezirk, "05[1-9]", "Ein Regierungsbezirk hat die Form 051 bis 059.");
        String kr =
                Params.matching("kreis", kreis, "05[0-9]{3}", "Ein Kreisschlüssel hat 5 Ziffern und beginnt mit 05.");
        String sql = switch (m) {
            case "a" ->
                "SELECT schluessel AS s, online_ge[:i] AS z, soll AS n FROM statistik_gebiet WHERE ebene = '"
                        + ebene.name() + "'";
            case "b" ->
                "SELECT schluessel AS s, einwohner_online_ge[:i] AS z, einwohner_soll AS n FROM statistik_gebiet "
                        + "WHERE ebene = '" + ebene.name() + "'";
            default ->
                ebene == Gebietsebene.GEMEINDE
                        ? "SELECT schluessel AS s, online_ge[:i] AS z, soll AS n FROM statistik_gebiet WHERE ebene = 'GEMEINDE'"
                        : "SELECT schluessel AS s, count(*) FILTER (WHERE "
                                + (m.equals("c") ? "online_ge[:i] = zustaendig" : "online_ge[:i] > 0")
                                + ") AS z, count(*) AS n FROM leistung_region_kennzahl WHERE ebene = '"
                                + ebene.name() + "' GROUP BY schluessel";
        };
        // names and filters joined in SQL: one pass, no second list of 11 000 Kommunen in memory
        String namen = switch (ebene) {
            case LAND -> "SELECT x.*, 'Nordrhein-Westfalen' AS name, NULL AS rb, NULL AS kr FROM (" + sql + ") x";
            case REGIERUNGSBEZIRK ->
                "SELECT x.*, r.kurzname AS name, r.id AS rb, NULL AS kr FROM (" + sql + ") x "
                        + "JOIN regierungsbezirk r ON r.id = x.s";
            case KREIS ->
                "SELECT x.*, g.name, g.regierungsbezirk_id AS rb, g.schluessel AS kr FROM (" + sql + ") x "
                        + "JOIN kreis g ON g.schluessel = x.s";
            case GEMEINDE ->
                "SELECT x.*, g.name, g.regierungsbezirk_id AS rb, g.kreis_schluessel AS kr FROM (" + sql + ") x "
                        + "JOIN kommune g ON g.ags = x.s AND g.ebene = 'GEMEINDE'";
        };
        List<Object> params = new ArrayList<>(List.of(min + 1));
        StringBuilder filter = new StringBuilder();
        if (rb != null) {
            filter.append(" WHERE y.rb = ?");
            params.add(rb);
        }
        if (kr != null) {
            filter.append(filter.length() == 0 ? " WHERE" : " AND").append(" y.kr = ?");
            params.add(kr);
        }
        String abfrage =
                ("SELECT y.s, y.name, y.z, y.n FROM (" + namen + ") y" + filter + " ORDER BY y.s").replace(":i", "?");
        record Gelesen(List<StatistikModelle.Regionswert> werte, boolean beispiel) {}
        Gelesen gelesen = source.read(r -> new Gelesen(
                r.rows(abfrage, params, rs -> {
                    long z = rs.getLong(3);
                    long n = rs.getLong(4);
                    return new StatistikModelle.Regionswert(rs.getString(1), rs.getString(2), anteil(z, n), z, n);
                }),
                beispieldaten(r)));
        List<StatistikModelle.Regionswert> werte = new ArrayList<>(gelesen.werte());
        werte.sort(Comparator.comparing(StatistikModelle.Regionswert::schluessel));
        StatistikModelle.Metrikwert beschreibung = metrik(m, 0, 0);
        String formel = beschreibung.formel()
                + (ebene == Gebietsebene.GEMEINDE && (m.equals("c") || m.equals("d"))
                        ? " Auf Ebene gemeinde ist das Gebiet die Gemeinde selbst; c und d zählen deshalb ihre Soll-Leistungen wie a."
                        : "");
        List<BigDecimal> vorhanden = werte.stream()
                .map(StatistikModelle.Regionswert::wert)
                .filter(Objects::nonNull)
                .toList();
        return new StatistikModelle.Regionen(
                ebene.name().toLowerCase(Locale.ROOT),
                m,
                beschreibung.name(),
                formel,
                min,
                vorhanden.stream().min(Comparator.naturalOrder()).orElse(null),
                vorhanden.stream().max(Comparator.naturalOrder()).orElse(null),
                werte,
                gelesen.beispiel());
    }

    public StatistikModelle.Groessenklassen groessenklassen(String reifegradMinParam) {
        int min = UmsetzungsstandService.reifegradMin(reifegradMinParam);
        record Gelesen(List<Tuple> zeilen, boolean beispiel) {}
        Gelesen gelesen = source.read(r -> new Gelesen(r.list("""
                SELECT gk.code, gk.name, coalesce(s.kommunen, 0) AS kommunen, coalesce(s.soll, 0) AS soll,
                       coalesce(s.online_ge[:i], 0) AS online, coalesce(s.einwohner_online_ge[:i], 0) AS bz,
                       coalesce(s.einwohner_soll, 0) AS bn, s.quartile[(3 * :i - 2):(3 * :i)] AS q
                FROM groessenklasse gk
                LEFT JOIN statistik_gebiet s ON s.ebene = 'GROESSENKLASSE' AND s.schluessel = gk.code
                ORDER BY gk.reihenfolge""", "i", min + 1), beispieldaten(r)));
        List<StatistikModelle.GroessenklasseStatistik> klassen = gelesen.zeilen().stream()
                .map(t -> {
                    BigDecimal[] q = quartile(t.get("q"));
                    return new StatistikModelle.GroessenklasseStatistik(
                            Rows.str(t, "code"),
                            Rows.str(t, "name"),
                            Rows.number(t, "kommunen"),
                            Rows.number(t, "soll"),
                            Rows.number(t, "online"),
                            anteil(Rows.number(t, "online"), Rows.number(t, "soll")),
                            q[1],
                            q[0],
                            q[2],
                            anteil(Rows.number(t, "bz"), Rows.number(t, "bn")));
                })
                .toList();
        return new StatistikModelle.Groessenklassen(
                min,
                "Je Größenklasse (nur Gemeinden): anteil = Metrik a über alle Gemeinden der "
                        + "Klasse; median, quartil1, quartil3 = Median und Quartile der Anteile (online / soll) der einzelnen Gemeinden, "
                        + "stetig interpoliert; einwohnergewichtet = Metrik b. " + StatistikModelle.A,
                klassen,
                gelesen.beispiel());
    }

    private static BigDecimal[] quartile(Object v) {
        BigDecimal[] out = new BigDecimal[3];
        if (v == null) {
            return out;
        }
        try {
            Object a = v instanceof Array sa ? sa.getArray() : v;
            Object[] items = (Object[]) a;
            for (int k = 0; k < 3 && k < items.length; k++) {
                out[k] =
                        items[k] == null ? null : new BigDecimal(items[k].toString()).setScale(4, RoundingMode.HALF_UP);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
