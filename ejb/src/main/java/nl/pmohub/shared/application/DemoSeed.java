package nl.pmohub.shared.application;

/**
 * Demo data of one bounded context for one tenant. Each context that stores tenant data contributes one,
 * so that every screen is meaningful on first start. Implementations run in their own transaction, for
 * the tenant already entered into the request, and do nothing when the tenant has data of theirs already.
 */
public interface DemoSeed {

    void seed(String tenant);

    /** Seeds run in ascending order, so a context can build on another's demo data (plans on projects). */
    default int order() {
        return 0;
    }
}
