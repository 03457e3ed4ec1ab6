"""A self-contained HTML analysis report (one file that opens offline in any browser).

Built from the :class:`~actormap.core.analysis.result.AnalysisResult` of
:func:`actormap.core.analysis.report.analyze` plus the map's properties and, optionally,
a picture of the map (PNG bytes or SVG text, embedded as a ``data:`` URI).
Inline CSS only: no script, no web font, no external URL. Every piece of user
text goes through :func:`html.escape`. Reasons and the fixed sentences that describe
results come from the message catalogue (:mod:`actormap.core.messages`).
"""

from __future__ import annotations

import base64
import datetime as _dt
from collections.abc import Iterable, Mapping
from html import escape
from typing import Any

from ..core.analysis.result import AnalysisResult
from ..core.messages import DEFAULT_LANG, phrase, render

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

    def __init__(self, result: AnalysisResult, extra: Mapping[str, str] | None = None):
        self.by_id: dict[str, str] = result.names()
        self.faction: dict[str, str] = result.factions_of()
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


def _summary(result: AnalysisResult, lang: str) -> str:
    m, frag = result.map, result.fragmentation
    rows = [
        ("Actors", m.actors),
        ("Ties", m.ties),
        ("Fragmentation F", frag.F),
        ("Distance-weighted fragmentation DF", frag.DF),
        ("Connected components", frag.components),
    ]
    body = "".join(f'<tr><th>{escape(k)}</th><td class="num">{_fmt(v)}</td></tr>' for k, v in rows)
    flagged = [k for k, v in result.approximate if v]
    note = (f'<p class="note">{escape(phrase("report.approximate", lang, measures=flagged))}</p>'
            if flagged else "")
    return (
        '<h2 id="summary">Summary</h2>'
        f'<table class="summary">{body}</table>'
        '<p class="note">F is the share of ordered actor pairs that cannot reach each other over any tie; '
        "DF = 1 − mean(1/distance) (Borgatti 2006). 0 = fully connected, 1 = all apart.</p>" + note
    )


def _mediators(result: AnalysisResult, names: _Names, limit: int, lang: str) -> str:
    meds = result.mediators
    out = ['<h2 id="mediators">Insider-mediator shortlist</h2>']
    if not meds:
        out.append(f"<p>{escape(phrase('report.no_candidates', lang))}</p>")
        return "\n".join(out)
    out.append('<p class="note">Ranked by a score made of visible parts; the reasons say why. '
               "A shortlist to discuss, not a verdict.</p>")
    out.append('<ol class="mediators">')
    for m in meds[:limit]:
        fac_html = f" <span class=\"parts\">({escape(m.faction)})</span>" if m.faction else ""
        reasons = "".join(f"<li>{escape(render(r, lang))}</li>" for r in m.reasons)
        parts = ", ".join(f"{escape(k.replace('_', ' '))} {_fmt(v, 2)}" for k, v in m.components)
        out.append(
            f'<li><b>{names(m.id)}</b>{fac_html} — score <span class="score">{_fmt(m.score, 2)}</span>'
            + (f'<ul class="reasons">{reasons}</ul>' if reasons else "")
            + f'<div class="parts">Parts: {parts}</div>'
            + "</li>"
        )
    out.append("</ol>")
    if len(meds) > limit:
        out.append(f'<p class="note">{escape(phrase("report.more_candidates", lang, count=len(meds) - limit))}</p>')
    out.append(_gated(result, lang))
    w = ", ".join(f"{escape(k.replace('_', ' '))} {_fmt(v, 2)}" for k, v in result.mediator_weights)
    out.append(f'<p class="note">Weights of the score parts: {w}.</p>')
    return "\n".join(out)


def _gated(result: AnalysisResult, lang: str, limit: int = 40) -> str:
    gated = result.gated
    if not gated:
        return ""
    rows = "".join(
        f"<tr><td>{escape(g.name)}</td><td>{escape(g.faction)}</td>"
        f"<td>{'; '.join(escape(render(r, lang)) for r in g.reasons)}</td></tr>"
        for g in gated[:limit]
    )
    more = f'<p class="note">and {len(gated) - limit} more.</p>' if len(gated) > limit else ""
    return ('<h3>Not suggested, and why</h3><table><thead><tr><th width="28%">Actor</th>'
            '<th width="18%">Faction</th><th width="54%">Gate</th>'
            f"</tr></thead><tbody>{rows}</tbody></table>{more}")


def _risk(result: AnalysisResult, names: _Names, lang: str) -> str:
    out = ['<h2 id="fragmentation">Fragmentation risk</h2>']
    kp = result.key_players
    if kp:
        out.append(
            f"<p>Key-player set (k = {_fmt(kp.k)}): <b>{names.join(kp.set)}</b>; "
            f"{escape(phrase('report.key_players', lang, F=kp.F, exact=kp.exact))}.</p>"
        )
    risky = sorted(result.actors, key=lambda a: (-a.removal.pairs_disconnected,
                                                 -a.removal.faction_pairs_disconnected, a.name))
    risky = [a for a in risky if a.removal.pairs_disconnected > 0
             or a.removal.faction_pairs_disconnected > 0][:MAX_RISK_ROWS]
    if not risky:
        out.append(f"<p>{escape(phrase('report.no_removal_cuts', lang))}</p>")
        return "\n".join(out)
    out.append('<p class="note">What happens if one actor is removed (arrested, killed, co-opted): '
               "F of the rest of the map, the actor pairs that lose every path, the splinters "
               "left apart, and pairs cut inside the actor's own faction on the trust layer.</p>")
    rows = []
    for a in risky:
        r = a.removal
        spl_html = "; ".join(f"[{names.join(s, 8)}]" for s in r.splinters[:6])
        if len(r.splinters) > 6:
            spl_html += f"; and {len(r.splinters) - 6} more"
        rows.append(
            f"<tr><td>{escape(a.name)}</td><td>{escape(a.faction)}</td>"
            f'<td class="num">{_fmt(r.F)}</td><td class="num">{_fmt(r.pairs_disconnected)}</td>'
            f'<td class="num">{_fmt(r.faction_pairs_disconnected)}</td><td>{spl_html}</td></tr>'
        )
    out.append(
        '<table><thead><tr><th width="22%">Actor removed</th><th width="14%">Faction</th>'
        '<th class="num" width="8%">F after</th><th class="num" width="8%">Pairs cut</th>'
        '<th class="num" width="10%">Pairs cut in own faction</th><th width="38%">Splinters</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>"
    )
    return "\n".join(out)


def _brokerage(result: AnalysisResult) -> str:
    out = ['<h2 id="brokerage">Brokerage</h2>']
    if not result.actors:
        out.append("<p>The map has no actors.</p>")
        return "\n".join(out)
    actors = sorted(result.actors, key=lambda a: (-a.betweenness, a.name))
    out.append('<p class="note">Betweenness on all ties (normalised); Burt constraint and effective size '
               "on the trust layer (— = no trust ties); Gould–Fernandez brokerage roles on the "
               "directed trust layer against the actors' factions.</p>")
    rows = []
    for a in actors[:MAX_BROKER_ROWS]:
        b = a.brokerage
        roles = ", ".join(f"{escape(r)} {_fmt(getattr(b, r))}" for r in ROLES[:-1] if getattr(b, r))
        kind = str(a.kind).replace("_", " ")
        rows.append(
            f"<tr><td>{escape(a.name)}</td>"
            f"<td>{escape(a.faction)}{' · ' if a.faction and kind else ''}{escape(kind)}</td>"
            f'<td class="num">{_fmt(a.betweenness)}</td><td class="num">{_fmt(a.constraint)}</td>'
            f'<td class="num">{_fmt(a.effective_size, 2)}</td>'
            f'<td class="num">{_fmt(b.total)}</td><td>{roles}</td></tr>'
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


def _blocs(result: AnalysisResult, names: _Names, lang: str) -> str:
    bal = result.balance
    out = ['<h2 id="blocs">Blocs and tensions</h2>']
    out.append(
        f"<p>Structural balance on the signed graph (trust ties +, hostile ties −): triangle index "
        f"{_fmt(bal.triangle_index)}, frustration index {_fmt(bal.frustration)} "
        f"({escape(phrase('report.balance_how', lang, exact=bal.exact))}) — "
        f"{escape(phrase('report.balance_intro', lang))}.</p>"
    )
    blocs = [b for b in bal.blocs if b]
    shown = [b for b in blocs if len(b) > 1][:MAX_BLOCS]
    for i, b in enumerate(shown):
        out.append(f'<div class="bloc b{i % 2 + 1}"><b>Bloc {i + 1}</b> ({len(b)}): {names.join(b, 60)}</div>')
    more = sum(1 for b in blocs if len(b) > 1) - len(shown)
    if more:
        out.append(f'<p class="note">{escape(phrase("report.more_blocs", lang, count=more))}</p>')
    alone = [b[0] for b in blocs if len(b) == 1]
    if alone:
        out.append(f'<p class="note">{escape(phrase("report.alone", lang, names=[names.by_id.get(a, a) for a in alone]))}</p>')
    if bal.contradicting:
        out.append(f'<p class="note">{escape(phrase("report.contradicting_ties", lang, count=len(bal.contradicting)))}</p>')
    declared, detected = result.factions.declared, result.factions.detected
    if declared or detected:
        out.append("<h3>Factions</h3><table><thead><tr><th>Declared faction</th><th>Members</th></tr></thead><tbody>")
        for name in sorted(declared, key=str.casefold):
            out.append(f"<tr><td>{escape(name or '(none)')}</td><td>{names.join(declared[name])}</td></tr>")
        for i, group in enumerate(detected):
            out.append(f"<tr><td>Detected group {i + 1} (Louvain, trust ties)</td><td>{names.join(group)}</td></tr>")
        out.append("</tbody></table>")
    return "\n".join(out)


def _agreements(result: AnalysisResult, names: _Names, meta: Any, lang: str) -> str:
    """Agreements with their parties and the armed actors outside them that could spoil them."""
    if not result.agreements:
        return ""
    stored = {g.id: g for g in (_get(meta, "agreements") or [])}
    out = ['<h2 id="agreements">Agreements and spoiler risk</h2>',
           '<p class="note">Possible spoilers (Stedman 1997): armed actors outside an agreement with conflict '
           "or coercive ties to its parties or to the parties' fighters, or through whom the parties' only "
           "channels run. A list to discuss, not a verdict.</p>"]
    for g in result.agreements:
        kept = stored.get(g.id)
        when = ""
        if kept is not None and (kept.start or kept.end):
            when = f" · {kept.start or '…'} – {kept.end or ''}"
        out.append(f"<h3>{escape(g.name)}</h3>"
                   f'<p class="parts">{escape(g.kind.value.replace("_", " "))} · '
                   f"{escape(g.status.value.replace('_', ' '))}{escape(when)}</p>")
        roles = [(label, ids) for label, ids in (("Parties", g.parties), ("Facilitators", g.facilitators),
                                                 ("Guarantors", g.guarantors)) if ids]
        if roles:
            out.append("<p>" + "<br>".join(f"<b>{label}:</b> {names.join(ids)}" for label, ids in roles) + "</p>")
        if kept is not None and kept.terms:
            out.append("<p><b>Terms:</b></p><ul>" + "".join(f"<li>{escape(t)}</li>" for t in kept.terms) + "</ul>")
        if g.spoiler_reasons:
            items = "".join(
                f"<li><b>{names(s.id)}</b> <span class=\"parts\">({escape(s.faction)})</span>: "
                + "; ".join(escape(render(r, lang)) for r in s.reasons) + "</li>"
                for s in g.spoiler_reasons)
            out.append(f"<p><b>Possible spoilers:</b></p><ul class=\"reasons\">{items}</ul>")
        else:
            out.append("<p><b>Possible spoilers:</b> none on this map.</p>")
    return "\n".join(out)


def _layers(result: AnalysisResult) -> str:
    if not result.layers:
        return ""
    rows = "".join(f"<tr><td>{escape(k.replace('_', ' '))}</td><td>{escape(v)}</td></tr>"
                   for k, v in result.layers.items())
    return ('<h2 id="method">Which ties each measure uses</h2>'
            f"<table><thead><tr><th>Measure</th><th>Ties used</th></tr></thead><tbody>{rows}</tbody></table>")


def _strategies(comparison: Any, names: _Names, meta: Any) -> str:
    if comparison is None:
        return ""
    from .strategies import strategies_html

    descriptions = {s.id: s.description for s in (_get(meta, "scenarios") or [])}
    return strategies_html(comparison, names.by_id, descriptions)


def _labels(meta: Any) -> str:
    from .labels import labels_html

    return labels_html(meta)


def _perspectives(pc: Any, names: _Names) -> str:
    if pc is None:
        return ""
    from .labels import perspectives_html

    return perspectives_html(pc, names.by_id)


def build_html_report(
    result: AnalysisResult,
    meta: Any = None,
    *,
    picture_png: bytes | None = None,
    picture_svg: str | bytes | None = None,
    picture_uri: str | None = None,
    picture_width: int | None = None,
    names: Mapping[str, str] | None = None,
    mediator_limit: int = 10,
    generated: _dt.datetime | None = None,
    lang: str = DEFAULT_LANG,
    comparison: Any = None,
    perspectives: Any = None,
) -> str:
    """The whole report as one HTML string.

    Parameters
    ----------
    result : what ``analyze()`` returns.
    meta : the map's properties (an ``ActorMap``/``MapMeta`` or a dict): title,
        viewpoint, as-of date, authors, sensitivity, description.
    picture_png, picture_svg : a picture of the map, embedded as a ``data:`` URI.
    picture_uri, picture_width : instead, a resource name for the picture (used for the
        PDF, where ``QTextDocument`` supplies the image) and its width in pixels.
    names : extra actor id -> name pairs (the result's ``actors`` are used first).
    lang : the language of the reasons and result sentences (the catalogue's; English by default).
    comparison : the map's scenarios compared (:func:`actormap.core.scenario.compare`), shown as
        "Strategies compared" when it holds any.
    perspectives : the map's perspectives compared with the shared map
        (:func:`actormap.core.perspective.compare_perspectives`), shown as "Perspectives compared".

    When ``meta`` is the map itself, the actors' labels make a "Labels and designations" section.
    """
    meta = meta if meta is not None else {}
    nm = _Names(result, names)
    sens = _sensitivity_text(meta)
    banner = f'<div class="sensitivity">{escape(sens)}</div>' if sens else ""
    title = _get(meta, "title") or result.map.title or "Untitled map"
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
        _summary(result, lang),
        _mediators(result, nm, mediator_limit, lang),
        _risk(result, nm, lang),
        _brokerage(result),
        _blocs(result, nm, lang),
        _agreements(result, nm, meta, lang),
        _strategies(comparison, nm, meta),
        _labels(meta),
        _perspectives(perspectives, nm),
        _layers(result),
        f"<footer>Made with actormap on {escape(when)}. {escape(sens.capitalize()) + '.' if sens else ''}</footer>",
        banner,
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"
