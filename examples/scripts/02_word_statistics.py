# Dictionaries, sorting with keys, string methods and comprehensions.
text = """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs away, quick as ever."""

words = [w.strip(".,;").lower() for w in text.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1

print("words:", len(words), "distinct:", len(counts))
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
for word, n in top:
    print(f"{word:<6} {'#' * n} ({n})")

lengths = {w: len(w) for w in counts}
longest = max(lengths, key=lengths.get)
print("longest word:", longest, lengths[longest])
print("short words:", sorted({w for w in words if len(w) <= 3}))
print("starts with 'q' or 'r':", [w for w in counts if w.startswith(("q", "r"))])
first_letters = "".join(w[0] for w in words[:9]).upper()
print(first_letters, first_letters[::-1], first_letters.count("T"))
pairs = list(zip(words[:3], range(3)))
print(pairs, dict(pairs))
