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
    void graphPanelShowsALinearModelsLossAndItsGradientsAfterBackward() {
        session.exec(String.join("\n",
                "import torch, torch.nn as nn",
                "torch.manual_seed(0)",
                "model = nn.Linear(2, 1)",
                "x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])",
                "y = torch.tensor([[1.0], [2.0]])",
                "loss = nn.MSELoss()(model(x), y)"));
        load();
        browser.findElement(By.id("tab-graph")).click();
        browser.findElement(By.id("graph-name")).sendKeys("loss", Keys.ENTER);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(d -> !d.findElements(By.cssSelector("#graph-svg .gnode")).isEmpty());
        List<String> names = browser.findElements(By.cssSelector("#graph-svg .gnode")).stream()
                .map(n -> n.getAttribute("data-name")).sorted().toList();
        assertEquals(List.of("AccumulateGrad", "AccumulateGrad", "AddmmBackward0", "MseLossBackward0", "TBackward0",
                "input", "input"), names);
        assertEquals(0, browser.findElements(By.cssSelector("#graph-svg path.backward")).size(), "no backward yet");
        assertEquals(6, browser.findElements(By.cssSelector("#graph-svg path.forward")).size());
        assertTrue(nodeText("model.weight").contains(".grad None"), nodeText("model.weight"));
        assertTrue(x("MseLossBackward0") > x("AddmmBackward0") && x("AddmmBackward0") > x("TBackward0"),
                "forward runs left to right, the loss rightmost");

        session.exec("loss.backward()");
        wait.until(d -> !d.findElements(By.cssSelector("#graph-svg path.backward")).isEmpty());
        assertEquals(4, browser.findElements(By.cssSelector("#graph-svg path.backward")).size(),
                "gradients flow back along the edges from ops and leaves, not into the data");
        double[] grad = session.introspection().tensor(session.introspection().lookupPath("model.weight.grad"), 10)
                .orElseThrow().values();
        String shown = nodeText("model.weight");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\.grad \\[([^\\]]*)]").matcher(shown);
        assertTrue(m.find(), shown);
        String[] parts = m.group(1).split(", ");
        assertEquals(grad.length, parts.length);
        for (int i = 0; i < grad.length; i++) {
            assertEquals(grad[i], Double.parseDouble(parts[i]), 1e-4, shown);
        }
        assertTrue(text("graph-status").contains("backward has run"), text("graph-status"));
    }

    @Test
    void variablesPanelListsTensorsAndShowsOneAsTableAndHeatmap() {
        session.exec("import torch\nw = torch.arange(6.).reshape(2, 3) - 1\nn = 5");
        load();
        browser.findElement(By.id("tab-variables")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(d -> !d.findElements(By.cssSelector("#vars-table tr[data-name='w']")).isEmpty());
        assertEquals(List.of("w", "Tensor", "[2, 3]", "float32", "False", "no"), row("w"));
        assertEquals(List.of("n", "int", "", "", "", ""), row("n"));
        browser.findElement(By.cssSelector("#vars-table tr[data-name='w'] .view-tensor")).click();
        wait.until(d -> d.findElements(By.cssSelector("#tensor-table tr")).size() == 2);
        assertEquals("-1 0 1\n2 3 4", browser.findElement(By.id("tensor-table")).getText());
        @SuppressWarnings("unchecked")
        List<Number> hot = (List<Number>) js("const c = document.getElementById('tensor-heatmap');"
                + "const s = c.width / 3; const p = c.getContext('2d').getImageData(2.5 * s, 1.5 * s, 1, 1).data;"
                + "const q = c.getContext('2d').getImageData(0.5 * s, 0.5 * s, 1, 1).data;"
                + "const z = c.getContext('2d').getImageData(1.5 * s, 0.5 * s, 1, 1).data;"
                + "return [c.width / c.height, p[0], p[1], q[0], q[2], z[0], z[1], z[2]];");
        assertEquals(1.5, hot.get(0).doubleValue(), 1e-9, "3 columns by 2 rows");
        assertEquals(List.of(214L, 39L), List.of(hot.get(1).longValue(), hot.get(2).longValue()), "the largest is full red");
        assertTrue(hot.get(3).longValue() < 255 && hot.get(4).longValue() > hot.get(3).longValue(), "-1 is blue: " + hot);
        assertEquals(List.of(255L, 255L, 255L), hot.subList(5, 8).stream().map(Number::longValue).toList(), "0 is white");

        session.exec("w = torch.linspace(-1, 1, 16).reshape(4, 4).requires_grad_()\n(w * w).sum().backward()\nlate = 'yes'");
        wait.until(d -> !d.findElements(By.cssSelector("#vars-table tr[data-name='late']")).isEmpty());
        assertEquals(List.of("w", "Tensor", "[4, 4]", "float32", "True", "yes"), row("w"));
        wait.until(d -> d.findElements(By.cssSelector("#tensor-table tr")).size() == 4);
        assertTrue(text("tensor-title").startsWith("w: shape (4, 4) torch.float32"), text("tensor-title"));
    }

    @Test
    void figuresPanelRedrawsAFigureAsTheLoopDrawsItAndOffersItsPng() throws Exception {
        load();
        browser.findElement(By.id("tab-figures")).click();
        CompletableFuture<Void> loop = CompletableFuture.runAsync(() -> session.exec(String.join("\n",
                "import matplotlib.pyplot as plt",
                "losses = []",
                "for i in range(60):",
                "    losses.append(1.0 / (i + 1))",
                "    plt.clf()",
                "    plt.plot(losses, label='loss')",
                "    plt.title('training loss')",
                "    plt.pause(0.03)",
                "")));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> figurePoints() >= 3);
        long early = figurePoints();
        assertTrue(!loop.isDone(), "the figure appeared while the loop was still running");
        wait.until(d -> figurePoints() >= early + 10);
        loop.get();
        wait.until(d -> figurePoints() == 60);
        assertEquals("Figure 1: training loss", browser.findElement(By.cssSelector("#figure-1 h3")).getText());
        @SuppressWarnings("unchecked")
        List<Number> ys = (List<Number>) js("return kindlingLab.state.figures[1].series[0].y");
        assertEquals(1.0 / 60, ys.get(59).doubleValue(), 0.0);
        String png = String.valueOf(js("return kindlingLab.figurePng(1)"));
        assertTrue(png.startsWith("data:image/png;base64,"), png.substring(0, Math.min(40, png.length())));
        BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(
                java.util.Base64.getDecoder().decode(png.substring(png.indexOf(',') + 1))));
        assertTrue(image.getWidth() >= 300 && image.getHeight() >= 300, image.getWidth() + "x" + image.getHeight());
        assertEquals("figure-1.png", browser.findElement(By.cssSelector("#figure-1 a.png")).getAttribute("download"));
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

    @Test
    void loopStepperRunsTheFiveStepsOnTheSessionsModel() throws IOException {
        load();
        browser.findElement(By.id("tab-loop")).click();
        step(0);
        double w = item("step_model.weight"), b = item("step_model.bias"), x0 = item("step_sqft[0, 0]");
        assertEquals(w * x0 + b, shown("loop-pred0"), 1e-3, "the prediction shown is w*x+b of the session's model");
        assertEquals(x0, shown("loop-x0"), 1e-4);
        assertTrue(browser.findElement(By.id("loop-step-forward")).getAttribute("class").contains("current"));
        assertTrue(browser.findElement(By.id("loop-step-loss")).getAttribute("class").contains("next"));
        assertEquals("None", text("loop-weight-grad"), "no gradient before backward");

        step(1);
        assertEquals(item("step_loss"), shown("loop-loss"), 1e-3);
        step(2);
        double grad = item("step_model.weight.grad"), biasGrad = item("step_model.bias.grad");
        assertEquals(grad, shown("loop-weight-grad"), 1e-3);
        assertEquals(biasGrad, shown("loop-bias-grad"), 1e-3);
        assertEquals(w, shown("loop-weight"), 1e-4, "backward leaves the weight");
        step(3);
        assertEquals(w - LoopStepper.LEARNING_RATE * grad, shown("loop-weight"), 1e-3, "step moves w by -lr * grad");
        assertEquals(b - LoopStepper.LEARNING_RATE * biasGrad, shown("loop-bias"), 1e-3);
        assertEquals(item("step_model.weight"), shown("loop-weight"), 1e-4, "the session's model moved the same way");
        shoot("loop-stepper");
        step(4);
        assertEquals("None", text("loop-weight-grad"), "zero_grad clears the gradient (to None, as PyTorch 2 does)");
        assertEquals("1", text("loop-epoch"));
        step(0);
        assertEquals(item("step_model.weight") * x0 + item("step_model.bias"), shown("loop-pred0"), 1e-3,
                "the next forward pass uses the stepped weights");
    }

    @Test
    void flowWidgetShowsTheSessionsNetworkForwardThenItsGradientsBack() throws IOException {
        load();
        browser.findElement(By.id("tab-flow")).click();
        type("flow-x1", "1.5");
        type("flow-x2", "-0.5");
        browser.findElement(By.id("flow-forward")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(d -> Boolean.FALSE.equals(js("return kindlingLab.state.flowAnimating")));
        double out = ((Number) session.eval("flow_net(torch.tensor([[1.5, -0.5]])).item()")).doubleValue();
        assertEquals(out, nodeValue("out-0", "value"), 5e-4, "the output node is the session's model output");
        for (int j = 0; j < 3; j++) {
            double h = ((Number) session.eval("torch.relu(flow_net[0](torch.tensor([[1.5, -0.5]])))[0, " + j + "].item()"))
                    .doubleValue();
            assertEquals(h, nodeValue("hidden-" + j, "value"), 5e-4, "hidden node " + j);
        }
        assertEquals(1.5, nodeValue("in-0", "value"), 0.0);
        assertEquals(0, browser.findElements(By.cssSelector("#flow-svg .flow-grad:not(:empty)")).size(), "no gradients yet");

        type("flow-target", "2");
        browser.findElement(By.id("flow-backward")).click();
        wait.until(d -> !d.findElements(By.cssSelector(".flow-dot.backward")).isEmpty());
        wait.until(d -> Boolean.FALSE.equals(js("return kindlingLab.state.flowAnimating")));
        assertEquals(2 * (out - 2), nodeValue("out-0", "grad"), 1e-3, "d(out - target)^2 / d out");
        assertEquals(item("flow_x.grad[0, 0]"), nodeValue("in-0", "grad"), 1e-3);
        assertEquals(item("flow_hidden.grad[0, 2]"), nodeValue("hidden-2", "grad"), 1e-3);
        assertTrue(text("flow-status").contains("gradients are back"), text("flow-status"));
        shoot("flow-widget");
    }

    @Test
    void lessonCellsRunInTheSessionAndStreamTheirOutput() {
        load();
        browser.findElement(By.id("tab-lessons")).click();
        assertEquals(5, browser.findElements(By.cssSelector("#lesson-nav button")).size());
        browser.findElement(By.id("lesson-tab-3")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.findElement(By.cssSelector("#lesson-3-cell-1 button.run")).click();
        wait.until(d -> "done".equals(d.findElement(By.cssSelector("#lesson-3-cell-1 .status")).getText()));
        String first = browser.findElement(By.cssSelector("#lesson-3-cell-1 .output")).getAttribute("textContent");
        assertTrue(first.startsWith("tensor([5., 7., 9.]) tensor([ 4., 10., 18.]) tensor(32.)\n")
                && first.endsWith("torch.Size([3, 2])\n"), first);
        browser.findElement(By.cssSelector("#lesson-3-cell-2 button.run")).click();
        wait.until(d -> "done".equals(d.findElement(By.cssSelector("#lesson-3-cell-2 .status")).getText()));
        assertEquals("tensor(8.)\n", browser.findElement(By.cssSelector("#lesson-3-cell-2 .output")).getAttribute("textContent"));
        assertEquals(8.0, item("x.grad"), 0.0, "the cell ran in the session");
        browser.findElement(By.id("lesson-tab-5")).click();
        browser.findElement(By.cssSelector("#lesson-5-cell-1 button.run")).click();
        wait.until(d -> "done".equals(d.findElement(By.cssSelector("#lesson-5-cell-1 .status")).getText()));
        assertEquals("sqft 0.0 to 4.9, price 40 to 1016\n",
                browser.findElement(By.cssSelector("#lesson-5-cell-1 .output")).getAttribute("textContent"),
                "the course's houses, as PyTorch 2.13 prints them for seed 42");
    }

    private void step(int index) {
        browser.findElement(By.id("loop-next")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            Object last = js("const s = kindlingLab.state.stepper; return s ? s.last : null");
            return last != null && ((Number) last).intValue() == index;
        });
    }

    private double item(String expression) {
        return ((Number) session.eval("(" + expression + ").item()")).doubleValue();
    }

    private double shown(String id) {
        return Double.parseDouble(text(id));
    }

    private double nodeValue(String node, String kind) {
        String text = browser.findElement(By.cssSelector("#flow-node-" + node + " .flow-" + kind)).getText();
        return Double.parseDouble(text.replace("∂L ", ""));
    }

    private void type(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
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

    private String nodeText(String label) {
        return String.valueOf(js("const n = kindlingLab.state.graph.nodes.find(n => n.label === '" + label + "');"
                + "return Array.from(document.querySelectorAll('#graph-node-' + n.id + ' > text')).map(t => t.textContent).join('\\n');"));
    }

    private double x(String nodeName) {
        WebElement node = browser.findElement(By.cssSelector("#graph-svg .gnode[data-name='" + nodeName + "']"));
        return Double.parseDouble(node.getAttribute("transform").replaceFirst("translate\\(([^,]+),.*", "$1"));
    }

    private List<String> row(String name) {
        return browser.findElements(By.cssSelector("#vars-table tr[data-name='" + name + "'] td")).stream()
                .limit(6).map(td -> td.getAttribute("textContent")).toList();
    }

    private long figurePoints() {
        Object n = js("const f = kindlingLab.state.figures[1]; return f ? f.series[0].y.length : 0");
        return ((Number) n).longValue();
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
