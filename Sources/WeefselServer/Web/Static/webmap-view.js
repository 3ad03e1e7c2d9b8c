// Viewing the explorable map (webmap.js): the transform from map units to the canvas, pan and
// zoom with mouse, keys and two fingers, and taps.
"use strict";

Object.assign(WebMap.prototype, {
  reset() {
    const b = this.bounds, w = this.canvas.clientWidth || 800, h = this.canvas.clientHeight || 600;
    this.scale = Math.min(w / (b.x1 - b.x0), h / (b.y1 - b.y0)) * 0.95;
    this.centreOn((b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2, this.scale);
  },
  centreOn(x, y, scale) {
    this.scale = scale;
    this.ox = x - (this.canvas.clientWidth || 800) / 2 / scale;
    this.oy = y - (this.canvas.clientHeight || 600) / 2 / scale;
    this.draw();
  },
  zoom(factor, px, py) {
    const w = this.canvas.clientWidth, h = this.canvas.clientHeight;
    const [cx, cy] = [px ?? w / 2, py ?? h / 2];
    const [x, y] = [this.ox + cx / this.scale, this.oy + cy / this.scale];
    this.scale = Math.min(40, Math.max(0.02, this.scale * factor));
    this.ox = x - cx / this.scale;
    this.oy = y - cy / this.scale;
    this.draw();
  },
  screenOf(v) {
    return [(this.data.x[v] - this.ox) * this.scale, (this.data.y[v] - this.oy) * this.scale];
  },
  nearest(px, py) {
    let best = -1, bestDistance = 14 * 14;
    for (const v of this.visible) {
      const [sx, sy] = this.screenOf(v);
      const distance = (sx - px) ** 2 + (sy - py) ** 2;
      if (distance < bestDistance) { best = v; bestDistance = distance; }
    }
    return best;
  },
  setUpPointer() {
    const canvas = this.canvas, pointers = new Map();
    let moved = false, pinch = 0;
    canvas.addEventListener("wheel", (event) => {
      event.preventDefault();
      this.zoom(event.deltaY < 0 ? 1.2 : 1 / 1.2, event.offsetX, event.offsetY);
    }, { passive: false });
    canvas.addEventListener("pointerdown", (event) => {
      canvas.setPointerCapture(event.pointerId);
      pointers.set(event.pointerId, [event.offsetX, event.offsetY]);
      moved = false;
      if (pointers.size === 2) pinch = Math.hypot(...[...pointers.values()].reduce((a, b) => [a[0] - b[0], a[1] - b[1]]));
    });
    canvas.addEventListener("pointermove", (event) => {
      const last = pointers.get(event.pointerId);
      if (!last) return;
      const [dx, dy] = [event.offsetX - last[0], event.offsetY - last[1]];
      if (Math.abs(dx) + Math.abs(dy) > 3) moved = true;
      pointers.set(event.pointerId, [event.offsetX, event.offsetY]);
      if (pointers.size === 2) {
        const distance = Math.hypot(...[...pointers.values()].reduce((a, b) => [a[0] - b[0], a[1] - b[1]]));
        if (pinch > 0) this.zoom(distance / pinch);
        pinch = distance;
      } else if (moved) {
        this.ox -= dx / this.scale;
        this.oy -= dy / this.scale;
        this.draw();
      }
    });
    canvas.addEventListener("pointerup", (event) => {
      pointers.delete(event.pointerId);
      if (moved) return;
      const v = this.nearest(event.offsetX, event.offsetY);
      if (v >= 0 && v === this.selected && this.data.named && this.data.ids[v]) {
        window.location.href = "/personen/" + encodeURIComponent(this.data.ids[v]);
      } else {
        this.select(v);
      }
    });
    canvas.addEventListener("keydown", (event) => {
      const step = 60 / this.scale;
      const keys = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
      if (keys[event.key]) { this.ox += keys[event.key][0]; this.oy += keys[event.key][1]; this.draw(); event.preventDefault(); }
      if (event.key === "+" || event.key === "=") this.zoom(1.5);
      if (event.key === "-") this.zoom(1 / 1.5);
    });
  },
});

