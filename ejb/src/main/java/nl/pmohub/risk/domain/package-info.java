/** The risk register: a project's risks, scored by probability × the highest impact, with every change kept. */
package nl.pmohub.risk.domain;
