package dev.kindling.lang.objects;

import dev.kindling.lang.format.StrFormat;

/** Lets {@code str.format} reach attributes, items, str/repr and {@code __format__} of any value. */
final class FormatAccess implements StrFormat.Accessor {
    static final FormatAccess INSTANCE = new FormatAccess();

    @Override
    public Object getattr(Object obj, String name) {
        return Ops.getAttr(obj, name);
    }

    @Override
    public Object getitem(Object obj, Object key) {
        return Ops.getItem(obj instanceof java.util.List<?> l ? PyTuple.fromList(l) : obj, key);
    }

    @Override
    public String str(Object value) {
        return Repr.str(value);
    }

    @Override
    public String repr(Object value) {
        return Repr.repr(value);
    }

    @Override
    public String format(Object value, String spec) {
        return Ops.format(value, spec);
    }
}
