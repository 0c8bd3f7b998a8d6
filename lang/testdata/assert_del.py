# assert statements and del of names, items, slices, attributes.
assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    msg = str(e)
assert msg == "one is not two"
try:
    assert False, f"value was {41 + 1}"
except AssertionError as e:
    assert e.args == ("value was 42",)
try:
    assert len([]) > 0
except AssertionError as e:
    assert str(e) == ""
# assert with a tuple is always true (and CPython warns); use parentheses carefully
x = 5
assert (x > 1), "parenthesised condition"
# del of names
v = 1
del v
try:
    v
    assert False
except NameError as e:
    assert str(e) == "name 'v' is not defined"
a, b, c = 1, 2, 3
del a, b
assert c == 3
try:
    del undefined_name_zz
    assert False
except NameError as e:
    assert str(e) == "name 'undefined_name_zz' is not defined"
def local_del():
    t = 1
    del t
    try:
        return t
    except UnboundLocalError as e:
        return str(e)
assert local_del() == "cannot access local variable 't' where it is not associated with a value"
def del_twice():
    t = 1
    del t
    try:
        del t
    except UnboundLocalError as e:
        return str(e)
assert del_twice() == "cannot access local variable 't' where it is not associated with a value"
# del of items and slices
lst = list(range(6))
del lst[0]
del lst[-1]
assert lst == [1, 2, 3, 4]
del lst[1:3]
assert lst == [1, 4]
try:
    del lst[5]
    assert False
except IndexError as e:
    assert str(e) == "list assignment index out of range"
d = {"a": 1, "b": 2, (1, 2): 3}
del d["a"], d[(1, 2)]
assert d == {"b": 2}
try:
    del d["zz"]
    assert False
except KeyError as e:
    assert str(e) == "'zz'"
nested = {"x": [1, 2, {"y": 3}]}
del nested["x"][2]["y"]
assert nested == {"x": [1, 2, {}]}
# del of attributes
class Obj:
    cls_attr = "c"
o = Obj()
o.attr = 1
del o.attr
assert not hasattr(o, "attr")
try:
    del o.cls_attr
    assert False
except AttributeError as e:
    assert str(e) == "'Obj' object has no attribute 'cls_attr'"
del Obj.cls_attr
assert not hasattr(Obj, "cls_attr")
# del in a loop target list
items = [[1, 2], [3, 4]]
for row in items:
    del row[0]
assert items == [[2], [4]]
# del with parentheses and lists of targets
p, q = 1, 2
del (p, q)
r, s = 3, 4
del [r, s]
try:
    p
    assert False
except NameError:
    pass
# del of a global from a function
g = 1
def drop_global():
    global g
    del g
drop_global()
assert "g" not in dir()
print(msg, local_del(), lst, d, nested, items)
