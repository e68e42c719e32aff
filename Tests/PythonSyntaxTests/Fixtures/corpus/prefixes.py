a = b'bytes' + B"BYTES"
b = r'raw\d' + R"RAW\w"
c = u'unicode' + U"UNICODE"
d = br'\x00' + rb"\x01" + Br'x' + bR"y" + BR'z' + RB"w" + rB'v' + Rb"u"
e = f'f' + F"F" + fr'{a}' + rf"{b}" + FR'{c}' + RF"{d}" + fR'{e}' + Rf"{a}" + rF'{b}' + Fr"{c}"
g = ur = 1
h = ub = 2
