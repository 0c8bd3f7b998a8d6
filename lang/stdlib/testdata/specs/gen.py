"""Generate an assert-based test script from a spec.

Spec lines:
  # ...            comment (copied)
  = code           setup code (copied and executed)
  ! Exc: expr      expr must raise Exc; assert its message
  expr             assert expr == <value computed by CPython>
"""
import os
import sys
src, dst = sys.argv[1], sys.argv[2]
g = {}
out = []
# The scripts import inf and raises from checks.py next to them.
helper = "from checks import inf, raises\n"
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "checks.py"), encoding="utf-8") as f:
    exec(f.read(), g)
first = True
lines = [l.rstrip("\n") for l in open(src, encoding="utf-8")]
merged = []
for l in lines:
    if l.startswith("=+") and merged and merged[-1].startswith("= "):
        merged[-1] += "\n" + l[2:]
    else:
        merged.append(l)
for line in merged:
    if not line.strip():
        out.append("")
        continue
    if line.startswith("#"):
        out.append(line)
        continue
    if line.startswith("= "):
        code = line[2:]
        exec(code, g)
        out.append(code)
        if first and code.startswith("import"):
            pass
        continue
    if line.startswith("=+"):  # continuation of a multi-line setup block
        out.append(line[2:])
        continue
    if line.startswith("! "):
        exc, expr = line[2:].split(":", 1)
        expr = expr.strip()
        try:
            eval(expr, g)
        except Exception as e:
            if type(e).__name__ != exc.strip() and not isinstance(e, eval(exc.strip(), g)):
                raise SystemExit("%s raised %s not %s" % (expr, type(e).__name__, exc))
            out.append("assert raises(%s, lambda: %s) == %r" % (exc.strip(), expr, str(e)))
            continue
        raise SystemExit("no exception: " + expr)
    expr = line
    try:
        v = eval(expr, g)
    except Exception as e:
        raise SystemExit("%s: %r" % (expr, e))
    r = repr(v)
    try:
        ok = eval(r, g) == v
    except Exception:
        ok = False
    if not ok:
        out.append("assert repr(%s) == %r, %r" % (expr, r, expr))
        continue
    out.append("assert (%s) == %s, %r" % (expr, r, expr))
with open(dst, "w", encoding="utf-8") as f:
    f.write(helper + "\n" + "\n".join(out) + "\nprint('ok')\n")
