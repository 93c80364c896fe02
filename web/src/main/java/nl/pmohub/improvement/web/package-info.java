/** PDCA boards on screen: the board part of the project page and the organisation's board page, cards dragged between phases. */
package nl.pmohub.improvement.web;
