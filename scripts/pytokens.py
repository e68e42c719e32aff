#!/usr/bin/env python3
"""Print CPython's tokens for Python files, one token per line, for comparison with PythonSyntax.

Usage:
    pytokens.py FILE...          tokens of each file
    pytokens.py --stdin          read file paths from stdin, one per line (one process for a whole tree)

For each file the output is:
    # FILE <path>
    # ENCODING <encoding>            (what tokenize detected: utf-8, utf-8-sig, iso-8859-15, ...)
    # CHARMAP <256 hex code points>  for a single-byte codec other than UTF-8: byte i decodes to entry i
                                     (fffd where the codec has no character)
    <TYPE> <row> <col> <endrow> <endcol> <ascii(string)>   one line per token, ENCODING token omitted
    # ERROR <ExceptionName>: <message>   if tokenize raised (tokens before the error are still printed)
    # END

Columns count characters, as tokenize reports them. Strings are printed with ascii() so the output is
7-bit and easy to reproduce byte for byte from another language.
"""
import codecs
import sys
import tokenize


def single_byte_charmap(encoding):
    """The 256 characters of a single-byte codec, or None for UTF-8 and multi-byte codecs."""
    if codecs.lookup(encoding).name in ("utf-8", "utf-8-sig"):
        return None
    chars = []
    for byte in range(256):
        try:
            text = bytes([byte]).decode(encoding)
        except UnicodeDecodeError:
            text = "\ufffd"
        if len(text) != 1:
            return None
        chars.append(text)
    return chars


def dump(path, out):
    out.write("# FILE %s\n" % path)
    try:
        with open(path, "rb") as f:
            encoding = None
            for tok in tokenize.tokenize(f.readline):
                if tok.type == tokenize.ENCODING:
                    encoding = tok.string
                    out.write("# ENCODING %s\n" % encoding)
                    charmap = single_byte_charmap(encoding)
                    if charmap is not None:
                        out.write("# CHARMAP %s\n" % " ".join("%x" % ord(c) for c in charmap))
                    continue
                out.write("%s %d %d %d %d %s\n" % (
                    tokenize.tok_name[tok.type], tok.start[0], tok.start[1], tok.end[0], tok.end[1],
                    ascii(tok.string)))
    except Exception as error:  # tokenize raises TokenError, IndentationError, SyntaxError, UnicodeError
        message = str(error).replace("\n", " ")
        out.write("# ERROR %s: %s\n" % (type(error).__name__, message))
    out.write("# END\n")


def main(argv):
    out = sys.stdout
    if argv[1:2] == ["--stdin"]:
        paths = [line.rstrip("\n") for line in sys.stdin if line.strip()]
    else:
        paths = argv[1:]
    for path in paths:
        dump(path, out)
    out.flush()


if __name__ == "__main__":
    main(sys.argv)
