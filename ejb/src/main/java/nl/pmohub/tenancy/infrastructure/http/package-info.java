/**
 * Tenancy at the HTTP edge, shared by the web and the API wars: which realm a URL belongs to, the
 * per-realm OIDC configuration, the gate that answers 404 for unknown tenants before authentication,
 * and the filter that enters the verified tenant into {@link nl.pmohub.tenancy.application.CurrentTenant}.
 */
package nl.pmohub.tenancy.infrastructure.http;
