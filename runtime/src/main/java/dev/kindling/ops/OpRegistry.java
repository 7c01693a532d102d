package dev.kindling.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every op Kindling declares, by name: the one place the binder, help, completion, gradcheck
 * and the op sweep read. The families ({@link PointwiseOps}, {@link ReductionOps}, ...) fill it.
 *
 * <pre>{@code
 * OpRegistry registry = new OpRegistry();
 * registry.op("exp(Tensor self) -> Tensor", a -> a.self().exp())
 *         .variants(Variant.METHOD, Variant.FUNCTION).grad("ExpBackward0")
 *         .doc("e to the power of each element.", "torch.exp(torch.tensor([0., 1.]))");
 * }</pre>
 */
public final class OpRegistry {
    private static final OpRegistry STANDARD = standardRegistry();

    private final Map<String, Op> ops = new LinkedHashMap<>();
    private final Map<String, Op> functional = new LinkedHashMap<>();
    private final Map<String, Op> modules = new LinkedHashMap<>();
    private final Map<String, Op> initialisers = new LinkedHashMap<>();
    private final Map<String, Op> optimizers = new LinkedHashMap<>();
    private final Map<String, Op> schedulers = new LinkedHashMap<>();

    /** An empty registry; {@link #standard()} is the one Kindling installs. */
    public OpRegistry() {}

    /** The registry of Kindling's ops. */
    public static OpRegistry standard() {
        return STANDARD;
    }

    private static OpRegistry standardRegistry() {
        OpRegistry r = new OpRegistry();
        TensorInfoOps.declare(r);
        ConversionOps.declare(r);
        PointwiseOps.declare(r);
        ComparisonOps.declare(r);
        ReductionOps.declare(r);
        ShapeOps.declare(r);
        IndexingOps.declare(r);
        LinearAlgebraOps.declare(r);
        CreationOps.declare(r);
        RandomOps.declare(r);
        ActivationOps.declare(r);
        LossOps.declare(r);
        ActivationModules.declare(r);
        LayerModules.declare(r);
        LossModules.declare(r);
        ContainerModules.declare(r);
        InitOps.declare(r);
        OptimizerOps.declare(r);
        return r;
    }

    /** Declares a {@code torch}/{@code Tensor} op by its first schema; a name is declared once. */
    public Op op(String schema, Kernel kernel) {
        return declare(ops, schema, kernel);
    }

    /**
     * Declares a {@code torch.nn.functional} op, whose Python signature differs from the
     * {@code torch} op of the same name ({@code F.softmax(input, dim=None, _stacklevel=3, dtype=None)}).
     */
    public Op functional(String schema, Kernel kernel) {
        return declare(functional, schema, kernel).variants(Variant.FUNCTIONAL);
    }

    /** Declares a {@code torch.nn} module class by its constructor's schema. */
    public Op module(String schema, Kernel kernel) {
        return declare(modules, schema, kernel).variants(Variant.MODULE);
    }

    /** Declares a {@code torch.nn.init} initialiser. */
    public Op initialiser(String schema, Kernel kernel) {
        return declare(initialisers, schema, kernel).variants(Variant.INIT);
    }

    /** Declares a {@code torch.optim} optimizer by its constructor's schema. */
    public Op optimizer(String schema, Kernel kernel) {
        return declare(optimizers, schema, kernel).variants(Variant.OPTIMIZER);
    }

    /** Declares a {@code torch.optim.lr_scheduler} class by its constructor's schema. */
    public Op scheduler(String schema, Kernel kernel) {
        return declare(schedulers, schema, kernel).variants(Variant.SCHEDULER);
    }

    private static Op declare(Map<String, Op> namespace, String schema, Kernel kernel) {
        String name = Schema.nameOf(schema);
        if (namespace.containsKey(name)) {
            throw new IllegalStateException("op declared twice: " + name);
        }
        Op op = new Op(name);
        namespace.put(name, op);
        return op.overload(schema, kernel);
    }

    /** The torch/Tensor op of that name, or null. */
    public Op find(String name) {
        return ops.get(name);
    }

    /** The torch.nn.functional op of that name, or null. */
    public Op findFunctional(String name) {
        return functional.get(name);
    }

    /** The torch.nn module class of that name, or null. */
    public Op findModule(String name) {
        return modules.get(name);
    }

    /** The torch.optim optimizer of that name, or null. */
    public Op findOptimizer(String name) {
        return optimizers.get(name);
    }

    /** The torch.optim.lr_scheduler class of that name, or null. */
    public Op findScheduler(String name) {
        return schedulers.get(name);
    }

    /** Every declaration: torch and Tensor ops, then F's, nn's module classes, optim's optimizers and schedulers. */
    public List<Op> all() {
        List<Op> out = new ArrayList<>(ops.values());
        out.addAll(functional.values());
        out.addAll(modules.values());
        out.addAll(initialisers.values());
        out.addAll(optimizers.values());
        out.addAll(schedulers.values());
        return Collections.unmodifiableList(out);
    }

    /** The torch and Tensor ops, in declaration order. */
    public List<Op> ops() {
        return Collections.unmodifiableList(new ArrayList<>(ops.values()));
    }

    /** The torch.nn module classes, in declaration order. */
    public List<Op> modules() {
        return Collections.unmodifiableList(new ArrayList<>(modules.values()));
    }

}
