package nrw.digitalisierungsdashboard.referenzdaten;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The {@code datensatz.json} beside each dataset: provenance, licence, attribution, caveats, derived facts. */
@JsonIgnoreProperties(ignoreUnknown = true) // a file format read tolerantly, unlike request bodies
public record DatasetDescription(
        String id,
        String titel,
        String herausgeber,
        String stand,
        String lizenz,
        String lizenzUrl,
        String namensnennung,
        String herkunftUrl,
        List<String> dateien,
        String umfang,
        List<String> hinweise,
        List<String> abgeleitet) {}
