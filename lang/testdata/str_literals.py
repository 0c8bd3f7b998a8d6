# String literals: quotes, escapes, raw strings, triple quotes, concatenation.
a = 'single'
b = "double"
assert a + b == "singledouble"
assert 'it\'s' == "it's"
assert "say \"hi\"" == 'say "hi"'
assert "tab\there" == "tab" + chr(9) + "here"
assert "\n" == chr(10)
assert "\r" == chr(13)
assert "\\" == chr(92)
assert len("\\") == 1
assert "\0" == chr(0)
assert "\x41" == "A"
assert "\x7e" == "~"
assert "\u00e9" == "é"
assert "\U0001F600" == chr(0x1F600)
assert "\N{LATIN SMALL LETTER E WITH ACUTE}" == "é"
assert "\N{BULLET}" == "\u2022"
assert "\a" == chr(7)
assert "\b" == chr(8)
assert "\f" == chr(12)
assert "\v" == chr(11)
assert "\101" == "A"
assert "\7" == chr(7)
assert "\q" == "\\q"
assert len("\q") == 2
print(repr("a\tb\nc"))
print(repr("\x00\x7f\u00e9\u2022"))

# raw strings keep backslashes
r1 = r"\n"
assert len(r1) == 2 and r1[0] == "\\"
assert r"\d+\.\d+" == "\\d+\\.\\d+"
assert R"\t" == "\\t"
assert r"a\"b" == 'a\\"b'
assert len(r"a\"b") == 4
print(r"C:\path\to\file")

# triple-quoted strings span lines and decode escapes
t = """line1
line2\tTabbed
  indented"""
assert t.split("\n") == ["line1", "line2\tTabbed", "  indented"]
assert '''a 'quoted' "both"''' == "a 'quoted' \"both\""
t2 = """\
no leading newline"""
assert t2 == "no leading newline"
t3 = """x\x41\u00e9"""
assert t3 == "xAé"
raw3 = r"""raw \n triple"""
assert "\\n" in raw3
print(t)

# adjacent literals concatenate, including across lines in brackets
s = "abc" 'def' "ghi"
assert s == "abcdefghi"
s2 = ("first "
      "second "
      'third')
assert s2 == "first second third"
n = 5
s3 = "n=" f"{n}" "!"
assert s3 == "n=5!"
assert r"\x" "\x41" == "\\xA"

# strings are sequences of code points
u = "héllo wörld ✓"
assert len(u) == 13
assert u[1] == "é"
assert u[-1] == "✓"
assert u[6:11] == "wörld"
assert "".join(reversed("abc")) == "cba"
assert [c for c in "héy"] == ["h", "é", "y"]

# empty strings
assert "" == ''
assert len("") == 0
assert """""" == ""
print("done", s, s2, s3)
