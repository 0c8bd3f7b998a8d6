from ..consts import FACTOR
SUB_FACTOR = FACTOR * 10
