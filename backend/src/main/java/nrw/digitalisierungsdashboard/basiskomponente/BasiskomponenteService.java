package nrw.digitalisierungsdashboard.basiskomponente;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.common.NativeSql;
import nrw.digitalisierungsdashboard.common.NotFoundException;
import nrw.digitalisierungsdashboard.common.Rows;

@ApplicationScoped
public class BasiskomponenteService {

    private final EntityManager em;

    public BasiskomponenteService(EntityManager em) {
        this.em = em;
    }

    public List<Basiskomponente> list() {
        Map<String, Basiskomponente.Anschluesse> anschluesse = anschluesse();
        return BasiskomponenteEntity.<BasiskomponenteEntity>listAll(Sort.by("reihenfolge")).stream()
                .map(e -> Basiskomponente.of(e, anschluesse.getOrDefault(e.id, keine())))
                .toList();
    }

    public Basiskomponente get(String id) {
        BasiskomponenteEntity e = id == null ? null : BasiskomponenteEntity.findById(id);
        if (e == null) {
            throw new NotFoundException("Eine Basiskomponente mit der ID „" + id + "“ gibt es nicht.");
        }
        return Basiskomponente.of(e, anschluesse().getOrDefault(e.id, keine()));
    }

    /** Counted from the reported connections (about 3 000 rows for NRW): cheap enough to read on every request. */
    private Map<String, Basiskomponente.Anschluesse> anschluesse() {
        long kommunen = kommunen();
        Map<String, Basiskomponente.Anschluesse> out = new HashMap<>();
        NativeSql.list(em, """
                SELECT basiskomponente_id AS id,
                       count(*) FILTER (WHERE status = 'ANGESCHLOSSEN') AS angeschlossen,
                       count(*) FILTER (WHERE status = 'GEPLANT') AS geplant
                FROM basiskomponente_anschluss GROUP BY basiskomponente_id""")
                .forEach(t -> out.put(
                        Rows.str(t, "id"),
                        new Basiskomponente.Anschluesse(
                                Rows.number(t, "angeschlossen"), Rows.number(t, "geplant"), kommunen)));
        return out;
    }

    private Basiskomponente.Anschluesse keine() {
        return new Basiskomponente.Anschluesse(0, 0, kommunen());
    }

    private long kommunen() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM kommune").getSingleResult()).longValue();
    }
}
