def greet(name):
    return "hello " + nmae

greet("x")
