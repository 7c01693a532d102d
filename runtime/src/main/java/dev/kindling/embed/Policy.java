package dev.kindling.embed;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How far a host trusts the code its sessions run, set with {@link Kindling.Builder#policy(Policy)}
 * (GraalVM's {@code SandboxPolicy} is the model): a policy decides the defaults of the other
 * options and refuses, when the host builds its {@link Kindling}, any option that would loosen it.
 *
 * <ul>
 * <li>{@link #trusted()}: the host's own code or a learner on their own machine; any file the JVM
 *     can reach, no limits, the JVM's {@code System.out} and {@code System.err} unless others are
 *     given, and tools such as the REPL's {@code :java} allowed. The builder's default.</li>
 * <li>{@link #strict(Path)}: code the host does not trust, such as a learner's exercise on a
 *     course site. Files only below the folder the host grants ({@link FilePolicy#workingDirectory}),
 *     {@link #strictLimits()} for every limit the host leaves off, no Java from the session's
 *     tools ({@link #allowsJava()} is false), and the host's own streams: building a strict
 *     Kindling without {@link Kindling.Builder#out} and {@link Kindling.Builder#err} is an
 *     IllegalStateException, and {@code files(FilePolicy.unrestricted())} an
 *     IllegalArgumentException. {@link #strict()} grants no folder: every file is refused.</li>
 * </ul>
 *
 * <pre>{@code
 * java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("learner");
 * java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
 * PrintStream stream = new PrintStream(out, true);
 * Kindling kindling = Kindling.builder().policy(Policy.strict(folder)).out(stream).err(stream)
 *         .limits(Limits.none().wallTime(java.time.Duration.ofSeconds(2)))   // the rest: strictLimits()
 *         .build();
 * try (Session s = kindling.newSession()) {
 *     s.exec("with open('notes.txt', 'w') as f:\n    f.write('hi')");   // folder/notes.txt
 *     s.exec("try:\n    open('/etc/passwd')\nexcept PermissionError as e:\n    print(e)");
 * }
 * }</pre>
 */
public final class Policy {
    private final boolean strict;
    private final FilePolicy files;

    private Policy(boolean strict, FilePolicy files) {
        this.strict = strict;
        this.files = files;
    }

    /** Today's behaviour, for code the host trusts: the builder's default. */
    public static Policy trusted() {
        return new Policy(false, FilePolicy.unrestricted());
    }

    /** For code the host does not trust; files only below {@code folder}, an existing folder. */
    public static Policy strict(Path folder) {
        return new Policy(true, FilePolicy.workingDirectory(Objects.requireNonNull(folder, "folder")));
    }

    /** For code the host does not trust, with no file access at all. */
    public static Policy strict() {
        return new Policy(true, FilePolicy.none());
    }

    /**
     * The limits a strict policy puts on what the host leaves off: 1,000,000,000 steps and 60 s
     * of wall time per exec (long enough for a learner's small training run, short enough that a
     * runaway loop frees its thread soon), 10 MiB of output per exec, calls nested 3,000 deep at
     * most ({@code sys.setrecursionlimit} cannot go past it), ints of up to 100,000 digits, and
     * sequences of up to 10,000,000 items from one repetition or range.
     */
    public static Limits strictLimits() {
        return Limits.none().steps(1_000_000_000L).wallTime(Duration.ofSeconds(60)).outputBytes(10L << 20)
                .recursionDepth(3_000).intDigits(100_000).sequenceLength(10_000_000);
    }

    /** Whether this is a strict policy. */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Whether a session's tools may run Java beside its scripts (the REPL's {@code :java} and
     * {@code --java}): only under a trusted policy. Scripts themselves never reach Java.
     */
    public boolean allowsJava() {
        return !strict;
    }

    /** The file policy sessions get: the host's own choice, or this policy's when it made none. */
    FilePolicy files(FilePolicy requested) {
        if (requested == null) {
            return files;
        }
        if (strict && requested.isUnrestricted()) {
            throw new IllegalArgumentException("a strict policy confines files: FilePolicy.unrestricted() is refused");
        }
        return requested;
    }

    /** The limits sessions get: under a strict policy, the host's with {@link #strictLimits()} for each left off. */
    Limits limits(Limits requested) {
        return strict ? requested.orElse(strictLimits()) : requested;
    }

    /** Refuses a strict policy without the host's streams. */
    void checkStreams(boolean outGiven, boolean errGiven) {
        if (strict && !(outGiven && errGiven)) {
            throw new IllegalStateException("a strict policy needs the host's streams: set both out(...) and err(...)");
        }
    }

    @Override
    public String toString() {
        return strict ? "Policy.strict(" + files + ")" : "Policy.trusted()";
    }
}
