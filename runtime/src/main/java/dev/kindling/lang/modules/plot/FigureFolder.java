package dev.kindling.lang.modules.plot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.kindling.lang.files.FileAccess;
import dev.kindling.lang.files.OsErrors;

/**
 * Where one session's plt.show() keeps its figures: a folder of its own, made on the first show()
 * where the session's file policy puts figures (the temp directory when files are unrestricted,
 * the working directory when confined), holding figure-1.png, figure-2.png... in the order shown.
 * A folder per session means two sessions (two learners on one machine, two sessions in one host)
 * never share or overwrite a file name. The files stay after the session ends, for the learner to
 * open.
 */
final class FigureFolder {
    private Path folder;
    private int shown;

    /** The path for the next figure shown, creating the session's folder the first time. */
    Path nextFile() {
        if (folder == null) {
            String parent = FileAccess.current().figureFolder();
            try {
                Path made = Files.createTempDirectory(FileAccess.current().resolve(parent.isEmpty() ? "." : parent),
                        "kindling-figures-");
                folder = Path.of(parent).resolve(made.getFileName().toString()); // as the script names it
            } catch (IOException e) {
                throw OsErrors.from(e, parent);
            }
        }
        return folder.resolve("figure-" + (++shown) + ".png");
    }
}
