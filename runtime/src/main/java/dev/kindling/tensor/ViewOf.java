package dev.kindling.tensor;

import dev.kindling.autograd.GradMode;

/**
 * What makes a tensor a view, as PyTorch has it: another tensor's storage (the elements of its
 * {@link #base}, which is never itself a view), read from an offset through strides. Making a
 * view costs O(1) whatever its size: basic indexing ({@code x[0]}, {@code x[:, 1:]}), narrow,
 * transpose, permute and expand compute the view's offset and strides from their source's, so a
 * view of a view is a view of the base.
 *
 * <p>Kindling's kernels still read a tensor's elements in row-major order, so a view keeps a
 * row-major copy of what it shows, made only when a kernel first reads it ({@link Elements}'
 * pending fill) and made again after the base changes ({@link #refresh}); reading single
 * elements ({@link Tensor#at}) and taking views of the view never make it. An in-place write to
 * a view goes to the base at once ({@link #writeThrough}). The version counter is shared both
 * ways, as in PyTorch: a change to either moves the version of both.
 *
 * <pre>{@code
 * Tensor x = Torch.ones(2, 3);
 * x.get(Index.at(0)).zero_();   // x is now [[0, 0, 0], [1, 1, 1]]
 * }</pre>
 */
final class ViewOf {
    /** Element counts from which a view's copy is made when first read rather than at once. */
    static final int LAZY_FROM = 1 << 12;

    /** The tensor whose elements hold the storage; never a view (views of views point here). */
    final Tensor base;
    /** Where the view's first element is among the base's elements. */
    final int offset;
    /** The view's shape when made; a reshaped alias shares this link, element for element. */
    final int[] shape;
    /** Steps between the view's elements along each dim, in base elements (0 for an expanded dim). */
    final int[] strides;
    /** How the view's copy is made from the base: a gather through the strides, or a faster fill. */
    private final Elements.Fill fill;
    /**
     * Whether the view's elements are its base's own (a view or reshape of a tensor that is not a
     * view): then there is no copy to keep up to date, and writes reach the base by themselves.
     */
    final boolean direct;
    /** The base's element write count that the view's copy reflects (see {@link #refresh}). */
    private int baseWritesSeen;

    private ViewOf(Tensor base, int offset, int[] shape, int[] strides, Elements.Fill fill) {
        this(base, offset, shape, strides, fill, false);
    }

    private ViewOf(Tensor base, int offset, int[] shape, int[] strides, Elements.Fill fill, boolean direct) {
        this.direct = direct;
        this.base = base;
        this.offset = offset;
        this.shape = shape;
        this.strides = strides;
        this.fill = fill != null ? fill : new Gather(this);
        this.baseWritesSeen = base.elements.writes();
    }

    /**
     * A view of {@code source} with the given shape, {@code offset} and {@code strides} into the
     * storage of {@code source}'s base ({@link #baseOf}). {@code fill} makes its row-major copy
     * (null: a gather through the strides); small views are copied at once, as a kernel will read
     * them anyway.
     */
    static Tensor make(Tensor source, int[] shape, int offset, int[] strides, Elements.Fill fill) {
        if (Devices.onDevice(source)) { // a device's views are copies its backend gathers
            return Devices.gathered(baseOf(source), shape, offset, strides);
        }
        ViewOf link = new ViewOf(baseOf(source), offset, shape, strides, fill);
        int numel = Shapes.numel(shape);
        Elements elements = Elements.pending(numel, link.fill);
        if (numel < LAZY_FROM) {
            elements.readDoubles();
        }
        Tensor view = new Tensor(elements, shape, source.dtype);
        view.shareVersionOf(source);
        view.viewOf = link;
        return view;
    }

    /** The link of a view over {@code base}'s own elements, in their order ({@link Tensor#alias}). */
    static ViewOf direct(Tensor base) {
        return new ViewOf(base, 0, base.shape, Shapes.strides(base.shape), null, true);
    }

    /** The tensor that owns {@code t}'s storage: t itself unless t is a view. */
    static Tensor baseOf(Tensor t) {
        return t.viewOf == null ? t : t.viewOf.base;
    }

    /** Where t's first element is in its base's elements. */
    static int offsetOf(Tensor t) {
        return t.viewOf == null ? 0 : t.viewOf.offset;
    }

    /**
     * t's strides in its base's elements: row-major for a tensor that is not a view; for an alias
     * of a view with another shape, worked out as {@code view} does (null if none exist).
     */
    static int[] stridesOf(Tensor t) {
        if (t.viewOf == null) {
            return Shapes.strides(t.shape);
        }
        if (java.util.Arrays.equals(t.shape, t.viewOf.shape)) {
            return t.viewOf.strides;
        }
        return Layout.viewStrides(t.viewOf.shape, t.viewOf.strides, t.shape);
    }

    /** The base element that the view's element at row-major position {@code flat} is. */
    int position(int flat) {
        int at = offset;
        for (int d = shape.length - 1; d >= 0; d--) {
            at += (flat % shape[d]) * strides[d];
            flat /= shape[d];
        }
        return at;
    }

    /** Every element's base position, in the view's row-major order. */
    int[] positions() {
        return Reshapes.positions(shape, strides, offset);
    }

    /**
     * Drops the view's copy when the base was written since it was made, so that the next read
     * makes it again from the base as it is then ({@code v = w.t(); w.add_(1)} changes v).
     * Called before every use of the view's elements ({@link Tensor#doubles()}).
     */
    void refresh(Tensor view) {
        if (direct) {
            return;
        }
        int now = base.elements.writes();
        if (now != baseWritesSeen) {
            view.elements.refill(fill);
            baseWritesSeen = now;
        }
    }

    /**
     * Copies a view's elements into its base after an in-place change to the view, and gives the
     * base PyTorch's CopySlices history when either side is part of a graph.
     */
    static void writeThrough(Tensor view) {
        ViewOf link = view.viewOf;
        if (link == null || link.direct) {
            return;
        }
        Tensor base = link.base;
        boolean records = GradMode.isEnabled() && (base.requiresGrad() || view.requiresGrad());
        Tensor before = records && base.requiresGrad() ? base.inPlaceBase() : null;
        double[] baseValues = base.doubles();
        double[] viewValues = view.elements.readDoubles();
        int[] counter = new int[link.shape.length];
        int at = link.offset;
        for (int i = 0; i < viewValues.length; i++) {
            baseValues[at] = viewValues[i];
            at = Reshapes.advance(counter, link.shape, link.strides, at);
        }
        // the version was bumped once already, through the counter the view shares with its base
        // (or not at all, for a view's .data, as in PyTorch); the base's elements did change
        base.elements.wrote();
        link.baseWritesSeen = base.elements.writes(); // and the view holds them
        if (records) {
            int[] positions = link.positions();
            base.adoptHistory(Indexing.copySlices(base, view.shape, positions, before, view, "CopySlices"));
            view.adoptHistory(throughBase(base, view, positions));
        }
    }

    /**
     * The history a view takes after an in-place write, as PyTorch regenerates it: its elements
     * read from the base's new history (AsStridedBackward0), so gradients reach the write's inputs
     * through the base's CopySlices.
     */
    private static Tensor throughBase(Tensor base, Tensor view, int[] positions) {
        int[] baseShape = base.shape.clone();
        return new Tensor(view.elements, view.shape, view.dtype).withGradFn("AsStridedBackward0", new Tensor[] {base},
                g -> new Tensor[] {Gradients.scattered(g, baseShape, positions)}, false);
    }

    /** Makes a view's copy by reading the base through the view's offset and strides. */
    private record Gather(ViewOf link) implements Elements.Fill {
        @Override
        public void into(double[] out) {
            Reshapes.gatherInto(link.base.values(), link.offset, link.shape, link.strides, out);
        }
    }
}
