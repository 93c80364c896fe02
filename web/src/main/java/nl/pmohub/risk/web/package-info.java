/** The risk register's part of the project page: heat map, register and dialogs. */
package nl.pmohub.risk.web;
