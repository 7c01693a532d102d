package dev.kindling.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Writes small random Python programs from a grammar of Kindling's subset: assignments,
 * augmented assignments, if/for/while/try/def/class/with blocks, and expressions that call
 * built-ins, str/list/dict methods, torch functions and tensor methods with arguments of random
 * types (ints small and huge, floats with nan and inf, strings with NUL and format characters,
 * containers, tensors of each dtype, None, functions). Most statements sit in a
 * {@code try/except Exception} that prints the error, so one error does not end the program and
 * every error's text reaches the output the fuzz test inspects.
 */
final class ProgramGenerator {
    private static final List<String> VARIABLES = List.of("a", "b", "c", "t", "u", "s", "xs", "d");
    private static final List<String> BUILTINS = List.of("abs", "all", "any", "ascii", "bin", "bool", "chr",
            "dict", "divmod", "enumerate", "filter", "float", "format", "hash", "hex", "id", "int", "isinstance",
            "issubclass", "iter", "len", "list", "map", "max", "min", "next", "oct", "ord", "pow", "print", "range",
            "repr", "reversed", "round", "set", "sorted", "str", "sum", "tuple", "type", "zip", "getattr", "hasattr",
            "setattr", "callable", "vars", "dir", "slice", "frozenset", "input", "super", "object", "iter");
    private static final List<String> TORCH = List.of("tensor", "zeros", "ones", "full", "empty", "arange",
            "linspace", "eye", "rand", "randn", "randint", "randperm", "cat", "stack", "where", "sum", "mean", "max",
            "min", "argmax", "softmax", "log_softmax", "exp", "log", "sqrt", "abs", "matmul", "mm", "dot",
            "reshape", "transpose", "flatten", "squeeze", "unsqueeze", "clamp", "sort", "topk", "cumsum",
            "manual_seed", "multinomial", "normal", "zeros_like", "ones_like", "full_like", "sigmoid", "tanh",
            "relu", "allclose", "equal", "is_tensor", "numel", "save", "load", "split", "chunk", "gather",
            "index_select", "masked_fill", "maximum", "minimum", "pow", "floor_divide", "remainder", "trace");
    private static final List<String> TENSOR_METHODS = List.of("sum", "mean", "view", "reshape", "item", "tolist",
            "float", "long", "int", "bool", "double", "t", "T", "shape", "size", "dim", "numel", "backward",
            "requires_grad_", "detach", "clone", "add_", "mul_", "zero_", "fill_", "argmax", "max", "min",
            "permute", "expand", "repeat", "flip", "split", "chunk", "std", "var", "norm", "softmax", "to",
            "contiguous", "stride", "storage_offset", "data_ptr", "grad", "grad_fn", "unsqueeze", "squeeze",
            "__getitem__", "__setitem__", "index_select", "masked_fill", "clamp_", "type", "dtype", "device");
    private static final List<String> OTHER_METHODS = List.of("append", "extend", "pop", "insert", "remove",
            "sort", "index", "count", "copy", "clear", "reverse", "keys", "values", "items", "get", "update",
            "setdefault", "split", "join", "format", "strip", "replace", "find", "startswith", "upper", "lower",
            "center", "ljust", "zfill", "encode", "partition", "splitlines", "title", "isdigit", "__len__",
            "__add__", "__class__", "__dict__", "__repr__", "add", "discard", "union", "bit_length", "is_integer",
            "real", "conjugate", "to_bytes", "hex", "as_integer_ratio");
    private static final List<String> BINARY = List.of("+", "-", "*", "/", "//", "%", "**", "@", "&", "|", "^",
            "<<", ">>", "==", "!=", "<", "<=", ">", ">=", "in", "not in", "is", "is not", "and", "or");
    private static final List<String> AUGMENTED = List.of("+=", "-=", "*=", "/=", "//=", "%=", "**=", "&=", "|=",
            "<<=", ">>=", "@=");
    private static final List<String> MODULES = List.of("torch", "torch.nn as nn", "torch.nn.functional as F",
            "math", "random", "sys", "matplotlib.pyplot as plt", "torch.optim as optim", "json", "re", "os",
            "statistics", "collections", "itertools", "functools", "time", "copy", "string");
    private static final List<String> STRINGS = List.of("''", "'abc'", "'a\\x00b'", "'%s %d'", "'{}'", "'{0:>5}'",
            "'\\u00e9\\U0001F600'", "'1e400'", "'  -12  '", "'nan'", "'0x1f'", "'float32'", "'cpu'", "'cuda'",
            "'sum'", "'mean'", "\"'\"", "'\\\\'", "'a' * 3", "f'{1:>{3}}'");
    private static final List<String> NUMBERS = List.of("0", "1", "-1", "2", "3", "7", "-3", "255", "2**31",
            "2**63", "-2**63", "10**20", "10**400", "0.0", "-0.0", "0.5", "1.5", "1e308", "1e-320", "float('nan')",
            "float('inf')", "-float('inf')", "True", "False", "1_000", "0b101", "0o17", "0xff");

    private final Random random;
    private int depth;

    ProgramGenerator(Random random) {
        this.random = random;
    }

    /** A program of a few imports and statements. */
    String program() {
        StringBuilder out = new StringBuilder("import torch\n");
        for (int i = random.nextInt(3); i > 0; i--) {
            out.append("import ").append(pick(MODULES)).append('\n');
        }
        for (String v : VARIABLES) {
            out.append(v).append(" = ").append(value()).append('\n');
        }
        for (int i = 1 + random.nextInt(12); i > 0; i--) {
            String stmt = statement("");
            out.append(random.nextInt(5) > 0 ? guarded(stmt) : stmt);
        }
        return out.toString();
    }

    private String guarded(String stmt) {
        return "try:\n" + indent(stmt, "    ") + "except Exception as e:\n    print(type(e).__name__, e)\n";
    }

    private String statement(String pad) {
        depth++;
        try {
            int kind = depth > 3 ? random.nextInt(4) : random.nextInt(13);
            String s = switch (kind) {
                case 0 -> pick(VARIABLES) + " = " + expression();
                case 1 -> "print(" + expression() + ")";
                case 2 -> pick(VARIABLES) + " " + pick(AUGMENTED) + " " + expression();
                case 3 -> pick(VARIABLES) + "[" + expression() + "] = " + expression();
                case 4 -> "if " + expression() + ":\n" + block() + "else:\n" + block();
                case 5 -> "for " + pick(VARIABLES) + " in " + expression() + ":\n" + block();
                case 6 -> "while " + expression() + ":\n" + block() + "    break\n";
                case 7 -> "def f(x, y=" + value() + ", *args, **kw):\n" + block() + "    return " + expression()
                        + "\nprint(f(" + arguments() + "))";
                case 8 -> "class K(" + (random.nextBoolean() ? "" : "torch.nn.Module") + "):\n    def __init__(self):\n"
                        + "        " + (random.nextBoolean() ? "super().__init__()" : "pass") + "\n    def "
                        + pick(List.of("__repr__", "__len__", "__eq__", "__iter__", "forward", "__call__",
                                "__getitem__", "__add__", "__index__", "__hash__", "__bool__"))
                        + "(self, *a):\n        return " + expression() + "\nk = K()\nprint(" + expression() + ")";
                case 9 -> "with torch.no_grad():\n" + block();
                case 10 -> "del " + pick(VARIABLES) + "\n" + pick(VARIABLES) + " = " + value();
                case 11 -> "a, *b = " + expression();
                default -> "assert " + expression() + ", " + expression();
            };
            return indent(s, pad);
        } finally {
            depth--;
        }
    }

    private String block() {
        StringBuilder out = new StringBuilder();
        for (int i = 1 + random.nextInt(2); i > 0; i--) {
            out.append(statement("    "));
        }
        return out.toString();
    }

    String expression() {
        depth++;
        try {
            if (depth > 4) {
                return random.nextBoolean() ? value() : pick(VARIABLES);
            }
            return switch (random.nextInt(14)) {
                case 0, 1 -> value();
                case 2 -> pick(VARIABLES);
                case 3 -> "(" + expression() + " " + pick(BINARY) + " " + expression() + ")";
                case 4 -> pick(List.of("-", "+", "~", "not ")) + expression();
                case 5, 6 -> pick(BUILTINS) + "(" + arguments() + ")";
                case 7, 8 -> "torch." + pick(TORCH) + "(" + arguments() + ")";
                case 9 -> pick(VARIABLES) + "." + pick(TENSOR_METHODS) + maybeCall();
                case 10 -> pick(VARIABLES) + "." + pick(OTHER_METHODS) + maybeCall();
                case 11 -> pick(VARIABLES) + "[" + subscript() + "]";
                case 12 -> "f'{" + expression() + ":" + pick(List.of("", ">10", ".3f", "x", ",", "^{a}", "e", "%",
                        "08.2f", "=+5", "s", "c", "b", "#o", "_", ".1000000000")) + "}'";
                default -> "(" + expression() + " if " + expression() + " else " + expression() + ")";
            };
        } finally {
            depth--;
        }
    }

    private String maybeCall() {
        return random.nextInt(4) == 0 ? "" : "(" + arguments() + ")";
    }

    private String subscript() {
        return switch (random.nextInt(5)) {
            case 0 -> expression() + ":" + expression();
            case 1 -> "::" + pick(NUMBERS);
            case 2 -> expression() + ", " + expression();
            case 3 -> "..., None";
            default -> expression();
        };
    }

    private String arguments() {
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(4); i > 0; i--) {
            out.append(expression()).append(", ");
        }
        if (random.nextInt(3) == 0) {
            out.append(pick(List.of("dim", "keepdim", "dtype", "key", "reverse", "sep", "end", "requires_grad",
                    "out", "default", "start", "step", "size", "generator", "device", "axis", "base")))
                    .append("=").append(expression());
        }
        if (random.nextInt(8) == 0) {
            out.append(random.nextBoolean() ? "*" : "**").append(expression());
        }
        return out.toString();
    }

    String value() {
        return switch (random.nextInt(12)) {
            case 0, 1, 2 -> pick(NUMBERS);
            case 3 -> pick(STRINGS);
            case 4 -> "[" + pick(NUMBERS) + ", " + pick(NUMBERS) + "]";
            case 5 -> "(" + pick(NUMBERS) + ", " + pick(STRINGS) + ")";
            case 6 -> "{" + pick(STRINGS) + ": " + pick(NUMBERS) + "}";
            case 7 -> "torch.tensor([[" + pick(NUMBERS) + ", 2.0], [3.0, 4.0]], dtype=torch."
                    + pick(List.of("float32", "float64", "int64", "int32", "bool")) + ")";
            case 8 -> "torch.randn(" + (1 + random.nextInt(3)) + ", " + (1 + random.nextInt(3))
                    + (random.nextBoolean() ? ", requires_grad=True" : "") + ")";
            case 9 -> pick(List.of("None", "range(5)", "lambda *z: z", "print", "torch.float32", "torch.nn.Linear(2, 2)",
                    "set()", "torch.Size([2, 3])", "slice(1, 3)", "object()", "int", "torch.zeros(0)"));
            case 10 -> "torch.arange(" + (1 + random.nextInt(6)) + ")";
            default -> "[" + pick(STRINGS) + "] * " + pick(List.of("0", "2", "-1", "3"));
        };
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static String indent(String code, String pad) {
        StringBuilder out = new StringBuilder();
        for (String line : code.split("\n", -1)) {
            if (!line.isEmpty()) {
                out.append(pad).append(line).append('\n');
            }
        }
        return out.toString();
    }
}
