// Kindling Lab's Loop panel: the course's five-step training loop run one line per click on a real
// model in the session (api/stepper). The step just run is lit, the next one outlined, and the
// values shown are the session's after that step: prediction, loss, gradients, weights. The chart
// draws the houses and the line w·x + b the model stands for now.
"use strict";
(function () {
  const lab = window.kindlingLab;
  const $ = (id) => document.getElementById(id);
  const SVG = "http://www.w3.org/2000/svg";
  const MARKS = ["①", "②", "③", "④", "⑤"];
  const TITLES = ["Forward", "Loss", "Backward", "Update", "Zero grad"];
  // What each step changes, lit after it runs.
  const CHANGES = [["loop-pred0"], ["loop-loss"], ["loop-weight-grad", "loop-bias-grad"], ["loop-weight", "loop-bias"],
    ["loop-weight-grad", "loop-bias-grad"]];
  const fmt = (v) => (v === null || v === undefined ? "None" : Number(v).toFixed(4));

  function renderSteps(s) {
    const list = $("loop-steps");
    if (!list.children.length) {
      s.steps.forEach((name, i) => {
        const li = document.createElement("li");
        li.id = "loop-step-" + name;
        li.dataset.step = String(i);
        const title = document.createElement("span");
        title.className = "step-title";
        title.textContent = MARKS[i] + " " + TITLES[i];
        const code = document.createElement("code");
        code.textContent = s.code[i];
        li.append(title, code);
        list.append(li);
      });
    }
    Array.from(list.children).forEach((li, i) => {
      li.classList.toggle("current", i === s.last);
      li.classList.toggle("next", i === s.next);
    });
    $("loop-next").textContent = "Run " + MARKS[s.next] + " " + TITLES[s.next];
  }

  function renderValues(s) {
    $("loop-lr").textContent = String(s.lr);
    $("loop-epoch").textContent = String(s.epoch);
    $("loop-weight").textContent = fmt(s.weight);
    $("loop-bias").textContent = fmt(s.bias);
    $("loop-x0").textContent = s.sqft ? fmt(s.sqft[0]) : "–";
    $("loop-y0").textContent = s.price ? fmt(s.price[0]) : "–";
    $("loop-pred0").textContent = s.pred ? fmt(s.pred[0]) : "None";
    $("loop-loss").textContent = fmt(s.loss);
    $("loop-weight-grad").textContent = fmt(s.weight_grad);
    $("loop-bias-grad").textContent = fmt(s.bias_grad);
    document.querySelectorAll(".loop-values td").forEach((td) => td.classList.remove("changed"));
    if (s.last >= 0 && !s.error) { CHANGES[s.last].forEach((id) => $(id).classList.add("changed")); }
    $("loop-error").hidden = !s.error;
    $("loop-error").textContent = s.error || "";
  }

  function el(name, attrs) {
    const e = document.createElementNS(SVG, name);
    Object.entries(attrs).forEach(([k, v]) => e.setAttribute(k, v));
    return e;
  }

  // The houses as dots and the model's line, on axes fixed to the course's data (0-5, 0-1100).
  function renderChart(s) {
    const svg = $("loop-chart");
    svg.textContent = "";
    const W = 420, H = 300, L = 40, B = 30, X_MAX = 5, Y_MAX = 1100;
    const px = (x) => L + (x / X_MAX) * (W - L - 10), py = (y) => H - B - (y / Y_MAX) * (H - B - 10);
    svg.append(el("rect", { x: L, y: 10, width: W - L - 10, height: H - B - 10, fill: "#fff", stroke: "#ddd" }));
    const clip = el("clipPath", { id: "loop-plot-area" });
    clip.append(el("rect", { x: L, y: 10, width: W - L - 10, height: H - B - 10 }));
    svg.append(clip);
    [0, 1, 2, 3, 4, 5].forEach((x) => { const t = el("text", { x: px(x), y: H - 12, "text-anchor": "middle", "font-size": 11 }); t.textContent = String(x); svg.append(t); });
    [0, 500, 1000].forEach((y) => { const t = el("text", { x: L - 4, y: py(y) + 4, "text-anchor": "end", "font-size": 11 }); t.textContent = String(y); svg.append(t); });
    if (s.sqft) {
      s.sqft.forEach((x, i) => svg.append(el("circle", { cx: px(x), cy: py(s.price[i]), r: 2.5, fill: "#1f77b4", "fill-opacity": 0.6 })));
    }
    if (s.weight !== null) {
      const clampY = (y) => Math.max(-200, Math.min(Y_MAX + 200, y));
      svg.append(el("line", { id: "loop-line", x1: px(0), y1: py(clampY(s.bias)), x2: px(X_MAX), y2: py(clampY(s.weight * X_MAX + s.bias)),
        stroke: "#d62728", "stroke-width": 2.5, "clip-path": "url(#loop-plot-area)" }));
    }
  }

  function render(s) {
    lab.state.stepper = s;
    renderSteps(s);
    renderValues(s);
    renderChart(s);
  }

  function act(path) {
    $("loop-next").disabled = true;
    lab.post(path).then(render).catch((err) => { $("loop-error").hidden = false; $("loop-error").textContent = String(err); })
      .finally(() => { $("loop-next").disabled = false; });
  }

  $("loop-next").addEventListener("click", () => act("api/stepper/next"));
  $("loop-reset").addEventListener("click", () => act("api/stepper/reset"));
  lab.onChanged.push((visible) => { if (visible === "loop") { lab.api("api/stepper").then(render); } });
})();
