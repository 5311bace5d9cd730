package nrw.digitalisierungsdashboard.common.tabelle;

/**
 * The licences of the data, with the URI DCAT-AP.de uses for them (the dcat-ap.de licence vocabulary; MIT, which it
 * does not list, by its SPDX URI) and the human-readable text.
 */
public enum Lizenz {
    DL_BY_DE_2_0(
            "dl-de/by-2-0",
            "Datenlizenz Deutschland – Namensnennung – Version 2.0",
            "http://dcat-ap.de/def/licenses/dl-by-de/2.0",
            "https://www.govdata.de/dl-de/by-2-0"),
    DL_ZERO_DE_2_0(
            "dl-de/zero-2-0",
            "Datenlizenz Deutschland – Zero – Version 2.0",
            "http://dcat-ap.de/def/licenses/dl-zero-de/2.0",
            "https://www.govdata.de/dl-de/zero-2-0"),
    MIT("MIT", "MIT License", "http://spdx.org/licenses/MIT", "https://opensource.org/license/mit");

    private final String kurz;
    private final String name;
    private final String uri;
    private final String url;

    Lizenz(String kurz, String name, String uri, String url) {
        this.kurz = kurz;
        this.name = name;
        this.uri = uri;
        this.url = url;
    }

    /** Short identifier, e.g. dl-de/by-2-0 (ASCII, for headers). */
    public String kurz() {
        return kurz;
    }

    public String bezeichnung() {
        return name;
    }

    /** The URI for dct:license. */
    public String uri() {
        return uri;
    }

    /** Where a person reads the licence text. */
    public String url() {
        return url;
    }
}
