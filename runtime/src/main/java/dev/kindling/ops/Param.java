package dev.kindling.ops;

/**
 * One parameter of an op schema: {@code int[1]? dim=None} is a nullable int list of broadcast
 * size 1 named dim whose default is None.
 *
 * @param name         the schema's name ({@code self} for the receiver)
 * @param type         its type
 * @param nullable     whether None is accepted ({@code ?} in the schema)
 * @param size         the N of {@code int[N]}: a single int is then accepted for the list; else 0
 * @param hasDefault   whether the argument may be left out
 * @param defaultValue the default as a Java value (Long, Double, Boolean, String, int[]) or null for None
 * @param defaultText  the default as the schema spells it, for signature listings
 * @param keywordOnly  whether it comes after {@code *}
 */
public record Param(String name, ParamType type, boolean nullable, int size, boolean hasDefault, Object defaultValue,
        String defaultText, boolean keywordOnly) {

    /** Whether the argument may be left out: it has a default. */
    public boolean optional() {
        return hasDefault;
    }

    /**
     * Whether None stands for the default: PyTorch's Python signatures spell a list default of
     * {@code []} as None ({@code int[1] dims=[]} takes {@code dims=None}).
     */
    public boolean noneMeansDefault() {
        return "[]".equals(defaultText);
    }
}
