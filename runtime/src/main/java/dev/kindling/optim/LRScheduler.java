package dev.kindling.optim;

import java.util.ArrayList;
import java.util.List;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;

/**
 * StepLR and ExponentialLR: multiply each group's lr by gamma every step_size epochs (1 for
 * exponential), starting from the lr the groups have when the scheduler is made.
 *
 * <pre>{@code
 * Linear model = new Linear(3, 1);
 * SGD sgd = new SGD(model.parameters(), SGD.Options.defaults().withLr(0.1));
 * LRScheduler schedule = new LRScheduler(sgd, 10, 0.5); // StepLR(sgd, step_size=10, gamma=0.5)
 * for (int epoch = 0; epoch < 30; epoch++) {
 *     sgd.step();                                       // after an epoch's backward passes
 *     schedule.step();                                  // lr 0.1, then 0.05 from epoch 10, 0.025 from 20
 * }
 * }</pre>
 */
public final class LRScheduler {
    private final Optimizer optimizer;
    private final long stepSize;
    private final double gamma;
    private final List<Double> baseLrs = new ArrayList<>();
    private int epoch;

    public LRScheduler(Optimizer optimizer, long stepSize, double gamma) {
        this.optimizer = optimizer;
        this.stepSize = stepSize;
        this.gamma = gamma;
        for (Optimizer.ParamGroup g : optimizer.paramGroups()) {
            baseLrs.add(g.lr());
            g.options.putIfAbsent("initial_lr", g.lr());
        }
    }

    /** Ends an epoch; a step_size of 0 fails here, as Python's {@code last_epoch % step_size} does. */
    public void step() {
        epoch++;
        if (stepSize == 0) {
            throw KindlingError.of(ErrorType.ZERO_DIVISION_ERROR, "integer modulo by zero");
        }
        if (epoch % stepSize == 0) {
            for (Optimizer.ParamGroup g : optimizer.paramGroups()) {
                g.options.put("lr", g.lr() * gamma);
            }
        }
    }

    public List<Double> lastLr() {
        List<Double> out = new ArrayList<>();
        optimizer.paramGroups().forEach(g -> out.add(g.lr()));
        return out;
    }
}
