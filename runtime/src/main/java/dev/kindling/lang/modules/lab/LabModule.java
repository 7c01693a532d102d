package dev.kindling.lang.modules.lab;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.tensor.Tensor;

/**
 * The {@code kindling} package and its {@code kindling.lab} module: what a script calls to show
 * its training in Kindling Lab ({@code bin/kindling --lab}, or {@code :lab} in the REPL).
 *
 * <pre>
 * import kindling.lab as lab
 * lab.watch(model, sqft, price)      # data as points, the model's prediction as a line
 * lab.log("loss", loss.item())       # one more point of the "loss" curve
 * </pre>
 *
 * Without a Lab open both calls do nothing, so the script runs the same in a terminal.
 */
public final class LabModule {
    private LabModule() {}

    /** The package, with its one module {@code lab} reporting to {@code monitor}. */
    public static PyModule createPackage(TrainingMonitor monitor) {
        PyModule kindling = new PyModule("kindling");
        kindling.set("lab", module(monitor));
        return kindling;
    }

    private static PyModule module(TrainingMonitor monitor) {
        PyModule m = new PyModule("kindling.lab");
        m.set("log", new PyBuiltin("log", (a, k) -> {
            Object[] p = Args.bind("log", a, k, "name", "value");
            if (!(p[0] instanceof String name)) {
                throw KindlingError.typeError("log() argument 'name' must be str, not " + Ops.typeName(p[0]));
            }
            monitor.log(name, value(p[1]));
            return PyNone.NONE;
        }));
        m.set("watch", new PyBuiltin("watch", (a, k) -> {
            Object[] p = Args.bind("watch", a, k, "model", "x", "y");
            monitor.watch(p[0], tensor("x", p[1]), tensor("y", p[2]));
            return PyNone.NONE;
        }));
        return m;
    }

    private static double value(Object o) {
        if (o instanceof Tensor t) {
            if (t.numel() != 1) {
                throw KindlingError.valueError("log() needs one number, got a tensor of shape " + t.shape());
            }
            return t.detach().toDoubleArray()[0];
        }
        if (o instanceof Boolean || !(o instanceof Number)) {
            throw KindlingError.typeError("log() argument 'value' must be a number, not " + Ops.typeName(o));
        }
        return Ops.toDouble(o);
    }

    private static Tensor tensor(String name, Object o) {
        if (!(o instanceof Tensor t)) {
            throw KindlingError.typeError("watch() argument '" + name + "' must be Tensor, not " + Ops.typeName(o));
        }
        return t;
    }
}
