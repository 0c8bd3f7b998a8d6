def check(v):
    assert v > 0, f"expected a positive value, got {v}"

check(5)
check(-2)
