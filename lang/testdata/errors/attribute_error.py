class Dog:
    def bark(self):
        return "woof"

d = Dog()
d.meow()
