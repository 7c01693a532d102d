package dev.kindling.ops;

import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.Losses;

/** {@code torch.nn.functional}'s losses, each honouring every argument PyTorch's takes. */
final class LossOps {
    private LossOps() {}

    private static final String LEGACY = "bool? size_average=None, bool? reduce=None, str reduction=\"mean\"";

    static void declare(OpRegistry r) {
        r.functional("mse_loss(Tensor input, Tensor target, " + LEGACY + ") -> Tensor",
                a -> Losses.mseLoss(a.tensor("input"), a.tensor("target"), LossReduction.of(a)))
                .grad("MseLossBackward0").doc("The mean squared error.",
                        "F.mse_loss(torch.tensor([1., 2.]), torch.tensor([1., 4.]))");
        r.functional("l1_loss(Tensor input, Tensor target, " + LEGACY + ") -> Tensor",
                a -> Losses.l1Loss(a.tensor("input"), a.tensor("target"), LossReduction.of(a)))
                .grad("MeanBackward0").doc("The mean absolute error.",
                        "F.l1_loss(torch.tensor([1., 2.]), torch.tensor([1., 4.]))");
        r.functional("cross_entropy(Tensor input, Tensor target, Tensor? weight=None, bool? size_average=None, "
                + "int ignore_index=-100, bool? reduce=None, str reduction=\"mean\", float label_smoothing=0.0) -> Tensor",
                a -> Losses.crossEntropy(a.tensor("input"), a.tensor("target"), a.tensor("weight"), LossReduction.of(a),
                        a.scalar("label_smoothing"), a.integer("ignore_index")))
                .grad("NllLossBackward0").doc("Softmax cross-entropy of logits against class indices or probabilities.",
                        "F.cross_entropy(torch.tensor([[2., 0.5]]), torch.tensor([0]))");
        r.functional("nll_loss(Tensor input, Tensor target, Tensor? weight=None, bool? size_average=None, "
                + "int ignore_index=-100, bool? reduce=None, str reduction=\"mean\") -> Tensor",
                a -> Losses.nllLoss(a.tensor("input"), a.tensor("target"), a.tensor("weight"), LossReduction.of(a),
                        a.integer("ignore_index")))
                .grad("NllLossBackward0").doc("Negative log-likelihood of log-probabilities against class indices.",
                        "F.nll_loss(torch.tensor([[-0.2, -1.7]]), torch.tensor([0]))");
        r.functional("binary_cross_entropy(Tensor input, Tensor target, Tensor? weight=None, " + LEGACY + ") -> Tensor",
                a -> Losses.binaryCrossEntropy(a.tensor("input"), a.tensor("target"), a.tensor("weight"),
                        LossReduction.of(a)))
                .grad("BinaryCrossEntropyBackward0").doc("Binary cross-entropy of probabilities.",
                        "F.binary_cross_entropy(torch.tensor([0.8]), torch.tensor([1.]))");
        r.functional("binary_cross_entropy_with_logits(Tensor input, Tensor target, Tensor? weight=None, " + LEGACY
                + ", Tensor? pos_weight=None) -> Tensor",
                a -> Losses.binaryCrossEntropyWithLogits(a.tensor("input"), a.tensor("target"), a.tensor("weight"),
                        a.tensor("pos_weight"), LossReduction.of(a)))
                .grad("BinaryCrossEntropyWithLogitsBackward0").doc("Binary cross-entropy of logits, computed stably.",
                        "F.binary_cross_entropy_with_logits(torch.tensor([0.5]), torch.tensor([1.]))");
        more(r);
    }

    private static void more(OpRegistry r) {
        r.functional("smooth_l1_loss(Tensor input, Tensor target, " + LEGACY + ", float beta=1.0) -> Tensor",
                a -> Losses.smoothL1Loss(a.tensor("input"), a.tensor("target"), LossReduction.of(a), a.scalar("beta")))
                .grad("SmoothL1LossBackward0").doc("Squared error below beta, absolute error above.",
                        "F.smooth_l1_loss(torch.tensor([0., 3.]), torch.tensor([0.5, 0.]))");
        r.functional("huber_loss(Tensor input, Tensor target, str reduction=\"mean\", float delta=1.0, "
                + "Tensor? weight=None) -> Tensor", a -> {
                    if (a.tensor("weight") != null) {
                        throw KindlingError.notImplementedError("huber_loss: weight is not supported in Kindling");
                    }
                    return Losses.huberLoss(a.tensor("input"), a.tensor("target"), a.string("reduction"),
                            a.scalar("delta"));
                })
                .grad("HuberLossBackward0").doc("Squared error below delta, delta-scaled absolute error above.",
                        "F.huber_loss(torch.tensor([0., 3.]), torch.tensor([0.5, 0.]))");
        r.functional("kl_div(Tensor input, Tensor target, " + LEGACY + ", bool log_target=False) -> Tensor",
                a -> Losses.klDiv(a.tensor("input"), a.tensor("target"), LossReduction.of(a), a.bool("log_target")))
                .grad("MeanBackward0").doc("Kullback-Leibler divergence of log-probabilities from a target.",
                        "F.kl_div(torch.tensor([-0.7, -0.7]), torch.tensor([0.5, 0.5]), reduction='batchmean')");
    }
}
