package nrw.digitalisierungsdashboard.projekt;

import static nrw.digitalisierungsdashboard.kommune.KommuneTyp.GROSSE_KREISANGEHOERIGE_STADT;
import static nrw.digitalisierungsdashboard.kommune.KommuneTyp.KREIS;
import static nrw.digitalisierungsdashboard.kommune.KommuneTyp.KREISANGEHOERIGE_GEMEINDE;
import static nrw.digitalisierungsdashboard.kommune.KommuneTyp.KREISFREIE_STADT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nrw.digitalisierungsdashboard.kommune.KommuneTyp;
import org.junit.jupiter.api.Test;

/** The village and the big city that both provide a Leistung both sit in the team, or the gap is justified. */
class RepraesentativitaetTest {

    private static final List<String> ORDNUNG =
            List.of("LANDGEMEINDE", "KLEINSTADT", "KLEINE_MITTELSTADT", "GROSSE_MITTELSTADT", "GROSSSTADT");

    private static ProjektModelle.Repraesentativitaetsergebnis bewerte(
            Set<KommuneTyp> imTeam, Set<String> klassenImTeam, String begruendung) {
        return Repraesentativitaet.bewerte(
                Set.of(KREISFREIE_STADT, KREISANGEHOERIGE_GEMEINDE),
                List.of("LANDGEMEINDE", "GROSSSTADT"),
                imTeam,
                klassenImTeam,
                ORDNUNG,
                begruendung,
                "Grundlage");
    }

    @Test
    void shouldBeRepresentativeWhenEveryResponsibleTypeAndSizeIsInTheTeam() {
        var r = bewerte(
                Set.of(KREISFREIE_STADT, KREISANGEHOERIGE_GEMEINDE, GROSSE_KREISANGEHOERIGE_STADT),
                Set.of("GROSSSTADT", "LANDGEMEINDE", "KLEINSTADT"),
                null);
        assertTrue(r.repraesentativ());
        assertTrue(r.erfuellt());
        assertEquals(List.of(KREISFREIE_STADT, KREISANGEHOERIGE_GEMEINDE), r.abgedeckteTypen());
        assertEquals(List.of("LANDGEMEINDE", "GROSSSTADT"), r.abgedeckteGroessenklassen());
        assertEquals(List.of(), r.fehlendeTypen());
    }

    @Test
    void shouldNameWhatIsMissingAndAcceptAReasonInstead() {
        var r = bewerte(Set.of(KREISFREIE_STADT), Set.of("GROSSSTADT"), "  ");
        assertFalse(r.repraesentativ());
        assertFalse(r.erfuellt());
        assertNull(r.begruendung());
        assertEquals(List.of(KREISANGEHOERIGE_GEMEINDE), r.fehlendeTypen());
        assertEquals(List.of("LANDGEMEINDE"), r.fehlendeGroessenklassen());
        var begruendet =
                bewerte(Set.of(KREISFREIE_STADT), Set.of("GROSSSTADT"), "Keine Landgemeinde hat sich gemeldet.");
        assertFalse(begruendet.repraesentativ());
        assertTrue(begruendet.erfuellt());
    }

    @Test
    void shouldNeedNobodyWhenNoKommuneIsResponsible() {
        var r = Repraesentativitaet.bewerte(
                Set.of(), List.of(), Set.of(KREIS), Set.of(), ORDNUNG, null, "Keine Leistungen.");
        assertTrue(r.repraesentativ());
        assertEquals(List.of(), r.abgedeckteTypen());
    }
}
