package nrw.digitalisierungsdashboard.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the shared test database and the stand-in identity provider for every @QuarkusTest. */
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = MockOidcProvider.class, restrictToAnnotatedClass = false)
public final class TestDatabase {

    private TestDatabase() {}
}
