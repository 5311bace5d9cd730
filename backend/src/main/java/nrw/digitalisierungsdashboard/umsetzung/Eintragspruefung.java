package nrw.digitalisierungsdashboard.umsetzung;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nrw.digitalisierungsdashboard.common.Problem;
import nrw.digitalisierungsdashboard.common.RuleViolationException;

/**
 * The rules a reported Umsetzungsstand must keep beyond its types: no KEINE_ANGABE, Reifegrad within its model, an
 * "online seit" only when online and not in the future, and LeiKa-Schlüssel, Lösung and Projekt that exist. All
 * broken rules are reported at once (422).
 */
@ApplicationScoped
class Eintragspruefung {

    private final EntityManager em;

    Eintragspruefung(EntityManager em) {
        this.em = em;
    }

    void pruefe(UmsetzungModelle.UmsetzungsstandEingabe e, int ozgId) {
        List<Problem.InvalidParam> errors = new ArrayList<>();
        if (e.status() == Umsetzungsstatus.KEINE_ANGABE) {
            errors.add(new Problem.InvalidParam(
                    "status",
                    "body",
                    "KEINE_ANGABE wird nicht gespeichert; erlaubt: NICHT_BEGONNEN, "
                            + "IN_PLANUNG, IN_UMSETZUNG, ONLINE."));
        }
        boolean modell20 = "2.0".equals(e.reifegradmodell());
        if (e.reifegrad() != null && !modell20 && e.reifegrad() > 4) {
            errors.add(new Problem.InvalidParam(
                    "reifegrad", "body", "Im Reifegradmodell 1.1 reicht der Reifegrad von 0 bis 4."));
        }
        if (e.onlineSeit() != null && e.status() != Umsetzungsstatus.ONLINE) {
            errors.add(new Problem.InvalidParam(
                    "onlineSeit", "body", "Ein Datum „online seit“ gibt es nur beim Status ONLINE."));
        }
        if (e.onlineSeit() != null && e.onlineSeit().isAfter(LocalDate.now().plusDays(1))) {
            errors.add(new Problem.InvalidParam("onlineSeit", "body", "Liegt in der Zukunft."));
        }
        if (e.leikaSchluessel() != null
                && ((Number) em.createNativeQuery(
                                                "SELECT count(*) FROM leika_leistung WHERE schluessel = :s AND ozg_id = :o")
                                        .setParameter("s", e.leikaSchluessel())
                                        .setParameter("o", ozgId)
                                        .getSingleResult())
                                .longValue()
                        == 0) {
            errors.add(new Problem.InvalidParam(
                    "leikaSchluessel",
                    "body",
                    "Dieser LeiKa-Schlüssel gehört nicht zu der OZG-Leistung " + ozgId + "."));
        }
        if (e.loesungId() != null
                && em.createNativeQuery("SELECT 1 FROM loesung WHERE id = :id")
                        .setParameter("id", e.loesungId())
                        .getResultList()
                        .isEmpty()) {
            errors.add(new Problem.InvalidParam("loesungId", "body", "Eine Lösung mit dieser ID gibt es nicht."));
        }
        if (e.projektId() != null
                && em.createNativeQuery("SELECT 1 FROM projekt WHERE id = :id")
                        .setParameter("id", e.projektId())
                        .getResultList()
                        .isEmpty()) {
            errors.add(new Problem.InvalidParam("projektId", "body", "Ein Projekt mit dieser ID gibt es nicht."));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(
                    "Umsetzungsstand",
                    errors.size() == 1 ? errors.get(0).reason() : "Mehrere Angaben passen nicht zusammen.",
                    errors);
        }
    }
}
