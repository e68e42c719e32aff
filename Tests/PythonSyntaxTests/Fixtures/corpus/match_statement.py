def handle(command):
    match command.split():
        case [action]:
            return action
        case ["go", direction] | ["move", direction]:
            return direction
        case {"x": x, **rest} if x > 0:
            return x
        case Point(x=0, y=0):
            return "origin"
        case _:
            return None


match = 1
case = 2
match(match)
type = "soft"
