# Lexical structure: comments, semicolons, blocks, brackets, keywords after dots.
x = 1; y = 2; z = x + y  # three statements on one line
assert z == 3
print("z", z)

# if with a simple-statement body: both statements belong to the body
count = 0
flag = False
if flag: count += 1; count += 10
assert count == 0
flag = True
if flag: count += 1; count += 10
assert count == 11

def f(a): b = a * 2; return b
assert f(4) == 8

for i in range(3): count += i; count += 100
assert count == 11 + 3 + 300

# newlines inside brackets are ignored
total = (1 +
         2 +
    3)
assert total == 6
items = [
    1,
    2,
    3,  # trailing comma
]
assert items == [1, 2, 3]
d = {
    "a": 1,
        "b": 2,
}
assert d == {"a": 1, "b": 2}

def g(
    a,
    b,
):
    return a - b

assert g(
    10,
    3,
) == 7

# tabs indent too
if True:
	t = "tab"
	assert t == "tab"

# blank lines and comment-only lines inside a block

if True:

    # comment

    u = 5

    assert u == 5

# docstrings are plain expression statements
def doc():
    """A docstring."""
    return 1
assert doc() == 1
assert doc.__doc__ == "A docstring."

# keywords and soft keywords as attribute names / identifiers
class NS:
    pass
ns = NS()
setattr(ns, "class", 5)
assert getattr(ns, "class") == 5
match = 3
case = 4
assert match + case == 7
print("match/case as names:", match, case)

# not in / is not
assert 3 not in [1, 2]
one = 1
assert (one is not None) == True
print("done")
