package nrw.digitalisierungsdashboard.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Tuple;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.query.NativeQuery;
import org.jboss.logging.Logger;

/**
 * Where the heavy public reads run: on the read replica (datasource {@value #NAME}, configured by
 * QUARKUS_DATASOURCE_READONLY_JDBC_URL) when there is one and it has replayed everything the primary had written
 * when the read began, otherwise on the primary as before.
 *
 * <p>Never stale: the primary's WAL insert position is read first, and the replica is used only if its replay
 * position has reached it, checked on the very connection that then runs the queries (behind a load-balanced
 * service two connections may reach two standbys). So every write committed before the read – by any instance, and
 * before the data generation the read cache stores the answer under – is visible. The insert position, not the
 * write or flush position: with {@code synchronous_commit=off} a commit returns before its record is written.
 *
 * <p>Inside a transaction everything stays on the primary: a write's transaction reads what it wrote itself.
 *
 * <p>A replica that cannot be reached or fails is left alone for {@link #RETRY_MILLIS} and the reads go to the
 * primary; the change is logged once each way, never answered with an error.
 */
@ApplicationScoped
public class ReadSource {

    public static final String NAME = "readonly";

    static final long RETRY_MILLIS = 5_000;

    private static final Logger LOG = Logger.getLogger(ReadSource.class);

    /** The queries a read may run; the same interface on the replica and on the primary. */
    public interface Reads {
        /** A native query with named parameters, as {@link NativeSql#list}: Hibernate's tuple types on both. */
        List<Tuple> list(String sql, Object... namedParams);

        /** Plain JDBC with positional parameters, as {@link Jdbc#list}. */
        <T> List<T> rows(String sql, List<?> params, Jdbc.Row<T> row);
    }

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final SessionFactory sessionFactory;
    private final InjectableInstance<AgroalDataSource> replica;
    private final AtomicBoolean failing = new AtomicBoolean();
    private volatile long retryAt;
    private volatile Boolean active;
    private final LongAdder onReplica = new LongAdder();
    private final LongAdder lagging = new LongAdder();
    private final LongAdder failed = new LongAdder();

    public ReadSource(
            EntityManager em,
            TransactionSynchronizationRegistry transactions,
            SessionFactory sessionFactory,
            @DataSource(NAME) InjectableInstance<AgroalDataSource> replica) {
        this.em = em;
        this.transactions = transactions;
        this.sessionFactory = sessionFactory;
        this.replica = replica;
    }

    /** True when a replica is configured (the datasource is active). */
    public boolean configured() {
        Boolean a = active;
        if (a == null) {
            // an inactive datasource (no URL) is still a bean; only using it would throw
            a = replica.getHandle().getBean().isActive();
            active = a;
        }
        return a;
    }

    /**
     * Runs {@code work} on the replica if it is configured, reachable and caught up, otherwise on the primary.
     * {@code work} must only read: after a replica failure it runs again on the primary.
     */
    public <T> T read(Function<Reads, T> work) {
        if (!configured()
                || System.currentTimeMillis() < retryAt
                || transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return work.apply(primary);
        }
        String position = primaryPosition();
        try (Connection c = replica.get().getConnection()) {
            if (caughtUp(c, position)) {
                T result;
                try (StatelessSession session = sessionFactory.openStatelessSession(c)) {
                    result = work.apply(new OnReplica(session, c));
                }
                onReplica.increment();
                if (failing.compareAndSet(true, false)) {
                    LOG.info("Lesereplikat wieder erreichbar; öffentliche Statistiken werden dort gelesen");
                }
                return result;
            }
            lagging.increment();
        } catch (SQLException | PersistenceException | ReplicaFailure e) {
            failed.increment();
            retryAt = System.currentTimeMillis() + RETRY_MILLIS;
            if (failing.compareAndSet(false, true)) {
                LOG.warnf(
                        "Lesereplikat nicht nutzbar (%s); gelesen wird vom Primärserver, neuer Versuch in %d s",
                        e.getMessage(), RETRY_MILLIS / 1000);
            }
        }
        return work.apply(primary);
    }

    /** Reads answered by the replica. */
    public long replicaReads() {
        return onReplica.sum();
    }

    /** Reads sent to the primary because the replica had not replayed the latest writes yet. */
    public long laggingReads() {
        return lagging.sum();
    }

    /** Reads sent to the primary because the replica failed or could not be reached. */
    public long failedReads() {
        return failed.sum();
    }

    private String primaryPosition() {
        return em.createNativeQuery("SELECT CAST(pg_current_wal_insert_lsn() AS text)")
                .getSingleResult()
                .toString();
    }

    /** Null (not in recovery: a promoted or a wrong server) counts as not caught up. */
    private static boolean caughtUp(Connection c, String position) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_last_wal_replay_lsn() >= CAST(? AS pg_lsn)")) {
            ps.setString(1, position);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private final Reads primary = new Reads() {
        @Override
        public List<Tuple> list(String sql, Object... namedParams) {
            return NativeSql.list(em, sql, namedParams);
        }

        @Override
        public <T> List<T> rows(String sql, List<?> params, Jdbc.Row<T> row) {
            return Jdbc.list(em, sql, params, row);
        }
    };

    private record OnReplica(StatelessSession session, Connection connection) implements Reads {
        @Override
        public List<Tuple> list(String sql, Object... namedParams) {
            NativeQuery<Tuple> q = session.createNativeQuery(sql, Tuple.class);
            for (int i = 0; i < namedParams.length; i += 2) {
                q.setParameter((String) namedParams[i], namedParams[i + 1]);
            }
            return q.getResultList();
        }

        @Override
        public <T> List<T> rows(String sql, List<?> params, Jdbc.Row<T> row) {
            try {
                return Jdbc.list(connection, sql, params, row);
            } catch (SQLException e) {
                throw new ReplicaFailure(e);
            }
        }
    }

    /** A JDBC failure on the replica, told apart from the read's own exceptions (not found, bad parameter). */
    private static final class ReplicaFailure extends RuntimeException {
        ReplicaFailure(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
