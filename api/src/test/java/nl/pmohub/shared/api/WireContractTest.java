package nl.pmohub.shared.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits a client reads in the OpenAPI document are the limits the services enforce. Every
 * {@code *Request} wire record turns into a service input ({@code *Details} and the like, found by the
 * record's conversion method); for each field both have, the input's Bean Validation constraints
 * ({@code @Size}, {@code @Min}/{@code @Max}, {@code @DecimalMin}, {@code @Digits}, {@code @NotEmpty}) must
 * appear as the same limits in the request's {@code @Schema}, nested records included. Required-ness is
 * not compared: a request may leave out what the resource fills in (a gate decided today).
 */
class WireContractTest {

    @Test
    void everyRequestDocumentsTheLimitsOfTheInputItBecomes() throws IOException {
        List<Class<?>> requests = requestRecords();
        assertThat(requests).as("wire records found").hasSizeGreaterThanOrEqualTo(8);

        List<String> undocumented = new ArrayList<>();
        for (Class<?> request : requests) {
            Arrays.stream(request.getDeclaredMethods()).map(Method::getReturnType)
                    .filter(type -> type.isRecord() && type.getPackageName().startsWith("nl.pmohub.") && !type.getPackageName().endsWith(".api"))
                    .forEach(input -> compare(request, input, undocumented));
        }
        assertThat(undocumented).as("limits the service enforces but the OpenAPI document does not show").isEmpty();
    }

    private static void compare(Class<?> request, Class<?> input, List<String> undocumented) {
        for (RecordComponent component : input.getRecordComponents()) {
            Field wire = field(request, component.getName());
            if (wire == null) {
                continue;
            }
            Field enforced = field(input, component.getName());
            Schema schema = wire.getAnnotation(Schema.class);
            String where = request.getSimpleName() + "." + wire.getName();
            for (String limit : limits(enforced)) {
                if (schema == null || !documents(schema, limit)) {
                    undocumented.add(where + " lacks " + limit);
                }
            }
            Class<?> wireElement = element(wire);
            Class<?> inputElement = element(enforced);
            if (wireElement != null && inputElement != null && wireElement.isRecord() && inputElement.isRecord()) {
                compare(wireElement, inputElement, undocumented);
            }
        }
    }

    /** The constraints of an input field, each as the OpenAPI limit that shows it ("maxLength=120"). */
    private static List<String> limits(Field enforced) {
        List<String> limits = new ArrayList<>();
        boolean list = List.class.isAssignableFrom(enforced.getType());
        Size size = enforced.getAnnotation(Size.class);
        if (size != null) {
            limits.add((list ? "maxItems=" : "maxLength=") + size.max());
            if (size.min() > 0) {
                limits.add((list ? "minItems=" : "minLength=") + size.min());
            }
        }
        if (enforced.isAnnotationPresent(NotEmpty.class) && list) {
            limits.add("minItems=1");
        }
        if (enforced.getAnnotation(Min.class) != null) {
            limits.add("minimum=" + enforced.getAnnotation(Min.class).value());
        }
        if (enforced.getAnnotation(Max.class) != null) {
            limits.add("maximum=" + enforced.getAnnotation(Max.class).value());
        }
        if (enforced.getAnnotation(DecimalMin.class) != null) {
            limits.add("minimum=" + enforced.getAnnotation(DecimalMin.class).value());
        }
        if (enforced.getAnnotation(DecimalMax.class) != null) {
            limits.add("maximum=" + enforced.getAnnotation(DecimalMax.class).value());
        }
        Digits digits = enforced.getAnnotation(Digits.class);
        if (digits != null && enforced.getAnnotation(DecimalMax.class) == null && enforced.getAnnotation(Max.class) == null) {
            // with a @Max or @DecimalMax as well, that tighter bound is the maximum a client sees
            limits.add("maximum=" + BigDecimal.TEN.pow(digits.integer()).subtract(BigDecimal.ONE.movePointLeft(digits.fraction())).toPlainString());
        }
        return limits;
    }

    private static boolean documents(Schema schema, String limit) {
        String[] pair = limit.split("=");
        String value = pair[1];
        return switch (pair[0]) {
            case "maxLength" -> schema.maxLength() == Integer.parseInt(value);
            case "minLength" -> schema.minLength() == Integer.parseInt(value);
            case "maxItems" -> schema.maxItems() == Integer.parseInt(value);
            case "minItems" -> schema.minItems() >= Integer.parseInt(value);
            case "minimum" -> sameNumber(schema.minimum(), value);
            case "maximum" -> sameNumber(schema.maximum(), value);
            default -> false;
        };
    }

    private static boolean sameNumber(String documented, String enforced) {
        return !documented.isEmpty() && new BigDecimal(documented).compareTo(new BigDecimal(enforced)) == 0;
    }

    private static Field field(Class<?> type, String name) {
        return Arrays.stream(type.getDeclaredFields()).filter(f -> f.getName().equals(name)).findFirst().orElse(null);
    }

    /** The element type of a List field, or null. */
    private static Class<?> element(Field field) {
        if (List.class.isAssignableFrom(field.getType()) && field.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }

    private static List<Class<?>> requestRecords() throws IOException {
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(classes::relativize).map(Path::toString).filter(name -> name.endsWith("Request.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .map(WireContractTest::load).filter(Class::isRecord).toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException missing) {
            throw new IllegalStateException(missing);
        }
    }
}
