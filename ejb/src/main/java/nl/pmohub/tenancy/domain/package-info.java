/**
 * Tenants: client organisations, each with its own Keycloak realm named by its slug.
 * The tenant registry is platform-wide (no tenant column, no row-level security): it is how a request's
 * tenant is recognised before anything tenant-owned is touched.
 */
package nl.pmohub.tenancy.domain;
