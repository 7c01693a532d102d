package dev.kindling.tensor;

/** Special functions the JDK lacks. */
final class SpecialFunctions {
    private SpecialFunctions() {}

    /**
     * The error function, from the complementary error function's Chebyshev fit (Numerical
     * Recipes' erfcc): relative error below 1.2e-7, enough for float32 results.
     */
    static double erf(double x) {
        double z = Math.abs(x);
        double t = 1.0 / (1.0 + 0.5 * z);
        double erfc = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? 1 - erfc : erfc - 1;
    }
}
