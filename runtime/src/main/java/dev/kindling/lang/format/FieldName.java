package dev.kindling.lang.format;

import java.util.ArrayList;
import java.util.List;

import dev.kindling.errors.KindlingError;

/**
 * The field name of a {@code str.format} replacement field, split as CPython's
 * {@code field_name_split} does: a first part (a positional index, a keyword, or empty for
 * automatic numbering) followed by {@code .attribute} and {@code [key]} steps.
 * {@code "0.real[2]"} is index 0, then attribute {@code real}, then item 2.
 *
 * @param first the first part as written ("" when omitted)
 * @param index the first part as an index, or -1 when it is not all digits
 * @param steps the attribute and item steps, in order
 */
record FieldName(String first, long index, List<Step> steps) {

    /** One step: an attribute name, or an item key (a Long when all digits, else the text). */
    record Step(boolean attribute, Object key) {}

    static FieldName parse(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
            end++;
        }
        String first = text.substring(0, end);
        List<Step> steps = new ArrayList<>();
        int pos = end;
        while (pos < text.length()) {
            pos = step(text, pos, steps);
        }
        return new FieldName(first, integer(first), List.copyOf(steps));
    }

    /** Reads the step at {@code pos}; returns where the next one starts. */
    private static int step(String text, int pos, List<Step> steps) {
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
        steps.add(new Step(c == '.', index >= 0 ? (Object) index : name));
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
