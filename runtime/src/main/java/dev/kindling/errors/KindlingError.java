package dev.kindling.errors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The one Java exception that carries a Python exception through Kindling.
 *
 * <p>Java code (tensors, autograd, built-in functions) throws it with a built-in
 * {@link ErrorType} and PyTorch's or CPython's wording, e.g.
 * {@code throw KindlingError.of(ErrorType.RUNTIME_ERROR, "mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)")}.
 * The interpreter attaches the Python-level exception object ({@link #pythonValue()}) when a
 * script raises an instance of its own class, and appends traceback entries as the error
 * travels out through Kindling frames. It has no Java stack trace: it is control flow for
 * the language, and filling one in would cost more than the error itself.
 */
public class KindlingError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorType type;
    private transient Object pythonValue;
    private final List<TracebackEntry> traceback = new ArrayList<>();
    private String suggestion;

    public KindlingError(ErrorType type, String message) {
        super(message, null, false, false);
        this.type = type;
    }

    /** Shorthand for {@code new KindlingError(type, message)}. */
    public static KindlingError of(ErrorType type, String message) {
        return new KindlingError(type, message);
    }

    /** The nearest built-in type; for a user subclass of ValueError this is VALUE_ERROR. */
    public ErrorType type() {
        return type;
    }

    /** The Python exception object, or null until the interpreter creates one. */
    public Object pythonValue() {
        return pythonValue;
    }

    public void setPythonValue(Object value) {
        this.pythonValue = value;
    }

    /** A name the user may have meant (NameError, AttributeError), shown as "Did you mean: 'x'?"; or null. */
    public String suggestion() {
        return suggestion;
    }

    public KindlingError withSuggestion(String name) {
        this.suggestion = name;
        return this;
    }

    /** Traceback entries, innermost first as they were appended while unwinding. */
    public List<TracebackEntry> traceback() {
        return Collections.unmodifiableList(traceback);
    }

    public void addTraceback(TracebackEntry entry) {
        traceback.add(entry);
    }

    public void clearTraceback() {
        traceback.clear();
    }

    /** One line of a Python traceback: where a frame was when the error passed through it. */
    public record TracebackEntry(String file, int line, String function, String sourceLine) {}

    // Factories for the types that Java code raises most; the message is the whole text after "Type: ".

    public static KindlingError runtimeError(String message) {
        return new KindlingError(ErrorType.RUNTIME_ERROR, message);
    }

    public static KindlingError valueError(String message) {
        return new KindlingError(ErrorType.VALUE_ERROR, message);
    }

    public static KindlingError typeError(String message) {
        return new KindlingError(ErrorType.TYPE_ERROR, message);
    }

    public static KindlingError indexError(String message) {
        return new KindlingError(ErrorType.INDEX_ERROR, message);
    }

    public static KindlingError notImplementedError(String message) {
        return new KindlingError(ErrorType.NOT_IMPLEMENTED_ERROR, message);
    }
}
