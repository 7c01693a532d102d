package dev.kindling.lang.modules.torch;

import static dev.kindling.lang.modules.torch.Bindings.method;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import dev.kindling.bind.Binder;
import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.BuiltinBody;
import dev.kindling.lang.objects.BuiltinTypes;
import dev.kindling.lang.objects.JavaTypes;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyDict;
import dev.kindling.lang.objects.PyInstance;
import dev.kindling.lang.objects.PyIterator;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.PySlice;
import dev.kindling.lang.objects.PyTuple;
import dev.kindling.lang.objects.PyKey;
import dev.kindling.lang.objects.PyList;
import dev.kindling.lang.objects.Repr;
import dev.kindling.nn.Activation;
import dev.kindling.nn.Dropout;
import dev.kindling.nn.Embedding;
import dev.kindling.nn.LayerNorm;
import dev.kindling.nn.Linear;
import dev.kindling.nn.Loss;
import dev.kindling.nn.Module;
import dev.kindling.nn.ModuleDict;
import dev.kindling.nn.ModuleList;
import dev.kindling.nn.ParameterList;
import dev.kindling.nn.Sequential;
import dev.kindling.ops.AsWritten;
import dev.kindling.ops.Op;
import dev.kindling.ops.OpRegistry;
import dev.kindling.tensor.DType;
import dev.kindling.tensor.Device;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/**
 * {@code torch.nn}: nn.Module as a base class for scripts (each instance backed by a
 * {@link ScriptModule}), the Java layers, losses and containers as its subclasses, and
 * nn.Parameter. The classes the registry declares are constructed by the binder from their
 * PyTorch signatures; this class adds their Python-side methods and attribute access.
 */
public final class NnModule {
    static final PyClass MODULE = PyClass.javaType("Module", "torch.nn", BuiltinTypes.OBJECT, null);

    private NnModule() {}

    /** What load_state_dict returns: PyTorch's namedtuple of the keys that did not match. */
    static final PyClass INCOMPATIBLE_KEYS = PyClass.javaType("_IncompatibleKeys", "torch.nn.modules.module",
            BuiltinTypes.OBJECT, null);

    static {
        JavaTypes.register(Module.class, MODULE);
        moduleMethods();
        incompatibleKeys();
    }

    private static void incompatibleKeys() {
        JavaTypes.register(Module.IncompatibleKeys.class, INCOMPATIBLE_KEYS);
        method(INCOMPATIBLE_KEYS, "__repr__", (a, k) -> {
            Module.IncompatibleKeys keys = (Module.IncompatibleKeys) a[0];
            if (keys.missingKeys().isEmpty() && keys.unexpectedKeys().isEmpty()) {
                return "<All keys matched successfully>";
            }
            return "_IncompatibleKeys(missing_keys=" + Repr.repr(new PyList(keys.missingKeys())) + ", unexpected_keys="
                    + Repr.repr(new PyList(keys.unexpectedKeys())) + ")";
        });
        INCOMPATIBLE_KEYS.define("missing_keys", new dev.kindling.lang.objects.PyGetSet("missing_keys",
                o -> new PyList(((Module.IncompatibleKeys) o).missingKeys()), null));
        INCOMPATIBLE_KEYS.define("unexpected_keys", new dev.kindling.lang.objects.PyGetSet("unexpected_keys",
                o -> new PyList(((Module.IncompatibleKeys) o).unexpectedKeys()), null));
        method(INCOMPATIBLE_KEYS, "__iter__", (a, k) -> {
            Module.IncompatibleKeys keys = (Module.IncompatibleKeys) a[0];
            return new PyIterator(List.<Object>of(new PyList(keys.missingKeys()), new PyList(keys.unexpectedKeys()))
                    .iterator(), null);
        });
    }

    /** The Java module behind a Python value (a Java layer, or a script module's peer); null for others. */
    static Module peer(Object o) {
        if (o instanceof Module m) {
            return m;
        }
        if (o instanceof PyInstance i && i.type().isSubclassOf(MODULE)) {
            if (i.peer() == null) {
                i.setPeer(new ScriptModule(i));
            }
            return (Module) i.peer();
        }
        return null;
    }

    /**
     * The module a parameter or submodule is being assigned to; PyTorch's error when a script's
     * {@code __init__} did so before calling {@code super().__init__()}.
     */
    private static Module initialised(Object self, String what) {
        if (self instanceof PyInstance i && i.peer() == null) {
            throw new KindlingError(ErrorType.ATTRIBUTE_ERROR, "cannot assign " + what + " before Module.__init__() call");
        }
        return peer(self);
    }

    /** A name given to register_buffer or register_parameter, checked as PyTorch checks it. */
    private static String registeredName(Object self, Object given, String kind) {
        if (!(given instanceof String name)) {
            throw KindlingError.typeError(kind + " name should be a string. Got " + Ops.typeName(given));
        }
        if (name.contains(".")) {
            throw new KindlingError(ErrorType.KEY_ERROR, kind + " name can't contain \".\"");
        }
        if (name.isEmpty()) {
            throw new KindlingError(ErrorType.KEY_ERROR, kind + " name can't be empty string \"\"");
        }
        Module m = peer(self);
        boolean own = kind.equals("buffer") ? m.ownBuffers().containsKey(name) : m.ownParameters().containsKey(name);
        if (!own && (m.ownParameters().containsKey(name) || m.ownModules().containsKey(name)
                || m.ownBuffers().containsKey(name))) {
            throw new KindlingError(ErrorType.KEY_ERROR, "attribute '" + name + "' already exists");
        }
        return name;
    }

    /** How PyTorch names a value's type in register_parameter's error: torch.FloatTensor for a plain tensor. */
    private static String typeDescription(Object value) {
        return value instanceof Tensor t ? t.typeDescription() : Ops.typeName(value);
    }

    /** The Python object for a Java module: a script module's instance, or the Java layer itself. */
    static Object python(Module m) {
        return m instanceof ScriptModule s ? s.owner : m;
    }

    private static Module self(Object[] a) {
        Module m = peer(a[0]);
        if (m == null) {
            throw KindlingError.typeError("descriptor requires a 'Module' object but received a '"
                    + Ops.typeName(a[0]) + "'");
        }
        return m;
    }

    private static void moduleMethods() {
        method(MODULE, "__init__", (a, k) -> {
            self(a);
            return PyNone.NONE;
        });
        method(MODULE, "__setattr__", (a, k) -> {
            setAttribute(a[0], (String) a[1], a[2]);
            return PyNone.NONE;
        });
        method(MODULE, "__getattr__", (a, k) -> getAttribute(a[0], (String) a[1]));
        method(MODULE, "__call__", (a, k) -> {
            Object[] inputs = new Object[a.length - 1];
            System.arraycopy(a, 1, inputs, 0, inputs.length);
            if (a[0] instanceof PyInstance i) {
                return Ops.call(Ops.getAttr(i, "forward"), inputs, k);
            }
            return javaForward(self(a), inputs, k);
        });
        method(MODULE, "forward", (a, k) -> {
            if (a[0] instanceof PyInstance) {
                throw KindlingError.notImplementedError("Module [" + Ops.typeName(a[0])
                        + "] is missing the required \"forward\" function");
            }
            Object[] inputs = new Object[a.length - 1];
            System.arraycopy(a, 1, inputs, 0, inputs.length);
            return javaForward(self(a), inputs, k);
        });
        method(MODULE, "__repr__", (a, k) -> self(a).toString());
        method(MODULE, "extra_repr", (a, k) -> self(a).extraRepr());
        method(MODULE, "parameters", (a, k) -> new PyIterator(self(a).parameters().iterator(), "generator"));
        method(MODULE, "named_parameters", (a, k) -> {
            List<Object> out = new ArrayList<>();
            self(a).namedParameters().forEach((n, p) -> out.add(PyTuple.of(n, p)));
            return new PyIterator(out.iterator(), "generator");
        });
        method(MODULE, "children", (a, k) -> {
            List<Object> out = new ArrayList<>();
            self(a).children().forEach(m -> out.add(python(m)));
            return new PyIterator(out.iterator(), "generator");
        });
        method(MODULE, "named_children", (a, k) -> {
            List<Object> out = new ArrayList<>();
            self(a).ownModules().forEach((n, m) -> out.add(PyTuple.of(n, python(m))));
            return new PyIterator(out.iterator(), "generator");
        });
        method(MODULE, "modules", (a, k) -> {
            List<Object> out = new ArrayList<>();
            self(a).namedModules().values().forEach(m -> out.add(python(m)));
            return new PyIterator(out.iterator(), "generator");
        });
        method(MODULE, "named_modules", (a, k) -> {
            List<Object> out = new ArrayList<>();
            self(a).namedModules().forEach((n, m) -> out.add(PyTuple.of(n, python(m))));
            return new PyIterator(out.iterator(), "generator");
        });
        method(MODULE, "zero_grad", (a, k) -> {
            Object[] p = Args.bind("zero_grad", tail(a), k, "set_to_none=");
            self(a).zeroGrad(TorchArgs.bool(p[0], true));
            return PyNone.NONE;
        });
        method(MODULE, "train", (a, k) -> {
            Object[] p = Args.bind("train", tail(a), k, "mode=");
            self(a).train(TorchArgs.bool(p[0], true));
            return a[0];
        });
        method(MODULE, "eval", (a, k) -> {
            self(a).eval();
            return a[0];
        });
        method(MODULE, "requires_grad_", (a, k) -> {
            self(a).requiresGrad(a.length < 2 || Ops.truthy(a[1]));
            return a[0];
        });
        method(MODULE, "to", (a, k) -> {
            ModuleMoves.to(self(a), java.util.Arrays.copyOfRange(a, 1, a.length), k);
            return a[0];
        });
        method(MODULE, "cpu", (a, k) -> {
            ModuleMoves.apply(self(a), Device.CPU, null);
            return a[0];
        });
        method(MODULE, "cuda", (a, k) -> {
            ModuleMoves.cuda(self(a), java.util.Arrays.copyOfRange(a, 1, a.length));
            return a[0];
        });
        method(MODULE, "float", (a, k) -> {
            ModuleMoves.apply(self(a), null, DType.FLOAT32);
            return a[0];
        });
        method(MODULE, "double", (a, k) -> {
            ModuleMoves.apply(self(a), null, DType.FLOAT64);
            return a[0];
        });
        method(MODULE, "state_dict", (a, k) -> {
            PyDict d = PyDict.orderedDict();
            self(a).stateDict().forEach(d::put);
            return d;
        });
        method(MODULE, "load_state_dict", (a, k) -> {
            Object[] p = Args.bind("load_state_dict", java.util.Arrays.copyOfRange(a, 1, a.length), k, "state_dict",
                    "strict=", "assign=");
            if (!(p[0] instanceof PyDict given)) {
                throw KindlingError.typeError("Expected state_dict to be dict-like, got " + Ops.typeOf(p[0]) + ".");
            }
            Module module = self(a);
            java.util.Set<String> own = module.stateDict().keySet();
            Map<String, Tensor> state = new java.util.LinkedHashMap<>();
            for (Map.Entry<PyKey, Object> e : given.map().entrySet()) {
                String key = String.valueOf(e.getKey().value());
                if (e.getValue() instanceof Tensor t) {
                    state.put(key, t);
                } else if (own.contains(key)) {
                    throw KindlingError.runtimeError("Error(s) in loading state_dict for " + module.name() + ":\n\t"
                            + "While copying the parameter named \"" + key + "\", expected torch.Tensor or Tensor-like "
                            + "object from checkpoint but received " + Ops.typeOf(e.getValue()));
                } else {
                    state.put(key, Torch.zeros()); // an unexpected key: only its name matters
                }
            }
            return module.loadStateDict(state, TorchArgs.bool(p[1], true));
        });
        method(MODULE, "add_module", (a, k) -> {
            self(a).registerModule((String) a[1], peer(a[2]));
            return PyNone.NONE;
        });
        method(MODULE, "register_parameter", (a, k) -> {
            Object[] p = Args.bindDef("register_parameter", tail(a), k, "name", "param");
            String name = registeredName(a[0], p[0], "parameter");
            if (p[1] != PyNone.NONE && !(p[1] instanceof Tensor t && t.isParameter())) {
                throw KindlingError.typeError("cannot assign '" + typeDescription(p[1]) + "' object to parameter '"
                        + name + "' (torch.nn.Parameter or None required)");
            }
            self(a).registerParameter(name, p[1] == PyNone.NONE ? null : (Tensor) p[1]);
            return PyNone.NONE;
        });
        method(MODULE, "register_buffer", (a, k) -> {
            Object[] p = Args.bindDef("register_buffer", tail(a), k, "name", "tensor", "persistent=");
            String name = registeredName(a[0], p[0], "buffer");
            if (p[1] != PyNone.NONE && !(p[1] instanceof Tensor)) {
                throw KindlingError.typeError("cannot assign '" + Ops.typeName(p[1]) + "' object to buffer '" + name
                        + "' (torch Tensor or None required)");
            }
            self(a).registerBuffer(name, p[1] == PyNone.NONE ? null : (Tensor) p[1], p[2] == null || Ops.truthy(p[2]));
            return PyNone.NONE;
        });
        method(MODULE, "buffers", (a, k) -> {
            Args.bindDef("buffers", tail(a), k, "recurse=");
            return new PyIterator(new ArrayList<Object>(self(a).namedBuffers().values()).iterator(), "generator");
        });
        method(MODULE, "named_buffers", (a, k) -> {
            Args.bindDef("named_buffers", tail(a), k, "prefix=", "recurse=", "remove_duplicate=");
            List<Object> out = new ArrayList<>();
            self(a).namedBuffers().forEach((n, b) -> out.add(PyTuple.of(n, b)));
            return new PyIterator(out.iterator(), "generator");
        });
        method(MODULE, "apply", (a, k) -> {
            applyChildrenFirst(self(a), a[1]);
            return a[0];
        });
    }

    /**
     * A Java layer's forward, its inputs checked first as Python checks a call to
     * {@code forward(self, input, target)}: their number in CPython's words, and each a tensor.
     */
    private static Object javaForward(Module m, Object[] given, Map<String, Object> kwargs) {
        List<String> names = m.tensorInputs();
        if (names == null) {
            return m.forward(given);
        }
        String[] spec = new String[names.size() + 1];
        spec[0] = "self";
        for (int i = 0; i < names.size(); i++) {
            spec[i + 1] = names.get(i);
        }
        Object[] bound = Args.bindMethodDef(m.name() + ".forward", given, kwargs, spec);
        Object[] inputs = java.util.Arrays.copyOfRange(bound, 1, bound.length);
        LayerInputErrors.check(m, names, inputs);
        return m.forward(inputs);
    }

    /** PyTorch's Module.apply: children (recursively) first, then the module itself. */
    private static void applyChildrenFirst(Module m, Object fn) {
        for (Module child : m.children()) {
            applyChildrenFirst(child, fn);
        }
        Ops.call(fn, new Object[] {python(m)}, null);
    }

    private static Object[] tail(Object[] a) {
        Object[] t = new Object[a.length - 1];
        System.arraycopy(a, 1, t, 0, t.length);
        return t;
    }

    private static void setAttribute(Object self, String name, Object value) {
        if (value instanceof Tensor t && t.isParameter()) {
            initialised(self, "parameters").registerParameter(name, t);
            removeFromDict(self, name);
            return;
        }
        Module child = peer(value);
        if (child != null) {
            initialised(self, "module").registerModule(name, child);
            removeFromDict(self, name);
            return;
        }
        if (self instanceof PyInstance i && i.peer() == null) {
            Ops.setInstanceAttr(i, name, value); // before Module.__init__, a plain attribute as in PyTorch
            return;
        }
        Module m = peer(self);
        if (m.ownBuffers().containsKey(name)) {
            if (value != PyNone.NONE && !(value instanceof Tensor)) {
                throw KindlingError.typeError("cannot assign '" + Ops.typeName(value) + "' as buffer '" + name
                        + "' (torch.nn.Buffer, torch.Tensor or None expected)");
            }
            m.registerBuffer(name, value == PyNone.NONE ? null : (Tensor) value);
            return;
        }
        if (m.ownParameters().containsKey(name)) {
            if (value != PyNone.NONE && !(value instanceof Tensor)) {
                throw KindlingError.typeError("cannot assign '" + Ops.typeName(value) + "' as parameter '" + name
                        + "' (torch.nn.Parameter or None expected)");
            }
            m.registerParameter(name, value == PyNone.NONE ? null : (Tensor) value);
            return;
        }
        if (name.equals("training")) {
            m.train(Ops.truthy(value));
            return;
        }
        if (self instanceof PyInstance i) {
            Ops.setInstanceAttr(i, name, value);
            return;
        }
        throw new KindlingError(ErrorType.ATTRIBUTE_ERROR, "'" + Ops.typeName(self) + "' object has no attribute '"
                + name + "'");
    }

    private static void removeFromDict(Object self, String name) {
        if (self instanceof PyInstance i) {
            i.dict().remove(name);
        }
    }

    private static Object getAttribute(Object self, String name) {
        Module m = peer(self);
        if (m.ownParameters().containsKey(name)) {
            return TensorType.orNone(m.ownParameters().get(name));
        }
        if (m.ownModules().containsKey(name)) {
            Module child = m.ownModules().get(name);
            return child == null ? PyNone.NONE : python(child);
        }
        if (m.ownBuffers().containsKey(name)) {
            return TensorType.orNone(m.ownBuffers().get(name));
        }
        if (name.equals("training")) {
            return m.isTraining();
        }
        Object own = m.attribute(name);
        if (own instanceof Optional<?> unsettable) {
            return unsettable.isPresent() ? unsettable.get() : PyNone.NONE;
        }
        if (own != null) {
            return own;
        }
        throw new KindlingError(ErrorType.ATTRIBUTE_ERROR, "'" + Ops.typeName(self) + "' object has no attribute '"
                + name + "'");
    }

    /** The Java classes of declared layers whose instances are of that class alone (not shared by name). */
    private static final Map<String, Class<?>> JAVA_CLASSES = Map.of("Linear", Linear.class, "Dropout", Dropout.class,
            "LayerNorm", LayerNorm.class, "Embedding", Embedding.class, "ModuleList", ModuleList.class,
            "ModuleDict", ModuleDict.class, "ParameterList", ParameterList.class);

    /**
     * Per class, the arguments whose Java form needs the interpreter: sizes a layer's repr echoes
     * as the caller wrote them, and the Python modules and tensors a container is given.
     */
    private static final Map<String, Map<String, UnaryOperator<Object>>> CONVERTERS = Map.of(
            "Unflatten", Map.of("unflattened_size", o -> new AsWritten(TorchArgs.ints(o, "Unflatten"), Repr.repr(o))),
            "ModuleList", Map.of("modules", o -> Ops.toList(o).stream().map(NnModule::requireModule).toList()),
            "ModuleDict", Map.of("modules", NnModule::modulesByKey),
            "ParameterList", Map.of("values", o -> Ops.toList(o).stream().map(NnModule::requireTensor).toList()));

    /** A layer class: a subclass of nn.Module whose instances are made by a Java constructor. */
    private static PyClass layer(PyModule nn, String name, Class<?> javaClass, BuiltinBody constructor) {
        PyClass c = PyClass.javaType(name, "torch.nn", MODULE, constructor);
        if (javaClass != null) {
            JavaTypes.register(javaClass, c);
        }
        nn.set(name, c);
        return c;
    }

    public static PyModule create() {
        PyModule nn = new PyModule("torch.nn");
        nn.set("Module", MODULE);
        nn.set("Parameter", TensorType.PARAMETER);
        declaredClasses(nn);
        containers(nn);
        moduleDict(nn);
        parameterList(nn);
        nn.set("functional", FunctionalModule.create());
        nn.set("init", FunctionalModule.init());
        nn.set("utils", NnUtilsModule.create());
        return nn;
    }

    /**
     * The layer, loss and container classes the registry declares, each constructed by the binder
     * from its PyTorch signature. Identity and Sequential stay apart: they take any number of
     * arguments ({@code *args}), which a schema cannot say.
     */
    private static void declaredClasses(PyModule nn) {
        for (Op op : OpRegistry.standard().modules()) {
            layer(nn, op.name(), JAVA_CLASSES.get(op.name()),
                    Binder.function(op, CONVERTERS.getOrDefault(op.name(), Map.of())));
        }
        layer(nn, "Identity", null, (a, k) -> Activation.identity());
        JavaTypes.registerResolver(Activation.class, o -> activationType(nn, ((Activation) o).name()));
        JavaTypes.registerResolver(Loss.class, o -> activationType(nn, ((Loss) o).name()));
    }

    private static PyClass activationType(PyModule nn, String name) {
        Object c = nn.get(name);
        return c instanceof PyClass pc ? pc : MODULE;
    }

    private static void containers(PyModule nn) {
        PyClass seq = layer(nn, "Sequential", Sequential.class, (a, k) -> {
            Sequential s = new Sequential();
            for (Object o : a) {
                s.append(requireModule(o));
            }
            return s;
        });
        PyClass list = (PyClass) nn.get("ModuleList");
        for (PyClass c : new PyClass[] {seq, list}) {
            method(c, "__len__", (a, k) -> (long) ((Sequential) a[0]).size());
            method(c, "__getitem__", (a, k) -> {
                Sequential s = (Sequential) a[0];
                if (a[1] instanceof PySlice sl) {
                    Sequential out = new Sequential();
                    long[] r = sl.indices(s.size());
                    for (long i = r[0], n = 0; n < r[3]; n++, i += r[2]) {
                        out.append(s.get((int) i));
                    }
                    return out;
                }
                return python(s.get((int) Ops.toIndex(a[1])));
            });
            method(c, "__iter__", (a, k) -> {
                List<Object> out = new ArrayList<>();
                ((Sequential) a[0]).children().forEach(m -> out.add(python(m)));
                return new PyIterator(out.iterator(), "iterator");
            });
            method(c, "append", (a, k) -> {
                ((Sequential) a[0]).append(requireModule(a[1]));
                return a[0];
            });
        }
    }

    private static void moduleDict(PyModule nn) {
        PyClass dict = (PyClass) nn.get("ModuleDict");
        method(dict, "__len__", (a, k) -> (long) ((ModuleDict) a[0]).size());
        method(dict, "__contains__", (a, k) -> ((ModuleDict) a[0]).ownModules().containsKey(a[1]));
        method(dict, "__getitem__", (a, k) -> {
            Module m = ((ModuleDict) a[0]).ownModules().get(a[1]);
            if (m == null) {
                throw Ops.keyError(a[1]);
            }
            return python(m);
        });
        method(dict, "__setitem__", (a, k) -> {
            ((ModuleDict) a[0]).put((String) a[1], requireModule(a[2]));
            return PyNone.NONE;
        });
        method(dict, "__iter__", (a, k) -> new PyIterator(new ArrayList<Object>(
                ((ModuleDict) a[0]).ownModules().keySet()).iterator(), "iterator"));
        method(dict, "keys", (a, k) -> new PyList(new ArrayList<Object>(((ModuleDict) a[0]).ownModules().keySet())));
        method(dict, "values", (a, k) -> {
            List<Object> out = new ArrayList<>();
            ((ModuleDict) a[0]).ownModules().values().forEach(m -> out.add(python(m)));
            return new PyList(out);
        });
        method(dict, "items", (a, k) -> {
            List<Object> out = new ArrayList<>();
            ((ModuleDict) a[0]).ownModules().forEach((n, m) -> out.add(PyTuple.of(n, python(m))));
            return new PyList(out);
        });
        method(dict, "update", (a, k) -> {
            updateDict((ModuleDict) a[0], a[1]);
            return PyNone.NONE;
        });
    }

    private static void parameterList(PyModule nn) {
        PyClass list = (PyClass) nn.get("ParameterList");
        method(list, "__len__", (a, k) -> (long) ((ParameterList) a[0]).size());
        method(list, "__getitem__", (a, k) -> ((ParameterList) a[0]).get((int) Ops.toIndex(a[1])));
        method(list, "__iter__", (a, k) -> new PyIterator(new ArrayList<Object>(
                ((ParameterList) a[0]).ownParameters().values()).iterator(), "iterator"));
        method(list, "append", (a, k) -> ((ParameterList) a[0]).append(requireTensor(a[1])));
        method(list, "extend", (a, k) -> {
            Ops.toList(a[1]).forEach(t -> ((ParameterList) a[0]).append(requireTensor(t)));
            return a[0];
        });
    }

    /** ParameterList here holds tensors only (PyTorch also keeps arbitrary objects). */
    private static Tensor requireTensor(Object o) {
        if (!(o instanceof Tensor t)) {
            throw KindlingError.typeError("ParameterList holds tensors, not '" + Ops.typeName(o) + "'");
        }
        return t;
    }

    /** A dict's (or a list of pairs') modules by key, in order, refusing non-modules as PyTorch does. */
    private static Map<String, Module> modulesByKey(Object source) {
        Map<String, Module> out = new java.util.LinkedHashMap<>();
        if (source instanceof PyDict given) {
            for (Map.Entry<PyKey, Object> e : given.map().entrySet()) {
                out.put(String.valueOf(e.getKey().value()), requireModule(e.getValue()));
            }
            return out;
        }
        List<Object> pairs = Ops.toList(source);
        for (int j = 0; j < pairs.size(); j++) {
            Object pair = pairs.get(j);
            List<Object> kv = pairItems(pair, j);
            if (kv.size() != 2) {
                throw KindlingError.valueError("ModuleDict update sequence element #" + j + " has length " + kv.size()
                        + "; 2 is required");
            }
            Module module = requireModule(kv.get(1));
            if (!(kv.get(0) instanceof String name)) {
                throw KindlingError.typeError("module name should be a string. Got " + typename(kv.get(0)));
            }
            out.put(name, module);
        }
        return out;
    }

    private static void updateDict(ModuleDict d, Object source) {
        modulesByKey(source).forEach(d::put);
    }

    /** A (key, module) element of ModuleDict's update sequence; PyTorch's text when it is not iterable. */
    private static List<Object> pairItems(Object pair, int j) {
        try {
            return Ops.toList(pair);
        } catch (KindlingError e) {
            if (e.type() != dev.kindling.errors.ErrorType.TYPE_ERROR) {
                throw e;
            }
            // PyTorch's message has no space after "is"
            throw KindlingError.typeError("ModuleDict update sequence element #" + j + " should be Iterable; is"
                    + Ops.typeName(pair));
        }
    }

    /** {@code torch.typename}: a tensor's type() such as torch.FloatTensor, else the Python type's name. */
    private static String typename(Object o) {
        return o instanceof Tensor t ? t.typeDescription() : Ops.typeName(o);
    }

    private static Module requireModule(Object o) {
        Module m = peer(o);
        if (m == null) {
            throw KindlingError.typeError(typename(o) + " is not a Module subclass");
        }
        return m;
    }
}
