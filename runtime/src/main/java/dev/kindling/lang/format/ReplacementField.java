package dev.kindling.lang.format;

import dev.kindling.errors.KindlingError;

/**
 * One replacement field of a {@code str.format} template, {@code {name!conversion:spec}}, read as
 * CPython 3.11's {@code parse_field} reads it: the name runs to the first ':' or '!' outside
 * brackets, and the spec to the '}' that balances the field's '{'.
 *
 * @param fieldName  the field name, e.g. {@code "0[1].x"} ({@code ""} for automatic numbering)
 * @param conversion {@code 'r'}, {@code 's'}, {@code 'a'} (or any other character, rejected later), or 0
 * @param spec       the format spec, possibly holding nested fields
 * @param end        the index just after the field's closing '}'
 */
record ReplacementField(String fieldName, int conversion, String spec, int end) {

    /** Reads the field that starts just after a '{' at {@code start}. */
    static ReplacementField parse(String t, int start) {
        int pos = start;
        char c = 0;
        while (pos < t.length()) {
            c = t.charAt(pos++);
            if (c == '{') {
                throw KindlingError.valueError("unexpected '{' in field name");
            }
            if (c == '[') {
                while (pos < t.length() && t.charAt(pos) != ']') {
                    pos++;
                }
                continue;
            }
            if (c == '}' || c == ':' || c == '!') {
                break;
            }
        }
        String name = t.substring(start, Math.max(start, pos - 1));
        if (c == '}') {
            return new ReplacementField(name, 0, "", pos);
        }
        if (c != '!' && c != ':') {
            throw KindlingError.valueError("expected '}' before end of string");
        }
        return conversionAndSpec(t, pos, name, c == '!');
    }

    private static ReplacementField conversionAndSpec(String t, int pos, String name, boolean hasConversion) {
        int conversion = 0;
        if (hasConversion) {
            if (pos >= t.length()) {
                throw KindlingError.valueError("end of string while looking for conversion specifier");
            }
            conversion = t.codePointAt(pos);
            pos += Character.charCount(conversion);
            if (pos < t.length()) {
                char c = t.charAt(pos++);
                if (c == '}') {
                    return new ReplacementField(name, conversion, "", pos);
                }
                if (c != ':') {
                    throw KindlingError.valueError("expected ':' after conversion specifier");
                }
            }
        }
        int specStart = pos;
        int count = 1;
        while (pos < t.length()) {
            char c = t.charAt(pos++);
            count += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (count == 0) {
                return new ReplacementField(name, conversion, t.substring(specStart, pos - 1), pos);
            }
        }
        throw KindlingError.valueError("unmatched '{' in format spec");
    }
}
