x = 'oops
y = "also
z = f'{x}
