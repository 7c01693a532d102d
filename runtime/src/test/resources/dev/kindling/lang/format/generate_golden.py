"""Regenerates the golden files of dev.kindling.pyfmt's and dev.kindling.lang.format's tests from CPython 3.11.

Run from this folder with python3.11: every answer in the .tsv files is CPython's own. The files
for repr(), format() and round() go to pyfmt's folder, the others stay here.
Fields are tab-separated; backslash, tab, newline and CR are escaped as \\\\ \\t \\n \\r,
other control characters as \\uXXXX.
Values are tagged: i:int (x:int in hex when huge), b:bool, f:float repr, s:str. An expected cell
starting with '!' is an exception, '!ValueError: message'; one starting with '=' is the text after
that '=' (so that a result may itself start with '!' or '=').
"""
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "the golden files record CPython 3.11"
random.seed(20261128)
PYFMT = "../../pyfmt/"


def esc(s):
    out = s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    return "".join(f"\\u{ord(c):04x}" if ord(c) < 0x20 or 0x7f <= ord(c) < 0xa0 else c for c in out)


def tag(v):
    if isinstance(v, bool):
        return "b:" + str(v)
    if isinstance(v, int):
        return "i:" + str(v) if v.bit_length() < 10000 else "x:" + hex(v)
    if isinstance(v, float):
        return "f:" + repr(v)
    return "s:" + esc(v)


def outcome(f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001 - recording CPython's answer, whatever it is
        return "!" + type(e).__name__ + ": " + esc(str(e))
    if not isinstance(r, str):
        return tag(r)
    return "=" + esc(r) if r.startswith(("!", "=")) else esc(r)


def write(name, rows):
    with open(name, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write("\t".join(row) + "\n")


def float_repr_rows():
    values = [0.0, -0.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1e-5, 1e-4, 1e16, 1e15, 9999999999999998.0, 1234567890123456.0,
              1.5, 100.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 2.0 ** 63, 2.0 ** -1074 * 3,
              1 / 3, 2 / 3, 1e22, 1e23, 2e23, 123456789012345678.0, 0.000123, 4.35, 2.675, 1e-7]
    values += [2.0 ** e for e in range(-1074, 1024, 7)]
    values += [10.0 ** e for e in range(-320, 309)]
    values += [struct.unpack("<d", struct.pack("<Q", random.getrandbits(64)))[0] for _ in range(3000)]
    values += [round(random.uniform(-1000, 1000), random.randint(0, 6)) for _ in range(1000)]
    values += [float(f"{random.randint(1, 99999)}e{random.randint(-330, 310)}") for _ in range(1000)]
    rows = []
    for v in values:
        if v != v or v in (float("inf"), float("-inf")):
            continue
        bits = struct.unpack("<Q", struct.pack("<d", v))[0]
        rows.append((format(bits, "016x"), repr(v)))
    return rows


INT_VALUES = [0, 1, -1, 7, 42, -42, 255, 1234567, -1234567, 2 ** 64, -(2 ** 70), 10 ** 20 + 5, True, False, 1114111, 65]
FLOAT_VALUES = [0.0, -0.0, 1.5, -2.675, 2.675, 0.125, 1e22, 1e-5, 123456789.0, 0.1, 1e16, 1e-7, -1234.5678,
                float("inf"), float("-inf"), float("nan"), 5e-324, 1.7976931348623157e308, 0.5, 2.5e-5, 3.0,
                100.0, 1e20, 0.00001234, 999999.5, 9.9999e-5, -0.0001, 12345.6789e10]
STR_VALUES = ["", "x", "abc", "h\u00e9llo", "\u65e5\u672c"]
PREFIXES = ["", "+", " ", "-", "#", "0", "10", "<10", ">10", "^10", "=10", "*^11", "010", "+010", ",", "_", "010,",
            ".0", ".1", ".3", ".12", "z", "z.1", "#.0", "#10", "+#012_", "x<8", "-^+#015,.2", " 08_", "0<6", "\u00e9>5",
            ",.2", "_.4", "#,"]
TYPES = ["", "b", "c", "d", "e", "E", "f", "F", "g", "G", "n", "o", "s", "x", "X", "%"]


def format_rows():
    rows = []
    for v in INT_VALUES + FLOAT_VALUES + STR_VALUES:
        for p in PREFIXES:
            for t in TYPES:
                spec = p + t
                rows.append((tag(v), esc(spec), outcome(lambda: format(v, spec))))
    bad = ["ss", ",,", ",_", "_,", ".", "x,", "1,2", "<<<", "99999999999999999999", ".99999999999", "=", "5=", "\x7f",
           ".3q", "+s", "#s", "zs", "=5s", "^", "{", "10.2d", ",c", "_n", ",n", "_s", "\u00e9", ".2\u00e9"]
    for v in [1, 1.5, "s", True, 2 ** 80]:
        for spec in bad:
            rows.append((tag(v), esc(spec), outcome(lambda: format(v, spec))))
    # Exact, correctly rounded decimal conversion of arbitrary doubles.
    for _ in range(400):
        v = struct.unpack("<d", struct.pack("<Q", random.getrandbits(64)))[0]
        if v != v:
            continue
        for spec in [".0f", ".2f", ".17g", ".3e", "g", ".1%", "e", ".25g", ".16e", "", ".5"]:
            rows.append((tag(v), esc(spec), outcome(lambda: format(v, spec))))
    for _ in range(400):
        v = round(random.uniform(-100, 100), random.randint(1, 5))
        for spec in [".0f", ".1f", ".2f", ".3f", ".1e", ".2g", ".4", "_.3f", ",.2f"]:
            rows.append((tag(v), esc(spec), outcome(lambda: format(v, spec))))
    return rows


def round_rows():
    rows = []
    floats = [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1234.5, 1250.0, -1234.5678, 1e300, 1.7976931348623157e308,
              5e-324, 0.0, -0.0, 1e-8, 123456789.123456789, float("inf"), float("-inf"), float("nan"), 0.1, 2.5e-5,
              1e16 + 2, 4.5e15 + 0.5, 9.5, -9.5, 0.285, 1.005]
    floats += [round(random.uniform(-1e6, 1e6), random.randint(0, 8)) for _ in range(300)]
    for x in floats:
        rows.append((tag(x), "None", outcome(lambda: round(x))))
        for n in [0, 1, 2, 3, -1, -2, -3, 5, 10, 17, 300, 400, -308, -309, -400]:
            rows.append((tag(x), str(n), outcome(lambda: round(x, n))))
    for i in [0, 5, 15, 25, 1234, 1250, 1350, -1250, -1251, 2 ** 70 + 5 * 10 ** 15, -(10 ** 30) - 5, 99, 50, 150, 9223372036854775807]:
        for n in [0, 2, -1, -2, -3, -10, -16, -30, -40, -400]:
            rows.append((tag(i), str(n), outcome(lambda: round(i, n))))
    return rows


PERCENT_FLAGS = ["", "-", "+", " ", "#", "0", "-0", "+0", "#0", " 0"]
PERCENT_WIDTH = ["", "1", "8", ".0", ".3", "8.3", "12.8"]


def percent_rows():
    rows = []
    values = [0, 7, -42, 255, 2 ** 70, True, 1.5, -2.675, 0.125, 1e22, 1e-5, float("inf"), float("nan"), -0.0,
              "x", "h\u00e9llo", 3.99, 65]
    for v in values:
        for fl in PERCENT_FLAGS:
            for w in PERCENT_WIDTH:
                for conv in "sradiuoxXeEfFgGc":
                    template = "%" + fl + w + conv
                    rows.append((esc(template), tag(v), outcome(lambda: template % v)))
    return rows


FORMAT_ARGS = (1.5, "ab", (10, 20), 42)
FORMAT_KWARGS = dict(name="x", w=6, p=2, d={"k": "v"})
FORMAT_ATOMS = ["{", "}", "{}", "{0}", "{1}", "{2}", "{3}", "{4}", "{name}", "{w}", "{d}", "!r", "!s", "!a", "!x", "!",
                ":", "[0]", "[1]", "[k]", "[9]", ".x", ".", "[", "]", ">", "<", "^", "=", "*", "+", ",", "_", ".2", "f",
                "d", "s", "x", "e", "%", "0", "5", "10", "{w}", "{p}", "a", " ", "\u00e9", "{{", "}}"]


def str_format_rows():
    """Random templates over fields, conversions, specs and stray braces, with the args above."""
    rows = []
    for _ in range(6000):
        t = "".join(random.choice(FORMAT_ATOMS) for _ in range(random.randint(1, 7)))
        rows.append((esc(t), outcome(lambda: t.format(*FORMAT_ARGS, **FORMAT_KWARGS))))
    return rows


def parse_rows():
    rows = []
    ints = ["0", "1", "-1", " 12 ", "+7", "1_000", "0x1F", "0x_1f", "0o17", "0b101", "010", "0_0", "00", "1__2", "_1",
            "1_", "abc", "", "  ", "+ 1", "\u0663", "\u00a0 7\n", "99999999999999999999999", "-0x10", "0B11", "z",
            "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "1e5", "1.5",
            "0x", "0b", "\x00", "12\u00e9", "1" * 4301, "7" * 250, "0b1", "Z", "0o_7", "0xg", "--1", "1 2"]
    for s in ints:
        for base in [0, 2, 8, 10, 16, 36, 1, 37, -1]:
            rows.append(("int", esc(s), str(base), outcome(lambda: int(s, base))))
    floats = ["1.5", " 1e-3 ", "inf", "-Infinity", "nan", "+nan", "-nAn", "1_000.5", "1__0", "_1", "1._5", "1_.5", ".5",
              "5.", ".", "e5", "1e", "1e_5", "1e5_0", "infinit", "0x1p3", "1.5f", "1e400", "1e-400", "\u00a01.5\u2003",
              "\u0661.\u0665", "1.5d", "iNF", "+-1", "abc", "", "1.7976931348623157e308", "2.2250738585072011e-308",
              "0.1", "4.35", "123456789012345678901234567890", "-0", "1e+05", "NaN ", "1 .5", "1E5", "00012", "9" * 400]
    for s in floats:
        rows.append(("float", esc(s), "", outcome(lambda: float(s))))
    return rows


if __name__ == "__main__":
    write(PYFMT + "float_repr.tsv", float_repr_rows())
    write(PYFMT + "format_spec.tsv", format_rows())
    write(PYFMT + "round.tsv", round_rows())
    write("percent.tsv", percent_rows())
    write("parse.tsv", parse_rows())
    write("str_format.tsv", str_format_rows())
