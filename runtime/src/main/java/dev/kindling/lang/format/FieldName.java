package dev.kindling.lang.format;

import java.util.function.BinaryOperator;
import java.util.function.Consumer;

import dev.kindling.errors.KindlingError;

/**
 * The field name of a {@code str.format} replacement field, split as CPython's
 * {@code field_name_split} does: a first part (a positional index, a keyword, or empty for
 * automatic numbering) followed by {@code .attribute} and {@code [key]} steps.
 * {@code "0.real[2]"} is index 0, then attribute {@code real}, then item 2. Like CPython, it
 * reads each step only when the one before it has been applied, so a failed lookup is reported
 * before a malformed step after it.
 *
 * @param first the first part as written ("" when omitted)
 * @param index the first part as an index, or -1 when it is not all digits
 * @param rest  the steps, unparsed, e.g. {@code ".real[2]"}
 */
record FieldName(String first, long index, String rest) {

    /** One step: an attribute name, or an item key (a Long when all digits, else the text). */
    record Step(boolean attribute, Object key) {}

    static FieldName parse(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
            end++;
        }
        String first = text.substring(0, end);
        return new FieldName(first, integer(first), text.substring(end));
    }

    /** Applies the steps to {@code value} in order, reading each as it comes. */
    Object walk(Object value, BinaryOperator<Object> attribute, BinaryOperator<Object> item) {
        Object[] current = {value};
        int pos = 0;
        while (pos < rest.length()) {
            pos = step(rest, pos, step -> current[0] = step.attribute()
                    ? attribute.apply(current[0], step.key()) : item.apply(current[0], step.key()));
        }
        return current[0];
    }

    /** Reads the step at {@code pos}; returns where the next one starts. */
    private static int step(String text, int pos, Consumer<Step> apply) {
        char c = text.charAt(pos++);
        int end;
        String name;
        if (c == '.') {
            end = pos;
            while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
                end++;
            }
            name = text.substring(pos, end);
        } else if (c == '[') {
            end = text.indexOf(']', pos);
            if (end < 0) {
                throw KindlingError.valueError("Missing ']' in format string");
            }
            name = text.substring(pos, end++);
        } else {
            throw KindlingError.valueError("Only '.' or '[' may follow ']' in format field specifier");
        }
        if (name.isEmpty()) {
            throw KindlingError.valueError("Empty attribute in format string");
        }
        long index = c == '[' ? integer(name) : -1;
        apply.accept(new Step(c == '.', index >= 0 ? (Object) index : name));
        return end;
    }

    /** CPython's {@code get_integer}: the value of an all-digit text, or -1. */
    static long integer(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < s.length(); i++) {
            int digit = Character.getType(s.charAt(i)) == Character.DECIMAL_DIGIT_NUMBER
                    ? Character.digit(s.charAt(i), 10) : -1;
            if (digit < 0) {
                return -1;
            }
            if (value > (Long.MAX_VALUE - digit) / 10) {
                throw KindlingError.valueError("Too many decimal digits in format string");
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
