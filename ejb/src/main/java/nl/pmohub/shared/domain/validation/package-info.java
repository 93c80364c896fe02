/** Bean Validation constraints of the shared kernel. */
package nl.pmohub.shared.domain.validation;
