package dev.kindling.embed;

/**
 * A class as help pages name it: {@code torch.nn.Linear} is module {@code torch.nn}, name
 * {@code Linear}, base {@code Module}.
 *
 * @param module   the module that defines it ({@code __main__} for a script's), or null
 * @param name     its name
 * @param builtin  whether it is one of Python's built-in types ({@code int}, {@code list})
 * @param baseName its base class's name, or null for {@code object} itself
 */
public record TypeInfo(String module, String name, boolean builtin, String baseName) {}
