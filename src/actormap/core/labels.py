"""Labels by source: who calls whom what, which labels are legal designations, and when they changed.

The seed stresses that labels are political: one agency's "terrorist group" is another's
"armed movement", and a *designation* (a terrorist listing, sanctions, a criminal-organisation
designation) can make engaging an actor a crime in that jurisdiction -- Colombia relabelling
the FARC a criminal group closed the door to negotiation. This module reads an actor's
:class:`~.model.Label` list:

- :func:`label_sources` -- every source that labels someone on the map;
- :func:`labels_in_force` / :func:`lens_text` -- what a source calls an actor on the map's
  as-of date (the label lens on the canvas);
- :func:`label_matrix` -- the actors x sources matrix (``actormap labels --json``);
- :func:`label_history` -- the dated label changes (labelled, relabelled, dropped), and which
  of them start or end a legal designation (a door closing or opening);
- :func:`actors_labelled` -- the actors a filter or highlight by source and label picks.

A label is in force on a date inside its [start, end) (undated ends are open). With no as-of
date, a label is current when it has no end date -- the same rule as
:func:`.analysis.mediators.designations_in_force`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .model import Actor, ActorMap, Label

SEP = "; "
"""Between two labels one source gives one actor at once."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def in_force(label: Label, as_of: date | None) -> bool:
    """Whether ``label`` holds on ``as_of`` ([start, end)); with no date: whether it has no end."""
    if as_of is None:
        return label.end is None
    return (label.start is None or label.start <= as_of) and (label.end is None or as_of < label.end)


def _key(text: str) -> str:
    return text.casefold()


def label_sources(amap: ActorMap | Iterable[Actor]) -> list[str]:
    """The distinct sources of the actors' labels, sorted (ignoring case)."""
    actors = amap.actors if isinstance(amap, ActorMap) else amap
    return sorted({lab.source for a in actors for lab in a.labels}, key=lambda s: (_key(s), s))


def labels_in_force(actor: Actor, source: str | None, as_of: date | None) -> list[Label]:
    """The labels ``source`` gives ``actor`` on ``as_of`` (every source when ``source`` is None),
    latest start first, else in the actor's order."""
    hits = [lab for lab in actor.labels if (source is None or lab.source == source) and in_force(lab, as_of)]
    return sorted(hits, key=lambda lab: lab.start or date.min, reverse=True)  # stable: list order on ties


def lens_text(actor: Actor, source: str | None, as_of: date | None) -> str:
    """The tag the label lens shows under an actor's name.

    For one source: what it calls the actor (``"§ "`` in front marks a legal designation);
    for every source (``None``): a count badge such as ``"3 labels · 1 designation"``;
    empty when there is nothing to show.
    """
    labs = labels_in_force(actor, source, as_of)
    if not labs:
        return ""
    if source is not None:
        return SEP.join(("§ " if lab.designation else "") + lab.label for lab in labs)
    n = len(labs)
    d = sum(lab.designation for lab in labs)
    text = f"{n} label{'s' * (n != 1)}"
    return text + (f" · {d} designation{'s' * (d != 1)}" if d else "")


def actors_labelled(amap: ActorMap, source: str | None = None, label: str | None = None,
                    as_of: date | None = None, designations_only: bool = False) -> set[str]:
    """Ids of the actors with a label in force by ``source`` (any when None) whose text holds
    ``label`` (ignoring case; any when None or empty)."""
    want = _key(label or "")
    out = set()
    for a in amap.actors:
        for lab in labels_in_force(a, source, as_of if as_of is not None else amap.as_of):
            if (not want or want in _key(lab.label)) and (lab.designation or not designations_only):
                out.add(a.id)
                break
    return out


# ---- the matrix (``actormap labels``) --------------------------------------------------------------

class DesignationEntry(_Frozen):
    source: str
    jurisdiction: str
    label: str
    start: date | None = None
    end: date | None = None
    in_force: bool = Field(description="in force on the map's as-of date (no date: not ended)")


class ActorLabels(_Frozen):
    id: str
    name: str
    labels: dict[str, str] = Field(description="source -> the label(s) in force, '; '-separated")
    designations: list[DesignationEntry] = Field(description="every legal designation, in force or not")


class LabelChange(_Frozen):
    """One dated change of what a source calls an actor."""

    date: date
    actor_id: str
    actor: str
    source: str
    change: Literal["labelled", "relabelled", "dropped"]
    old: str = Field(default="", description="the label before (relabelled, dropped)")
    new: str = Field(default="", description="the label after (labelled, relabelled)")
    designation: Literal["", "listed", "delisted"] = Field(
        default="", description="listed: a legal designation starts (a door closes); delisted: one ends")
    jurisdiction: str = ""


class LabelMatrix(_Frozen):
    """``actormap labels --json``."""

    sources: list[str]
    actors: list[ActorLabels]
    history: list[LabelChange] = Field(default_factory=list)


def label_matrix(amap: ActorMap, source: str | None = None) -> LabelMatrix:
    """The actors x sources matrix on the map's as-of date (actors by name, then id).

    With ``source`` only that source's column, and only the actors it labels (its
    designations likewise); the history is restricted the same way.
    """
    sources = label_sources(amap)
    if source is not None:
        sources = [s for s in sources if s == source]
    rows = []
    for a in sorted(amap.actors, key=lambda a: (_key(a.name), a.id)):
        cells = {}
        for s in sources:
            labs = labels_in_force(a, s, amap.as_of)
            if labs:
                cells[s] = SEP.join(lab.label for lab in labs)
        des = [DesignationEntry(source=lab.source, jurisdiction=lab.jurisdiction, label=lab.label,
                                start=lab.start, end=lab.end, in_force=in_force(lab, amap.as_of))
               for lab in a.labels if lab.designation and (source is None or lab.source == source)]
        des.sort(key=lambda d: (d.start or date.min, d.source, d.label))
        if source is not None and not cells and not des:
            continue
        rows.append(ActorLabels(id=a.id, name=a.name, labels=cells, designations=des))
    history = [c for c in label_history(amap) if source is None or c.source == source]
    return LabelMatrix(sources=sources, actors=rows, history=history)


# ---- history --------------------------------------------------------------------------------------

def label_history(amap: ActorMap) -> list[LabelChange]:
    """The dated label changes of the map, by date (then actor name, source).

    A label's start is a change (``labelled``), its end too (``dropped``); when one source's
    label of an actor ends on the day another of its labels of that actor starts, the two are
    one ``relabelled`` change. ``designation`` says whether the change starts a legal
    designation (``listed``: engaging the actor may become a crime there) or ends one without
    another designation by that source taking over (``delisted``). Undated label starts and
    ends are not changes (they always held).
    """
    out: list[LabelChange] = []
    for a in amap.actors:
        by_source: dict[str, list[Label]] = {}
        for lab in a.labels:
            by_source.setdefault(lab.source, []).append(lab)
        for source, labs in by_source.items():
            days = sorted({d for lab in labs for d in (lab.start, lab.end) if d is not None})
            for day in days:
                started = sorted((lab for lab in labs if lab.start == day), key=lambda lab: lab.label)
                ended = sorted((lab for lab in labs if lab.end == day), key=lambda lab: lab.label)
                out.extend(_changes(a, source, day, started, ended))
    return sorted(out, key=lambda c: (c.date, _key(c.actor), c.actor_id, _key(c.source), c.change, c.old, c.new))


def _changes(a: Actor, source: str, day: date, started: list[Label], ended: list[Label]) -> list[LabelChange]:
    def make(change, old: Label | None, new: Label | None) -> LabelChange:
        was = bool(old and old.designation)
        now = bool(new and new.designation)
        flag = "listed" if now and not was else "delisted" if was and not now else ""
        where = (new if now else old).jurisdiction if (now or was) else ""
        return LabelChange(date=day, actor_id=a.id, actor=a.name, source=source, change=change,
                           old=old.label if old else "", new=new.label if new else "",
                           designation=flag, jurisdiction=where)

    out = []
    pairs = min(len(started), len(ended))
    # a designation replaced by a designation, a label by a label: pair like with like first
    started = sorted(started, key=lambda lab: not lab.designation)
    ended = sorted(ended, key=lambda lab: not lab.designation)
    for old, new in zip(ended[:pairs], started[:pairs], strict=True):
        out.append(make("relabelled", old, new))
    out += [make("labelled", None, new) for new in started[pairs:]]
    out += [make("dropped", old, None) for old in ended[pairs:]]
    return out


# ---- editing one cell of the matrix ---------------------------------------------------------------

def with_cell_text(actor: Actor, source: str, text: str, as_of: date | None) -> list[Label]:
    """``actor``'s labels after typing ``text`` into its cell for ``source`` (the labels in force
    on ``as_of``, ``"; "``-separated, as :func:`label_matrix` shows them).

    The typed parts replace the labels in force one by one, keeping each one's designation and
    dates; parts beyond them are new undated labels; labels in force beyond the parts are
    removed (an empty text removes them all). Labels not in force (history) stay.
    """
    parts = [p.strip() for p in text.split(SEP.strip())] if text.strip() else []
    parts = [p for p in parts if p]
    current = labels_in_force(actor, source, as_of)
    ids = [id(lab) for lab in current]
    replace = {i: parts[n] for n, i in enumerate(ids) if n < len(parts)}
    out = []
    for lab in actor.labels:
        if id(lab) in replace:
            out.append(lab if lab.label == replace[id(lab)] else lab.model_copy(update={"label": replace[id(lab)]}))
        elif id(lab) not in ids:
            out.append(lab)
    out += [Label(source=source, label=p) for p in parts[len(current):]]
    return out


def with_cell_fields(actor: Actor, source: str, as_of: date | None, **fields) -> list[Label]:
    """``actor``'s labels with ``fields`` (designation, jurisdiction, start, end) set on the label
    ``source`` gives it on ``as_of`` (the latest in force). Raises ``ValueError`` when there is none
    or the result is not a valid label (an end before the start)."""
    current = labels_in_force(actor, source, as_of)
    if not current:
        raise ValueError(f"{source!r} gives {actor.name!r} no label in force to change")
    target = current[0]
    new = Label.model_validate({**target.model_dump(), **fields})
    return [new if lab is target else lab for lab in actor.labels]
