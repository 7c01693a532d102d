package dev.kindling.tensor.cpu;

/**
 * The constants of one float32 Adam step, already rounded to float as the general loop rounds
 * them: the moment's lerp weight (1 - beta1), beta2 and 1 - beta2, eps, sqrt(1 - beta2^step) and
 * the signed step size -lr / (1 - beta1^step).
 */
public record AdamConstants(float weight, float beta2, float oneMinusBeta2, float eps, float bias2Sqrt,
        float stepSize) {}
