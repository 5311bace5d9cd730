package nrw.digitalisierungsdashboard.projekt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nrw.digitalisierungsdashboard.common.ConflictException;
import nrw.digitalisierungsdashboard.common.ETags;
import nrw.digitalisierungsdashboard.common.InvalidParameterException;
import nrw.digitalisierungsdashboard.common.Problem;
import nrw.digitalisierungsdashboard.common.RuleViolationException;
import nrw.digitalisierungsdashboard.common.Versioned;
import nrw.digitalisierungsdashboard.organisation.OrganisationEntity;

/** A project's team: replacing it as a whole (exactly one lead), and an editor declaring their organisation's interest. */
@ApplicationScoped
public class ProjektTeamService {

    private final EntityManager em;
    private final ProjektService projekte;
    private final ProjektMapper mapper;
    private final ProjektZugriff zugriff;

    public ProjektTeamService(EntityManager em, ProjektService projekte, ProjektMapper mapper, ProjektZugriff zugriff) {
        this.em = em;
        this.projekte = projekte;
        this.mapper = mapper;
        this.zugriff = zugriff;
    }

    @Transactional
    public Versioned<ProjektModelle.ProjektDetail> setTeam(
            String idParam, ProjektEingaben.TeamEingabe e, String ifMatch) {
        ProjektEntity p = ProjektAbfragen.find(idParam);
        zugriff.bearbeiten(p);
        ETags.requireMatch(ifMatch, p.version);
        Map<String, Object> before = mapper.snapshot(p);
        List<Problem.InvalidParam> errors = new ArrayList<>();
        Map<String, ProjektEingaben.TeilnahmeEingabe> neu = new LinkedHashMap<>();
        for (int i = 0; i < e.teilnahmen().size(); i++) {
            ProjektEingaben.TeilnahmeEingabe t = e.teilnahmen().get(i);
            if (OrganisationEntity.findById(t.organisationId()) == null) {
                errors.add(new Problem.InvalidParam(
                        "teilnahmen[" + i + "].organisationId",
                        "body",
                        "Eine Organisation „" + t.organisationId() + "“ gibt es nicht."));
            } else if (neu.put(t.organisationId(), t) != null) {
                errors.add(new Problem.InvalidParam(
                        "teilnahmen[" + i + "].organisationId", "body", "Jede Organisation nimmt nur einmal teil."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        long leads = neu.values().stream()
                .filter(t -> t.rolle() == Enums.TeilnahmeRolle.FEDERFUEHREND)
                .count();
        if (leads != 1) {
            throw new RuleViolationException(
                    "Genau eine Federführung",
                    "Ein Projekt hat genau eine federführende Organisation; " + "gesendet wurden " + leads + ".",
                    List.of(new Problem.InvalidParam(
                            "teilnahmen",
                            "body",
                            leads == 0
                                    ? "Keine Organisation ist FEDERFUEHREND."
                                    : "Mehr als eine Organisation ist FEDERFUEHREND.")));
        }
        String leadVorher = p.teilnahmen.stream()
                .filter(t -> t.rolle == Enums.TeilnahmeRolle.FEDERFUEHREND)
                .map(t -> t.organisation.id)
                .findFirst()
                .orElse(null);
        String leadNachher = neu.values().stream()
                .filter(t -> t.rolle() == Enums.TeilnahmeRolle.FEDERFUEHREND)
                .map(ProjektEingaben.TeilnahmeEingabe::organisationId)
                .findFirst()
                .orElseThrow();
        if (!leadNachher.equals(leadVorher)) {
            zugriff.federfuehrungAendern(p);
        }
        Map<String, LocalDate> seit = new HashMap<>();
        p.teilnahmen.forEach(t -> seit.put(t.organisation.id, t.seit));
        // rebuilt in two steps, so the "one lead" index never sees two leads in between
        p.teilnahmen.clear();
        em.flush();
        for (ProjektEingaben.TeilnahmeEingabe t : neu.values()) {
            TeilnahmeEntity x = new TeilnahmeEntity();
            x.projekt = p;
            x.organisation = OrganisationEntity.findById(t.organisationId());
            x.rolle = t.rolle();
            x.seit = t.seit() != null ? t.seit() : seit.getOrDefault(t.organisationId(), LocalDate.now());
            p.teilnahmen.add(x);
        }
        return projekte.saved(p, before, "Team von „" + p.titel + "“ geändert");
    }

    /** One click: the editor's organisation becomes INTERESSIERT. Adding to the team never overwrites anything. */
    @Transactional
    public Versioned<ProjektModelle.ProjektDetail> interesse(String idParam) {
        ProjektEntity p = ProjektAbfragen.find(idParam);
        OrganisationEntity org = zugriff.eigeneOrganisation();
        TeilnahmeEntity vorhanden = p.teilnahmen.stream()
                .filter(t -> t.organisation.id.equals(org.id))
                .findFirst()
                .orElse(null);
        if (vorhanden != null) {
            if (vorhanden.rolle == Enums.TeilnahmeRolle.INTERESSIERT) {
                return Versioned.of(mapper.detail(p), p.version);
            }
            throw new ConflictException("„" + org.name + "“ nimmt schon als " + vorhanden.rolle + " teil.");
        }
        Map<String, Object> before = mapper.snapshot(p);
        TeilnahmeEntity t = new TeilnahmeEntity();
        t.projekt = p;
        t.organisation = org;
        t.rolle = Enums.TeilnahmeRolle.INTERESSIERT;
        t.seit = LocalDate.now();
        p.teilnahmen.add(t);
        return projekte.saved(p, before, "„" + org.name + "“ interessiert sich für „" + p.titel + "“");
    }
}
