package dev.kindling.lang.modules;

import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;

/** Python's {@code string}: its character constants and {@code capwords}. */
public final class StringModule {
    private StringModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("string");
        String lower = "abcdefghijklmnopqrstuvwxyz";
        String upper = lower.toUpperCase();
        String digits = "0123456789";
        String punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
        String whitespace = " \t\n\r\u000b\f";
        m.set("ascii_lowercase", lower).set("ascii_uppercase", upper).set("ascii_letters", lower + upper)
                .set("digits", digits).set("hexdigits", digits + "abcdefABCDEF").set("octdigits", "01234567")
                .set("punctuation", punctuation).set("whitespace", whitespace)
                .set("printable", digits + lower + upper + punctuation + whitespace);
        m.set("capwords", new PyBuiltin("string.capwords", (a, k) -> {
            Object[] p = Args.bind("capwords", a, k, "s", "sep=");
            Object sep = p[1] == null ? PyNone.NONE : p[1];
            Object words = Ops.call(Ops.getAttr(p[0], "split"), new Object[] {sep}, null);
            StringBuilder out = new StringBuilder();
            String joiner = sep == PyNone.NONE ? " " : (String) sep;
            boolean first = true;
            for (Object w : Ops.toList(words)) {
                if (!first) {
                    out.append(joiner);
                }
                first = false;
                out.append((String) Ops.call(Ops.getAttr(w, "capitalize"), new Object[0], null));
            }
            return out.toString();
        }));
        return m;
    }
}
