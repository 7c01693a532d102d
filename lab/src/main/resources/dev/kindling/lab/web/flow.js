// Kindling Lab's Flow panel: the course's data flow through a small network, computed by the
// session (api/flow): a 2-3-1 network's node values for the learner's input, revealed layer by
// layer as blue dots travel forward, and after a backward pass each node's gradient, revealed as
// red dots travel back. Line width follows a weight's size; dashed lines are negative weights.
"use strict";
(function () {
  const lab = window.kindlingLab;
  const $ = (id) => document.getElementById(id);
  const SVG = "http://www.w3.org/2000/svg";
  const LAYER_MS = 550;
  const COLS = [90, 320, 550];
  const ROWS = [[135, 235], [85, 185, 285], [185]];
  const LAYERS = ["in", "hidden", "out"];
  const fmt = (v) => (v === null || v === undefined ? "" : Number(v).toFixed(3));
  let shown = null;

  function el(name, attrs, text) {
    const e = document.createElementNS(SVG, name);
    Object.entries(attrs).forEach(([k, v]) => e.setAttribute(k, v));
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  // Edges of layer l → l+1 with their weights (PyTorch keeps weight[j][i]: input i to unit j).
  function edges(s) {
    const out = [];
    if (!s.w1) { return out; }
    ROWS[0].forEach((_, i) => ROWS[1].forEach((__, j) => out.push({ layer: 0, i, j, w: s.w1[j * 2 + i], g: s.grad ? s.grad.w1[j * 2 + i] : null })));
    ROWS[1].forEach((_, i) => out.push({ layer: 1, i, j: 0, w: s.w2[i], g: s.grad ? s.grad.w2[i] : null }));
    return out;
  }

  function draw(s) {
    const svg = $("flow-svg");
    svg.textContent = "";
    ["Input", "Hidden (ReLU)", "Output"].forEach((t, l) => svg.append(el("text", { x: COLS[l], y: 20, "text-anchor": "middle", class: "flow-head" }, t)));
    edges(s).forEach((e) => {
      const a = [COLS[e.layer], ROWS[e.layer][e.i]], b = [COLS[e.layer + 1], ROWS[e.layer + 1][e.j]];
      const line = el("line", { x1: a[0] + 30, y1: a[1], x2: b[0] - 30, y2: b[1], class: s.grad ? "flow-edge backward" : "flow-edge",
        "stroke-width": Math.min(7, 0.8 + Math.abs(e.w) * 5), "stroke-dasharray": e.w < 0 ? "6 4" : "none" });
      line.append(el("title", {}, "weight " + fmt(e.w) + (e.g === null ? "" : "\n.grad " + fmt(e.g))));
      svg.append(line);
    });
    LAYERS.forEach((layer, l) => ROWS[l].forEach((y, k) => {
      const g = el("g", { id: "flow-node-" + layer + "-" + k, class: "flow-node " + layer });
      g.append(el("circle", { cx: COLS[l], cy: y, r: 30 }));
      g.append(el("text", { x: COLS[l], y: y - 36, "text-anchor": "middle", class: "flow-name" },
        layer === "in" ? "x" + (k + 1) : layer === "hidden" ? "h" + (k + 1) : "out"));
      g.append(el("text", { x: COLS[l], y: y + 5, "text-anchor": "middle", class: "flow-value" }, ""));
      g.append(el("text", { x: COLS[l], y: y + 48, "text-anchor": "middle", class: "flow-grad" }, ""));
      svg.append(g);
    }));
    if (s.loss !== null && s.loss !== undefined) {
      svg.append(el("text", { id: "flow-loss", x: COLS[2], y: 320, "text-anchor": "middle", class: "flow-loss" },
        "loss (out − " + fmt(s.target) + ")² = " + fmt(s.loss)));
    }
  }

  function values(s, layer) { return layer === "in" ? s.x : layer === "hidden" ? s.hidden : s.out; }

  function reveal(s, l, kind) {
    const layer = LAYERS[l];
    const vs = kind === "value" ? values(s, layer) : s.grad[layer === "in" ? "x" : layer];
    (vs || []).forEach((v, k) => {
      const t = document.querySelector("#flow-node-" + layer + "-" + k + " .flow-" + kind);
      t.textContent = kind === "grad" ? "∂L " + fmt(v) : fmt(v);
      t.dataset.value = String(v);
    });
  }

  // Dots along every edge between layer `from` and the next, forward (blue) or back (red).
  function travel(from, backward, then) {
    const svg = $("flow-svg");
    const dots = edges(shown).filter((e) => e.layer === from).map((e) => {
      const a = [COLS[e.layer] + 30, ROWS[e.layer][e.i]], b = [COLS[e.layer + 1] - 30, ROWS[e.layer + 1][e.j]];
      const dot = el("circle", { r: 5, class: backward ? "flow-dot backward" : "flow-dot forward" });
      svg.append(dot);
      return { dot, a: backward ? b : a, b: backward ? a : b };
    });
    const start = performance.now();
    function frame(now) {
      const t = Math.min(1, (now - start) / LAYER_MS);
      dots.forEach((d) => { d.dot.setAttribute("cx", d.a[0] + (d.b[0] - d.a[0]) * t); d.dot.setAttribute("cy", d.a[1] + (d.b[1] - d.a[1]) * t); });
      if (t < 1) { requestAnimationFrame(frame); } else { dots.forEach((d) => d.dot.remove()); then(); }
    }
    requestAnimationFrame(frame);
  }

  function animate(s, backward) {
    shown = s;
    lab.state.flow = s;
    lab.state.flowAnimating = true;
    draw(s);
    $("flow-error").hidden = !s.error;
    $("flow-error").textContent = s.error || "";
    const finish = () => { lab.state.flowAnimating = false; $("flow-status").textContent = backward ? "gradients are back at the inputs" : "forward pass done"; };
    if (s.error || !s.out) { finish(); return; }
    [0, 1, 2].forEach((l) => reveal(s, l, "value"));
    if (!backward) {
      [1, 2].forEach((l) => document.querySelectorAll(".flow-node." + LAYERS[l] + " .flow-value").forEach((t) => { t.textContent = ""; }));
      reveal(s, 0, "value");
      travel(0, false, () => { reveal(s, 1, "value"); travel(1, false, () => { reveal(s, 2, "value"); finish(); }); });
    } else {
      reveal(s, 2, "grad");
      travel(1, true, () => { reveal(s, 1, "grad"); travel(0, true, () => { reveal(s, 0, "grad"); finish(); }); });
    }
  }

  function query(withTarget) {
    const q = "?x1=" + encodeURIComponent($("flow-x1").value) + "&x2=" + encodeURIComponent($("flow-x2").value);
    return withTarget ? q + "&target=" + encodeURIComponent($("flow-target").value) : q;
  }

  function act(path, backward) {
    $("flow-status").textContent = "running in the session…";
    lab.post(path).then((s) => animate(s, backward))
      .catch((err) => { $("flow-status").textContent = String(err) + ": inputs must be numbers"; });
  }

  $("flow-forward").addEventListener("click", () => act("api/flow/forward" + query(false), false));
  $("flow-backward").addEventListener("click", () => act("api/flow/backward" + query(true), true));
  $("flow-reset").addEventListener("click", () => act("api/flow/reset", false));
})();
