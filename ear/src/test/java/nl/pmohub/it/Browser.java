package nl.pmohub.it;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real headless Chromium (Debian's chromium + chromium-driver) that signs in through the real
 * Keycloak login page. Screenshots land in target/screenshots for people to look at; every screen a test
 * takes a screenshot of is also checked with axe-core (WCAG 2.1 A and AA) and fails the test on a
 * serious or critical violation.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path profile;

    public Browser(String language) {
        try {
            profile = Files.createTempDirectory("pmohub-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--lang=" + language, "--user-data-dir=" + profile,
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language,
                "download.default_directory", profile.resolve("downloads").toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .withEnvironment(Map.of("TMPDIR", profile.toString()))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(Stack.BASE_URL + path);
    }

    /** Opens a tenant's dashboard, signs in through Keycloak and waits for the page's heading. */
    public void signInToDashboard(String tenant, String user, String heading) {
        open("/t/" + tenant + "/");
        signIn(user, "demo");
        waitForText(By.tagName("h1"), heading);
    }

    /** On a Keycloak login page: sign in. */
    public void signIn(String user, String password) {
        waitFor(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    public WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public void waitForText(By locator, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** Waits for a condition on the page; elements re-rendered meanwhile are looked up again. */
    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        wait.until(condition::apply);
    }

    public void waitForRows(By rows, int count) {
        wait.until(ExpectedConditions.numberOfElementsToBe(rows, count));
    }

    public void waitUntilUrlStartsWith(String prefix) {
        wait.until(d -> d.getCurrentUrl().startsWith(prefix));
    }

    /**
     * Clicks when clickable and still; tables and forms re-render by Ajax, so a stale element is looked up again.
     * An overlay sliding open moves its items under the pointer: a click computed mid-way lands on another item.
     */
    public void click(By locator) {
        settle();
        wait.ignoring(StaleElementReferenceException.class).ignoring(ElementClickInterceptedException.class)
                .until(d -> {
                    d.findElement(locator).click();
                    return true;
                });
    }

    /** Focuses the field (closing any open overlay such as a date picker), then replaces its text. */
    public void type(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    /** Waits for a download to finish (Chromium writes it under another name until then) and returns it. */
    public Path downloaded(String fileName) {
        Path downloads = profile.resolve("downloads");
        Path file = downloads.resolve(fileName);
        // Chrome may create the final name empty before it writes into a .crdownload beside it and renames that over it
        wait.until(d -> Files.isRegularFile(file) && sizeOf(file) > 0 && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        return file;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException renamedMeanwhile) {
            return 0;
        }
    }

    /** Saves what the user sees and checks it for serious and critical accessibility violations. */
    public void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("pmohub.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertAccessible(name);
    }

    /**
     * Waits until jQuery effects and finite CSS transitions and animations have ended (a panel sliding open, a
     * dialog's mask fading in); endless ones (a spinner) never end and are not waited for.
     */
    public void settle() {
        try {
            ((JavascriptExecutor) driver).executeAsyncScript(SETTLED + "new Promise(wait).then(() => done());");
        } catch (JavascriptException pageGoing) {
            // the previous click is still leaving the page: the next one waits for its element anyway
        }
    }

    private static final String SETTLED = """
            const done = arguments[arguments.length - 1];
            const since = Date.now();
            const settled = () => Date.now() - since > 5000 || ((!window.jQuery || jQuery(':animated').length === 0)
                && document.getAnimations().every(a => a.playState !== 'running' || a.effect.getTiming().iterations === Infinity));
            const wait = resolve => settled() ? resolve() : setTimeout(() => wait(resolve), 50);
            """;

    /** axe-core over the page as it is now, once still (animations change the colours axe measures): no serious or critical violation of WCAG 2.1 A/AA. */
    public void assertAccessible(String screen) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        page.executeScript(AXE);
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) page.executeAsyncScript(SETTLED + """
                new Promise(wait).then(() => axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})
                  ).then(result => done(result.violations
                      .filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                          + v.nodes.slice(0, 4).map(n => n.target.join(' ') + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ') + ']' : '')).join('; '))))
                  .catch(error => done(['axe-core failed: ' + error]));
                """);
        assertThat(violations).as("accessibility of screen " + screen).isEmpty();
    }

    /** axe-core's script, from Deque's artifact (only the script is used, none of its Java). */
    private static final String AXE = resource("axe.min.js");

    private static String resource(String name) {
        try (var in = Browser.class.getClassLoader().getResourceAsStream(name)) {
            return new String(java.util.Objects.requireNonNull(in, name + " is not on the test class path").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a leftover temp profile is harmless
        }
    }
}
