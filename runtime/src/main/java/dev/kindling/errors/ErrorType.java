package dev.kindling.errors;

/**
 * Python's built-in exception hierarchy, as data.
 *
 * <p>Every layer of Kindling (tensors, autograd, the interpreter, the embedding API) reports
 * errors as a {@link KindlingError} tagged with one of these types, so that a learner sees the
 * exception class PyTorch would raise, and a script can catch it with {@code except}. The
 * interpreter builds its exception classes from this table, so user classes that subclass
 * {@code ValueError} sit in the same tree.
 */
public enum ErrorType {
    BASE_EXCEPTION("BaseException", null),
    SYSTEM_EXIT("SystemExit", BASE_EXCEPTION),
    KEYBOARD_INTERRUPT("KeyboardInterrupt", BASE_EXCEPTION),
    GENERATOR_EXIT("GeneratorExit", BASE_EXCEPTION),
    EXCEPTION("Exception", BASE_EXCEPTION),
    STOP_ITERATION("StopIteration", EXCEPTION),
    ARITHMETIC_ERROR("ArithmeticError", EXCEPTION),
    ZERO_DIVISION_ERROR("ZeroDivisionError", ARITHMETIC_ERROR),
    OVERFLOW_ERROR("OverflowError", ARITHMETIC_ERROR),
    ASSERTION_ERROR("AssertionError", EXCEPTION),
    ATTRIBUTE_ERROR("AttributeError", EXCEPTION),
    IMPORT_ERROR("ImportError", EXCEPTION),
    MODULE_NOT_FOUND_ERROR("ModuleNotFoundError", IMPORT_ERROR),
    LOOKUP_ERROR("LookupError", EXCEPTION),
    INDEX_ERROR("IndexError", LOOKUP_ERROR),
    KEY_ERROR("KeyError", LOOKUP_ERROR),
    MEMORY_ERROR("MemoryError", EXCEPTION),
    EOF_ERROR("EOFError", EXCEPTION),
    NAME_ERROR("NameError", EXCEPTION),
    UNBOUND_LOCAL_ERROR("UnboundLocalError", NAME_ERROR),
    OS_ERROR("OSError", EXCEPTION),
    FILE_NOT_FOUND_ERROR("FileNotFoundError", OS_ERROR),
    FILE_EXISTS_ERROR("FileExistsError", OS_ERROR),
    PERMISSION_ERROR("PermissionError", OS_ERROR),
    IS_A_DIRECTORY_ERROR("IsADirectoryError", OS_ERROR),
    NOT_A_DIRECTORY_ERROR("NotADirectoryError", OS_ERROR),
    TIMEOUT_ERROR("TimeoutError", OS_ERROR),
    RUNTIME_ERROR("RuntimeError", EXCEPTION),
    NOT_IMPLEMENTED_ERROR("NotImplementedError", RUNTIME_ERROR),
    RECURSION_ERROR("RecursionError", RUNTIME_ERROR),
    SYNTAX_ERROR("SyntaxError", EXCEPTION),
    INDENTATION_ERROR("IndentationError", SYNTAX_ERROR),
    TYPE_ERROR("TypeError", EXCEPTION),
    VALUE_ERROR("ValueError", EXCEPTION),
    UNICODE_ERROR("UnicodeError", VALUE_ERROR),
    WARNING("Warning", EXCEPTION),
    USER_WARNING("UserWarning", WARNING),
    DEPRECATION_WARNING("DeprecationWarning", WARNING),
    RUNTIME_WARNING("RuntimeWarning", WARNING);

    private final String pythonName;
    private final ErrorType parent;

    ErrorType(String pythonName, ErrorType parent) {
        this.pythonName = pythonName;
        this.parent = parent;
    }

    /** The class name a Python programmer sees, e.g. {@code "ValueError"}. */
    public String pythonName() {
        return pythonName;
    }

    /** The direct base class, or {@code null} for {@code BaseException}. */
    public ErrorType parent() {
        return parent;
    }

    /** True when this type is {@code other} or one of its subclasses. */
    public boolean isSubtypeOf(ErrorType other) {
        for (ErrorType t = this; t != null; t = t.parent) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }
}
