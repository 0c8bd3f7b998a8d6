# A matrix of values and format specs: the printed table must match CPython's.
vals = [0, 1, -1, 7, -42, 255, 123456789, 2**70, -(2**65), 0.0, -0.0, 1.5, -2.25, 3.14159265, 1e-7, 1e16, 123456.789, 2.5, 0.125, float("inf"), float("nan"), True, False]
specs = ["", "5", "<8", ">8", "^9", "*^9", "+", " ", "08", "+08", ",", "_", ",.2f", ".0f", ".3f", ".1e", ".3E", "g", ".3g", "#g", ".0%", "%", "x", "#X", "o", "#b", "010.3f", "=+10", "e", ".10g", "n", "015,.3f", "-^+12.2e", ".2"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError) as e:
            row.append("E:" + type(e).__name__)
    print(repr(v), "|".join(row))
vals = [0.5, 1.5, 2.5, 0.05, 0.15, 0.25, 9.999999e-5, 9.9999999e-5, 0.0001, 99999.95, 999999.5, 1e22, 1.23456789e-300, 5e-324, 1.7976931348623157e308, 123.456, -0.0001234, 1/3, 2/3, 100.0, 1e5, 1e6, 1234567.0]
specs = ["", ".0f", ".1f", ".2f", ".0e", ".1e", "g", ".1g", ".2g", ".6g", ".12g", ".17g", ".3%", "10.4", "e", "#.0e", "#.3g", ".0%", "+.1f"]
for v in vals:
    print(repr(v), str(v), "|".join(format(v, s) for s in specs))
pct = ["%f", "%.0f", "%.1f", "%e", "%.2e", "%g", "%.3g", "%#.3g", "%10.2f", "%-10.2e|", "%+g", "% g", "%G", "%E", "%#x", "%o", "%r", "%s", "%5s|", "%.1s"]
for v in [0.5, 2.5, 1e-5, 12345.678, -0.0, float("inf"), 1e16, 255]:
    print("|".join((p % v) if not (p in ("%#x", "%o") and isinstance(v, float)) else "-" for p in pct))
assert format(123456.789, "#g") == "123457."
assert format(1.0, "#.3g") == "1.00" and format(100.0, "#.1g") == "1.e+02"
assert format(float("inf"), "%") == "inf%" and format(float("nan"), ".1%") == "nan%"
assert format(float("inf"), "015,.3f") == "000000000000inf"
assert format(1.7976931348623157e308, ".0%") == "inf%"
assert format(-0.0, "z.1f") == "0.0" and format(-0.04, "z.1f") == "0.0"
assert format(0.125, ".2f") == "0.12" and format(0.375, ".2f") == "0.38"
assert format(2.5, ".0f") == "2" and format(3.5, ".0f") == "4"
assert format(1e16, "") == "1e+16" and format(1e16, ".1f") == "10000000000000000.0"
assert format(255, "#010x") == "0x000000ff" and format(-255, "#010x") == "-0x00000ff"
assert format(1234567, ",d") == "1,234,567" and format(1234567, "_x") == "12_d687"
# format spec errors, worded as CPython does
def spec_error(v, s):
    try:
        format(v, s)
    except (ValueError, TypeError, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)
assert spec_error(1, "abc") == "ValueError: Invalid format specifier 'abc' for object of type 'int'"
assert spec_error(1.5, "d") == "ValueError: Unknown format code 'd' for object of type 'float'"
assert spec_error("s", "d") == "ValueError: Unknown format code 'd' for object of type 'str'"
assert spec_error(True, "s") == "ValueError: Unknown format code 's' for object of type 'bool'"
assert spec_error(1, "z") == "ValueError: Negative zero coercion (z) not allowed in integer format specifier"
assert spec_error(1.5, ",_") == "ValueError: Cannot specify both ',' and '_'."
assert spec_error(1, "__") == "ValueError: Cannot specify '_' with '_'."
assert spec_error(1, "#c") == "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"
assert spec_error(-1, "c") == "OverflowError: %c arg not in range(0x110000)"
assert spec_error(1, ".2d") == "ValueError: Precision not allowed in integer format specifier"
assert spec_error("s", "+") == "ValueError: Sign not allowed in string format specifier"
assert spec_error([1], "5") == "TypeError: unsupported format string passed to list.__format__"
