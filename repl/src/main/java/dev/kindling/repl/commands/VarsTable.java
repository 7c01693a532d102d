package dev.kindling.repl.commands;

import java.util.ArrayList;
import java.util.List;

import dev.kindling.embed.Session;
import dev.kindling.embed.Variable;

/**
 * The {@code :vars} table: every public variable of {@code __main__} with its type and, for
 * values that have a {@code shape} (tensors, parameters), shape, dtype, requires_grad and whether
 * {@code .grad} is set. Read by attribute lookups alone, so listing never changes the session.
 */
final class VarsTable {
    private VarsTable() {}

    static String render(Session session) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"name", "type", "shape", "dtype", "requires_grad", "grad"});
        for (Variable v : session.introspection().variables()) {
            if (v.isPublic()) {
                rows.add(row(v));
            }
        }
        if (rows.size() == 1) {
            return "No variables yet.\n";
        }
        int[] widths = new int[6];
        for (String[] r : rows) {
            for (int i = 0; i < 6; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < rows.size(); j++) {
            String[] r = rows.get(j);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                line.append(String.format("%-" + widths[i] + "s", r[i])).append(i < 5 ? "  " : "");
            }
            sb.append(line.toString().stripTrailing()).append('\n');
            if (j == 0) {
                int total = 0;
                for (int w : widths) {
                    total += w;
                }
                sb.append("-".repeat(total + 10)).append('\n');
            }
        }
        return sb.toString();
    }

    private static String[] row(Variable v) {
        return new String[] {v.name(), v.type(), v.shapeText(), v.dtypeText(), v.requiresGradText(), v.gradText()};
    }
}
