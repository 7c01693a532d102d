package dev.kindling.tensor.device.nd4j;

import org.nd4j.linalg.factory.Nd4j;

/**
 * Which cuda devices ND4J sees. ND4J loads (seconds, once) only when a count is first asked for
 * and its CUDA backend is on the class path; a build without it has no cuda device, and never
 * loads ND4J to find that out.
 */
final class Nd4jDevices {
    /**
     * The test-only switch: with this system property {@code true}, ND4J's CPU backend (test
     * scope only) counts as one cuda device, so the cuda backend's code runs where no GPU is.
     */
    static final String CPU_AS_CUDA = "kindling.test.nd4jCpuAsCuda";
    private static final String CUDA_BACKEND = "org.nd4j.linalg.jcublas.JCublasBackend";
    private static volatile Integer count;

    private Nd4jDevices() {}

    static int count() {
        Integer c = count;
        if (c == null) {
            c = find();
            count = c;
        }
        return c;
    }

    private static int find() {
        if (Boolean.getBoolean(CPU_AS_CUDA)) {
            return Nd4j.create(1) != null ? 1 : 0;
        }
        try {
            Class.forName(CUDA_BACKEND, false, Nd4jDevices.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return 0;
        }
        return Nd4j.getAffinityManager().getNumberOfDevices();
    }

    static String name(int index) {
        if (Boolean.getBoolean(CPU_AS_CUDA)) {
            return "ND4J CPU backend (test device)";
        }
        Object devices = Nd4j.getExecutioner().getEnvironmentInformation().get("cuda.devicesInformation");
        if (devices instanceof java.util.List<?> list && index < list.size() && list.get(index) instanceof java.util.Map<?, ?> m) {
            return String.valueOf(m.get("cuda.deviceName"));
        }
        return "CUDA device " + index;
    }
}
