# An exception raised three calls deep: one traceback line per frame.
def parse(text):
    return int(text)

def load(values):
    return [parse(v) for v in values]

def main():
    data = ["1", "2", "three"]
    return load(data)

main()
