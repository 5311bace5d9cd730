package nrw.digitalisierungsdashboard.common;

/** A resource addressed by a valid identifier does not exist. */
public class NotFoundException extends ProblemException {

    public NotFoundException(String detail) {
        super(detail);
    }
}
