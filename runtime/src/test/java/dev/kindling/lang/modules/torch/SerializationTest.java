package dev.kindling.lang.modules.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kindling.embed.FilePolicy;
import dev.kindling.embed.Kindling;
import dev.kindling.embed.Session;
import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;

/**
 * torch.save's files survive what happens to files: a save that fails leaves the previous
 * checkpoint and nothing else; a reader never finds the name missing while a save replaces it;
 * and torch.load reports every truncation, every changed byte and every crafted size as a
 * RuntimeError instead of handing back wrong values or allocating what the file cannot hold.
 */
class SerializationTest {
    private static final String CHECKPOINT = "{'epoch': 3, 'loss': 0.25, 'name': 'run', 'w': torch.arange(6.).view(2, 3), "
            + "'b': torch.tensor([1, 2], dtype=torch.int32), 'hist': [1, (2, None)]}";

    @TempDir
    Path dir;
    private Session session;

    private Session session() {
        if (session == null) {
            session = Kindling.builder().files(FilePolicy.workingDirectory(dir))
                    .out(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).build().newSession();
            session.exec("import torch");
        }
        return session;
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    private KindlingError loadError(String name) {
        return assertThrows(KindlingError.class, () -> session().exec("torch.load('" + name + "')"));
    }

    private List<String> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aCheckpointLoadsAsSaved() {
        session().exec("c = " + CHECKPOINT + "\nc['w'].requires_grad_()\ntorch.save(c, 'ck.pt')\nd = torch.load('ck.pt')");
        assertEquals(session().eval("repr(c)"), session().eval("repr(d)"));
        assertEquals(true, session().eval("d['w'].requires_grad and d['b'].dtype == torch.int32"));
    }

    @Test
    void theFileHasTheDocumentedHeader() throws IOException {
        session().exec("torch.save(" + CHECKPOINT + ", 'ck.pt')");
        byte[] file = Files.readAllBytes(dir.resolve("ck.pt"));
        ByteBuffer header = ByteBuffer.wrap(file);
        assertEquals(15, header.getShort());
        byte[] marker = new byte[15];
        header.get(marker);
        assertEquals("KINDLING-SAVE-2", new String(marker, StandardCharsets.US_ASCII));
        assertEquals(file.length - 29, header.getLong());
        CRC32C crc = new CRC32C();
        crc.update(file, 29, file.length - 29);
        assertEquals((int) crc.getValue(), header.getInt());
    }

    @Test
    void everyChangedByteIsReported() throws IOException {
        session().exec("torch.save(" + CHECKPOINT + ", 'ck.pt')");
        byte[] good = Files.readAllBytes(dir.resolve("ck.pt"));
        for (int i = 0; i < good.length; i++) {
            for (int flip : new int[] {0x01, 0x80, 0xff}) {
                byte[] bad = good.clone();
                bad[i] ^= (byte) flip;
                Files.write(dir.resolve("bad.pt"), bad);
                KindlingError e = loadError("bad.pt");
                assertEquals(ErrorType.RUNTIME_ERROR, e.type(), "byte " + i + ": " + e.getMessage());
                assertTrue(e.getMessage().startsWith("torch.load failed reading 'bad.pt': the file is ")
                        || e.getMessage().startsWith("bad.pt is not a file written by torch.save")
                        || e.getMessage().startsWith("bad.pt was written in Kindling's save format"),
                        "byte " + i + ": " + e.getMessage());
            }
        }
        KindlingError one = loadErrorAfterFlipping(good, good.length - 3);
        assertEquals("torch.load failed reading 'bad.pt': the file is corrupted (its CRC32C checksum does not match "
                + "its data)", one.getMessage());
    }

    private KindlingError loadErrorAfterFlipping(byte[] good, int at) throws IOException {
        byte[] bad = good.clone();
        bad[at] ^= 1;
        Files.write(dir.resolve("bad.pt"), bad);
        return loadError("bad.pt");
    }

    @Test
    void everyTruncationIsReported() throws IOException {
        session().exec("torch.save(" + CHECKPOINT + ", 'ck.pt')");
        byte[] good = Files.readAllBytes(dir.resolve("ck.pt"));
        for (int length = 0; length < good.length; length++) {
            Files.write(dir.resolve("cut.pt"), Arrays.copyOf(good, length));
            KindlingError e = loadError("cut.pt");
            assertEquals(ErrorType.RUNTIME_ERROR, e.type());
            assertTrue(e.getMessage().startsWith("torch.load failed reading 'cut.pt': the file is truncated ("),
                    length + " bytes: " + e.getMessage());
        }
        Files.write(dir.resolve("cut.pt"), Arrays.copyOf(good, good.length - 8));
        assertEquals("torch.load failed reading 'cut.pt': the file is truncated (it declares " + (good.length - 29)
                + " bytes of data, but holds " + (good.length - 37) + "; was the save interrupted?)",
                loadError("cut.pt").getMessage());
    }

    /** A format 2 file holding {@code payload}, with its true length and checksum: only the sizes inside can be wrong. */
    private static byte[] formatTwo(byte[] payload) throws IOException {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF("KINDLING-SAVE-2");
        out.writeLong(payload.length);
        out.writeInt((int) crc.getValue());
        out.write(payload);
        return bytes.toByteArray();
    }

    /** A tensor's encoding with the given shape and no elements: tag 11, dtype, dims, sizes, requires_grad. */
    private static byte[] tensorWithoutElements(int... shape) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(11);
        out.writeUTF("FLOAT64");
        out.writeInt(shape.length);
        for (int d : shape) {
            out.writeInt(d);
        }
        out.writeBoolean(false);
        return bytes.toByteArray();
    }

    @Test
    void aSmallFileAskingForAHugeTensorFailsFast() throws IOException {
        byte[] crafted = formatTwo(tensorWithoutElements(1 << 15, 1 << 15));   // 2^30 float64s: 8 GiB
        assertTrue(crafted.length < 64, "a file of " + crafted.length + " bytes");
        Files.write(dir.resolve("huge.pt"), crafted);
        long start = System.nanoTime();
        KindlingError e = loadError("huge.pt");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("torch.load failed reading 'huge.pt': the file is corrupted (a tensor of 1073741824 elements "
                + "does not fit in the 0 bytes left)", e.getMessage());
        assertTrue(millis < 2000, "took " + millis + " ms");

        Files.write(dir.resolve("huge.pt"), formatTwo(tensorWithoutElements(1 << 16, 1 << 16, 1 << 16)));
        assertEquals("torch.load failed reading 'huge.pt': the file is corrupted (a tensor of shape [65536, 65536, "
                + "65536] is too large to load)", loadError("huge.pt").getMessage());

        ByteBuffer list = ByteBuffer.allocate(5).put((byte) 7).putInt(Integer.MAX_VALUE);
        Files.write(dir.resolve("huge.pt"), formatTwo(list.array()));
        assertEquals("torch.load failed reading 'huge.pt': the file is corrupted (a list of 2147483647 items does not "
                + "fit in the 0 bytes left)", loadError("huge.pt").getMessage());
    }

    @Test
    void aListWhereADictKeyWasIsReported() throws IOException {
        ByteBuffer dict = ByteBuffer.allocate(12).put((byte) 9).putInt(1).put((byte) 7).putInt(0).put((byte) 0);
        Files.write(dir.resolve("key.pt"), formatTwo(Arrays.copyOf(dict.array(), 11)));
        assertEquals("torch.load failed reading 'key.pt': the file is corrupted (a dict key of type 'list' cannot be "
                + "hashed)", loadError("key.pt").getMessage());
    }

    @Test
    void deepNestingIsRefusedOnSaveAndOnLoad() throws IOException {
        KindlingError save = assertThrows(KindlingError.class, () -> session().exec(
                "x = []\nfor i in range(1100):\n    x = [x]\ntorch.save(x, 'deep.pt')"));
        assertEquals("RecursionError: maximum recursion depth exceeded while pickling an object",
                save.type().pythonName() + ": " + save.getMessage());
        byte[] deep = new byte[5 * 1100 + 1];
        ByteBuffer nested = ByteBuffer.wrap(deep);
        for (int i = 0; i < 1100; i++) {
            nested.put((byte) 7).putInt(1);
        }
        Files.write(dir.resolve("deep.pt"), formatTwo(deep));
        assertEquals("torch.load failed reading 'deep.pt': the file is corrupted (values are nested more than 1000 "
                + "deep)", loadError("deep.pt").getMessage());
    }

    @Test
    void filesOfTheFirstFormatStillLoad() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF("KINDLING-SAVE-1");
        out.writeByte(9);          // dict of 2
        out.writeInt(2);
        out.writeByte(6);
        out.writeUTF("epoch");
        out.writeByte(3);
        out.writeLong(3);
        out.writeByte(6);
        out.writeUTF("w");
        out.writeByte(11);         // float32 tensor of shape (2,)
        out.writeUTF("FLOAT32");
        out.writeInt(1);
        out.writeInt(2);
        out.writeBoolean(false);
        out.writeDouble(1.5);
        out.writeDouble(2.5);
        Files.write(dir.resolve("old.pt"), bytes.toByteArray());
        session().exec("c = torch.load('old.pt')");
        assertEquals("{'epoch': 3, 'w': tensor([1.5000, 2.5000])}", session().eval("repr(c)"));

        out.writeByte(0);          // a byte after the value: not what format 1 wrote
        Files.write(dir.resolve("old.pt"), bytes.toByteArray());
        assertEquals("torch.load failed reading 'old.pt': the file is corrupted (1 bytes follow the saved value)",
                loadError("old.pt").getMessage());
    }

    @Test
    void aFailedSaveLeavesThePreviousCheckpointAndNoTemporaryFile() throws IOException {
        session().exec("torch.save({'step': 1, 'w': torch.ones(3)}, 'ck.pt')");
        KindlingError e = assertThrows(KindlingError.class, () -> session().exec(
                "torch.save({'step': 2, 'w': torch.zeros(100000), 'model': torch.nn.Linear(2, 2)}, 'ck.pt')"));
        assertEquals(ErrorType.TYPE_ERROR, e.type());
        assertEquals(List.of("ck.pt"), files());
        session().exec("c = torch.load('ck.pt')");
        assertEquals("{'step': 1, 'w': tensor([1., 1., 1.])}", session().eval("repr(c)"));
    }

    @Test
    void anotherFileNamedLikeATemporaryOneIsNotTouched() throws IOException {
        Files.writeString(dir.resolve("ck.pt.partial"), "someone else's");
        session().exec("torch.save(1, 'ck.pt')\ntorch.save(2, 'ck.pt')");
        assertEquals("someone else's", Files.readString(dir.resolve("ck.pt.partial")));
        assertEquals(List.of("ck.pt", "ck.pt.partial"), files());
    }

    @Test
    void aReaderNeverFindsTheCheckpointMissingWhileItIsReplaced() throws Exception {
        session().exec("torch.save({'step': -1, 'w': torch.zeros(2000)}, 'ck.pt')");
        CompletableFuture<Void> saver = CompletableFuture.runAsync(() -> session().exec(
                "for i in range(150):\n    torch.save({'step': i, 'w': torch.full((2000,), float(i))}, 'ck.pt')"));
        try (Session reader = Kindling.builder().files(FilePolicy.workingDirectory(dir)).build().newSession()) {
            reader.exec("import torch\nseen = set()");
            while (!saver.isDone()) {
                reader.exec("c = torch.load('ck.pt')\nassert c['w'].sum().item() == 2000 * max(c['step'], 0), c['step']"
                        + "\nseen.add(c['step'])");
            }
            saver.get(60, TimeUnit.SECONDS);
            reader.exec("c = torch.load('ck.pt')");
            assertEquals(149L, reader.eval("c['step']"));
        }
        assertEquals(List.of("ck.pt"), files());
    }

    @Test
    void osErrorsNameTheFileAsTheScriptWroteIt() throws IOException {
        Files.createDirectories(dir.resolve("folder"));
        assertEquals("FileNotFoundError: [Errno 2] No such file or directory: 'nope.pt'", text(loadError("nope.pt")));
        assertEquals("IsADirectoryError: [Errno 21] Is a directory: 'folder'", text(loadError("folder")));
        assertEquals("IsADirectoryError: [Errno 21] Is a directory: 'folder'",
                text(assertThrows(KindlingError.class, () -> session().exec("torch.save(1, 'folder')"))));
        assertEquals("FileNotFoundError: [Errno 2] No such file or directory: 'missing/x.pt'",
                text(assertThrows(KindlingError.class, () -> session().exec("torch.save(1, 'missing/x.pt')"))));
        Files.write(dir.resolve("pytorch.pt"), new byte[] {'P', 'K', 3, 4});
        assertEquals("RuntimeError: pytorch.pt was written by PyTorch (a zip archive of pickles); Kindling reads only "
                + "files written by Kindling's torch.save", text(loadError("pytorch.pt")));
    }

    private static String text(KindlingError e) {
        return e.type().pythonName() + ": " + e.getMessage();
    }
}
