#!/usr/bin/env python3
"""Writes locales.json, the locale data StaticEvent embeds, from a CLDR JSON checkout.

    python3 generate.py /path/to/cldr-json [output.json]

The path is a checkout of github.com/unicode-org/cldr-json (the folder holding cldr-json/, or
cldr-json/ itself). Only the Gregorian calendar is read. Standard library only, so anyone can
regenerate without installing anything. See README.md beside this file.
"""

import json
import os
import re
import sys

# Languages a site may use, then the region variants that differ from their language (or that a
# parent chain passes through: en-AU -> en-001 -> en). Every other region falls back through
# LocaleChain to one of these, e.g. de-LU -> de.
LOCALES = [
    "ar", "bn", "cs", "de", "el", "en", "es", "fa", "fi", "fr", "he", "hi", "hu", "id", "it",
    "ja", "ko", "ms", "nl", "pl", "pt", "ro", "ru", "sv", "sw", "th", "tr", "uk", "ur", "vi",
    "zh", "zh-Hans", "zh-Hant",
    "en-001", "en-150", "en-GB", "en-AU", "en-CA", "en-IE", "en-IN", "en-NZ", "en-SG", "en-ZA",
    "es-419", "es-MX", "es-AR", "es-CO", "es-US",
    "fr-CA", "fr-BE", "fr-CH",
    "pt-PT",
    "de-AT", "de-CH", "it-CH", "nl-BE",
    "ar-MA", "ar-DZ", "ar-TN", "ar-EG", "ar-SA", "ar-AE",
    "fa-AF", "ur-IN", "bn-IN", "sw-KE",
    "zh-Hans-SG", "zh-Hant-HK",
    "und",
]

WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    root = sys.argv[1]
    if os.path.isdir(os.path.join(root, "cldr-json")):
        root = os.path.join(root, "cldr-json")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "locales.json")

    def read(*parts):
        with open(os.path.join(root, *parts), encoding="utf-8") as f:
            return json.load(f)

    core = lambda name: read("cldr-core", "supplemental", name + ".json")["supplemental"]
    likely = core("likelySubtags")["likelySubtags"]
    parents = core("parentLocales")["parentLocales"]["parentLocale"]
    digits = {k: v["_digits"] for k, v in core("numberingSystems")["numberingSystems"].items() if v.get("_type") == "numeric"}
    day_period_rules = core("dayPeriods")["dayPeriodRuleSet"]
    available = read("cldr-core", "availableLocales.json")["availableLocales"]["full"]
    version = read("cldr-core", "package.json")["version"]

    # lang-Script locales (zh-Hans, sr-Latn): only for these languages does a chain insert the script.
    script_locales = sorted(l for l in available if re.fullmatch(r"[a-z]{2,3}-[A-Z][a-z]{3}", l))
    multi_script = {l.split("-")[0] for l in script_locales}
    languages = {l.split("-")[0] for l in available}
    likely_out = {k: v for k, v in likely.items() if k in languages or (k.split("-")[0] in multi_script)}

    locales = {}
    used_numbering = set()
    for tag in LOCALES:
        data = locale(read, tag, likely, day_period_rules, digits)
        if tag == "und":
            neutral_names(read, data, likely, day_period_rules, digits)
        locales[tag] = data
        used_numbering.update(data["numbers"]["systems"].keys())

    result = {
        "cldrVersion": version,
        "digits": {k: digits[k] for k in sorted(used_numbering)},
        "likelySubtags": dict(sorted(likely_out.items())),
        "scriptLocales": script_locales,
        "parentLocales": dict(sorted((k, v) for k, v in parents.items())),
        "locales": locales,
    }
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        json.dump(result, f, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
        f.write("\n")
    print(f"wrote {out}: {len(locales)} locales, CLDR {version}, {os.path.getsize(out)} bytes")


def locale(read, tag, likely, day_period_rules, digits):
    greg = read("cldr-dates-full", "main", tag, "ca-gregorian.json")["main"][tag]["dates"]["calendars"]["gregorian"]
    numbers = read("cldr-numbers-full", "main", tag, "numbers.json")["main"][tag]["numbers"]
    delimiters = read("cldr-misc-full", "main", tag, "delimiters.json")["main"][tag]["delimiters"]
    lists = read("cldr-misc-full", "main", tag, "listPatterns.json")["main"][tag]["listPatterns"]["listPattern-type-standard"]
    layout = read("cldr-misc-full", "main", tag, "layout.json")["main"][tag]["layout"]["orientation"]

    months = greg["months"]
    days = greg["days"]
    available = greg["dateTimeFormats"]["availableFormats"]
    intervals = greg["dateTimeFormats"]["intervalFormats"]
    date_formats = {k: greg["dateFormats"][k] for k in ("full", "long", "medium", "short")}
    date = available.get("yMMMMd") or date_formats["long"]
    time = greg["timeFormats"]["short"]
    periods = greg["dayPeriods"]["format"]["abbreviated"]

    data = {
        "script": script_of(tag, likely),
        "rtl": layout["characterOrder"] == "right-to-left",
        "months": month_list(months["format"]["wide"]),
        "monthsAbbr": month_list(months["format"]["abbreviated"]),
    }
    standalone = month_list(months["stand-alone"]["wide"])
    if standalone != data["months"]:
        data["monthsStandalone"] = standalone
    data["days"] = [days["format"]["wide"][d] for d in WEEKDAYS]
    data["daysAbbr"] = [days["format"]["abbreviated"][d] for d in WEEKDAYS]
    data["am"] = periods["am"]
    data["pm"] = periods["pm"]
    data["era"] = greg["eras"]["eraAbbr"]["1"]
    if "B" in strip_quoted(time):
        data["flexiblePeriods"] = flexible_periods(tag, periods, day_period_rules)
    data["dateFormats"] = date_formats
    data["formats"] = {
        "date": date,
        "month": available.get("yMMMM") or widen(available["yMMM"]),
        "monthDay": available.get("MMMMd") or widen(available["MMMd"]),
        "weekdayDay": weekday_wide(available["Ed"]),
        "time": time,
        "dateTime": greg["dateTimeFormats"]["full"],
    }
    fallback = intervals["intervalFormatFallback"]
    numbered = all(re.match(str(i) + r"\D", name) for i, name in enumerate(data["months"], 1))
    data["dateRange"] = wide_range(intervals, "yMMMMd", "yMMMd", ("d", "M", "y"), fallback, date, numbered)
    data["monthDayRange"] = wide_range(intervals, "MMMMd", "MMMd", ("d", "M"), fallback, data["formats"]["monthDay"], numbered)
    data["rangeFallback"] = fallback
    data["numbers"] = number_data(numbers, digits)
    data["quotes"] = [delimiters["quotationStart"], delimiters["quotationEnd"],
                      delimiters["alternateQuotationStart"], delimiters["alternateQuotationEnd"]]
    data["list"] = {k: lists[k] for k in ("start", "middle", "end", "2")}
    return data


def neutral_names(read, data, likely, rules, digits):
    """Root's ISO-like patterns stay, but its month names are 'M01'…: English names read better."""
    en = locale(read, "en", likely, rules, digits)
    for key in ("months", "monthsAbbr", "days", "daysAbbr", "am", "pm", "era"):
        data[key] = en[key]
    data.pop("monthsStandalone", None)
    data["script"] = "Latn"


def month_list(names):
    return [names[str(i)] for i in range(1, 13)]


def script_of(tag, likely):
    parts = tag.split("-")
    if len(parts) > 1 and re.fullmatch(r"[A-Z][a-z]{3}", parts[1]):
        return parts[1]
    full = likely.get(tag) or likely.get(parts[0]) or likely.get("und")
    return full.split("-")[1]


def strip_quoted(pattern):
    return re.sub(r"'[^']*'", "", pattern)


def widen(pattern):
    """MMM -> MMMM and LLL -> LLLL outside quoted text (abbreviated month to its wide name)."""
    parts = re.split(r"('[^']*')", pattern)
    return "".join(p if p.startswith("'") else re.sub(r"(?<![ML])(MMM|LLL)(?![ML])", lambda m: m.group(1) + m.group(1)[0], p) for p in parts)


def weekday_wide(pattern):
    """The weekday and day (CLDR Ed) with the weekday written out: 'E d' -> 'EEEE d'."""
    parts = re.split(r"('[^']*')", pattern)
    return "".join(p if p.startswith("'") else re.sub(r"(?<![Ec])(E{1,3}|c{1,3})(?![Ec])", lambda m: m.group(1)[0] * 4, p) for p in parts)


def has_month_name(pattern):
    return re.search(r"(?<![ML])(MMMM?|LLLL?)(?![ML])", strip_quoted(pattern)) is not None


def wide_range(intervals, wide_key, abbreviated_key, differences, fallback, single, numbered_months):
    """
    Interval patterns with the month written out, by greatest difference (d, M, y): CLDR's wide
    pattern where it has one (es, fi, pl), else its abbreviated one widened (MMM -> MMMM). A
    locale whose abbreviated pattern is numeric (cs: 'd. M. y') gets CLDR's interval fallback
    around two full dates instead. Where month names are numbers ('10월', '10月'), a numeric
    month in the pattern says the same (ko: 'y년 M월 d일~d일').
    """
    wide = intervals.get(wide_key, {})
    abbreviated = intervals.get(abbreviated_key, {})
    result = {}
    for diff in differences:
        if diff in wide:
            result[diff] = wide[diff]
        elif diff in abbreviated and (has_month_name(abbreviated[diff]) or not has_month_name(single) or numbered_months):
            result[diff] = widen(abbreviated[diff])
        else:
            result[diff] = interval_from_fallback(fallback, single)
    return result


def interval_from_fallback(fallback, single):
    """'{0} – {1}' around a date pattern, as one interval pattern; letters in the separator are quoted."""
    separator = fallback.split("{0}")[1].split("{1}")[0]
    if re.search(r"[A-Za-z]", separator):
        separator = "'" + separator.replace("'", "''") + "'"
    return single + separator + single


def flexible_periods(tag, names, rules):
    """B (flexible day period, zh-Hant 'Bh:mm'): [from, before, name] in minutes since midnight."""
    ruleset = rules.get(tag) or rules.get(tag.split("-")[0]) or {}
    result = []
    for key, rule in ruleset.items():
        if "_from" in rule and key in names:
            result.append([minutes(rule["_from"]), minutes(rule["_before"]), names[key]])
    return sorted(result)


def minutes(text):
    hours, mins = text.split(":")
    return int(hours) * 60 + int(mins)


def number_data(numbers, digits):
    default = numbers["defaultNumberingSystem"]
    native = numbers.get("otherNumberingSystems", {}).get("native", default)
    if native not in digits:
        native = default  # an algorithmic system (jpan, hebr) has no digits to swap in
    systems = {}
    for system in sorted({default, native, "latn"}):
        symbols = numbers.get(f"symbols-numberSystem-{system}") or numbers["symbols-numberSystem-latn"]
        decimal = numbers.get(f"decimalFormats-numberSystem-{system}") or numbers["decimalFormats-numberSystem-latn"]
        systems[system] = {
            "decimal": symbols["decimal"],
            "group": symbols["group"],
            "minus": symbols["minusSign"],
            "grouping": grouping(decimal["standard"]),
        }
    return {
        "default": default,
        "native": native,
        "minimumGrouping": int(numbers.get("minimumGroupingDigits", "1")),
        "systems": systems,
    }


def grouping(pattern):
    """'#,##0.###' -> [3, 3]; '#,##,##0.###' (Indian) -> [3, 2]; no comma -> [0, 0]."""
    integer = pattern.split(";")[0].split(".")[0]
    groups = integer.split(",")
    if len(groups) < 2:
        return [0, 0]
    primary = len(groups[-1])
    secondary = len(groups[-2]) if len(groups) > 2 else primary
    return [primary, secondary]


if __name__ == "__main__":
    main()
