ints = [0, 7, 42, 1_000_000, 0x_FF, 0XdeadBEEF, 0o777, 0O1_7, 0b1010, 0B_1, 00, 0_0]
floats = [1.0, 1., .5, 1e10, 1E-5, 1.5e+3, 1_0.0_1, 0.0, 00.5, 1_000e1_0]
imaginary = [1j, 1J, 1.5j, .5j, 1e3j, 1_0j, 0j]
odd = 1.__class__, 1 .real, 1if True else 2
