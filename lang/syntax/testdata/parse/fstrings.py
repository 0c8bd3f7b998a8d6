f"plain"
f"a{x}b"
f"{x!r} {x!s} {x!a}"
f"{x=}"
f"{ x = }"
f"{x=!s}"
f"{x=:>10}"
f"{x:>{width}.{prec}f}"
f"{x:{'>' if a else '<'}10}"
f"{a[1:2]} {d['k']} {a != b} {(lambda y: y)(1)} {'{'}"
f"{{literal}} {x}"
f'{a, b}'
f"{*a,}"
"plain " f"{x}" " tail"
f"{x}" f"{y}"
rf"\d{x}"
f"\t{x}\n"
f'''
{x
 + 1}
'''
f"{x:}"
f"{3.14:.2f}"
# Python 3.12: same quotes nested
f"{x["key"]}"
f"{f"{x}"}"
