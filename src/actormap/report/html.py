"""A self-contained HTML analysis report (one file that opens offline in any browser).

Built from the :class:`~actormap.core.analysis.result.AnalysisResult` of
:func:`actormap.core.analysis.report.analyze` plus the map's properties and, optionally,
a picture of the map (PNG bytes or SVG text, embedded as a ``data:`` URI).
Inline CSS only: no script, no web font, no external URL. Every piece of user
text goes through :func:`html.escape`. Every fixed text -- headings, table heads,
notes, reasons -- comes from the message catalogue (:mod:`actormap.core.messages`)
in the language asked for, which the ``<html lang dir>`` element names. Names and
other user texts may be in any script: each is isolated (``<bdi>``, ``dir="auto"``,
HTML5 section 4.5.24) so an Arabic name is laid out right to left and does not
reorder the punctuation around it.
"""

from __future__ import annotations

import base64
import datetime as _dt
from collections.abc import Iterable, Mapping
from html import escape
from typing import Any

from ..core.analysis.result import AnalysisResult
from ..core.messages import DEFAULT_LANG, camp, has_message, phrase, render
from ..core.messages.language import RULES

ROLES = ("coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total")
MAX_BROKER_ROWS = 40
MAX_BLOCS = 12  # blocs of two or more actors listed (largest first)
MAX_RISK_ROWS = 15

# literal colours (no CSS variables): Qt's QTextDocument, which makes the PDF, ignores var()
_CSS = """
* { box-sizing: border-box; }
body { font: 11pt/1.45 "Noto Sans", "DejaVu Sans", "Segoe UI", Helvetica, Arial, "Noto Sans Arabic",
       sans-serif; color: #1a1a1a;
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


class _Text:
    """The catalogue's phrases and numbers in one language."""

    def __init__(self, lang: str):
        self.lang = lang if lang in RULES else DEFAULT_LANG
        self.rules = RULES[self.lang]

    def __call__(self, key: str, **params: Any) -> str:
        """A phrase, HTML-escaped."""
        return escape(phrase(key, self.lang, **params))

    def raw(self, key: str, **params: Any) -> str:
        return phrase(key, self.lang, **params)

    def num(self, value: Any, digits: int = 3) -> str:
        """A number for a table cell; ``None`` (not defined / not assessed) shows as a dash."""
        if value is None:
            return "—"
        if isinstance(value, bool):
            return self("html.yes") if value else self("html.no")
        if isinstance(value, int):
            return str(value)
        if isinstance(value, float):
            if value != value:  # NaN should not happen, but never print "nan"
                return "—"
            return self.rules.num(value, digits)
        return escape(str(value))

    def camp(self, name: Any) -> str:
        return escape(str(camp(name, self.lang)))

    def kind(self, kind: Any) -> str:
        k = str(getattr(kind, "value", kind))
        return self(f"kind.{k}") if has_message(f"kind.{k}", DEFAULT_LANG) else escape(k.replace("_", " "))


def bdi(text: Any) -> str:
    """User text (a name), escaped and isolated from the text around it."""
    return f"<bdi>{escape(str(text))}</bdi>"


def _get(obj: Any, key: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(key, default)
    return getattr(obj, key, default)


class _Names:
    """Actor id -> readable name, from the analysis result (falls back to the id)."""

    def __init__(self, result: AnalysisResult, t: _Text, extra: Mapping[str, str] | None = None):
        self.t = t
        self.by_id: dict[str, str] = result.names()
        self.faction: dict[str, str] = result.factions_of()
        if extra:
            self.by_id.update({str(k): str(v) for k, v in extra.items()})

    def __call__(self, actor_id: Any) -> str:
        return bdi(self.by_id.get(str(actor_id), str(actor_id)))

    def join(self, ids: Iterable[Any], limit: int = 30) -> str:
        names = sorted((self.by_id.get(str(i), str(i)) for i in ids), key=str.casefold)
        more = len(names) - limit
        text = ", ".join(bdi(n) for n in names[:limit])
        return text + (" " + self.t("report.and_more", count=more) if more > 0 else "")


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
            f'<figcaption dir="auto">{escape(caption)}</figcaption></figure>')


def _sensitivity_text(meta: Any, t: _Text) -> str:
    s = _get(meta, "sensitivity")
    s = str(getattr(s, "value", s) or "")
    if s and has_message(f"sensitivity.{s}", DEFAULT_LANG):
        return t.raw(f"sensitivity.{s}")
    return s.replace("_", " ")


def _header(meta: Any, title: str, t: _Text) -> str:
    rows = []
    for key in ("viewpoint", "as_of", "authors"):
        v = _get(meta, key)
        if isinstance(v, (list, tuple)):
            v = ", ".join(str(x) for x in v)
        if v:
            rows.append(f'<dt>{t("html." + key)}</dt><dd dir="auto">{escape(str(v))}</dd>')
    sens = _sensitivity_text(meta, t)
    if sens:
        rows.append(f"<dt>{t('html.sensitivity')}</dt><dd>{escape(sens)}</dd>")
    desc = _get(meta, "description")
    out = [f'<h1 dir="auto">{escape(str(title))}</h1>']
    if rows:
        out.append(f'<dl class="meta">{"".join(rows)}</dl>')
    if desc:
        for para in str(desc).replace("\r\n", "\n").split("\n\n"):
            if para.strip():
                out.append('<p dir="auto">' + "<br>".join(escape(line) for line in para.strip().split("\n"))
                           + "</p>")
    return "\n".join(out)


def _summary(result: AnalysisResult, t: _Text) -> str:
    m, frag = result.map, result.fragmentation
    rows = [("html.actors", m.actors), ("html.ties", m.ties), ("html.F", frag.F), ("html.DF", frag.DF),
            ("html.components", frag.components)]
    body = "".join(f'<tr><th>{t(k)}</th><td class="num">{t.num(v)}</td></tr>' for k, v in rows)
    flagged = [k for k, v in result.approximate if v]
    note = f'<p class="note">{t("report.approximate", measures=flagged)}</p>' if flagged else ""
    return (f'<h2 id="summary">{t("html.summary")}</h2><table class="summary">{body}</table>'
            f'<p class="note">{t("html.F_note")}</p>' + note)


def _parts(pairs, t: _Text) -> str:
    return ", ".join(f"{t('component.' + k)} {t.num(v, 2)}" for k, v in pairs)


def _mediators(result: AnalysisResult, names: _Names, limit: int, t: _Text) -> str:
    meds = result.mediators
    out = [f'<h2 id="mediators">{t("html.shortlist")}</h2>']
    if not meds:
        out.append(f"<p>{t('report.no_candidates')}</p>")
        return "\n".join(out)
    out.append(f'<p class="note">{t("html.shortlist_note")}</p>')
    out.append('<ol class="mediators">')
    for m in meds[:limit]:
        fac_html = f' <span class="parts">(<bdi>{t.camp(m.faction)}</bdi>)</span>' if m.faction else ""
        reasons = "".join(f"<li>{escape(render(r, t.lang))}</li>" for r in m.reasons)
        out.append(
            f'<li><b>{names(m.id)}</b>{fac_html} — {t("html.score")} <span class="score">{t.num(m.score, 2)}</span>'
            + (f'<ul class="reasons">{reasons}</ul>' if reasons else "")
            + f'<div class="parts">{escape(t.raw("html.parts", parts="{}")).format(_parts(m.components, t))}</div>'
            + "</li>"
        )
    out.append("</ol>")
    if len(meds) > limit:
        out.append(f'<p class="note">{t("report.more_candidates", count=len(meds) - limit)}</p>')
    out.append(_gated(result, t))
    weights = escape(t.raw("html.weights", weights="{}")).format(_parts(result.mediator_weights, t))
    out.append(f'<p class="note">{weights}</p>')
    return "\n".join(out)


def _gated(result: AnalysisResult, t: _Text, limit: int = 40) -> str:
    gated = result.gated
    if not gated:
        return ""
    rows = "".join(
        f"<tr><td>{bdi(g.name)}</td><td><bdi>{t.camp(g.faction)}</bdi></td>"
        f"<td>{'; '.join(escape(render(r, t.lang)) for r in g.reasons)}</td></tr>"
        for g in gated[:limit]
    )
    more = (f'<p class="note">{t("report.and_more", count=len(gated) - limit)}.</p>'
            if len(gated) > limit else "")
    return (f'<h3>{t("html.gated")}</h3><table><thead><tr><th width="28%">{t("html.actor")}</th>'
            f'<th width="18%">{t("html.faction")}</th><th width="54%">{t("html.gate")}</th>'
            f"</tr></thead><tbody>{rows}</tbody></table>{more}")


def _risk(result: AnalysisResult, names: _Names, t: _Text) -> str:
    out = [f'<h2 id="fragmentation">{t("html.risk")}</h2>']
    kp = result.key_players
    if kp:
        out.append(f"<p>{t('html.key_player_set', k=t.num(kp.k))}: <b>{names.join(kp.set)}</b>; "
                   f"{t('report.key_players', F=kp.F, exact=kp.exact)}.</p>")
    risky = sorted(result.actors, key=lambda a: (-a.removal.pairs_disconnected,
                                                 -a.removal.faction_pairs_disconnected, a.name))
    risky = [a for a in risky if a.removal.pairs_disconnected > 0
             or a.removal.faction_pairs_disconnected > 0][:MAX_RISK_ROWS]
    if not risky:
        out.append(f"<p>{t('report.no_removal_cuts')}</p>")
        return "\n".join(out)
    out.append(f'<p class="note">{t("html.risk_note")}</p>')
    rows = []
    for a in risky:
        r = a.removal
        spl_html = "; ".join(f"[{names.join(s, 8)}]" for s in r.splinters[:6])
        if len(r.splinters) > 6:
            spl_html += "; " + t("report.and_more", count=len(r.splinters) - 6)
        rows.append(
            f"<tr><td>{bdi(a.name)}</td><td><bdi>{t.camp(a.faction)}</bdi></td>"
            f'<td class="num">{t.num(r.F)}</td><td class="num">{t.num(r.pairs_disconnected)}</td>'
            f'<td class="num">{t.num(r.faction_pairs_disconnected)}</td><td>{spl_html}</td></tr>'
        )
    out.append(
        f'<table><thead><tr><th width="22%">{t("html.removed")}</th><th width="14%">{t("html.faction")}</th>'
        f'<th class="num" width="8%">{t("html.F_after")}</th><th class="num" width="8%">{t("html.pairs_cut")}</th>'
        f'<th class="num" width="10%">{t("html.pairs_cut_faction")}</th><th width="38%">{t("html.splinters")}</th>'
        "</tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )
    return "\n".join(out)


def _brokerage(result: AnalysisResult, t: _Text) -> str:
    out = [f'<h2 id="brokerage">{t("html.brokerage")}</h2>']
    if not result.actors:
        out.append(f"<p>{t('html.no_actors')}</p>")
        return "\n".join(out)
    actors = sorted(result.actors, key=lambda a: (-a.betweenness, a.name))
    out.append(f'<p class="note">{t("html.brokerage_note")}</p>')
    rows = []
    for a in actors[:MAX_BROKER_ROWS]:
        b = a.brokerage
        roles = ", ".join(f"{t('role.' + r)} {t.num(getattr(b, r))}" for r in ROLES[:-1] if getattr(b, r))
        kind = t.kind(a.kind)
        rows.append(
            f"<tr><td>{bdi(a.name)}</td>"
            f"<td><bdi>{t.camp(a.faction)}</bdi>{' · ' if a.faction and kind else ''}{kind}</td>"
            f'<td class="num">{t.num(a.betweenness)}</td><td class="num">{t.num(a.constraint)}</td>'
            f'<td class="num">{t.num(a.effective_size, 2)}</td>'
            f'<td class="num">{t.num(b.total)}</td><td>{roles}</td></tr>'
        )
    out.append(
        f'<table><thead><tr><th width="28%">{t("html.actor")}</th><th width="18%">{t("html.faction_kind")}</th>'
        f'<th class="num" width="9%">{t("html.betweenness")}</th><th class="num" width="9%">{t("html.constraint")}</th>'
        f'<th class="num" width="8%">{t("html.effective_size")}</th><th class="num" width="8%">{t("html.brokerage")}</th>'
        f'<th width="20%">{t("html.roles")}</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>"
    )
    if len(actors) > MAX_BROKER_ROWS:
        out.append(f'<p class="note">{t("html.top_brokers", shown=MAX_BROKER_ROWS, count=len(actors))}</p>')
    return "\n".join(out)


def _blocs(result: AnalysisResult, names: _Names, t: _Text) -> str:
    bal = result.balance
    out = [f'<h2 id="blocs">{t("html.blocs")}</h2>']
    out.append(f"<p>{t('html.balance', triangle_index=t.num(bal.triangle_index), frustration=t.num(bal.frustration), how=t.raw('report.balance_how', exact=bal.exact), intro=t.raw('report.balance_intro'))}</p>")
    blocs = [b for b in bal.blocs if b]
    shown = [b for b in blocs if len(b) > 1][:MAX_BLOCS]
    for i, b in enumerate(shown):
        out.append(f'<div class="bloc b{i % 2 + 1}"><b>{t("html.bloc", number=i + 1)}</b> ({len(b)}): '
                   f"{names.join(b, 60)}</div>")
    more = sum(1 for b in blocs if len(b) > 1) - len(shown)
    if more:
        out.append(f'<p class="note">{t("report.more_blocs", count=more)}</p>')
    alone = [b[0] for b in blocs if len(b) == 1]
    if alone:
        out.append(f'<p class="note">{t("report.alone", names=[names.by_id.get(a, a) for a in alone])}</p>')
    if bal.contradicting:
        out.append(f'<p class="note">{t("report.contradicting_ties", count=len(bal.contradicting))}</p>')
    declared, detected = result.factions.declared, result.factions.detected
    if declared or detected:
        out.append(f"<h3>{t('html.factions')}</h3><table><thead><tr><th>{t('html.declared')}</th>"
                   f"<th>{t('html.members')}</th></tr></thead><tbody>")
        for name in sorted(declared, key=str.casefold):
            label = bdi(name) if name else t("html.no_faction")
            out.append(f"<tr><td>{label}</td><td>{names.join(declared[name])}</td></tr>")
        for i, group in enumerate(detected):
            out.append(f"<tr><td>{t('html.detected', number=i + 1)}</td><td>{names.join(group)}</td></tr>")
        out.append("</tbody></table>")
    return "\n".join(out)


def _agreements(result: AnalysisResult, names: _Names, meta: Any, t: _Text) -> str:
    """Agreements with their parties and the armed actors outside them that could spoil them."""
    if not result.agreements:
        return ""
    stored = {g.id: g for g in (_get(meta, "agreements") or [])}
    out = [f'<h2 id="agreements">{t("html.agreements")}</h2>', f'<p class="note">{t("html.agreements_note")}</p>']
    for g in result.agreements:
        kept = stored.get(g.id)
        when = ""
        if kept is not None and (kept.start or kept.end):
            when = f" · {kept.start or '…'} – {kept.end or ''}"
        out.append(f'<h3 dir="auto">{escape(g.name)}</h3>'
                   f'<p class="parts">{t("agreement_kind." + g.kind.value)} · '
                   f"{t('agreement_status.' + g.status.value)}{escape(when)}</p>")
        roles = [(key, ids) for key, ids in (("html.parties", g.parties), ("html.facilitators", g.facilitators),
                                             ("html.guarantors", g.guarantors)) if ids]
        if roles:
            out.append("<p>" + "<br>".join(f"<b>{t(key)}:</b> {names.join(ids)}" for key, ids in roles) + "</p>")
        if kept is not None and kept.terms:
            out.append(f"<p><b>{t('html.terms')}:</b></p><ul>"
                       + "".join(f'<li dir="auto">{escape(term)}</li>' for term in kept.terms) + "</ul>")
        if g.spoiler_reasons:
            items = "".join(
                f"<li><b>{names(s.id)}</b> <span class=\"parts\">(<bdi>{t.camp(s.faction)}</bdi>)</span>: "
                + "; ".join(escape(render(r, t.lang)) for r in s.reasons) + "</li>"
                for s in g.spoiler_reasons)
            out.append(f"<p><b>{t('html.spoilers')}:</b></p><ul class=\"reasons\">{items}</ul>")
        else:
            out.append(f"<p><b>{t('html.spoilers')}:</b> {t('html.no_spoilers')}</p>")
    return "\n".join(out)


def _layers(result: AnalysisResult, t: _Text) -> str:
    if not result.layers:
        return ""

    def used(measure: str, text: str) -> str:
        key = f"layer.{measure}"
        return t(key, text=text) if has_message(key, t.lang) else escape(text)

    def measure(name: str) -> str:
        key = f"measure.{name}"
        return t(key) if has_message(key, DEFAULT_LANG) else escape(name.replace("_", " "))

    rows = "".join(f"<tr><td>{measure(k)}</td><td>{used(k, v)}</td></tr>" for k, v in result.layers.items())
    return (f'<h2 id="method">{t("html.method")}</h2>'
            f"<table><thead><tr><th>{t('html.measure')}</th><th>{t('html.ties_used')}</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>")


def _strategies(comparison: Any, names: _Names, meta: Any, t: _Text) -> str:
    if comparison is None:
        return ""
    from .strategies import strategies_html

    descriptions = {s.id: s.description for s in (_get(meta, "scenarios") or [])}
    return strategies_html(comparison, names.by_id, descriptions, t.lang)


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
    lang : the language of every fixed text (a language of the catalogue; English by default).
    comparison : the map's scenarios compared (:func:`actormap.core.scenario.compare`), shown as
        "Strategies compared" when it holds any.
    perspectives : the map's perspectives compared with the shared map
        (:func:`actormap.core.perspective.compare_perspectives`), shown as "Perspectives compared".

    When ``meta`` is the map itself, the actors' labels make a "Labels and designations" section.
    """
    t = _Text(lang)
    meta = meta if meta is not None else {}
    nm = _Names(result, t, names)
    sens = _sensitivity_text(meta, t)
    banner = f'<div class="sensitivity">{escape(sens)}</div>' if sens else ""
    title = _get(meta, "title") or result.map.title or t.raw("html.untitled")
    when = (generated or _dt.datetime.now()).strftime("%Y-%m-%d %H:%M")
    footer_sens = escape(sens[:1].upper() + sens[1:]) + "." if sens else ""
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{t.lang}" dir="{t.rules.direction}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{t('html.title', title=str(title))}</title>",
        f"<style>{_CSS}</style></head><body>",
        banner,
        _header(meta, title, t),
        _picture(picture_png, picture_svg, t.raw("html.picture", title=title), picture_uri, picture_width),
        _summary(result, t),
        _mediators(result, nm, mediator_limit, t),
        _risk(result, nm, t),
        _brokerage(result, t),
        _blocs(result, nm, t),
        _agreements(result, nm, meta, t),
        _strategies(comparison, nm, meta, t),
        _labels(meta),
        _perspectives(perspectives, nm),
        _layers(result, t),
        f"<footer>{t('html.footer', when=when)} {footer_sens}</footer>",
        banner,
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"
