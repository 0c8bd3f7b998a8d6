# Single inheritance, overriding, super(), isinstance/issubclass.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} the {self.kind} says {self.speak()}"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + "!"
    def describe(self):
        return super().describe() + f" (age {self.age})"
a = Animal("generic")
d = Dog("rex")
p = Puppy("bit", 1)
assert a.describe() == "generic the animal says ..."
assert d.describe() == "rex the dog says woof"
assert p.describe() == "bit the dog says woof! (age 1)"
assert isinstance(p, Puppy) and isinstance(p, Dog) and isinstance(p, Animal)
assert not isinstance(d, Puppy)
assert issubclass(Puppy, Animal) and issubclass(Dog, Dog)
assert not issubclass(Animal, Dog)
assert issubclass(Dog, object)
assert isinstance(d, (int, Dog))
assert issubclass(Puppy, (str, Animal))
assert Puppy.__bases__ == (Dog,)
assert Dog.__base__ is Animal
assert Puppy.__mro__ == (Puppy, Dog, Animal, object)
assert Puppy.mro() == [Puppy, Dog, Animal, object]
assert type(p).__name__ == "Puppy"
# explicit two-argument super
class Base:
    def who(self):
        return "base"
class Mid(Base):
    def who(self):
        return "mid>" + super(Mid, self).who()
class Top(Mid):
    def who(self):
        return "top>" + super(Top, self).who()
    def skip(self):
        return super(Mid, self).who()
assert Top().who() == "top>mid>base"
assert Top().skip() == "base"
# inherited __init__ and class attributes
class Counter:
    def __init__(self, start=0):
        self.n = start
    def inc(self):
        self.n += 1
        return self
class Loud(Counter):
    pass
assert Loud(5).inc().inc().n == 7
# methods calling overridden methods dispatch dynamically
class Shape:
    def area(self):
        raise NotImplementedError("area")
    def report(self):
        return f"{type(self).__name__}:{self.area()}"
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
assert Sq(3).report() == "Sq:9"
try:
    Shape().report()
    assert False
except NotImplementedError as e:
    assert str(e) == "area"
# class attribute lookup walks the chain; assignment stays local
class A:
    x = 1
class B(A):
    pass
B.x = 2
assert A.x == 1 and B.x == 2
del B.x
assert B.x == 1
# super() in classmethods and staticmethods
class P1:
    @classmethod
    def create(cls):
        return cls.__name__
class P2(P1):
    @classmethod
    def create(cls):
        return "P2>" + super().create()
assert P2.create() == "P2>P2"
print(a.describe(), d.describe(), p.describe(), Top().who(), P2.create())
