/* The kg HTML explorer: overview, entity pages, article reader and index share this one script.
 * Each page holds its data as JSON in <script id="kg-data">; bigger data (an entity's events, the
 * search index) sits in .js files loaded with <script src>, since fetch() is refused on file://.
 * Every string from the data is inserted with textContent or as an attribute value: never as HTML. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var root = data.root || "";
  var styles = data.styles || {}, predColors = data.predColors || {}, symmetric = data.symmetric || [];
  var articles = {};
  window.kgData = data;

  // ---- DOM helpers ---------------------------------------------------------------------------
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text != null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function add(parent, child) { parent.appendChild(child); return child; }
  function link(text, href, cls) { var a = el("a", text, cls); if (href) a.setAttribute("href", href); return a; }
  function safeUrl(u) { return /^https?:\/\//i.test(u || "") ? u : null; }
  function compact(list, sep) { return list.filter(function (x) { return x != null && x !== ""; }).join(sep); }
  function swatch(cls) {
    var s = el("span", null, "swatch"), st = styles[cls] || {};
    s.style.background = st.color || "#ccc";
    if (st.shape === "dot") s.style.borderRadius = "50%";
    return s;
  }
  function mergeArticles(map) { Object.keys(map || {}).forEach(function (k) { articles[k] = map[k]; }); }
  var details = document.getElementById("details"), controls = document.getElementById("controls");
  var detailsBox = document.getElementById("details-box");
  function show(box) { details.replaceChildren(box); if (detailsBox) detailsBox.hidden = false; }
  if (detailsBox) document.getElementById("details-close").addEventListener("click", function () { detailsBox.hidden = true; });

  // ---- data files ----------------------------------------------------------------------------
  var files = window.kgFiles = window.kgFiles || {}, pending = {};
  function load(path) {
    if (files[path]) return Promise.resolve(files[path]);
    if (!pending[path]) {
      pending[path] = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = root + path;
        s.onload = function () { if (files[path]) resolve(files[path]); else reject(new Error("no data in " + path)); };
        s.onerror = function () { reject(new Error("cannot load " + path)); };
        document.head.appendChild(s);
      });
    }
    return pending[path];
  }

  // ---- dates: yyyy, yyyy-mm or yyyy-mm-dd; an event matches a range its own span overlaps ----
  var dates = {from: "", to: "", undated: true};
  function dateSpan(d) {
    if (!d) return null;
    if (d.length === 4) return [d + "-01-01", d + "-12-31"];
    if (d.length === 7) return [d + "-01", d + "-31"];
    return [d, d];
  }
  function dateActive() { return !!(dates.from || dates.to) || !dates.undated; }
  function inRange(d) {
    var s = dateSpan(d);
    if (!s) return dates.undated;
    return (!dates.from || s[1] >= dates.from) && (!dates.to || s[0] <= dates.to);
  }
  function dateControls(parent, all, onChange, noun) {
    noun = noun || "event";
    add(parent, el("h2", "Dates"));
    var dated = all.filter(function (d) { return d; }).sort(), undated = all.length - dated.length;
    var hist = add(parent, el("div", null, "hist"));
    if (dated.length) {
      var first = dated[0].slice(0, 4), last = dated[dated.length - 1].slice(0, 4);
      var byYear = (last - first) > 4, buckets = {}, keys = [];
      dated.forEach(function (d) {
        var k = byYear || d.length < 7 ? d.slice(0, 4) : d.slice(0, 7);
        if (!(k in buckets)) { buckets[k] = 0; keys.push(k); }
        buckets[k] += 1;
      });
      keys.sort();
      var top = Math.max.apply(null, keys.map(function (k) { return buckets[k]; }));
      keys.forEach(function (k) {
        var bar = add(hist, el("div"));
        bar.style.height = Math.max(2, Math.round(34 * buckets[k] / top)) + "px";
        bar.title = k + ": " + buckets[k] + " " + noun + "(s)";
        bar.setAttribute("data-key", k);
        bar.addEventListener("click", function () { var s = dateSpan(k); set(s[0], s[1]); });
      });
    }
    if (undated) {
      var bar = add(hist, el("div", null, "undated"));
      bar.style.height = "6px"; bar.title = undated + " " + noun + "(s) without a date";
    }
    var row = add(parent, el("div", null, "row"));
    add(row, el("span", "from", "note"));
    var from = add(row, el("input")); from.type = "date"; from.id = "date-from";
    add(row, el("span", "to", "note"));
    var to = add(row, el("input")); to.type = "date"; to.id = "date-to";
    var lab = add(parent, el("label", null, "note")), box = add(lab, el("input"));
    box.type = "checkbox"; box.checked = true; box.id = "date-undated";
    lab.appendChild(document.createTextNode(" keep " + noun + "s without a date (" + undated + ")"));
    var row2 = add(parent, el("div", null, "row"));
    var reset = add(row2, el("button", "all dates")); reset.id = "date-reset";
    var summary = add(row2, el("span", null, "note")); summary.id = "date-summary";
    if (dated.length) {
      from.min = to.min = dateSpan(dated[0])[0];
      from.max = to.max = dateSpan(dated[dated.length - 1])[1];
    }
    function set(a, b) { from.value = a; to.value = b; apply(); }
    function apply() {
      dates.from = from.value; dates.to = to.value; dates.undated = box.checked;
      summary.textContent = onChange() || "";
    }
    [from, to, box].forEach(function (input) { input.addEventListener("change", apply); });
    reset.addEventListener("click", function () { box.checked = true; set("", ""); });
    summary.textContent = all.length + " " + noun + "(s), " + undated + " undated";
  }

  // ---- describing events ---------------------------------------------------------------------
  function badge(text, cls) { return el("span", text, "badge " + (cls || "")); }
  function eventFacts(ev) {
    var box = el("div", null, "facts");
    if (!inRange(ev.date)) box.classList.add("out-of-range");
    var line = add(box, el("div"));
    add(line, el("b", ev.date || "undated"));
    if (ev.date && ev.dateSource) add(line, el("span", " (" + ev.dateSource + ")", "src"));
    line.appendChild(document.createTextNode(" " + ev.predicate + " "));
    if (ev.plover) add(line, badge(compact([ev.plover, ev.ploverMode, ev.ploverContext], " / "), "plover"));
    if (ev.cameo) add(line, badge("CAMEO " + ev.cameo, "code"));
    if (ev.agentCode || ev.targetCode) add(line, badge((ev.agentCode || "?") + " \u2192 " + (ev.targetCode || "?"), "code"));
    if (ev.modality) add(line, badge(ev.modality, "modality"));
    var more = compact([ev.kind, ev.mode, ev.place, ev.role,
                        ev.agentText ? "agent: \u201c" + ev.agentText + "\u201d" : null,
                        ev.targetText ? "target: \u201c" + ev.targetText + "\u201d" : null,
                        ev.confidence == null ? null : "confidence " + ev.confidence,
                        ev.rule ? "derived by " + ev.rule : null], " \u2022 ");
    if (more) add(box, el("div", more, "src"));
    (ev.evidence || []).forEach(function (v) { add(box, evidence(v)); });
    if (ev.moreEvidence) add(box, el("div", "+ " + ev.moreEvidence + " more sentence(s)", "src"));
    return box;
  }
  // evidence: [sentence, article key, start, end]
  function anchorOf(v) { return v[2] != null && v[3] != null ? "e-" + v[2] + "-" + v[3] : ""; }
  function evidence(v) {
    var a = articles[v[1]] || {title: v[1]};
    var d = el("div", null, "ev");
    add(d, el("div", "\u201c" + v[0] + "\u201d", "quote"));
    var src = add(d, el("div", compact([a.title, a.date, a.source], " \u2014 ") + " ", "src"));
    if (a.page) add(src, link("read it in the article", root + a.page + "#" + anchorOf(v), "evidence-link"));
    return d;
  }
  function describeEdge(e) {
    var box = el("div");
    add(box, el("b", e.sourceLabel + " \u2014 " + e.predicate + (e.directed ? " \u2192 " : " \u2014 ") + e.targetLabel));
    var events = e.events || [];
    add(box, el("div", e.n + " event(s)" + (events.length < e.n ? ": reading them\u2026" : ""), "src"));
    events.forEach(function (ev) { add(box, eventFacts(ev)); });
    return box;
  }
  // The overview's edges carry no events: read them from the data file of the smaller of the two entities.
  function showEdge(e) {
    show(describeEdge(e));
    if ((e.events || []).length >= e.n) return Promise.resolve();
    var s = nodeInfo(e.source), t = nodeInfo(e.target), pick = s.degree <= t.degree ? s : t;
    return Promise.all([load(dataOf(pick)), loadArticles()]).then(function (got) {
      var key = edgeKey(e), full = entityEdges(got[0]).filter(function (x) { return edgeKey(x) === key; })[0];
      if (full) e.events = full.events;
      show(describeEdge(e));
    });
  }

  // ---- filters and search --------------------------------------------------------------------
  var hiddenClasses = {}, hiddenPreds = {}, query = "";
  function checkboxes(parent, title, keys, text, color, shape, hidden, onChange) {
    if (!keys.length) return;
    add(parent, el("h2", title));
    var box = add(parent, el("div")); box.id = title.toLowerCase() === "classes" ? "classes" : "predicates";
    keys.forEach(function (key) {
      var lab = add(box, el("label")), input = add(lab, el("input"));
      input.type = "checkbox"; input.checked = true; input.setAttribute("data-key", key);
      input.addEventListener("change", function () { hidden[key] = !input.checked; onChange(); });
      var sw = add(lab, el("span", null, "swatch"));
      sw.style.background = color(key); if (shape(key) === "dot") sw.style.borderRadius = "50%";
      lab.appendChild(document.createTextNode(text(key)));
    });
  }
  var indexRows = null, INDEX = "data/entities.js", ARTICLES = "data/articles.js";
  function loadArticles() { return load(ARTICLES).then(function (table) { mergeArticles(table); }); }
  function searchBox(parent, onQuery, onPick) {
    add(parent, el("h2", "Search"));
    var input = add(parent, el("input")); input.type = "search"; input.id = "search";
    input.placeholder = "any entity: name or alias\u2026";
    var list = add(parent, el("ul")); list.id = "results";
    function run() {
      query = input.value.trim().toLowerCase();
      if (onQuery) onQuery();
      list.replaceChildren();
      if (!query) return;
      load(INDEX).then(function (index) {
        indexRows = indexRows || index.rows;
        if (input.value.trim().toLowerCase() !== query) return;
        var hits = [];
        indexRows.forEach(function (r) {
          var label = r[1].toLowerCase(), score = label === query ? 0 : label.indexOf(query) === 0 ? 1 : label.indexOf(query) >= 0 ? 2 :
            r[7].some(function (a) { return a.toLowerCase().indexOf(query) >= 0; }) ? 3 : -1;
          if (score >= 0) hits.push([score, -r[3], r[1], r]);
        });
        hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0); });
        list.replaceChildren();
        if (!hits.length) add(list, el("li", "no entity matches", "note"));
        hits.slice(0, 25).forEach(function (h) {
          var r = h[3], li = add(list, el("li"));
          li.setAttribute("data-id", r[0]);
          add(li, swatch(r[2]));
          var pick = add(li, link(r[1], null, "grow pick"));
          pick.href = "#"; pick.addEventListener("click", function (ev) { ev.preventDefault(); onPick(row(r)); });
          add(li, el("span", r[2] + ", " + r[3], "note"));
          if (r[4]) add(li, link("page", root + r[4], "note"));
        });
        if (hits.length > 25) add(list, el("li", (hits.length - 25) + " more: type more of the name", "note"));
      });
    }
    input.addEventListener("input", run);
    input.addEventListener("keydown", function (ev) {
      var first = list.querySelector("a.pick");
      if (ev.key === "Enter" && first) first.click();
    });
  }
  function row(r) { return {id: r[0], label: r[1], cls: r[2], degree: r[3], page: r[4], x: r[5], y: r[6], aliases: r[7]}; }
  function dataOf(n) { return n.page ? n.page.replace(/\.html$/, ".js") : null; }
  function goTo(n) { if (n.page) window.location.href = root + n.page; }

  // ---- the graph (overview and entity neighbourhoods) ----------------------------------------
  var g = null, crowded = false;  // crowded: so many edges that each is drawn straight and fainter
  // What a node or edge stands for lives beside vis-network's items, not in them: vis copies its items often.
  var nodeData = {}, edgeData = {};
  function nodeInfo(id) { return nodeData[id] || null; }
  function edgeInfo(id) { return edgeData[id] || null; }
  window.kgNodeInfo = nodeInfo; window.kgEdgeInfo = edgeInfo;
  function edgeKey(e) { return e.predicate + "|" + e.source + "|" + e.target; }
  function visNode(n, x, y) {
    var s = styles[n.cls] || {};
    // vis-network shows a string title as text (innerText), never as markup
    nodeData[n.id] = n;
    var tip = n.label + "\n" + n.cls + " \u2022 " + n.degree + " link(s)" + (n.aliases && n.aliases.length ? "\nalso: " + n.aliases.join(", ") : "");
    return {id: n.id, label: n.label, x: x, y: y, title: tip, shape: s.shape, value: n.degree + 1,
            color: {background: s.color, border: "#333"}, borderWidth: n.focus ? 4 : 1};
  }
  function visEdge(e, labels) {
    var label = e.predicate + (e.n > 1 ? " \u00d7" + e.n : "");
    var tip = e.sourceLabel + " \u2014 " + label + (e.directed ? " \u2192 " : " \u2014 ") + e.targetLabel;
    var item = {id: edgeKey(e), from: e.source, to: e.target, title: tip, width: Math.min(1 + Math.log2(e.n + 1), 6),
                color: {color: predColors[e.predicate] || "#888", opacity: (e.derived ? 0.35 : 1) * (crowded ? 0.55 : 1)}};
    edgeData[item.id] = e;
    // only what differs from the defaults set once for all edges in makeGraph: options cost time per edge
    if (labels) item.label = label;
    if (!e.directed) { item.arrows = ""; item.dashes = true; }
    if (e.curve && !crowded) {  // parallel edges bend alternately left and right, a little more each pair
      item.smooth = {enabled: true, type: e.curve % 2 ? "curvedCW" : "curvedCCW", roundness: Math.min(0.15 * Math.ceil(e.curve / 2), 0.6)};
    }
    return item;
  }
  function makeGraph(nodeList, edgeList, labels, onFirstDraw) {
    var nodes = new vis.DataSet(nodeList), edges = new vis.DataSet(edgeList), dateNodes = {};
    function edgeVisible(e) {
      var x = edgeData[e.id];
      if (hiddenPreds[x.predicate]) return false;
      if (dateActive() && !(x.dates || []).some(inRange)) return false;
      return true;
    }
    function nodeVisible(n) {
      var x = nodeData[n.id];
      if (hiddenClasses[x.cls] && !x.focus) return false;
      if (dateActive() && !dateNodes[x.id] && !x.focus) return false;
      if (query && !x.focus && !matches(x) && !searchNeighbours[x.id]) return false;
      return true;
    }
    var searchNeighbours = {};
    function matches(x) {
      return x.label.toLowerCase().indexOf(query) >= 0 ||
        (x.aliases || []).some(function (a) { return a.toLowerCase().indexOf(query) >= 0; });
    }
    var nodeView = new vis.DataView(nodes, {filter: nodeVisible});
    var edgeView = new vis.DataView(edges, {filter: edgeVisible});
    var big = edgeList.length > 800;
    var network = new vis.Network(document.getElementById("network"), {nodes: nodeView, edges: edgeView}, {
      nodes: {scaling: {min: 8, max: 40, label: {enabled: true, min: 12, max: 22, drawThreshold: 7}}, font: {size: 13}},
      edges: {smooth: false, arrows: "to", font: {size: 10, align: "middle"}},
      physics: false, layout: {improvedLayout: false},
      interaction: {hover: true, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big}
    });
    network.once("afterDrawing", function () {
      window.kgFirstPaint = performance.now();
      if (onFirstDraw) onFirstDraw();
    });
    function refresh() {
      searchNeighbours = {}; dateNodes = {};
      var shown = 0;
      edges.getIds().forEach(function (id) {
        var x = edgeData[id];
        if (query) {
          var s = nodes.get(x.source) && nodeData[x.source], t = nodes.get(x.target) && nodeData[x.target];
          if (s && matches(s)) searchNeighbours[x.target] = true;
          if (t && matches(t)) searchNeighbours[x.source] = true;
        }
        if (dateActive() && edgeVisible({id: id})) { dateNodes[x.source] = true; dateNodes[x.target] = true; shown += 1; }
      });
      nodeView.refresh(); edgeView.refresh();
      return dateActive() ? shown + " of " + edges.length + " links have events in range" : "";
    }
    return {nodes: nodes, edges: edges, network: network, refresh: refresh, labels: labels};
  }
  function filterControls(nodeList, edgeList) {
    var classes = Object.keys(styles).filter(function (c) { return nodeList.some(function (n) { return n.cls === c; }); });
    checkboxes(controls, "Classes", classes, function (c) { return c + " (" + styles[c].shape + ")"; },
               function (c) { return styles[c].color; }, function (c) { return styles[c].shape; }, hiddenClasses, function () { g.refresh(); });
    var preds = Array.from(new Set(edgeList.map(function (e) { return e.predicate; }))).sort();
    checkboxes(controls, "Relations", preds, function (p) { return p + (symmetric.indexOf(p) >= 0 ? " (symmetric)" : ""); },
               function (p) { return predColors[p] || "#888"; }, function () { return "box"; }, hiddenPreds, function () { g.refresh(); });
    add(controls, el("div", "Dashed edges are symmetric relations; faint ones are derived by a rule, not stated.", "note"));
  }
  function allDates(edgeList) { var out = []; edgeList.forEach(function (e) { out.push.apply(out, e.dates || []); }); return out; }
  function expose() { window.kgNetwork = g.network; window.kgNodes = g.nodes; window.kgEdges = g.edges; }

  // ---- overview ------------------------------------------------------------------------------
  function overview() {
    searchBox(controls, function () { g.refresh(); }, showNode);
    dateControls(controls, allDates(data.edges), function () { return g.refresh(); });
    filterControls(data.nodes, data.edges);
    var labels = data.edges.length <= 250;
    crowded = data.edges.length > 800;
    g = makeGraph(data.nodes.map(function (n) { return visNode(n, n.x, n.y); }),
                  data.edges.map(function (e) { return visEdge(e, labels); }), labels, function () { window.kgReady = true; });
    expose();
    g.network.on("click", function (p) {
      if (p.nodes.length) showNodeDetails(p.nodes[0]);
      else if (p.edges.length) showEdge(edgeInfo(p.edges[0]));
    });
  }
  function showNodeDetails(id) {
    var n = nodeInfo(id), box = el("div");
    add(box, el("b", n.label));
    add(box, el("div", n.cls + " \u2022 " + n.degree + " link(s)", "src"));
    if (n.aliases && n.aliases.length) add(box, el("div", "also: " + n.aliases.join(", "), "src"));
    if (n.page) add(add(box, el("div")), link("entity page: timeline, codes, neighbourhood", root + n.page, "page-link"));
    if (dataOf(n) && data.kind === "overview") {
      var b = add(add(box, el("div")), el("button", "expand: add its neighbours")); b.id = "expand";
      var said = add(box, el("div", null, "src"));
      b.addEventListener("click", function () {
        b.disabled = true;
        expand(id).then(function (added) { said.textContent = added + " neighbour(s) added"; b.disabled = false; });
      });
    }
    show(box);
  }
  // An entity file writes each sentence once (ent.sentences) and names the counterpart of each edge by
  // its index in ent.neighbours: put the sentences back into the events, rebuild whole edges.
  function entityEdges(ent) {
    var f = ent.focus;
    if (!ent.resolved) {
      ent.events.forEach(function (ev) { ev.evidence = ev.evidence.map(function (i) { return ent.sentences[i]; }); });
      ent.resolved = true;
    }
    return ent.edges.map(function (e) {
      var o = ent.neighbours[e.o], s = f, t = o;
      if (e.dir === "in" || (e.dir === "both" && o.id < f.id)) { s = o; t = f; }
      var events = e.ev.map(function (i) { return ent.events[i]; });
      return {source: s.id, target: t.id, sourceLabel: s.label, targetLabel: t.label, predicate: e.p,
              directed: e.dir !== "both", curve: e.curve, n: events.length, eventIndex: e.ev, events: events,
              derived: events.every(function (x) { return x.derived; }),
              dates: events.map(function (x) { return x.date || ""; })};
    });
  }
  // Items go into vis-network's data sets in one call each: every call redraws.
  function addEdges(ent) {
    var fresh = [];
    entityEdges(ent).forEach(function (e) {
      if (g.nodes.get(e.source) === null || g.nodes.get(e.target) === null) return;
      var key = edgeKey(e), old = edgeData[key];
      if (!old) fresh.push(visEdge(e, g.labels));
      else if ((old.events || []).length < e.events.length) edgeData[key] = e;
    });
    if (fresh.length) g.edges.add(fresh);
  }
  function expand(id) {
    var n = nodeInfo(id);
    return Promise.all([load(dataOf(n)), loadArticles()]).then(function (got) {
      var ent = got[0], fresh = [];
      ent.neighbours.forEach(function (nb) {
        if (fresh.length < ent.expandLimit && g.nodes.get(nb.id) === null) fresh.push(visNode(nb, nb.x, nb.y));
      });
      if (fresh.length) g.nodes.add(fresh);
      addEdges(ent);
      g.refresh();
      return fresh.length;
    });
  }
  function showNode(n) {
    var ready = Promise.resolve();
    if (!g.nodes.get(n.id)) {
      g.nodes.add(visNode(n, n.x, n.y));
      if (dataOf(n)) ready = Promise.all([load(dataOf(n)), loadArticles()]).then(function (got) { addEdges(got[0]); g.refresh(); });
    }
    return ready.then(function () {
      g.network.selectNodes([n.id]);
      g.network.focus(n.id, {scale: 1.1, animation: false});
      showNodeDetails(n.id);
    });
  }

  // ---- entity page ---------------------------------------------------------------------------
  function entityPage() {
    Promise.all([load(data.file), loadArticles()]).then(function (got) {
      var ent = got[0];
      var f = ent.focus;
      f.focus = true;
      entityHeader(ent);
      searchBox(controls, null, goTo);
      var evDates = ent.events.map(function (e) { return e.date || ""; });
      dateControls(controls, evDates, function () { var s = g.refresh(); return renderTimeline() + (s ? "; " + s : ""); });
      var drawn = ent.neighbours.filter(function (nb) { return nb.ex != null; });
      var ids = {}; ids[f.id] = true; drawn.forEach(function (nb) { ids[nb.id] = true; });
      var edgeList = entityEdges(ent).filter(function (e) { return ids[e.source] && ids[e.target]; });
      filterControls([f].concat(drawn), edgeList);
      var labels = edgeList.length <= 120;
      crowded = edgeList.length > 800;
      g = makeGraph([visNode(f, 0, 0)].concat(drawn.map(function (nb) { return visNode(nb, nb.ex, nb.ey); })),
                    edgeList.map(function (e) { return visEdge(e, labels); }), labels, function () { window.kgReady = true; });
      expose();
      timeline(ent);
      g.network.on("click", function (p) {
        if (p.nodes.length) {
          var n = nodeInfo(p.nodes[0]);
          if (!n.focus) { showNodeDetails(p.nodes[0]); markRows(function (ev) { return ent.neighbours[ev.o].id === n.id; }); }
        } else if (p.edges.length) {
          var e = edgeInfo(p.edges[0]);
          show(describeEdge(e));
          var mine = {}; (e.eventIndex || []).forEach(function (i) { mine[i] = true; });
          markRows(function (ev, i) { return mine[i]; });
        }
      });
    });
  }
  function entityHeader(ent) {
    var f = ent.focus, box = add(controls, el("div", null, "facts"));
    add(box, swatch(f.cls)); box.appendChild(document.createTextNode(f.cls + " \u2022 " + f.degree + " neighbour(s) \u2022 " + ent.events.length + " event(s)"));
    var codes = add(box, el("div"));
    if (ent.iso3166) add(codes, badge("ISO 3166 " + ent.iso3166, "code"));
    if (ent.actorCode) add(codes, badge("CAMEO actor " + ent.actorCode, "code"));
    (ent.codes || []).forEach(function (c) { if (c !== ent.actorCode) add(codes, badge(c, "code")); });
    if (!codes.childNodes.length) add(codes, el("span", "no codes", "src"));
    if (f.aliases.length) add(box, el("div", "Also called: " + f.aliases.join(", "), "src"));
    if (ent.mentionedIn.length) {
      var m = add(box, el("details")), sum = add(m, el("summary", "Mentioned in " + ent.mentionedIn.length + " article(s)"));
      sum.className = "src";
      var ul = add(m, el("ul", null, "ents"));
      ent.mentionedIn.forEach(function (a) {
        var info = articles[a] || {title: a};
        var li = add(ul, el("li")); add(li, link(info.title, info.page ? root + info.page : null));
        if (info.date) add(li, el("span", " " + info.date, "src"));
      });
    }
  }
  // The timeline draws the events in range a page at a time: a hub can take part in thousands.
  var TIMELINE_PAGE = 250;
  var line = {ent: null, body: null, limit: TIMELINE_PAGE, marked: null};
  function timeline(ent) {
    var main = document.getElementById("main"), box = add(main, el("div")); box.id = "timeline";
    add(box, el("h2", "Timeline of events"));
    var table = add(box, el("table")), head = add(add(table, el("thead")), el("tr"));
    ["Date", "Event", "With", "Evidence"].forEach(function (h) { add(head, el("th", h)); });
    line.ent = ent; line.body = add(table, el("tbody"));
    renderTimeline();
  }
  function renderTimeline() {
    var ent = line.ent, body = line.body, group = null, total = 0, drawn = 0, first = null;
    body.replaceChildren();
    ent.events.forEach(function (ev, i) {
      if (!inRange(ev.date)) return;
      total += 1;
      var hit = !!(line.marked && line.marked(ev, i));
      if (drawn >= line.limit) return;
      var key = ev.date ? ev.date.slice(0, 7) : "Undated";
      if (key !== group) {
        group = key;
        var gr = add(body, el("tr", null, "group")); gr.setAttribute("data-group", key);
        add(gr, el("td", key === "Undated" ? "Without a date" : key)).colSpan = 4;
      }
      var tr = add(body, eventRow(ent, ev));
      if (hit) { tr.classList.add("hit"); first = first || tr; }
      drawn += 1;
    });
    if (total > drawn) {
      var more = add(add(body, el("tr", null, "group")), el("td")), button = add(more, el("button", "show " +
        Math.min(TIMELINE_PAGE, total - drawn) + " more of " + (total - drawn)));
      more.colSpan = 4; button.id = "timeline-more";
      button.addEventListener("click", function () { line.limit += TIMELINE_PAGE; renderTimeline(); });
    }
    if (first) first.scrollIntoView({block: "nearest"});
    return total + " of " + ent.events.length + " events in range";
  }
  function eventRow(ent, ev) {
    var tr = el("tr", null, "event"); tr.setAttribute("data-date", ev.date || "");
    var d = add(tr, el("td", ev.date || "undated", "date"));
    if (ev.dateSource) add(d, el("div", ev.dateSource, "src"));
    var what = add(tr, el("td"));
    add(what, el("b", ev.predicate)); what.appendChild(document.createTextNode(" "));
    if (ev.plover) add(what, badge(compact([ev.plover, ev.ploverMode, ev.ploverContext], " / "), "plover"));
    if (ev.cameo) add(what, badge("CAMEO " + ev.cameo, "code"));
    if (ev.modality) add(what, badge(ev.modality, "modality"));
    var extra = compact([ev.mode, ev.place, ev.role, ev.rule ? "derived by " + ev.rule : null], " \u2022 ");
    if (extra) add(what, el("div", extra, "src"));
    var other = ent.neighbours[ev.o];
    var w = add(tr, el("td"));
    w.appendChild(document.createTextNode(ev.dir === "out" ? "\u2192 " : ev.dir === "in" ? "\u2190 " : "\u2194 "));
    add(w, other.page ? link(other.label, root + other.page) : el("span", other.label));
    if (ev.oc) { w.appendChild(document.createTextNode(" ")); add(w, badge(ev.oc, "code")); }
    var e = add(tr, el("td")), rest = null;
    (ev.evidence || []).forEach(function (v, k) {
      if (k === 1) {
        rest = add(e, el("details"));
        add(rest, el("summary", (ev.evidence.length - 1 + (ev.moreEvidence || 0)) + " more sentence(s)", "src"));
      }
      var a = articles[v[1]] || {title: v[1]};
      var q = add(k === 0 ? e : rest, el("div", "\u201c" + v[0] + "\u201d", "quote"));
      var src = add(q, el("div", compact([a.title, a.date], " \u2014 ") + " ", "src"));
      if (a.page) add(src, link("read", root + a.page + "#" + anchorOf(v), "evidence-link"));
    });
    return tr;
  }
  // Mark the events ``test`` picks, drawing the timeline far enough to show the first of them.
  function markRows(test) {
    line.marked = test;
    var position = 0, found = -1;
    line.ent.events.forEach(function (ev, i) {
      if (!inRange(ev.date)) return;
      if (found < 0 && test(ev, i)) found = position;
      position += 1;
    });
    if (found >= line.limit) line.limit = (Math.floor(found / TIMELINE_PAGE) + 1) * TIMELINE_PAGE;
    renderTimeline();
  }

  // ---- article reader ------------------------------------------------------------------------
  function articlePage() {
    var main = document.getElementById("main"), reader = add(main, el("div")); reader.id = "reader";
    var meta = add(controls, el("div", null, "facts"));
    if (!data.date) add(meta, el("div", "undated"));
    var url = safeUrl(data.url);
    if (url) { var a = add(add(meta, el("div")), link(url, url, "source-url")); a.rel = "noopener noreferrer"; a.target = "_blank"; }
    else if (data.url) add(meta, el("div", "source: " + data.url, "src"));
    if (data.file) add(meta, el("div", "file: " + data.file, "src"));
    if (!data.full) add(meta, el("div", "The graph keeps only the sentences that state relations; the parts of the article " +
                                  "it does not keep are marked [\u2026].", "note"));
    var byClass = {};
    data.entities.forEach(function (e, i) { (byClass[e.cls] = byClass[e.cls] || []).push(i); });
    var counts = {};
    data.mentions.forEach(function (m) { counts[m[2]] = (counts[m[2]] || 0) + 1; });
    add(controls, el("h2", "Mentions"));
    Object.keys(styles).forEach(function (cls) {
      if (!byClass[cls]) return;
      var h = add(controls, el("h3")); add(h, swatch(cls)); h.appendChild(document.createTextNode(cls));
      var ul = add(controls, el("ul", null, "ents"));
      byClass[cls].forEach(function (i) {
        var e = data.entities[i], li = add(ul, el("li"));
        var j = add(li, link(e.label, "#", "jump")); j.setAttribute("data-entity", String(i));
        j.addEventListener("click", function (ev) { ev.preventDefault(); nextMention(i); });
        add(li, el("span", " " + (counts[i] || 0) + "\u00d7 ", "src"));
        if (e.page) add(li, link("page", root + e.page, "src"));
      });
    });
    add(controls, el("h2", "Relations stated (" + data.events.length + ")"));
    var rel = add(controls, el("ul", null, "rels"));
    data.events.forEach(function (ev, i) {
      var li = add(rel, el("li")); li.setAttribute("data-event", String(i));
      var s = data.entities[ev.source], t = data.entities[ev.target];
      li.appendChild(document.createTextNode(s.label + " \u2014 " + ev.predicate + (ev.directed ? " \u2192 " : " \u2014 ") + t.label + " "));
      if (ev.plover) add(li, badge(ev.plover, "plover"));
      if (ev.cameo) add(li, badge(ev.cameo, "code"));
      add(li, el("span", " " + (ev.date || "undated"), "src"));
      li.addEventListener("click", function () { if (ev.anchors.length) jumpTo(ev.anchors[0]); showEvent(i); });
    });
    renderText(reader);
    window.addEventListener("hashchange", fromHash);
    fromHash();
    window.kgReady = true;
  }
  var segments = [], anchors = {};
  function renderText(reader) {
    var text = add(reader, el("div", null, "text")), sentences = data.sentences;
    data.runs.forEach(function (run, r) {
      var start = run[0], body = run[1], end = start + body.length;
      if (r > 0 || start > 0) add(text, el("span", " [\u2026] ", "gap"));
      var cuts = {}; cuts[start] = true; cuts[end] = true;
      sentences.forEach(function (s) { if (s.start >= start && s.start <= end) cuts[s.start] = true; if (s.end >= start && s.end <= end) cuts[s.end] = true; });
      var ments = data.mentions.filter(function (m) { return m[0] >= start && m[1] <= end; });
      ments.forEach(function (m) { cuts[m[0]] = true; cuts[m[1]] = true; });
      var points = Object.keys(cuts).map(Number).sort(function (a, b) { return a - b; }), mi = 0;
      for (var k = 0; k + 1 < points.length; k++) {
        var a = points[k], b = points[k + 1];
        sentences.forEach(function (s, si) {
          if (s.start === a && !anchors[s.id]) { var mark = add(text, el("span")); mark.id = s.id; anchors[s.id] = si; }
        });
        while (mi < ments.length && ments[mi][1] <= a) mi += 1;
        var m = mi < ments.length && ments[mi][0] <= a && ments[mi][1] >= b ? ments[mi] : null;
        var covering = [];
        sentences.forEach(function (s, si) { if (s.start <= a && s.end >= b) covering.push(si); });
        var seg = add(text, el("span", body.slice(a - start, b - start)));
        if (covering.length) { seg.classList.add("stated"); seg.setAttribute("data-s", covering.join(" ")); }
        if (m) {
          var e = data.entities[m[2]];
          seg.classList.add("m"); seg.setAttribute("data-entity", String(m[2]));
          seg.style.setProperty("--c", (styles[e.cls] || {}).color || "#999");
          seg.title = e.label + " (" + e.cls + ")";
        }
        if (covering.length || m) segments.push({el: seg, s: covering, m: m ? m[2] : null});
        seg.addEventListener("click", onSegment);
      }
    });
  }
  function onSegment(ev) {
    var seg = ev.currentTarget, ent = seg.getAttribute("data-entity"), s = seg.getAttribute("data-s");
    if (ent != null) { selectEntity(Number(ent)); return; }
    if (s) { var si = Number(s.split(" ")[0]); highlight(si); showSentence(si); }
  }
  function highlight(si) {
    segments.forEach(function (x) { x.el.classList.toggle("hit", x.s.indexOf(si) >= 0); });
    var first = segments.filter(function (x) { return x.s.indexOf(si) >= 0; })[0];
    if (first) first.el.scrollIntoView({block: "center"});
  }
  function jumpTo(id) {
    if (!(id in anchors)) return false;
    if (window.location.hash !== "#" + id) history.replaceState(null, "", "#" + id);
    highlight(anchors[id]);
    showSentence(anchors[id]);
    return true;
  }
  function fromHash() { var id = decodeURIComponent(window.location.hash.slice(1)); if (id) jumpTo(id); }
  function showSentence(si) {
    var s = data.sentences[si], box = el("div");
    add(box, el("b", "This sentence states " + s.events.length + " relation(s)"));
    s.events.forEach(function (i) { add(box, eventLine(i)); });
    show(box);
  }
  function eventLine(i) {
    var ev = data.events[i], s = data.entities[ev.source], t = data.entities[ev.target], box = el("div", null, "ev");
    var line = add(box, el("div"));
    add(line, s.page ? link(s.label, root + s.page) : el("span", s.label));
    line.appendChild(document.createTextNode(" \u2014 " + ev.predicate + (ev.directed ? " \u2192 " : " \u2014 ")));
    add(line, t.page ? link(t.label, root + t.page) : el("span", t.label));
    var facts = eventFacts(Object.assign({}, ev, {evidence: []}));
    add(box, facts);
    return box;
  }
  function showEvent(i) { var box = el("div"); add(box, eventLine(i)); show(box); }
  var mentionCursor = {};
  function selectEntity(i) {
    segments.forEach(function (x) { x.el.classList.toggle("sel", x.m === i); });
    var e = data.entities[i], box = el("div");
    add(box, el("b", e.label)); add(box, el("div", e.cls, "src"));
    if (e.page) add(box, link("entity page: timeline, codes, neighbourhood", root + e.page));
    data.events.forEach(function (ev, k) { if (ev.source === i || ev.target === i) add(box, eventLine(k)); });
    show(box);
  }
  function nextMention(i) {
    var mine = segments.filter(function (x) { return x.m === i; });
    selectEntity(i);
    if (!mine.length) return;
    var k = (mentionCursor[i] || 0) % mine.length;
    mentionCursor[i] = k + 1;
    var seg = mine[k];
    if (seg.s.length) { highlight(seg.s[0]); } else { seg.el.scrollIntoView({block: "center"}); }
    segments.forEach(function (x) { x.el.classList.toggle("sel", x.m === i); });
  }

  // ---- index ---------------------------------------------------------------------------------
  function indexPage() {
    searchBox(controls, null, goTo);
    var items = Array.prototype.slice.call(document.querySelectorAll("#articles li"));
    dateControls(controls, items.map(function (li) { return li.getAttribute("data-date"); }), function () {
      var shown = 0;
      items.forEach(function (li) { var ok = inRange(li.getAttribute("data-date")); li.style.display = ok ? "" : "none"; shown += ok ? 1 : 0; });
      return shown + " of " + items.length + " articles in range";
    }, "article");
    window.kgReady = true;
  }

  var pages = {overview: overview, entity: entityPage, article: articlePage, index: indexPage};
  (pages[data.kind] || function () {})();
})();
