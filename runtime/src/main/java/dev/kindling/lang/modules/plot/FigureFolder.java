package dev.kindling.lang.modules.plot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;

/**
 * Where one session's plt.show() keeps its figures: a temp directory of its own, made on the
 * first show(), holding figure-1.png, figure-2.png... in the order shown. A folder per session
 * means two sessions (two learners on one machine, two sessions in one host) never share or
 * overwrite a file name. The files stay after the session ends, for the learner to open.
 */
final class FigureFolder {
    private Path folder;
    private int shown;

    /** The path for the next figure shown, creating the session's folder the first time. */
    Path nextFile() {
        if (folder == null) {
            try {
                folder = Files.createTempDirectory("kindling-figures-");
            } catch (IOException e) {
                throw new KindlingError(ErrorType.OS_ERROR, "cannot create a folder for figures in "
                        + System.getProperty("java.io.tmpdir") + ": " + e.getMessage());
            }
        }
        return folder.resolve("figure-" + (++shown) + ".png");
    }
}
