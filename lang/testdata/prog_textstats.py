# Text processing: word frequencies, n-grams, formatting a report.
text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!
A quick, quick fox."""
def words(s):
    out = []
    cur = []
    for ch in s.lower():
        if ch.isalpha() or ch == "'":
            cur.append(ch)
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out
ws = words(text)
assert len(ws) == 20
assert ws[:4] == ["the", "quick", "brown", "fox"]
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
assert freq["the"] == 4 and freq["quick"] == 3 and freq["fox"] == 3
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
assert top == [("the", 4), ("fox", 3), ("quick", 3)]
bigrams = list(zip(ws, ws[1:]))
assert bigrams[0] == ("the", "quick")
bg = {}
for pair in bigrams:
    bg[pair] = bg.get(pair, 0) + 1
assert bg[("the", "fox")] == 1 and bg[("quick", "fox")] == 1
assert max(bg.values()) == 1 or max(bg.values()) == 2
lines = text.splitlines()
assert len(lines) == 3
assert [len(l.split()) for l in lines] == [9, 7, 4]
longest = max(ws, key=len)
assert longest == "quick"
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
assert letters["o"] == 7
vowels = sum(letters.get(v, 0) for v in "aeiou")
assert vowels == 25
assert text.count("fox") == 3
assert text.index("dog") == 40
caps = [w for w in text.split() if w[0].isupper()]
assert caps == ["The", "The", "A"]
sentences = [s.strip() for s in text.replace("!", ".").replace(";", ".").split(".") if s.strip()]
assert len(sentences) == 4
title = " ".join(w.capitalize() for w in "hello wide world".split())
assert title == "Hello Wide World"
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
assert acronym == "PNG"
palins = [w for w in ["level", "fox", "noon", "abca"] if w == w[::-1]]
assert palins == ["level", "noon"]
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("a") if ch.islower() else ord("A")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
assert caesar("Hello, World", 3) == "Khoor, Zruog"
assert caesar(caesar("Round Trip", 11), -11) == "Round Trip"
wrapped = []
line = ""
for w in text.split():
    if len(line) + len(w) + 1 > 20:
        wrapped.append(line)
        line = w
    else:
        line = (line + " " + w).strip()
wrapped.append(line)
assert all(len(l) <= 20 for l in wrapped)
assert " ".join(wrapped) == " ".join(text.split())
for w, n in top:
    print(f"{w:>8}: {'#' * n} ({n})")
print(wrapped)
print(caesar("abc xyz", 2), acronym, palins, len(ws), vowels)
