package nrw.digitalisierungsdashboard.statistik;

import static nrw.digitalisierungsdashboard.statistik.StatistikService.anteil;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import nrw.digitalisierungsdashboard.common.InvalidParameterException;
import nrw.digitalisierungsdashboard.common.NotFoundException;
import nrw.digitalisierungsdashboard.common.Params;
import nrw.digitalisierungsdashboard.common.ReadSource;
import nrw.digitalisierungsdashboard.common.Rows;
import nrw.digitalisierungsdashboard.umsetzung.UmsetzungsstandService;

/**
 * The figures over time: the stored daily states (statistik_tag) of an area, and what changed since a day, counted
 * exactly from the change log (umsetzungsstand_wechsel).
 */
@ApplicationScoped
public class ZeitreiheService {

    public enum ZeitreiheEbene {
        LAND,
        REGIERUNGSBEZIRK,
        KREIS,
        KOMMUNE,
        THEMENFELD,
        GROESSENKLASSE
    }

    private final ReadSource source;

    public ZeitreiheService(ReadSource source) {
        this.source = source;
    }

    public StatistikModelle.Zeitreihe zeitreihe(
            String ebeneParam,
            String schluesselParam,
            String reifegradMinParam,
            String vonParam,
            String bisParam,
            String seitParam) {
        ZeitreiheEbene ebene = Params.enumValue("ebene", ebeneParam, ZeitreiheEbene.class);
        if (ebene == null) {
            ebene = ZeitreiheEbene.LAND;
        }
        int min = UmsetzungsstandService.reifegradMin(reifegradMinParam);
        String schluessel = ebene == ZeitreiheEbene.LAND ? "05" : Rows.blankToNull(schluesselParam);
        if (schluessel == null) {
            throw InvalidParameterException.query(
                    "schluessel",
                    "Für die Ebene " + ebene.name().toLowerCase(Locale.ROOT)
                            + " bitte den Schlüssel angeben (AGS, Kreisschlüssel, Regierungsbezirk, Themenfeld-ID oder Größenklasse).");
        }
        LocalDate heute = LocalDate.now(ZoneOffset.UTC);
        LocalDate bis = datum("bis", bisParam, heute);
        LocalDate von = datum("von", vonParam, bis.minusDays(90));
        if (von.isAfter(bis)) {
            throw InvalidParameterException.query("von", "Liegt nach „bis“.");
        }
        ZeitreiheEbene e = ebene;
        return source.read(r -> lesen(r, e, schluessel, min, von, bis, seitParam));
    }

    private StatistikModelle.Zeitreihe lesen(
            ReadSource.Reads r,
            ZeitreiheEbene ebene,
            String schluessel,
            int min,
            LocalDate von,
            LocalDate bis,
            String seitParam) {
        int i = min + 1;
        List<StatistikModelle.Zeitpunkt> punkte =
                r.list("""
                        SELECT datum, soll, online_ge[:i] AS online, einwohner_soll, einwohner_online_ge[:i] AS einwohner_online,
                               leistungen, strikt_ge[:i] AS strikt, mindestens_eine_ge[:i] AS eine, beispiel
                        FROM statistik_tag WHERE ebene = :e AND schluessel = :s AND datum BETWEEN :von AND :bis ORDER BY datum""", "i", i, "e", ebene.name(), "s", schluessel, "von", von, "bis", bis).stream()
                        .map(t -> {
                            Long n = t.get("leistungen") == null ? null : Rows.number(t, "leistungen");
                            Long strikt = t.get("strikt") == null ? null : Rows.number(t, "strikt");
                            Long eine = t.get("eine") == null ? null : Rows.number(t, "eine");
                            return new StatistikModelle.Zeitpunkt(
                                    Rows.date(t, "datum"),
                                    Rows.number(t, "soll"),
                                    Rows.number(t, "online"),
                                    anteil(Rows.number(t, "online"), Rows.number(t, "soll")),
                                    t.get("einwohner_soll") == null
                                            ? null
                                            : anteil(
                                                    Rows.number(t, "einwohner_online"),
                                                    Rows.number(t, "einwohner_soll")),
                                    n,
                                    strikt,
                                    eine,
                                    n == null || strikt == null ? null : anteil(strikt, n),
                                    n == null || eine == null ? null : anteil(eine, n),
                                    Rows.bool(t, "beispiel"));
                        })
                        .toList();
        if (punkte.isEmpty() && ebene != ZeitreiheEbene.LAND && !bekannt(r, ebene, schluessel)) {
            throw new NotFoundException(
                    "Für " + ebene.name().toLowerCase(Locale.ROOT) + " „" + schluessel + "“ gibt es keine Zahlen.");
        }
        LocalDate seit =
                datum("seit", seitParam, punkte.isEmpty() ? von : punkte.get(0).datum());
        return new StatistikModelle.Zeitreihe(
                ebene.name().toLowerCase(Locale.ROOT),
                schluessel,
                min,
                punkte,
                veraenderung(r, ebene, schluessel, min, seit),
                punkte.stream().anyMatch(StatistikModelle.Zeitpunkt::beispiel) || StatistikService.beispieldaten(r));
    }

    private static boolean bekannt(ReadSource.Reads r, ZeitreiheEbene ebene, String s) {
        String sql = switch (ebene) {
            case REGIERUNGSBEZIRK -> "SELECT 1 AS x FROM regierungsbezirk WHERE id = :s";
            case KREIS -> "SELECT 1 AS x FROM kreis WHERE schluessel = :s";
            case KOMMUNE -> "SELECT 1 AS x FROM kommune WHERE ags = :s";
            case THEMENFELD -> "SELECT 1 AS x FROM themenfeld WHERE id::text = :s";
            case GROESSENKLASSE -> "SELECT 1 AS x FROM groessenklasse WHERE code = :s";
            case LAND -> "SELECT 1 AS x WHERE CAST(:s AS text) IS NOT NULL";
        };
        return !r.list(sql, "s", s).isEmpty();
    }

    private static LocalDate datum(String name, String value, LocalDate fallback) {
        return Params.date(name, value, fallback);
    }

    private static StatistikModelle.Veraenderung veraenderung(
            ReadSource.Reads r, ZeitreiheEbene ebene, String schluessel, int min, LocalDate seit) {
        String scope = switch (ebene) {
            case LAND -> "1 = 1";
            case REGIERUNGSBEZIRK -> "k.regierungsbezirk_id = :s";
            case KREIS -> "k.kreis_schluessel = :s";
            case KOMMUNE -> "k.ags = :s";
            case THEMENFELD -> "l.themenfeld_id::text = :s";
            case GROESSENKLASSE -> "k.groessenklasse = :s";
        };
        // the scope is applied before grouping, so a Kreis reads only its own Kommunen' changes (index on kommune_ags)
        String sql = """
                WITH w AS (
                    SELECT w.kommune_ags, w.ozg_id, k.typ,
                           (array_agg(w.stufe_vorher ORDER BY w.zeitpunkt, w.id))[1] AS vorher,
                           (array_agg(w.stufe_nachher ORDER BY w.zeitpunkt DESC, w.id DESC))[1] AS nachher
                    FROM umsetzungsstand_wechsel w JOIN kommune k ON k.ags = w.kommune_ags JOIN leistung l ON l.ozg_id = w.ozg_id
                    WHERE w.zeitpunkt >= :seit AND """ + " " + scope + """
                    GROUP BY w.kommune_ags, w.ozg_id, k.typ)
                SELECT count(*) FILTER (WHERE w.vorher < :r AND w.nachher >= :r) AS neu,
                       count(*) FILTER (WHERE w.vorher >= :r AND w.nachher < :r) AS zurueck
                FROM w JOIN zustaendigkeit z ON z.ozg_id = w.ozg_id AND z.kommune_typ = w.typ AND z.zustaendig""";
        Object start = seit.atStartOfDay().atOffset(ZoneOffset.UTC);
        Tuple t = (ebene == ZeitreiheEbene.LAND
                        ? r.list(sql, "seit", start, "r", min)
                        : r.list(sql, "seit", start, "r", min, "s", schluessel))
                .get(0);
        return new StatistikModelle.Veraenderung(
                seit,
                Rows.number(t, "neu"),
                Rows.number(t, "zurueck"),
                "Je Paar Kommune × Soll-Leistung im Gebiet: der Stand vor der ersten Änderung seit dem Stichtag (0 Uhr UTC) gegen den "
                        + "Stand nach der letzten. neuOnline: vorher nicht online mit Reifegrad ≥ reifegradMin, jetzt schon; "
                        + "zurueckgefallen: umgekehrt.");
    }
}
