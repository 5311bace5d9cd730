package nrw.digitalisierungsdashboard.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import nrw.digitalisierungsdashboard.common.FulltextQuery;
import nrw.digitalisierungsdashboard.common.InvalidParameterException;
import nrw.digitalisierungsdashboard.common.NativeSql;
import nrw.digitalisierungsdashboard.common.NotFoundException;
import nrw.digitalisierungsdashboard.common.Page;
import nrw.digitalisierungsdashboard.common.PageRequest;
import nrw.digitalisierungsdashboard.common.Params;
import nrw.digitalisierungsdashboard.common.Problem;
import nrw.digitalisierungsdashboard.common.Sort;

@ApplicationScoped
public class OrganisationService {

    private static final Sort SORT =
            Sort.by("o.id").field("name", "o.name").field("typ", "o.typ").field("id", "o.id");

    private final EntityManager em;

    public OrganisationService(EntityManager em) {
        this.em = em;
    }

    public Page<Organisation> list(String typParam, String q, String sort, PageRequest page) {
        NativeSql sql = new NativeSql();
        OrganisationTyp typ = Params.enumValue("typ", typParam, OrganisationTyp.class);
        if (typ == OrganisationTyp.IT_DIENSTLEISTER) {
            // Kommunen that run their own IT count among the IT service providers too
            sql.where("(o.typ = :typ OR o.it_dienstleister)", "typ", typ.name());
        } else if (typ != null) {
            sql.where("o.typ = :typ", "typ", typ.name());
        }
        suche(sql, q);
        String from = " FROM organisation o";
        List<String> ids = sql.page(em, "SELECT o.id" + from, SORT.orderBy(sort, "o.name"), page).stream()
                .map(t -> (String) t.get("id"))
                .toList();
        List<Organisation> items = ids.isEmpty()
                ? List.of()
                : OrganisationEntity.<OrganisationEntity>list("id in ?1", ids).stream()
                        .sorted(Comparator.comparingInt(e -> ids.indexOf(e.id)))
                        .map(Organisation::of)
                        .toList();
        return Page.of(items, sql.count(em, from), page);
    }

    private static void suche(NativeSql sql, String q) {
        if (Params.present(q)) {
            if (q.length() > 200) {
                throw InvalidParameterException.query("q", "Der Suchtext darf höchstens 200 Zeichen lang sein.");
            }
            String tsquery = FulltextQuery.prefixQuery(q);
            sql.where(tsquery == null ? "false" : "o.suche @@ to_tsquery('simple', :q)");
            if (tsquery != null) {
                sql.bind("q", tsquery);
            }
        }
    }

    /** How many organisations (matching the search) there are of each type; a Kommune with own IT counts twice. */
    public OrganisationTypen typen(String q) {
        NativeSql sql = new NativeSql();
        suche(sql, q);
        var counts = new EnumMap<OrganisationTyp, Long>(OrganisationTyp.class);
        for (OrganisationTyp t : OrganisationTyp.values()) {
            counts.put(t, 0L);
        }
        long alle = 0;
        for (var t : sql.page(
                em,
                "SELECT o.typ, count(*) AS anzahl, count(*) FILTER (WHERE o.it_dienstleister) AS mit_it"
                        + " FROM organisation o",
                " GROUP BY o.typ ORDER BY o.typ",
                PageRequest.of(0, PageRequest.MAX_SIZE))) {
            OrganisationTyp typ = OrganisationTyp.valueOf((String) t.get("typ"));
            long anzahl = ((Number) t.get("anzahl")).longValue();
            alle += anzahl;
            counts.merge(typ, anzahl, Long::sum);
            if (typ != OrganisationTyp.IT_DIENSTLEISTER) {
                counts.merge(OrganisationTyp.IT_DIENSTLEISTER, ((Number) t.get("mit_it")).longValue(), Long::sum);
            }
        }
        return new OrganisationTypen(
                alle,
                counts.entrySet().stream()
                        .map(e -> new OrganisationTypen.Anzahl(e.getKey(), e.getValue()))
                        .toList());
    }

    /** The organisation a request body names in the given field; 400 if there is none. */
    public static OrganisationEntity vorhanden(String id, String field) {
        OrganisationEntity o = id == null ? null : OrganisationEntity.findById(id);
        if (o == null) {
            throw new InvalidParameterException(
                    List.of(new Problem.InvalidParam(field, "body", "Eine Organisation „" + id + "“ gibt es nicht.")));
        }
        return o;
    }

    public Organisation get(String id) {
        OrganisationEntity e = id == null ? null : OrganisationEntity.findById(id);
        if (e == null) {
            throw new NotFoundException("Eine Organisation mit der ID „" + id + "“ gibt es nicht.");
        }
        return Organisation.of(e);
    }
}
