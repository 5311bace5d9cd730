package nrw.digitalisierungsdashboard.start;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exited server that the init process has not reaped yet (a zombie) counts as gone, and its lock file is
 * cleared for the restart – unless a live process still works in the data directory.
 */
class PostmasterTest {

    @TempDir
    Path data;

    @Test
    void shouldTreatAnUnreapedServerAsExitedAndClearItsLock() throws Exception {
        // sh starts a short child and then becomes a sleep that never reaps it: the child stays a zombie
        Process parent = new ProcessBuilder("sh", "-c", "sleep 0.1 & echo $!; exec sleep 20").start();
        try {
            long zombie = Long.parseLong(firstLine(parent));
            ProcessHandle handle = ProcessHandle.of(zombie).orElseThrow();
            long until = System.nanoTime() + 5_000_000_000L;
            while (!Postmaster.exited(handle) && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertTrue(handle.isAlive(), "Java zählt einen Zombie als lebend");
            assertTrue(Postmaster.exited(handle));

            Files.writeString(data.resolve("postmaster.pid"), zombie + "\n" + data + "\n");
            Process worker =
                    new ProcessBuilder("sleep", "20").directory(data.toFile()).start();
            try {
                Postmaster.clearStaleLock(data);
                assertTrue(Files.exists(data.resolve("postmaster.pid")), "ein Prozess arbeitet noch im Verzeichnis");
            } finally {
                worker.destroyForcibly().waitFor();
            }
            Postmaster.clearStaleLock(data);
            assertFalse(Files.exists(data.resolve("postmaster.pid")));
        } finally {
            parent.destroyForcibly().waitFor();
        }
    }

    @Test
    void shouldKeepTheLockOfALiveServer() throws Exception {
        Process live = new ProcessBuilder("sleep", "20").start();
        try {
            Files.writeString(data.resolve("postmaster.pid"), live.pid() + "\n" + data + "\n");
            Postmaster.clearStaleLock(data);
            assertTrue(Files.exists(data.resolve("postmaster.pid")));
            assertFalse(Postmaster.exited(live.toHandle()));
        } finally {
            live.destroyForcibly().waitFor();
        }
    }

    private static String firstLine(Process p) throws Exception {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            return r.readLine().trim();
        }
    }
}
