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

    interface Throttle {
        /** Window over which failed sign-ins are counted. */
        @WithDefault("PT15M")
        Duration window();

        /** Failures per account after which each further attempt is slowed down. */
        @WithDefault("3")
        int accountSlowdownAfter();

        /** Failures per account after which attempts are refused with 429 until the window has passed. */
        @WithDefault("10")
        int accountBlockAfter();

        @WithDefault("10")
        int addressSlowdownAfter();

        @WithDefault("30")
        int addressBlockAfter();

        /** Delay added per failure above the slowdown threshold. */
        @WithDefault("PT1S")
        Duration delayStep();

        @WithDefault("PT5S")
        Duration maxDelay();
    }
}
