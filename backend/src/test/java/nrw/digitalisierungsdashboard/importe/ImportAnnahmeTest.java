package nrw.digitalisierungsdashboard.importe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import nrw.digitalisierungsdashboard.common.InvalidParameterException;
import nrw.digitalisierungsdashboard.common.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is checked before a job exists: parameters, encoding, header line and required columns. */
class ImportAnnahmeTest {

    @TempDir
    Path dir;

    private Path datei(byte[] inhalt) throws IOException {
        return Files.write(dir.resolve("import.dat"), inhalt);
    }

    @Test
    void shouldTakeTheDelimiterTheHeaderUsesMost() {
        assertEquals(';', ImportAnnahme.trennzeichen("ags;ozg_id;status"));
        assertEquals(',', ImportAnnahme.trennzeichen("ags,ozg_id,status"));
        assertEquals('\t', ImportAnnahme.trennzeichen("ags\tozg_id\tstatus"));
        assertEquals(',', ImportAnnahme.trennzeichen("ags"));
    }

    @Test
    void shouldReadFormatAndDryRunFromParametersOrContentType() {
        assertEquals(ImportModelle.Format.JSON, ImportAnnahme.format("application/json; charset=utf-8", null));
        assertEquals(ImportModelle.Format.CSV, ImportAnnahme.format("text/plain", null));
        assertEquals(ImportModelle.Format.CSV, ImportAnnahme.format("application/octet-stream", "csv"));
        assertThrows(InvalidParameterException.class, () -> ImportAnnahme.format("text/csv; charset=ISO-8859-1", null));
        assertThrows(InvalidParameterException.class, () -> ImportAnnahme.format("application/xml", null));
        assertThrows(InvalidParameterException.class, () -> ImportAnnahme.format(null, "xml"));
        assertTrue(ImportAnnahme.dryRun("ja"));
        assertFalse(ImportAnnahme.dryRun(null));
        assertThrows(InvalidParameterException.class, () -> ImportAnnahme.dryRun("vielleicht"));
    }

    @Test
    void shouldRefuseAMissingColumnAHeaderlessFileAndNonUtf8() throws IOException {
        assertEquals(
                new ImportAnnahme.Vorpruefung(ImportModelle.Format.CSV, ';'),
                ImportAnnahme.vorpruefen(
                        datei("\uFEFFags;ozg_id;status\n05315000;10173;online\n".getBytes()),
                        ImportModelle.Format.CSV));
        RuleViolationException fehlt = assertThrows(
                RuleViolationException.class,
                () -> ImportAnnahme.vorpruefen(datei("ags;status\n".getBytes()), ImportModelle.Format.CSV));
        assertEquals("ozg_id", fehlt.errors().get(0).name());
        assertThrows(
                RuleViolationException.class,
                () -> ImportAnnahme.vorpruefen(datei("05315000;10173;online\n".getBytes()), ImportModelle.Format.CSV));
        InvalidParameterException latin1 = assertThrows(
                InvalidParameterException.class,
                () -> ImportAnnahme.vorpruefen(
                        datei(new byte[] {'a', 'g', 's', '\n', 'K', (byte) 0xF6, 'l', 'n', '\n'}),
                        ImportModelle.Format.CSV));
        assertTrue(
                latin1.errors().get(0).reason().startsWith("Zeile 2: "),
                latin1.errors().get(0).reason());
        assertThrows(
                InvalidParameterException.class,
                () -> ImportAnnahme.vorpruefen(datei(new byte[0]), ImportModelle.Format.CSV));
        assertThrows(
                InvalidParameterException.class,
                () -> ImportAnnahme.vorpruefen(datei("ags".getBytes()), ImportModelle.Format.JSON));
    }

    @Test
    void shouldAcceptKommuneAndLeistungUnderEitherKey() {
        ImportAnnahme.pflichtspalten(Set.of(ImportLeser.Feld.ARS, ImportLeser.Feld.LEIKA, ImportLeser.Feld.STATUS));
        assertThrows(
                RuleViolationException.class,
                () -> ImportAnnahme.pflichtspalten(Set.of(ImportLeser.Feld.AGS, ImportLeser.Feld.OZG_ID)));
    }
}
