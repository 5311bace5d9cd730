package nrw.digitalisierungsdashboard.common;

import java.util.List;

/** One or more request parameters are malformed or out of range. */
public class InvalidParameterException extends ProblemException {

    private final List<Problem.InvalidParam> errors;

    public InvalidParameterException(List<Problem.InvalidParam> errors) {
        super(errors.size() == 1 ? errors.get(0).reason() : "Mehrere Parameter sind ungültig.");
        this.errors = List.copyOf(errors);
    }

    public static InvalidParameterException query(String name, String reason) {
        return new InvalidParameterException(List.of(new Problem.InvalidParam(name, "query", reason)));
    }

    public static InvalidParameterException path(String name, String reason) {
        return new InvalidParameterException(List.of(new Problem.InvalidParam(name, "path", reason)));
    }

    @Override
    public List<Problem.InvalidParam> errors() {
        return errors;
    }
}
