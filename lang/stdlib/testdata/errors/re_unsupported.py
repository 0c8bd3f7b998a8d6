import re
re.findall(r"(\w)\1", "aabb")
