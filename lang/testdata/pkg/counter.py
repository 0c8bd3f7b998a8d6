# A top-level helper module for import tests: module state is shared.
count = 0
def bump():
    global count
    count += 1
    return count
