package dev.kindling.lang.objects;

import java.util.Map;

/**
 * Anything the language can call: functions, builtins, bound methods, classes.
 *
 * <p>Positional arguments come as an array; keyword arguments as an insertion-ordered map, or
 * {@code null} when there are none (the common case, so no map is allocated for it).
 */
public interface Callable {
    Object call(Object[] args, Map<String, Object> kwargs);
}
