package nrw.digitalisierungsdashboard.aenderungen;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Aktion")
public enum Aktion {
    ERSTELLT,
    GEAENDERT,
    GELOESCHT
}
