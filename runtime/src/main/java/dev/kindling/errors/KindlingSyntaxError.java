package dev.kindling.errors;

/**
 * A SyntaxError (or IndentationError) with the place it was found, so that it can be shown as
 * Python shows it: file and line, the source line, and a caret under the column.
 */
public final class KindlingSyntaxError extends KindlingError {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String sourceLine;
    private final boolean incompleteInput;

    public KindlingSyntaxError(ErrorType type, String message, String file, int line, int column, String sourceLine,
            boolean incompleteInput) {
        super(type, message);
        this.file = file;
        this.line = line;
        this.column = column;
        this.sourceLine = sourceLine;
        this.incompleteInput = incompleteInput;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** 0-based column of the offending token. */
    public int column() {
        return column;
    }

    public String sourceLine() {
        return sourceLine;
    }

    /** True when more input could complete the source (the REPL then asks for another line). */
    public boolean isIncompleteInput() {
        return incompleteInput;
    }
}
