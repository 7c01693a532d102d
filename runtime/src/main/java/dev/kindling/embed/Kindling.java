package dev.kindling.embed;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.kindling.lang.eval.Context;
import dev.kindling.lang.eval.ModuleRegistry;
import dev.kindling.lang.modules.plot.FigureRelay;
import dev.kindling.lang.modules.CollectionsModule;
import dev.kindling.lang.modules.CopyModule;
import dev.kindling.lang.modules.FunctoolsModule;
import dev.kindling.lang.modules.FutureModule;
import dev.kindling.lang.modules.IoModule;
import dev.kindling.lang.modules.ItertoolsModule;
import dev.kindling.lang.modules.MathModule;
import dev.kindling.lang.modules.JsonModule;
import dev.kindling.lang.modules.OperatorModule;
import dev.kindling.lang.modules.OsModule;
import dev.kindling.lang.modules.PathlibModule;
import dev.kindling.lang.modules.RandomModule;
import dev.kindling.lang.modules.ReModule;
import dev.kindling.lang.modules.StatisticsModule;
import dev.kindling.lang.modules.StringModule;
import dev.kindling.lang.modules.SysModule;
import dev.kindling.lang.modules.TimeModule;
import dev.kindling.lang.modules.TypingModule;
import dev.kindling.lang.modules.argparse.ArgparseModule;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.parse.SourceParser;
import dev.kindling.tensor.cpu.Numerics;

/**
 * The entry point for embedding Kindling: configure once, open sessions.
 *
 * <pre>{@code
 * ByteArrayOutputStream out = new ByteArrayOutputStream();
 * try (Session s = Kindling.builder().out(new PrintStream(out)).build().newSession()) {
 *     s.exec("x = [i * i for i in range(4)]\nprint(x)");
 *     Object x = s.get("x");   // a PyList
 * }
 * try (Session s = Kindling.builder().numerics("standard").build().newSession()) {
 *     s.exec("import torch\ny = torch.ones(3).exp()");   // plain IEEE float32 kernels
 * }
 * }</pre>
 */
public final class Kindling {
    private final Builder options;

    private Kindling(Builder options) {
        this.options = options;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether {@code source} is the start of a statement that more lines could finish (an open
     * block, bracket or string) rather than whole or wrong: what decides a REPL's continuation
     * prompt.
     */
    public static boolean isIncomplete(String source) {
        return SourceParser.isIncomplete(source);
    }

    /**
     * The numerics policies {@link Builder#numerics(String)} takes, the default first:
     * {@code pytorch-cpu-bits} (PyTorch 2.13's CPU results, bit for bit) and {@code standard}
     * (plain IEEE float32 kernels).
     */
    public static List<String> numericsPolicies() {
        return java.util.Arrays.stream(Numerics.values()).map(Numerics::optionName).toList();
    }

    /** A new, independent session with its own globals and imported modules. */
    public Session newSession() {
        return new Session(options);
    }

    /** The policy its sessions run under ({@link Builder#policy(Policy)}). */
    public Policy policy() {
        return options.policy;
    }

    /**
     * Options for sessions: trust policy, streams, extra modules, limits, script arguments,
     * numerics policy, file policy. {@link #build()} takes a copy: changing the builder later
     * does not change the Kindling it built.
     */
    public static final class Builder {
        Policy policy = Policy.trusted();
        PrintStream out;
        Numerics numerics = Numerics.DEFAULT;
        PrintStream err;
        boolean terminal;
        Limits limits = Limits.none();
        List<String> argv = new ArrayList<>(List.of(""));
        java.util.Map<String, String> environment = java.util.Map.of();
        FilePolicy files;
        Path workingDirectory;
        final List<Object[]> extraModules = new ArrayList<>();

        /**
         * How far the host trusts the sessions' code ({@link Policy}): {@link Policy#trusted()}
         * (the default) or {@link Policy#strict(Path)}, which decides the file policy and limits
         * the host leaves unset and refuses options that would loosen it when {@link #build()} runs.
         */
        public Builder policy(Policy policy) {
            this.policy = java.util.Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Where print() writes; by default, under a trusted policy only, {@code System.out}. */
        public Builder out(PrintStream out) {
            this.out = out;
            return this;
        }

        /**
         * Whether {@link #out(PrintStream)} is an interactive terminal (default: no). Only then may
         * output carry ANSI colors, such as one color per series in plt.show()'s text chart.
         */
        public Builder terminal(boolean terminal) {
            this.terminal = terminal;
            return this;
        }

        /** Where warnings and tracebacks of the REPL go; by default, under a trusted policy only, {@code System.err}. */
        public Builder err(PrintStream err) {
            this.err = err;
            return this;
        }

        /** The most loop iterations and calls one exec may take (default: unlimited); see {@link Limits#steps}. */
        public Builder stepBudget(long steps) {
            this.limits = limits.steps(steps);
            return this;
        }

        /**
         * What the sessions' code may spend ({@link Limits}): steps, wall time, output, recursion
         * depth, int and sequence sizes. The default is {@link Limits#none()}; under a strict
         * policy, each limit left off is {@link Policy#strictLimits()}'s.
         */
        public Builder limits(Limits limits) {
            this.limits = java.util.Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * What scripts see as {@code os.environ} (and {@code os.getenv}): only these variables,
         * none by default. The JVM's own environment is never shown to scripts.
         */
        public Builder environment(java.util.Map<String, String> variables) {
            this.environment = java.util.Map.copyOf(variables);
            return this;
        }

        /** sys.argv for scripts. */
        public Builder argv(List<String> argv) {
            this.argv = new ArrayList<>(argv);
            return this;
        }

        /**
         * How the sessions' float32 kernels round, by name ({@link #numericsPolicies()}):
         * {@code "pytorch-cpu-bits"} (the default) reproduces PyTorch's CPU results bit for bit,
         * {@code "standard"} uses plain IEEE float32 kernels (correctly rounded square roots,
         * pairwise sums). Another name is a ValueError naming the choices.
         */
        public Builder numerics(String policy) {
            this.numerics = Numerics.fromName(policy);
            return this;
        }

        /** {@link #numerics(String)} for a Java host that holds the policy itself. */
        public Builder numerics(Numerics policy) {
            this.numerics = java.util.Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Which files scripts may read and write ({@link FilePolicy}); the default is the
         * policy's: {@link FilePolicy#unrestricted()} when trusted, the granted folder when strict
         * (where {@code unrestricted()} is refused). A host running code it does not trust gives each
         * learner a folder: {@code files(FilePolicy.workingDirectory(folder))}.
         */
        public Builder files(FilePolicy policy) {
            this.files = java.util.Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Where the sessions' relative file names start: by default the JVM's working directory,
         * or the folder of a {@link FilePolicy#workingDirectory(Path)} policy. Under that policy
         * a relative {@code dir} is taken from its folder, and a folder outside it is an
         * IllegalArgumentException when a session opens. Each session has its own: it is not
         * the JVM's, and scripts cannot change it.
         */
        public Builder workingDirectory(Path dir) {
            this.workingDirectory = java.util.Objects.requireNonNull(dir, "dir");
            return this;
        }

        /** Adds a built-in module that scripts can import. */
        public Builder module(String name, Function<Context, PyModule> factory) {
            extraModules.add(new Object[] {name, factory});
            return this;
        }

        /**
         * A Kindling with these options as the policy settles them.
         *
         * @throws IllegalStateException for a strict policy without both streams
         * @throws IllegalArgumentException for a strict policy with unrestricted files
         */
        public Kindling build() {
            policy.checkStreams(out != null, err != null);
            Builder settled = copy();
            settled.out = out != null ? out : System.out;
            settled.err = err != null ? err : System.err;
            settled.files = policy.files(files);
            settled.limits = policy.limits(limits);
            return new Kindling(settled);
        }

        private Builder copy() {
            Builder b = new Builder();
            b.policy = policy;
            b.numerics = numerics;
            b.terminal = terminal;
            b.argv = new ArrayList<>(argv);
            b.environment = environment;
            b.workingDirectory = workingDirectory;
            b.extraModules.addAll(extraModules);
            return b;
        }

        @SuppressWarnings("unchecked")
        ModuleRegistry registry(FigureRelay figures) {
            ModuleRegistry r = new ModuleRegistry();
            r.register("math", c -> MathModule.create());
            r.register("random", c -> RandomModule.create());
            r.register("time", TimeModule::create);
            r.register("sys", c -> SysModule.create(c, argv));
            r.register("collections", c -> CollectionsModule.create());
            r.register("__future__", c -> FutureModule.create());
            r.register("itertools", c -> ItertoolsModule.create());
            r.register("functools", c -> FunctoolsModule.create());
            r.register("operator", c -> OperatorModule.create());
            r.register("typing", c -> TypingModule.create());
            r.register("copy", c -> CopyModule.create());
            r.register("string", c -> StringModule.create());
            r.register("os", c -> OsModule.create(environment));
            r.register("os.path", c -> (PyModule) c.importModule("os").get("path"));
            r.register("pathlib", c -> PathlibModule.create());
            r.register("json", c -> JsonModule.create());
            r.register("re", c -> ReModule.create());
            r.register("io", c -> IoModule.create());
            r.register("argparse", ArgparseModule::create);
            r.register("statistics", c -> StatisticsModule.create());
            StandardModules.registerAll(r, figures);
            for (Object[] m : extraModules) {
                r.register((String) m[0], (Function<Context, PyModule>) m[1]);
            }
            return r;
        }
    }
}
