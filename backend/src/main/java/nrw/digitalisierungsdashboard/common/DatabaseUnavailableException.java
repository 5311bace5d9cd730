package nrw.digitalisierungsdashboard.common;

/**
 * The database cannot serve this request now: unreachable, restarting, or every pooled connection busy past the
 * acquisition timeout. Answered 503 with Retry-After by {@link DatabaseUnavailableMapper}; nothing was written.
 */
public class DatabaseUnavailableException extends ProblemException {

    private final long retryAfterSeconds;

    public DatabaseUnavailableException(String detail, long retryAfterSeconds) {
        super(detail);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
