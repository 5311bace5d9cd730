package nrw.digitalisierungsdashboard.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be: at least 12 characters (counted as characters, not bytes or UTF-16 units), at most
 * 72 bytes (bcrypt reads no more), not one of the common passwords shipped with the app (also not decorated with
 * digits and signs before or after, nor in leetspeak: "P@ssw0rt2026!"), not a repetition ("abcabcabcabc") or a
 * plain run ("123456789012", "abcdefghijkl"), and not the account name (also decorated or repeated). Pure rules.
 */
public final class Passwortregeln {

    public static final int MIN_LENGTH = 12;

    /** bcrypt only reads 72 bytes; longer passwords are refused rather than silently truncated. */
    public static final int MAX_BYTES = 72;

    private static final Set<String> HAEUFIG = load("auth/haeufige-passwoerter.txt");

    private Passwortregeln() {}

    /** @return why the password is not acceptable for this account, or null */
    public static String schwaeche(String password, String benutzername) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "Das Passwort muss mindestens " + MIN_LENGTH + " Zeichen lang sein.";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "Das Passwort darf höchstens " + MAX_BYTES + " Bytes lang sein (Umlaute zählen doppelt).";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (password.isBlank() || password.codePoints().distinct().count() < 5 || wiederholung(lower) || folge(lower)) {
            return "Das Passwort ist zu einfach: es wiederholt nur Zeichen oder eine Folge.";
        }
        if (haeufig(lower)) {
            return "Das Passwort gehört zu den häufigsten Passwörtern (auch mit Ziffern oder Zeichen davor oder "
                    + "dahinter); bitte ein anderes wählen, z. B. mehrere zufällige Wörter.";
        }
        if (benutzername != null && istName(lower, benutzername.toLowerCase(Locale.ROOT))) {
            return "Das Passwort darf nicht der Benutzername sein (auch nicht mit Ziffern oder Zeichen ergänzt).";
        }
        return null;
    }

    /** The whole password, or its letters once digits and signs before and after are taken off, is common. */
    static boolean haeufig(String lower) {
        String kern = kern(lower);
        for (String candidate : new String[] {lower, kern, leet(lower), kern(leet(lower)), leet(kern)}) {
            if (HAEUFIG.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** Without the non-letters at both ends: "!!passwort2026" → "passwort". */
    static String kern(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && !Character.isLetter(s.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetter(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static String leet(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(
                    switch (c) {
                        case '@', '4' -> 'a';
                        case '3' -> 'e';
                        case '1', '!' -> 'i';
                        case '0' -> 'o';
                        case '$', '5' -> 's';
                        case '7' -> 't';
                        default -> c;
                    });
        }
        return b.toString();
    }

    /** One unit repeated: "abcabcabc", "xyxyxyxyxy". */
    static boolean wiederholung(String s) {
        int n = s.length();
        for (int unit = 1; unit <= n / 2; unit++) {
            if (n % unit == 0 && s.substring(unit).equals(s.substring(0, n - unit))) {
                return true;
            }
        }
        return false;
    }

    /** Each character one above or one below the previous: "123456789012" (with wrap at 9→0), "abcdefghijkl". */
    static boolean folge(String s) {
        int up = 0;
        int down = 0;
        for (int i = 1; i < s.length(); i++) {
            int d = s.charAt(i) - s.charAt(i - 1);
            boolean wrapUp = s.charAt(i - 1) == '9' && s.charAt(i) == '0';
            boolean wrapDown = s.charAt(i - 1) == '0' && s.charAt(i) == '9';
            if (d == 1 || wrapUp) {
                up++;
            }
            if (d == -1 || wrapDown) {
                down++;
            }
        }
        return up == s.length() - 1 || down == s.length() - 1;
    }

    /** The name itself, decorated ("koeln2026!"), reversed, or one of its parts ("redaktion.koeln" → "koeln"). */
    private static boolean istName(String lower, String name) {
        String bare = lower.replaceAll("[^\\p{L}]", "");
        String nameBare = name.replaceAll("[^\\p{L}]", "");
        if (name.isBlank() || nameBare.isEmpty()) {
            return lower.equals(name);
        }
        if (lower.equals(name) || bare.equals(nameBare) || kern(lower).equals(kern(name))) {
            return true;
        }
        List<String> units = new ArrayList<>(List.of(nameBare));
        for (String part : name.split("[._-]")) {
            if (part.length() >= 4) {
                units.add(part);
            }
        }
        for (String unit : units) {
            if (bare.equals(unit)
                    || bare.equals(new StringBuilder(unit).reverse().toString())
                    || wiederholtes(bare, unit)) {
                return true;
            }
        }
        return false;
    }

    private static boolean wiederholtes(String s, String unit) {
        return s.length() > unit.length()
                && s.length() % unit.length() == 0
                && s.equals(unit.repeat(s.length() / unit.length()));
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = Passwortregeln.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Fehlt im Paket: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.trim();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
