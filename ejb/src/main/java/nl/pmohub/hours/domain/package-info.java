/**
 * Time registration (urenregistratie): a person's hours on a project per day, grouped per ISO week into a
 * {@link nl.pmohub.hours.domain.Timesheet} that the project manager approves or rejects. Approved hours are
 * locked; budgets count them as actuals and the marketplace's fee statements read them.
 */
package nl.pmohub.hours.domain;
