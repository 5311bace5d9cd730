package nrw.digitalisierungsdashboard.auth;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class PasswortregelnTest {

    private static void refused(String password, String name, String why) {
        String reason = Passwortregeln.schwaeche(password, name);
        assertNotNull(reason, password + " sollte abgewiesen werden");
        assertTrue(reason.contains(why), password + ": " + reason);
    }

    private static void accepted(String password, String name) {
        assertNull(Passwortregeln.schwaeche(password, name), password);
    }

    @Test
    void shouldRefuseCommonPasswordsAlsoDecoratedOrInLeetspeak() {
        refused("passwort1234", "redaktion.koeln", "häufigsten");
        refused("Passwort2026!", "redaktion.koeln", "häufigsten");
        refused("!!Sommer2026!!", "redaktion.koeln", "häufigsten");
        refused("P@ssw0rd123456", "redaktion.koeln", "häufigsten");
        refused("1qaz2wsx3edc", "x", "häufigsten");
        refused("Willkommen2026", "x", "häufigsten");
    }

    @Test
    void shouldRefuseRepetitionsRunsAndTheAccountName() {
        refused("abcabcabcabc", "x", "einfach");
        refused("aaaaaaaaaaaaaaaa", "x", "einfach");
        refused("123456789012", "x", "einfach");
        refused("abcdefghijklm", "x", "einfach");
        refused("redaktion.koeln", "redaktion.koeln", "Benutzername");
        refused("Redaktion.Koeln2026!", "redaktion.koeln", "Benutzername");
        refused("koeln-koeln-koeln", "redaktion.koeln", "Benutzername");
        refused("nleok.noitkader", "redaktion.koeln", "Benutzername");
    }

    @Test
    void shouldMeasureLengthInCharactersAndLimitBytes() {
        // 12 characters, 4 of them outside the basic plane (two UTF-16 units each): long enough
        accepted("Kürbis🎃🦉🐝🌻-7x", "x");
        // 11 characters although 14 UTF-16 units
        refused("Kürbis🎃🦉🐝-7", "x", "mindestens 12 Zeichen");
        refused("ä".repeat(40) + "bcdefgh", "x", "72 Bytes");
    }

    @Test
    void shouldAcceptGoodPasswordsThatMerelyContainAWordOrTheName() {
        accepted("Ein-gutes-Passwort-42", "redaktion.koeln");
        accepted("Test-Admin-Passwort-2026", "admin");
        accepted("korrekt Pferd Batterie Heftklammer", "x");
        accepted("Dom am Rhein 2026 koeln!", "redaktion.koeln");
    }
}
