package nl.pmohub.shared.infrastructure;

import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.pmohub.shared.application.DemoSeed;

import java.time.Clock;

/**
 * A context's demo data that is written once per tenant: in a transaction of its own, and only while the
 * context's main table is empty for the tenant (so a restart never writes it twice). Subclasses are
 * {@code @Stateless} beans that say which entity marks "seeded" and what they build on ({@link #order()}), and
 * name {@code DemoSeed} in their own {@code implements} clause: an EJB's business interfaces are the ones its
 * class declares, not inherited ones, and without it CDI would not find the seed.
 */
public abstract class DemoSeedOnce implements DemoSeed {

    @PersistenceContext
    protected EntityManager em;

    @Inject
    protected Clock clock;

    private final String markingEntity;
    private final int order;

    protected DemoSeedOnce(String markingEntity, int order) {
        this.markingEntity = markingEntity;
        this.order = order;
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void seed(String tenant) {
        if (em.createQuery("select count(x) from " + markingEntity + " x", Long.class).getSingleResult() == 0) {
            seedEmpty(tenant);
        }
    }

    /** Writes the demo data of a tenant that has none of it yet. */
    protected abstract void seedEmpty(String tenant);
}
