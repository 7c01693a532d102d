package dev.kindling.embed;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyDict;
import dev.kindling.lang.objects.PyKey;
import dev.kindling.lang.objects.PyList;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyTuple;

/**
 * The names an object has, for completion: what dir() lists, plus what an object's own
 * {@code __dir__} says and an nn.Module's children, which live in {@code _modules} and not in the
 * instance dict. Anything that fails along the way just adds nothing.
 */
final class Members {
    private Members() {}

    static List<String> of(Object value) {
        Set<String> names = new LinkedHashSet<>();
        try {
            names.addAll(Ops.attributeNames(value));
        } catch (RuntimeException e) {
            return new ArrayList<>(names);
        }
        boolean plainObject = !(value instanceof PyModule || value instanceof PyClass);
        if (plainObject) {
            addModuleKeys(value, names);
            addChildren(value, names);
            addOwnDir(value, names);
        }
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        return sorted;
    }

    /** The keys of an nn.Module's {@code _modules} dict. */
    private static void addModuleKeys(Object value, Set<String> names) {
        if (Introspection.safeAttr(value, "_modules") instanceof PyDict d) {
            for (PyKey k : d.map().keySet()) {
                names.add(String.valueOf(k.value()));
            }
        }
    }

    /** nn.Module keeps its layers out of the instance dict: ask it for its children by name. */
    private static void addChildren(Object value, Set<String> names) {
        if (Ops.typeOf(value).lookup("named_children") == null) {
            return;
        }
        try {
            Object children = Ops.call(Ops.findAttr(value, "named_children"), new Object[0], Map.of());
            for (Iterator<Object> it = Ops.iterate(children); it.hasNext(); ) {
                if (it.next() instanceof PyTuple pair && pair.size() > 0) {
                    names.add(String.valueOf(pair.get(0)));
                }
            }
        } catch (RuntimeException e) {
            // Not a module after all: nothing to add.
        }
    }

    /** A script's {@code __dir__} (a builtin one lists nothing dir() does not). */
    private static void addOwnDir(Object value, Set<String> names) {
        Object dir = Introspection.safeAttr(value, "__dir__");
        if (dir == null || dir instanceof PyBuiltin) {
            return;
        }
        try {
            if (Ops.call(dir, new Object[0], Map.of()) instanceof PyList list) {
                for (Object o : Ops.toList(list)) {
                    names.add(String.valueOf(o));
                }
            }
        } catch (RuntimeException e) {
            // A broken __dir__ just adds nothing.
        }
    }
}
