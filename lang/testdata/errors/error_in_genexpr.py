data = [[1, 2], [3, "x"]]
total = sum(sum(row) for row in data)
