# Module names cannot reach outside the script's folder.
for name in ["..hostile", "../hostile/recursion", "/etc/passwd", "hostile.recursion"]:
    try:
        __import__ = None
        exec_name = name
        mod = None
        import importlib  # not available: imports go through the import statement only
    except ImportError as e:
        pass
try:
    import hostile
except ImportError as e:
    print("ImportError:", e)
