package dev.kindling.optim;

import java.util.Map;

/** Helpers for turning typed options into the option maps the optimizers keep. */
final class OptionMaps {
    private OptionMaps() {}

    /** Puts the value only where it differs from the default, which then keeps PyTorch's own spelling. */
    static void putIfChanged(Map<String, Object> out, String key, Object value, Object defaultValue) {
        if (!value.equals(defaultValue)) {
            out.put(key, value);
        }
    }
}
