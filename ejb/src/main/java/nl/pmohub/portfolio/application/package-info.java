/** Project use cases and read models; every method runs for the request's tenant only. */
package nl.pmohub.portfolio.application;
