package dev.kindling.lang.ast;

/** Python's binary operators with their special-method names. */
public enum BinaryOp {
    ADD("+", "add"),
    SUB("-", "sub"),
    MUL("*", "mul"),
    MATMUL("@", "matmul"),
    TRUEDIV("/", "truediv"),
    FLOORDIV("//", "floordiv"),
    MOD("%", "mod"),
    POW("**", "pow"),
    LSHIFT("<<", "lshift"),
    RSHIFT(">>", "rshift"),
    AND("&", "and"),
    OR("|", "or"),
    XOR("^", "xor");

    public final String symbol;
    public final String method;
    public final String reflected;
    public final String inplace;

    BinaryOp(String symbol, String stem) {
        this.symbol = symbol;
        this.method = "__" + stem + "__";
        this.reflected = "__r" + stem + "__";
        this.inplace = "__i" + stem + "__";
    }

    public static BinaryOp fromSymbol(String symbol) {
        for (BinaryOp op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        throw new IllegalArgumentException(symbol);
    }
}
