package dev.kindling.tensor.cpu;

/**
 * The arrays of one float32 Adam step, all of the parameter's length: the parameter and its two
 * moments (updated in place), the gradient as floats or, when {@code gradFloats} is null, as
 * doubles, and scratch room the kernel may use (the gradient's floats, the square roots).
 */
public record AdamArrays(float[] param, float[] expAvg, float[] expAvgSq, float[] gradFloats, double[] gradDoubles,
        float[] scratch) {}
