from errlib.shapes import enforce

enforce(5)
enforce(50)
