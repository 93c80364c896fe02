/** Faces plumbing every screen shares: tenant-aware URLs, language choice, domain errors as messages. */
package nl.pmohub.shared.web;
