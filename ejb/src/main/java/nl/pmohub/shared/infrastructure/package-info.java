/** Technical plumbing every context shares: settings from the environment. */
package nl.pmohub.shared.infrastructure;
