package dev.kindling.lang.ast;

/** One argument of a call: positional, {@code name=value}, {@code *iterable} or {@code **mapping}. */
public record Argument(Kind kind, String name, Expr value) {
    public enum Kind { POSITIONAL, KEYWORD, STAR, DOUBLE_STAR }
}
