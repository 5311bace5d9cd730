package nrw.digitalisierungsdashboard.common;

import java.util.List;

/** Base of the application's own failures; each kind has its own mapper. */
public abstract class ProblemException extends RuntimeException {

    protected ProblemException(String detail) {
        super(detail, null, false, false);
    }

    public String detail() {
        return getMessage();
    }

    public List<Problem.InvalidParam> errors() {
        return null;
    }
}
