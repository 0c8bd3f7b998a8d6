# int() and float() parsing of many literals, with CPython's error messages.
cases = ["0", "-0", "+5", " 7 ", "1_000", "1__0", "_1", "1_", "0x1f", "0b12", "0o8", "08", "00", "1e3", "1.5", "", " ", "٣", "0X_ff", "12a", "-", "+-1", "1 2", "\t42\n", "9" * 30]
for c in cases:
    for base in (10, 0, 16):
        try:
            r = int(c, base)
        except ValueError as e:
            r = "VE:" + str(e)
        print(repr(c), base, r)
fl = ["1.5", "  -2.5e-3 ", "inf", "-Infinity", "nan", "NaN", "1_000.5", "1__0.5", "1e", ".", "1.", ".5e1", "0x10", "1e309", "-1e-400", "+.5", "1.5.5", "e5", "1e+5", "١.٥"]
for c in fl:
    try:
        r = float(c)
    except ValueError as e:
        r = "VE:" + str(e)
    print(repr(c), r)
assert int("+-1" if False else "-1") == -1
for bad in ["+-1", "1__0", "_1", "0b12"]:
    try:
        int(bad, 0)
        assert False, bad
    except ValueError as e:
        assert str(e) == "invalid literal for int() with base 0: " + repr(bad)
assert int("٣٤") == 34 and float("١.٥") == 1.5
assert int("0x_1f", 0) == 31 and int("0b_101", 0) == 5
