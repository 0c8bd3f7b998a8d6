FACTOR = 2
NAMES = ["ann", "bob"]
SUFFIX = "!"
_private = "hidden"
