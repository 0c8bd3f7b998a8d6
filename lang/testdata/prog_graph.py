# Graph algorithms: BFS, DFS, topological sort, Dijkstra with a hand-written heap.
edges = [("a", "b", 4), ("a", "c", 1), ("c", "b", 2), ("b", "d", 1), ("c", "d", 5), ("d", "e", 3)]
graph = {}
for u, v, w in edges:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, [])
assert sorted(graph) == ["a", "b", "c", "d", "e"]
def bfs(start):
    seen = [start]
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt, _ in graph[node]:
            if nxt not in seen:
                seen.append(nxt)
                queue.append(nxt)
    return seen
assert bfs("a") == ["a", "b", "c", "d", "e"]
assert bfs("d") == ["d", "e"]
def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nxt, _ in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen)
    return seen
assert dfs("a") == ["a", "b", "d", "e", "c"]
def topo():
    indeg = {n: 0 for n in graph}
    for u in graph:
        for v, _ in graph[u]:
            indeg[v] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for v, _ in graph[n]:
            indeg[v] -= 1
            if indeg[v] == 0:
                ready.append(v)
                ready.sort()
    return order
assert topo() == ["a", "c", "b", "d", "e"]
class Heap:
    def __init__(self):
        self.items = []
    def push(self, item):
        self.items.append(item)
        i = len(self.items) - 1
        while i > 0:
            p = (i - 1) // 2
            if self.items[i] < self.items[p]:
                self.items[i], self.items[p] = self.items[p], self.items[i]
                i = p
            else:
                break
    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last
        top, items[0] = items[0], last
        i = 0
        while True:
            l, r = 2 * i + 1, 2 * i + 2
            small = i
            if l < len(items) and items[l] < items[small]:
                small = l
            if r < len(items) and items[r] < items[small]:
                small = r
            if small == i:
                return top
            items[i], items[small] = items[small], items[i]
            i = small
    def __len__(self):
        return len(self.items)
h = Heap()
for v in [5, 3, 8, 1, 9, 2, 7]:
    h.push(v)
assert [h.pop() for _ in range(len(h))] == [1, 2, 3, 5, 7, 8, 9]
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    heap = Heap()
    heap.push((0, src))
    done = set()
    while heap:
        d, u = heap.pop()
        if u in done:
            continue
        done.add(u)
        for v, w in graph[u]:
            nd = d + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                heap.push((nd, v))
    return dist, prev
dist, prev = dijkstra("a")
assert dist == {"a": 0, "b": 3, "c": 1, "d": 4, "e": 7}
def path(to):
    out = [to]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]
assert path("e") == ["a", "c", "b", "d", "e"]
# connected components of an undirected graph with union-find
parent = {}
def find(x):
    parent.setdefault(x, x)
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
def union(a, b):
    ra, rb = find(a), find(b)
    if ra != rb:
        parent[ra] = rb
for a, b in [(1, 2), (3, 4), (2, 5), (6, 6), (4, 7)]:
    union(a, b)
groups = {}
for x in list(parent):
    groups.setdefault(find(x), []).append(x)
comps = sorted(sorted(g) for g in groups.values())
assert comps == [[1, 2, 5], [3, 4, 7], [6]]
print(bfs("a"), dfs("a"), topo(), dist, path("e"), comps)
