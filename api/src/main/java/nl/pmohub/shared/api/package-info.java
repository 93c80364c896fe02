/**
 * What every API resource shares: the JAX-RS application with its OpenAPI description, RFC 9457
 * problem details from one set of exception mappers, paging envelopes and entity tags.
 */
package nl.pmohub.shared.api;
