/**
 * Reverse-mode autograd over {@link dev.kindling.tensor.Tensor}: each op attaches a
 * {@link dev.kindling.autograd.Node} ({@code grad_fn}, named as PyTorch names it) whose rule is
 * written beside the op's forward code; {@link dev.kindling.autograd.Engine} runs backward
 * iteratively in reverse topological order; {@link dev.kindling.autograd.GradMode} is
 * {@code no_grad}; {@link dev.kindling.autograd.GradCheck} compares every rule with finite
 * differences. Version counters shared by aliases catch saved tensors changed in place.
 *
 * <pre>{@code
 * Tensor w = Torch.randn(3).requiresGrad_(true);
 * w.mul(w).sum().backward();
 * w.grad();                      // 2 * w
 * }</pre>
 */
package dev.kindling.autograd;
