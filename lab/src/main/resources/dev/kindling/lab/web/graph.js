// Kindling Lab's Graph panel: the autograd graph behind a tensor the learner names, fetched from
// api/graph and drawn as SVG. Layout: layers from left to right as the course draws a network, the
// picked tensor's node rightmost; a node's column is its longest distance from it, so every
// forward edge points right. Forward edges are blue; once backward has run, each gradient's way
// back is drawn red beside it, as in the course's "Forward Pass (Blue) -> Loss -> Backward Pass (Red)".
"use strict";
(function () {
  const lab = window.kindlingLab;
  const $ = (id) => document.getElementById(id);
  const SVG = "http://www.w3.org/2000/svg";
  const BOX_W = 190, LINE_H = 16, COL_GAP = 90, ROW_GAP = 26, PAD = 20;
  let shown = null;

  function columns(graph) {
    const depth = graph.nodes.map((n) => (n.id === 0 ? 0 : -1));
    for (let round = 0; round < graph.nodes.length; round++) {
      let moved = false;
      graph.edges.forEach((e) => {
        if (depth[e.to] >= 0 && depth[e.from] < depth[e.to] + 1) { depth[e.from] = depth[e.to] + 1; moved = true; }
      });
      if (!moved) { break; }
    }
    const cols = [];
    depth.forEach((d, id) => { (cols[Math.max(d, 0)] = cols[Math.max(d, 0)] || []).push(id); });
    return cols;
  }

  // Orders each column by where the nodes it feeds sit (their mean row), so edges cross less.
  function order(graph, cols) {
    const row = {};
    const consumers = graph.nodes.map(() => []);
    graph.edges.forEach((e) => consumers[e.from].push(e.to));
    cols.forEach((ids) => {
      const key = (id) => {
        const placed = consumers[id].filter((c) => row[c] !== undefined);
        return placed.length ? placed.reduce((s, c) => s + row[c], 0) / placed.length : 0;
      };
      ids.sort((a, b) => key(a) - key(b) || a - b);
      ids.forEach((id, i) => { row[id] = i; });
    });
  }

  function height(node) { return 12 + LINE_H * lines(node).length; }

  function layout(graph) {
    const cols = columns(graph);
    order(graph, cols);
    const tall = (ids) => ids.reduce((s, id) => s + height(graph.nodes[id]) + ROW_GAP, -ROW_GAP);
    const maxH = Math.max(...cols.map(tall));
    const pos = {};
    cols.forEach((ids, d) => {
      let y = PAD + (maxH - tall(ids)) / 2;
      const x = PAD + (cols.length - 1 - d) * (BOX_W + COL_GAP);
      ids.forEach((id) => { pos[id] = { x, y, h: height(graph.nodes[id]) }; y += pos[id].h + ROW_GAP; });
    });
    return { pos, width: 2 * PAD + cols.length * (BOX_W + COL_GAP) - COL_GAP, height: 2 * PAD + maxH };
  }

  function el(name, attrs, text) {
    const e = document.createElementNS(SVG, name);
    Object.entries(attrs).forEach(([k, v]) => e.setAttribute(k, v));
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  const num = (v) => (v === null ? "nan" : Math.abs(v) >= 1e4 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(2) : String(+v.toFixed(4)));
  function values(snapshot) {
    const shown = snapshot.values.slice(0, 4).map(num).join(", ");
    return "[" + shown + (snapshot.values.length > 4 || !snapshot.complete ? ", …" : "") + "]";
  }
  const shape = (s) => "(" + s.join(", ") + (s.length === 1 ? ",)" : ")");

  // What a node's box says: its name, the session's name for it, shape, values, and a leaf's .grad.
  function lines(node) {
    const out = [["title", node.name]];
    if (node.label) { out.push(["label", node.label]); }
    out.push(["shape", "shape " + shape(node.shape)]);
    if (node.value) { out.push(["value", "value " + values(node.value)]); }
    if (node.grad) { out.push(["grad", ".grad " + values(node.grad)]); }
    else if (node.kind === "leaf") { out.push(["grad none", ".grad None"]); }
    return out;
  }

  function drawNode(svg, node, p) {
    const g = el("g", { class: "gnode " + node.kind, id: "graph-node-" + node.id, "data-name": node.name,
      transform: "translate(" + p.x + "," + p.y + ")" });
    g.append(el("rect", { width: BOX_W, height: p.h, rx: 8 }));
    lines(node).forEach(([cls, text], i) => {
      g.append(el("text", { x: 10, y: 18 + i * LINE_H, class: cls }, text));
    });
    const tip = el("title", {}, node.name + (node.label ? " (" + node.label + ")" : "")
      + (node.value ? "\nvalue " + node.value.values.map(num).join(", ") : "")
      + (node.grad ? "\n.grad " + node.grad.values.map(num).join(", ") : ""));
    g.append(tip);
    svg.append(g);
  }

  function drawEdge(svg, e, pos, graph) {
    const a = pos[e.from], b = pos[e.to];
    const x1 = a.x + BOX_W, y1 = a.y + a.h / 2 - 5, x2 = b.x, y2 = b.y + b.h / 2 - 5;
    const mid = (x1 + x2) / 2;
    svg.append(el("path", { class: "forward", d: "M" + x1 + "," + y1 + " C" + mid + "," + y1 + " " + mid + "," + y2 + " " + x2 + "," + y2,
      "marker-end": "url(#arrow-forward)" }));
    if (graph.backward && graph.nodes[e.from].kind !== "input") {
      const off = 10;
      svg.append(el("path", { class: "backward", d: "M" + x2 + "," + (y2 + off) + " C" + mid + "," + (y2 + off) + " " + mid + "," + (y1 + off) + " " + x1 + "," + (y1 + off),
        "marker-end": "url(#arrow-backward)" }));
    }
  }

  function draw(graph) {
    const svg = $("graph-svg");
    svg.textContent = "";
    const { pos, width, height: h } = layout(graph);
    svg.setAttribute("viewBox", "0 0 " + width + " " + h);
    svg.setAttribute("width", width);
    svg.setAttribute("height", h);
    const defs = el("defs", {});
    [["forward", "#1f77b4"], ["backward", "#d62728"]].forEach(([name, colour]) => {
      const m = el("marker", { id: "arrow-" + name, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto" });
      m.append(el("path", { d: "M0,0 L10,5 L0,10 z", fill: colour }));
      defs.append(m);
    });
    svg.append(defs);
    graph.edges.forEach((e) => drawEdge(svg, e, pos, graph));
    graph.nodes.forEach((n) => drawNode(svg, n, pos[n.id]));
    $("graph-status").textContent = graph.nodes.length + " nodes"
      + (graph.truncated ? " (the first " + graph.nodes.length + " only)" : "")
      + (graph.backward ? " · backward has run: gradients in red" : " · forward only: call backward() to see gradients");
  }

  function show(name) {
    shown = name.trim();
    if (!shown) { return; }
    lab.api("api/graph?name=" + encodeURIComponent(shown)).then((graph) => {
      lab.state.graph = graph;
      if (graph.error) {
        $("graph-svg").textContent = "";
        $("graph-status").textContent = graph.error;
      } else {
        draw(graph);
      }
    });
  }

  $("graph-show").addEventListener("click", () => show($("graph-name").value));
  $("graph-name").addEventListener("keydown", (e) => { if (e.key === "Enter") { show($("graph-name").value); } });
  lab.onChanged.push((visible) => { if (shown && visible === "graph") { show(shown); } });
  lab.showGraph = (name) => { $("graph-name").value = name; lab.selectTab("graph"); show(name); };
})();
