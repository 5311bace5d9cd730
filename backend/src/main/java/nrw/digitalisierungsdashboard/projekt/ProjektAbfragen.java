package nrw.digitalisierungsdashboard.projekt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.Comparator;
import java.util.List;
import nrw.digitalisierungsdashboard.aenderungen.Aenderung;
import nrw.digitalisierungsdashboard.aenderungen.AuditService;
import nrw.digitalisierungsdashboard.basiskomponente.BasiskomponenteEntity;
import nrw.digitalisierungsdashboard.common.FulltextQuery;
import nrw.digitalisierungsdashboard.common.InvalidParameterException;
import nrw.digitalisierungsdashboard.common.NativeSql;
import nrw.digitalisierungsdashboard.common.NotFoundException;
import nrw.digitalisierungsdashboard.common.Page;
import nrw.digitalisierungsdashboard.common.PageRequest;
import nrw.digitalisierungsdashboard.common.Params;
import nrw.digitalisierungsdashboard.common.Rows;
import nrw.digitalisierungsdashboard.common.Sort;
import nrw.digitalisierungsdashboard.common.Versioned;
import nrw.digitalisierungsdashboard.katalog.Refs;
import nrw.digitalisierungsdashboard.katalog.ThemenfeldEntity;
import nrw.digitalisierungsdashboard.organisation.OrganisationEntity;
import nrw.digitalisierungsdashboard.organisation.OrganisationKurz;
import nrw.digitalisierungsdashboard.organisation.OrganisationTyp;

/**
 * Reading the project registry: the filtered list (native SQL with its row mapping), one project, the overview by phase
 * and Themenfeld, and a project's public history. Nothing here writes.
 */
@ApplicationScoped
public class ProjektAbfragen {

    private static final Sort SORT = Sort.by("p.id")
            .field("titel", "p.titel")
            .field("geaendertAm", "p.geaendert_am")
            .field(
                    "phase",
                    "array_position(ARRAY['SICHTUNG','WORKSHOP','GREMIEN','UMSETZUNG','PILOTIERUNG','ROLLOUT','BETRIEB','EINGESTELLT'], p.phase)")
            .field("themenfeld", "tf.name");

    private static final String FROM = " FROM projekt p JOIN themenfeld tf ON tf.id = p.themenfeld_id"
            + " LEFT JOIN teilnahme lt ON lt.projekt_id = p.id AND lt.rolle = 'FEDERFUEHREND'"
            + " LEFT JOIN organisation lo ON lo.id = lt.organisation_id";

    private final EntityManager em;
    private final ProjektMapper mapper;
    private final AuditService audit;

    public ProjektAbfragen(EntityManager em, ProjektMapper mapper, AuditService audit) {
        this.em = em;
        this.mapper = mapper;
        this.audit = audit;
    }

    public Page<ProjektModelle.ProjektSummary> list(ProjektFilter f, PageRequest page) {
        NativeSql sql = new NativeSql();
        Integer themenfeld = Params.optionalInt("themenfeld", f.themenfeld);
        if (themenfeld != null) {
            if (ThemenfeldEntity.findById(themenfeld) == null) {
                throw InvalidParameterException.query(
                        "themenfeld", "Ein Themenfeld mit der ID " + themenfeld + " gibt es nicht.");
            }
            sql.where("p.themenfeld_id = :tf", "tf", themenfeld);
        }
        Phase phase = Params.enumValue("phase", f.phase, Phase.class);
        if (phase != null) {
            sql.where("p.phase = :phase", "phase", phase.name());
        }
        Enums.ProjektStatus status = Params.enumValue("status", f.status, Enums.ProjektStatus.class);
        if (status != null) {
            sql.where("p.status = :status", "status", status.name());
        }
        Enums.TeilnahmeRolle rolle = Params.enumValue("rolle", f.rolle, Enums.TeilnahmeRolle.class);
        String organisation = Params.present(f.organisation) ? f.organisation.trim() : null;
        if (Params.present(f.kommune)) {
            String ags = Params.matching(
                    "kommune",
                    f.kommune,
                    "05\\d{3}(\\d{3})?",
                    "Erwartet wird ein AGS (8 Ziffern) oder Kreisschlüssel (5 Ziffern).");
            organisation = "kommune-" + ags;
            if (OrganisationEntity.findById(organisation) == null) {
                throw InvalidParameterException.query(
                        "kommune", "Eine Kommune mit dem Schlüssel " + ags + " gibt es nicht.");
            }
        } else if (organisation != null && OrganisationEntity.findById(organisation) == null) {
            throw InvalidParameterException.query(
                    "organisation", "Eine Organisation „" + organisation + "“ gibt es nicht.");
        }
        if (rolle != null && organisation == null) {
            throw InvalidParameterException.query("rolle", "rolle gilt nur zusammen mit organisation oder kommune.");
        }
        if (organisation != null) {
            sql.where(
                    "EXISTS (SELECT 1 FROM teilnahme t WHERE t.projekt_id = p.id AND t.organisation_id = :org"
                            + (rolle == null ? "" : " AND t.rolle = :rolle") + ")",
                    "org",
                    organisation);
            if (rolle != null) {
                sql.bind("rolle", rolle.name());
            }
        }
        if (Params.present(f.basiskomponente)) {
            if (BasiskomponenteEntity.findById(f.basiskomponente.trim()) == null) {
                throw InvalidParameterException.query(
                        "basiskomponente", "Eine Basiskomponente „" + f.basiskomponente + "“ gibt es nicht.");
            }
            sql.where(
                    "EXISTS (SELECT 1 FROM projekt_basiskomponente b WHERE b.projekt_id = p.id AND b.basiskomponente_id = :bk)",
                    "bk",
                    f.basiskomponente.trim());
        }
        Integer leistung = Params.optionalInt("leistung", f.leistung);
        if (leistung != null) {
            sql.where(
                    "EXISTS (SELECT 1 FROM projekt_leistung pl WHERE pl.projekt_id = p.id AND pl.ozg_id = :ozg)",
                    "ozg",
                    leistung);
        }
        if (Params.present(f.beispiel)) {
            if (!f.beispiel.equals("true") && !f.beispiel.equals("false")) {
                throw InvalidParameterException.query("beispiel", "true oder false.");
            }
            sql.where("p.beispiel = :beispiel", "beispiel", Boolean.parseBoolean(f.beispiel));
        }
        String rank = null;
        if (Params.present(f.q)) {
            if (f.q.length() > 200) {
                throw InvalidParameterException.query("q", "Der Suchtext darf höchstens 200 Zeichen lang sein.");
            }
            String tsquery = FulltextQuery.prefixQuery(f.q);
            if (tsquery == null) {
                sql.where("false");
            } else {
                sql.where("p.suche @@ to_tsquery('german', :q)", "q", tsquery);
                rank = "ts_rank(p.suche, to_tsquery('german', :q)) DESC";
            }
        }
        String select =
                "SELECT p.id, p.titel, p.phase, p.status, p.efa_typ, p.beispiel, p.geaendert_am, tf.id AS tf_id,"
                        + " tf.name AS tf_name, lo.id AS lo_id, lo.name AS lo_name, lo.typ AS lo_typ,"
                        + " (SELECT count(*) FROM teilnahme t WHERE t.projekt_id = p.id AND t.rolle IN ('FEDERFUEHREND','MITWIRKEND','PILOT')) AS team,"
                        + " (SELECT count(*) FROM projekt_leistung pl WHERE pl.projekt_id = p.id) AS leistungen" + FROM;
        List<ProjektModelle.ProjektSummary> items =
                sql.page(em, select, SORT.orderBy(f.sort, rank == null ? "p.titel" : rank), page).stream()
                        .map(ProjektAbfragen::summary)
                        .toList();
        return Page.of(items, sql.count(em, FROM), page);
    }

    /** The public change log of one project (404 for a project that does not exist). */
    public Page<Aenderung> historie(String idParam, PageRequest page) {
        return audit.historie("PROJEKT", String.valueOf(find(idParam).id), page);
    }

    /** The projects an organisation takes part in; 404 for an organisation that does not exist. */
    public Page<ProjektModelle.ProjektSummary> derOrganisation(String organisationId, String rolle, PageRequest page) {
        if (organisationId == null || OrganisationEntity.findById(organisationId) == null) {
            throw new NotFoundException("Eine Organisation mit der ID „" + organisationId + "“ gibt es nicht.");
        }
        ProjektFilter f = new ProjektFilter();
        f.organisation = organisationId;
        f.rolle = rolle;
        return list(f, page);
    }

    public Versioned<ProjektModelle.ProjektDetail> get(String idParam) {
        ProjektEntity p = find(idParam);
        return Versioned.of(mapper.detail(p), p.version);
    }

    public ProjektModelle.ProjektUebersicht uebersicht() {
        List<Tuple> rows = NativeSql.list(em, """
                SELECT tf.id, tf.name, p.phase, count(*) AS anzahl
                FROM projekt p JOIN themenfeld tf ON tf.id = p.themenfeld_id
                GROUP BY tf.id, tf.name, p.phase ORDER BY tf.name, p.phase""");
        long gesamt =
                ((Number) em.createNativeQuery("SELECT count(*) FROM projekt").getSingleResult()).longValue();
        long beispiele = ((Number) em.createNativeQuery("SELECT count(*) FROM projekt WHERE beispiel")
                        .getSingleResult())
                .longValue();
        return new ProjektModelle.ProjektUebersicht(
                gesamt,
                beispiele,
                rows.stream()
                        .map(t -> new ProjektModelle.ProjektUebersicht.Zelle(
                                Rows.integer(t, "id"),
                                Rows.str(t, "name"),
                                Phase.valueOf(Rows.str(t, "phase")),
                                Rows.number(t, "anzahl")))
                        .sorted(Comparator.comparing(ProjektModelle.ProjektUebersicht.Zelle::themenfeld)
                                .thenComparing(ProjektModelle.ProjektUebersicht.Zelle::phase))
                        .toList());
    }

    /** The project with this id (400 for an id that is no number, 404 for one that does not exist). */
    static ProjektEntity find(String idParam) {
        long id;
        try {
            id = Long.parseLong(idParam);
        } catch (NumberFormatException ex) {
            throw InvalidParameterException.path("id", "Muss eine ganze Zahl sein.");
        }
        ProjektEntity p = ProjektEntity.findById(id);
        if (p == null) {
            throw new NotFoundException("Ein Projekt mit der ID " + id + " gibt es nicht.");
        }
        return p;
    }

    private static ProjektModelle.ProjektSummary summary(Tuple t) {
        String lead = Rows.str(t, "lo_id");
        return new ProjektModelle.ProjektSummary(
                Rows.number(t, "id"),
                Rows.str(t, "titel"),
                new Refs.ThemenfeldRef(Rows.integer(t, "tf_id"), Rows.str(t, "tf_name")),
                Phase.valueOf(Rows.str(t, "phase")),
                Enums.ProjektStatus.valueOf(Rows.str(t, "status")),
                Enums.EfaTyp.valueOf(Rows.str(t, "efa_typ")),
                lead == null
                        ? null
                        : new OrganisationKurz(
                                lead, Rows.str(t, "lo_name"), OrganisationTyp.valueOf(Rows.str(t, "lo_typ"))),
                (int) Rows.number(t, "team"),
                (int) Rows.number(t, "leistungen"),
                Rows.bool(t, "beispiel"),
                Rows.timestamp(t.get("geaendert_am")));
    }
}
