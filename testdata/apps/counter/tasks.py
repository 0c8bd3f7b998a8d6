import time
import scriptling.runtime.sync as sync


def counter_task():
    counter = sync.Atomic("request_counter")
    last = -1
    while True:
        count = counter.get()
        if count != last:
            print("requests served so far:", count)
            last = count
        time.sleep(5)
