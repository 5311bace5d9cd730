package nrw.digitalisierungsdashboard.importe;

import io.agroal.api.AgroalDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import nrw.digitalisierungsdashboard.umsetzung.Kennzahlenpflege;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * The reader's own connection (autocommit, beside the writer's transaction): copies each checked part of the file into
 * a temporary table and classifies it against the stored rows – new, changed or unchanged, with the stored row's
 * place (tid) and level before – in one pass through the primary key. Changed and new rows go into the staging table
 * import_zeile, sorted by their place in the table, for the writer; unchanged rows are only counted. While the writer
 * holds its lock on umsetzungsstand, nobody else changes it, so what this connection reads is exactly the state the
 * writer's updates replace. Also stores the errors for the CSV download.
 *
 * <p>The connection holds an advisory lock on the job while it runs: a job whose lock is free is no longer worked on
 * by any instance (see {@link ImportJobs#verwaisteBeenden()}).
 */
final class ImportEinordnung implements AutoCloseable {

    /** Key space of the advisory locks on running jobs (first argument of pg_advisory_lock(int, int)). */
    static final int SPERRE = 1515;

    private static final String GEAENDERT = """
            (u.beispiel OR u.status IS DISTINCT FROM t.status OR u.reifegrad IS DISTINCT FROM t.reifegrad
             OR u.reifegradmodell IS DISTINCT FROM t.reifegradmodell OR u.url IS DISTINCT FROM t.url
             OR u.online_seit IS DISTINCT FROM t.online_seit
             OR (t.leika_schluessel IS NOT NULL AND u.leika_schluessel IS DISTINCT FROM t.leika_schluessel))""";

    /**
     * Each row looked up through the primary key (the lateral subquery keeps it a lookup per row, whatever the planner
     * estimates for the part), classified, and counted per status and kind.
     */
    private static final String EINORDNEN = """
            WITH k AS MATERIALIZED (
                SELECT t.*, u.tid, u.status AS status_vorher, coalesce(umsetzung_stufe(u.status, u.reifegrad), -1) AS stufe_vorher,
                       CASE WHEN u.tid IS NULL THEN 'N' WHEN %s THEN 'G' ELSE 'U' END AS art
                FROM import_teil t
                LEFT JOIN LATERAL (SELECT u.ctid AS tid, u.status, u.reifegrad, u.reifegradmodell, u.url, u.online_seit,
                                          u.leika_schluessel, u.beispiel
                                   FROM umsetzungsstand u WHERE u.kommune_ags = t.kommune_ags AND u.ozg_id = t.ozg_id
                                   OFFSET 0) u ON true)
            %s
            SELECT status, art, count(*) FROM k GROUP BY 1, 2""";

    /** New and changed rows to the staging table, in the order of their place in the table; their moves of the figures. */
    private static final String STAGEN = """
            , s AS (
                INSERT INTO import_zeile (job_id, teil, zeile, kommune_ags, ozg_id, leika_schluessel, status, reifegrad,
                    reifegradmodell, url, online_seit, art, tid, status_vorher, stufe_vorher)
                SELECT ?, ?, zeile, kommune_ags, ozg_id, leika_schluessel, status, reifegrad, reifegradmodell, url,
                       online_seit, art, tid, status_vorher, stufe_vorher
                FROM k WHERE art <> 'U' ORDER BY tid)
            , d AS (
                INSERT INTO import_delta (job_id, kommune_ags, kreis_schluessel, regierungsbezirk_id, ozg_id, %s)
                SELECT ?, x.* FROM (%s) x)""";

    private static final String STAGEN_SQL = STAGEN.formatted(
            Kennzahlenpflege.SUMMEN_SPALTEN,
            Kennzahlenpflege.summen("(SELECT kommune_ags, ozg_id, status_vorher, stufe_vorher, status, "
                    + "umsetzung_stufe(status, reifegrad) AS stufe FROM k WHERE art <> 'U')"));

    private final Connection c;
    private final CopyManager copy;
    private final long job;
    private int fehlerNr;

    ImportEinordnung(AgroalDataSource dataSource, long job) throws SQLException {
        this.job = job;
        this.c = dataSource.getConnection();
        try {
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("SELECT pg_advisory_lock(" + SPERRE + ", " + Math.toIntExact(job) + ")");
                st.execute("SET work_mem = '32MB'");
                st.execute("""
                        CREATE TEMP TABLE IF NOT EXISTS import_teil (zeile bigint, kommune_ags varchar(8), ozg_id integer,
                            leika_schluessel varchar(14), status text, reifegrad smallint, reifegradmodell text, url text,
                            online_seit date)""");
                st.execute("TRUNCATE import_teil");
            }
            copy = c.unwrap(PGConnection.class).getCopyAPI();
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /**
     * Classifies one part (rows as COPY csv lines) and, if {@code stagen}, stages its new and changed rows for the
     * writer; adds the counts per status to the report and returns how many rows are changed and new.
     */
    long[] teil(int nr, byte[] zeilen, int laenge, boolean stagen, ImportBilanz bilanz) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("TRUNCATE import_teil");
        }
        kopieren(
                "COPY import_teil (zeile, kommune_ags, ozg_id, leika_schluessel, status, reifegrad, reifegradmodell, "
                        + "url, online_seit) FROM STDIN (FORMAT csv)",
                zeilen,
                laenge);
        long[] gn = new long[2];
        try (PreparedStatement ps = c.prepareStatement(EINORDNEN.formatted(GEAENDERT, stagen ? STAGEN_SQL : ""))) {
            if (stagen) {
                ps.setLong(1, job);
                ps.setInt(2, nr);
                ps.setLong(3, job);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String art = rs.getString(2);
                    bilanz.eingeordnet(rs.getString(1), art, rs.getLong(3));
                    if (art.equals("G")) {
                        gn[0] += rs.getLong(3);
                    } else if (art.equals("N")) {
                        gn[1] += rs.getLong(3);
                    }
                }
            }
        }
        return gn;
    }

    /** Stores errors for the CSV download, up to {@link ImportBilanz#MAX_GESPEICHERT}; returns how many were stored. */
    int fehler(List<ImportModelle.Fehler> fehler) throws SQLException {
        int platz = Math.min(fehler.size(), ImportBilanz.MAX_GESPEICHERT - fehlerNr);
        if (platz <= 0) {
            return 0;
        }
        StringBuilder b = new StringBuilder();
        for (ImportModelle.Fehler f : fehler.subList(0, platz)) {
            b.append(job)
                    .append(',')
                    .append(++fehlerNr)
                    .append(',')
                    .append(f.zeile())
                    .append(',');
            csv(b, f.feld()).append(',');
            if (f.wert() != null) {
                csv(b, f.wert());
            }
            b.append(',');
            csv(b, f.grund()).append('\n');
        }
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        kopieren(
                "COPY import_fehler (job_id, nr, zeile, feld, wert, grund) FROM STDIN (FORMAT csv)",
                bytes,
                bytes.length);
        return platz;
    }

    private void kopieren(String sql, byte[] daten, int laenge) throws SQLException {
        CopyIn in = copy.copyIn(sql);
        try {
            in.writeToCopy(daten, 0, laenge);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private static StringBuilder csv(StringBuilder b, String v) {
        return b.append('"').append(v.replace("\"", "\"\"")).append('"');
    }

    @Override
    public void close() throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS import_teil");
            st.execute("RESET ALL");
            st.execute("SELECT pg_advisory_unlock(" + SPERRE + ", " + Math.toIntExact(job) + ")");
        } finally {
            c.close();
        }
    }
}
