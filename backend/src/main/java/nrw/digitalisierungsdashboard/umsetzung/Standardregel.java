package nrw.digitalisierungsdashboard.umsetzung;

import java.util.Collection;
import java.util.Set;
import nrw.digitalisierungsdashboard.kommune.KommuneTyp;

/**
 * The derived Soll: which Kommune types are responsible for a Leistung by its Typisierungen, until KOORDINATION or
 * ADMIN confirm or correct the rule. The text is what the API shows; the function is the rule itself.
 */
public final class Standardregel {

    public static final String TEXT = "Abgeleitet aus der Typisierung (bis KOORDINATION oder ADMIN die Regel "
            + "bestätigt oder korrigiert): Kommunal ist eine Leistung mit mindestens einer LeiKa-Zeile der Typisierung 3, 2/3, "
            + "4 oder 5; Typisierung 1 und 2 (Bund oder Land vollzieht) fallen keiner Kommune zu. Kreisfreie Städte sind für "
            + "jede kommunale Leistung zuständig. Leistungen nur der Typisierung 5 (kommunale Selbstverwaltung) fallen den "
            + "Gemeinden zu, nicht dem Kreis. Die übrigen kommunalen Leistungen (Vollzug von Bundes- oder Landesrecht) "
            + "fallen im kreisangehörigen Raum dem Kreis und den Gemeinden zu, weil der Katalog die Ebene nicht nennt.";

    /** Typisierungen whose Leistungen a Kommune carries out. */
    private static final Set<String> KOMMUNAL = Set.of("3", "2/3", "4", "5");
    /** The same without 5 (kommunale Selbstverwaltung), which is the Gemeinden's own business. */
    private static final Set<String> VOLLZUG = Set.of("3", "2/3", "4");

    private Standardregel() {}

    public static boolean zustaendig(Collection<String> typisierungen, KommuneTyp typ) {
        if (typisierungen.stream().noneMatch(KOMMUNAL::contains)) {
            return false;
        }
        return typ != KommuneTyp.KREIS || typisierungen.stream().anyMatch(VOLLZUG::contains);
    }
}
