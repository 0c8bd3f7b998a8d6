import errlib

print(errlib.LIMIT)
print(errlib.MISSING)
