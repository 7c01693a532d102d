package dev.kindling.tensor;

/**
 * One component of an index expression {@code t[...]}: an integer, a slice with optional
 * bounds, {@code None} (a new axis), {@code ...}, or a tensor (bool mask or int64 indices).
 * The interpreter turns each subscript item into one of these and calls
 * {@link Tensor#get(Index...)} or {@link Tensor#set(Index[], Tensor)}; several index tensors
 * select element-wise after broadcasting, as in PyTorch.
 *
 * <pre>{@code
 * Tensor t = Torch.arange(24).view(2, 3, 4);
 * // t[1:, ::2, None, ...] and t[t > 5] = 0
 * Tensor s = t.get(Index.slice(1L, null, null), Index.slice(null, null, 2L), Index.newAxis(), Index.ellipsis());
 * t.set(new Index[] {Index.tensor(t.gt(5))}, Torch.scalar(0, t.dtype()));
 * }</pre>
 */
public final class Index {
    enum Kind { INT, SLICE, NEW_AXIS, ELLIPSIS, TENSOR }

    final Kind kind;
    final long position;
    final Long start;
    final Long stop;
    final long step;
    final Tensor tensor;

    private Index(Kind kind, long position, Long start, Long stop, long step, Tensor tensor) {
        this.kind = kind;
        this.position = position;
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.tensor = tensor;
    }

    public static Index at(long i) {
        return new Index(Kind.INT, i, null, null, 1, null);
    }

    /** {@code start:stop:step}; null bounds mean "from the beginning" / "to the end". */
    public static Index slice(Long start, Long stop, Long step) {
        return new Index(Kind.SLICE, 0, start, stop, step == null ? 1 : step, null);
    }

    public static Index all() {
        return slice(null, null, null);
    }

    public static Index newAxis() {
        return new Index(Kind.NEW_AXIS, 0, null, null, 1, null);
    }

    public static Index ellipsis() {
        return new Index(Kind.ELLIPSIS, 0, null, null, 1, null);
    }

    /** A bool mask or an int64 tensor of positions. */
    public static Index tensor(Tensor t) {
        return new Index(Kind.TENSOR, 0, null, null, 1, t);
    }
}
