package dev.kindling.lang.modules.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kindling.embed.Kindling;
import dev.kindling.embed.Session;
import dev.kindling.errors.KindlingError;

/**
 * torch.optim's constructors as a script meets them: PyTorch's ValueErrors for bad
 * hyperparameters (a number shown as the script wrote it), the binder's TypeErrors for
 * wrong-typed arguments, and NotImplementedError for options Kindling does not honour.
 */
class OptimConstructorsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Session session = Kindling.builder().out(new PrintStream(out, true, StandardCharsets.UTF_8)).build()
            .newSession();

    @AfterEach
    void close() {
        session.close();
    }

    /** The last line of the traceback the call prints: {@code ValueError: Invalid learning rate: -1}. */
    private String error(String call) {
        session.exec("import torch\np = torch.nn.Parameter(torch.ones(2))");
        KindlingError e = assertThrows(KindlingError.class, () -> session.exec(call));
        String traceback = Session.formatError(e).strip();
        return traceback.substring(traceback.lastIndexOf('\n') + 1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "torch.optim.SGD([p], lr=-1)                        | ValueError: Invalid learning rate: -1",
        "torch.optim.SGD([p], lr=-0.1)                      | ValueError: Invalid learning rate: -0.1",
        "torch.optim.SGD([p], 0.1, -0.5)                    | ValueError: Invalid momentum value: -0.5",
        "torch.optim.SGD([p], weight_decay=-1)              | ValueError: Invalid weight_decay value: -1",
        "torch.optim.SGD([p], lr=0.1, nesterov=True)        | ValueError: Nesterov momentum requires a momentum and zero dampening",
        "torch.optim.SGD([p], momentum=0.9, dampening=0.1, nesterov=True) | ValueError: Nesterov momentum requires a momentum and zero dampening",
        "torch.optim.SGD([], lr=0.1)                        | ValueError: optimizer got an empty parameter list",
        "torch.optim.Adam([p], lr=-0.001)                   | ValueError: Invalid learning rate: -0.001",
        "torch.optim.Adam([p], eps=-1e-08)                  | ValueError: Invalid epsilon value: -1e-08",
        "torch.optim.Adam([p], betas=(1.0, 0.999))          | ValueError: Invalid beta parameter at index 0: 1.0",
        "torch.optim.Adam([p], betas=(-1, 0.999))           | ValueError: Invalid beta parameter at index 0: -1",
        "torch.optim.Adam([p], betas=(0.9, 1.5))            | ValueError: Invalid beta parameter at index 1: 1.5",
        "torch.optim.Adam([p], weight_decay=-0.5)           | ValueError: Invalid weight_decay value: -0.5",
        "torch.optim.Adam([p], betas=(0, 0.9))              | ValueError: betas must be either both floats or both Tensors",
        "torch.optim.AdamW([p], lr=float('nan'))            | ValueError: Invalid learning rate: nan",
        "torch.optim.AdamW([], lr=0.1)                      | ValueError: optimizer got an empty parameter list",
        "torch.optim.SGD([{'params': [p]}, {'params': [p]}]) | ValueError: some parameters appear in more than one parameter group",
        "torch.optim.SGD([p * 2])                           | ValueError: can't optimize a non-leaf Tensor",
    })
    void badHyperparametersAreValueErrorsWordedAsPyTorchWordsThem(String call, String expected) {
        assertEquals(expected, error(call));
    }

    @Test
    void hyperparameterChecksComeBeforeTheEmptyParameterList() {
        assertEquals("ValueError: Invalid learning rate: -1", error("torch.optim.Adam([], lr=-1)"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "torch.optim.SGD([p], lr='fast')                    | TypeError: SGD(): argument 'lr' must be float, not str",
        "torch.optim.SGD([p], 'fast')                       | TypeError: SGD(): argument 'lr' (position 2) must be float, not str",
        "torch.optim.SGD([p], 0.1, nesterov='yes')          | TypeError: SGD(): argument 'nesterov' must be bool, not str",
        "torch.optim.Adam([p], betas='ab')                  | TypeError: Adam(): argument 'betas' must be tuple of floats, not str",
        "torch.optim.Adam([p], betas=0.9)                   | TypeError: 'float' object is not subscriptable",
        "torch.optim.Adam([p], betas=(0.9,))                | IndexError: tuple index out of range",
        "torch.optim.Adam([p], amsgrad=None)                | TypeError: Adam(): argument 'amsgrad' must be bool, not NoneType",
        "torch.optim.AdamW([p], decoupled_weight_decay=True) | TypeError: AdamW() got an unexpected keyword argument 'decoupled_weight_decay'",
        "torch.optim.SGD([p], 0.1, 0.9, 0, 0, True, True)   | TypeError: SGD() takes from 1 to 6 positional arguments but 7 were given",
        "torch.optim.SGD()                                  | TypeError: SGD() missing 1 required positional arguments: \"params\"",
        "torch.optim.SGD(p)                                 | TypeError: params argument given to the optimizer should be an iterable of Tensors or dicts, but got torch.FloatTensor",
        "torch.optim.SGD(5)                                 | TypeError: 'int' object is not iterable",
        "torch.optim.SGD([p, 3])                            | TypeError: optimizer can only optimize Tensors, but one of the params is int",
        "torch.optim.SGD([{'params': [p]}, p])              | TypeError: param_group must be a dict, but got <class 'torch.nn.parameter.Parameter'>",
        "torch.optim.SGD([{'params': {p}}])                 | TypeError: optimizer parameters need to be organized in ordered collections, but the ordering of tensors in sets will change between runs. Please use a list instead.",
        "torch.optim.SGD([{'lr': 0.1}])                     | KeyError: 'params'",
        "torch.optim.lr_scheduler.StepLR([p], 2)            | TypeError: list is not an Optimizer",
        "torch.optim.lr_scheduler.StepLR(torch.optim.SGD([p]), 2.5) | TypeError: StepLR(): argument 'step_size' (position 2) must be int, not float",
        "torch.optim.lr_scheduler.ExponentialLR(torch.optim.SGD([p])) | TypeError: ExponentialLR() missing 1 required positional arguments: \"gamma\"",
        "torch.optim.lr_scheduler.StepLR(torch.optim.SGD([p]), 0).step() | ZeroDivisionError: integer modulo by zero",
    })
    void wrongTypedArgumentsArePythonErrorsNeverInternalOnes(String call, String expected) {
        assertEquals(expected, error(call));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "torch.optim.SGD([p], foreach=True)                 | NotImplementedError: SGD: foreach=True is not supported in Kindling",
        "torch.optim.SGD([p], fused=True)                   | NotImplementedError: SGD: fused=True is not supported in Kindling",
        "torch.optim.SGD([p], differentiable=True)          | NotImplementedError: SGD: differentiable=True is not supported in Kindling",
        "torch.optim.Adam([p], capturable=True)             | NotImplementedError: Adam: capturable=True is not supported in Kindling",
        "torch.optim.AdamW([p], fused=True)                 | NotImplementedError: AdamW: fused=True is not supported in Kindling",
        "torch.optim.Adam([{'params': [p], 'foreach': True}]) | NotImplementedError: Adam: foreach=True is not supported in Kindling",
        "torch.optim.SGD(torch.nn.Linear(2, 1).named_parameters()) | NotImplementedError: optimizer: named parameters (name, tensor) are not supported in Kindling; pass model.parameters()",
        "torch.optim.lr_scheduler.StepLR(torch.optim.SGD([p]), 2, last_epoch=4) | NotImplementedError: StepLR: last_epoch other than -1 (resuming a schedule) is not supported in Kindling",
    })
    void optionsKindlingCannotHonourAreRefused(String call, String expected) {
        assertEquals(expected, error(call));
    }

    @Test
    void honouredOptionsAndNumbersAsWrittenReachTheOptimizer() {
        session.exec("""
                import torch
                p = torch.nn.Parameter(torch.ones(2))
                opt = torch.optim.Adam([p], lr=1, amsgrad=True, maximize=True, foreach=False, fused=None)
                print(opt.param_groups[0]['lr'], opt.param_groups[0]['amsgrad'], opt.param_groups[0]['maximize'])
                sgd = torch.optim.SGD([{'params': [p], 'lr': 0.5}], lr=torch.tensor(0.25), momentum=1)
                print(sgd.param_groups[0]['lr'], sgd.param_groups[0]['momentum'])
                print(torch.optim.SGD([{'params': []}]).param_groups[0]['params'])
                """);
        assertEquals("1 True True\n0.5 1\n[]\n", out.toString(StandardCharsets.UTF_8));
    }
}
