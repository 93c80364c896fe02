package nl.pmohub.portfolio.application;

/** How many active projects stand at each RAG status, and how many are closed: the dashboard's chart. */
public record PortfolioHealth(long green, long amber, long red, long closed) {

    public long active() {
        return green + amber + red;
    }
}
