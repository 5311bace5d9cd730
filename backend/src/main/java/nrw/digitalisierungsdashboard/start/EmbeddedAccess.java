package nrw.digitalisierungsdashboard.start;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jboss.logging.Logger;

/**
 * Who may connect to the embedded PostgreSQL. zonky creates it trusting every local connection as superuser; on the
 * first start (also of a data directory from an earlier version) this gives the superuser {@code postgres} and a new
 * application role {@code dashboard} (no superuser, owner of the schema {@code public} and all it holds) generated
 * passwords, requires SCRAM-SHA-256 for every connection, and keeps the passwords beside the data directory, readable
 * by its owner only: {@code postgres.env} (the application role, also read by scripts/backup.sh and restore.sh) and
 * {@code postgres-superuser.env}.
 */
final class EmbeddedAccess {

    private static final Logger LOG = Logger.getLogger(EmbeddedAccess.class);

    static final String APP_ROLE = "dashboard";
    static final String SUPERUSER = "postgres";
    static final String DATABASE = "postgres";
    static final String APP_FILE = "postgres.env";
    static final String SUPERUSER_FILE = "postgres-superuser.env";
    private static final String HBA_MARKER = "# digitalisierungsdashboard: scram-sha-256";

    record Credentials(String appPassword, String superuserPassword) {}

    private EmbeddedAccess() {}

    /** The stored passwords, or null when this directory has none yet (new, or from a version with trust). */
    static Credentials read(Path home) throws IOException {
        Map<String, String> app = env(home.resolve(APP_FILE));
        Map<String, String> su = env(home.resolve(SUPERUSER_FILE));
        if (app.get("PGPASSWORD") == null || su.get("PGPASSWORD") == null) {
            return null;
        }
        return new Credentials(app.get("PGPASSWORD"), su.get("PGPASSWORD"));
    }

    /** Whether pg_hba.conf already demands passwords (then the server cannot be reached without the files). */
    static boolean secured(Path dataDirectory) throws IOException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        return Files.exists(hba) && Files.readString(hba).contains(HBA_MARKER);
    }

    /**
     * Run against a server that still trusts local connections: passwords, the application role and its ownership,
     * then the files, then pg_hba.conf (in this order, so an interruption never leaves a server nobody can enter).
     */
    static Credentials secure(Path home, Path dataDirectory, int port) throws IOException, SQLException {
        Credentials c = new Credentials(random(), random());
        Path appNew = write(home.resolve(APP_FILE + ".neu"), APP_ROLE, c.appPassword());
        Path suNew = write(home.resolve(SUPERUSER_FILE + ".neu"), SUPERUSER, c.superuserPassword());
        try (Connection con = connect(port, SUPERUSER, "");
                Statement st = con.createStatement()) {
            con.setAutoCommit(false);
            st.execute("SET password_encryption = 'scram-sha-256'");
            st.execute("ALTER ROLE " + SUPERUSER + " PASSWORD " + literal(c.superuserPassword()));
            st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + APP_ROLE + "') THEN "
                    + "CREATE ROLE " + APP_ROLE + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION; "
                    + "END IF; END $$");
            st.execute("ALTER ROLE " + APP_ROLE + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD "
                    + literal(c.appPassword()));
            st.execute("GRANT CONNECT, CREATE, TEMPORARY ON DATABASE " + DATABASE + " TO " + APP_ROLE);
            st.execute("ALTER SCHEMA public OWNER TO " + APP_ROLE);
            st.execute(TRANSFER_OWNERSHIP);
            con.commit();
        }
        Files.move(appNew, home.resolve(APP_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.move(
                suNew,
                home.resolve(SUPERUSER_FILE),
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        requirePasswords(dataDirectory, port, c);
        LOG.infof(
                "Eingebettetes PostgreSQL gesichert: Anmeldung nur mit Passwort (SCRAM-SHA-256), Anwendungsrolle %s ohne "
                        + "Superuser-Rechte; Zugangsdaten in %s (nur für den Eigentümer lesbar)",
                APP_ROLE, home.resolve(APP_FILE));
        return c;
    }

    /** pg_hba.conf: passwords for every connection, loopback only; the server rereads it at once. */
    static void requirePasswords(Path dataDirectory, int port, Credentials c) throws IOException, SQLException {
        String hba = HBA_MARKER + " (issue 13; written by the backend, replaced on its next start if changed)\n"
                + "local   all   all                  scram-sha-256\n"
                + "host    all   all   127.0.0.1/32   scram-sha-256\n"
                + "host    all   all   ::1/128        scram-sha-256\n";
        Path tmp = dataDirectory.resolve("pg_hba.conf.neu");
        Files.writeString(tmp, hba, StandardCharsets.UTF_8);
        Files.move(
                tmp,
                dataDirectory.resolve("pg_hba.conf"),
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        try (Connection con = connect(port, SUPERUSER, c.superuserPassword());
                Statement st = con.createStatement()) {
            st.execute("SELECT pg_reload_conf()");
        }
    }

    /** Every relation, function and type in schema public that the superuser owns (not those of an extension). */
    private static final String TRANSFER_OWNERSHIP = """
            DO $$ DECLARE r record; BEGIN
              FOR r IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
                       JOIN pg_namespace n ON n.oid = c.relnamespace
                       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
                         AND pg_get_userbyid(c.relowner) = 'postgres'
                         AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                         AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
              LOOP
                EXECUTE format('ALTER %s %s OWNER TO dashboard', CASE r.relkind WHEN 'v' THEN 'VIEW'
                  WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE'
                  ELSE 'TABLE' END, r.name);
              END LOOP;
              FOR r IN SELECT p.oid::regprocedure AS name, p.prokind FROM pg_proc p
                       JOIN pg_namespace n ON n.oid = p.pronamespace
                       WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) = 'postgres'
                         AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                                         AND d.objid = p.oid AND d.deptype = 'e')
              LOOP
                EXECUTE format('ALTER %s %s OWNER TO dashboard', CASE r.prokind WHEN 'p' THEN 'PROCEDURE'
                  WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END, r.name);
              END LOOP;
              FOR r IN SELECT t.oid::regtype AS name, t.typtype FROM pg_type t
                       JOIN pg_namespace n ON n.oid = t.typnamespace
                       WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd', 'r') AND pg_get_userbyid(t.typowner) = 'postgres'
                         AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass
                                         AND d.objid = t.oid AND d.deptype = 'e')
              LOOP
                EXECUTE format('ALTER %s %s OWNER TO dashboard', CASE r.typtype WHEN 'd' THEN 'DOMAIN'
                  ELSE 'TYPE' END, r.name);
              END LOOP;
            END $$""";

    static Connection connect(int port, String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        p.setProperty("connectTimeout", "10");
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + DATABASE, p);
    }

    private static Path write(Path file, String user, String password) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(
                file,
                "# Zugang zum eingebetteten PostgreSQL; vom Backend erzeugt, nur für den Eigentümer lesbar\n"
                        + "PGUSER=" + user + "\nPGPASSWORD=" + password + "\nPGDATABASE=" + DATABASE + "\n",
                StandardCharsets.UTF_8);
        return file;
    }

    private static Map<String, String> env(Path file) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return values;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0) {
                values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return values;
    }

    /** 32 random bytes, URL-safe Base64: no quote, space or sign that a shell or an env file would mangle. */
    private static String random() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
