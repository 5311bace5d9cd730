package nrw.digitalisierungsdashboard.common;

import java.util.List;

/** Well-formed, but against a rule of the domain; the detail names the rule. */
public class RuleViolationException extends ProblemException {

    private final String rule;
    private final List<Problem.InvalidParam> errors;

    public RuleViolationException(String rule, String detail) {
        this(rule, detail, null);
    }

    public RuleViolationException(String rule, String detail, List<Problem.InvalidParam> errors) {
        super(detail);
        this.rule = rule;
        this.errors = errors;
    }

    public String rule() {
        return rule;
    }

    @Override
    public List<Problem.InvalidParam> errors() {
        return errors;
    }
}
