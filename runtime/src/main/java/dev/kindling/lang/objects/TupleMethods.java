package dev.kindling.lang.objects;

import dev.kindling.errors.KindlingError;

/** The methods of {@code tuple}. */
final class TupleMethods {
    private TupleMethods() {}

    static void install(PyClass tuple) {
        tuple.defineMethod("count", (a, k) -> ((PyTuple) a[0]).asList().stream().filter(o -> Compare.eq(o, a[1])).count());
        tuple.defineMethod("index", (a, k) -> {
            PyTuple t = (PyTuple) a[0];
            for (int i = 0; i < t.size(); i++) {
                if (Compare.eq(t.get(i), a[1])) {
                    return (long) i;
                }
            }
            throw KindlingError.valueError("tuple.index(x): x not in tuple");
        });
        tuple.defineMethod("__len__", (a, k) -> (long) ((PyTuple) a[0]).size());
        tuple.defineMethod("__getitem__", (a, k) -> Ops.getItem(a[0], a[1]));
    }
}
