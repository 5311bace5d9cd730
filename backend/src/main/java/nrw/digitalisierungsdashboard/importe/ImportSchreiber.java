package nrw.digitalisierungsdashboard.importe;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Array;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.aenderungen.Aktion;
import nrw.digitalisierungsdashboard.aenderungen.AuditService;
import nrw.digitalisierungsdashboard.common.NativeSql;
import nrw.digitalisierungsdashboard.common.Rows;
import nrw.digitalisierungsdashboard.identity.Akteur;
import nrw.digitalisierungsdashboard.umsetzung.Kennzahlenpflege;
import org.jboss.logging.Logger;

/**
 * From the staging table import_zeile into the Umsetzungsstand: duplicates are refused first; then everything is
 * classified and (unless dry run) merged in one transaction, with the change log, the figures and the audit entry.
 * Rows with the same values stay untouched, so importing a file twice changes nothing.
 */
@ApplicationScoped
public class ImportSchreiber {

    private static final Logger LOG = Logger.getLogger(ImportSchreiber.class);

    /** What a merge did, or (probelauf) would do. */
    public record Geschrieben(long neu, long geaendert, long unveraendert, boolean probelauf) {

        String meldung() {
            return (probelauf ? "Probelauf: nichts geschrieben. Würde " : "Geschrieben: ") + neu + " neu, " + geaendert
                    + " geändert, " + unveraendert + " unverändert.";
        }
    }

    /** A row differs from the stored one (or the stored one is an example): the condition for writing it. */
    private static final String GEAENDERT = """
            (u.beispiel OR u.status IS DISTINCT FROM s.status OR u.reifegrad IS DISTINCT FROM s.reifegrad
             OR u.reifegradmodell IS DISTINCT FROM s.reifegradmodell OR u.url IS DISTINCT FROM s.url
             OR u.online_seit IS DISTINCT FROM s.online_seit
             OR (s.leika_schluessel IS NOT NULL AND u.leika_schluessel IS DISTINCT FROM s.leika_schluessel))""";

    private final EntityManager em;
    private final AuditService audit;
    private final Kennzahlenpflege kennzahlen;
    private final ImportJobs jobs;

    public ImportSchreiber(EntityManager em, AuditService audit, Kennzahlenpflege kennzahlen, ImportJobs jobs) {
        this.em = em;
        this.audit = audit;
        this.kennzahlen = kennzahlen;
        this.jobs = jobs;
    }

    /** The same Kommune and Leistung twice in one file: the later line is an error (which value should win?). */
    void doppelte(long id, Pruefbericht p) {
        QuarkusTransaction.requiringNew().run(() -> {
            Number anzahl =
                    (Number) em.createNativeQuery("""
                    SELECT count(*) FROM (SELECT zeile, min(zeile) OVER (PARTITION BY kommune_ags, ozg_id) AS erste
                                          FROM import_zeile WHERE job_id = :id) d WHERE d.zeile <> d.erste""").setParameter("id", id).getSingleResult();
            if (anzahl.longValue() == 0) {
                return;
            }
            long gelistet = 0;
            for (Tuple t : NativeSql.list(em, """
                    SELECT zeile, erste, kommune_ags, ozg_id FROM (
                        SELECT zeile, kommune_ags, ozg_id, min(zeile) OVER (PARTITION BY kommune_ags, ozg_id) AS erste
                        FROM import_zeile WHERE job_id = :id) d
                    WHERE d.zeile <> d.erste ORDER BY zeile LIMIT 1000""", "id", id)) {
                p.fehlerhaft(List.of(Zeilenpruefung.fehler(
                        Rows.number(t, "zeile"),
                        "ozg_id",
                        Rows.str(t, "kommune_ags") + "/" + Rows.integer(t, "ozg_id"),
                        "Doppelt: dieselbe Kommune und Leistung stehen schon in Zeile " + Rows.number(t, "erste")
                                + ".")));
                gelistet++;
            }
            // beyond the first 1 000 listed, the rest are only counted
            p.fehlerhaft += anzahl.longValue() - gelistet;
            p.sortieren();
        });
    }

    /** Classifies and (unless dry run) merges everything in one transaction. */
    Geschrieben schreiben(long id, ImportModelle.Format format, Akteur akteur, long zeilen) {
        boolean dryRun = jobs.dryRun(id);
        return QuarkusTransaction.requiringNew()
                .timeout(3600)
                .call(() -> dryRun ? zaehlen(id) : einspielen(id, format, akteur, zeilen));
    }

    private Geschrieben zaehlen(long id) {
        Tuple z = NativeSql.list(
                        em,
                        "SELECT count(*) FILTER (WHERE u.kommune_ags IS NULL) AS neu, "
                                + "count(*) FILTER (WHERE u.kommune_ags IS NOT NULL AND " + GEAENDERT
                                + ") AS geaendert, count(*) AS alle "
                                + "FROM import_zeile s LEFT JOIN umsetzungsstand u ON u.kommune_ags = s.kommune_ags AND u.ozg_id = s.ozg_id "
                                + "WHERE s.job_id = :id",
                        "id",
                        id)
                .get(0);
        long neu = Rows.number(z, "neu");
        long geaendert = Rows.number(z, "geaendert");
        return new Geschrieben(neu, geaendert, Rows.number(z, "alle") - neu - geaendert, true);
    }

    private Geschrieben einspielen(long id, ImportModelle.Format format, Akteur akteur, long zeilen) {
        long beginn = System.nanoTime();
        // the change log needs the old values, so it is written before the rows
        em.createNativeQuery("""
                INSERT INTO umsetzungsstand_wechsel (kommune_ags, ozg_id, zeitpunkt, stufe_vorher, stufe_nachher)
                SELECT s.kommune_ags, s.ozg_id, now(), coalesce(umsetzung_stufe(u.status, u.reifegrad), -1),
                       umsetzung_stufe(s.status, s.reifegrad)
                FROM import_zeile s LEFT JOIN umsetzungsstand u ON u.kommune_ags = s.kommune_ags AND u.ozg_id = s.ozg_id
                WHERE s.job_id = :id
                  AND coalesce(umsetzung_stufe(u.status, u.reifegrad), -1) <> umsetzung_stufe(s.status, s.reifegrad)""").setParameter("id", id).executeUpdate();
        jobs.fortschrittBeimSchreiben(id, 88);
        // one pass: insert new rows, update only rows whose values differ (equal rows keep their version), and count
        // both from RETURNING (xmax = 0 marks an inserted row)
        Object[] z = (Object[]) em.createNativeQuery("""
                WITH geschrieben AS (
                    INSERT INTO umsetzungsstand AS u (kommune_ags, ozg_id, leika_schluessel, status, reifegrad, reifegradmodell, url,
                        online_seit, quelle, quelle_name, import_id, aktualisiert_am, version, beispiel)
                    SELECT kommune_ags, ozg_id, leika_schluessel, status, reifegrad, reifegradmodell, url, online_seit, 'IMPORT',
                           :wer, :id, now(), 0, false
                    FROM import_zeile WHERE job_id = :id
                    ON CONFLICT (kommune_ags, ozg_id) DO UPDATE SET
                        leika_schluessel = coalesce(EXCLUDED.leika_schluessel, u.leika_schluessel),
                        status = EXCLUDED.status, reifegrad = EXCLUDED.reifegrad, reifegradmodell = EXCLUDED.reifegradmodell,
                        url = EXCLUDED.url, online_seit = EXCLUDED.online_seit, quelle = 'IMPORT', quelle_name = EXCLUDED.quelle_name,
                        import_id = EXCLUDED.import_id, aktualisiert_am = now(), version = u.version + 1, beispiel = false
                    WHERE """ + " " + GEAENDERT.replace("s.", "EXCLUDED.") + """
                    RETURNING u.kommune_ags, (u.xmax = 0) AS neu)
                SELECT count(*) FILTER (WHERE neu), count(*) FILTER (WHERE NOT neu),
                       coalesce(array_agg(DISTINCT kommune_ags), '{}')::text[]
                FROM geschrieben""")
                .setParameter("wer", akteur.name())
                .setParameter("id", id)
                .getSingleResult();
        long neu = ((Number) z[0]).longValue();
        long geaendert = ((Number) z[1]).longValue();
        long unveraendert = zeilen - neu - geaendert;
        List<String> kommunen = List.of(strings(z[2]));
        jobs.fortschrittBeimSchreiben(id, 94);
        if (neu > 100_000) {
            // the planner's row estimates would otherwise lag far behind for the refresh below
            em.createNativeQuery("ANALYZE umsetzungsstand").executeUpdate();
        }
        if (kommunen.size() > 2000) {
            kennzahlen.alle();
        } else {
            kennzahlen.kommunen(kommunen);
        }
        LOG.infof("Import %d: Schreiben und Kennzahlen in %.1f s", id, (System.nanoTime() - beginn) / 1e9);
        Map<String, Object> nachher = new LinkedHashMap<>();
        nachher.put("format", format.name());
        nachher.put("zeilen", zeilen);
        nachher.put("neu", neu);
        nachher.put("geaendert", geaendert);
        nachher.put("unveraendert", unveraendert);
        nachher.put("kommunen", kommunen.size());
        audit.recordAs(
                akteur,
                "IMPORT",
                String.valueOf(id),
                Aktion.ERSTELLT,
                null,
                nachher,
                true,
                "Import " + id + " des Umsetzungsstands: " + neu + " neu, " + geaendert + " geändert, " + unveraendert
                        + " unverändert");
        return new Geschrieben(neu, geaendert, unveraendert, false);
    }

    private static String[] strings(Object array) {
        try {
            Object a = array instanceof Array sa ? sa.getArray() : array;
            Object[] items = (Object[]) a;
            String[] out = new String[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = items[i].toString();
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
