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

class ApiError extends Error {
  constructor(message, body = {}) {
    super(message);
    this.body = body;
  }
}

async function api(path, options = {}) {
  const response = await fetch(`api/${path}`, {
    ...options,
    headers: { Authorization: `tma ${initData}`, "Content-Type": "application/json" },
    cache: "no-store",
    credentials: "omit",
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(body.error || t("error.failed"), body);
  return body;
}

// --- Words: every one from content, in the user's language (GET /app/api/me) ---------------

let words = {};
let locale = "en";

// A message by key with its {placeholders} filled; a message that counts something takes
// the form of its number by the language's CLDR plural rules (as the chat's Babel does).
function t(key, params = {}) {
  let text = words[key];
  if (text === undefined) return "";
  if (typeof text === "object") {
    const category = new Intl.PluralRules(locale).select(Number(params[text.plural]));
    text = text.forms[category] ?? text.forms.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

function applyWords() {
  for (const node of document.querySelectorAll("[data-t]")) node.textContent = t(node.dataset.t);
  for (const node of document.querySelectorAll("[data-t-aria]")) node.setAttribute("aria-label", t(node.dataset.tAria));
  for (const node of document.querySelectorAll("[data-t-placeholder]")) node.placeholder = t(node.dataset.tPlaceholder);
  document.title = t("title");
  document.documentElement.lang = locale;
  document.body.dataset.words = locale;
}

function learn(me) {
  words = me.words;
  locale = me.locale;
  applyWords();
}

// Numbers as the user's language writes them ("3.5", "3,5").
const number = (value, digits = 1) =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);

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
    // Before the words come there is no sentence to say it with: a sign says it.
    status(error instanceof ApiError ? error.message : t("cannot_reach") || "⚠", true);
    haptic("notification", { notification_type: "error" });
    return undefined;
  }
}

// Weekday and month names come from content: the same as the chat's.
const weekday = (index) => t(`weekday.${index}`);
const weekdayOf = (day) => weekday((day.getUTCDay() + 6) % 7);
const shortMonth = (month) => t(`month.${month}`);
const monthTitle = (month, year) => t("calendar.month", { month: t(`month_long.${month}`), year });

function parseDay(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}
function longDay(iso) {
  const day = parseDay(iso);
  return t("day", { weekday: weekdayOf(day), day: day.getUTCDate(), month: shortMonth(day.getUTCMonth() + 1) });
}
function shortDay(iso) {
  const day = parseDay(iso);
  return `${day.getUTCDate()} ${shortMonth(day.getUTCMonth() + 1)}`;
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
  if (page === "settings") loadSettings();
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
  if (day.kindness !== null && day.kindness !== undefined) parts.push(t("day_kindness", { rating: round(day.kindness) }));
  if (day.friction) parts.push(t("day_friction"));
  if (day.calm) parts.push(t("day_calm"));
  if (day.written) parts.push(t("day_written", { count: day.written }));
  else if (day.reflected) parts.push(t("day_reflected"));
  if (day.future) parts.push(t("day_future"));
  return parts.join(", ");
}

const round = (value) => (Number.isInteger(value) ? number(value, 0) : number(value));

function renderMonth(data) {
  const first = parseDay(`${data.month}-01`);
  $("month-title").textContent = monthTitle(first.getUTCMonth() + 1, first.getUTCFullYear());
  $("next-month").disabled = data.month >= data.today.slice(0, 7);
  $("month-summary").textContent = totals(data, data.days_counted);

  const names = [0, 1, 2, 3, 4, 5, 6].map(weekday);
  const cells = names.map((name) => el("div", { class: "weekday", "aria-hidden": "true" }, name));
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
  if (!track) return t("note");
  return state.me?.tracks.find((t) => t.id === track)?.label ?? track;
}

function renderEntry(entry) {
  const chips = entry.tags.map((tag) => el("li", { class: "chip" }, tag.label));
  if (entry.trait) chips.push(el("li", { class: "chip", translate: "no" }, entry.trait));
  if (entry.person) chips.push(el("li", { class: "chip" }, t("with_person", { name: entry.person.name })));
  if (entry.rating) chips.push(el("li", { class: "chip" }, t("rating_chip", { rating: entry.rating })));
  const typed = Object.values(entry.typed).join(" · ");
  // The user's own words are marked translate="no": they are theirs, in whatever language.
  let text = entry.text ? el("p", { class: "text", translate: "no" }, entry.text) : null;
  if (!text && entry.kind === "calm") text = el("p", { class: "text" }, t("calm_entry"));
  if (!text && entry.kind === "rating") text = el("p", { class: "text" }, t("rating_entry"));
  return el(
    "li",
    { class: "entry", dataset: { id: String(entry.id) } },
    entry.editable
      ? el("button", { type: "button", class: "edit", onclick: () => openEditor(entry.id) }, t("edit"))
      : null,
    el("p", { class: "meta" }, `${longDay(entry.date)} · ${trackLabel(entry.track)}`),
    entry.prompt ? el("p", { class: "prompt" }, entry.prompt) : null,
    text,
    typed ? el("p", { class: "text", translate: "no" }, typed) : null,
    chips.length ? el("ul", { class: "chips" }, chips) : null,
  );
}

function listTitle() {
  const f = state.filter;
  if (f.date) return longDay(f.date);
  if (f.q) return t("found", { query: f.q });
  if (f.track || f.person) return t("filtered");
  return t("timeline");
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
    $("entries").replaceChildren(el("li", { class: "empty" }, t("nothing_here")));
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
    for (const [group, tags] of Object.entries(state.me.tags)) {
      fields.push(
        el(
          "fieldset",
          { dataset: { group } },
          el("legend", {}, t(`group_${group}`) || group),
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
  if (!$("edit-text").value.trim() && entry.text) {
    status(t("empty_text"), true);
    return;
  }
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
  status(t("saved"));
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
  status(t("deleted"));
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
  const bits = [t("reflected", { days: data.days_reflected, total: count })];
  if (data.rating_average !== null && data.rating_average !== undefined) {
    bits.push(t("average", { average: number(data.rating_average) }));
  }
  bits.push(t("calm_count", { count: data.calm_days ?? 0 }), t("friction_count", { count: data.friction_days ?? 0 }));
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
    $("period-title").textContent = t("week_of", { day: shortDay(data.week) });
    $("next-period").disabled = data.days.at(-1).date >= today;
    const counted = data.days.filter((d) => d.date <= today).length;
    $("period-summary").textContent = totals(data, counted);
    $("chart").replaceChildren(barChart(data.days.map((d) => ({ ...dayPoint(d), short: weekdayOf(parseDay(d.date)) })), t("by_day")));
    $("trend").replaceChildren(
      barChart(
        data.weeks.map((w) => ({
          key: w.week,
          value: w.rating_average,
          short: shortDay(w.week),
          title: t("week_bar", {
            day: shortDay(w.week),
            kindness: w.rating_average === null ? t("no_ratings") : t("average", { average: round(w.rating_average) }),
            days: w.days_reflected,
          }),
          open: () => { patterns.anchor = w.week; loadPatterns(); },
        })),
        t("by_week"),
      ),
    );
  } else if (patterns.view === "month") {
    const data = await attempt(() => api(`month?month=${anchor.slice(0, 7)}`));
    if (!data) return;
    const first = parseDay(`${data.month}-01`);
    $("period-title").textContent = monthTitle(first.getUTCMonth() + 1, first.getUTCFullYear());
    $("next-period").disabled = data.month >= today.slice(0, 7);
    const days = data.days.filter((d) => !d.future);
    $("period-summary").textContent = totals(data, data.days_counted);
    $("chart").replaceChildren(barChart(days.map(dayPoint), t("by_day")));
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
          short: shortMonth(Number(m.month.slice(5))),
          title:
            m.average === null
              ? t("month_few_ratings", { month: t(`month_long.${Number(m.month.slice(5))}`) })
              : t("month_bar", { month: t(`month_long.${Number(m.month.slice(5))}`), average: round(m.average), ratings: m.ratings }),
          open: () => { patterns.view = "month"; patterns.anchor = `${m.month}-01`; loadPatterns(); },
        })),
        t("by_month"),
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
    if (p.traits.length) lines.push(t("noticed", { traits: p.traits.map((x) => (x.count > 1 ? `${x.name} ×${x.count}` : x.name)).join(", ") }));
    if (p.friction) lines.push(t("friction_last", { count: p.friction, day: longDay(p.last_friction) }));
    return el(
      "li",
      { class: "person" },
      el("h2", { translate: "no" }, p.name),
      el("p", { class: "meta" }, t("entries", { count: p.entries + p.reviews })),
      lines.map((line) => el("p", { class: "text" }, line)),
      el("button", { type: "button", class: "link", onclick: () => { show("journal"); $("person").value = String(p.id); setFilter({ person: String(p.id) }); } }, t("show_entries")),
    );
  });
  $("people-list").replaceChildren(...(items.length ? items : [el("li", { class: "empty" }, t("no_one"))]));
}

// --- Settings: the chat's /settings, changed by the same rules on the server --------------

const settings = { data: null };

async function loadSettings() {
  const data = await attempt(() => api("settings"));
  if (data) renderSettings(data);
}

// When a pause ends, as the user's language writes a date and a time, in their zone.
function instant(iso, zone) {
  const options = { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" };
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: zone || "UTC" }).format(new Date(iso));
  } catch {
    return new Intl.DateTimeFormat(locale, options).format(new Date(iso));
  }
}

function option(value, label, chosen) {
  return el("option", { value: String(value), selected: String(value) === String(chosen) ? "selected" : false }, label);
}

function renderSettings(s) {
  settings.data = s;
  const zone = s.timezone?.zone;
  let line = t("settings.status_active");
  if (s.paused) line = s.paused_until ? t("settings.paused_until", { until: instant(s.paused_until, zone) }) : t("settings.paused");
  $("settings-status").textContent = line;

  $("set-tracks").replaceChildren(
    ...s.tracks.map((track) => {
      const name = t(`track.${track.id}`);
      return el(
        "div",
        { class: "row track", dataset: { track: track.id } },
        el("span", { class: "name" }, name),
        el("input", {
          type: "time",
          class: "time",
          value: track.time || "",
          "aria-label": t("settings.time_of", { track: name }),
          onchange: (event) => event.target.value && change({ times: { [track.id]: event.target.value } }),
        }),
        el("input", {
          type: "checkbox",
          role: "switch",
          class: "toggle",
          "aria-label": name,
          checked: track.on ? "checked" : false,
          onchange: (event) => change({ tracks: { [track.id]: event.target.checked } }),
        }),
      );
    }),
  );

  $("set-days").replaceChildren(
    ...s.weekdays.map((on, day) =>
      el(
        "button",
        {
          type: "button",
          class: "day-toggle",
          "aria-pressed": on ? "true" : "false",
          dataset: { day: String(day) },
          onclick: () => change({ weekdays: { [day]: !on } }),
        },
        weekday(day),
      ),
    ),
  );

  $("set-weekly").checked = s.weekly.on;
  $("set-weekly-when").hidden = !s.weekly.on;
  $("set-weekly-day").replaceChildren(...[0, 1, 2, 3, 4, 5, 6].map((d) => option(d, weekday(d), s.weekly.day)));
  $("set-weekly-time").replaceChildren(...s.weekly.times.map((time) => option(time, time, s.weekly.time)));
  $("set-monthly").checked = s.monthly;
  $("set-follow-ups").checked = s.follow_ups;

  $("set-retention").replaceChildren(
    ...s.retention_choices.map((months) => option(months, t(`retention.months_${months}`), s.retention)),
    option("", t("retention.forever"), s.retention ?? ""),
  );

  $("set-paused").hidden = !s.paused;
  $("set-pause").hidden = s.paused;
  $("set-paused-text").textContent = line;
  $("set-pause-days").replaceChildren(
    ...s.pause_choices.map((days) => option(days, t(`pause.days_${days}`), s.pause_choices[0])),
    option("forever", t("pause.indefinitely"), ""),
  );

  $("set-zone-now").textContent = zone ? t("settings.timezone_now", { zone, time: s.timezone.now }) : "";
  $("set-zone-choices").replaceChildren();
  $("set-language").replaceChildren(...s.languages.map((l) => option(l.id, l.name, s.language)));
  document.body.dataset.settings = "ready";
}

async function change(body) {
  const answer = await attempt(async () => {
    try {
      return await api("settings", { method: "PATCH", body: JSON.stringify(body) });
    } catch (error) {
      // A city that names more than one zone, or none: the zones it may mean, as buttons.
      const choices = error instanceof ApiError ? error.body.choices : null;
      if (choices) {
        $("set-zone-choices").replaceChildren(
          ...choices.map((c) => el("button", { type: "button", class: "choice", onclick: () => change({ timezone: c.zone }) }, c.label)),
        );
      }
      throw error;
    }
  });
  if (!answer) {
    // Refused: the controls go back to what is saved.
    const choices = [...$("set-zone-choices").children];
    if (settings.data) renderSettings(settings.data);
    $("set-zone-choices").replaceChildren(...choices);
    return;
  }
  if (answer.settings.language !== locale) await relearn();
  renderSettings(answer.settings);
  $("set-zone").value = "";
  haptic("notification", { notification_type: "success" });
  status(answer.done.join(" "));
}

function wireSettings() {
  $("settings-form").addEventListener("submit", (event) => event.preventDefault());
  $("set-weekly").addEventListener("change", (event) => change({ weekly: { on: event.target.checked } }));
  $("set-weekly-day").addEventListener("change", (event) => change({ weekly: { day: Number(event.target.value) } }));
  $("set-weekly-time").addEventListener("change", (event) => change({ weekly: { time: event.target.value } }));
  $("set-monthly").addEventListener("change", (event) => change({ monthly: event.target.checked }));
  $("set-follow-ups").addEventListener("change", (event) => change({ follow_ups: event.target.checked }));
  $("set-retention").addEventListener("change", (event) => {
    const value = event.target.value;
    change({ retention: value ? Number(value) : null });
  });
  $("set-pause-go").addEventListener("click", () => {
    const value = $("set-pause-days").value;
    change({ pause: value === "forever" ? null : Number(value) });
  });
  $("set-resume").addEventListener("click", () => change({ resume: true }));
  const setZone = () => $("set-zone").value.trim() && change({ timezone: $("set-zone").value.trim() });
  $("set-zone-go").addEventListener("click", setZone);
  $("set-zone").addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      setZone();
    }
  });
  $("set-language").addEventListener("change", (event) => change({ language: event.target.value }));
}

// --- Start ---------------------------------------------------------------------------------

function wire() {
  wireSettings();
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

function fillFilters(me, people) {
  const chosen = $("track").value;
  $("track").replaceChildren(
    el("option", { value: "" }, t("all_tracks")),
    ...me.tracks.map((track) => el("option", { value: track.id }, track.label)),
    el("option", { value: "note" }, t("notes")),
  );
  $("track").value = chosen;
  if (people) {
    $("person").replaceChildren(
      el("option", { value: "" }, t("everyone")),
      ...people.map((p) => el("option", { value: String(p.id) }, p.name)),
    );
  } else {
    $("person").options[0].textContent = t("everyone");
  }
}

// A new language chosen in Settings: every word again, and what is on the pages.
async function relearn() {
  const me = await attempt(() => api("me"));
  if (!me) return;
  state.me = me;
  learn(me);
  fillFilters(me, null);
  await Promise.all([loadMonth(state.month), loadEntries()]);
}

async function start() {
  wire();
  postEvent("web_app_ready");
  postEvent("web_app_expand");
  // Everything the first screen needs, asked for at once. Without init data the API says,
  // in the browser's language, to open the journal from the bot.
  const [me, people, month, entries] = await Promise.all([
    attempt(() => api("me")),
    initData ? attempt(() => api("people")) : null,
    initData ? attempt(() => api("month")) : null,
    initData ? attempt(() => api(entriesQuery(false))) : null,
  ]);
  if (!me) return;
  state.me = me;
  learn(me);
  fillFilters(me, people?.people ?? []);
  await Promise.all([loadMonth(me.today.slice(0, 7), month), loadEntries({ prefetched: entries })]);
  document.body.dataset.ready = "true";
  performance.mark("journal-ready");
}

start();
