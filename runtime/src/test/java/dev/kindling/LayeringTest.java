package dev.kindling;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house's layering, checked on the compiled classes: the Java DSL never uses the interpreter,
 * the embedding API or the REPL, so that it can be used, tested and replaced on its own; and
 * Python's number formatting ({@code pyfmt}), which both sides share, uses nothing of Kindling's
 * but the one exception type ({@code errors}), which itself uses nothing of Kindling's; ops ask
 * the session's numerics policy for float32 kernels rather than naming them; and ND4J stays in
 * the one class of the cuda build that wraps it.
 */
@AnalyzeClasses(packages = "dev.kindling", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    private static final String[] DSL = {"dev.kindling.tensor..", "dev.kindling.autograd..", "dev.kindling.nn..",
        "dev.kindling.optim..", "dev.kindling.errors..", "dev.kindling.pyfmt.."};
    private static final String OPS = "dev.kindling.ops..";
    private static final String[] POLICIES = {"dev.kindling.tensor.cpu.bits..", "dev.kindling.tensor.cpu.standard.."};
    private static final String[] INTERPRETER = {"dev.kindling.lang..", "dev.kindling.embed..", "dev.kindling.repl.."};

    @ArchTest
    static final ArchRule DSL_DOES_NOT_USE_THE_INTERPRETER = noClasses().that().resideInAnyPackage(DSL)
            .should().dependOnClassesThat().resideInAnyPackage(INTERPRETER);

    /** The op declarations to come belong to the DSL's side; until the package exists this rule has nothing to check. */
    @ArchTest
    static final ArchRule OPS_DO_NOT_USE_THE_INTERPRETER = noClasses().that().resideInAPackage(OPS)
            .should().dependOnClassesThat().resideInAnyPackage(INTERPRETER)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule PYFMT_USES_ONLY_ERRORS = noClasses().that().resideInAPackage("dev.kindling.pyfmt..")
            .should().dependOnClassesThat(resideInAPackage("dev.kindling..")
                    .and(not(resideInAnyPackage("dev.kindling.pyfmt..", "dev.kindling.errors.."))));

    @ArchTest
    static final ArchRule ERRORS_USE_NOTHING_OF_KINDLINGS = noClasses().that().resideInAPackage("dev.kindling.errors..")
            .should().dependOnClassesThat(resideInAPackage("dev.kindling..")
                    .and(not(resideInAPackage("dev.kindling.errors.."))));

    /**
     * ND4J types never leave the cuda backend: the one class that names them, {@code Nd4jGemm},
     * is compiled only with {@code -Pcuda} (runtime/src/cuda), so the default build has none.
     */
    @ArchTest
    static final ArchRule ONLY_THE_CUDA_GEMM_NAMES_ND4J = noClasses().that().doNotHaveSimpleName("Nd4jGemm")
            .should().dependOnClassesThat().resideInAPackage("org.nd4j..");

    /**
     * Device backends see tensors only as the backend interface shows them (arrays, shapes,
     * dtypes): {@code tensor.device} names no other class of Kindling's but {@code DType}, so a
     * backend never depends on the tensor package's internals and ops never on a backend's.
     */
    @ArchTest
    static final ArchRule DEVICE_BACKENDS_SEE_ONLY_THE_INTERFACE = noClasses().that()
            .resideInAPackage("dev.kindling.tensor.device..")
            .should().dependOnClassesThat(resideInAPackage("dev.kindling..")
                    .and(not(resideInAPackage("dev.kindling.tensor.device..")))
                    .and(not(com.tngtech.archunit.base.DescribedPredicate.describe("DType",
                            (com.tngtech.archunit.core.domain.JavaClass c) -> c.getName().equals("dev.kindling.tensor.DType")))));

    /**
     * Ops reach the numerics policies' kernels only through the seam ({@code TorchState.kernels()},
     * {@code Float32Kernels}): no class outside {@code tensor.cpu} names a policy's implementation.
     */
    @ArchTest
    static final ArchRule OPS_REACH_KERNELS_THROUGH_THE_POLICY = noClasses()
            .that().resideOutsideOfPackage("dev.kindling.tensor.cpu..")
            .should().dependOnClassesThat().resideInAnyPackage(POLICIES);

    /** Guards against a rule passing because nothing was imported: every package the rules name has classes. */
    @ArchTest
    static void importsEveryCheckedPackage(JavaClasses classes) {
        for (String pkg : java.util.stream.Stream.concat(List.of(DSL).stream(), List.of(POLICIES).stream()).toList()) {
            assertFalse(classes.that(resideInAPackage(pkg)).isEmpty(), "no classes imported from " + pkg);
        }
        assertFalse(classes.that(resideInAPackage("dev.kindling.lang..")).isEmpty(), "no interpreter classes imported");
    }
}
