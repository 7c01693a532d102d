package dev.kindling.ops;

/** Where an op is installed, as {@code native_functions.yaml}'s {@code variants:} says. */
public enum Variant {
    /** {@code t.name(...)}: the schema's {@code self} is the receiver. */
    METHOD,
    /** {@code torch.name(...)}: {@code self} is the first argument, called {@code input}. */
    FUNCTION,
    /** {@code torch.nn.functional.name(...)}. */
    FUNCTIONAL,
    /** {@code torch.nn.Name(...)}: the schema is the constructor's; the kernel returns the Java module. */
    MODULE,
    /** {@code torch.nn.init.name_(tensor, ...)}: the initialisers. */
    INIT,
    /** {@code torch.optim.Name(params, ...)}: the schema is the constructor's; the kernel returns the optimizer. */
    OPTIMIZER,
    /** {@code torch.optim.lr_scheduler.Name(optimizer, ...)}: the schema is the constructor's; the kernel returns the scheduler. */
    SCHEDULER
}
