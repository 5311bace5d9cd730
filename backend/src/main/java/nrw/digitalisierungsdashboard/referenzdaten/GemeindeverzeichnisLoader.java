package nrw.digitalisierungsdashboard.referenzdaten;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/** Regierungsbezirke, Kreise and Gemeinden from the Destatis Gemeindeverzeichnis, each Kommune also as an organisation. */
@ApplicationScoped
public class GemeindeverzeichnisLoader implements DatasetLoader {

    static final LocalDate EINWOHNER_STICHTAG = LocalDate.of(2022, 12, 31);

    @Override
    public String dataset() {
        return "gemeindeverzeichnis_nrw_2023";
    }

    @Override
    public int load(Connection c, DatasetSource source, DatasetDescription d) throws SQLException {
        String ds = "gemeindeverzeichnis_nrw_2023";
        int changed = 0;
        Upsert rb = Upsert.into(
                "regierungsbezirk",
                List.of("id"),
                "id",
                "name",
                "kurzname",
                "verwaltungssitz",
                "einwohner",
                "flaeche_km2",
                "gebietsstand");
        for (CSVRecord r : DatasetLoader.csv(source, ds, "regierungsbezirke.csv")) {
            rb.row(
                    r.get("regierungsbezirk_id"),
                    r.get("name"),
                    r.get("name").replace("Reg.-Bez. ", ""),
                    r.get("verwaltungssitz"),
                    Integer.parseInt(r.get("einwohner")),
                    new BigDecimal(r.get("flaeche_km2")),
                    LocalDate.parse(r.get("gebietsstand")));
        }
        changed += rb.execute(c);

        List<CSVRecord> kreise = DatasetLoader.csv(source, ds, "kreise.csv");
        Upsert kreis = Upsert.into(
                "kreis",
                List.of("schluessel"),
                "schluessel",
                "name",
                "kurzname",
                "typ",
                "verwaltungssitz",
                "regierungsbezirk_id",
                "anzahl_gemeinden",
                "einwohner",
                "flaeche_km2",
                "gebietsstand");
        for (CSVRecord r : kreise) {
            boolean kreisfrei = "kreisfreie Stadt".equals(r.get("kreistyp"));
            kreis.row(
                    r.get("kreis_ags"),
                    kreisDisplayName(r),
                    kurzname(r.get("name")),
                    kreisfrei ? "KREISFREIE_STADT" : "KREIS",
                    r.get("verwaltungssitz"),
                    r.get("regierungsbezirk_id"),
                    Integer.parseInt(r.get("anzahl_gemeinden")),
                    Integer.parseInt(r.get("einwohner")),
                    new BigDecimal(r.get("flaeche_km2")),
                    LocalDate.parse(r.get("gebietsstand")));
        }
        changed += kreis.execute(c);

        List<Klassengrenze> klassen = groessenklassen(c);
        Upsert kommune = Upsert.into(
                        "kommune",
                        List.of("ags"),
                        "ags",
                        "ars",
                        "name",
                        "kurzname",
                        "ebene",
                        "gebietstyp_amtlich",
                        "typ",
                        "typ_abgeleitet",
                        "typ_hinweis",
                        "groessenklasse",
                        "kreis_schluessel",
                        "regierungsbezirk_id",
                        "einwohner",
                        "flaeche_km2",
                        "plz",
                        "einwohner_stichtag",
                        "gebietsstand")
                // an editor's confirmed status survives a newer dataset; only derived ones are re-derived
                .onUpdate("typ", "CASE WHEN kommune.typ_abgeleitet THEN EXCLUDED.typ ELSE kommune.typ END")
                .onUpdate("typ_abgeleitet", "kommune.typ_abgeleitet AND EXCLUDED.typ_abgeleitet")
                .bumpsVersion("version");
        Upsert organisation = DatasetLoader.organisationUpsert();
        for (CSVRecord r : kreise) {
            if ("kreisfreie Stadt".equals(r.get("kreistyp"))) {
                continue; // the kreisfreie Stadt is the Kommune listed among the Gemeinden
            }
            String key = r.get("kreis_ags");
            int einwohner = Integer.parseInt(r.get("einwohner"));
            kommune.row(
                    key,
                    key + "0000000",
                    kreisDisplayName(r),
                    kurzname(r.get("name")),
                    "KREIS",
                    r.get("kreistyp"),
                    "KREIS",
                    false,
                    null,
                    null,
                    key,
                    r.get("regierungsbezirk_id"),
                    einwohner,
                    new BigDecimal(r.get("flaeche_km2")),
                    null,
                    EINWOHNER_STICHTAG,
                    LocalDate.parse(r.get("gebietsstand")));
            organisation.row(
                    "kommune-" + key,
                    "ags:" + key,
                    kreisDisplayName(r),
                    null,
                    "KOMMUNE",
                    null,
                    null,
                    null,
                    r.get("verwaltungssitz"),
                    null,
                    key,
                    d.stand().substring(0, 4),
                    d.id(),
                    null);
        }
        for (CSVRecord r : DatasetLoader.csv(source, ds, "gemeinden.csv")) {
            String ags = r.get("ags");
            int einwohner = Integer.parseInt(r.get("einwohner"));
            String amtlich = r.get("gemeindetyp");
            boolean kreisfrei = "kreisfreie Stadt".equals(amtlich);
            String typ = kreisfrei ? "KREISFREIE_STADT" : statusNachGoNrw(einwohner);
            String hinweis = "05334002".equals(ags)
                    ? "Die Stadt Aachen gehört zur Städteregion Aachen, hat aber weitgehend die Rechte einer kreisfreien Stadt."
                    : null;
            kommune.row(
                    ags,
                    r.get("regionalschluessel"),
                    r.get("name"),
                    kurzname(r.get("name")),
                    "GEMEINDE",
                    amtlich,
                    typ,
                    !kreisfrei,
                    hinweis,
                    groessenklasse(klassen, einwohner),
                    r.get("kreis_ags"),
                    r.get("regierungsbezirk_id"),
                    einwohner,
                    new BigDecimal(r.get("flaeche_km2")),
                    Csv.text(r, "plz"),
                    EINWOHNER_STICHTAG,
                    LocalDate.parse(r.get("gebietsstand")));
            organisation.row(
                    "kommune-" + ags,
                    "ags:" + ags,
                    r.get("name"),
                    kurzname(r.get("name")),
                    "KOMMUNE",
                    null,
                    null,
                    Csv.text(r, "plz"),
                    kurzname(r.get("name")),
                    null,
                    ags,
                    d.stand().substring(0, 4),
                    d.id(),
                    null);
        }
        changed += kommune.execute(c);
        changed += organisation.execute(c);
        return changed;
    }

    /** § 4 GO NRW: more than 60 000 inhabitants make a große, more than 25 000 a mittlere kreisangehörige Stadt. */
    static String statusNachGoNrw(int einwohner) {
        if (einwohner > 60_000) {
            return "GROSSE_KREISANGEHOERIGE_STADT";
        }
        if (einwohner > 25_000) {
            return "MITTLERE_KREISANGEHOERIGE_STADT";
        }
        return "KREISANGEHOERIGE_GEMEINDE";
    }

    /** A Größenklasse by its bounds of inhabitants (bis: inclusive; none for the largest). */
    record Klassengrenze(String code, int von, Integer bis) {}

    private static List<Klassengrenze> groessenklassen(Connection c) throws SQLException {
        List<Klassengrenze> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                        "SELECT code, einwohner_von, einwohner_bis FROM groessenklasse ORDER BY reihenfolge");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(new Klassengrenze(rs.getString(1), rs.getInt(2), (Integer) rs.getObject(3)));
            }
        }
        return result;
    }

    /** The Größenklasse of a Gemeinde with this many inhabitants. */
    static String groessenklasse(List<Klassengrenze> klassen, int einwohner) {
        return klassen.stream()
                .filter(k -> einwohner >= k.von() && (k.bis() == null || einwohner <= k.bis()))
                .map(Klassengrenze::code)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Keine Größenklasse für " + einwohner + " Einwohner"));
    }

    private static String kurzname(String amtlich) {
        int comma = amtlich.indexOf(',');
        return comma < 0 ? amtlich.trim() : amtlich.substring(0, comma).trim();
    }

    private static String kreisDisplayName(CSVRecord r) {
        String name = r.get("name");
        if (!"Kreis".equals(r.get("kreistyp")) || name.contains("Kreis") || name.startsWith("Städteregion")) {
            return name;
        }
        return "Kreis " + name;
    }
}
