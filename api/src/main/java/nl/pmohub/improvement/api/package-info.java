/** PDCA boards' REST endpoints: a project's board and the organisation's, with the same operations on the cycles of each. */
package nl.pmohub.improvement.api;
