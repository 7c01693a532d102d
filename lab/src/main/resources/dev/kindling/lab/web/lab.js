// Kindling Lab's page: tabs, the live training charts (uPlot, fed by server-sent events), the
// neuron widget, code cells and the quiz. Every request carries the session's token.
"use strict";
(function () {
  const token = new URLSearchParams(location.search).get("token") || "";
  const $ = (id) => document.getElementById(id);
  const state = { loss: {}, points: null, line: null, lineUpdates: 0 };
  // What the other panels' scripts share: the state, the API with the token, the tab switch, and
  // the hooks called with the visible panel's name when the session's values may have changed.
  const lab = { state, onChanged: [] };
  window.kindlingLab = lab;
  lab.api = (path) => fetch(path, { headers: { "X-Kindling-Token": token } })
    .then((r) => { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); });
  lab.post = (path, body) => fetch(path, { method: "POST", body: body || "",
    headers: { "X-Kindling-Token": token, "Content-Type": "text/plain" } })
    .then((r) => { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); });

  // ---- tabs
  let visible = "training";
  lab.selectTab = (panel) => {
    visible = panel;
    document.querySelectorAll("nav button").forEach((b) => b.classList.toggle("active", b.dataset.panel === panel));
    document.querySelectorAll(".panel").forEach((p) => { p.hidden = p.id !== "panel-" + panel; });
    resizeCharts();
    lab.onChanged.forEach((hook) => hook(visible));
  };
  document.querySelectorAll("nav button").forEach((button) => {
    button.addEventListener("click", () => lab.selectTab(button.dataset.panel));
  });

  // ---- charts
  const palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd"];
  let lossPlot = null;
  let fitPlot = null;

  function chartWidth(el) { return Math.max(300, (el.clientWidth || 900) - 2); }

  function buildLossPlot() {
    const names = Object.keys(state.loss);
    const el = $("loss-chart");
    if (lossPlot) { lossPlot.destroy(); }
    const series = [{ label: "step" }].concat(names.map((n, i) => ({ label: n, stroke: palette[i % palette.length], width: 2 })));
    lossPlot = new uPlot({ width: chartWidth(el), height: 300, series, scales: { x: { time: false } },
      axes: [{ label: "step" }, { label: "value" }] }, lossData(names), el);
  }

  function lossData(names) {
    const longest = Math.max(0, ...names.map((n) => state.loss[n].length));
    const xs = Array.from({ length: longest }, (_, i) => i);
    return [xs].concat(names.map((n) => xs.map((i) => (i < state.loss[n].length ? state.loss[n][i] : null))));
  }

  function updateLoss(series) {
    const names = Object.keys(state.loss);
    if (!lossPlot || lossPlot.series.length !== names.length + 1) { buildLossPlot(); } else { lossPlot.setData(lossData(names)); }
    const values = state.loss[series];
    $("loss-count").textContent = String(values.length);
    const last = values[values.length - 1];
    $("loss-last").textContent = series + " = " + (last === null ? "nan" : Number(last).toPrecision(5));
  }

  function fitData() {
    const rows = [];
    if (state.points) { state.points.x.forEach((x, i) => rows.push([x, state.points.y[i], null])); }
    if (state.line) { state.line.x.forEach((x, i) => rows.push([x, null, state.line.y[i]])); }
    rows.sort((a, b) => a[0] - b[0]);
    return [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])];
  }

  function updateFit() {
    const el = $("fit-chart");
    if (!fitPlot) {
      fitPlot = new uPlot({ width: chartWidth(el), height: 300, scales: { x: { time: false } },
        series: [{ label: "x" },
                 { label: "data", stroke: "#1f77b4", paths: () => null, points: { show: true, size: 5, fill: "#1f77b4" } },
                 { label: "prediction", stroke: "#d62728", width: 3, spanGaps: true, points: { show: false } }],
        axes: [{ label: "input" }, { label: "target" }] }, fitData(), el);
    } else {
      fitPlot.setData(fitData());
    }
    $("fit-updates").textContent = String(state.lineUpdates);
  }

  function resizeCharts() {
    if (lossPlot) { lossPlot.setSize({ width: chartWidth($("loss-chart")), height: 300 }); }
    if (fitPlot) { fitPlot.setSize({ width: chartWidth($("fit-chart")), height: 300 }); }
  }

  // ---- events from the session
  const events = new EventSource("events?token=" + encodeURIComponent(token));
  events.onopen = () => { $("connection").textContent = "live"; $("connection").className = "online"; };
  events.onerror = () => { $("connection").textContent = "disconnected"; $("connection").className = "offline"; };
  events.addEventListener("scalars", (e) => {
    const m = JSON.parse(e.data);
    const values = state.loss[m.series] || (state.loss[m.series] = []);
    values.length = m.from;
    m.values.forEach((v) => values.push(v));
    updateLoss(m.series);
  });
  events.addEventListener("points", (e) => { state.points = JSON.parse(e.data); updateFit(); });
  events.addEventListener("line", (e) => { state.line = JSON.parse(e.data); state.lineUpdates++; updateFit(); });
  events.addEventListener("figure", (e) => lab.onFigure(JSON.parse(e.data)));
  events.addEventListener("changed", () => lab.onChanged.forEach((hook) => hook(visible)));
  events.addEventListener("cell", (e) => { const m = JSON.parse(e.data); cellEvent(m.id, (c) => c.output(m.text)); });
  events.addEventListener("cell-done", (e) => { const m = JSON.parse(e.data); cellEvent(m.id, (c) => c.done(m.ok)); });

  // ---- neuron widget
  const fmt = (v) => (Math.abs(v) < 0.005 ? 0 : v).toFixed(2);
  function drawNeuron(x, w, b, z, a) {
    const svg = $("neuron-diagram");
    const strokeW = Math.min(8, 1 + Math.abs(w) * 2);
    svg.innerHTML =
      '<line x1="70" y1="80" x2="230" y2="80" stroke="' + (w >= 0 ? "#1f77b4" : "#d62728") + '" stroke-width="' + strokeW + '"/>' +
      '<line x1="290" y1="80" x2="430" y2="80" stroke="#1f77b4" stroke-width="3"/>' +
      '<circle cx="45" cy="80" r="28" fill="#e0ecf8" stroke="#1f77b4"/>' +
      '<text x="45" y="85" text-anchor="middle" font-size="14">x=' + x.toFixed(1) + '</text>' +
      '<text x="150" y="68" text-anchor="middle" font-size="13">w=' + w.toFixed(1) + '</text>' +
      '<circle cx="260" cy="80" r="34" fill="' + (a > 0 ? "#ffe9c7" : "#eee") + '" stroke="#c2410c"/>' +
      '<text x="260" y="76" text-anchor="middle" font-size="12">z=' + fmt(z) + '</text>' +
      '<text x="260" y="94" text-anchor="middle" font-size="11">b=' + b.toFixed(1) + '</text>' +
      '<text x="360" y="68" text-anchor="middle" font-size="13">ReLU</text>' +
      '<circle cx="470" cy="80" r="30" fill="#e6f4ea" stroke="#15803d"/>' +
      '<text x="470" y="85" text-anchor="middle" font-size="13">' + fmt(a) + '</text>';
  }
  function updateNeuron() {
    const x = parseFloat($("x").value), w = parseFloat($("w").value), b = parseFloat($("b").value);
    const z = w * x + b;
    const a = Math.max(0, z);
    $("x-value").textContent = x.toFixed(1);
    $("w-value").textContent = w.toFixed(1);
    $("b-value").textContent = b.toFixed(1);
    $("z").textContent = fmt(z);
    $("relu").textContent = fmt(a);
    drawNeuron(x, w, b, z, a);
  }
  ["x", "w", "b"].forEach((id) => $(id).addEventListener("input", updateNeuron));
  updateNeuron();

  // ---- code cells: any number of them (the Code panel's, each lesson's), each owning the runs it posted
  const cellsById = {};
  const early = {};   // events of a run whose id the page has not heard back yet
  function cellEvent(id, action) {
    if (cellsById[id]) { action(cellsById[id]); } else { (early[id] = early[id] || []).push(action); }
  }
  // Wires a code cell: its textarea, Run button, status and output elements.
  lab.cell = (code, run, status, output) => {
    const cell = {
      output: (text) => output.append(document.createTextNode(text)),
      done: (ok) => { status.textContent = ok ? "done" : "error"; output.classList.toggle("error", !ok); run.disabled = false; },
    };
    function start() {
      output.textContent = "";
      output.classList.remove("error");
      status.textContent = "running…";
      run.disabled = true;
      lab.post("api/cell", code.value)
        .then((m) => { cellsById[m.id] = cell; (early[m.id] || []).forEach((action) => action(cell)); delete early[m.id]; })
        .catch((err) => { status.textContent = String(err); run.disabled = false; });
    }
    run.addEventListener("click", start);
    code.addEventListener("keydown", (e) => { if (e.key === "Enter" && e.ctrlKey) { e.preventDefault(); start(); } });
  };
  lab.cell($("cell-code"), $("cell-run"), $("cell-status"), $("cell-output"));

  // ---- quiz (answers kept per browser)
  const KEY = "kindling-lab-quiz";
  const questions = window.KINDLING_QUIZ;
  const saved = (() => { try { return JSON.parse(localStorage.getItem(KEY)) || {}; } catch (e) { return {}; } })();
  function renderQuiz() {
    const root = $("quiz");
    root.textContent = "";
    questions.forEach((item, qi) => {
      const box = document.createElement("div");
      box.className = "question";
      box.id = "question-" + qi;
      const h = document.createElement("h3");
      h.textContent = (qi + 1) + ". " + item.q;
      box.append(h);
      item.choices.forEach((choice, ci) => {
        const label = document.createElement("label");
        const input = document.createElement("input");
        input.type = "radio";
        input.name = "q" + qi;
        input.value = String(ci);
        input.checked = saved[qi] === ci;
        input.addEventListener("change", () => { saved[qi] = ci; localStorage.setItem(KEY, JSON.stringify(saved)); markQuiz(); });
        label.append(input, " " + choice);
        box.append(label);
      });
      const why = document.createElement("p");
      why.className = "explanation";
      why.hidden = true;
      box.append(why);
      root.append(box);
    });
    markQuiz();
  }
  function markQuiz() {
    let score = 0;
    questions.forEach((item, qi) => {
      const box = $("question-" + qi);
      const answered = saved[qi] !== undefined;
      const right = answered && saved[qi] === item.answer;
      if (right) { score++; }
      box.classList.toggle("correct", right);
      box.classList.toggle("wrong", answered && !right);
      const why = box.querySelector(".explanation");
      why.hidden = !answered;
      why.textContent = answered ? (right ? "Right. " : "Not quite: the answer is \"" + item.choices[item.answer] + "\". ") + item.why : "";
    });
    $("quiz-score").textContent = "Score: " + score + " / " + questions.length;
  }
  $("quiz-reset").addEventListener("click", () => {
    Object.keys(saved).forEach((k) => delete saved[k]);
    localStorage.removeItem(KEY);
    renderQuiz();
  });
  renderQuiz();
})();
