name = "world"
width, precision = 10, 3
value = 3.14159
print(f"hello {name}")
print(F'{name!r:>{width}}')
print(f"{value:{width}.{precision}f}")
print(f"{{literal braces}} and {name}")
print(f"{name=}, {value = :.2f}, {name!s:^12}")
print(f'{"nested"} {f"{name}"} {f"""{f"{name}"}"""}')
print(rf"\d+{name}\w", fr'{name}\n', Rf"{{x}}", fR'{name}')
print(f"{'a' if value > 1 else 'b'}")
print(f"{ {'k': 1}['k'] } {(lambda x: x * 2)(3)}")
print(f"{value!r}" f"{name}" "plain")
print(f"\N{BULLET} {name}")
multi = f"""
    line one {name}
    line two {value:>{width}}
    {{escaped}}
"""
print(f"{3.14:{'>'}{10}}")
print(f"{name:{'^'}{width}s}|")
x = f''
y = f
z = f"{name}" if name else f'{value}'
