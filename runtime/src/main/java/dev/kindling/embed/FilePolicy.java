package dev.kindling.embed;

import java.nio.file.Path;
import java.util.Objects;

import dev.kindling.lang.files.FileAccess;

/**
 * Which files the scripts of a session may read and write ({@code torch.save}, {@code torch.load},
 * {@code plt.savefig}, {@code plt.show}), set with {@link Kindling.Builder#files(FilePolicy)}.
 *
 * <ul>
 * <li>{@link #unrestricted()}: any path the JVM can reach; the default, and the CLI's;</li>
 * <li>{@link #workingDirectory(Path)}: only below one folder, which is also where relative names
 *     start; a name that leads outside it, by {@code ..}, an absolute path or a symbolic link, is
 *     {@code PermissionError: [Errno 13] Permission denied: 'name'};</li>
 * <li>{@link #none()}: no file at all, every access that PermissionError.</li>
 * </ul>
 *
 * <pre>{@code
 * java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("learner");
 * try (Session s = Kindling.builder().files(FilePolicy.workingDirectory(folder)).build().newSession()) {
 *     s.exec("import torch\ntorch.save(torch.ones(2), 'w.pt')");          // folder/w.pt
 *     s.exec("try:\n    torch.load('../w.pt')\nexcept PermissionError as e:\n    print(e)");
 * }
 * }</pre>
 */
public final class FilePolicy {
    private enum Kind { UNRESTRICTED, WORKING_DIRECTORY, NONE }

    private final Kind kind;
    private final Path root;

    private FilePolicy(Kind kind, Path root) {
        this.kind = kind;
        this.root = root;
    }

    /** Any path the JVM can reach, as the CLI runs scripts. */
    public static FilePolicy unrestricted() {
        return new FilePolicy(Kind.UNRESTRICTED, null);
    }

    /**
     * Reads and writes only below {@code root}, an existing folder (a session's files start in it
     * unless {@link Kindling.Builder#workingDirectory(Path)} names a folder inside it).
     */
    public static FilePolicy workingDirectory(Path root) {
        FileAccess.confined(Objects.requireNonNull(root, "root"), null);   // fails now if root is no folder
        return new FilePolicy(Kind.WORKING_DIRECTORY, root);
    }

    /** No file access: save, load, savefig and show all raise PermissionError. */
    public static FilePolicy none() {
        return new FilePolicy(Kind.NONE, null);
    }

    /** Whether this is {@link #unrestricted()}. */
    boolean isUnrestricted() {
        return kind == Kind.UNRESTRICTED;
    }

    /**
     * The gate of one session under this policy; {@code workingDirectory} (null: the default)
     * is where its relative names start.
     */
    FileAccess access(Path workingDirectory) {
        return switch (kind) {
            case UNRESTRICTED -> FileAccess.unrestricted(workingDirectory != null ? workingDirectory
                    : Path.of(System.getProperty("user.dir")));
            case WORKING_DIRECTORY -> FileAccess.confined(root, workingDirectory);
            case NONE -> FileAccess.none();
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case UNRESTRICTED -> "FilePolicy.unrestricted()";
            case WORKING_DIRECTORY -> "FilePolicy.workingDirectory(" + root + ")";
            case NONE -> "FilePolicy.none()";
        };
    }
}
