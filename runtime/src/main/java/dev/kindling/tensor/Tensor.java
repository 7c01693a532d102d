package dev.kindling.tensor;

import java.util.ArrayList;
import java.util.List;

import dev.kindling.autograd.Engine;
import dev.kindling.autograd.GradMode;
import dev.kindling.autograd.Node;
import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.device.UnaryKernel;
import dev.kindling.tensor.storage.FloatConversions;

/**
 * A tensor: an n-dimensional array with a dtype, PyTorch's operations, and reverse-mode
 * autograd. This class is the Java DSL that both host applications and the interpreter call;
 * each operation (forward, backward, error text) is implemented once, in the op classes of this
 * package.
 *
 * <pre>{@code
 * Tensor w = Torch.randn(3).requiresGrad_(true);
 * Tensor loss = w.mul(w).sum();
 * loss.backward();
 * System.out.println(w.grad());        // tensor([...])  — 2 * w
 * System.out.println(Torch.tensor(new double[] {1, 2}).add(1));   // tensor([2., 3.])
 * }</pre>
 *
 * <p>Binary operations take a Tensor, a {@code long} (a Python int), a {@code double} (a Python
 * float) or, where PyTorch's op takes one, a {@code boolean}; the kind decides PyTorch's type
 * promotion: {@code ints.add(2)} stays int64, {@code ints.add(2.0)} becomes float32. Code that
 * holds an operand as an Object (the interpreter, the op registry) wraps it with
 * {@link Torch#asTensor(Object)} first.
 *
 * <p>Elements live in a row-major {@code double[]} (float32 values rounded to float after every
 * operation, so results match float32 arithmetic), or, where a float kernel made them (a large
 * gemm result, a parameter Adam updated), in a float array until someone reads them as doubles
 * ({@link Elements}). Aliases made by {@link #detach()}, {@link #data()} and views of the same
 * layout share the elements, so in-place updates through them are seen by the original, as in
 * PyTorch.
 */
public final class Tensor {
    /** Shared by aliases; read through {@link #doubles()} (see {@link Elements} for the float side). */
    Elements elements; // replaced only by setData
    int[] shape;
    DType dtype;
    /**
     * Shared by aliases and by the tensors PyTorch would make views of this one; bumped by every
     * in-place op, so autograd can detect stale saved values. Set once, at construction or by
     * {@link ViewOf#link}.
     */
    private int[] version;
    /** A Python number wrapped for an operator: it does not promote within its category. */
    final boolean wrappedNumber;
    /** Set when PyTorch would return a view of another tensor here: in-place writes go back to it. */
    ViewOf viewOf;
    /**
     * Set on detach() and .data: the storage is shared as a view's is, but PyTorch does not call
     * the result a view ({@code _is_view()} false, no {@code _base}, no view-of-a-leaf check).
     */
    private boolean detachedAlias;
    /** The strides PyTorch would report (see {@link Layout}); null means row-major. */
    int[] layoutStrides;

    /**
     * Set on a gradient whose storage a backward rule made for it and handed to no one else, so
     * that the first accumulation into a leaf's .grad may keep it instead of copying it (as
     * PyTorch's AccumulateGrad steals a gradient nobody else references).
     */
    boolean unsharedGradient;

    private boolean requiresGrad;
    private Tensor grad;
    private Node gradFn;
    private boolean parameter;
    private boolean retainsGrad;

    Tensor(double[] data, int[] shape, DType dtype) {
        this(new Elements(data), shape, dtype, new int[1], false);
    }

    /** A tensor over elements that may be another tensor's (an alias shares them, and the version cell). */
    Tensor(Elements elements, int[] shape, DType dtype) {
        this(elements, shape, dtype, new int[1], false);
    }

    Tensor(double[] data, int[] shape, DType dtype, int[] version, boolean wrappedNumber) {
        this(new Elements(data), shape, dtype, version, wrappedNumber);
    }

    Tensor(Elements elements, int[] shape, DType dtype, int[] version, boolean wrappedNumber) {
        this.elements = elements;
        this.shape = shape;
        this.dtype = dtype;
        this.version = version;
        this.wrappedNumber = wrappedNumber;
    }

    // ---- metadata ----

    /** {@code torch.Size} of this tensor. */
    public Size shape() {
        return new Size(shape);
    }

    public Size size() {
        return shape();
    }

    public int size(int dim) {
        if (shape.length == 0) {
            throw KindlingError.indexError("Dimension specified as " + dim + " but tensor has no dimensions");
        }
        return shape[Shapes.wrapDim(dim, shape.length)];
    }

    public int dim() {
        return shape.length;
    }

    public int numel() {
        return elements.length();
    }

    public DType dtype() {
        return dtype;
    }

    int[] shapeArray() {
        return shape;
    }

    /**
     * The elements in row-major order, which the caller may read and write (an in-place write
     * must then bump the version). Hot loops take it once, before the loop.
     */
    double[] doubles() {
        showBase();
        return elements.doubles();
    }

    /**
     * The elements for reading only (a kernel's input): like {@link #doubles()}, but float values
     * stay floats for the float kernels after it. The caller must not write the array.
     */
    double[] values() {
        showBase();
        return elements.readDoubles();
    }

    /**
     * A float32 tensor's values as floats, for reading only: the floats it keeps, else converted
     * from its doubles. The caller must not write the array.
     */
    float[] floatValues() {
        float[] kept = keptFloats();
        return kept != null ? kept : FloatConversions.toFloats(values());
    }

    /**
     * The elements as floats when they are kept so, else null; read only. A view first catches up
     * with its base (which leaves it in doubles when the base was written since).
     */
    float[] keptFloats() {
        showBase();
        return elements.floats();
    }

    /** A view shows its base's current elements: copied again if the base was written since. */
    private void showBase() {
        if (viewOf != null) {
            viewOf.refresh(this);
        }
    }

    /**
     * The element at a flat row-major position, as a double. A view whose copy is not made reads
     * it from its base, without making the copy.
     */
    public double at(int flatIndex) {
        if (Devices.onDevice(this)) {
            return Devices.hostValues(this)[flatIndex];
        }
        return viewOf == null ? elements.doubles()[flatIndex] : viewAt(flatIndex);
    }

    private double viewAt(int flatIndex) {
        showBase();
        if (elements.pendingFill() != null) {
            return viewOf.base.values()[viewOf.position(flatIndex)];
        }
        return elements.doubles()[flatIndex];
    }

    /**
     * Overwrites one element in place without autograd checks (for finite differences and test
     * fixtures; scripts use indexing).
     */
    public void setAt(int flatIndex, double value) {
        doubles()[flatIndex] = dtype.cast(value);
        bumpVersion();
    }

    /** A copy of the elements in row-major order. */
    public double[] toDoubleArray() {
        return Devices.onDevice(this) ? Devices.hostValues(this) : values().clone();
    }

    public int version() {
        return version[0];
    }

    /** The version cell shared by aliases: identifies the storage's counter for cached native copies. */
    int[] versionCounter() {
        return version;
    }

    /** Makes this freshly made tensor count versions with {@code source} (a view shares its base's counter). */
    void shareVersionOf(Tensor source) {
        version = source.version;
    }

    /**
     * Marks an in-place change (every in-place op calls it, after taking its new history): the
     * version moves on, and a tensor PyTorch would make a view passes the change to its base.
     */
    void bumpVersion() {
        version[0]++;
        elements.wrote();
        ViewOf.writeThrough(this);
    }

    /** {@code FloatTensor}, {@code LongTensor}...: how PyTorch names the type in some errors. */
    public String typeDescription() {
        switch (dtype) {
            case FLOAT32: return "torch.FloatTensor";
            case FLOAT64: return "torch.DoubleTensor";
            case INT64: return "torch.LongTensor";
            case INT32: return "torch.IntTensor";
            default: return "torch.BoolTensor";
        }
    }

    // ---- autograd state ----

    public boolean requiresGrad() {
        return requiresGrad;
    }

    /** Sets requires_grad on a leaf; PyTorch's error for a non-leaf being switched off. */
    public Tensor requiresGrad_(boolean flag) {
        if (gradFn != null && !flag) {
            throw KindlingError.runtimeError("you can only change requires_grad flags of leaf variables. If you want to "
                    + "use a computed variable in a subgraph that doesn't require differentiation use "
                    + "var_no_grad = var.detach().");
        }
        if (flag && !dtype.isFloatingPoint()) {
            throw KindlingError.runtimeError("only Tensors of floating point dtype can require gradients");
        }
        requiresGrad = flag;
        return this;
    }

    /** Same as {@code requiresGrad_(true)}, for the Java DSL. */
    public Tensor requiresGrad(boolean flag) {
        return requiresGrad_(flag);
    }

    public Tensor grad() {
        return grad;
    }

    public void setGrad(Tensor g) {
        if (g != null && !java.util.Arrays.equals(g.shape, shape)) {
            throw KindlingError.runtimeError("assigned grad has data of a different size");
        }
        this.grad = g;
    }

    public Node gradFn() {
        return gradFn;
    }

    public boolean isLeaf() {
        return gradFn == null;
    }

    public boolean isParameter() {
        return parameter;
    }

    /** Marks this tensor as an nn.Parameter (a leaf that requires grad, shown as "Parameter containing:"). */
    public Tensor asParameter(boolean requiresGrad) {
        Tensor p = new Tensor(elements, shape, dtype, version, false);
        p.parameter = true;
        p.requiresGrad = requiresGrad;
        return p;
    }

    /** {@code retain_grad()}: a non-leaf keeps its gradient in {@code .grad} after backward. */
    public void retainGrad() {
        retainsGrad = true;
        if (gradFn != null) {
            gradFn.retainGradFor(this);
        }
    }

    /** {@code retains_grad}: true after retain_grad() on a non-leaf. */
    public boolean retainsGrad() {
        return retainsGrad && gradFn != null;
    }

    /** Attaches the backward node of the op that produced this tensor (when any input requires grad). */
    Tensor withGradFn(String name, Tensor[] inputs, Node.Rule rule, boolean savesTensors) {
        return recordsGraph(inputs) ? recordedBy(new Node(name, inputs, rule, savesTensors)) : this;
    }

    /** {@link #withGradFn} for an op whose backward reads only the inputs marked in {@code saved} (null: all). */
    Tensor withGradFn(String name, Tensor[] inputs, Node.Rule rule, boolean[] saved) {
        return recordsGraph(inputs) ? recordedBy(new Node(name, inputs, rule, saved)) : this;
    }

    /**
     * Makes this tensor, a fresh result computed with grad mode off, the output of one autograd
     * node: how an op declared as a composition of others keeps PyTorch's node name and its rule
     * beside its forward (see {@code dev.kindling.ops.Composite}).
     */
    public Tensor recordedAs(String name, Tensor[] inputs, Node.Rule rule) {
        return withGradFn(name, inputs, rule, true);
    }

    private Tensor recordedBy(Node node) {
        gradFn = node;
        requiresGrad = true;
        return this;
    }

    /** Whether an op on these inputs joins the graph: grad mode is on and some input requires grad. */
    private static boolean recordsGraph(Tensor[] inputs) {
        if (!GradMode.isEnabled()) {
            return false;
        }
        for (Tensor in : inputs) {
            if (in != null && in.requiresGrad) {
                return true;
            }
        }
        return false;
    }

    /** {@link #withGradFn} for ops whose backward reads their own output (exp, sigmoid, tanh, sqrt...). */
    Tensor withGradFnSavingOutput(String name, Tensor[] inputs, Node.Rule rule) {
        withGradFn(name, inputs, rule, true);
        if (gradFn != null && gradFn.name().equals(name)) {
            gradFn.savingOutput(this);
        }
        return this;
    }

    /** Adds to this leaf's grad (PyTorch's AccumulateGrad); the engine calls it. */
    public void accumulateGrad(Tensor g) {
        // the shapes are compared here, not only in sumToShape: that method's profile is shared with
        // the backward rules that do reduce (a bias's gradient), and the JIT inlined all of it, column
        // sums included, into the engine's loop through this call (a 45 kB compile of Engine.run)
        Tensor reduced = java.util.Arrays.equals(g.shape, shape) ? g : Gradients.sumToShape(g, shape);
        if (dtype != reduced.dtype) {
            reduced = reduced.to(dtype);
        }
        if (grad != null) {
            // in place, as PyTorch's AccumulateGrad (the engine runs without grad mode): whoever
            // holds .grad sees the sum
            Tensor addend = reduced;
            GradMode.withoutGrad(() -> grad.add_(addend));
        } else if (reduced == g && g.unsharedGradient && g.gradFn == null) {
            g.unsharedGradient = false; // it becomes this leaf's: an in-place change to .grad reaches no one else
            grad = g;
        } else {
            grad = reduced.detachCopy();
        }
    }

    /** {@code backward()} on a scalar. */
    public void backward() {
        Engine.backward(this, null, false);
    }

    /** {@code backward(gradient, retain_graph=...)}. */
    public void backward(Tensor gradient, boolean retainGraph) {
        Engine.backward(this, gradient, retainGraph);
    }

    /** A tensor sharing this one's data, cut from the graph. */
    public Tensor detach() {
        Tensor out = new Tensor(elements, shape, dtype, version, false);
        out.layoutStrides = layoutStrides;
        out.viewOf = viewOf != null ? viewOf : ViewOf.direct(this);
        out.detachedAlias = true;
        return out;
    }

    /**
     * {@code .data}: like detach, the same storage without autograd history, but with a version
     * counter of its own, as in PyTorch: in-place changes through it are hidden from autograd.
     */
    public Tensor data() {
        Tensor out = detach();
        out.version = new int[1];
        return out;
    }

    /**
     * A view of another shape over the same elements in the same order (view, reshape, squeeze,
     * unsqueeze of a tensor whose strides allow it): a view of this tensor's base, as in PyTorch.
     */
    Tensor alias(int[] newShape) {
        Tensor out = sameElements(newShape);
        out.viewOf = viewOf != null ? viewOf : ViewOf.direct(this); // the same way back
        return out;
    }

    /**
     * This tensor's elements and version counter under another shape, not a view: for an op's own
     * use while it runs (a view's copy is brought up to date first, as the result does not follow
     * the base).
     */
    Tensor sameElements(int[] newShape) {
        showBase();
        return new Tensor(elements, newShape, dtype, version, false);
    }

    Tensor detachCopy() {
        if (Devices.onDevice(this)) {
            return Devices.copied(this);
        }
        float[] kept = keptFloats();
        if (kept != null) { // a gemm's gradient becoming a leaf's .grad stays floats for the optimizer
            return new Tensor(Elements.ofFloats(kept.clone()), shape.clone(), dtype);
        }
        return new Tensor(values().clone(), shape.clone(), dtype);
    }

    public boolean hasNaN() {
        for (double v : hostValues()) {
            if (Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What an in-place op computes from: this tensor itself when no graph is recorded, else a
     * snapshot carrying this tensor's history, so that the op's node does not point at the tensor
     * whose history it is about to become.
     */
    Tensor inPlaceBase() {
        if (!GradMode.isEnabled() || !requiresGrad || gradFn == null) {
            return this;
        }
        Tensor snapshot = Devices.onDevice(this) ? Devices.copied(this)
                : new Tensor(doubles().clone(), shape, dtype);
        snapshot.requiresGrad = true;
        snapshot.gradFn = gradFn;
        return snapshot;
    }

    /** Makes this tensor the output of {@code result}'s op (after an in-place op). */
    void adoptHistory(Tensor result) {
        gradFn = result.gradFn;
        requiresGrad = true;
    }

    /** PyTorch's error for an in-place op on a leaf that requires grad, outside no_grad. */
    void checkInPlace() {
        if (requiresGrad && gradFn == null && GradMode.isEnabled()) {
            throw KindlingError.runtimeError("a leaf Variable that requires grad is being used in an in-place operation.");
        }
        if (isView()) {
            viewOf.base.checkInPlaceOnView();
        }
    }

    /** PyTorch's refusal of an elementwise in-place op (add_, copy_, ...) into an expanded tensor; fill_ is allowed. */
    void checkNoInternalOverlap() {
        if (overlapsItself()) {
            throw KindlingError.runtimeError("unsupported operation: more than one element of the written-to tensor "
                    + "refers to a single memory location. Please clone() the tensor before performing the operation.");
        }
    }

    /** The same check when the write goes through a view of this tensor, worded as PyTorch words it. */
    void checkInPlaceOnView() {
        if (requiresGrad && gradFn == null && GradMode.isEnabled()) {
            throw KindlingError.runtimeError("a view of a leaf Variable that requires grad is being used in an in-place "
                    + "operation.");
        }
    }

    // ---- scalars and conversion ----

    /** The single value: Double for floating dtypes, Long for integral, Boolean for bool. */
    public Object item() {
        if (numel() != 1) {
            throw KindlingError.runtimeError("a Tensor with " + numel() + " elements cannot be converted to Scalar");
        }
        return box(hostValues()[0]);
    }

    /** {@code float(t)}: the single element as a double; PyTorch's ValueError otherwise. */
    public double doubleValue() {
        return single();
    }

    /** {@code int(t)}: the single element truncated toward zero, as Python's int() does. */
    public long longValue() {
        return (long) single();
    }

    /** {@code bool(t)}: whether the single element is non-zero; PyTorch's RuntimeError otherwise. */
    public boolean booleanValue() {
        if (numel() != 1) {
            throw KindlingError.runtimeError("Boolean value of Tensor with " + (numel() == 0 ? "no values" : "more "
                    + "than one value") + " is ambiguous");
        }
        return hostValues()[0] != 0;
    }

    private double single() {
        if (numel() != 1) {
            throw KindlingError.valueError("only one element tensors can be converted to Python scalars");
        }
        return hostValues()[0];
    }

    Object box(double v) {
        if (dtype.isFloatingPoint()) {
            return v;
        }
        if (dtype == DType.BOOL) {
            return v != 0;
        }
        return (long) v;
    }

    /** Nested java.util.Lists of Double/Long/Boolean (or the scalar for a 0-dim tensor). */
    public Object tolist() {
        if (Devices.onDevice(this)) {
            return cpu().tolist();
        }
        if (shape.length == 0) {
            return box(doubles()[0]);
        }
        return tolist(0, 0);
    }

    private Object tolist(int dim, int offset) {
        int stride = Shapes.strides(shape)[dim];
        List<Object> out = new ArrayList<>(shape[dim]);
        double[] values = doubles();
        for (int i = 0; i < shape[dim]; i++) {
            out.add(dim == shape.length - 1 ? box(values[offset + i]) : tolist(dim + 1, offset + i * stride));
        }
        return out;
    }

    /** {@code t.device}: where the elements are. */
    public Device device() {
        return Devices.of(this);
    }

    /**
     * {@code t.to("cuda")}: the tensor on another device, a copy that gradients flow back through
     * (ToCopyBackward0); itself when it is there already. PyTorch's errors for a device this build
     * or machine lacks.
     */
    public Tensor to(Device device) {
        device.checkUsable();
        Device target = device.withIndex();
        Device from = device();
        Tensor out = Devices.moved(this, target);
        if (out == this) {
            return this;
        }
        return out.withGradFn("ToCopyBackward0", new Tensor[] {this}, g -> new Tensor[] {g.to(from)}, false);
    }

    /**
     * {@code t.data = source}: this tensor (the same object: a module's Parameter stays itself)
     * takes source's elements, shape, dtype and device, sharing them with source as PyTorch's
     * set_data does; its autograd state and version counter stay its own. How {@code model.to(device)}
     * moves parameters.
     */
    public void setData(Tensor source) {
        elements = source.elements;
        shape = source.shape;
        dtype = source.dtype;
        layoutStrides = source.layoutStrides;
        viewOf = source.viewOf;
        detachedAlias = source.viewOf != null; // sharing a view's storage does not make this tensor a view
    }

    /** {@code t.cpu()}: the tensor on the CPU. */
    public Tensor cpu() {
        return to(Device.CPU);
    }

    /** The elements as row-major doubles on the heap, downloaded from a device; read only. */
    private double[] hostValues() {
        return Devices.onDevice(this) ? Devices.hostValues(this) : doubles();
    }

    /** {@code t.to("cpu")} / {@code t.to("cuda:0")}. */
    public Tensor to(String device) {
        return to(Device.of(device));
    }

    /** A copy converted to another dtype (the same tensor when it already has it). */
    public Tensor to(DType target) {
        if (target == dtype) {
            return this;
        }
        if (Devices.onDevice(this)) {
            DType from = dtype;
            Tensor out = Devices.unary(UnaryKernel.CAST, this, target);
            return target.isFloatingPoint()
                    ? out.withGradFn("ToCopyBackward0", new Tensor[] {this}, g -> new Tensor[] {g.to(from)}, false) : out;
        }
        double[] values = doubles();
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = target.cast(values[i]);
        }
        Tensor result = new Tensor(out, shape.clone(), target);
        if (target.isFloatingPoint()) {
            DType from = dtype;
            result.withGradFn("ToCopyBackward0", new Tensor[] {this}, g -> new Tensor[] {g.to(from)}, false);
        }
        return result;
    }

    public Tensor clone() {
        Tensor out = Devices.onDevice(this) ? Devices.copied(this)
                : new Tensor(doubles().clone(), shape.clone(), dtype);
        return out.withGradFn("CloneBackward0", new Tensor[] {this}, g -> new Tensor[] {g}, false);
    }

    // ---- printing ----

    /** PyTorch's repr: {@code tensor([1., 2.])}, with dtype, grad_fn and requires_grad suffixes. */
    @Override
    public String toString() {
        return TensorFormatter.repr(this);
    }

    // ---- operations: see Pointwise, Reductions, Reshapes, Indexing, LinearAlgebra ----

    /** {@code self + other}, broadcasting. */
    public Tensor add(Tensor other) {
        return Pointwise.add(this, other, 1.0);
    }

    /** {@code self + other} with a Python float: an integer tensor becomes float32. */
    public Tensor add(double other) {
        return add(pythonFloat(other));
    }

    /** {@code self + other} with a Python int: an int64 tensor stays int64. */
    public Tensor add(long other) {
        return add(pythonInt(other));
    }

    /** {@code self + alpha * other}, broadcasting. */
    public Tensor add(Tensor other, double alpha) {
        return Pointwise.add(this, other, alpha);
    }

    /** {@code self - other}, broadcasting. */
    public Tensor sub(Tensor other) {
        return Pointwise.sub(this, other);
    }

    /** {@code self - other} with a Python float: an integer tensor becomes float32. */
    public Tensor sub(double other) {
        return sub(pythonFloat(other));
    }

    /** {@code self - other} with a Python int: an int64 tensor stays int64. */
    public Tensor sub(long other) {
        return sub(pythonInt(other));
    }

    /** {@code self * other}, broadcasting. */
    public Tensor mul(Tensor other) {
        return Pointwise.mul(this, other);
    }

    /** {@code self * other} with a Python float: an integer tensor becomes float32. */
    public Tensor mul(double other) {
        return mul(pythonFloat(other));
    }

    /** {@code self * other} with a Python int: an int64 tensor stays int64. */
    public Tensor mul(long other) {
        return mul(pythonInt(other));
    }

    /** {@code self / other}, true division (an integer tensor gives float32), broadcasting. */
    public Tensor div(Tensor other) {
        return Pointwise.div(this, other);
    }

    /** {@code self / other} with a Python float. */
    public Tensor div(double other) {
        return div(pythonFloat(other));
    }

    /** {@code self / other} with a Python int. */
    public Tensor div(long other) {
        return div(pythonInt(other));
    }

    /** {@code self // other}, rounded down, broadcasting. */
    public Tensor floorDivide(Tensor other) {
        return Pointwise.floorDivide(this, other);
    }

    /** {@code self // other} with a Python float: an integer tensor becomes float32. */
    public Tensor floorDivide(double other) {
        return floorDivide(pythonFloat(other));
    }

    /** {@code self // other} with a Python int: an int64 tensor stays int64. */
    public Tensor floorDivide(long other) {
        return floorDivide(pythonInt(other));
    }

    /** {@code self % other}, with the divisor's sign, broadcasting. */
    public Tensor remainder(Tensor other) {
        return Pointwise.remainder(this, other);
    }

    /** {@code self % other} with a Python float: an integer tensor becomes float32. */
    public Tensor remainder(double other) {
        return remainder(pythonFloat(other));
    }

    /** {@code self % other} with a Python int: an int64 tensor stays int64. */
    public Tensor remainder(long other) {
        return remainder(pythonInt(other));
    }

    /** {@code self ** exponent}, broadcasting. */
    public Tensor pow(Tensor exponent) {
        return Pointwise.pow(this, exponent);
    }

    /** {@code self ** exponent} with a Python float: an integer tensor becomes float32. */
    public Tensor pow(double exponent) {
        return pow(pythonFloat(exponent));
    }

    /** {@code self ** exponent} with a Python int: an int64 tensor stays int64. */
    public Tensor pow(long exponent) {
        return pow(pythonInt(exponent));
    }

    /** {@code self == other}, a bool tensor, broadcasting. */
    public Tensor eq(Tensor other) {
        return Pointwise.compare(this, other, "eq");
    }

    /** {@code self == other} with a Python float. */
    public Tensor eq(double other) {
        return eq(pythonFloat(other));
    }

    /** {@code self == other} with a Python int. */
    public Tensor eq(long other) {
        return eq(pythonInt(other));
    }

    /** {@code self == other} with a Python bool. */
    public Tensor eq(boolean other) {
        return eq(pythonBool(other));
    }

    /** {@code self != other}, a bool tensor, broadcasting. */
    public Tensor ne(Tensor other) {
        return Pointwise.compare(this, other, "ne");
    }

    /** {@code self != other} with a Python float. */
    public Tensor ne(double other) {
        return ne(pythonFloat(other));
    }

    /** {@code self != other} with a Python int. */
    public Tensor ne(long other) {
        return ne(pythonInt(other));
    }

    /** {@code self != other} with a Python bool. */
    public Tensor ne(boolean other) {
        return ne(pythonBool(other));
    }

    /** {@code self < other}, a bool tensor, broadcasting. */
    public Tensor lt(Tensor other) {
        return Pointwise.compare(this, other, "lt");
    }

    /** {@code self < other} with a Python float. */
    public Tensor lt(double other) {
        return lt(pythonFloat(other));
    }

    /** {@code self < other} with a Python int. */
    public Tensor lt(long other) {
        return lt(pythonInt(other));
    }

    /** {@code self <= other}, a bool tensor, broadcasting. */
    public Tensor le(Tensor other) {
        return Pointwise.compare(this, other, "le");
    }

    /** {@code self <= other} with a Python float. */
    public Tensor le(double other) {
        return le(pythonFloat(other));
    }

    /** {@code self <= other} with a Python int. */
    public Tensor le(long other) {
        return le(pythonInt(other));
    }

    /** {@code self > other}, a bool tensor, broadcasting. */
    public Tensor gt(Tensor other) {
        return Pointwise.compare(this, other, "gt");
    }

    /** {@code self > other} with a Python float. */
    public Tensor gt(double other) {
        return gt(pythonFloat(other));
    }

    /** {@code self > other} with a Python int. */
    public Tensor gt(long other) {
        return gt(pythonInt(other));
    }

    /** {@code self >= other}, a bool tensor, broadcasting. */
    public Tensor ge(Tensor other) {
        return Pointwise.compare(this, other, "ge");
    }

    /** {@code self >= other} with a Python float. */
    public Tensor ge(double other) {
        return ge(pythonFloat(other));
    }

    /** {@code self >= other} with a Python int. */
    public Tensor ge(long other) {
        return ge(pythonInt(other));
    }

    /** {@code self & other} of integer or bool tensors, broadcasting. */
    public Tensor bitwiseAnd(Tensor other) {
        return Pointwise.bitwise(this, other, "and");
    }

    /** {@code self & other} of integer or bool tensors with a Python int. */
    public Tensor bitwiseAnd(long other) {
        return bitwiseAnd(pythonInt(other));
    }

    /** {@code self & other} of integer or bool tensors with a Python bool. */
    public Tensor bitwiseAnd(boolean other) {
        return bitwiseAnd(pythonBool(other));
    }

    /** {@code self | other} of integer or bool tensors, broadcasting. */
    public Tensor bitwiseOr(Tensor other) {
        return Pointwise.bitwise(this, other, "or");
    }

    /** {@code self | other} of integer or bool tensors with a Python int. */
    public Tensor bitwiseOr(long other) {
        return bitwiseOr(pythonInt(other));
    }

    /** {@code self | other} of integer or bool tensors with a Python bool. */
    public Tensor bitwiseOr(boolean other) {
        return bitwiseOr(pythonBool(other));
    }

    /** {@code self ^ other} of integer or bool tensors, broadcasting. */
    public Tensor bitwiseXor(Tensor other) {
        return Pointwise.bitwise(this, other, "xor");
    }

    /** {@code self ^ other} of integer or bool tensors with a Python int. */
    public Tensor bitwiseXor(long other) {
        return bitwiseXor(pythonInt(other));
    }

    /** {@code self ^ other} of integer or bool tensors with a Python bool. */
    public Tensor bitwiseXor(boolean other) {
        return bitwiseXor(pythonBool(other));
    }

    /** {@code self &= other} in place, broadcasting other to self's shape. */
    public Tensor bitwiseAnd_(Tensor other) {
        return Pointwise.inPlace(this, inPlaceBase().bitwiseAnd(other));
    }

    /** {@code self |= other} in place, broadcasting other to self's shape. */
    public Tensor bitwiseOr_(Tensor other) {
        return Pointwise.inPlace(this, inPlaceBase().bitwiseOr(other));
    }

    /** {@code self ^= other} in place, broadcasting other to self's shape. */
    public Tensor bitwiseXor_(Tensor other) {
        return Pointwise.inPlace(this, inPlaceBase().bitwiseXor(other));
    }

    /** {@code self //= other} in place, broadcasting other to self's shape. */
    public Tensor floorDivide_(Tensor other) {
        return Pointwise.inPlace(this, inPlaceBase().floorDivide(other));
    }

    /** {@code self %= other} in place, broadcasting other to self's shape. */
    public Tensor remainder_(Tensor other) {
        return Pointwise.inPlace(this, inPlaceBase().remainder(other));
    }

    /** True where both are non-zero, broadcasting. */
    public Tensor logicalAnd(Tensor other) {
        return Pointwise.logical(this, other, "and");
    }

    /** True where either is non-zero, broadcasting. */
    public Tensor logicalOr(Tensor other) {
        return Pointwise.logical(this, other, "or");
    }

    public Tensor neg() {
        return Pointwise.neg(this);
    }

    public Tensor bitwiseNot() {
        return Pointwise.bitwiseNot(this);
    }

    public Tensor logicalNot() {
        return Pointwise.logicalNot(this);
    }

    public Tensor maximum(Tensor other) {
        return Pointwise.maximum(this, other, true);
    }

    public Tensor minimum(Tensor other) {
        return Pointwise.maximum(this, other, false);
    }

    public Tensor abs() {
        return Pointwise.unary(this, "abs");
    }

    public Tensor reciprocal() {
        return Pointwise.unary(this, "reciprocal");
    }

    public Tensor sqrt() {
        return Pointwise.unary(this, "sqrt");
    }

    /**
     * The correctly rounded square root, for std and norm: PyTorch takes their roots inside its
     * reduction kernels, not with float32 torch.sqrt (MKL's vsSqrt), which {@link #sqrt} follows.
     */
    public Tensor correctlyRoundedSqrt() {
        return Pointwise.unary(this, "correctly_rounded_sqrt");
    }

    public Tensor exp() {
        return Pointwise.unary(this, "exp");
    }

    public Tensor log() {
        return Pointwise.unary(this, "log");
    }

    public Tensor log1p() {
        return Pointwise.unary(this, "log1p");
    }

    public Tensor sin() {
        return Pointwise.unary(this, "sin");
    }

    public Tensor cos() {
        return Pointwise.unary(this, "cos");
    }

    public Tensor tanh() {
        return Pointwise.unary(this, "tanh");
    }

    public Tensor sigmoid() {
        return Pointwise.unary(this, "sigmoid");
    }

    public Tensor relu() {
        return Pointwise.unary(this, "relu");
    }

    /** Rounds toward zero. */
    public Tensor trunc() {
        return Pointwise.unary(this, "trunc");
    }

    public Tensor floor() {
        return Pointwise.unary(this, "floor");
    }

    public Tensor ceil() {
        return Pointwise.unary(this, "ceil");
    }

    public Tensor sign() {
        return Pointwise.unary(this, "sign");
    }

    public Tensor round() {
        return Pointwise.round(this, 0);
    }

    public Tensor round(int decimals) {
        return Pointwise.round(this, decimals);
    }

    public Tensor leakyRelu(double slope) {
        return Pointwise.leakyRelu(this, slope);
    }

    /** {@code F.relu(x, inplace=True)}: x itself, rectified in place. */
    public Tensor relu_() {
        return Pointwise.inPlace(this, inPlaceBase().relu());
    }

    /** {@code F.leaky_relu(x, slope, inplace=True)}: x itself, changed in place. */
    public Tensor leakyRelu_(double slope) {
        return Pointwise.inPlace(this, Pointwise.leakyRelu(inPlaceBase(), slope, "LeakyReluBackward1"));
    }

    public Tensor gelu() {
        return Pointwise.unary(this, "gelu");
    }

    /** {@code clamp(min, max)}; either bound may be null. */
    public Tensor clamp(Double min, Double max) {
        return Pointwise.clamp(this, min, max);
    }

    // ---- in place ----

    /** {@code self += other} in place, broadcasting other to self's shape. */
    public Tensor add_(Tensor other) {
        Tensor done = Arithmetic.applyInPlace(this, other, Arithmetic.Op.ADD);
        return done != null ? done : Pointwise.inPlace(this, inPlaceBase().add(other));
    }

    /** {@code self += other} in place with a Python float. */
    public Tensor add_(double other) {
        return add_(pythonFloat(other));
    }

    /** {@code self += other} in place with a Python int. */
    public Tensor add_(long other) {
        return add_(pythonInt(other));
    }

    /** {@code self += alpha * other} in place. */
    public Tensor add_(Tensor other, double alpha) {
        return Pointwise.inPlace(this, inPlaceBase().add(other, alpha));
    }

    /** {@code self -= other} in place, broadcasting other to self's shape. */
    public Tensor sub_(Tensor other) {
        Tensor done = Arithmetic.applyInPlace(this, other, Arithmetic.Op.SUB);
        return done != null ? done : Pointwise.inPlace(this, inPlaceBase().sub(other));
    }

    /** {@code self -= other} in place with a Python float. */
    public Tensor sub_(double other) {
        return sub_(pythonFloat(other));
    }

    /** {@code self -= other} in place with a Python int. */
    public Tensor sub_(long other) {
        return sub_(pythonInt(other));
    }

    /** {@code self *= other} in place, broadcasting other to self's shape. */
    public Tensor mul_(Tensor other) {
        Tensor done = Arithmetic.applyInPlace(this, other, Arithmetic.Op.MUL);
        return done != null ? done : Pointwise.inPlace(this, inPlaceBase().mul(other));
    }

    /** {@code self *= other} in place with a Python float. */
    public Tensor mul_(double other) {
        return mul_(pythonFloat(other));
    }

    /** {@code self *= other} in place with a Python int. */
    public Tensor mul_(long other) {
        return mul_(pythonInt(other));
    }

    /** {@code self /= other} in place, broadcasting other to self's shape. */
    public Tensor div_(Tensor other) {
        Tensor done = Arithmetic.applyInPlace(this, other, Arithmetic.Op.DIV);
        return done != null ? done : Pointwise.inPlace(this, inPlaceBase().div(other));
    }

    /** {@code self /= other} in place with a Python float. */
    public Tensor div_(double other) {
        return div_(pythonFloat(other));
    }

    /** {@code self /= other} in place with a Python int. */
    public Tensor div_(long other) {
        return div_(pythonInt(other));
    }

    /** {@code self = self ** exponent} in place, broadcasting exponent to self's shape. */
    public Tensor pow_(Tensor exponent) {
        return Pointwise.inPlace(this, inPlaceBase().pow(exponent));
    }

    /** {@code self = self ** exponent} in place with a Python float. */
    public Tensor pow_(double exponent) {
        return pow_(pythonFloat(exponent));
    }

    /** {@code self = self ** exponent} in place with a Python int. */
    public Tensor pow_(long exponent) {
        return pow_(pythonInt(exponent));
    }

    public Tensor clamp_(Double min, Double max) {
        return Pointwise.inPlace(this, inPlaceBase().clamp(min, max));
    }

    public Tensor zero_() {
        return fill_(0.0);
    }

    public Tensor fill_(double value) {
        checkInPlace();
        if (Devices.onDevice(this)) {
            Devices.write(this, Torch.full(shape, value, dtype));
        } else if (ownsElements() && Elements.keepsFloats(dtype, numel()) && elements.floats() != null) {
            // a large float32 tensor held as floats (a gradient the gemm made) stays floats: zero_()
            // between steps then costs no conversion, and the next accumulation adds in floats
            float[] values = new float[numel()];
            java.util.Arrays.fill(values, (float) value);
            elements.replaceWithFloats(values);
        } else {
            java.util.Arrays.fill(doubles(), dtype.cast(value));
        }
        bumpVersion();
        return this;
    }

    /** Copies values (broadcast to this shape, converted to this dtype) into this tensor. */
    public Tensor copy_(Tensor source) {
        return Pointwise.copyInto(this, source);
    }

    // ---- reductions ----

    public Tensor sum() {
        return Reductions.sum(this, null, false);
    }

    public Tensor sum(int dim, boolean keepdim) {
        return Reductions.sum(this, new int[] {dim}, keepdim);
    }

    public Tensor sum(int[] dims, boolean keepdim) {
        return Reductions.sum(this, dims, keepdim);
    }

    public Tensor mean() {
        return Reductions.mean(this, null, false);
    }

    public Tensor mean(int[] dims, boolean keepdim) {
        return Reductions.mean(this, dims, keepdim);
    }

    public Tensor prod() {
        return Reductions.prod(this, null, false);
    }

    public Tensor prod(int dim, boolean keepdim) {
        return Reductions.prod(this, new int[] {dim}, keepdim);
    }

    public Tensor max() {
        return Reductions.extreme(this, true);
    }

    public Tensor min() {
        return Reductions.extreme(this, false);
    }

    /** {@code max(dim)}: values and indices. */
    public ValuesIndices max(int dim, boolean keepdim) {
        return Reductions.extreme(this, dim, keepdim, true);
    }

    public ValuesIndices min(int dim, boolean keepdim) {
        return Reductions.extreme(this, dim, keepdim, false);
    }

    public Tensor argmax() {
        return Reductions.argExtreme(this, null, false, true);
    }

    public Tensor argmax(int dim, boolean keepdim) {
        return Reductions.argExtreme(this, dim, keepdim, true);
    }

    public Tensor argmin() {
        return Reductions.argExtreme(this, null, false, false);
    }

    public Tensor argmin(int dim, boolean keepdim) {
        return Reductions.argExtreme(this, dim, keepdim, false);
    }

    public Tensor var(int[] dims, boolean unbiased, boolean keepdim) {
        return Reductions.var(this, dims, unbiased, keepdim);
    }

    public Tensor std(int[] dims, boolean unbiased, boolean keepdim) {
        return Reductions.std(this, dims, unbiased, keepdim);
    }

    /** {@code t.norm()}: the 2-norm of all elements, recorded as PyTorch's LinalgVectorNormBackward0. */
    public Tensor norm() {
        if (!dtype.isFloatingPoint()) {
            throw KindlingError.runtimeError("linalg.vector_norm: Expected a floating point or complex tensor as input. "
                    + "Got " + typeDescription().replace("torch.", "").replace("Tensor", ""));
        }
        Tensor out = Torch.scalar(Reductions.normTwo(values(), dtype), dtype);
        return out.withGradFn("LinalgVectorNormBackward0", new Tensor[] {this},
                // ATen's norm_backward for p = 2: g * (x / norm), 0 where the norm is 0
                g -> new Tensor[] {g.mul(out.values()[0] == 0 ? Torch.zerosLike(this) : detach().div(out.detach()))},
                true);
    }

    public Tensor softmax(int dim) {
        return Reductions.softmax(this, dim, false);
    }

    public Tensor logSoftmax(int dim) {
        return Reductions.softmax(this, dim, true);
    }

    public Tensor cumsum(int dim) {
        return Reductions.cumsum(this, dim);
    }

    public Tensor any() {
        return Reductions.anyAll(this, true);
    }

    public Tensor all() {
        return Reductions.anyAll(this, false);
    }

    public ValuesIndices sort(int dim, boolean descending) {
        return Reductions.sort(this, dim, descending);
    }

    public ValuesIndices topk(int k, int dim, boolean largest) {
        return Reductions.topk(this, k, dim, largest);
    }

    // ---- shapes ----

    public Tensor view(int... newShape) {
        return Reshapes.view(this, newShape, "ViewBackward0");
    }

    /** {@code reshape}: a view when the layout allows one, else a contiguous copy (as PyTorch). */
    public Tensor reshape(int... newShape) {
        return Reshapes.reshape(this, newShape);
    }

    public Tensor flatten(int startDim, int endDim) {
        return Reshapes.flatten(this, startDim, endDim);
    }

    public Tensor flatten() {
        return Reshapes.flatten(this, 0, -1);
    }

    public Tensor squeeze() {
        return Reshapes.squeeze(this, null);
    }

    public Tensor squeeze(int dim) {
        return Reshapes.squeeze(this, dim);
    }

    public Tensor unsqueeze(int dim) {
        return Reshapes.unsqueeze(this, dim);
    }

    public Tensor transpose(int dim0, int dim1) {
        return Reshapes.transpose(this, dim0, dim1);
    }

    /** The transpose of a matrix (a 0-d or 1-d tensor is returned unchanged). */
    public Tensor t() {
        if (shape.length > 2) {
            throw KindlingError.runtimeError("t() expects a tensor with <= 2 dimensions, but self is " + shape.length + "D");
        }
        if (shape.length < 2) {
            return new Tensor(elements, shape, dtype, version, false).withGradFn("TBackward0", new Tensor[] {this},
                    g -> new Tensor[] {g}, false);
        }
        return Reshapes.transpose(this, 0, 1, "TBackward0");
    }

    public Tensor permute(int... dims) {
        return Reshapes.permute(this, dims);
    }

    public Tensor expand(int... sizes) {
        return Reshapes.expand(this, sizes);
    }

    public Tensor repeat(int... times) {
        return Reshapes.repeat(this, times);
    }

    /** This tensor when contiguous, else a row-major copy recorded as CloneBackward0. */
    public Tensor contiguous() {
        if (isContiguous()) {
            return this;
        }
        Tensor copy = Devices.onDevice(this) ? Devices.copied(this)
                : Reshapes.contiguousCopy(this);
        return copy.withGradFn("CloneBackward0", new Tensor[] {this}, g -> new Tensor[] {g}, false);
    }

    /** {@code t.untyped_storage()}: the storage this tensor shares with its base and views. */
    public UntypedStorage untypedStorage() {
        return UntypedStorage.of(this);
    }

    /** {@code t.storage_offset()}: where this tensor's first element is in its storage, in elements. */
    public int storageOffset() {
        return ViewOf.offsetOf(this);
    }

    /** Whether writes to this tensor's elements are writes to its storage: it is no view, or a view in the same order. */
    boolean ownsElements() {
        return viewOf == null || viewOf.direct;
    }

    /** {@code t._is_view()}: whether this tensor reads another's storage (basic indexing, t(), expand...). */
    public boolean isView() {
        return viewOf != null && !detachedAlias;
    }

    /** {@code t._base}: the tensor whose storage a view reads (never itself a view); null for others. */
    public Tensor viewBase() {
        return isView() ? viewOf.base : null;
    }

    /**
     * {@code t.data_ptr()}: an address for this tensor's first element. Tensors over one storage
     * give addresses that differ by their offsets times the element size, as PyTorch's do; the
     * storage's own address is a number standing for it, not a real one.
     */
    public long dataPtr() {
        Tensor owner = ViewOf.baseOf(this);
        return ((long) System.identityHashCode(owner.elements) << 16) + (long) storageOffset() * dtype.itemSize();
    }

    /** PyTorch's answer for this tensor's layout: false after t(), transpose, permute or expand. */
    public boolean isContiguous() {
        return layoutStrides == null || Layout.isContiguous(shape, layoutStrides);
    }

    /** {@code t.stride()}: the strides PyTorch reports for this tensor, in elements. */
    public int[] stride() {
        return layoutStrides != null ? layoutStrides.clone() : Shapes.strides(shape);
    }

    /** {@code t.stride(dim)}: one dim's stride (negative dims count from the end). */
    public int stride(int dim) {
        if (shape.length == 0) {
            throw KindlingError.indexError("Dimension specified as " + dim + " but tensor has no dimensions");
        }
        return stride()[Shapes.wrapDim(dim, shape.length)];
    }

    /**
     * Whether two elements of this tensor are one element of memory in PyTorch (a stride of 0
     * over a dim longer than 1, as expand makes): PyTorch refuses in-place writes into such a tensor.
     */
    boolean overlapsItself() {
        if (layoutStrides == null) {
            return false;
        }
        for (int d = 0; d < shape.length; d++) {
            if (layoutStrides[d] == 0 && shape[d] > 1) {
                return true;
            }
        }
        return false;
    }

    /** Records the strides PyTorch would give this (freshly made) tensor; row-major ones are dropped. */
    Tensor withLayout(int[] strides) {
        layoutStrides = strides == null || java.util.Arrays.equals(strides, Shapes.strides(shape)) ? null : strides;
        return this;
    }

    public Tensor flip(int... dims) {
        return Reshapes.flip(this, dims);
    }

    public List<Tensor> split(int size, int dim) {
        return Reshapes.split(this, size, dim);
    }

    public List<Tensor> chunk(int chunks, int dim) {
        if (dim() == 0) {
            throw KindlingError.runtimeError("chunk expects at least a 1-dimensional tensor");
        }
        if (chunks <= 0) {
            throw KindlingError.runtimeError("chunk expects `chunks` to be greater than 0, got: " + chunks);
        }
        int n = size(dim);
        return Reshapes.split(this, (n + chunks - 1) / chunks, dim);
    }

    // ---- linear algebra ----

    public Tensor matmul(Tensor other) {
        return LinearAlgebra.matmul(this, other);
    }

    public Tensor mm(Tensor other) {
        return LinearAlgebra.mm(this, other, "MmBackward0");
    }

    public Tensor dot(Tensor other) {
        return LinearAlgebra.dot(this, other);
    }

    // ---- indexing ----

    /** {@code self[index...]}: ints, slices, None, Ellipsis, bool masks, index tensors. */
    public Tensor get(Index... index) {
        return Indexing.get(this, index);
    }

    /** {@code self[index...] = value} (value broadcast to the selected shape). */
    public void set(Index[] index, Tensor value) {
        Indexing.set(this, index, value);
    }

    /** The sub-tensor at position i of the first dimension (what iteration yields). */
    public Tensor select(int i) {
        return Indexing.get(this, new Index[] {Index.at(i)});
    }

    // ---- value tests, closeness, masking, triangles, clamps, lerp, addcmul ----
    // (see ValueTests, Masks, Diagonals, CompositePointwise)

    public Tensor isnan() {
        return ValueTests.isnan(this);
    }

    public Tensor isinf() {
        return ValueTests.isinf(this);
    }

    public Tensor isfinite() {
        return ValueTests.isfinite(this);
    }

    public Tensor isclose(Tensor other, double rtol, double atol, boolean equalNan) {
        return ValueTests.isclose(this, other, rtol, atol, equalNan);
    }

    public boolean allclose(Tensor other, double rtol, double atol, boolean equalNan) {
        return ValueTests.isclose(this, other, rtol, atol, equalNan).all().at(0) != 0;
    }

    /** {@code x * x}, recorded as PyTorch records it: pow(x, 2), PowBackward0. */
    public Tensor square() {
        return pow(2L);
    }

    public Tensor rsqrt() {
        return CompositePointwise.rsqrt(this);
    }

    public Tensor maskedFill(Tensor mask, double value) {
        return Masks.maskedFill(this, mask, value);
    }

    public Tensor maskedFill_(Tensor mask, double value) {
        return Pointwise.inPlace(this, Masks.maskedFill(inPlaceBase(), mask, value));
    }

    public Tensor tril(int diagonal) {
        return Diagonals.triangle(this, diagonal, true);
    }

    public Tensor triu(int diagonal) {
        return Diagonals.triangle(this, diagonal, false);
    }

    public Tensor clampMin(double min) {
        return CompositePointwise.clampMin(this, min);
    }

    public Tensor clampMax(double max) {
        return CompositePointwise.clampMax(this, max);
    }

    public Tensor lerp(Tensor end, double weight) {
        return CompositePointwise.lerp(this, end, weight);
    }

    public Tensor addcmul(Tensor t1, Tensor t2, double value) {
        return CompositePointwise.addcmul(this, t1, t2, value, false);
    }

    public Tensor addcdiv(Tensor t1, Tensor t2, double value) {
        return CompositePointwise.addcmul(this, t1, t2, value, true);
    }

    // ---- amax/amin, logsumexp, count_nonzero, cumprod, outer, bmm, diag (see DimReductions, LinearAlgebra, Diagonals) ----

    /** Max over dims (all when null or empty); the gradient is shared among ties. */
    public Tensor amax(int[] dims, boolean keepdim) {
        return DimReductions.amax(this, dims, keepdim, true);
    }

    public Tensor amin(int[] dims, boolean keepdim) {
        return DimReductions.amax(this, dims, keepdim, false);
    }

    public Tensor logsumexp(int[] dims, boolean keepdim) {
        return DimReductions.logsumexp(this, dims, keepdim);
    }

    /** Non-zero count, over dims when not null. */
    public Tensor countNonzero(int[] dims) {
        return DimReductions.countNonzero(this, dims);
    }

    public Tensor cumprod(int dim) {
        return DimReductions.cumprod(this, dim);
    }

    public Tensor outer(Tensor other) {
        return LinearAlgebra.outer(this, other);
    }

    public Tensor bmm(Tensor other) {
        return LinearAlgebra.bmm(this, other);
    }

    public Tensor diag(int diagonal) {
        return Diagonals.diag(this, diagonal);
    }

    /** {@code trace()}: the sum of a matrix's main diagonal. */
    public Tensor trace() {
        return Diagonals.trace(this);
    }

    // ---- gather, index_select, narrow, unbind, roll, nonzero (see Gathers, Rearrangements, Searches) ----

    public Tensor gather(int dim, Tensor index) {
        return Gathers.gather(this, dim, index);
    }

    public Tensor indexSelect(int dim, Tensor index) {
        return Gathers.indexSelect(this, dim, index);
    }

    /** {@code x.select(dim, index)}: {@code x[..., index]} at dim, as a view without that dim. */
    public Tensor select(int dim, int index) {
        return Rearrangements.select(this, dim, index);
    }

    /** {@code x.diagonal(offset, dim1, dim2)}: a view of a diagonal, as the last dim. */
    public Tensor diagonal(int offset, int dim1, int dim2) {
        return Diagonals.diagonalView(this, offset, dim1, dim2);
    }

    /** {@code x.as_strided(size, stride, storage_offset)}: a view of the storage with explicit geometry. */
    public Tensor asStrided(int[] size, int[] stride, int storageOffset) {
        return Reshapes.asStrided(this, size, stride, storageOffset);
    }

    public Tensor narrow(int dim, int start, int length) {
        return Rearrangements.narrow(this, dim, start, length);
    }

    public List<Tensor> unbind(int dim) {
        return Rearrangements.unbind(this, dim);
    }

    /** Rotates along dims (the flattened tensor when dims is null). */
    public Tensor roll(int[] shifts, int[] dims) {
        return Rearrangements.roll(this, shifts, dims);
    }

    public Tensor nonzero() {
        return Searches.nonzero(this);
    }

    /** {values, inverse, counts} of torch.unique (values sorted; see Searches.unique). */
    public Tensor[] unique() {
        return Searches.unique(this);
    }

    // ---- typed operands: a Java long is a Python int, a double a Python float, a boolean a bool ----

    /** A Python float operand, wrapped as PyTorch wraps it: it does not promote a float tensor. */
    private static Tensor pythonFloat(double value) {
        return Torch.asTensor(Double.valueOf(value));
    }

    /** A Python int operand: an integer tensor keeps its dtype, a float tensor stays float. */
    private static Tensor pythonInt(long value) {
        return Torch.asTensor(Long.valueOf(value));
    }

    /** A Python bool operand. */
    private static Tensor pythonBool(boolean value) {
        return Torch.asTensor(Boolean.valueOf(value));
    }
}
