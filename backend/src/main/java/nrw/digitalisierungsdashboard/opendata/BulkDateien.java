package nrw.digitalisierungsdashboard.opendata;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import nrw.digitalisierungsdashboard.common.Rows;
import nrw.digitalisierungsdashboard.common.tabelle.CsvSchreiber;
import nrw.digitalisierungsdashboard.common.tabelle.Formate;
import nrw.digitalisierungsdashboard.common.tabelle.Zelle;
import org.apache.commons.csv.CSVPrinter;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Generates the bulk files: all of them from one consistent snapshot (a read-only REPEATABLE READ transaction), each
 * streamed from a database cursor through gzip into a temporary file that is then renamed into place, so a reader
 * never sees half a file. Runs after changes (at most every {@code dashboard.downloads.debounce}) and daily; a
 * PostgreSQL advisory lock keeps several instances from generating at the same time.
 */
@ApplicationScoped
public class BulkDateien {

    private static final Logger LOG = Logger.getLogger(BulkDateien.class);
    private static final String MANIFEST = "downloads.json";
    private static final int FETCH = 2000;

    private final EntityManager em;
    private final ObjectMapper json;
    private final DownloadsConfig config;

    public BulkDateien(EntityManager em, ObjectMapper json, DownloadsConfig config) {
        this.em = em;
        this.json = json;
        this.config = config;
    }

    public Path verzeichnis() {
        return Path.of(config.dir().orElse(System.getProperty("java.io.tmpdir") + "/dashboard-downloads"));
    }

    /** The files as last generated (url left empty; the resource fills it in). */
    public List<BulkModelle.Datei> liste() {
        Path manifest = verzeichnis().resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return List.of();
        }
        try {
            return json.readValue(manifest.toFile(), new TypeReference<List<BulkModelle.Datei>>() {});
        } catch (IOException e) {
            LOG.warnf("Verzeichnis der Massendateien %s ist nicht lesbar: %s", manifest, e.getMessage());
            return List.of();
        }
    }

    public Path pfad(BulkDatei datei) {
        return verzeichnis().resolve(datei.datei());
    }

    @Scheduled(
            identity = "bulk-downloads-nach-aenderung",
            every = "${dashboard.downloads.check:1m}",
            delayed = "${dashboard.downloads.start-delay:20s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nachAenderung() {
        List<BulkModelle.Datei> vorhanden = liste();
        if (!vorhanden.isEmpty()) {
            OffsetDateTime zuletzt = vorhanden.get(0).erzeugt();
            boolean geaendert = QuarkusTransaction.requiringNew()
                    .call(this::stand)
                    .isAfter(vorhanden.get(0).stand());
            if (!geaendert
                    || Duration.between(zuletzt, OffsetDateTime.now(ZoneOffset.UTC))
                                    .compareTo(config.debounce())
                            < 0) {
                return;
            }
        }
        erzeuge();
    }

    @Scheduled(
            identity = "bulk-downloads-taeglich",
            cron = "${dashboard.downloads.cron:0 15 1 * * ?}",
            timeZone = "UTC",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void taeglich() {
        erzeuge();
    }

    /** Generates every file now, unless another run holds the lock. */
    public BulkModelle.Erzeugung erzeuge() {
        long start = System.nanoTime();
        try {
            Files.createDirectories(verzeichnis());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<BulkModelle.Datei> dateien = QuarkusTransaction.requiringNew()
                .timeout(3600)
                .call(() -> {
                    em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                            .executeUpdate();
                    Object lock = em.createNativeQuery(
                                    "SELECT pg_try_advisory_xact_lock(hashtext('dashboard-bulk-downloads'))")
                            .getSingleResult();
                    if (!Boolean.TRUE.equals(lock)) {
                        return null;
                    }
                    OffsetDateTime stand = stand();
                    OffsetDateTime erzeugt = OffsetDateTime.now(ZoneOffset.UTC);
                    List<BulkModelle.Datei> result = new ArrayList<>();
                    em.unwrap(Session.class).doWork(c -> {
                        for (BulkDatei d : BulkDatei.values()) {
                            result.add(schreibe(c, d, stand, erzeugt));
                        }
                    });
                    return result;
                });
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (dateien == null) {
            return new BulkModelle.Erzeugung(false, ms, liste());
        }
        schreibeManifest(dateien);
        LOG.infof(
                "Massendateien erzeugt in %d ms: %s",
                ms,
                dateien.stream()
                        .map(d -> d.name() + " " + d.zeilen() + " Zeilen, " + d.bytes() + " B")
                        .toList());
        return new BulkModelle.Erzeugung(true, ms, dateien);
    }

    private OffsetDateTime stand() {
        Object value = em.createNativeQuery("SELECT greatest((SELECT max(zeitpunkt) FROM aenderung WHERE oeffentlich),"
                        + " (SELECT max(geladen_am) FROM datensatz))")
                .getSingleResult();
        OffsetDateTime stand = Rows.timestamp(value);
        return stand == null ? OffsetDateTime.now(ZoneOffset.UTC) : stand.withOffsetSameInstant(ZoneOffset.UTC);
    }

    private BulkModelle.Datei schreibe(Connection c, BulkDatei d, OffsetDateTime stand, OffsetDateTime erzeugt)
            throws SQLException {
        Path ziel = pfad(d);
        Path tmp = ziel.resolveSibling("." + d.datei() + ".tmp");
        MessageDigest sha256 = sha256();
        long zeilen = 0;
        List<String> spalten = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(d.sql())) {
            st.setFetchSize(FETCH);
            try (ResultSet rs = st.executeQuery();
                    OutputStream file = Files.newOutputStream(tmp);
                    DigestOutputStream digest = new DigestOutputStream(file, sha256);
                    GZIPOutputStream gzip = new GZIPOutputStream(digest, 1 << 16);
                    CSVPrinter csv =
                            new CSVPrinter(new OutputStreamWriter(gzip, StandardCharsets.UTF_8), CsvSchreiber.FORMAT)) {
                ResultSetMetaData meta = rs.getMetaData();
                int n = meta.getColumnCount();
                for (int i = 1; i <= n; i++) {
                    spalten.add(meta.getColumnLabel(i));
                }
                csv.printRecord(spalten);
                List<String> werte = new ArrayList<>(n);
                while (rs.next()) {
                    werte.clear();
                    for (int i = 1; i <= n; i++) {
                        werte.add(zelle(rs.getObject(i)));
                    }
                    csv.printRecord(werte);
                    zeilen++;
                }
            }
            Files.move(tmp, ziel, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new BulkModelle.Datei(
                    d.datei(),
                    d.titel(),
                    d.datensatz().id(),
                    null,
                    Formate.GZIP,
                    Formate.CSV,
                    Files.size(ziel),
                    zeilen,
                    HexFormat.of().formatHex(sha256.digest()),
                    stand,
                    erzeugt,
                    d.datensatz().lizenz().kurz(),
                    d.datensatz().lizenz().url(),
                    d.datensatz().namensnennung(),
                    spalten);
        } catch (IOException e) {
            throw new UncheckedIOException("Massendatei " + d.datei() + " nicht geschrieben", e);
        }
    }

    /** A database value as CSV text, following the rules of the API's downloads. */
    static String zelle(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof String s) {
            return Zelle.neutralisiert(s);
        }
        if (v instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (v instanceof Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        OffsetDateTime t = Rows.timestamp(v);
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.withOffsetSameInstant(ZoneOffset.UTC));
    }

    private void schreibeManifest(List<BulkModelle.Datei> dateien) {
        Path manifest = verzeichnis().resolve(MANIFEST);
        Path tmp = manifest.resolveSibling("." + MANIFEST + ".tmp");
        try {
            json.writeValue(tmp.toFile(), dateien);
            Files.move(tmp, manifest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
