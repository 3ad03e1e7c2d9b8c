// Drawing the explorable map (webmap.js), on the screen and for print, and downloading what it
// shows as PNG, SVG or PDF, made in the browser from the same data: names or codes exactly as the
// map shows them to this user.
"use strict";

// The marks of what a map shows: ties and dots in the current view, ready for any surface.
function webMapMarks(map, width, height, ox, oy, scale) {
  const d = map.data, f = map.filter, marks = { lines: [], dots: [], labels: [], groups: [] };
  const inView = (x, y) => x > -20 && y > -20 && x < width + 20 && y < height + 20;
  const show = new Uint8Array(map.n);
  for (const v of map.visible) show[v] = 1;
  const faded = (v) => map.focus && !map.focus.has(v);
  // A tie is drawn strongly in a focus only when it touches the centre or someone one step away.
  const near = (v) => map.focus && map.focus.has(v) && map.focus.get(v) <= 1;
  for (let t = 0; t < d.ties.length; t += 3) {
    const [a, b, kind] = [d.ties[t], d.ties[t + 1], d.tieKinds[d.ties[t + 2]]];
    if (!show[a] || !show[b] || !f.kinds.has(map.tieFilter(kind))) continue;
    const [x1, y1, x2, y2] = [(d.x[a] - ox) * scale, (d.y[a] - oy) * scale, (d.x[b] - ox) * scale, (d.y[b] - oy) * scale];
    if (!inView(x1, y1) && !inView(x2, y2)) continue;
    marks.lines.push({ x1, y1, x2, y2, colour: WEBMAP_TIES[kind] || "#999999", faded: faded(a) || faded(b) || (map.focus && !near(a) && !near(b)),
      dashed: kind === "conflict", across: d.group[a] !== d.group[b] && !(map.focus && map.focus.has(a) && map.focus.has(b)) });
  }
  const radius = Math.max(1.5, Math.min(7, 4 * Math.sqrt(scale)));
  const labelled = [];
  for (const v of map.visible) {
    const [x, y] = [(d.x[v] - ox) * scale, (d.y[v] - oy) * scale];
    if (!inView(x, y)) continue;
    const rank = f.keyfigures ? map.rank.get(v) : undefined;
    const ring = f.isolated && d.isolation[v] !== "0" ? { 1: "#D55E00", 2: "#E69F00", 3: "#F0E442" }[d.isolation[v]] : null;
    marks.dots.push({ x, y, r: rank ? radius * 1.8 : radius, colour: WEBMAP_COLOURS[d.group[v] % WEBMAP_COLOURS.length],
      square: d.kinds[v] === "a", ring, faded: faded(v), selected: v === map.selected });
    const near = map.focus && map.focus.get(v) <= 1;
    if (rank || near || v === map.selected || (f.labels && scale > 0.6)) labelled.push([v, x, y, rank]);
  }
  // The most important names first (the chosen person, key figures, the centre of a focus, who
  // is one step away); a name that would cover one already placed is left out.
  const weight = ([v, , , rank]) => (v === map.selected ? 0 : rank ? rank : map.focus && map.focus.get(v) === 0 ? 30 : 40);
  labelled.sort((a, b) => weight(a) - weight(b) || a[0] - b[0]);
  const placed = [];
  for (const [v, x, y, rank] of labelled) {
    const text = (rank ? `${rank}. ` : "") + d.labels[v];
    const box = [x + radius + 1, y - 9, x + radius + 3 + text.length * 6.6, y + 5];
    if (placed.some((p) => box[0] < p[2] && p[0] < box[2] && box[1] < p[3] && p[1] < box[3])) continue;
    placed.push(box);
    marks.labels.push({ x: x + radius + 2, y: y + 4, text, bold: Boolean(rank) });
    if (placed.length >= 400) break;
  }
  for (let g = 0; g < d.groups.length; g++) {
    const group = d.groups[g];
    const [x, y] = [(group.x - ox) * scale, (group.y - oy - group.r) * scale - 4];
    if (!inView(x, y) || group.r * scale < 25) continue;
    // A name no wider than its disc, so that no two names run into each other.
    const room = Math.max(4, Math.floor((2 * group.r * scale + 16) / 8));
    const name = map.groupName(g);
    marks.groups.push({ x, y, text: name.length > room ? name.slice(0, room - 1) + "…" : name });
  }
  return marks;
}

function webMapPaint(context, marks) {
  context.lineWidth = 0.6;
  for (const line of marks.lines) {
    context.globalAlpha = line.faded ? 0.025 : line.across ? 0.06 : 0.4;
    context.strokeStyle = line.colour;
    context.setLineDash(line.dashed ? [4, 3] : []);
    context.beginPath();
    context.moveTo(line.x1, line.y1);
    context.lineTo(line.x2, line.y2);
    context.stroke();
  }
  context.setLineDash([]);
  for (const dot of marks.dots) {
    context.globalAlpha = dot.faded ? 0.15 : 1;
    context.fillStyle = dot.colour;
    context.beginPath();
    if (dot.square) context.rect(dot.x - dot.r, dot.y - dot.r, dot.r * 2, dot.r * 2);
    else context.arc(dot.x, dot.y, dot.r, 0, Math.PI * 2);
    context.fill();
    if (dot.ring || dot.selected) {
      context.lineWidth = dot.selected ? 3 : 2;
      context.strokeStyle = dot.selected ? "#000000" : dot.ring;
      context.stroke();
    }
  }
  context.globalAlpha = 1;
  context.fillStyle = "#1a1a1a";
  context.strokeStyle = "#ffffff";
  context.lineWidth = 3;
  for (const label of marks.labels) {
    context.font = `${label.bold ? "bold " : ""}12px system-ui, sans-serif`;
    context.strokeText(label.text, label.x, label.y);
    context.fillText(label.text, label.x, label.y);
  }
  context.font = "bold 14px system-ui, sans-serif";
  context.textAlign = "center";
  for (const group of marks.groups) {
    context.strokeText(group.text, group.x, group.y);
    context.fillText(group.text, group.x, group.y);
  }
  context.textAlign = "start";
}

WebMap.prototype.draw = function () {
  const canvas = this.canvas, ratio = window.devicePixelRatio || 1;
  const [width, height] = [canvas.clientWidth, canvas.clientHeight];
  if (!width || !height) return;
  if (canvas.width !== Math.round(width * ratio)) canvas.width = Math.round(width * ratio);
  if (canvas.height !== Math.round(height * ratio)) canvas.height = Math.round(height * ratio);
  const context = canvas.getContext("2d");
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  webMapPaint(context, webMapMarks(this, width, height, this.ox, this.oy, this.scale));
};

function webMapSave(blob, name) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

function webMapEscape(text) {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

function webMapSVG(marks, width, height, title) {
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/><title>${webMapEscape(title)}</title>`];
  for (const l of marks.lines) {
    parts.push(`<line x1="${l.x1.toFixed(1)}" y1="${l.y1.toFixed(1)}" x2="${l.x2.toFixed(1)}" y2="${l.y2.toFixed(1)}" stroke="${l.colour}" stroke-opacity="${l.faded ? 0.04 : l.across ? 0.06 : 0.4}" stroke-width="0.6"${l.dashed ? ' stroke-dasharray="4 3"' : ""}/>`);
  }
  for (const d of marks.dots) {
    const stroke = d.ring || d.selected ? ` stroke="${d.selected ? "#000000" : d.ring}" stroke-width="2"` : "";
    const shape = d.square ? `<rect x="${(d.x - d.r).toFixed(1)}" y="${(d.y - d.r).toFixed(1)}" width="${(2 * d.r).toFixed(1)}" height="${(2 * d.r).toFixed(1)}"`
      : `<circle cx="${d.x.toFixed(1)}" cy="${d.y.toFixed(1)}" r="${d.r.toFixed(1)}"`;
    parts.push(`${shape} fill="${d.colour}" fill-opacity="${d.faded ? 0.15 : 1}"${stroke}/>`);
  }
  for (const t of marks.labels.concat(marks.groups.map((g) => Object.assign({ bold: true, middle: true }, g)))) {
    parts.push(`<text x="${t.x.toFixed(1)}" y="${t.y.toFixed(1)}" font-family="sans-serif" font-size="${t.middle ? 14 : 12}"${t.bold ? ' font-weight="bold"' : ""}${t.middle ? ' text-anchor="middle"' : ""} paint-order="stroke" stroke="#ffffff" stroke-width="3">${webMapEscape(t.text)}</text>`);
  }
  parts.push("</svg>");
  return parts.join("\n");
}

// A one-page PDF (A4 landscape) of the marks, written here: lines, dots and labels in Helvetica.
function webMapPDF(marks, width, height, title) {
  const scale = Math.min(802 / width, 555 / height), page = [842, 595];
  const X = (x) => (20 + x * scale).toFixed(2), Y = (y) => (page[1] - 20 - y * scale).toFixed(2);
  const rgb = (hex) => [1, 3, 5].map((i) => (parseInt(hex.slice(i, i + 2), 16) / 255).toFixed(3)).join(" ");
  const text = (s) => s.replace(/[^\x20-\x7e\u00a0-\u00ff]/g, "?").replace(/[\\()]/g, "\\$&");
  const ops = ["0.4 w"];
  for (const l of marks.lines) if (!l.faded) ops.push(`${rgb(l.colour)} RG ${X(l.x1)} ${Y(l.y1)} m ${X(l.x2)} ${Y(l.y2)} l S`);
  for (const d of marks.dots) {
    const r = (d.r * scale).toFixed(2);
    ops.push(`${rgb(d.colour)} rg ${(X(d.x) - r).toFixed(2)} ${(Y(d.y) - r).toFixed(2)} ${2 * r} ${2 * r} re f`);
  }
  ops.push("0 0 0 rg");
  for (const t of marks.labels) ops.push(`BT /F1 ${(10 * scale).toFixed(1)} Tf ${X(t.x)} ${Y(t.y)} Td (${text(t.text)}) Tj ET`);
  for (const g of marks.groups) ops.push(`BT /F1 ${(12 * scale).toFixed(1)} Tf ${X(g.x)} ${Y(g.y)} Td (${text(g.text)}) Tj ET`);
  ops.push(`BT /F1 12 Tf 20 ${page[1] - 14} Td (${text(title)}) Tj ET`);
  const stream = ops.join("\n");
  const objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${page[0]} ${page[1]}] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>`,
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"];
  let out = "%PDF-1.4\n";
  const offsets = objects.map((body, i) => { const at = out.length; out += `${i + 1} 0 obj\n${body}\nendobj\n`; return at; });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` + offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Blob([Uint8Array.from(out, (c) => c.charCodeAt(0) & 255)], { type: "application/pdf" });
}

window.weefselWebMapExport = function (map, kind) {
  if (kind === "print") { window.print(); return; }
  const [width, height] = [map.canvas.clientWidth, map.canvas.clientHeight];
  const marks = webMapMarks(map, width, height, map.ox, map.oy, map.scale);
  const title = `${map.texts.title} · ${new Date().toLocaleDateString("nl-NL")}`;
  if (kind === "svg") webMapSave(new Blob([webMapSVG(marks, width, height, title)], { type: "image/svg+xml" }), "weefsel-kaart.svg");
  if (kind === "pdf") webMapSave(webMapPDF(marks, width, height, title), "weefsel-kaart.pdf");
  if (kind === "png") {
    const canvas = document.createElement("canvas");
    [canvas.width, canvas.height] = [width * 2, height * 2];
    const context = canvas.getContext("2d");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(2, 2);
    webMapPaint(context, marks);
    canvas.toBlob((blob) => webMapSave(blob, "weefsel-kaart.png"), "image/png");
  }
};

// Print: the map drawn again at the size of the paper.
window.addEventListener("beforeprint", () => { if (window.weefselWebMap) window.weefselWebMap.draw(); });
window.addEventListener("afterprint", () => { if (window.weefselWebMap) window.weefselWebMap.draw(); });
