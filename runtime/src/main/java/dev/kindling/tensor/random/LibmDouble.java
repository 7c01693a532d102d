package dev.kindling.tensor.random;

/**
 * The double-precision log, sin and cos that PyTorch's CPU normal kernels call through glibc.
 * Provisional: StrictMath (fdlibm) for now.
 */
final class LibmDouble {

    private LibmDouble() {
    }

    static double log(double x) {
        return StrictMath.log(x);
    }

    static double sin(double x) {
        return StrictMath.sin(x);
    }

    static double cos(double x) {
        return StrictMath.cos(x);
    }
}
