package nrw.digitalisierungsdashboard.umsetzung;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import nrw.digitalisierungsdashboard.kommune.KommuneTyp;
import org.junit.jupiter.api.Test;

/** The derived Soll by Typisierung, for every Kommune type. */
class StandardregelTest {

    private static List<KommuneTyp> zustaendig(String... typisierungen) {
        return Arrays.stream(KommuneTyp.values())
                .filter(t -> Standardregel.zustaendig(List.of(typisierungen), t))
                .toList();
    }

    private static final List<KommuneTyp> ALLE = List.of(KommuneTyp.values());
    private static final List<KommuneTyp> OHNE_KREIS =
            ALLE.stream().filter(t -> t != KommuneTyp.KREIS).toList();

    @Test
    void shouldGiveFederalAndStateLeistungenToNoKommune() {
        assertEquals(List.of(), zustaendig("1"));
        assertEquals(List.of(), zustaendig("1", "2"));
        assertEquals(List.of(), zustaendig());
    }

    @Test
    void shouldGiveMunicipalEnforcementToEveryType() {
        assertEquals(ALLE, zustaendig("3"));
        assertEquals(ALLE, zustaendig("2/3"));
        assertEquals(ALLE, zustaendig("1", "4"));
    }

    @Test
    void shouldGiveSelfGovernmentOnlyToTheGemeindenNotTheKreis() {
        assertEquals(OHNE_KREIS, zustaendig("5"));
        assertEquals(ALLE, zustaendig("3", "5"));
    }
}
