/**
 * Seeded random numbers identical to PyTorch's on CPU, on plain Java arrays, for the tensor
 * layer to call: a learner's {@code torch.manual_seed(42)} script prints PyTorch's digits.
 *
 * <ul>
 * <li>{@link dev.kindling.tensor.random.CpuGenerator}: the mt19937 generator with PyTorch's
 *     seeding, {@code initial_seed}, {@code get_state}/{@code set_state} bytes, and the
 *     default one ({@code torch.manual_seed} reseeds it), kept per session by
 *     {@link dev.kindling.tensor.TorchState}.
 * <li>{@link dev.kindling.tensor.random.Distributions}: {@code rand}/{@code uniform_},
 *     {@code randn}/{@code normal_}, {@code randint}/{@code random_}, {@code randperm},
 *     {@code exponential_}, {@code bernoulli_} and dropout noise.
 * <li>{@link dev.kindling.tensor.random.Multinomial}: {@code torch.multinomial}.
 * </ul>
 *
 * <p>{@code nn.Linear(fan_in, out)} initialises as {@code kaiming_uniform_(w, a=sqrt(5))} then
 * {@code uniform_(b, -1/sqrt(fan_in), 1/sqrt(fan_in))}; computing the bound in double exactly as
 * {@code torch.nn.init} does, {@code Math.sqrt(3.0) * (Math.sqrt(2.0 / (1 + a * a)) /
 * Math.sqrt(fanIn))} with {@code a = Math.sqrt(5)}, and calling
 * {@code Distributions.uniform(w, -bound, bound, g)} reproduces PyTorch's weights bit for bit
 * (see {@code RandomReferenceTest}).
 *
 * <p>The reference is PyTorch 2.13 on x86-64 with AVX2 and glibc 2.36; every path is checked
 * bit for bit against it except the 16-wide float64 normal path, whose {@code log} comes from
 * {@link java.lang.Math#log} and differs from glibc's in the last bit for about 0.08% of
 * arguments (see {@code LibmDouble}).
 */
package dev.kindling.tensor.random;
