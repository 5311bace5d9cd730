package nrw.digitalisierungsdashboard.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
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
        if (typ != null) {
            sql.where("o.typ = :typ", "typ", typ.name());
        }
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
