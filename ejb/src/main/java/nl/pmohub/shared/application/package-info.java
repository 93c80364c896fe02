/** Application-wide constants: the roles every service checks. */
package nl.pmohub.shared.application;
