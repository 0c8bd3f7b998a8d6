def f():
    try:
        raise ValueError(1)
    finally:
        print("cleanup")

f()
