package dev.kindling.tensor.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the recipes of {@code random_reference.tsv} (PyTorch 2.13 CPU output, written by
 * {@code generate_reference.py} beside it) and compares every value bit for bit. The recipe
 * language is described in that script; this class is its Java half.
 */
class RandomReferenceTest {

    private static final String RESOURCE = "random_reference.tsv";

    @TestFactory
    Stream<DynamicTest> matchesPyTorch() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : lines()) {
            String[] parts = line.split("\t", -1);
            tests.add(DynamicTest.dynamicTest(parts[0], () -> check(parts[0], parts[1], parts[2])));
        }
        return tests.stream();
    }

    private static List<String> lines() throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = RandomReferenceTest.class.getResourceAsStream(RESOURCE);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        }
        return out;
    }

    private static void check(String name, String recipe, String expected) {
        String[] want = expected.split(" ; ", -1);
        List<String> got = replay(recipe);
        assertEquals(want.length, got.size(), name + ": number of outputs");
        for (int op = 0; op < want.length; op++) {
            String[] w = want[op].split(" ");
            String[] g = got.get(op).split(" ");
            for (int i = 0; i < Math.min(w.length, g.length); i++) {
                if (!w[i].equals(g[i])) {
                    fail(name + ": output " + op + " element " + i + " of " + w.length
                            + ": PyTorch " + w[i] + ", Kindling " + g[i]);
                }
            }
            assertEquals(w.length, g.length, name + ": output " + op + " length");
        }
    }

    /** Runs a recipe (see generate_reference.py) and formats each output as the script does. */
    static List<String> replay(String recipe) {
        CpuGenerator dflt = new CpuGenerator();
        CpuGenerator g = dflt;
        List<String> outs = new ArrayList<>();
        for (String op : recipe.split(" ")) {
            int paren = op.indexOf('(');
            String name = paren < 0 ? op : op.substring(0, paren);
            String[] a = paren < 0 ? new String[0] : op.substring(paren + 1, op.length() - 1).split(",");
            switch (name) {
                case "seed" -> dflt.manualSeed(parseSeed(a[0]));
                case "gen" -> g = new CpuGenerator().manualSeed(parseSeed(a[0]));
                case "default" -> g = dflt;
                case "initial_seed" -> outs.add(Long.toUnsignedString(g.initialSeed()));
                default -> outs.add(op2(name, a, g, dflt));
            }
        }
        return outs;
    }

    private static String op2(String name, String[] a, CpuGenerator g, CpuGenerator dflt) {
        boolean f32 = a.length > 0 && a[0].equals("f32");
        switch (name) {
            case "rand":
                return f32 ? fmt(fill(new float[n(a[1])], x -> Distributions.uniform(x, 0, 1, g)))
                        : fmt(fillD(new double[n(a[1])], x -> Distributions.uniform(x, 0, 1, g)));
            case "randn":
                return f32 ? fmt(fill(new float[n(a[1])], x -> Distributions.normal(x, 0, 1, g)))
                        : fmt(fillD(new double[n(a[1])], x -> Distributions.normal(x, 0, 1, g)));
            case "uniform": {
                double lo = Double.parseDouble(a[2]);
                double hi = Double.parseDouble(a[3]);
                return f32 ? fmt(fill(new float[n(a[1])], x -> Distributions.uniform(x, lo, hi, g)))
                        : fmt(fillD(new double[n(a[1])], x -> Distributions.uniform(x, lo, hi, g)));
            }
            case "normal": {
                double m = Double.parseDouble(a[2]);
                double s = Double.parseDouble(a[3]);
                return f32 ? fmt(fill(new float[n(a[1])], x -> Distributions.normal(x, m, s, g)))
                        : fmt(fillD(new double[n(a[1])], x -> Distributions.normal(x, m, s, g)));
            }
            case "randint": {
                long lo = Long.parseLong(a[2]);
                long hi = Long.parseLong(a[3]);
                int count = n(a[1]);
                switch (a[0]) {
                    case "i64": {
                        long[] x = new long[count];
                        Distributions.randint(x, lo, hi, g);
                        return fmt(x);
                    }
                    case "i32": {
                        int[] x = new int[count];
                        Distributions.randint(x, lo, hi, g);
                        long[] y = new long[count];
                        for (int i = 0; i < count; i++) {
                            y[i] = x[i];
                        }
                        return fmt(y);
                    }
                    case "f32":
                        return fmt(fill(new float[count], x -> Distributions.randint(x, lo, hi, g)));
                    default:
                        return fmt(fillD(new double[count], x -> Distributions.randint(x, lo, hi, g)));
                }
            }
            case "random": {
                int count = n(a[1]);
                switch (a[0]) {
                    case "i64": {
                        long[] x = new long[count];
                        Distributions.random(x, g);
                        return fmt(x);
                    }
                    case "i32": {
                        int[] x = new int[count];
                        Distributions.random(x, g);
                        long[] y = new long[count];
                        for (int i = 0; i < count; i++) {
                            y[i] = x[i];
                        }
                        return fmt(y);
                    }
                    case "f32":
                        return fmt(fill(new float[count], x -> Distributions.random(x, g)));
                    default:
                        return fmt(fillD(new double[count], x -> Distributions.random(x, g)));
                }
            }
            case "randperm":
                return fmt(Distributions.randperm(Long.parseLong(a[0]), g));
            case "bernoulli": {
                double p = Double.parseDouble(a[2]);
                return f32 ? fmt(fill(new float[n(a[1])], x -> Distributions.bernoulli(x, p, g)))
                        : fmt(fillD(new double[n(a[1])], x -> Distributions.bernoulli(x, p, g)));
            }
            case "bernoullip": {
                float[] p = new float[n(a[0])];
                java.util.Arrays.fill(p, (float) Double.parseDouble(a[1]));
                return fmt(fill(new float[p.length], x -> Distributions.bernoulli(x, p, g)));
            }
            case "dropout": {
                float[] noise = new float[n(a[0])];
                Distributions.dropoutNoise(noise, Double.parseDouble(a[1]), dflt);
                return fmt(noise);   // F.dropout(torch.ones(n)): 1 * noise is the noise
            }
            case "linear":
                return linear(n(a[0]), n(a[1]), dflt);
            case "shuffle": {
                // DataLoader(shuffle=True): the iterator draws _base_seed with random_(), then
                // RandomSampler seeds a fresh Generator with another random_() and runs randperm.
                long[] seeds = new long[2];
                Distributions.random(seeds, dflt);
                return fmt(Distributions.randperm(n(a[0]), new CpuGenerator(seeds[1])));
            }
            case "strided_normal":
                return f32 ? fmt(fill(new float[n(a[1])], x -> Distributions.normalElementwise(x, 0, 1, g)))
                        : fmt(fillD(new double[n(a[1])], x -> Distributions.normalElementwise(x, 0, 1, g)));
            case "exponential": {
                double lambda = Double.parseDouble(a[2]);
                return f32 ? fmt(fill(new float[n(a[1])], x -> Distributions.exponential(x, lambda, g)))
                        : fmt(fillD(new double[n(a[1])], x -> Distributions.exponential(x, lambda, g)));
            }
            case "multinomial": {
                int rows = n(a[0]);
                int cols = n(a[1]);
                float[] w = new float[rows * cols];
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++) {
                        w[r * cols + c] = (r * 31 + c * 17) % 11 + 0.5f;
                    }
                }
                return fmt(Multinomial.sample(w, rows, cols, n(a[2]), a[3].equals("1"), g));
            }
            case "state":
                return HexFormat.of().formatHex(g.getState());
            default:
                throw new IllegalArgumentException(name);
        }
    }

    /** {@code nn.Linear(in, out)}'s reset_parameters, as a later nn layer must do it. */
    static String linear(int in, int out, CpuGenerator g) {
        double a = Math.sqrt(5);
        double gain = Math.sqrt(2.0 / (1 + a * a));
        double bound = Math.sqrt(3.0) * (gain / Math.sqrt(in));
        float[] w = new float[in * out];
        Distributions.uniform(w, -bound, bound, g);
        double biasBound = 1 / Math.sqrt(in);
        float[] b = new float[out];
        Distributions.uniform(b, -biasBound, biasBound, g);
        return fmt(w) + " | " + fmt(b);
    }

    /** A Python int seed: negative, or up to 2^64 - 1, as torch.manual_seed accepts. */
    private static long parseSeed(String s) {
        return s.startsWith("-") ? Long.parseLong(s) : Long.parseUnsignedLong(s);
    }

    private static int n(String s) {
        return Integer.parseInt(s);
    }

    private interface FloatFill {
        void apply(float[] x);
    }

    private interface DoubleFill {
        void apply(double[] x);
    }

    private static float[] fill(float[] x, FloatFill f) {
        f.apply(x);
        return x;
    }

    private static double[] fillD(double[] x, DoubleFill f) {
        f.apply(x);
        return x;
    }

    static String fmt(float[] x) {
        StringBuilder sb = new StringBuilder();
        for (float v : x) {
            sb.append(sb.length() == 0 ? "" : " ").append(String.format("%08x", Float.floatToRawIntBits(v)));
        }
        return sb.toString();
    }

    static String fmt(double[] x) {
        StringBuilder sb = new StringBuilder();
        for (double v : x) {
            sb.append(sb.length() == 0 ? "" : " ").append(String.format("%016x", Double.doubleToRawLongBits(v)));
        }
        return sb.toString();
    }

    static String fmt(long[] x) {
        StringBuilder sb = new StringBuilder();
        for (long v : x) {
            sb.append(sb.length() == 0 ? "" : " ").append(v);
        }
        return sb.toString();
    }
}
