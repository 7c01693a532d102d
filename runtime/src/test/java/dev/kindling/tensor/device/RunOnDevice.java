package dev.kindling.tensor.device;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.kindling.embed.Kindling;
import dev.kindling.embed.Session;
import dev.kindling.errors.KindlingError;

/**
 * Runs a script with every tensor and model on a device: {@code torch.set_default_device(DEVICE)}
 * first, then the script unchanged. For {@code .ci/device-conformance}, which runs the conformance
 * set this way on the test classpath, where ND4J's CPU backend stands in for a cuda device.
 *
 * <pre>{@code java -cp ... -Dkindling.test.nd4jCpuAsCuda=true dev.kindling.tensor.device.RunOnDevice cuda script.py}</pre>
 */
public final class RunOnDevice {
    private RunOnDevice() {}

    public static void main(String[] args) throws Exception {
        String device = args[0];
        Path script = Path.of(args[1]);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = 0;
        try (Session session = Kindling.builder().out(out).err(err).argv(List.of(args[1])).build().newSession()) {
            session.exec("import torch\ntorch.set_default_device('" + device + "')\n", "<device>");
            session.exec(Files.readString(script), script.toAbsolutePath().toString());
        } catch (KindlingError e) {
            out.flush();
            err.print(Session.formatError(e));
            status = 1;
        }
        out.flush();
        err.flush();
        System.exit(status);
    }
}
