package dev.kindling.tensor;

import java.util.function.Supplier;

import dev.kindling.autograd.GradMode;

/**
 * What PyTorch would make a view: a tensor from basic indexing ({@code x[0]}, {@code x[:, 1]}),
 * transpose or permute. Kindling gives such a tensor its own contiguous elements, so this link
 * back to the tensor it came from carries in-place writes through: {@code x[0].zero_()},
 * {@code x[0][1] = 5} and {@code row = x[1]; row += 1} change x, as in PyTorch.
 *
 * <p>A change to the base afterwards is seen too: the view copies the base's elements again
 * before its next use ({@link #refresh}). The version counter is shared both ways, as in PyTorch:
 * a change to either moves the version of both, so autograd reports a view saved for backward
 * whose base changed since.
 *
 * <pre>{@code
 * Tensor x = Torch.ones(2, 3);
 * x.get(Index.at(0)).zero_();   // x is now [[0, 0, 0], [1, 1, 1]]
 * }</pre>
 */
final class ViewOf {
    /** The tensor whose elements the view shows; never itself a view (links compose). */
    final Tensor base;
    private final Supplier<int[]> positionsOf;
    private int[] positions;
    /** The base's element write count that the view's copy reflects (see {@link #refresh}). */
    private int baseWritesSeen;

    private ViewOf(Tensor base, Supplier<int[]> positionsOf) {
        this.base = base;
        this.positionsOf = positionsOf;
        this.baseWritesSeen = base.elements.writes();
    }

    /**
     * Copies the base's elements into the view again when the base was written since the view's
     * copy was made, so that the view shows them as a PyTorch view would ({@code v = w.t();
     * w.add_(1)} changes v). Called before every use of the view's elements
     * ({@link Tensor#doubles()}).
     */
    void refresh(Tensor view) {
        int now = base.elements.writes();
        if (now == baseWritesSeen) {
            return;
        }
        if (view.elements.pendingFill() != null) {
            baseWritesSeen = now; // not copied yet: the copy, when made, takes the base as it is then
            return;
        }
        double[] from = base.values(); // read only: the base keeps its floats
        double[] to = view.elements.doubles();
        int[] at = positions();
        for (int i = 0; i < at.length; i++) {
            to[i] = from[at[i]];
        }
        view.elements.wrote(); // copies made of the view's elements (the gemm's) are stale now
        baseWritesSeen = now;
    }

    /**
     * Links {@code view} to {@code source}: element i of the view is element
     * {@code positions.get()[i]} of the source (computed only if the view is written, or refreshed).
     */
    static Tensor link(Tensor view, Tensor source, Supplier<int[]> positions) {
        view.shareVersionOf(source); // as a PyTorch view does: in-place changes to either are seen by both
        ViewOf outer = source.viewOf;
        if (outer == null) {
            view.viewOf = new ViewOf(source, positions);
        } else {
            view.viewOf = new ViewOf(outer.base, () -> {
                int[] inner = positions.get();
                int[] through = outer.positions();
                int[] composed = new int[inner.length];
                for (int i = 0; i < inner.length; i++) {
                    composed[i] = through[inner[i]];
                }
                return composed;
            });
        }
        return view;
    }

    int[] positions() {
        if (positions == null) {
            positions = positionsOf.get();
        }
        return positions;
    }

    /**
     * Copies a view's elements into its base after an in-place change to the view, and gives the
     * base PyTorch's CopySlices history when either side is part of a graph.
     */
    static void writeThrough(Tensor view) {
        ViewOf link = view.viewOf;
        if (link == null) {
            return;
        }
        Tensor base = link.base;
        int[] at = link.positions();
        boolean records = GradMode.isEnabled() && (base.requiresGrad() || view.requiresGrad());
        Tensor before = records && base.requiresGrad() ? base.inPlaceBase() : null;
        double[] baseValues = base.doubles();
        double[] viewValues = view.doubles();
        for (int i = 0; i < at.length; i++) {
            baseValues[at[i]] = viewValues[i];
        }
        // the version was bumped once already, through the counter the view shares with its base
        // (or not at all, for a view's .data, as in PyTorch); the base's elements did change
        base.elements.wrote();
        link.baseWritesSeen = base.elements.writes(); // and the view holds them
        if (records) {
            base.adoptHistory(Indexing.copySlices(base, view.shape, at, before, view, "CopySlices"));
        }
    }
}
