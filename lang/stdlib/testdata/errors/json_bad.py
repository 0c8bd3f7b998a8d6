import json
doc = '{\n  "name": "x",\n  "tags": [1, 2,, 3]\n}'
json.loads(doc)
