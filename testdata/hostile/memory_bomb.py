# Grows a list until memory runs out.
x = []
while True:
    x.append("y" * 1000 + str(len(x)))
