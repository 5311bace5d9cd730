package nrw.digitalisierungsdashboard.architektur.zyklus.zwei;

import nrw.digitalisierungsdashboard.architektur.zyklus.eins.Eins;

/** The other half of the deliberate package cycle. */
public final class Zwei {

    private Zwei() {}

    public static int eins() {
        return 1;
    }

    public static int beide() {
        return Eins.zwei();
    }
}
