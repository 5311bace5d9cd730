package nrw.digitalisierungsdashboard.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/** bcrypt ($2y$) with a per-password salt; verification runs in constant time for unknown accounts too. */
@ApplicationScoped
public class PasswordHasher {

    private final SecureRandom random = new SecureRandom();
    private final int cost;
    private final String dummyHash;

    public PasswordHasher(AuthConfig config) {
        this.cost = config.bcryptCost();
        this.dummyHash = hash("kein-konto-" + Secrets.random(12));
    }

    public String hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return OpenBSDBCrypt.generate("2y", password.toCharArray(), salt, cost);
    }

    /** Compares against a dummy hash when there is no stored one, so unknown names take as long as wrong passwords. */
    public boolean verify(String password, String storedHash) {
        if (password == null || password.getBytes(StandardCharsets.UTF_8).length > Passwortregeln.MAX_BYTES) {
            OpenBSDBCrypt.checkPassword(dummyHash, "x".toCharArray());
            return false;
        }
        String hash = storedHash == null ? dummyHash : storedHash;
        boolean ok = OpenBSDBCrypt.checkPassword(hash, password.toCharArray());
        return storedHash != null && ok;
    }
}
