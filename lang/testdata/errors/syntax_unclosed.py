x = 1
values = [1, 2,
y = 3
