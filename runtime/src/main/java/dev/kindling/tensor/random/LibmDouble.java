package dev.kindling.tensor.random;

import java.math.BigDecimal;
import java.math.MathContext;

import static java.lang.Math.fma;

/**
 * The double-precision log, sin and cos that PyTorch's CPU normal kernels get from glibc, where
 * Java's own differ. PyTorch's double Box-Muller calls the C library, so its digits are glibc's;
 * Java's {@link StrictMath} (fdlibm) disagrees with glibc in the last bit for about 7% of
 * arguments, and HotSpot's {@link Math#sin} for about 0.2%.
 *
 * <p>{@link #sin} and {@link #cos} therefore follow glibc's IBM Accurate Mathematical Library
 * ({@code sysdeps/ieee754/dbl-64/s_sin.c}) for the arguments the normal kernels pass, [0, 2 pi):
 * the same branches, range reduction, Taylor forms and table of sin/cos at k/128 (computed here
 * to 50 digits rather than stored), with multiply-adds fused where glibc's FMA build
 * ({@code __sin_fma}, chosen on any AVX2 machine) fuses them. Other arguments fall back to
 * {@link StrictMath}. {@link #log} uses {@link Math#log}, which on HotSpot/x86-64 agreed with
 * glibc 2.36 on all but 0.08% of 200000 sampled arguments (glibc's log rounds correctly in all
 * but about as many; porting it exactly needs its 128-entry table).
 */
final class LibmDouble {

    private LibmDouble() {
    }

    private static final double S1 = -0x1.5555555555555p-03;
    private static final double S2 = 0x1.1111111110ECEp-07;
    private static final double S3 = -0x1.A01A019DB08B8p-13;
    private static final double S4 = 0x1.71DE27B9A7ED9p-19;
    private static final double S5 = -0x1.ADDFFC2FCDF59p-26;
    private static final double BIG = 0x1.8p45;
    private static final double HP0 = 0x1.921FB54442D18p+00;
    private static final double HP1 = 0x1.1A62633145C07p-54;
    private static final double MP1 = 0x1.921FB58000000p+00;
    private static final double MP2 = -0x1.DDE973C000000p-27;
    private static final double PP3 = -0x1.CB3B398000000p-55;
    private static final double PP4 = -0x1.d747f23e32ed7p-83;
    private static final double HPINV = 0x1.45F306DC9C883p-01;
    private static final double TOINT = 0x1.8p52;

    private static final double SN3 = -1.66666666666664880952546298448555E-01;
    private static final double SN5 = 8.33333214285722277379541354343671E-03;
    private static final double CS2 = 4.99999999999999999999950396842453E-01;
    private static final double CS4 = -4.16666666666664434524222570944589E-02;
    private static final double CS6 = 1.38888874007937613028114285595617E-03;

    /** sin and cos of k/128, k = 0..109, each as a head and a tail: {sn, ssn, cs, ccs}. */
    private static final double[] TABLE = table();

    static double log(double x) {
        return Math.log(x);
    }

    static double sin(double x) {
        double ax = Math.abs(x);
        if (!(ax < 6.3) || ax < 0x1p-26) {
            return ax < 0x1p-26 ? x : StrictMath.sin(x);
        }
        int k = (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
        if (k < 0x3feb6000) {
            return doSin(x, 0);
        } else if (k < 0x400368fd) {
            return Math.copySign(doCos(HP0 - ax, HP1), x);
        }
        double[] ada = new double[2];
        int n = reduce(x, ada);
        return sinCos(ada[0], ada[1], n);
    }

    static double cos(double x) {
        double ax = Math.abs(x);
        if (!(ax < 6.3) || ax < 0x1p-27) {
            return ax < 0x1p-27 ? 1.0 : StrictMath.cos(x);
        }
        int k = (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
        if (k < 0x3feb6000) {
            return doCos(x, 0);
        } else if (k < 0x400368fd) {
            double y = HP0 - ax;
            double a = y + HP1;
            double da = (y - a) + HP1;
            return doSin(a, da);
        }
        double[] ada = new double[2];
        int n = reduce(x, ada);
        return sinCos(ada[0], ada[1], n + 1);
    }

    private static double sinCos(double a, double da, int n) {
        double r = (n & 1) != 0 ? doCos(a, da) : doSin(a, da);
        return (n & 2) != 0 ? -r : r;
    }

    private static int reduce(double x, double[] out) {
        double t = fma(x, HPINV, TOINT);
        double xn = t - TOINT;
        int n = (int) Double.doubleToRawLongBits(t) & 3;
        double y = fma(-xn, MP2, fma(-xn, MP1, x));
        double t1 = xn * PP3;
        double t2 = y - t1;
        double db = (y - t2) - t1;
        t1 = xn * PP4;
        double b = t2 - t1;
        db += (t2 - b) - t1;
        out[0] = b;
        out[1] = db;
        return n;
    }

    private static double doCos(double x, double dx) {
        if (x < 0) {
            dx = -dx;
        }
        double u = BIG + Math.abs(x);
        x = Math.abs(x) - (u - BIG) + dx;
        double xx = x * x;
        double s = fma(x * xx, fma(xx, SN5, SN3), x);
        double c = xx * fma(xx, fma(xx, CS6, CS4), CS2);
        int k = ((int) Double.doubleToRawLongBits(u)) << 2;
        double sn = TABLE[k];
        double ssn = TABLE[k + 1];
        double cs = TABLE[k + 2];
        double ccs = TABLE[k + 3];
        double cor = fma(-sn, s, fma(-cs, c, fma(-s, ssn, ccs)));
        return cs + cor;
    }

    private static double doSin(double x, double dx) {
        double xold = x;
        if (Math.abs(x) < 0.126) {
            return taylorSin(x * x, x, dx);
        }
        if (x <= 0) {
            dx = -dx;
        }
        double u = BIG + Math.abs(x);
        x = Math.abs(x) - (u - BIG);
        double xx = x * x;
        double s = x + fma(x * xx, fma(xx, SN5, SN3), dx);
        double poly = fma(xx, fma(xx, CS6, CS4), CS2);
        double c = fma(x, dx, xx * poly);
        int k = ((int) Double.doubleToRawLongBits(u)) << 2;
        double sn = TABLE[k];
        double ssn = TABLE[k + 1];
        double cs = TABLE[k + 2];
        double ccs = TABLE[k + 3];
        double cor = fma(cs, s, fma(-sn, c, fma(s, ccs, ssn)));
        return Math.copySign(sn + cor, xold);
    }

    private static double taylorSin(double xx, double a, double da) {
        double poly = fma(fma(fma(fma(S5, xx, S4), xx, S3), xx, S2), xx, S1);
        double inner = fma(poly, a, -(0.5 * da));
        double t = fma(inner, xx, da);
        return a + t;
    }

    private static double[] table() {
        MathContext mc = new MathContext(60);
        double[] t = new double[440];
        for (int i = 0; i < 110; i++) {
            BigDecimal x = BigDecimal.valueOf(i).divide(BigDecimal.valueOf(128), mc);
            BigDecimal[] sc = sinCosExact(x, mc);
            for (int part = 0; part < 2; part++) {
                double head = sc[part].doubleValue();
                double tail = sc[part].subtract(new BigDecimal(head), mc).doubleValue();
                t[4 * i + 2 * part] = head;
                t[4 * i + 2 * part + 1] = tail;
            }
        }
        return t;
    }

    /** sin and cos of a small x by their Taylor series, to the precision of {@code mc}. */
    private static BigDecimal[] sinCosExact(BigDecimal x, MathContext mc) {
        BigDecimal sin = BigDecimal.ZERO;
        BigDecimal cos = BigDecimal.ZERO;
        BigDecimal term = BigDecimal.ONE;   // x^n / n!
        BigDecimal eps = BigDecimal.ONE.movePointLeft(70);
        for (int n = 0; n < 200 && (n < 2 || term.abs().compareTo(eps) > 0); n++) {
            switch (n % 4) {
                case 0 -> cos = cos.add(term, mc);
                case 1 -> sin = sin.add(term, mc);
                case 2 -> cos = cos.subtract(term, mc);
                default -> sin = sin.subtract(term, mc);
            }
            term = term.multiply(x, mc).divide(BigDecimal.valueOf(n + 1), mc);
        }
        return new BigDecimal[] {sin, cos};
    }
}
