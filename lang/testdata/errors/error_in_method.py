class Stack:
    def __init__(self):
        self.items = []

    def pop(self):
        return self.items.pop()

    @property
    def top(self):
        return self.items[-1]


s = Stack()
s.items.append(1)
s.pop()
print(s.top)
