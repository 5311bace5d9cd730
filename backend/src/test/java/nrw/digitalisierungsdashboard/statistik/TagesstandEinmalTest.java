package nrw.digitalisierungsdashboard.statistik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The scheduled Tagesstand runs on every replica; the day is written once. A day far from the others' dates is used
 * and removed afterwards (with its change-log entry).
 */
@QuarkusTest
class TagesstandEinmalTest {

    private static final LocalDate TAG = LocalDate.of(1999, 3, 17);

    @Inject
    TagesstandService tagesstand;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void aufraeumen() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DELETE FROM statistik_tag WHERE datum = '" + TAG + "'");
            s.execute("DELETE FROM aenderung WHERE entitaet_typ = 'TAGESSTAND' AND entitaet_id = '" + TAG + "'");
        }
    }

    private long zahl(String sql) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long eintraege() throws Exception {
        return zahl("SELECT count(*) FROM aenderung WHERE entitaet_typ = 'TAGESSTAND' AND entitaet_id = '" + TAG + "'");
    }

    @Test
    void shouldWriteTheDayOnceWhenReplicasRunTheScheduleAtTheSameTime() throws Exception {
        int replikate = 4;
        ExecutorService pool = Executors.newFixedThreadPool(replikate);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<StatistikModelle.Tagesstand>>> laeufe = new ArrayList<>();
        try {
            for (int i = 0; i < replikate; i++) {
                laeufe.add(pool.submit(() -> {
                    start.await();
                    return tagesstand.einmal(TAG);
                }));
            }
            start.countDown();
            List<StatistikModelle.Tagesstand> geschrieben = new ArrayList<>();
            for (Future<Optional<StatistikModelle.Tagesstand>> f : laeufe) {
                f.get().ifPresent(geschrieben::add);
            }
            assertEquals(1, geschrieben.size(), "genau ein Lauf schreibt den Tag");
            long zeilen = zahl("SELECT count(*) FROM statistik_tag WHERE datum = '" + TAG + "'");
            assertTrue(zeilen > 0);
            assertEquals(geschrieben.get(0).zeilen(), zeilen, "die Zeilen des einen Laufs, keine weiteren");
            assertEquals(1, eintraege(), "ein Eintrag im Änderungsprotokoll");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldSkipWhileAnotherReplicaWritesTheDayAndOnceItIsWritten() throws Exception {
        try (Connection andere = dataSource.getConnection();
                Statement s = andere.createStatement()) {
            andere.setAutoCommit(false);
            s.execute("SELECT pg_advisory_xact_lock(hashtext('tagesstand'), hashtext('" + TAG + "'))");
            assertTrue(tagesstand.einmal(TAG).isEmpty(), "ein anderes Replikat hält den Tag");
            andere.rollback();
        }
        assertEquals(0, zahl("SELECT count(*) FROM statistik_tag WHERE datum = '" + TAG + "'"));
        assertTrue(tagesstand.einmal(TAG).isPresent(), "frei: dieser Lauf schreibt");
        assertTrue(tagesstand.einmal(TAG).isEmpty(), "schon geschrieben: nichts mehr");
        assertEquals(1, eintraege());
    }
}
