/** The risk register's REST endpoints: a project's register and the tenant's heat map and top risks. */
package nl.pmohub.risk.api;
