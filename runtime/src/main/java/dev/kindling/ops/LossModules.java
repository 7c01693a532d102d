package dev.kindling.ops;

import dev.kindling.nn.Loss;
import dev.kindling.tensor.Losses;
import dev.kindling.tensor.Tensor;

/**
 * {@code torch.nn}'s loss classes, by their constructors' signatures in
 * {@code torch/nn/modules/loss.py}. Each module's forward calls the same {@link Losses} function
 * as its {@code F.} form in {@link LossOps}, with the options given at construction: weight,
 * ignore_index and the rest are honoured, and the deprecated size_average/reduce go through
 * {@link LossReduction} (which warns once, at construction, as PyTorch does).
 */
final class LossModules {
    private LossModules() {}

    /** The deprecated pair is untyped in PyTorch (any object, tested for truth), hence Any. */
    private static final String LEGACY = "Any? size_average=None, Any? reduce=None, str reduction=\"mean\"";

    static void declare(OpRegistry r) {
        regression(r);
        classification(r);
    }

    private static void regression(OpRegistry r) {
        r.module("MSELoss(" + LEGACY + ") -> Module", a -> {
            String reduction = LossReduction.of(a);
            return new Loss("MSELoss", (x, y) -> Losses.mseLoss(x, y, reduction));
        }).doc("The mean squared error.", "nn.MSELoss()(torch.tensor([1., 2.]), torch.tensor([1., 4.]))");
        r.module("L1Loss(" + LEGACY + ") -> Module", a -> {
            String reduction = LossReduction.of(a);
            return new Loss("L1Loss", (x, y) -> Losses.l1Loss(x, y, reduction));
        }).doc("The mean absolute error.", "nn.L1Loss()(torch.tensor([1., 2.]), torch.tensor([1., 4.]))");
        r.module("SmoothL1Loss(" + LEGACY + ", float beta=1.0) -> Module", a -> {
            String reduction = LossReduction.of(a);
            double beta = a.scalar("beta");
            return new Loss("SmoothL1Loss", (x, y) -> Losses.smoothL1Loss(x, y, reduction, beta));
        }).doc("Squared error below beta, absolute error above.",
                "nn.SmoothL1Loss()(torch.tensor([0., 3.]), torch.tensor([0.5, 0.]))");
        r.module("HuberLoss(str reduction=\"mean\", float delta=1.0) -> Module", a -> {
            String reduction = a.string("reduction");
            double delta = a.scalar("delta");
            return new Loss("HuberLoss", (x, y) -> Losses.huberLoss(x, y, reduction, delta));
        }).doc("Squared error below delta, delta-scaled absolute error above.",
                "nn.HuberLoss(delta=2.0)(torch.tensor([0., 3.]), torch.tensor([0.5, 0.]))");
        r.module("KLDivLoss(" + LEGACY + ", bool log_target=False) -> Module", a -> {
            String reduction = LossReduction.of(a);
            boolean logTarget = a.bool("log_target");
            return new Loss("KLDivLoss", (x, y) -> Losses.klDiv(x, y, reduction, logTarget));
        }).doc("Kullback-Leibler divergence of log-probabilities from a target.",
                "nn.KLDivLoss(reduction='batchmean')(torch.tensor([[-0.7, -0.7]]), torch.tensor([[0.5, 0.5]]))");
    }

    private static void classification(OpRegistry r) {
        r.module("CrossEntropyLoss(Tensor? weight=None, Any? size_average=None, int ignore_index=-100, "
                + "Any? reduce=None, str reduction=\"mean\", float label_smoothing=0.0) -> Module", a -> {
                    Tensor weight = a.tensor("weight");
                    String reduction = LossReduction.of(a);
                    double smoothing = a.scalar("label_smoothing");
                    long ignore = a.integer("ignore_index");
                    return new Loss("CrossEntropyLoss",
                            (x, y) -> Losses.crossEntropy(x, y, weight, reduction, smoothing, ignore));
                }).doc("Softmax cross-entropy of logits against class indices or probabilities.",
                        "nn.CrossEntropyLoss()(torch.tensor([[2., 0.5]]), torch.tensor([0]))");
        r.module("NLLLoss(Tensor? weight=None, Any? size_average=None, int ignore_index=-100, Any? reduce=None, "
                + "str reduction=\"mean\") -> Module", a -> {
                    Tensor weight = a.tensor("weight");
                    String reduction = LossReduction.of(a);
                    long ignore = a.integer("ignore_index");
                    return new Loss("NLLLoss", (x, y) -> Losses.nllLoss(x, y, weight, reduction, ignore));
                }).doc("Negative log-likelihood of log-probabilities against class indices.",
                        "nn.NLLLoss()(torch.tensor([[-0.2, -1.7]]), torch.tensor([0]))");
        r.module("BCELoss(Tensor? weight=None, " + LEGACY + ") -> Module", a -> {
            Tensor weight = a.tensor("weight");
            String reduction = LossReduction.of(a);
            return new Loss("BCELoss", (x, y) -> Losses.binaryCrossEntropy(x, y, weight, reduction));
        }).doc("Binary cross-entropy of probabilities.", "nn.BCELoss()(torch.tensor([0.8]), torch.tensor([1.]))");
        r.module("BCEWithLogitsLoss(Tensor? weight=None, " + LEGACY + ", Tensor? pos_weight=None) -> Module", a -> {
            Tensor weight = a.tensor("weight");
            Tensor posWeight = a.tensor("pos_weight");
            String reduction = LossReduction.of(a);
            return new Loss("BCEWithLogitsLoss",
                    (x, y) -> Losses.binaryCrossEntropyWithLogits(x, y, weight, posWeight, reduction));
        }).doc("Binary cross-entropy of logits, computed stably.",
                "nn.BCEWithLogitsLoss()(torch.tensor([0.5]), torch.tensor([1.]))");
    }
}
