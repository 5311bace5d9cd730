package nrw.digitalisierungsdashboard.referenzdaten;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.aenderungen.Aktion;
import nrw.digitalisierungsdashboard.aenderungen.AuditService;
import org.jboss.logging.Logger;

/**
 * Loads the reference datasets at start. Each dataset carries a version (SHA-256 of its files); an unchanged
 * version is skipped, a new one is upserted by the official keys (OZG-ID, AGS, Kreisschlüssel, source ids),
 * so a second start changes nothing and a newer dataset updates rows in place instead of duplicating them.
 */
@ApplicationScoped
public class ReferenceDataLoader {

    private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class);

    /** Load order follows the foreign keys. */
    public static final List<String> DATASETS = List.of(
            "redaktion",
            "gemeindeverzeichnis_nrw_2023",
            "ozg_leistungskatalog_kdn_2019",
            "kdn_it_dienstleister_2019",
            "redaktion_suchbegriffe");

    /** Described on "Über die Daten" but shipped with the SPA, not loaded here. */
    public static final List<String> DESCRIBED_ONLY = List.of("verwaltungsgrenzen_nrw_dvg2_2023");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    AuditService audit;

    /** One loader per dataset, found by its name. */
    @Inject
    Instance<DatasetLoader> loaders;

    private final DatasetSource packaged = DatasetSource.classpath("referenzdaten");

    void onStart(@Observes StartupEvent event) {
        loadAll(packaged);
    }

    private DatasetLoader loader(String dataset) {
        return loaders.stream()
                .filter(l -> l.dataset().equals(dataset))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Kein Lader für den Datensatz " + dataset));
    }

    public DatasetSource packagedSource() {
        return packaged;
    }

    public DatasetDescription describe(String dataset) {
        return description(packaged, dataset);
    }

    /** @return per dataset: the number of rows inserted or changed, or -1 when its version was already loaded */
    public Map<String, Integer> loadAll(DatasetSource source) {
        Map<String, Integer> report = new LinkedHashMap<>();
        for (String dataset : DATASETS) {
            report.put(dataset, QuarkusTransaction.requiringNew().call(() -> load(source, dataset)));
        }
        if (report.get("ozg_leistungskatalog_kdn_2019") >= 0
                || report.get("redaktion_suchbegriffe") >= 0
                || QuarkusTransaction.requiringNew().call(this::leistungSearchMissing)) {
            QuarkusTransaction.requiringNew().run(this::refreshLeistungSearch);
        }
        return report;
    }

    private int load(DatasetSource source, String dataset) throws SQLException {
        DatasetDescription description = description(source, dataset);
        String version = version(source, dataset, description);
        try (Connection c = dataSource.getConnection()) {
            String loaded = loadedVersion(c, description.id());
            if (version.equals(loaded)) {
                LOG.debugf("Referenzdaten %s (Version %s) bereits geladen", description.id(), version.substring(0, 12));
                return -1;
            }
            recordVersion(c, description, version, 0);
            int changed = loader(dataset).load(c, source, description);
            recordVersion(c, description, version, changed);
            // the public change feed shows that reference data changed, and how much
            audit.record(
                    "DATENSATZ",
                    description.id(),
                    loaded == null ? Aktion.ERSTELLT : Aktion.GEAENDERT,
                    loaded == null ? null : Map.of("version", loaded),
                    Map.of("version", version, "stand", description.stand(), "geaenderteZeilen", changed),
                    true,
                    "Referenzdaten „" + description.titel() + "“ geladen: " + changed + " Zeilen neu oder geändert");
            LOG.infof(
                    "Referenzdaten %s geladen (Version %s): %d Zeilen neu oder geändert",
                    description.id(), version.substring(0, 12), changed);
            return changed;
        }
    }

    private boolean leistungSearchMissing() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT EXISTS (SELECT 1 FROM leistung WHERE suche IS NULL)");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private void refreshLeistungSearch() {
        try (Connection c = dataSource.getConnection()) {
            // Search document: the Leistung's own name weighs most, then its LeiKa rows and the editors'
            // search words, then Lage and Themenfeld. Both foldings (ä→ae and ä→a) are indexed, so "Fuehrerschein" and
            // "Fuhrerschein" find Führerschein.
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE leistung l SET suche =
                          setweight(to_tsvector('german', dashboard_fold(l.name) || ' ' || dashboard_fold_plain(l.name)), 'A')
                       || setweight(to_tsvector('german', coalesce(x.leika, '')), 'B')
                       || setweight(to_tsvector('german', dashboard_fold(la.name || ' ' || tf.name)), 'C')
                       || to_tsvector('simple', l.ozg_id::text)
                    FROM lage la, themenfeld tf,
                         (SELECT l2.ozg_id,
                                 concat_ws(' ',
                                   (SELECT string_agg(dashboard_fold(k.name) || ' ' || dashboard_fold_plain(k.name), ' ')
                                    FROM leika_leistung k WHERE k.ozg_id = l2.ozg_id),
                                   (SELECT string_agg(dashboard_fold(s.begriff) || ' ' || dashboard_fold_plain(s.begriff), ' ')
                                    FROM leistung_suchbegriff s WHERE s.ozg_id = l2.ozg_id)) AS leika
                          FROM leistung l2) x
                    WHERE la.id = l.lage_id AND tf.id = l.themenfeld_id AND x.ozg_id = l.ozg_id""")) {
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private DatasetDescription description(DatasetSource source, String dataset) {
        byte[] bytes = source.read(dataset, "datensatz.json");
        if (bytes == null) {
            throw new IllegalStateException("Beschreibung fehlt: " + dataset + "/datensatz.json");
        }
        try {
            return json.readValue(bytes, DatasetDescription.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String version(DatasetSource source, String dataset, DatasetDescription d) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(source.read(dataset, "datensatz.json"));
            for (String file : d.dateien()) {
                byte[] bytes = source.read(dataset, file);
                if (bytes == null) {
                    throw new IllegalStateException("Referenzdatei fehlt: " + dataset + "/" + file);
                }
                sha.update(file.getBytes(StandardCharsets.UTF_8));
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String loadedVersion(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM datensatz WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void recordVersion(Connection c, DatasetDescription d, String version, int changed)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO datensatz (id, version, stand, geladen_am, geaenderte_zeilen) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, stand = EXCLUDED.stand,
                    geladen_am = EXCLUDED.geladen_am, geaenderte_zeilen = EXCLUDED.geaenderte_zeilen""")) {
            ps.setString(1, d.id());
            ps.setString(2, version);
            ps.setString(3, d.stand());
            ps.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            ps.setInt(5, changed);
            ps.executeUpdate();
        }
    }
}
