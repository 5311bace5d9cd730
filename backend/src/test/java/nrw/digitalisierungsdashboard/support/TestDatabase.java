package nrw.digitalisierungsdashboard.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Marker that registers the shared test database for every @QuarkusTest. */
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
public final class TestDatabase {

    private TestDatabase() {
    }
}
