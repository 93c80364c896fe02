package nl.pmohub.hours.application;

import java.util.List;
import java.util.UUID;

/**
 * The hours context's published port for budgets: approved hours of a project per month at their rates,
 * summed in the database. (The marketplace's fee statements will read approved hours the same way.)
 */
public interface LabourCosts {

    List<LabourMonth> approvedByMonth(UUID projectId);
}
