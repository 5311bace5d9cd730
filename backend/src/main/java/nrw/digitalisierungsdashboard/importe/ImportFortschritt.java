package nrw.digitalisierungsdashboard.importe;

/**
 * The progress of one job as the client polling it sees it: reading, checking and writing fill the first
 * {@value #BIS} percent (by bytes read, or by bytes written when writing lags behind), the figures and the commit
 * the rest. Written to the job row at most every {@value #ABSTAND_MS} ms, from whichever thread reports.
 */
final class ImportFortschritt {

    static final int BIS = 90;
    private static final long ABSTAND_MS = 300;

    private final ImportJobs jobs;
    private final long id;
    private final long gesamt;
    private final boolean schreibend;
    private volatile long gelesen;
    private volatile long geschrieben;
    private volatile long zeilen;
    private long zuletzt;

    ImportFortschritt(ImportJobs jobs, long id, long gesamt, boolean schreibend) {
        this.jobs = jobs;
        this.id = id;
        this.gesamt = gesamt;
        this.schreibend = schreibend;
    }

    void gelesen(long bytes, long zeilen) {
        this.gelesen = bytes;
        this.zeilen = zeilen;
        melden(false);
    }

    void geschrieben(long bytes) {
        this.geschrieben = bytes;
        melden(false);
    }

    /** Reading is done: the rest of the way belongs to the writer. */
    void gelesenBisZumEnde(long zeilen) {
        this.gelesen = gesamt;
        this.zeilen = zeilen;
        melden(true);
    }

    int prozent() {
        long weit = schreibend ? Math.min(gelesen, geschrieben) : gelesen;
        return gesamt == 0 ? BIS : (int) Math.min(BIS, weit * BIS / gesamt);
    }

    private synchronized void melden(boolean immer) {
        long jetzt = System.currentTimeMillis();
        if (!immer && jetzt - zuletzt < ABSTAND_MS) {
            return;
        }
        zuletzt = jetzt;
        jobs.fortschritt(id, Math.min(gelesen, gesamt), zeilen, prozent());
    }
}
