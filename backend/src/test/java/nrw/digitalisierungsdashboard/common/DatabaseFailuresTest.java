package nrw.digitalisierungsdashboard.common;

import static org.junit.jupiter.api.Assertions.*;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/** What the database layer throws is sorted wherever the driver's exception sits: cause or suppressed. */
class DatabaseFailuresTest {

    /** As Narayana reports a commit whose connection the server ended (fast shutdown): the cause only suppressed. */
    private static Throwable failedCommit(String sqlState) {
        XAException xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", sqlState));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        return new RuntimeException(rollback);
    }

    @Test
    void shouldFindTheUnavailableDatabaseBehindAFailedCommit() {
        DatabaseUnavailableException e = DatabaseFailures.unavailable(failedCommit("57P01"));
        assertNotNull(e);
        assertEquals(DatabaseFailures.RETRY_AFTER_UNAVAILABLE, e.retryAfterSeconds());
        assertEquals("57P01", DatabaseFailures.sqlState(failedCommit("57P01")));
    }

    @Test
    void shouldLeaveFailuresOfOtherKindsAlone() {
        assertNull(DatabaseFailures.unavailable(failedCommit("23505")));
        assertNull(DatabaseFailures.unavailable(new IllegalStateException("kein Datenbankfehler")));
    }

    @Test
    void shouldStopAtCycles() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.addSuppressed(b);
        assertNull(DatabaseFailures.unavailable(b));
        assertEquals(2, DatabaseFailures.chain(b).size());
    }
}
