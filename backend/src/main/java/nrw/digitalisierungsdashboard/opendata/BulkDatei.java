package nrw.digitalisierungsdashboard.opendata;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nrw.digitalisierungsdashboard.common.tabelle.Datensatz;

/**
 * The bulk files: whole datasets as gzip-compressed CSV (same CSV rules as the API's downloads), each from one query
 * whose column aliases are the column names.
 */
public enum BulkDatei {
    KATALOG(
            "ozg-leistungskatalog.csv.gz",
            Datensatz.KATALOG,
            "OZG-Leistungskatalog: eine Zeile je LeiKa-Zeile mit ihrer OZG-Leistung, Lage und Themenfeld",
            """
            SELECT l.ozg_id AS "ozgId", l.name AS "name", l.themenfeld_id AS "themenfeld.id", t.name AS "themenfeld.name",
                   l.lage_id AS "lage.id", la.name AS "lage.name", array_to_string(l.typisierungen, ', ') AS "typisierungen",
                   ll.id AS "leika.id", ll.schluessel AS "leika.schluessel", ll.name AS "leika.name",
                   ll.typisierung AS "leika.typisierung", ll.rechtsgrundlage AS "leika.rechtsgrundlage",
                   ll.gesetzeskuerzel AS "leika.gesetzeskuerzel",
                   (SELECT string_agg(f.name, ', ' ORDER BY f.reihenfolge) FROM leistung_fachamt lf
                      JOIN fachamt f ON f.id = lf.fachamt_id WHERE lf.ozg_id = l.ozg_id) AS "fachaemter",
                   l.katalog_stand AS "katalogStand"
            FROM leistung l JOIN themenfeld t ON t.id = l.themenfeld_id JOIN lage la ON la.id = l.lage_id
            LEFT JOIN leika_leistung ll ON ll.ozg_id = l.ozg_id
            ORDER BY l.ozg_id, ll.id"""),
    KOMMUNEN(
            "kommunen.csv.gz",
            Datensatz.KOMMUNEN,
            "Kommunen: die 396 Gemeinden und 31 Kreise mit Status, Größenklasse, Einwohnern und Fläche",
            """
            SELECT k.ags, k.ars, k.name, k.kurzname, k.ebene, k.typ, k.typ_abgeleitet AS "typAbgeleitet",
                   k.gebietstyp_amtlich AS "gebietstypAmtlich", k.groessenklasse,
                   k.kreis_schluessel AS "kreis.schluessel", kr.name AS "kreis.name",
                   k.regierungsbezirk_id AS "regierungsbezirk.id", rb.name AS "regierungsbezirk.name",
                   k.einwohner, k.einwohner_stichtag AS "einwohnerStichtag", k.flaeche_km2 AS "flaecheKm2",
                   k.gebietsstand, k.plz
            FROM kommune k JOIN kreis kr ON kr.schluessel = k.kreis_schluessel
            JOIN regierungsbezirk rb ON rb.id = k.regierungsbezirk_id
            ORDER BY k.ags"""),
    PROJEKTE(
            "projekte.csv.gz",
            Datensatz.PROJEKTE,
            "Projekte: eine Zeile je Projekt mit Phase, Status, Federführung, Leistungen und Basiskomponenten",
            """
            SELECT p.id, p.titel, p.zusammenfassung, p.themenfeld_id AS "themenfeld.id", t.name AS "themenfeld.name",
                   p.phase, p.status, p.efa_typ AS "efaTyp", p.beginn, p.ende_geplant AS "endeGeplant",
                   o.id AS "federfuehrend.id", o.name AS "federfuehrend.name",
                   (SELECT count(*) FROM teilnahme x WHERE x.projekt_id = p.id
                      AND x.rolle IN ('FEDERFUEHREND', 'MITWIRKEND', 'PILOT')) AS "teamgroesse",
                   (SELECT string_agg(pl.ozg_id::text, ', ' ORDER BY pl.ozg_id) FROM projekt_leistung pl
                      WHERE pl.projekt_id = p.id) AS "leistungen",
                   (SELECT string_agg(pb.basiskomponente_id || ' (' || pb.verbindlichkeit || ')', ', '
                      ORDER BY pb.basiskomponente_id) FROM projekt_basiskomponente pb
                      WHERE pb.projekt_id = p.id) AS "basiskomponenten",
                   p.beispiel, p.erstellt_am AS "erstelltAm", p.geaendert_am AS "geaendertAm"
            FROM projekt p JOIN themenfeld t ON t.id = p.themenfeld_id
            LEFT JOIN teilnahme te ON te.projekt_id = p.id AND te.rolle = 'FEDERFUEHREND'
            LEFT JOIN organisation o ON o.id = te.organisation_id
            ORDER BY p.id"""),
    PROJEKT_TEAMS(
            "projekt-teams.csv.gz",
            Datensatz.PROJEKTE,
            "Projektteams: eine Zeile je Teilnahme einer Organisation an einem Projekt",
            """
            SELECT te.projekt_id AS "projektId", p.titel AS "projektTitel", te.organisation_id AS "organisation.id",
                   o.name AS "organisation.name", o.typ AS "organisation.typ",
                   o.kommune_ags AS "organisation.kommuneAgs", te.rolle, te.seit, p.beispiel
            FROM teilnahme te JOIN projekt p ON p.id = te.projekt_id JOIN organisation o ON o.id = te.organisation_id
            ORDER BY te.projekt_id, te.rolle, o.name"""),
    UMSETZUNGSSTAND(
            "umsetzungsstand.csv.gz",
            Datensatz.UMSETZUNGSSTAND,
            "Umsetzungsstand: je Kommune jede Soll-Leistung und jede gemeldete Leistung (KEINE_ANGABE: nichts gemeldet)",
            """
            SELECT k.ags AS "kommune.ags", k.name AS "kommune.name", k.typ AS "kommune.typ", l.ozg_id AS "ozgId",
                   l.name AS "leistung", l.themenfeld_id AS "themenfeldId",
                   coalesce(z.zustaendig, false) AS "zustaendig", z.abgeleitet AS "zustaendigkeitAbgeleitet",
                   coalesce(u.status, 'KEINE_ANGABE') AS "status", u.reifegrad, u.reifegradmodell, u.url,
                   u.online_seit AS "onlineSeit", u.leika_schluessel AS "leikaSchluessel", u.quelle,
                   u.aktualisiert_am AS "aktualisiertAm", coalesce(u.beispiel, false) AS "beispiel"
            FROM kommune k CROSS JOIN leistung l
            LEFT JOIN zustaendigkeit z ON z.ozg_id = l.ozg_id AND z.kommune_typ = k.typ
            LEFT JOIN umsetzungsstand u ON u.kommune_ags = k.ags AND u.ozg_id = l.ozg_id
            WHERE z.zustaendig OR u.kommune_ags IS NOT NULL
            ORDER BY k.ags, l.ozg_id"""),
    ANSCHLUESSE(
            "basiskomponenten-anschluesse.csv.gz",
            Datensatz.BASISKOMPONENTEN_ANSCHLUESSE,
            "Basiskomponenten-Anschlüsse: je Kommune und Basiskomponente der gemeldete Status",
            """
            SELECT k.ags AS "kommune.ags", k.name AS "kommune.name", b.id AS "basiskomponenteId",
                   b.name AS "basiskomponente", coalesce(a.status, 'KEINE_ANGABE') AS "status",
                   a.geplant_ab AS "geplantAb", a.aktualisiert_am AS "aktualisiertAm",
                   coalesce(a.beispiel, false) AS "beispiel"
            FROM kommune k CROSS JOIN basiskomponente b
            LEFT JOIN basiskomponente_anschluss a ON a.kommune_ags = k.ags AND a.basiskomponente_id = b.id
            ORDER BY k.ags, b.reihenfolge"""),
    TAGESSTAND(
            "tagesstand.csv.gz",
            Datensatz.KENNZAHLEN,
            "Tagesstände: je Tag und Gebiet, Themenfeld oder Größenklasse Soll und Online-Zahlen je Mindestreifegrad 0–7",
            "SELECT s.datum, s.ebene, s.schluessel, s.soll, " + stufen("s.online_ge", "online")
                    + ", s.einwohner_soll AS \"einwohnerSoll\", " + stufen("s.einwohner_online_ge", "einwohnerOnline")
                    + ", s.leistungen, " + stufen("s.strikt_ge", "strikt") + ", "
                    + stufen("s.mindestens_eine_ge", "mindestensEine")
                    + ", s.beispiel FROM statistik_tag s ORDER BY s.datum, s.ebene, s.schluessel");

    private final String datei;
    private final Datensatz datensatz;
    private final String titel;
    private final String sql;

    BulkDatei(String datei, Datensatz datensatz, String titel, String sql) {
        this.datei = datei;
        this.datensatz = datensatz;
        this.titel = titel;
        this.sql = sql;
    }

    /** One column per Mindestreifegrad 0–7 from an array of counts „at least this level“. */
    private static String stufen(String array, String name) {
        return IntStream.rangeClosed(0, 7)
                .mapToObj(i -> array + "[" + (i + 1) + "] AS \"" + name + ".ab" + i + "\"")
                .collect(Collectors.joining(", "));
    }

    public String datei() {
        return datei;
    }

    public Datensatz datensatz() {
        return datensatz;
    }

    public String titel() {
        return titel;
    }

    String sql() {
        return sql;
    }

    public static BulkDatei von(String datei) {
        for (BulkDatei d : values()) {
            if (d.datei.equals(datei)) {
                return d;
            }
        }
        return null;
    }
}
