from checks import inf, raises

import random
random.seed(42)
assert (random.random()) == 0.6394267984578837, 'random.random()'
assert (random.random()) == 0.025010755222666936, 'random.random()'
assert ([random.randint(1, 100) for _ in range(10)]) == [36, 32, 29, 18, 95, 14, 87, 95, 70, 12], '[random.randint(1, 100) for _ in range(10)]'
assert (random.choice("abcdef")) == 'e', 'random.choice("abcdef")'
assert (random.choice([1, 2, 3])) == 2, 'random.choice([1, 2, 3])'
assert (random.choice(range(1000))) == 32, 'random.choice(range(1000))'
assert (random.choice((4, 5))) == 4, 'random.choice((4, 5))'
assert (random.randrange(0, 100, 7)) == 7, 'random.randrange(0, 100, 7)'
assert (random.randrange(10)) == 3, 'random.randrange(10)'
assert (random.randrange(-5, 5)) == -2, 'random.randrange(-5, 5)'
assert (random.randrange(10, 0, -3)) == 10, 'random.randrange(10, 0, -3)'
assert (random.uniform(1, 2)) == 1.561245062938613, 'random.uniform(1, 2)'
assert (random.getrandbits(8)) == 183, 'random.getrandbits(8)'
assert (random.getrandbits(40)) == 771590378377, 'random.getrandbits(40)'
assert (random.getrandbits(100)) == 572062242770208766021882431734, 'random.getrandbits(100)'
assert (random.randrange(10**30)) == 222299904124568160468380280607, 'random.randrange(10**30)'
assert (random.randint(-10**20, 10**20)) == 29580042399466362, 'random.randint(-10**20, 10**20)'
lst = list(range(20)); random.shuffle(lst)
assert (lst) == [2, 13, 12, 7, 19, 15, 16, 0, 18, 9, 11, 5, 14, 17, 1, 3, 10, 6, 4, 8], 'lst'
assert (random.sample(range(100), 10)) == [70, 37, 80, 79, 46, 73, 24, 90, 8, 5], 'random.sample(range(100), 10)'
assert (random.sample(range(10**6), 5)) == [693384, 238968, 810620, 303445, 83667], 'random.sample(range(10**6), 5)'
assert (random.sample("abcdefg", 3)) == ['g', 'b', 'a'], 'random.sample("abcdefg", 3)'
assert (random.sample([1, 2, 3, 4], 4)) == [4, 2, 3, 1], 'random.sample([1, 2, 3, 4], 4)'
assert (random.sample(range(50), 30)) == [10, 23, 22, 13, 42, 17, 43, 41, 4, 38, 49, 34, 15, 39, 29, 24, 44, 14, 20, 26, 40, 35, 1, 7, 27, 36, 12, 8, 2, 6], 'random.sample(range(50), 30)'
assert (random.sample([1, 2, 3, 4], 2, counts=[1, 2, 3, 4])) == [4, 3], 'random.sample([1, 2, 3, 4], 2, counts=[1, 2, 3, 4])'
assert (random.choices("abc", k=5)) == ['a', 'b', 'c', 'b', 'a'], 'random.choices("abc", k=5)'
assert (random.choices("abc", weights=[1, 5, 10], k=5)) == ['b', 'c', 'c', 'c', 'c'], 'random.choices("abc", weights=[1, 5, 10], k=5)'
assert (random.choices(range(5), cum_weights=[1, 2, 3, 4, 10], k=4)) == [4, 3, 4, 1], 'random.choices(range(5), cum_weights=[1, 2, 3, 4, 10], k=4)'
assert (random.choices([1, 2], [3, 4])) == [2], 'random.choices([1, 2], [3, 4])'
assert (round(random.gauss(0, 1), 9)) == 0.072171418, 'round(random.gauss(0, 1), 9)'
assert (round(random.gauss(10, 2), 9)) == 6.028685235, 'round(random.gauss(10, 2), 9)'
assert (round(random.normalvariate(), 9)) == -0.708985234, 'round(random.normalvariate(), 9)'
assert (round(random.normalvariate(5, 0.5), 9)) == 5.383582088, 'round(random.normalvariate(5, 0.5), 9)'
assert (round(random.lognormvariate(0, 1), 9)) == 0.613126559, 'round(random.lognormvariate(0, 1), 9)'
assert (round(random.expovariate(2), 9)) == 0.315602784, 'round(random.expovariate(2), 9)'
assert (round(random.gammavariate(2, 3), 9)) == 3.19574921, 'round(random.gammavariate(2, 3), 9)'
assert (round(random.gammavariate(0.5, 1), 9)) == 1.992773839, 'round(random.gammavariate(0.5, 1), 9)'
assert (round(random.gammavariate(1, 2), 9)) == 0.243322514, 'round(random.gammavariate(1, 2), 9)'
assert (round(random.betavariate(2, 3), 9)) == 0.558398887, 'round(random.betavariate(2, 3), 9)'
assert (round(random.triangular(1, 5, 2), 9)) == 2.088299731, 'round(random.triangular(1, 5, 2), 9)'
assert (round(random.triangular(), 9)) == 0.281209668, 'round(random.triangular(), 9)'
assert (round(random.vonmisesvariate(1, 2), 9)) == 1.003577249, 'round(random.vonmisesvariate(1, 2), 9)'
assert (round(random.paretovariate(3), 9)) == 3.288793417, 'round(random.paretovariate(3), 9)'
assert (round(random.weibullvariate(1, 2), 9)) == 1.19805083, 'round(random.weibullvariate(1, 2), 9)'
assert (random.randbytes(5)) == b'\x1cm\xf7\x81\xe9', 'random.randbytes(5)'
random.seed("hello")
assert (random.random()) == 0.3537754404730722, 'random.random()'
random.seed(b"bytes")
assert (random.random()) == 0.37075677971469856, 'random.random()'
random.seed(2**100 + 7)
assert (random.random()) == 0.41604161323913513, 'random.random()'
random.seed(1.5)
assert (random.random()) == 0.551763726942059, 'random.random()'
random.seed(-5)
assert (random.random()) == 0.6229016948897019, 'random.random()'
random.seed(0)
assert (random.random()) == 0.8444218515250481, 'random.random()'
random.seed(True)
assert (random.randint(1, 1000)) == 138, 'random.randint(1, 1000)'
random.seed(12345)
assert ([random.randint(0, 9) for _ in range(20)]) == [6, 0, 4, 5, 3, 4, 9, 6, 2, 5, 1, 6, 4, 8, 2, 9, 8, 2, 5, 1], '[random.randint(0, 9) for _ in range(20)]'
assert ([round(random.random(), 12) for _ in range(3)]) == [0.531042754491, 0.735390502305, 0.585052225768], '[round(random.random(), 12) for _ in range(3)]'
r = random.Random(7)
assert (r.random()) == 0.32383276483316237, 'r.random()'
assert (r.randint(1, 6)) == 2, 'r.randint(1, 6)'
assert (r.choice("xyz")) == 'y', 'r.choice("xyz")'
r2 = random.Random(7)
assert (r2.random()) == 0.32383276483316237, 'r2.random()'
st = r.getstate(); a = r.random(); r.setstate(st)
assert (r.random() == a) == True, 'r.random() == a'
r.seed(99)
assert (r.random()) == 0.40397807494366633, 'r.random()'
assert (random.Random(3).sample(range(10), 3)) == [3, 8, 2], 'random.Random(3).sample(range(10), 3)'
assert raises(ValueError, lambda: random.randrange(0)) == 'empty range for randrange()'
assert raises(ValueError, lambda: random.randrange(5, 5)) == 'empty range for randrange() (5, 5, 0)'
assert raises(ValueError, lambda: random.randrange(0, 10, 0)) == 'zero step for randrange()'
assert raises(ValueError, lambda: random.randint(5, 1)) == 'empty range for randrange() (5, 2, -3)'
assert raises(IndexError, lambda: random.choice([])) == 'Cannot choose from an empty sequence'
assert raises(ValueError, lambda: random.sample([1, 2], 3)) == 'Sample larger than population or is negative'
assert raises(TypeError, lambda: random.sample({1, 2}, 1)) == 'Population must be a sequence.  For dicts or sets, use sorted(d).'
assert raises(ValueError, lambda: random.gammavariate(-1, 1)) == 'gammavariate: alpha and beta must be > 0.0'
assert raises(ValueError, lambda: random.getrandbits(-1)) == 'number of bits must be non-negative'
assert raises(TypeError, lambda: random.choices([1, 2], [1, 2], cum_weights=[1, 2])) == 'Cannot specify both weights and cumulative weights'
assert raises(ValueError, lambda: random.choices([1, 2], [1], k=2)) == 'The number of weights does not match the population'
assert raises(TypeError, lambda: random.seed([1])) == 'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.'
random.seed(5)
assert (random.sample(range(10**9), 5)) == [668835601, 274281998, 796487718, 384974575, 853832589], 'random.sample(range(10**9), 5)'
assert (random.choices(range(10**12), k=3)) == [690446845758, 841510964482, 652031696754], 'random.choices(range(10**12), k=3)'
assert (random.choice(range(10**15))) == 32656912855333, 'random.choice(range(10**15))'
assert (random.sample((1, 2, 3), 2)) == [2, 1], 'random.sample((1, 2, 3), 2)'
print('ok')
