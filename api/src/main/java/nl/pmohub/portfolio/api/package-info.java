/** The projects resource of a tenant and its wire records. */
package nl.pmohub.portfolio.api;
