package dev.kindling.lang.modules.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kindling.embed.Kindling;
import dev.kindling.embed.Session;
import dev.kindling.lang.Scripts;

/**
 * matplotlib's rules for the shapes of plotted data: which shapes plot, scatter and hist take,
 * how plot splits 2-D data into lines, and the errors (matplotlib's and numpy's texts) for the rest.
 */
class PlotInputRulesTest {
    private static final String IMPORTS = "import torch\nimport matplotlib.pyplot as plt\n";

    /** Runs the code after the imports and prints the view limits the plotted data gave. */
    private static String limits(String code) {
        return Scripts.run(IMPORTS + code + "\nprint(plt.xlim(), plt.ylim())");
    }

    /** The value of a Python expression (tensors and lists as scripts make them). */
    private static Object value(String expression) {
        try (Session s = Kindling.builder().build().newSession()) {
            s.exec(IMPORTS + "v = " + expression);
            return s.get("v");
        }
    }

    @Test
    void aColumnTensorPlotsAsOneLineAsAVectorDoes() {
        String column = limits("plt.plot(torch.tensor([[0.0], [10.0]]), torch.tensor([[0.0], [20.0]]))");
        String vector = limits("plt.plot(torch.tensor([0.0, 10.0]), torch.tensor([0.0, 20.0]))");
        assertEquals("(-0.5, 10.5) (-1.0, 21.0)\n", column);
        assertEquals(column, vector);
    }

    @Test
    void theCoursesHundredByOneTensorsScatter() {
        assertEquals("(-4.95, 103.95) (-9.9, 207.9)\n", limits("sqft = torch.arange(100.0).reshape(100, 1)\n"
                + "plt.scatter(sqft, sqft * 2)"));
    }

    @Test
    void listsTuplesRangesAndScalarsAreAccepted() {
        assertEquals("(-0.1, 2.1) (0.9, 3.1)\n", limits("plt.plot((1, 2, 3))"));
        assertEquals("(-0.1, 2.1) (0.9, 3.1)\n", limits("plt.plot(range(3), [1, 2, 3])"));
        assertEquals("(1.9, 4.1) (0.9, 3.1)\n", limits("plt.plot([2, 3, 4], (1, 2, 3), 'o')"));
        assertEquals("(4.725, 5.275) (6.615, 7.385)\n", limits("plt.plot(5, 7, 'o')"));
        assertEquals("(4.725, 5.275) (6.615, 7.385)\n", limits("plt.scatter(torch.tensor(5.0), 7)"));
        assertEquals("(-0.05, 1.05) (0.95, 2.05)\n", limits("plt.plot([torch.tensor(1.0), torch.tensor(2.0)])"));
    }

    @Test
    void aRowTensorIsOneLinePerColumnAndScatterFlattensIt() {
        List<ShapeRules.Line> lines = ShapeRules.lines(PlotData.array(value(
                "torch.tensor([[1.0, 2.0, 3.0]])")));
        assertEquals(3, lines.size(), "(1, 3): three lines of one point each");
        assertArrayEquals(new double[] {0}, lines.get(2).x());
        assertArrayEquals(new double[] {3}, lines.get(2).y());
        ShapeRules.Line points = ShapeRules.scatter(PlotData.array(value("torch.ones(1, 3)")),
                PlotData.array(value("[[4, 5, 6]]")));
        assertArrayEquals(new double[] {4, 5, 6}, points.y());
    }

    @Test
    void oneXColumnIsSharedByEveryYColumn() {
        List<ShapeRules.Line> lines = ShapeRules.lines(PlotData.array(value("[0, 1]")),
                PlotData.array(value("[[1, 2], [3, 4]]")));
        assertEquals(2, lines.size());
        assertArrayEquals(new double[] {0, 1}, lines.get(1).x());
        assertArrayEquals(new double[] {2, 4}, lines.get(1).y());
    }

    @Test
    void mismatchedShapesRaiseMatplotlibsValueErrors() {
        assertEquals("ValueError: x and y must have same first dimension, but have shapes (3,) and (2,)",
                Scripts.error(IMPORTS + "plt.plot([1, 2, 3], [1, 2])"));
        assertEquals("ValueError: x and y must have same first dimension, but have shapes (3, 1) and (2,)",
                Scripts.error(IMPORTS + "plt.plot(torch.zeros(3, 1), torch.zeros(2))"));
        assertEquals("ValueError: x and y must have same first dimension, but have shapes (1,) and (2,)",
                Scripts.error(IMPORTS + "plt.plot(5, [1, 2])"));
        assertEquals("ValueError: x and y can be no greater than 2D, but have shapes (2,) and (2, 1, 1)",
                Scripts.error(IMPORTS + "plt.plot(torch.zeros(2, 1, 1))"));
        assertEquals("ValueError: x has 2 columns but y has 3 columns",
                Scripts.error(IMPORTS + "plt.plot(torch.zeros(4, 2), torch.zeros(4, 3))"));
        assertEquals("ValueError: x and y must be the same size",
                Scripts.error(IMPORTS + "plt.scatter(torch.zeros(100, 1), torch.zeros(99))"));
        assertEquals("ValueError: label must be scalar or have the same length as the input data, but found 1 "
                + "for 2 datasets.", Scripts.error(IMPORTS + "plt.plot(torch.zeros(4, 2), label=['a'])"));
    }

    @Test
    void raggedListsRaiseNumpysValueError() {
        assertEquals("ValueError: setting an array element with a sequence. The requested array has an "
                + "inhomogeneous shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part.",
                Scripts.error(IMPORTS + "plt.plot([[1, 2], [3]])"));
    }

    @Test
    void histTakesOneColumnAndRefusesWiderData() {
        assertEquals("[1.0, 2.0]\n", Scripts.run(IMPORTS + "n, bins, _ = plt.hist(torch.tensor([[0.0], [1.0], "
                + "[1.0]]), bins=2)\nprint(n)"));
        assertEquals("NotImplementedError: Kindling's hist draws one dataset: a 1-D array or one column, not shape "
                + "(2, 3)", Scripts.error(IMPORTS + "plt.hist(torch.zeros(2, 3))"));
        assertEquals("ValueError: x must have 2 or fewer dimensions",
                Scripts.error(IMPORTS + "plt.hist(torch.zeros(2, 1, 1))"));
    }
}
