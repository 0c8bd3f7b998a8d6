import errlib.nothere
