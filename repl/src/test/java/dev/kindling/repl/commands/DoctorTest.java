package dev.kindling.repl.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What {@code :doctor} says about the products' libraries in the default build (no ND4J, oneDNN loads). */
class DoctorTest {
    private static String value(String report, String name) {
        return report.lines().filter(l -> l.startsWith(name + ":")).findFirst()
                .map(l -> l.substring(name.length() + 1).strip()).orElse("(no such line)");
    }

    @Test
    void reportsTheJavaGemmForFloat64ProductsAndNoNd4j() {
        String report = Doctor.report("pytorch-cpu-bits");
        assertEquals("Kindling's Java gemm (no ND4J in this build; mvn -Pcuda adds it)", value(report, "float64 gemm"),
                report);
        assertTrue(value(report, "oneDNN sgemm").startsWith("loaded;"), report);
    }
}
