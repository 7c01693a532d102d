package dev.kindling.nn;

import java.util.ArrayList;
import java.util.List;

import dev.kindling.errors.KindlingError;

/**
 * Holds submodules in a list (registered as 0, 1, ...); it has no forward of its own.
 *
 * <pre>{@code
 * ModuleList blocks = new ModuleList(new Linear(4, 4), new Linear(4, 4));
 * int parameters = blocks.parameters().size();   // 4: two weights, two biases
 * }</pre>
 */
public class ModuleList extends Sequential {
    public ModuleList(Module... modules) {
        super(modules);
    }

    /**
     * PyTorch's ModuleList repr: runs of children that print the same are shown once, as
     * {@code (0-2): 3 x Linear(...)}.
     */
    @Override
    public String toString() {
        List<String> reprs = new ArrayList<>();
        for (Module m : children()) {
            reprs.add(String.valueOf(m));
        }
        if (reprs.isEmpty()) {
            return name() + "()";
        }
        StringBuilder sb = new StringBuilder(name()).append('(');
        int start = 0;
        for (int i = 1; i <= reprs.size(); i++) {
            if (i < reprs.size() && reprs.get(i).equals(reprs.get(start))) {
                continue;
            }
            String block = reprs.get(start);
            String label = i - 1 == start ? "(" + start + "): " : "(" + start + "-" + (i - 1) + "): " + (i - start) + " x ";
            sb.append("\n  ").append((label + block).replace("\n", "\n  "));
            start = i;
        }
        return sb.append("\n)").toString();
    }

    /** A ModuleList has no forward, whatever its first module takes. */
    @Override
    public List<String> tensorInputs() {
        return null;
    }

    @Override
    public Object forward(Object... inputs) {
        throw KindlingError.notImplementedError("Module [ModuleList] is missing the required \"forward\" function");
    }
}
