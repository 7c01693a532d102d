package dev.kindling.repl;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import dev.kindling.embed.Session;

/**
 * The REPL reaches the interpreter only through the embedding API, checked on the compiled
 * classes (method signatures, lambdas' target types and calls count, not just imports). Of
 * Kindling's own packages the REPL may use:
 * <ul>
 *   <li>{@code dev.kindling.embed}: Kindling, Session and Introspection, the one public API;</li>
 *   <li>{@code dev.kindling.errors}: KindlingError, the one exception type every host catches;</li>
 *   <li>{@code dev.kindling.grammar}: the generated lexer, which colours the prompt's input token
 *       by token; it is the grammar module's, not the interpreter's, and has no runtime state;</li>
 *   <li>{@code dev.kindling.lab}: Kindling Lab, itself a host of the embedding API.</li>
 * </ul>
 * Not lang (the interpreter), ops and bind (the op registry and binder: help reads them through
 * embed's OpHelp), tensor, autograd, nn, optim or pyfmt (the Java DSL: Java mode reaches the DSL
 * inside JShell snippets, as text, never from the REPL's own classes).
 */
@AnalyzeClasses(packages = "dev.kindling.repl", importOptions = ImportOption.DoNotIncludeTests.class)
class ReplLayeringTest {
    private static final DescribedPredicate<JavaClass> INTERNALS = resideInAPackage("dev.kindling..")
            .and(not(resideInAnyPackage("dev.kindling.repl..", "dev.kindling.embed..", "dev.kindling.errors..",
                    "dev.kindling.grammar..", "dev.kindling.lab..")));

    @ArchTest
    static final ArchRule REPL_USES_ONLY_EMBED = noClasses().that().resideInAPackage("dev.kindling.repl..")
            .should().dependOnClassesThat(INTERNALS);

    /** Guards against the rule passing because nothing was imported. */
    @ArchTest
    static void importsTheRepl(JavaClasses classes) {
        JavaClasses repl = classes.that(resideInAPackage("dev.kindling.repl.."));
        assertFalse(repl.isEmpty(), "no REPL classes imported");
        assertTrue(repl.contain(Repl.class) && repl.contain(KindlingCompleter.class) && repl.contain(Docs.class),
                "the REPL's main classes are imported");
    }

    /** Guards against a predicate that matches nothing: the embedding API itself uses the interpreter. */
    @ArchTest
    static void predicateRecognisesInterpreterTypes(JavaClasses ignored) {
        JavaClasses session = new ClassFileImporter().importClasses(Session.class);
        assertTrue(noClasses().should().dependOnClassesThat(INTERNALS).evaluate(session).hasViolation(),
                "Session's use of the interpreter counts as a forbidden dependency");
    }
}
