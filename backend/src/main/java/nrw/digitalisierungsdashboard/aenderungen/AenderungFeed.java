package nrw.digitalisierungsdashboard.aenderungen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nrw.digitalisierungsdashboard.common.Page;
import nrw.digitalisierungsdashboard.common.tabelle.Datensatz;
import nrw.digitalisierungsdashboard.common.tabelle.Formate;

/**
 * The public change log as an Atom 1.0 feed (RFC 4287). Entry ids are name-based UUIDs of the change id, so they stay
 * the same however the feed is filtered or paged and wherever the API is reachable; every entry links to the changed
 * entry's page in the dashboard (alternate) and to its resource in the API (related).
 */
@ApplicationScoped
public class AenderungFeed {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final ObjectMapper json;

    public AenderungFeed(ObjectMapper json) {
        this.json = json;
    }

    /** Where the feed is, the dashboard and the API are, and what the next page is. */
    public record Adressen(String self, String next, String spa, String api) {}

    /** The stable id of one change. */
    public static String entryId(long aenderungId) {
        return "urn:uuid:"
                + UUID.nameUUIDFromBytes(
                        ("digitalisierungsdashboard-nrw:aenderung:" + aenderungId).getBytes(StandardCharsets.UTF_8));
    }

    public byte[] schreibe(Page<Aenderung> seite, OffsetDateTime stand, String filterBeschreibung, Adressen a) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM);
            x.writeAttribute("xml:lang", "de");
            element(x, "id", feedId(a.self()));
            element(x, "title", "Änderungen im Digitalisierungsdashboard NRW" + filterBeschreibung);
            element(
                    x,
                    "subtitle",
                    "Öffentliches Änderungsprotokoll: was sich wann an welchem Eintrag geändert hat, neueste zuerst.");
            OffsetDateTime updated =
                    seite.items().isEmpty() ? stand : seite.items().get(0).zeitpunkt();
            element(x, "updated", zeit(updated));
            x.writeStartElement("author");
            element(x, "name", "Digitalisierungsdashboard NRW");
            element(x, "uri", a.spa() + "/");
            x.writeEndElement();
            link(x, "self", Formate.ATOM, a.self());
            link(x, "alternate", "text/html", a.spa() + "/aenderungen");
            if (a.next() != null) {
                link(x, "next", Formate.ATOM, a.next());
            }
            link(x, "license", "text/html", Datensatz.AENDERUNGEN.lizenz().url());
            element(
                    x,
                    "rights",
                    Datensatz.AENDERUNGEN.namensnennung() + ", "
                            + Datensatz.AENDERUNGEN.lizenz().bezeichnung());
            x.writeStartElement("generator");
            x.writeAttribute("uri", a.api() + "/api/v1/aenderungen");
            x.writeCharacters("Digitalisierungsdashboard NRW");
            x.writeEndElement();
            for (Aenderung e : seite.items()) {
                entry(x, e, a);
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private void entry(XMLStreamWriter x, Aenderung e, Adressen a) throws XMLStreamException {
        Ziel ziel = Ziel.von(e.entitaetTyp(), e.entitaetId());
        x.writeStartElement("entry");
        element(x, "id", entryId(e.id()));
        element(x, "title", e.zusammenfassung());
        element(x, "updated", zeit(e.zeitpunkt()));
        element(x, "published", zeit(e.zeitpunkt()));
        kategorie(x, e.entitaetTyp(), "Art des Eintrags");
        kategorie(x, e.aktion().name(), "Aktion");
        link(x, "alternate", "text/html", a.spa() + ziel.seite());
        link(x, "related", "application/json", a.api() + ziel.ressource());
        x.writeStartElement("content");
        x.writeAttribute("type", "text");
        x.writeCharacters(inhalt(e));
        x.writeEndElement();
        x.writeEndElement();
    }

    private String inhalt(Aenderung e) {
        StringBuilder b = new StringBuilder(e.aktion().name())
                .append(": ")
                .append(e.entitaetTyp())
                .append(' ')
                .append(e.entitaetId());
        for (Aenderung.Feldaenderung f : e.aenderungen()) {
            b.append('\n')
                    .append(f.feld())
                    .append(": ")
                    .append(wert(f.vorher()))
                    .append(" → ")
                    .append(wert(f.nachher()));
        }
        return b.toString();
    }

    private String wert(Object value) {
        try {
            return value == null ? "null" : json.writeValueAsString(value);
        } catch (JsonProcessingException ex) {
            return String.valueOf(value);
        }
    }

    /** The feed's id: name-based on its query, so each filtered feed keeps one id. */
    private static String feedId(String self) {
        int q = self.indexOf("/api/v1/");
        String relative = q < 0 ? self : self.substring(q);
        return "urn:uuid:"
                + UUID.nameUUIDFromBytes(
                        ("digitalisierungsdashboard-nrw:feed:" + relative.replaceAll("[?&]page=\\d+", ""))
                                .getBytes(StandardCharsets.UTF_8));
    }

    private static String zeit(OffsetDateTime t) {
        return RFC3339.format(
                (t == null ? OffsetDateTime.now(ZoneOffset.UTC) : t).withOffsetSameInstant(ZoneOffset.UTC));
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text == null ? "" : text);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String type, String href) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", href);
    }

    private static void kategorie(XMLStreamWriter x, String term, String label) throws XMLStreamException {
        x.writeEmptyElement("category");
        x.writeAttribute("term", term);
        x.writeAttribute("label", label + ": " + term);
    }

    /** Where a changed entry lives: its page in the dashboard and its resource in the API. */
    record Ziel(String seite, String ressource) {

        static Ziel von(String typ, String id) {
            String[] teile = id.split(":", 2);
            String erster = teile[0];
            String zweiter = teile.length > 1 ? teile[1] : "";
            return switch (typ) {
                case "LEISTUNG" -> new Ziel("/leistungen/" + id, "/api/v1/leistungen/" + id);
                case "ZUSTAENDIGKEIT" -> new Ziel("/leistungen/" + id, "/api/v1/leistungen/" + id + "/zustaendigkeit");
                case "KOMMUNE" -> new Ziel("/kommunen/" + id, "/api/v1/kommunen/" + id);
                case "UMSETZUNGSSTAND" ->
                    new Ziel(
                            "/kommunen/" + erster + "/umsetzungsstand/" + zweiter,
                            "/api/v1/kommunen/" + erster + "/umsetzungsstand/" + zweiter);
                case "BASISKOMPONENTE_ANSCHLUSS" ->
                    new Ziel("/kommunen/" + erster, "/api/v1/kommunen/" + erster + "/basiskomponenten");
                case "PROJEKT" -> new Ziel("/projekte/" + id, "/api/v1/projekte/" + id);
                case "GREMIUM" -> new Ziel("/gremien", "/api/v1/gremien");
                case "KOORDINATION" -> new Ziel("/koordination", "/api/v1/themenfelder/" + id + "/koordination");
                case "ANSPRECHSTELLE" -> new Ziel("/koordination", "/api/v1/ansprechstellen");
                case "DATENSATZ" -> new Ziel("/ueber-die-daten", "/api/v1/datenquellen");
                default ->
                    new Ziel(
                            "/aenderungen",
                            "/api/v1/aenderungen?entitaet=" + typ + "&id="
                                    + URLEncoder.encode(id, StandardCharsets.UTF_8));
            };
        }
    }
}
