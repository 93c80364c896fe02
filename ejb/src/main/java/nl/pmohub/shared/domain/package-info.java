/**
 * The shared kernel: the exception kinds every context raises and the paging types every list uses.
 * Nothing here knows about a particular context, JPA, JAX-RS or Faces.
 */
package nl.pmohub.shared.domain;
