package dev.kindling.embed;

/** What a session value is, as tools that show or complete it tell values apart. */
public enum ValueKind {
    /** An imported module such as {@code torch}. */
    MODULE,
    /** A class, built in ({@code int}, {@code torch.nn.Linear}) or defined by a script. */
    CLASS,
    /** A function defined by a script ({@code def} or {@code lambda}). */
    FUNCTION,
    /** A method bound to its object ({@code model.forward}, {@code x.sum}). */
    BOUND_METHOD,
    /** A function written in Java ({@code len}, {@code torch.sum}). */
    BUILTIN,
    /** Python's None. */
    NONE,
    /** Any other value: numbers, strings, tensors, instances. */
    OTHER;

    /** Whether calling the value runs a function (classes are left out: calling one makes an instance). */
    public boolean isFunction() {
        return this == FUNCTION || this == BOUND_METHOD || this == BUILTIN;
    }
}
