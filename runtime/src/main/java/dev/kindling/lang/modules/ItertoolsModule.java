package dev.kindling.lang.modules;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.ast.BinaryOp;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.Arith;
import dev.kindling.lang.objects.BuiltinBody;
import dev.kindling.lang.objects.BuiltinTypes;
import dev.kindling.lang.objects.LookaheadIterator;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyIterator;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.PyStaticMethod;
import dev.kindling.lang.objects.PyTuple;

/**
 * Python's {@code itertools}: the infinite iterators (count, cycle, repeat), the ones that end
 * with their input (accumulate, chain, compress, dropwhile, filterfalse, groupby, islice,
 * pairwise, starmap, takewhile, zip_longest) and the combinatoric ones ({@link CombinatoricIterators}).
 * All are lazy as in CPython: nothing is read from an input before a value is asked for, except
 * what the combinatoric ones and cycle must keep. {@code tee} is not provided.
 */
public final class ItertoolsModule {
    private static final PyClass CHAIN = PyClass.javaType("chain", "itertools", BuiltinTypes.OBJECT,
            (a, k) -> chain(a, k));

    static {
        CHAIN.define("from_iterable", new PyStaticMethod(new PyBuiltin("from_iterable", (a, k) -> {
            Args.exactly("from_iterable", a, k, 1);
            return lazy("chain", flatten(Ops.iterate(a[0])));
        }), false));
    }

    private ItertoolsModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("itertools");
        def(m, "count", ItertoolsModule::count);
        def(m, "cycle", ItertoolsModule::cycle);
        def(m, "repeat", ItertoolsModule::repeat);
        def(m, "accumulate", ItertoolsModule::accumulate);
        m.set("chain", CHAIN);
        def(m, "compress", ItertoolsModule::compress);
        def(m, "dropwhile", (a, k) -> whilePredicate("dropwhile", a, k, true));
        def(m, "takewhile", (a, k) -> whilePredicate("takewhile", a, k, false));
        def(m, "filterfalse", ItertoolsModule::filterfalse);
        def(m, "starmap", ItertoolsModule::starmap);
        def(m, "islice", (a, k) -> Islice.create(a, k));
        def(m, "pairwise", ItertoolsModule::pairwise);
        def(m, "zip_longest", ItertoolsModule::zipLongest);
        def(m, "groupby", (a, k) -> GroupBy.create(a, k));
        CombinatoricIterators.install(m);
        return m;
    }

    static void def(PyModule m, String name, BuiltinBody body) {
        m.set(name, new PyBuiltin("itertools." + name, body));
    }

    static PyIterator lazy(String type, Iterator<Object> it) {
        return new PyIterator(it, "itertools." + type);
    }

    private static Object count(Object[] a, Map<String, Object> k) {
        Object[] p = Args.bind("count", a, k, "start=", "step=");
        Object start = p[0] == null ? (Object) 0L : p[0];
        Object step = p[1] == null ? (Object) 1L : p[1];
        return lazy("count", new Iterator<>() {
            private Object next = start;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Object next() {
                Object v = next;
                next = Arith.binary(BinaryOp.ADD, next, step);
                return v;
            }
        });
    }

    private static Object cycle(Object[] a, Map<String, Object> k) {
        Args.exactly("cycle", a, k, 1);
        Iterator<Object> source = Ops.iterate(a[0]);
        List<Object> saved = new ArrayList<>();
        return lazy("cycle", new LookaheadIterator() {
            private int replay = -1;

            @Override
            protected Object advance() {
                if (replay < 0 && source.hasNext()) {
                    Object v = source.next();
                    saved.add(v);
                    return v;
                }
                if (saved.isEmpty()) {
                    return DONE;
                }
                replay = (replay + 1) % saved.size();
                return saved.get(replay);
            }
        });
    }

    private static Object repeat(Object[] a, Map<String, Object> k) {
        Object[] p = Args.bind("repeat", a, k, "object", "times=");
        long times = p[1] == null ? -1 : Math.max(0, Ops.toLong(p[1]));
        return lazy("repeat", new Iterator<>() {
            private long given;

            @Override
            public boolean hasNext() {
                return times < 0 || given < times;
            }

            @Override
            public Object next() {
                given++;
                return p[0];
            }
        });
    }

    private static Object accumulate(Object[] a, Map<String, Object> k) {
        Object[] p = Args.bind("accumulate", a, k, "iterable", "func=", "*", "initial=");
        Iterator<Object> source = Ops.iterate(p[0]);
        Object func = p[1] == null || p[1] == PyNone.NONE ? null : p[1];
        Object initial = p[2] == null || p[2] == PyNone.NONE ? null : p[2];
        return lazy("accumulate", new LookaheadIterator() {
            private Object total = initial;
            private boolean started;

            @Override
            protected Object advance() {
                if (!started && total != null) {
                    started = true;
                    return total;
                }
                started = true;
                if (!source.hasNext()) {
                    return DONE;
                }
                Object v = source.next();
                total = total == null ? v : func == null ? Arith.binary(BinaryOp.ADD, total, v)
                        : Ops.call(func, new Object[] {total, v}, null);
                return total;
            }
        });
    }

    private static Object chain(Object[] a, Map<String, Object> k) {
        if (k != null && !k.isEmpty()) {
            throw KindlingError.typeError("chain() takes no keyword arguments");
        }
        return lazy("chain", flatten(List.of(a).iterator()));
    }

    /** The items of each iterable in turn, each iterable taken only when the one before is done. */
    private static Iterator<Object> flatten(Iterator<Object> iterables) {
        return new LookaheadIterator() {
            private Iterator<Object> current;

            @Override
            protected Object advance() {
                while (current == null || !current.hasNext()) {
                    if (!iterables.hasNext()) {
                        return DONE;
                    }
                    current = Ops.iterate(iterables.next());
                }
                return current.next();
            }
        };
    }

    private static Object compress(Object[] a, Map<String, Object> k) {
        Object[] p = Args.bind("compress", a, k, "data", "selectors");
        Iterator<Object> data = Ops.iterate(p[0]);
        Iterator<Object> selectors = Ops.iterate(p[1]);
        return lazy("compress", new LookaheadIterator() {
            @Override
            protected Object advance() {
                while (data.hasNext() && selectors.hasNext()) {
                    Object v = data.next();
                    if (Ops.truthy(selectors.next())) {
                        return v;
                    }
                }
                return DONE;
            }
        });
    }

    /** dropwhile (skips while the predicate holds, then gives the rest) and takewhile (gives while it holds). */
    private static Object whilePredicate(String name, Object[] a, Map<String, Object> k, boolean drop) {
        Args.exactly(name, a, k, 2);
        Iterator<Object> source = Ops.iterate(a[1]);
        return lazy(name, new LookaheadIterator() {
            private boolean switched;

            @Override
            protected Object advance() {
                while (source.hasNext()) {
                    Object v = source.next();
                    if (switched) {
                        return drop ? v : DONE;
                    }
                    boolean holds = Ops.truthy(Ops.call(a[0], new Object[] {v}, null));
                    if (drop && !holds || !drop && holds) {
                        switched = drop;
                        return v;
                    }
                    if (!drop) {
                        switched = true;
                        return DONE;
                    }
                }
                return DONE;
            }
        });
    }

    private static Object filterfalse(Object[] a, Map<String, Object> k) {
        Args.exactly("filterfalse", a, k, 2);
        Iterator<Object> source = Ops.iterate(a[1]);
        return lazy("filterfalse", new LookaheadIterator() {
            @Override
            protected Object advance() {
                while (source.hasNext()) {
                    Object v = source.next();
                    Object test = a[0] == PyNone.NONE ? v : Ops.call(a[0], new Object[] {v}, null);
                    if (!Ops.truthy(test)) {
                        return v;
                    }
                }
                return DONE;
            }
        });
    }

    private static Object starmap(Object[] a, Map<String, Object> k) {
        Args.exactly("starmap", a, k, 2);
        Iterator<Object> source = Ops.iterate(a[1]);
        return lazy("starmap", new Iterator<>() {
            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public Object next() {
                return Ops.call(a[0], tupleOf(source.next()).items(), null);
            }
        });
    }

    private static Object pairwise(Object[] a, Map<String, Object> k) {
        Args.exactly("pairwise", a, k, 1);
        Iterator<Object> source = Ops.iterate(a[0]);
        return lazy("pairwise", new LookaheadIterator() {
            private Object previous;

            @Override
            protected Object advance() {
                if (previous == null) {
                    if (!source.hasNext()) {
                        return DONE;
                    }
                    previous = source.next();
                }
                if (!source.hasNext()) {
                    return DONE;
                }
                Object v = source.next();
                PyTuple pair = PyTuple.of(previous, v);
                previous = v;
                return pair;
            }
        });
    }

    private static Object zipLongest(Object[] a, Map<String, Object> k) {
        Object fill = PyNone.NONE;
        if (k != null) {
            for (Map.Entry<String, Object> e : k.entrySet()) {
                if (!e.getKey().equals("fillvalue")) {
                    throw KindlingError.typeError("zip_longest() got an unexpected keyword argument '" + e.getKey() + "'");
                }
                fill = e.getValue();
            }
        }
        List<Iterator<Object>> sources = new ArrayList<>();
        for (Object o : a) {
            sources.add(Ops.iterate(o));
        }
        Object fillValue = fill;
        return lazy("zip_longest", new LookaheadIterator() {
            @Override
            protected Object advance() {
                Object[] row = new Object[sources.size()];
                boolean any = false;
                for (int i = 0; i < row.length; i++) {
                    Iterator<Object> it = sources.get(i);
                    if (it != null && it.hasNext()) {
                        row[i] = it.next();
                        any = true;
                    } else {
                        sources.set(i, null);
                        row[i] = fillValue;
                    }
                }
                return any ? new PyTuple(row) : DONE;
            }
        });
    }

    static PyTuple tupleOf(Object o) {
        if (o instanceof PyTuple t) {
            return t;
        }
        List<Object> items = new ArrayList<>();
        Ops.iterate(o).forEachRemaining(items::add);
        return new PyTuple(items.toArray());
    }
}
