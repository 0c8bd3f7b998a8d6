"""Abstract base classes: ABC, abstractmethod. Instantiating a subclass of
ABC that still has abstract methods raises TypeError. ABCMeta is type
(metaclass=ABCMeta is accepted but does not enforce anything)."""

ABCMeta = type


def abstractmethod(funcobj):
    """Marks a method as abstract."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def _isabstract(v):
    if getattr(v, "__isabstractmethod__", False):
        return True
    if isinstance(v, property):
        return getattr(v.fget, "__isabstractmethod__", False)
    return False


_cache = {}


def _abstracts(cls):
    names = _cache.get(cls)
    if names is None:
        seen = set()
        found = []
        for c in cls.__mro__:
            if c is object:
                continue
            for name in c.__dict__:
                if name in seen:
                    continue
                seen.add(name)
                if _isabstract(c.__dict__[name]):
                    found.append(name)
        names = sorted(found)
        _cache[cls] = names
    return names


class ABC:
    """Helper base class: subclasses with abstract methods cannot be
    instantiated."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        names = _abstracts(cls)
        if names:
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, "s" if len(names) > 1 else "", ", ".join(names)))
        return object.__new__(cls)


def get_cache_token():
    return 0


def update_abstractmethods(cls):
    _cache.pop(cls, None)
    return cls
