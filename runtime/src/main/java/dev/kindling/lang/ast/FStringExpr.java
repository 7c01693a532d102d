package dev.kindling.lang.ast;

import java.util.List;

import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.Repr;

/** An f-string: literal text and replacement fields {@code {expr!conversion:spec}}. */
public final class FStringExpr extends Expr {
    /** A replacement field; {@code spec} is itself an f-string (it may nest fields), or null. */
    public record Field(Expr expression, char conversion, FStringExpr spec, String debugText) {}

    /** Each part is a String (literal text) or a {@link Field}. */
    private final Object[] parts;

    public FStringExpr(int line, int column, List<Object> parts) {
        super(line, column);
        this.parts = parts.toArray();
    }

    @Override
    public Object eval(Frame frame) {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            if (p instanceof String s) {
                sb.append(s);
            } else {
                Field f = (Field) p;
                Object v = f.expression().eval(frame);
                if (f.debugText() != null) {
                    sb.append(f.debugText());
                }
                String spec = f.spec() == null ? "" : (String) f.spec().eval(frame);
                char conversion = f.conversion();
                if (conversion == 0 && f.debugText() != null && spec.isEmpty()) {
                    conversion = 'r';
                }
                sb.append(switch (conversion) {
                    case 'r', 'a' -> Ops.format(Repr.repr(v), spec);
                    case 's' -> Ops.format(Repr.str(v), spec);
                    default -> Ops.format(v, spec);
                });
            }
        }
        return sb.toString();
    }
}
