package nrw.digitalisierungsdashboard.kommune;

/**
 * A Kommune's status (its type) changed. Fired synchronously inside the change's transaction: whatever depends on the
 * type (the Soll by Zuständigkeit and the figures computed from it) follows in the same transaction, without the
 * Kommunen knowing who that is.
 */
public record KommuneGeaendert(String ags) {}
