package nrw.digitalisierungsdashboard.referenzdaten;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nrw.digitalisierungsdashboard.common.FulltextQuery;
import org.apache.commons.csv.CSVRecord;

/**
 * The KDN list of municipal IT service providers, with the documented corrections applied and its duplicates merged
 * (zusammenfuehrungen.csv): a row merged into another provider is not loaded; a row that is a Kommune running its
 * own IT marks that Kommune's organisation as an IT service provider instead of creating a second organisation.
 */
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
        Map<String, String> ziel = new LinkedHashMap<>();
        for (CSVRecord r : DatasetLoader.csv(source, ds, "zusammenfuehrungen.csv")) {
            ziel.put(r.get("kdn_id"), r.get("ziel"));
        }
        List<CSVRecord> rows = DatasetLoader.csv(source, ds, "kdn_it_dienstleister.csv").stream()
                .filter(r -> !ziel.containsKey(r.get("kdn_id")))
                .toList();
        Map<String, Long> nameCount = new LinkedHashMap<>();
        rows.forEach(r -> nameCount.merge(r.get("name"), 1L, Long::sum));
        Map<String, List<String>> standorte = new LinkedHashMap<>();
        for (CSVRecord r : DatasetLoader.csv(source, ds, "kdn_it_dienstleister.csv")) {
            String z = ziel.get(r.get("kdn_id"));
            if (z != null && z.startsWith("kdn-it:")) {
                standorte.computeIfAbsent(z, k -> new ArrayList<>()).add(r.get("ort"));
            }
        }
        Upsert organisation = DatasetLoader.organisationUpsert();
        for (CSVRecord r : rows) {
            String id = r.get("kdn_id");
            Map<String, String> fix = korrekturen.getOrDefault(id, Map.of());
            List<String> weitere = standorte.getOrDefault("kdn-it:" + id, List.of());
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
                    hinweis(fix, weitere));
        }
        int changed = organisation.execute(c);
        // the Kommunen among the providers: the Kommune's own organisation (from the Gemeindeverzeichnis) is marked
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE organisation SET it_dienstleister = true WHERE quelle_schluessel = ? AND NOT it_dienstleister")) {
            for (String z : ziel.values()) {
                if (z.startsWith("ags:")) {
                    ps.setString(1, z);
                    ps.addBatch();
                }
            }
            for (int n : ps.executeBatch()) {
                changed += Math.max(n, 0);
            }
        }
        return changed;
    }

    private static String hinweis(Map<String, String> fix, List<String> weitereStandorte) {
        StringBuilder h = new StringBuilder();
        if (!fix.isEmpty()) {
            h.append("Angaben der Quelle beim Laden korrigiert: ")
                    .append(String.join(", ", fix.keySet()))
                    .append(".");
        }
        if (!weitereStandorte.isEmpty()) {
            h.append(h.isEmpty() ? "" : " ")
                    .append("In der Quelle zusätzlich mit dem Standort ")
                    .append(String.join(", ", weitereStandorte))
                    .append(" geführt; zusammengeführt.");
        }
        return h.isEmpty() ? null : h.toString();
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
