# Unicode text: code points, slicing, case, escapes, encoding, ordering.
s = "naïve café – 日本語 😀"
assert len(s) == 18
assert s[2] == "ï" and s[-1] == "😀" and s[13:16] == "日本語"
assert s.upper() == "NAÏVE CAFÉ – 日本語 😀"
assert s.encode("utf-8")[:6] == b"na\xc3\xafve"
assert len(s.encode()) == 31
assert s.encode().decode() == s
assert s.find("café") == 6
assert s.index("😀") == 17
assert s.split(" ") == ["naïve", "café", "–", "日本語", "😀"]
assert [ord(c) for c in "é😀"] == [233, 128512]
assert chr(233) + chr(0x65E5) == "é日"
assert "\u00e9" == "é" and "\U0001F600" == "😀" and "\N{EN DASH}" == "–"
assert repr("é") == "'é'" and repr("\u200b") == "'\\u200b'" and repr("\x7f") == "'\\x7f'"
assert ascii("é😀") == "'\\xe9\\U0001f600'"
assert "ÄÖÜ".lower() == "äöü" and "äöü".title() == "Äöü"
assert "ǅ".isupper() is False and "Σ".lower() == "σ"
assert sorted(["é", "e", "z", "a"]) == ["a", "e", "z", "é"]
assert "é" > "z"
assert max("aé") == "é"
assert "日本".center(6, "*") == "**日本**"
assert f"{'日本':>4}|" == "  日本|"
assert "%-4s|" % "é" == "é   |"
assert "١٢٣".isdigit() and "١٢٣".isdecimal()
assert "ⅷ".isnumeric() and not "ⅷ".isdigit()
assert "é".isalpha() and "日".isalpha() and not "😀".isalpha()
assert " \u3000\t".isspace()
assert "A\u030a" != "Å" and len("A\u030a") == 2
assert list(reversed("ab😀")) == ["😀", "b", "a"]
assert "😀" * 3 == "😀😀😀"
assert "x😀y".replace("😀", "-") == "x-y"
assert "é" in "café" and "é" not in "cafe"
assert {"é": 1}["é"] == 1
assert hash("é") == hash("\u00e9")
assert b"\xe2\x82\xac".decode("utf-8") == "€"
assert "€".encode() == b"\xe2\x82\xac"
assert str(b"\xe2\x82\xac", "utf-8") == "€"
assert bytes("€", "utf-8").hex() == "e282ac"
counts = {}
for ch in "ééa":
    counts[ch] = counts.get(ch, 0) + 1
assert counts == {"é": 2, "a": 1}
assert "".join(sorted(set("mississippi"))) == "imps"
assert "straße".casefold() == "strasse"
assert "İ".lower() == "i̇"
print(s, len(s), s[::-1], s.upper(), [c for c in "é😀"], ascii("é"))
