package nrw.digitalisierungsdashboard.opendata;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The catalogue (prefix {@code dashboard.dcat}). */
@ConfigMapping(prefix = "dashboard.dcat")
public interface DcatConfig {

    /**
     * dcatde:contributorID of every dataset: the portal that delivers the metadata to GovData (DASHBOARD_DCAT_CONTRIBUTOR_ID,
     * an IRI from the dcat-ap.de contributor list; default Open.NRW, the state's portal).
     */
    @WithDefault("http://dcat-ap.de/def/contributors/openNRW")
    String contributorId();
}
