if (n := len([1, 2, 3])) > 2:
    print(n)
values = [y for x in range(10) if (y := x * 2) > 4]
key = lambda item: item[1]
sorted_items = sorted({"a": 2}.items(), key=lambda kv: (kv[1], kv[0]))
adder = lambda a, b=1, *c, d, **e: a + b
