package dev.kindling.lang.format;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kindling.pyfmt.Golden;

/**
 * The golden files recorded from CPython 3.11 by {@code generate_golden.py}: {@code %}-formatting,
 * str.format with random templates, and int()/float() parsing. format() and round() are checked
 * in {@code dev.kindling.pyfmt}'s own golden test.
 */
class CPythonGoldenTest {
    private static final String FOLDER = "/dev/kindling/lang/format/";

    @Test
    void percentAgreesWithCPython() {
        Golden.checkAll(FOLDER + "percent.tsv", row -> () -> PercentFormat.format(row[0], Golden.value(row[1]),
                new StrFormat.Accessor() {}::str, new StrFormat.Accessor() {}::repr));
    }

    @Test
    void strFormatAgreesWithCPython() {
        List<Object> args = List.of(1.5, "ab", List.of(10L, 20L), 42L);
        Map<String, Object> kwargs = Map.of("name", "x", "w", 6L, "p", 2L, "d", Map.of("k", "v"));
        StrFormat.Accessor plain = new StrFormat.Accessor() {};
        Golden.checkAll(FOLDER + "str_format.tsv", row -> () -> StrFormat.format(row[0], args, kwargs, plain));
    }

    @Test
    void parsingAgreesWithCPython() {
        Golden.checkAll(FOLDER + "parse.tsv", row -> () -> row[0].equals("int")
                ? NumberParsing.parseInt(row[1], Integer.parseInt(row[2]))
                : (Object) NumberParsing.parseFloat(row[1]));
    }
}
