package dev.kindling.ops;

/** A schema default ({@code None}, {@code False}, {@code -1}, {@code 1e-05}, {@code "mean"}, {@code [0,1]}) as a Java value. */
final class DefaultValues {
    private DefaultValues() {}

    static Object parse(String text, ParamType type, int size) {
        if (text.equals("None")) {
            return null;
        }
        if (text.equals("True") || text.equals("False")) {
            return text.equals("True");
        }
        if (text.startsWith("\"") || text.startsWith("'")) {
            return text.substring(1, text.length() - 1);
        }
        if (text.startsWith("[") || text.startsWith("(")) {
            String items = text.substring(1, text.length() - 1);
            return type == ParamType.FLOAT_LIST ? floatList(items) : intList(items);
        }
        if (type == ParamType.INT_LIST) {
            int[] repeated = new int[Math.max(size, 1)];
            java.util.Arrays.fill(repeated, Integer.parseInt(text));
            return repeated;
        }
        if (type == ParamType.INT || (type == ParamType.SCALAR && !isFloatText(text))) {
            return Long.parseLong(text);
        }
        if (type == ParamType.FLOAT || type == ParamType.SCALAR) {
            return Double.parseDouble(text);
        }
        return text;
    }

    private static boolean isFloatText(String text) {
        return text.contains(".") || text.contains("e") || text.contains("inf") || text.contains("nan");
    }

    private static double[] floatList(String items) {
        String[] parts = items.split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Double.parseDouble(parts[i].trim());
        }
        return out;
    }

    private static int[] intList(String items) {
        if (items.isBlank()) {
            return new int[0];
        }
        String[] parts = items.split(",");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Integer.parseInt(parts[i].trim());
        }
        return out;
    }
}
