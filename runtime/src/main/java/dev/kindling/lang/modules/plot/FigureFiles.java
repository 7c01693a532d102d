package dev.kindling.lang.modules.plot;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.files.FileAccess;
import dev.kindling.lang.files.OsErrors;
import dev.kindling.lang.files.ReplaceFile;

/**
 * Writes rendered figures as PNG files: where savefig() names, or in the session's
 * {@link FigureFolder} for show(). Every path goes through the session's {@link FileAccess} gate;
 * the paths handed back are the script's own names, so that messages quote what the script wrote.
 */
final class FigureFiles {
    private FigureFiles() {}

    /**
     * The path savefig() writes: a name without an extension gets '.png' as matplotlib's default
     * format; any other extension than .png is a ValueError as matplotlib's for unknown formats.
     */
    static Path savePath(String fname) {
        if (fname.indexOf('\0') >= 0) {   // Path.of cannot hold one; the gate would say the same
            throw KindlingError.valueError("embedded null byte");
        }
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

    /** Encodes the image and replaces the file the script calls {@code path} with it, all at once. */
    static void writePng(BufferedImage image, Path path) {
        String name = path.toString();
        Path target = FileAccess.current().resolve(name);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", png)) {
                throw new IllegalStateException("the JDK has no PNG writer");
            }
        } catch (IOException e) {
            throw new IllegalStateException("a PNG cannot be encoded in memory", e);
        }
        ReplaceFile.write(target, name, channel -> {
            ByteBuffer bytes = ByteBuffer.wrap(png.toByteArray());
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        });
    }
}
