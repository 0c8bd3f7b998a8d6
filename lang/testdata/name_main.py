# __name__ in the entry script and in modules; the main-guard idiom.
import pkg.helpers as h
assert __name__ == "__main__"
assert h.__name__ == "pkg.helpers"
assert h.module_name() == "pkg.helpers"
ran = []
def main():
    ran.append("main")
    return 0
if __name__ == "__main__":
    main()
assert ran == ["main"]
def who():
    return __name__
assert who() == "__main__"
class C:
    def where(self):
        return __name__
assert C().where() == "__main__"
assert C.__module__ == "__main__"
assert who.__module__ == "__main__"
assert h.Greeter.__module__ == "pkg.helpers"
assert h.double.__module__ == "pkg.helpers"
assert repr(h.Greeter) == "<class 'pkg.helpers.Greeter'>"
print(__name__, h.__name__, ran, C.__module__, h.Greeter.__module__)
