package nrw.digitalisierungsdashboard.importe;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nrw.digitalisierungsdashboard.aenderungen.Aktion;
import nrw.digitalisierungsdashboard.aenderungen.AuditService;
import nrw.digitalisierungsdashboard.umsetzung.Kennzahlenpflege;
import org.jboss.logging.Logger;

/**
 * The writer of an import: one transaction from the first staged part to the commit, so an import is all or nothing
 * however large. It locks umsetzungsstand against other writers (readers go on), applies every staged part as it
 * arrives – changed rows by their place (tid) found when the part was classified, new rows, the change log of levels –
 * and at the end moves the figures by the changes (no rereading of the Ist), writes the audit entry and the job's
 * final state. A crash or a bad record before that commit leaves nothing behind.
 */
@ApplicationScoped
public class ImportSchreiber {

    private static final Logger LOG = Logger.getLogger(ImportSchreiber.class);

    private static final String AENDERN = """
            UPDATE umsetzungsstand u SET leika_schluessel = coalesce(s.leika_schluessel, u.leika_schluessel),
                status = s.status, reifegrad = s.reifegrad, reifegradmodell = s.reifegradmodell, url = s.url,
                online_seit = s.online_seit, quelle = 'IMPORT', quelle_name = :wer, import_id = :job, aktualisiert_am = now(),
                version = u.version + 1, beispiel = false
            FROM import_zeile s WHERE s.job_id = :job AND s.teil = :teil AND s.art = 'G' AND u.ctid = s.tid""";

    private static final String NEU = """
            INSERT INTO umsetzungsstand (kommune_ags, ozg_id, leika_schluessel, status, reifegrad, reifegradmodell, url,
                online_seit, quelle, quelle_name, import_id, aktualisiert_am, version, beispiel)
            SELECT kommune_ags, ozg_id, leika_schluessel, status, reifegrad, reifegradmodell, url, online_seit, 'IMPORT',
                   :wer, :job, now(), 0, false
            FROM import_zeile s WHERE s.job_id = :job AND s.teil = :teil AND s.art = 'N'""";

    private static final String WECHSEL = """
            INSERT INTO umsetzungsstand_wechsel (kommune_ags, ozg_id, zeitpunkt, stufe_vorher, stufe_nachher)
            SELECT kommune_ags, ozg_id, now(), stufe_vorher, umsetzung_stufe(status, reifegrad)
            FROM import_zeile s WHERE s.job_id = :job AND s.teil = :teil
              AND s.stufe_vorher <> umsetzung_stufe(s.status, s.reifegrad)""";

    private final EntityManager em;
    private final AuditService audit;
    private final Kennzahlenpflege kennzahlen;
    private final ImportJobs jobs;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "umsetzung-import-schreiben");
        t.setDaemon(true);
        return t;
    });

    public ImportSchreiber(EntityManager em, AuditService audit, Kennzahlenpflege kennzahlen, ImportJobs jobs) {
        this.em = em;
        this.audit = audit;
        this.kennzahlen = kennzahlen;
        this.jobs = jobs;
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    /** Starts the writer of a job; the future is true once it committed, false if it rolled back on request. */
    Future<Boolean> starten(ImportAuftrag auftrag, ImportLauf lauf, ImportFortschritt fortschritt) {
        return worker.submit(() -> {
            try {
                QuarkusTransaction.requiringNew()
                        .timeout(ImportAuftrag.TRANSAKTION_SEKUNDEN)
                        .run(() -> schreiben(auftrag, lauf, fortschritt));
                return true;
            } catch (ImportLauf.Abbruch e) {
                return false;
            } catch (RuntimeException | Error e) {
                lauf.schreiberGescheitert(e);
                throw e;
            }
        });
    }

    private void schreiben(ImportAuftrag auftrag, ImportLauf lauf, ImportFortschritt fortschritt) {
        long beginn = System.nanoTime();
        // every part is applied row by row through the places found when classifying it
        planer("off");
        em.createNativeQuery("LOCK TABLE umsetzungsstand IN SHARE ROW EXCLUSIVE MODE")
                .executeUpdate();
        lauf.gesperrt();
        long wechsel = 0;
        int teile = 0;
        Object o;
        try {
            while ((o = lauf.naechstes()) instanceof ImportLauf.Teil t) {
                wechsel += anwenden(auftrag, t);
                teile++;
                fortschritt.geschrieben(t.bytesBis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportLauf.Abbruch();
        }
        ImportBilanz b = ((ImportLauf.Ende) o).bilanz();
        if (lauf.abgebrochen()) {
            throw new ImportLauf.Abbruch();
        }
        long geschrieben = System.nanoTime();
        planer("on");
        kennzahlen.summenAnwenden("(SELECT * FROM import_delta WHERE job_id = " + auftrag.id() + ")");
        long kennzahlenFertig = System.nanoTime();
        Map<String, Object> nachher = new LinkedHashMap<>();
        nachher.put("format", auftrag.format().name());
        nachher.put("fehlerhafte", auftrag.fehlerhafte().name());
        nachher.put("zeilen", b.zeilen);
        nachher.put("neu", b.neu());
        nachher.put("geaendert", b.geaendert());
        nachher.put("unveraendert", b.unveraendert());
        nachher.put("uebersprungen", b.fehlerhaft);
        // how the file went through: parts of dashboard.import.teil valid records each
        nachher.put("teile", teile);
        if (auftrag.reifegradStandard() != null) {
            nachher.put("reifegradStandard", auftrag.reifegradStandard());
        }
        audit.recordAs(
                auftrag.akteur(),
                "IMPORT",
                String.valueOf(auftrag.id()),
                Aktion.ERSTELLT,
                null,
                nachher,
                true,
                "Import " + auftrag.id() + " des Umsetzungsstands: " + b.neu() + " neu, " + b.geaendert()
                        + " geändert, "
                        + b.unveraendert() + " unverändert"
                        + (b.fehlerhaft > 0 ? "; " + b.fehlerhaft + " fehlerhafte Datensätze übersprungen" : ""));
        jobs.fertig(auftrag, b, true);
        LOG.infof(
                "Import %d: %d Teile geschrieben (%d Wechsel) in %.1f s, Kennzahlen in %.1f s",
                auftrag.id(), teile, wechsel, (geschrieben - beginn) / 1e9, (kennzahlenFertig - geschrieben) / 1e9);
    }

    /** One staged part: changed rows by tid, new rows, and the change log of levels. Returns the log entries. */
    private long anwenden(ImportAuftrag auftrag, ImportLauf.Teil t) {
        int geaendert = ausfuehren(AENDERN, auftrag, t);
        int neu = ausfuehren(NEU, auftrag, t);
        if (geaendert != t.geaendert() || neu != t.neu()) {
            // cannot happen while the lock is held; if it does, nothing of this import must stay
            throw new IllegalStateException("Teil " + t.nr() + " von Import " + auftrag.id() + ": erwartet "
                    + t.geaendert() + " geändert und " + t.neu() + " neu, geschrieben " + geaendert + " und " + neu);
        }
        return ausfuehren(WECHSEL, auftrag, t);
    }

    private int ausfuehren(String sql, ImportAuftrag auftrag, ImportLauf.Teil t) {
        var q = em.createNativeQuery(sql).setParameter("job", auftrag.id()).setParameter("teil", t.nr());
        if (sql.contains(":wer")) {
            q.setParameter("wer", auftrag.akteur().name());
        }
        return q.executeUpdate();
    }

    /** Join methods for this transaction: "off" leaves nested loops over tids, "on" restores the planner's choice. */
    private void planer(String an) {
        em.createNativeQuery("SELECT set_config('enable_hashjoin', :a, true), set_config('enable_mergejoin', :a, true)")
                .setParameter("a", an)
                .getSingleResult();
    }
}
