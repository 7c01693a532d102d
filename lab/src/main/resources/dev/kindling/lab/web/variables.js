// Kindling Lab's Variables panel: the session's variables as the REPL's :vars lists them (from
// api/vars, refetched whenever the session reports a change), and one tensor at a time as a table
// and as a heatmap (api/tensor). A tensor of more than two dimensions shows as rows of its last one.
"use strict";
(function () {
  const lab = window.kindlingLab;
  const $ = (id) => document.getElementById(id);
  const COLUMNS = ["name", "type", "shape", "dtype", "requires_grad", "grad"];
  let picked = null;

  function cell(tag, text) {
    const c = document.createElement(tag);
    c.textContent = text;
    return c;
  }

  function renderVariables(data) {
    lab.state.variables = data.variables;
    const table = $("vars-table");
    table.textContent = "";
    const head = document.createElement("tr");
    COLUMNS.concat([""]).forEach((c) => head.append(cell("th", c)));
    table.append(head);
    data.variables.forEach((v) => {
      const tr = document.createElement("tr");
      tr.dataset.name = v.name;
      COLUMNS.forEach((c) => tr.append(cell("td", v[c])));
      const actions = document.createElement("td");
      if (v.shape !== "") {
        const view = cell("button", "view");
        view.className = "view-tensor";
        view.addEventListener("click", () => showTensor(v.name));
        const graph = cell("button", "graph");
        graph.className = "show-graph";
        graph.addEventListener("click", () => lab.showGraph(v.name));
        actions.append(view, " ", graph);
      }
      tr.append(actions);
      table.append(tr);
    });
    $("vars-empty").hidden = data.variables.length > 0;
    const names = $("graph-names");
    names.textContent = "";
    data.variables.filter((v) => v.shape !== "").forEach((v) => { const o = document.createElement("option"); o.value = v.name; names.append(o); });
  }

  function refresh() {
    lab.api("api/vars").then(renderVariables);
    if (picked) { showTensor(picked); }
  }

  // Rows and columns as a 2-D view: a scalar is 1 x 1, a vector one row, more dimensions rows of the last.
  function grid(t) {
    const cols = t.shape.length === 0 ? 1 : t.shape[t.shape.length - 1];
    const rows = cols === 0 ? 0 : Math.ceil(t.values.length / cols);
    return { rows, cols };
  }

  const num = (v) => (v === null ? "nan" : String(+Number(v).toPrecision(5)));

  function renderTable(t, g) {
    const table = $("tensor-table");
    table.textContent = "";
    for (let r = 0; r < g.rows; r++) {
      const tr = document.createElement("tr");
      for (let c = 0; c < g.cols && r * g.cols + c < t.values.length; c++) { tr.append(cell("td", num(t.values[r * g.cols + c]))); }
      table.append(tr);
    }
  }

  // Diverging colours as the course's: blue below zero, red above, white at zero, by |v| / max |v|.
  function colour(v, max) {
    if (v === null) { return "#888"; }
    const s = max === 0 ? 0 : Math.min(1, Math.abs(v) / max);
    const [r, g, b] = v < 0 ? [31, 119, 180] : [214, 39, 40];
    const mix = (c) => Math.round(255 + (c - 255) * s);
    return "rgb(" + mix(r) + "," + mix(g) + "," + mix(b) + ")";
  }

  function renderHeatmap(t, g) {
    const canvas = $("tensor-heatmap");
    const size = Math.max(2, Math.min(28, Math.floor(640 / Math.max(g.cols, 1)), Math.floor(400 / Math.max(g.rows, 1))));
    canvas.width = Math.max(1, g.cols * size);
    canvas.height = Math.max(1, g.rows * size);
    const ctx = canvas.getContext("2d");
    const max = t.values.reduce((m, v) => (v === null ? m : Math.max(m, Math.abs(v))), 0);
    t.values.forEach((v, i) => {
      ctx.fillStyle = colour(v, max);
      ctx.fillRect((i % g.cols) * size, Math.floor(i / g.cols) * size, size, size);
    });
    $("heatmap-scale").textContent = "blue −" + num(max) + " · white 0 · red +" + num(max);
  }

  function showTensor(name) {
    picked = name;
    lab.api("api/tensor?name=" + encodeURIComponent(name)).then((t) => {
      lab.state.tensor = t;
      $("tensor-view").hidden = false;
      if (t.error) {
        $("tensor-title").textContent = t.error;
        $("tensor-table").textContent = "";
        return;
      }
      $("tensor-title").textContent = name + ": shape (" + t.shape.join(", ") + ") " + t.dtype
        + (t.complete ? "" : " · first " + t.values.length + " elements");
      const g = grid(t);
      renderTable(t, g);
      renderHeatmap(t, g);
    });
  }

  lab.onChanged.push((visible) => { if (visible === "variables" || visible === "graph") { refresh(); } });
  lab.showTensor = showTensor;
})();
