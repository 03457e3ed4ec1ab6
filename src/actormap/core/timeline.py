"""The map as of a date, and its measures over time.

Interval semantics (the same for actors, ties, agreements and labels): an item
is on the map from its ``start`` (inclusive) until its ``end`` (exclusive), so
an actor with ``end = 2009-12-16`` is gone on 16 December 2009. A missing
``start`` means "since always", a missing ``end`` "still there"; an item with
neither is *undated* and present at every date. A tie is present only when
both its actors are.

- :func:`map_at` is the map as it stood on one date (the CLI's ``--as-of``, the
  time slider, the Analysis panel).
- :func:`steps` lists the dates of a timeline (every month, quarter or year).
- :func:`timeline` gives one :class:`TimelineRow` per step: counts,
  fragmentation F and components (Borgatti 2006), hostile ties and coercion and
  extortion of communities (as a scenario's summary counts them,
  :mod:`.scenario`), the top insider mediators, and the events of the step. A state of the map already measured (no item starts or ends between
  two steps, or the map returns to an earlier state) is not measured again.

References
----------
.. [1] Borgatti, S. P. (2006). Identifying sets of key players in a social
   network. *Comput. Math. Organiz. Theor.* 12, 21-34 (fragmentation F).
"""

from __future__ import annotations

import bisect
import calendar
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any, Literal

import numpy as np
from pydantic import AliasChoices, BaseModel, ConfigDict, Field
from scipy.sparse import coo_array
from scipy.sparse.csgraph import connected_components

from .errors import ActorMapError
from .model import ActorKind, ActorMap
from .scenario import EXPOSURE_KINDS, HOSTILE_KINDS

Step = Literal["month", "quarter", "year"]
STEP_MONTHS: dict[str, int] = {"month": 1, "quarter": 3, "year": 12}
MAX_STEPS = 2000
"""A timeline longer than this is refused (e.g. monthly steps over 170 years)."""
DATED = ("actors", "ties", "agreements")
"""Collections whose items carry ``start`` / ``end`` and leave the map outside them."""
UNDATED_NOTE = "Undated actors, ties and agreements are on the map at every date."


class TimelineError(ActorMapError, ValueError):
    """A date or range the timeline cannot use (one readable line)."""


# ---- dates -------------------------------------------------------------------------------

def parse_day(text: str, what: str = "date") -> date:
    """``YYYY-MM-DD`` -> date; anything else raises :class:`TimelineError` naming ``what``."""
    try:
        return date.fromisoformat(str(text).strip())
    except ValueError:
        raise TimelineError(f"the {what} {str(text)!r} is not a date; write it as YYYY-MM-DD "
                            "(e.g. 2012-03-08)") from None


def holds(start: date | None, end: date | None, when: date) -> bool:
    """Whether ``[start, end)`` holds ``when`` (a missing bound is open)."""
    return (start is None or start <= when) and (end is None or when < end)


def is_present(item: Any, when: date) -> bool:
    """Whether an actor, tie, agreement or label is on the map on ``when`` (undated: always)."""
    return holds(getattr(item, "start", None), getattr(item, "end", None), when)


def is_dated(item: Any) -> bool:
    return getattr(item, "start", None) is not None or getattr(item, "end", None) is not None


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` calendar months; the day is clipped to the month's length."""
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def period_start(d: date, step: Step) -> date:
    """The first day of the month, quarter or year holding ``d``."""
    if step == "year":
        return date(d.year, 1, 1)
    if step == "quarter":
        return date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)
    return date(d.year, d.month, 1)


def check_step(step: str) -> Step:
    if step not in STEP_MONTHS:
        raise TimelineError(f"unknown step {step!r}; use one of: {', '.join(STEP_MONTHS)}")
    return step  # type: ignore[return-value]


def steps(start: date, end: date, step: Step = "month") -> list[date]:
    """``start``, ``start`` + 1 step, ... up to ``end`` (inclusive).

    Each date is counted from ``start`` (31 January + 1 month is 28 or 29 February,
    + 2 months is 31 March), so the steps never drift.
    """
    k = STEP_MONTHS[check_step(step)]
    if end < start:
        raise TimelineError(f"the timeline starts ({start}) after it ends ({end})")
    out: list[date] = []
    while True:
        d = add_months(start, k * len(out))
        if d > end:
            return out
        out.append(d)
        if len(out) > MAX_STEPS:
            raise TimelineError(f"more than {MAX_STEPS} steps from {start} to {end} by {step}; "
                                "choose a longer step or a shorter range")


def map_dates(amap: ActorMap) -> list[date]:
    """Every date the map mentions: starts and ends, label dates, events, the as-of date (sorted)."""
    out: set[date] = set()
    for coll in DATED:
        for item in getattr(amap, coll):
            out.update(d for d in (item.start, item.end) if d is not None)
    for a in amap.actors:
        for lab in a.labels:
            out.update(d for d in (lab.start, lab.end) if d is not None)
    for e in amap.events:
        out.update(d for d in (e.date, e.end) if d is not None)
    if amap.as_of is not None:
        out.add(amap.as_of)
    return sorted(out)


def auto_step(start: date, end: date) -> Step:
    """Months up to 3 years, quarters up to 10 years, years beyond."""
    months = (end.year - start.year) * 12 + end.month - start.month
    return "month" if months <= 36 else "quarter" if months <= 120 else "year"


def default_range(amap: ActorMap, step: Step | None = None) -> tuple[date, date, Step]:
    """The range a timeline covers when none is given: from the start of the period
    holding the map's first date to the first step on or after its last date."""
    dates = map_dates(amap)
    if not dates:
        raise TimelineError("the map has no dates (no dated actors, ties, agreements or events, no "
                            "as-of date); give --from and --to")
    first, last = dates[0], dates[-1]
    step = step or auto_step(first, last)
    start = period_start(first, step)
    k, n = STEP_MONTHS[step], 0
    while add_months(start, k * n) < last:
        n += 1
    return start, add_months(start, k * n), step


# ---- the map as of a date ----------------------------------------------------------------

def _labels_at(actor, when: date):
    if not any(is_dated(lab) for lab in actor.labels):
        return actor
    kept = [lab for lab in actor.labels if is_present(lab, when)]
    return actor if len(kept) == len(actor.labels) else actor.model_copy(update={"labels": kept})


def map_at(amap: ActorMap, when: date | None) -> ActorMap:
    """The map as it stood on ``when`` (``None``: the map unchanged).

    Keeps the actors, ties and agreements whose ``[start, end)`` holds the date and
    the undated ones; an item that refers to an absent one with ``on_delete="cascade"``
    (a tie to an absent actor) is absent too, and references with ``"drop"`` (an
    event's actors, an agreement's parties, a saved view's focus) lose the absent ids.
    Events, saved views, scenarios and perspectives are kept; actors keep only the
    labels in use on the date. The result's ``as_of`` is ``when``.
    """
    if when is None:
        return amap
    table = amap.COLLECTIONS
    gone: set[str] = set()
    kept: dict[str, list] = {c.name: list(getattr(amap, c.name)) for c in table}
    changed = True
    while changed:  # cascades may run from a later collection to an earlier one
        changed = False
        for coll in table:
            cascade = [r for r in coll.refs if r.on_delete == "cascade"]
            dated = coll.name in DATED
            if not (dated or cascade):
                continue
            out = []
            for item in kept[coll.name]:
                if (dated and not is_present(item, when)) or any(
                        gone.intersection(r.ids(item)) for r in cascade):
                    gone.add(item.id)
                    changed = True
                else:
                    out.append(item)
            kept[coll.name] = out
    if gone:
        for coll in table:
            drops = [r for r in coll.refs if r.on_delete == "drop"]
            if drops:
                items = []
                for item in kept[coll.name]:
                    for r in drops:
                        if gone.intersection(r.ids(item)):
                            item = r.without(item, gone)
                    items.append(item)
                kept[coll.name] = items
    kept["actors"] = [_labels_at(a, when) for a in kept["actors"]]
    return amap.model_copy(update={**kept, "as_of": when})


# ---- the timeline ------------------------------------------------------------------------

class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False, populate_by_name=True)


class TimelineEvent(_Frozen):
    id: str
    name: str
    date: date
    end: date | None = None


class TimelineRow(_Frozen):
    """The map as of one date, measured."""

    date: date
    actors: int = Field(ge=0, description="actors on the map on this date")
    ties: int = Field(ge=0)
    F: float = Field(ge=0.0, le=1.0, description="fragmentation: share of ordered actor pairs that "
                                                 "cannot reach each other (Borgatti 2006)")
    components: int = Field(ge=0)
    hostile_ties: int = Field(ge=0, description="conflict, coercive and parasitic ties")
    community_exposure: int = Field(ge=0, description="coercive and parasitic ties whose target is a community")
    top_mediators: list[str] = Field(description="ids of the best-ranked insider mediators, best first")
    top_scores: list[float] = Field(description="their scores, in the same order")
    events: list[TimelineEvent] = Field(description="events dated after the previous step, up to this date")


class Timeline(_Frozen):
    """The ``actormap timeline --json`` result: one row per step."""

    title: str
    start: date = Field(serialization_alias="from", validation_alias=AliasChoices("from", "start"))
    end: date = Field(serialization_alias="to", validation_alias=AliasChoices("to", "end"))
    step: Step
    top: int = Field(ge=0, description="how many mediators each row names")
    undated_actors: int = Field(ge=0, description="actors with no dates: on the map at every step")
    undated_ties: int = Field(ge=0)
    names: dict[str, str] = Field(description="names of the actors the rows name")
    rows: list[TimelineRow]

    def to_json(self, indent: int | None = 1) -> str:
        return self.model_dump_json(indent=indent, by_alias=True)


def _fragmentation(actor_ids: list[str], ties) -> tuple[float, int]:
    """F and the number of components of the skeleton (every tie, undirected)."""
    n = len(actor_ids)
    if n == 0:
        return 0.0, 0
    index = {a: i for i, a in enumerate(actor_ids)}
    m = len(ties)
    rows = np.fromiter((index[t.source] for t in ties), dtype=np.int64, count=m)
    cols = np.fromiter((index[t.target] for t in ties), dtype=np.int64, count=m)
    graph = coo_array((np.ones(m, dtype=np.int8), (rows, cols)), shape=(n, n))
    k, labels = connected_components(graph, directed=False)
    if n < 2:
        return 0.0, int(k)
    sizes = np.bincount(labels).astype(np.int64)
    reach = int((sizes * (sizes - 1)).sum())
    return 1.0 - reach / (n * (n - 1)), int(k)


def _measure(sub: ActorMap, top: int, weights: Mapping | None) -> tuple[dict, dict[str, str]]:
    """The measures of one state of the map, and the names of the mediators they name."""
    from .analysis.mediators import insider_mediators

    kinds = {a.id: a.kind for a in sub.actors}
    F, k = _fragmentation([a.id for a in sub.actors], sub.ties)
    best = insider_mediators(sub, weights).ranked[:top] if top else []
    return {
        "actors": len(sub.actors),
        "ties": len(sub.ties),
        "F": F,
        "components": k,
        "hostile_ties": sum(1 for t in sub.ties if t.kind in HOSTILE_KINDS),
        "community_exposure": sum(1 for t in sub.ties
                                  if t.kind in EXPOSURE_KINDS and kinds.get(t.target) == ActorKind.COMMUNITY),
        "top_mediators": [m.id for m in best],
        "top_scores": [m.score for m in best],
    }, {m.id: m.name for m in best}


def _change_dates(amap: ActorMap) -> list[date]:
    """Dates on which some actor, tie or agreement enters or leaves the map."""
    out = {d for coll in DATED for item in getattr(amap, coll) for d in (item.start, item.end) if d}
    return sorted(out)


def timeline(amap: ActorMap, start: date | None = None, end: date | None = None, step: Step | None = None,
             *, top: int = 3, weights: Mapping | None = None,
             progress: Callable[[str, float], None] | None = None) -> Timeline:
    """The measures of the map at each step from ``start`` to ``end``.

    Parameters
    ----------
    amap : ActorMap
    start, end : date, optional
        The range (inclusive); by default the map's dates (see :func:`default_range`).
    step : "month", "quarter" or "year", optional
        By default months up to 3 years, quarters up to 10 years, years beyond.
    top : int
        How many insider mediators each row names (default 3).
    weights : mapping, optional
        Insider-mediator weights (as for :func:`.analysis.report.analyze`).
    progress : callable, optional
        ``progress(stage, fraction)`` after each step.

    Every row equals what :func:`.analysis.report.analyze` finds on
    ``map_at(amap, row.date)`` (F, components, the mediator ranking). A state is
    measured once: when no item starts or ends between two steps the row reuses the
    previous measures, and a state seen before (same actors and ties) is looked up.
    """
    from .analysis.mediators import validate_weights
    from .analysis.report import gc_paused

    validate_weights(weights)  # bad weights fail before any work
    if top < 0:
        raise TimelineError(f"the number of mediators per row must be 0 or more, not {top}")
    if start is None or end is None:
        d_start, d_end, d_step = default_range(amap, step)
        step = step or d_step
        start = d_start if start is None else start
        end = d_end if end is None else end
    step = check_step(step or auto_step(start, end))
    dates = steps(start, end, step)
    changes = _change_dates(amap)
    events = sorted(amap.events, key=lambda e: (e.date, e.name, e.id))
    event_days = [e.date for e in events]
    cache: dict[tuple[frozenset, frozenset], tuple[dict, dict]] = {}
    names: dict[str, str] = {}
    rows: list[dict] = []
    prev: date | None = None
    measures: dict | None = None
    with gc_paused():
        for i, d in enumerate(dates):
            since = prev if prev is not None else add_months(d, -STEP_MONTHS[step])
            same = measures is not None and bisect.bisect_right(changes, d) == bisect.bisect_right(changes, since)
            if not same:
                sub = map_at(amap, d)
                key = (frozenset(a.id for a in sub.actors), frozenset(t.id for t in sub.ties))
                if key not in cache:
                    cache[key] = _measure(sub, top, weights)
                    names.update(cache[key][1])
                measures = cache[key][0]
            lo, hi = bisect.bisect_right(event_days, since), bisect.bisect_right(event_days, d)
            rows.append({**measures, "date": d,
                         "events": [{"id": e.id, "name": e.name, "date": e.date, "end": e.end}
                                    for e in events[lo:hi]]})
            prev = d
            if progress is not None:
                progress("timeline", (i + 1) / len(dates))
        undated_actors, undated_ties = undated_counts(amap)
        return Timeline(title=amap.title, start=start, end=end, step=step, top=top,
                        undated_actors=undated_actors, undated_ties=undated_ties, names=names, rows=rows)


def timeline_task(amap: ActorMap, *, start: date | None = None, end: date | None = None,
                  step: Step | None = None, top: int = 3, weights: Mapping | None = None,
                  progress: Callable[[str, float], None] | None = None) -> Timeline | None:
    """:func:`timeline` for the GUI's background runner: ``None`` for a map without dates."""
    if not map_dates(amap) and (start is None or end is None):
        return None
    return timeline(amap, start, end, step, top=top, weights=weights, progress=progress)


def undated_counts(amap: ActorMap) -> tuple[int, int]:
    """How many actors and ties carry no date (present at every date)."""
    return (sum(1 for a in amap.actors if not is_dated(a)), sum(1 for t in amap.ties if not is_dated(t)))


def events_between(events: Iterable, after: date, upto: date) -> list:
    """Events dated in ``(after, upto]``, by date then name."""
    return sorted((e for e in events if after < e.date <= upto), key=lambda e: (e.date, e.name, e.id))
