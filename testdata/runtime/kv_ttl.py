# A key with a ttl expires (checked by polling: each kv call is a host
# round trip, so this waits without a sleep).
import scriptling.runtime.kv as kv

kv.set("soon", "v", ttl=0.3)
kv.set("later", "v", ttl=60)
kv.set("forever", "v")
polls = 0
while kv.exists("soon"):
    polls += 1
print("expired after polling:", polls > 0)
print(kv.get("soon"), kv.ttl("soon"), kv.keys("*"))
print(kv.get("later"), kv.ttl("forever"))
kv.set("later", "w")  # a set without ttl clears the expiry
print(kv.ttl("later"))
