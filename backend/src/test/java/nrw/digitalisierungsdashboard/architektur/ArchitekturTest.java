package nrw.digitalisierungsdashboard.architektur;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The architecture as a test (like ris-backend-service's fitness test): the feature packages depend on each other in
 * one direction only, resources reach the data through services, and API models never carry entities.
 */
@AnalyzeClasses(packages = "nrw.digitalisierungsdashboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitekturTest {

    /** Every package directly below the root is a slice: katalog, kommune, projekt, umsetzung, common, … */
    static ArchRule ohneZyklen(String slicePattern) {
        return slices().matching(slicePattern)
                .should()
                .beFreeOfCycles()
                .because("a cycle between two features makes every change to one a change to the other");
    }

    @ArchTest
    static final ArchRule FEATURES_OHNE_ZYKLEN = ohneZyklen("nrw.digitalisierungsdashboard.(*)..");

    @ArchTest
    static final ArchRule RESSOURCEN_OHNE_ENTITIES = noClasses()
            .that()
            .areAnnotatedWith(Path.class)
            .should()
            .dependOnClassesThat()
            .areAnnotatedWith(Entity.class)
            .because("a resource maps HTTP to a service call; the service owns the transaction and the entities");

    private static final DescribedPredicate<JavaClass> RECORDS =
            DescribedPredicate.describe("records", JavaClass::isRecord);

    @ArchTest
    static final ArchRule API_MODELLE_OHNE_ENTITIES = noFields()
            .that()
            .areDeclaredInClassesThat(RECORDS)
            .should()
            .haveRawType(annotatedWith(Entity.class))
            .because("API models are records of plain values; entities never leak into JSON");

    @Test
    void shouldFindADeliberateCycleBetweenTwoPackages() {
        JavaClasses probe = new ClassFileImporter().importPackages("nrw.digitalisierungsdashboard.architektur.zyklus");
        EvaluationResult result = ohneZyklen("nrw.digitalisierungsdashboard.architektur.zyklus.(*)..")
                .evaluate(probe);
        assertTrue(result.hasViolation(), "Die Regel hätte den Zyklus eins ↔ zwei finden müssen");
    }

    /**
     * No class of the application grows past 400 lines: one that does holds more than one job (issue 10). The
     * file path is java.nio's Path, spelled out beside JAX-RS's.
     */
    @Test
    void keineDateiUeber400Zeilen() throws IOException {
        java.nio.file.Path wurzel = java.nio.file.Path.of("src/main/java");
        List<String> zuLang;
        try (var dateien = Files.walk(wurzel)) {
            zuLang = dateien.filter(d -> d.toString().endsWith(".java"))
                    .filter(d -> zeilen(d) > 400)
                    .map(d -> wurzel.relativize(d) + " (" + zeilen(d) + " Zeilen)")
                    .toList();
        }
        assertTrue(zuLang.isEmpty(), "Über 400 Zeilen: " + zuLang);
    }

    private static long zeilen(java.nio.file.Path datei) {
        try (var z = Files.lines(datei)) {
            return z.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
