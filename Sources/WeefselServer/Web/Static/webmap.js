// The explorable map of the wijk overview: Weefsel's own drawing of the data the service lays out
// once per change (/wijk/kaart.json), on a canvas, so that 10,000 people stay smooth to pan and
// zoom. Search focuses on a person or household and their one- and two-step neighbourhood; filters
// by tie kind, group, street and wijk; a tap shows the name, a second tap opens the page; a list
// beside the map serves the keyboard and screen readers. Pan, zoom and taps: webmap-view.js;
// drawing, downloads and print: webmap-export.js.
"use strict";

const WEBMAP_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999"];
const WEBMAP_TIES = { family: "#8C510A", household: "#8C510A", friend: "#0072B2", acquaintance: "#0072B2",
  neighbour: "#009E73", member: "#CC79A7", volunteer: "#CC79A7", professional: "#999999", conflict: "#D55E00" };

function webMapFold(text) {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ı/g, "i").toLowerCase();
}

class WebMap {
  constructor(root, data) {
    this.root = root;
    this.data = data;
    this.texts = JSON.parse(root.dataset.texts || "{}");
    this.canvas = root.querySelector("canvas");
    this.n = data.x.length;
    this.filter = { kinds: new Set(), group: "", street: "", wijk: "", labels: false, isolated: true, keyfigures: true };
    this.focus = null;
    this.selected = -1;
    this.rank = new Map(data.keyFigures.map((v, i) => [v, i + 1]));
    this.neighbours = Array.from({ length: this.n }, () => []);
    for (let t = 0; t < data.ties.length; t += 3) {
      const [a, b] = [data.ties[t], data.ties[t + 1]];
      if (data.tieKinds[data.ties[t + 2]] === "conflict") continue;
      this.neighbours[a].push(b);
      this.neighbours[b].push(a);
    }
    this.bounds = this.measure();
    this.setUpControls();
    this.readFilters();
    this.reset();
    new ResizeObserver(() => this.draw()).observe(this.canvas);
  }

  measure() {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const g of this.data.groups) {
      x0 = Math.min(x0, g.x - g.r); y0 = Math.min(y0, g.y - g.r);
      x1 = Math.max(x1, g.x + g.r); y1 = Math.max(y1, g.y + g.r);
    }
    return isFinite(x0) ? { x0, y0, x1, y1 } : { x0: 0, y0: 0, x1: 100, y1: 100 };
  }

  groupName(g) {
    const group = this.data.groups[g];
    if (group.loose) return this.texts.loose;
    if (!group.name) return `${this.texts.group} ${g + 1}`;
    return group.street ? `${group.name} ${this.texts.area}` : group.name;
  }

  tieFilter(kind) {
    const map = { household: "family", acquaintance: "friend", volunteer: "member" };
    const named = map[kind] || kind;
    return ["family", "friend", "neighbour", "member", "professional", "conflict"].includes(named) ? named : "other";
  }

  // Whether node v passes the group, street and wijk filters.
  shows(v) {
    const d = this.data, f = this.filter;
    if (f.group !== "" && d.group[v] !== Number(f.group)) return false;
    if (f.wijk !== "" && d.wijk[v] !== Number(f.wijk)) return false;
    if (f.street !== "") {
      const h = d.household[v];
      if (h < 0 || d.streetOf[h] !== Number(f.street)) return false;
    }
    return true;
  }

  readFilters() {
    const form = this.root;
    this.filter.kinds = new Set([...form.querySelectorAll("input[name=kind]:checked")].map((box) => box.value));
    for (const name of ["group", "street", "wijk"]) {
      const select = form.querySelector(`select[name=${name}]`);
      this.filter[name] = select ? select.value : "";
    }
    for (const name of ["labels", "isolated", "keyfigures"]) {
      this.filter[name] = form.querySelector(`input[name=${name}]`).checked;
    }
    this.visible = [];
    for (let v = 0; v < this.n; v++) if (this.shows(v)) this.visible.push(v);
    this.root.dataset.visible = String(this.visible.length);
    this.fillList();
  }

  setUpControls() {
    const d = this.data, root = this.root;
    const options = (name, entries) => {
      const select = root.querySelector(`select[name=${name}]`);
      if (!select) return;
      for (const [value, label] of entries) select.add(new Option(label, String(value)));
    };
    options("group", d.groups.map((_, g) => [g, this.groupName(g)]).sort((a, b) => a[1].localeCompare(b[1], "nl")));
    options("street", d.streets.map((s, i) => [i, s]));
    options("wijk", d.wijken.map((w, i) => [i, w]));
    const names = root.querySelector("datalist");
    const unique = [...new Set(d.labels)].sort((a, b) => a.localeCompare(b, "nl")).slice(0, 3000);
    names.replaceChildren(...unique.map((label) => new Option(label)));
    for (const input of root.querySelectorAll(".webmap-filters input, .webmap-filters select")) {
      input.addEventListener("change", () => { this.readFilters(); this.draw(); });
    }
    root.querySelector(".webmap-search").addEventListener("submit", (event) => {
      event.preventDefault();
      this.search(root.querySelector("input[type=search]").value);
    });
    root.querySelector(".map-tools").addEventListener("click", (event) => {
      const act = event.target.dataset && event.target.dataset.act;
      if (act === "in") this.zoom(1.5);
      if (act === "out") this.zoom(1 / 1.5);
      if (act === "reset") { this.focus = null; this.selected = -1; this.reset(); }
      if (act && window.weefselWebMapExport && ["png", "svg", "pdf", "print"].includes(act)) {
        window.weefselWebMapExport(this, act);
      }
    });
    this.setUpPointer();
  }

  // A search by name, address ("Mussenweg 39") or code; the best match is focused.
  search(text) {
    const d = this.data, words = webMapFold(text).split(/\s+/).filter(Boolean);
    const status = this.root.querySelector(".webmap-status");
    if (!words.length) return;
    const found = [];
    for (let v = 0; v < this.n; v++) {
      const h = d.household[v];
      const address = h >= 0 && d.streets.length ? `${d.streets[d.streetOf[h]] || ""} ${d.number[h] || ""}` : "";
      const text = webMapFold(`${d.labels[v]} ${address} ${d.ids[v] || ""}`);
      if (words.every((word) => text.includes(word))) found.push(v);
    }
    if (!found.length) { status.textContent = this.texts.noneFound; return; }
    const exact = found.find((v) => webMapFold(d.labels[v]) === words.join(" ")) ?? found[0];
    const members = d.household[exact] >= 0 && found.filter((v) => d.household[v] === d.household[exact]);
    const byAddress = members && members.length > 1 && !found.some((v) => webMapFold(d.labels[v]).includes(words[0]));
    this.focusOn(byAddress ? members : [exact]);
    status.textContent = `${this.texts.found}: ${d.labels[exact]}` + (found.length > 1 ? ` (${this.texts.more} ${found.length - 1})` : "");
  }

  // Focus on `centre` (node indices): them, and who is one or two steps away, the rest faded.
  focusOn(centre) {
    const near = new Map(centre.map((v) => [v, 0]));
    let frontier = centre;
    for (const step of [1, 2]) {
      const next = [];
      for (const v of frontier) for (const u of this.neighbours[v]) if (!near.has(u)) { near.set(u, step); next.push(u); }
      frontier = next;
    }
    this.focus = near;
    this.select(centre[0]);
    // The view fits the centre and the people one step away.
    const d = this.data, around = [...near].filter(([, step]) => step <= 1).map(([v]) => v).slice(0, 400);
    const xs = around.map((v) => d.x[v]), ys = around.map((v) => d.y[v]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const [w, h] = [this.canvas.clientWidth || 800, this.canvas.clientHeight || 600];
    const fit = Math.min(w / (x1 - x0 + 80), h / (y1 - y0 + 80));
    this.centreOn((x0 + x1) / 2, (y0 + y1) / 2, Math.min(3, Math.max(0.05, fit)));
    this.root.dataset.focus = d.labels[centre[0]];
    this.root.dataset.focused = String(near.size);
  }

  select(v) {
    this.selected = v;
    const info = this.root.querySelector(".webmap-info");
    if (v < 0) { info.replaceChildren(); return; }
    const d = this.data, t = this.texts;
    const kind = { r: t.resident, v: t.volunteer, a: t.association, p: t.professional }[d.kinds[v]];
    const parts = [kind, this.groupName(d.group[v])];
    const h = d.household[v];
    if (h >= 0 && d.streets.length && d.streetOf[h] >= 0) parts.push(`${d.streets[d.streetOf[h]]} ${d.number[h]}`);
    const isolation = { 1: t.isolated, 2: t.professionalOnly, 3: t.fragile }[d.isolation[v]];
    if (isolation) parts.push(isolation);
    if (this.rank.has(v)) parts.push(`${t.keyFigure} ${this.rank.get(v)}`);
    const name = document.createElement("strong");
    name.textContent = d.labels[v];
    info.replaceChildren(name, document.createTextNode(" · " + parts.join(" · ")));
    if (d.named && d.ids[v]) {
      const link = document.createElement("a");
      link.href = "/personen/" + encodeURIComponent(d.ids[v]);
      link.textContent = t.open;
      info.append(" ", link);
    }
    this.draw();
  }

  fillList() {
    const list = this.root.querySelector(".webmap-list ul"), d = this.data;
    const shown = this.visible.slice().sort((a, b) => d.labels[a].localeCompare(d.labels[b], "nl"));
    const items = shown.slice(0, 300).map((v) => {
      const item = document.createElement("li"), button = document.createElement("button");
      button.type = "button";
      button.className = "link";
      button.textContent = d.labels[v];
      button.addEventListener("click", () => this.focusOn([v]));
      item.append(button);
      return item;
    });
    if (shown.length > 300) {
      const more = document.createElement("li");
      more.textContent = `${this.texts.more} ${shown.length - 300} ${this.texts.people}`;
      items.push(more);
    }
    list.replaceChildren(...items);
  }
}

window.WebMap = WebMap;

document.addEventListener("DOMContentLoaded", () => {
  for (const root of document.querySelectorAll(".webmap")) {
    fetch(root.dataset.source, { credentials: "same-origin" })
      .then((answer) => answer.ok ? answer.json() : Promise.reject(answer.status))
      .then((data) => {
        const map = new WebMap(root, data);
        window.weefselWebMap = map;
        root.querySelector(".webmap-status").textContent = `${data.x.length} ${map.texts.people} ${map.texts.shown}`;
        if (root.dataset.focus) map.search(root.dataset.focus);
        // When the map was first drawn, for the benchmark's clock (performance.now() of this page).
        root.dataset.readyAt = String(performance.now());
        root.dataset.ready = "true";
      })
      .catch((status) => { root.querySelector(".webmap-status").textContent = `(${status})`; });
  }
});
