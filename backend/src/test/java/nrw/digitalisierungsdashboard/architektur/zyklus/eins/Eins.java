package nrw.digitalisierungsdashboard.architektur.zyklus.eins;

import nrw.digitalisierungsdashboard.architektur.zyklus.zwei.Zwei;

/** Half of a deliberate package cycle: the architecture test must find it (see ArchitekturTest). */
public final class Eins {

    private Eins() {}

    public static int zwei() {
        return Zwei.eins() + 1;
    }
}
