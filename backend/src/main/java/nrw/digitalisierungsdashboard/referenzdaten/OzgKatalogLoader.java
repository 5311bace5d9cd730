package nrw.digitalisierungsdashboard.referenzdaten;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/** The OZG catalogue: Themenfelder, Lagen, Leistungen and their LeiKa rows. */
@ApplicationScoped
public class OzgKatalogLoader implements DatasetLoader {

    @Override
    public String dataset() {
        return "ozg_leistungskatalog_kdn_2019";
    }

    @Override
    public int load(Connection c, DatasetSource source, DatasetDescription d) throws SQLException {
        String ds = "ozg_leistungskatalog_kdn_2019";
        String stand = "2019";
        int changed = 0;
        Upsert themenfeld = Upsert.into("themenfeld", List.of("id"), "id", "name", "katalog_stand");
        for (CSVRecord r : DatasetLoader.csv(source, ds, "themenfelder.csv")) {
            themenfeld.row(Integer.parseInt(r.get("themenfeld_id")), r.get("themenfeld"), stand);
        }
        changed += themenfeld.execute(c);

        Upsert lage = Upsert.into("lage", List.of("id"), "id", "name", "themenfeld_id", "katalog_stand");
        for (CSVRecord r : DatasetLoader.csv(source, ds, "lebenslagen.csv")) {
            lage.row(
                    Integer.parseInt(r.get("lebenslage_id")),
                    r.get("lebenslage"),
                    Integer.parseInt(r.get("themenfeld_id")),
                    stand);
        }
        changed += lage.execute(c);

        Upsert leistung = Upsert.into(
                        "leistung",
                        List.of("ozg_id"),
                        "ozg_id",
                        "name",
                        "lage_id",
                        "themenfeld_id",
                        "typisierungen",
                        "sdg1_relevant",
                        "sdg2_relevant",
                        "quelle_id",
                        "katalog_stand")
                .bumpsVersion("version");
        for (CSVRecord r : DatasetLoader.csv(source, ds, "ozg_leistungen.csv")) {
            leistung.row(
                    Integer.parseInt(r.get("ozg_id")),
                    r.get("ozg_leistung"),
                    Integer.parseInt(r.get("lebenslage_id")),
                    Integer.parseInt(r.get("themenfeld_id")),
                    typisierungen(r.get("typisierungen").replace('|', ',')),
                    "1".equals(r.get("sdg1_relevant")),
                    "1".equals(r.get("sdg2_relevant")),
                    Integer.parseInt(r.get("kdn_id")),
                    stand);
        }
        changed += leistung.execute(c);

        Upsert leika = Upsert.into(
                "leika_leistung",
                List.of("id"),
                "id",
                "schluessel",
                "name",
                "ozg_id",
                "typisierung",
                "typisierungen",
                "rechtsgrundlage",
                "gesetze",
                "gesetzeskuerzel",
                "sdg1",
                "sdg2",
                "katalog_stand");
        for (CSVRecord r : DatasetLoader.csv(source, ds, "leika_leistungen.csv")) {
            String schluessel = r.get("leika_schluessel");
            String ozg = Csv.text(r, "ozg_id");
            leika.row(
                    Integer.parseInt(r.get("kdn_id")),
                    schluessel.matches("\\d{14}") ? schluessel : null,
                    r.get("leika_leistung"),
                    ozg == null ? null : Integer.parseInt(ozg),
                    r.get("typisierung"),
                    typisierungen(r.get("typisierung")),
                    Csv.text(r, "rechtsgrundlage"),
                    Csv.text(r, "gesetze"),
                    Csv.text(r, "gesetzeskuerzel"),
                    "1".equals(r.get("sdg1")),
                    "1".equals(r.get("sdg2")),
                    stand);
        }
        changed += leika.execute(c);

        return changed;
    }

    /** "1, 2/3" → {"1", "2/3"}; the catalogue combines types with commas. */
    static String[] typisierungen(String raw) {
        return Arrays.stream(raw.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .distinct()
                .sorted()
                .toArray(String[]::new);
    }
}
