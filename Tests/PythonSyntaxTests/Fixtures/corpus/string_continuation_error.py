s = 'first line \
second line without end
x = 1
