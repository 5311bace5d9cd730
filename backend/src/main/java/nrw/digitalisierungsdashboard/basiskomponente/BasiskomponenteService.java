package nrw.digitalisierungsdashboard.basiskomponente;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nrw.digitalisierungsdashboard.common.NotFoundException;

@ApplicationScoped
public class BasiskomponenteService {

    public List<Basiskomponente> list() {
        return BasiskomponenteEntity.<BasiskomponenteEntity>listAll(Sort.by("reihenfolge")).stream()
                .map(Basiskomponente::of)
                .toList();
    }

    public Basiskomponente get(String id) {
        BasiskomponenteEntity e = id == null ? null : BasiskomponenteEntity.findById(id);
        if (e == null) {
            throw new NotFoundException("Eine Basiskomponente mit der ID „" + id + "“ gibt es nicht.");
        }
        return Basiskomponente.of(e);
    }
}
