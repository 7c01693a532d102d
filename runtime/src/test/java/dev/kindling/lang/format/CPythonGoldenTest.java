package dev.kindling.lang.format;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The golden files recorded from CPython 3.11 by {@code generate_golden.py}: format() for every
 * value, option and type combination, round(), {@code %}-formatting, str.format with random
 * templates, and int()/float() parsing.
 */
class CPythonGoldenTest {

    @Test
    void agreesWithCPythonOnEveryRecordedCombination() {
        Golden.checkAll("format_spec.tsv", row -> () -> FormatSpec.format(Golden.value(row[0]), row[1]));
    }

    @Test
    void roundAgreesWithCPython() {
        Golden.checkAll("round.tsv", row -> () -> {
            Object x = Golden.value(row[0]);
            if (x instanceof Double d) {
                return row[1].equals("None") ? Round.round(d) : (Object) Round.round(d, Integer.parseInt(row[1]));
            }
            return Round.roundInt(x, Integer.parseInt(row[1]));
        });
    }

    @Test
    void percentAgreesWithCPython() {
        Golden.checkAll("percent.tsv", row -> () -> PercentFormat.format(row[0], Golden.value(row[1]),
                new StrFormat.Accessor() {}::str, new StrFormat.Accessor() {}::repr));
    }

    @Test
    void strFormatAgreesWithCPython() {
        List<Object> args = List.of(1.5, "ab", List.of(10L, 20L), 42L);
        Map<String, Object> kwargs = Map.of("name", "x", "w", 6L, "p", 2L, "d", Map.of("k", "v"));
        StrFormat.Accessor plain = new StrFormat.Accessor() {};
        Golden.checkAll("str_format.tsv", row -> () -> StrFormat.format(row[0], args, kwargs, plain));
    }

    @Test
    void parsingAgreesWithCPython() {
        Golden.checkAll("parse.tsv", row -> () -> row[0].equals("int")
                ? NumberParsing.parseInt(row[1], Integer.parseInt(row[2]))
                : (Object) NumberParsing.parseFloat(row[1]));
    }
}
