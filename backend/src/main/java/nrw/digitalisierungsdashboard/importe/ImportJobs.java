package nrw.digitalisierungsdashboard.importe;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.io.IOException;
import java.util.List;
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
import org.jboss.logging.Logger;

/**
 * The job table import_job: each step of a job is written in a transaction of its own, so the client polling the job
 * sees the progress while the merge itself is still one transaction. Reading it: ADMIN sees every job, INTEGRATION
 * its own.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);
    static final int PRUEFEN_BIS = 80;

    private final EntityManager em;
    private final CurrentUser user;
    private final ObjectMapper json;

    public ImportJobs(EntityManager em, CurrentUser user, ObjectMapper json) {
        this.em = em;
        this.user = user;
        this.json = json;
    }

    /** Jobs cut off by a restart can never finish: their file is gone. Nothing of them was written. */
    void abgebrocheneBeenden() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE import_job SET status = :f, beendet_am = now(), meldung = 'Abgebrochen: der "
                            + "Server wurde während des Imports neu gestartet. Es wurde nichts geschrieben; bitte erneut senden.' "
                            + "WHERE status IN (:w, :p, :s)")
                    .setParameter("f", ImportStatus.FEHLGESCHLAGEN.name())
                    .setParameter("w", ImportStatus.WARTEND.name())
                    .setParameter("p", ImportStatus.PRUEFUNG.name())
                    .setParameter("s", ImportStatus.SCHREIBEN.name())
                    .executeUpdate();
            em.createNativeQuery("TRUNCATE import_zeile").executeUpdate();
        });
    }

    long anlegen(ImportModelle.Format format, boolean dryRun, long bytes, Akteur akteur) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("""
                        INSERT INTO import_job (status, format, dry_run, bytes_gesamt, erstellt_von, erstellt_von_typ, erstellt_von_id,
                            erstellt_am)
                        VALUES (:status, :format, :dry, :bytes, :name, :typ, :id, now()) RETURNING id""")
                                .setParameter("status", ImportStatus.WARTEND.name())
                                .setParameter("format", format.name())
                                .setParameter("dry", dryRun)
                                .setParameter("bytes", bytes)
                                .setParameter("name", akteur.name())
                                .setParameter("typ", akteur.typ())
                                .setParameter("id", akteur.id())
                                .getSingleResult())
                        .longValue());
    }

    boolean dryRun(long id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Rows.bool(
                        NativeSql.list(em, "SELECT dry_run FROM import_job WHERE id = :id", "id", id)
                                .get(0),
                        "dry_run"));
    }

    void pruefungBeginnt(long id) {
        status(id, ImportStatus.PRUEFUNG, "begonnen_am = now(), ");
    }

    void schreibenBeginnt(long id) {
        status(id, ImportStatus.SCHREIBEN, "");
    }

    private void status(long id, ImportStatus status, String extra) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE import_job SET " + extra + "status = :s WHERE id = :id")
                        .setParameter("s", status.name())
                        .setParameter("id", id)
                        .executeUpdate());
    }

    /** Reading and checking fill the first {@value #PRUEFEN_BIS} percent, by bytes read. */
    void fortschritt(long id, long gelesen, long gesamt, long zeilen) {
        int prozent = gesamt == 0 ? PRUEFEN_BIS : (int) Math.min(PRUEFEN_BIS, gelesen * PRUEFEN_BIS / gesamt);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE import_job SET bytes_gelesen = :b, fortschritt = :p, zeilen = :z WHERE id = :id")
                        .setParameter("b", Math.min(gelesen, gesamt))
                        .setParameter("p", prozent)
                        .setParameter("z", zeilen)
                        .setParameter("id", id)
                        .executeUpdate());
    }

    /** A step of the merge: inside its transaction nobody would see it, so a separate one shows it. */
    void fortschrittBeimSchreiben(long id, int prozent) {
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("UPDATE import_job SET fortschritt = :p WHERE id = :id")
                            .setParameter("p", prozent)
                            .setParameter("id", id)
                            .executeUpdate());
        } catch (RuntimeException e) {
            LOG.debug("Fortschritt nicht gespeichert", e);
        }
    }

    void abgelehnt(long id, Pruefbericht p, List<String> hinweise) {
        String meldung =
                p.fehlerhaft + " von " + p.zeilen + " Datensätzen sind fehlerhaft; es wurde nichts geschrieben.";
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                        UPDATE import_job SET status = :s, zeilen = :z, fehler = :f, fehlerliste = CAST(:l AS jsonb),
                            hinweise = CAST(:h AS jsonb), meldung = :m, beendet_am = now() WHERE id = :id""")
                        .setParameter("s", ImportStatus.FEHLGESCHLAGEN.name())
                        .setParameter("z", p.zeilen)
                        .setParameter("f", p.fehlerhaft)
                        .setParameter("l", text(p.fehler))
                        .setParameter("h", text(hinweise))
                        .setParameter("m", meldung)
                        .setParameter("id", id)
                        .executeUpdate());
    }

    void fertig(long id, long zeilen, ImportSchreiber.Geschrieben g, List<String> hinweise) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                        UPDATE import_job SET status = :s, fortschritt = 100, zeilen = :z, neu = :n, geaendert = :g,
                            unveraendert = :u, hinweise = CAST(:h AS jsonb), meldung = :m, beendet_am = now() WHERE id = :id""")
                        .setParameter("s", ImportStatus.FERTIG.name())
                        .setParameter("z", zeilen)
                        .setParameter("n", g.neu())
                        .setParameter("g", g.geaendert())
                        .setParameter("u", g.unveraendert())
                        .setParameter("h", text(hinweise))
                        .setParameter("m", g.meldung())
                        .setParameter("id", id)
                        .executeUpdate());
    }

    /** An internal error: the client gets the error's id, the log the details. */
    void fehlgeschlagen(long id, String kennung) {
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("UPDATE import_job SET status = :s, "
                                    + "beendet_am = now(), meldung = :m WHERE id = :id")
                            .setParameter("s", ImportStatus.FEHLGESCHLAGEN.name())
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
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("DELETE FROM import_zeile WHERE job_id = :id")
                            .setParameter("id", id)
                            .executeUpdate());
        } catch (RuntimeException e) {
            LOG.warn("Zwischentabelle des Imports nicht geleert", e);
        }
    }

    // --- reading --------------------------------------------------------------------------------------------

    private static final String JOB_SELECT = "SELECT * FROM import_job j";

    ImportModelle.Job job(long id) {
        NativeSql sql = sichtbar().where("j.id = :id", "id", id);
        List<Tuple> rows = sql.page(em, JOB_SELECT, "", PageRequest.of(0, 1));
        if (rows.isEmpty()) {
            throw new NotFoundException("Einen Import " + id + " gibt es nicht (oder er gehört einem anderen Konto).");
        }
        return job(rows.get(0));
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
        try {
            fehler = json.readValue(Rows.str(t, "fehlerliste"), new TypeReference<List<ImportModelle.Fehler>>() {});
            hinweise = json.readValue(Rows.str(t, "hinweise"), new TypeReference<List<String>>() {});
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ImportStatus status = ImportStatus.valueOf(Rows.str(t, "status"));
        long id = Rows.number(t, "id");
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
                Rows.integer(t, "fortschritt"),
                Rows.number(t, "bytes_gesamt"),
                Rows.number(t, "bytes_gelesen"),
                Rows.number(t, "zeilen"),
                Rows.number(t, "neu"),
                Rows.number(t, "geaendert"),
                Rows.number(t, "unveraendert"),
                Rows.number(t, "fehler"),
                fehler,
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
