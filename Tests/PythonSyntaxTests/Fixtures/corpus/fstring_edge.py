w = 5
print(f"{w:#x} {w:+d} {w:{w}} {w!a}")
print(f"a{{b}}c{{{w}}}d")
print(f"{w:{'{'}>{w}}")
print(f'{w:%Y-%m-%d}')
print(f"{'\\'.join(['a'])}" if False else "")
print(f"""{
    w
}""")
print(f"{w:=^10}")
print(f"{w:}")
