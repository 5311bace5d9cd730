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
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nrw.digitalisierungsdashboard.common.InvalidParameterException;
import nrw.digitalisierungsdashboard.common.NativeSql;
import nrw.digitalisierungsdashboard.common.Page;
import nrw.digitalisierungsdashboard.common.PageRequest;
import nrw.digitalisierungsdashboard.common.Problem;
import nrw.digitalisierungsdashboard.common.Rows;
import nrw.digitalisierungsdashboard.common.RuleViolationException;
import nrw.digitalisierungsdashboard.identity.Akteur;
import nrw.digitalisierungsdashboard.identity.CurrentUser;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Bulk import of the Umsetzungsstand. The request stores the body in a temporary file and checks encoding and header at
 * once (400/422 problems, {@link ImportAnnahme}). A worker then reads the file as a stream and checks every record
 * ({@link Zeilenpruefung}); every {@code dashboard.import.teil} (50 000) valid records form a part, which its own connection classifies against
 * the stored rows and stages ({@link ImportEinordnung}) while the writer ({@link ImportSchreiber}) applies the part
 * before in its single transaction. So reading, checking, classifying and writing overlap, memory stays flat, and the
 * import is still all or nothing: a bad record (unless fehlerhafte=ueberspringen) rolls everything back. A dry run
 * classifies and counts, and writes nothing.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private final EntityManager em;
    private final AgroalDataSource dataSource;
    private final CurrentUser user;
    private final ImportJobs jobs;
    private final ImportSchreiber schreiber;
    private final ImportZaehler zaehler;
    /** Records per part: large enough that a statement's fixed cost vanishes, small enough to overlap well. */
    /** Valid records per part (dashboard.import.teil). */
    private final int teilGroesse;

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
            ImportSchreiber schreiber,
            ImportZaehler zaehler,
            @ConfigProperty(name = "dashboard.import.teil", defaultValue = "50000") int teil) {
        this.em = em;
        this.teilGroesse = teil;
        this.dataSource = dataSource;
        this.user = user;
        this.jobs = jobs;
        this.schreiber = schreiber;
        this.zaehler = zaehler;
    }

    void onStart(@Observes StartupEvent event) {
        jobs.abgebrocheneBeenden();
    }

    void onStop(@Observes ShutdownEvent event) {
        jobs.eigeneWartendeBeenden();
        worker.shutdownNow();
    }

    public ImportModelle.Job annehmen(
            InputStream body,
            String contentType,
            String formatParam,
            String dryRunParam,
            String fehlerhafteParam,
            String reifegradStandardParam) {
        ImportAnnahme.Anfrage anfrage = ImportAnnahme.anfrage(dryRunParam, fehlerhafteParam, reifegradStandardParam);
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
            long id = jobs.anlegen(anfrage, v.format(), bytes, akteur);
            ImportAuftrag auftrag = new ImportAuftrag(
                    id, datei, bytes, v, anfrage.dryRun(), anfrage.fehlerhafte(), anfrage.reifegradStandard(), akteur);
            worker.submit(() -> verarbeiten(auftrag));
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

    void verarbeiten(ImportAuftrag a) {
        ImportLauf lauf = new ImportLauf();
        Future<Boolean> schreibend = null;
        try (ImportEinordnung einordnung = new ImportEinordnung(dataSource, a.id())) {
            if (!jobs.pruefungBeginnt(a.id())) {
                return;
            }
            zaehler.begonnen();
            long start = System.nanoTime();
            ImportFortschritt fortschritt = new ImportFortschritt(jobs, a.id(), a.bytes(), !a.dryRun());
            if (!a.dryRun()) {
                schreibend = schreiber.starten(a, lauf, fortschritt);
                lauf.warteAufSperre();
            }
            ImportBilanz b = new ImportBilanz();
            new Leser(a, einordnung, lauf, fortschritt, b).lesen();
            fortschritt.gelesenBisZumEnde(b.zeilen);
            if (b.onlineOhneReifegrad > 0) {
                b.hinweise.add(ImportMeldungen.onlineOhneReifegrad(b.onlineOhneReifegrad, a.reifegradStandard()));
            }
            boolean geschrieben = false;
            if (schreibend != null) {
                if (!b.lesbar || (b.fehlerhaft > 0 && !a.ueberspringen())) {
                    lauf.abbrechen();
                } else {
                    jobs.schreibenBeginnt(a.id());
                    lauf.ende(b);
                }
                geschrieben = schreibend.get();
            }
            if (!geschrieben) {
                jobs.abschliessen(a, b);
            }
            zaehler.beendet(geschrieben, b.zeilen);
            LOG.infof(
                    "Import %d: %d Datensätze (%d fehlerhaft) in %.1f s, %s",
                    a.id(),
                    b.zeilen,
                    b.fehlerhaft,
                    (System.nanoTime() - start) / 1e9,
                    geschrieben ? "geschrieben" : "nichts geschrieben");
        } catch (Exception e) {
            lauf.abbrechen();
            warten(schreibend);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            Throwable ursache =
                    e instanceof ExecutionException || e instanceof ImportLauf.SchreiberGescheitert ? e.getCause() : e;
            String kennung = UUID.randomUUID().toString();
            LOG.errorf(ursache, "Import %d fehlgeschlagen (%s)", a.id(), kennung);
            jobs.fehlgeschlagen(a.id(), kennung);
            zaehler.fehlgeschlagen();
        } finally {
            loeschen(a.datei());
            if (!a.dryRun()) {
                jobs.zwischentabelleLeeren(a.id());
            }
        }
    }

    private static void warten(Future<Boolean> schreibend) {
        if (schreibend == null) {
            return;
        }
        try {
            schreibend.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.debug("Schreiber beendet mit Fehler", e.getCause());
        }
    }

    /** Reads every record, checks it, and hands the valid ones part by part to the classification and the writer. */
    private final class Leser {
        private final ImportAuftrag a;
        private final ImportEinordnung einordnung;
        private final ImportLauf lauf;
        private final ImportFortschritt fortschritt;
        private final ImportBilanz b;
        private final StringBuilder puffer = new StringBuilder(1 << 20);
        private final List<ImportModelle.Fehler> teilFehler = new ArrayList<>();
        private int teilZeilen;
        /** The number of the last part handed on. */
        private int teilNr;

        private long gelesen;

        Leser(
                ImportAuftrag a,
                ImportEinordnung einordnung,
                ImportLauf lauf,
                ImportFortschritt fortschritt,
                ImportBilanz b) {
            this.a = a;
            this.einordnung = einordnung;
            this.lauf = lauf;
            this.fortschritt = fortschritt;
            this.b = b;
        }

        void lesen() throws IOException, SQLException, InterruptedException {
            Zeilenpruefung.Schluessel s = schluessel();
            ImportPaare paare = new ImportPaare(s);
            Zeilenpruefung.Optionen optionen = new Zeilenpruefung.Optionen(a.reifegradStandard());
            ImportAnnahme.Vorpruefung v = a.vorpruefung();
            try (ImportLeser leser = new ImportLeser(
                    new BufferedInputStream(Files.newInputStream(a.datei()), 1 << 16), v.format(), v.trennzeichen())) {
                if (v.format() == ImportModelle.Format.CSV) {
                    ImportAnnahme.pflichtspalten(leser.spalten());
                }
                while (leser.next()) {
                    b.zeilen++;
                    Zeilenpruefung.Ergebnis e = Zeilenpruefung.pruefe(leser.zeile(), leser::get, s, optionen);
                    if (!e.gueltig()) {
                        fehlerhaft(e.fehler());
                    } else {
                        Zeilenpruefung.Zeile z = e.zeile();
                        long erste = paare.erste(z.ags(), z.ozgId(), z.nummer());
                        if (erste != 0) {
                            fehlerhaft(List.of(Zeilenpruefung.fehler(
                                    z.nummer(),
                                    "ozg_id",
                                    z.ags() + "/" + z.ozgId(),
                                    "Doppelt: dieselbe Kommune und Leistung stehen schon in Zeile " + erste + ".")));
                        } else {
                            z.alsCsv(puffer);
                            teilZeilen++;
                            if (z.ohneReifegrad()) {
                                b.onlineOhneReifegrad++;
                            }
                        }
                    }
                    gelesen = leser.gelesen();
                    if (teilZeilen >= teilGroesse || teilFehler.size() >= 10_000) {
                        abgeben();
                    }
                    if (b.zeilen % 20_000 == 0) {
                        fortschritt.gelesen(gelesen, b.zeilen);
                    }
                }
                gelesen = leser.gelesen();
                if (!leser.unbekannteSpalten().isEmpty()) {
                    b.hinweise.add("Übergangene Spalten bzw. Felder (unbekannt): "
                            + Zeilenpruefung.sichtbar(String.join(", ", leser.unbekannteSpalten())));
                }
            } catch (ImportLeser.Lesefehler e) {
                b.lesbar = false;
                fehlerhaft(List.of(Zeilenpruefung.fehler(e.zeile, "Datei", null, e.getMessage())));
            } catch (RuleViolationException e) {
                b.lesbar = false;
                fehlerhaft(e.errors().stream()
                        .map(f -> Zeilenpruefung.fehler(1, f.name(), null, f.reason()))
                        .toList());
            }
            abgeben();
        }

        private void fehlerhaft(List<ImportModelle.Fehler> fehler) {
            b.fehlerhaft(fehler);
            teilFehler.addAll(fehler);
            if (!a.ueberspringen()) {
                // nothing of this file will be written: the writer stops now, the rest is only checked and counted
                lauf.abbrechen();
            }
        }

        /** The part read so far: errors stored, rows classified and (if they will be written) staged. */
        private void abgeben() throws SQLException, InterruptedException {
            if (!teilFehler.isEmpty()) {
                b.fehlerGespeichert += einordnung.fehler(teilFehler);
                teilFehler.clear();
            }
            if (teilZeilen == 0) {
                return;
            }
            boolean stagen = !a.dryRun() && !lauf.abgebrochen();
            byte[] zeilen = puffer.toString().getBytes(StandardCharsets.UTF_8);
            long[] gn = einordnung.teil(++teilNr, zeilen, zeilen.length, stagen, b);
            if (stagen) {
                lauf.teil(new ImportLauf.Teil(teilNr, gn[0], gn[1], gelesen));
            }
            puffer.setLength(0);
            teilZeilen = 0;
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
