package dev.kindling.lang.modules.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.kindling.lang.Scripts;

/**
 * torch.get_default_dtype and set_default_dtype: float32, the default, is accepted; other dtypes
 * get PyTorch's TypeErrors; float64 is refused by name, as the default is not yet a session setting.
 */
class DefaultDtypeTest {
    @Test
    void float32IsTheDefaultAndCanBeSet() {
        assertEquals("None torch.float32 torch.float32\n", Scripts.run(
                "import torch\nprint(torch.set_default_dtype(torch.float32), torch.get_default_dtype(), "
                        + "torch.ones(1).dtype)"));
    }

    @Test
    void nonFloatingDtypesGetPyTorchsTypeErrors() {
        assertEquals("TypeError: only floating-point types are supported as the default type",
                Scripts.error("import torch\ntorch.set_default_dtype(torch.int64)"));
        assertEquals("TypeError: invalid dtype object: only floating-point types are supported as the default type",
                Scripts.error("import torch\ntorch.set_default_dtype(3)"));
        assertEquals("TypeError: set_default_dtype() missing 1 required positional argument: 'd'",
                Scripts.error("import torch\ntorch.set_default_dtype()"));
    }

    @Test
    void float64SaysItIsNotSupportedYet() {
        assertEquals("NotImplementedError: torch.set_default_dtype(torch.float64) is not supported in Kindling yet: "
                + "the default dtype is torch.float32", Scripts.error("import torch\ntorch.set_default_dtype(torch.float64)"));
        assertEquals("torch.float32\n", Scripts.run("import torch\ntry:\n    torch.set_default_dtype(torch.double)\n"
                + "except NotImplementedError:\n    pass\nprint(torch.get_default_dtype())"));
    }
}
