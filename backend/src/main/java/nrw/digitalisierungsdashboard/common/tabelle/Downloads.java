package nrw.digitalisierungsdashboard.common.tabelle;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import nrw.digitalisierungsdashboard.common.Page;
import nrw.digitalisierungsdashboard.common.PageRequest;
import nrw.digitalisierungsdashboard.common.PublicConfig;
import nrw.digitalisierungsdashboard.common.Rows;

/**
 * Answers a request for CSV or XLSX: a collection as the whole filtered, sorted list (paging does not apply), read page
 * by page inside one read-only REPEATABLE READ transaction (a consistent snapshot) and streamed, so memory stays flat;
 * an object answer as its main table. Headers name file, source, licence and Stand.
 */
@ApplicationScoped
public class Downloads {

    static final int SEITE = 500;
    private static final int TIMEOUT_SEKUNDEN = 3600;

    private final EntityManager em;
    private final HttpHeaders headers;
    private final UriInfo uri;
    private final PublicConfig adressen;
    private final Revalidierung revalidierung;

    public Downloads(
            EntityManager em, HttpHeaders headers, UriInfo uri, PublicConfig adressen, Revalidierung revalidierung) {
        this.em = em;
        this.headers = headers;
        this.uri = uri;
        this.adressen = adressen;
        this.revalidierung = revalidierung;
    }

    /**
     * A whole collection. {@code seiten} reads one page with the request's filters and sort; it is called once for a
     * single row first, so a wrong parameter is a 400 problem before any byte of the file is sent.
     */
    public <T> Response liste(
            String name, Datensatz datensatz, Tabelle<T> tabelle, Function<PageRequest, Page<T>> seiten) {
        Revalidierung.Stand stand = validatoren();
        seiten.apply(PageRequest.of(0, 1));
        return liste(name, datensatz, tabelle, seiten, List.of(), stand);
    }

    /** A whole collection that is part of an answer, with the rest of that answer as named values. */
    public <T> Response liste(
            String name,
            Datensatz datensatz,
            Tabelle<T> tabelle,
            Function<PageRequest, Page<T>> seiten,
            List<Herkunft.Angabe> angaben) {
        return liste(name, datensatz, tabelle, seiten, angaben, validatoren());
    }

    private <T> Response liste(
            String name,
            Datensatz datensatz,
            Tabelle<T> tabelle,
            Function<PageRequest, Page<T>> seiten,
            List<Herkunft.Angabe> angaben,
            Revalidierung.Stand stand) {
        Response unveraendert = revalidierung.unveraendert(stand, headers);
        if (unveraendert != null) {
            return unveraendert;
        }
        String mediaType = format();
        Herkunft herkunft = herkunft(name, datensatz, angaben);
        StreamingOutput body = out -> {
            TabellenSchreiber<T> schreiber = TabellenSchreiber.fuer(mediaType, tabelle, out);
            QuarkusTransaction.requiringNew().timeout(TIMEOUT_SEKUNDEN).run(() -> {
                em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                        .executeUpdate();
                for (int page = 0; ; page++) {
                    List<T> items = seiten.apply(PageRequest.of(page, SEITE)).items();
                    try {
                        for (T row : items) {
                            schreiber.zeile(row);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    em.clear();
                    if (items.size() < SEITE) {
                        break;
                    }
                }
            });
            schreiber.ende(herkunft);
        };
        return antwort(mediaType, name, herkunft, body, stand);
    }

    /** The main table of an object answer (already read), with the rest of the answer as named values. */
    public <T> Response tabelle(
            String name, Datensatz datensatz, Tabelle<T> tabelle, List<T> zeilen, List<Herkunft.Angabe> angaben) {
        Revalidierung.Stand stand = validatoren();
        Response unveraendert = revalidierung.unveraendert(stand, headers);
        if (unveraendert != null) {
            return unveraendert;
        }
        String mediaType = format();
        Herkunft herkunft = herkunft(name, datensatz, angaben);
        StreamingOutput body = out -> {
            TabellenSchreiber<T> schreiber = TabellenSchreiber.fuer(mediaType, tabelle, out);
            for (T row : zeilen) {
                schreiber.zeile(row);
            }
            schreiber.ende(herkunft);
        };
        return antwort(mediaType, name, herkunft, body, stand);
    }

    /** Validators from the data generation the request came in at (null while changes are not tracked). */
    private Revalidierung.Stand validatoren() {
        return revalidierung.stand(uri.getRequestUri().toString(), format());
    }

    /** The format the client asked for: the first of CSV and XLSX in its Accept header (by quality). */
    private String format() {
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if (!m.isWildcardType() && !m.isWildcardSubtype()) {
                String type = m.getType() + "/" + m.getSubtype();
                if (Formate.XLSX.equalsIgnoreCase(type)) {
                    return Formate.XLSX;
                }
                if (Formate.CSV.equalsIgnoreCase(type)) {
                    return Formate.CSV;
                }
            }
        }
        return Formate.CSV;
    }

    private Herkunft herkunft(String name, Datensatz datensatz, List<Herkunft.Angabe> angaben) {
        return new Herkunft(
                titel(name),
                datensatz,
                stand(),
                OffsetDateTime.now(ZoneOffset.UTC),
                uri.getRequestUri().toString(),
                katalog(datensatz),
                angaben);
    }

    /** The latest public change or load of reference data: what the data reflects. */
    private OffsetDateTime stand() {
        Object value = em.createNativeQuery("SELECT greatest((SELECT max(zeitpunkt) FROM aenderung WHERE oeffentlich),"
                        + " (SELECT max(geladen_am) FROM datensatz))")
                .getSingleResult();
        OffsetDateTime stand = Rows.timestamp(value);
        return stand == null ? OffsetDateTime.now(ZoneOffset.UTC) : stand.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The dataset's entry in the catalogue. */
    public String katalog(Datensatz datensatz) {
        return apiBasis() + "/api/v1/dcat#" + datensatz.id();
    }

    public String apiBasis() {
        String base = adressen.apiUrl().orElse(uri.getBaseUri().toString());
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private Response antwort(
            String mediaType, String name, Herkunft h, StreamingOutput body, Revalidierung.Stand stand) {
        String datei = name + "-" + h.stand().format(DateTimeFormatter.ISO_LOCAL_DATE)
                + (Formate.XLSX.equals(mediaType) ? ".xlsx" : ".csv");
        Lizenz lizenz = h.datensatz().lizenz();
        return revalidierung
                .kopf(Response.ok(body, Formate.XLSX.equals(mediaType) ? Formate.XLSX : Formate.CSV_UTF8), stand)
                .header("Content-Disposition", "attachment; filename=\"" + datei + "\"")
                .header(
                        "Link",
                        "<" + h.katalog() + ">; rel=\"describedby\"; type=\"" + Formate.JSON_LD + "\", <" + lizenz.url()
                                + ">; rel=\"license\"")
                .header("X-Datensatz", h.datensatz().id())
                .header("X-Lizenz", lizenz.kurz())
                .header("X-Quelle", ascii(h.datensatz().namensnennung()))
                .header("X-Stand", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(h.stand()))
                .build();
    }

    private static String titel(String name) {
        return "Digitalisierungsdashboard NRW: " + name;
    }

    /** Header values are ASCII: umlauts spelled out, anything else left out. */
    static String ascii(String text) {
        String s = text.replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("Ä", "Ae")
                .replace("Ö", "Oe")
                .replace("Ü", "Ue")
                .replace("ß", "ss")
                .replace("–", "-")
                .replace("„", "\"")
                .replace("“", "\"");
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("[^\\x20-\\x7E]", "");
    }
}
