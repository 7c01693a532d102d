package dev.kindling.tensor.cpu.bits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/**
 * float32 mm sums in MKL's order (see {@link MklOrder}). Inputs and expected values come from
 * PyTorch 2.13 CPU ({@code torch.randn} with seed 3, then {@code A @ w} and {@code r @ B}); each
 * case has an element that a double accumulation would round differently.
 */
class MklOrderTest {
    private static final double[] A = {0.359793096780777, 1.094577670097351, 0.20265750586986542, 1.0629122257232666,
        -0.032906945794820786, 1.5007438659667969, -0.39154425263404846, -1.0166758298873901, -0.34353259205818176,
        -0.23593714833259583, -0.6560060381889343, -0.3592863976955414, -0.15678098797798157, 0.4838711619377136,
        -0.5935017466545105, 1.2202626466751099, -0.7820804715156555, 0.5480815768241882, -1.1566088199615479,
        0.4692441523075104, 1.3622634410858154, 1.6734381914138794, -0.06384111195802689, -0.047264233231544495,
        0.0933968722820282, -0.5936338305473328, -0.07887019217014313, 0.23420105874538422, -0.8749318718910217,
        -0.17256923019886017, -0.9989064931869507, 1.2985188961029053, 1.0001211166381836, -1.0465590953826904,
        -0.15566369891166687, 0.7336146831512451, 0.12402663379907608, 0.6566459536552429, -0.09460868686437607,
        -1.2968676090240479, 0.3911706805229187, -0.14085346460342407, 0.07711830735206604, 0.14021725952625275,
        0.452511191368103, -0.09389576315879822, 0.07779353111982346, 0.1726798266172409, 2.9371745586395264,
        0.26464682817459106, 1.1393615007400513, 0.2338542938232422, 1.7032870054244995, -0.6568188667297363,
        0.2352779060602188, -1.0320703983306885, 0.4522472620010376, 0.03086758777499199, 0.8931100964546204,
        -0.09466944634914398};
    private static final double[] W = {-0.7568097710609436, -1.033082365989685, -0.19022616744041443,
        -1.6691343784332275, -1.0371642112731934, -1.0489264726638794, -0.4296834468841553, -1.5126330852508545,
        0.006680528167635202, 1.4159519672393799, 0.5949143767356873, -1.412812352180481};

    @Test
    void matrixTimesColumnUsesLanesAndRowBlocks() {
        // Rows 0-3 are one block of four (4-lane dot); row 4 is a leftover row (8 lanes).
        Tensor a = Torch.tensor(A).reshape(5, 12);
        Tensor w = Torch.tensor(W).reshape(12, 1);
        assertEquals(List.of(List.of(-3.268754482269287), List.of(0.12572622299194336), List.of(-2.884091854095459),
                List.of(0.5795998573303223), List.of(-2.009136915206909)), a.matmul(w).tolist());
    }

    @Test
    void rowTimesMatrixIsARunningSum() {
        Tensor r = Torch.tensor(new double[] {0.27505913376808167, 0.1546105146408081, -1.1524077653884888,
            -0.715586245059967, 1.4312269687652588, -0.07174957543611526, 1.7340114116668701, -0.11562804877758026,
            -0.8841592669487, -2.2397851943969727, -0.5098957419395447, -0.19071505963802338}).reshape(1, 12);
        Tensor b = Torch.tensor(new double[] {-0.9089246392250061, -0.7603432536125183, 1.4112904071807861,
            -0.13364113867282867, 1.1906373500823975, -1.6413390636444092, 2.3484015464782715, -1.4869903326034546,
            -0.31330713629722595, -1.235311508178711, -1.0706185102462769, 0.558172345161438, 0.21579985320568085,
            -1.538356900215149, -0.5161819458007812, -1.4732997417449951, -1.6685937643051147, 0.927100658416748,
            -3.175092935562134, -1.5521140098571777, 0.35996532440185547, 0.5232519507408142, -1.1565958261489868,
            -0.42300793528556824, 0.050836142152547836, -0.11284385621547699, 0.11947370320558548,
            0.7475590705871582, -0.3203642964363098, -1.723578929901123, -1.5468181371688843, -0.06784935295581818,
            1.9795774221420288, 0.28214532136917114, 2.056147813796997, 2.091198682785034}).reshape(12, 3);
        // A double accumulation gives -8.229009628295898 for the first element.
        assertEquals(List.of(List.of(-8.229008674621582, -1.7252037525177002, 2.310471773147583)), r.matmul(b).tolist());
    }

    /**
     * The fused-chain kernel covers exactly what was checked against PyTorch: 12 or more columns,
     * rows contiguous and in blocks of four, 2 to 160 terms (golden products_fused_chains.py).
     */
    @Test
    void fusedChainsCoverOnlyTheCheckedShapes() {
        assertTrue(MklOrder.covers(200, 2, 16, true));
        assertTrue(MklOrder.covers(8, 160, 12, true));
        assertFalse(MklOrder.covers(201, 2, 16, true), "a leftover row");
        assertFalse(MklOrder.covers(200, 2, 11, true), "11 columns");
        assertFalse(MklOrder.covers(8, 161, 12, true), "161 terms");
        assertFalse(MklOrder.covers(200, 1, 16, true), "one term");
        assertFalse(MklOrder.covers(200, 2, 16, false), "rows not contiguous");
    }

    /**
     * The kernels run row by row (vectorised); each output must still be its own chain over k, in
     * order: compared with the per-element definitions on random float32 matrices.
     */
    @Test
    void rowByRowKernelsKeepEachOutputsOrder() {
        Random random = new Random(11);
        int[][] shapes = {{64, 10, 128}, {8, 160, 12}, {200, 2, 16}, {3, 40, 17}, {12, 7, 8}, {2, 33, 5}};
        for (int[] shape : shapes) {
            int n = shape[0];
            int k = shape[1];
            int m = shape[2];
            double[] a = randomFloats(random, n * k);
            double[] b = randomFloats(random, k * m);
            boolean fused = m >= 12 && n % 4 == 0;
            float[] out = new float[n * m];
            MklOrder.multiply(a, b, out, n, k, m, true);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    float acc = 0f;
                    for (int p = 0; p < k; p++) {
                        float x = (float) a[i * k + p];
                        float y = (float) b[p * m + j];
                        acc = fused ? Math.fma(x, y, acc) : acc + x * y;
                    }
                    assertEquals(acc, out[i * m + j], "element " + i + "," + j + " of " + n + "x" + k + "x" + m);
                }
            }
        }
    }

    private static double[] randomFloats(Random random, int size) {
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }
}
