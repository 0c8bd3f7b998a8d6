name = None
msg = f"{name.upper()}"
