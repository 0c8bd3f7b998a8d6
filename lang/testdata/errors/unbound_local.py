total = 0

def add(v):
    total += v
    return total

add(1)
