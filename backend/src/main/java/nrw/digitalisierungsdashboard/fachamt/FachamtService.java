package nrw.digitalisierungsdashboard.fachamt;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class FachamtService {

    public List<Fachamt> list() {
        return FachamtEntity.<FachamtEntity>listAll(Sort.by("reihenfolge")).stream()
                .map(Fachamt::of)
                .toList();
    }
}
