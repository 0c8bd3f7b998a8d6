class ConfigError(Exception):
    pass

def read_port(cfg):
    try:
        return int(cfg["port"])
    except KeyError as e:
        raise ConfigError("port is missing") from e

read_port({"host": "x"})
