package nrw.digitalisierungsdashboard.opendata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RDF graph (IRIs only, no blank nodes) written as Turtle, JSON-LD or RDF/XML with the same prefixes, so all
 * three parse into the same triples. Enough for a DCAT catalogue without a triple store in the application.
 */
final class Rdf {

    static final Map<String, String> PREFIXE = new LinkedHashMap<>();

    static {
        PREFIXE.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        PREFIXE.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        PREFIXE.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        PREFIXE.put("dcat", "http://www.w3.org/ns/dcat#");
        PREFIXE.put("dct", "http://purl.org/dc/terms/");
        PREFIXE.put("dcatde", "http://dcat-ap.de/def/dcatde/");
        PREFIXE.put("foaf", "http://xmlns.com/foaf/0.1/");
        PREFIXE.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        PREFIXE.put("skos", "http://www.w3.org/2004/02/skos/core#");
        PREFIXE.put("spdx", "http://spdx.org/rdf/terms#");
        PREFIXE.put("adms", "http://www.w3.org/ns/adms#");
    }

    /** An IRI as object. */
    record Iri(String iri) {}

    /** A literal with either a language or a datatype (prefixed name, e.g. xsd:dateTime). */
    record Literal(String text, String sprache, String datentyp) {}

    /** A subject with its types and statements, in the order they were added. */
    static final class Knoten {
        final String iri;
        final List<String> typen = new ArrayList<>();
        final Map<String, List<Object>> aussagen = new LinkedHashMap<>();

        Knoten(String iri) {
            this.iri = iri;
        }

        Knoten typ(String prefixed) {
            typen.add(prefixed);
            return this;
        }

        Knoten iri(String praedikat, String iri) {
            return add(praedikat, new Iri(iri));
        }

        Knoten text(String praedikat, String text) {
            return text == null ? this : add(praedikat, new Literal(text, "de", null));
        }

        Knoten wert(String praedikat, String text, String datentyp) {
            return text == null ? this : add(praedikat, new Literal(text, null, datentyp));
        }

        private Knoten add(String praedikat, Object objekt) {
            aussagen.computeIfAbsent(praedikat, k -> new ArrayList<>()).add(objekt);
            return this;
        }
    }

    private final Map<String, Knoten> knoten = new LinkedHashMap<>();

    /** The node with this IRI (created on first use). */
    Knoten knoten(String iri) {
        return knoten.computeIfAbsent(iri, Knoten::new);
    }

    boolean hat(String iri) {
        return knoten.containsKey(iri);
    }

    String turtle() {
        StringBuilder b = new StringBuilder();
        PREFIXE.forEach((p, ns) ->
                b.append("@prefix ").append(p).append(": <").append(ns).append("> .\n"));
        for (Knoten k : knoten.values()) {
            b.append('\n').append('<').append(escapeIri(k.iri)).append('>');
            List<String> teile = new ArrayList<>();
            if (!k.typen.isEmpty()) {
                teile.add(" a " + String.join(", ", k.typen));
            }
            k.aussagen.forEach((p, objekte) -> teile.add(" " + p + " "
                    + String.join(", ", objekte.stream().map(Rdf::turtle).toList())));
            b.append(String.join(" ;\n   ", teile)).append(" .\n");
        }
        return b.toString();
    }

    private static String turtle(Object o) {
        if (o instanceof Iri i) {
            return "<" + escapeIri(i.iri()) + ">";
        }
        Literal l = (Literal) o;
        String s = "\""
                + l.text()
                        .replace("\\", "\\\\")
                        .replace("\"", "\\\"")
                        .replace("\n", "\\n")
                        .replace("\r", "\\r")
                        .replace("\t", "\\t")
                + "\"";
        if (l.sprache() != null) {
            return s + "@" + l.sprache();
        }
        return l.datentyp() == null ? s : s + "^^" + l.datentyp();
    }

    private static String escapeIri(String iri) {
        if (iri.matches(".*[\\s<>\"{}|\\\\^`].*")) {
            throw new IllegalArgumentException("Ungültige IRI: " + iri);
        }
        return iri;
    }

    String jsonLd(ObjectMapper json) {
        ObjectNode root = json.createObjectNode();
        ObjectNode context = root.putObject("@context");
        PREFIXE.forEach(context::put);
        ArrayNode graph = root.putArray("@graph");
        for (Knoten k : knoten.values()) {
            ObjectNode n = graph.addObject();
            n.put("@id", escapeIri(k.iri));
            if (!k.typen.isEmpty()) {
                ArrayNode typen = n.putArray("@type");
                k.typen.forEach(typen::add);
            }
            k.aussagen.forEach((p, objekte) -> {
                ArrayNode werte = n.putArray(p);
                for (Object o : objekte) {
                    ObjectNode w = werte.addObject();
                    if (o instanceof Iri i) {
                        w.put("@id", escapeIri(i.iri()));
                    } else {
                        Literal l = (Literal) o;
                        w.put("@value", l.text());
                        if (l.sprache() != null) {
                            w.put("@language", l.sprache());
                        } else if (l.datentyp() != null) {
                            w.put("@type", l.datentyp());
                        }
                    }
                }
            });
        }
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RDF/XML (the syntax older harvesters such as CKAN's DCAT extension read best): one rdf:Description per node. */
    String rdfXml() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF");
        PREFIXE.forEach((p, ns) ->
                b.append("\n    xmlns:").append(p).append("=\"").append(xml(ns)).append('"'));
        b.append(">\n");
        for (Knoten k : knoten.values()) {
            b.append("  <rdf:Description rdf:about=\"")
                    .append(xml(escapeIri(k.iri)))
                    .append("\">\n");
            for (String typ : k.typen) {
                b.append("    <rdf:type rdf:resource=\"")
                        .append(xml(expand(typ)))
                        .append("\"/>\n");
            }
            k.aussagen.forEach((p, objekte) -> {
                for (Object o : objekte) {
                    b.append("    <").append(p);
                    if (o instanceof Iri i) {
                        b.append(" rdf:resource=\"")
                                .append(xml(escapeIri(i.iri())))
                                .append("\"/>\n");
                        continue;
                    }
                    Literal l = (Literal) o;
                    if (l.sprache() != null) {
                        b.append(" xml:lang=\"").append(l.sprache()).append('"');
                    } else if (l.datentyp() != null) {
                        b.append(" rdf:datatype=\"")
                                .append(xml(expand(l.datentyp())))
                                .append('"');
                    }
                    b.append('>').append(xml(l.text())).append("</").append(p).append(">\n");
                }
            });
            b.append("  </rdf:Description>\n");
        }
        return b.append("</rdf:RDF>\n").toString();
    }

    /** A prefixed name (dcat:Dataset) as full IRI. */
    private static String expand(String prefixed) {
        int colon = prefixed.indexOf(':');
        String ns = colon < 0 ? null : PREFIXE.get(prefixed.substring(0, colon));
        if (ns == null) {
            throw new IllegalArgumentException("Unbekanntes Präfix: " + prefixed);
        }
        return ns + prefixed.substring(colon + 1);
    }

    private static String xml(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\r' -> b.append("&#13;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
