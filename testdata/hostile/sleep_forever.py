# Sleeps past the deadline.
import time
time.sleep(3600)
