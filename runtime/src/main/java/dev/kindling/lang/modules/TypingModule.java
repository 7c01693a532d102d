package dev.kindling.lang.modules;

import java.util.ArrayList;
import java.util.List;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.BuiltinTypes;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyList;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.PyObj;
import dev.kindling.lang.objects.PyTuple;
import dev.kindling.lang.objects.Repr;

/**
 * Python's {@code typing}, for annotations and type aliases: the common forms (List, Dict,
 * Optional, Union, Callable, Any, ...) can be subscripted and print as CPython prints them
 * ({@code typing.Dict[str, int]}); TypeVar, cast, TYPE_CHECKING. Nothing checks types, as in
 * Python; Kindling does not evaluate annotations at all, so they only matter in aliases.
 */
public final class TypingModule {
    private static final PyClass FORM = PyClass.javaType("_GenericAlias", "typing", BuiltinTypes.OBJECT, null);
    private static final PyClass TYPE_VAR = PyClass.javaType("TypeVar", "typing", BuiltinTypes.OBJECT, null);

    private static final String[] FORMS = {"Any", "Callable", "ClassVar", "Counter", "DefaultDict", "Deque", "Dict",
        "Final", "FrozenSet", "Generator", "Iterable", "Iterator", "List", "Literal", "Mapping", "MutableMapping",
        "MutableSequence", "NoReturn", "Optional", "OrderedDict", "Sequence", "Set", "Tuple", "Type", "Union"};

    static {
        FORM.defineMethod("__getitem__", (a, k) -> ((Form) a[0]).subscript(a[1]));
    }

    private TypingModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("typing");
        for (String name : FORMS) {
            m.set(name, new Form(name, null));
        }
        m.set("TYPE_CHECKING", Boolean.FALSE);
        m.set("TypeVar", new PyBuiltin("typing.TypeVar", (a, k) -> {
            if (a.length == 0 || !(a[0] instanceof String name)) {
                throw KindlingError.typeError("TypeVar() missing required argument 'name' (pos 1)");
            }
            return new TypeVar(name);
        }));
        m.set("cast", new PyBuiltin("typing.cast", (a, k) -> Args.bind("cast", a, k, "typ", "val")[1]));
        return m;
    }

    /** {@code int} for a built-in class, {@code torch.Tensor} for another, a form's own repr. */
    static String typeRepr(Object t) {
        if (t instanceof PyClass c) {
            return c.isBuiltin() && (c.module() == null || c.module().equals("builtins")) ? c.name()
                    : c.module() + "." + c.name();
        }
        if (t == PyNone.NONE) {
            return "None";
        }
        if (t == PyNone.ELLIPSIS) {
            return "...";
        }
        if (t instanceof PyList l) {
            List<String> parts = new ArrayList<>();
            l.items().forEach(x -> parts.add(typeRepr(x)));
            return "[" + String.join(", ", parts) + "]";
        }
        return t instanceof Form || t instanceof TypeVar ? t.toString() : Repr.repr(t);
    }

    /** A typing form, bare ({@code typing.List}) or subscripted ({@code typing.List[int]}). */
    private record Form(String name, Object[] parameters) implements PyObj {
        Object subscript(Object key) {
            if (parameters != null) {
                throw KindlingError.typeError("typing." + name + "[...] is not a generic class");
            }
            Object[] params = key instanceof PyTuple t ? t.items() : new Object[] {key};
            return new Form(name, params);
        }

        @Override
        public PyClass type() {
            return FORM;
        }

        @Override
        public String toString() {
            if (parameters == null) {
                return "typing." + name;
            }
            List<String> parts = new ArrayList<>();
            for (Object p : parameters) {
                parts.add(typeRepr(p));
            }
            return "typing." + name + "[" + String.join(", ", parts) + "]";
        }
    }

    /** {@code TypeVar('T')}: prints as {@code ~T}. */
    private record TypeVar(String name) implements PyObj {
        @Override
        public PyClass type() {
            return TYPE_VAR;
        }

        @Override
        public String toString() {
            return "~" + name;
        }
    }
}
