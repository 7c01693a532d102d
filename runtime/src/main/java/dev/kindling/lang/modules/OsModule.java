package dev.kindling.lang.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.kindling.lang.files.PosixPaths;
import dev.kindling.lang.files.ScriptFiles;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.BuiltinBody;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyDict;
import dev.kindling.lang.objects.PyList;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.PyTuple;

/**
 * Python's {@code os} and {@code os.path}, the part scripts use to find and make their files.
 * Every call that touches the file system goes through the session's file gate
 * ({@link ScriptFiles}); the path functions are string work ({@link PosixPaths}).
 *
 * <p>{@code os.environ} holds only the variables the host gave the session
 * ({@code Kindling.builder().environment(...)}), never the JVM's own environment: a script
 * learns nothing of the machine it runs on unless its host says so.
 */
public final class OsModule {
    private OsModule() {}

    public static PyModule create(Map<String, String> environment) {
        PyModule m = new PyModule("os");
        PyDict environ = new PyDict();
        environment.forEach(environ::put);
        m.set("environ", environ);
        m.set("sep", "/").set("pathsep", ":").set("linesep", "\n").set("curdir", ".").set("pardir", "..")
                .set("name", "posix");
        def(m, "getcwd", (a, k) -> {
            Args.exactly("getcwd", a, k, 0);
            return ScriptFiles.workingDirectory();
        });
        def(m, "fspath", (a, k) -> PathlibModule.fspath(Args.bind("fspath", a, k, "path")[0]));
        def(m, "getenv", (a, k) -> {
            Object[] p = Args.bindDef("getenv", a, k, "key", "default=");
            Object v = environ.get(p[0]);
            return v != null ? v : Args.orDefault(p[1], PyNone.NONE);
        });
        def(m, "listdir", (a, k) -> {
            Object[] p = Args.bind("listdir", a, k, "path=");
            return new PyList(new ArrayList<>(ScriptFiles.list(p[0] == null ? "." : PathlibModule.fspath(p[0]))));
        });
        def(m, "mkdir", (a, k) -> {
            Object[] p = Args.bind("mkdir", a, k, "path", "mode=", "*", "dir_fd=");
            ScriptFiles.makeDirectory(PathlibModule.fspath(p[0]));
            return PyNone.NONE;
        });
        def(m, "makedirs", (a, k) -> {
            Object[] p = Args.bindDef("makedirs", a, k, "name", "mode=", "exist_ok=");
            ScriptFiles.makeDirectories(PathlibModule.fspath(p[0]), p[2] != null && Ops.truthy(p[2]));
            return PyNone.NONE;
        });
        def(m, "remove", (a, k) -> {
            Object[] p = Args.bind("remove", a, k, "path", "*", "dir_fd=");
            ScriptFiles.remove(PathlibModule.fspath(p[0]));
            return PyNone.NONE;
        });
        def(m, "rmdir", (a, k) -> {
            Object[] p = Args.bind("rmdir", a, k, "path", "*", "dir_fd=");
            ScriptFiles.removeDirectory(PathlibModule.fspath(p[0]));
            return PyNone.NONE;
        });
        m.set("path", path());
        return m;
    }

    /** {@code os.path}, CPython's posixpath. */
    public static PyModule path() {
        PyModule m = new PyModule("posixpath");
        m.set("sep", "/");
        def(m, "join", (a, k) -> {
            if (a.length == 0) {
                Args.exactly("join", a, k, 1);
            }
            List<String> rest = new ArrayList<>();
            for (int i = 1; i < a.length; i++) {
                rest.add(PathlibModule.fspath(a[i]));
            }
            return PosixPaths.join(PathlibModule.fspath(a[0]), rest);
        });
        def(m, "basename", (a, k) -> PosixPaths.basename(one("basename", a, k)));
        def(m, "dirname", (a, k) -> PosixPaths.dirname(one("dirname", a, k)));
        def(m, "split", (a, k) -> PyTuple.of((Object[]) PosixPaths.split(one("split", a, k))));
        def(m, "splitext", (a, k) -> PyTuple.of((Object[]) PosixPaths.splitext(one("splitext", a, k))));
        def(m, "exists", (a, k) -> ScriptFiles.exists(one("exists", a, k)));
        def(m, "isfile", (a, k) -> ScriptFiles.isFile(one("isfile", a, k)));
        def(m, "isdir", (a, k) -> ScriptFiles.isDirectory(one("isdir", a, k)));
        def(m, "isabs", (a, k) -> one("isabs", a, k).startsWith("/"));
        return m;
    }

    private static String one(String function, Object[] a, Map<String, Object> k) {
        Args.exactly(function, a, k, 1);
        return PathlibModule.fspath(a[0]);
    }

    private static void def(PyModule m, String name, BuiltinBody body) {
        m.set(name, new PyBuiltin(m.name() + "." + name, body));
    }
}
