# Prints far more than the output cap.
line = "x" * 1000
while True:
    print(line)
