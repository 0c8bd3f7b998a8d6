"""MessagePack serialization: packb/unpackb (also dumps/loads), and
pack/unpack, which take a stream as in the msgpack package or, as in
Scriptling, work on bytes directly."""

import _msgpack
from collections import namedtuple


class UnpackException(Exception):
    pass


class BufferFull(UnpackException):
    pass


class OutOfData(UnpackException):
    pass


class FormatError(ValueError, UnpackException):
    pass


class StackError(ValueError, UnpackException):
    pass


UnpackValueError = ValueError


class ExtraData(UnpackValueError):
    def __init__(self, unpacked=None, extra=None):
        ValueError.__init__(self, "unpack(b) received extra data.")
        self.unpacked = unpacked
        self.extra = extra


PackException = Exception
PackValueError = ValueError
PackOverflowError = OverflowError


class ExtType(namedtuple("ExtType", "code data")):
    """ExtType represents ext type in msgpack."""

    def __new__(cls, code, data):
        if not isinstance(code, int):
            raise TypeError("code must be int")
        if not isinstance(data, bytes):
            raise TypeError("data must be bytes")
        if not 0 <= code <= 127 and not -128 <= code < 0:
            raise ValueError("code must be 0~127")
        return super().__new__(cls, code, data)


ExtType.__module__ = "msgpack"

_msgpack.init({"ExtType": ExtType, "ExtraData": ExtraData, "FormatError": FormatError,
               "StackError": StackError, "PackOverflowError": OverflowError})

version = (1, 0, 7)


def packb(o, **kwargs):
    """Pack o and return the bytes."""
    return _msgpack.packb(o, **kwargs)


def unpackb(packed, **kwargs):
    """Unpack an object from bytes."""
    return _msgpack.unpackb(packed, **kwargs)


def pack(o, stream=None, **kwargs):
    """Pack o and write it to stream; without a stream, return the bytes."""
    data = _msgpack.packb(o, **kwargs)
    if stream is None:
        return data
    stream.write(data)


def unpack(stream, **kwargs):
    """Unpack an object from a stream (anything with read()) or bytes."""
    if isinstance(stream, bytes):
        return _msgpack.unpackb(stream, **kwargs)
    return _msgpack.unpackb(stream.read(), **kwargs)


dumps = packb
loads = unpackb
dump = pack
load = unpack
