package nrw.digitalisierungsdashboard.opendata;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Bulk files (prefix {@code dashboard.downloads}). */
@ConfigMapping(prefix = "dashboard.downloads")
public interface DownloadsConfig {

    /**
     * Where the bulk files are kept (DASHBOARD_DOWNLOADS_DIR). Embedded: DASHBOARD_DATA_DIR/downloads; otherwise
     * java.io.tmpdir/dashboard-downloads (in Kubernetes the pod's /tmp volume).
     */
    Optional<String> dir();

    /** After a change, the files are regenerated at most this often. */
    @WithDefault("10M")
    Duration debounce();

    /** How often the scheduler looks for changes ({@code off} in tests). */
    @WithDefault("1m")
    String check();

    /** Daily regeneration (Quartz cron, UTC), after the Tagesstand at 00:30. */
    @WithDefault("0 15 1 * * ?")
    String cron();

    /** Pause after the start before the first look. */
    @WithDefault("20s")
    String startDelay();
}
