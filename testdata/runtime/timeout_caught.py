# flags: --timeout 1s
# exit: 3
# A script that catches the TimeoutError of a wait is still stopped: the
# deadline has passed.
from scriptling.runtime import sync

try:
    sync.Queue("nobody").get()
except TimeoutError as e:
    print("caught:", e)
while True:
    pass
