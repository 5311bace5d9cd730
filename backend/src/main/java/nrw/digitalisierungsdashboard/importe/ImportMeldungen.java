package nrw.digitalisierungsdashboard.importe;

/** The sentences a job reports, so the client (and the import page) can show them as they are. */
final class ImportMeldungen {

    private ImportMeldungen() {}

    static String ergebnis(ImportAuftrag a, ImportBilanz b, boolean geschrieben) {
        String wirkung = b.neu() + " neu, " + b.geaendert() + " geändert, " + b.unveraendert() + " unverändert";
        if (geschrieben) {
            return "Geschrieben: " + wirkung + "."
                    + (b.fehlerhaft > 0
                            ? " " + b.fehlerhaft
                                    + " fehlerhafte Datensätze wurden übersprungen (Liste: Fehler als CSV)."
                            : "");
        }
        if (!b.lesbar) {
            return "Die Datei ließ sich nicht bis zum Ende lesen (siehe Fehler); es wurde nichts geschrieben"
                    + (a.dryRun() ? " (Probelauf)." : ".");
        }
        if (a.dryRun()) {
            String fehler = b.fehlerhaft == 0
                    ? " Keine Fehler: ein Import würde genau das schreiben."
                    : " " + b.fehlerhaft + " von " + b.zeilen + " Datensätzen sind fehlerhaft: "
                            + (a.ueberspringen()
                                    ? "ein Import würde sie überspringen und die gültigen schreiben."
                                    : "ein Import würde deshalb nichts schreiben (mit fehlerhafte=ueberspringen schriebe er "
                                            + "die gültigen).");
            return "Probelauf abgeschlossen, nichts geschrieben. Die gültigen Datensätze würden: " + wirkung + "."
                    + fehler;
        }
        return b.fehlerhaft + " von " + b.zeilen + " Datensätzen sind fehlerhaft; es wurde nichts geschrieben. "
                + "Die gültigen Datensätze würden: " + wirkung
                + ". Mit fehlerhafte=ueberspringen werden die gültigen geschrieben und die fehlerhaften übergangen.";
    }

    /** How ONLINE rows without a Reifegrad are counted: said in every job that has some. */
    static String onlineOhneReifegrad(long anzahl, Integer reifegradStandard) {
        if (reifegradStandard != null) {
            return anzahl + " Datensätze mit Status ONLINE ohne Reifegrad erhalten den Reifegrad " + reifegradStandard
                    + " (Parameter reifegradStandard).";
        }
        return anzahl
                + " Datensätze mit Status ONLINE haben keinen Reifegrad: sie werden ohne Reifegrad gespeichert und "
                + "zählen wie Reifegrad 0, bei der Standardschwelle (Reifegrad ≥ 2) also nicht als online. Mit "
                + "reifegradStandard=2 (oder einem anderen Wert von 0 bis 4) erhalten sie diesen Reifegrad.";
    }
}
