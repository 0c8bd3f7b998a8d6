# Arbitrary-precision ints: int64 fast path, promotion on overflow, demotion.
M = 2**63 - 1
assert M == 9223372036854775807
assert M + 1 == 9223372036854775808
assert M + 1 - 1 == M
assert type(M + 1) is int
assert -M - 1 == -9223372036854775808
assert -M - 2 == -9223372036854775809
assert (-M - 1) - 1 == -9223372036854775809
assert M * 2 == 18446744073709551614
assert M * M == 85070591730234615847396907784232501249
assert (-M - 1) * -1 == 9223372036854775808
assert -(-M - 1) == 9223372036854775808
assert abs(-M - 1) == 9223372036854775808
assert (-M - 1) // -1 == 9223372036854775808
assert 2**64 == 18446744073709551616
assert 2**100 == 1267650600228229401496703205376
assert 3**40 == 12157665459056928801
assert (-2)**63 == -9223372036854775808
assert (-2)**65 == -36893488147419103232
assert 1 << 64 == 18446744073709551616
assert 1 << 100 == 2**100
assert (1 << 100) >> 99 == 2
assert (2**100) % 7 == 2
assert (2**100) // 3**20 == 363558641556578823726
assert -(2**100) // 7 == -181092942889747057356671886483
assert -(2**100) % 7 == 5
assert divmod(2**70, 10**9) == (1180591620717, 411303424)
assert 10**30 - 10**30 == 0
assert type(10**30 - 10**30 + 5) is int
assert 10**20 / 10**10 == 1e10
assert 2**64 & 0xFF == 0
assert (2**64 + 255) & 0xFF == 255
assert (2**64) | 1 == 18446744073709551617
assert (2**64) ^ (2**64) == 0
assert ~(2**64) == -18446744073709551617
assert -(2**64) >> 1 == -(2**63)
assert 2**64 > 2**63 > M > 0
assert -(2**64) < -M
assert 2**64 == 2.0**64
assert 2**64 == float(2**64)
assert hash(2**64) == hash(2**64 + 0)
d = {2**64: "big"}
assert d[2**64] == "big"
assert d[18446744073709551616] == "big"
assert str(2**64) == "18446744073709551616"
assert repr(-(2**64)) == "-18446744073709551616"
assert int(str(7**50)) == 7**50
assert len(str(2**1000)) == 302
assert sum([M, M, M]) == 3 * M
assert max(2**70, 5) == 2**70
assert min(-(2**70), 5) == -(2**70)
assert sorted([2**65, 1, -(2**65)]) == [-(2**65), 1, 2**65]
assert pow(2, 100, 1000) == 376
assert pow(3, 200, 10**9 + 7) == 136318165
assert pow(3, 200) % (10**9 + 7) == pow(3, 200, 10**9 + 7)
assert f"{2**70:,}" == "1,180,591,620,717,411,303,424"
assert f"{2**70:x}" == "400000000000000000"
assert hex(2**70) == "0x400000000000000000"
assert bin(2**65) == "0b1" + "0" * 65
assert oct(-(2**64)) == "-0o2000000000000000000000"
assert (2**64).bit_length() == 65
assert (M).bit_length() == 63
assert (-1).bit_length() == 1
assert (0).bit_length() == 0
assert 2**64 != 2**64 + 1
assert 2**64 in [1, 2**64]
assert bool(2**64)
assert round(2**70) == 2**70
assert round(123456789012345678901, -5) == 123456789012345700000
assert abs(-(2**80)) == 2**80
assert float(2**53 + 1) == 2.0**53
# factorial
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
assert fact(25) == 15511210043330985984000000
assert fact(30) // fact(28) == 870
# fibonacci crossing int64
a, b = 0, 1
for _ in range(100):
    a, b = b, a + b
assert a == 354224848179261915075
print(M + 1, -M - 2, 2**100, fact(25), a)
print(divmod(-(2**70), 3), (2**70) % -3, -(2**70) // -3)
