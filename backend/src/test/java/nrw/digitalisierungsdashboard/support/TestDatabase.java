package nrw.digitalisierungsdashboard.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the shared test database and the real identity provider (Keycloak) for every @QuarkusTest; both start at once. */
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false, parallel = true)
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = false, parallel = true)
public final class TestDatabase {

    private TestDatabase() {}
}
