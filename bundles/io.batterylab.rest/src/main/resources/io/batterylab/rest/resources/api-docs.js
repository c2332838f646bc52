"use strict";
let token = sessionStorage.getItem("batterylab.token") || "";
const el = (tag, attrs = {}, ...children) => {
  const e = document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => k === "class" ? e.className = v : e.setAttribute(k, v));
  children.forEach(c => e.append(c));
  return e;
};
function showUser() {
  document.getElementById("who").textContent = token ? "token set (kept for this tab only)" : "";
}
document.getElementById("login").onclick = async () => {
  const r = await fetch("auth/login", {method: "POST", headers: {"Content-Type": "application/json"},
    body: JSON.stringify({username: document.getElementById("user").value, password: document.getElementById("pass").value})});
  const j = await r.json();
  if (r.ok) { token = j.token; sessionStorage.setItem("batterylab.token", token); showUser(); }
  else { document.getElementById("who").textContent = j.error + ": " + j.message; }
};
async function tryIt(path, method, op, form, out) {
  let url = path;
  const query = new URLSearchParams();
  (op.parameters || []).forEach(p => {
    const v = form.querySelector(`[name="${p.name}"]`).value;
    if (!v) return;
    if (p.in === "path") url = url.replace("{" + p.name + "}", encodeURIComponent(v)); else query.append(p.name, v);
  });
  const q = query.toString();
  const headers = token ? {Authorization: "Bearer " + token} : {};
  out.textContent = "…";
  const r = await fetch(url + (q ? "?" + q : ""), {method, headers});
  const text = await r.text();
  let shown = text;
  try { shown = JSON.stringify(JSON.parse(text), null, 2); } catch (e) { /* not JSON */ }
  out.textContent = r.status + " " + r.statusText + "\n" + shown;
}
function schemaName(s) {
  if (!s) return "";
  if (s.$ref) return s.$ref.split("/").pop();
  if (s.type === "array") return schemaName(s.items) + "[]";
  return s.type || "object";
}
fetch("openapi.json").then(r => r.json()).then(doc => {
  document.getElementById("intro").textContent = doc.info.description;
  const byTag = {};
  Object.entries(doc.paths).forEach(([path, methods]) => Object.entries(methods).forEach(([m, op]) =>
    (byTag[op.tags[0]] = byTag[op.tags[0]] || []).push([path, m.toUpperCase(), op])));
  const ops = document.getElementById("ops");
  Object.keys(byTag).sort().forEach(tag => {
    ops.append(el("h2", {}, tag));
    byTag[tag].forEach(([path, method, op]) => {
      const locked = (op.security || []).length > 0;
      const body = el("div", {class: "body"}, el("p", {}, op.summary));
      if ((op.parameters || []).length) {
        const table = el("table", {}, el("tr", {}, el("th", {}, "parameter"), el("th", {}, "in"), el("th", {}, "description")));
        op.parameters.forEach(p => table.append(el("tr", {}, el("td", {}, el("code", {}, p.name + (p.required ? " *" : ""))),
          el("td", {}, p.in), el("td", {}, p.description || ""))));
        body.append(table);
      }
      const resp = el("table", {}, el("tr", {}, el("th", {}, "status"), el("th", {}, "meaning"), el("th", {}, "body")));
      Object.entries(op.responses).forEach(([status, r]) => {
        const content = r.content ? Object.values(r.content)[0].schema : null;
        resp.append(el("tr", {}, el("td", {}, status), el("td", {}, r.description), el("td", {}, el("code", {}, schemaName(content)))));
      });
      body.append(resp);
      if (method === "GET" && path !== "/api/events") {
        const form = el("form");
        (op.parameters || []).forEach(p => form.append(el("input", {name: p.name, placeholder: p.name}), " "));
        const out = el("pre");
        const button = el("button", {type: "submit"}, "Try it");
        form.append(button);
        form.onsubmit = e => { e.preventDefault(); tryIt(path, method, op, form, out); };
        body.append(form, out);
      }
      ops.append(el("details", {class: "op"}, el("summary", {}, el("span", {class: "method " + method}, method),
        el("span", {class: "path"}, path), el("span", {}, op.summary), el("span", {class: "lock"}, locked ? "needs token" : "open")), body));
    });
  });
  showUser();
});
