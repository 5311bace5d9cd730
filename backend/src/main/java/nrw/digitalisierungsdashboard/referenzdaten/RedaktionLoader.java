package nrw.digitalisierungsdashboard.referenzdaten;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/** The editors' vocabularies: Typisierungen, Größenklassen, Fachämter, Basiskomponenten, organisations and Gremien. */
@ApplicationScoped
public class RedaktionLoader implements DatasetLoader {

    @Override
    public String dataset() {
        return "redaktion";
    }

    @Override
    public int load(Connection c, DatasetSource source, DatasetDescription d) throws SQLException {
        int changed = 0;
        Upsert typisierung = Upsert.into(
                "typisierung",
                List.of("code"),
                "code",
                "regelungskompetenz",
                "vollzugskompetenz",
                "beschreibung",
                "ozg_relevant",
                "reihenfolge");
        int i = 0;
        for (CSVRecord r : DatasetLoader.csv(source, "redaktion", "typisierungen.csv")) {
            typisierung.row(
                    r.get("code"),
                    r.get("regelungskompetenz"),
                    r.get("vollzugskompetenz"),
                    r.get("beschreibung"),
                    Boolean.parseBoolean(r.get("ozg_relevant")),
                    ++i);
        }
        changed += typisierung.execute(c);

        Upsert klassen = Upsert.into(
                "groessenklasse",
                List.of("code"),
                "code",
                "name",
                "einwohner_von",
                "einwohner_bis",
                "reihenfolge",
                "beschreibung");
        i = 0;
        for (CSVRecord r : DatasetLoader.csv(source, "redaktion", "groessenklassen.csv")) {
            String bis = Csv.text(r, "einwohner_bis");
            klassen.row(
                    r.get("code"),
                    r.get("name"),
                    Integer.parseInt(r.get("einwohner_von")),
                    bis == null ? null : Integer.parseInt(bis),
                    ++i,
                    r.get("beschreibung"));
        }
        changed += klassen.execute(c);

        Upsert fachamt = Upsert.into("fachamt", List.of("id"), "id", "name", "beschreibung", "reihenfolge");
        i = 0;
        for (CSVRecord r : DatasetLoader.csv(source, "redaktion", "fachaemter.csv")) {
            fachamt.row(r.get("id"), r.get("name"), r.get("beschreibung"), ++i);
        }
        changed += fachamt.execute(c);

        Upsert komponente = Upsert.into(
                "basiskomponente", List.of("id"), "id", "name", "kategorie", "beschreibung", "ebene", "reihenfolge");
        i = 0;
        for (CSVRecord r : DatasetLoader.csv(source, "redaktion", "basiskomponenten.csv")) {
            komponente.row(r.get("id"), r.get("name"), r.get("kategorie"), r.get("beschreibung"), r.get("ebene"), ++i);
        }
        changed += komponente.execute(c);

        Upsert organisation = DatasetLoader.organisationUpsert();
        for (CSVRecord r : DatasetLoader.csv(source, "redaktion", "organisationen.csv")) {
            String key = r.get("schluessel");
            organisation.row(
                    key,
                    "redaktion:" + key,
                    r.get("name"),
                    Csv.text(r, "kurzname"),
                    r.get("typ"),
                    Csv.text(r, "beschreibung"),
                    null,
                    null,
                    Csv.text(r, "ort"),
                    Csv.text(r, "url"),
                    null,
                    d.stand().substring(0, 4),
                    d.id(),
                    null);
        }
        changed += organisation.execute(c);

        Upsert gremium =
                Upsert.into("gremium", List.of("id"), "id", "name", "beschreibung", "organisation_id", "reihenfolge");
        i = 0;
        for (CSVRecord r : DatasetLoader.csv(source, "redaktion", "gremien.csv")) {
            gremium.row(r.get("id"), r.get("name"), Csv.text(r, "beschreibung"), Csv.text(r, "organisation"), ++i);
        }
        changed += gremium.execute(c);
        return changed;
    }
}
