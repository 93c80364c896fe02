package nl.pmohub.shared.application;

import nl.pmohub.shared.domain.NotFoundException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorTextsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void theClientsFirstLanguageOfDutchAndEnglishWinsAndEnglishIsTheDefault() {
        assertThat(ErrorTexts.language(List.of(Locale.forLanguageTag("nl-BE"), Locale.ENGLISH))).isEqualTo(DUTCH);
        assertThat(ErrorTexts.language(List.of(Locale.GERMAN, Locale.forLanguageTag("en-GB"), DUTCH))).isEqualTo(Locale.ENGLISH);
        assertThat(ErrorTexts.language(List.of(Locale.GERMAN))).isEqualTo(Locale.ENGLISH);
        assertThat(ErrorTexts.language(List.of())).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aRefusalIsWordedInTheAskedLanguageWithItsArguments() {
        NotFoundException missing = new NotFoundException("Milestone", "42");

        assertThat(ErrorTexts.of(missing, DUTCH)).isEqualTo("Milestone 42 bestaat niet meer.");
        assertThat(ErrorTexts.of(missing, Locale.ENGLISH)).isEqualTo("Milestone 42 no longer exists.");
        assertThat(ErrorTexts.of(missing, Locale.FRENCH)).isEqualTo("Milestone 42 no longer exists.");
    }

    @Test
    void bothLanguagesWordTheSameKeys() {
        assertThat(keys("nl/pmohub/shared/errors_nl.properties")).isEqualTo(keys("nl/pmohub/shared/errors_en.properties"));
    }

    /** Every key a domain refusal of the main code names has a text (a missing one would show the key). */
    @Test
    void everyKeyTheCodeRefusesWithHasAText() throws IOException {
        Set<String> worded = keys("nl/pmohub/shared/errors_en.properties");
        Pattern key = Pattern.compile("\"((?:[a-z]+\\.)?error\\.[A-Za-z]+|problem\\.[A-Za-z]+)\"");
        try (Stream<Path> sources = Stream.of(Path.of("src/main/java"), Path.of("../api/src/main/java"))
                .flatMap(ErrorTextsTest::javaFiles)) {
            sources.forEach(source -> {
                Matcher used = key.matcher(read(source));
                while (used.find()) {
                    assertThat(worded).as("%s uses %s", source, used.group(1)).contains(used.group(1));
                }
            });
        }
    }

    private static Stream<Path> javaFiles(Path root) {
        try {
            return Files.walk(root).filter(path -> path.toString().endsWith(".java")).toList().stream();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static Set<String> keys(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ErrorTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return properties.stringPropertyNames();
    }
}
