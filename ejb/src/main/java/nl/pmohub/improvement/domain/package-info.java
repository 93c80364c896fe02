/**
 * PDCA boards: improvement cycles as small projects of their own (a problem, a KPI with baseline and target, an
 * owner) moving Plan → Do → Check → Act, with the measured result and the decision they need, and the moves kept.
 */
package nl.pmohub.improvement.domain;
