// Check a reply: live analysis as you type. Asks POST /api/analyze (debounced) and
// draws the record with DOM methods only: every text is set as text, never as HTML.
(function () {
  "use strict";
  var form = document.getElementById("check-form");
  if (!form) return;
  var partner = document.getElementById("partner");
  var reply = document.getElementById("reply");
  var result = document.getElementById("result");
  var status = document.getElementById("status");
  var L = JSON.parse(document.getElementById("labels").textContent);
  var DELAY = 350; // ms after the last keystroke: one request per pause, not per key
  var timer = null;
  var latest = 0;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === "text") node.textContent = attrs[key];
      else node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) {
      if (child) node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }
  function pretty(label) { return String(label).replace(/_/g, " "); }

  function needs() {
    return Array.prototype.map.call(
      form.querySelectorAll("input[name=needs]:checked"), function (box) { return box.value; });
  }

  function segments(text, blocks) {
    var out = [], at = 0, n = 0;
    blocks.slice().sort(function (a, b) { return a.start - b.start || b.end - a.end; })
      .forEach(function (block) {
        var start = Math.max(at, Math.min(text.length, block.start));
        var end = Math.max(start, Math.min(text.length, block.end));
        if (end <= start) return;
        if (start > at) out.push(text.slice(at, start));
        n += 1;
        var id = "live-why-" + n;
        var why = L.blocks[block.kind] || pretty(block.kind);
        out.push(el("mark", {"class": "block", tabindex: "0", "aria-describedby": id}, [
          text.slice(start, end),
          el("span", {"class": "why", role: "tooltip", id: id, text: why})]));
        at = end;
      });
    if (at < text.length) out.push(text.slice(at));
    return out;
  }

  function card(title, children, extra) {
    return el("div", {"class": "card" + (extra ? " " + extra : "")},
      [el("h2", {text: title})].concat(children));
  }

  function draw(record, replyText) {
    var parts = [];
    var p = record.partner || {};
    if (p.risk) {
      parts.push(el("div", {"class": "safety", role: "alert"}, [
        el("h2", {text: "Safety first"}),
        el("p", {}, [el("strong", {text: L.risk[p.risk.kind] || "Your partner's words suggest a crisis."})]),
        p.risk.text ? el("p", {text: "What signals it: \u201c" + p.risk.text + "\u201d"}) : null,
        el("p", {text: L.safety}),
        el("p", {}, [el("strong", {text: L.help + "."})])]));
    }
    var emotions = (p.emotions || []).slice(0, 5);
    parts.push(card("Your partner", [
      p.feeling ? el("p", {}, ["They likely feel ", el("strong", {text: p.feeling}), "."]) : null,
      el("p", {}, ["They seem to want ", el("strong", {text: L.seeks[p.seeks] || pretty(p.seeks || "")}), "."]),
      emotions.length
        ? el("ul", {"class": "emotions"}, emotions.map(function (e) {
            return el("li", {}, [pretty(e.label) + " ", el("span", {"class": "pct", text: Math.round(e.score * 100) + "%"})]);
          }))
        : p.feeling ? null : el("p", {"class": "muted", text: "No strong feeling stands out."})]));
    var r = record.reply;
    if (r && replyText) {
      var blocks = r.blocks || [];
      var levels = L.dimensions.map(function (d) {
        var level = L.levels[(r.empathy || {})[d[0]] || 0];
        return el("div", {}, [el("dt", {text: d[1]}), el("dd", {"class": "level-" + level, text: level})]);
      });
      levels.push(el("div", {}, [el("dt", {text: "Strategy"}), el("dd", {text: pretty((r.strategy || {}).label || "")})]));
      parts.push(card("Your reply", [
        el("p", {"class": "reply-text"}, segments(replyText, blocks)),
        blocks.length ? el("h3", {text: "What gets in the way"}) : null,
        blocks.length ? el("ul", {"class": "blocks"}, blocks.map(function (b) {
          return el("li", {}, [el("strong", {text: pretty(b.kind)}), ": \u201c" + b.text + "\u201d \u2014 " + (L.blocks[b.kind] || "")]);
        })) : null,
        el("dl", {"class": "levels"}, levels),
        (r.mechanisms || []).length ? el("h3", {text: "What works"}) : null,
        (r.mechanisms || []).length ? el("ul", {"class": "mechanisms"}, r.mechanisms.map(function (m) {
          return el("li", {text: L.mechanisms[m] || pretty(m)});
        })) : null]));
      var h2 = parts[parts.length - 1].querySelector("h2");
      h2.appendChild(document.createTextNode(" "));
      h2.appendChild(el("span", {"class": "score", text: r.score + "/100"}));
      h2.appendChild(document.createTextNode(" "));
      h2.appendChild(r.empathic ? el("span", {"class": "badge good", text: "likely to feel heard"})
                                : el("span", {"class": "badge", text: "could land better"}));
    }
    if ((record.feedback || []).length) {
      parts.push(card("Try this", [el("ul", {"class": "feedback"}, record.feedback.map(function (f) {
        return el("li", {}, [el("strong", {text: pretty(f.skill)}), ": " + f.message]);
      }))]));
    }
    if (record.suggestion) {
      parts.push(card("You could say", [
        el("blockquote", {id: "suggestion-text", text: record.suggestion}),
        el("button", {type: "button", "class": "use", "data-use": ""}, ["Use this"])], "suggestion"));
    }
    result.replaceChildren.apply(result, parts);
    wireUse();
  }

  function analyze() {
    var text = partner.value;
    if (!text.trim() && !reply.value.trim()) {
      result.replaceChildren();
      status.textContent = "";
      return;
    }
    var ticket = ++latest;
    var replyText = reply.value;
    status.textContent = "Reading\u2026";
    fetch("/api/analyze", {
      method: "POST",
      headers: {"Content-Type": "application/json", "Accept": "application/json"},
      body: JSON.stringify({partner: text, reply: replyText || null, partner_needs: needs()}),
      credentials: "same-origin"
    }).then(function (response) {
      return response.json().then(function (body) { return {ok: response.ok, body: body}; });
    }).then(function (answer) {
      if (ticket !== latest) return; // a newer request is on its way
      if (!answer.ok) { status.textContent = answer.body.error || "That could not be read."; return; }
      status.textContent = "Updated.";
      draw(answer.body, replyText.trim() ? replyText : null);
    }).catch(function () {
      if (ticket === latest) status.textContent = "Could not reach empathos; is it still running?";
    });
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(analyze, DELAY);
  }

  function wireUse() {
    Array.prototype.forEach.call(result.querySelectorAll("[data-use]"), function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        reply.value = document.getElementById("suggestion-text").textContent;
        reply.focus();
        status.textContent = "Suggestion copied into your reply.";
        analyze();
      });
    });
  }

  partner.addEventListener("input", schedule);
  reply.addEventListener("input", schedule);
  form.addEventListener("change", function (event) {
    if (event.target.name === "needs") schedule();
  });
  wireUse();
})();
