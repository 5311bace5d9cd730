package nrw.digitalisierungsdashboard.importe;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nrw.digitalisierungsdashboard.common.InvalidParameterException;
import nrw.digitalisierungsdashboard.common.NativeSql;
import nrw.digitalisierungsdashboard.common.Page;
import nrw.digitalisierungsdashboard.common.PageRequest;
import nrw.digitalisierungsdashboard.common.Problem;
import nrw.digitalisierungsdashboard.common.Rows;
import nrw.digitalisierungsdashboard.common.RuleViolationException;
import nrw.digitalisierungsdashboard.identity.Akteur;
import nrw.digitalisierungsdashboard.identity.CurrentUser;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Bulk import of the Umsetzungsstand. The request stores the body in a temporary file and checks encoding and header at
 * once (400/422 problems, {@link ImportAnnahme}); a single worker then reads the whole file as a stream, checks every
 * record ({@link Zeilenpruefung}) and COPYs the valid ones into the unlogged staging table. Only if no record failed
 * does {@link ImportSchreiber} merge them in one transaction (all or nothing). A dry run classifies and counts, and
 * writes nothing.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    private static final int PUFFER = 1 << 20;

    private final EntityManager em;
    private final AgroalDataSource dataSource;
    private final CurrentUser user;
    private final ImportJobs jobs;
    private final ImportSchreiber schreiber;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "umsetzung-import");
        t.setDaemon(true);
        return t;
    });

    public ImportService(
            EntityManager em,
            AgroalDataSource dataSource,
            CurrentUser user,
            ImportJobs jobs,
            ImportSchreiber schreiber) {
        this.em = em;
        this.dataSource = dataSource;
        this.user = user;
        this.jobs = jobs;
        this.schreiber = schreiber;
    }

    void onStart(@Observes StartupEvent event) {
        jobs.abgebrocheneBeenden();
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    public ImportModelle.Job annehmen(InputStream body, String contentType, String formatParam, String dryRunParam) {
        boolean dryRun = ImportAnnahme.dryRun(dryRunParam);
        ImportModelle.Format format = ImportAnnahme.format(contentType, formatParam);
        Path datei;
        long bytes;
        try {
            datei = Files.createTempFile("umsetzung-import-", ".dat");
            bytes = Files.copy(body, datei, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new InvalidParameterException(
                    List.of(new Problem.InvalidParam("body", "body", "Die Datei kam nicht vollständig an.")));
        }
        try {
            ImportAnnahme.Vorpruefung v = ImportAnnahme.vorpruefen(datei, format);
            Akteur akteur = user.akteur();
            long id = jobs.anlegen(v.format(), dryRun, bytes, akteur);
            worker.submit(() -> verarbeiten(id, datei, v, akteur));
            return jobs.job(id);
        } catch (RuntimeException e) {
            loeschen(datei);
            throw e;
        }
    }

    public ImportModelle.Job job(long id) {
        return jobs.job(id);
    }

    public Page<ImportModelle.Job> list(PageRequest page) {
        return jobs.list(page);
    }

    // --- the worker --------------------------------------------------------------------------------------------

    private Zeilenpruefung.Schluessel schluessel() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, String> k = new HashMap<>();
            for (Tuple t : NativeSql.list(em, "SELECT ags, ars, typ, kreis_schluessel FROM kommune")) {
                String ags = Rows.str(t, "ags");
                k.put(ags, ags);
                k.put(Rows.str(t, "ars"), ags);
                if ("KREISFREIE_STADT".equals(Rows.str(t, "typ"))) {
                    k.putIfAbsent(Rows.str(t, "kreis_schluessel"), ags);
                }
            }
            Set<Integer> l = new HashSet<>();
            NativeSql.list(em, "SELECT ozg_id FROM leistung").forEach(t -> l.add(Rows.integer(t, "ozg_id")));
            Map<String, List<Integer>> leika = new HashMap<>();
            NativeSql.list(
                            em,
                            "SELECT DISTINCT schluessel, ozg_id FROM leika_leistung WHERE schluessel IS NOT NULL AND ozg_id IS NOT NULL")
                    .forEach(t -> leika.computeIfAbsent(Rows.str(t, "schluessel"), x -> new ArrayList<>())
                            .add(Rows.integer(t, "ozg_id")));
            return new Zeilenpruefung.Schluessel(k, l, leika);
        });
    }

    void verarbeiten(long id, Path datei, ImportAnnahme.Vorpruefung v, Akteur akteur) {
        try {
            jobs.pruefungBeginnt(id);
            long start = System.nanoTime();
            Pruefbericht p = new Pruefbericht();
            List<String> hinweise = new ArrayList<>();
            long bytes = Files.size(datei);
            lesenUndStellen(id, datei, v, bytes, p, hinweise);
            schreiber.doppelte(id, p);
            if (p.fehlerhaft > 0) {
                jobs.abgelehnt(id, p, hinweise);
                return;
            }
            jobs.fortschritt(id, bytes, bytes, p.zeilen);
            jobs.schreibenBeginnt(id);
            long geprueft = System.nanoTime();
            ImportSchreiber.Geschrieben g = schreiber.schreiben(id, v.format(), akteur, p.zeilen);
            LOG.infof(
                    "Import %d: %d Datensätze gelesen und geprüft in %.1f s, eingeordnet und geschrieben in %.1f s",
                    id, p.zeilen, (geprueft - start) / 1e9, (System.nanoTime() - geprueft) / 1e9);
            jobs.fertig(id, p.zeilen, g, hinweise);
        } catch (Exception e) {
            String kennung = UUID.randomUUID().toString();
            LOG.errorf(e, "Import %d fehlgeschlagen (%s)", id, kennung);
            jobs.fehlgeschlagen(id, kennung);
        } finally {
            loeschen(datei);
            jobs.zwischentabelleLeeren(id);
        }
    }

    /** Reads every record, checks it and COPYs the valid ones into import_zeile; errors go into the report. */
    private void lesenUndStellen(
            long id, Path datei, ImportAnnahme.Vorpruefung v, long bytes, Pruefbericht p, List<String> hinweise)
            throws IOException, SQLException {
        Zeilenpruefung.Schluessel s = schluessel();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            CopyIn copy = c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "COPY import_zeile (job_id, zeile, kommune_ags, ozg_id, "
                                    + "leika_schluessel, status, reifegrad, reifegradmodell, url, online_seit) FROM STDIN (FORMAT csv)");
            try (ImportLeser leser = new ImportLeser(
                    new BufferedInputStream(Files.newInputStream(datei), 1 << 16), v.format(), v.trennzeichen())) {
                if (v.format() == ImportModelle.Format.CSV) {
                    ImportAnnahme.pflichtspalten(leser.spalten());
                }
                StringBuilder puffer = new StringBuilder(PUFFER);
                long letzteMeldung = 0;
                while (leser.next()) {
                    p.zeilen++;
                    Zeilenpruefung.Ergebnis e = Zeilenpruefung.pruefe(leser.zeile(), leser::get, s);
                    if (e.gueltig()) {
                        e.zeile().alsCsv(id, puffer);
                    } else {
                        p.fehlerhaft(e.fehler());
                    }
                    if (puffer.length() > PUFFER - 4096) {
                        senden(copy, puffer);
                    }
                    if (p.zeilen - letzteMeldung >= 50_000) {
                        letzteMeldung = p.zeilen;
                        jobs.fortschritt(id, leser.gelesen(), bytes, p.zeilen);
                    }
                }
                senden(copy, puffer);
                copy.endCopy();
                if (!leser.unbekannteSpalten().isEmpty()) {
                    hinweise.add("Übergangene Spalten bzw. Felder (unbekannt): "
                            + String.join(", ", leser.unbekannteSpalten()));
                }
            } catch (ImportLeser.Lesefehler e) {
                abbrechen(copy);
                p.fehlerhaft(List.of(Zeilenpruefung.fehler(e.zeile, "Datei", null, e.getMessage())));
            } catch (RuleViolationException e) {
                abbrechen(copy);
                p.fehlerhaft(e.errors().stream()
                        .map(f -> Zeilenpruefung.fehler(1, f.name(), null, f.reason()))
                        .toList());
            }
        }
    }

    private static void senden(CopyIn copy, StringBuilder puffer) throws SQLException {
        byte[] b = puffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(b, 0, b.length);
        puffer.setLength(0);
    }

    private static void abbrechen(CopyIn copy) throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private static void loeschen(Path datei) {
        try {
            Files.deleteIfExists(datei);
        } catch (IOException e) {
            LOG.warn("Temporäre Importdatei nicht gelöscht: " + datei, e);
        }
    }
}
