from errlib.shapes import Square
