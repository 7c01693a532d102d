package dev.kindling.lang.eval;

/**
 * A source text with its file name, kept so that tracebacks can quote the failing line. A byte
 * order mark at the start is dropped, as CPython drops it from a script or an exec'd string.
 */
public final class Source {
    private final String name;
    private final String text;
    private final String[] lines;

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    public Source(String name, String text) {
        this.name = name;
        this.text = text.startsWith(BYTE_ORDER_MARK) ? text.substring(BYTE_ORDER_MARK.length()) : text;
        this.lines = this.text.split("\r\n|\r|\n", -1);
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** The 1-based line, or "" when out of range. */
    public String line(int number) {
        return number >= 1 && number <= lines.length ? lines[number - 1] : "";
    }
}
