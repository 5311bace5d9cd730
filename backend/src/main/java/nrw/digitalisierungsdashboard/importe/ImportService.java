package nrw.digitalisierungsdashboard.importe;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import nrw.digitalisierungsdashboard.identity.Akteur;
import nrw.digitalisierungsdashboard.aenderungen.Aktion;
import nrw.digitalisierungsdashboard.aenderungen.AuditService;
import nrw.digitalisierungsdashboard.identity.CurrentUser;
import nrw.digitalisierungsdashboard.identity.Rolle;
import nrw.digitalisierungsdashboard.common.InvalidParameterException;
import nrw.digitalisierungsdashboard.common.NativeSql;
import nrw.digitalisierungsdashboard.common.NotFoundException;
import nrw.digitalisierungsdashboard.common.Page;
import nrw.digitalisierungsdashboard.common.PageRequest;
import nrw.digitalisierungsdashboard.common.Problem;
import nrw.digitalisierungsdashboard.common.Rows;
import nrw.digitalisierungsdashboard.common.RuleViolationException;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nrw.digitalisierungsdashboard.umsetzung.Kennzahlenpflege;

/**
 * Bulk import of the Umsetzungsstand. The request stores the body in a temporary file and checks encoding and header at
 * once (400/422 problems); a single worker then reads the whole file as a stream, validates every record and COPYs the
 * valid ones into the unlogged staging table. Only if no record failed does it merge them in one transaction (all or
 * nothing): rows with the same values stay untouched, so importing a file twice changes nothing. A dry run classifies
 * and counts, and writes nothing.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    static final int MAX_FEHLER = 1000;
    private static final int PRUEFEN_BIS = 80;

    private final EntityManager em;
    private final AgroalDataSource dataSource;
    private final AuditService audit;
    private final Kennzahlenpflege kennzahlen;
    private final CurrentUser user;
    private final ObjectMapper json;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "umsetzung-import");
        t.setDaemon(true);
        return t;
    });

    public ImportService(EntityManager em, AgroalDataSource dataSource, AuditService audit, Kennzahlenpflege kennzahlen, CurrentUser user,
                         ObjectMapper json) {
        this.em = em;
        this.dataSource = dataSource;
        this.audit = audit;
        this.kennzahlen = kennzahlen;
        this.user = user;
        this.json = json;
    }

    /** Jobs cut off by a restart can never finish: their file is gone. Nothing of them was written. */
    void onStart(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE import_job SET status = 'FEHLGESCHLAGEN', beendet_am = now(), meldung = 'Abgebrochen: der "
                    + "Server wurde während des Imports neu gestartet. Es wurde nichts geschrieben; bitte erneut senden.' "
                    + "WHERE status IN ('WARTEND', 'PRUEFUNG', 'SCHREIBEN')").executeUpdate();
            em.createNativeQuery("TRUNCATE import_zeile").executeUpdate();
        });
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    // --- accepting a file -----------------------------------------------------------------------------------

    record Vorpruefung(ImportModelle.Format format, char trennzeichen) {
    }

    public ImportModelle.Job annehmen(InputStream body, String contentType, String formatParam, String dryRunParam) {
        boolean dryRun = dryRun(dryRunParam);
        ImportModelle.Format format = format(contentType, formatParam);
        Path datei;
        long bytes;
        try {
            datei = Files.createTempFile("umsetzung-import-", ".dat");
            bytes = Files.copy(body, datei, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new InvalidParameterException(List.of(new Problem.InvalidParam("body", "body", "Die Datei kam nicht vollständig an.")));
        }
        try {
            Vorpruefung v = vorpruefen(datei, format);
            Akteur akteur = user.akteur();
            long id = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                            INSERT INTO import_job (status, format, dry_run, bytes_gesamt, erstellt_von, erstellt_von_typ, erstellt_von_id,
                                erstellt_am)
                            VALUES ('WARTEND', :format, :dry, :bytes, :name, :typ, :id, now()) RETURNING id""")
                    .setParameter("format", v.format().name()).setParameter("dry", dryRun).setParameter("bytes", bytes)
                    .setParameter("name", akteur.name()).setParameter("typ", akteur.typ()).setParameter("id", akteur.id())
                    .getSingleResult()).longValue());
            worker.submit(() -> verarbeiten(id, datei, v, akteur));
            return job(id);
        } catch (RuntimeException e) {
            loeschen(datei);
            throw e;
        }
    }

    private static boolean dryRun(String v) {
        if (v == null || v.isBlank()) {
            return false;
        }
        return switch (v.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "ja" -> true;
            case "false", "0", "nein" -> false;
            default -> throw InvalidParameterException.query("dryRun", "true oder false.");
        };
    }

    private static ImportModelle.Format format(String contentType, String formatParam) {
        if (formatParam != null && !formatParam.isBlank()) {
            try {
                return ImportModelle.Format.valueOf(formatParam.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidParameterException.query("format", "csv oder json.");
            }
        }
        String ct = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        if (ct.contains("charset=") && !ct.contains("charset=utf-8") && !ct.contains("charset=\"utf-8\"")) {
            throw new InvalidParameterException(List.of(new Problem.InvalidParam("Content-Type", "header",
                    "Importe müssen UTF-8 sein; gesendet wurde " + contentType + ".")));
        }
        if (ct.startsWith("application/json")) {
            return ImportModelle.Format.JSON;
        }
        if (ct.startsWith("text/csv") || ct.startsWith("text/plain")) {
            return ImportModelle.Format.CSV;
        }
        throw new InvalidParameterException(List.of(new Problem.InvalidParam("Content-Type", "header",
                "Bitte text/csv oder application/json senden (oder den Parameter format=csv|json setzen).")));
    }

    /** Encoding of the first 64 KiB, the header line and the required columns: answered at once, before a job exists. */
    Vorpruefung vorpruefen(Path datei, ImportModelle.Format format) {
        byte[] kopf = new byte[65536];
        int n;
        try (InputStream in = Files.newInputStream(datei)) {
            n = in.readNBytes(kopf, 0, kopf.length);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (n == 0) {
            throw new InvalidParameterException(List.of(new Problem.InvalidParam("body", "body", "Die Datei ist leer.")));
        }
        int ende = n;
        if (n == kopf.length) {
            // do not cut a multi-byte character: check up to the last line break
            while (ende > 0 && kopf[ende - 1] != '\n') {
                ende--;
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(kopf, 0, ende)).toString();
        } catch (CharacterCodingException e) {
            long zeile = 1;
            for (int i = 0; i < ende; i++) {
                if (kopf[i] == '\n') {
                    zeile++;
                }
                if ((kopf[i] & 0x80) != 0 && !gueltigAb(kopf, i, ende)) {
                    break;
                }
            }
            throw new InvalidParameterException(List.of(new Problem.InvalidParam("body", "body", "Zeile " + zeile
                    + ": Die Datei ist nicht in UTF-8 kodiert (ungültige Bytefolge); bitte als UTF-8 speichern.")));
        }
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (format == ImportModelle.Format.JSON) {
            String t = text.stripLeading();
            if (!t.startsWith("[") && !t.startsWith("{")) {
                throw new InvalidParameterException(List.of(new Problem.InvalidParam("body", "body",
                        "Zeile 1: Erwartet wird JSON (ein Array von Datensätzen).")));
            }
            return new Vorpruefung(format, ',');
        }
        String kopfzeile = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char trenn = trennzeichen(kopfzeile);
        Set<ImportLeser.Feld> felder = new HashSet<>();
        List<String> zellen = new ArrayList<>();
        for (String zelle : kopfzeile.split(java.util.regex.Pattern.quote(String.valueOf(trenn)), -1)) {
            String name = zelle.trim().replace("\"", "");
            zellen.add(name);
            ImportLeser.Feld f = ImportLeser.feld(name);
            if (f != null) {
                felder.add(f);
            }
        }
        if (felder.isEmpty() && zellen.stream().anyMatch(z -> z.matches("\\d{5,14}"))) {
            throw new RuleViolationException("Kopfzeile", "Zeile 1 sieht nach Daten aus, nicht nach einer Kopfzeile. Die erste Zeile "
                    + "muss die Spalten nennen, z. B. ags;ozg_id;status;reifegrad;url;online_seit.",
                    List.of(new Problem.InvalidParam("Zeile 1", "body", "Kopfzeile fehlt.")));
        }
        pflichtspalten(felder);
        return new Vorpruefung(format, trenn);
    }

    private static boolean gueltigAb(byte[] b, int i, int ende) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, i, Math.min(4, ende - i)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static char trennzeichen(String kopf) {
        long semikolon = kopf.chars().filter(c -> c == ';').count();
        long komma = kopf.chars().filter(c -> c == ',').count();
        long tab = kopf.chars().filter(c -> c == '\t').count();
        return tab > semikolon && tab > komma ? '\t' : semikolon >= komma && semikolon > 0 ? ';' : ',';
    }

    static void pflichtspalten(Set<ImportLeser.Feld> felder) {
        List<Problem.InvalidParam> fehlt = new ArrayList<>();
        if (!felder.contains(ImportLeser.Feld.AGS) && !felder.contains(ImportLeser.Feld.ARS)) {
            fehlt.add(new Problem.InvalidParam("ags", "body", "Spalte fehlt: die Kommune als ags (8-stellig, Kreise 5-stellig) oder ars (12-stellig)."));
        }
        if (!felder.contains(ImportLeser.Feld.OZG_ID) && !felder.contains(ImportLeser.Feld.LEIKA)) {
            fehlt.add(new Problem.InvalidParam("ozg_id", "body", "Spalte fehlt: die Leistung als ozg_id (oder ozgid) oder leika (leika_key, 14-stellig)."));
        }
        if (!felder.contains(ImportLeser.Feld.STATUS)) {
            fehlt.add(new Problem.InvalidParam("status", "body", "Spalte fehlt: status (oder online_status)."));
        }
        if (!fehlt.isEmpty()) {
            throw new RuleViolationException("Kopfzeile", "In der Kopfzeile fehlen Pflichtspalten: "
                    + String.join(", ", fehlt.stream().map(Problem.InvalidParam::name).toList()) + ".", fehlt);
        }
    }

    // --- the worker --------------------------------------------------------------------------------------------

    private record Schluessel(Map<String, String> kommunen, Set<Integer> leistungen, Map<String, List<Integer>> leika) {
    }

    private Schluessel schluessel() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, String> k = new HashMap<>();
            for (Tuple t : NativeSql.list(em, "SELECT ags, ars, typ, kreis_schluessel FROM kommune")) {
                String ags = Rows.str(t, "ags");
                k.put(ags, ags);
                k.put(Rows.str(t, "ars"), ags);
                if ("KREISFREIE_STADT".equals(Rows.str(t, "typ"))) {
                    k.putIfAbsent(Rows.str(t, "kreis_schluessel"), ags);
                }
            }
            Set<Integer> l = new HashSet<>();
            NativeSql.list(em, "SELECT ozg_id FROM leistung").forEach(t -> l.add(Rows.integer(t, "ozg_id")));
            Map<String, List<Integer>> leika = new HashMap<>();
            NativeSql.list(em, "SELECT DISTINCT schluessel, ozg_id FROM leika_leistung WHERE schluessel IS NOT NULL AND ozg_id IS NOT NULL")
                    .forEach(t -> leika.computeIfAbsent(Rows.str(t, "schluessel"), x -> new ArrayList<>()).add(Rows.integer(t, "ozg_id")));
            return new Schluessel(k, l, leika);
        });
    }

    private static final class Pruefung {
        final List<ImportModelle.Fehler> fehler = new ArrayList<>();
        long fehlerhaft;
        long zeilen;

        void fehler(long zeile, String feld, String wert, String grund) {
            if (fehler.size() < MAX_FEHLER) {
                fehler.add(new ImportModelle.Fehler(zeile, feld, wert == null ? null : wert.length() > 100 ? wert.substring(0, 100) + "…" : wert, grund));
            }
        }
    }

    void verarbeiten(long id, Path datei, Vorpruefung v, Akteur akteur) {
        try {
            status(id, "PRUEFUNG", "begonnen_am = now(), ");
            long start = System.nanoTime();
            Schluessel s = schluessel();
            Pruefung p = new Pruefung();
            List<String> hinweise = new ArrayList<>();
            long bytes = Files.size(datei);
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY import_zeile (job_id, zeile, kommune_ags, ozg_id, "
                        + "leika_schluessel, status, reifegrad, reifegradmodell, url, online_seit) FROM STDIN (FORMAT csv)");
                try (ImportLeser leser = new ImportLeser(new BufferedInputStream(Files.newInputStream(datei), 1 << 16), v.format(), v.trennzeichen())) {
                    if (v.format() == ImportModelle.Format.CSV) {
                        pflichtspalten(leser.spalten());
                    }
                    StringBuilder puffer = new StringBuilder(1 << 20);
                    long letzteMeldung = 0;
                    while (leser.next()) {
                        p.zeilen++;
                        pruefeUndStelle(id, leser, s, p, puffer);
                        if (puffer.length() > (1 << 20) - 4096) {
                            byte[] b = puffer.toString().getBytes(StandardCharsets.UTF_8);
                            copy.writeToCopy(b, 0, b.length);
                            puffer.setLength(0);
                        }
                        if (p.zeilen - letzteMeldung >= 50_000) {
                            letzteMeldung = p.zeilen;
                            fortschritt(id, leser.gelesen(), bytes, p.zeilen);
                        }
                    }
                    byte[] b = puffer.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(b, 0, b.length);
                    copy.endCopy();
                    if (!leser.unbekannteSpalten().isEmpty()) {
                        hinweise.add("Übergangene Spalten bzw. Felder (unbekannt): " + String.join(", ", leser.unbekannteSpalten()));
                    }
                } catch (ImportLeser.Lesefehler e) {
                    if (copy.isActive()) {
                        copy.cancelCopy();
                    }
                    p.fehlerhaft++;
                    p.fehler(e.zeile, "Datei", null, e.getMessage());
                } catch (RuleViolationException e) {
                    if (copy.isActive()) {
                        copy.cancelCopy();
                    }
                    p.fehlerhaft++;
                    for (Problem.InvalidParam f : e.errors()) {
                        p.fehler(1, f.name(), null, f.reason());
                    }
                }
            }
            doppelte(id, p);
            if (p.fehlerhaft > 0) {
                scheitern(id, p, hinweise, p.fehlerhaft + " von " + p.zeilen + " Datensätzen sind fehlerhaft; es wurde nichts geschrieben.");
                return;
            }
            fortschritt(id, bytes, bytes, p.zeilen);
            status(id, "SCHREIBEN", "");
            long geprueft = System.nanoTime();
            long[] zahlen = schreiben(id, v.format(), akteur, p.zeilen);
            LOG.infof("Import %d: %d Datensätze gelesen und geprüft in %.1f s, eingeordnet und geschrieben in %.1f s", id, p.zeilen,
                    (geprueft - start) / 1e9, (System.nanoTime() - geprueft) / 1e9);
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                            UPDATE import_job SET status = 'FERTIG', fortschritt = 100, zeilen = :z, neu = :n, geaendert = :g,
                                unveraendert = :u, hinweise = CAST(:h AS jsonb), meldung = :m, beendet_am = now() WHERE id = :id""")
                    .setParameter("z", p.zeilen).setParameter("n", zahlen[0]).setParameter("g", zahlen[1]).setParameter("u", zahlen[2])
                    .setParameter("h", text(hinweise)).setParameter("id", id)
                    .setParameter("m", (zahlen[3] == 1 ? "Probelauf: nichts geschrieben. Würde " : "Geschrieben: ") + zahlen[0] + " neu, "
                            + zahlen[1] + " geändert, " + zahlen[2] + " unverändert.")
                    .executeUpdate());
        } catch (Exception e) {
            String kennung = UUID.randomUUID().toString();
            LOG.errorf(e, "Import %d fehlgeschlagen (%s)", id, kennung);
            try {
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE import_job SET status = 'FEHLGESCHLAGEN', "
                                + "beendet_am = now(), meldung = :m WHERE id = :id")
                        .setParameter("m", "Interner Fehler beim Import (Fehlerkennung " + kennung + "). Es wurde nichts geschrieben.")
                        .setParameter("id", id).executeUpdate());
            } catch (RuntimeException inner) {
                LOG.error("Importstatus nicht gespeichert", inner);
            }
        } finally {
            loeschen(datei);
            try {
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM import_zeile WHERE job_id = :id")
                        .setParameter("id", id).executeUpdate());
            } catch (RuntimeException e) {
                LOG.warn("Zwischentabelle des Imports nicht geleert", e);
            }
        }
    }

    private static final DateTimeFormatter DEUTSCH = DateTimeFormatter.ofPattern("d.M.uuuu");

    /** Checks one record; a valid one is appended to the COPY buffer, an invalid one only counted and listed. */
    private static void pruefeUndStelle(long job, ImportLeser r, Schluessel s, Pruefung p, StringBuilder puffer) {
        long zeile = r.zeile();
        int vorher = p.fehler.size();
        boolean fehlerhaft = false;
        String ags = null;
        String agsRoh = r.get(ImportLeser.Feld.AGS);
        String arsRoh = r.get(ImportLeser.Feld.ARS);
        if (agsRoh != null) {
            if (!agsRoh.matches("\\d{5}|\\d{8}")) {
                p.fehler(zeile, "ags", agsRoh, "Ein AGS hat 8 Ziffern (Kreise: 5-stelliger Kreisschlüssel).");
                fehlerhaft = true;
            } else if ((ags = s.kommunen().get(agsRoh)) == null) {
                p.fehler(zeile, "ags", agsRoh, "Unbekannter Schlüssel: eine Kommune mit diesem AGS gibt es im Dashboard nicht.");
                fehlerhaft = true;
            }
        }
        if (arsRoh != null && !fehlerhaft) {
            String ars = arsRoh.matches("\\d{12}") ? s.kommunen().get(arsRoh) : null;
            if (!arsRoh.matches("\\d{12}")) {
                p.fehler(zeile, "ars", arsRoh, "Ein ARS hat 12 Ziffern.");
                fehlerhaft = true;
            } else if (ars == null) {
                p.fehler(zeile, "ars", arsRoh, "Unbekannter Schlüssel: eine Kommune mit diesem ARS gibt es im Dashboard nicht.");
                fehlerhaft = true;
            } else if (ags != null && !ags.equals(ars)) {
                p.fehler(zeile, "ars", arsRoh, "AGS und ARS bezeichnen verschiedene Kommunen.");
                fehlerhaft = true;
            } else {
                ags = ars;
            }
        }
        if (agsRoh == null && arsRoh == null) {
            p.fehler(zeile, "ags", null, "Die Kommune fehlt (ags oder ars).");
            fehlerhaft = true;
        }
        Integer ozg = null;
        String ozgRoh = r.get(ImportLeser.Feld.OZG_ID);
        String leika = r.get(ImportLeser.Feld.LEIKA);
        if (ozgRoh != null) {
            if (!ozgRoh.matches("\\d{1,9}")) {
                p.fehler(zeile, "ozg_id", ozgRoh, "Die OZG-ID ist eine ganze Zahl.");
                fehlerhaft = true;
            } else if (!s.leistungen().contains(Integer.parseInt(ozgRoh))) {
                p.fehler(zeile, "ozg_id", ozgRoh, "Unbekannter Schlüssel: eine OZG-Leistung mit dieser ID gibt es nicht.");
                fehlerhaft = true;
            } else {
                ozg = Integer.parseInt(ozgRoh);
            }
        }
        if (leika != null) {
            List<Integer> zuOzg = s.leika().get(leika);
            if (!leika.matches("\\d{14}")) {
                p.fehler(zeile, "leika", leika, "Ein LeiKa-Schlüssel hat 14 Ziffern.");
                fehlerhaft = true;
            } else if (zuOzg == null) {
                p.fehler(zeile, "leika", leika, "Unbekannter Schlüssel: dieser LeiKa-Schlüssel gehört im Katalog zu keiner OZG-Leistung.");
                fehlerhaft = true;
            } else if (ozg != null && !zuOzg.contains(ozg)) {
                p.fehler(zeile, "leika", leika, "Der LeiKa-Schlüssel gehört nicht zur OZG-Leistung " + ozg + ".");
                fehlerhaft = true;
            } else if (ozg == null && ozgRoh == null && zuOzg.size() > 1) {
                p.fehler(zeile, "leika", leika, "Der LeiKa-Schlüssel gehört zu mehreren OZG-Leistungen (" + zuOzg
                        + "); bitte zusätzlich ozg_id angeben.");
                fehlerhaft = true;
            } else if (ozg == null && ozgRoh == null) {
                ozg = zuOzg.get(0);
            }
        }
        if (ozgRoh == null && leika == null) {
            p.fehler(zeile, "ozg_id", null, "Die Leistung fehlt (ozg_id oder leika).");
            fehlerhaft = true;
        }
        String statusRoh = r.get(ImportLeser.Feld.STATUS);
        String status = status(statusRoh);
        if (status == null) {
            p.fehler(zeile, "status", statusRoh, "Erlaubt: ONLINE, IN_UMSETZUNG, IN_PLANUNG, NICHT_BEGONNEN (auch online/offline, "
                    + "true/false, ja/nein).");
            fehlerhaft = true;
        }
        String modell = r.get(ImportLeser.Feld.REIFEGRADMODELL);
        if (modell == null) {
            modell = "1.1";
        } else if (!modell.equals("1.1") && !modell.equals("2.0")) {
            p.fehler(zeile, "reifegradmodell", modell, "1.1 oder 2.0.");
            fehlerhaft = true;
        }
        String rgRoh = r.get(ImportLeser.Feld.REIFEGRAD);
        Integer reifegrad = null;
        if (rgRoh != null) {
            int max = "2.0".equals(modell) ? 7 : 4;
            if (!rgRoh.matches("\\d") || Integer.parseInt(rgRoh) > max) {
                p.fehler(zeile, "reifegrad", rgRoh, "Eine ganze Zahl von 0 bis " + max + " (Reifegradmodell " + modell + ").");
                fehlerhaft = true;
            } else {
                reifegrad = Integer.parseInt(rgRoh);
            }
        }
        String url = r.get(ImportLeser.Feld.URL);
        if (url != null && (!url.matches("https?://\\S+") || url.length() > 2000)) {
            p.fehler(zeile, "url", url, "Eine Adresse mit http:// oder https://.");
            fehlerhaft = true;
        }
        String seitRoh = r.get(ImportLeser.Feld.ONLINE_SEIT);
        LocalDate seit = null;
        if (seitRoh != null) {
            try {
                seit = seitRoh.contains(".") ? LocalDate.parse(seitRoh, DEUTSCH) : LocalDate.parse(seitRoh.length() > 10 ? seitRoh.substring(0, 10) : seitRoh);
                if (!"ONLINE".equals(status)) {
                    p.fehler(zeile, "online_seit", seitRoh, "Ein Datum „online seit“ gibt es nur beim Status ONLINE.");
                    fehlerhaft = true;
                }
            } catch (DateTimeParseException e) {
                p.fehler(zeile, "online_seit", seitRoh, "Ein Datum wie 2026-01-31 (oder 31.01.2026).");
                fehlerhaft = true;
            }
        }
        if (fehlerhaft || p.fehler.size() > vorher) {
            p.fehlerhaft++;
            return;
        }
        puffer.append(job).append(',').append(zeile).append(',').append(ags).append(',').append(ozg).append(',')
                .append(leika == null ? "" : leika).append(',').append(status).append(',')
                .append(reifegrad == null ? "" : reifegrad).append(',').append(modell).append(',');
        if (url != null) {
            puffer.append('"').append(url.replace("\"", "\"\"")).append('"');
        }
        puffer.append(',').append(seit == null ? "" : seit.toString()).append('\n');
    }

    static String status(String roh) {
        if (roh == null) {
            return null;
        }
        return switch (roh.trim().toLowerCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_')) {
            case "online", "true", "1", "ja", "verfuegbar", "verfügbar", "available" -> "ONLINE";
            case "in_umsetzung", "in_bearbeitung", "in_progress", "umsetzung" -> "IN_UMSETZUNG";
            case "in_planung", "geplant", "planned", "planung" -> "IN_PLANUNG";
            case "nicht_begonnen", "offline", "false", "0", "nein", "nicht_verfuegbar", "nicht_verfügbar", "not_available" -> "NICHT_BEGONNEN";
            default -> null;
        };
    }

    /** The same Kommune and Leistung twice in one file: the later line is an error (which value should win?). */
    private void doppelte(long id, Pruefung p) {
        QuarkusTransaction.requiringNew().run(() -> {
            Number anzahl = (Number) em.createNativeQuery("""
                    SELECT count(*) FROM (SELECT zeile, min(zeile) OVER (PARTITION BY kommune_ags, ozg_id) AS erste
                                          FROM import_zeile WHERE job_id = :id) d WHERE d.zeile <> d.erste""")
                    .setParameter("id", id).getSingleResult();
            if (anzahl.longValue() == 0) {
                return;
            }
            p.fehlerhaft += anzahl.longValue();
            for (Tuple t : NativeSql.list(em, """
                    SELECT zeile, erste, kommune_ags, ozg_id FROM (
                        SELECT zeile, kommune_ags, ozg_id, min(zeile) OVER (PARTITION BY kommune_ags, ozg_id) AS erste
                        FROM import_zeile WHERE job_id = :id) d
                    WHERE d.zeile <> d.erste ORDER BY zeile LIMIT 1000""", "id", id)) {
                p.fehler(Rows.number(t, "zeile"), "ozg_id", Rows.str(t, "kommune_ags") + "/" + Rows.integer(t, "ozg_id"),
                        "Doppelt: dieselbe Kommune und Leistung stehen schon in Zeile " + Rows.number(t, "erste") + ".");
            }
            p.fehler.sort(java.util.Comparator.comparingLong(ImportModelle.Fehler::zeile));
        });
    }

    private static final String GEAENDERT = """
            (u.beispiel OR u.status IS DISTINCT FROM s.status OR u.reifegrad IS DISTINCT FROM s.reifegrad
             OR u.reifegradmodell IS DISTINCT FROM s.reifegradmodell OR u.url IS DISTINCT FROM s.url
             OR u.online_seit IS DISTINCT FROM s.online_seit
             OR (s.leika_schluessel IS NOT NULL AND u.leika_schluessel IS DISTINCT FROM s.leika_schluessel))""";

    /** Classifies and (unless dry run) merges everything in one transaction. Returns neu, geändert, unverändert, dryRun. */
    private long[] schreiben(long id, ImportModelle.Format format, Akteur akteur, long zeilen) {
        boolean dryRun = QuarkusTransaction.requiringNew().call(() -> Rows.bool(NativeSql.list(em,
                "SELECT dry_run FROM import_job WHERE id = :id", "id", id).get(0), "dry_run"));
        return QuarkusTransaction.requiringNew().timeout(3600).call(() -> {
            long eingeordnet = System.nanoTime();
            if (dryRun) {
                Tuple z = NativeSql.list(em, "SELECT count(*) FILTER (WHERE u.kommune_ags IS NULL) AS neu, "
                        + "count(*) FILTER (WHERE u.kommune_ags IS NOT NULL AND " + GEAENDERT + ") AS geaendert, count(*) AS alle "
                        + "FROM import_zeile s LEFT JOIN umsetzungsstand u ON u.kommune_ags = s.kommune_ags AND u.ozg_id = s.ozg_id "
                        + "WHERE s.job_id = :id", "id", id).get(0);
                long neu = Rows.number(z, "neu");
                long geaendert = Rows.number(z, "geaendert");
                return new long[]{neu, geaendert, Rows.number(z, "alle") - neu - geaendert, 1};
            }
            // the change log needs the old values, so it is written before the rows
            em.createNativeQuery("""
                    INSERT INTO umsetzungsstand_wechsel (kommune_ags, ozg_id, zeitpunkt, stufe_vorher, stufe_nachher)
                    SELECT s.kommune_ags, s.ozg_id, now(), coalesce(umsetzung_stufe(u.status, u.reifegrad), -1),
                           umsetzung_stufe(s.status, s.reifegrad)
                    FROM import_zeile s LEFT JOIN umsetzungsstand u ON u.kommune_ags = s.kommune_ags AND u.ozg_id = s.ozg_id
                    WHERE s.job_id = :id
                      AND coalesce(umsetzung_stufe(u.status, u.reifegrad), -1) <> umsetzung_stufe(s.status, s.reifegrad)""")
                    .setParameter("id", id).executeUpdate();
            fortschrittInTx(id, 88);
            // one pass: insert new rows, update only rows whose values differ (equal rows keep their version), and count
            // both from RETURNING (xmax = 0 marks an inserted row)
            Object[] z = (Object[]) em.createNativeQuery("""
                    WITH geschrieben AS (
                        INSERT INTO umsetzungsstand AS u (kommune_ags, ozg_id, leika_schluessel, status, reifegrad, reifegradmodell, url,
                            online_seit, quelle, quelle_name, import_id, aktualisiert_am, version, beispiel)
                        SELECT kommune_ags, ozg_id, leika_schluessel, status, reifegrad, reifegradmodell, url, online_seit, 'IMPORT',
                               :wer, :id, now(), 0, false
                        FROM import_zeile WHERE job_id = :id
                        ON CONFLICT (kommune_ags, ozg_id) DO UPDATE SET
                            leika_schluessel = coalesce(EXCLUDED.leika_schluessel, u.leika_schluessel),
                            status = EXCLUDED.status, reifegrad = EXCLUDED.reifegrad, reifegradmodell = EXCLUDED.reifegradmodell,
                            url = EXCLUDED.url, online_seit = EXCLUDED.online_seit, quelle = 'IMPORT', quelle_name = EXCLUDED.quelle_name,
                            import_id = EXCLUDED.import_id, aktualisiert_am = now(), version = u.version + 1, beispiel = false
                        WHERE """ + " " + GEAENDERT.replace("s.", "EXCLUDED.") + """
                        RETURNING u.kommune_ags, (u.xmax = 0) AS neu)
                    SELECT count(*) FILTER (WHERE neu), count(*) FILTER (WHERE NOT neu),
                           coalesce(array_agg(DISTINCT kommune_ags), '{}')::text[]
                    FROM geschrieben""")
                    .setParameter("wer", akteur.name()).setParameter("id", id).getSingleResult();
            long neu = ((Number) z[0]).longValue();
            long geaendert = ((Number) z[1]).longValue();
            long unveraendert = zeilen - neu - geaendert;
            List<String> kommunen = List.of(strings(z[2]));
            fortschrittInTx(id, 94);
            if (neu > 100_000) {
                // the planner's row estimates would otherwise lag far behind for the refresh below
                em.createNativeQuery("ANALYZE umsetzungsstand").executeUpdate();
            }
            if (kommunen.size() > 2000) {
                kennzahlen.alle();
            } else {
                kennzahlen.kommunen(kommunen);
            }
            LOG.infof("Import %d: Schreiben und Kennzahlen in %.1f s", id, (System.nanoTime() - eingeordnet) / 1e9);
            Map<String, Object> nachher = new LinkedHashMap<>();
            nachher.put("format", format.name());
            nachher.put("zeilen", zeilen);
            nachher.put("neu", neu);
            nachher.put("geaendert", geaendert);
            nachher.put("unveraendert", unveraendert);
            nachher.put("kommunen", kommunen.size());
            audit.recordAs(akteur, "IMPORT", String.valueOf(id), Aktion.ERSTELLT, null, nachher, true,
                    "Import " + id + " des Umsetzungsstands: " + neu + " neu, " + geaendert + " geändert, " + unveraendert + " unverändert");
            return new long[]{neu, geaendert, unveraendert, 0};
        });
    }

    private static String[] strings(Object array) {
        try {
            Object a = array instanceof java.sql.Array sa ? sa.getArray() : array;
            Object[] items = (Object[]) a;
            String[] out = new String[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = items[i].toString();
            }
            return out;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void fortschrittInTx(long id, int prozent) {
        // inside the merge transaction nobody would see it; a separate one shows the step
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE import_job SET fortschritt = :p WHERE id = :id")
                    .setParameter("p", prozent).setParameter("id", id).executeUpdate());
        } catch (RuntimeException e) {
            LOG.debug("Fortschritt nicht gespeichert", e);
        }
    }

    private void fortschritt(long id, long gelesen, long gesamt, long zeilen) {
        int prozent = gesamt == 0 ? PRUEFEN_BIS : (int) Math.min(PRUEFEN_BIS, gelesen * PRUEFEN_BIS / gesamt);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE import_job SET bytes_gelesen = :b, fortschritt = :p, zeilen = :z WHERE id = :id")
                .setParameter("b", Math.min(gelesen, gesamt)).setParameter("p", prozent).setParameter("z", zeilen).setParameter("id", id)
                .executeUpdate());
    }

    private void status(long id, String status, String extra) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE import_job SET " + extra + "status = :s WHERE id = :id")
                .setParameter("s", status).setParameter("id", id).executeUpdate());
    }

    private void scheitern(long id, Pruefung p, List<String> hinweise, String meldung) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        UPDATE import_job SET status = 'FEHLGESCHLAGEN', zeilen = :z, fehler = :f, fehlerliste = CAST(:l AS jsonb),
                            hinweise = CAST(:h AS jsonb), meldung = :m, beendet_am = now() WHERE id = :id""")
                .setParameter("z", p.zeilen).setParameter("f", p.fehlerhaft).setParameter("l", text(p.fehler))
                .setParameter("h", text(hinweise)).setParameter("m", meldung).setParameter("id", id).executeUpdate());
    }

    private String text(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void loeschen(Path datei) {
        try {
            Files.deleteIfExists(datei);
        } catch (IOException e) {
            LOG.warn("Temporäre Importdatei nicht gelöscht: " + datei, e);
        }
    }

    // --- reading jobs --------------------------------------------------------------------------------------------

    private static final String JOB_SELECT = "SELECT * FROM import_job j";

    private String sichtbar() {
        return user.hat(Rolle.ADMIN) ? "1 = 1" : "j.erstellt_von_typ = :typ AND j.erstellt_von_id = :aid";
    }

    public ImportModelle.Job job(long id) {
        var q = em.createNativeQuery(JOB_SELECT + " WHERE j.id = :id AND " + sichtbar(), Tuple.class).setParameter("id", id);
        if (!user.hat(Rolle.ADMIN)) {
            q.setParameter("typ", user.akteur().typ()).setParameter("aid", user.akteur().id());
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = q.getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("Einen Import " + id + " gibt es nicht (oder er gehört einem anderen Konto).");
        }
        return job(rows.get(0));
    }

    public Page<ImportModelle.Job> list(PageRequest page) {
        NativeSql sql = new NativeSql();
        if (!user.hat(Rolle.ADMIN)) {
            sql.where("j.erstellt_von_typ = :typ", "typ", user.akteur().typ()).where("j.erstellt_von_id = :aid", "aid", user.akteur().id());
        }
        List<ImportModelle.Job> items = sql.page(em, JOB_SELECT, " ORDER BY j.id DESC", page).stream().map(this::job).toList();
        return Page.of(items, sql.count(em, " FROM import_job j"), page);
    }

    private ImportModelle.Job job(Tuple t) {
        List<ImportModelle.Fehler> fehler;
        List<String> hinweise;
        try {
            fehler = json.readValue(Rows.str(t, "fehlerliste"), new TypeReference<List<ImportModelle.Fehler>>() { });
            hinweise = json.readValue(Rows.str(t, "hinweise"), new TypeReference<List<String>>() { });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ImportModelle.ImportStatus status = ImportModelle.ImportStatus.valueOf(Rows.str(t, "status"));
        long id = Rows.number(t, "id");
        Problem problem = status != ImportModelle.ImportStatus.FEHLGESCHLAGEN ? null
                : new Problem("/probleme/import-ungueltig", "Import abgelehnt", fehler.isEmpty() ? 500 : 422, Rows.str(t, "meldung"),
                "/api/v1/importe/" + id, fehler.stream().limit(100).map(f -> new Problem.InvalidParam(
                        "Zeile " + f.zeile() + ": " + f.feld(), "body", f.grund())).toList());
        return new ImportModelle.Job(id, status, ImportModelle.Format.valueOf(Rows.str(t, "format")), Rows.bool(t, "dry_run"),
                Rows.integer(t, "fortschritt"), Rows.number(t, "bytes_gesamt"), Rows.number(t, "bytes_gelesen"), Rows.number(t, "zeilen"),
                Rows.number(t, "neu"), Rows.number(t, "geaendert"), Rows.number(t, "unveraendert"), Rows.number(t, "fehler"),
                fehler, hinweise, Rows.str(t, "meldung"), problem, Rows.str(t, "erstellt_von"), Rows.timestamp(t.get("erstellt_am")),
                Rows.timestamp(t.get("begonnen_am")), Rows.timestamp(t.get("beendet_am")));
    }
}
