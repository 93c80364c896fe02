/** Tenancy screens: the current organisation in the page header, the operator's tenant console. */
package nl.pmohub.tenancy.web;
