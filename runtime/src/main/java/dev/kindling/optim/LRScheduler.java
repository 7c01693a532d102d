package dev.kindling.optim;

import java.util.ArrayList;
import java.util.List;

/** StepLR and ExponentialLR: multiply each group's lr by gamma every step_size epochs (1 for exponential). */
public final class LRScheduler {
    private final Optimizer optimizer;
    private final int stepSize;
    private final double gamma;
    private final List<Double> baseLrs = new ArrayList<>();
    private int epoch;

    public LRScheduler(Optimizer optimizer, int stepSize, double gamma) {
        this.optimizer = optimizer;
        this.stepSize = stepSize;
        this.gamma = gamma;
        for (Optimizer.ParamGroup g : optimizer.paramGroups()) {
            baseLrs.add(g.lr());
            g.options.putIfAbsent("initial_lr", g.lr());
        }
    }

    public void step() {
        epoch++;
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
