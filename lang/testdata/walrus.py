# Assignment expressions (:=).
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    msg = f"long list ({n} items)"
assert msg == "long list (5 items)" and n == 5
lines = ["a", "bb", "", "ccc"]
it = iter(lines)
collected = []
while (line := next(it)) != "":
    collected.append(line)
assert collected == ["a", "bb"] and line == ""
values = [y for x in data if (y := x * 10) > 30]
assert values == [80, 90, 40] and y == 40
def f(v):
    return v * 2
results = [r for v in range(5) if (r := f(v)) % 4 == 0]
assert results == [0, 4, 8]
assert (z := 5) == 5 and z == 5
total = 0
if (total := total + 10) and (total := total * 2):
    pass
assert total == 20
def inner():
    if (local := 3) > 2:
        return local
assert inner() == 3
# walrus inside a function body binds a local, not a global
x = "global"
def shadow():
    (x := "local")
    return x
assert shadow() == "local" and x == "global"
# in comprehensions inside functions, the target binds in the function
def last_even(items):
    [last := v for v in items if v % 2 == 0]
    return last
assert last_even([1, 2, 3, 4, 5]) == 4
# chained use
if (a := 1) and (b := a + 1) and (c := b + 1):
    assert (a, b, c) == (1, 2, 3)
# in lambda and while condition with a counter
count = 0
while (count := count + 1) < 5:
    pass
assert count == 5
g = lambda v: (w := v + 1) * w
assert g(2) == 9
print(msg, collected, values, results, total, shadow(), last_even([2, 8, 3]), count)
