package dev.kindling.lang.modules;

import java.util.Map;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.files.FileMode;
import dev.kindling.lang.files.TextFile;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.BuiltinBody;
import dev.kindling.lang.objects.BuiltinTypes;
import dev.kindling.lang.objects.JavaTypes;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyGetSet;
import dev.kindling.lang.objects.PyList;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.Repr;

/**
 * The builtin {@code open()} and the Python face of its files ({@code _io.TextIOWrapper}):
 * read, readline, readlines, iteration, write, writelines, close and {@code with}. Only text
 * modes: Kindling has no {@code bytes}, so {@code 'b'} and the {@code '+'} modes raise
 * NotImplementedError after CPython's own checks of the mode.
 */
public final class TextFileType {
    static final PyClass TYPE = PyClass.javaType("TextIOWrapper", "_io", BuiltinTypes.OBJECT, null);

    static {
        JavaTypes.register(TextFile.class, TYPE);
        reading();
        writing();
        protocol();
    }

    private TextFileType() {}

    /** {@code open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)}. */
    public static Object open(Object[] args, Map<String, Object> kwargs) {
        Object[] p = Args.bind("open", args, kwargs, "file", "mode=", "buffering=", "encoding=", "errors=",
                "newline=", "closefd=", "opener=");
        String name = PathlibModule.fspath(p[0]);
        Object modeArg = p[1] == null ? "r" : p[1];
        if (!(modeArg instanceof String modeText)) {
            throw KindlingError.typeError("open() argument 'mode' must be str, not " + Ops.typeName(modeArg));
        }
        FileMode mode = FileMode.parse(modeText);
        String encoding = optionalText("encoding", p[3]);
        String newline = optionalText("newline", p[5]);
        if (mode.binary()) {
            if (encoding != null) {
                throw KindlingError.valueError("binary mode doesn't take an encoding argument");
            }
            if (newline != null) {
                throw KindlingError.valueError("binary mode doesn't take a newline argument");
            }
        }
        if (mode.binary() || mode.update()) {
            throw KindlingError.notImplementedError("open() with mode " + Repr.repr(modeText) + " is not supported in "
                    + "Kindling: files open in text mode only ('r', 'w', 'a', 'x'), as Kindling has no bytes type");
        }
        return TextFile.open(name, mode, encoding, newline);
    }

    /** encoding= or newline=: a str or None, in CPython's words otherwise. */
    private static String optionalText(String parameter, Object value) {
        if (value == null || value == PyNone.NONE) {
            return null;
        }
        if (!(value instanceof String s)) {
            throw KindlingError.typeError("open() argument '" + parameter + "' must be str or None, not "
                    + Ops.typeName(value));
        }
        return s;
    }

    private static TextFile self(Object o) {
        return (TextFile) o;
    }

    private static void method(String name, BuiltinBody body) {
        TYPE.define(name, new PyBuiltin("TextIOWrapper." + name, body));
    }

    /** A size argument of read/readline/readlines: an int, or None for all; CPython's TypeError otherwise. */
    private static long size(Object value) {
        if (value == null || value == PyNone.NONE) {
            return -1;
        }
        if (!Ops.isInt(value)) {
            throw KindlingError.typeError("argument should be integer or None, not '" + Ops.typeName(value) + "'");
        }
        return Ops.toLong(value);
    }

    private static void reading() {
        method("read", (a, k) -> self(a[0]).read(size(Args.bind("read", a, k, "self", "size=")[1])));
        method("readline", (a, k) -> self(a[0]).readLine(size(Args.bind("readline", a, k, "self", "size=")[1])));
        method("readlines", (a, k) -> new PyList(self(a[0]).readLines(size(Args.bind("readlines", a, k, "self",
                "hint=")[1]))));
        method("readable", (a, k) -> self(a[0]).readable());
    }

    private static void writing() {
        method("write", (a, k) -> {
            Object[] p = Args.bind("write", a, k, "self", "text");
            return self(p[0]).write(text(p[1]));
        });
        method("writelines", (a, k) -> {
            Object[] p = Args.bind("writelines", a, k, "self", "lines");
            self(p[0]).open();
            for (Object line : Ops.toList(p[1])) {
                self(p[0]).write(text(line));
            }
            return PyNone.NONE;
        });
        method("writable", (a, k) -> self(a[0]).writable());
        method("flush", (a, k) -> {
            self(a[0]).flush();
            return PyNone.NONE;
        });
        method("close", (a, k) -> {
            self(a[0]).close();
            return PyNone.NONE;
        });
    }

    private static String text(Object value) {
        if (!(value instanceof String s)) {
            throw KindlingError.typeError("write() argument must be str, not " + Ops.typeName(value));
        }
        return s;
    }

    private static void protocol() {
        method("__enter__", (a, k) -> {
            self(a[0]).open();
            return a[0];
        });
        method("__exit__", (a, k) -> {
            self(a[0]).close();
            return PyNone.NONE;
        });
        method("__iter__", (a, k) -> {
            self(a[0]).open();
            return a[0];
        });
        method("__next__", (a, k) -> {
            String line = self(a[0]).readLine(-1);
            if (line.isEmpty()) {
                throw new KindlingError(ErrorType.STOP_ITERATION, "");
            }
            return line;
        });
        method("__repr__", (a, k) -> "<_io.TextIOWrapper name=" + Repr.repr(self(a[0]).name()) + " mode="
                + Repr.repr(self(a[0]).mode()) + " encoding=" + Repr.repr(self(a[0]).encoding()) + ">");
        TYPE.define("name", new PyGetSet("name", o -> self(o).name(), null));
        TYPE.define("mode", new PyGetSet("mode", o -> self(o).mode(), null));
        TYPE.define("encoding", new PyGetSet("encoding", o -> self(o).encoding(), null));
        TYPE.define("closed", new PyGetSet("closed", o -> self(o).closed(), null));
    }
}
