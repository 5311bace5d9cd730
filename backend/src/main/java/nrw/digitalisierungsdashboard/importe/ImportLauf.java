package nrw.digitalisierungsdashboard.importe;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The hand-over between the two threads of one import: the reader checks and stages the file part by part, the writer
 * applies each staged part in its one transaction while the reader already works on the next. Either side can stop the
 * other: the reader when a record is bad and nothing may be written, the writer when it fails.
 */
final class ImportLauf {

    /** A staged part: its number, how many of its rows change or are new, and how far into the file it reaches. */
    record Teil(int nr, long geaendert, long neu, long bytesBis) {}

    /** The end of the file, with everything the job row records. */
    record Ende(ImportBilanz bilanz) {}

    private static final Object ABBRUCH = new Object();

    private final BlockingQueue<Object> teile = new ArrayBlockingQueue<>(4);
    private final CountDownLatch gesperrt = new CountDownLatch(1);
    private volatile boolean abgebrochen;
    private volatile Throwable schreibfehler;

    // --- reader side ---------------------------------------------------------------------------------------------

    /** Waits until the writer holds the table lock: only then do the staged old values stay true until it commits. */
    void warteAufSperre() throws InterruptedException {
        while (!gesperrt.await(200, TimeUnit.MILLISECONDS)) {
            pruefeSchreiber();
        }
    }

    void teil(Teil t) throws InterruptedException {
        uebergeben(t);
    }

    void ende(ImportBilanz b) throws InterruptedException {
        uebergeben(new Ende(b));
    }

    /** Nothing will be written (a bad record, or the reader failed): the writer rolls back. Idempotent. */
    void abbrechen() {
        if (!abgebrochen) {
            abgebrochen = true;
            teile.offer(ABBRUCH);
        }
    }

    boolean abgebrochen() {
        return abgebrochen;
    }

    private void uebergeben(Object o) throws InterruptedException {
        while (!teile.offer(o, 200, TimeUnit.MILLISECONDS)) {
            pruefeSchreiber();
        }
    }

    private void pruefeSchreiber() {
        if (schreibfehler != null) {
            throw new SchreiberGescheitert(schreibfehler);
        }
    }

    // --- writer side ---------------------------------------------------------------------------------------------

    void gesperrt() {
        gesperrt.countDown();
    }

    /** The next part or the end; throws {@link Abbruch} when the reader stopped the import. */
    Object naechstes() throws InterruptedException {
        if (abgebrochen) {
            throw new Abbruch();
        }
        Object o = teile.take();
        if (o == ABBRUCH || abgebrochen) {
            throw new Abbruch();
        }
        return o;
    }

    void schreiberGescheitert(Throwable t) {
        schreibfehler = t;
        gesperrt.countDown();
    }

    /** Thrown in the writer when the reader stopped the import: the transaction rolls back. */
    static final class Abbruch extends RuntimeException {
        Abbruch() {
            super("Import abgebrochen; nichts geschrieben", null, false, false);
        }
    }

    /** Thrown in the reader when the writer failed. */
    static final class SchreiberGescheitert extends RuntimeException {
        SchreiberGescheitert(Throwable cause) {
            super("Schreiben fehlgeschlagen", cause);
        }
    }
}
