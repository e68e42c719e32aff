if True:
	x = 1
	if x:
		y = 2
	        z = 3
	w = 4
def f():
    return 1
class A:
  	pass
