// filled in by the 06a engine
