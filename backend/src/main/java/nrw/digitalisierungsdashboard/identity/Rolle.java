package nrw.digitalisierungsdashboard.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The four roles; anonymous users read everything public and write nothing. */
@Schema(
        name = "Rolle",
        description =
                "ADMIN: alles, verwaltet Konten und Tokens. KOORDINATION: alles in den zugewiesenen "
                        + "Themenfeldern und Stammdaten. REDAKTION: für genau eine Organisation. INTEGRATION: Maschinenzugang für Massenimporte.")
public enum Rolle {
    ADMIN,
    KOORDINATION,
    REDAKTION,
    INTEGRATION;

    /** For {@code @RolesAllowed}, which needs compile-time constants. */
    public static final class Namen {
        public static final String ADMIN = "ADMIN";
        public static final String KOORDINATION = "KOORDINATION";
        public static final String REDAKTION = "REDAKTION";
        public static final String INTEGRATION = "INTEGRATION";

        private Namen() {}
    }
}
