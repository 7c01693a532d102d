package dev.kindling.lang.modules;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.BuiltinBody;
import dev.kindling.lang.objects.BuiltinTypes;
import dev.kindling.lang.objects.Exceptions;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyInstance;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.errors.ErrorType;

/**
 * Python's {@code json}: dumps/loads ({@link JsonEncoder}, {@link JsonDecoder}) and dump/load,
 * which write to and read from any object with {@code write}/{@code read} (a file from
 * {@code open()}, which goes through the session's file gate).
 */
public final class JsonModule {
    /** {@code json.decoder.JSONDecodeError}, a ValueError subclass, as CPython's tracebacks name it. */
    static final PyClass DECODE_ERROR = PyClass.user("JSONDecodeError", "json.decoder",
            BuiltinTypes.exceptionClass(ErrorType.VALUE_ERROR));

    private static final String[] DUMPS = {"obj", "*", "skipkeys=", "ensure_ascii=", "check_circular=",
        "allow_nan=", "cls=", "indent=", "separators=", "default=", "sort_keys="};

    private JsonModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("json");
        m.set("JSONDecodeError", DECODE_ERROR);
        def(m, "dumps", (a, k) -> dumps(Args.bindDef("dumps", a, k, DUMPS)));
        def(m, "dump", (a, k) -> {
            Object[] p = Args.bindDef("dump", a, k, "obj", "fp", "*", "skipkeys=", "ensure_ascii=",
                    "check_circular=", "allow_nan=", "cls=", "indent=", "separators=", "default=", "sort_keys=");
            Object[] options = new Object[DUMPS.length - 1];
            options[0] = p[0];
            System.arraycopy(p, 2, options, 1, options.length - 1);
            Ops.call(Ops.getAttr(p[1], "write"), new Object[] {dumps(options)}, null);
            return PyNone.NONE;
        });
        def(m, "loads", (a, k) -> loads(Args.bindDef("loads", a, k, "s", "*", "cls=", "object_hook=",
                "parse_float=", "parse_int=", "parse_constant=", "object_pairs_hook=")[0]));
        def(m, "load", (a, k) -> {
            Object[] p = Args.bindDef("load", a, k, "fp", "*", "cls=", "object_hook=", "parse_float=", "parse_int=",
                    "parse_constant=", "object_pairs_hook=");
            return loads(Ops.call(Ops.getAttr(p[0], "read"), new Object[0], null));
        });
        return m;
    }

    private static void def(PyModule m, String name, BuiltinBody body) {
        m.set(name, new PyBuiltin("json." + name, body));
    }

    /** p: obj, skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent, separators, default, sort_keys. */
    private static String dumps(Object[] p) {
        String indent = indent(p[6]);
        String item = indent == null ? ", " : ",";
        String key = ": ";
        if (p[7] != null && p[7] != PyNone.NONE) {
            java.util.List<Object> seps = Ops.toList(p[7]);
            item = (String) seps.get(0);
            key = (String) seps.get(1);
        }
        Object fallback = p[8] == null || p[8] == PyNone.NONE ? null : p[8];
        return new JsonEncoder(indent, item, key, p[9] != null && Ops.truthy(p[9]), p[2] == null || Ops.truthy(p[2]),
                fallback).encode(p[0]);
    }

    private static String indent(Object given) {
        if (given == null || given == PyNone.NONE) {
            return null;
        }
        return given instanceof String s ? s : " ".repeat((int) Math.max(0, Ops.toLong(given)));
    }

    private static Object loads(Object s) {
        if (!(s instanceof String doc)) {
            throw KindlingError.typeError("the JSON object must be str, bytes or bytearray, not " + Ops.typeName(s));
        }
        try {
            return JsonDecoder.decode(doc);
        } catch (JsonDecoder.Failure f) {
            PyInstance error = (PyInstance) DECODE_ERROR.call(new Object[] {JsonDecoder.describe(doc, f)}, null);
            java.util.List<Object> at = JsonDecoder.lineAndColumn(doc, f.position);
            error.dict().put("msg", f.message);
            error.dict().put("doc", doc);
            error.dict().put("pos", (long) f.position);
            error.dict().put("lineno", at.get(0));
            error.dict().put("colno", at.get(1));
            throw Exceptions.toError(error);
        }
    }
}
