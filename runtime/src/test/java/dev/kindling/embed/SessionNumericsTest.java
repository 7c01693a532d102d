package dev.kindling.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;

/**
 * A session's numerics policy is chosen on the builder and is its own: the default reproduces
 * PyTorch's CPU bits, {@code standard} gives plain IEEE float32, and two sessions running at the
 * same time on two threads each keep theirs.
 */
class SessionNumericsTest {
    /**
     * Inputs found by searching k / 64 (exp) and k / 8 (sqrt) for the first value where MKL's
     * kernels and the correctly rounded ones differ in the last bit.
     */
    private static final String EXP = "torch.exp(torch.tensor([1.421875])).item()";
    private static final String SQRT = "torch.sqrt(torch.tensor([2.125])).item()";

    private static Session session(String numerics) {
        Kindling.Builder b = Kindling.builder();
        Session s = (numerics == null ? b : b.numerics(numerics)).build().newSession();
        s.exec("import torch");
        return s;
    }

    @Test
    void theDefaultSessionGivesPyTorchsCpuBits() {
        try (Session s = session(null)) {
            assertEquals("pytorch-cpu-bits", s.numerics());
            assertEquals((double) 4.144885f, s.eval(EXP));    // MKL's vsExp, an ulp above e^x
            assertEquals((double) 1.457738f, s.eval(SQRT));   // MKL's vsSqrt, an ulp above the root
        }
    }

    @Test
    void aStandardSessionGivesCorrectlyRoundedResults() {
        try (Session s = session("standard")) {
            assertEquals("standard", s.numerics());
            assertEquals((double) (float) Math.exp(1.421875), s.eval(EXP));
            assertEquals((double) (float) Math.sqrt(2.125), s.eval(SQRT));
            assertTrue((float) Math.exp(1.421875) != 4.144885f);
        }
    }

    @Test
    void twoSessionsOnTwoThreadsEachKeepTheirPolicy() throws Exception {
        try (Session bits = session("pytorch-cpu-bits"); Session standard = session("standard")) {
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<List<Object>> a = CompletableFuture.supplyAsync(() -> exps(bits, together));
            CompletableFuture<List<Object>> b = CompletableFuture.supplyAsync(() -> exps(standard, together));
            assertEquals(List.of((double) 4.144885f), a.get(60, TimeUnit.SECONDS));
            assertEquals(List.of((double) (float) Math.exp(1.421875)), b.get(60, TimeUnit.SECONDS));
        }
    }

    /** The distinct results of 50 exps, evaluated in step with the other thread's. */
    private static List<Object> exps(Session s, CyclicBarrier together) {
        java.util.Set<Object> seen = new java.util.LinkedHashSet<>();
        for (int i = 0; i < 50; i++) {
            try {
                together.await(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            seen.add(s.eval(EXP));
        }
        return List.copyOf(seen);
    }

    @Test
    void anUnknownPolicyIsAValueErrorNamingTheChoices() {
        KindlingError e = assertThrows(KindlingError.class, () -> Kindling.builder().numerics("fast"));
        assertEquals(ErrorType.VALUE_ERROR, e.type());
        assertEquals("invalid numerics policy 'fast' (choose from 'pytorch-cpu-bits', 'standard')", e.getMessage());
        assertEquals(List.of("pytorch-cpu-bits", "standard"), Kindling.numericsPolicies());
    }
}
