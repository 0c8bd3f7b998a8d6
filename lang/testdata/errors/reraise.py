def inner():
    raise KeyError("k")

def outer():
    try:
        inner()
    except KeyError:
        print("logging and re-raising")
        raise

outer()
