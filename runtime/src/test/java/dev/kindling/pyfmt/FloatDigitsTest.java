package dev.kindling.pyfmt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The fast path of {@link FloatDigits#shortest} (Java's digits when 15 or fewer) against a plain
 * search over every digit count, on values of every kind: random bits, short decimals, subnormals.
 */
class FloatDigitsTest {

    /** The reference: fewest digits that read back, the nearest such decimal when both neighbours do. */
    private static FloatDigits reference(double x) {
        BigDecimal exact = new BigDecimal(x);
        for (int n = 1; ; n++) {
            BigDecimal nearest = exact.round(new MathContext(n, RoundingMode.HALF_EVEN));
            BigDecimal other = exact.round(new MathContext(n,
                    nearest.compareTo(exact) > 0 ? RoundingMode.FLOOR : RoundingMode.CEILING));
            for (BigDecimal c : new BigDecimal[] {nearest, other}) {
                if (Double.parseDouble(c.toString()) == x) {
                    BigDecimal stripped = c.stripTrailingZeros();
                    String digits = stripped.unscaledValue().toString();
                    return new FloatDigits(digits, digits.length() - stripped.scale());
                }
            }
        }
    }

    @Test
    void agreesWithAnExhaustiveSearch() {
        Random random = new Random(42);
        for (int i = 0; i < 40_000; i++) {
            double x = switch (i % 4) {
                case 0 -> Math.abs(Double.longBitsToDouble(random.nextLong()));
                case 1 -> Math.round(random.nextDouble() * 1e6) / Math.pow(10, random.nextInt(8));
                case 2 -> Double.MIN_VALUE * (1 + random.nextInt(1 << 20));
                default -> Math.scalb(1.0, random.nextInt(2000) - 1000) * (1 + random.nextInt(16) / 16.0);
            };
            if (Double.isFinite(x) && x > 0) {
                assertEquals(reference(x), FloatDigits.shortest(x), () -> "digits of " + x);
            }
        }
    }

    @Test
    void roundsTheExactBinaryValueHalfToEven() {
        assertEquals(new FloatDigits("267", 1), FloatDigits.fixed(2.675, 2));
        assertEquals(new FloatDigits("12", 0), FloatDigits.fixed(0.125, 2));
        assertEquals(new FloatDigits("1", 23), FloatDigits.significant(1e22, 17));
        assertEquals(new FloatDigits("0", 1), FloatDigits.fixed(0.004, 2));
    }

    @Test
    void aPrecisionPastEveryDigitOfADoubleGivesItsExactDigits() {
        assertEquals(new FloatDigits("15", 1), FloatDigits.fixed(1.5, 1_000_000_000));
        assertEquals(new FloatDigits("15", 1), FloatDigits.significant(1.5, 1_000_000_000));
        assertEquals(FloatDigits.fixed(Double.MIN_VALUE, 1074), FloatDigits.fixed(Double.MIN_VALUE, Integer.MAX_VALUE));
    }
}
