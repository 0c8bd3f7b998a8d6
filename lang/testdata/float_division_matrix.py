# Float floor division, modulo, divmod and rounding signs: the printed table must match CPython's.
vals = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 7.0, -7.0, 1e300, -1e-300, float("inf"), float("-inf"), float("nan")]
for a in vals:
    row = []
    for b in [1.0, -1.0, 2.5, -3.0, float("inf"), float("-inf")]:
        try:
            row.append("%r,%r,%r" % (a // b, a % b, divmod(a, b)))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(a), " | ".join(row))
for a in [0, -1, 7, -7, 2**70]:
    print([repr(x) for x in (a / 3, a // 3.0, a % 3.0, a ** 0.5 if a >= 0 else 0, float(a) ** 2)])
print(round(-0.0), round(-0.4), round(0.5000000000000001), round(1e300), round(-2.5, 0), round(2.55, 1), round(1.005, 2))
print(pow(-2.0, 0.5) if False else 0, pow(0.0, 0.0), pow(-1.0, float("inf")), pow(2.0, -1075), 10.0 ** 308 * 10 if False else 0)
print(abs(-0.0), -(0.0), +(-0.0), 0.0 == -0.0, str(-0.0 + 0.0), str(-0.0 - 0.0), str(-0.0 * 1))
assert str(-0.0 // 1.0) == "-0.0" and str(0.0 % -1.0) == "-0.0" and str(-0.0 % 1.0) == "0.0"
assert (-7.0) // float("inf") == -1.0 and 7.0 % float("-inf") == float("-inf")
assert divmod(-2.5, 1.0) == (-3.0, 0.5)
assert round(2.55, 1) == 2.5 and round(1.005, 2) == 1.0 and str(round(-0.4)) == "0"
