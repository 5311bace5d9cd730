package nrw.digitalisierungsdashboard.common;

/** Not signed in, or the credentials were wrong. */
public class UnauthorizedException extends ProblemException {

    public UnauthorizedException(String detail) {
        super(detail);
    }
}
