package nrw.digitalisierungsdashboard.projekt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nrw.digitalisierungsdashboard.kommune.KommuneTyp;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which Kommune types are responsible for a set of Leistungen. Until the Zuständigkeit rule table of the
 * Umsetzungsstand exists, this follows the Typisierung: a Leistung with at least one LeiKa row of type 3, 2/3, 4
 * or 5 is executed by Kommunen; the catalogue does not say which level, so every Kommune type counts.
 */
@ApplicationScoped
public class Zustaendigkeiten {

    public record Ergebnis(Set<KommuneTyp> typen, String grundlage) {
    }

    static final List<String> KOMMUNALE_TYPISIERUNGEN = List.of("3", "2/3", "4", "5");

    private final EntityManager em;

    public Zustaendigkeiten(EntityManager em) {
        this.em = em;
    }

    public Ergebnis verantwortlicheTypen(Set<Integer> ozgIds) {
        if (ozgIds.isEmpty()) {
            return new Ergebnis(EnumSet.noneOf(KommuneTyp.class), "Keine Leistungen.");
        }
        Number kommunal = (Number) em.createNativeQuery(
                        "SELECT count(*) FROM leistung WHERE ozg_id IN (:ids) AND typisierungen && CAST(:typen AS text[])")
                .setParameter("ids", ozgIds)
                .setParameter("typen", "{" + String.join(",", KOMMUNALE_TYPISIERUNGEN.stream().map(t -> "\"" + t + "\"").toList()) + "}")
                .getSingleResult();
        Set<KommuneTyp> typen = kommunal.longValue() > 0 ? Repraesentativitaet.alleTypen() : EnumSet.noneOf(KommuneTyp.class);
        return new Ergebnis(typen, kommunal + " von " + ozgIds.size() + " Leistungen kommunal vollzogen (abgeleitet aus der "
                + "Typisierung 3, 2/3, 4 oder 5; alle Kommunentypen gelten als zuständig, weil der Katalog die Ebene nicht nennt).");
    }
}
