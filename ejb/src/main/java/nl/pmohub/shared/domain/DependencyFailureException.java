package nl.pmohub.shared.domain;

/** A system we depend on (Keycloak, mail) refused or did not answer; the change was not made. */
public class DependencyFailureException extends PmoException {

    public DependencyFailureException(String dependency, String detail) {
        super("error.dependency", dependency + " failed: " + detail, dependency);
    }
}
