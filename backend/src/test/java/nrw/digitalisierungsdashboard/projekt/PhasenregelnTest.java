package nrw.digitalisierungsdashboard.projekt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nrw.digitalisierungsdashboard.common.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The rules of the shared process, on projects built in memory. */
class PhasenregelnTest {

    private static final LocalDate HEUTE = LocalDate.now();
    private static final ProjektModelle.Repraesentativitaetsergebnis REPRAESENTATIV = ergebnis(true);
    private static final ProjektModelle.Repraesentativitaetsergebnis NICHT_REPRAESENTATIV = ergebnis(false);

    private static ProjektModelle.Repraesentativitaetsergebnis ergebnis(boolean erfuellt) {
        return new ProjektModelle.Repraesentativitaetsergebnis(
                "Regel",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                erfuellt ? List.of() : List.of("LANDGEMEINDE"),
                erfuellt,
                null,
                erfuellt,
                "Grundlage");
    }

    /** A project in the given phase that got there step by step, the last step a week ago. */
    private static ProjektEntity projekt(Phase phase) {
        ProjektEntity p = new ProjektEntity();
        p.phase = phase;
        PhasenwechselEntity w = new PhasenwechselEntity();
        w.nach = phase;
        w.datum = HEUTE.minusDays(7);
        p.phasenwechsel.add(w);
        return p;
    }

    private static String regel(Runnable r) {
        return assertThrows(RuleViolationException.class, r::run).rule();
    }

    @Test
    void shouldMoveForwardOneStepAtATime() {
        ProjektEntity p = projekt(Phase.SICHTUNG);
        assertFalse(Phasenregeln.pruefe(p, Phase.WORKSHOP, HEUTE, null, REPRAESENTATIV, null));
        assertEquals(
                Phasenregeln.REIHENFOLGE,
                regel(() -> Phasenregeln.pruefe(p, Phase.GREMIEN, HEUTE, null, REPRAESENTATIV, null)));
        assertEquals(
                Phasenregeln.REIHENFOLGE,
                regel(() -> Phasenregeln.pruefe(p, Phase.SICHTUNG, HEUTE, null, REPRAESENTATIV, null)));
        assertEquals(List.of(Phase.WORKSHOP, Phase.EINGESTELLT), Phasenregeln.naechstePhasen(p));
    }

    @Test
    void shouldGoBackOrStopOnlyWithAReason() {
        ProjektEntity p = projekt(Phase.UMSETZUNG);
        assertEquals(
                List.of(Phase.PILOTIERUNG, Phase.SICHTUNG, Phase.WORKSHOP, Phase.GREMIEN, Phase.EINGESTELLT),
                Phasenregeln.naechstePhasen(p));
        assertEquals(
                Phasenregeln.BEGRUENDUNG,
                regel(() -> Phasenregeln.pruefe(p, Phase.WORKSHOP, HEUTE, " ", REPRAESENTATIV, null)));
        assertTrue(Phasenregeln.pruefe(p, Phase.WORKSHOP, HEUTE, "Neue Variante", REPRAESENTATIV, null));
        assertEquals(
                Phasenregeln.EINSTELLEN,
                regel(() -> Phasenregeln.pruefe(p, Phase.EINGESTELLT, HEUTE, null, REPRAESENTATIV, null)));
        assertTrue(Phasenregeln.pruefe(p, Phase.EINGESTELLT, HEUTE, "Kein Bedarf", REPRAESENTATIV, null));
    }

    @Test
    void shouldResumeAStoppedProjectOnlyUpToWhereItStopped() {
        ProjektEntity p = projekt(Phase.EINGESTELLT);
        PhasenwechselEntity stopp = p.phasenwechsel.get(0);
        stopp.von = Phase.GREMIEN;
        assertEquals(List.of(Phase.SICHTUNG, Phase.WORKSHOP, Phase.GREMIEN), Phasenregeln.naechstePhasen(p));
        assertEquals(
                Phasenregeln.REIHENFOLGE,
                regel(() -> Phasenregeln.pruefe(p, Phase.UMSETZUNG, HEUTE, "weiter", REPRAESENTATIV, null)));
        assertTrue(Phasenregeln.pruefe(p, Phase.GREMIEN, HEUTE, "Wieder aufgenommen", REPRAESENTATIV, null));
    }

    @Test
    void shouldReachTheGremienOnlyAfterAWorkshopAndWithARepresentativeTeam() {
        ProjektEntity p = projekt(Phase.WORKSHOP);
        assertEquals(
                Phasenregeln.WORKSHOP,
                regel(() -> Phasenregeln.pruefe(p, Phase.GREMIEN, HEUTE, null, REPRAESENTATIV, null)));
        p.workshops.add(new WorkshopEntity());
        String fehlt = assertThrows(
                        RuleViolationException.class,
                        () -> Phasenregeln.pruefe(p, Phase.GREMIEN, HEUTE, null, NICHT_REPRAESENTATIV, null))
                .getMessage();
        assertTrue(fehlt.contains("Größenklassen [LANDGEMEINDE]"), fehlt);
        assertFalse(Phasenregeln.pruefe(p, Phase.GREMIEN, HEUTE, null, REPRAESENTATIV, null));
    }

    @Test
    void shouldStartTheUmsetzungOnlyWithAnApprovingDecision() {
        ProjektEntity p = projekt(Phase.GREMIEN);
        assertEquals(
                Phasenregeln.BESCHLUSS,
                regel(() -> Phasenregeln.pruefe(p, Phase.UMSETZUNG, HEUTE, null, REPRAESENTATIV, null)));
        assertFalse(Phasenregeln.pruefe(p, Phase.UMSETZUNG, HEUTE, null, REPRAESENTATIV, new EntscheidungEntity()));
    }

    @Test
    void shouldDateAMoveNeitherInTheFutureNorBeforeTheLastOne() {
        ProjektEntity p = projekt(Phase.SICHTUNG);
        assertEquals(
                Phasenregeln.DATUM,
                regel(() -> Phasenregeln.pruefe(p, Phase.WORKSHOP, HEUTE.plusDays(1), null, REPRAESENTATIV, null)));
        assertEquals(
                Phasenregeln.DATUM,
                regel(() -> Phasenregeln.pruefe(p, Phase.WORKSHOP, HEUTE.minusDays(8), null, REPRAESENTATIV, null)));
    }
}
