/**
 * Generated from ../openapi.yaml by scripts/generate-api.mjs (openapi-typescript). Do not edit:
 * run `npm run api:generate` after the contract changes; `npm run check` fails while this is stale.
 */

export interface paths {
    "/api/v1/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Vollständiger Audit-Trail
         * @description Alle Änderungen mit Akteur und vollständigem Vorher/Nachher, auch an Konten und Tokens. Nur ADMIN.
         */
        get: operations["listAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/konten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Konten */
        get: operations["listKonten"];
        put?: never;
        /** Konto anlegen */
        post: operations["createKonto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/konten/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ein Konto */
        get: operations["getKonto"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Konto ändern oder deaktivieren
         * @description Braucht If-Match.
         */
        patch: operations["updateKonto"];
        trace?: never;
    };
    "/api/v1/admin/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API-Tokens */
        get: operations["listApiTokens"];
        put?: never;
        /**
         * API-Token anlegen
         * @description Das Geheimnis steht nur in dieser Antwort.
         */
        post: operations["createApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/tokens/{id}/widerruf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * API-Token widerrufen
         * @description Wirkt sofort; der Eintrag bleibt zur Nachvollziehbarkeit.
         */
        post: operations["revokeApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/aenderungen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Öffentliches Änderungsprotokoll
         * @description Jede Änderung an öffentlichen Einträgen, neueste zuerst: was sich wann an welchem Eintrag geändert hat. Wer geändert hat und Personendaten stehen nur im Audit-Trail für Administratoren. Auch als Atom-Feed (Accept: application/atom+xml oder format=atom; dieselben Filter, seitenweise mit Link rel=next, stabile Eintrags-IDs, Links auf die Seite im Dashboard und die Ressource in der API).
         */
        get: operations["listAenderungen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ansprechstellen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ansprechstellen der Ministerien */
        get: operations["listAnsprechstellen"];
        put?: never;
        /** Ansprechstelle anlegen */
        post: operations["createAnsprechstelle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ansprechstellen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Ansprechstelle ändern
         * @description Braucht If-Match.
         */
        put: operations["updateAnsprechstelle"];
        post?: never;
        /**
         * Ansprechstelle entfernen
         * @description Braucht If-Match.
         */
        delete: operations["deleteAnsprechstelle"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Anmelden
         * @description Öffnet eine Sitzung im Cookie (HttpOnly, SameSite=Strict; über HTTPS Secure und __Host-). Das zurückgegebene csrfToken (auch im lesbaren Cookie dashboard_csrf) ist bei jedem schreibenden Aufruf im Kopf X-CSRF-Token mitzuschicken. Eine Sitzung, die derselbe Client noch hält, endet damit. Fehlversuche werden je Konto und Adresse, je Konto und je Adresse gezählt: ab einer Schwelle verdoppelt sich die Wartezeit mit jedem Fehlversuch; wer zu früh wiederkommt, erhält 429 mit Retry-After.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Abmelden
         * @description Beendet die Sitzung und löscht die Cookies.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Wer bin ich?
         * @description 401, wenn niemand angemeldet ist.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/passwort": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Eigenes Passwort ändern
         * @description Beendet alle anderen Sitzungen des Kontos. Das neue Passwort: mindestens 12 Zeichen, höchstens 72 Bytes, nicht eines der häufigsten Passwörter (auch nicht mit Ziffern oder Zeichen ergänzt), keine bloße Wiederholung oder Folge, nicht der Benutzername, nicht das bisherige. Fehlversuche werden gezählt wie bei der Anmeldung (429 mit Retry-After).
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
    "/api/v1/dcat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Katalog der offenen Daten (DCAT-AP.de)
         * @description Jeder Datensatz mit Titel, Beschreibung, Herausgeber, contributorID, Lizenz (Vokabular von dcat-ap.de, MIT als SPDX-URI), Stand, Thema, Raumbezug NRW und seinen Distributionen (JSON, CSV, XLSX, Atom, Massendateien mit Größe und SHA-256). JSON-LD (Standard), Turtle (Accept: text/turtle bzw. format=turtle) oder RDF/XML (Accept: application/rdf+xml bzw. format=rdfxml). ETag und If-None-Match → 304.
         */
        get: operations["getDcatKatalog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/downloads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Massendateien
         * @description Ganze Datensätze als gzip-komprimierte CSV-Dateien (Regeln wie bei format=csv): OZG-Katalog mit LeiKa-Zeilen, Kommunen, Projekte und Projektteams, der vollständige Umsetzungsstand Kommune × Leistung, die Basiskomponenten-Anschlüsse und die Tagesstände. Erzeugt nach Änderungen (höchstens alle 10 Minuten) und täglich; je Datei Größe, Zeilen, SHA-256, Stand, Lizenz und Namensnennung. Leer, bis der erste Lauf nach dem Start fertig ist.
         */
        get: operations["listDownloads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/downloads/erzeugung": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Massendateien jetzt erzeugen
         * @description ADMIN. Erzeugt alle Massendateien aus einem konsistenten Schnappschuss; läuft sonst nach Änderungen und täglich um 01:15 UTC. erzeugt = false, wenn gerade ein anderer Lauf erzeugt.
         */
        post: operations["erzeugeDownloads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/downloads/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eine Massendatei
         * @description Die Datei als application/gzip (entpackt: CSV nach RFC 4180, UTF-8, Trennzeichen ;), Content-Disposition mit dem Datum des Datenstands, ETag = SHA-256 der Datei (If-None-Match → 304).
         */
        get: operations["getDownload"];
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
    "/api/v1/gremien": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entscheidungsgremien */
        get: operations["listGremien"];
        put?: never;
        /** Gremium anlegen */
        post: operations["createGremium"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gremien/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Gremium ändern
         * @description Name, Beschreibung und Organisation; die ID bleibt. Braucht If-Match.
         */
        put: operations["updateGremium"];
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
    "/api/v1/importe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Importe, neueste zuerst
         * @description ADMIN sieht alle, INTEGRATION die eigenen.
         */
        get: operations["listImporte"];
        put?: never;
        /**
         * Umsetzungsstand importieren
         * @description INTEGRATION oder ADMIN. Inhalt: CSV (text/csv, Trennzeichen ; oder , oder Tab, erste Zeile = Kopfzeile) oder JSON (application/json: ein Array von Objekten, auch in einem Objekt). UTF-8. Felder: die Kommune als ags (8 Ziffern, Kreise 5) oder ars (12), die Leistung als ozg_id (ozgid) oder leika (leika_key, 14 Ziffern; mehrdeutige LeiKa-Schlüssel brauchen zusätzlich ozg_id), status (online_status: ONLINE, IN_UMSETZUNG, IN_PLANUNG, NICHT_BEGONNEN; auch online/offline, true/false), reifegrad (0–4, bei reifegradmodell 2.0 0–7), url, online_seit (2026-01-31). Unbekannte Spalten werden übergangen und als Hinweis genannt. Beispiel-Kopfzeile: ags;ozg_id;status;reifegrad;url;online_seit. Kodierung, Kopfzeile und Pflichtspalten werden sofort geprüft (400/422). Danach antwortet der Dienst 202 mit dem Auftrag (Location): er liest die ganze Datei, prüft jeden Datensatz und schreibt nur, wenn keiner fehlerhaft ist – alles in einer Transaktion. Einträge mit gleichen Werten bleiben unberührt (dieselbe Datei zweimal ändert nichts); Einträge, die in der Datei fehlen, bleiben stehen. dryRun=true prüft und zählt je Status, was die gültigen Datensätze bewirken würden, auch wenn andere fehlerhaft sind, und endet als FERTIG. fehlerhafte=ueberspringen schreibt die gültigen und nennt die übergangenen. Eine Vorlage mit allen Spalten: GET /api/v1/importe/vorlage.
         */
        post: operations["createImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/importe/vorlage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Vorlage einer Importdatei
         * @description Öffentlich. Jede Spalte, die der Import versteht, mit einer Beispielzeile (CSV: UTF-8, Trennzeichen ;). format=xlsx liefert dieselbe Vorlage als Tabelle mit einem zweiten Blatt, das jede Spalte erklärt (Pflicht, Werte, andere verstandene Namen); zum Import als „CSV UTF-8“ speichern. Die Beispielzeile verweist auf https://example.org/vorlage-beispiel und wird unverändert als fehlerhaft abgewiesen.
         */
        get: operations["getImportVorlage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/importe/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stand eines Imports
         * @description Fortschritt in Prozent, Zählungen (neu, geändert, unverändert, fehlerhaft) und Fehler mit Zeile, Feld und Grund. ADMIN sieht alle, INTEGRATION die eigenen.
         */
        get: operations["getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/importe/{id}/fehler": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle Fehler eines Imports als CSV
         * @description Jeder fehlerhafte Datensatz mit Zeile, Feld, gelesenem Wert (gekürzt auf 100 Zeichen) und Grund, in der Reihenfolge der Datei; vollständig bis 100 000 Fehler (fehlerGespeichert im Auftrag nennt, wie viele die Datei enthält). CSV nach RFC 4180: UTF-8, Trennzeichen ;, Kopfzeile zeile;feld;wert;grund. ADMIN sieht alle, INTEGRATION die eigenen.
         */
        get: operations["getImportFehler"];
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
        /**
         * Status einer Kommune bestätigen oder korrigieren
         * @description ADMIN oder KOORDINATION; braucht If-Match. Der gesetzte Status gilt als bestätigt.
         */
        patch: operations["updateKommune"];
        trace?: never;
    };
    "/api/v1/kommunen/{ags}/basiskomponenten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Anschlüsse einer Kommune an die Basiskomponenten
         * @description Jede Basiskomponente mit dem gemeldeten Status (KEINE_ANGABE, wenn nichts gemeldet ist).
         */
        get: operations["getKommuneBasiskomponenten"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kommunen/{ags}/basiskomponenten/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Anschluss an eine Basiskomponente melden
         * @description ADMIN, KOORDINATION oder REDAKTION der Kommune selbst. Für einen bestehenden Eintrag ist If-Match nötig (die version aus der Liste als ETag); ein neuer entsteht nur, wenn es ihn noch nicht gibt (If-None-Match: * oder keine Vorbedingung; gleichzeitig: einer 201, die anderen 412).
         */
        put: operations["putBasiskomponenteAnschluss"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kommunen/{ags}/historie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Änderungen an einer Kommune
         * @description Neueste zuerst.
         */
        get: operations["getKommuneHistorie"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kommunen/{ags}/projekte": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Projekte, an denen eine Kommune teilnimmt */
        get: operations["listKommuneProjekte"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kommunen/{ags}/umsetzungsstand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Soll und Ist einer Kommune je OZG-Leistung
         * @description Soll: die Leistungen, für die der Typ der Kommune nach den Zuständigkeitsregeln zuständig ist, mit der Zahl der Regeln, die abgeleitet bzw. bestätigt sind. Ist: der gemeldete Stand je Leistung. Anteil des Solls online (Metrik a): Zahl der Soll-Leistungen der Kommune mit Status ONLINE und Reifegrad ≥ reifegradMin, geteilt durch die Zahl ihrer Soll-Leistungen (Leistungen, für die ihr Kommunentyp nach den Zuständigkeitsregeln zuständig ist). Ein Online-Eintrag ohne Reifegrad zählt als Reifegrad 0. Dazu die Verteilung nach Status und Reifegrad und je Themenfeld.
         */
        get: operations["getKommuneUmsetzungsstand"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kommunen/{ags}/umsetzungsstand/{ozgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stand einer Leistung in einer Kommune
         * @description ETag: die Fassung des Eintrags (fehlt, solange nichts gemeldet ist).
         */
        get: operations["getUmsetzungseintrag"];
        /**
         * Stand einer Leistung in einer Kommune melden
         * @description ADMIN, KOORDINATION des Themenfelds der Leistung oder REDAKTION der Kommune selbst. Ersetzt den Eintrag (Quelle MANUELL); für einen bestehenden Eintrag ist If-Match nötig (fehlt: 428, veraltet: 412). Ein neuer Eintrag entsteht nur, wenn es ihn noch nicht gibt (If-None-Match: * oder keine Vorbedingung): von gleichzeitigen Meldungen gewinnt genau eine (201), die anderen erhalten 412. Die Kennzahlen werden in derselben Transaktion nachgeführt; die Änderung steht im Änderungsprotokoll.
         */
        put: operations["putUmsetzungseintrag"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/koordination": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Koordination aller Themenfelder
         * @description Für jedes der 14 Themenfelder die koordinierende Organisation und Funktion (leer, solange niemand eingetragen ist).
         */
        get: operations["listKoordination"];
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
    "/api/v1/leistungen/{ozgId}/fachaemter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Fachämter einer Leistung pflegen
         * @description Ersetzt die Zuordnung. ADMIN oder KOORDINATION des Themenfelds der Leistung; braucht If-Match.
         */
        put: operations["setLeistungFachaemter"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leistungen/{ozgId}/historie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Änderungen an einer Leistung
         * @description Neueste zuerst.
         */
        get: operations["getLeistungHistorie"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leistungen/{ozgId}/umsetzungsstand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Wo eine Leistung online ist
         * @description Je zuständiger Kommune der Stand (online zuerst, dann nach Reifegrad und Name), dazu für NRW: zuständige Kommunen, davon online mit Reifegrad ≥ reifegradMin, strikt (Metrik c: in jeder zuständigen Kommune online) und mindestensEine (Metrik d: in mindestens einer).
         */
        get: operations["getLeistungUmsetzungsstand"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leistungen/{ozgId}/zustaendigkeit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Zuständigkeitsregeln einer Leistung
         * @description Je Kommunentyp: zuständig oder nicht, abgeleitet (Standardregel) oder bestätigt. ETag: Fassung der Regeln.
         */
        get: operations["getZustaendigkeit"];
        /**
         * Zuständigkeitsregeln bestätigen oder korrigieren
         * @description ADMIN oder KOORDINATION des Themenfelds; braucht If-Match. Gesendete Regeln gelten danach als bestätigt (abgeleitet = false); das Soll aller Kommunen und die Kennzahlen werden in derselben Transaktion nachgeführt.
         */
        put: operations["putZustaendigkeit"];
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
    "/api/v1/organisationen/{id}/projekte": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Projekte einer Organisation */
        get: operations["listOrganisationProjekte"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisationstypen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Zahl der Organisationen je Art
         * @description Für Reiter mit Zahlen; mit q die Treffer derselben Suche wie /organisationen.
         */
        get: operations["countOrganisationTypen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projekte": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Projekte filtern und suchen */
        get: operations["listProjekte"];
        put?: never;
        /**
         * Projekt anlegen
         * @description Beginnt in der Phase SICHTUNG mit der federführenden Organisation im Team. ADMIN, KOORDINATION des Themenfelds oder REDAKTION der federführenden Organisation.
         */
        post: operations["createProjekt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projekte/uebersicht": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Projekte je Phase und Themenfeld */
        get: operations["getProjektUebersicht"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projekte/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ein Projekt mit allem, was dazugehört */
        get: operations["getProjekt"];
        /**
         * Angaben eines Projekts ersetzen
         * @description Ersetzt alle Angaben außer Team und Phase; nicht gesendete optionale Felder werden geleert. ADMIN oder KOORDINATION des Themenfelds oder REDAKTION einer Organisation im Team (federführend, mitwirkend, Pilot); braucht If-Match mit dem ETag des Projekts.
         */
        put: operations["replaceProjekt"];
        post?: never;
        /**
         * Projekt löschen
         * @description ADMIN oder KOORDINATION des Themenfelds; braucht If-Match. Die Historie bleibt im Änderungsprotokoll.
         */
        delete: operations["deleteProjekt"];
        options?: never;
        head?: never;
        /**
         * Angaben eines Projekts teilweise ändern
         * @description Ändert nur die gesendeten Felder. ADMIN oder KOORDINATION des Themenfelds oder REDAKTION einer Organisation im Team (federführend, mitwirkend, Pilot); braucht If-Match mit dem ETag des Projekts.
         */
        patch: operations["patchProjekt"];
        trace?: never;
    };
    "/api/v1/projekte/{id}/entscheidungen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gremienentscheidung erfassen
         * @description ADMIN oder KOORDINATION des Themenfelds oder REDAKTION einer Organisation im Team (federführend, mitwirkend, Pilot); braucht If-Match mit dem ETag des Projekts.
         */
        post: operations["addEntscheidung"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projekte/{id}/entscheidungen/{entscheidungId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Gremienentscheidung ändern
         * @description Eine Zustimmung, auf der der Wechsel in die Umsetzung beruht, bleibt eine Zustimmung. ADMIN oder KOORDINATION des Themenfelds oder REDAKTION einer Organisation im Team (federführend, mitwirkend, Pilot); braucht If-Match mit dem ETag des Projekts.
         */
        put: operations["updateEntscheidung"];
        post?: never;
        /**
         * Gremienentscheidung entfernen
         * @description ADMIN oder KOORDINATION des Themenfelds oder REDAKTION einer Organisation im Team (federführend, mitwirkend, Pilot); braucht If-Match mit dem ETag des Projekts.
         */
        delete: operations["deleteEntscheidung"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projekte/{id}/historie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Änderungen an einem Projekt
         * @description Neueste zuerst.
         */
        get: operations["getProjektHistorie"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projekte/{id}/interesse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Interesse bekunden
         * @description Die Organisation der Redaktion wird INTERESSIERT. Fügt nur hinzu, überschreibt nichts; kein If-Match nötig.
         */
        post: operations["bekundeInteresse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projekte/{id}/loesungen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lösung erfassen
         * @description ADMIN oder KOORDINATION des Themenfelds oder REDAKTION einer Organisation im Team (federführend, mitwirkend, Pilot); braucht If-Match mit dem ETag des Projekts.
         */
        post: operations["addLoesung"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projekte/{id}/loesungen/{loesungId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Lösung ändern
         * @description ADMIN oder KOORDINATION des Themenfelds oder REDAKTION einer Organisation im Team (federführend, mitwirkend, Pilot); braucht If-Match mit dem ETag des Projekts.
         */
        put: operations["updateLoesung"];
        post?: never;
        /**
         * Lösung entfernen
         * @description ADMIN oder KOORDINATION des Themenfelds oder REDAKTION einer Organisation im Team (federführend, mitwirkend, Pilot); braucht If-Match mit dem ETag des Projekts.
         */
        delete: operations["deleteLoesung"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projekte/{id}/loesungen/{loesungId}/nachnutzung": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Nachnutzung für die eigene Kommune erklären
         * @description REDAKTION einer Kommune: nutzt, plant oder möchte die Lösung. Betrifft nur den eigenen Eintrag; kein If-Match nötig.
         */
        post: operations["erklaereNachnutzung"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projekte/{id}/loesungen/{loesungId}/nachnutzungen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Nachnutzung einer Lösung pflegen
         * @description Ersetzt die Liste. ADMIN oder KOORDINATION des Themenfelds oder REDAKTION einer Organisation im Team (federführend, mitwirkend, Pilot); braucht If-Match mit dem ETag des Projekts.
         */
        put: operations["setNachnutzungen"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projekte/{id}/phasenwechsel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Phase wechseln
         * @description Regeln: eine Phase nach der anderen; zurück und Einstellen nur mit Begründung; GREMIEN erst nach einem Workshop und mit repräsentativem oder begründetem Team; UMSETZUNG nur nach zustimmendem Gremienbeschluss. Eine Ablehnung (422) nennt die verletzte Regel im title. ADMIN oder KOORDINATION des Themenfelds oder REDAKTION einer Organisation im Team (federführend, mitwirkend, Pilot); braucht If-Match mit dem ETag des Projekts.
         */
        post: operations["wechslePhase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projekte/{id}/teilnahmen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Team festlegen
         * @description Ersetzt alle Teilnahmen; genau eine ist FEDERFUEHREND. ADMIN oder KOORDINATION des Themenfelds oder REDAKTION einer Organisation im Team (federführend, mitwirkend, Pilot); braucht If-Match mit dem ETag des Projekts.
         */
        put: operations["setTeilnahmen"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projekte/{id}/workshops": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Workshop erfassen
         * @description Wer im Workshop beitritt, wird in einem Schritt INTERESSIERT oder MITWIRKEND. ADMIN oder KOORDINATION des Themenfelds oder REDAKTION einer Organisation im Team (federführend, mitwirkend, Pilot); braucht If-Match mit dem ETag des Projekts.
         */
        post: operations["addWorkshop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projekte/{id}/workshops/{workshopId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Workshop ändern
         * @description ADMIN oder KOORDINATION des Themenfelds oder REDAKTION einer Organisation im Team (federführend, mitwirkend, Pilot); braucht If-Match mit dem ETag des Projekts.
         */
        put: operations["updateWorkshop"];
        post?: never;
        /**
         * Workshop entfernen
         * @description ADMIN oder KOORDINATION des Themenfelds oder REDAKTION einer Organisation im Team (federführend, mitwirkend, Pilot); braucht If-Match mit dem ETag des Projekts.
         */
        delete: operations["deleteWorkshop"];
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
    "/api/v1/stand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stand der Daten
         * @description Für die Angabe „Stand: …“ im Dashboard.
         */
        get: operations["getStand"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistik/basiskomponenten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Matrix Kommune × Basiskomponente
         * @description Öffentlich: je Kommune (seitenweise, nach Name) der Anschluss an jede Basiskomponente; je Basiskomponente die Zahl der angeschlossenen und geplanten Kommunen im Filter.
         */
        get: operations["getBasiskomponentenMatrix"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistik/groessenklassen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Je Größenklasse Anteil, Median und Quartile
         * @description Nur Gemeinden. Der Median der Anteile ist der Vergleichswert für eine einzelne Gemeinde ihrer Klasse. Metriken: Anteil des Solls online (a): Σ online / Σ soll über die Kommunen des Gebiets (Gemeinden und Kreise); soll = Leistungen, für die der Typ der Kommune zuständig ist; online = davon mit Status ONLINE und Reifegrad ≥ reifegradMin. Einwohnergewichtete Verfügbarkeit (b): Σ E(g) · online(g) / Σ E(g) · soll(g) über die Gemeinden g des Gebiets, wobei soll(g) und online(g) die Leistungen der Gemeinde und – bei kreisangehörigen Gemeinden – ihres Kreises zusammenzählen. Das ist der Anteil der für einen Einwohner zuständigen Leistungen, die er online nutzen kann, gemittelt über alle Einwohner. E = Einwohnerzahl (31.12.2022). Strikte Abdeckung (c): Zahl der Leistungen, die in jeder für sie zuständigen Kommune des Gebiets online sind (Reifegrad ≥ reifegradMin), geteilt durch die Zahl der Leistungen mit mindestens einer zuständigen Kommune im Gebiet. Mindestens eine Kommune (d, Zählweise des Bundes): Zahl der Leistungen, die in mindestens einer zuständigen Kommune des Gebiets online sind (Reifegrad ≥ reifegradMin), geteilt durch die Zahl der Leistungen mit mindestens einer zuständigen Kommune im Gebiet. Neben (c) gezeigt, damit der Unterschied sichtbar ist.
         */
        get: operations["getStatistikGroessenklassen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistik/regionen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ein Wert je Gebiet für die Karte
         * @description ebene: land (NRW), regierungsbezirk, kreis (Kreise und kreisfreie Städte) oder gemeinde; metrik a, b, c oder d. Jeder Wert mit zaehler und nenner; die Antwort nennt die Formel in Worten und Minimum und Maximum für die Legende. Auf Ebene gemeinde ist das Gebiet die Gemeinde selbst (c und d zählen dort wie a). Metriken: Anteil des Solls online (a): Σ online / Σ soll über die Kommunen des Gebiets (Gemeinden und Kreise); soll = Leistungen, für die der Typ der Kommune zuständig ist; online = davon mit Status ONLINE und Reifegrad ≥ reifegradMin. Einwohnergewichtete Verfügbarkeit (b): Σ E(g) · online(g) / Σ E(g) · soll(g) über die Gemeinden g des Gebiets, wobei soll(g) und online(g) die Leistungen der Gemeinde und – bei kreisangehörigen Gemeinden – ihres Kreises zusammenzählen. Das ist der Anteil der für einen Einwohner zuständigen Leistungen, die er online nutzen kann, gemittelt über alle Einwohner. E = Einwohnerzahl (31.12.2022). Strikte Abdeckung (c): Zahl der Leistungen, die in jeder für sie zuständigen Kommune des Gebiets online sind (Reifegrad ≥ reifegradMin), geteilt durch die Zahl der Leistungen mit mindestens einer zuständigen Kommune im Gebiet. Mindestens eine Kommune (d, Zählweise des Bundes): Zahl der Leistungen, die in mindestens einer zuständigen Kommune des Gebiets online sind (Reifegrad ≥ reifegradMin), geteilt durch die Zahl der Leistungen mit mindestens einer zuständigen Kommune im Gebiet. Neben (c) gezeigt, damit der Unterschied sichtbar ist.
         */
        get: operations["getStatistikRegionen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistik/tagesstand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tagesstand jetzt speichern
         * @description ADMIN. Schreibt die heutigen Zahlen (UTC) je Kommune, Kreis, Regierungsbezirk, Land, Themenfeld und Größenklasse; ein zweiter Lauf am selben Tag ersetzt sie (idempotent). Läuft sonst täglich um 00:30 UTC.
         */
        post: operations["writeTagesstand"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistik/themenfelder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Je Themenfeld a, c und d für NRW
         * @description soll = Σ zuständige Kommunen über die Leistungen des Themenfelds; online = davon online. Metriken: Anteil des Solls online (a): Σ online / Σ soll über die Kommunen des Gebiets (Gemeinden und Kreise); soll = Leistungen, für die der Typ der Kommune zuständig ist; online = davon mit Status ONLINE und Reifegrad ≥ reifegradMin. Einwohnergewichtete Verfügbarkeit (b): Σ E(g) · online(g) / Σ E(g) · soll(g) über die Gemeinden g des Gebiets, wobei soll(g) und online(g) die Leistungen der Gemeinde und – bei kreisangehörigen Gemeinden – ihres Kreises zusammenzählen. Das ist der Anteil der für einen Einwohner zuständigen Leistungen, die er online nutzen kann, gemittelt über alle Einwohner. E = Einwohnerzahl (31.12.2022). Strikte Abdeckung (c): Zahl der Leistungen, die in jeder für sie zuständigen Kommune des Gebiets online sind (Reifegrad ≥ reifegradMin), geteilt durch die Zahl der Leistungen mit mindestens einer zuständigen Kommune im Gebiet. Mindestens eine Kommune (d, Zählweise des Bundes): Zahl der Leistungen, die in mindestens einer zuständigen Kommune des Gebiets online sind (Reifegrad ≥ reifegradMin), geteilt durch die Zahl der Leistungen mit mindestens einer zuständigen Kommune im Gebiet. Neben (c) gezeigt, damit der Unterschied sichtbar ist.
         */
        get: operations["getStatistikThemenfelder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistik/uebersicht": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Die Lage in NRW: Soll, Ist und die vier Metriken
         * @description Soll mit der Zahl der Einträge auf abgeleiteten bzw. bestätigten Regeln, die Reifegradverteilung und a, b, c, d für NRW. Metriken: Anteil des Solls online (a): Σ online / Σ soll über die Kommunen des Gebiets (Gemeinden und Kreise); soll = Leistungen, für die der Typ der Kommune zuständig ist; online = davon mit Status ONLINE und Reifegrad ≥ reifegradMin. Einwohnergewichtete Verfügbarkeit (b): Σ E(g) · online(g) / Σ E(g) · soll(g) über die Gemeinden g des Gebiets, wobei soll(g) und online(g) die Leistungen der Gemeinde und – bei kreisangehörigen Gemeinden – ihres Kreises zusammenzählen. Das ist der Anteil der für einen Einwohner zuständigen Leistungen, die er online nutzen kann, gemittelt über alle Einwohner. E = Einwohnerzahl (31.12.2022). Strikte Abdeckung (c): Zahl der Leistungen, die in jeder für sie zuständigen Kommune des Gebiets online sind (Reifegrad ≥ reifegradMin), geteilt durch die Zahl der Leistungen mit mindestens einer zuständigen Kommune im Gebiet. Mindestens eine Kommune (d, Zählweise des Bundes): Zahl der Leistungen, die in mindestens einer zuständigen Kommune des Gebiets online sind (Reifegrad ≥ reifegradMin), geteilt durch die Zahl der Leistungen mit mindestens einer zuständigen Kommune im Gebiet. Neben (c) gezeigt, damit der Unterschied sichtbar ist.
         */
        get: operations["getStatistikUebersicht"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistik/zeitreihe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Zeitreihe aus den Tagesständen
         * @description Je gespeichertem Tag: soll, online, a, b (wo es Einwohner gibt), c und d (für Gebiete und Themenfelder). Dazu, was sich seit dem Stichtag seit geändert hat (neu online / zurückgefallen), exakt je Paar Kommune × Soll-Leistung. Metriken: Anteil des Solls online (a): Σ online / Σ soll über die Kommunen des Gebiets (Gemeinden und Kreise); soll = Leistungen, für die der Typ der Kommune zuständig ist; online = davon mit Status ONLINE und Reifegrad ≥ reifegradMin. Einwohnergewichtete Verfügbarkeit (b): Σ E(g) · online(g) / Σ E(g) · soll(g) über die Gemeinden g des Gebiets, wobei soll(g) und online(g) die Leistungen der Gemeinde und – bei kreisangehörigen Gemeinden – ihres Kreises zusammenzählen. Das ist der Anteil der für einen Einwohner zuständigen Leistungen, die er online nutzen kann, gemittelt über alle Einwohner. E = Einwohnerzahl (31.12.2022). Strikte Abdeckung (c): Zahl der Leistungen, die in jeder für sie zuständigen Kommune des Gebiets online sind (Reifegrad ≥ reifegradMin), geteilt durch die Zahl der Leistungen mit mindestens einer zuständigen Kommune im Gebiet. Mindestens eine Kommune (d, Zählweise des Bundes): Zahl der Leistungen, die in mindestens einer zuständigen Kommune des Gebiets online sind (Reifegrad ≥ reifegradMin), geteilt durch die Zahl der Leistungen mit mindestens einer zuständigen Kommune im Gebiet. Neben (c) gezeigt, damit der Unterschied sichtbar ist.
         */
        get: operations["getStatistikZeitreihe"];
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
    "/api/v1/themenfelder/{id}/koordination": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Koordination eines Themenfelds */
        get: operations["getKoordination"];
        /**
         * Koordination eines Themenfelds pflegen
         * @description ADMIN oder KOORDINATION des Themenfelds; braucht If-Match ("0", solange noch nichts eingetragen ist). Name und E-Mail einer Person nur mit kontaktEinwilligung = true.
         */
        put: operations["setKoordination"];
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
        /** @description Eine Änderung im öffentlichen Änderungsprotokoll: was sich wann an welchem Eintrag geändert hat, ohne Personendaten. */
        Aenderung: {
            /** Format: int64 */
            id: number;
            zeitpunkt: components["schemas"]["OffsetDateTime"];
            /**
             * @description Art des Eintrags, z. B. LEISTUNG, KOMMUNE, PROJEKT
             * @example LEISTUNG
             */
            entitaetTyp: string;
            /**
             * @description Schlüssel des Eintrags
             * @example 10169
             */
            entitaetId: string;
            aktion: components["schemas"]["Aktion"];
            /** @description Kurzbeschreibung */
            zusammenfassung: string;
            /** @description Geänderte Felder mit altem und neuem Wert */
            aenderungen: components["schemas"]["Feldaenderung"][];
        };
        /** @description Wer eine Änderung vorgenommen hat (nur im Audit-Trail für Administratoren). */
        Akteur: {
            /** @description KONTO, TOKEN, OIDC oder SYSTEM */
            typ: string;
            id: string;
            name: string;
        };
        /** @enum {string} */
        Aktion: "ERSTELLT" | "GEAENDERT" | "GELOESCHT";
        /** @description Benutzername und Passwort für die Anmeldung. */
        Anmeldung: {
            /** @example redaktion.koeln */
            benutzername: string;
            passwort: string;
        };
        AnschlussEingabe: {
            status: components["schemas"]["Anschlussstatus"];
            /** @description Nur bei GEPLANT */
            geplantAb?: components["schemas"]["LocalDate"];
        };
        /** @description Kommune × Basiskomponente, seitenweise nach Kommunen. */
        AnschlussMatrix: {
            basiskomponenten: components["schemas"]["BasiskomponentenSpalte"][];
            kommunen: components["schemas"]["PageAnschlussMatrixZeile"];
            beispieldaten: boolean;
        };
        /** @description Eine Kommune mit ihrem Anschluss an jede Basiskomponente. */
        AnschlussMatrixZeile: {
            kommune: components["schemas"]["KommuneKurz"];
            /** @description In der Reihenfolge der Basiskomponenten */
            anschluesse: components["schemas"]["AnschlussZelle"][];
        };
        AnschlussZelle: {
            basiskomponenteId: string;
            status: components["schemas"]["Anschlussstatus"];
            geplantAb?: components["schemas"]["LocalDate"];
        };
        /**
         * @description Anschluss einer Kommune an eine Basiskomponente. GEPLANT trägt das Datum (geplantAb). KEINE_ANGABE: nichts gemeldet (nur in Antworten, nie gespeichert).
         * @enum {string}
         */
        Anschlussstatus: "KEINE_ANGABE" | "ANGESCHLOSSEN" | "GEPLANT" | "NICHT_ANGESCHLOSSEN";
        Anschrift: {
            strasse?: string;
            plz?: string;
            ort?: string;
        };
        /** @description Eine Ansprechstelle eines Ministeriums. */
        Ansprechstelle: {
            /** Format: int64 */
            id: number;
            organisation: components["schemas"]["OrganisationKurz"];
            funktion: string;
            themenfeld?: components["schemas"]["ThemenfeldRef"];
            kontaktName?: string;
            kontaktEmail?: string;
            beispiel: boolean;
            /** Format: int64 */
            version: number;
        };
        /** @description Personenangaben nur, wenn die Person der Veröffentlichung zugestimmt hat. */
        AnsprechstelleEingabe: {
            organisationId: string;
            funktion: string;
            /** Format: int32 */
            themenfeldId?: number;
            kontaktName?: string;
            kontaktEmail?: string;
            kontaktEinwilligung?: boolean;
        };
        Anzahl: {
            wert: string;
            /** Format: int64 */
            anzahl: number;
        };
        /** @description Ein API-Token (ohne Geheimnis; das wird nur beim Anlegen einmal gezeigt). */
        ApiToken: {
            /** Format: int64 */
            id: number;
            name: string;
            /**
             * @description Die ersten Zeichen des Tokens, zum Wiedererkennen
             * @example ddb_3kF9
             */
            praefix: string;
            rolle: components["schemas"]["Rolle"];
            organisationId?: string;
            erstelltAm: components["schemas"]["OffsetDateTime"];
            laeuftAb: components["schemas"]["OffsetDateTime"];
            widerrufenAm?: components["schemas"]["OffsetDateTime"];
            zuletztBenutzt?: components["schemas"]["OffsetDateTime"];
            status: components["schemas"]["ApiTokenStatus"];
        };
        /** @description Das neue Token mit seinem Geheimnis – nur in dieser Antwort sichtbar; gespeichert wird nur ein Hash. */
        ApiTokenErstellt: {
            token: components["schemas"]["ApiToken"];
            /** @description Als Authorization: Bearer <geheimnis> senden */
            geheimnis: string;
        };
        /** @description Ein neues API-Token für einen Integrator. */
        ApiTokenNeu: {
            /** @example d-NRW Importstrecke */
            name: string;
            rolle: components["schemas"]["Rolle"];
            /** @description Organisation, für die das Token handelt (Pflicht bei REDAKTION) */
            organisationId?: string;
            /** @description Ablauf; höchstens ein Jahr in der Zukunft */
            laeuftAb: components["schemas"]["OffsetDateTime"];
        };
        /** @enum {string} */
        ApiTokenStatus: "AKTIV" | "ABGELAUFEN" | "WIDERRUFEN";
        /** @description Ein Eintrag des vollständigen Audit-Trails (nur für Administratoren): mit Akteur und vollständigem Vorher/Nachher. */
        AuditEintrag: {
            /** Format: int64 */
            id: number;
            zeitpunkt: components["schemas"]["OffsetDateTime"];
            entitaetTyp: string;
            entitaetId: string;
            aktion: components["schemas"]["Aktion"];
            zusammenfassung: string;
            felder: string[];
            /** @description Zustand vorher */
            vorher?: unknown;
            /** @description Zustand nachher */
            nachher?: unknown;
            oeffentlich: boolean;
            akteur: components["schemas"]["Akteur"];
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
            /**
             * Format: int64
             * @description Kommunen, die als angeschlossen gemeldet sind
             */
            angeschlossen: number;
            /**
             * Format: int64
             * @description Kommunen, die den Anschluss planen
             */
            geplant: number;
            /**
             * Format: int64
             * @description Kommunen in NRW insgesamt (Gemeinden und Kreise), der Nenner
             */
            kommunen: number;
        };
        /** @description Anschluss einer Kommune an eine Basiskomponente. */
        BasiskomponenteAnschluss: {
            basiskomponenteId: string;
            name: string;
            status: components["schemas"]["Anschlussstatus"];
            geplantAb?: components["schemas"]["LocalDate"];
            quelleName?: string;
            aktualisiertAm?: components["schemas"]["OffsetDateTime"];
            /**
             * Format: int64
             * @description Fassung für If-Match; fehlt, solange nichts gemeldet ist
             */
            version?: number;
            beispiel: boolean;
        };
        BasiskomponenteEingabe: {
            id: string;
            verbindlichkeit: components["schemas"]["Verbindlichkeit"];
        };
        /** @enum {string} */
        BasiskomponenteKategorie: "NUTZERKONTO" | "BEZAHLDIENST" | "PORTAL" | "DATENAUSTAUSCH" | "FORMULARDIENST";
        BasiskomponentenSpalte: {
            id: string;
            name: string;
            /**
             * Format: int64
             * @description Angeschlossene Kommunen im Filter
             */
            angeschlossen: number;
            /**
             * Format: int64
             * @description Kommunen mit geplantem Anschluss im Filter
             */
            geplant: number;
        };
        Beitritt: {
            organisation: components["schemas"]["OrganisationKurz"];
            rolle: components["schemas"]["BeitrittsRolle"];
        };
        BeitrittEingabe: {
            organisationId: string;
            rolle: components["schemas"]["BeitrittsRolle"];
        };
        /**
         * @description Wie eine Organisation nach dem Workshop beitritt.
         * @enum {string}
         */
        BeitrittsRolle: "INTERESSIERT" | "MITWIRKEND";
        /** @enum {string} */
        Betriebsebene: "BUND" | "LAND" | "BUND_LAENDER" | "KOMMUNAL";
        /** @description Eine Massendatei: ein ganzer Datensatz als gzip-komprimierte CSV-Datei. */
        BulkDatei: {
            /** @example kommunen.csv.gz */
            name: string;
            titel: string;
            /**
             * @description Datensatz im Katalog (GET /api/v1/dcat)
             * @example kommunen
             */
            datensatz: string;
            /** @description Adresse der Datei */
            url: string;
            /**
             * @description Medientyp der Datei
             * @example application/gzip
             */
            mediaType: string;
            /**
             * @description Medientyp nach dem Entpacken
             * @example text/csv
             */
            format: string;
            /**
             * Format: int64
             * @description Größe der komprimierten Datei in Bytes
             */
            bytes: number;
            /**
             * Format: int64
             * @description Datenzeilen (ohne Kopfzeile)
             */
            zeilen: number;
            /** @description SHA-256 der komprimierten Datei (hex), auch ihr ETag */
            sha256: string;
            /** @description Stand der Daten: letzte öffentliche Änderung vor dem Erzeugen */
            stand: components["schemas"]["OffsetDateTime"];
            erzeugt: components["schemas"]["OffsetDateTime"];
            /** @example dl-de/by-2-0 */
            lizenz: string;
            lizenzUrl: string;
            namensnennung: string;
            /** @description Spalten der Kopfzeile */
            spalten: string[];
        };
        /** @description Ergebnis eines Laufs, der die Massendateien erzeugt. */
        BulkErzeugung: {
            /** @description false: ein anderer Lauf (oder eine andere Instanz) erzeugt gerade */
            erzeugt: boolean;
            /**
             * Format: int64
             * @description Dauer in Millisekunden
             */
            millisekunden: number;
            dateien: components["schemas"]["BulkDatei"][];
        };
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
        /**
         * @description Einer-für-Alle: EFA_NACHNUTZUNG (Nachnutzung einer EfA-Leistung eines anderen Landes), EFA_EIGENENTWICKLUNG (eigene Entwicklung als EfA-Leistung), KOMMUNALE_GEMEINSCHAFTSLOESUNG (gemeinsam für die Kommunen in NRW, kein EfA), KEIN_EFA, OFFEN (noch nicht entschieden).
         * @enum {string}
         */
        EfaTyp: "EFA_NACHNUTZUNG" | "EFA_EIGENENTWICKLUNG" | "KOMMUNALE_GEMEINSCHAFTSLOESUNG" | "KEIN_EFA" | "OFFEN";
        /** @description Die eigene Kommune nutzt die Lösung, plant es oder ist interessiert. */
        EigeneNachnutzung: {
            status: components["schemas"]["NachnutzungStatus"];
        };
        Entscheidung: {
            /** Format: int64 */
            id: number;
            gremium: components["schemas"]["GremiumKurz"];
            datum: components["schemas"]["LocalDate"];
            ergebnis: components["schemas"]["Ergebnis"];
            /** @description Beschlussnummer oder Fundstelle */
            referenz?: string;
            bemerkung?: string;
        };
        EntscheidungEingabe: {
            gremiumId: string;
            datum: components["schemas"]["LocalDate"];
            ergebnis: components["schemas"]["Ergebnis"];
            referenz?: string;
            bemerkung?: string;
        };
        /**
         * @description Ergebnis einer Gremienentscheidung.
         * @enum {string}
         */
        Ergebnis: "ZUGESTIMMT" | "ABGELEHNT" | "VERTAGT";
        /** @description Ein Fachamt einer Kommunalverwaltung (Standardliste der Redaktion). */
        Fachamt: {
            /** @example standesamt */
            id: string;
            /** @example Standesamt */
            name: string;
            beschreibung: string;
        };
        /** @description Die an einer Leistung beteiligten Fachämter; ersetzt die bisherige Zuordnung. */
        FachamtZuordnung: {
            /**
             * @description IDs aus /fachaemter; leer heißt „keins beteiligt“
             * @example [
             *       "strassenverkehrsamt"
             *     ]
             */
            fachaemter: string[];
        };
        Feldaenderung: {
            feld: string;
            /** @description Wert vorher (beliebiger JSON-Wert) */
            vorher?: unknown;
            /** @description Wert nachher (beliebiger JSON-Wert) */
            nachher?: unknown;
        };
        Gremium: {
            id: string;
            name: string;
            beschreibung?: string;
            organisation?: components["schemas"]["OrganisationKurz"];
            /**
             * Format: int64
             * @description Fassung für If-Match
             */
            version: number;
        };
        GremiumEingabe: {
            id: string;
            name: string;
            beschreibung?: string;
            organisationId?: string;
        };
        GremiumKurz: {
            id: string;
            name: string;
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
        GroessenklasseStatistik: {
            code: string;
            name: string;
            /** Format: int64 */
            kommunen: number;
            /** Format: int64 */
            soll: number;
            /** Format: int64 */
            online: number;
            /** @description Metrik a über alle Gemeinden der Klasse */
            anteil?: number;
            /** @description Median der Anteile (a) der einzelnen Gemeinden – der Vergleichswert für eine Gemeinde */
            median?: number;
            /** @description Unteres Quartil der Anteile */
            quartil1?: number;
            /** @description Oberes Quartil der Anteile */
            quartil3?: number;
            /** @description Metrik b über die Gemeinden der Klasse */
            einwohnergewichtet?: number;
        };
        GroessenklassenStatistik: {
            /** Format: int32 */
            reifegradMin: number;
            formel: string;
            klassen: components["schemas"]["GroessenklasseStatistik"][];
            beispieldaten: boolean;
        };
        /** @description Wer angemeldet ist: Rollen, Organisation, Themenfelder; bei Cookie-Sitzungen das CSRF-Token, das bei jedem schreibenden Aufruf im Kopf X-CSRF-Token mitzuschicken ist. */
        Ich: {
            benutzername: string;
            anzeigename: string;
            /** @description KONTO (lokales Konto), TOKEN (API-Token) oder OIDC (Single Sign-on) */
            art: string;
            rollen: components["schemas"]["Rolle"][];
            /** @description Organisation, für die gehandelt wird */
            organisation?: components["schemas"]["OrganisationRef"];
            /** @description Themenfelder, die koordiniert werden */
            themenfelder: number[];
            /** @description Nur bei Cookie-Sitzungen: Wert für den Kopf X-CSRF-Token */
            csrfToken?: string;
            mussPasswortAendern: boolean;
        };
        /** @description Ein Fehler in der Datei: Zeile, Feld und Grund. */
        ImportFehler: {
            /**
             * Format: int64
             * @description Zeile in der Datei (die Kopfzeile einer CSV-Datei ist Zeile 1)
             */
            zeile: number;
            /** @description Feld bzw. Spalte */
            feld: string;
            /** @description Der gelesene Wert (gekürzt) */
            wert?: string;
            grund: string;
        };
        /**
         * @description Was mit fehlerhaften Datensätzen geschieht: ABBRECHEN (Standard) schreibt nichts, sobald einer fehlerhaft ist; UEBERSPRINGEN schreibt die gültigen und nennt die übersprungenen.
         * @enum {string}
         */
        ImportFehlerhafte: "ABBRECHEN" | "UEBERSPRINGEN";
        /** @enum {string} */
        ImportFormat: "CSV" | "JSON";
        /** @description Ein Import mit Fortschritt, Zählungen und Fehlern. */
        ImportJob: {
            /** Format: int64 */
            id: number;
            status: components["schemas"]["ImportStatus"];
            format: components["schemas"]["ImportFormat"];
            /** @description true: nur prüfen und zählen, was sich ändern würde; nichts schreiben */
            dryRun: boolean;
            /** @description ABBRECHEN (alles oder nichts) oder UEBERSPRINGEN (gültige schreiben) */
            fehlerhafte: components["schemas"]["ImportFehlerhafte"];
            /**
             * Format: int32
             * @description Reifegrad für Datensätze mit Status ONLINE ohne Reifegrad (Parameter reifegradStandard)
             */
            reifegradStandard?: number;
            /**
             * Format: int32
             * @description Fortschritt in Prozent: Lesen, Prüfen und Schreiben bis 90, Kennzahlen und Abschluss bis 100; 100 bei jedem Ende
             */
            fortschritt: number;
            /** Format: int64 */
            bytesGesamt: number;
            /** Format: int64 */
            bytesGelesen: number;
            /**
             * Format: int64
             * @description Gelesene Datensätze
             */
            zeilen: number;
            /**
             * Format: int64
             * @description Neue Einträge (bei dryRun: würden neu)
             */
            neu: number;
            /**
             * Format: int64
             * @description Geänderte Einträge
             */
            geaendert: number;
            /**
             * Format: int64
             * @description Unveränderte Einträge (gleiche Werte wie gespeichert)
             */
            unveraendert: number;
            /**
             * Format: int64
             * @description Fehlerhafte Datensätze; bei ABBRECHEN verhindert schon einer das Schreiben, bei UEBERSPRINGEN werden sie übergangen
             */
            fehler: number;
            /** @description true: die Änderungen sind gespeichert (nie bei dryRun oder einem Abbruch) */
            geschrieben: boolean;
            /** @description Je Status in der Datei: neu, geändert, unverändert */
            jeStatus: components["schemas"]["ImportStatusZaehlung"][];
            /**
             * Format: int64
             * @description Gültige Datensätze mit Status ONLINE ohne Reifegrad. Ohne reifegradStandard werden sie ohne Reifegrad gespeichert und zählen wie Reifegrad 0, bei der Standardschwelle (Reifegrad ≥ 2) also nicht als online
             */
            onlineOhneReifegrad: number;
            /** @description Die ersten 1 000 Fehler */
            fehlerliste: components["schemas"]["ImportFehler"][];
            /**
             * Format: int64
             * @description Wie viele Fehler die CSV-Datei unter fehlerCsv enthält (alle bis 100 000)
             */
            fehlerGespeichert: number;
            /** @description Alle Fehler als CSV (Zeile, Feld, Wert, Grund), wenn es welche gibt */
            fehlerCsv?: string;
            /** @description Hinweise, z. B. unbekannte und deshalb übergangene Spalten */
            hinweise: string[];
            meldung?: string;
            /** @description Bei FEHLGESCHLAGEN: das Problem nach RFC 9457 */
            problem?: components["schemas"]["Problem"];
            /** @description Konto oder Token, das importiert hat */
            erstelltVon: string;
            erstelltAm: components["schemas"]["OffsetDateTime"];
            begonnenAm?: components["schemas"]["OffsetDateTime"];
            beendetAm?: components["schemas"]["OffsetDateTime"];
        };
        /**
         * @description WARTEND → PRUEFUNG (lesen, prüfen, in Teilen einordnen und schreiben – alles in einer Transaktion) → SCHREIBEN (Rest, Kennzahlen, Abschluss) → FERTIG. Ein Probelauf endet immer als FERTIG, mit den Fehlern als Ergebnis. FEHLGESCHLAGEN: fehlerhafte Datensätze bei fehlerhafte=abbrechen, eine unlesbare Datei, ein interner Fehler oder ein Neustart – dann ist nichts geschrieben.
         * @enum {string}
         */
        ImportStatus: "WARTEND" | "PRUEFUNG" | "SCHREIBEN" | "FERTIG" | "FEHLGESCHLAGEN";
        /** @description Was die gültigen Datensätze mit einem Status bewirken (bei dryRun oder Abbruch: bewirken würden). */
        ImportStatusZaehlung: {
            /** @description Status in der Datei */
            status: string;
            /** Format: int64 */
            neu: number;
            /** Format: int64 */
            geaendert: number;
            /** Format: int64 */
            unveraendert: number;
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
            /**
             * Format: int64
             * @description Umsetzungsprojekte, Beispielprojekte eingeschlossen
             */
            projekte: number;
            /**
             * Format: int64
             * @description Davon Beispielprojekte (keine echten Angaben)
             */
            beispielprojekte: number;
            /** @description true: die Zahlen zum Umsetzungsstand beruhen (auch) auf Beispieldaten, keine echten Angaben – die Oberfläche zeigt dann ein Banner */
            beispieldaten: boolean;
        };
        /** @description Bestätigt oder korrigiert den Status einer Kommune; nur gesendete Felder ändern sich. Ein gesetzter Typ gilt danach als bestätigt (typAbgeleitet = false) und bleibt bei neuen Gemeindeverzeichnissen erhalten. */
        KommuneAenderung: {
            /** @description Neuer Status */
            typ?: components["schemas"]["KommuneTyp"];
            /** @description Hinweis zum Status; "" entfernt ihn */
            typHinweis?: string;
        };
        KommuneBasiskomponenten: {
            kommune: components["schemas"]["KommuneKurz"];
            anschluesse: components["schemas"]["BasiskomponenteAnschluss"][];
            beispieldaten: boolean;
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
        KommuneKurz: {
            /** @example 05315000 */
            ags: string;
            name: string;
            typ: components["schemas"]["KommuneTyp"];
            /** @description Code der Größenklasse (nur Gemeinden) */
            groessenklasse?: string;
            kreisSchluessel: string;
            regierungsbezirkId: string;
            /** Format: int32 */
            einwohner: number;
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
            /**
             * Format: int32
             * @description Soll: Leistungen, für die die Kommune zuständig ist; fehlt, solange nichts berechnet ist
             */
            soll?: number;
            /**
             * Format: int32
             * @description Davon online ab dem Mindestreifegrad der Anfrage (reifegradMin, Standard 2)
             */
            online?: number;
            /**
             * @description online / soll (0 bis 1) ab dem Mindestreifegrad der Anfrage; fehlt ohne Soll
             * @example 0.4123
             */
            anteilOnline?: number;
        };
        /**
         * @description Status der Kommune in NRW. Für kreisangehörige Gemeinden aus den Schwellen des § 4 GO NRW abgeleitet (mehr als 60 000 Einwohner: große, mehr als 25 000: mittlere kreisangehörige Stadt), bis eine Redaktion ihn bestätigt.
         * @enum {string}
         */
        KommuneTyp: "KREISFREIE_STADT" | "KREIS" | "GROSSE_KREISANGEHOERIGE_STADT" | "MITTLERE_KREISANGEHOERIGE_STADT" | "KREISANGEHOERIGE_GEMEINDE";
        /** @description Soll und Ist einer Kommune je OZG-Leistung. */
        KommuneUmsetzungsstand: {
            kommune: components["schemas"]["KommuneKurz"];
            /**
             * Format: int32
             * @description Mindestreifegrad, ab dem ein Online-Eintrag zählt
             */
            reifegradMin: number;
            soll: components["schemas"]["Sollzahlen"];
            /**
             * Format: int64
             * @description Soll-Leistungen online mit Reifegrad ≥ reifegradMin
             */
            online: number;
            /** @description Metrik a: online / soll; fehlt bei soll = 0 */
            anteilOnline?: number;
            formel: string;
            /** @description Status der Soll-Leistungen (KEINE_ANGABE: nichts gemeldet) */
            statusVerteilung: components["schemas"]["Anzahl"][];
            /** @description Reifegrade der Soll-Leistungen, die online sind (ohne Angabe: "0") */
            reifegradVerteilung: components["schemas"]["Anzahl"][];
            themenfelder: components["schemas"]["ThemenfeldStand"][];
            /** @description Alle Soll-Leistungen und alle gemeldeten Leistungen außerhalb des Solls */
            leistungen: components["schemas"]["Umsetzungseintrag"][];
            /** @description true: enthält Beispieldaten (keine echten Angaben) */
            beispieldaten: boolean;
        };
        /** @description Ein Konto (Ansicht für Administratoren; nie mit Passwort oder Hash). */
        Konto: {
            /** Format: int64 */
            id: number;
            benutzername: string;
            anzeigename: string;
            rollen: components["schemas"]["Rolle"][];
            organisationId?: string;
            themenfelder: number[];
            aktiv: boolean;
            mussPasswortAendern: boolean;
            erstelltAm: components["schemas"]["OffsetDateTime"];
            letzteAnmeldung?: components["schemas"]["OffsetDateTime"];
            /**
             * Format: int64
             * @description Fassung für If-Match
             */
            version: number;
        };
        /** @description Teiländerung eines Kontos: nur gesendete Felder ändern sich. organisationId "" entfernt die Organisation. */
        KontoAenderung: {
            anzeigename?: string;
            rollen?: components["schemas"]["Rolle"][];
            organisationId?: string;
            themenfelder?: number[];
            /** @description false deaktiviert das Konto und beendet seine Sitzungen */
            aktiv?: boolean;
            /** @description Setzt ein neues Anfangspasswort, das bei der nächsten Anmeldung zu ändern ist */
            passwort?: string;
        };
        /** @description Ein neues Konto. REDAKTION braucht eine Organisation; KOORDINATION die Themenfelder, die es koordiniert. */
        KontoNeu: {
            /** @example redaktion.koeln */
            benutzername: string;
            anzeigename: string;
            /** @description Anfangspasswort (mindestens 12 Zeichen); das Konto muss es bei der ersten Anmeldung ändern */
            passwort: string;
            rollen: components["schemas"]["Rolle"][];
            organisationId?: string;
            themenfelder?: number[];
        };
        /** @description Wer ein Themenfeld koordiniert. Personenangaben nur mit veröffentlichter Einwilligung. */
        Koordination: {
            themenfeld: components["schemas"]["ThemenfeldRef"];
            /** @description null, solange niemand eingetragen ist */
            organisation?: components["schemas"]["OrganisationKurz"];
            funktion?: string;
            kontaktName?: string;
            kontaktEmail?: string;
            beispiel: boolean;
            /** Format: int64 */
            version?: number;
        };
        /** @description Personenangaben nur, wenn die Person der Veröffentlichung zugestimmt hat. */
        KoordinationEingabe: {
            organisationId: string;
            funktion: string;
            kontaktName?: string;
            kontaktEmail?: string;
            /** @description Pflicht (true), sobald Name oder E-Mail angegeben sind */
            kontaktEinwilligung?: boolean;
        };
        /** @description Eine Einheit der Kreisebene: Kreis oder kreisfreie Stadt. Einwohner und Fläche sind Summen über ihre Gemeinden. */
        Kreis: {
            /**
             * @description 5-stelliger Kreisschlüssel
             * @example 05158
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
             * @example 05158
             */
            kommuneAgs: string;
        };
        /** @description Verweis auf einen Kreis oder eine kreisfreie Stadt (Kreisebene). */
        KreisRef: {
            /** @example 05158 */
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
        LeikaKurz: {
            /** Format: int32 */
            id: number;
            schluessel?: string;
            name: string;
            /** Format: int32 */
            ozgId: number;
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
            /**
             * Format: int32
             * @description Kommunen in NRW, die für die Leistung zuständig sind (ihr Soll)
             */
            zustaendigeKommunen?: number;
            /**
             * Format: int32
             * @description Davon bieten sie online an, ab dem Mindestreifegrad der Anfrage (reifegradMin, Standard 2)
             */
            onlineKommunen?: number;
            /**
             * @description onlineKommunen / zustaendigeKommunen (0 bis 1); fehlt, wenn keine Kommune zuständig ist
             * @example 0.3512
             */
            anteilOnline?: number;
        };
        /** @description Stand der Leistung in einer zuständigen Kommune. */
        LeistungUmsetzungKommune: {
            kommune: components["schemas"]["KommuneKurz"];
            status: components["schemas"]["Umsetzungsstatus"];
            /** Format: int32 */
            reifegrad?: number;
            reifegradmodell?: string;
            url?: string;
            onlineSeit?: components["schemas"]["LocalDate"];
            quelle?: components["schemas"]["Umsetzungsquelle"];
            aktualisiertAm?: components["schemas"]["OffsetDateTime"];
            beispiel: boolean;
        };
        /** @description Wo eine Leistung online ist: je zuständiger Kommune, mit den Kennzahlen für NRW. */
        LeistungUmsetzungsstand: {
            /** Format: int32 */
            ozgId: number;
            name: string;
            /** Format: int32 */
            reifegradMin: number;
            /**
             * Format: int64
             * @description Zuständige Kommunen in NRW
             */
            zustaendig: number;
            /**
             * Format: int64
             * @description davon online mit Reifegrad ≥ reifegradMin
             */
            online: number;
            /** @description online / zustaendig; fehlt bei zustaendig = 0 */
            anteil?: number;
            /** @description Metrik c für NRW: in jeder zuständigen Kommune online */
            strikt: boolean;
            /** @description Metrik d für NRW: in mindestens einer Kommune online */
            mindestensEine: boolean;
            formel: string;
            /** @description Die zuständigen Kommunen (gefiltert, seitenweise) */
            kommunen: components["schemas"]["PageLeistungUmsetzungKommune"];
            beispieldaten: boolean;
        };
        Link: {
            titel: string;
            url: string;
        };
        LinkEingabe: {
            titel: string;
            url: string;
        };
        /**
         * Format: date
         * @example 2022-03-10
         */
        LocalDate: string;
        /** @description Eine Lösung aus dem Projekt und ihre Nachnutzung. */
        Loesung: {
            /** Format: int64 */
            id: number;
            name: string;
            anbieter?: components["schemas"]["OrganisationKurz"];
            url?: string;
            /**
             * Format: int32
             * @description Reifegrad nach dem OZG-Reifegradmodell (1.1: 0–4)
             */
            reifegrad?: number;
            /** @example 1.1 */
            reifegradModell: string;
            basiskomponenten: string[];
            beschreibung?: string;
            nachnutzungen: components["schemas"]["Nachnutzung"][];
        };
        LoesungEingabe: {
            name: string;
            anbieterOrganisationId?: string;
            url?: string;
            /** Format: int32 */
            reifegrad?: number;
            /** @description 1.1 (Standard, Stufen 0–4) oder 2.0 (Stufen 0–7) */
            reifegradModell?: string;
            basiskomponenten?: string[];
            beschreibung?: string;
        };
        /** @description Ein Wert einer Metrik mit Formel und Eingangszahlen: wert = zaehler / nenner. */
        Metrikwert: {
            /** @enum {string} */
            metrik: "a" | "b" | "c" | "d";
            name: string;
            /** @description zaehler / nenner, 0–1; fehlt bei nenner = 0 */
            wert?: number;
            /** Format: int64 */
            zaehler: number;
            /** Format: int64 */
            nenner: number;
            formel: string;
        };
        Nachnutzung: {
            organisation: components["schemas"]["OrganisationKurz"];
            status: components["schemas"]["NachnutzungStatus"];
            seit: components["schemas"]["LocalDate"];
        };
        NachnutzungEingabe: {
            organisationId: string;
            status: components["schemas"]["NachnutzungStatus"];
            seit?: components["schemas"]["LocalDate"];
        };
        /**
         * @description NUTZT: die Kommune setzt die Lösung ein; GEPLANT: beschlossen; INTERESSIERT: möchte sie nutzen.
         * @enum {string}
         */
        NachnutzungStatus: "NUTZT" | "GEPLANT" | "INTERESSIERT";
        /** @description Alle Nachnutzungen einer Lösung. */
        NachnutzungenEingabe: {
            nachnutzungen: components["schemas"]["NachnutzungEingabe"][];
        };
        /**
         * Format: date-time
         * @example 2022-03-10T12:15:50-04:00
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
            /** @description IT-Dienstleister: bei typ IT_DIENSTLEISTER immer, bei einer Kommune, wenn sie ihre IT selbst betreibt und in der KDN-Liste steht */
            itDienstleister: boolean;
        };
        /** @description Verweis auf eine Organisation mit ihrer Art. */
        OrganisationKurz: {
            id: string;
            name: string;
            typ: components["schemas"]["OrganisationTyp"];
        };
        OrganisationRef: {
            id: string;
            name: string;
        };
        /**
         * @description Art der Organisation.
         * @enum {string}
         */
        OrganisationTyp: "IT_DIENSTLEISTER" | "KOMMUNE" | "KOMMUNALER_DACHVERBAND" | "LANDESEINRICHTUNG" | "LANDESMINISTERIUM" | "KOMMUNALER_SPITZENVERBAND";
        OrganisationTypAnzahl: {
            typ: components["schemas"]["OrganisationTyp"];
            /** Format: int64 */
            anzahl: number;
        };
        /** @description Wie viele Organisationen es je Art gibt (zur Suche q); Kommunen mit eigener IT zählen auch als IT-Dienstleister. */
        OrganisationTypen: {
            /**
             * Format: int64
             * @description Alle Organisationen (jede einmal)
             */
            alle: number;
            typen: components["schemas"]["OrganisationTypAnzahl"][];
        };
        PageAenderung: {
            items: components["schemas"]["Aenderung"][];
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
        PageAnschlussMatrixZeile: {
            items: components["schemas"]["AnschlussMatrixZeile"][];
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
        PageAnsprechstelle: {
            items: components["schemas"]["Ansprechstelle"][];
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
        PageApiToken: {
            items: components["schemas"]["ApiToken"][];
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
        PageAuditEintrag: {
            items: components["schemas"]["AuditEintrag"][];
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
        PageDatei: {
            items: components["schemas"]["BulkDatei"][];
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
        PageGremium: {
            items: components["schemas"]["Gremium"][];
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
        PageJob: {
            items: components["schemas"]["ImportJob"][];
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
        PageKonto: {
            items: components["schemas"]["Konto"][];
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
        PageKoordination: {
            items: components["schemas"]["Koordination"][];
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
        PageLeistungUmsetzungKommune: {
            items: components["schemas"]["LeistungUmsetzungKommune"][];
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
        PageProjektSummary: {
            items: components["schemas"]["ProjektSummary"][];
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
        PasswortAenderung: {
            altesPasswort: string;
            /** @description Mindestens 12 Zeichen, höchstens 72 Bytes */
            neuesPasswort: string;
        };
        /**
         * @description SICHTUNG → WORKSHOP → GREMIEN → UMSETZUNG → PILOTIERUNG → ROLLOUT → BETRIEB, außerdem EINGESTELLT.
         * @enum {string}
         */
        Phase: "SICHTUNG" | "WORKSHOP" | "GREMIEN" | "UMSETZUNG" | "PILOTIERUNG" | "ROLLOUT" | "BETRIEB" | "EINGESTELLT";
        /** @description Ein datierter Schritt durch die Phasen. */
        Phasenwechsel: {
            /** Format: int64 */
            id: number;
            von?: components["schemas"]["Phase"];
            nach: components["schemas"]["Phase"];
            datum: components["schemas"]["LocalDate"];
            begruendung?: string;
            /** Format: int64 */
            entscheidungId?: number;
            /** @description true, wenn der Schritt zurück oder zum Einstellen führte */
            rueckschritt: boolean;
        };
        PhasenwechselEingabe: {
            nach: components["schemas"]["Phase"];
            /** @description Standard: heute; nicht in der Zukunft und nicht vor dem letzten Wechsel */
            datum?: components["schemas"]["LocalDate"];
            /** @description Pflicht beim Zurückgehen und beim Einstellen */
            begruendung?: string;
            /**
             * Format: int64
             * @description Beim Wechsel in UMSETZUNG: die zustimmende Entscheidung; ohne Angabe die jüngste
             */
            entscheidungId?: number;
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
        ProjektBasiskomponente: {
            id: string;
            name: string;
            verbindlichkeit: components["schemas"]["Verbindlichkeit"];
        };
        /** @description Ein Projekt mit Team, Phasen, Workshops, Entscheidungen und Lösungen. ETag = version. */
        ProjektDetail: {
            /** Format: int64 */
            id: number;
            titel: string;
            zusammenfassung: string;
            themenfeld: components["schemas"]["ThemenfeldRef"];
            phase: components["schemas"]["Phase"];
            status: components["schemas"]["ProjektStatus"];
            efaTyp: components["schemas"]["EfaTyp"];
            beginn?: components["schemas"]["LocalDate"];
            endeGeplant?: components["schemas"]["LocalDate"];
            links: components["schemas"]["Link"][];
            leistungen: components["schemas"]["LeistungRef"][];
            /** @description Eingrenzung auf LeiKa-Zeilen; leer heißt: die ganzen Leistungen */
            leika: components["schemas"]["LeikaKurz"][];
            basiskomponenten: components["schemas"]["ProjektBasiskomponente"][];
            teilnahmen: components["schemas"]["Teilnahme"][];
            phasenwechsel: components["schemas"]["Phasenwechsel"][];
            /** @description Phasen, in die das Projekt jetzt wechseln kann (Regeln ungeprüft) */
            naechstePhasen: components["schemas"]["Phase"][];
            workshops: components["schemas"]["Workshop"][];
            entscheidungen: components["schemas"]["Entscheidung"][];
            loesungen: components["schemas"]["Loesung"][];
            repraesentativitaet: components["schemas"]["Repraesentativitaet"];
            beispiel: boolean;
            erstelltAm: components["schemas"]["OffsetDateTime"];
            geaendertAm: components["schemas"]["OffsetDateTime"];
            /**
             * Format: int64
             * @description Fassung; als ETag geliefert und in If-Match zurückzusenden
             */
            version: number;
            rechte: components["schemas"]["ProjektRechte"];
        };
        /** @description Die Angaben eines Projekts (ohne Team und Phase). Für POST zusätzlich federfuehrendId. */
        ProjektEingabe: {
            titel: string;
            zusammenfassung: string;
            /** Format: int32 */
            themenfeldId: number;
            /** @description Standard OFFEN */
            efaTyp?: components["schemas"]["EfaTyp"];
            /** @description Standard AKTIV; EINGESTELLT nur über den Phasenwechsel */
            status?: components["schemas"]["ProjektStatus"];
            beginn?: components["schemas"]["LocalDate"];
            endeGeplant?: components["schemas"]["LocalDate"];
            links?: components["schemas"]["LinkEingabe"][];
            /** @description OZG-IDs der abgedeckten Leistungen; mindestens eine */
            leistungen: number[];
            /** @description IDs von LeiKa-Zeilen dieser Leistungen, falls das Projekt nur sie abdeckt */
            leika?: number[];
            basiskomponenten?: components["schemas"]["BasiskomponenteEingabe"][];
            /** @description Warum das Team nicht repräsentativ sein muss oder kann */
            begruendungRepraesentativitaet?: string;
            /** @description Nur bei POST: die federführende Organisation */
            federfuehrendId?: string;
        };
        /** @description Teiländerung: nur gesendete Felder ändern sich. */
        ProjektPatch: {
            titel?: string;
            zusammenfassung?: string;
            /** Format: int32 */
            themenfeldId?: number;
            efaTyp?: components["schemas"]["EfaTyp"];
            status?: components["schemas"]["ProjektStatus"];
            beginn?: components["schemas"]["LocalDate"];
            endeGeplant?: components["schemas"]["LocalDate"];
            links?: components["schemas"]["LinkEingabe"][];
            leistungen?: number[];
            leika?: number[];
            basiskomponenten?: components["schemas"]["BasiskomponenteEingabe"][];
            begruendungRepraesentativitaet?: string;
        };
        /** @description Was die anfragende Person an diesem Projekt darf (für die Oberfläche). */
        ProjektRechte: {
            bearbeiten: boolean;
            loeschen: boolean;
            interesseBekunden: boolean;
        };
        /**
         * @description AKTIV, PAUSIERT, ABGESCHLOSSEN oder EINGESTELLT (folgt der Phase EINGESTELLT).
         * @enum {string}
         */
        ProjektStatus: "AKTIV" | "PAUSIERT" | "ABGESCHLOSSEN" | "EINGESTELLT";
        /** @description Ein Projekt in Listen. */
        ProjektSummary: {
            /** Format: int64 */
            id: number;
            titel: string;
            themenfeld: components["schemas"]["ThemenfeldRef"];
            phase: components["schemas"]["Phase"];
            status: components["schemas"]["ProjektStatus"];
            efaTyp: components["schemas"]["EfaTyp"];
            /** @description Die federführende Organisation */
            federfuehrend?: components["schemas"]["OrganisationKurz"];
            /**
             * Format: int32
             * @description Teammitglieder (federführend, mitwirkend, Pilot)
             */
            teamgroesse: number;
            /** Format: int32 */
            anzahlLeistungen: number;
            /** @description true: ein Beispielprojekt, keine echte Angabe */
            beispiel: boolean;
            geaendertAm: components["schemas"]["OffsetDateTime"];
        };
        /** @description Projekte je Phase und Themenfeld. */
        ProjektUebersicht: {
            /** Format: int64 */
            gesamt: number;
            /** Format: int64 */
            beispiele: number;
            zellen: components["schemas"]["ProjektUebersichtZelle"][];
        };
        ProjektUebersichtZelle: {
            /** Format: int32 */
            themenfeldId: number;
            themenfeld: string;
            phase: components["schemas"]["Phase"];
            /** Format: int64 */
            anzahl: number;
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
        /** @description Ein Wert je Gebiet, bereit zum Einfärben einer Karte. */
        RegionenStatistik: {
            /** @enum {string} */
            ebene: "land" | "regierungsbezirk" | "kreis" | "gemeinde";
            /** @enum {string} */
            metrik: "a" | "b" | "c" | "d";
            name: string;
            formel: string;
            /** Format: int32 */
            reifegradMin: number;
            /** @description Kleinster und größter Wert, für die Legende */
            minimum?: number;
            maximum?: number;
            werte: components["schemas"]["Regionswert"][];
            beispieldaten: boolean;
        };
        /** @description Der Wert der Metrik für ein Gebiet; wert = zaehler / nenner. */
        Regionswert: {
            schluessel: string;
            name: string;
            wert?: number;
            /** Format: int64 */
            zaehler: number;
            /** Format: int64 */
            nenner: number;
        };
        /**
         * @description OZG-Reifegradmodell 1.1 (Stufen 0–4) oder 2.0 (Stufen 0–7).
         * @enum {string}
         */
        ReifegradModell: "V1_1" | "V2_0";
        /** @description Repräsentativität des Teams. Verantwortlich sind die Kommunentypen, denen nach den Zuständigkeitsregeln mindestens eine Leistung des Projekts zufällt, und die Größenklassen der Kommunen dieser Typen. Repräsentativ ist ein Team, wenn seine Kommunen (federführend, mitwirkend oder Pilot) jeden verantwortlichen Typ und jede verantwortliche Größenklasse abdecken. Ist es das nicht, braucht der Wechsel in die Phase GREMIEN eine dokumentierte Begründung. */
        Repraesentativitaet: {
            /** @description Die Regel in Worten */
            regel: string;
            verantwortlicheTypen: components["schemas"]["KommuneTyp"][];
            abgedeckteTypen: components["schemas"]["KommuneTyp"][];
            fehlendeTypen: components["schemas"]["KommuneTyp"][];
            verantwortlicheGroessenklassen: string[];
            abgedeckteGroessenklassen: string[];
            fehlendeGroessenklassen: string[];
            /** @description Alle verantwortlichen Typen und Größenklassen sind im Team */
            repraesentativ: boolean;
            /** @description Begründung, falls das Team nicht repräsentativ ist */
            begruendung?: string;
            /** @description repraesentativ oder begründet: Voraussetzung für die Phase GREMIEN */
            erfuellt: boolean;
            /** @description Wie viele der zugrunde liegenden Zuständigkeiten abgeleitet und wie viele bestätigt sind */
            grundlage: string;
        };
        /**
         * @description ADMIN: alles, verwaltet Konten und Tokens. KOORDINATION: alles in den zugewiesenen Themenfeldern und Stammdaten. REDAKTION: für genau eine Organisation. INTEGRATION: Maschinenzugang für Massenimporte.
         * @enum {string}
         */
        Rolle: "ADMIN" | "KOORDINATION" | "REDAKTION" | "INTEGRATION";
        /** @description Das Soll einer Kommune und worauf es ruht. */
        Sollzahlen: {
            /** Format: int64 */
            gesamt: number;
            /**
             * Format: int64
             * @description davon auf abgeleiteten Regeln
             */
            abgeleitet: number;
            /**
             * Format: int64
             * @description davon auf bestätigten Regeln
             */
            bestaetigt: number;
        };
        /** @description Wie aktuell die Daten sind: letzte öffentliche Änderung und letzte geladene Referenzdaten. */
        Stand: {
            /** @description Zeitpunkt der letzten öffentlichen Änderung; null, solange es keine gibt */
            letzteAenderung?: components["schemas"]["OffsetDateTime"];
            /** @description Wann zuletzt Referenzdaten geladen wurden */
            referenzdatenGeladen?: components["schemas"]["OffsetDateTime"];
        };
        /** @description Die Lage in NRW auf einen Blick. */
        StatistikUebersicht: {
            /** Format: int32 */
            reifegradMin: number;
            /** Format: int64 */
            kommunen: number;
            /**
             * Format: int64
             * @description Kommunen mit mindestens einem gemeldeten Stand
             */
            kommunenMitMeldung: number;
            /**
             * Format: int64
             * @description Σ Soll aller Kommunen
             */
            soll: number;
            /**
             * Format: int64
             * @description davon auf abgeleiteten Zuständigkeitsregeln
             */
            sollAbgeleitet: number;
            /**
             * Format: int64
             * @description davon auf bestätigten Regeln
             */
            sollBestaetigt: number;
            /**
             * Format: int64
             * @description Σ Soll-Leistungen online mit Reifegrad ≥ reifegradMin
             */
            online: number;
            /** @description Die vier Metriken für NRW */
            metriken: components["schemas"]["Metrikwert"][];
            /** @description Soll-Einträge online je Reifegrad (genau dieser Reifegrad) */
            reifegradVerteilung: components["schemas"]["Anzahl"][];
            /** @description Datum des letzten gespeicherten Tagesstands */
            letzterTagesstand?: components["schemas"]["LocalDate"];
            /** @description true: die Zahlen beruhen (auch) auf Beispieldaten, keine echten Angaben */
            beispieldaten: boolean;
        };
        /** @description Ergebnis eines Laufs des Tagesstands. */
        Tagesstand: {
            datum: components["schemas"]["LocalDate"];
            /**
             * Format: int64
             * @description geschriebene Zeilen
             */
            zeilen: number;
        };
        /** @description Das ganze Team; genau eine Organisation ist FEDERFUEHREND. */
        TeamEingabe: {
            teilnahmen: components["schemas"]["TeilnahmeEingabe"][];
        };
        Teilnahme: {
            organisation: components["schemas"]["OrganisationKurz"];
            rolle: components["schemas"]["TeilnahmeRolle"];
            seit: components["schemas"]["LocalDate"];
        };
        TeilnahmeEingabe: {
            organisationId: string;
            rolle: components["schemas"]["TeilnahmeRolle"];
            /** @description Standard: heute, bei bestehenden Teilnahmen unverändert */
            seit?: components["schemas"]["LocalDate"];
        };
        /**
         * @description Genau eine Organisation ist FEDERFUEHREND; MITWIRKEND und PILOT bilden mit ihr das Team; INTERESSIERT und NACHNUTZER gehören nicht zum Team.
         * @enum {string}
         */
        TeilnahmeRolle: "FEDERFUEHREND" | "MITWIRKEND" | "PILOT" | "INTERESSIERT" | "NACHNUTZER";
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
        /** @description Soll und Ist einer Kommune in einem Themenfeld. */
        ThemenfeldStand: {
            /** Format: int32 */
            themenfeldId: number;
            name: string;
            /** Format: int64 */
            soll: number;
            /** Format: int64 */
            online: number;
            /** @description online / soll; fehlt bei soll = 0 */
            anteil?: number;
        };
        ThemenfeldStatistik: {
            /** Format: int32 */
            themenfeldId: number;
            name: string;
            /**
             * Format: int64
             * @description Leistungen mit mindestens einer zuständigen Kommune
             */
            leistungen: number;
            /**
             * Format: int64
             * @description Σ zuständige Kommunen über die Leistungen
             */
            soll: number;
            /** Format: int64 */
            online: number;
            /** @description a, c und d für das Themenfeld in NRW */
            metriken: components["schemas"]["Metrikwert"][];
        };
        ThemenfelderStatistik: {
            /** Format: int32 */
            reifegradMin: number;
            themenfelder: components["schemas"]["ThemenfeldStatistik"][];
            beispieldaten: boolean;
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
        /** @description Stand einer OZG-Leistung in einer Kommune (Soll und Ist). */
        Umsetzungseintrag: {
            /** Format: int32 */
            ozgId: number;
            name: string;
            /** Format: int32 */
            themenfeldId: number;
            /** @description Die Kommune ist nach den Zuständigkeitsregeln zuständig (gehört zum Soll) */
            zustaendig: boolean;
            /** @description Die Zuständigkeit ruht auf einer abgeleiteten, noch nicht bestätigten Regel */
            zustaendigkeitAbgeleitet: boolean;
            status: components["schemas"]["Umsetzungsstatus"];
            /**
             * Format: int32
             * @description 0–4 nach Reifegradmodell 1.1, 0–7 nach 2.0
             */
            reifegrad?: number;
            /** @example 1.1 */
            reifegradmodell?: string;
            url?: string;
            onlineSeit?: components["schemas"]["LocalDate"];
            /** @description LeiKa-Schlüssel, für den gemeldet wurde */
            leikaSchluessel?: string;
            /**
             * Format: int64
             * @description Nachgenutzte Lösung
             */
            loesungId?: number;
            /**
             * Format: int64
             * @description Projekt, aus dem die Umsetzung stammt
             */
            projektId?: number;
            quelle?: components["schemas"]["Umsetzungsquelle"];
            /** @description Konto, Token oder Import, der den Eintrag schrieb */
            quelleName?: string;
            aktualisiertAm?: components["schemas"]["OffsetDateTime"];
            /**
             * Format: int64
             * @description Fassung für If-Match (ETag "version"); fehlt, solange nichts gemeldet ist
             */
            version?: number;
            /** @description true: Beispieldaten, keine echte Angabe */
            beispiel: boolean;
        };
        /**
         * @description Woher ein Eintrag stammt: MANUELL (Redaktion im Dashboard), IMPORT (Massenimport eines Integrators), BEISPIEL (Beispieldaten, keine echte Angabe).
         * @enum {string}
         */
        Umsetzungsquelle: "MANUELL" | "IMPORT" | "BEISPIEL";
        /** @description Ersetzt den Stand einer Leistung in einer Kommune. */
        UmsetzungsstandEingabe: {
            status: components["schemas"]["Umsetzungsstatus"];
            /** Format: int32 */
            reifegrad?: number;
            reifegradmodell?: string;
            url?: string;
            onlineSeit?: components["schemas"]["LocalDate"];
            leikaSchluessel?: string;
            /** Format: int64 */
            loesungId?: number;
            /** Format: int64 */
            projektId?: number;
        };
        /**
         * @description Stand einer OZG-Leistung in einer Kommune. KEINE_ANGABE: nichts gemeldet (nur in Antworten, nie gespeichert).
         * @enum {string}
         */
        Umsetzungsstatus: "KEINE_ANGABE" | "NICHT_BEGONNEN" | "IN_PLANUNG" | "IN_UMSETZUNG" | "ONLINE";
        /** @description Was sich seit einem Datum geändert hat, je Paar Kommune × Soll-Leistung. */
        Veraenderung: {
            seit: components["schemas"]["LocalDate"];
            /**
             * Format: int64
             * @description Paare, die am Stichtag nicht online waren (mit Reifegrad ≥ reifegradMin) und es jetzt sind
             */
            neuOnline: number;
            /**
             * Format: int64
             * @description Paare, die am Stichtag online waren und es jetzt nicht mehr sind
             */
            zurueckgefallen: number;
            formel: string;
        };
        /** @enum {string} */
        Verbindlichkeit: "ERFORDERLICH" | "OPTIONAL";
        Workshop: {
            /** Format: int64 */
            id: number;
            datum: components["schemas"]["LocalDate"];
            format: components["schemas"]["WorkshopFormat"];
            titel: string;
            teilnehmende: components["schemas"]["OrganisationKurz"][];
            /** @description Wo beginnen wir? */
            prioritaeten?: string;
            /** @description Was lässt sich bündeln? */
            buendelung?: string;
            weitereErgebnisse?: string;
            /** @description Wer macht mit? Daraus wurden Teilnahmen. */
            beitritte: components["schemas"]["Beitritt"][];
        };
        WorkshopEingabe: {
            datum: components["schemas"]["LocalDate"];
            format: components["schemas"]["WorkshopFormat"];
            titel: string;
            teilnehmende?: string[];
            prioritaeten?: string;
            buendelung?: string;
            weitereErgebnisse?: string;
            /** @description Wer beitritt; wird in einem Schritt zur Teilnahme (INTERESSIERT oder MITWIRKEND) */
            beitritte?: components["schemas"]["BeitrittEingabe"][];
        };
        /** @enum {string} */
        WorkshopFormat: "PRAESENZ" | "ONLINE" | "HYBRID";
        /** @description Ein gespeicherter Tagesstand. */
        Zeitpunkt: {
            datum: components["schemas"]["LocalDate"];
            /** Format: int64 */
            soll: number;
            /** Format: int64 */
            online: number;
            /** @description Metrik a */
            anteil?: number;
            /** @description Metrik b (wo es Einwohner gibt) */
            einwohnergewichtet?: number;
            /**
             * Format: int64
             * @description Nenner von c und d
             */
            leistungen?: number;
            /** Format: int64 */
            strikt?: number;
            /** Format: int64 */
            mindestensEine?: number;
            /** @description Metrik c */
            striktAnteil?: number;
            /** @description Metrik d */
            mindestensEineAnteil?: number;
            beispiel: boolean;
        };
        Zeitreihe: {
            ebene: string;
            schluessel: string;
            /** Format: int32 */
            reifegradMin: number;
            punkte: components["schemas"]["Zeitpunkt"][];
            veraenderung: components["schemas"]["Veraenderung"];
            beispieldaten: boolean;
        };
        /** @description Die Zuständigkeitsregeln einer Leistung je Kommunentyp. */
        Zustaendigkeit: {
            /** Format: int32 */
            ozgId: number;
            name: string;
            typisierungen: string[];
            /** @description Die Standardregel in Worten */
            standardregel: string;
            regeln: components["schemas"]["Zustaendigkeitsregel"][];
        };
        /** @description Bestätigt oder korrigiert Regeln; nicht genannte Typen bleiben, wie sie sind. */
        ZustaendigkeitEingabe: {
            regeln: components["schemas"]["ZustaendigkeitsregelEingabe"][];
        };
        /** @description Ob ein Kommunentyp für die Leistung zuständig ist. */
        Zustaendigkeitsregel: {
            kommuneTyp: components["schemas"]["KommuneTyp"];
            zustaendig: boolean;
            /** @description true: aus der Typisierung abgeleitet (Standardregel), false: von KOORDINATION/ADMIN bestätigt */
            abgeleitet: boolean;
            hinweis?: string;
            /**
             * Format: int64
             * @description Kommunen dieses Typs
             */
            kommunen: number;
            geaendertAm: components["schemas"]["OffsetDateTime"];
        };
        ZustaendigkeitsregelEingabe: {
            kommuneTyp: components["schemas"]["KommuneTyp"];
            zustaendig: boolean;
            hinweis?: string;
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
        /** @description Nicht angemeldet, oder die Anmeldedaten sind ungültig, abgelaufen oder widerrufen. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Angemeldet, aber ohne Berechtigung für diese Aktion an diesem Eintrag – oder der Kopf X-CSRF-Token fehlt bei einer Cookie-Sitzung. */
        Forbidden: {
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
        /** @description Konflikt mit dem aktuellen Zustand, z. B. ein schon vergebener Name. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Veraltete Fassung: If-Match passt nicht zum aktuellen ETag (der im Kopf ETag steht). */
        PreconditionFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Der Inhalt ist größer als erlaubt. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Der Inhalt hat nicht den erwarteten Medientyp. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Gültig geformt, aber gegen eine Regel; title und detail nennen die Regel. */
        UnprocessableContent: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description If-Match fehlt: Änderungen brauchen den ETag der gelesenen Fassung. */
        PreconditionRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Zu viele Versuche; Retry-After nennt die Sekunden bis zum nächsten Versuch. */
        TooManyRequests: {
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
        /** @description Vorübergehend nicht verfügbar (überlastet oder Datenbank nicht erreichbar); nichts wurde geschrieben. Retry-After nennt die Sekunden bis zum nächsten Versuch. */
        ServiceUnavailable: {
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
    headers: {
        /** @description Nur bei CSV und XLSX: attachment mit einem Dateinamen, der das Datum des Datenstands trägt, z. B. kommunen-2026-12-03.csv. */
        "Content-Disposition": string;
        /** @description Nur bei CSV und XLSX: Stand der Daten (ISO 8601, UTC), die letzte öffentliche Änderung. */
        "X-Stand": string;
        /** @description Nur bei CSV und XLSX: Lizenz der Daten, z. B. dl-de/by-2-0. */
        "X-Lizenz": string;
        /** @description Nur bei CSV und XLSX: Quelle und Namensnennung (ASCII, Umlaute umschrieben; wörtlich im Katalog). */
        "X-Quelle": string;
        /** @description Nur bei CSV und XLSX: der Datensatz im Katalog (GET /api/v1/dcat). */
        "X-Datensatz": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAudit: {
        parameters: {
            query?: {
                entitaet?: string;
                id?: string;
                /** @description Seite, beginnend bei 0. */
                page?: number;
                seit?: string;
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
                    "application/json": components["schemas"]["PageAuditEintrag"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listKonten: {
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
                    "application/json": components["schemas"]["PageKonto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createKonto: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KontoNeu"];
            };
        };
        responses: {
            /** @description Das angelegte Konto */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Konto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getKonto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["Konto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateKonto: {
        parameters: {
            query?: never;
            header: {
                /** @description ETag der gelesenen Fassung */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KontoAenderung"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Konto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listApiTokens: {
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
                    "application/json": components["schemas"]["PageApiToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiTokenNeu"];
            };
        };
        responses: {
            /** @description Der angelegte Token (das Geheimnis nur in dieser Antwort) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokenErstellt"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revokeApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["ApiToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAenderungen: {
        parameters: {
            query?: {
                /** @description Art des Eintrags, z. B. LEISTUNG, KOMMUNE, PROJEKT, UMSETZUNGSSTAND */
                entitaet?: string;
                /** @description Nur Änderungen an diesem Eintrag (Schlüssel) */
                id?: string;
                /** @description Nur Änderungen an dieser Kommune (AGS oder Kreisschlüssel), ihrem Umsetzungsstand und ihren Anschlüssen an Basiskomponenten */
                kommune?: string;
                /** @description Seite, beginnend bei 0. */
                page?: number;
                /** @description Nur Änderungen ab diesem Zeitpunkt (ISO 8601) */
                seit?: string;
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), atom, csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "atom" | "csv" | "xlsx";
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
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageAenderung"];
                    "application/atom+xml": string;
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAnsprechstellen: {
        parameters: {
            query?: {
                /** @description Seite, beginnend bei 0. */
                page?: number;
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "csv" | "xlsx";
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
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageAnsprechstelle"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createAnsprechstelle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnsprechstelleEingabe"];
            };
        };
        responses: {
            /** @description Die angelegte Ansprechstelle */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ansprechstelle"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateAnsprechstelle: {
        parameters: {
            query?: never;
            header: {
                /** @description ETag der Ansprechstelle */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnsprechstelleEingabe"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ansprechstelle"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteAnsprechstelle: {
        parameters: {
            query?: never;
            header: {
                /** @description ETag der Ansprechstelle */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Entfernt */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            428: components["responses"]["PreconditionRequired"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Anmeldung"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ich"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Abgemeldet */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMe: {
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
                    "application/json": components["schemas"]["Ich"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswortAenderung"];
            };
        };
        responses: {
            /** @description Geändert */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listBasiskomponenten: {
        parameters: {
            query?: {
                /** @description Seite, beginnend bei 0. */
                page?: number;
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "csv" | "xlsx";
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
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageBasiskomponente"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDatenquellen: {
        parameters: {
            query?: {
                /** @description Seite, beginnend bei 0. */
                page?: number;
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "csv" | "xlsx";
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
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDatenquelle"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDcatKatalog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Der Katalog */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/ld+json": Record<string, never>;
                    "text/turtle": string;
                    "application/rdf+xml": string;
                };
            };
            /** @description Unverändert (If-None-Match passt zum ETag) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDownloads: {
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
                    "application/json": components["schemas"]["PageDatei"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    erzeugeDownloads: {
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
                    "application/json": components["schemas"]["BulkErzeugung"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDownload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Name der Datei aus der Liste */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Die gzip-komprimierte CSV-Datei */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/gzip": string;
                };
            };
            /** @description Unverändert (If-None-Match passt zum ETag) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listFachaemter: {
        parameters: {
            query?: {
                /** @description Seite, beginnend bei 0. */
                page?: number;
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "csv" | "xlsx";
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
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageFachamt"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listGremien: {
        parameters: {
            query?: {
                /** @description Seite, beginnend bei 0. */
                page?: number;
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "csv" | "xlsx";
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
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageGremium"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createGremium: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GremiumEingabe"];
            };
        };
        responses: {
            /** @description Das angelegte Gremium */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Gremium"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateGremium: {
        parameters: {
            query?: never;
            header: {
                /** @description ETag des Gremiums */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GremiumEingabe"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Gremium"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listGroessenklassen: {
        parameters: {
            query?: {
                /** @description Seite, beginnend bei 0. */
                page?: number;
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "csv" | "xlsx";
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
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageGroessenklasse"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listImporte: {
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
                    "application/json": components["schemas"]["PageJob"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createImport: {
        parameters: {
            query?: {
                /** @description true: nur prüfen und zählen, nichts schreiben */
                dryRun?: boolean;
                /** @description abbrechen (Standard): ist ein Datensatz fehlerhaft, wird nichts geschrieben. ueberspringen: die gültigen werden geschrieben, die fehlerhaften übergangen und genannt (auch im Audit-Eintrag). */
                fehlerhafte?: "abbrechen" | "ueberspringen";
                /** @description csv oder json; sonst aus dem Content-Type */
                format?: "csv" | "json";
                /** @description Reifegrad (0–4) für Datensätze mit Status ONLINE ohne Reifegrad, wie sie das Format des Bundes liefert. Ohne den Parameter werden sie ohne Reifegrad gespeichert und zählen wie Reifegrad 0 – bei der Standardschwelle (Reifegrad ≥ 2) also nicht als online. */
                reifegradStandard?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
                "application/json": unknown[];
            };
        };
        responses: {
            /** @description Angenommen; der Auftrag läuft */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getImportVorlage: {
        parameters: {
            query?: {
                /** @description csv (Standard) oder xlsx */
                format?: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Die Vorlage */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=UTF-8": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getImportFehler: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Die Fehler */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=UTF-8": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
            503: components["responses"]["ServiceUnavailable"];
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
                /** @description Ab welchem Reifegrad ein Online-Eintrag für online und anteilOnline zählt (0–7, Standard 2) */
                reifegradMin?: number;
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
                /** @description Sortierung: name, ags, einwohner, flaecheKm2, einwohnerJeKm2, anteilOnline; mit - davor absteigend. Ohne Angabe: nach Name. */
                sort?: string;
                /** @description Status der Kommune */
                typ?: components["schemas"]["KommuneTyp"];
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "csv" | "xlsx";
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
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageKommuneSummary"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
            /** @description Die Kommune; ETag ist ihre Fassung */
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
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateKommune: {
        parameters: {
            query?: never;
            header: {
                /** @description ETag der gelesenen Fassung */
                "If-Match": string;
            };
            path: {
                /** @description AGS, Kreisschlüssel oder ARS */
                ags: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KommuneAenderung"];
            };
        };
        responses: {
            /** @description Die geänderte Kommune mit neuem ETag */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KommuneDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getKommuneBasiskomponenten: {
        parameters: {
            query?: {
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path: {
                ags: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KommuneBasiskomponenten"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putBasiskomponenteAnschluss: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag des bestehenden Eintrags */
                "If-Match"?: string;
                /** @description * legt den Eintrag nur an, wenn es ihn noch nicht gibt (sonst 412); ohne If-Match und If-None-Match gilt dasselbe */
                "If-None-Match"?: string;
            };
            path: {
                ags: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnschlussEingabe"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BasiskomponenteAnschluss"];
                };
            };
            /** @description Erstmals gemeldet */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BasiskomponenteAnschluss"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getKommuneHistorie: {
        parameters: {
            query?: {
                /** @description Seite, beginnend bei 0. */
                page?: number;
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "csv" | "xlsx";
            };
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
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageAenderung"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listKommuneProjekte: {
        parameters: {
            query?: {
                /** @description Seite, beginnend bei 0. */
                page?: number;
                rolle?: components["schemas"]["TeilnahmeRolle"];
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path: {
                ags: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageProjektSummary"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getKommuneUmsetzungsstand: {
        parameters: {
            query?: {
                /** @description Mindestreifegrad, ab dem ein Online-Eintrag zählt (0–7; Standard 2 = Antrag online ausfüllbar; 3 = OZG-konform, Antrag online einreichbar). Ein Online-Eintrag ohne Reifegrad zählt als 0. */
                reifegradMin?: number;
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "csv" | "xlsx";
            };
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
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KommuneUmsetzungsstand"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getUmsetzungseintrag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ags: string;
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
                    "application/json": components["schemas"]["Umsetzungseintrag"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putUmsetzungseintrag: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag des bestehenden Eintrags */
                "If-Match"?: string;
                /** @description * legt den Eintrag nur an, wenn es ihn noch nicht gibt (sonst 412); ohne If-Match und If-None-Match gilt dasselbe */
                "If-None-Match"?: string;
            };
            path: {
                ags: string;
                ozgId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UmsetzungsstandEingabe"];
            };
        };
        responses: {
            /** @description Geändert */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Umsetzungseintrag"];
                };
            };
            /** @description Erstmals gemeldet */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Umsetzungseintrag"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listKoordination: {
        parameters: {
            query?: {
                /** @description Seite, beginnend bei 0. */
                page?: number;
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "csv" | "xlsx";
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
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageKoordination"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "csv" | "xlsx";
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
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageKreis"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "csv" | "xlsx";
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
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageLage"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
            503: components["responses"]["ServiceUnavailable"];
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
                /** @description Ab welchem Reifegrad ein Online-Eintrag für onlineKommunen zählt (0–7, Standard 2) */
                reifegradMin?: number;
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
                /** @description Sortierung: name, ozgId, themenfeld, anzahlLeika, anteilOnline; mit - davor absteigend. Ohne Angabe: nach Relevanz, wenn q gesetzt ist, sonst nach Name. */
                sort?: string;
                /** @description ID eines Themenfelds */
                themenfeld?: number;
                /** @description Typisierung, z. B. 2/3; trifft Leistungen, bei denen mindestens eine LeiKa-Zeile sie trägt */
                typisierung?: string;
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "csv" | "xlsx";
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
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageLeistungSummary"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
            /** @description Die Leistung; ETag ist ihre Fassung */
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
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    setLeistungFachaemter: {
        parameters: {
            query?: never;
            header: {
                /** @description ETag der gelesenen Fassung */
                "If-Match": string;
            };
            path: {
                /** @description OZG-ID */
                ozgId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FachamtZuordnung"];
            };
        };
        responses: {
            /** @description Die geänderte Leistung mit neuem ETag */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeistungDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getLeistungHistorie: {
        parameters: {
            query?: {
                /** @description Seite, beginnend bei 0. */
                page?: number;
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "csv" | "xlsx";
            };
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
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageAenderung"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getLeistungUmsetzungsstand: {
        parameters: {
            query?: {
                /** @description Kreisschlüssel (5 Ziffern) */
                kreis?: string;
                /** @description Seite, beginnend bei 0. */
                page?: number;
                /** @description Regierungsbezirk (051–055) */
                regierungsbezirk?: string;
                /** @description Mindestreifegrad, ab dem ein Online-Eintrag zählt (0–7; Standard 2 = Antrag online ausfüllbar; 3 = OZG-konform, Antrag online einreichbar). Ein Online-Eintrag ohne Reifegrad zählt als 0. */
                reifegradMin?: number;
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
                /** @description Nur Kommunen mit diesem Status */
                status?: components["schemas"]["Umsetzungsstatus"];
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path: {
                ozgId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeistungUmsetzungsstand"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getZustaendigkeit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["Zustaendigkeit"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putZustaendigkeit: {
        parameters: {
            query?: never;
            header: {
                /** @description ETag der Regeln */
                "If-Match": string;
            };
            path: {
                ozgId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZustaendigkeitEingabe"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Zustaendigkeit"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "csv" | "xlsx";
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
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOrganisation"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listOrganisationProjekte: {
        parameters: {
            query?: {
                /** @description Seite, beginnend bei 0. */
                page?: number;
                rolle?: components["schemas"]["TeilnahmeRolle"];
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageProjektSummary"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    countOrganisationTypen: {
        parameters: {
            query?: {
                /** @description Suche in Name, Kurzname und Ort (Wortanfänge genügen) */
                q?: string;
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
                    "application/json": components["schemas"]["OrganisationTypen"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listProjekte: {
        parameters: {
            query?: {
                /** @description Nur Projekte, die diese Basiskomponente brauchen */
                basiskomponente?: string;
                /** @description true: nur Beispielprojekte; false: nur echte */
                beispiel?: boolean;
                /** @description AGS oder Kreisschlüssel: nur Projekte, an denen diese Kommune teilnimmt */
                kommune?: string;
                /** @description OZG-ID: nur Projekte, die diese Leistung abdecken */
                leistung?: number;
                /** @description Nur Projekte, an denen diese Organisation teilnimmt */
                organisation?: string;
                /** @description Seite, beginnend bei 0. */
                page?: number;
                phase?: components["schemas"]["Phase"];
                /** @description Volltextsuche in Titel und Zusammenfassung */
                q?: string;
                /** @description Zusammen mit organisation oder kommune: nur in dieser Rolle */
                rolle?: components["schemas"]["TeilnahmeRolle"];
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
                /** @description titel, geaendertAm, phase, themenfeld; mit - davor absteigend. Ohne Angabe: Relevanz bei q, sonst Titel. */
                sort?: string;
                status?: components["schemas"]["ProjektStatus"];
                /** @description ID eines Themenfelds */
                themenfeld?: number;
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "csv" | "xlsx";
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
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageProjektSummary"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createProjekt: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjektEingabe"];
            };
        };
        responses: {
            /** @description Das angelegte Projekt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjektDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getProjektUebersicht: {
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
                    "application/json": components["schemas"]["ProjektUebersicht"];
                };
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getProjekt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Das Projekt; ETag ist seine Fassung */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjektDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    replaceProjekt: {
        parameters: {
            query?: never;
            header: {
                /** @description ETag des Projekts */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjektEingabe"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjektDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteProjekt: {
        parameters: {
            query?: never;
            header: {
                /** @description ETag des Projekts */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Gelöscht */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            428: components["responses"]["PreconditionRequired"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    patchProjekt: {
        parameters: {
            query?: never;
            header: {
                /** @description ETag des Projekts */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjektPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjektDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    addEntscheidung: {
        parameters: {
            query?: never;
            header: {
                /** @description ETag des Projekts */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntscheidungEingabe"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjektDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateEntscheidung: {
        parameters: {
            query?: never;
            header: {
                /** @description ETag des Projekts */
                "If-Match": string;
            };
            path: {
                entscheidungId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntscheidungEingabe"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjektDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteEntscheidung: {
        parameters: {
            query?: never;
            header: {
                /** @description ETag des Projekts */
                "If-Match": string;
            };
            path: {
                entscheidungId: number;
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
                    "application/json": components["schemas"]["ProjektDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            428: components["responses"]["PreconditionRequired"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getProjektHistorie: {
        parameters: {
            query?: {
                /** @description Seite, beginnend bei 0. */
                page?: number;
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageAenderung"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    bekundeInteresse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["ProjektDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    addLoesung: {
        parameters: {
            query?: never;
            header: {
                /** @description ETag des Projekts */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoesungEingabe"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjektDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateLoesung: {
        parameters: {
            query?: never;
            header: {
                /** @description ETag des Projekts */
                "If-Match": string;
            };
            path: {
                id: number;
                loesungId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoesungEingabe"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjektDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteLoesung: {
        parameters: {
            query?: never;
            header: {
                /** @description ETag des Projekts */
                "If-Match": string;
            };
            path: {
                id: number;
                loesungId: number;
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
                    "application/json": components["schemas"]["ProjektDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            428: components["responses"]["PreconditionRequired"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    erklaereNachnutzung: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                loesungId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EigeneNachnutzung"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjektDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    setNachnutzungen: {
        parameters: {
            query?: never;
            header: {
                /** @description ETag des Projekts */
                "If-Match": string;
            };
            path: {
                id: number;
                loesungId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NachnutzungenEingabe"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjektDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    wechslePhase: {
        parameters: {
            query?: never;
            header: {
                /** @description ETag des Projekts */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PhasenwechselEingabe"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjektDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    setTeilnahmen: {
        parameters: {
            query?: never;
            header: {
                /** @description ETag des Projekts */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamEingabe"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjektDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    addWorkshop: {
        parameters: {
            query?: never;
            header: {
                /** @description ETag des Projekts */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkshopEingabe"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjektDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateWorkshop: {
        parameters: {
            query?: never;
            header: {
                /** @description ETag des Projekts */
                "If-Match": string;
            };
            path: {
                id: number;
                workshopId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkshopEingabe"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjektDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteWorkshop: {
        parameters: {
            query?: never;
            header: {
                /** @description ETag des Projekts */
                "If-Match": string;
            };
            path: {
                id: number;
                workshopId: number;
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
                    "application/json": components["schemas"]["ProjektDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            428: components["responses"]["PreconditionRequired"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listRegierungsbezirke: {
        parameters: {
            query?: {
                /** @description Seite, beginnend bei 0. */
                page?: number;
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "csv" | "xlsx";
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
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageRegierungsbezirk"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getStand: {
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
                    "application/json": components["schemas"]["Stand"];
                };
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getBasiskomponentenMatrix: {
        parameters: {
            query?: {
                /** @description Kreisschlüssel (5 Ziffern) */
                kreis?: string;
                /** @description Seite, beginnend bei 0. */
                page?: number;
                /** @description Regierungsbezirk (051–055) */
                regierungsbezirk?: string;
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
                /** @description Kommunentyp */
                typ?: components["schemas"]["KommuneTyp"];
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "csv" | "xlsx";
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
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnschlussMatrix"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getStatistikGroessenklassen: {
        parameters: {
            query?: {
                /** @description Mindestreifegrad, ab dem ein Online-Eintrag zählt (0–7; Standard 2 = Antrag online ausfüllbar; 3 = OZG-konform). Ein Online-Eintrag ohne Reifegrad zählt als 0. */
                reifegradMin?: number;
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "csv" | "xlsx";
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
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroessenklassenStatistik"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getStatistikRegionen: {
        parameters: {
            query?: {
                /** @description land, regierungsbezirk, kreis oder gemeinde (Standard land) */
                ebene?: "land" | "regierungsbezirk" | "kreis" | "gemeinde";
                /** @description Nur Gemeinden in diesem Kreis (Kreisschlüssel) */
                kreis?: string;
                /** @description a, b, c oder d (Standard a) */
                metrik?: "a" | "b" | "c" | "d";
                /** @description Nur Gebiete in diesem Regierungsbezirk (051–059) */
                regierungsbezirk?: string;
                /** @description Mindestreifegrad, ab dem ein Online-Eintrag zählt (0–7; Standard 2 = Antrag online ausfüllbar; 3 = OZG-konform). Ein Online-Eintrag ohne Reifegrad zählt als 0. */
                reifegradMin?: number;
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "csv" | "xlsx";
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
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionenStatistik"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    writeTagesstand: {
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
                    "application/json": components["schemas"]["Tagesstand"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getStatistikThemenfelder: {
        parameters: {
            query?: {
                /** @description Mindestreifegrad, ab dem ein Online-Eintrag zählt (0–7; Standard 2 = Antrag online ausfüllbar; 3 = OZG-konform). Ein Online-Eintrag ohne Reifegrad zählt als 0. */
                reifegradMin?: number;
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "csv" | "xlsx";
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
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemenfelderStatistik"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getStatistikUebersicht: {
        parameters: {
            query?: {
                /** @description Mindestreifegrad, ab dem ein Online-Eintrag zählt (0–7; Standard 2 = Antrag online ausfüllbar; 3 = OZG-konform). Ein Online-Eintrag ohne Reifegrad zählt als 0. */
                reifegradMin?: number;
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "csv" | "xlsx";
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
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatistikUebersicht"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getStatistikZeitreihe: {
        parameters: {
            query?: {
                /** @description Letzter Tag (Standard: heute, UTC) */
                bis?: string;
                /** @description land, regierungsbezirk, kreis, kommune, themenfeld oder groessenklasse (Standard land) */
                ebene?: "land" | "regierungsbezirk" | "kreis" | "kommune" | "themenfeld" | "groessenklasse";
                /** @description Mindestreifegrad, ab dem ein Online-Eintrag zählt (0–7; Standard 2 = Antrag online ausfüllbar; 3 = OZG-konform). Ein Online-Eintrag ohne Reifegrad zählt als 0. */
                reifegradMin?: number;
                /** @description Schlüssel des Gebiets: AGS (kommune, 8 Ziffern; Kreise 5), Kreisschlüssel, Regierungsbezirk, Themenfeld-ID oder Code der Größenklasse; bei land entfällt er */
                schluessel?: string;
                /** @description Stichtag für neu online / zurückgefallen (Standard: erster Tag der Reihe) */
                seit?: string;
                /** @description Erster Tag (Standard: 90 Tage vor bis) */
                von?: string;
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "csv" | "xlsx";
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
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Zeitreihe"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listThemenfelder: {
        parameters: {
            query?: {
                /** @description Seite, beginnend bei 0. */
                page?: number;
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "csv" | "xlsx";
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
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageThemenfeld"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getKoordination: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["Koordination"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    setKoordination: {
        parameters: {
            query?: never;
            header: {
                /** @description ETag der Koordination */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KoordinationEingabe"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Koordination"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTypisierungen: {
        parameters: {
            query?: {
                /** @description Seite, beginnend bei 0. */
                page?: number;
                /** @description Einträge je Seite, höchstens 500. */
                size?: number;
                /** @description Statt des Kopfs Accept, für einfache Links: json (Standard), csv, xlsx. CSV und XLSX enthalten die ganze gefilterte und sortierte Liste (page und size gelten dort nicht); ein unbekannter Wert ist ein Fehler (400). */
                format?: "json" | "csv" | "xlsx";
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
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Stand": components["headers"]["X-Stand"];
                    "X-Lizenz": components["headers"]["X-Lizenz"];
                    "X-Quelle": components["headers"]["X-Quelle"];
                    "X-Datensatz": components["headers"]["X-Datensatz"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageTypisierung"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
