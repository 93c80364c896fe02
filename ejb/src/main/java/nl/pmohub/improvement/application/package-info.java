/** PDCA boards' service and ports: a project's board and the organisation's, cycles started, revised, moved and continued. */
package nl.pmohub.improvement.application;
