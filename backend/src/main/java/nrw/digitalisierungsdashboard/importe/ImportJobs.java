package nrw.digitalisierungsdashboard.importe;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nrw.digitalisierungsdashboard.common.NativeSql;
import nrw.digitalisierungsdashboard.common.NotFoundException;
import nrw.digitalisierungsdashboard.common.Page;
import nrw.digitalisierungsdashboard.common.PageRequest;
import nrw.digitalisierungsdashboard.common.Problem;
import nrw.digitalisierungsdashboard.common.Rows;
import nrw.digitalisierungsdashboard.identity.Akteur;
import nrw.digitalisierungsdashboard.identity.CurrentUser;
import nrw.digitalisierungsdashboard.identity.Rolle;
import nrw.digitalisierungsdashboard.importe.ImportModelle.ImportStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The job table import_job: each step of a job is written in a transaction of its own, so the client polling the job
 * sees the progress; only the final state of a written import is part of the writer's transaction, so it is FERTIG
 * exactly when its rows are there. Reading it: ADMIN sees every job, INTEGRATION its own.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);

    private final EntityManager em;
    private final CurrentUser user;
    private final ObjectMapper json;
    private final Duration verwaistNach;
    /** Jobs accepted here and still in this instance's queue. */
    private final Set<Long> wartend = ConcurrentHashMap.newKeySet();

    public ImportJobs(
            EntityManager em,
            CurrentUser user,
            ObjectMapper json,
            @ConfigProperty(name = "dashboard.import.verwaist-nach", defaultValue = "2m") Duration verwaistNach) {
        this.em = em;
        this.user = user;
        this.json = json;
        this.verwaistNach = verwaistNach;
    }

    /**
     * Jobs no instance works on any more can never finish: their file is gone and their transaction was rolled back.
     * A running job holds an advisory lock ({@link ImportEinordnung}); one whose lock is free is orphaned. A waiting
     * job lives in the queue of the instance that accepted it, which renews its lebenszeichen; one whose lebenszeichen
     * is older than {@code dashboard.import.verwaist-nach} is orphaned. Replicas check this every minute, so a job
     * whose instance died ends at most that long after, on any instance.
     */
    void abgebrocheneBeenden() {
        int n = QuarkusTransaction.requiringNew().call(this::beenden);
        // staged rows of jobs that ended while their instance stopped (the cleanup after the commit never ran)
        QuarkusTransaction.requiringNew().run(() -> {
            for (String t : List.of("import_zeile", "import_delta")) {
                em.createNativeQuery("DELETE FROM " + t + " z WHERE NOT EXISTS (SELECT 1 FROM import_job j WHERE "
                                + "j.id = z.job_id AND j.status IN ('PRUEFUNG', 'SCHREIBEN'))")
                        .executeUpdate();
            }
        });
        if (n > 0) {
            LOG.warnf("%d abgebrochene Importe als fehlgeschlagen markiert", n);
        }
    }

    /** A job whose instance died while this one runs (another replica, a killed process): checked every minute. */
    @Scheduled(every = "60s", delayed = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void verwaisteBeenden() {
        int n = QuarkusTransaction.requiringNew().call(this::beenden);
        if (n > 0) {
            LOG.warnf("%d verwaiste Importe als fehlgeschlagen markiert", n);
        }
    }

    /** This instance's waiting jobs are alive: renewed well within {@code verwaist-nach}. */
    @Scheduled(
            every = "${dashboard.import.lebenszeichen:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void lebenszeichen() {
        if (wartend.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE import_job SET lebenszeichen = now() "
                                + "WHERE id = ANY(CAST(:ids AS bigint[])) AND status = 'WARTEND'")
                        .setParameter("ids", ids(wartend))
                        .executeUpdate());
    }

    /** The instance stops: its queue is lost, so its waiting jobs end now rather than after verwaist-nach. */
    void eigeneWartendeBeenden() {
        if (wartend.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery(
                                    "UPDATE import_job SET status = 'FEHLGESCHLAGEN', fortschritt = 100, "
                                            + "beendet_am = now(), geschrieben = false, meldung = :m "
                                            + "WHERE id = ANY(CAST(:ids AS bigint[])) AND status = 'WARTEND'")
                            .setParameter("m", ABGEBROCHEN)
                            .setParameter("ids", ids(wartend))
                            .executeUpdate());
        } catch (RuntimeException e) {
            // another instance ends them once their lebenszeichen is stale
            LOG.warnf("Wartende Importe nicht beendet: %s", e.getMessage());
        }
    }

    private static String ids(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    private static final String ABGEBROCHEN = "Abgebrochen: der Server wurde während des Imports beendet. Es wurde "
            + "nichts geschrieben; bitte erneut senden.";

    @SuppressWarnings("unchecked")
    private int beenden() {
        List<Object> ids = em.createNativeQuery("UPDATE import_job SET status = 'FEHLGESCHLAGEN', fortschritt = 100, "
                        + "beendet_am = now(), geschrieben = false, meldung = :m "
                        + "WHERE (status = 'WARTEND' AND lebenszeichen < now() - make_interval(secs => :frist)) "
                        + "OR (status IN ('PRUEFUNG', 'SCHREIBEN') AND pg_try_advisory_xact_lock("
                        + ImportEinordnung.SPERRE + ", CAST(id AS integer))) RETURNING id")
                .setParameter("m", ABGEBROCHEN)
                .setParameter("frist", (double) verwaistNach.toSeconds())
                .getResultList();
        if (!ids.isEmpty()) {
            String liste = String.join(",", ids.stream().map(Object::toString).toList());
            em.createNativeQuery("DELETE FROM import_zeile WHERE job_id IN (" + liste + ")")
                    .executeUpdate();
            em.createNativeQuery("DELETE FROM import_delta WHERE job_id IN (" + liste + ")")
                    .executeUpdate();
        }
        return ids.size();
    }

    long anlegen(ImportAnnahme.Anfrage a, ImportModelle.Format format, long bytes, Akteur akteur) {
        long id = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("""
                        INSERT INTO import_job (status, format, dry_run, fehlerhafte, reifegrad_standard, bytes_gesamt,
                            erstellt_von, erstellt_von_typ, erstellt_von_id, erstellt_am)
                        VALUES ('WARTEND', :format, :dry, :fehlerhafte, CAST(:rg AS smallint), :bytes, :name, :typ, :id, now())
                        RETURNING id""")
                                .setParameter("format", format.name())
                                .setParameter("dry", a.dryRun())
                                .setParameter("fehlerhafte", a.fehlerhafte().name())
                                .setParameter("rg", a.reifegradStandard())
                                .setParameter("bytes", bytes)
                                .setParameter("name", akteur.name())
                                .setParameter("typ", akteur.typ())
                                .setParameter("id", akteur.id())
                                .getSingleResult())
                        .longValue());
        wartend.add(id);
        return id;
    }

    /** WARTEND → PRUEFUNG, only if it is still waiting (not ended as orphaned meanwhile). */
    boolean pruefungBeginnt(long id) {
        wartend.remove(id);
        return QuarkusTransaction.requiringNew()
                        .call(() -> em.createNativeQuery(
                                        "UPDATE import_job SET status = 'PRUEFUNG', begonnen_am = now() "
                                                + "WHERE id = :id AND status = 'WARTEND'")
                                .setParameter("id", id)
                                .executeUpdate())
                == 1;
    }

    void schreibenBeginnt(long id) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE import_job SET status = 'SCHREIBEN' WHERE id = :id AND status = 'PRUEFUNG'")
                        .setParameter("id", id)
                        .executeUpdate());
    }

    void fortschritt(long id, long gelesen, long zeilen, int prozent) {
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery(
                                    "UPDATE import_job SET bytes_gelesen = :b, fortschritt = :p, zeilen = :z "
                                            + "WHERE id = :id AND status IN ('PRUEFUNG', 'SCHREIBEN')")
                            .setParameter("b", gelesen)
                            .setParameter("p", prozent)
                            .setParameter("z", zeilen)
                            .setParameter("id", id)
                            .executeUpdate());
        } catch (RuntimeException e) {
            LOG.debug("Fortschritt nicht gespeichert", e);
        }
    }

    /** The final state, in the writer's transaction (geschrieben) or in one of its own (dry run, refused). */
    @Transactional(Transactional.TxType.MANDATORY)
    void fertig(ImportAuftrag a, ImportBilanz b, boolean geschrieben) {
        boolean ok = geschrieben || a.dryRun();
        em.createNativeQuery("""
                        UPDATE import_job SET status = :s, fortschritt = 100, bytes_gelesen = bytes_gesamt, zeilen = :z,
                            neu = :n, geaendert = :g, unveraendert = :u, fehler = :f, fehlerliste = CAST(:l AS jsonb),
                            fehler_gespeichert = :fg, je_status = CAST(:js AS jsonb), online_ohne_reifegrad = :oor,
                            hinweise = CAST(:h AS jsonb), meldung = :m, geschrieben = :w, beendet_am = now()
                        WHERE id = :id""")
                .setParameter("s", ok ? ImportStatus.FERTIG.name() : ImportStatus.FEHLGESCHLAGEN.name())
                .setParameter("z", b.zeilen)
                .setParameter("n", b.neu())
                .setParameter("g", b.geaendert())
                .setParameter("u", b.unveraendert())
                .setParameter("f", b.fehlerhaft)
                .setParameter("l", text(b.fehler))
                .setParameter("fg", b.fehlerGespeichert)
                .setParameter("js", text(b.jeStatus()))
                .setParameter("oor", b.onlineOhneReifegrad)
                .setParameter("h", text(b.hinweise))
                .setParameter("m", ImportMeldungen.ergebnis(a, b, geschrieben))
                .setParameter("w", geschrieben)
                .setParameter("id", a.id())
                .executeUpdate();
    }

    void abschliessen(ImportAuftrag a, ImportBilanz b) {
        QuarkusTransaction.requiringNew().run(() -> fertig(a, b, false));
    }

    /** An internal error: the client gets the error's id, the log the details. */
    void fehlgeschlagen(long id, String kennung) {
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery(
                                    "UPDATE import_job SET status = 'FEHLGESCHLAGEN', fortschritt = 100, "
                                            + "geschrieben = false, beendet_am = now(), meldung = :m WHERE id = :id")
                            .setParameter(
                                    "m",
                                    "Interner Fehler beim Import (Fehlerkennung " + kennung
                                            + "). Es wurde nichts geschrieben.")
                            .setParameter("id", id)
                            .executeUpdate());
        } catch (RuntimeException inner) {
            LOG.error("Importstatus nicht gespeichert", inner);
        }
    }

    void zwischentabelleLeeren(long id) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("DELETE FROM import_zeile WHERE job_id = :id")
                        .setParameter("id", id)
                        .executeUpdate();
                em.createNativeQuery("DELETE FROM import_delta WHERE job_id = :id")
                        .setParameter("id", id)
                        .executeUpdate();
            });
        } catch (RuntimeException e) {
            LOG.warn("Zwischentabelle des Imports nicht geleert", e);
        }
    }

    // --- reading --------------------------------------------------------------------------------------------

    private static final String JOB_SELECT = "SELECT * FROM import_job j";

    ImportModelle.Job job(long id) {
        return job(sichtbar(id));
    }

    /** The job's row if the current user may see it. */
    Tuple sichtbar(long id) {
        NativeSql sql = sichtbar().where("j.id = :id", "id", id);
        List<Tuple> rows = sql.page(em, JOB_SELECT, "", PageRequest.of(0, 1));
        if (rows.isEmpty()) {
            throw new NotFoundException("Einen Import " + id + " gibt es nicht (oder er gehört einem anderen Konto).");
        }
        return rows.get(0);
    }

    Page<ImportModelle.Job> list(PageRequest page) {
        NativeSql sql = sichtbar();
        List<ImportModelle.Job> items = sql.page(em, JOB_SELECT, " ORDER BY j.id DESC", page).stream()
                .map(this::job)
                .toList();
        return Page.of(items, sql.count(em, " FROM import_job j"), page);
    }

    private NativeSql sichtbar() {
        NativeSql sql = new NativeSql();
        if (!user.hat(Rolle.ADMIN)) {
            sql.where("j.erstellt_von_typ = :typ", "typ", user.akteur().typ())
                    .where("j.erstellt_von_id = :aid", "aid", user.akteur().id());
        }
        return sql;
    }

    private ImportModelle.Job job(Tuple t) {
        List<ImportModelle.Fehler> fehler;
        List<String> hinweise;
        List<ImportModelle.StatusZaehlung> jeStatus;
        try {
            fehler = json.readValue(Rows.str(t, "fehlerliste"), new TypeReference<List<ImportModelle.Fehler>>() {});
            hinweise = json.readValue(Rows.str(t, "hinweise"), new TypeReference<List<String>>() {});
            jeStatus = json.readValue(
                    Rows.str(t, "je_status"), new TypeReference<List<ImportModelle.StatusZaehlung>>() {});
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ImportStatus status = ImportStatus.valueOf(Rows.str(t, "status"));
        long id = Rows.number(t, "id");
        long fehlerAnzahl = Rows.number(t, "fehler");
        Problem problem = status != ImportStatus.FEHLGESCHLAGEN
                ? null
                : new Problem(
                        "/probleme/import-ungueltig",
                        "Import abgelehnt",
                        fehler.isEmpty() ? 500 : 422,
                        Rows.str(t, "meldung"),
                        "/api/v1/importe/" + id,
                        fehler.stream()
                                .limit(100)
                                .map(f -> new Problem.InvalidParam(
                                        "Zeile " + f.zeile() + ": " + f.feld(), "body", f.grund()))
                                .toList());
        return new ImportModelle.Job(
                id,
                status,
                ImportModelle.Format.valueOf(Rows.str(t, "format")),
                Rows.bool(t, "dry_run"),
                ImportModelle.Fehlerhafte.valueOf(Rows.str(t, "fehlerhafte")),
                Rows.integer(t, "reifegrad_standard"),
                Rows.integer(t, "fortschritt"),
                Rows.number(t, "bytes_gesamt"),
                Rows.number(t, "bytes_gelesen"),
                Rows.number(t, "zeilen"),
                Rows.number(t, "neu"),
                Rows.number(t, "geaendert"),
                Rows.number(t, "unveraendert"),
                fehlerAnzahl,
                Rows.bool(t, "geschrieben"),
                jeStatus,
                Rows.number(t, "online_ohne_reifegrad"),
                fehler,
                Rows.number(t, "fehler_gespeichert"),
                Rows.number(t, "fehler_gespeichert") > 0 ? "/api/v1/importe/" + id + "/fehler" : null,
                hinweise,
                Rows.str(t, "meldung"),
                problem,
                Rows.str(t, "erstellt_von"),
                Rows.timestamp(t.get("erstellt_am")),
                Rows.timestamp(t.get("begonnen_am")),
                Rows.timestamp(t.get("beendet_am")));
    }

    private String text(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
