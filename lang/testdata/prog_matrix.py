# A Matrix class with operator overloading, built on lists of lists.
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __add__(self, o):
        if self.shape != o.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {o.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __sub__(self, o):
        return self + (-o)
    def __neg__(self):
        return self * -1
    def __mul__(self, k):
        if isinstance(k, Matrix):
            return self @ k
        return Matrix([[v * k for v in r] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, o):
        (n, m), (m2, p) = self.shape, o.shape
        if m != m2:
            raise ValueError("cannot multiply")
        return Matrix([[sum(self.rows[i][k] * o.rows[k][j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __pow__(self, e):
        result = Matrix.identity(self.shape[0])
        base = self
        while e:
            if e & 1:
                result = result @ base
            base = base @ base
            e >>= 1
        return result
    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])
    def det(self):
        n, m = self.shape
        if n != m:
            raise ValueError("square matrix required")
        if n == 1:
            return self.rows[0][0]
        total = 0
        for j in range(n):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]) if n > 1 else None
            total += (-1) ** j * self.rows[0][j] * minor.det()
        return total
    def __iter__(self):
        return iter(self.rows)
    def __len__(self):
        return len(self.rows)
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __str__(self):
        width = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join(" ".join(str(v).rjust(width) for v in r) for r in self.rows)
a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
assert a.shape == (2, 2)
assert a + b == Matrix([[1, 3], [4, 4]])
assert a - a == Matrix.zeros(2, 2)
assert 2 * a == a * 2 == Matrix([[2, 4], [6, 8]])
assert a @ b == Matrix([[2, 1], [4, 3]])
assert a * b == a @ b
assert a @ Matrix.identity(2) == a
assert a.transpose() == Matrix([[1, 3], [2, 4]])
assert a.det() == -2
assert Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 2]]).det() == 6
fib = Matrix([[1, 1], [1, 0]]) ** 30
assert fib[0, 1] == 832040
big = Matrix([[1, 1], [1, 0]]) ** 200
assert big[0, 1] == 280571172992510140037611932413038677189525
a[0, 0] = 10
assert a[0, 0] == 10 and a.rows[0] == [10, 2]
assert len(a) == 2 and [r for r in a] == [[10, 2], [3, 4]]
assert -Matrix([[1]]) == Matrix([[-1]])
assert repr(b) == "Matrix([[0, 1], [1, 0]])"
assert str(Matrix([[1, 10], [100, 2]])) == "  1  10\n100   2"
try:
    Matrix([[1, 2], [3]])
    assert False
except ValueError as e:
    assert str(e) == "rows must be non-empty and of equal length"
try:
    a + Matrix([[1, 2, 3], [4, 5, 6]])
    assert False
except ValueError as e:
    assert str(e) == "shape mismatch (2, 2) vs (2, 3)"
try:
    Matrix([[1, 2]]) @ Matrix([[1, 2]])
    assert False
except ValueError as e:
    assert str(e) == "cannot multiply"
assert a != b and a != "a"
print(a)
print(repr(a @ b), fib[0, 1], Matrix.identity(3))
