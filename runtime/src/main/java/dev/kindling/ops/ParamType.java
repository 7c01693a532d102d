package dev.kindling.ops;

/**
 * The types a parameter of an op schema can have, as PyTorch's schema language spells them
 * ({@code Tensor}, {@code Scalar}, {@code int[]}, ...), with the name PyTorch's argument errors
 * use for each ("must be tuple of ints, not str").
 */
public enum ParamType {
    TENSOR("Tensor"),
    TENSOR_LIST("tuple of Tensors"),
    SCALAR("Number"),
    INT("int"),
    INT_LIST("tuple of ints"),
    FLOAT("float"),
    FLOAT_LIST("tuple of floats"),
    BOOL("bool"),
    DTYPE("torch.dtype"),
    DEVICE("torch.device"),
    GENERATOR("torch.Generator"),
    LAYOUT("torch.layout"),
    MEMORY_FORMAT("torch.memory_format"),
    STRING("str"),
    OBJECT("object");

    private final String pythonName;

    ParamType(String pythonName) {
        this.pythonName = pythonName;
    }

    /** The name PyTorch's argument errors and signature listings use for this type. */
    public String pythonName() {
        return pythonName;
    }

    /** The type named by a schema's base type word ({@code Tensor}, {@code SymInt}, {@code ScalarType}...). */
    static ParamType of(String word, boolean list) {
        switch (word) {
            case "Tensor": return list ? TENSOR_LIST : TENSOR;
            case "int":
            case "SymInt": return list ? INT_LIST : INT;
            case "Scalar": return SCALAR;
            case "float": return list ? FLOAT_LIST : FLOAT;
            case "bool": return BOOL;
            case "ScalarType": return DTYPE;
            case "Device": return DEVICE;
            case "Generator": return GENERATOR;
            case "Layout": return LAYOUT;
            case "MemoryFormat": return MEMORY_FORMAT;
            case "str": return STRING;
            case "Any": return OBJECT;
            default: throw new IllegalArgumentException("unknown schema type: " + word + (list ? "[]" : ""));
        }
    }
}
