package dev.kindling.lang.ast;

/** Python's comparison operators; the rich ones carry their special method and its mirror. */
public enum CompareOp {
    LT("<", "__lt__", "__gt__"),
    LE("<=", "__le__", "__ge__"),
    GT(">", "__gt__", "__lt__"),
    GE(">=", "__ge__", "__le__"),
    EQ("==", "__eq__", "__eq__"),
    NE("!=", "__ne__", "__ne__"),
    IN("in", null, null),
    NOT_IN("not in", null, null),
    IS("is", null, null),
    IS_NOT("is not", null, null);

    public final String symbol;
    public final String method;
    public final String mirror;

    CompareOp(String symbol, String method, String mirror) {
        this.symbol = symbol;
        this.method = method;
        this.mirror = mirror;
    }
}
