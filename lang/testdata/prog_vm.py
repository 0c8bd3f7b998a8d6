# A tiny stack machine: instructions dispatched with match, errors as exceptions.
class VMError(Exception):
    pass
def run(program, trace=None):
    stack, pc, vars_, out = [], 0, {}, []
    steps = 0
    while pc < len(program):
        steps += 1
        if steps > 10000:
            raise VMError("too many steps")
        instr = program[pc]
        pc += 1
        match instr:
            case ("push", value):
                stack.append(value)
            case ("pop",):
                stack.pop()
            case (("add" | "sub" | "mul" | "div" | "lt") as op,):
                b, a = stack.pop(), stack.pop()
                match op:
                    case "add":
                        stack.append(a + b)
                    case "sub":
                        stack.append(a - b)
                    case "mul":
                        stack.append(a * b)
                    case "div":
                        if b == 0:
                            raise VMError(f"division by zero at {pc - 1}")
                        stack.append(a // b)
                    case "lt":
                        stack.append(a < b)
            case ("store", name):
                vars_[name] = stack.pop()
            case ("load", name):
                if name not in vars_:
                    raise VMError(f"unknown variable {name}")
                stack.append(vars_[name])
            case ("jump", target):
                pc = target
            case ("jump_if_false", target):
                if not stack.pop():
                    pc = target
            case ("print",):
                out.append(stack.pop())
            case ("dup",):
                stack.append(stack[-1])
            case _:
                raise VMError(f"bad instruction {instr!r}")
        if trace is not None:
            trace.append((pc, list(stack)))
    return out, vars_
# sum 1..10
prog = [
    ("push", 0), ("store", "total"),
    ("push", 1), ("store", "i"),
    ("load", "i"), ("push", 11), ("lt",), ("jump_if_false", 17),
    ("load", "total"), ("load", "i"), ("add",), ("store", "total"),
    ("load", "i"), ("push", 1), ("add",), ("store", "i"),
    ("jump", 4),
    ("load", "total"), ("print",),
]
out, env = run(prog)
assert out == [55] and env == {"total": 55, "i": 11}
# factorial 20 with big ints
fact = [
    ("push", 1), ("store", "acc"), ("push", 25), ("store", "n"),
    ("push", 0), ("load", "n"), ("lt",), ("jump_if_false", 19),
    ("load", "acc"), ("load", "n"), ("mul",), ("store", "acc"),
    ("load", "n"), ("push", 1), ("sub",), ("store", "n"),
    ("jump", 4), ("pop",), ("pop",),
    ("load", "acc"), ("print",),
]
out, _ = run(fact)
assert out == [15511210043330985984000000]
t = []
run([("push", 2), ("dup",), ("mul",), ("print",)], t)
assert t == [(1, [2]), (2, [2, 2]), (3, [4]), (4, [])]
for bad, msg in [
    ([("push", 1), ("push", 0), ("div",)], "division by zero at 2"),
    ([("load", "x")], "unknown variable x"),
    ([("nop",)], "bad instruction ('nop',)"),
    ([("jump", 0)], "too many steps"),
]:
    try:
        run(bad)
        assert False
    except VMError as e:
        assert str(e) == msg, str(e)
try:
    run([("add",)])
    assert False
except IndexError as e:
    assert str(e) == "pop from empty list"
print(run(prog)[0], run(fact)[0], t)
