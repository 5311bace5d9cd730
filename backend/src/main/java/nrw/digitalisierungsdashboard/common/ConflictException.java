package nrw.digitalisierungsdashboard.common;

/** The request clashes with the current state, e.g. a name that is already taken. */
public class ConflictException extends ProblemException {

    public ConflictException(String detail) {
        super(detail);
    }
}
