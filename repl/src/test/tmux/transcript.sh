#!/usr/bin/env bash
# Types the course's Part 3 and Part 5 code into the REPL by hand, line by line, in tmux, and
# prints the screen: the transcript a new user would see. As in Python's REPL, an empty line
# typed by hand ends a block, so the blank line inside the class is left out when typing. Usage: transcript.sh path/to/bin/kindling
set -uo pipefail
launcher="$(cd "$(dirname "${1:?usage: transcript.sh path/to/bin/kindling}")" && pwd)/$(basename "$1")"
sock="kindling-transcript-$$"
work="$(mktemp -d)"
trap 'tmux -L "$sock" kill-server >/dev/null 2>&1; rm -rf "$work"' EXIT
screen() { tmux -L "$sock" capture-pane -p -J -S -3000 -t t; }
idle() {  # waits until the screen stops changing and ends with a prompt
  local last="" now
  for _ in $(seq 1 1200); do
    sleep 0.1
    now="$(screen)"
    if [ "$now" = "$last" ] && printf '%s\n' "$now" | sed -e 's/[[:space:]]*$//' | grep -v '^$' | tail -1 | grep -qE '^(>>>|\.\.\.)$'; then return; fi
    last="$now"
  done
}
type_line() { tmux -L "$sock" send-keys -t t -l -- "$1"; tmux -L "$sock" send-keys -t t Enter; idle; }
cd "$work"
tmux -L "$sock" new-session -d -s t -x 120 -y 60 "env HOME='$work' TERM=xterm-256color NO_COLOR=1 '$launcher'"
tmux -L "$sock" set-option -t t history-limit 5000 >/dev/null
idle
while IFS= read -r line; do
  type_line "$line"
done <<'PY'
import torch
x = torch.tensor(3.14)
v = torch.tensor([1.0, 2.0, 3.0])
m = torch.tensor([[1, 2], [3, 4], [5, 6]])
w = torch.randn(3, 4)
a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([4.0, 5.0, 6.0])
print(a + b)
print(a * b)
print(a @ b)
if torch.cuda.is_available():
    a = a.to('cuda')

x = torch.tensor(3.0, requires_grad=True)
y = x**2 + 2*x + 1
y.backward()
print(x.grad)
import torch.nn as nn
torch.manual_seed(42)
sqft = torch.rand(100, 1) * 5
price = 200 * sqft + 50 + torch.randn(100, 1) * 20
print(f"sqft range: {sqft.min():.1f} - {sqft.max():.1f}")
print(f"price range: {price.min():.0f} - {price.max():.0f}")
class HousePriceNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.Sequential(
            nn.Linear(1, 16),
            nn.ReLU(),
            nn.Linear(16, 1),
        )
    def forward(self, x):
        return self.layers(x)

model = HousePriceNet()
print(model)
loss_fn = nn.MSELoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
losses = []
for epoch in range(500):
    pred = model(sqft)
    loss = loss_fn(pred, price)
    loss.backward()
    optimizer.step()
    optimizer.zero_grad()
    losses.append(loss.item())
    if epoch % 100 == 0:
        print(f"Epoch {epoch:>3d} | Loss: {loss.item():.1f}")

with torch.no_grad():
    test_sqft = torch.tensor([[3.0]])
    predicted = model(test_sqft)
    print(f"3,000 sqft → predicted price: ${predicted.item():.0f}k")

:vars
PY
screen | sed -e 's/[[:space:]]*$//'
