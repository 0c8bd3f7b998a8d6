# An infinite loop that catches every exception: the deadline still wins.
while True:
    try:
        while True:
            pass
    except:
        pass
    finally:
        pass
