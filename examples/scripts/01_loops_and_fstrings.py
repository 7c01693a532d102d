# Loops, conditions and f-strings: the Python a learner needs before tensors.
for n in range(1, 16):
    if n % 15 == 0:
        word = "FizzBuzz"
    elif n % 3 == 0:
        word = "Fizz"
    elif n % 5 == 0:
        word = "Buzz"
    else:
        word = str(n)
    print(f"{n:>2}: {word}")

total = 0
count = 0
while total < 100:
    count += 1
    total += count ** 2
else:
    print(f"sum of squares passed 100 after {count} terms: {total:,}")

for rate in [0.1, 0.01, 0.001]:
    print(f"learning rate {rate:<6} = {rate:.1e} = {rate:.2%}")

width = 12
print(f"{'centred':^{width}}|")
print(f"{3.14159:+.2f} {255:x} {255:#o} {1234567.891:,.2f}")
