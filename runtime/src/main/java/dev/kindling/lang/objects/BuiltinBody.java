package dev.kindling.lang.objects;

import java.util.Map;

/** The Java body of a built-in function; see {@link PyBuiltin}. */
@FunctionalInterface
public interface BuiltinBody {
    Object call(Object[] args, Map<String, Object> kwargs);
}
