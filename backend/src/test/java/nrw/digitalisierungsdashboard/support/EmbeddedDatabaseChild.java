package nrw.digitalisierungsdashboard.support;

import java.nio.file.Path;
import nrw.digitalisierungsdashboard.start.EmbeddedDatabase;

/** A backend stand-in for the orphan test: starts the durable server on a directory, says so, and waits to be killed. */
public final class EmbeddedDatabaseChild {

    private EmbeddedDatabaseChild() {}

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.startDurable(Path.of(args[0]));
        System.out.println("BEREIT " + db.postmaster().map(ProcessHandle::pid).orElse(-1L));
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
