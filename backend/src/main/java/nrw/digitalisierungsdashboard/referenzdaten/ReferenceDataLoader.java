package nrw.digitalisierungsdashboard.referenzdaten;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVRecord;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
            "redaktion", "gemeindeverzeichnis_nrw_2023", "ozg_leistungskatalog_kdn_2019", "kdn_it_dienstleister_2019",
            "redaktion_suchbegriffe");

    /** Described on "Über die Daten" but shipped with the SPA, not loaded here. */
    public static final List<String> DESCRIBED_ONLY = List.of("verwaltungsgrenzen_nrw_dvg2_2023");

    static final LocalDate EINWOHNER_STICHTAG = LocalDate.of(2022, 12, 31);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    nrw.digitalisierungsdashboard.aenderungen.AuditService audit;

    private final DatasetSource packaged = DatasetSource.classpath("referenzdaten");

    void onStart(@Observes StartupEvent event) {
        loadAll(packaged);
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
        if (report.get("ozg_leistungskatalog_kdn_2019") >= 0 || report.get("redaktion_suchbegriffe") >= 0
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
            int changed = switch (dataset) {
                case "redaktion" -> loadRedaktion(c, source, description);
                case "gemeindeverzeichnis_nrw_2023" -> loadGemeindeverzeichnis(c, source, description);
                case "ozg_leistungskatalog_kdn_2019" -> loadOzgKatalog(c, source);
                case "kdn_it_dienstleister_2019" -> loadItDienstleister(c, source, description);
                case "redaktion_suchbegriffe" -> loadSuchbegriffe(c, source);
                default -> throw new IllegalStateException("Unbekannter Datensatz " + dataset);
            };
            recordVersion(c, description, version, changed);
            // the public change feed shows that reference data changed, and how much
            audit.record("DATENSATZ", description.id(),
                    loaded == null ? nrw.digitalisierungsdashboard.aenderungen.Aktion.ERSTELLT : nrw.digitalisierungsdashboard.aenderungen.Aktion.GEAENDERT,
                    loaded == null ? null : Map.of("version", loaded),
                    Map.of("version", version, "stand", description.stand(), "geaenderteZeilen", changed), true,
                    "Referenzdaten „" + description.titel() + "“ geladen: " + changed + " Zeilen neu oder geändert");
            LOG.infof("Referenzdaten %s geladen (Version %s): %d Zeilen neu oder geändert",
                    description.id(), version.substring(0, 12), changed);
            return changed;
        }
    }

    // --- redaktion ---------------------------------------------------------------------------------------

    private int loadRedaktion(Connection c, DatasetSource source, DatasetDescription d) throws SQLException {
        int changed = 0;
        Upsert typisierung = Upsert.into("typisierung", List.of("code"),
                "code", "regelungskompetenz", "vollzugskompetenz", "beschreibung", "ozg_relevant", "reihenfolge");
        int i = 0;
        for (CSVRecord r : csv(source, "redaktion", "typisierungen.csv")) {
            typisierung.row(r.get("code"), r.get("regelungskompetenz"), r.get("vollzugskompetenz"),
                    r.get("beschreibung"), Boolean.parseBoolean(r.get("ozg_relevant")), ++i);
        }
        changed += typisierung.execute(c);

        Upsert klassen = Upsert.into("groessenklasse", List.of("code"),
                "code", "name", "einwohner_von", "einwohner_bis", "reihenfolge", "beschreibung");
        i = 0;
        for (CSVRecord r : csv(source, "redaktion", "groessenklassen.csv")) {
            String bis = Csv.text(r, "einwohner_bis");
            klassen.row(r.get("code"), r.get("name"), Integer.parseInt(r.get("einwohner_von")),
                    bis == null ? null : Integer.parseInt(bis), ++i, r.get("beschreibung"));
        }
        changed += klassen.execute(c);

        Upsert fachamt = Upsert.into("fachamt", List.of("id"), "id", "name", "beschreibung", "reihenfolge");
        i = 0;
        for (CSVRecord r : csv(source, "redaktion", "fachaemter.csv")) {
            fachamt.row(r.get("id"), r.get("name"), r.get("beschreibung"), ++i);
        }
        changed += fachamt.execute(c);

        Upsert komponente = Upsert.into("basiskomponente", List.of("id"),
                "id", "name", "kategorie", "beschreibung", "ebene", "reihenfolge");
        i = 0;
        for (CSVRecord r : csv(source, "redaktion", "basiskomponenten.csv")) {
            komponente.row(r.get("id"), r.get("name"), r.get("kategorie"), r.get("beschreibung"), r.get("ebene"), ++i);
        }
        changed += komponente.execute(c);

        Upsert organisation = organisationUpsert();
        for (CSVRecord r : csv(source, "redaktion", "organisationen.csv")) {
            String key = r.get("schluessel");
            organisation.row(key, "redaktion:" + key, r.get("name"), Csv.text(r, "kurzname"), r.get("typ"),
                    Csv.text(r, "beschreibung"), null, null, Csv.text(r, "ort"), Csv.text(r, "url"), null,
                    d.stand().substring(0, 4), d.id(), null);
        }
        changed += organisation.execute(c);

        Upsert gremium = Upsert.into("gremium", List.of("id"), "id", "name", "beschreibung", "organisation_id", "reihenfolge");
        i = 0;
        for (CSVRecord r : csv(source, "redaktion", "gremien.csv")) {
            gremium.row(r.get("id"), r.get("name"), Csv.text(r, "beschreibung"), Csv.text(r, "organisation"), ++i);
        }
        changed += gremium.execute(c);
        return changed;
    }

    // --- Gemeindeverzeichnis -----------------------------------------------------------------------------

    private int loadGemeindeverzeichnis(Connection c, DatasetSource source, DatasetDescription d) throws SQLException {
        String ds = "gemeindeverzeichnis_nrw_2023";
        int changed = 0;
        Upsert rb = Upsert.into("regierungsbezirk", List.of("id"),
                "id", "name", "kurzname", "verwaltungssitz", "einwohner", "flaeche_km2", "gebietsstand");
        for (CSVRecord r : csv(source, ds, "regierungsbezirke.csv")) {
            rb.row(r.get("regierungsbezirk_id"), r.get("name"), r.get("name").replace("Reg.-Bez. ", ""),
                    r.get("verwaltungssitz"), Integer.parseInt(r.get("einwohner")), new BigDecimal(r.get("flaeche_km2")),
                    LocalDate.parse(r.get("gebietsstand")));
        }
        changed += rb.execute(c);

        List<CSVRecord> kreise = csv(source, ds, "kreise.csv");
        Upsert kreis = Upsert.into("kreis", List.of("schluessel"), "schluessel", "name", "kurzname", "typ",
                "verwaltungssitz", "regierungsbezirk_id", "anzahl_gemeinden", "einwohner", "flaeche_km2", "gebietsstand");
        for (CSVRecord r : kreise) {
            boolean kreisfrei = "kreisfreie Stadt".equals(r.get("kreistyp"));
            kreis.row(r.get("kreis_ags"), kreisDisplayName(r), kurzname(r.get("name")),
                    kreisfrei ? "KREISFREIE_STADT" : "KREIS", r.get("verwaltungssitz"), r.get("regierungsbezirk_id"),
                    Integer.parseInt(r.get("anzahl_gemeinden")), Integer.parseInt(r.get("einwohner")),
                    new BigDecimal(r.get("flaeche_km2")), LocalDate.parse(r.get("gebietsstand")));
        }
        changed += kreis.execute(c);

        List<Groessenklasse> klassen = groessenklassen(c);
        Upsert kommune = Upsert.into("kommune", List.of("ags"), "ags", "ars", "name", "kurzname", "ebene",
                        "gebietstyp_amtlich", "typ", "typ_abgeleitet", "typ_hinweis", "groessenklasse", "kreis_schluessel",
                        "regierungsbezirk_id", "einwohner", "flaeche_km2", "plz", "einwohner_stichtag", "gebietsstand")
                // an editor's confirmed status survives a newer dataset; only derived ones are re-derived
                .onUpdate("typ", "CASE WHEN kommune.typ_abgeleitet THEN EXCLUDED.typ ELSE kommune.typ END")
                .onUpdate("typ_abgeleitet", "kommune.typ_abgeleitet AND EXCLUDED.typ_abgeleitet")
                .bumpsVersion("version");
        Upsert organisation = organisationUpsert();
        for (CSVRecord r : kreise) {
            if ("kreisfreie Stadt".equals(r.get("kreistyp"))) {
                continue; // the kreisfreie Stadt is the Kommune listed among the Gemeinden
            }
            String key = r.get("kreis_ags");
            int einwohner = Integer.parseInt(r.get("einwohner"));
            kommune.row(key, key + "0000000", kreisDisplayName(r), kurzname(r.get("name")), "KREIS", r.get("kreistyp"),
                    "KREIS", false, null, null, key, r.get("regierungsbezirk_id"), einwohner,
                    new BigDecimal(r.get("flaeche_km2")), null, EINWOHNER_STICHTAG, LocalDate.parse(r.get("gebietsstand")));
            organisation.row("kommune-" + key, "ags:" + key, kreisDisplayName(r), null, "KOMMUNE", null, null, null,
                    r.get("verwaltungssitz"), null, key, d.stand().substring(0, 4), d.id(), null);
        }
        for (CSVRecord r : csv(source, ds, "gemeinden.csv")) {
            String ags = r.get("ags");
            int einwohner = Integer.parseInt(r.get("einwohner"));
            String amtlich = r.get("gemeindetyp");
            boolean kreisfrei = "kreisfreie Stadt".equals(amtlich);
            String typ = kreisfrei ? "KREISFREIE_STADT" : statusNachGoNrw(einwohner);
            String hinweis = "05334002".equals(ags)
                    ? "Die Stadt Aachen gehört zur Städteregion Aachen, hat aber weitgehend die Rechte einer kreisfreien Stadt."
                    : null;
            kommune.row(ags, r.get("regionalschluessel"), r.get("name"), kurzname(r.get("name")), "GEMEINDE", amtlich,
                    typ, !kreisfrei, hinweis, groessenklasse(klassen, einwohner), r.get("kreis_ags"),
                    r.get("regierungsbezirk_id"), einwohner, new BigDecimal(r.get("flaeche_km2")), Csv.text(r, "plz"),
                    EINWOHNER_STICHTAG, LocalDate.parse(r.get("gebietsstand")));
            organisation.row("kommune-" + ags, "ags:" + ags, r.get("name"), kurzname(r.get("name")), "KOMMUNE", null,
                    null, Csv.text(r, "plz"), kurzname(r.get("name")), null, ags, d.stand().substring(0, 4), d.id(), null);
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

    private record Groessenklasse(String code, int von, Integer bis) {
    }

    private static List<Groessenklasse> groessenklassen(Connection c) throws SQLException {
        List<Groessenklasse> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT code, einwohner_von, einwohner_bis FROM groessenklasse ORDER BY reihenfolge");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(new Groessenklasse(rs.getString(1), rs.getInt(2), (Integer) rs.getObject(3)));
            }
        }
        return result;
    }

    private static String groessenklasse(List<Groessenklasse> klassen, int einwohner) {
        return klassen.stream()
                .filter(k -> einwohner >= k.von() && (k.bis() == null || einwohner <= k.bis()))
                .map(Groessenklasse::code)
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

    // --- OZG-Katalog -------------------------------------------------------------------------------------

    private int loadOzgKatalog(Connection c, DatasetSource source) throws SQLException {
        String ds = "ozg_leistungskatalog_kdn_2019";
        String stand = "2019";
        int changed = 0;
        Upsert themenfeld = Upsert.into("themenfeld", List.of("id"), "id", "name", "katalog_stand");
        for (CSVRecord r : csv(source, ds, "themenfelder.csv")) {
            themenfeld.row(Integer.parseInt(r.get("themenfeld_id")), r.get("themenfeld"), stand);
        }
        changed += themenfeld.execute(c);

        Upsert lage = Upsert.into("lage", List.of("id"), "id", "name", "themenfeld_id", "katalog_stand");
        for (CSVRecord r : csv(source, ds, "lebenslagen.csv")) {
            lage.row(Integer.parseInt(r.get("lebenslage_id")), r.get("lebenslage"),
                    Integer.parseInt(r.get("themenfeld_id")), stand);
        }
        changed += lage.execute(c);

        Upsert leistung = Upsert.into("leistung", List.of("ozg_id"), "ozg_id", "name", "lage_id", "themenfeld_id",
                "typisierungen", "sdg1_relevant", "sdg2_relevant", "quelle_id", "katalog_stand").bumpsVersion("version");
        for (CSVRecord r : csv(source, ds, "ozg_leistungen.csv")) {
            leistung.row(Integer.parseInt(r.get("ozg_id")), r.get("ozg_leistung"), Integer.parseInt(r.get("lebenslage_id")),
                    Integer.parseInt(r.get("themenfeld_id")), typisierungen(r.get("typisierungen").replace('|', ',')),
                    "1".equals(r.get("sdg1_relevant")), "1".equals(r.get("sdg2_relevant")),
                    Integer.parseInt(r.get("kdn_id")), stand);
        }
        changed += leistung.execute(c);

        Upsert leika = Upsert.into("leika_leistung", List.of("id"), "id", "schluessel", "name", "ozg_id",
                "typisierung", "typisierungen", "rechtsgrundlage", "gesetze", "gesetzeskuerzel", "sdg1", "sdg2",
                "katalog_stand");
        for (CSVRecord r : csv(source, ds, "leika_leistungen.csv")) {
            String schluessel = r.get("leika_schluessel");
            String ozg = Csv.text(r, "ozg_id");
            leika.row(Integer.parseInt(r.get("kdn_id")), schluessel.matches("\\d{14}") ? schluessel : null,
                    r.get("leika_leistung"), ozg == null ? null : Integer.parseInt(ozg), r.get("typisierung"),
                    typisierungen(r.get("typisierung")), Csv.text(r, "rechtsgrundlage"), Csv.text(r, "gesetze"),
                    Csv.text(r, "gesetzeskuerzel"), "1".equals(r.get("sdg1")), "1".equals(r.get("sdg2")), stand);
        }
        changed += leika.execute(c);

        return changed;
    }

    private boolean leistungSearchMissing() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM leistung WHERE suche IS NULL)");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private void refreshLeistungSearch() {
        try (Connection c = dataSource.getConnection()) {
            // Search document: the Leistung's own name weighs most, then its LeiKa rows and the editors'
            // search words, then Lage and Themenfeld. Both foldings (ä→ae and ä→a) are indexed, so "Fuehrerschein" and "Fuhrerschein" find Führerschein.
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

    private int loadSuchbegriffe(Connection c, DatasetSource source) throws SQLException {
        // a small link table: replaced as a whole, so words dropped from the file disappear too
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM leistung_suchbegriff")) {
            ps.executeUpdate();
        }
        int count = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO leistung_suchbegriff (ozg_id, begriff) VALUES (?, ?)")) {
            for (CSVRecord r : csv(source, "redaktion_suchbegriffe", "suchbegriffe.csv")) {
                for (String begriff : r.get("begriffe").split(";")) {
                    if (!begriff.isBlank()) {
                        ps.setInt(1, Integer.parseInt(r.get("ozg_id")));
                        ps.setString(2, begriff.trim());
                        ps.addBatch();
                        count++;
                    }
                }
            }
            ps.executeBatch();
        }
        return count;
    }

    /** "1, 2/3" → {"1", "2/3"}; the catalogue combines types with commas. */
    static String[] typisierungen(String raw) {
        return java.util.Arrays.stream(raw.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).distinct().sorted().toArray(String[]::new);
    }

    // --- KDN IT-Dienstleister ----------------------------------------------------------------------------

    private int loadItDienstleister(Connection c, DatasetSource source, DatasetDescription d) throws SQLException {
        String ds = "kdn_it_dienstleister_2019";
        Map<String, Map<String, String>> korrekturen = new LinkedHashMap<>();
        for (CSVRecord r : csv(source, ds, "korrekturen.csv")) {
            korrekturen.computeIfAbsent(r.get("kdn_id"), k -> new LinkedHashMap<>())
                    .put(r.get("feld"), r.get("wert_korrigiert"));
        }
        List<CSVRecord> rows = csv(source, ds, "kdn_it_dienstleister.csv");
        Map<String, Long> nameCount = new LinkedHashMap<>();
        rows.forEach(r -> nameCount.merge(r.get("name"), 1L, Long::sum));
        Upsert organisation = organisationUpsert();
        for (CSVRecord r : rows) {
            String id = r.get("kdn_id");
            Map<String, String> fix = korrekturen.getOrDefault(id, Map.of());
            String name = r.get("name");
            String ort = fix.getOrDefault("ort", r.get("ort"));
            // two sites of one provider carry the same name; the site keeps their ids apart
            String slug = slug(nameCount.get(name) > 1 ? name + " " + ort : name);
            organisation.row(slug, "kdn-it:" + id, name, null, "IT_DIENSTLEISTER", null,
                    fix.getOrDefault("strasse", r.get("strasse")), fix.getOrDefault("plz", r.get("plz")), ort,
                    url(fix.getOrDefault("url", r.get("url"))), null, d.stand().substring(0, 4), d.id(),
                    fix.isEmpty() ? null : "Angaben der Quelle beim Laden korrigiert: " + String.join(", ", fix.keySet()) + ".");
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
        String folded = nrw.digitalisierungsdashboard.common.FulltextQuery.fold(text);
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    // --- shared ------------------------------------------------------------------------------------------

    /** Organisations are keyed by their source key; the readable id is kept from the first load. */
    private static Upsert organisationUpsert() {
        return Upsert.into("organisation", List.of("quelle_schluessel"), "id", "quelle_schluessel", "name", "kurzname",
                        "typ", "beschreibung", "strasse", "plz", "ort", "url", "kommune_ags", "datenstand", "quelle", "hinweis")
                .onUpdate("id", "organisation.id");
    }

    private List<CSVRecord> csv(DatasetSource source, String dataset, String file) {
        byte[] bytes = source.read(dataset, file);
        if (bytes == null) {
            throw new IllegalStateException("Referenzdatei fehlt: " + dataset + "/" + file);
        }
        return Csv.parse(bytes);
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
                sha.update(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
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

    private static void recordVersion(Connection c, DatasetDescription d, String version, int changed) throws SQLException {
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
