package dev.kindling.lang.eval;

/** A source text with its file name, kept so that tracebacks can quote the failing line. */
public final class Source {
    private final String name;
    private final String text;
    private final String[] lines;

    public Source(String name, String text) {
        this.name = name;
        this.text = text;
        this.lines = text.split("\r\n|\r|\n", -1);
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
