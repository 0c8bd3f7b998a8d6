# An infinite loop: stopped at the deadline.
while True:
    pass
