/** The risk register's services and ports: a project's register, heat maps, top risks, history and the register as it stood. */
package nl.pmohub.risk.application;
