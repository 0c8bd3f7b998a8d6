# Tests for statistics: each assert's expected value is what CPython 3.11 gives.
import statistics as st
from statistics import mean, fmean, geometric_mean, harmonic_mean, median, median_low, median_high, median_grouped, mode, multimode, quantiles, variance, pvariance, stdev, pstdev, StatisticsError
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
assert (mean([1, 2, 3, 4, 4])) == 2.8
assert (mean([1, 2])) == 1.5
assert (mean([1, 2, 3])) == 2
assert (mean(data)) == 1.6071428571428572
assert (mean([0.1, 0.2, 0.3])) == 0.2
assert (mean([True, False, True, True])) == 0.75
assert (mean([10 ** 20, 3])) == 5e+19
assert (mean(iter([5, 6]))) == 5.5
assert (mean([-1.5, 2.5])) == 0.5
assert (fmean([3.5, 4.0, 5.25])) == 4.25
assert (fmean([1, 2, 3])) == 2.0
assert (fmean([1, 2, 3], weights=[1, 1, 2])) == 2.25
assert (fmean(x for x in [1.5, 2.5])) == 2.0
assert (geometric_mean([54, 24, 36])) == 36.000000000000014
assert (geometric_mean([1, 10, 100])) == 10.000000000000002
assert (harmonic_mean([40, 60])) == 48.0
assert (harmonic_mean([2.5, 3, 10])) == 3.6
assert (harmonic_mean([5])) == 5
assert (harmonic_mean([1, 0, 3])) == 0
assert (harmonic_mean([40, 60], weights=[5, 30])) == 56.0
assert (median([1, 3, 5])) == 3
assert (median([1, 3, 5, 7])) == 4.0
assert (median([5, 1, 3])) == 3
assert (median([1.5, 2.5])) == 2.0
assert (median_low([1, 3, 5, 7])) == 3
assert (median_high([1, 3, 5, 7])) == 5
assert (median_low(['a', 'c', 'b'])) == 'b'
assert (median_grouped([52, 52, 53, 54])) == 52.5
assert (median_grouped([1, 3, 3, 5, 7], interval=2)) == 3.5
assert (mode([1, 1, 2, 3, 3, 3, 3, 4])) == 3
assert (mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red'])) == 'red'
assert (mode([1, 2])) == 1
assert (multimode('aabbbbccddddeeffffgg')) == ['b', 'd', 'f']
assert (multimode([])) == []
assert (multimode([3, 1, 3, 1])) == [3, 1]
assert (variance(data)) == 1.3720238095238095
assert (variance([1, 2, 3, 4])) == 1.6666666666666667
assert (variance([2, 4, 4, 4, 5, 5, 7, 9])) == 4.571428571428571
assert (variance([1.5, 10 ** 18])) == 5e+35
assert (variance(data, mean(data))) == 1.3720238095238095
assert (pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25])) == 1.25
assert (pvariance([1, 2, 3, 4])) == 1.25
assert (pvariance([1, 2, 3], mu=2)) == 0.6666666666666666
assert (pvariance([5])) == 0
assert (stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])) == 1.0810874155219827
assert (stdev([1, 2, 3, 4, 5])) == 1.5811388300841898
assert (stdev([10 ** 20, 1, 2])) == 5.773502691896258e+19
assert (stdev([2, 2])) == 0.0
assert (pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])) == 0.986893273527251
assert (pstdev([2, 4, 4, 4, 5, 5, 7, 9])) == 2.0
assert (quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10)) == [81.0, 86.2, 89.0, 99.4, 102.5, 103.6, 106.0, 109.8, 111.0]
assert (quantiles([1, 2, 3, 4, 5])) == [1.5, 3.0, 4.5]
assert (quantiles([1, 2, 3, 4, 5], n=4, method='inclusive')) == [2.0, 3.0, 4.0]
assert (quantiles([1.0, 2.0], n=3)) == [1.0, 2.0]
assert (st.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3])) == 0.75
assert (st.correlation([1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 8, 7, 6, 5, 4, 3, 2, 1])) == -1.0
assert (st.correlation([1, 2, 3], [1, 3, 2])) == 0.5
assert (tuple(st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11]))) == (2.0, 1.0)
assert (st.linear_regression([1, 2, 3], [2, 4, 7]).slope) == 2.5
assert (st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True).intercept) == 0.0
assert (issubclass(StatisticsError, ValueError)) is True
for fn in (mean, median, mode, stdev, variance, pvariance, harmonic_mean, median_low, median_high, fmean):
    try:
        fn([])
        assert False
    except StatisticsError as e:
        print(fn.__name__, '->', e)
for bad in (lambda: stdev([1]), lambda: variance([2]), lambda: quantiles([1]), lambda: quantiles([1, 2], n=0),
            lambda: harmonic_mean([-1, 2]), lambda: geometric_mean([0, 1]), lambda: st.correlation([1, 1], [1, 2]),
            lambda: st.linear_regression([1, 1], [1, 2]), lambda: st.covariance([1], [1, 2])):
    try:
        bad()
        assert False
    except StatisticsError as e:
        print(e)
try:
    mean(['a', 'b'])
except TypeError as e:
    print(e)
print(mean([1, 2, 3, 4]), stdev([3, 4, 5]), variance([1.25, 3.5]))
