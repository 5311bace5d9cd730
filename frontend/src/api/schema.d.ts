/**
 * Generated from ../openapi.yaml by scripts/generate-api.mjs (openapi-typescript). Do not edit:
 * run `npm run api:generate` after the contract changes; `npm run check` fails while this is stale.
 */

export interface paths {
    "/api/v1/basiskomponenten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Basiskomponenten */
        get: operations["listBasiskomponenten"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/basiskomponenten/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eine Basiskomponente */
        get: operations["getBasiskomponente"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datenquellen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Quellen, Lizenzen und Namensnennung
         * @description Jede Quelle mit Stand, Lizenz, Namensnennung, Einschränkungen und den daraus abgeleiteten Angaben.
         */
        get: operations["listDatenquellen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fachaemter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fachämter
         * @description Die Standardliste der Fachämter, nach der Leistungen ihren Fachämtern zugeordnet werden.
         */
        get: operations["listFachaemter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/groessenklassen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Größenklassen nach Einwohnerzahl */
        get: operations["listGroessenklassen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kennzahlen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kennzahlen der Startseite */
        get: operations["getKennzahlen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kommunen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kommunen filtern und suchen
         * @description Die 396 Gemeinden (22 davon kreisfreie Städte) und die 31 Kreise.
         */
        get: operations["listKommunen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kommunen/{ags}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Profil einer Kommune
         * @description Schlüssel: 8-stelliger AGS, 5-stelliger Kreisschlüssel (Kreis oder kreisfreie Stadt) oder 12-stelliger ARS.
         */
        get: operations["getKommune"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kreise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kreise und kreisfreie Städte
         * @description Die 53 Einheiten der Kreisebene: 31 Kreise (mit der Städteregion Aachen) und 22 kreisfreie Städte, nach Name sortiert.
         */
        get: operations["listKreise"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lagen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lebens- und Unternehmenslagen
         * @description Nach Name sortiert.
         */
        get: operations["listLagen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leika/{schluessel}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Die Katalogzeilen zu einem LeiKa-Schlüssel */
        get: operations["getLeika"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leistungen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OZG-Leistungen suchen und filtern */
        get: operations["listLeistungen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leistungen/{ozgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eine OZG-Leistung
         * @description Mit Lage, Themenfeld, LeiKa-Zeilen, der Bedeutung ihrer Typisierungen und ihren Fachämtern.
         */
        get: operations["getLeistung"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisationen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisationen filtern und suchen */
        get: operations["listOrganisationen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisationen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eine Organisation */
        get: operations["getOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regierungsbezirke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Die fünf Regierungsbezirke */
        get: operations["listRegierungsbezirke"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/themenfelder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Themenfelder
         * @description Die 14 Themenfelder mit der Zahl ihrer Lagen und Leistungen, nach Name sortiert.
         */
        get: operations["listThemenfelder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/themenfelder/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ein Themenfeld mit seinen Lagen */
        get: operations["getThemenfeld"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/typisierungen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bedeutung der LeiKa-Typisierungen */
        get: operations["listTypisierungen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Anschrift: {
            strasse?: string;
            plz?: string;
            ort?: string;
        };
        /** @description Eine Basiskomponente, die Online-Dienste nutzen (Nutzerkonto, Bezahldienst, Portal, Datenaustausch, Formulardienst). */
        Basiskomponente: {
            /** @example servicekonto-nrw */
            id: string;
            /** @example Servicekonto.NRW */
            name: string;
            kategorie: components["schemas"]["BasiskomponenteKategorie"];
            /** @description Wer sie bereitstellt: Bund, Land, Bund und Länder gemeinsam oder kommunal */
            ebene: components["schemas"]["Betriebsebene"];
            /** @description Kurzbeschreibung der Redaktion */
            beschreibung: string;
        };
        /** @enum {string} */
        BasiskomponenteKategorie: "NUTZERKONTO" | "BEZAHLDIENST" | "PORTAL" | "DATENAUSTAUSCH" | "FORMULARDIENST";
        /** @enum {string} */
        Betriebsebene: "BUND" | "LAND" | "BUND_LAENDER" | "KOMMUNAL";
        /** @description Eine Quelle der Daten des Dashboards mit Stand, Lizenz, Namensnennung, Einschränkungen und dem, was daraus abgeleitet ist. */
        Datenquelle: {
            /** @example gemeindeverzeichnis-nrw-2023 */
            id: string;
            titel: string;
            herausgeber: string;
            /**
             * @description Stand der Quelle (Datum)
             * @example 2023-11-30
             */
            stand: string;
            lizenz: string;
            lizenzUrl: string;
            /** @description Pflichtangabe bei Weitergabe */
            namensnennung: string;
            herkunftUrl?: string;
            umfang: string;
            /** @description Einschränkungen und Eigenheiten der Quelle */
            hinweise: string[];
            /** @description Was das Dashboard aus der Quelle ableitet */
            abgeleitet: string[];
            /** @description Version der geladenen Dateien (SHA-256); null bei Quellen, die nur die Karte nutzt */
            version?: string;
            /** @description Wann diese Version in die Datenbank geladen wurde */
            geladenAm?: components["schemas"]["OffsetDateTime"];
        };
        /**
         * @description GEMEINDE: Gemeinde oder Stadt (8-stelliger AGS); KREIS: Kreis oder Städteregion (5-stelliger Kreisschlüssel).
         * @enum {string}
         */
        Ebene: "GEMEINDE" | "KREIS";
        /** @description Ein Fachamt einer Kommunalverwaltung (Standardliste der Redaktion). */
        Fachamt: {
            /** @example standesamt */
            id: string;
            /** @example Standesamt */
            name: string;
            beschreibung: string;
        };
        /** @description Größenklasse nach Einwohnerzahl (gilt für Gemeinden und kreisfreie Städte, nicht für Kreise). */
        Groessenklasse: {
            /** @example KLEINSTADT */
            code: string;
            /** @example Kleinstadt */
            name: string;
            /**
             * Format: int32
             * @example 5000
             */
            einwohnerVon: number;
            /**
             * Format: int32
             * @description Obergrenze einschließlich; null bei der größten Klasse
             * @example 19999
             */
            einwohnerBis?: number;
            beschreibung: string;
            /** Format: int32 */
            anzahlKommunen: number;
        };
        /** @description Ein ungültiger Parameter oder ein ungültiges Feld. */
        InvalidParam: {
            /** @description Name des Parameters oder Pfad des Feldes, z. B. size oder teilnahmen[0].rolle */
            name: string;
            /** @description Ort: query, path, header oder body */
            in: string;
            /** @description Warum der Wert nicht angenommen wurde */
            reason: string;
        };
        /** @description Die Kennzahlen der Startseite, gezählt in der Datenbank. */
        Kennzahlen: {
            /** Format: int64 */
            themenfelder: number;
            /** Format: int64 */
            lagen: number;
            /** Format: int64 */
            leistungen: number;
            /** Format: int64 */
            leikaLeistungen: number;
            /**
             * Format: int64
             * @description Gemeinden und Kreise
             */
            kommunen: number;
            /**
             * Format: int64
             * @description Gemeinden, einschließlich der kreisfreien Städte
             */
            gemeinden: number;
            /** Format: int64 */
            kreisfreieStaedte: number;
            /** Format: int64 */
            kreise: number;
            /** Format: int64 */
            regierungsbezirke: number;
            /** Format: int64 */
            organisationen: number;
            /** Format: int64 */
            basiskomponenten: number;
            /**
             * Format: int64
             * @description Summe der Einwohner der Gemeinden
             */
            einwohner: number;
            /**
             * @description Fassung des OZG-Katalogs
             * @example 2019
             */
            katalogStand: string;
        };
        /** @description Das Profil einer Kommune. */
        KommuneDetail: {
            ags: string;
            ars: string;
            name: string;
            kurzname: string;
            ebene: components["schemas"]["Ebene"];
            typ: components["schemas"]["KommuneTyp"];
            typAbgeleitet: boolean;
            /** @description Hinweis zum Status, z. B. zur Sonderstellung Aachens */
            typHinweis?: string;
            /** @description Gebietstyp wie in der Quelle: kreisfreie Stadt, Stadt, kreisangehörige Gemeinde oder Kreis */
            gebietstypAmtlich: string;
            groessenklasse?: string;
            kreis: components["schemas"]["KreisRef"];
            regierungsbezirk: components["schemas"]["RegierungsbezirkRef"];
            /** Format: int64 */
            einwohner: number;
            flaecheKm2: number;
            einwohnerJeKm2: number;
            /**
             * @description Stichtag der Einwohnerzahl
             * @example 2022-12-31
             */
            einwohnerStichtag: components["schemas"]["LocalDate"];
            /**
             * @description Gebietsstand des Gemeindeverzeichnisses
             * @example 2023-11-30
             */
            gebietsstand: components["schemas"]["LocalDate"];
            /** @description Postleitzahl des Verwaltungssitzes */
            plz?: string;
            /**
             * Format: int32
             * @description Bei Kreisen: Zahl ihrer Gemeinden
             */
            anzahlGemeinden?: number;
            /**
             * @description ID der Kommune als Organisation (/organisationen/{id})
             * @example kommune-05315000
             */
            organisationId: string;
        };
        /** @description Eine Kommune in Listen: Gemeinde, Stadt, kreisfreie Stadt oder Kreis. */
        KommuneSummary: {
            /**
             * @description 8-stelliger AGS bei Gemeinden, 5-stelliger Kreisschlüssel bei Kreisen
             * @example 05315000
             */
            ags: string;
            /**
             * @description 12-stelliger Regionalschlüssel (ARS)
             * @example 053150000000
             */
            ars: string;
            /**
             * @description Amtlicher Name
             * @example Köln, Stadt
             */
            name: string;
            /** @example Köln */
            kurzname: string;
            ebene: components["schemas"]["Ebene"];
            typ: components["schemas"]["KommuneTyp"];
            /** @description true: der Typ ist aus der Einwohnerzahl abgeleitet, nicht amtlich bestätigt */
            typAbgeleitet: boolean;
            /**
             * @description Code der Größenklasse; null bei Kreisen
             * @example GROSSSTADT
             */
            groessenklasse?: string;
            kreis: components["schemas"]["KreisRef"];
            regierungsbezirk: components["schemas"]["RegierungsbezirkRef"];
            /**
             * Format: int64
             * @description Einwohner am 31.12.2022
             */
            einwohner: number;
            flaecheKm2: number;
            /** @description Einwohner je km² (abgeleitet) */
            einwohnerJeKm2: number;
        };
        /**
         * @description Status der Kommune in NRW. Für kreisangehörige Gemeinden aus den Schwellen des § 4 GO NRW abgeleitet (mehr als 60 000 Einwohner: große, mehr als 25 000: mittlere kreisangehörige Stadt), bis eine Redaktion ihn bestätigt.
         * @enum {string}
         */
        KommuneTyp: "KREISFREIE_STADT" | "KREIS" | "GROSSE_KREISANGEHOERIGE_STADT" | "MITTLERE_KREISANGEHOERIGE_STADT" | "KREISANGEHOERIGE_GEMEINDE";
        /** @description Eine Einheit der Kreisebene: Kreis oder kreisfreie Stadt. Einwohner und Fläche sind Summen über ihre Gemeinden. */
        Kreis: {
            /**
             * @description 5-stelliger Kreisschlüssel
             * @example 5158
             */
            schluessel: string;
            /** @example Kreis Mettmann */
            name: string;
            /** @example Mettmann */
            kurzname: string;
            typ: components["schemas"]["KreisTyp"];
            verwaltungssitz: string;
            regierungsbezirk: components["schemas"]["RegierungsbezirkRef"];
            /** Format: int32 */
            anzahlGemeinden: number;
            /** Format: int64 */
            einwohner: number;
            flaecheKm2: number;
            /**
             * @description Schlüssel der zugehörigen Kommune unter /kommunen: der Kreisschlüssel bei Kreisen, der 8-stellige AGS bei kreisfreien Städten
             * @example 5158
             */
            kommuneAgs: string;
        };
        /** @description Verweis auf einen Kreis oder eine kreisfreie Stadt (Kreisebene). */
        KreisRef: {
            /** @example 5158 */
            schluessel: string;
            /** @example Kreis Mettmann */
            name: string;
        };
        /**
         * @description Kreis (einschließlich Städteregion Aachen) oder kreisfreie Stadt.
         * @enum {string}
         */
        KreisTyp: "KREIS" | "KREISFREIE_STADT";
        /** @description Eine Lebens- oder Unternehmenslage des OZG-Katalogs. */
        Lage: {
            /**
             * Format: int32
             * @example 26
             */
            id: number;
            /** @example Geburt */
            name: string;
            themenfeld: components["schemas"]["ThemenfeldRef"];
            /** Format: int32 */
            anzahlLeistungen: number;
            katalogStand: string;
        };
        /** @description Verweis auf eine Lebens- oder Unternehmenslage. */
        LageRef: {
            /** Format: int32 */
            id: number;
            name: string;
        };
        /** @description Eine LeiKa-Zeile des Katalogs, wie sie einer OZG-Leistung zugeordnet ist. */
        LeikaLeistung: {
            /**
             * Format: int32
             * @description Zeilenkennung der Quelle (KDN-OZG-Datenbank)
             */
            id: number;
            /**
             * @description 14-stelliger LeiKa-Schlüssel; null, wenn die Quelle „nicht im LeiKa“ angibt
             * @example 99023001000000
             */
            schluessel?: string;
            /** @example Führerschein */
            name: string;
            /** @description Zugeordnete OZG-Leistung; null bei 26 Zeilen ohne Zuordnung */
            leistung?: components["schemas"]["LeistungRef"];
            /** @description Typisierung wie in der Quelle, z. B. „1, 2/3“ */
            typisierung: string;
            /** @description Die einzelnen Typisierungen */
            typisierungen: string[];
            rechtsgrundlage?: string;
            gesetze?: string;
            gesetzeskuerzel?: string;
            sdg1: boolean;
            sdg2: boolean;
            katalogStand: string;
        };
        /** @description Alle Zeilen des Katalogs zu einem LeiKa-Schlüssel; ein Schlüssel kann mehreren OZG-Leistungen zugeordnet sein. */
        LeikaSchluessel: {
            /** @example 99023001000000 */
            schluessel: string;
            /** @description Bezeichnung der ersten Zeile */
            name: string;
            zeilen: components["schemas"]["LeikaLeistung"][];
        };
        /** @description Eine OZG-Leistung mit Lage, Themenfeld, LeiKa-Zeilen und Fachämtern. */
        LeistungDetail: {
            /** Format: int32 */
            ozgId: number;
            name: string;
            themenfeld: components["schemas"]["ThemenfeldRef"];
            lage: components["schemas"]["LageRef"];
            typisierungen: string[];
            /** @description Was die vorkommenden Typisierungen bedeuten */
            typisierungErlaeuterungen: components["schemas"]["Typisierung"][];
            sdg1Relevant: boolean;
            sdg2Relevant: boolean;
            katalogStand: string;
            leika: components["schemas"]["LeikaLeistung"][];
            /** @description Beteiligte Fachämter; leer, solange die Redaktion sie nicht gepflegt hat */
            fachaemter: components["schemas"]["Fachamt"][];
            /** @description false: die Zuordnung zu Fachämtern ist noch nicht gepflegt („nicht gepflegt“) */
            fachaemterGepflegt: boolean;
        };
        /** @description Verweis auf eine OZG-Leistung. */
        LeistungRef: {
            /** Format: int32 */
            ozgId: number;
            name: string;
        };
        /** @description Eine OZG-Leistung in Listen. */
        LeistungSummary: {
            /**
             * Format: int32
             * @description OZG-ID
             * @example 10169
             */
            ozgId: number;
            /** @example Führerschein */
            name: string;
            themenfeld: components["schemas"]["ThemenfeldRef"];
            lage: components["schemas"]["LageRef"];
            /**
             * @description Alle Typisierungen ihrer LeiKa-Zeilen
             * @example [
             *       "2/3"
             *     ]
             */
            typisierungen: string[];
            /** Format: int32 */
            anzahlLeika: number;
            /** @description Mindestens eine LeiKa-Zeile ist nach Anhang I der SDG-Verordnung markiert */
            sdg1Relevant: boolean;
            katalogStand: string;
        };
        /**
         * Format: date
         * @example 2022-03-10
         */
        LocalDate: string;
        /**
         * Format: date-time
         * @example 2022-03-10 12:15:50-04:00
         */
        OffsetDateTime: string;
        /** @description Eine Organisation: IT-Dienstleister, Kommune, KDN, d-NRW, Landesministerium oder kommunaler Spitzenverband. */
        Organisation: {
            /** @example civitec */
            id: string;
            /** @example civitec */
            name: string;
            kurzname?: string;
            typ: components["schemas"]["OrganisationTyp"];
            beschreibung?: string;
            /** @description Anschrift, soweit die Quelle sie nennt (Straße ohne Hausnummer) */
            anschrift?: components["schemas"]["Anschrift"];
            /** @description Web-Adresse wie in der Quelle, ungeprüft */
            url?: string;
            /** @description Bei Kommunen: AGS bzw. Kreisschlüssel (/kommunen/{ags}) */
            kommuneAgs?: string;
            /**
             * @description Jahr des Datenstands, z. B. 2019 bei den IT-Dienstleistern aus der KDN-OZG-Datenbank
             * @example 2019
             */
            datenstand: string;
            /** @description ID der Datenquelle (/datenquellen) */
            quelle: string;
            /** @description Hinweis zur Datenqualität, z. B. beim Laden korrigierte Angaben */
            hinweis?: string;
        };
        /**
         * @description Art der Organisation.
         * @enum {string}
         */
        OrganisationTyp: "IT_DIENSTLEISTER" | "KOMMUNE" | "KOMMUNALER_DACHVERBAND" | "LANDESEINRICHTUNG" | "LANDESMINISTERIUM" | "KOMMUNALER_SPITZENVERBAND";
        PageBasiskomponente: {
            items: components["schemas"]["Basiskomponente"][];
            /**
             * Format: int64
             * @description Anzahl aller Treffer über alle Seiten
             */
            total: number;
            /**
             * Format: int32
             * @description Seite, beginnend bei 0
             */
            page: number;
            /**
             * Format: int32
             * @description Einträge je Seite
             */
            size: number;
        };
        PageDatenquelle: {
            items: components["schemas"]["Datenquelle"][];
            /**
             * Format: int64
             * @description Anzahl aller Treffer über alle Seiten
             */
            total: number;
            /**
             * Format: int32
             * @description Seite, beginnend bei 0
             */
            page: number;
            /**
             * Format: int32
             * @description Einträge je Seite
             */
            size: number;
        };
        PageFachamt: {
            items: components["schemas"]["Fachamt"][];
            /**
             * Format: int64
             * @description Anzahl aller Treffer über alle Seiten
             */
            total: number;
            /**
             * Format: int32
             * @description Seite, beginnend bei 0
             */
            page: number;
            /**
             * Format: int32
             * @description Einträge je Seite
             */
            size: number;
        };
        PageGroessenklasse: {
            items: components["schemas"]["Groessenklasse"][];
            /**
             * Format: int64
             * @description Anzahl aller Treffer über alle Seiten
             */
            total: number;
            /**
             * Format: int32
             * @description Seite, beginnend bei 0
             */
            page: number;
            /**
             * Format: int32
             * @description Einträge je Seite
             */
            size: number;
        };
        PageKommuneSummary: {
            items: components["schemas"]["KommuneSummary"][];
            /**
             * Format: int64
             * @description Anzahl aller Treffer über alle Seiten
             */
            total: number;
            /**
             * Format: int32
             * @description Seite, beginnend bei 0
             */
            page: number;
            /**
             * Format: int32
             * @description Einträge je Seite
             */
            size: number;
        };
        PageKreis: {
            items: components["schemas"]["Kreis"][];
            /**
             * Format: int64
             * @description Anzahl aller Treffer über alle Seiten
             */
            total: number;
            /**
             * Format: int32
             * @description Seite, beginnend bei 0
             */
            page: number;
            /**
             * Format: int32
             * @description Einträge je Seite
             */
            size: number;
        };
        PageLage: {
            items: components["schemas"]["Lage"][];
            /**
             * Format: int64
             * @description Anzahl aller Treffer über alle Seiten
             */
            total: number;
            /**
             * Format: int32
             * @description Seite, beginnend bei 0
             */
            page: number;
            /**
             * Format: int32
             * @description Einträge je Seite
             */
            size: number;
        };
        PageLeistungSummary: {
            items: components["schemas"]["LeistungSummary"][];
            /**
             * Format: int64
             * @description Anzahl aller Treffer über alle Seiten
             */
            total: number;
            /**
             * Format: int32
             * @description Seite, beginnend bei 0
             */
            page: number;
            /**
             * Format: int32
             * @description Einträge je Seite
             */
            size: number;
        };
        PageOrganisation: {
            items: components["schemas"]["Organisation"][];
            /**
             * Format: int64
             * @description Anzahl aller Treffer über alle Seiten
             */
            total: number;
            /**
             * Format: int32
             * @description Seite, beginnend bei 0
             */
            page: number;
            /**
             * Format: int32
             * @description Einträge je Seite
             */
            size: number;
        };
        PageRegierungsbezirk: {
            items: components["schemas"]["Regierungsbezirk"][];
            /**
             * Format: int64
             * @description Anzahl aller Treffer über alle Seiten
             */
            total: number;
            /**
             * Format: int32
             * @description Seite, beginnend bei 0
             */
            page: number;
            /**
             * Format: int32
             * @description Einträge je Seite
             */
            size: number;
        };
        PageThemenfeld: {
            items: components["schemas"]["Themenfeld"][];
            /**
             * Format: int64
             * @description Anzahl aller Treffer über alle Seiten
             */
            total: number;
            /**
             * Format: int32
             * @description Seite, beginnend bei 0
             */
            page: number;
            /**
             * Format: int32
             * @description Einträge je Seite
             */
            size: number;
        };
        PageTypisierung: {
            items: components["schemas"]["Typisierung"][];
            /**
             * Format: int64
             * @description Anzahl aller Treffer über alle Seiten
             */
            total: number;
            /**
             * Format: int32
             * @description Seite, beginnend bei 0
             */
            page: number;
            /**
             * Format: int32
             * @description Einträge je Seite
             */
            size: number;
        };
        /** @description Fehlerantwort nach RFC 9457 (application/problem+json). */
        Problem: {
            /** @description URI-Referenz der Problemart, z. B. /probleme/validierung */
            type: string;
            /** @description Kurzer, gleichbleibender Titel der Problemart */
            title: string;
            /**
             * Format: int32
             * @description HTTP-Statuscode
             */
            status: number;
            /** @description Erklärung für genau diesen Fall */
            detail?: string;
            /** @description Pfad der Anfrage */
            instance?: string;
            /** @description Ungültige Parameter oder Felder */
            errors?: components["schemas"]["InvalidParam"][];
        };
        /** @description Einer der fünf Regierungsbezirke; Einwohner und Fläche sind Summen über seine Gemeinden. */
        Regierungsbezirk: {
            /** @example 051 */
            id: string;
            /** @example Reg.-Bez. Düsseldorf */
            name: string;
            /** @example Düsseldorf */
            kurzname: string;
            verwaltungssitz: string;
            /** Format: int64 */
            einwohner: number;
            flaecheKm2: number;
            /** Format: int32 */
            anzahlKreise: number;
            /** Format: int32 */
            anzahlKreisfreieStaedte: number;
            /** Format: int32 */
            anzahlGemeinden: number;
        };
        /** @description Verweis auf einen Regierungsbezirk. */
        RegierungsbezirkRef: {
            /** @example 051 */
            id: string;
            /** @example Düsseldorf */
            name: string;
        };
        /** @description Eines der 14 Themenfelder des OZG-Katalogs. */
        Themenfeld: {
            /**
             * Format: int32
             * @example 6
             */
            id: number;
            /** @example Familie & Kind */
            name: string;
            /**
             * @description Fassung des OZG-Katalogs, aus der der Eintrag stammt
             * @example 2019
             */
            katalogStand: string;
            /** Format: int32 */
            anzahlLagen: number;
            /** Format: int32 */
            anzahlLeistungen: number;
        };
        /** @description Ein Themenfeld mit seinen Lagen. */
        ThemenfeldDetail: {
            /** Format: int32 */
            id: number;
            name: string;
            katalogStand: string;
            /** Format: int32 */
            anzahlLagen: number;
            /** Format: int32 */
            anzahlLeistungen: number;
            lagen: components["schemas"]["Lage"][];
        };
        /** @description Verweis auf ein Themenfeld. */
        ThemenfeldRef: {
            /** Format: int32 */
            id: number;
            name: string;
        };
        /** @description Bedeutung einer LeiKa-Typisierung: wer regelt, wer vollzieht. */
        Typisierung: {
            /** @example 2/3 */
            code: string;
            /** @example Bund */
            regelungskompetenz: string;
            /** @example Land oder Kommune */
            vollzugskompetenz: string;
            beschreibung: string;
            /** @description Einer der fünf für das OZG maßgeblichen Typen */
            ozgRelevant: boolean;
        };
    };
    responses: {
        /** @description Ungültige Anfrage: ein Parameter oder Feld ist falsch; errors nennt jeden und warum. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Nicht gefunden: unter diesem Schlüssel gibt es keine Ressource. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Interner Fehler; detail nennt eine Fehlerkennung, nie Interna. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listBasiskomponenten: {
        parameters: {
            query?: {
                /** @description Seite, beginnend bei 0. */
                page?: number;
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageBasiskomponente"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
        };
    };
    getBasiskomponente: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID der Basiskomponente */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Basiskomponente"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listDatenquellen: {
        parameters: {
            query?: {
                /** @description Seite, beginnend bei 0. */
                page?: number;
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDatenquelle"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
        };
    };
    listFachaemter: {
        parameters: {
            query?: {
                /** @description Seite, beginnend bei 0. */
                page?: number;
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageFachamt"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
        };
    };
    listGroessenklassen: {
        parameters: {
            query?: {
                /** @description Seite, beginnend bei 0. */
                page?: number;
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageGroessenklasse"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
        };
    };
    getKennzahlen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Kennzahlen"];
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    listKommunen: {
        parameters: {
            query?: {
                /** @description GEMEINDE oder KREIS */
                ebene?: components["schemas"]["Ebene"];
                /** @description Code einer Größenklasse (siehe /groessenklassen) */
                groessenklasse?: string;
                /** @description 5-stelliger Kreisschlüssel: die Kommunen im Gebiet dieses Kreises, der Kreis selbst eingeschlossen */
                kreis?: string;
                /** @description Seite, beginnend bei 0. */
                page?: number;
                /** @description Suche im Namen (Umlaute gefaltet, Wortanfänge genügen) oder nach dem Anfang des AGS */
                q?: string;
                /** @description 3-stellige Kennung des Regierungsbezirks */
                regierungsbezirk?: string;
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
                /** @description Sortierung: name, ags, einwohner, flaecheKm2, einwohnerJeKm2; mit - davor absteigend. Ohne Angabe: nach Name. */
                sort?: string;
                /** @description Status der Kommune */
                typ?: components["schemas"]["KommuneTyp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageKommuneSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
        };
    };
    getKommune: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description AGS, Kreisschlüssel oder ARS */
                ags: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KommuneDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listKreise: {
        parameters: {
            query?: {
                /** @description Seite, beginnend bei 0. */
                page?: number;
                /** @description 3-stellige Kennung des Regierungsbezirks */
                regierungsbezirk?: string;
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
                /** @description KREIS oder KREISFREIE_STADT */
                typ?: components["schemas"]["KreisTyp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageKreis"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
        };
    };
    listLagen: {
        parameters: {
            query?: {
                /** @description Seite, beginnend bei 0. */
                page?: number;
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
                /** @description Nur die Lagen dieses Themenfelds */
                themenfeld?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageLage"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
        };
    };
    getLeika: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 14-stelliger LeiKa-Schlüssel */
                schluessel: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeikaSchluessel"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listLeistungen: {
        parameters: {
            query?: {
                /** @description ID einer Lebens- oder Unternehmenslage */
                lage?: number;
                /** @description Seite, beginnend bei 0. */
                page?: number;
                /** @description Volltextsuche (deutsch, Umlaute gefaltet, Wortanfänge genügen, nach Relevanz sortiert) */
                q?: string;
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
                /** @description Sortierung: name, ozgId, themenfeld, anzahlLeika; mit - davor absteigend. Ohne Angabe: nach Relevanz, wenn q gesetzt ist, sonst nach Name. */
                sort?: string;
                /** @description ID eines Themenfelds */
                themenfeld?: number;
                /** @description Typisierung, z. B. 2/3; trifft Leistungen, bei denen mindestens eine LeiKa-Zeile sie trägt */
                typisierung?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageLeistungSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
        };
    };
    getLeistung: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description OZG-ID */
                ozgId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeistungDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listOrganisationen: {
        parameters: {
            query?: {
                /** @description Seite, beginnend bei 0. */
                page?: number;
                /** @description Suche in Name, Kurzname und Ort (Wortanfänge genügen) */
                q?: string;
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
                /** @description Sortierung: name, typ, id; mit - davor absteigend. Ohne Angabe: nach Name. */
                sort?: string;
                /** @description Art der Organisation */
                typ?: components["schemas"]["OrganisationTyp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOrganisation"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
        };
    };
    getOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID der Organisation */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listRegierungsbezirke: {
        parameters: {
            query?: {
                /** @description Seite, beginnend bei 0. */
                page?: number;
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageRegierungsbezirk"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
        };
    };
    listThemenfelder: {
        parameters: {
            query?: {
                /** @description Seite, beginnend bei 0. */
                page?: number;
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageThemenfeld"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
        };
    };
    getThemenfeld: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Themenfelds */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemenfeldDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listTypisierungen: {
        parameters: {
            query?: {
                /** @description Seite, beginnend bei 0. */
                page?: number;
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageTypisierung"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
        };
    };
}
