package nrw.digitalisierungsdashboard.start;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The PostgreSQL server process of a data directory, as its {@code postmaster.pid} names it: alive or not, and how
 * to stop it cleanly from outside (signals from this process: zonky runs the server in its own user namespace, from
 * where {@code pg_ctl} may not reach it).
 */
final class Postmaster {

    private static final Logger LOG = Logger.getLogger(Postmaster.class);

    private Postmaster() {}

    /** The live server process of {@code dataDirectory}, if one runs. */
    static Optional<ProcessHandle> running(Path dataDirectory) {
        List<String> lines;
        try {
            lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.size() < 2) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(p -> !exited(p))
                .filter(Postmaster::isPostgres)
                .filter(p -> sameDirectory(lines.get(1).trim(), dataDirectory));
    }

    /**
     * A server left running on this data directory by a backend that was killed (-9): no process holds the
     * directory's lock any more, so nobody else uses it, and it is stopped with a fast shutdown (a clean checkpoint,
     * as on a normal stop). A directory locked by another live backend is refused instead.
     */
    static void stopOrphan(Path dataDirectory) {
        Optional<ProcessHandle> orphan = running(dataDirectory);
        if (orphan.isEmpty()) {
            return;
        }
        if (lockedByAnotherProcess(dataDirectory)) {
            throw new IllegalStateException("Das Datenverzeichnis " + dataDirectory
                    + " wird von einem anderen laufenden Backend genutzt; zwei Backends auf einem eingebetteten "
                    + "PostgreSQL sind nicht möglich.");
        }
        LOG.warnf(
                "Verwaistes PostgreSQL (PID %d) auf %s gefunden – das Backend davor wurde hart beendet. Es wird sauber "
                        + "beendet und neu gestartet.",
                orphan.get().pid(), dataDirectory);
        stop(orphan.get(), Duration.ofSeconds(60));
    }

    /** Fast shutdown (SIGINT: active transactions roll back, checkpoint, exit); immediate only if that hangs. */
    static boolean stop(ProcessHandle process, Duration patience) {
        signal(process.pid(), "INT");
        if (waitForExit(process, patience)) {
            return true;
        }
        LOG.warnf("PostgreSQL (PID %d) endet nicht; sofortiges Beenden (Wiederherstellung beim Start)", process.pid());
        signal(process.pid(), "QUIT");
        return waitForExit(process, Duration.ofSeconds(10));
    }

    static boolean waitForExit(ProcessHandle process, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!exited(process) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return exited(process);
            }
        }
        return exited(process);
    }

    /**
     * Gone, or a zombie: the server's parent is the init process once pg_ctl has returned, and an init that reaps
     * late (as in some containers, ~2 s) leaves the exited server as a zombie, which Java counts as alive.
     */
    static boolean exited(ProcessHandle process) {
        return !process.isAlive() || zombie(process.pid());
    }

    private static boolean zombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            int end = stat.lastIndexOf(')');
            return end > 0 && end + 2 < stat.length() && stat.charAt(end + 2) == 'Z';
        } catch (IOException | RuntimeException e) {
            return false; // no /proc: only isAlive counts
        }
    }

    /**
     * Removes a {@code postmaster.pid} whose server has exited but is not yet reaped: PostgreSQL would refuse to
     * start while that PID exists ("lock file already exists"). Only when no live process works in the directory
     * any more (every server process has the data directory as its working directory), so a backend process of the
     * dead server that still writes keeps the lock in place.
     */
    static void clearStaleLock(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return; // none, or being written
        }
        if (!zombie(pid) || anyProcessWorksIn(dataDirectory)) {
            return;
        }
        try {
            Files.deleteIfExists(pidFile);
            LOG.infof("Sperrdatei des beendeten PostgreSQL (PID %d, noch nicht abgeräumt) entfernt", pid);
        } catch (IOException e) {
            LOG.debugf("Sperrdatei nicht entfernt: %s", e.getMessage());
        }
    }

    private static boolean anyProcessWorksIn(Path dataDirectory) {
        Path dir;
        try {
            dir = dataDirectory.toRealPath();
        } catch (IOException e) {
            return true;
        }
        try (var procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .anyMatch(p -> {
                        try {
                            return Files.readSymbolicLink(p.resolve("cwd")).equals(dir);
                        } catch (IOException | RuntimeException e) {
                            return false; // exited meanwhile, or a zombie (no cwd)
                        }
                    });
        } catch (IOException e) {
            return true; // cannot tell: leave the lock to PostgreSQL
        }
    }

    private static void signal(long pid, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            kill.waitFor();
        } catch (IOException e) {
            LOG.warnf("Signal %s an PID %d nicht gesendet: %s", signal, pid, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isPostgres(ProcessHandle p) {
        Optional<String> command = p.info().command();
        if (command.isPresent()) {
            return command.get().endsWith("/postgres") || command.get().endsWith("/postmaster");
        }
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline")))
                    .contains("postgres");
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean sameDirectory(String recorded, Path dataDirectory) {
        try {
            return Path.of(recorded).toRealPath().equals(dataDirectory.toRealPath());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** zonky holds {@code epg-lock} in the directory for as long as its backend lives. */
    private static boolean lockedByAnotherProcess(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
