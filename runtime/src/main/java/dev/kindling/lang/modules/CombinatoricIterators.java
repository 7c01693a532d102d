package dev.kindling.lang.modules;

import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.PyTuple;

/**
 * itertools' combinatoric iterators: product, permutations, combinations and
 * combinations_with_replacement. As in CPython each reads its input into a tuple first and then
 * makes one result tuple at a time, in lexicographic order of positions, from an index array.
 */
final class CombinatoricIterators {
    private CombinatoricIterators() {}

    static void install(PyModule m) {
        ItertoolsModule.def(m, "product", CombinatoricIterators::product);
        ItertoolsModule.def(m, "permutations", CombinatoricIterators::permutations);
        ItertoolsModule.def(m, "combinations", (a, k) -> combinations("combinations", a, k, false));
        ItertoolsModule.def(m, "combinations_with_replacement",
                (a, k) -> combinations("combinations_with_replacement", a, k, true));
    }

    /** Steps an index array to the next arrangement; false when there is none. */
    private interface Stepper {
        boolean step(int[] indices);
    }

    /** Tuples of pools[i][indices[i]], from the first index array until the stepper ends. */
    private static Iterator<Object> tuples(Object[][] pools, int[] first, boolean empty, Stepper stepper) {
        return new Iterator<>() {
            private final int[] indices = first;
            private boolean more = !empty;

            @Override
            public boolean hasNext() {
                return more;
            }

            @Override
            public Object next() {
                if (!more) {
                    throw new NoSuchElementException();
                }
                Object[] row = new Object[indices.length];
                for (int i = 0; i < row.length; i++) {
                    row[i] = pools[i][indices[i]];
                }
                more = stepper.step(indices);
                return new PyTuple(row);
            }
        };
    }

    private static Object product(Object[] a, Map<String, Object> k) {
        long repeat = 1;
        if (k != null) {
            for (Map.Entry<String, Object> e : k.entrySet()) {
                if (!e.getKey().equals("repeat")) {
                    throw KindlingError.typeError("product() got an unexpected keyword argument '" + e.getKey() + "'");
                }
                repeat = Ops.toLong(e.getValue());
            }
        }
        if (repeat < 0) {
            throw KindlingError.valueError("repeat argument cannot be negative");
        }
        Object[][] pools = new Object[(int) (a.length * repeat)][];
        boolean empty = false;
        for (int i = 0; i < a.length; i++) {
            Object[] pool = ItertoolsModule.tupleOf(a[i]).items();
            empty |= pool.length == 0;
            for (int r = 0; r < repeat; r++) {
                pools[r * a.length + i] = pool;
            }
        }
        return ItertoolsModule.lazy("product", tuples(pools, new int[pools.length], empty, indices -> {
            for (int i = indices.length - 1; i >= 0; i--) {
                if (++indices[i] < pools[i].length) {
                    return true;
                }
                indices[i] = 0;
            }
            return false;
        }));
    }

    private static Object permutations(Object[] a, Map<String, Object> k) {
        Object[] p = Args.bind("permutations", a, k, "iterable", "r=");
        Object[] pool = ItertoolsModule.tupleOf(p[0]).items();
        int n = pool.length;
        int r = p[1] == null || p[1] == PyNone.NONE ? n : nonNegative(p[1]);
        int[] first = new int[r];
        for (int i = 0; i < r; i++) {
            first[i] = i;
        }
        return ItertoolsModule.lazy("permutations", tuples(repeated(pool, r), first, r > n,
                indices -> nextPermutation(indices, n)));
    }

    /** The next r-arrangement of 0..n-1 without repeats, in lexicographic order. */
    private static boolean nextPermutation(int[] indices, int n) {
        for (int i = indices.length - 1; i >= 0; i--) {
            for (int candidate = indices[i] + 1; candidate < n; candidate++) {
                if (!usedBefore(indices, i, candidate)) {
                    indices[i] = candidate;
                    return fillRest(indices, i + 1, n);
                }
            }
        }
        return false;
    }

    private static boolean usedBefore(int[] indices, int end, int value) {
        for (int j = 0; j < end; j++) {
            if (indices[j] == value) {
                return true;
            }
        }
        return false;
    }

    /** Fills positions from {@code from} on with the smallest unused indices. */
    private static boolean fillRest(int[] indices, int from, int n) {
        int candidate = 0;
        for (int i = from; i < indices.length; i++) {
            while (usedBefore(indices, i, candidate)) {
                candidate++;
            }
            if (candidate >= n) {
                return false;
            }
            indices[i] = candidate++;
        }
        return true;
    }

    private static Object combinations(String name, Object[] a, Map<String, Object> k, boolean replacement) {
        Object[] p = Args.bind(name, a, k, "iterable", "r");
        Object[] pool = ItertoolsModule.tupleOf(p[0]).items();
        int n = pool.length;
        int r = nonNegative(p[1]);
        int[] first = new int[r];
        for (int i = 0; i < r; i++) {
            first[i] = replacement ? 0 : i;
        }
        boolean empty = replacement ? n == 0 && r > 0 : r > n;
        return ItertoolsModule.lazy(name, tuples(repeated(pool, r), first, empty, indices -> {
            for (int i = r - 1; i >= 0; i--) {
                int limit = replacement ? n - 1 : i + n - r;
                if (indices[i] < limit) {
                    indices[i]++;
                    for (int j = i + 1; j < r; j++) {
                        indices[j] = replacement ? indices[i] : indices[j - 1] + 1;
                    }
                    return true;
                }
            }
            return false;
        }));
    }

    private static Object[][] repeated(Object[] pool, int r) {
        Object[][] pools = new Object[r][];
        java.util.Arrays.fill(pools, pool);
        return pools;
    }

    private static int nonNegative(Object r) {
        long v = Ops.toLong(r);
        if (v < 0) {
            throw KindlingError.valueError("r must be non-negative");
        }
        return (int) v;
    }
}
