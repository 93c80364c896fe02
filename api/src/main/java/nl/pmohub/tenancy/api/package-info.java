/** The platform's tenant resource (operators onboard client organisations) and the API's OIDC resolver. */
package nl.pmohub.tenancy.api;
