package dev.kindling.lang.modules;

import java.util.IdentityHashMap;
import java.util.Map;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyDict;
import dev.kindling.lang.objects.PyGenerator;
import dev.kindling.lang.objects.PyInstance;
import dev.kindling.lang.objects.PyIterator;
import dev.kindling.lang.objects.PyKey;
import dev.kindling.lang.objects.PyList;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PySet;
import dev.kindling.lang.objects.PyTuple;
import dev.kindling.tensor.Tensor;

/**
 * Python's {@code copy}: copy and deepcopy of lists, dicts, sets, tuples, instances of script
 * classes (through {@code __copy__}/{@code __deepcopy__} when they define them) and tensors (a
 * shallow copy shares the elements, a deep copy clones a leaf with its requires_grad and grad, as
 * PyTorch does). Immutable values, functions, classes and modules are their own copies. Objects
 * backed by Java (nn layers, script modules, optimizers) cannot be copied yet: copy says so.
 */
public final class CopyModule {
    private CopyModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("copy");
        m.set("copy", new PyBuiltin("copy.copy", (a, k) -> {
            Args.exactly("copy", a, k, 1);
            return copy(a[0]);
        }));
        m.set("deepcopy", new PyBuiltin("copy.deepcopy", (a, k) -> {
            Object[] p = Args.bind("deepcopy", a, k, "x", "memo=");
            return new Deep().copy(p[0]);
        }));
        return m;
    }

    static Object copy(Object x) {
        if (x instanceof PyList l) {
            return new PyList(l.items());
        }
        if (x instanceof PyDict d) {
            PyDict out = d.isOrdered() ? PyDict.orderedDict() : new PyDict();
            d.map().forEach((key, v) -> out.put(key.value(), v));
            return out;
        }
        if (x instanceof PySet s) {
            PySet out = new PySet();
            s.set().forEach(key -> out.add(key.value()));
            return out;
        }
        if (x instanceof Tensor t) {
            return t.detach().requiresGrad_(t.requiresGrad());
        }
        if (x instanceof PyInstance i) {
            Object special = Ops.callSpecial(i, "__copy__");
            if (special != null) {
                return special;
            }
            refuseJavaBacked(i);
            PyInstance out = new PyInstance(i.type());
            out.dict().putAll(i.dict());
            return out;
        }
        return atomic(x);
    }

    /**
     * Values copied as themselves: immutable ones, functions, classes, modules and other values
     * Kindling keeps in Java, except those with state a copy would have to duplicate (nn
     * modules and optimizers: refused) and iterators (CPython cannot copy them either).
     */
    private static Object atomic(Object x) {
        if (x instanceof PyGenerator || x instanceof PyIterator) {
            throw KindlingError.typeError("cannot pickle '" + Ops.typeName(x) + "' object");
        }
        String javaPackage = x.getClass().getPackageName();
        if (javaPackage.startsWith("dev.kindling.nn") || javaPackage.startsWith("dev.kindling.optim")) {
            throw notCopied(Ops.typeName(x));
        }
        return x;
    }

    /** One deepcopy call: the memo keeps shared and cyclic references shared in the copy. */
    private static final class Deep {
        private final Map<Object, Object> memo = new IdentityHashMap<>();

        Object copy(Object x) {
            Object done = memo.get(x);
            if (done != null) {
                return done;
            }
            if (x instanceof PyList l) {
                PyList out = new PyList();
                memo.put(x, out);
                l.items().forEach(v -> out.add(copy(v)));
                return out;
            }
            if (x instanceof PyDict d) {
                PyDict out = d.isOrdered() ? PyDict.orderedDict() : new PyDict();
                memo.put(x, out);
                for (Map.Entry<PyKey, Object> e : d.map().entrySet()) {
                    out.put(copy(e.getKey().value()), copy(e.getValue()));
                }
                return out;
            }
            if (x instanceof PySet s) {
                PySet out = new PySet();
                memo.put(x, out);
                s.set().forEach(key -> out.add(copy(key.value())));
                return out;
            }
            if (x instanceof PyTuple t) {
                Object[] items = new Object[t.size()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = copy(t.get(i));
                }
                return remember(x, new PyTuple(items));
            }
            if (x instanceof Tensor t) {
                return remember(x, tensor(t));
            }
            if (x instanceof PyInstance i) {
                return instance(i);
            }
            return atomic(x);
        }

        private Object remember(Object original, Object copied) {
            memo.put(original, copied);
            return copied;
        }

        private Object tensor(Tensor t) {
            if (!t.isLeaf()) {
                throw KindlingError.runtimeError("Only Tensors created explicitly by the user (graph leaves) support "
                        + "the deepcopy protocol at the moment.  If you were attempting to deepcopy a module, this may "
                        + "be because of a torch.nn.utils.weight_norm usage, see https://github.com/pytorch/pytorch/pull/103001");
            }
            Tensor out = t.detach().clone().requiresGrad_(t.requiresGrad());
            if (t.grad() != null) {
                out.setGrad((Tensor) copy(t.grad()));
            }
            return out;
        }

        private Object instance(PyInstance i) {
            Object deepcopy = i.type().lookup("__deepcopy__");
            if (deepcopy != null) {
                PyDict memoDict = new PyDict();
                return remember(i, Ops.call(deepcopy, new Object[] {i, memoDict}, null));
            }
            refuseJavaBacked(i);
            PyInstance out = new PyInstance(i.type());
            memo.put(i, out);
            i.dict().forEach((name, v) -> out.dict().put(name, copy(v)));
            return out;
        }
    }

    private static void refuseJavaBacked(PyInstance i) {
        if (i.peer() != null) {
            throw notCopied(i.type().name());
        }
    }

    private static KindlingError notCopied(String type) {
        return KindlingError.typeError("cannot copy '" + type + "' object: Kindling does not copy objects backed by "
                + "Java (nn modules, optimizers) yet");
    }
}
