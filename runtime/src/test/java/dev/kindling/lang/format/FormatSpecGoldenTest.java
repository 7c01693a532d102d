package dev.kindling.lang.format;

import org.junit.jupiter.api.Test;

/** format(value, spec) for every value, option and type combination recorded from CPython 3.11. */
class FormatSpecGoldenTest {

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
    void parsingAgreesWithCPython() {
        Golden.checkAll("parse.tsv", row -> () -> row[0].equals("int")
                ? NumberParsing.parseInt(row[1], Integer.parseInt(row[2]))
                : (Object) NumberParsing.parseFloat(row[1]));
    }
}
