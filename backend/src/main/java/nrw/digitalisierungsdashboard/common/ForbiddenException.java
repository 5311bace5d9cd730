package nrw.digitalisierungsdashboard.common;

/** Signed in, but not allowed to do this to this object. */
public class ForbiddenException extends ProblemException {

    public ForbiddenException(String detail) {
        super(detail);
    }
}
