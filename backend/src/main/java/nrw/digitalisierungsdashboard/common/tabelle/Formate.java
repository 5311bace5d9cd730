package nrw.digitalisierungsdashboard.common.tabelle;

import java.util.LinkedHashMap;
import java.util.Map;

/** The media types the API offers besides JSON, and the values of {@code ?format=} that stand for them. */
public final class Formate {

    private Formate() {}

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String ATOM = "application/atom+xml";
    public static final String JSON_LD = "application/ld+json";
    public static final String TURTLE = "text/turtle";
    public static final String RDF_XML = "application/rdf+xml";
    public static final String GZIP = "application/gzip";

    /** Marks a JSON operation whose answer is also offered in these formats (comma-separated ?format= values). */
    public static final String EXTENSION = "x-download";

    /** CSV as sent: UTF-8, with a header row (RFC 4180 and RFC 7111's header parameter). */
    public static final String CSV_UTF8 = "text/csv;charset=UTF-8;header=present";

    /** {@code ?format=} for plain links, mapped onto the Accept header before the request is matched. */
    public static final Map<String, String> PARAMETER = new LinkedHashMap<>();

    static {
        PARAMETER.put("json", "application/json");
        PARAMETER.put("csv", CSV);
        PARAMETER.put("xlsx", XLSX);
        PARAMETER.put("atom", ATOM);
        PARAMETER.put("jsonld", JSON_LD);
        PARAMETER.put("turtle", TURTLE);
        PARAMETER.put("rdfxml", RDF_XML);
    }
}
