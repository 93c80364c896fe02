/** JPA persistence and demo data of the portfolio context. */
package nl.pmohub.portfolio.infrastructure;
