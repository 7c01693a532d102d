package dev.kindling.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test per construct, on top of the golden scripts: the edges each construct must get right. */
class LanguageTest {
    private static String eval(String expression) {
        return Scripts.run("print(repr(" + expression + "))").strip();
    }

    @ParameterizedTest(name = "{0} == {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "7 // 2 | 3", "-7 // 2 | -4", "7 % -3 | -2", "2 ** 100 | 1267650600228229401496703205376",
        "9223372036854775807 + 1 | 9223372036854775808", "-(-9223372036854775807 - 1) | 9223372036854775808",
        "(2 ** 64) // (2 ** 32) | 4294967296", "7 / 2 | 3.5", "1 / 3 | 0.3333333333333333",
        "0.1 + 0.2 | 0.30000000000000004", "1e16 | 1e+16", "1e-5 | 1e-05", "True + 1 | 2",
        "round(2.675, 2) | 2.67", "round(0.5) | 0", "round(1.5) | 2", "divmod(-7, 2) | (-4, 1)",
        "'a' * 3 | 'aaa'", "[1, 2] * 2 | [1, 2, 1, 2]", "(1,) | (1,)", "1 < 2 < 3 | True", "1 < 3 < 2 | False",
        "0 or 'x' | 'x'", "[] and 1 | []", "not None | True", "3 if 0 else 4 | 4", "'b' in 'abc' | True",
        "{1: 'a'}.get(1.0) | 'a'", "len({1, 1.0, True}) | 1", "[x for x in range(5) if x % 2] | [1, 3]",
        "{x: x * x for x in range(3)} | {0: 0, 1: 1, 2: 4}", "(lambda *a, **k: (a, k))(1, b=2) | ((1,), {'b': 2})",
        "int('-12') | -12", "float('1e-3') | 0.001", "str(1.0) | '1.0'", "sorted([3, 1, 2]) | [1, 2, 3]",
        "list(zip('ab', [1, 2])) | [('a', 1), ('b', 2)]", "'{:>4}'.format('x') | '   x'", "f'{255:#x}' | '0xff'",
        "'%05.1f' % 3.14159 | '003.1'", "[1, 2, 3][::-1] | [3, 2, 1]", "'hello'[1:-1] | 'ell'",
        "max([1, 5, 3], key=lambda v: -v) | 1", "sum(x for x in range(101)) | 5050", "abs(-2 ** 63) | 9223372036854775808"
    })
    void expressionsEvaluateAsInPython(String expression, String expected) {
        assertEquals(expected.strip(), eval(expression));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "x | NameError: name 'x' is not defined",
        "[1][5] | IndexError: list index out of range",
        "{}['k'] | KeyError: 'k'",
        "1 / 0 | ZeroDivisionError: division by zero",
        "1 // 0 | ZeroDivisionError: integer division or modulo by zero",
        "1.0 / 0 | ZeroDivisionError: float division by zero",
        "1 + 'a' | TypeError: unsupported operand type(s) for +: 'int' and 'str'",
        "(1).foo | AttributeError: 'int' object has no attribute 'foo'",
        "None() | TypeError: 'NoneType' object is not callable",
        "int('abc') | ValueError: invalid literal for int() with base 10: 'abc'",
        "a, b = [1, 2, 3] | ValueError: too many values to unpack (expected 2)",
        "a, b, c = [1, 2] | ValueError: not enough values to unpack (expected 3, got 2)",
        "def f(a): pass\\nf() | TypeError: f() missing 1 required positional argument: 'a'",
        "def f(a): pass\\nf(1, 2) | TypeError: f() takes 1 positional argument but 2 were given",
        "def f(a): pass\\nf(b=1) | TypeError: f() got an unexpected keyword argument 'b'",
        "def f():\\n    y = y + 1\\nf() | UnboundLocalError: cannot access local variable 'y' where it is not associated with a value",
        "raise ValueError('bad') | ValueError: bad",
        "assert False, 'boom' | AssertionError: boom",
        "import nothing_here | ModuleNotFoundError: No module named 'nothing_here'",
        "[] < 1 | TypeError: '<' not supported between instances of 'list' and 'int'",
        "hash([]) | TypeError: unhashable type: 'list'",
        "len(3) | TypeError: object of type 'int' has no len()",
        "for x in 3: pass | TypeError: 'int' object is not iterable",
        "*a = [1] | SyntaxError: starred assignment target must be in a list or tuple",
        "for *a in [[1]]: pass | SyntaxError: starred assignment target must be in a list or tuple",
        "*a, *b = [1] | SyntaxError: multiple starred expressions in assignment",
        "del a, *b | SyntaxError: cannot delete starred",
        "*a += 1 | SyntaxError: 'starred' is an illegal expression for augmented assignment",
        "x = 1 \uFEFF+ 2 | SyntaxError: invalid non-printable character U+FEFF",
        "input() | EOFError: EOF when reading a line",
        "id() | TypeError: id() takes exactly one argument (0 given)",
        "ord() | TypeError: ord() takes exactly one argument (0 given)",
        "ord(1) | TypeError: ord() expected string of length 1, but int found",
        "hex() | TypeError: hex() takes exactly one argument (0 given)",
        "bin(1, 2) | TypeError: bin() takes exactly one argument (2 given)",
        "[].insert() | TypeError: insert expected 2 arguments, got 0",
        "[].insert(1) | TypeError: insert expected 2 arguments, got 1",
        "[].extend() | TypeError: list.extend() takes exactly one argument (0 given)",
        "[].remove() | TypeError: list.remove() takes exactly one argument (0 given)",
        "[].index() | TypeError: index expected at least 1 argument, got 0",
        "[].count() | TypeError: list.count() takes exactly one argument (0 given)",
        "[*x for x in [[1]]] | SyntaxError: iterable unpacking cannot be used in comprehension",
        "{*x for x in [[1]]} | SyntaxError: iterable unpacking cannot be used in comprehension",
        "format(1, 2) | TypeError: format() argument 2 must be str, not int",
        "(1, 2).__getitem__() | TypeError: tuple.__getitem__() missing required argument",
        "'x'.zfill() | TypeError: str.zfill() takes exactly one argument (0 given)",
        "'x'.zfill(axis=2) | TypeError: str.zfill() takes no keyword arguments",
        "'x'.ljust() | TypeError: ljust expected at least 1 argument, got 0",
        "'x'.center(1, '-', 3) | TypeError: center expected at most 2 arguments, got 3",
    })
    void errorsUseCPythonWording(String code, String expected) {
        assertEquals(expected, Scripts.error(code.replace("\\n", "\n")));
    }

    @Test
    void closuresSeeLaterAssignmentsOfEnclosingVariables() {
        String out = Scripts.run("def outer():\n    x = 1\n    def f():\n        return x\n    x = 2\n    return f()\nprint(outer())");
        assertEquals("2\n", out);
    }

    @Test
    void classBodyNamesAreNotVisibleInMethods() {
        String out = Scripts.run("y = 'global'\nclass C:\n    y = 'class'\n    def m(self):\n        return y\nprint(C().m(), C.y)");
        assertEquals("global class\n", out);
    }

    @Test
    void comprehensionVariablesDoNotLeak() {
        String out = Scripts.run("x = 'outer'\nsquares = [x * x for x in range(3)]\nprint(x, squares)");
        assertEquals("outer [0, 1, 4]\n", out);
    }

    @Test
    void deepRecursionRaisesRecursionErrorNotAStackOverflow() {
        String out = Scripts.run("def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught', e)");
        assertEquals("caught maximum recursion depth exceeded\n", out);
    }

    @Test
    void recursionToNineHundredLevelsWorks() {
        assertEquals("900\n", Scripts.run("def depth(n):\n    return n if n == 0 else 1 + depth(n - 1)\nprint(depth(900))"));
    }

    @Test
    void deeplyNestedParenthesesAreASyntaxErrorNotACrash() {
        String code = "x = " + "(".repeat(5000) + "1" + ")".repeat(5000);
        String out = Scripts.run(code);
        assertTrue(out.contains("SyntaxError"), out);
    }

    @Test
    void syntaxErrorDeepInALongFileNamesItsOwnLine() {
        StringBuilder code = new StringBuilder();
        for (int i = 1; i < 500; i++) {
            code.append("x").append(i).append(" = ").append(i).append('\n');
        }
        code.append("y = = 2\n");
        String out = Scripts.run(code.toString(), "long.py");
        assertTrue(out.contains("File \"long.py\", line 500"), out);
        assertTrue(out.contains("    y = = 2\n        ^\nSyntaxError: invalid syntax"), out);
    }

    @Test
    void unclosedBracketIsReportedAtTheBracket() {
        String out = Scripts.run("print('a')\nx = [1,\n  2\n", "s.py");
        assertEquals("  File \"s.py\", line 2\n    x = [1,\n        ^\nSyntaxError: '[' was never closed\n", out);
    }

    @Test
    void missingIndentedBlockIsAnIndentationError() {
        String out = Scripts.run("if True:\nprint(1)\n", "i.py");
        assertTrue(out.endsWith("IndentationError: expected an indented block after 'if' statement on line 1\n"), out);
    }

    @Test
    void repetitionTooLargeForMemoryIsAMemoryErrorNotAWrapAround() {
        assertEquals("MemoryError", Scripts.error("x = 'a' * 10**10"));
        assertEquals("MemoryError", Scripts.error("x = [1, 2] * 2**31"));
        assertEquals("[] ()", Scripts.run("print([] * 10**12, () * 10**15)", "r.py").strip());
    }

    @Test
    void unterminatedStringIsReported() {
        assertEquals("SyntaxError: unterminated string literal (detected at line 1)", Scripts.error("x = 'abc"));
    }

    @Test
    void tracebackListsEveryFrameOutermostFirst() {
        String out = Scripts.run("def a():\n    return 1 / 0\n\ndef b():\n    return a()\n\nb()\n", "t.py");
        assertEquals(String.join("\n",
                "Traceback (most recent call last):",
                "  File \"t.py\", line 7, in <module>",
                "    b()",
                "  File \"t.py\", line 5, in b",
                "    return a()",
                "  File \"t.py\", line 2, in a",
                "    return 1 / 0",
                "ZeroDivisionError: division by zero", ""), out);
    }

    @Test
    void userExceptionsFromMainShowTheirModule() {
        assertEquals("__main__.Oops: bad", Scripts.error("class Oops(Exception):\n    pass\nraise Oops('bad')"));
    }
}
