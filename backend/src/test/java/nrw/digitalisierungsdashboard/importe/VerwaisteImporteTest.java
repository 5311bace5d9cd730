package nrw.digitalisierungsdashboard.importe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nrw.digitalisierungsdashboard.identity.Akteur;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Replicas on one database: a job whose instance died is failed by any other instance, a job another live instance
 * works on or holds in its queue is left alone. The "other instance" is a connection of the test holding the job's
 * lock, or a job row whose lebenszeichen is fresh or stale.
 */
@QuarkusTest
class VerwaisteImporteTest {

    @Inject
    ImportJobs jobs;

    @Inject
    AgroalDataSource dataSource;

    private final List<Long> angelegt = new ArrayList<>();

    @AfterEach
    void aufraeumen() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (long id : angelegt) {
                s.execute("DELETE FROM import_job WHERE id = " + id);
            }
        }
    }

    private long job(String status, String lebenszeichenVor) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("INSERT INTO import_job (status, format, dry_run, bytes_gesamt, "
                        + "erstellt_von, erstellt_von_typ, erstellt_am, begonnen_am, lebenszeichen) VALUES ('" + status
                        + "', 'CSV', false, 10, 'test', 'SYSTEM', now(), now(), now() - interval '"
                        + lebenszeichenVor + "') RETURNING id")) {
            rs.next();
            angelegt.add(rs.getLong(1));
            return rs.getLong(1);
        }
    }

    private String status(long id) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT status, meldung FROM import_job WHERE id = " + id)) {
            rs.next();
            return rs.getString(1) + (rs.getString(2) == null ? "" : ": " + rs.getString(2));
        }
    }

    @Test
    void shouldFailARunningJobWhoseInstanceDiedButNotOneAnotherInstanceRuns() throws Exception {
        long verwaist = job("SCHREIBEN", "0 seconds");
        long laeuft = job("PRUEFUNG", "0 seconds");
        try (Connection andereInstanz = dataSource.getConnection();
                Statement s = andereInstanz.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + ImportEinordnung.SPERRE + ", " + laeuft + ")");
            jobs.verwaisteBeenden();
            assertTrue(status(verwaist).startsWith("FEHLGESCHLAGEN: Abgebrochen"), status(verwaist));
            assertEquals("PRUEFUNG", status(laeuft), "die andere Instanz arbeitet noch daran");
            s.execute("SELECT pg_advisory_unlock(" + ImportEinordnung.SPERRE + ", " + laeuft + ")");
        }
        // the other instance is gone (its connection, and so its lock, ended): now this one is orphaned too
        jobs.verwaisteBeenden();
        assertTrue(status(laeuft).startsWith("FEHLGESCHLAGEN"), status(laeuft));
    }

    @Test
    void shouldFailAWaitingJobOnlyOnceItsInstanceStoppedRenewingIt() throws Exception {
        long frisch = job("WARTEND", "10 seconds");
        long alt = job("WARTEND", "10 minutes");
        jobs.verwaisteBeenden();
        assertEquals("WARTEND", status(frisch), "wartet in der Schlange eines lebenden Replikats");
        assertTrue(status(alt).startsWith("FEHLGESCHLAGEN: Abgebrochen"), status(alt));
    }

    @Test
    void shouldRenewTheWaitingJobsOfThisInstance() throws Exception {
        long eigen = jobs.anlegen(
                new ImportAnnahme.Anfrage(true, ImportModelle.Fehlerhafte.ABBRECHEN, null),
                ImportModelle.Format.CSV,
                10,
                Akteur.SYSTEM);
        angelegt.add(eigen);
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("UPDATE import_job SET lebenszeichen = now() - interval '10 minutes' WHERE id = " + eigen);
        }
        jobs.lebenszeichen();
        jobs.verwaisteBeenden();
        assertEquals("WARTEND", status(eigen), "diese Instanz hat ihn erneuert");
        // taken out of the queue (as the worker does), so it is not renewed any more
        assertTrue(jobs.pruefungBeginnt(eigen));
    }
}
