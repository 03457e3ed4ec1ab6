"""``actormap labels MAP [--source SOURCE] [--json]``: who calls whom what, and when that changed.

Prints the labels in force on the map's as-of date (no date: the labels that have not
ended) by actor and source, each actor's legal designations, and the dated history of
label changes (labelled, relabelled, dropped; listings and delistings). ``--json`` prints
:class:`actormap.core.labels.LabelMatrix`: ``{"sources": [...], "actors": [{"id", "name",
"labels": {source: label}, "designations": [...]}], "history": [...]}``.
"""

from __future__ import annotations

import sys
import textwrap

from ..core.errors import ActorMapError
from ..core.labels import LabelMatrix, label_matrix, label_sources
from ..core.model import ActorMap
from ..report.labels import describe_change
from .store import store_for


class LabelArgumentError(ActorMapError, ValueError):
    """A source the map does not know."""


def register(sub) -> None:
    p = sub.add_parser("labels", help="the labels each source gives each actor, designations and their history",
                       description="Who calls whom what (on the map's as-of date), which labels are legal "
                                   "designations, and the dated label changes.")
    p.add_argument("map", metavar="MAP")
    p.add_argument("--source", metavar="SOURCE", help="only this source (its name, or its name ignoring case)")
    p.add_argument("--json", action="store_true", help='print {"sources", "actors", "history"} as JSON')
    p.set_defaults(func=run_labels)


def resolve_source(amap: ActorMap, text: str) -> str:
    known = label_sources(amap)
    if text in known:
        return text
    hits = [s for s in known if s.casefold() == text.strip().casefold()]
    if len(hits) == 1:
        return hits[0]
    raise LabelArgumentError(f"no source {text!r} labels an actor on this map (sources: "
                             f"{'; '.join(known) or 'none'})")


def render_labels(amap: ActorMap, m: LabelMatrix, width: int = 100) -> str:
    wrap = textwrap.TextWrapper(width=width, subsequent_indent="      ")
    when = f"on {amap.as_of.isoformat()}" if amap.as_of else "now (labels without an end date)"
    lines = [amap.title, f"{len(m.sources)} source(s); labels in force {when}", ""]
    for r in m.actors:
        if not r.labels and not r.designations:
            continue
        lines.append(r.name)
        for source, text in r.labels.items():
            lines.append(wrap.fill(f"    {source}: {text}"))
        for d in r.designations:
            span = f"{d.start.isoformat() if d.start else '...'} to {d.end.isoformat() if d.end else '...'}"
            state = "in force" if d.in_force else "not in force"
            where = f", {d.jurisdiction}" if d.jurisdiction else ""
            lines.append(wrap.fill(f"    § designation by {d.source}: {d.label} ({span}{where}; {state})"))
    unlabelled = [r.name for r in m.actors if not r.labels and not r.designations]
    if unlabelled:
        lines += ["", wrap.fill(f"No label in force: {', '.join(unlabelled)}")]
    if m.history:
        lines += ["", "History", "-------"]
        lines += [wrap.fill(describe_change(c)) for c in m.history]
    return "\n".join(lines) + "\n"


def run_labels(args) -> int:
    amap = store_for(args).read(args.map)
    source = resolve_source(amap, args.source) if args.source is not None else None
    m = label_matrix(amap, source)
    if args.json:
        sys.stdout.write(m.model_dump_json(indent=1) + "\n")
    else:
        sys.stdout.write(render_labels(amap, m))
    return 0
