'''Module docstring with 'quotes' and "doubles".'''
s1 = '''one
two ' three '' four
'''
s2 = """a "b" ""c"" \""" still inside
end"""
s3 = '''line continues \
next line'''
s4 = b'''bytes
triple'''
s5 = r'''raw \''' still'''
s6 = ''
s7 = ""
s8 = '''''' + """"""
s9 = """ends with escaped quote \\"""
