a = 1; b = 2
a += 1; a -= 1; a *= 2; a /= 2; a //= 2; a %= 2; a **= 2; a @= b
a &= 1; a |= 1; a ^= 1; a >>= 1; a <<= 1
c = a + b - a * b / a // b % a ** b @ b
d = a & b | a ^ ~b >> 1 << 2
e = a < b <= a > b >= a == b != a
f = lambda *args, **kwargs: ...
def g(x: int, /, y: int = 0, *, z: int) -> int: return x
h = [a[1:2], a[::2], a[:, None]] if (n := 10) else {}
i = a if a is not b else a in [b] and not a or b
