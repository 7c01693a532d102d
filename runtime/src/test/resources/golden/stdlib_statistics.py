# statistics, compared with CPython: mean, fmean, median (low, high), mode, variance, pvariance,
# stdev and pstdev over floats, ints (whole results stay ints), ranges, generators, huge and
# infinite values, the StatisticsError texts for too little data, and TypeErrors for strings.
# Output from CPython 3.11.7.
import statistics as st
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__module__ + "." + type(e).__name__ if type(e).__module__ != "builtins" else type(e).__name__, e)
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
for f in ["mean", "fmean", "median", "median_low", "median_high", "mode", "variance", "pvariance", "stdev", "pstdev"]:
    for d in [data, [1, 2, 3, 4], [1, 2, 3], [1, 3], [0.1, 0.2, 0.3], [1, 2.5], range(10), [5], [], [True, False, True], (x * 0.37 for x in range(7)), [1e308, 1e308], [1.0, float("inf")], ["a", "b"]]:
        attempt("%s(%r)" % (f, d if not hasattr(d, "send") else "gen"), lambda: getattr(st, f)(d))
print(issubclass(st.StatisticsError, ValueError), st.mode(["a", "b", "b", "a"]), st.median([3, 1, 2]), st.median(["b", "a", "c"]))
losses = [1.0 / (k + 1) + 0.001 * k for k in range(1000)]
print(st.mean(losses), st.fmean(losses), st.median(losses), st.variance(losses), st.stdev(losses), st.pstdev(losses))
print(st.mean([10**30, 1, 2]), st.variance([10**20, 3, 5]), st.pvariance([0.1] * 7), st.stdev([0.3, 0.1, 0.2] * 5))
try:
    st.mean([])
except ValueError as e:
    print(type(e).__name__, e)
