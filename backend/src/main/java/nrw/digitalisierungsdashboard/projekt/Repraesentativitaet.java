package nrw.digitalisierungsdashboard.projekt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nrw.digitalisierungsdashboard.kommune.KommuneTyp;

/**
 * Is a project's team representative of the Kommunen that must offer its Leistungen? The village and the big
 * city that both provide a Leistung must both sit in the team.
 */
@ApplicationScoped
public class Repraesentativitaet {

    public static final String REGEL = "Verantwortlich sind die Kommunentypen, denen nach den Zuständigkeitsregeln "
            + "mindestens eine Leistung des Projekts zufällt, und die Größenklassen der Kommunen dieser Typen. "
            + "Repräsentativ ist ein Team, wenn seine Kommunen (federführend, mitwirkend oder Pilot) jeden verantwortlichen "
            + "Typ und jede verantwortliche Größenklasse abdecken. Ist es das nicht, braucht der Wechsel in die Phase "
            + "GREMIEN eine dokumentierte Begründung.";

    private final EntityManager em;
    private final Zustaendigkeiten zustaendigkeiten;

    public Repraesentativitaet(EntityManager em, Zustaendigkeiten zustaendigkeiten) {
        this.em = em;
        this.zustaendigkeiten = zustaendigkeiten;
    }

    public ProjektModelle.Repraesentativitaetsergebnis berechne(ProjektEntity p) {
        Zustaendigkeiten.Verantwortliche verantwortlich = zustaendigkeiten.verantwortlicheTypen(p.leistungen);
        Set<KommuneTyp> typen = verantwortlich.typen();
        List<String> klassen = typen.isEmpty() ? List.of() : groessenklassen(typen);

        Set<String> teamKommunen = new LinkedHashSet<>();
        for (TeilnahmeEntity t : p.teilnahmen) {
            if (t.rolle.imTeam() && t.organisation.kommuneAgs != null) {
                teamKommunen.add(t.organisation.kommuneAgs);
            }
        }
        Set<KommuneTyp> abgedeckteTypen = EnumSet.noneOf(KommuneTyp.class);
        Set<String> abgedeckteKlassen = new TreeSet<>();
        if (!teamKommunen.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT typ, groessenklasse FROM kommune WHERE ags IN (:ags)")
                    .setParameter("ags", teamKommunen)
                    .getResultList();
            for (Object[] r : rows) {
                abgedeckteTypen.add(KommuneTyp.valueOf((String) r[0]));
                if (r[1] != null) {
                    abgedeckteKlassen.add((String) r[1]);
                }
            }
        }
        return bewerte(
                typen,
                klassen,
                abgedeckteTypen,
                abgedeckteKlassen,
                groessenklassenOrdnung(),
                p.begruendungRepraesentativitaet,
                verantwortlich.grundlage());
    }

    /**
     * The rule itself, without the database.
     *
     * @param typen      the Kommune types responsible for at least one of the project's Leistungen
     * @param klassen    the Größenklassen of the Kommunen of those types, in their order
     * @param abgedeckteTypen   the types of the Kommunen in the team (lead, contributing, pilot)
     * @param abgedeckteKlassen their Größenklassen
     * @param ordnung    all Größenklassen in order (small to large)
     */
    static ProjektModelle.Repraesentativitaetsergebnis bewerte(
            Set<KommuneTyp> typen,
            List<String> klassen,
            Set<KommuneTyp> abgedeckteTypen,
            Set<String> abgedeckteKlassen,
            List<String> ordnung,
            String begruendungRoh,
            String grundlage) {
        List<KommuneTyp> fehlendeTypen = typen.stream()
                .filter(t -> !abgedeckteTypen.contains(t))
                .sorted()
                .toList();
        List<String> fehlendeKlassen =
                klassen.stream().filter(k -> !abgedeckteKlassen.contains(k)).toList();
        boolean repraesentativ = fehlendeTypen.isEmpty() && fehlendeKlassen.isEmpty();
        String begruendung = begruendungRoh == null || begruendungRoh.isBlank() ? null : begruendungRoh;
        return new ProjektModelle.Repraesentativitaetsergebnis(
                REGEL,
                typen.stream().sorted().toList(),
                abgedeckteTypen.stream().filter(typen::contains).sorted().toList(),
                fehlendeTypen,
                klassen,
                ordnung.stream()
                        .filter(k -> abgedeckteKlassen.contains(k) && klassen.contains(k))
                        .toList(),
                fehlendeKlassen,
                repraesentativ,
                begruendung,
                repraesentativ || begruendung != null,
                grundlage);
    }

    private List<String> groessenklassen(Set<KommuneTyp> typen) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("""
                        SELECT gk.code FROM groessenklasse gk
                        WHERE EXISTS (SELECT 1 FROM kommune k WHERE k.groessenklasse = gk.code AND k.typ IN (:typen))
                        ORDER BY gk.reihenfolge""")
                .setParameter("typen", typen.stream().map(Enum::name).toList())
                .getResultList();
        return new ArrayList<>(rows);
    }

    private List<String> groessenklassenOrdnung() {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("SELECT code FROM groessenklasse ORDER BY reihenfolge")
                .getResultList();
        return rows;
    }

    static Set<KommuneTyp> alleTypen() {
        return EnumSet.copyOf(Arrays.asList(KommuneTyp.values()));
    }
}
