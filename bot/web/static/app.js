// Präventionslotse – the chat page. No framework, nothing from another host.
// All sentences come translated from the server (data-words and the API's "view");
// this script only places them, so German and English read the same as in Telegram.
(function () {
  "use strict";
  var body = document.body;
  var W = JSON.parse(body.getAttribute("data-words") || "{}");
  var LANG = body.getAttribute("data-lang") || "de";
  var $ = function (id) { return document.getElementById(id); };
  var log = $("log"), statusLine = $("status"), input = $("text");
  var counter = 0;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "class") { node.className = attrs[k]; } else { node.setAttribute(k, attrs[k]); }
    });
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function button(label, onClick, extra) {
    var b = el("button", Object.assign({ type: "button" }, extra || {}), label);
    b.addEventListener("click", function () { onClick(b); });
    return b;
  }

  function say(text) { statusLine.textContent = ""; window.setTimeout(function () { statusLine.textContent = text; }, 30); }

  function api(method, path, data) {
    var options = { method: method, credentials: "same-origin", headers: { "Accept": "application/json" } };
    if (data !== undefined) {
      options.headers["Content-Type"] = "application/json";
      data.lang = LANG;
      options.body = JSON.stringify(data);
    }
    var url = path + (method === "GET" ? (path.indexOf("?") < 0 ? "?" : "&") + "lang=" + LANG : "");
    return fetch(url, options).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (response.status === 401) { showLogin(); }
        if (!response.ok) { var e = new Error(json.error || W.error); e.status = response.status; throw e; }
        return json;
      });
    }, function () { throw new Error(W.offline); });
  }

  function bubble(who, cls) {
    var box = el("div", { "class": "msg " + cls, tabindex: "-1" });
    box.appendChild(el("h2", {}, who));
    log.appendChild(box);
    return box;
  }

  function userSays(text) { bubble(W.you, "user").appendChild(el("p", {}, text)); }

  function failed(error) { var box = bubble(W.assistant, "bot"); box.appendChild(el("p", { "class": "error" }, error.message || W.error)); }

  // --- one offer in the compact list, with details on demand -----------------------------
  function offerItem(o) {
    var li = el("li", { "class": "offer", "data-offer": o.id });
    var title = (o.number ? o.number + ". " : "") + o.name;
    li.appendChild(el("h3", { id: "o-" + (++counter) }, title));
    var line = [o.provider, o.summary].filter(function (x) { return x; }).join(" · ");
    if (line) { li.appendChild(el("p", { "class": "sum" }, line)); }
    if (o.note) { li.appendChild(el("p", { "class": "note" }, o.note)); }
    if (o.doubtful) { li.appendChild(el("p", { "class": "warn" }, W.doubtful)); }
    var panel = el("div", { "class": "details", id: "d-" + counter, hidden: "" });
    var actions = el("div", { "class": "actions" });
    var detailsButton = button(W.details, function (b) { toggleDetails(o.id, b, panel); },
      { "aria-expanded": "false", "aria-controls": panel.id, "class": "details-button" });
    actions.appendChild(detailsButton);
    actions.appendChild(button(W.share, function () { share(o.id, panel); }, { "class": "share-button" }));
    actions.appendChild(button(W.report, function (b) { report(o.id, b); }, { "class": "report-button" }));
    li.appendChild(actions);
    li.appendChild(panel);
    return li;
  }

  var cache = {};
  function loadOffer(id) {
    if (cache[id]) { return Promise.resolve(cache[id]); }
    return api("GET", "/api/offers/" + encodeURIComponent(id)).then(function (d) { cache[id] = d; return d; });
  }

  function toggleDetails(id, b, panel) {
    if (!panel.hidden) { panel.hidden = true; b.setAttribute("aria-expanded", "false"); b.textContent = W.details; return; }
    loadOffer(id).then(function (d) {
      panel.textContent = "";
      if (d.doubtful_text) { panel.appendChild(el("p", { "class": "warn" }, d.doubtful_text)); }
      var dl = el("dl");
      d.fields.forEach(function (f) { dl.appendChild(el("dt", {}, f.label)); dl.appendChild(el("dd", {}, f.value)); });
      panel.appendChild(dl);
      if (d.description) { panel.appendChild(el("p", {}, d.description)); }
      var links = el("div", { "class": "actions" });
      if (d.phone) { links.appendChild(el("a", { href: "tel:" + d.phone.replace(/[^+\d]/g, "") }, W.call + ": " + d.phone)); }
      if (d.website) { links.appendChild(el("a", { href: d.website, rel: "noopener noreferrer", target: "_blank" }, W.website)); }
      panel.appendChild(links);
      panel.hidden = false;
      b.setAttribute("aria-expanded", "true");
      b.textContent = W.hide_details;
    }, function (e) { say(e.message); });
  }

  function share(id, panel) {
    loadOffer(id).then(function (d) {
      if (navigator.share) {
        return navigator.share({ title: d.name, text: d.share_text }).catch(function () {});
      }
      if (navigator.clipboard && window.isSecureContext) {
        return navigator.clipboard.writeText(d.share_text).then(function () { say(W.copied); }, function () { showCopy(d, panel); });
      }
      showCopy(d, panel);
    }, function (e) { say(e.message); });
  }

  function showCopy(d, panel) {
    var label = el("label", { "for": "c-" + (++counter) }, W.copy_here);
    var area = el("textarea", { id: "c-" + counter, "class": "copy", readonly: "" });
    area.value = d.share_text;
    panel.hidden = false;
    panel.appendChild(label); panel.appendChild(area);
    area.focus(); area.select();
  }

  function report(id, b) {
    b.disabled = true;
    api("POST", "/api/offers/" + encodeURIComponent(id) + "/report", {}).then(function (r) {
      b.textContent = W.reported; say(r.message);
    }, function (e) { b.disabled = false; say(e.message); });
  }

  // --- an answer --------------------------------------------------------------------------
  function choices(list, send) {
    var box = el("div", { "class": "choices" });
    list.forEach(function (c) { box.appendChild(button(c.label, function () { send(c); })); });
    return box;
  }

  function refineWith(choice) {
    var data = choice.age !== undefined ? { age: choice.age } : { place: choice.place };
    userSays(choice.label);
    api("POST", "/api/refine", data).then(function (a) { showAnswer(a).focus(); }, failed);
  }

  function detailsCard(box, d) {
    var li = offerItem({ id: d.id, name: d.name, summary: d.note || "", doubtful: d.doubtful });
    box.appendChild(el("ul", { "class": "offers" })).appendChild(li);
    li.querySelector(".details-button").click();
  }

  function showAnswer(a) {
    var v = a.view, box = bubble(W.assistant, "bot answer");
    if (v.details) { detailsCard(box, v.details); return box; }
    if (v.prompt) { box.appendChild(el("p", { "class": "prompt" }, v.prompt)); return box; }
    if (v.emergency.length) {
      var urgent = el("div", { "class": "emergency", role: "alert" });
      urgent.appendChild(el("p", {}, "⚠ " + v.emergency_heading));
      v.emergency.forEach(function (line) { urgent.appendChild(el("p", {}, line)); });
      box.appendChild(urgent);
    }
    box.appendChild(el("p", { "class": "understood" }, v.understood));
    v.notes.forEach(function (n) { box.appendChild(el("p", { "class": "small" }, n)); });
    if (v.intro) { box.appendChild(el("p", {}, v.intro)); }
    if (v.offers.length) {
      var ul = el("ul", { "class": "offers", "aria-label": W.offers_label });
      v.offers.forEach(function (o) { ul.appendChild(offerItem(o)); });
      box.appendChild(ul);
    }
    if (v.has_more) { box.appendChild(button(W.more, function (b) { b.disabled = true; send("mehr", true); }, { "class": "secondary more-button" })); }
    if (v.gap) { box.appendChild(el("p", { "class": "gap" }, v.gap)); box.appendChild(el("p", { "class": "small" }, v.recorded)); }
    if (v.alternatives.length) {
      box.appendChild(el("p", {}, v.alternatives_intro));
      var alt = el("ul", { "class": "offers alternatives" });
      v.alternatives.forEach(function (o) { alt.appendChild(offerItem(o)); });
      box.appendChild(alt);
    }
    if (v.question) {
      box.appendChild(el("p", { "class": "question" }, v.question.text));
      if (v.question.choices.length) { box.appendChild(choices(v.question.choices, refineWith)); }
    }
    if (v.can_refine) {
      var tools = el("div", { "class": "actions" });
      tools.appendChild(button(W.change_age, function () { askAge(box); }));
      tools.appendChild(button(W.change_place, function () { askPlace(box); }));
      tools.appendChild(button(W.not_helpful, function (b) {
        b.disabled = true;
        api("POST", "/api/not-helpful", {}).then(function (r) { say(r.message); }, function (e) { b.disabled = false; say(e.message); });
      }, { "class": "not-helpful-button" }));
      box.appendChild(tools);
    }
    return box;
  }

  var AGES = JSON.parse(body.getAttribute("data-ages") || "[]");
  var PLACES = JSON.parse(body.getAttribute("data-places") || "[]");
  function askPlace(box) {
    box.appendChild(el("p", {}, W.choose_place));
    if (!PLACES.length) { input.value = LANG === "de" ? "und in " : "and in "; input.focus(); return; }
    var list = choices(PLACES, refineWith);
    box.appendChild(list);
    list.querySelector("button").focus();
  }

  function askAge(box) {
    var list = AGES || [];
    box.appendChild(el("p", {}, W.choose_age));
    if (!list.length) { input.value = LANG === "de" ? "und für " : "and for "; input.focus(); return; }
    var buttons = choices(list, refineWith);
    box.appendChild(buttons);
    buttons.querySelector("button").focus();
  }

  // A typed message keeps the focus in the question field; after a button (which may vanish or
  // be disabled) the focus moves to the new answer, so keyboard and screen reader users follow.
  function send(text, fromButton) {
    userSays(text);
    say(W.sending);
    return api("POST", "/api/messages", { text: text }).then(function (a) {
      statusLine.textContent = "";
      var box = showAnswer(a);
      if (fromButton) { box.focus(); }
    }, function (e) { statusLine.textContent = ""; failed(e); });
  }

  // --- location ---------------------------------------------------------------------------
  function locate() {
    if (!navigator.geolocation) { say(W.no_location); return; }
    say(W.locating);
    navigator.geolocation.getCurrentPosition(function (pos) {
      api("POST", "/api/nearby", { lat: pos.coords.latitude, lon: pos.coords.longitude }).then(function (r) {
        statusLine.textContent = "";
        var box = bubble(W.assistant, "bot answer");
        box.appendChild(el("p", {}, r.intro));
        var ul = el("ul", { "class": "offers" });
        r.offers.forEach(function (o) { ul.appendChild(offerItem(o)); });
        box.appendChild(ul);
        box.focus();
      }, failed);
    }, function () { say(W.no_location); }, { timeout: 15000, maximumAge: 60000 });
  }

  // --- login ------------------------------------------------------------------------------
  function showLogin() { $("chat").hidden = true; $("login").hidden = false; $("logout").hidden = true; $("code").focus(); }
  function showChat(info) {
    $("login").hidden = true; $("chat").hidden = false;
    $("logout").hidden = info.access === "open" && !info.admin;
    $("planning-link").hidden = !info.admin;
    input.focus();
  }

  $("login-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var code = $("code").value.trim();
    $("login-error").textContent = "";
    api("POST", "/api/login", { code: code }).then(function (info) { $("code").value = ""; showChat(info); },
      function (e) { $("login-error").textContent = e.message; $("code").focus(); });
  });
  $("ask-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { return; }
    input.value = "";
    send(text);
  });
  $("locate").addEventListener("click", locate);
  $("logout").addEventListener("click", function () {
    api("POST", "/api/logout", {}).then(function () { log.textContent = ""; say(W.logged_out); showLogin(); });
  });

  api("GET", "/api/session").then(function (info) {
    if (info.admitted) { showChat(info); } else { showLogin(); }
  }, function () { showLogin(); });
})();
