package dev.kindling.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.kindling.embed.Kindling;
import dev.kindling.embed.Session;
import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.PyGenerator;

/**
 * What the golden script {@code generators.py} cannot show: that generators are lazy and hold
 * nothing per value (an endless one is consumed a million times under a step budget an eager
 * list could never fit in), that they obey the session's limits, and where a yield may stand.
 */
class GeneratorsTest {
    private static final String COUNT = "def count():\n    i = 0\n    while True:\n        yield i\n        i += 1\n";

    /** A session whose step budget stops an eager (or runaway) implementation instead of hanging. */
    private static Session limited() {
        return Kindling.builder().stepBudget(50_000_000).build().newSession();
    }

    @Test
    void anEndlessGeneratorIsConsumedLazilyByAForLoop() {
        try (Session s = limited()) {
            s.exec(COUNT + "n = 0\nfor v in count():\n    n += 1\n    if n == 1_000_000:\n        break\n");
            assertEquals(1_000_000L, s.get("n"));
            assertEquals(999_999L, s.get("v"));
        }
    }

    @Test
    void suspendedStatementsAroundTheYieldHoldNoStatePerValue() {
        // The yield sits inside while, for, try, with and if: each saves its state while the
        // generator is suspended, and takes it back when it resumes.
        String nested = "class Ctx:\n    def __enter__(self): return self\n    def __exit__(self, *a): return False\n"
                + "def nested():\n    while True:\n        for i in range(1000):\n            try:\n"
                + "                with Ctx():\n                    if i >= 0:\n                        yield i\n"
                + "            finally:\n                pass\n"
                + "g = nested()\nfirst = next(g)\n";
        try (Session s = limited()) {
            s.exec(nested);
            PyGenerator g = (PyGenerator) s.get("g");
            int depth = g.suspendedDepth();
            s.exec("total = first\nfor k in range(199_999):\n    total += next(g)\n");
            assertEquals(200L * 999 * 1000 / 2, s.get("total"));
            assertEquals(depth, g.suspendedDepth());
            assertEquals(11, depth, "blocks, while, for, try, with and if around the yield");
        }
    }

    @Test
    void generatorExpressionsOverEndlessSourcesAreLazy() {
        try (Session s = limited()) {
            s.exec(COUNT + "first = next(x for x in count() if x * x > 10**12)\n"
                    + "pairs = ((a, a * a) for a in count())\nsome = [next(pairs) for _ in range(3)]\n");
            assertEquals(1_000_001L, s.get("first"));
            assertEquals("[(0, 0), (1, 1), (2, 4)]", s.eval("repr(some)"));
        }
    }

    @Test
    void theStepBudgetStopsAnEndlessGeneratorDrainedByABuiltin() {
        try (Session s = Kindling.builder().stepBudget(100_000).build().newSession()) {
            KindlingError e = assertThrows(KindlingError.class, () -> s.exec(COUNT + "sum(count())\n"));
            assertEquals(ErrorType.RUNTIME_ERROR, e.type());
            assertTrue(e.getMessage().contains("step budget"), e.getMessage());
        }
    }

    @Test
    void delegationCountsTowardsTheRecursionLimit() {
        String chain = "def chain(n):\n    if n == 0:\n        yield 'bottom'\n    else:\n        yield from chain(n - 1)\n";
        assertEquals("['bottom']", Scripts.run(chain + "print(list(chain(300)))").strip());
        assertEquals("RecursionError: maximum recursion depth exceeded", Scripts.error(chain + "list(chain(5000))"));
    }

    @Test
    void yieldOutsideAFunctionIsASyntaxError() {
        assertEquals("SyntaxError: 'yield' outside function", Scripts.error("x = yield 5"));
        assertEquals("SyntaxError: 'yield' outside function", Scripts.error("class A:\n    yield 1\n"));
    }

    @Test
    void yieldInsideAComprehensionIsASyntaxError() {
        assertEquals("SyntaxError: 'yield' inside list comprehension",
                Scripts.error("def f(y):\n    return [(yield x) for x in y]\n"));
        assertEquals("SyntaxError: 'yield' inside generator expression",
                Scripts.error("def f(y):\n    return list((yield x) for x in y)\n"));
    }

    @Test
    void yieldNestedInAnExpressionIsReportedAsUnsupported() {
        String out = Scripts.run("def gen():\n    print((yield 1))\n", "g.py");
        assertTrue(out.startsWith("  File \"g.py\", line 2\n    print((yield 1))\n"), out);
        assertTrue(out.endsWith("SyntaxError: 'yield' inside an expression is not supported by Kindling; write it as a "
                + "statement ('yield v') or as an assignment's value ('x = yield v')\n"), out);
    }

    @Test
    void yieldAsAStatementOrAnAssignedValueParses() {
        String code = "def g():\n    a = yield 1\n    b = (yield)\n    (yield a, b)\n    c = d = yield from [5]\n"
                + "    yield c, d\n"
                + "x = g()\nprint(next(x), x.send('a'), x.send('b'), next(x), next(x))\n";
        assertEquals("1 None ('a', 'b') 5 (None, None)", Scripts.run(code).strip());
    }
}
