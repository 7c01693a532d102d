package dev.kindling.lab;

/** The little JSON the Lab's events need: strings, numbers and arrays of numbers, written by hand. */
final class Json {
    private Json() {}

    static String string(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** A finite number as itself; NaN and infinities (a diverging loss) as null, which JSON allows. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "null";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    static String numbers(double[] values, int from, int to) {
        StringBuilder b = new StringBuilder("[");
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(',');
            }
            b.append(number(values[i]));
        }
        return b.append(']').toString();
    }

    static String numbers(double[] values) {
        return numbers(values, 0, values.length);
    }

    /** An array of numbers, or null for a tensor that is not there (a gradient before backward). */
    static String numbersOrNull(double[] values) {
        return values == null ? "null" : numbers(values);
    }

    static String strings(java.util.List<String> values) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            b.append(i > 0 ? "," : "").append(string(values.get(i)));
        }
        return b.append(']').toString();
    }
}
