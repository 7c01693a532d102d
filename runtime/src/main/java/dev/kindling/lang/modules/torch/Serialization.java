package dev.kindling.lang.modules.torch;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.files.FileAccess;
import dev.kindling.lang.files.OsErrors;
import dev.kindling.lang.files.ReplaceFile;
import dev.kindling.lang.objects.Repr;

/**
 * {@code torch.save} and {@code torch.load} for what training scripts save: tensors, numbers,
 * strings, None, and lists, tuples, dicts and OrderedDicts of them (a state_dict, a checkpoint
 * dict). The file is Kindling's own binary format, not PyTorch's pickle archive: PyTorch cannot
 * read it, and a file PyTorch wrote is refused with a clear message.
 *
 * <pre>
 * torch.save(model.state_dict(), "model.pt")
 * model.load_state_dict(torch.load("model.pt"))
 * </pre>
 *
 * <p>The file (format 2, big-endian):
 * <pre>
 * offset  size  contents
 *  0       17   u16 15, then "KINDLING-SAVE-2" (the version marker, as DataOutput.writeUTF writes it)
 * 17        8   payload length in bytes (u64)
 * 25        4   CRC32C of the payload (u32)
 * 29        n   payload: one value, as {@link SavedValues} encodes it; the file ends with it
 * </pre>
 * Format 1 files (Kindling before checksums: "KINDLING-SAVE-1" followed directly by the payload)
 * still load, with every size checked but no checksum to verify. A load checks the header against
 * the file's length, reads the payload with each declared size checked against the bytes left,
 * and verifies the checksum before handing anything back, so a truncated or corrupted file is a
 * RuntimeError rather than wrong values. A save goes through {@link ReplaceFile}: a reader sees
 * the previous checkpoint or the new one, never a missing or half-written file. Every path goes
 * through the session's {@link FileAccess} gate.
 */
final class Serialization {
    private static final String MARKER = "KINDLING-SAVE-";
    private static final int MARKER_BYTES = 2 + MARKER.length() + 1;
    private static final int HEADER_BYTES = MARKER_BYTES + Long.BYTES + Integer.BYTES;
    private static final char VERSION = '2';

    private Serialization() {}

    static void save(Object value, Object file) {
        String name = fileName(file);
        Path path = FileAccess.current().resolve(name);
        ReplaceFile.write(path, name, channel -> write(channel, value));
    }

    /** Writes the header with room for the length and checksum, the payload, then both. */
    private static void write(FileChannel channel, Object value) throws IOException {
        channel.position(HEADER_BYTES);
        CRC32C crc = new CRC32C();
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new CheckedOutputStream(Channels.newOutputStream(channel), crc), 1 << 16));
        SavedValues.write(out, value);
        out.flush();   // not closed: the channel is the caller's
        long length = channel.position() - HEADER_BYTES;
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        header.putShort((short) (MARKER.length() + 1)).put((MARKER + VERSION).getBytes(StandardCharsets.US_ASCII));
        header.putLong(length).putInt((int) crc.getValue()).flip();
        while (header.hasRemaining()) {
            channel.write(header, header.position());
        }
    }

    static Object load(Object file) {
        String name = fileName(file);
        Path path = FileAccess.current().resolve(name);
        if (Files.isDirectory(path)) {
            throw OsErrors.isADirectory(name);
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel), 1 << 16));
            return read(in, size, name);
        } catch (SavedValues.Malformed e) {
            throw corrupted(name, e.getMessage());
        } catch (EOFException e) {
            // Only when the file shrank while it was read: every size was checked against its length.
            throw failed(name, "the file is truncated (it became shorter while it was read)");
        } catch (IOException e) {
            throw OsErrors.from(e, name);
        }
    }

    private static Object read(DataInputStream in, long size, String name) throws IOException, SavedValues.Malformed {
        byte[] marker = new byte[(int) Math.min(size, MARKER_BYTES)];
        in.readFully(marker);
        if (marker.length >= 2 && marker[0] == 'P' && marker[1] == 'K') {
            throw KindlingError.runtimeError(name + " was written by PyTorch (a zip archive of pickles); Kindling "
                    + "reads only files written by Kindling's torch.save");
        }
        byte[] expected = ("\0\u000f" + MARKER).getBytes(StandardCharsets.US_ASCII);
        int compared = Math.min(marker.length, expected.length);
        if (!Arrays.equals(marker, 0, compared, expected, 0, compared)) {
            throw notOurs(name);
        }
        if (marker.length < MARKER_BYTES) {
            throw failed(name, "the file is truncated (it ends inside its header; was the save interrupted?)");
        }
        char version = (char) marker[MARKER_BYTES - 1];
        if (version == '1') {
            // Format 1 has no checksum: its sizes are still checked, and it must end where its value does.
            return SavedValues.read(in, size - MARKER_BYTES);
        }
        if (version != VERSION) {
            throw KindlingError.runtimeError(name + " was written in Kindling's save format " + version
                    + ", which this version cannot read (it reads formats 1 and 2)");
        }
        if (size < HEADER_BYTES) {
            throw failed(name, "the file is truncated (it ends inside its header; was the save interrupted?)");
        }
        long length = in.readLong();
        int checksum = in.readInt();
        long held = size - HEADER_BYTES;
        if (length > held) {
            throw failed(name, "the file is truncated (it declares " + length + " bytes of data, but holds " + held
                    + "; was the save interrupted?)");
        }
        if (length < held) {
            throw corrupted(name, "it declares " + length + " bytes of data, but holds " + held);
        }
        CRC32C crc = new CRC32C();
        CheckedInputStream checked = new CheckedInputStream(in, crc);
        try {
            Object value = SavedValues.read(new DataInputStream(checked), length);
            if ((int) crc.getValue() != checksum) {
                throw corrupted(name, "its CRC32C checksum does not match its data");
            }
            return value;
        } catch (SavedValues.Malformed e) {
            // Data that does not parse is most likely damaged: the checksum over all of it says so.
            checked.transferTo(OutputStream.nullOutputStream());
            if ((int) crc.getValue() != checksum) {
                throw corrupted(name, "its CRC32C checksum does not match its data");
            }
            throw e;
        }
    }

    private static String fileName(Object file) {
        return file instanceof String s ? s : Repr.str(file);
    }

    private static KindlingError notOurs(String name) {
        return KindlingError.runtimeError(name + " is not a file written by torch.save (Kindling's format)");
    }

    /** {@code RuntimeError: torch.load failed reading 'x': the file is corrupted (reason)}. */
    private static KindlingError corrupted(String name, String reason) {
        return failed(name, "the file is corrupted (" + reason + ")");
    }

    private static KindlingError failed(String name, String what) {
        return KindlingError.runtimeError("torch.load failed reading " + Repr.repr(name) + ": " + what);
    }
}
