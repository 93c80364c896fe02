package nl.pmohub.planning.application;

import java.time.LocalDate;

/** How far one deliverable or milestone is: its percent complete, and the day it was done (when 100 %). */
public record WorkProgress(int percentComplete, LocalDate doneOn) {
}
