package nl.pmohub.marketplace.infrastructure;

import com.sun.net.httpserver.HttpServer;
import nl.pmohub.marketplace.domain.KvkCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/** Against a local server that answers in the shape of KvK's search API v2 (developers.kvk.nl). */
class KvkSearchApiTest {

    private static final String KEY = "test-key-l7xx";
    private static final String NUMBER = "69599084";
    private static final String NOT_FOUND_BODY = """
            {"fout":[{"code":"IPD5200","omschrijving":"Geen resultaten gevonden."}]}""";

    /** What the server answers next, after sleeping {@code delay}. */
    private record Answer(int status, String body, Duration delay) {
        Answer(int status, String body) {
            this(status, body, Duration.ZERO);
        }
    }

    /** What arrived: path, query and the {@code apikey} header. */
    private record Asked(String path, String query, String apiKey) {
    }

    private final List<Asked> asked = new CopyOnWriteArrayList<>();
    private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    private final Logger log = Logger.getLogger(KvkSearchApi.class.getName());
    private final Handler logCapture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            warnings.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private volatile Answer answer;
    private ExecutorService executor;
    private HttpServer server;
    private KvkSearchApi kvk;

    @BeforeEach
    void start() throws IOException {
        executor = Executors.newCachedThreadPool();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            asked.add(new Asked(exchange.getRequestURI().getPath(), exchange.getRequestURI().getQuery(),
                    exchange.getRequestHeaders().getFirst("apikey")));
            Answer next = answer;
            try {
                Thread.sleep(next.delay().toMillis());
            } catch (InterruptedException stopped) {
                return;
            }
            byte[] body = next.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(next.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        kvk = new KvkSearchApi("http://127.0.0.1:" + server.getAddress().getPort(), KEY, Duration.ofSeconds(1), Duration.ofMillis(300));
        log.addHandler(logCapture);
    }

    @AfterEach
    void stop() {
        log.removeHandler(logCapture);
        server.stop(0);
        executor.shutdownNow();
    }

    @Test
    void aNumberInTheRegisterIsVerifiedAskingWithTheKey() {
        answer = new Answer(200, found(NUMBER));

        assertThat(kvk.check(NUMBER)).isEqualTo(KvkCheck.VERIFIED);
        assertThat(asked).containsExactly(new Asked("/api/v2/zoeken", "kvkNummer=" + NUMBER, KEY));
    }

    @Test
    void kvksNoResultsIsNotFound() {
        answer = new Answer(404, NOT_FOUND_BODY);

        assertThat(kvk.check(NUMBER)).isEqualTo(KvkCheck.NOT_FOUND);
        assertThat(warnings).isEmpty();
    }

    @Test
    void resultsWithOtherNumbersOnlyAreNotFound() {
        answer = new Answer(200, found("69599068"));
        assertThat(kvk.check(NUMBER)).isEqualTo(KvkCheck.NOT_FOUND);

        answer = new Answer(200, """
                {"pagina":1,"resultatenPerPagina":10,"totaal":0,"resultaten":[]}""");
        assertThat(kvk.check(NUMBER)).isEqualTo(KvkCheck.NOT_FOUND);
    }

    @Test
    void aFailingRegisterLeavesTheFormatCheckAndWarnsWithoutTheKey() {
        answer = new Answer(500, "{}");

        assertThat(kvk.check(NUMBER)).isEqualTo(KvkCheck.FORMAT_ONLY);
        assertThat(warnings).singleElement().satisfies(warning -> {
            assertThat(warning.getLevel()).isEqualTo(Level.WARNING);
            assertThat(warning.getMessage()).contains("HTTP 500").doesNotContain(KEY);
        });
    }

    /** A 404 without KvK's code is a wrong URL or gateway, not KvK saying the number does not exist. */
    @Test
    void aFourOhFourThatIsNotKvksAnswerIsNoAnswer() {
        answer = new Answer(404, "<html>Not Found</html>");

        assertThat(kvk.check(NUMBER)).isEqualTo(KvkCheck.FORMAT_ONLY);
        assertThat(warnings).singleElement().satisfies(warning -> assertThat(warning.getMessage()).contains("HTTP 404"));
    }

    @Test
    void aSlowRegisterLeavesTheFormatCheck() {
        answer = new Answer(200, found(NUMBER), Duration.ofSeconds(5));

        long started = System.nanoTime();
        assertThat(kvk.check(NUMBER)).isEqualTo(KvkCheck.FORMAT_ONLY);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(warnings).singleElement().satisfies(warning -> assertThat(warning.getMessage()).contains("timed out"));
    }

    @Test
    void anUnreachableRegisterLeavesTheFormatCheck() {
        int port = server.getAddress().getPort();
        server.stop(0);

        assertThat(new KvkSearchApi("http://127.0.0.1:" + port, KEY).check(NUMBER)).isEqualTo(KvkCheck.FORMAT_ONLY);
        assertThat(warnings).hasSize(1);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "6959908", "695990841", "6959908a", " 69599084"})
    void aMalformedNumberIsNotAskedFor(String number) {
        answer = new Answer(200, found(number));

        assertThat(kvk.check(number)).isEqualTo(KvkCheck.UNVERIFIED);
        assertThat(asked).isEmpty();
    }

    private static String found(String number) {
        return """
                {"pagina":1,"resultatenPerPagina":10,"totaal":1,"resultaten":[{"kvkNummer":"%s","naam":"Test EMZ Dagobert",
                "adres":{"binnenlandsAdres":{"type":"bezoekadres","straatnaam":"Abebe Bikilalaan","plaats":"Amsterdam"}},
                "type":"hoofdvestiging","links":[{"rel":"basisprofiel","href":"https://api.kvk.nl/test/api/v1/basisprofielen/%1$s"}]}],
                "links":[{"rel":"self","href":"https://api.kvk.nl/test/api/v2/zoeken?kvknummer=%1$s&pagina=1&resultatenperpagina=10"}]}
                """.formatted(number);
    }
}
