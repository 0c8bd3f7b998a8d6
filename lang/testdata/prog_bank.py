# A small banking model: classes, properties, custom exceptions, class methods.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available
class AccountClosed(Exception):
    pass
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
        self.open = True
    @property
    def balance(self):
        return self._balance
    def _check(self):
        if not self.open:
            raise AccountClosed(f"account {self.id} is closed")
    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        self._check()
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def close(self):
        self.open = False
    def __repr__(self):
        return f"Account({self.id}, {self.owner!r}, {self._balance})"
class Savings(Account):
    rate = 0.05
    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, owner, balance=0):
        acct = cls(owner, balance)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except Exception:
            a.deposit(amount)  # roll back
            raise
    def total(self):
        return sum(a.balance for a in self.accounts.values())
    def richest(self):
        return max(self.accounts.values(), key=lambda a: a.balance)
bank = Bank()
alice = bank.open(Account, "alice", 100)
bob = bank.open(Savings, "bob", 1000)
carol = bank.open(Account, "carol")
assert (alice.id, bob.id, carol.id) == (1, 2, 3)
alice.deposit(50).withdraw(30)
assert alice.balance == 120
assert bob.add_interest() == 50.0 and bob.balance == 1050.0
bank.transfer(2, 3, 300)
assert bob.balance == 750.0 and carol.balance == 300
try:
    bank.transfer(1, 3, 1000)
    assert False
except InsufficientFunds as e:
    assert (e.needed, e.available) == (1000, 120)
    assert str(e) == "need 1000, have 120"
carol.close()
try:
    bank.transfer(1, 3, 20)
    assert False
except AccountClosed as e:
    assert str(e) == "account 3 is closed"
assert alice.balance == 120  # rolled back
try:
    alice.balance = 5
    assert False
except AttributeError:
    pass
try:
    alice.deposit(-5)
    assert False
except ValueError as e:
    assert str(e) == "deposit must be positive"
try:
    bank.transfer(1, 99, 1)
    assert False
except KeyError as e:
    assert e.args == (99,)
assert bank.total() == 120 + 750.0 + 300
assert bank.richest() is bob
assert isinstance(bob, Account) and type(bob).__name__ == "Savings"
assert alice.history == [("deposit", 50), ("withdraw", 30), ("withdraw", 20), ("deposit", 20)]
assert [repr(a) for a in bank.accounts.values()] == ["Account(1, 'alice', 120)", "Account(2, 'bob', 750.0)", "Account(3, 'carol', 300)"]
report = "\n".join(f"{a.owner:<6}{a.balance:>10.2f}" for a in sorted(bank.accounts.values(), key=lambda a: -a.balance))
print(report)
print(bank.total(), alice.history)
