# A single huge allocation fails cleanly with MemoryError.
try:
    s = "a" * 10**10
except MemoryError as e:
    print("MemoryError caught:", e)
else:
    raise AssertionError("expected MemoryError")
