package dev.kindling.lang.modules;

import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kindling.lang.objects.PyDict;
import dev.kindling.lang.objects.PyList;
import dev.kindling.lang.objects.PyNone;

/**
 * {@code json.loads} as CPython's scanner reads: objects become dicts, arrays lists, numbers ints
 * or floats, NaN and Infinity accepted; each error is the {@code JSONDecodeError} CPython raises,
 * with its message and position ({@code Expecting value: line 1 column 1 (char 0)}).
 */
final class JsonDecoder {
    private static final Pattern NUMBER = Pattern.compile("(-?(?:0|[1-9]\\d*))(\\.\\d+)?([eE][-+]?\\d+)?");

    /** A decoding failure: CPython's message and the character position it names. */
    static final class Failure extends RuntimeException {
        final String message;
        final int position;

        Failure(String message, int position) {
            super(message, null, false, false);
            this.message = message;
            this.position = position;
        }
    }

    private final String doc;
    private int pos;

    private JsonDecoder(String doc) {
        this.doc = doc;
    }

    /** The value of the whole document. */
    static Object decode(String doc) {
        JsonDecoder d = new JsonDecoder(doc);
        d.skipSpace();
        Object value = d.value();
        d.skipSpace();
        if (d.pos != doc.length()) {
            throw new Failure("Extra data", d.pos);
        }
        return value;
    }

    private void skipSpace() {
        while (pos < doc.length() && " \t\n\r".indexOf(doc.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private Object value() {
        if (pos >= doc.length()) {
            throw new Failure("Expecting value", pos);
        }
        char c = doc.charAt(pos);
        switch (c) {
            case '"':
                pos++;
                return string(pos - 1);
            case '{':
                return object();
            case '[':
                return array();
            default:
                return literal();
        }
    }

    private Object literal() {
        for (Object[] word : new Object[][] {{"null", PyNone.NONE}, {"true", true}, {"false", false},
            {"NaN", Double.NaN}, {"Infinity", Double.POSITIVE_INFINITY}, {"-Infinity", Double.NEGATIVE_INFINITY}}) {
            if (doc.startsWith((String) word[0], pos)) {
                pos += ((String) word[0]).length();
                return word[1];
            }
        }
        Matcher m = NUMBER.matcher(doc).region(pos, doc.length());
        if (!m.lookingAt()) {
            throw new Failure("Expecting value", pos);
        }
        pos = m.end();
        if (m.group(2) == null && m.group(3) == null) {
            BigInteger big = new BigInteger(m.group(1));
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }
        return Double.parseDouble(m.group());
    }

    private Object array() {
        PyList list = new PyList();
        pos++;
        skipSpace();
        if (pos < doc.length() && doc.charAt(pos) == ']') {
            pos++;
            return list;
        }
        while (true) {
            skipSpace();
            list.add(value());
            skipSpace();
            if (pos < doc.length() && doc.charAt(pos) == ']') {
                pos++;
                return list;
            }
            if (pos >= doc.length() || doc.charAt(pos) != ',') {
                throw new Failure("Expecting ',' delimiter", pos);
            }
            pos++;
        }
    }

    private Object object() {
        PyDict dict = new PyDict();
        pos++;
        skipSpace();
        if (pos < doc.length() && doc.charAt(pos) == '}') {
            pos++;
            return dict;
        }
        while (true) {
            if (pos >= doc.length() || doc.charAt(pos) != '"') {
                throw new Failure("Expecting property name enclosed in double quotes", pos);
            }
            pos++;
            String key = string(pos - 1);
            skipSpace();
            if (pos >= doc.length() || doc.charAt(pos) != ':') {
                throw new Failure("Expecting ':' delimiter", pos);
            }
            pos++;
            skipSpace();
            dict.put(key, value());
            skipSpace();
            if (pos < doc.length() && doc.charAt(pos) == '}') {
                pos++;
                return dict;
            }
            if (pos >= doc.length() || doc.charAt(pos) != ',') {
                throw new Failure("Expecting ',' delimiter", pos);
            }
            pos++;
            skipSpace();
        }
    }

    /** The string whose opening quote is at {@code start}; {@code pos} is just past that quote. */
    private String string(int start) {
        StringBuilder s = new StringBuilder();
        while (true) {
            if (pos >= doc.length()) {
                throw new Failure("Unterminated string starting at", start);
            }
            char c = doc.charAt(pos++);
            if (c == '"') {
                return s.toString();
            }
            if (c < 0x20) {
                throw new Failure("Invalid control character at", pos - 1);
            }
            if (c != '\\') {
                s.append(c);
                continue;
            }
            if (pos >= doc.length()) {
                throw new Failure("Unterminated string starting at", start);
            }
            char e = doc.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> s.append(e);
                case 'b' -> s.append('\b');
                case 'f' -> s.append('\f');
                case 'n' -> s.append('\n');
                case 'r' -> s.append('\r');
                case 't' -> s.append('\t');
                case 'u' -> s.append(unicodeEscape());
                default -> throw new Failure("Invalid \\escape", pos - 2);
            }
        }
    }

    private char unicodeEscape() {
        if (pos + 4 > doc.length() || !doc.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
            throw new Failure("Invalid \\uXXXX escape", pos - 1);
        }
        char c = (char) Integer.parseInt(doc.substring(pos, pos + 4), 16);
        pos += 4;
        return c;
    }

    /** CPython's JSONDecodeError text: the message, then where: {@code line L column C (char P)}. */
    static String describe(String doc, Failure f) {
        List<Object> at = lineAndColumn(doc, f.position);
        return f.message + ": line " + at.get(0) + " column " + at.get(1) + " (char " + f.position + ")";
    }

    /** The 1-based line and column of a character position, as JSONDecodeError's lineno and colno. */
    static List<Object> lineAndColumn(String doc, int position) {
        int line = 1;
        int lastNewline = -1;
        for (int i = 0; i < position && i < doc.length(); i++) {
            if (doc.charAt(i) == '\n') {
                line++;
                lastNewline = i;
            }
        }
        return List.of((long) line, (long) (position - lastNewline));
    }
}
