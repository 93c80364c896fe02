package nl.pmohub.shared.infrastructure;

import jakarta.enterprise.inject.spi.CDI;

import java.util.function.Supplier;

/**
 * A bean for code that CDI does not create (Undertow handlers, Hibernate and Elytron callbacks), looked up
 * on first use and kept. Only for beans that live as long as the application: singletons and the client
 * proxies of normal scopes ({@code @RequestScoped} included, the proxy finds the current request's instance).
 * <p>
 * Why kept: {@code CDI.current().select(T).get()} holds on to every dependent reference it returns until the
 * application stops, and an EJB's reference is dependent. Looking up the tenant directory that way on every
 * request filled the heap after some 375,000 requests (found under load by the benchmark).
 */
public final class BeanLookup<T> implements Supplier<T> {

    private final Class<T> type;
    private volatile T bean;

    private BeanLookup(Class<T> type) {
        this.type = type;
    }

    public static <T> BeanLookup<T> of(Class<T> type) {
        return new BeanLookup<>(type);
    }

    @Override
    public T get() {
        T found = bean;
        if (found == null) {
            // two threads may both look up once: harmless, the bean is the same
            found = CDI.current().select(type).get();
            bean = found;
        }
        return found;
    }
}
