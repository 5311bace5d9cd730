package nrw.digitalisierungsdashboard.projekt;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import nrw.digitalisierungsdashboard.kommune.KommuneTyp;
import nrw.digitalisierungsdashboard.umsetzung.ZustaendigkeitService;

/** Which Kommune types are responsible for a set of Leistungen, read from the Zuständigkeit rule table. */
@ApplicationScoped
public class Zustaendigkeiten {

    public record Verantwortliche(Set<KommuneTyp> typen, String grundlage) {}

    private final ZustaendigkeitService regeln;

    public Zustaendigkeiten(ZustaendigkeitService regeln) {
        this.regeln = regeln;
    }

    public Verantwortliche verantwortlicheTypen(Set<Integer> ozgIds) {
        if (ozgIds.isEmpty()) {
            return new Verantwortliche(Set.of(), "Keine Leistungen.");
        }
        ZustaendigkeitService.Verantwortlich v = regeln.verantwortlicheTypen(ozgIds);
        return new Verantwortliche(
                v.typen(),
                v.leistungenKommunal() + " von " + ozgIds.size() + " Leistungen fallen nach den "
                        + "Zuständigkeitsregeln Kommunen zu; " + v.abgeleiteteRegeln()
                        + " der zutreffenden Regeln sind aus der "
                        + "Typisierung abgeleitet und noch nicht bestätigt.");
    }
}
