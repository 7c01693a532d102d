package dev.kindling.pyfmt;

import org.junit.jupiter.api.Test;

/**
 * The golden files recorded from CPython 3.11 by {@code generate_golden.py}: format() for every
 * value, option and type combination, and round().
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
}
