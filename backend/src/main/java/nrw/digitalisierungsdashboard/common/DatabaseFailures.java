package nrw.digitalisierungsdashboard.common;

import jakarta.persistence.OptimisticLockException;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Sorts what the database layer threw, whatever wrapped it (Hibernate, JTA, Arc): the database being away or
 * overloaded (503), a concurrent change (412), a value PostgreSQL refused (400) or a broken reference (422) – so
 * none of these ends as 500. Classified by SQLSTATE (PostgreSQL appendix A), not by message text, except for the
 * pool's acquisition timeout, which has none.
 */
public final class DatabaseFailures {

    /** Seconds a client should wait while the database restarts or recovers. */
    public static final long RETRY_AFTER_UNAVAILABLE = 5;

    /** Seconds a client should wait when all connections are busy. */
    public static final long RETRY_AFTER_BUSY = 2;

    private DatabaseFailures() {}

    /** The unavailability behind {@code e}, or null when the database did answer. */
    public static DatabaseUnavailableException unavailable(Throwable e) {
        for (Throwable t : chain(e)) {
            if (t instanceof DatabaseUnavailableException d) {
                return d;
            }
            if (t instanceof SQLException sql && sql.getSQLState() == null && isAcquisitionTimeout(sql)) {
                return new DatabaseUnavailableException(
                        "Der Dienst ist gerade ausgelastet: alle Datenbankverbindungen sind belegt. Bitte in "
                                + RETRY_AFTER_BUSY + " Sekunden erneut versuchen.",
                        RETRY_AFTER_BUSY);
            }
            if (t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof ConnectException
                    || t instanceof SocketException
                    || t instanceof EOFException
                    || unavailableState(sqlState(t))) {
                return new DatabaseUnavailableException(
                        "Die Datenbank ist gerade nicht erreichbar (Neustart oder Störung). Bitte in "
                                + RETRY_AFTER_UNAVAILABLE + " Sekunden erneut versuchen.",
                        RETRY_AFTER_UNAVAILABLE);
            }
        }
        return null;
    }

    /**
     * {@code e}, its causes and what was suppressed beside them, depth first: a failed JTA commit carries the
     * driver's exception only as a suppressed XAException's cause.
     */
    static List<Throwable> chain(Throwable e) {
        List<Throwable> out = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        if (e != null) {
            todo.push(e);
        }
        while (!todo.isEmpty() && out.size() < 64) {
            Throwable t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            out.add(t);
            Throwable[] suppressed = t.getSuppressed();
            for (int i = suppressed.length - 1; i >= 0; i--) {
                todo.push(suppressed[i]);
            }
            if (t.getCause() != null) {
                todo.push(t.getCause());
            }
        }
        return out;
    }

    /** A version check failed at flush: someone changed the row since it was read. */
    public static boolean concurrentChange(Throwable e) {
        for (Throwable t : chain(e)) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }

    /** The first SQLSTATE in the chain, or null. */
    public static String sqlState(Throwable e) {
        for (Throwable t : chain(e)) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
            if (t instanceof org.hibernate.JDBCException j && j.getSQLState() != null) {
                return j.getSQLState();
            }
        }
        return null;
    }

    /** Class 22: PostgreSQL refused a value (NUL character, out-of-range date or number, too long, bad text). */
    public static boolean invalidValue(String sqlState) {
        return sqlState != null && sqlState.startsWith("22");
    }

    /** 23505 unique, 23503 foreign key, 23514 check, 23502 not null: the write contradicts stored data. */
    public static boolean integrity(String sqlState) {
        return sqlState != null && sqlState.startsWith("23");
    }

    /**
     * 08 connection exception, 57P01–57P03 shutdown or not yet accepting connections, 53300 too many connections,
     * 40001/40P01 serialization failure or deadlock (transient: the same request succeeds when repeated).
     */
    private static boolean unavailableState(String s) {
        return s != null
                && (s.startsWith("08")
                        || s.equals("57P01")
                        || s.equals("57P02")
                        || s.equals("57P03")
                        || s.equals("53300")
                        || s.equals("40001")
                        || s.equals("40P01"));
    }

    private static boolean isAcquisitionTimeout(SQLException e) {
        String m = e.getMessage();
        return m != null && m.toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }
}
