package nl.pmohub.shared.domain;

/** The thing asked for does not exist for the current tenant (which includes: it belongs to another one). */
public class NotFoundException extends PmoException {

    public NotFoundException(String what, Object id) {
        super("error.notFound", what + " " + id + " not found", what, id);
    }
}
