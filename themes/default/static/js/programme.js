/*
 * The programme page of the StaticEvent default theme (layouts/schedule.sbn). No framework, no
 * request: everything comes from the page's own markup. Without this script every session is
 * listed and the tools stay hidden; with it:
 *  - filters by track / room / "my agenda" hide and show sessions and update a live count;
 *  - during the event, the session under way and the next one get a visible "Now" / "Next" label
 *    (texts from data-label-now / data-label-next), checked again every minute. Times are compared
 *    as instants (data-start / data-end are ISO 8601 with the event's offset), so this works in the
 *    visitor's own time zone. A timed session without an end counts as lasting until the next timed
 *    session starts, and at most one hour. All-day items and those whose time is to be confirmed
 *    are never "now" or "next";
 *  - visitors star sessions into a personal agenda kept in localStorage (in memory when storage is
 *    unavailable) and download it as an iCalendar file built here from the items' data attributes;
 *    a link (#agenda=id,id…) carries the stars to another device, where opening it adds them;
 *  - times show in the event's zone, or on request in the visitor's own (Intl, in the page's
 *    language and digits), the zone always named; the choice is remembered.
 */
(function () {
  "use strict";

  var root = document.querySelector("[data-programme]");
  var tools = document.querySelector("[data-programme-tools]");
  if (!root || !tools || !document.addEventListener) {
    return;
  }

  var HOUR = 3600000;
  var data = root.dataset;
  var items = Array.prototype.slice.call(root.querySelectorAll("[data-session]"));
  var days = Array.prototype.slice.call(root.querySelectorAll("[data-day]:not([data-session])"));
  var form = tools.querySelector("[data-filters]");
  var countBox = document.querySelector("[data-count]");
  var agendaCount = tools.querySelector("[data-agenda-count]");
  var downloadButton = tools.querySelector("[data-agenda-download]");
  var clearButton = tools.querySelector("[data-agenda-clear]");
  var empty = root.querySelector("[data-empty]");
  var shareLink = tools.querySelector("[data-agenda-link]");

  function format(text, values) {
    return String(text || "").replace(/\{(\d+)\}/g, function (match, index) {
      return values[index] !== undefined ? values[index] : match;
    });
  }

  // ---------- The personal agenda, in localStorage when the browser allows it ----------

  var storageKey = data.storageKey || "staticevent-agenda";
  // The server's calendars use the same UIDs (host and base path: example.org/ga93), so importing both updates, never duplicates.
  var uidDomain = data.uidDomain || data.uidHost || location.hostname;
  var starred = load();

  function load() {
    try {
      var list = JSON.parse(window.localStorage.getItem(storageKey) || "[]");
      return Array.isArray(list) ? list.filter(function (id) { return typeof id === "string"; }) : [];
    } catch (e) {
      return [];
    }
  }

  function save() {
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(starred));
    } catch (e) {
      // Private mode or storage disabled: the agenda lasts as long as the page.
    }
  }

  function isStarred(item) {
    return starred.indexOf(item.getAttribute("data-session")) >= 0;
  }

  function starredItems() {
    return items.filter(isStarred);
  }

  function toggle(item) {
    var id = item.getAttribute("data-session");
    var index = starred.indexOf(id);
    if (index >= 0) {
      starred.splice(index, 1);
    } else {
      starred.push(id);
    }
    save();
    refreshStars();
    applyFilters();
  }

  // The address that brings these stars to another browser: the programme page with #agenda=…
  function agendaLink() {
    var base = location.href.split("#")[0];
    return base + "#agenda=" + starred.map(encodeURIComponent).join(",");
  }

  // Stars brought by a link are added to the visitor's own, then the address is cleaned.
  function importLinkedAgenda() {
    var match = /(?:^#|&)agenda=([^&]*)/.exec(location.hash);
    if (!match) {
      return;
    }
    match[1].split(",").map(decodeURIComponent).forEach(function (id) {
      if (id && starred.indexOf(id) < 0) {
        starred.push(id);
      }
    });
    if (history.replaceState) {
      history.replaceState(null, "", location.href.split("#")[0]);
    }
  }

  function refreshStars() {
    items.forEach(function (item) {
      var on = isStarred(item);
      item.classList.toggle("is-starred", on);
      var button = item.querySelector("[data-star]");
      if (button) {
        button.setAttribute("aria-pressed", on ? "true" : "false");
      }
    });
    var count = starredItems().length;
    if (agendaCount) {
      agendaCount.textContent = format(data.agendaText, [count]);
    }
    if (downloadButton) {
      downloadButton.disabled = count === 0;
    }
    if (clearButton) {
      clearButton.disabled = count === 0;
    }
    if (shareLink) {
      shareLink.href = agendaLink();
      shareLink.parentNode.hidden = count === 0;
    }
  }

  // ---------- Event time or the visitor's time ----------

  var zoneSwitch = document.querySelector("[data-zone-switch]");
  var zoneNote = document.querySelector("[data-zone-note]");
  var zoneKey = storageKey + ":zone";
  // The language as its pages are formatted (en-GB: a 24-hour clock), with the digits setting.
  var locale = (data.locale || data.lang || "en") + (data.numbering ? "-u-nu-" + data.numbering : "");

  function visitorZoneName(when) {
    try {
      var parts = new Intl.DateTimeFormat(locale, { timeZoneName: "long" }).formatToParts(when);
      for (var i = 0; i < parts.length; i++) {
        if (parts[i].type === "timeZoneName") {
          return parts[i].value;
        }
      }
    } catch (e) {
      // An old browser: its zone's name is not known.
    }
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  }

  // "UTC−05:00" for the visitor's offset at that instant.
  function visitorOffset(when) {
    var minutes = -when.getTimezoneOffset();
    var sign = minutes < 0 ? "\u2212" : "+";
    minutes = Math.abs(minutes);
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return "UTC" + sign + pad(Math.floor(minutes / 60)) + ":" + pad(minutes % 60);
  }

  function showZone(mine) {
    var time = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit" });
    var day = new Intl.DateTimeFormat(locale, { weekday: "short", day: "numeric" });
    root.querySelectorAll(".session-time").forEach(function (box) {
      var dayIso = (box.closest("[data-day]") || box).getAttribute("data-day");
      box.querySelectorAll("time[datetime*='T']").forEach(function (element, index) {
        if (element.dataset.eventText === undefined) {
          element.dataset.eventText = element.textContent;
        }
        var when = new Date(element.getAttribute("datetime"));
        var text = element.dataset.eventText;
        if (mine && !isNaN(when)) {
          text = time.format(when);
          // The visitor's date when it is not the programme's day (a session at 02:00 in Marrakech is the day before in New York).
          var local = when.getFullYear() + "-" + ("0" + (when.getMonth() + 1)).slice(-2) + "-" + ("0" + when.getDate()).slice(-2);
          if (index === 0 && dayIso && local !== dayIso) {
            text = day.format(when) + " " + text;
          }
        }
        element.textContent = text;
      });
      box.querySelectorAll(".utc-offset").forEach(function (element) {
        if (element.dataset.eventText === undefined) {
          element.dataset.eventText = element.textContent;
        }
        var first = box.querySelector("time[datetime*='T']");
        element.textContent = mine && first ? visitorOffset(new Date(first.getAttribute("datetime"))) : element.dataset.eventText;
      });
    });
    if (zoneNote) {
      if (zoneNote.dataset.eventText === undefined) {
        zoneNote.dataset.eventText = zoneNote.textContent;
      }
      zoneNote.textContent = mine ? format(data.myZoneNote, [visitorZoneName(new Date())]) : zoneNote.dataset.eventText;
    }
    if (zoneSwitch) {
      zoneSwitch.querySelectorAll("[data-zone]").forEach(function (button) {
        button.setAttribute("aria-pressed", (button.getAttribute("data-zone") === "mine") === mine ? "true" : "false");
      });
    }
  }

  function rememberZone(mine) {
    try {
      window.localStorage.setItem(zoneKey, mine ? "mine" : "event");
    } catch (e) {
      // Not remembered: the page still switches.
    }
  }

  function rememberedZone() {
    try {
      return window.localStorage.getItem(zoneKey) === "mine";
    } catch (e) {
      return false;
    }
  }

  // ---------- Filters ----------

  function checkedValues(name) {
    var boxes = form ? form.querySelectorAll("input[name='" + name + "']") : [];
    if (boxes.length === 0) {
      return null; // no such filter on this page: everything passes
    }
    var values = [];
    Array.prototype.forEach.call(boxes, function (box) {
      if (box.checked) {
        values.push(box.value);
      }
    });
    return values;
  }

  function applyFilters() {
    var tracks = checkedValues("track");
    var rooms = checkedValues("room");
    var starredBox = form ? form.querySelector("input[name='starred']") : null;
    var onlyStarred = !!(starredBox && starredBox.checked);
    var shown = 0;
    items.forEach(function (item) {
      var visible = (!tracks || tracks.indexOf(item.getAttribute("data-track") || "") >= 0) &&
        (!rooms || rooms.indexOf(item.getAttribute("data-room") || "") >= 0) &&
        (!onlyStarred || isStarred(item));
      item.hidden = !visible;
      if (visible) {
        shown++;
      }
    });
    days.forEach(function (day) {
      day.hidden = !day.querySelector("[data-session]:not([hidden])");
    });
    if (empty) {
      empty.hidden = shown > 0;
    }
    if (countBox) {
      countBox.textContent = format(data.countText, [shown, items.length]);
    }
  }

  // ---------- Now and next ----------

  function instant(value) {
    var time = value ? Date.parse(value) : NaN;
    return isNaN(time) ? null : time;
  }

  function timedSessions() {
    var list = [];
    items.forEach(function (item) {
      if (item.getAttribute("data-kind") !== "timed") {
        return;
      }
      var start = instant(item.getAttribute("data-start"));
      if (start !== null) {
        list.push({ item: item, start: start, end: instant(item.getAttribute("data-end")) });
      }
    });
    list.sort(function (a, b) { return a.start - b.start; });
    list.forEach(function (session) {
      if (session.end === null) {
        var end = session.start + HOUR;
        list.forEach(function (other) {
          if (other.start > session.start && other.start < end) {
            end = other.start;
          }
        });
        session.end = end;
      }
    });
    return list;
  }

  var timed = timedSessions();
  var eventStart = instant(data.eventStart);
  var eventEnd = instant(data.eventEnd);
  eventEnd = eventEnd === null ? null : eventEnd + 24 * HOUR; // the end of the last day

  function label(item, kind, text) {
    var old = item.querySelector("[data-live]");
    if (old) {
      old.parentNode.removeChild(old);
    }
    item.classList.remove("is-now", "is-next");
    if (item.getAttribute("aria-current") === "time") {
      item.removeAttribute("aria-current");
    }
    if (!kind) {
      return;
    }
    var badge = document.createElement("p");
    badge.className = "live-label live-" + kind;
    badge.setAttribute("data-live", kind);
    badge.textContent = text;
    var body = item.querySelector(".session-body") || item;
    body.insertBefore(badge, body.firstChild);
    item.classList.add("is-" + kind);
    if (kind === "now") {
      item.setAttribute("aria-current", "time");
    }
  }

  function refreshLive() {
    var now = Date.now();
    var during = eventStart !== null && eventEnd !== null && now >= eventStart && now < eventEnd;
    var nextStart = null;
    if (during) {
      timed.forEach(function (session) {
        if (session.start > now && (nextStart === null || session.start < nextStart)) {
          nextStart = session.start;
        }
      });
    }
    timed.forEach(function (session) {
      if (during && session.start <= now && now < session.end) {
        label(session.item, "now", data.labelNow);
      } else if (during && session.start === nextStart) {
        label(session.item, "next", data.labelNext);
      } else {
        label(session.item, null);
      }
    });
  }

  // ---------- The agenda as an iCalendar file (RFC 5545) ----------

  function icsText(value) {
    return String(value).replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
  }

  // Lines of at most 75 octets (UTF-8), continued with CRLF and a space; never inside a character.
  function fold(line) {
    var out = "";
    var octets = 0;
    for (var i = 0; i < line.length; i++) {
      var code = line.charCodeAt(i);
      var ch = line.charAt(i);
      var size = code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < line.length) {
        ch += line.charAt(++i);
        size = 4;
      }
      if (octets + size > 75) {
        out += "\r\n ";
        octets = 1;
      }
      out += ch;
      octets += size;
    }
    return out;
  }

  function utc(time) {
    return new Date(time).toISOString().replace(/\.\d+Z$/, "Z").replace(/[-:]/g, "");
  }

  function dateValue(iso, plusDays) {
    var parts = String(iso).slice(0, 10).split("-");
    var date = new Date(Date.UTC(+parts[0], +parts[1] - 1, +parts[2] + (plusDays || 0)));
    return date.toISOString().slice(0, 10).replace(/-/g, "");
  }

  function text(element) {
    return element ? element.textContent.replace(/\s+/g, " ").trim() : "";
  }

  function vevent(item, stamp) {
    var link = item.querySelector("a[data-kind='session']");
    var kind = item.getAttribute("data-kind");
    var notes = Array.prototype.map.call(item.querySelectorAll("[data-note]"), text);
    var summary = text(link);
    var lines = ["BEGIN:VEVENT", "UID:" + item.getAttribute("data-session") + "@" + uidDomain, "DTSTAMP:" + stamp];
    var start = instant(item.getAttribute("data-start"));
    if (kind === "timed" && start !== null) {
      lines.push("DTSTART:" + utc(start));
      var end = instant(item.getAttribute("data-end"));
      if (end !== null) {
        lines.push("DTEND:" + utc(end));
      }
    } else {
      lines.push("DTSTART;VALUE=DATE:" + dateValue(item.getAttribute("data-start")));
      lines.push("DTEND;VALUE=DATE:" + dateValue(item.getAttribute("data-start"), 1));
      lines.push("TRANSP:TRANSPARENT");
      if (kind === "tbc") {
        summary += " (" + text(item.querySelector(".time-tbc")) + ")";
      }
    }
    lines.push("SUMMARY:" + icsText(summary));
    if (notes.length) {
      lines.push("DESCRIPTION:" + icsText(notes.join(" · ")));
    }
    if (item.getAttribute("data-location")) {
      lines.push("LOCATION:" + icsText(item.getAttribute("data-location")));
    }
    if (link) {
      lines.push("URL:" + link.href);
    }
    lines.push("STATUS:" + (item.hasAttribute("data-tentative") ? "TENTATIVE" : "CONFIRMED"));
    lines.push("END:VEVENT");
    return lines;
  }

  function calendar() {
    var stamp = utc(Date.now());
    var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//StaticEvent//Personal agenda//" + (data.lang || "").toUpperCase(),
      "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + icsText(data.calendarName || "")];
    starredItems().forEach(function (item) {
      lines = lines.concat(vevent(item, stamp));
    });
    lines.push("END:VCALENDAR");
    return lines.map(fold).join("\r\n") + "\r\n";
  }

  function download() {
    if (!window.Blob || !window.URL || !URL.createObjectURL) {
      return;
    }
    var url = URL.createObjectURL(new Blob([calendar()], { type: "text/calendar;charset=utf-8" }));
    var link = document.createElement("a");
    link.href = url;
    link.download = data.fileName || "agenda.ics";
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    setTimeout(function () {
      URL.revokeObjectURL(url);
      link.parentNode.removeChild(link);
    }, 0);
  }

  // ---------- Wiring ----------

  items.forEach(function (item) {
    var button = item.querySelector("[data-star]");
    if (button) {
      button.hidden = false;
      button.addEventListener("click", function () { toggle(item); });
    }
  });
  if (form) {
    form.addEventListener("change", applyFilters);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("reset", function () { setTimeout(applyFilters, 0); });
  }
  if (downloadButton) {
    downloadButton.addEventListener("click", download);
  }
  if (clearButton) {
    clearButton.addEventListener("click", function () {
      starred = [];
      save();
      refreshStars();
      applyFilters();
    });
  }

  if (zoneSwitch && window.Intl && Intl.DateTimeFormat) {
    zoneSwitch.hidden = false;
    zoneSwitch.querySelectorAll("[data-zone]").forEach(function (button) {
      button.addEventListener("click", function () {
        var mine = button.getAttribute("data-zone") === "mine";
        rememberZone(mine);
        showZone(mine);
      });
    });
    if (rememberedZone()) {
      showZone(true);
    }
  }

  importLinkedAgenda();
  // Ids of sessions no longer in the programme are dropped.
  starred = starred.filter(function (id) {
    return items.some(function (item) { return item.getAttribute("data-session") === id; });
  });
  save();
  tools.hidden = false;
  if (countBox) {
    countBox.hidden = false;
  }
  // Open on wide screens; on phones the tools stay folded above the programme until asked for.
  if (window.matchMedia && window.matchMedia("(min-width: 48rem)").matches) {
    tools.open = true;
  }
  refreshStars();
  applyFilters();
  refreshLive();
  setInterval(refreshLive, 60000);
  document.addEventListener("visibilitychange", function () {
    if (!document.hidden) {
      refreshLive();
    }
  });
})();
