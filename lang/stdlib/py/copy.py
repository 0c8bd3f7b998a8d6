"""Shallow and deep copy operations: copy(x), deepcopy(x, memo=None).

Classes may define __copy__(self) and __deepcopy__(self, memo), or
__getstate__/__setstate__; other instances are copied attribute by
attribute without calling __init__."""

import _collections

_deque = _collections.deque


class Error(Exception):
    pass


error = Error


def _f():
    pass


_atomic = {type(None), int, float, bool, str, bytes, type, range, type(len), type(_f),
           type(lambda: 0), frozenset, slice, type(NotImplemented), type(Ellipsis)}


def copy(x):
    """Shallow copy operation on arbitrary objects."""
    cls = type(x)
    if cls in _atomic or cls is tuple:
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set:
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if cls is _deque:
        return x.copy()
    if isinstance(x, BaseException):
        y = cls(*x.args)
        for k, v in x.__dict__.items():
            object.__setattr__(y, k, v)
        return y
    return _reconstruct(x, False, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple may have been copied while copying its items (a cycle).
        if d in memo:
            return memo[d]
        same = True
        for k, j in zip(x, items):
            if k is not j:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is _deque:
        y = _deque(maxlen=x.maxlen)
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        elif isinstance(x, BaseException):
            y = cls(*deepcopy(x.args, memo))
            memo[d] = y
            for k, v in x.__dict__.items():
                object.__setattr__(y, k, deepcopy(v, memo))
        else:
            y = _reconstruct(x, True, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, deep, memo):
    cls = type(x)
    try:
        y = object.__new__(cls)
    except TypeError:
        raise Error("un%scopyable object of type %s" % ("deep" if deep else "(shallow)", cls.__name__))
    if deep:
        memo[id(x)] = y
    getstate = getattr(x, "__getstate__", None)
    state = getstate() if getstate is not None else x.__dict__
    if deep:
        state = deepcopy(state, memo)
    setstate = getattr(y, "__setstate__", None)
    if setstate is not None:
        setstate(state)
    elif state:
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
            if slotstate:
                for k, v in slotstate.items():
                    object.__setattr__(y, k, v)
        if state:
            for k, v in state.items():
                object.__setattr__(y, k, v)
    return y
