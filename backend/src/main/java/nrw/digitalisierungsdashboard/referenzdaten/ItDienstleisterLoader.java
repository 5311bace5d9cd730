package nrw.digitalisierungsdashboard.referenzdaten;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nrw.digitalisierungsdashboard.common.FulltextQuery;
import org.apache.commons.csv.CSVRecord;

/** The KDN list of municipal IT service providers, with the documented corrections applied. */
@ApplicationScoped
public class ItDienstleisterLoader implements DatasetLoader {

    @Override
    public String dataset() {
        return "kdn_it_dienstleister_2019";
    }

    @Override
    public int load(Connection c, DatasetSource source, DatasetDescription d) throws SQLException {
        String ds = "kdn_it_dienstleister_2019";
        Map<String, Map<String, String>> korrekturen = new LinkedHashMap<>();
        for (CSVRecord r : DatasetLoader.csv(source, ds, "korrekturen.csv")) {
            korrekturen
                    .computeIfAbsent(r.get("kdn_id"), k -> new LinkedHashMap<>())
                    .put(r.get("feld"), r.get("wert_korrigiert"));
        }
        List<CSVRecord> rows = DatasetLoader.csv(source, ds, "kdn_it_dienstleister.csv");
        Map<String, Long> nameCount = new LinkedHashMap<>();
        rows.forEach(r -> nameCount.merge(r.get("name"), 1L, Long::sum));
        Upsert organisation = DatasetLoader.organisationUpsert();
        for (CSVRecord r : rows) {
            String id = r.get("kdn_id");
            Map<String, String> fix = korrekturen.getOrDefault(id, Map.of());
            String name = r.get("name");
            String ort = fix.getOrDefault("ort", r.get("ort"));
            // two sites of one provider carry the same name; the site keeps their ids apart
            String slug = slug(nameCount.get(name) > 1 ? name + " " + ort : name);
            organisation.row(
                    slug,
                    "kdn-it:" + id,
                    name,
                    null,
                    "IT_DIENSTLEISTER",
                    null,
                    fix.getOrDefault("strasse", r.get("strasse")),
                    fix.getOrDefault("plz", r.get("plz")),
                    ort,
                    url(fix.getOrDefault("url", r.get("url"))),
                    null,
                    d.stand().substring(0, 4),
                    d.id(),
                    fix.isEmpty()
                            ? null
                            : "Angaben der Quelle beim Laden korrigiert: " + String.join(", ", fix.keySet()) + ".");
        }
        return organisation.execute(c);
    }

    private static String url(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return raw.startsWith("http") ? raw : "https://" + raw;
    }

    static String slug(String text) {
        String folded = FulltextQuery.fold(text);
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
