package nrw.digitalisierungsdashboard.projekt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nrw.digitalisierungsdashboard.common.RuleViolationException;

/**
 * The rules of the shared process. Forward one phase at a time; back (and into EINGESTELLT) only with a reason;
 * GREMIEN only after a workshop and with a representative or justified team; UMSETZUNG only after an
 * approving Gremien decision. Every refusal names the rule it applied.
 */
final class Phasenregeln {

    static final String REIHENFOLGE = "Eine Phase nach der anderen";
    static final String BEGRUENDUNG = "Zurück nur mit Begründung";
    static final String EINSTELLEN = "Einstellen nur mit Begründung";
    static final String WORKSHOP = "Gremien erst nach einem Workshop";
    static final String REPRAESENTATIV = "Repräsentatives Team oder Begründung";
    static final String BESCHLUSS = "Umsetzung nur nach zustimmendem Gremienbeschluss";
    static final String DATUM = "Datum des Phasenwechsels";

    private Phasenregeln() {}

    /** The phases a project may move to next (rules that depend on content are checked on the move itself). */
    static List<Phase> naechstePhasen(ProjektEntity p) {
        List<Phase> result = new ArrayList<>();
        if (p.phase == Phase.EINGESTELLT) {
            Phase bis = zuletztAktiv(p);
            for (Phase ph : Phase.values()) {
                if (ph.isProcessPhase() && ph.ordinal() <= bis.ordinal()) {
                    result.add(ph);
                }
            }
            return result;
        }
        if (p.phase.next() != null) {
            result.add(p.phase.next());
        }
        for (Phase ph : Phase.values()) {
            if (ph.isProcessPhase() && ph.ordinal() < p.phase.ordinal()) {
                result.add(ph);
            }
        }
        result.add(Phase.EINGESTELLT);
        return result;
    }

    /** @return true when the move goes back (or stops the project) and so needs a reason */
    static boolean pruefe(
            ProjektEntity p,
            Phase nach,
            LocalDate datum,
            String begruendung,
            ProjektModelle.Repraesentativitaetsergebnis repraesentativitaet,
            EntscheidungEntity beschluss) {
        if (nach == p.phase) {
            throw new RuleViolationException(REIHENFOLGE, "Das Projekt ist schon in der Phase " + nach + ".");
        }
        LocalDate letzte = p.phasenwechsel.stream()
                .map(w -> w.datum)
                .max(Comparator.naturalOrder())
                .orElse(null);
        if (datum.isAfter(LocalDate.now())) {
            throw new RuleViolationException(DATUM, "Ein Phasenwechsel kann nicht in der Zukunft liegen.");
        }
        if (letzte != null && datum.isBefore(letzte)) {
            throw new RuleViolationException(
                    DATUM, "Der Wechsel kann nicht vor dem letzten Phasenwechsel (" + letzte + ") liegen.");
        }
        boolean begruendet = begruendung != null && !begruendung.isBlank();
        if (nach == Phase.EINGESTELLT) {
            if (!begruendet) {
                throw new RuleViolationException(EINSTELLEN, "Wer ein Projekt einstellt, nennt den Grund.");
            }
            return true;
        }
        if (!naechstePhasen(p).contains(nach)) {
            throw new RuleViolationException(
                    REIHENFOLGE,
                    "Von " + p.phase + " geht es vorwärts nur nach "
                            + (p.phase.next() == null ? "nirgendwo" : p.phase.next()) + "; " + nach
                            + " ist kein erlaubter Schritt.");
        }
        boolean zurueck = p.phase == Phase.EINGESTELLT || nach.ordinal() < p.phase.ordinal();
        if (zurueck) {
            if (!begruendet) {
                throw new RuleViolationException(BEGRUENDUNG, "Wer eine Phase zurückgeht, nennt den Grund.");
            }
            return true;
        }
        if (nach == Phase.GREMIEN) {
            if (p.workshops.isEmpty()) {
                throw new RuleViolationException(
                        WORKSHOP,
                        "Vor den Gremien entscheidet ein Workshop über die Umsetzungsvariante; "
                                + "es ist noch keiner erfasst.");
            }
            if (!repraesentativitaet.erfuellt()) {
                throw new RuleViolationException(
                        REPRAESENTATIV,
                        "Das Team ist nicht repräsentativ: es fehlen "
                                + fehlend(repraesentativitaet)
                                + ". Ergänzen Sie das Team oder hinterlegen Sie eine Begründung "
                                + "(begruendungRepraesentativitaet).");
            }
        }
        if (nach == Phase.UMSETZUNG && beschluss == null) {
            throw new RuleViolationException(
                    BESCHLUSS,
                    "Für die Umsetzung braucht das Projekt eine zustimmende Entscheidung "
                            + "eines Gremiums, die spätestens am Tag des Wechsels gefallen ist.");
        }
        return false;
    }

    private static String fehlend(ProjektModelle.Repraesentativitaetsergebnis r) {
        List<String> teile = new ArrayList<>();
        if (!r.fehlendeTypen().isEmpty()) {
            teile.add("Kommunentypen " + r.fehlendeTypen());
        }
        if (!r.fehlendeGroessenklassen().isEmpty()) {
            teile.add("Größenklassen " + r.fehlendeGroessenklassen());
        }
        return String.join(" und ", teile);
    }

    private static Phase zuletztAktiv(ProjektEntity p) {
        for (int i = p.phasenwechsel.size() - 1; i >= 0; i--) {
            PhasenwechselEntity w = p.phasenwechsel.get(i);
            if (w.nach == Phase.EINGESTELLT && w.von != null) {
                return w.von;
            }
        }
        return Phase.SICHTUNG;
    }
}
