# Registration errors surface at the registering line; task arguments
# must be transferable.
import scriptling.runtime as runtime


def handler(x):
    return x


class Thing:
    pass


cases = [
    lambda: runtime.background("t", handler, Thing()),
    lambda: runtime.background("t", handler, key=lambda: 1),
    lambda: runtime.background("t", "no_such_function"),
    lambda: runtime.background("t", "lib.tasks.missing"),
    lambda: runtime.background("t", "nosuchmodule.f"),
    lambda: runtime.background("t", lambda: 1),
    lambda: runtime.background("t", 42),
    lambda: runtime.background("", handler),
    lambda: runtime.background("t"),
]
for case in cases:
    try:
        case()
        print("registered?")
    except Exception as e:
        print(type(e).__name__ + ":", e)
