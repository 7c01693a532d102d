// Kindling Lab's Lessons panel: five short lessons following the course's Parts 1-5, each a few
// paragraphs and code cells (prefilled, editable) that run in the session as the Code panel's do,
// their output streamed back. Which lesson is open is kept per browser.
"use strict";
(function () {
  const lab = window.kindlingLab;
  const $ = (id) => document.getElementById(id);
  const KEY = "kindling-lab-lesson";
  const LESSONS = [
    { title: "1. What a network is",
      text: ["A neural network is a function with many adjustable numbers in it. Nobody writes its rules: you show it examples, and training adjusts those numbers until its answers match them.",
        "Its smallest part is a neuron: each input times a weight, summed, plus a bias, then an activation such as ReLU, which passes positive sums and turns negative ones into 0. The Neuron tab lets you try it with sliders.",
        "Neurons sit in layers, each layer's outputs feeding the next; the Flow tab shows values moving through a small one."],
      cells: ["import torch\nx = torch.tensor([8.0, 9.0])      # two inputs\nw = torch.tensor([0.1, 0.2])      # how much each matters\nb = 5.0                            # a starting offset\nz = (x * w).sum() + b\nprint(z, torch.relu(z))",
        "import torch.nn as nn\nneuron = nn.Linear(2, 1)\nprint(neuron.weight, neuron.bias)\nneuron(torch.tensor([[8.0, 9.0]]))"] },
    { title: "2. Forward and backward",
      text: ["A forward pass feeds an input through the layers, left to right, and gets a prediction. A loss then puts one number on how far that prediction is from the right answer.",
        "The backward pass goes the other way: starting from the loss, it works out for every weight how much the loss would change if that weight moved a little. Those numbers are the gradients.",
        "Gradient descent then moves each weight a small step against its gradient, so the loss shrinks; doing this over and over is training."],
      cells: ["import torch\nw = torch.tensor(2.0, requires_grad=True)\nx, y = torch.tensor(3.0), torch.tensor(10.0)\npred = w * x                 # forward\nloss = (pred - y) ** 2       # how wrong\nloss.backward()              # backward\nprint(pred, loss, w.grad)",
        "with torch.no_grad():\n    w -= 0.01 * w.grad       # one step downhill\nprint(w, ((w * x - y) ** 2).item())"] },
    { title: "3. Tensors and autograd",
      text: ["A tensor is an array of numbers with any number of dimensions: a single number, a vector, a matrix, or more. Arithmetic on tensors works element by element, and @ multiplies matrices.",
        "Mark a tensor with requires_grad=True and every operation on it is recorded. Calling backward() on a result walks that record backwards and leaves the derivative in each marked tensor's .grad.",
        "The Graph tab draws that record for any tensor you name."],
      cells: ["import torch\na = torch.tensor([1.0, 2.0, 3.0])\nb = torch.tensor([4.0, 5.0, 6.0])\nprint(a + b, a * b, a @ b)\nm = torch.tensor([[1, 2], [3, 4], [5, 6]])\nm.shape",
        "x = torch.tensor(3.0, requires_grad=True)\ny = x ** 2 + 2 * x + 1\ny.backward()\nx.grad          # 2x + 2 at x = 3"] },
    { title: "4. The training loop",
      text: ["Every model trains with the same five lines, repeated: run the data forward, measure the loss, compute the gradients with backward(), let the optimizer step the weights, and clear the gradients for the next round.",
        "The learning rate sets the size of each step: too large and the loss jumps around or explodes, too small and it barely moves. The Loop tab runs these five lines one click at a time on a real model."],
      cells: ["import torch, torch.nn as nn\n_ = torch.manual_seed(0)\nx = torch.linspace(0, 1, 20).reshape(-1, 1)\ny = 3 * x + 1\nmodel = nn.Linear(1, 1)\nloss_fn = nn.MSELoss()\noptimizer = torch.optim.SGD(model.parameters(), lr=0.5)\nfor epoch in range(50):\n    pred = model(x)\n    loss = loss_fn(pred, y)\n    loss.backward()\n    optimizer.step()\n    optimizer.zero_grad()\n    if epoch % 10 == 0:\n        print(epoch, round(loss.item(), 4))",
        "print(model.weight.item(), model.bias.item())   # close to 3 and 1?"] },
    { title: "5. House prices, end to end",
      text: ["Here the pieces come together: made-up houses whose price is about 200 times their size (in thousands of square feet) plus 50, a small network with one hidden layer of 16 ReLU neurons, and the loop from lesson 4 with Adam.",
        "Run the cells in order; the Training tab shows the loss falling while it runs. The network is never told the formula, yet its prediction for a 3,000 square foot house ends up near 650."],
      cells: ["import torch, torch.nn as nn\n_ = torch.manual_seed(42)    # the same houses each time\nsqft = torch.rand(100, 1) * 5\nprice = 200 * sqft + 50 + torch.randn(100, 1) * 20\nprint(f\"sqft {sqft.min():.1f} to {sqft.max():.1f}, price {price.min():.0f} to {price.max():.0f}\")",
        "model = nn.Sequential(nn.Linear(1, 16), nn.ReLU(), nn.Linear(16, 1))\nloss_fn = nn.MSELoss()\noptimizer = torch.optim.Adam(model.parameters(), lr=0.01)\nfor epoch in range(500):\n    loss = loss_fn(model(sqft), price)\n    loss.backward()\n    optimizer.step()\n    optimizer.zero_grad()\n    if epoch % 100 == 0:\n        print(f\"epoch {epoch:>3d}  loss {loss.item():.1f}\")",
        "with torch.no_grad():\n    print(f\"3,000 sqft: {model(torch.tensor([[3.0]])).item():.0f}k\")"] },
  ];

  function show(index) {
    localStorage.setItem(KEY, String(index));
    document.querySelectorAll("#lesson-nav button").forEach((b, i) => b.classList.toggle("active", i === index));
    const lesson = LESSONS[index];
    const root = $("lesson");
    root.textContent = "";
    const h = document.createElement("h3");
    h.textContent = lesson.title;
    root.append(h);
    lesson.text.forEach((t) => { const p = document.createElement("p"); p.textContent = t; root.append(p); });
    lesson.cells.forEach((code, ci) => {
      const box = document.createElement("div");
      box.className = "lesson-cell";
      box.id = "lesson-" + (index + 1) + "-cell-" + (ci + 1);
      const area = document.createElement("textarea");
      area.rows = code.split("\n").length + 1;
      area.spellcheck = false;
      area.value = code;
      const run = document.createElement("button");
      run.textContent = "Run";
      run.className = "run";
      const status = document.createElement("span");
      status.className = "status";
      const out = document.createElement("pre");
      out.className = "output";
      const bar = document.createElement("p");
      bar.append(run, " ", status);
      box.append(area, bar, out);
      root.append(box);
      lab.cell(area, run, status, out);
    });
  }

  LESSONS.forEach((lesson, i) => {
    const b = document.createElement("button");
    b.id = "lesson-tab-" + (i + 1);
    b.textContent = lesson.title;
    b.addEventListener("click", () => show(i));
    $("lesson-nav").append(b);
  });
  show(Math.min(LESSONS.length - 1, Math.max(0, parseInt(localStorage.getItem(KEY) || "0", 10) || 0)));
})();
