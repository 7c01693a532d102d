package dev.kindling.pyfmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.kindling.errors.KindlingError;

/**
 * Reads the golden files that {@code generate_golden.py} (in the test resources of
 * {@code dev.kindling.lang.format}) wrote from CPython 3.11: tab-separated, with backslash and
 * {@code \\uXXXX} escapes, values tagged {@code i: x: b: f: s:}. Checks answers against them.
 * Public so that the interpreter's formatting tests read their own golden files the same way.
 */
public final class Golden {
    private Golden() {}

    /**
     * The rows of a golden file, each split into its unescaped fields; a name without a leading '/'
     * is beside this class.
     */
    static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Golden.class.getResourceAsStream(name);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] fields = line.split("\t", -1);
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = unescape(fields[i]);
                }
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char n = s.charAt(++i);
            if (n == 'u') {
                out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                i += 4;
            } else {
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            }
        }
        return out.toString();
    }

    /** A tagged value as Kindling represents it: Long or BigInteger, Boolean, Double, String. */
    public static Object value(String tagged) {
        String v = tagged.substring(2);
        return switch (tagged.charAt(0)) {
            case 'i' -> normalize(new BigInteger(v));
            case 'x' -> normalize(new BigInteger(v.replace("0x", ""), 16));
            case 'b' -> Boolean.valueOf(v.equals("True"));
            case 'f' -> parseDoubleRepr(v);
            default -> v;
        };
    }

    static double parseDoubleRepr(String v) {
        return switch (v) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(v);
        };
    }

    static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /**
     * Checks what {@code call} gives against a golden cell: an error {@code "!Type: message"}, a
     * str (after a '=' when it starts with '!' or '='), or a tagged value.
     */
    static void check(String expected, Supplier<Object> call, String context) {
        if (expected.startsWith("!")) {
            KindlingError e = assertThrows(KindlingError.class, call::get, context);
            assertEquals(expected.substring(1), e.type().pythonName() + ": " + e.getMessage(), context);
            return;
        }
        Object actual = call.get();
        if (actual instanceof String s) {
            assertEquals(expected.startsWith("=") ? expected.substring(1) : expected, s, context);
        } else {
            assertEquals(expected, tag(actual), context);
        }
    }

    /**
     * Checks every row of a golden file: {@code call} makes the answer from the row, whose last
     * field is CPython's. Fails listing the first mismatches and how many there were.
     */
    public static void checkAll(String name, Function<String[], Supplier<Object>> call) {
        List<String> failures = new ArrayList<>();
        List<String[]> rows = rows(name);
        for (String[] row : rows) {
            String context = String.join(" | ", row);
            try {
                check(row[row.length - 1], call.apply(row), context);
            } catch (AssertionError | RuntimeException e) {
                failures.add(e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + rows.size() + " rows differ from CPython, e.g.\n"
                    + String.join("\n", failures.subList(0, Math.min(25, failures.size()))));
        }
    }

    /** The tag generate_golden.py writes for a value. */
    static String tag(Object v) {
        if (v instanceof Boolean b) {
            return "b:" + (b ? "True" : "False");
        }
        if (v instanceof Double d) {
            return "f:" + FloatRepr.repr(d);
        }
        if (v instanceof BigInteger b && b.bitLength() >= 10000) {
            return "x:" + (b.signum() < 0 ? "-0x" + b.negate().toString(16) : "0x" + b.toString(16));
        }
        return "i:" + v;
    }
}
