package dev.kindling.lang.objects;

import java.util.EnumMap;
import java.util.Map;

import dev.kindling.errors.ErrorType;

/**
 * The built-in types, created once and shared by every session (scripts cannot modify them).
 * Methods of str, list, dict, set and tuple are installed from their own classes.
 */
public final class BuiltinTypes {
    public static final PyClass OBJECT = PyClass.builtin("object", null, null);
    public static final PyClass TYPE = PyClass.builtin("type", OBJECT, Constructors::type);
    public static final PyClass INT = PyClass.builtin("int", OBJECT, Constructors::toInt);
    public static final PyClass BOOL = PyClass.builtin("bool", INT, Constructors::toBool);
    public static final PyClass FLOAT = PyClass.builtin("float", OBJECT, Constructors::toFloat);
    public static final PyClass STR = PyClass.builtin("str", OBJECT, Constructors::toStr);
    public static final PyClass LIST = PyClass.builtin("list", OBJECT, Constructors::toList);
    public static final PyClass TUPLE = PyClass.builtin("tuple", OBJECT, Constructors::toTuple);
    public static final PyClass DICT = PyClass.builtin("dict", OBJECT, Constructors::toDict);
    public static final PyClass ORDERED_DICT = PyClass.javaType("OrderedDict", "collections", DICT,
            Constructors::toOrderedDict);
    public static final PyClass SET = PyClass.builtin("set", OBJECT, Constructors::toSet);
    public static final PyClass RANGE = PyClass.builtin("range", OBJECT, Constructors::range);
    public static final PyClass SLICE = PyClass.builtin("slice", OBJECT, Constructors::slice);
    public static final PyClass NONE_TYPE = PyClass.builtin("NoneType", OBJECT, null);
    public static final PyClass ELLIPSIS_TYPE = PyClass.builtin("ellipsis", OBJECT, null);
    public static final PyClass NOT_IMPLEMENTED_TYPE = PyClass.builtin("NotImplementedType", OBJECT, null);
    public static final PyClass FUNCTION = PyClass.builtin("function", OBJECT, null);
    public static final PyClass BUILTIN_FUNCTION = PyClass.builtin("builtin_function_or_method", OBJECT, null);
    public static final PyClass METHOD = PyClass.builtin("method", OBJECT, null);
    public static final PyClass MODULE = PyClass.builtin("module", OBJECT, null);
    public static final PyClass ITERATOR = PyClass.builtin("iterator", OBJECT, null);
    public static final PyClass GENERATOR = PyClass.builtin("generator", OBJECT, null);
    /** The common base of the six view types below (not a CPython name; it holds their methods). */
    public static final PyClass DICT_VIEW = PyClass.builtin("dict_view", OBJECT, null);
    public static final PyClass DICT_KEYS = PyClass.builtin("dict_keys", DICT_VIEW, null);
    public static final PyClass DICT_VALUES = PyClass.builtin("dict_values", DICT_VIEW, null);
    public static final PyClass DICT_ITEMS = PyClass.builtin("dict_items", DICT_VIEW, null);
    public static final PyClass ODICT_KEYS = PyClass.builtin("odict_keys", DICT_KEYS, null);
    public static final PyClass ODICT_VALUES = PyClass.builtin("odict_values", DICT_VALUES, null);
    public static final PyClass ODICT_ITEMS = PyClass.builtin("odict_items", DICT_ITEMS, null);
    public static final PyClass GETSET_DESCRIPTOR = PyClass.builtin("getset_descriptor", OBJECT, null);
    public static final PyClass PROPERTY = PyClass.builtin("property", OBJECT, Constructors::property);
    public static final PyClass STATICMETHOD = PyClass.builtin("staticmethod", OBJECT,
            (a, k) -> new PyStaticMethod(a[0], false));
    public static final PyClass CLASSMETHOD = PyClass.builtin("classmethod", OBJECT,
            (a, k) -> new PyStaticMethod(a[0], true));
    public static final PyClass SUPER = PyClass.builtin("super", OBJECT, Constructors::superOf);

    private static final Map<ErrorType, PyClass> EXCEPTIONS = new EnumMap<>(ErrorType.class);

    static {
        for (ErrorType t : ErrorType.values()) {
            PyClass base = t.parent() == null ? OBJECT : EXCEPTIONS.get(t.parent());
            EXCEPTIONS.put(t, PyClass.exception(t, base));
        }
        EXCEPTIONS.get(ErrorType.BASE_EXCEPTION).defineMethod("__init__", (args, kw) -> {
            PyInstance self = (PyInstance) args[0];
            Object[] rest = new Object[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            self.dict().put("args", new PyTuple(rest));
            return PyNone.NONE;
        });
        EXCEPTIONS.get(ErrorType.STOP_ITERATION).defineMethod("__init__", (args, kw) -> {
            PyInstance self = (PyInstance) args[0];
            self.dict().put("args", new PyTuple(java.util.Arrays.copyOfRange(args, 1, args.length)));
            self.dict().put("value", args.length > 1 ? args[1] : PyNone.NONE);
            return PyNone.NONE;
        });
        // SystemExit.code: the exit status or message, from args as CPython derives it.
        EXCEPTIONS.get(ErrorType.SYSTEM_EXIT).define("code", new PyGetSet("code", self -> {
            Object args = ((PyInstance) self).dict().get("args");
            PyTuple t = args instanceof PyTuple tuple ? tuple : PyTuple.EMPTY;
            return t.size() == 0 ? PyNone.NONE : t.size() == 1 ? t.get(0) : t;
        }, null));
        OBJECT.defineMethod("__init__", (args, kw) -> PyNone.NONE);
        GeneratorMethods.install(GENERATOR);
        StrMethods.install(STR);
        ListMethods.install(LIST);
        DictMethods.install(DICT);
        SetMethods.install(SET);
        TupleMethods.install(TUPLE);
        PROPERTY.defineMethod("setter", (args, kw) -> new PyProperty(((PyProperty) args[0]).getter(), args[1]));
        PROPERTY.defineMethod("getter", (args, kw) -> new PyProperty(args[1], ((PyProperty) args[0]).setter()));
    }

    private BuiltinTypes() {}

    /** The built-in class for an exception type. */
    public static PyClass exceptionClass(ErrorType type) {
        return EXCEPTIONS.get(type);
    }
}
