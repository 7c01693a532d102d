package dev.kindling.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * 120 random tensors (every dtype, 0-3 dims, scales from 1e-6 to 1e9, inf/nan, empty and
 * summarised shapes) printed by PyTorch, recorded by {@code printing-cases.py} beside the data,
 * and printed again through {@link TensorFormatter}.
 */
class TensorPrintingGoldenTest {
    private static List<String> lines(String name) throws IOException {
        try (InputStream in = TensorPrintingGoldenTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static double parse(String s) {
        switch (s) {
            case "nan": return Double.NaN;
            case "inf": return Double.POSITIVE_INFINITY;
            case "-inf": return Double.NEGATIVE_INFINITY;
            default: return Double.parseDouble(s);
        }
    }

    private static Tensor build(String line) {
        String[] p = line.split("\\|", -1);
        DType dtype = Arrays.stream(DType.values()).filter(d -> d.toString().equals("torch." + p[0])).findFirst()
                .orElseThrow();
        int[] shape = p[1].isEmpty() ? new int[0] : Arrays.stream(p[1].split(",")).mapToInt(Integer::parseInt).toArray();
        double[] values = p[2].isEmpty() ? new double[0]
                : Arrays.stream(p[2].split(",")).mapToDouble(TensorPrintingGoldenTest::parse).toArray();
        return shape.length == 0 ? Torch.scalar(values[0], dtype)
                : Torch.tensor(values, DType.FLOAT64).to(dtype).reshape(shape);
    }

    @Test
    void printsEveryRecordedTensorAsPyTorchDid() throws IOException {
        List<String> cases = lines("printing-cases.txt");
        List<String> expected = lines("printing-expected.txt");
        assertEquals(cases.size(), expected.size());
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String actual = build(cases.get(i)).toString().replace("\n", "\\n");
            if (!actual.equals(expected.get(i))) {
                mismatches.add("case " + (i + 1) + ":\n  expected " + expected.get(i) + "\n  actual   " + actual);
            }
        }
        assertEquals("", String.join("\n", mismatches));
    }
}
