def risky():
    try:
        raise ValueError("original")
    except ValueError as e:
        print("handling", e)
        raise TypeError("while handling")

risky()
