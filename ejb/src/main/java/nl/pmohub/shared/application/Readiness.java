package nl.pmohub.shared.application;

/**
 * Whether the application can serve requests now: its schema is migrated and its database answers.
 * Asked by the API's readiness endpoint on every probe (a load balancer takes the instance out while
 * PostgreSQL is down and back in when it answers again).
 */
public interface Readiness {

    Status status();

    /** What was checked. */
    record Status(boolean schemaMigrated, boolean databaseReachable) {
        public boolean ready() {
            return schemaMigrated && databaseReachable;
        }
    }
}
