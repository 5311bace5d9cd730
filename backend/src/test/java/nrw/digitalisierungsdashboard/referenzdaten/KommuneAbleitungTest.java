package nrw.digitalisierungsdashboard.referenzdaten;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nrw.digitalisierungsdashboard.support.SourceFiles;
import org.junit.jupiter.api.Test;

/** What the loaders derive from the sources: a Gemeinde's status by § 4 GO NRW and its Größenklasse, keys and lists. */
class KommuneAbleitungTest {

    /** The Größenklassen as the editors' dataset ships them. */
    private static final List<GemeindeverzeichnisLoader.Klassengrenze> KLASSEN =
            SourceFiles.csv("redaktion", "groessenklassen.csv").stream()
                    .map(r -> new GemeindeverzeichnisLoader.Klassengrenze(
                            r.get("code"),
                            Integer.parseInt(r.get("einwohner_von")),
                            r.get("einwohner_bis").isBlank() ? null : Integer.parseInt(r.get("einwohner_bis"))))
                    .toList();

    @Test
    void shouldDeriveTheStatusFromTheThresholdsOfTheGemeindeordnung() {
        assertEquals("GROSSE_KREISANGEHOERIGE_STADT", GemeindeverzeichnisLoader.statusNachGoNrw(60_001));
        assertEquals("MITTLERE_KREISANGEHOERIGE_STADT", GemeindeverzeichnisLoader.statusNachGoNrw(60_000));
        assertEquals("MITTLERE_KREISANGEHOERIGE_STADT", GemeindeverzeichnisLoader.statusNachGoNrw(25_001));
        assertEquals("KREISANGEHOERIGE_GEMEINDE", GemeindeverzeichnisLoader.statusNachGoNrw(25_000));
        assertEquals("KREISANGEHOERIGE_GEMEINDE", GemeindeverzeichnisLoader.statusNachGoNrw(1_000));
    }

    @Test
    void shouldPutEveryGemeindeIntoExactlyOneGroessenklasse() {
        assertEquals("LANDGEMEINDE", GemeindeverzeichnisLoader.groessenklasse(KLASSEN, 4_999));
        assertEquals("KLEINSTADT", GemeindeverzeichnisLoader.groessenklasse(KLASSEN, 5_000));
        assertEquals("KLEINE_MITTELSTADT", GemeindeverzeichnisLoader.groessenklasse(KLASSEN, 20_000));
        assertEquals("GROSSE_MITTELSTADT", GemeindeverzeichnisLoader.groessenklasse(KLASSEN, 99_999));
        assertEquals("GROSSSTADT", GemeindeverzeichnisLoader.groessenklasse(KLASSEN, 1_084_831));
    }

    @Test
    void shouldSplitTheCataloguesTypisierungenAndSlugTheProvidersNames() {
        assertArrayEquals(new String[] {"1", "2/3"}, OzgKatalogLoader.typisierungen("2/3, 1,2/3,"));
        assertEquals(
                "kommunales-rechenzentrum-minden-ravensberg-lippe",
                ItDienstleisterLoader.slug("Kommunales Rechenzentrum Minden-Ravensberg/Lippe"));
        assertEquals("suedwestfalen-it-hemer", ItDienstleisterLoader.slug("Südwestfalen-IT Hemer"));
    }
}
