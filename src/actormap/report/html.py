"""A self-contained HTML analysis report (one file that opens offline in any browser).

Built from the dictionary of :func:`actormap.core.analysis.report.analyze` (the
``actormap analyze --json`` schema) plus the map's properties and, optionally,
a picture of the map (PNG bytes or SVG text, embedded as a ``data:`` URI).
Inline CSS only: no script, no web font, no external URL. Every piece of user
text goes through :func:`html.escape`.
"""

from __future__ import annotations

import base64
import datetime as _dt
from collections.abc import Iterable, Mapping
from html import escape
from typing import Any

ROLES = ("coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total")
MAX_BROKER_ROWS = 40
MAX_BLOCS = 12  # blocs of two or more actors listed (largest first)
MAX_RISK_ROWS = 15

# literal colours (no CSS variables): Qt's QTextDocument, which makes the PDF, ignores var()
_CSS = """
* { box-sizing: border-box; }
body { font: 11pt/1.45 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #1a1a1a;
       max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.7em; margin: .4em 0 .2em; }
h2 { font-size: 1.25em; border-bottom: 2px solid #0072B2; padding-bottom: .15em; margin-top: 1.8em; }
h3 { font-size: 1.05em; margin: 1em 0 .3em; }
.sensitivity { text-align: center; font-weight: bold; letter-spacing: .12em; text-transform: uppercase;
               border: 2px solid #D55E00; color: #D55E00; padding: .25em; }
.meta { color: #555555; margin: 0 0 1em; }
.meta dt { font-weight: bold; float: left; clear: left; width: 8.5em; }
.meta dd { margin: 0 0 .2em 9em; }
figure { margin: 1em 0; text-align: center; }
figure img { max-width: 100%; height: auto; border: 1px solid #cccccc; }
figcaption { color: #555555; font-size: .9em; }
table.summary { width: auto; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; font-size: .92em; }
th, td { border-bottom: 1px solid #cccccc; padding: .25em .45em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.cards { display: flex; flex-wrap: wrap; gap: .8em; }
.card { border: 1px solid #cccccc; border-radius: 4px; padding: .5em .8em; min-width: 9em; }
.card b { display: block; font-size: 1.4em; }
ol.mediators > li { margin-bottom: .9em; }
ol.mediators .score { color: #0072B2; font-weight: bold; }
ul.reasons { margin: .2em 0; }
.parts { color: #555555; font-size: .88em; }
.note { color: #555555; font-size: .9em; }
.bloc { border-left: 4px solid #0072B2; padding-left: .6em; margin: .4em 0; }
.bloc.b2 { border-left-color: #D55E00; }
footer { margin-top: 2em; color: #555555; font-size: .85em; }
@media print { body { max-width: none; padding: 0; } h2 { break-after: avoid; } tr, li { break-inside: avoid; } }
"""


def _fmt(value: Any, digits: int = 3) -> str:
    """A number for a table cell; ``None`` (not defined / not assessed) shows as a dash."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value:  # NaN should not happen, but never print "nan"
            return "—"
        return f"{value:.{digits}f}"
    return escape(str(value))


def _get(obj: Any, key: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(key, default)
    return getattr(obj, key, default)


class _Names:
    """Actor id -> readable name, from the analysis result (falls back to the id)."""

    def __init__(self, result: Mapping[str, Any], extra: Mapping[str, str] | None = None):
        self.by_id: dict[str, str] = {}
        self.faction: dict[str, str] = {}
        for a in result.get("actors", []) or []:
            self.by_id[str(a.get("id"))] = str(a.get("name") or a.get("id"))
            self.faction[str(a.get("id"))] = str(a.get("faction") or "")
        if extra:
            self.by_id.update({str(k): str(v) for k, v in extra.items()})

    def __call__(self, actor_id: Any) -> str:
        return escape(self.by_id.get(str(actor_id), str(actor_id)))

    def join(self, ids: Iterable[Any], limit: int = 30) -> str:
        ids = list(ids)
        names = sorted((self(i) for i in ids), key=str.casefold)
        more = len(names) - limit
        text = ", ".join(names[:limit])
        return text + (f" and {more} more" if more > 0 else "")


def _picture(png: bytes | None, svg: str | bytes | None, caption: str, uri: str | None = None,
             width: int | None = None) -> str:
    if uri is not None:
        pass
    elif svg is not None:
        data = svg.encode("utf-8") if isinstance(svg, str) else svg
        uri = "data:image/svg+xml;base64," + base64.b64encode(data).decode("ascii")
    elif png is not None:
        uri = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    else:
        return ""
    w = f' width="{int(width)}"' if width else ""
    return (f'<figure><img src="{escape(uri)}"{w} alt="{escape(caption)}">'
            f"<figcaption>{escape(caption)}</figcaption></figure>")


def _sensitivity_text(meta: Any) -> str:
    s = _get(meta, "sensitivity")
    s = getattr(s, "value", s)
    return str(s or "").replace("_", " ")


def _header(meta: Any, title: str) -> str:
    rows = []
    for label, key in (("Viewpoint", "viewpoint"), ("As of", "as_of"), ("Authors", "authors")):
        v = _get(meta, key)
        if isinstance(v, (list, tuple)):
            v = ", ".join(str(x) for x in v)
        if v:
            rows.append(f"<dt>{label}</dt><dd>{escape(str(v))}</dd>")
    sens = _sensitivity_text(meta)
    if sens:
        rows.append(f"<dt>Sensitivity</dt><dd>{escape(sens)}</dd>")
    desc = _get(meta, "description")
    out = [f"<h1>{escape(str(title))}</h1>"]
    if rows:
        out.append(f'<dl class="meta">{"".join(rows)}</dl>')
    if desc:
        for para in str(desc).replace("\r\n", "\n").split("\n\n"):
            if para.strip():
                out.append("<p>" + "<br>".join(escape(line) for line in para.strip().split("\n")) + "</p>")
    return "\n".join(out)


def _summary(result: Mapping[str, Any]) -> str:
    m = result.get("map", {}) or {}
    frag = result.get("fragmentation", {}) or {}
    approx = result.get("approximate", {}) or {}
    rows = [
        ("Actors", m.get("actors")),
        ("Ties", m.get("ties")),
        ("Fragmentation F", frag.get("F")),
        ("Distance-weighted fragmentation DF", frag.get("DF")),
        ("Connected components", frag.get("components")),
    ]
    body = "".join(f'<tr><th>{escape(k)}</th><td class="num">{_fmt(v)}</td></tr>' for k, v in rows if v is not None)
    flagged = [k.replace("_", " ") for k, v in approx.items() if v]
    note = (f'<p class="note">Approximated (heuristic or sampled): {escape(", ".join(flagged))}.</p>'
            if flagged else "")
    return (
        '<h2 id="summary">Summary</h2>'
        f'<table class="summary">{body}</table>'
        '<p class="note">F is the share of ordered actor pairs that cannot reach each other over any tie; '
        "DF = 1 − mean(1/distance) (Borgatti 2006). 0 = fully connected, 1 = all apart.</p>" + note
    )


def _mediators(result: Mapping[str, Any], names: _Names, limit: int) -> str:
    meds = list(result.get("mediators", []) or [])
    out = ['<h2 id="mediators">Insider-mediator shortlist</h2>']
    if not meds:
        out.append("<p>No actor passes the mediator gates on this map (a trust tie outside its own "
                   "faction, and no faction reached only through coercion).</p>")
        return "\n".join(out)
    out.append('<p class="note">Ranked by a score made of visible parts; the reasons say why. '
               "A shortlist to discuss, not a verdict.</p>")
    out.append('<ol class="mediators">')
    for m in meds[:limit]:
        aid = m.get("id")
        fac = names.faction.get(str(aid), "")
        fac_html = f" <span class=\"parts\">({escape(fac)})</span>" if fac else ""
        reasons = "".join(f"<li>{escape(str(r))}</li>" for r in m.get("reasons", []) or [])
        comps = m.get("components", {}) or {}
        parts = ", ".join(f"{escape(str(k).replace('_', ' '))} {_fmt(v, 2)}" for k, v in comps.items()
                          if not isinstance(v, (dict, list)))
        out.append(
            f'<li><b>{names(aid)}</b>{fac_html} — score <span class="score">{_fmt(m.get("score"), 2)}</span>'
            + (f'<ul class="reasons">{reasons}</ul>' if reasons else "")
            + (f'<div class="parts">Parts: {parts}</div>' if parts else "")
            + "</li>"
        )
    out.append("</ol>")
    if len(meds) > limit:
        out.append(f'<p class="note">{len(meds) - limit} more candidates are not shown.</p>')
    out.append(_gated(result, names))
    weights = result.get("mediator_weights") or {}
    if weights:
        w = ", ".join(f"{escape(str(k).replace('_', ' '))} {_fmt(v, 2)}" for k, v in weights.items())
        out.append(f'<p class="note">Weights of the score parts: {w}.</p>')
    return "\n".join(out)


def _gated(result: Mapping[str, Any], names: _Names, limit: int = 40) -> str:
    gated = list(result.get("gated", []) or [])
    if not gated:
        return ""
    rows = "".join(
        f"<tr><td>{escape(str(g.get('name') or names.by_id.get(str(g.get('id')), g.get('id'))))}</td>"
        f"<td>{escape(str(g.get('faction') or ''))}</td>"
        f"<td>{'; '.join(escape(str(r)) for r in g.get('reasons', []) or [])}</td></tr>"
        for g in gated[:limit]
    )
    more = f'<p class="note">and {len(gated) - limit} more.</p>' if len(gated) > limit else ""
    return ('<h3>Not suggested, and why</h3><table><thead><tr><th width="28%">Actor</th>'
            '<th width="18%">Faction</th><th width="54%">Gate</th>'
            f"</tr></thead><tbody>{rows}</tbody></table>{more}")


def _risk(result: Mapping[str, Any], names: _Names) -> str:
    actors = [a for a in result.get("actors", []) or [] if a.get("removal")]
    out = ['<h2 id="fragmentation">Fragmentation risk</h2>']
    kp = result.get("key_players")
    if kp:
        out.append(
            f"<p>Key-player set (k = {_fmt(kp.get('k'))}): <b>{names.join(kp.get('set', []))}</b>; "
            f"removing them together leaves F = {_fmt(kp.get('F'))}.</p>"
        )
    risky = sorted(
        actors,
        key=lambda a: (-(a["removal"].get("pairs_disconnected") or 0),
                       -(a["removal"].get("faction_pairs_disconnected") or 0), str(a.get("name", ""))),
    )
    risky = [a for a in risky if (a["removal"].get("pairs_disconnected") or 0) > 0
             or (a["removal"].get("faction_pairs_disconnected") or 0) > 0][:MAX_RISK_ROWS]
    if not risky:
        out.append("<p>Removing any single actor leaves every remaining pair connected.</p>")
        return "\n".join(out)
    out.append('<p class="note">What happens if one actor is removed (arrested, killed, co-opted): '
               "F of the rest of the map, the actor pairs that lose every path, the splinters "
               "left apart, and pairs cut inside the actor's own faction on the trust layer.</p>")
    rows = []
    for a in risky:
        r = a["removal"]
        spl = r.get("splinters") or []
        spl_html = "; ".join(f"[{names.join(s, 8)}]" for s in spl[:6])
        if len(spl) > 6:
            spl_html += f"; and {len(spl) - 6} more"
        rows.append(
            f"<tr><td>{escape(str(a.get('name', a.get('id'))))}</td><td>{escape(str(a.get('faction') or ''))}</td>"
            f'<td class="num">{_fmt(r.get("F"))}</td><td class="num">{_fmt(r.get("pairs_disconnected"))}</td>'
            f'<td class="num">{_fmt(r.get("faction_pairs_disconnected"))}</td><td>{spl_html}</td></tr>'
        )
    out.append(
        '<table><thead><tr><th width="22%">Actor removed</th><th width="14%">Faction</th>'
        '<th class="num" width="8%">F after</th><th class="num" width="8%">Pairs cut</th>'
        '<th class="num" width="10%">Pairs cut in own faction</th><th width="38%">Splinters</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>"
    )
    return "\n".join(out)


def _brokerage(result: Mapping[str, Any]) -> str:
    actors = list(result.get("actors", []) or [])
    out = ['<h2 id="brokerage">Brokerage</h2>']
    if not actors:
        out.append("<p>The map has no actors.</p>")
        return "\n".join(out)
    actors.sort(key=lambda a: (-(a.get("betweenness") or 0.0), str(a.get("name", ""))))
    out.append('<p class="note">Betweenness on all ties (normalised); Burt constraint and effective size '
               "on the trust layer (— = no trust ties); Gould–Fernandez brokerage roles on the "
               "directed trust layer against the actors' factions.</p>")
    rows = []
    for a in actors[:MAX_BROKER_ROWS]:
        b = a.get("brokerage", {}) or {}
        roles = ", ".join(f"{escape(r)} {_fmt(b.get(r))}" for r in ROLES[:-1] if b.get(r))
        total = b.get("total")
        kind = str(a.get("kind") or "").replace("_", " ")
        fac = str(a.get("faction") or "")
        rows.append(
            f"<tr><td>{escape(str(a.get('name', a.get('id'))))}</td>"
            f"<td>{escape(fac)}{' · ' if fac and kind else ''}{escape(kind)}</td>"
            f'<td class="num">{_fmt(a.get("betweenness"))}</td><td class="num">{_fmt(a.get("constraint"))}</td>'
            f'<td class="num">{_fmt(a.get("effective_size"), 2)}</td>'
            f'<td class="num">{_fmt(total)}</td><td>{roles}</td></tr>'
        )
    out.append(
        '<table><thead><tr><th width="28%">Actor</th><th width="18%">Faction · kind</th>'
        '<th class="num" width="9%">Betweenness</th><th class="num" width="9%">Constraint</th>'
        '<th class="num" width="8%">Eff. size</th><th class="num" width="8%">Brokerage</th>'
        '<th width="20%">Roles</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>"
    )
    if len(actors) > MAX_BROKER_ROWS:
        out.append(f'<p class="note">Top {MAX_BROKER_ROWS} of {len(actors)} actors by betweenness.</p>')
    return "\n".join(out)


def _blocs(result: Mapping[str, Any], names: _Names) -> str:
    bal = result.get("balance", {}) or {}
    out = ['<h2 id="blocs">Blocs and tensions</h2>']
    blocs = [b for b in bal.get("blocs", []) or [] if b]
    if bal:
        exact = "exact" if bal.get("exact") else "heuristic (best found)"
        out.append(
            f"<p>Structural balance on the signed graph (trust ties +, hostile ties −): triangle index "
            f"{_fmt(bal.get('triangle_index'))}, frustration index {_fmt(bal.get('frustration'))} ({exact}) — "
            "the fewest ties whose sign contradicts a grouping into blocs (as many blocs as the "
            "ties need).</p>"
        )
    shown = [b for b in blocs if len(b) > 1][:MAX_BLOCS]
    for i, b in enumerate(shown):
        out.append(f'<div class="bloc b{i % 2 + 1}"><b>Bloc {i + 1}</b> ({len(b)}): {names.join(b, 60)}</div>')
    alone = sum(1 for b in blocs if len(b) == 1)
    more = sum(1 for b in blocs if len(b) > 1) - len(shown)
    if alone or more:
        rest = [f"{more} more bloc(s)"] if more else []
        rest += [f"{alone} actor(s) in a bloc of their own"] if alone else []
        out.append(f'<p class="note">{escape(" and ".join(rest))}.</p>')
    contra = bal.get("contradicting") or bal.get("frustrated_ties") or []
    if contra:
        out.append(f'<p class="note">{len(contra)} tie(s) contradict these blocs.</p>')
    fac = result.get("factions", {}) or {}
    declared = fac.get("declared") or {}
    detected = fac.get("detected") or []
    if declared or detected:
        out.append("<h3>Factions</h3><table><thead><tr><th>Declared faction</th><th>Members</th></tr></thead><tbody>")
        for name in sorted(declared, key=str.casefold):
            out.append(f"<tr><td>{escape(str(name) or '(none)')}</td><td>{names.join(declared[name])}</td></tr>")
        for i, group in enumerate(detected):
            out.append(f"<tr><td>Detected group {i + 1} (Louvain, trust ties)</td><td>{names.join(group)}</td></tr>")
        out.append("</tbody></table>")
    if len(out) == 1:
        out.append("<p>No balance result.</p>")
    return "\n".join(out)


def _layers(result: Mapping[str, Any]) -> str:
    layers = result.get("layers") or {}
    if not layers:
        return ""
    rows = "".join(f"<tr><td>{escape(str(k).replace('_', ' '))}</td><td>{escape(str(v))}</td></tr>"
                   for k, v in layers.items())
    return ('<h2 id="method">Which ties each measure uses</h2>'
            f"<table><thead><tr><th>Measure</th><th>Ties used</th></tr></thead><tbody>{rows}</tbody></table>")


def build_html_report(
    result: Mapping[str, Any],
    meta: Any = None,
    *,
    picture_png: bytes | None = None,
    picture_svg: str | bytes | None = None,
    picture_uri: str | None = None,
    picture_width: int | None = None,
    names: Mapping[str, str] | None = None,
    mediator_limit: int = 10,
    generated: _dt.datetime | None = None,
) -> str:
    """The whole report as one HTML string.

    Parameters
    ----------
    result : the dictionary of ``analyze()`` (``actormap analyze --json``).
    meta : the map's properties (an ``ActorMap``/``MapMeta`` or a dict): title,
        viewpoint, as-of date, authors, sensitivity, description.
    picture_png, picture_svg : a picture of the map, embedded as a ``data:`` URI.
    picture_uri, picture_width : instead, a resource name for the picture (used for the
        PDF, where ``QTextDocument`` supplies the image) and its width in pixels.
    names : extra actor id -> name pairs (the result's ``actors`` are used first).
    """
    meta = meta if meta is not None else {}
    nm = _Names(result, names)
    sens = _sensitivity_text(meta)
    banner = f'<div class="sensitivity">{escape(sens)}</div>' if sens else ""
    title = _get(meta, "title") or _get(result.get("map", {}), "title") or "Untitled map"
    when = (generated or _dt.datetime.now()).strftime("%Y-%m-%d %H:%M")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(str(title))} — actor map report</title>",
        f"<style>{_CSS}</style></head><body>",
        banner,
        _header(meta, title),
        _picture(picture_png, picture_svg, f"The map: {title}", picture_uri, picture_width),
        _summary(result),
        _mediators(result, nm, mediator_limit),
        _risk(result, nm),
        _brokerage(result),
        _blocs(result, nm),
        _layers(result),
        f"<footer>Made with actormap on {escape(when)}. {escape(sens.capitalize()) + '.' if sens else ''}</footer>",
        banner,
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"
