package dev.kindling.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.kindling.embed.Kindling;
import dev.kindling.embed.Session;

/**
 * Kindling Lab in a real browser: Debian's headless chromium through chromedriver (installed by
 * .ci/run), every outside host unreachable, so the page must work offline. Each test saves a
 * screenshot under target/lab-screenshots. Run by {@code mvn -Pbrowser verify}.
 */
@Tag("browser")
class LabBrowserTest {
    private static final Path SHOTS = Path.of("target", "lab-screenshots");
    private static ChromeDriver browser;
    private Session session;
    private Lab lab;

    @BeforeAll
    static void startBrowser() throws IOException {
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1100,1300",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void open() {
        session = Kindling.builder().build().newSession();
        lab = Lab.open(session, 0);
    }

    @AfterEach
    void close(TestInfo test) throws IOException {
        shoot(test.getTestMethod().orElseThrow().getName());
        session.close();
    }

    @Test
    void pageLoadsOfflineAndItsScreenshotIsNotBlank() throws IOException {
        load();
        assertEquals("function", js("return typeof uPlot"));
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) js("return performance.getEntriesByType('resource').map(r => r.name)");
        assertTrue(resources.size() >= 4, resources.toString());
        for (String r : resources) {
            assertTrue(r.startsWith("http://127.0.0.1:" + lab.port() + "/"), "only the Lab's own files load: " + r);
        }
        Path shot = shoot("page-loads");
        BufferedImage image = ImageIO.read(shot.toFile());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, "the screenshot shows a page, not one flat colour: " + colours.size() + " colours");
    }

    @Test
    void lossCurveGainsPointsAndFitLineMovesWhileTrainingRuns() throws Exception {
        load();
        CompletableFuture<Void> training = CompletableFuture.runAsync(() -> session.exec(String.join("\n",
                "import time, torch, torch.nn as nn",
                "import kindling.lab as lab",
                "torch.manual_seed(42)",
                "sqft = torch.rand(100, 1) * 5",
                "price = 200 * sqft + 50 + torch.randn(100, 1) * 20",
                "model = nn.Sequential(nn.Linear(1, 16), nn.ReLU(), nn.Linear(16, 1))",
                "lab.watch(model, sqft, price)",
                "loss_fn = nn.MSELoss()",
                "optimizer = torch.optim.Adam(model.parameters(), lr=0.05)",
                "for epoch in range(150):",
                "    loss = loss_fn(model(sqft), price)",
                "    optimizer.zero_grad()",
                "    loss.backward()",
                "    optimizer.step()",
                "    last = loss.item()",
                "    time.sleep(0.02)",
                "")));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> lossPoints() >= 5);
        long early = lossPoints();
        String earlyLine = String.valueOf(js("return JSON.stringify(kindlingLab.state.line.y)"));
        assertTrue(!training.isDone(), "the first points arrived while the loop was still running");
        wait.until(d -> lossPoints() >= early + 20);
        String laterLine = String.valueOf(js("return JSON.stringify(kindlingLab.state.line.y)"));
        assertNotEquals(earlyLine, laterLine, "the prediction line moved between epochs");
        training.get();
        wait.until(d -> lossPoints() == 150);
        double last = ((Number) session.get("last")).doubleValue();
        assertEquals(last, ((Number) js("return kindlingLab.state.loss.loss[149]")).doubleValue(), 0.0);
        assertEquals("150", text("loss-count"));
        assertTrue(((Number) js("return kindlingLab.state.lineUpdates")).longValue() >= 2);
    }

    @Test
    void neuronSlidersGiveZAndRelu() {
        load();
        browser.findElement(By.id("tab-neuron")).click();
        assertEquals("0.00", text("z"), "w=0.5, x=2, b=-1 at the start");
        press("x", Keys.ARROW_RIGHT, 10);
        assertNeuron(3.0, 0.5, -1.0);
        press("w", Keys.ARROW_RIGHT, 7);
        assertNeuron(3.0, 1.2, -1.0);
        press("b", Keys.ARROW_LEFT, 40);
        assertNeuron(3.0, 1.2, -5.0);
        assertEquals("0.00", text("relu"), "ReLU cuts a negative z to 0");
    }

    @Test
    void codeCellOutputAppears() {
        load();
        browser.findElement(By.id("tab-code")).click();
        WebElement code = browser.findElement(By.id("cell-code"));
        code.clear();
        code.sendKeys("answer = 6 * 7\nprint('answer', answer)\nanswer + 1");
        browser.findElement(By.id("cell-run")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "done".equals(text("cell-status")));
        assertEquals("answer 42\n43\n", browser.findElement(By.id("cell-output")).getAttribute("textContent"));
        assertEquals(42L, ((Number) session.get("answer")).longValue(), "the cell ran in the session");
        code.clear();
        code.sendKeys("1 / 0");
        browser.findElement(By.id("cell-run")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "error".equals(text("cell-status")));
        assertTrue(text("cell-output").endsWith("ZeroDivisionError: division by zero"), text("cell-output"));
    }

    @Test
    void quizAnswersAreScoredAndKept() {
        load();
        browser.findElement(By.id("tab-quiz")).click();
        browser.findElement(By.id("quiz-reset")).click();
        assertEquals("Score: 0 / 12", text("quiz-score"));
        browser.findElement(By.cssSelector("#question-0 input[value='1']")).click();
        browser.findElement(By.cssSelector("#question-1 input[value='0']")).click();
        assertEquals("Score: 1 / 12", text("quiz-score"));
        assertTrue(browser.findElement(By.id("question-0")).getAttribute("class").contains("correct"));
        assertTrue(browser.findElement(By.id("question-1")).getAttribute("class").contains("wrong"));
        assertTrue(browser.findElement(By.cssSelector("#question-1 .explanation")).getText().startsWith("Not quite"));
        load();
        browser.findElement(By.id("tab-quiz")).click();
        assertEquals("Score: 1 / 12", text("quiz-score"), "answers stay in this browser");
    }

    @Test
    void requestsWithoutTokenOrFromAnotherOriginAreRefused() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get("http://127.0.0.1:" + lab.port() + "/");
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("needs the token"),
                browser.getPageSource());
        browser.get("data:text/html,<title>elsewhere</title>");
        Object outcome = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('http://127.0.0.1:" + lab.port() + "/api/cell', {method: 'POST', body: 'hacked = 1',"
                        + " headers: {'X-Kindling-Token': '" + lab.token() + "', 'Content-Type': 'text/plain'}})"
                        + ".then(r => done('status ' + r.status), e => done('refused'));");
        assertEquals("refused", outcome);
        Thread.sleep(300);
        assertNull(session.get("hacked"), "the cell from another origin never ran");
    }

    private void load() {
        browser.get(lab.url());
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "live".equals(text("connection")));
    }

    private void assertNeuron(double x, double w, double b) {
        double z = w * x + b;
        assertEquals(String.format("%.1f", x), text("x-value"));
        assertEquals(String.format("%.2f", Math.abs(z) < 0.005 ? 0 : z), text("z"));
        assertEquals(String.format("%.2f", Math.max(0, z)), text("relu"));
    }

    private void press(String id, Keys key, int times) {
        WebElement slider = browser.findElement(By.id(id));
        for (int i = 0; i < times; i++) {
            slider.sendKeys(key);
        }
    }

    private long lossPoints() {
        Object n = js("return (kindlingLab.state.loss.loss || []).length");
        return ((Number) n).longValue();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static Path shoot(String name) throws IOException {
        Path file = SHOTS.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        return file;
    }
}
