package dev.kindling.lang.modules;

import java.util.Iterator;
import java.util.Map;

import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.Compare;
import dev.kindling.lang.objects.LookaheadIterator;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyIterator;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.PyTuple;

/**
 * {@code itertools.groupby(iterable, key=None)}: (key, group) for each run of equal keys. As in
 * CPython the groups share the one input: advancing to the next key ends the group before it.
 */
final class GroupBy extends LookaheadIterator {
    private static final Object UNSET = new Object();

    private final Iterator<Object> source;
    private final Object keyFunction;
    private Object targetKey = UNSET;
    private Object currentKey = UNSET;
    private Object currentValue = UNSET;
    private Object currentGroup;

    private GroupBy(Iterator<Object> source, Object keyFunction) {
        this.source = source;
        this.keyFunction = keyFunction;
    }

    static Object create(Object[] a, Map<String, Object> k) {
        Object[] p = Args.bind("groupby", a, k, "iterable", "key=");
        Object key = p[1] == null || p[1] == PyNone.NONE ? null : p[1];
        return ItertoolsModule.lazy("groupby", new GroupBy(Ops.iterate(p[0]), key));
    }

    /** Reads the next value and its key; false at the end of the input. */
    private boolean step() {
        if (!source.hasNext()) {
            return false;
        }
        Object v = source.next();
        currentKey = keyFunction == null ? v : Ops.call(keyFunction, new Object[] {v}, null);
        currentValue = v;
        return true;
    }

    @Override
    protected Object advance() {
        currentGroup = null;
        if (currentValue == UNSET && !step()) {
            return DONE;
        }
        while (targetKey != UNSET && Compare.eq(currentKey, targetKey)) {
            if (!step()) {
                return DONE;
            }
        }
        targetKey = currentKey;
        Object token = new Object();
        currentGroup = token;
        return PyTuple.of(currentKey, new PyIterator(new Grouper(token), "itertools._grouper"));
    }

    /** One group: the values while the key stays the target, and nothing once the groupby moved on. */
    private final class Grouper extends LookaheadIterator {
        private final Object key = targetKey;
        private final Object token;

        Grouper(Object token) {
            this.token = token;
        }

        @Override
        protected Object advance() {
            if (currentGroup != token) {
                return DONE;
            }
            if (currentValue == UNSET && !step()) {
                return DONE;
            }
            if (!Compare.eq(currentKey, key)) {
                return DONE;
            }
            Object v = currentValue;
            currentValue = UNSET;
            return v;
        }
    }
}
