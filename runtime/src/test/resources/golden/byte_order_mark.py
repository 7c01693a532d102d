# A script saved with a UTF-8 byte order mark, as some editors write it: CPython reads it as if
# the mark were not there. Output from CPython 3.11.7.
print("first line runs")
