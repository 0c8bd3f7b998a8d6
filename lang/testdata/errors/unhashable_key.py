seen = {}
key = [1, 2]
seen[key] = True
