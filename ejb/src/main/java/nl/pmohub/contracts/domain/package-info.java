/** Supplier contracts of a project: their value is committed budget; their end and notice date are watched. */
package nl.pmohub.contracts.domain;
