def connect(host, port=80):
    return (host, port)

connect("h", prot=8080)
