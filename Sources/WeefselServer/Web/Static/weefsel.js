// Weefsel's pages work without this script; it adds pan and zoom to maps, makes the people and
// households on a map open their page, shows the contact fields of a visit only when needed,
// offers the people a search finds while a name is typed in a person field, and gives the error
// page a way back. No inline script: the content security policy forbids it.
"use strict";

function setUpMap(figure) {
  const svg = figure.querySelector("svg");
  if (!svg) return;
  const links = JSON.parse(figure.dataset.links || "{}");
  for (const node of svg.querySelectorAll("g.node, g.cluster")) {
    const title = node.querySelector("title");
    const href = title && links[title.textContent.trim()];
    if (!href) continue;
    node.dataset.href = href;
    node.setAttribute("tabindex", "0");
    node.setAttribute("role", "link");
    const text = node.querySelector("text");
    if (text) node.setAttribute("aria-label", text.textContent);
    node.addEventListener("click", () => { window.location.href = href; });
    node.addEventListener("keydown", (event) => {
      if (event.key === "Enter") window.location.href = href;
    });
  }
  const box = svg.viewBox.baseVal;
  if (!box || box.width === 0) return;
  const home = { x: box.x, y: box.y, width: box.width, height: box.height };
  let view = Object.assign({}, home);
  svg.removeAttribute("width");
  svg.removeAttribute("height");
  svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
  const apply = () => svg.setAttribute("viewBox", `${view.x} ${view.y} ${view.width} ${view.height}`);
  const zoom = (factor, cx, cy) => {
    const width = Math.min(home.width * 4, Math.max(home.width / 20, view.width * factor));
    const height = width * (home.height / home.width);
    const px = cx === undefined ? 0.5 : cx;
    const py = cy === undefined ? 0.5 : cy;
    view.x += (view.width - width) * px;
    view.y += (view.height - height) * py;
    view.width = width;
    view.height = height;
    apply();
  };
  figure.querySelectorAll("[data-zoom]").forEach((button) => {
    button.addEventListener("click", () => {
      const what = button.dataset.zoom;
      if (what === "in") zoom(1 / 1.4);
      else if (what === "out") zoom(1.4);
      else { view = Object.assign({}, home); apply(); }
    });
  });
  svg.addEventListener("wheel", (event) => {
    event.preventDefault();
    const rect = svg.getBoundingClientRect();
    zoom(event.deltaY < 0 ? 1 / 1.2 : 1.2, (event.clientX - rect.left) / rect.width, (event.clientY - rect.top) / rect.height);
  }, { passive: false });
  let drag = null;
  svg.addEventListener("pointerdown", (event) => {
    if (event.target.closest("g[data-href]")) return;
    drag = { x: event.clientX, y: event.clientY, view: Object.assign({}, view) };
    svg.setPointerCapture(event.pointerId);
  });
  svg.addEventListener("pointermove", (event) => {
    if (!drag) return;
    const rect = svg.getBoundingClientRect();
    const scale = Math.max(view.width / rect.width, view.height / rect.height);
    view.x = drag.view.x - (event.clientX - drag.x) * scale;
    view.y = drag.view.y - (event.clientY - drag.y) * scale;
    apply();
  });
  const stop = () => { drag = null; };
  svg.addEventListener("pointerup", stop);
  svg.addEventListener("pointercancel", stop);
}

function setUpVisit(form) {
  const fields = form.querySelector(".contact-fields");
  if (!fields) return;
  const update = () => {
    const chosen = form.querySelector("input[name=outcome]:checked");
    const contact = chosen && chosen.value === "contact-made";
    fields.hidden = !contact;
    form.querySelector("[name=contact]").required = contact;
  };
  form.querySelectorAll("input[name=outcome]").forEach((radio) => radio.addEventListener("change", update));
  update();
}

// A person field: what is typed is searched (the same search as the search page, in the user's
// own wijken) and the people found are offered by name and address; their code is what is sent.
// Without the script the field takes a code, or a name or address that only one person has.
function setUpPicker(input) {
  const list = document.getElementById(input.getAttribute("list"));
  if (!list) return;
  const kept = Array.from(list.options).map((option) => option.cloneNode(true));
  let timer = null;
  let asked = "";
  const offer = (people) => {
    list.replaceChildren(...kept.map((option) => option.cloneNode(true)));
    for (const person of people) {
      if (person.id === input.dataset.self) continue;
      const option = document.createElement("option");
      option.value = person.id;
      option.label = person.address ? `${person.name} · ${person.address}` : person.name;
      option.textContent = option.label;
      list.appendChild(option);
    }
  };
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2 || text === asked || kept.some((option) => option.value === text)) return;
    timer = setTimeout(async () => {
      asked = text;
      try {
        const answer = await fetch(`/api/persons?limit=8&q=${encodeURIComponent(text)}`, {
          credentials: "same-origin", headers: { Accept: "application/json" },
        });
        if (answer.ok && input.value.trim() === text) offer(await answer.json());
      } catch (error) {
        // Offline or signed out: the field still takes a code or a name as typed.
      }
    }, 250);
  });
}

// A button that cannot be undone with one more click asks first (data-confirm holds the question).
document.addEventListener("submit", (event) => {
  const button = event.submitter;
  if (button && button.dataset.confirm && !window.confirm(button.dataset.confirm)) event.preventDefault();
});

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("figure.map").forEach(setUpMap);
  document.querySelectorAll("form[data-visit]").forEach(setUpVisit);
  document.querySelectorAll("input[data-picker]").forEach(setUpPicker);
  document.querySelectorAll("[data-back]").forEach((button) => {
    button.addEventListener("click", () => history.back());
  });
});
