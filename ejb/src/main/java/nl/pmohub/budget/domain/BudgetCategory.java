package nl.pmohub.budget.domain;

/** What money goes to. Hired professionals from the marketplace will book under {@link #EXTERNAL_HIRE}. */
public enum BudgetCategory {
    INTERNAL_LABOUR, EXTERNAL_HIRE, MATERIALS, LICENCES, OTHER
}
