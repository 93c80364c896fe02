package nl.pmohub.it;

import java.util.UUID;

/** Where the stack under test is (set by failsafe in ear/pom.xml). */
public final class Stack {

    public static final String BASE_URL = System.getProperty("pmohub.base-url", "http://localhost:8080");
    public static final String API = BASE_URL + "/api/v1";
    public static final String KEYCLOAK_URL = System.getProperty("pmohub.keycloak.url", "http://localhost:8180");
    public static final String DB_URL = System.getProperty("pmohub.test.db-url", "jdbc:postgresql://127.0.0.1:5432/pmohub_test");

    private Stack() {
    }

    /** A value no other test (or earlier run) uses. */
    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
