total = 1 + \
    2 + \
    3
if total > 1 and \
        total < 10:
    pass
s = 'abc\
def'
t = "x\
y\
z"
assert total, \
    "message"
x = [1,
     2, \
     3]
