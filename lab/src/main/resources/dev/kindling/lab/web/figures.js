// Kindling Lab's Figures panel: every pyplot figure the session draws (plt.pause, plt.draw,
// plt.show), sent as data by the "figure" event and drawn again with uPlot, zoomable by dragging
// (double-click resets), each downloadable as a PNG of its canvas. A figure drawn again in a
// training loop is redrawn in place.
"use strict";
(function () {
  const lab = window.kindlingLab;
  const $ = (id) => document.getElementById(id);
  const plots = {};
  lab.state.figures = {};

  // uPlot wants one x array: the union of every series' x, each series null where it has no point.
  function aligned(fig) {
    const xs = Array.from(new Set(fig.series.flatMap((s) => s.x))).sort((a, b) => a - b);
    const at = new Map(xs.map((x, i) => [x, i]));
    const columns = fig.series.map((s) => {
      const col = new Array(xs.length).fill(null);
      s.x.forEach((x, i) => { col[at.get(x)] = s.y[i]; });
      return col;
    });
    return [xs].concat(columns);
  }

  function seriesOptions(s, i) {
    const base = { label: s.label || (s.kind + " " + (i + 1)), stroke: s.color, width: 2, spanGaps: true };
    if (s.kind === "scatter") { return Object.assign(base, { paths: () => null, points: { show: true, size: 6, fill: s.color } }); }
    if (s.kind === "bars") { return Object.assign(base, { fill: s.color + "88", paths: uPlot.paths.stepped({ align: 1 }), points: { show: false } }); }
    return Object.assign(base, { points: { show: false } });
  }

  function box(fig) {
    let el = $("figure-" + fig.number);
    if (el) { return el; }
    el = document.createElement("div");
    el.className = "figure";
    el.id = "figure-" + fig.number;
    const head = document.createElement("h3");
    const link = document.createElement("a");
    link.className = "png";
    link.textContent = "PNG";
    link.href = "#";
    link.download = "figure-" + fig.number + ".png";
    link.addEventListener("click", () => { link.href = plots[fig.number].ctx.canvas.toDataURL("image/png"); });
    const chart = document.createElement("div");
    chart.className = "chart";
    el.append(head, chart, link);
    $("figures").append(el);
    $("figures-empty").hidden = true;
    return el;
  }

  function draw(fig) {
    lab.state.figures[fig.number] = fig;
    const el = box(fig);
    el.querySelector("h3").textContent = "Figure " + fig.number + (fig.title ? ": " + fig.title : "");
    const chart = el.querySelector(".chart");
    const data = aligned(fig);
    const old = plots[fig.number];
    const sameShape = old && old.series.length === fig.series.length + 1
      && old.series.slice(1).every((s, i) => s.stroke() === fig.series[i].color);
    if (sameShape) {
      old.setData(data);
      return;
    }
    if (old) { old.destroy(); }
    plots[fig.number] = new uPlot({ width: Math.max(300, (chart.clientWidth || 900) - 2), height: 320,
      scales: { x: { time: false } }, cursor: { drag: { x: true, y: true } },
      series: [{ label: fig.xlabel || "x" }].concat(fig.series.map(seriesOptions)),
      axes: [{ label: fig.xlabel }, { label: fig.ylabel }] }, data, chart);
  }

  lab.onFigure = draw;
  lab.figurePng = (number) => plots[number].ctx.canvas.toDataURL("image/png");
})();
