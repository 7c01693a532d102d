package dev.kindling.tensor;

import java.util.function.Supplier;

import dev.kindling.autograd.GradMode;

/**
 * What PyTorch would make a view: a tensor from basic indexing ({@code x[0]}, {@code x[:, 1]}),
 * transpose or permute. Kindling gives such a tensor its own contiguous elements, so this link
 * back to the tensor it came from carries in-place writes through: {@code x[0].zero_()},
 * {@code x[0][1] = 5} and {@code row = x[1]; row += 1} change x, as in PyTorch.
 *
 * <p>Writes go one way: a change to the base afterwards is not seen by a view taken before it.
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

    private ViewOf(Tensor base, Supplier<int[]> positionsOf) {
        this.base = base;
        this.positionsOf = positionsOf;
    }

    /**
     * Links {@code view} to {@code source}: element i of the view is element
     * {@code positions.get()[i]} of the source (computed only if the view is ever written).
     */
    static Tensor link(Tensor view, Tensor source, Supplier<int[]> positions) {
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
        base.bumpVersion();
        if (records) {
            base.adoptHistory(Indexing.copySlices(base, view.shape, at, before, view, "CopySlices"));
        }
    }
}
