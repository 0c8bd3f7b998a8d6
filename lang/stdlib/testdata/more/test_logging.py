import io
import logging

buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(levelname)s|%(name)s|%(message)s"))
log = logging.getLogger("app")
log.addHandler(h)
log.setLevel(logging.DEBUG)
log.propagate = False

log.debug("debug %d", 1)
log.info("info %s", "x")
log.warning("warn")
log.error("error %r", [1, 2])
child = logging.getLogger("app.db")
assert child.parent is log
child.info("from child")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
lines = buf.getvalue().splitlines()
print(lines[:6])
assert lines[0] == "DEBUG|app|debug 1"
assert lines[1] == "INFO|app|info x"
assert lines[2] == "WARNING|app|warn"
assert lines[3] == "ERROR|app|error [1, 2]"
assert lines[4] == "INFO|app.db|from child"
assert lines[5] == "ERROR|app|failed"
assert lines[6].startswith("ZeroDivisionError") or lines[6].startswith("Traceback")

log.setLevel(logging.WARNING)
assert not log.isEnabledFor(logging.INFO)
assert log.isEnabledFor(logging.ERROR)
assert log.getEffectiveLevel() == logging.WARNING
assert logging.getLevelName(logging.ERROR) == "ERROR"
assert logging.getLevelName("INFO") == logging.INFO
assert logging.getLogger("app") is log
assert logging.getLogger() is logging.root
assert child.getEffectiveLevel() == logging.WARNING
child.setLevel("DEBUG")
assert child.getEffectiveLevel() == logging.DEBUG
buf2 = io.StringIO()
f = logging.Formatter("{levelname}-{message}", style="{")
h2 = logging.StreamHandler(buf2)
h2.setFormatter(f)
lg = logging.getLogger("brace")
lg.propagate = False
lg.addHandler(h2)
lg.warning("hello %s", "world")
assert buf2.getvalue() == "WARNING-hello world\n", buf2.getvalue()
print("ok")
