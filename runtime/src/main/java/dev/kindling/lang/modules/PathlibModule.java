package dev.kindling.lang.modules;

import java.util.ArrayList;
import java.util.List;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.files.PosixPaths;
import dev.kindling.lang.files.ScriptFiles;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.BuiltinBody;
import dev.kindling.lang.objects.BuiltinTypes;
import dev.kindling.lang.objects.JavaTypes;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyGetSet;
import dev.kindling.lang.objects.PyIterator;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.PyStaticMethod;
import dev.kindling.lang.objects.PyTuple;
import dev.kindling.lang.objects.Repr;

/**
 * Python's {@code pathlib}: {@code Path} (a {@code PosixPath}) with its pure parts (name, stem,
 * suffix, parent, {@code /}) and the file operations scripts use (exists, mkdir, read_text,
 * write_text, iterdir, unlink), which go through the session's file gate ({@link ScriptFiles}).
 */
public final class PathlibModule {
    /** A path as pathlib keeps it: its string with empty and "." names dropped. */
    record ScriptPath(String path) {
        ScriptPath {
            path = PosixPaths.fromParts(PosixPaths.parts(path));
        }

        List<String> parts() {
            return PosixPaths.parts(path);
        }

        String name() {
            List<String> parts = parts();
            String last = parts.isEmpty() ? "" : parts.get(parts.size() - 1);
            return last.startsWith("/") ? "" : last;
        }

        String suffix() {
            String name = name();
            int dot = name.lastIndexOf('.');
            return dot > 0 && dot < name.length() - 1 ? name.substring(dot) : "";
        }

        ScriptPath parent() {
            List<String> parts = parts();
            if (parts.isEmpty() || name().isEmpty()) {
                return this;
            }
            return new ScriptPath(PosixPaths.fromParts(parts.subList(0, parts.size() - 1)));
        }

        ScriptPath join(String other) {
            return new ScriptPath(PosixPaths.join(path, List.of(other)));
        }
    }

    static final PyClass TYPE = PyClass.javaType("PosixPath", "pathlib", BuiltinTypes.OBJECT,
            (a, k) -> construct(a, 0));

    static {
        JavaTypes.register(ScriptPath.class, TYPE);
        pure();
        files();
    }

    private PathlibModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("pathlib");
        m.set("Path", TYPE).set("PosixPath", TYPE);
        return m;
    }

    /**
     * {@code os.fspath(p)}: the string of a str or a Path; CPython's TypeError for anything else,
     * which is what every os and pathlib function taking a name raises for it.
     */
    public static String fspath(Object p) {
        if (p instanceof String s) {
            return s;
        }
        if (p instanceof ScriptPath sp) {
            return sp.path();
        }
        throw KindlingError.typeError("expected str, bytes or os.PathLike object, not " + Ops.typeName(p));
    }

    private static ScriptPath construct(Object[] a, int from) {
        if (a.length <= from) {
            return new ScriptPath(".");
        }
        List<String> rest = new ArrayList<>();
        for (int i = from + 1; i < a.length; i++) {
            rest.add(argument(a[i]));
        }
        return new ScriptPath(PosixPaths.join(argument(a[from]), rest));
    }

    /** A segment for Path(...) or {@code /}: pathlib's TypeError for what is not a str or a Path. */
    private static String argument(Object o) {
        if (o instanceof String || o instanceof ScriptPath) {
            return fspath(o);
        }
        throw KindlingError.typeError("argument should be a str or an os.PathLike object where __fspath__ returns a "
                + "str, not '" + Ops.typeName(o) + "'");
    }

    private static ScriptPath self(Object o) {
        return (ScriptPath) o;
    }

    private static void method(String name, BuiltinBody body) {
        TYPE.define(name, new PyBuiltin("PosixPath." + name, body));
    }

    private static void property(String name, java.util.function.Function<ScriptPath, Object> get) {
        TYPE.define(name, new PyGetSet(name, o -> get.apply(self(o)), null));
    }

    private static void pure() {
        method("__str__", (a, k) -> self(a[0]).path());
        method("__fspath__", (a, k) -> self(a[0]).path());
        method("__repr__", (a, k) -> "PosixPath(" + Repr.repr(self(a[0]).path()) + ")");
        method("__eq__", (a, k) -> a[1] instanceof ScriptPath other && other.equals(a[0]));
        method("__hash__", (a, k) -> (long) self(a[0]).hashCode());
        method("__truediv__", (a, k) -> a[1] instanceof String || a[1] instanceof ScriptPath
                ? self(a[0]).join(fspath(a[1])) : PyNone.NOT_IMPLEMENTED);
        method("__rtruediv__", (a, k) -> a[1] instanceof String s ? new ScriptPath(s).join(self(a[0]).path())
                : PyNone.NOT_IMPLEMENTED);
        method("joinpath", (a, k) -> {
            Object[] all = a.clone();
            all[0] = self(a[0]).path();
            return construct(all, 0);
        });
        property("name", ScriptPath::name);
        property("suffix", ScriptPath::suffix);
        property("stem", p -> p.name().substring(0, p.name().length() - p.suffix().length()));
        property("parent", ScriptPath::parent);
        property("parts", p -> PyTuple.fromList(p.parts()));
        method("with_suffix", (a, k) -> {
            Object[] p = Args.bind("with_suffix", a, k, "self", "suffix");
            ScriptPath path = self(p[0]);
            String suffix = (String) p[1];
            if (path.name().isEmpty()) {
                throw KindlingError.valueError(Repr.repr(path) + " has an empty name");
            }
            if (!suffix.isEmpty() && (!suffix.startsWith(".") || suffix.equals("."))) {
                throw KindlingError.valueError("Invalid suffix " + Repr.repr(suffix));
            }
            String stem = path.name().substring(0, path.name().length() - path.suffix().length());
            return path.parent().join(stem + suffix);
        });
        method("with_name", (a, k) -> {
            Object[] p = Args.bind("with_name", a, k, "self", "name");
            return self(p[0]).parent().join((String) p[1]);
        });
        method("is_absolute", (a, k) -> self(a[0]).path().startsWith("/"));
    }

    private static void files() {
        TYPE.define("cwd", new PyStaticMethod(new PyBuiltin("PosixPath.cwd",
                (a, k) -> new ScriptPath(ScriptFiles.workingDirectory())), true));
        method("exists", (a, k) -> ScriptFiles.exists(self(a[0]).path()));
        method("is_file", (a, k) -> ScriptFiles.isFile(self(a[0]).path()));
        method("is_dir", (a, k) -> ScriptFiles.isDirectory(self(a[0]).path()));
        method("mkdir", (a, k) -> {
            Object[] p = Args.bind("mkdir", a, k, "self", "mode=", "parents=", "exist_ok=");
            String path = self(p[0]).path();
            boolean existOk = p[3] != null && Ops.truthy(p[3]);
            if (p[2] != null && Ops.truthy(p[2])) {
                ScriptFiles.makeDirectories(path, existOk);
            } else if (!(existOk && ScriptFiles.isDirectory(path))) {
                ScriptFiles.makeDirectory(path);
            }
            return PyNone.NONE;
        });
        method("read_text", (a, k) -> {
            Object[] p = Args.bind("read_text", a, k, "self", "encoding=", "errors=");
            return ScriptFiles.readText(self(p[0]).path());
        });
        method("write_text", (a, k) -> {
            Object[] p = Args.bind("write_text", a, k, "self", "data", "encoding=", "errors=", "newline=");
            if (!(p[1] instanceof String text)) {
                throw KindlingError.typeError("data must be str, not " + Ops.typeName(p[1]));
            }
            ScriptFiles.writeText(self(p[0]).path(), text);
            return (long) text.codePointCount(0, text.length());
        });
        method("unlink", (a, k) -> {
            Object[] p = Args.bind("unlink", a, k, "self", "missing_ok=");
            String path = self(p[0]).path();
            if (!(p[1] != null && Ops.truthy(p[1]) && !ScriptFiles.exists(path))) {
                ScriptFiles.remove(path);
            }
            return PyNone.NONE;
        });
        method("iterdir", (a, k) -> {
            ScriptPath folder = self(a[0]);
            List<Object> children = new ArrayList<>();
            for (String name : ScriptFiles.list(folder.path())) {
                children.add(folder.join(name));
            }
            return new PyIterator(children.iterator(), "generator");
        });
    }
}
