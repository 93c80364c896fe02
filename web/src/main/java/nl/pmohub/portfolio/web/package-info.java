/** The project dashboard: the lazy project list, the portfolio health chart, the project form. */
package nl.pmohub.portfolio.web;
