package dev.kindling.lang.modules;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.Arith;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyList;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;

/**
 * Python's {@code random} module, drawing the same numbers as CPython for the same seed: the
 * Mersenne Twister seeded by {@code init_by_array}, and CPython's algorithms for randbelow,
 * shuffle, choice, uniform, gauss and sample.
 */
public final class RandomModule {
    private final PythonMersenneTwister mt = new PythonMersenneTwister();
    private Double gaussNext;

    private RandomModule() {
        mt.seed(BigInteger.valueOf(System.nanoTime() ^ System.currentTimeMillis()));
    }

    public static PyModule create() {
        RandomModule r = new RandomModule();
        PyModule m = new PyModule("random");
        def(m, "seed", (a, k) -> {
            r.seed(a.length == 0 || a[0] == PyNone.NONE ? null : a[0]);
            return PyNone.NONE;
        });
        def(m, "random", (a, k) -> r.mt.random());
        def(m, "getrandbits", (a, k) -> Arith.normalize(r.mt.getrandbits((int) Ops.toLong(a[0]))));
        def(m, "randint", (a, k) -> {
            Args.exactly("randint", a, k, 2);
            return r.randrange(Ops.toLong(a[0]), Ops.toLong(a[1]) + 1, 1);
        });
        def(m, "randrange", (a, k) -> {
            Args.range("randrange", a, k, 1, 3);
            if (a.length == 1) {
                return r.randrange(0, Ops.toLong(a[0]), 1);
            }
            return r.randrange(Ops.toLong(a[0]), Ops.toLong(a[1]), a.length == 3 ? Ops.toLong(a[2]) : 1);
        });
        def(m, "uniform", (a, k) -> {
            Args.exactly("uniform", a, k, 2);
            double lo = Ops.toDouble(a[0]);
            double hi = Ops.toDouble(a[1]);
            return lo + (hi - lo) * r.mt.random();
        });
        def(m, "choice", (a, k) -> {
            Args.exactly("choice", a, k, 1);
            long n = Ops.len(a[0]);
            if (n == 0) {
                throw KindlingError.indexError("Cannot choose from an empty sequence");
            }
            return Ops.getItem(a[0], r.randbelow(n));
        });
        def(m, "shuffle", (a, k) -> {
            Args.exactly("shuffle", a, k, 1);
            List<Object> x = ((PyList) a[0]).items();
            for (int i = x.size() - 1; i > 0; i--) {
                int j = (int) r.randbelow(i + 1);
                Object t = x.get(i);
                x.set(i, x.get(j));
                x.set(j, t);
            }
            return PyNone.NONE;
        });
        def(m, "sample", (a, k) -> {
            Object[] p = Args.bind("sample", a, k, "population", "k");
            return r.sample(Ops.toList(p[0]), (int) Ops.toLong(p[1]));
        });
        def(m, "gauss", (a, k) -> {
            Object[] p = Args.bind("gauss", a, k, "mu=", "sigma=");
            return r.gauss(p[0] == null ? 0.0 : Ops.toDouble(p[0]), p[1] == null ? 1.0 : Ops.toDouble(p[1]));
        });
        def(m, "normalvariate", (a, k) -> {
            Object[] p = Args.bind("normalvariate", a, k, "mu=", "sigma=");
            return r.normalvariate(p[0] == null ? 0.0 : Ops.toDouble(p[0]), p[1] == null ? 1.0 : Ops.toDouble(p[1]));
        });
        return m;
    }

    private static void def(PyModule m, String name, dev.kindling.lang.objects.BuiltinBody body) {
        m.set(name, new PyBuiltin("random." + name, body));
    }

    private void seed(Object a) {
        gaussNext = null;
        if (a == null) {
            mt.seed(BigInteger.valueOf(System.nanoTime()));
        } else if (a instanceof String s) {
            mt.seed(stringSeed(s));
        } else if (Ops.isInt(a)) {
            BigInteger v = a instanceof BigInteger b ? b : BigInteger.valueOf(Ops.toLong(a));
            mt.seed(v.abs());
        } else if (a instanceof Double d) {
            mt.seed(BigInteger.valueOf(Double.hashCode(d)).abs());
        } else {
            throw KindlingError.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        }
    }

    /** CPython's version-2 string seeding: the text's bytes followed by their SHA-512 digest, as one int. */
    private static BigInteger stringSeed(String s) {
        try {
            byte[] text = s.getBytes(StandardCharsets.UTF_8);
            byte[] digest = MessageDigest.getInstance("SHA-512").digest(text);
            byte[] all = new byte[text.length + digest.length];
            System.arraycopy(text, 0, all, 0, text.length);
            System.arraycopy(digest, 0, all, text.length, digest.length);
            return new BigInteger(1, all);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private long randbelow(long n) {
        int k = 64 - Long.numberOfLeadingZeros(n);
        long r = mt.getrandbits(k).longValue();
        while (r >= n) {
            r = mt.getrandbits(k).longValue();
        }
        return r;
    }

    private Object randrange(long start, long stop, long step) {
        long width = stop - start;
        if (step == 1) {
            if (width <= 0) {
                throw KindlingError.valueError("empty range in randrange(" + start + ", " + stop + ")");
            }
            return start + randbelow(width);
        }
        long n = step > 0 ? (width + step - 1) / step : (width + step + 1) / step;
        if (n <= 0) {
            throw KindlingError.valueError("empty range for randrange()");
        }
        return start + step * randbelow(n);
    }

    private double gauss(double mu, double sigma) {
        Double z = gaussNext;
        gaussNext = null;
        if (z == null) {
            double x2pi = mt.random() * 2 * Math.PI;
            double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - mt.random()));
            z = Math.cos(x2pi) * g2rad;
            gaussNext = Math.sin(x2pi) * g2rad;
        }
        return mu + z * sigma;
    }

    private double normalvariate(double mu, double sigma) {
        double magic = 4 * Math.exp(-0.5) / Math.sqrt(2.0);
        while (true) {
            double u1 = mt.random();
            double u2 = 1.0 - mt.random();
            double z = magic * (u1 - 0.5) / u2;
            if (z * z / 4.0 <= -Math.log(u2)) {
                return mu + z * sigma;
            }
        }
    }

    private PyList sample(List<Object> population, int k) {
        int n = population.size();
        if (k < 0 || k > n) {
            throw KindlingError.valueError("Sample larger than population or is negative");
        }
        Object[] result = new Object[k];
        int setsize = 21;
        if (k > 5) {
            setsize += (int) Math.pow(4, Math.ceil(Math.log(k * 3) / Math.log(4)));
        }
        if (n <= setsize) {
            List<Object> pool = new ArrayList<>(population);
            for (int i = 0; i < k; i++) {
                int j = (int) randbelow(n - i);
                result[i] = pool.get(j);
                pool.set(j, pool.get(n - i - 1));
            }
        } else {
            java.util.Set<Long> selected = new java.util.HashSet<>();
            for (int i = 0; i < k; i++) {
                long j = randbelow(n);
                while (selected.contains(j)) {
                    j = randbelow(n);
                }
                selected.add(j);
                result[i] = population.get((int) j);
            }
        }
        return PyList.of(result);
    }
}
