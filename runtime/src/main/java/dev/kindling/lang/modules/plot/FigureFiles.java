package dev.kindling.lang.modules.plot;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;

/** Writes rendered figures as PNG files: where savefig() names, or in the session's {@link FigureFolder} for show(). */
final class FigureFiles {
    private FigureFiles() {}

    /**
     * The path savefig() writes: a name without an extension gets '.png' as matplotlib's default
     * format; any other extension than .png is a ValueError as matplotlib's for unknown formats.
     */
    static Path savePath(String fname) {
        Path path = Path.of(fname);
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Path.of(fname + ".png");
        }
        String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!ext.equals("png")) {
            throw KindlingError.valueError("Format '" + ext + "' is not supported (supported formats: png)");
        }
        return path;
    }

    static void writePng(BufferedImage image, Path path) {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new KindlingError(ErrorType.FILE_NOT_FOUND_ERROR, "[Errno 2] No such file or directory: '" + path + "'");
        }
        try {
            if (!ImageIO.write(image, "png", path.toFile())) {
                throw new IOException("no PNG writer");
            }
        } catch (IOException e) {
            throw new KindlingError(ErrorType.OS_ERROR, e.getMessage() == null ? path.toString() : e.getMessage());
        }
    }
}
