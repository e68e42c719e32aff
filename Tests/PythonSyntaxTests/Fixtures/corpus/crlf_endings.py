def f(x):
    if x:
        return (1,
                2)
    return '''a
b'''

# done
