# Conway's Game of Life on a set of live cells.
def neighbours(cell):
    x, y = cell
    return {(x + dx, y + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if (dx, dy) != (0, 0)}
def step(live):
    candidates = live | {n for c in live for n in neighbours(c)}
    new = set()
    for c in candidates:
        n = len(neighbours(c) & live)
        if n == 3 or (n == 2 and c in live):
            new.add(c)
    return new
def render(live, w, h):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(w)) for y in range(h))
blinker = {(1, 0), (1, 1), (1, 2)}
b1 = step(blinker)
assert b1 == {(0, 1), (1, 1), (2, 1)}
assert step(b1) == blinker
block = {(0, 0), (0, 1), (1, 0), (1, 1)}
assert step(block) == block
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
g = glider
for _ in range(4):
    g = step(g)
assert g == {(x + 1, y + 1) for x, y in glider}
assert len(neighbours((0, 0))) == 8
assert render(blinker, 3, 3) == ".#.\n.#.\n.#."
assert render(b1, 3, 3) == "...\n###\n..."
# R-pentomino grows, check population over some generations
r = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}
pops = []
for _ in range(30):
    pops.append(len(r))
    r = step(r)
assert pops[:6] == [5, 6, 7, 9, 8, 9]
assert max(pops) > 20
# bounding box of a pattern
def bbox(cells):
    xs = [x for x, _ in cells]
    ys = [y for _, y in cells]
    return min(xs), min(ys), max(xs), max(ys)
assert bbox(glider) == (0, 0, 2, 2)
assert bbox(g) == (1, 1, 3, 3)
# empty world stays empty
assert step(set()) == set()
print(render(glider, 4, 4))
print(render(g, 5, 5))
print(pops)
