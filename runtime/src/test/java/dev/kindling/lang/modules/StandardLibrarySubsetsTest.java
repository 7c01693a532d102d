package dev.kindling.lang.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kindling.lang.Scripts;

/**
 * What CPython has and Kindling's subsets leave out must fail loudly, in CPython's words for a
 * missing attribute, never as a silent no-op; the golden script stdlib_modules.py cannot show
 * this because CPython itself has these names.
 */
class StandardLibrarySubsetsTest {
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        "itertools, tee", "functools, total_ordering", "functools, cmp_to_key", "functools, cached_property",
        "operator, length_hint", "typing, NamedTuple", "typing, Generic", "typing, Protocol", "copy, Error",
        "string, Template", "string, Formatter", "math, erf", "math, erfc", "math, gamma", "math, lgamma"
    })
    void aMissingNameIsAnAttributeErrorNamingIt(String module, String name) {
        assertEquals("AttributeError: module '" + module + "' has no attribute '" + name + "'",
                Scripts.error("import " + module + "\n" + module + "." + name + "\n"));
    }

    @ParameterizedTest(name = "from {0} import {1}")
    @CsvSource({"itertools, tee", "math, gamma"})
    void importingAMissingNameIsAnImportError(String module, String name) {
        assertEquals("ImportError: cannot import name '" + name + "' from '" + module + "' (unknown location)",
                Scripts.error("from " + module + " import " + name + "\n"));
    }

    @Test
    void deepcopyOfAnNnModuleSaysItIsNotSupportedYet() {
        assertEquals("TypeError: cannot copy 'Linear' object: Kindling does not copy objects backed by Java "
                + "(nn modules, optimizers) yet", Scripts.error("import copy\nimport torch.nn as nn\ncopy.deepcopy(nn.Linear(2, 1))\n"));
    }
}
