import a
import a.b.c as d, e
from m import x
from .m import (x, y as z,)
from .. import p
from ...pkg.mod import q
from m import *
if a:
    pass
elif b:
    pass
else:
    pass
if x: a; b
while c:
    break
else:
    continue_ = 1
for i in range(10):
    if i: continue
else:
    pass
for i, (a, b) in x: pass
for *a, b in c: pass
try:
    pass
except ValueError as e:
    raise
except (TypeError, KeyError):
    raise ValueError("x") from e
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
with open(f) as g, lock:
    pass
with (open(f) as g, lock as (a, b),):
    pass
with (a, b):
    pass
with (a) as b:
    pass
assert x
assert x, "msg"
del a, b.c, d[0], (e, f)
del [g]
global q, r
x = yield_ = 1
a = \
    1
class C: pass
