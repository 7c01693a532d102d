package dev.kindling.lang.modules;

import dev.kindling.lang.objects.BuiltinTypes;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyList;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyObj;

/**
 * Python's {@code __future__}: every feature CPython 3.11 lists, as {@code _Feature} values. They
 * change nothing: each is already how Kindling behaves (print is a function, / divides, ...), and
 * {@code annotations} has nothing to postpone since Kindling does not evaluate annotations.
 */
public final class FutureModule {
    private static final PyClass FEATURE = PyClass.javaType("_Feature", "__future__", BuiltinTypes.OBJECT, null);

    /** Name, optional release, mandatory release (null: none yet), compiler flag: CPython's table. */
    private static final String[][] FEATURES = {
        {"nested_scopes", "(2, 1, 0, 'beta', 1)", "(2, 2, 0, 'alpha', 0)", "16"},
        {"generators", "(2, 2, 0, 'alpha', 1)", "(2, 3, 0, 'final', 0)", "0"},
        {"division", "(2, 2, 0, 'alpha', 2)", "(3, 0, 0, 'alpha', 0)", "131072"},
        {"absolute_import", "(2, 5, 0, 'alpha', 1)", "(3, 0, 0, 'alpha', 0)", "262144"},
        {"with_statement", "(2, 5, 0, 'alpha', 1)", "(2, 6, 0, 'alpha', 0)", "524288"},
        {"print_function", "(2, 6, 0, 'alpha', 2)", "(3, 0, 0, 'alpha', 0)", "1048576"},
        {"unicode_literals", "(2, 6, 0, 'alpha', 2)", "(3, 0, 0, 'alpha', 0)", "2097152"},
        {"barry_as_FLUFL", "(3, 1, 0, 'alpha', 2)", "(4, 0, 0, 'alpha', 0)", "4194304"},
        {"generator_stop", "(3, 5, 0, 'beta', 1)", "(3, 7, 0, 'alpha', 0)", "8388608"},
        {"annotations", "(3, 7, 0, 'beta', 1)", "None", "16777216"},
    };

    private FutureModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("__future__");
        PyList names = new PyList();
        for (String[] f : FEATURES) {
            m.set(f[0], new Feature("_Feature(" + f[1] + ", " + f[2] + ", " + f[3] + ")"));
            names.add(f[0]);
        }
        m.set("all_feature_names", names);
        return m;
    }

    /** A feature: only its repr is observable. */
    private record Feature(String repr) implements PyObj {
        @Override
        public PyClass type() {
            return FEATURE;
        }

        @Override
        public String toString() {
            return repr;
        }
    }
}
