# Builds a deeply nested list and prints it.
x = []
for i in range(100000):
    x = [x]
print(x)
