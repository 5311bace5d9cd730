package nrw.digitalisierungsdashboard.projekt;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shared process: survey existing solutions, decide the variant in workshops, let the Gremien decide,
 * then build, pilot, roll out and run. EINGESTELLT ends a project from any phase.
 */
@Schema(
        name = "Phase",
        description =
                "SICHTUNG → WORKSHOP → GREMIEN → UMSETZUNG → PILOTIERUNG → ROLLOUT → BETRIEB, außerdem EINGESTELLT.")
public enum Phase {
    SICHTUNG,
    WORKSHOP,
    GREMIEN,
    UMSETZUNG,
    PILOTIERUNG,
    ROLLOUT,
    BETRIEB,
    EINGESTELLT;

    public boolean isProcessPhase() {
        return this != EINGESTELLT;
    }

    public Phase next() {
        return this == BETRIEB || this == EINGESTELLT ? null : values()[ordinal() + 1];
    }
}
