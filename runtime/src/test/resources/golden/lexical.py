# comments, continuation lines, literals, unicode
x = 1_000_000 + 0x1F + 0o17 + 0b101 \
    + 2
print(x, 1e-3, 1E5, 2.5e+3, .5, 5., 10 ** 20)
total = (1 +
         2 +   # comment inside brackets
         3)
print(total)
s = 'single' "double" '''triple
quoted''' """another"""
print(s)
print('it\'s', "say \"hi\"", 'tab\tend', 'nl\\n', r'raw\n', '\x41\u00e9\101')
größe = 3
π = 3.14159
print(größe, π, "héllo wörld ✓", len("héllo"))
print("""
multi
""".strip())
if True:
    pass  # indented block

    # blank and comment lines inside a block are fine
    y = 2
print(y)
