# copy.copy of a tensor shares its elements; copy.deepcopy clones a leaf with requires_grad and
# grad, keeps shared tensors shared, and refuses a non-leaf with PyTorch's message; output from PyTorch 2.13.
import copy
import torch

a = torch.ones(3, requires_grad=True)
b = copy.copy(a)
b.data[0] = 5.0
print(a, b, b is a, b.requires_grad, b.is_leaf)
c = copy.deepcopy(a)
c.data[1] = 7.0
print(a, c, c.requires_grad, c.is_leaf)
a.grad = torch.tensor([1.0, 2.0, 3.0])
g = copy.deepcopy(a)
print(g.grad, g.grad is a.grad)
state = {"w": torch.arange(4.0).reshape(2, 2), "steps": [1, 2]}
saved = copy.deepcopy(state)
state["w"] += 10
state["steps"].append(3)
print(saved["w"], saved["steps"], state["w"][0])
pair = [a, a]
dup = copy.deepcopy(pair)
print(dup[0] is dup[1], dup[0] is a)
y = a * 2
try:
    copy.deepcopy(y)
except RuntimeError as e:
    print("RuntimeError:", str(e)[:60])
print(copy.deepcopy(torch.tensor([1, 2], dtype=torch.int32)))
