package dev.kindling.pyfmt;

/**
 * Puts a formatted number together as CPython's {@code calc_number_widths} and {@code fill_number}
 * do: padding, sign, prefix ({@code 0x}), the integer digits with group separators, then the rest
 * (decimal point, fraction, exponent, {@code %}). Shared by ints and floats so that both pad and
 * group alike.
 *
 * <p>With zero padding ({@code 0} fill and {@code =} alignment) the zeros become part of the digits
 * and are grouped too: {@code format(1234, '09,')} is {@code '0,001,234'}.
 */
final class NumberLayout {
    private NumberLayout() {}

    /**
     * @param sign      "", "-", "+" or " "
     * @param prefix    "" or a base prefix such as "0x"
     * @param digits    the integer digits to group (may be empty, e.g. for inf)
     * @param rest      everything after the integer digits
     */
    static String layOut(FormatSpec spec, String sign, String prefix, String digits, String rest) {
        long nonDigits = sign.length() + prefix.length() + rest.codePointCount(0, rest.length());
        long minWidth = spec.fill() == '0' && spec.align() == '=' ? spec.width() - nonDigits : 0;
        // Only the 'c' type has "digits" outside the BMP; count them as one character each.
        int surrogates = digits.length() - digits.codePointCount(0, digits.length());
        String grouped = digits.isEmpty() ? ""
                : group(digits, minWidth + surrogates, spec.grouping(), spec.groupSize());
        long padding = Math.max(0, spec.width() - nonDigits - (grouped.length() - surrogates));
        long left = 0;
        long between = 0;
        long right = 0;
        switch (spec.align()) {
            case '<' -> right = padding;
            case '^' -> {
                left = padding / 2;
                right = padding - left;
            }
            case '=' -> between = padding;
            default -> left = padding;
        }
        String fill = spec.fillText();
        return fill.repeat((int) left) + sign + prefix + fill.repeat((int) between) + grouped + rest
                + fill.repeat((int) right);
    }

    /**
     * CPython's {@code _PyUnicode_InsertThousandsGrouping}: separators every {@code size} digits
     * (none when {@code size} is 0), and leading zeros until {@code minWidth} is reached.
     */
    static String group(String digits, long minWidth, char separator, int size) {
        StringBuilder reversed = new StringBuilder();
        int remaining = digits.length();
        boolean useSeparator = false;
        while (size > 0) {
            long l = Math.min(size, Math.max(Math.max(remaining, minWidth), 1));
            appendGroup(reversed, digits, remaining, l, useSeparator ? separator : 0);
            useSeparator = true;
            remaining -= (int) Math.min(remaining, l);
            minWidth -= size;
            if (remaining <= 0 && minWidth <= 0) {
                return reversed.reverse().toString();
            }
            minWidth -= 1;
        }
        long l = Math.max(Math.max(remaining, minWidth), 1);
        appendGroup(reversed, digits, remaining, l, useSeparator ? separator : 0);
        return reversed.reverse().toString();
    }

    /** Appends, reversed, a separator, the last {@code l} of the remaining digits and zeros to make up {@code l}. */
    private static void appendGroup(StringBuilder reversed, String digits, int remaining, long l, char separator) {
        if (separator != 0) {
            reversed.append(separator);
        }
        int chars = (int) Math.max(0, Math.min(remaining, l));
        for (int i = remaining - 1; i >= remaining - chars; i--) {
            reversed.append(digits.charAt(i));
        }
        reversed.append("0".repeat((int) Math.max(0, l - remaining)));
    }
}
