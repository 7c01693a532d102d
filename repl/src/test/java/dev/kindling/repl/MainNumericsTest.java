package dev.kindling.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * {@code kindling --numerics=POLICY}: picks the session's float32 kernels, and a wrong or missing
 * policy is an argparse-style error with exit status 2, as python's bad options are.
 */
class MainNumericsTest {
    /** exp(1.421875f): 4.144885f under MKL's vsExp (the default), 4.1448846f rounded from double. */
    private static final String EXP = "import torch; print(torch.exp(torch.tensor([1.421875])).item())";

    private record Result(int status, String out, String err) {}

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void choosesThePolicyOfTheSession() {
        assertEquals(new Result(0, (double) 4.144885f + "\n", ""), run("-c", EXP));
        assertEquals(new Result(0, (double) 4.144885f + "\n", ""), run("--numerics=pytorch-cpu-bits", "-c", EXP));
        assertEquals(new Result(0, (double) 4.1448846f + "\n", ""), run("--numerics=standard", "-c", EXP));
        assertEquals(new Result(0, (double) 4.1448846f + "\n", ""), run("--numerics", "standard", "-c", EXP));
    }

    @Test
    void refusesAnUnknownOrMissingPolicyWithStatusTwo() {
        Result unknown = run("--numerics=fast", "-c", "print(1)");
        assertEquals(2, unknown.status());
        assertEquals("", unknown.out());
        assertEquals("usage: kindling [option] ... [-c cmd | file | -] [arg] ...\n"
                + "kindling: error: argument --numerics: invalid choice: 'fast' (choose from 'pytorch-cpu-bits', "
                + "'standard')\n", unknown.err());
        Result missing = run("--numerics");
        assertEquals(2, missing.status());
        assertEquals("usage: kindling [option] ... [-c cmd | file | -] [arg] ...\n"
                + "kindling: error: argument --numerics: expected one argument\n", missing.err());
    }

    /** After -c or a script name, --numerics is the script's own argument. */
    @Test
    void leavesAScriptsOwnArgumentsAlone() {
        assertEquals(new Result(0, "['-c', '--numerics=fast']\n", ""),
                run("-c", "import sys; print(sys.argv)", "--numerics=fast"));
    }
}
