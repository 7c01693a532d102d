package dev.kindling.lang.ast;

import java.util.List;

/**
 * The parameter list of a def or lambda. Parameters occupy the first local slots in order:
 * positional ones, then keyword-only ones, then {@code *args}, then {@code **kwargs}.
 */
public record Parameters(List<String> positional, List<String> keywordOnly, String varArgs, String varKeywords) {
    public static final Parameters NONE = new Parameters(List.of(), List.of(), null, null);

    public int varArgsSlot() {
        return positional.size() + keywordOnly.size();
    }

    public int varKeywordsSlot() {
        return varArgsSlot() + (varArgs != null ? 1 : 0);
    }

    public int count() {
        return varKeywordsSlot() + (varKeywords != null ? 1 : 0);
    }
}
