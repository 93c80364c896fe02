/**
 * How tenancy is enforced: Hibernate's tenant resolver and the connection provider that sets the
 * PostgreSQL row-level-security setting, Flyway, and Keycloak's admin API for new realms.
 */
package nl.pmohub.tenancy.infrastructure;
