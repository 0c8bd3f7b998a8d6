"""Logging for scripts: the commonly used part of Python's logging module.

Records go to sys.stderr (captured by the sandbox, and the host's log for
requests and tasks). Loggers form the usual dotted hierarchy under the
root logger; levels, formats with %(name)s-style fields, handlers writing
to a stream, and exception() with the traceback's last line are supported.
There is no file or network handler: scripts cannot reach either.
"""

import sys
import time

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {CRITICAL: "CRITICAL", ERROR: "ERROR", WARNING: "WARNING", INFO: "INFO", DEBUG: "DEBUG", NOTSET: "NOTSET"}
_nameToLevel = {"CRITICAL": CRITICAL, "FATAL": FATAL, "ERROR": ERROR, "WARN": WARNING, "WARNING": WARNING,
                "INFO": INFO, "DEBUG": DEBUG, "NOTSET": NOTSET}

BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"


def getLevelName(level):
    if level in _levelToName:
        return _levelToName[level]
    if level in _nameToLevel:
        return _nameToLevel[level]
    return "Level %s" % level


def addLevelName(level, name):
    _levelToName[level] = name
    _nameToLevel[name] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if isinstance(level, str):
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


class LogRecord:
    def __init__(self, name, level, msg, args, exc_info=None):
        self.name = name
        self.levelno = level
        self.levelname = getLevelName(level)
        self.msg = msg
        self.args = args
        self.exc_info = exc_info
        self.created = time.time()
        self.msecs = int((self.created - int(self.created)) * 1000)
        self.asctime = None

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


class Formatter:
    def __init__(self, fmt=None, datefmt=None, style="%"):
        if style not in ("%", "{"):
            raise ValueError("Style must be one of: %, {")
        self._style = style
        self._fmt = fmt or ("%(message)s" if style == "%" else "{message}")
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        t = time.gmtime(record.created)
        if datefmt:
            return time.strftime(datefmt, t)
        return time.strftime("%Y-%m-%d %H:%M:%S", t) + ",%03d" % record.msecs

    def usesTime(self):
        return "asctime" in self._fmt

    def formatException(self, exc_info):
        exc = exc_info[1] if isinstance(exc_info, tuple) else exc_info
        text = type(exc).__name__
        detail = str(exc)
        if detail:
            text += ": " + detail
        return text

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        fields = {"name": record.name, "levelno": record.levelno, "levelname": record.levelname,
                  "message": record.message, "msg": record.msg, "asctime": record.asctime,
                  "created": record.created, "msecs": record.msecs}
        if self._style == "%":
            s = self._fmt % fields
        else:
            s = self._fmt.format(**fields)
        if record.exc_info:
            s = s + "\n" + self.formatException(record.exc_info)
        return s


class Filter:
    def __init__(self, name=""):
        self.name = name

    def filter(self, record):
        if not self.name:
            return True
        return record.name == self.name or record.name.startswith(self.name + ".")


class Handler:
    def __init__(self, level=NOTSET):
        self.level = _checkLevel(level)
        self.formatter = None
        self.filters = []

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def addFilter(self, f):
        self.filters.append(f)

    def removeFilter(self, f):
        if f in self.filters:
            self.filters.remove(f)

    def filter(self, record):
        for f in self.filters:
            ok = f.filter(record) if hasattr(f, "filter") else f(record)
            if not ok:
                return False
        return True

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def handle(self, record):
        if self.filter(record):
            self.emit(record)

    def emit(self, record):
        raise NotImplementedError("emit must be implemented by Handler subclasses")

    def flush(self):
        pass

    def close(self):
        pass


class StreamHandler(Handler):
    terminator = "\n"

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = stream

    def emit(self, record):
        stream = self.stream if self.stream is not None else sys.stderr
        stream.write(self.format(record) + self.terminator)


class NullHandler(Handler):
    def emit(self, record):
        pass


_defaultFormatter = Formatter()


class Logger:
    def __init__(self, name, level=NOTSET):
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.filters = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        return not self.disabled and level >= _manager.disable_below and level >= self.getEffectiveLevel()

    def addHandler(self, h):
        if h not in self.handlers:
            self.handlers.append(h)

    def removeHandler(self, h):
        if h in self.handlers:
            self.handlers.remove(h)

    def hasHandlers(self):
        logger = self
        while logger:
            if logger.handlers:
                return True
            if not logger.propagate:
                break
            logger = logger.parent
        return False

    def addFilter(self, f):
        self.filters.append(f)

    def getChild(self, suffix):
        name = suffix if self is root else self.name + "." + suffix
        return getLogger(name)

    def _log(self, level, msg, args, exc_info=None):
        if exc_info is True:
            exc_info = sys.exc_info()
            if exc_info[1] is None:
                exc_info = None
        record = LogRecord(self.name, level, msg, args, exc_info)
        for f in self.filters:
            if not f.filter(record):
                return
        self.handle(record)

    def handle(self, record):
        logger = self
        found = False
        while logger:
            for h in logger.handlers:
                found = True
                if record.levelno >= h.level:
                    h.handle(record)
            if not logger.propagate:
                break
            logger = logger.parent
        if not found and record.levelno >= WARNING:
            _lastResort.handle(record)

    def log(self, level, msg, *args, exc_info=None, **kwargs):
        level = _checkLevel(level)
        if self.isEnabledFor(level):
            self._log(level, msg, args, exc_info)

    def debug(self, msg, *args, exc_info=None, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, exc_info)

    def info(self, msg, *args, exc_info=None, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, exc_info)

    def warning(self, msg, *args, exc_info=None, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, exc_info)

    warn = warning

    def error(self, msg, *args, exc_info=None, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, exc_info)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info)

    def critical(self, msg, *args, exc_info=None, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, exc_info)

    fatal = critical

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.name, getLevelName(self.getEffectiveLevel()))


class RootLogger(Logger):
    def __init__(self, level):
        Logger.__init__(self, "root", level)


class _LastResort(Handler):
    def emit(self, record):
        sys.stderr.write(record.getMessage() + "\n")


class _Manager:
    def __init__(self):
        self.loggers = {}
        self.disable_below = 0


_manager = _Manager()
_lastResort = _LastResort(WARNING)
root = RootLogger(WARNING)


def getLogger(name=None):
    if not name or name == "root":
        return root
    if name in _manager.loggers:
        return _manager.loggers[name]
    logger = Logger(name)
    _manager.loggers[name] = logger
    # Parent: the nearest existing ancestor; adopt existing children.
    parent = root
    parts = name.split(".")
    for i in range(len(parts) - 1, 0, -1):
        pname = ".".join(parts[:i])
        if pname in _manager.loggers:
            parent = _manager.loggers[pname]
            break
    logger.parent = parent
    for other in _manager.loggers.values():
        if other is not logger and other.name.startswith(name + ".") and (other.parent is parent):
            other.parent = logger
    return logger


def basicConfig(level=None, format=None, datefmt=None, style="%", stream=None, force=False, handlers=None):
    if force:
        for h in list(root.handlers):
            root.removeHandler(h)
    if not root.handlers:
        if handlers is None:
            handlers = [StreamHandler(stream)]
        fmt = Formatter(format or (BASIC_FORMAT if style == "%" else "{levelname}:{name}:{message}"), datefmt, style)
        for h in handlers:
            if h.formatter is None:
                h.setFormatter(fmt)
            root.addHandler(h)
    if level is not None:
        root.setLevel(level)


def disable(level=CRITICAL):
    _manager.disable_below = level + 1


def debug(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.info(msg, *args, **kwargs)


def warning(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.warning(msg, *args, **kwargs)


warn = warning


def error(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    if not root.handlers:
        basicConfig()
    root.error(msg, *args, exc_info=exc_info, **kwargs)


def critical(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.critical(msg, *args, **kwargs)


fatal = critical


def log(level, msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)
