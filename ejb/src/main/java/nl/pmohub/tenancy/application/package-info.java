/**
 * Tenancy use cases: knowing the current request's tenant ({@link nl.pmohub.tenancy.application.CurrentTenant}),
 * the cached registry of tenants, and onboarding a new tenant with its Keycloak realm.
 */
package nl.pmohub.tenancy.application;
