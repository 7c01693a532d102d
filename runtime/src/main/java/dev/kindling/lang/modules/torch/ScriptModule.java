package dev.kindling.lang.modules.torch;

import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyInstance;
import dev.kindling.nn.Module;

/**
 * The Java module behind an instance of a script's {@code nn.Module} subclass: registration,
 * parameters and repr are the Java module's; forward and extra_repr are the script's methods.
 */
final class ScriptModule extends Module {
    final PyInstance owner;

    ScriptModule(PyInstance owner) {
        this.owner = owner;
    }

    @Override
    public String name() {
        return owner.type().name();
    }

    @Override
    public Object forward(Object... inputs) {
        return Ops.call(Ops.getAttr(owner, "forward"), inputs, null);
    }

    @Override
    public String extraRepr() {
        Object m = owner.type().lookup("extra_repr");
        if (m == null || m == NnModule.MODULE.dict().get("extra_repr")) {
            return "";
        }
        return String.valueOf(Ops.call(m, new Object[] {owner}, null));
    }

}
