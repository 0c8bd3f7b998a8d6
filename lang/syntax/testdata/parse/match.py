match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case ["drop", *objects]:
        pass
    case _:
        pass
match point:
    case Point(x=0, y=0):
        pass
    case Point(0, y=yy) if yy > 0:
        pass
    case Point(x, y) as p:
        pass
    case (1, 2) | (3, *_):
        pass
    case 0 | -1 | 1.5 | -2.5 | "s" | b"b" | None | True | False:
        pass
    case Color.RED | mod.Color.GREEN:
        pass
    case {"a": 1, "b": [x, y], **rest}:
        pass
    case {1: _, -2: _, None: _, Color.RED: v}:
        pass
    case {}:
        pass
    case []:
        pass
    case ():
        pass
    case (x) if x:
        pass
    case a, *b:
        pass
    case int() | str(x):
        pass
    case other:
        pass
match a, b:
    case 1, 2: pass
match = 1
match.x = 2
match(1)
match[0]
case = 3
_ = match
