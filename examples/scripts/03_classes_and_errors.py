# Classes, inheritance, super(), special methods and exceptions.
class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f"need {needed} more")
        self.needed = needed


class Account:
    interest = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount - self.balance)
        self.balance -= amount
        return self

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance})"


class Savings(Account):
    interest = 0.05

    def add_interest(self):
        self.balance = round(self.balance * (1 + self.interest), 2)
        return self


a = Savings("ada", 100)
a.deposit(50).add_interest()
print(a, isinstance(a, Account), Savings.interest, Account.interest)
for attempt in [10, 500, -5]:
    try:
        if attempt < 0:
            a.deposit(attempt)
        else:
            a.withdraw(attempt)
        print("ok:", a)
    except InsufficientFunds as e:
        print("refused:", e, "| needed", e.needed)
    except ValueError as e:
        print("bad input:", e)
    finally:
        print("balance now", a.balance)

accounts = [Account("bo", 30), Savings("cy", 10), a]
print(sorted(accounts, key=lambda acc: acc.balance))
print(sum(acc.balance for acc in accounts))
