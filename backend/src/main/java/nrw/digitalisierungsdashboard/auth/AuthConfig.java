package nrw.digitalisierungsdashboard.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Sign-in, session and throttling settings (prefix {@code dashboard.auth}). */
@ConfigMapping(prefix = "dashboard.auth")
public interface AuthConfig {

    /** Password for the first account {@code admin}; without it a random one is generated and logged once. */
    Optional<String> adminPassword();

    /** Absolute lifetime of a session. */
    @WithDefault("PT8H")
    Duration sessionLifetime();

    /** A session ends after this long without a request. */
    @WithDefault("PT30M")
    Duration sessionIdleTimeout();

    /** auto: Secure and __Host- cookies when the request came over HTTPS; true/false forces it. */
    @WithDefault("auto")
    String secureCookies();

    /** Longest validity an admin may give an API token. */
    @WithDefault("P366D")
    Duration tokenMaxLifetime();

    /** bcrypt cost factor (2^cost rounds). */
    @WithDefault("12")
    int bcryptCost();

    Throttle throttle();

    /** Sign-in throttling (see {@link LoginThrottle} for the keys and the policy). */
    interface Throttle {
        /** Counts of a key whose last failure is older than this start again from zero. */
        @WithDefault("PT1H")
        Duration window();

        /** Failures per account and address before each further one doubles the wait. */
        @WithDefault("5")
        int pairFree();

        /** Failures per account from addresses that never signed in to it (last 30 days) before waits begin. */
        @WithDefault("20")
        int accountFree();

        /** Failures per address (any account) before waits begin. */
        @WithDefault("30")
        int addressFree();

        /** The same for an address from which someone signed in successfully in the last 24 hours. */
        @WithDefault("300")
        int knownAddressFree();

        /** The first wait; each further failure doubles it. */
        @WithDefault("PT1S")
        Duration delayStep();

        /** Longest wait for one account at one address. */
        @WithDefault("PT15M")
        Duration maxDelay();

        /** Longest wait of the shared keys (account from unknown addresses, address), which others may also hit. */
        @WithDefault("PT5M")
        Duration sharedMaxDelay();
    }
}
