class Resource:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("closing after", exc_type.__name__)
        return False


with Resource():
    raise ValueError("inside with")
