import sys
import helper
print("argv:", sys.argv)
print(helper.greet("sandbox"))
