package dev.kindling.lang.modules;

import java.util.Iterator;
import java.util.Map;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.BuiltinTypes;
import dev.kindling.lang.objects.Callable;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyDict;
import dev.kindling.lang.objects.PyGetSet;
import dev.kindling.lang.objects.PyKey;
import dev.kindling.lang.objects.PyObj;
import dev.kindling.lang.objects.PyTuple;

/**
 * What {@code functools.lru_cache} and {@code cache} wrap a function in: results kept by their
 * arguments (which must be hashable, as in CPython), the least recently used dropped beyond
 * maxsize (none dropped when maxsize is None), with cache_info() and cache_clear().
 */
final class LruCache implements PyObj, Callable {
    static final PyClass TYPE = PyClass.javaType("_lru_cache_wrapper", "functools", BuiltinTypes.OBJECT, null);
    /** Separates positional arguments from keywords in a cache key, as CPython's kwd_mark. */
    private static final Object KEYWORDS = new dev.kindling.lang.objects.PyInstance(BuiltinTypes.OBJECT);

    static {
        TYPE.defineMethod("cache_info", (a, k) -> ((LruCache) a[0]).info());
        TYPE.defineMethod("cache_clear", (a, k) -> {
            ((LruCache) a[0]).clear();
            return dev.kindling.lang.objects.PyNone.NONE;
        });
        TYPE.define("__wrapped__", new PyGetSet("__wrapped__", o -> ((LruCache) o).function, null));
        for (String name : new String[] {"__name__", "__qualname__", "__doc__", "__module__"}) {
            TYPE.define(name, new PyGetSet(name, o -> Ops.getAttr(((LruCache) o).function, name), null));
        }
    }

    private final Object function;
    private final long maxsize;
    private final PyDict results = new PyDict();
    private long hits;
    private long misses;

    /** maxsize -1 means unbounded (None). */
    LruCache(Object function, long maxsize) {
        this.function = function;
        this.maxsize = maxsize;
    }

    /** {@code lru_cache(func)}, {@code lru_cache(maxsize=128, typed=False)} then applied to func. */
    static Object decorator(Object[] a, Map<String, Object> k) {
        if (a.length == 1 && (a[0] instanceof Callable || Ops.typeOf(a[0]).lookup("__call__") != null)
                && (k == null || k.isEmpty())) {
            return new LruCache(a[0], 128);
        }
        Object[] p = Args.bind("lru_cache", a, k, "maxsize=", "typed=");
        long maxsize = 128;
        if (p[0] != null && !FunctoolsModule.isNone(p[0])) {
            if (!Ops.isInt(p[0])) {
                throw KindlingError.typeError("Expected first argument to be an integer, a callable, or None");
            }
            maxsize = Math.max(0, Ops.toLong(p[0]));
        } else if (p[0] != null) {
            maxsize = -1;
        }
        long size = maxsize;
        return new PyBuiltin("functools.lru_cache.<decorator>", (f, kw) -> {
            Args.exactly("lru_cache", f, kw, 1);
            return new LruCache(f[0], size);
        });
    }

    @Override
    public Object call(Object[] args, Map<String, Object> kwargs) {
        if (maxsize == 0) {
            misses++;
            return Ops.call(function, args, kwargs);
        }
        Object key = key(args, kwargs);
        Object cached = results.get(key);
        if (cached != null) {
            hits++;
            results.remove(key); // re-inserted last: the most recently used
            results.put(key, cached);
            return cached;
        }
        misses++;
        Object value = Ops.call(function, args, kwargs);
        results.put(key, value);
        if (maxsize > 0 && results.size() > maxsize) {
            Iterator<PyKey> oldest = results.map().keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        return value;
    }

    private static Object key(Object[] args, Map<String, Object> kwargs) {
        if (kwargs == null || kwargs.isEmpty()) {
            return args.length == 1 && (args[0] instanceof Long || args[0] instanceof String) ? args[0]
                    : new PyTuple(args.clone());
        }
        Object[] all = java.util.Arrays.copyOf(args, args.length + 1 + 2 * kwargs.size());
        int i = args.length;
        all[i++] = KEYWORDS;
        for (Map.Entry<String, Object> e : kwargs.entrySet()) {
            all[i++] = e.getKey();
            all[i++] = e.getValue();
        }
        return new PyTuple(all);
    }

    private Object info() {
        return new CacheInfo(hits, misses, maxsize, results.size());
    }

    private void clear() {
        results.map().clear();
        hits = 0;
        misses = 0;
    }

    @Override
    public PyClass type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return "<functools._lru_cache_wrapper object at " + dev.kindling.lang.objects.Repr.address(this) + ">";
    }

    /** {@code CacheInfo(hits=3, misses=2, maxsize=128, currsize=2)}, a named tuple in CPython. */
    static final class CacheInfo implements PyObj {
        static final PyClass TYPE = PyClass.javaType("CacheInfo", "functools", BuiltinTypes.OBJECT, null);

        static {
            TYPE.define("hits", new PyGetSet("hits", o -> ((CacheInfo) o).hits, null));
            TYPE.define("misses", new PyGetSet("misses", o -> ((CacheInfo) o).misses, null));
            TYPE.define("maxsize", new PyGetSet("maxsize", o -> ((CacheInfo) o).maxsizeValue(), null));
            TYPE.define("currsize", new PyGetSet("currsize", o -> ((CacheInfo) o).currsize, null));
        }

        private final long hits;
        private final long misses;
        private final long maxsize;
        private final long currsize;

        CacheInfo(long hits, long misses, long maxsize, long currsize) {
            this.hits = hits;
            this.misses = misses;
            this.maxsize = maxsize;
            this.currsize = currsize;
        }

        private Object maxsizeValue() {
            return maxsize < 0 ? dev.kindling.lang.objects.PyNone.NONE : (Object) maxsize;
        }

        @Override
        public PyClass type() {
            return TYPE;
        }

        @Override
        public String toString() {
            return "CacheInfo(hits=" + hits + ", misses=" + misses + ", maxsize="
                    + (maxsize < 0 ? "None" : String.valueOf(maxsize)) + ", currsize=" + currsize + ")";
        }
    }
}
