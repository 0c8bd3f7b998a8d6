def numbers(text):
    for part in text.split(","):
        yield int(part)

total = 0
for n in numbers("1,2,x,4"):
    total += n
