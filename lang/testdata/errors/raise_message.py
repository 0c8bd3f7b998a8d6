# python: skip — Scriptling extension: raise "message"
def fail():
    raise "something went wrong"

fail()
