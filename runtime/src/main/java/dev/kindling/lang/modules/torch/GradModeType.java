package dev.kindling.lang.modules.torch;

import dev.kindling.autograd.GradMode;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.BuiltinTypes;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.PyObj;

/**
 * {@code torch.no_grad()}, {@code torch.enable_grad()} and {@code torch.set_grad_enabled(b)}:
 * context managers that set the grad mode for a block and restore it after, and decorators that
 * do the same around a function.
 */
final class GradModeType implements PyObj {
    static final PyClass NO_GRAD = PyClass.javaType("no_grad", "torch", BuiltinTypes.OBJECT,
            (a, k) -> new GradModeType(false, NoGradTypes.NO_GRAD));
    static final PyClass ENABLE_GRAD = PyClass.javaType("enable_grad", "torch", BuiltinTypes.OBJECT,
            (a, k) -> new GradModeType(true, NoGradTypes.ENABLE_GRAD));
    /** inference_mode(mode=True): here the same as no_grad (Kindling has no separate inference tensors). */
    static final PyClass INFERENCE_MODE = PyClass.javaType("inference_mode", "torch", BuiltinTypes.OBJECT,
            (a, k) -> new GradModeType(!Ops.truthy(Args.orDefault(
                    Args.bindMethodDef("inference_mode.__init__", a, k, "self", "mode=")[1], true)),
                    NoGradTypes.INFERENCE));
    static final PyClass SET_GRAD_ENABLED = PyClass.javaType("set_grad_enabled", "torch", BuiltinTypes.OBJECT,
            (a, k) -> {
                Object mode = Args.bindMethodDef("set_grad_enabled.__init__", a, k, "self", "mode")[1];
                GradModeType m = new GradModeType(Ops.truthy(mode), NoGradTypes.SET);
                GradMode.set(m.enabled); // takes effect at once, as in PyTorch, and also works with "with"
                return m;
            });

    /** Which of the three classes an instance belongs to. */
    private enum NoGradTypes { NO_GRAD, ENABLE_GRAD, SET, INFERENCE }

    static {
        for (PyClass c : new PyClass[] {NO_GRAD, ENABLE_GRAD, SET_GRAD_ENABLED, INFERENCE_MODE}) {
            Bindings.method(c, "__enter__", (a, k) -> ((GradModeType) a[0]).enter());
            Bindings.method(c, "__exit__", (a, k) -> ((GradModeType) a[0]).exit());
            Bindings.method(c, "__call__", (a, k) -> ((GradModeType) a[0]).decorate(a[1]));
        }
    }

    private final boolean enabled;
    private final NoGradTypes kind;
    private final java.util.ArrayDeque<Boolean> saved = new java.util.ArrayDeque<>();

    private GradModeType(boolean enabled, NoGradTypes kind) {
        this.enabled = enabled;
        this.kind = kind;
    }

    private Object enter() {
        saved.push(GradMode.set(enabled));
        return PyNone.NONE;
    }

    private Object exit() {
        GradMode.set(saved.isEmpty() ? true : saved.pop());
        return false;
    }

    /** {@code @torch.no_grad()} on a function: the function runs with this grad mode. */
    private Object decorate(Object function) {
        return new PyBuiltin(Ops.functionName(function), (args, kwargs) -> {
            boolean previous = GradMode.set(enabled);
            try {
                return Ops.call(function, args, kwargs);
            } finally {
                GradMode.set(previous);
            }
        });
    }

    @Override
    public PyClass type() {
        switch (kind) {
            case NO_GRAD: return NO_GRAD;
            case ENABLE_GRAD: return ENABLE_GRAD;
            case INFERENCE: return INFERENCE_MODE;
            default: return SET_GRAD_ENABLED;
        }
    }
}
