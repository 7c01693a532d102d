package dev.kindling.lang.objects;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one adapter through which Java objects become Python values.
 *
 * <p>A module written in Java (such as {@code torch}) registers a {@link PyClass} for each Java
 * class it hands to scripts; that class's dict holds the methods ({@link PyBuiltin}s taking the
 * receiver first), computed attributes ({@link PyGetSet}) and special methods ({@code __add__},
 * {@code __getitem__}, {@code __repr__}, ...) the interpreter dispatches to. Objects of
 * unregistered classes still work as opaque values whose type is named after the Java class.
 */
public final class JavaTypes {
    private static final Map<Class<?>, PyClass> REGISTERED = new ConcurrentHashMap<>();
    private static final Map<Class<?>, PyClass> OPAQUE = new ConcurrentHashMap<>();
    private static final Map<Class<?>, java.util.function.Function<Object, PyClass>> RESOLVERS = new ConcurrentHashMap<>();

    private JavaTypes() {}

    /** Makes instances of {@code javaClass} (and its subclasses) appear as {@code type}. */
    public static void register(Class<?> javaClass, PyClass type) {
        REGISTERED.put(javaClass, type);
    }

    /**
     * Makes the Python type of each instance of {@code javaClass} depend on the instance (autograd
     * nodes are all one Java class, but each is of its own Python class, e.g. AddBackward0).
     */
    public static void registerResolver(Class<?> javaClass, java.util.function.Function<Object, PyClass> resolver) {
        RESOLVERS.put(javaClass, resolver);
    }

    /** The Python type of a Java object: the registered one for its class or a superclass. */
    public static PyClass typeOf(Object o) {
        Class<?> c = o.getClass();
        java.util.function.Function<Object, PyClass> resolver = RESOLVERS.get(c);
        if (resolver != null) {
            return resolver.apply(o);
        }
        PyClass t = REGISTERED.get(c);
        if (t != null) {
            return t;
        }
        for (Class<?> k = c.getSuperclass(); k != null; k = k.getSuperclass()) {
            t = REGISTERED.get(k);
            if (t != null) {
                REGISTERED.put(c, t);
                return t;
            }
        }
        for (Class<?> i : c.getInterfaces()) {
            t = REGISTERED.get(i);
            if (t != null) {
                REGISTERED.put(c, t);
                return t;
            }
        }
        return OPAQUE.computeIfAbsent(c, k -> PyClass.javaType(k.getSimpleName(), k.getPackageName(),
                BuiltinTypes.OBJECT, null));
    }
}
