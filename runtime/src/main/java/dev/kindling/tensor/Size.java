package dev.kindling.tensor;

import java.util.Arrays;

/**
 * {@code torch.Size}: an immutable tuple of dimension sizes, printed as {@code torch.Size([2, 3])}.
 *
 * <pre>{@code
 * Size s = Torch.zeros(2, 3).shape();
 * s.get(-1);            // 3
 * s.toString();         // torch.Size([2, 3])
 * }</pre>
 */
public final class Size {
    private final int[] dims;

    public Size(int... dims) {
        this.dims = dims.clone();
    }

    public int rank() {
        return dims.length;
    }

    public int get(int i) {
        return dims[i < 0 ? i + dims.length : i];
    }

    public int[] toArray() {
        return dims.clone();
    }

    public long numel() {
        long n = 1;
        for (int d : dims) {
            n *= d;
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Size s && Arrays.equals(dims, s.dims);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dims);
    }

    @Override
    public String toString() {
        return "torch.Size(" + Shapes.str(dims) + ")";
    }
}
