package dev.kindling.lang.modules.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kindling.lang.Scripts;

/** matplotlib.pyplot: scripts import it both ways, draw PNGs of the right size and colors, and fail as matplotlib. */
class PyplotTest {
    @TempDir
    Path dir;

    private String png(String name) {
        return dir.resolve(name).toString().replace("\\", "/");
    }

    private static BufferedImage read(Path path) throws IOException {
        BufferedImage image = ImageIO.read(path.toFile());
        assertNotNull(image, "not a decodable image: " + path);
        return image;
    }

    /** How many pixels have exactly this RGB color. */
    private static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void bothImportFormsGiveTheSameModule() {
        assertEquals("True\nTrue\n", Scripts.run("import matplotlib.pyplot as plt\nfrom matplotlib import pyplot\n"
                + "import matplotlib\nprint(plt is pyplot)\nprint(matplotlib.pyplot is plt)"));
    }

    @Test
    void savefigWritesAPngOfFigsizeTimesDpi() throws IOException {
        String out = Scripts.run("import matplotlib.pyplot as plt\nplt.plot([1, 2, 3], [4, 1, 9])\n"
                + "plt.savefig('" + png("default.png") + "')\n"
                + "plt.figure(figsize=(3, 2))\nplt.plot([0, 1])\nplt.savefig('" + png("small.png") + "')\n"
                + "plt.savefig('" + png("small_dpi.png") + "', dpi=50)\n");
        assertEquals("", out);
        BufferedImage image = read(dir.resolve("default.png"));
        assertEquals(640, image.getWidth());
        assertEquals(480, image.getHeight());
        BufferedImage small = read(dir.resolve("small.png"));
        assertEquals(300, small.getWidth());
        assertEquals(200, small.getHeight());
        BufferedImage lowDpi = read(dir.resolve("small_dpi.png"));
        assertEquals(150, lowDpi.getWidth());
        assertEquals(100, lowDpi.getHeight());
    }

    @Test
    void aFigureTooLargeToDrawIsMatplotlibsValueError() {
        String out = Scripts.run("import matplotlib.pyplot as plt\nplt.figure(figsize=(100000, 3))\nplt.plot([0, 1])\n"
                + "try:\n    plt.savefig('" + png("huge.png") + "')\nexcept ValueError as e:\n    print(e)\n"
                + "plt.figure(figsize=(3, 700))\nplt.savefig('" + png("tall.png") + "')\n");
        assertEquals("Image size of 10000000x300 pixels is too large. It must be less than 2^16 in each direction.\n"
                + "Traceback (most recent call last):\n  File \"<string>\", line 9, in <module>\n"
                + "    plt.savefig('" + png("tall.png") + "')\n"
                + "ValueError: Image size of 300x70000 pixels is too large. It must be less than 2^16 in each "
                + "direction.\n", out);
        assertFalse(Files.exists(dir.resolve("huge.png")));
    }

    @Test
    void linesTakeTheDefaultColorCycleOrTheirOwnColor() throws IOException {
        Scripts.run("import matplotlib.pyplot as plt\nplt.plot([0, 1, 2], [0, 1, 0], linewidth=4)\n"
                + "plt.savefig('" + png("blue.png") + "')\n"
                + "plt.plot([0, 1, 2], [1, 0, 1], linewidth=4)\nplt.savefig('" + png("orange.png") + "')\n"
                + "plt.clf()\nplt.plot([0, 1], [0, 1], color='#123456', linewidth=4)\n"
                + "plt.savefig('" + png("custom.png") + "')\n");
        BufferedImage first = read(dir.resolve("blue.png"));
        assertTrue(count(first, 0x1f77b4) > 100, "tab:blue line missing");
        assertEquals(0, count(first, 0xff7f0e), "no second line yet");
        BufferedImage second = read(dir.resolve("orange.png"));
        assertTrue(count(second, 0xff7f0e) > 100, "second line is tab:orange");
        BufferedImage custom = read(dir.resolve("custom.png"));
        assertTrue(count(custom, 0x123456) > 100, "color= is used");
        assertEquals(0, count(custom, 0xff7f0e), "clf() cleared the earlier lines");
    }

    @Test
    void formatStringSetsColorAndScatterAndHistDraw() throws IOException {
        Scripts.run("import matplotlib.pyplot as plt\nplt.plot([0, 1, 2], [2, 0, 1], 'r--')\n"
                + "plt.scatter([0.5, 1.5], [1, 1], color='g', s=100)\nplt.hist([0.1, 0.2, 0.2, 1.9], bins=4)\n"
                + "plt.savefig('" + png("mixed.png") + "')\n");
        BufferedImage image = read(dir.resolve("mixed.png"));
        assertTrue(count(image, 0xff0000) > 20, "'r--' draws pure red");
        assertTrue(count(image, 0x008000) > 50, "scatter in matplotlib's 'g'");
        assertTrue(count(image, 0x1f77b4) > 500, "histogram bars in the first cycle color");
    }

    /** The path on show()'s last line: "[figure saved to PATH]". */
    private static Path shownFile(String out) {
        Matcher m = Pattern.compile("(?s).*\\[figure saved to (.*figure-\\d+\\.png)]\n").matcher(out);
        assertTrue(m.matches(), out);
        return Path.of(m.group(1));
    }

    @Test
    void showDrawsTheChartSavesThePngInTheSessionsFolderAndClosesTheFigure() throws IOException {
        String out = Scripts.run("import matplotlib.pyplot as plt\nplt.plot([3, 1, 2], label='loss')\n"
                + "plt.title('t')\nplt.legend()\nplt.show()\nplt.show()\n");
        assertEquals(1, out.split("\\[figure saved").length - 1, "the second show() has no figure: " + out);
        assertTrue(out.contains("\u2500\u2500 loss\n"), "the chart's legend line: " + out);
        assertFalse(out.contains("\u001b"), "no color where the output is not a terminal");
        Path file = shownFile(out);
        assertTrue(file.getParent().getFileName().toString().startsWith("kindling-figures-"), file.toString());
        BufferedImage image = read(file);
        assertEquals(640, image.getWidth());
        assertTrue(count(image, 0x1f77b4) > 100);
    }

    @Test
    void eachSessionShowsIntoAFolderOfItsOwn() {
        String code = "import matplotlib.pyplot as plt\nplt.plot([1, 2])\nplt.show()\nplt.plot([2, 1])\nplt.show()\n";
        String first = Scripts.run(code);
        String second = Scripts.run(code);
        Path a = shownFile(first);
        Path b = shownFile(second);
        assertEquals("figure-2.png", a.getFileName().toString(), "numbered within the session");
        assertTrue(Files.isDirectory(a.getParent()) && Files.isDirectory(b.getParent()));
        assertFalse(a.getParent().equals(b.getParent()), a + " and " + b);
    }

    @Test
    void mismatchedLengthsAreAValueErrorAsMatplotlib() {
        assertEquals("ValueError: x and y must have same first dimension, but have shapes (2,) and (3,)",
                Scripts.error("import matplotlib.pyplot as plt\nplt.plot([1, 2], [1, 2, 3])"));
        assertEquals("ValueError: 'rq' is not a valid format string (unrecognized character 'q')",
                Scripts.error("import matplotlib.pyplot as plt\nplt.plot([1, 2], 'rq')"));
        assertEquals("ValueError: Format 'jpg' is not supported (supported formats: png)",
                Scripts.error("import matplotlib.pyplot as plt\nplt.savefig('x.jpg')"));
    }

    @Test
    void tensorsAndRangesArePlotted() throws IOException {
        String out = Scripts.run("import torch\nimport matplotlib.pyplot as plt\nt = torch.linspace(0, 1, 5)\n"
                + "plt.plot(range(5), t * 10, color='k', linewidth=3)\n"
                + "print(plt.xlim(), plt.ylim())\nplt.savefig('" + png("tensor.png") + "')\n");
        assertEquals("(-0.2, 4.2) (-0.5, 10.5)\n", out);
        assertTrue(count(read(dir.resolve("tensor.png")), 0x000000) > 300);
    }

    @Test
    void aTensorThatRequiresGradIsRejectedAsNumpyWould() {
        String code = "import torch\nimport matplotlib.pyplot as plt\nw = torch.ones(3, requires_grad=True)\n";
        String message = "RuntimeError: Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() "
                + "instead.";
        assertEquals(message, Scripts.error(code + "plt.plot(w)"));
        assertEquals(message, Scripts.error(code + "plt.plot([w.sum(), w.sum()])"));
        assertFalse(Scripts.run(code + "plt.plot(w.detach())").contains("Error"));
    }

    @Test
    void limitsSetByXlimAndYlimAreKept() {
        assertEquals("(0.0, 10.0) (-1.0, 1.0)\n", Scripts.run("import matplotlib.pyplot as plt\n"
                + "plt.plot([1, 2, 3])\nplt.xlim(0, 10)\nplt.ylim((-1, 1))\nprint(plt.xlim(), plt.ylim())"));
    }

    @Test
    void tightLayoutMakesRoomForTheYLabel() throws IOException {
        String code = "import matplotlib.pyplot as plt\nplt.figure(figsize=(5, 3.5))\n"
                + "plt.plot([0, 1], [-1000, 1000], color='w')\nplt.tight_layout()\n";
        Scripts.run(code + "plt.savefig('" + png("bare.png") + "')\n");
        Scripts.run(code + "plt.ylabel('amplitude')\nplt.savefig('" + png("labelled.png") + "')\n");
        int bare = leftmostDarkColumn(read(dir.resolve("bare.png")));
        int labelled = leftmostDarkColumn(read(dir.resolve("labelled.png")));
        assertTrue(labelled >= 10 && labelled <= 20, "1.08 font sizes (15 px) of padding: " + labelled);
        assertTrue(inkHeight(read(dir.resolve("bare.png")), bare) < 15, "there the tick label '\u22121000' is leftmost");
        assertTrue(inkHeight(read(dir.resolve("labelled.png")), labelled) > 40, "here the rotated y label is leftmost");
    }

    /** How many rows lie between the first and last dark pixel in the 6 columns from x. */
    private static int inkHeight(BufferedImage image, int x) {
        int first = -1;
        int last = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int c = x; c < Math.min(image.getWidth(), x + 6); c++) {
                if ((image.getRGB(c, y) & 0xff) < 128) {
                    first = first < 0 ? y : first;
                    last = y;
                }
            }
        }
        return last - first;
    }

    private static int leftmostDarkColumn(BufferedImage image) {
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    return x;
                }
            }
        }
        return image.getWidth();
    }

    @Test
    void plottingInTheReplEchoesNothing() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8);
        try (dev.kindling.embed.Session s = dev.kindling.embed.Kindling.builder().out(out).build().newSession()) {
            s.execInteractive("import matplotlib.pyplot as plt");
            s.execInteractive("plt.plot([1, 2, 3], 'g.')");
            s.execInteractive("plt.title('x')");
            s.execInteractive("plt.ylim(0, 4)");
        }
        assertEquals("(0.0, 4.0)\n", bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
