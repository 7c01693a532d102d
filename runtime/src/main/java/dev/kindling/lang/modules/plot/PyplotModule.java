package dev.kindling.lang.modules.plot;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.errors.Warnings;
import dev.kindling.lang.eval.Context;
import dev.kindling.lang.files.FileAccess;
import dev.kindling.lang.modules.TimeModule;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.BuiltinBody;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyList;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.PyTuple;
import dev.kindling.lang.objects.Repr;

/**
 * {@code matplotlib.pyplot}: a small subset of the state-based plotting API, one set of axes per
 * figure, rendered to PNG. There is no window: show() draws each open figure as a text chart
 * ({@link TextChart}, as {@link ShowSettings} decide), saves it to a file in the session's own
 * folder and prints its path; pause(interval) and draw() keep the figures open. A host attached
 * through {@link FigureRelay} gets each figure as data when show(), pause() or draw() draws it.
 * Functions that return artists in matplotlib (plot, scatter, title,
 * xlabel, legend...) return None here; xlim/ylim return the limits and hist returns (n, bins, None).
 */
public final class PyplotModule {
    private static final double LINE_WIDTH = 1.5;
    private static final double MARKER_SIZE = 6;
    private static final double SCATTER_AREA = 36;

    private final Context context;
    private final Supplier<ShowSettings> settings;
    private final FigureRelay relay;
    private final FigureFolder folder = new FigureFolder();
    private final List<Figure> figures = new ArrayList<>();
    private Figure current;
    private final LiveChart live;

    private PyplotModule(Context context, Supplier<ShowSettings> settings, FigureRelay relay) {
        this.context = context;
        this.settings = settings;
        this.live = new LiveChart(context);
        this.relay = relay;
    }

    /** The {@code matplotlib} package, holding its {@code pyplot} submodule. */
    public static PyModule createPackage(Context context) {
        return createPackage(context, new FigureRelay());
    }

    /** The package whose figures also go to {@code relay} when drawn (a session's, for Kindling Lab). */
    public static PyModule createPackage(Context context, FigureRelay relay) {
        return createPackage(context, () -> ShowSettings.fromEnvironment(context.outIsTerminal()), relay);
    }

    /** The package with show() presenting figures as the given settings say (tests fix them). */
    static PyModule createPackage(Context context, Supplier<ShowSettings> settings) {
        return createPackage(context, settings, new FigureRelay());
    }

    private static PyModule createPackage(Context context, Supplier<ShowSettings> settings, FigureRelay relay) {
        PyModule matplotlib = new PyModule("matplotlib");
        matplotlib.set("__version__", "3.8.0 (Kindling subset)");
        matplotlib.set("pyplot", new PyplotModule(context, settings, relay).module());
        return matplotlib;
    }

    private PyModule module() {
        PyModule m = new PyModule("matplotlib.pyplot");
        function(m, "plot", this::plot);
        function(m, "scatter", this::scatter);
        function(m, "hist", this::hist);
        function(m, "xlabel", (a, k) -> {
            gcf().xlabel = text(Args.bind("xlabel", a, k, "xlabel")[0]);
            return PyNone.NONE;
        });
        function(m, "ylabel", (a, k) -> {
            gcf().ylabel = text(Args.bind("ylabel", a, k, "ylabel")[0]);
            return PyNone.NONE;
        });
        function(m, "title", (a, k) -> {
            gcf().title = text(Args.bind("title", a, k, "label")[0]);
            return PyNone.NONE;
        });
        function(m, "legend", this::legend);
        function(m, "grid", (a, k) -> {
            Object visible = Args.bind("grid", a, k, "visible=")[0];
            Figure f = gcf();
            f.grid = visible == null || visible == PyNone.NONE ? !f.grid : Ops.truthy(visible);
            return PyNone.NONE;
        });
        function(m, "xlim", (a, k) -> limits("xlim", a, k, "left", "right", true));
        function(m, "ylim", (a, k) -> limits("ylim", a, k, "bottom", "top", false));
        function(m, "tight_layout", (a, k) -> {
            Object pad = Args.bind("tight_layout", a, k, "*", "pad=")[0];
            gcf().tightLayout = pad == null || pad == PyNone.NONE ? 1.08 : Ops.toDouble(pad);
            return PyNone.NONE;
        });
        function(m, "figure", this::figure);
        function(m, "savefig", this::savefig);
        function(m, "show", (a, k) -> {
            Args.bind("show", a, k, "*", "block=");
            show();
            return PyNone.NONE;
        });
        function(m, "pause", (a, k) -> {
            double interval = Ops.toDouble(Args.bind("pause", a, k, "interval")[0]);
            figures.forEach(relay::publish);
            pause(interval);
            return PyNone.NONE;
        });
        function(m, "cla", (a, k) -> {
            Args.exactly("cla", a, k, 0);
            gcf().clear();
            return PyNone.NONE;
        });
        function(m, "draw", (a, k) -> {
            Args.exactly("draw", a, k, 0);
            figures.forEach(relay::publish);
            return PyNone.NONE;
        });
        function(m, "close", this::close);
        function(m, "clf", (a, k) -> {
            Args.exactly("clf", a, k, 0);
            gcf().clear();
            return PyNone.NONE;
        });
        return m;
    }

    private static void function(PyModule m, String name, BuiltinBody body) {
        m.set(name, new PyBuiltin(m.name() + "." + name, body));
    }

    /** The current figure, creating figure 1 (or the next number) when none is open, as plt.gcf(). */
    private Figure gcf() {
        if (current == null) {
            current = newFigure(Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT, Figure.DEFAULT_DPI);
        }
        return current;
    }

    private Figure newFigure(double width, double height, double dpi) {
        int number = 1;
        for (Figure f : figures) {
            number = Math.max(number, f.number + 1);
        }
        Figure f = new Figure(number, width, height, dpi);
        figures.add(f);
        return f;
    }

    private static String text(Object value) {
        return Repr.str(value);
    }

    // plot(y), plot(x, y), plot(x, y, fmt), repeated: plot(x1, y1, 'r', x2, y2, 'b--').
    private Object plot(Object[] args, Map<String, Object> kwargs) {
        Object label = null;
        Color color = null;
        Double lineWidth = null;
        String marker = null;
        String lineStyle = null;
        Double markerSize = null;
        if (kwargs != null) {
            for (Map.Entry<String, Object> e : kwargs.entrySet()) {
                Object v = e.getValue();
                switch (e.getKey()) {
                    case "label": label = v; break;
                    case "color": case "c": color = PlotData.color(v); break;
                    case "linewidth": case "lw": lineWidth = Ops.toDouble(v); break;
                    case "marker": marker = markerName(v); break;
                    case "linestyle": case "ls": lineStyle = lineStyleName(v); break;
                    case "markersize": case "ms": markerSize = Ops.toDouble(v); break;
                    default:
                        throw new KindlingError(ErrorType.ATTRIBUTE_ERROR,
                                "Line2D.set() got an unexpected keyword argument '" + e.getKey() + "'");
                }
            }
        }
        Figure f = gcf();
        int i = 0;
        List<Series> added = new ArrayList<>();
        while (i < args.length) {
            if (args[i] instanceof String) {
                throw KindlingError.valueError("third arg must be a format string");
            }
            List<ShapeRules.Line> lines;
            if (i + 1 < args.length && !(args[i + 1] instanceof String)) {
                lines = ShapeRules.lines(PlotData.array(args[i]), PlotData.array(args[i + 1]));
                i += 2;
            } else {
                lines = ShapeRules.lines(PlotData.array(args[i]));
                i += 1;
            }
            String fmtMarker = null;
            String fmtStyle = null;
            Color fmtColor = null;
            if (i < args.length && args[i] instanceof String fmt) {
                FormatString parsed = FormatString.parse(fmt);
                fmtMarker = parsed.marker();
                fmtStyle = parsed.lineStyle();
                fmtColor = parsed.color();
                i++;
            }
            String style = lineStyle != null ? lineStyle : fmtStyle != null ? fmtStyle : "-";
            String mk = marker != null ? marker : fmtMarker != null ? fmtMarker : "";
            List<String> labels = lineLabels(label, lines.size());
            for (int c = 0; c < lines.size(); c++) {
                ShapeRules.Line line = lines.get(c);
                Color lineColor = color != null ? color : fmtColor != null ? fmtColor : f.nextColor();
                added.add(new Series(Series.Kind.LINE, line.x(), line.y(), lineColor,
                        lineWidth != null ? lineWidth : LINE_WIDTH, style, mk,
                        markerSize != null ? markerSize : MARKER_SIZE, null, labels.get(c)));
            }
        }
        f.series.addAll(added);
        return PyNone.NONE;
    }

    /**
     * The label of each of n lines from one x/y pair: a string labels them all, a list gives one
     * each when there are several, as matplotlib.
     */
    private static List<String> lineLabels(Object label, int n) {
        List<String> out = new ArrayList<>();
        boolean perLine = n > 1 && (label instanceof PyList || label instanceof PyTuple);
        List<Object> given = perLine ? Ops.toList(label) : null;
        if (perLine && given.size() != n) {
            throw KindlingError.valueError("label must be scalar or have the same length as the input data, but found "
                    + given.size() + " for " + n + " datasets.");
        }
        for (int c = 0; c < n; c++) {
            Object l = perLine ? given.get(c) : label;
            out.add(l == null || l == PyNone.NONE ? null : text(l));
        }
        return out;
    }

    private static String markerName(Object v) {
        if (v == PyNone.NONE) {
            return "";
        }
        String s = text(v);
        if (s.isEmpty() || s.equals("None") || s.equals("none")) {
            return "";
        }
        if (s.length() != 1 || FormatString.MARKERS.indexOf(s.charAt(0)) < 0) {
            throw KindlingError.valueError("Unrecognized marker style " + Repr.repr(v));
        }
        return s;
    }

    private static String lineStyleName(Object v) {
        String s = v == PyNone.NONE ? "None" : text(v);
        switch (s) {
            case "-": case "solid": return "-";
            case "--": case "dashed": return "--";
            case ":": case "dotted": return ":";
            case "-.": case "dashdot": return "-.";
            case "": case " ": case "None": case "none": return "";
            default:
                throw KindlingError.valueError(Repr.repr(v) + " is not a valid value for ls; supported values are "
                        + "'-', '--', '-.', ':', 'None', ' ', '', 'solid', 'dashed', 'dashdot', 'dotted'");
        }
    }

    private Object scatter(Object[] args, Map<String, Object> kwargs) {
        Object[] p = Args.bind("scatter", args, kwargs, "x", "y", "s=", "c=", "marker=", "*", "label=", "color=");
        ShapeRules.Line points = ShapeRules.scatter(PlotData.array(p[0]), PlotData.array(p[1]));
        double area = SCATTER_AREA;
        if (p[2] != null && p[2] != PyNone.NONE) {
            if (!(p[2] instanceof Long || p[2] instanceof Double)) {
                throw KindlingError.notImplementedError("Kindling's scatter takes one marker size s for all points");
            }
            area = Ops.toDouble(p[2]);
        }
        if (p[3] != null && p[3] != PyNone.NONE && p[6] != null && p[6] != PyNone.NONE) {
            throw KindlingError.valueError("Supply a 'c' argument or a 'color' kwarg but not both; they differ but "
                    + "their functionalities overlap.");
        }
        Color color = PlotData.color(p[6] != null ? p[6] : p[3]);
        String marker = p[4] == null ? "o" : markerName(p[4]);
        Figure f = gcf();
        String label = p[5] == null || p[5] == PyNone.NONE ? null : text(p[5]);
        f.series.add(new Series(Series.Kind.SCATTER, points.x(), points.y(), color != null ? color : f.nextColor(), 0, "",
                marker.isEmpty() ? "o" : marker, Math.sqrt(Math.max(0, area)), null, label));
        return PyNone.NONE;
    }

    private Object hist(Object[] args, Map<String, Object> kwargs) {
        Object[] p = Args.bind("hist", args, kwargs, "x", "bins=", "range=", "*", "color=", "label=");
        double[] values = ShapeRules.histValues(PlotData.array(p[0]));
        int bins = p[1] == null || p[1] == PyNone.NONE ? 10 : (int) Ops.toLong(p[1]);
        if (bins < 1) {
            throw KindlingError.valueError("`bins` must be positive, when an integer");
        }
        double lo;
        double hi;
        if (p[2] != null && p[2] != PyNone.NONE) {
            List<Object> r = Ops.toList(p[2]);
            lo = Ops.toDouble(r.get(0));
            hi = Ops.toDouble(r.get(1));
            if (lo > hi) {
                throw KindlingError.valueError("max must be larger than min in range parameter.");
            }
        } else if (values.length == 0) {
            lo = 0;
            hi = 1;
        } else {
            lo = Double.POSITIVE_INFINITY;
            hi = Double.NEGATIVE_INFINITY;
            for (double v : values) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo == hi) {
            lo -= 0.5;
            hi += 0.5;
        }
        double[] edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            edges[i] = lo + (hi - lo) * i / bins;
        }
        double[] counts = new double[bins];
        for (double v : values) {
            if (v < lo || v > hi || Double.isNaN(v)) {
                continue;
            }
            int b = (int) ((v - lo) / (hi - lo) * bins);
            counts[Math.min(b, bins - 1)]++;
        }
        Figure f = gcf();
        Color color = PlotData.color(p[3]);
        String label = p[4] == null || p[4] == PyNone.NONE ? null : text(p[4]);
        double[] left = java.util.Arrays.copyOf(edges, bins);
        f.series.add(new Series(Series.Kind.BARS, left, counts, color != null ? color : f.nextColor(), 0, "", "",
                0, edges, label));
        List<Object> n = new ArrayList<>();
        for (double c : counts) {
            n.add(c);
        }
        List<Object> e = new ArrayList<>();
        for (double x : edges) {
            e.add(x);
        }
        return PyTuple.of(new PyList(n), new PyList(e), PyNone.NONE);
    }

    private Object legend(Object[] args, Map<String, Object> kwargs) {
        Object[] p = Args.bind("legend", args, kwargs, "labels=", "*", "loc=");
        Figure f = gcf();
        if (p[1] != null && p[1] != PyNone.NONE) {
            String loc = text(p[1]);
            if (!Figure.LEGEND_LOCATIONS.contains(loc)) {
                throw KindlingError.valueError(Repr.repr(p[1]) + " is not a valid value for loc; supported values are "
                        + "'best', 'upper right', 'upper left', 'lower left', 'lower right' (Kindling's subset)");
            }
            f.legendLocation = loc;
        }
        if (p[0] != null && p[0] != PyNone.NONE) {
            List<Object> labels = Ops.toList(p[0]);
            for (int i = 0; i < f.series.size(); i++) {
                f.series.get(i).label = i < labels.size() ? text(labels.get(i)) : null;
            }
        }
        boolean any = false;
        for (Series s : f.series) {
            any |= s.inLegend();
        }
        if (!any) {
            Warnings.warn(ErrorType.USER_WARNING, "No artists with labels found to put in legend.  Note that artists "
                    + "whose label start with an underscore are ignored when legend() is called with no argument.");
        }
        f.legend = true;
        return PyNone.NONE;
    }

    private Object limits(String name, Object[] args, Map<String, Object> kwargs, String lowName, String highName,
            boolean xAxis) {
        Object[] p = Args.bind(name, args, kwargs, lowName + "=", highName + "=");
        Object low = p[0];
        Object high = p[1];
        if (low instanceof PyTuple || low instanceof PyList) {
            if (high != null) {
                throw KindlingError.typeError("Cannot pass both '" + lowName + "' and '" + highName
                        + "' as a sequence and separately");
            }
            List<Object> pair = Ops.toList(low);
            if (pair.size() != 2) {
                throw KindlingError.valueError("too many values to unpack (expected 2)");
            }
            low = pair.get(0);
            high = pair.get(1);
        }
        Figure f = gcf();
        double[] current = xAxis ? f.xLimits() : f.yLimits();
        if (low == null && high == null) {
            return PyTuple.of(current[0], current[1]);
        }
        double lo = low == null || low == PyNone.NONE ? current[0] : Ops.toDouble(low);
        double hi = high == null || high == PyNone.NONE ? current[1] : Ops.toDouble(high);
        if (lo == hi) {
            Warnings.warn(ErrorType.USER_WARNING, "Attempting to set identical low and high " + name + "s makes "
                    + "transformation singular; automatically expanding.");
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.001;
            lo -= pad;
            hi += pad;
        }
        if (xAxis) {
            f.xlim = new double[] {lo, hi};
        } else {
            f.ylim = new double[] {lo, hi};
        }
        return PyTuple.of(lo, hi);
    }

    private Object figure(Object[] args, Map<String, Object> kwargs) {
        Object[] p = Args.bind("figure", args, kwargs, "num=", "figsize=", "dpi=");
        if (p[0] != null && p[0] != PyNone.NONE) {
            long num = Ops.toLong(p[0]);
            for (Figure f : figures) {
                if (f.number == num) {
                    current = f;
                    return PyNone.NONE;
                }
            }
        }
        double width = Figure.DEFAULT_WIDTH;
        double height = Figure.DEFAULT_HEIGHT;
        if (p[1] != null && p[1] != PyNone.NONE) {
            List<Object> size = Ops.toList(p[1]);
            if (size.size() != 2) {
                throw KindlingError.valueError("figure size must be a (width, height) pair in inches");
            }
            width = Ops.toDouble(size.get(0));
            height = Ops.toDouble(size.get(1));
            if (!(width > 0 && height > 0) || !Double.isFinite(width) || !Double.isFinite(height)) {
                throw KindlingError.valueError("figure size must be positive finite not (" + Repr.repr(size.get(0))
                        + ", " + Repr.repr(size.get(1)) + ")");
            }
        }
        double dpi = p[2] == null || p[2] == PyNone.NONE ? Figure.DEFAULT_DPI : positiveDpi(p[2]);
        Figure f;
        if (p[0] != null && p[0] != PyNone.NONE) {
            f = new Figure((int) Ops.toLong(p[0]), width, height, dpi);
            figures.add(f);
        } else {
            f = newFigure(width, height, dpi);
        }
        current = f;
        return PyNone.NONE;
    }

    private static double positiveDpi(Object value) {
        double dpi = Ops.toDouble(value);
        if (!(dpi > 0) || dpi > 1000) {
            throw KindlingError.valueError("dpi must be between 0 and 1000 in Kindling's pyplot, not " + Repr.repr(value));
        }
        return dpi;
    }

    private Object savefig(Object[] args, Map<String, Object> kwargs) {
        Object[] p = Args.bind("savefig", args, kwargs, "fname", "*", "dpi=");
        Figure f = gcf();
        double dpi = p[1] == null || p[1] == PyNone.NONE ? f.dpi : positiveDpi(p[1]);
        Path path = FigureFiles.savePath(text(p[0]));
        FigureFiles.writePng(FigureRenderer.render(f, dpi), path);
        return PyNone.NONE;
    }

    /**
     * Shows every open figure as the settings say (a text chart, then the PNG saved in the
     * session's folder and its path; or the PNG only), and closes them: there is no window to keep.
     * A session without file access gets the chart and a line saying the file was not saved.
     */
    private void show() {
        ShowSettings how = settings.get();
        for (Figure f : figures) {
            relay.publish(f);
            if (how.chart()) {
                context.out().print(TextChart.render(f, how));
            }
            if (!FileAccess.current().allowsFiles()) {
                context.out().println("[figure not saved: this session has no file access]");
                continue;
            }
            Path path = folder.nextFile();
            FigureFiles.writePng(FigureRenderer.render(f, f.dpi), path);
            context.out().println("[figure saved to " + path + "]");
        }
        context.out().flush();
        figures.clear();
        current = null;
    }

    /**
     * plt.pause(interval): in a terminal, draws the current figure's text chart (over the one the
     * last pause drew: {@link LiveChart}) and keeps the figure open; then waits. Elsewhere it only
     * waits, as matplotlib's non-interactive backend does; show() still presents the figure.
     */
    private void pause(double seconds) {
        ShowSettings how = settings.get();
        if (current != null && how.chart() && context.outIsTerminal()) {
            live.draw(TextChart.render(current, how), how.height() + 2);
        }
        TimeModule.sleep(context, seconds);
    }

    private Object close(Object[] args, Map<String, Object> kwargs) {
        Object[] p = Args.bind("close", args, kwargs, "fig=");
        Object which = p[0];
        if (which == null || which == PyNone.NONE) {
            if (current != null) {
                figures.remove(current);
            }
        } else if ("all".equals(which)) {
            figures.clear();
        } else if (which instanceof Long n) {
            figures.removeIf(f -> f.number == n);
        } else {
            throw KindlingError.typeError("close() argument must be a Figure, an int, a string, or None, not "
                    + Ops.typeName(which));
        }
        current = figures.isEmpty() ? null : figures.get(figures.size() - 1);
        return PyNone.NONE;
    }
}
