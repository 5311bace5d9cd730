package nrw.digitalisierungsdashboard.referenzdaten;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nrw.digitalisierungsdashboard.common.NativeSql;
import nrw.digitalisierungsdashboard.common.Rows;

@ApplicationScoped
public class DatenquelleService {

    private final EntityManager em;
    private final ReferenceDataLoader loader;

    public DatenquelleService(EntityManager em, ReferenceDataLoader loader) {
        this.em = em;
        this.loader = loader;
    }

    public List<Datenquelle> list() {
        Map<String, Tuple> loaded = NativeSql.list(em, "SELECT id, version, geladen_am FROM datensatz").stream()
                .collect(Collectors.toMap(t -> (String) t.get("id"), t -> t));
        return Stream.concat(ReferenceDataLoader.DATASETS.stream(), ReferenceDataLoader.DESCRIBED_ONLY.stream())
                .map(loader::describe)
                .map(d -> {
                    Tuple t = loaded.get(d.id());
                    return new Datenquelle(
                            d.id(),
                            d.titel(),
                            d.herausgeber(),
                            d.stand(),
                            d.lizenz(),
                            d.lizenzUrl(),
                            d.namensnennung(),
                            d.herkunftUrl(),
                            d.umfang(),
                            d.hinweise(),
                            d.abgeleitet(),
                            t == null ? null : (String) t.get("version"),
                            t == null ? null : Rows.timestamp(t.get("geladen_am")));
                })
                .toList();
    }
}
