class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field


class User:
    def __init__(self, name, age):
        if age < 0:
            raise ValidationError("age", "must not be negative")
        self.name = name
        self.age = age


User("ann", 30)
User("bob", -1)
