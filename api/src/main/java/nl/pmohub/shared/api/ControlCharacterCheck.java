package nl.pmohub.shared.api;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import nl.pmohub.shared.domain.BadInputException;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;

/**
 * Refuses a request body whose text holds a control character (U+0000 – U+001F other than tab, line feed
 * and carriage return, and U+007F) with a 400 naming the field, e.g. {@code documents[1].title}. PostgreSQL
 * refuses U+0000 in text, which used to surface as a 500; the others have no business in PMO records and
 * break exports. Walks the wire records that JSON-B made; nothing else reads the body twice.
 */
@Provider
public class ControlCharacterCheck implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        check(body, "");
        return body;
    }

    static void check(Object value, String path) {
        if (value instanceof String text) {
            if (hasControlCharacter(text)) {
                throw new BadInputException(path.isEmpty() ? "body" : path, "error.controlCharacter",
                        "must not contain control characters");
            }
        } else if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                check(item, path + "[" + index++ + "]");
            }
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                check(read(component, value), path.isEmpty() ? component.getName() : path + "." + component.getName());
            }
        }
    }

    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            java.lang.reflect.Method accessor = component.getAccessor();
            accessor.trySetAccessible(); // a wire record need not be public
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException failure) {
            throw new IllegalStateException("Cannot read " + component + " of a wire record", failure);
        }
    }
}
