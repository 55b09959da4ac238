// The journal, a Telegram Mini App. Plain modern JavaScript, no build step, nothing loaded
// from elsewhere: Telegram's own telegram-web-app.js is not used. Telegram passes what the
// page needs in the URL fragment (#tgWebAppData=...&tgWebAppThemeParams=...), and the page
// talks to Telegram with the same small events that script sends (postEvent below).

const params = new URLSearchParams(location.hash.slice(1));
// Kept in memory only: never in storage, never in a cookie.
const initData = window.Telegram?.WebApp?.initData || params.get("tgWebAppData") || "";

// --- Telegram ------------------------------------------------------------------------------

function postEvent(type, data = {}) {
  const message = JSON.stringify({ eventType: type, eventData: data });
  try {
    if (window.TelegramWebviewProxy) {
      window.TelegramWebviewProxy.postEvent(type, JSON.stringify(data));
    } else if (window.external && "notify" in window.external) {
      window.external.notify(message);
    } else if (window.parent !== window) {
      window.parent.postMessage(message, "*");
    }
  } catch {
    // Outside Telegram (a browser, the sandbox) there is no one to tell.
  }
}

const handlers = {};
function receiveEvent(type, data) {
  handlers[type]?.(data);
}
// Telegram's apps call window.Telegram.WebView.receiveEvent; Telegram Web posts a message.
window.Telegram = Object.assign(window.Telegram || {}, { WebView: { receiveEvent } });
window.addEventListener("message", (event) => {
  try {
    const { eventType, eventData } = JSON.parse(event.data);
    if (eventType) receiveEvent(eventType, eventData);
  } catch {
    // Not one of Telegram's messages.
  }
});

function applyTheme(theme) {
  if (!theme || typeof theme !== "object") return;
  for (const [key, value] of Object.entries(theme)) {
    if (/^[a-z_]+$/.test(key) && /^#[0-9a-f]{3,8}$/i.test(String(value))) {
      document.documentElement.style.setProperty(`--tg-theme-${key.replaceAll("_", "-")}`, value);
    }
  }
}
try {
  applyTheme(JSON.parse(params.get("tgWebAppThemeParams") || "null"));
} catch {
  // No theme given: the system's light or dark colours.
}
handlers.theme_changed = (data) => applyTheme(data?.theme_params);

const haptic = (type, extra = {}) => postEvent("web_app_trigger_haptic_feedback", { type, ...extra });

// --- The API -------------------------------------------------------------------------------

class ApiError extends Error {}

async function api(path, options = {}) {
  const response = await fetch(`api/${path}`, {
    ...options,
    headers: { Authorization: `tma ${initData}`, "Content-Type": "application/json" },
    cache: "no-store",
    credentials: "omit",
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(body.error || "Something went wrong.");
  return body;
}

// --- Small helpers -------------------------------------------------------------------------

const $ = (id) => document.getElementById(id);

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (value !== undefined && value !== null && value !== false) node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) node.append(child);
  }
  return node;
}

function status(text, isError = false) {
  const line = $("status");
  line.textContent = text;
  line.classList.toggle("error", isError);
  if (text && !isError) setTimeout(() => line.textContent === text && status(""), 2500);
}

async function attempt(work) {
  try {
    return await work();
  } catch (error) {
    status(error instanceof ApiError ? error.message : "Cannot reach the journal right now.", true);
    haptic("notification", { notification_type: "error" });
    return undefined;
  }
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

function parseDay(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}
function longDay(iso) {
  const day = parseDay(iso);
  return `${WEEKDAYS[(day.getUTCDay() + 6) % 7]} ${day.getUTCDate()} ${MONTHS[day.getUTCMonth()].slice(0, 3)}`;
}
const monthKey = (date) => `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;

// --- State ---------------------------------------------------------------------------------

const state = {
  me: null,
  month: null, // "YYYY-MM"
  filter: { q: "", track: "", person: "", date: "" },
  before: null,
  entries: new Map(),
  editing: null,
  page: "journal",
};

// --- Pages and Telegram's back button -----------------------------------------------------

function show(page) {
  state.page = page;
  for (const section of document.querySelectorAll(".page")) section.hidden = section.id !== page;
  for (const tab of document.querySelectorAll(".tab")) {
    if (tab.dataset.page === page) tab.setAttribute("aria-current", "page");
    else tab.removeAttribute("aria-current");
  }
  const back = page !== "journal" || Boolean(state.filter.date);
  postEvent("web_app_setup_back_button", { is_visible: back });
  window.scrollTo(0, 0);
}

function goBack() {
  if (state.page !== "journal") show("journal");
  else if (state.filter.date) setFilter({ date: "" });
}
handlers.back_button_pressed = goBack;

// --- The month calendar --------------------------------------------------------------------

function dayLabel(day) {
  const parts = [longDay(day.date)];
  if (day.kindness !== null && day.kindness !== undefined) parts.push(`kindness ${round(day.kindness)} of 5`);
  if (day.friction) parts.push("friction");
  if (day.calm) parts.push("a calm day");
  if (day.written) parts.push(`${day.written} written`);
  else if (day.reflected) parts.push("reflected");
  if (day.future) parts.push("not yet");
  return parts.join(", ");
}

const round = (value) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

function renderMonth(data) {
  const first = parseDay(`${data.month}-01`);
  $("month-title").textContent = `${MONTHS[first.getUTCMonth()]} ${first.getUTCFullYear()}`;
  $("next-month").disabled = data.month >= data.today.slice(0, 7);
  const bits = [`Reflected on ${data.days_reflected} of ${data.days_counted} days`];
  if (data.rating_average !== null) bits.push(`kindness ${data.rating_average.toFixed(1)} on average`);
  bits.push(`calm ${data.calm_days}`, `friction ${data.friction_days}`);
  $("month-summary").textContent = bits.join(" · ");

  const cells = WEEKDAYS.map((name) => el("div", { class: "weekday", "aria-hidden": "true" }, name));
  for (let i = 0; i < (first.getUTCDay() + 6) % 7; i += 1) cells.push(el("div", { "aria-hidden": "true" }));
  for (const day of data.days) {
    const kindness = day.kindness ?? null;
    const classes = ["day"];
    if (kindness !== null) classes.push(`k${Math.min(5, Math.max(1, Math.round(kindness)))}`);
    if (day.date === data.today) classes.push("today");
    if (day.date === state.filter.date) classes.push("selected");
    const marks = `${day.friction ? "▲" : ""}${day.calm ? "●" : ""}${day.written ? "•" : ""}`;
    cells.push(
      el(
        "button",
        {
          type: "button",
          class: classes.join(" "),
          "aria-label": dayLabel(day),
          "aria-pressed": day.date === state.filter.date ? "true" : "false",
          dataset: { date: day.date },
          disabled: day.future || !day.reflected ? "disabled" : false,
          onclick: () => {
            haptic("selection_change");
            setFilter({ date: day.date === state.filter.date ? "" : day.date });
          },
        },
        el("span", { class: "num", "aria-hidden": "true" }, String(parseDay(day.date).getUTCDate())),
        el("span", { class: "score", "aria-hidden": "true" }, kindness !== null ? round(kindness) : ""),
        el("span", { class: "marks", "aria-hidden": "true" }, marks),
      ),
    );
  }
  $("calendar").replaceChildren(...cells);
}

async function loadMonth(month, prefetched = null) {
  const data = prefetched || (await attempt(() => api(`month?month=${encodeURIComponent(month)}`)));
  if (!data) return;
  state.month = data.month;
  renderMonth(data);
}

function stepMonth(delta) {
  const first = parseDay(`${state.month}-01`);
  first.setUTCMonth(first.getUTCMonth() + delta);
  loadMonth(monthKey(first));
}

// --- The timeline, a day, a search -----------------------------------------------------------

function trackLabel(track) {
  if (!track) return "Note";
  return state.me?.tracks.find((t) => t.id === track)?.label ?? track;
}

function renderEntry(entry) {
  const chips = entry.tags.map((tag) => el("li", { class: "chip" }, tag.label));
  if (entry.trait) chips.push(el("li", { class: "chip" }, entry.trait));
  if (entry.person) chips.push(el("li", { class: "chip" }, `with ${entry.person.name}`));
  if (entry.rating) chips.push(el("li", { class: "chip" }, `kindness ${entry.rating}/5`));
  const typed = Object.values(entry.typed).join(" · ");
  let words = entry.text;
  if (!words && entry.kind === "calm") words = "A calm day.";
  if (!words && entry.kind === "rating") words = "A rating.";
  return el(
    "li",
    { class: "entry", dataset: { id: String(entry.id) } },
    entry.editable
      ? el("button", { type: "button", class: "edit", onclick: () => openEditor(entry.id) }, "Edit")
      : null,
    el("p", { class: "meta" }, `${longDay(entry.date)} · ${trackLabel(entry.track)}`),
    entry.prompt ? el("p", { class: "prompt" }, entry.prompt) : null,
    words ? el("p", { class: "text" }, words) : null,
    typed ? el("p", { class: "text" }, typed) : null,
    chips.length ? el("ul", { class: "chips" }, chips) : null,
  );
}

function listTitle() {
  const f = state.filter;
  if (f.date) return longDay(f.date);
  if (f.q) return `Found for “${f.q}”`;
  if (f.track || f.person) return "Filtered";
  return "Timeline";
}

let listRequest = 0;
function entriesQuery(more) {
  const ask = new URLSearchParams({ limit: "20" });
  for (const [key, value] of Object.entries(state.filter)) if (value) ask.set(key, value);
  if (more && state.before) ask.set("before", String(state.before));
  return `entries?${ask}`;
}

async function loadEntries({ more = false, prefetched = null } = {}) {
  const ticket = ++listRequest;
  const data = prefetched || (await attempt(() => api(entriesQuery(more))));
  if (!data || ticket !== listRequest) return;
  if (!more) state.entries.clear();
  for (const entry of data.entries) state.entries.set(entry.id, entry);
  state.before = data.next_before;
  const items = data.entries.map(renderEntry);
  if (more) $("entries").append(...items);
  else $("entries").replaceChildren(...items);
  if (!state.entries.size) {
    $("entries").replaceChildren(el("li", { class: "empty" }, "Nothing here yet."));
  }
  $("more").hidden = !state.before;
  $("list-title").textContent = listTitle();
  $("clear").hidden = !Object.values(state.filter).some(Boolean);
}

function setFilter(changes) {
  Object.assign(state.filter, changes);
  for (const cell of document.querySelectorAll(".day")) {
    const on = cell.dataset.date === state.filter.date;
    cell.classList.toggle("selected", on);
    cell.setAttribute("aria-pressed", on ? "true" : "false");
  }
  postEvent("web_app_setup_back_button", { is_visible: Boolean(state.filter.date) });
  return loadEntries();
}

// --- Editing one entry ---------------------------------------------------------------------

function openEditor(id) {
  const entry = state.entries.get(id);
  if (!entry) return;
  state.editing = entry;
  $("edit-head").textContent = `${longDay(entry.date)} · ${trackLabel(entry.track)}`;
  $("edit-prompt").textContent = entry.prompt || "";
  $("edit-text").value = entry.text || "";
  $("confirm").hidden = true;
  const fields = [];
  if (entry.kind === "review" && state.me) {
    const chosen = new Set(entry.tags.map((t) => `${t.group}:${t.id}`));
    const names = { feeling: "What you felt", distancing: "How you pulled away", underneath: "What was underneath", next_step: "Next step" };
    for (const [group, tags] of Object.entries(state.me.tags)) {
      fields.push(
        el(
          "fieldset",
          { dataset: { group } },
          el("legend", {}, names[group] || group),
          tags.map((tag) =>
            el(
              "label",
              { class: "tag-choice" },
              el("input", { type: "checkbox", value: tag.id, checked: chosen.has(`${group}:${tag.id}`) ? "checked" : false }),
              tag.label,
            ),
          ),
        ),
      );
    }
  }
  $("edit-tags").replaceChildren(...fields);
  show("edit");
  $("edit-text").focus();
}

async function save(event) {
  event.preventDefault();
  const entry = state.editing;
  if (!entry) return;
  const changes = { text: $("edit-text").value };
  if (entry.kind === "review") {
    changes.tags = {};
    for (const set of $("edit-tags").querySelectorAll("fieldset")) {
      changes.tags[set.dataset.group] = [...set.querySelectorAll("input:checked")].map((i) => i.value);
    }
  }
  const saved = await attempt(() => api(`entries/${entry.id}`, { method: "PATCH", body: JSON.stringify(changes) }));
  if (!saved) return;
  state.entries.set(saved.id, saved);
  $("entries").querySelector(`[data-id="${saved.id}"]`)?.replaceWith(renderEntry(saved));
  haptic("notification", { notification_type: "success" });
  status("Saved.");
  show("journal");
  if (saved.care) {
    // Words that speak of crisis get, as in the chat, the helplines of the user's country.
    $("care-text").textContent = saved.care.text;
    $("care").hidden = false;
  }
}

async function remove() {
  const entry = state.editing;
  if (!entry) return;
  const done = await attempt(() => api(`entries/${entry.id}`, { method: "DELETE" }));
  if (!done) return;
  state.entries.delete(entry.id);
  $("entries").querySelector(`[data-id="${entry.id}"]`)?.remove();
  haptic("notification", { notification_type: "success" });
  status("Deleted.");
  show("journal");
  loadMonth(state.month);
}

// --- Patterns: week, month and year as charts --------------------------------------------

const SVG_NS = "http://www.w3.org/2000/svg";

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  node.append(...children);
  return node;
}

// Bars of kindness (1-5), each a button with a label that says its numbers in words.
function barChart(points, label) {
  const width = 360;
  const height = 170;
  const top = 16;
  const bottom = 36;
  const step = width / points.length;
  const barWidth = Math.max(2, step * 0.7);
  const scale = (value) => ((height - top - bottom) * value) / 5;
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "chart", role: "group", "aria-label": label });
  for (let value = 1; value <= 5; value += 1) {
    const y = height - bottom - scale(value);
    chart.append(svg("line", { x1: 0, x2: width, y1: y, y2: y, class: "grid" }));
  }
  const roomy = points.length <= 12;
  points.forEach((point, index) => {
    const x = index * step;
    const value = point.value ?? null;
    const barHeight = value === null ? 3 : scale(value);
    const level = value === null ? "none" : `k${Math.min(5, Math.max(1, Math.round(value)))}`;
    const bar = svg(
      "g",
      { class: "bar", tabindex: 0, role: "button", "aria-label": point.title, "data-key": point.key },
      svg("rect", { x, y: 0, width: step, height, class: "hit" }),
      svg("rect", { x: x + (step - barWidth) / 2, y: height - bottom - barHeight, width: barWidth, height: barHeight, rx: 3, class: level }),
    );
    if (roomy && value !== null) {
      bar.append(svg("text", { x: x + step / 2, y: height - bottom - barHeight - 4, "text-anchor": "middle" }, round(value)));
    }
    if (roomy || index % 7 === 0) {
      bar.append(svg("text", { x: x + step / 2, y: height - bottom + 14, "text-anchor": "middle", class: "axis" }, point.short));
    }
    if (point.marks) {
      bar.append(svg("text", { x: x + step / 2, y: height - 6, "text-anchor": "middle", class: "axis" }, point.marks));
    }
    const pick = () => {
      haptic("selection_change");
      point.open();
    };
    bar.addEventListener("click", pick);
    bar.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        pick();
      }
    });
    chart.append(bar);
  });
  return chart;
}

function dayPoint(day) {
  return {
    key: day.date,
    value: day.kindness,
    short: String(parseDay(day.date).getUTCDate()),
    marks: `${day.friction ? "▲" : ""}${day.calm ? "●" : ""}`,
    title: dayLabel({ ...day, written: 0 }),
    open: () => openDay(day.date),
  };
}

async function openDay(date) {
  show("journal");
  if (date.slice(0, 7) !== state.month) await loadMonth(date.slice(0, 7));
  $("q").value = "";
  setFilter({ date, q: "" });
}

function totals(data, count) {
  const bits = [`Reflected on ${data.days_reflected} of ${count} days`];
  if (data.rating_average !== null && data.rating_average !== undefined) {
    bits.push(`kindness ${data.rating_average.toFixed(1)} on average`);
  }
  bits.push(`calm ${data.calm_days ?? 0}`, `friction ${data.friction_days ?? 0}`);
  return bits.join(" · ");
}

const patterns = { view: "week", anchor: null };

async function loadPatterns() {
  const today = state.me.today;
  const anchor = patterns.anchor || today;
  for (const button of document.querySelectorAll(".segment")) {
    button.setAttribute("aria-pressed", button.dataset.view === patterns.view ? "true" : "false");
  }
  $("trend-title").hidden = patterns.view !== "week";
  $("trend").replaceChildren();
  if (patterns.view === "week") {
    const data = await attempt(() => api(`week?week=${anchor}`));
    if (!data) return;
    $("period-title").textContent = `Week of ${longDay(data.week)}`;
    $("next-period").disabled = data.days.at(-1).date >= today;
    const counted = data.days.filter((d) => d.date <= today).length;
    $("period-summary").textContent = totals(data, counted);
    $("chart").replaceChildren(barChart(data.days.map((d) => ({ ...dayPoint(d), short: WEEKDAYS[(parseDay(d.date).getUTCDay() + 6) % 7] })), "Kindness by day"));
    $("trend").replaceChildren(
      barChart(
        data.weeks.map((w) => ({
          key: w.week,
          value: w.rating_average,
          short: `${parseDay(w.week).getUTCDate()} ${MONTHS[parseDay(w.week).getUTCMonth()].slice(0, 3)}`,
          title: `Week of ${longDay(w.week)}: ${w.rating_average === null ? "no kindness ratings" : `kindness ${round(w.rating_average)} on average`}, ${w.days_reflected} days reflected`,
          open: () => { patterns.anchor = w.week; loadPatterns(); },
        })),
        "Kindness by week",
      ),
    );
  } else if (patterns.view === "month") {
    const data = await attempt(() => api(`month?month=${anchor.slice(0, 7)}`));
    if (!data) return;
    const first = parseDay(`${data.month}-01`);
    $("period-title").textContent = `${MONTHS[first.getUTCMonth()]} ${first.getUTCFullYear()}`;
    $("next-period").disabled = data.month >= today.slice(0, 7);
    const days = data.days.filter((d) => !d.future);
    $("period-summary").textContent = totals(data, data.days_counted);
    $("chart").replaceChildren(barChart(days.map(dayPoint), "Kindness by day"));
  } else {
    const data = await attempt(() => api(`year?year=${anchor.slice(0, 4)}`));
    if (!data) return;
    $("period-title").textContent = String(data.year);
    $("next-period").disabled = String(data.year) >= today.slice(0, 4);
    $("period-summary").textContent = totals(data, data.days_counted);
    $("chart").replaceChildren(
      barChart(
        data.months.map((m) => ({
          key: m.month,
          value: m.average,
          short: MONTHS[Number(m.month.slice(5)) - 1].slice(0, 3),
          title: `${MONTHS[Number(m.month.slice(5)) - 1]}: ${m.average === null ? "fewer than two kindness ratings" : `kindness ${round(m.average)} on average over ${m.ratings} ratings`}`,
          open: () => { patterns.view = "month"; patterns.anchor = `${m.month}-01`; loadPatterns(); },
        })),
        "Kindness by month",
      ),
    );
  }
}

function stepPeriod(delta) {
  const anchor = parseDay(patterns.anchor || state.me.today);
  if (patterns.view === "week") anchor.setUTCDate(anchor.getUTCDate() + 7 * delta);
  else if (patterns.view === "month") anchor.setUTCMonth(anchor.getUTCMonth() + delta, 1);
  else anchor.setUTCFullYear(anchor.getUTCFullYear() + delta, 0, 1);
  patterns.anchor = anchor.toISOString().slice(0, 10);
  loadPatterns();
}

// --- People --------------------------------------------------------------------------------

async function loadPeople() {
  const data = await attempt(() => api("people"));
  if (!data) return;
  const items = data.people.map((p) => {
    const lines = [];
    if (p.traits.length) lines.push(`You noticed: ${p.traits.map((t) => (t.count > 1 ? `${t.name} ×${t.count}` : t.name)).join(", ")}`);
    if (p.friction) lines.push(`Friction ×${p.friction}, last on ${longDay(p.last_friction)}`);
    return el(
      "li",
      { class: "person" },
      el("h2", {}, p.name),
      el("p", { class: "meta" }, `${p.entries + p.reviews} entries`),
      lines.map((line) => el("p", { class: "text" }, line)),
      el("button", { type: "button", class: "link", onclick: () => { show("journal"); $("person").value = String(p.id); setFilter({ person: String(p.id) }); } }, "Show entries"),
    );
  });
  $("people-list").replaceChildren(...(items.length ? items : [el("li", { class: "empty" }, "No one yet.")]));
}

// --- Start ---------------------------------------------------------------------------------

function wire() {
  $("prev-month").addEventListener("click", () => stepMonth(-1));
  $("next-month").addEventListener("click", () => stepMonth(1));
  let typing;
  $("q").addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(() => setFilter({ q: $("q").value.trim() }), 250);
  });
  $("search").addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(typing);
    setFilter({ q: $("q").value.trim() });
  });
  $("track").addEventListener("change", () => setFilter({ track: $("track").value }));
  $("person").addEventListener("change", () => setFilter({ person: $("person").value }));
  $("clear").addEventListener("click", () => {
    $("q").value = "";
    $("track").value = "";
    $("person").value = "";
    setFilter({ q: "", track: "", person: "", date: "" });
  });
  $("more").addEventListener("click", () => loadEntries({ more: true }));
  $("care-close").addEventListener("click", () => { $("care").hidden = true; });
  $("edit-form").addEventListener("submit", save);
  $("cancel").addEventListener("click", () => show("journal"));
  $("delete").addEventListener("click", () => {
    $("confirm").hidden = false;
    haptic("notification", { notification_type: "warning" });
  });
  $("keep").addEventListener("click", () => { $("confirm").hidden = true; });
  $("confirm-delete").addEventListener("click", remove);
  $("prev-period").addEventListener("click", () => stepPeriod(-1));
  $("next-period").addEventListener("click", () => stepPeriod(1));
  for (const segment of document.querySelectorAll(".segment")) {
    segment.addEventListener("click", () => {
      patterns.view = segment.dataset.view;
      loadPatterns();
    });
  }
  for (const tab of document.querySelectorAll(".tab")) {
    tab.addEventListener("click", () => {
      show(tab.dataset.page);
      if (tab.dataset.page === "people") loadPeople();
      if (tab.dataset.page === "patterns" && state.me) loadPatterns();
    });
  }
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") goBack();
  });
}

async function start() {
  wire();
  postEvent("web_app_ready");
  postEvent("web_app_expand");
  if (!initData) {
    status("Open the journal from the bot in Telegram.", true);
    return;
  }
  // Everything the first screen needs, asked for at once.
  const [me, people, month, entries] = await Promise.all([
    attempt(() => api("me")),
    attempt(() => api("people")),
    attempt(() => api("month")),
    attempt(() => api(entriesQuery(false))),
  ]);
  if (!me) return;
  state.me = me;
  for (const track of me.tracks) $("track").append(el("option", { value: track.id }, track.label));
  $("track").append(el("option", { value: "note" }, "Notes"));
  for (const p of people?.people ?? []) $("person").append(el("option", { value: String(p.id) }, p.name));
  await Promise.all([loadMonth(me.today.slice(0, 7), month), loadEntries({ prefetched: entries })]);
  document.body.dataset.ready = "true";
  performance.mark("journal-ready");
}

start();
