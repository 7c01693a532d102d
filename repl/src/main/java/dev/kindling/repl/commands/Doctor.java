package dev.kindling.repl.commands;

import java.io.File;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.kindling.embed.NativeLibraries;

/**
 * {@code :doctor}: what a learner pastes into a bug report. The Java runtime, the session's
 * numerics policy (which float32 kernels its results come from), what runs float64 products
 * (Kindling's Java gemm, or ND4J's backend in the cuda build) and the native classifier, whether
 * oneDNN's sgemm loads, the CPU's vector features, whether CUDA can be used and where the native
 * libraries came from. ND4J is reached by reflection, since only the cuda build has it.
 */
final class Doctor {
    private Doctor() {}

    /** The report, for a session whose numerics policy is named {@code numerics}. */
    static String report(String numerics) {
        StringBuilder sb = new StringBuilder();
        line(sb, "Java", System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ", "
                + System.getProperty("java.vendor") + ")");
        line(sb, "Java home", System.getProperty("java.home"));
        line(sb, "OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        line(sb, "CPUs / max heap", Runtime.getRuntime().availableProcessors() + " / "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        line(sb, "CPU features", cpuFeatures());
        line(sb, "Numerics", numerics(numerics));
        line(sb, "float64 gemm", float64Gemm());
        line(sb, "oneDNN sgemm", sgemm());
        line(sb, "Native classifier", classifier());
        line(sb, "CUDA", cuda());
        line(sb, "Native libraries", nativeLibraries());
        return sb.toString();
    }

    private static void line(StringBuilder sb, String name, String value) {
        sb.append(String.format("%-18s %s%n", name + ":", value));
    }

    /** The policy's name and what it means, so a report says why float32 results have the bits they have. */
    static String numerics(String policy) {
        return policy + switch (policy) {
            case "pytorch-cpu-bits" -> " (float32 kernels reproduce PyTorch 2.13's CPU results on AMD EPYC, bit for bit)";
            case "standard" -> " (plain IEEE float32 kernels: correctly rounded square roots, pairwise sums)";
            default -> "";
        } + "; bin/kindling --numerics=" + String.join("|", dev.kindling.embed.Kindling.numericsPolicies()) + " chooses";
    }

    static String cpuFeatures() {
        try {
            Path cpuinfo = Path.of("/proc/cpuinfo");
            if (!Files.isReadable(cpuinfo)) {
                return "unknown (no /proc/cpuinfo)";
            }
            Set<String> wanted = Set.of("sse4_2", "avx", "avx2", "fma", "avx512f", "avx512bw", "avx512_bf16", "amx_tile",
                    "neon", "asimd");
            Set<String> found = new TreeSet<>();
            String model = "";
            for (String l : Files.readAllLines(cpuinfo)) {
                if (l.startsWith("model name") && model.isEmpty()) {
                    model = l.substring(l.indexOf(':') + 1).strip();
                }
                if (l.startsWith("flags") || l.startsWith("Features")) {
                    for (String f : l.substring(l.indexOf(':') + 1).strip().split("\\s+")) {
                        if (wanted.contains(f)) {
                            found.add(f);
                        }
                    }
                }
            }
            return (model.isEmpty() ? "" : model + "; ") + (found.isEmpty() ? "none of the vector extensions"
                    : String.join(" ", found));
        } catch (Exception e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** Whether float32 products can use oneDNN's sgemm (loads its natives, well under a second). */
    static String sgemm() {
        NativeLibraries.Status sgemm = NativeLibraries.sgemm();
        if (sgemm.loaded()) {
            return "loaded; float32 products of " + NativeLibraries.sgemmThreshold() + " multiply-adds and more use it";
        }
        String problem = sgemm.problem();
        return "not loaded (" + (problem == null ? "oneDNN is not on the classpath" : problem)
                + "); large float32 products run where float64 ones do";
    }

    /** What large float64 products run on: ND4J's backend where the build has it and it loads, else Kindling's Java gemm. */
    static String float64Gemm() {
        // Load through the runtime first: it keeps ND4J's complaints about backends that cannot
        // run here (stack traces on stderr) off the learner's screen.
        NativeLibraries.Status status = NativeLibraries.nd4j();
        if (!status.loaded()) {
            String problem = status.problem();
            return "Kindling's Java gemm (" + (problem == null ? "no ND4J in this build; mvn -Pcuda adds it"
                    : "ND4J did not load: " + problem) + ")";
        }
        try {
            Class<?> nd4j = Class.forName("org.nd4j.linalg.factory.Nd4j");
            Object backend = nd4j.getMethod("getBackend").invoke(null);
            String name = backend.getClass().getName();
            try {
                Object executioner = nd4j.getMethod("getExecutioner").invoke(null);
                Method env = executioner.getClass().getMethod("getEnvironmentInformation");
                Object info = env.invoke(executioner);
                return "ND4J " + name + " " + info;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return "ND4J " + name;
            }
        } catch (ClassNotFoundException e) {
            return "Kindling's Java gemm (no ND4J in this build)";
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return "failed to load: " + cause;
        }
    }

    static String classifier() {
        String platform = System.getProperty("org.bytedeco.javacpp.platform");
        if (platform != null) {
            return platform + " (set by org.bytedeco.javacpp.platform)";
        }
        String os = System.getProperty("os.name").toLowerCase().startsWith("linux") ? "linux"
                : System.getProperty("os.name").toLowerCase().startsWith("mac") ? "macosx" : "windows";
        String arch = System.getProperty("os.arch").replace("amd64", "x86_64").replace("aarch64", "arm64");
        List<String> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName() == null ? entry : Path.of(entry).getFileName().toString();
            if (name.contains("nd4j-native") || name.contains("nd4j-cuda") || name.contains("openblas")) {
                jars.add(name);
            }
        }
        return os + "-" + arch + (jars.isEmpty() ? "" : " (jars: " + String.join(", ", jars) + ")");
    }

    static String cuda() {
        boolean backend = classExists("org.nd4j.linalg.jcublas.JCublasBackend");
        boolean device = Files.exists(Path.of("/dev/nvidiactl")) || Files.exists(Path.of("/proc/driver/nvidia/version"));
        if (backend && device) {
            return "available (nd4j-cuda backend on the classpath, NVIDIA driver present)";
        }
        if (device) {
            return "NVIDIA driver present, but this build has only the CPU backend";
        }
        return "not available (no NVIDIA driver" + (backend ? "" : ", CPU backend only") + ")";
    }

    static String nativeLibraries() {
        String cache = System.getProperty("org.bytedeco.javacpp.cachedir");
        Path dir = cache != null ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".javacpp", "cache");
        String where = Files.isDirectory(dir) ? dir.toString() : dir + " (not created yet: natives load on first use)";
        return where + "; java.library.path=" + System.getProperty("java.library.path");
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name, false, Doctor.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
