package dev.kindling.lab;

import java.util.List;
import java.util.Optional;

import dev.kindling.embed.AutogradGraph;
import dev.kindling.embed.Introspection;
import dev.kindling.embed.TensorSnapshot;
import dev.kindling.embed.Variable;

/**
 * What the Variables and Graph panels fetch, as JSON, read from the session through
 * {@link Introspection} alone:
 * <ul>
 *   <li>{@link #variables}: {@code {"variables": [{name, type, shape, dtype, requires_grad, grad}]}},
 *       the rows of the REPL's {@code :vars};</li>
 *   <li>{@link #tensor}: {@code {name, shape, dtype, values, complete}} for a tensor by dotted name;</li>
 *   <li>{@link #graph}: {@code {name, nodes: [{id, kind, name, label, shape, value, grad}],
 *       edges: [{from, to, input}], backward, truncated}}.</li>
 * </ul>
 * A name that is no tensor gives {@code {"error": "..."}} in words a learner reads.
 */
final class PanelData {
    /** The most elements a table or heatmap gets: 100 x 100. */
    static final int TENSOR_ELEMENTS = 10_000;
    /** The most elements a graph's leaf carries: enough for a small layer's weights. */
    static final int GRAPH_ELEMENTS = 256;

    private PanelData() {}

    static String variables(Introspection look) {
        StringBuilder b = new StringBuilder("{\"variables\":[");
        boolean first = true;
        for (Variable v : look.variables()) {
            if (!v.isPublic()) {
                continue;
            }
            b.append(first ? "" : ",").append("{\"name\":").append(Json.string(v.name()))
                    .append(",\"type\":").append(Json.string(v.type()))
                    .append(",\"shape\":").append(Json.string(v.shapeText()))
                    .append(",\"dtype\":").append(Json.string(v.dtypeText()))
                    .append(",\"requires_grad\":").append(Json.string(v.requiresGradText()))
                    .append(",\"grad\":").append(Json.string(v.gradText())).append('}');
            first = false;
        }
        return b.append("]}").toString();
    }

    static String tensor(Introspection look, String name) {
        Optional<TensorSnapshot> t = look.tensor(look.lookupPath(name), TENSOR_ELEMENTS);
        if (t.isEmpty()) {
            return notATensor(name);
        }
        String snapshot = snapshot(t.get());
        return "{\"name\":" + Json.string(name) + "," + snapshot.substring(1);
    }

    static String graph(Introspection look, String name) {
        Optional<AutogradGraph> g = look.graph(look.lookupPath(name), GRAPH_ELEMENTS);
        if (g.isEmpty()) {
            return notATensor(name);
        }
        StringBuilder b = new StringBuilder("{\"name\":").append(Json.string(name)).append(",\"nodes\":[");
        List<AutogradGraph.Node> nodes = g.get().nodes();
        for (int i = 0; i < nodes.size(); i++) {
            AutogradGraph.Node n = nodes.get(i);
            b.append(i > 0 ? "," : "").append("{\"id\":").append(n.id())
                    .append(",\"kind\":").append(Json.string(n.kind().name().toLowerCase(java.util.Locale.ROOT)))
                    .append(",\"name\":").append(Json.string(n.name()))
                    .append(",\"label\":").append(n.label() == null ? "null" : Json.string(n.label()))
                    .append(",\"shape\":").append(n.shape())
                    .append(",\"value\":").append(n.value() == null ? "null" : snapshot(n.value()))
                    .append(",\"grad\":").append(n.grad() == null ? "null" : snapshot(n.grad())).append('}');
        }
        b.append("],\"edges\":[");
        List<AutogradGraph.Edge> edges = g.get().edges();
        for (int i = 0; i < edges.size(); i++) {
            AutogradGraph.Edge e = edges.get(i);
            b.append(i > 0 ? "," : "").append("{\"from\":").append(e.from()).append(",\"to\":").append(e.to())
                    .append(",\"input\":").append(e.input()).append('}');
        }
        return b.append("],\"backward\":").append(g.get().backwardDone())
                .append(",\"truncated\":").append(g.get().truncated()).append('}').toString();
    }

    private static String snapshot(TensorSnapshot t) {
        return "{\"shape\":" + t.shape() + ",\"dtype\":" + Json.string(t.dtype()) + ",\"values\":"
                + Json.numbers(t.values()) + ",\"complete\":" + t.complete() + "}";
    }

    private static String notATensor(String name) {
        return "{\"error\":" + Json.string("'" + name + "' is not a tensor of this session") + "}";
    }
}
