# Helper package for the error scripts.
LIMIT = 10
