"""The typed analysis result: frozen, strict, bounded; its JSON round-trips and omits what it should."""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import get_args

import pytest
from pydantic import ValidationError

from actormap.core.analysis.mediators import DEFAULT_WEIGHTS
from actormap.core.analysis.report import analyze
from actormap.core.analysis.result import (
    COMPONENTS,
    AnalysisResult,
    ComponentName,
    MediatorCandidate,
    MediatorWeights,
    Reason,
    result_json_schema,
)
from actormap.core.io import load_map
from actormap.core.model import Actor, ActorMap, Tie

SAMPLES = sorted((Path(__file__).resolve().parents[3] / "sample_maps").glob("*.actormap"))


def bridge_map() -> ActorMap:
    """X1 - M - Y1 by trust, X1 and Y1 in conflict: M is the only trust channel between X and Y."""
    return ActorMap(title="bridge", actors=[Actor(id=i, name=i.upper(), faction=f) for i, f in
                                            (("x1", "X"), ("x2", "X"), ("m", "M"), ("y1", "Y"))],
                    ties=[Tie(id="t1", source="x1", target="x2", kind="symbiotic"),
                          Tie(id="t2", source="x1", target="m", kind="symbiotic"),
                          Tie(id="t3", source="m", target="y1", kind="protective"),
                          Tie(id="t4", source="x2", target="y1", kind="conflict")])


def candidate(**change) -> dict:
    base = {"id": "m", "name": "M", "faction": "M", "score": 0.5,
            "components": dict.fromkeys(COMPONENTS, 0.5), "not_assessed": [],
            "reasons": [{"code": "no_hostile_ties", "params": {}}]}
    return base | change


def test_models_are_frozen_and_refuse_unknown_fields():
    res = analyze(bridge_map())
    with pytest.raises(ValidationError):
        res.map.title = "changed"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        res.mediators[0].reasons[0].code = "x"  # type: ignore[misc]
    data = json.loads(res.to_json())
    AnalysisResult.model_validate(data)  # the dump itself is valid input
    # the component the old hand-made test result had and the engine never produced
    drifted = candidate(components=dict.fromkeys(COMPONENTS, 0.5) | {"cross_brokerage": 1.0})
    with pytest.raises(ValidationError, match="cross_brokerage"):
        MediatorCandidate.model_validate(drifted)
    with pytest.raises(ValidationError, match="legitimacy"):  # every component must be there
        MediatorCandidate.model_validate(candidate(components={k: 0.5 for k in COMPONENTS if k != "legitimacy"}))
    with pytest.raises(ValidationError):
        AnalysisResult.model_validate(data | {"verdict": "guilty"})
    with pytest.raises(ValidationError):
        Reason.model_validate({"code": "no_hostile_ties", "params": {}, "severity": 3})


@pytest.mark.parametrize("change", [
    {"score": 1.2}, {"score": -0.1}, {"score": float("nan")},
    {"components": dict.fromkeys(COMPONENTS, 0.5) | {"reach": 1.5}},
    {"reasons": [{"code": "Not A Code", "params": {}}]},
    {"reasons": [{"code": "x", "params": {"obj": {"nested": {"deep": 1}}}}]},  # params hold flat values
    {"sole_channel": [["X"]]},
    {"not_assessed": ["charisma"]},
])
def test_bounds_and_shapes_are_checked(change):
    with pytest.raises(ValidationError):
        MediatorCandidate.model_validate(candidate(**change))


def test_counts_shares_and_weights_are_bounded():
    data = json.loads(analyze(bridge_map()).to_json())
    for path, bad in ((("fragmentation", "components"), -1), (("fragmentation", "F"), 1.01),
                      (("map", "actors"), 2.5), (("balance", "triangle_index"), float("inf"))):
        broken = json.loads(json.dumps(data))
        broken[path[0]][path[1]] = bad
        with pytest.raises(ValidationError):
            AnalysisResult.model_validate(broken)
    with pytest.raises(ValidationError):
        MediatorWeights.model_validate(DEFAULT_WEIGHTS | {"reach": -1.0})
    gated = data["gated"] + [{"id": "z", "name": "Z", "faction": "Z", "reasons": []}]
    with pytest.raises(ValidationError):  # a gated actor always says why
        AnalysisResult.model_validate(data | {"gated": gated})


def test_component_and_weight_names_match_the_engine():
    assert set(COMPONENTS) == set(DEFAULT_WEIGHTS) == set(MediatorWeights.model_fields)
    assert get_args(ComponentName) == COMPONENTS
    res = analyze(bridge_map())
    assert dict(res.mediator_weights) == DEFAULT_WEIGHTS


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_json_and_pickle_round_trip_on_the_samples(path):
    res = analyze(load_map(path), key_players=2)
    text = res.to_json()
    back = AnalysisResult.model_validate_json(text)  # the reasons' "text" is ignored on reading
    assert back == res
    assert back.to_json() == text
    assert pickle.loads(pickle.dumps(res, protocol=pickle.HIGHEST_PROTOCOL)) == res


def test_optional_parts_are_omitted_from_the_json_not_null():
    plain = json.loads(analyze(bridge_map()).to_json())
    assert "key_players" not in plain
    asked = json.loads(analyze(bridge_map(), key_players=1).to_json())
    # all ties together form the cycle x1 - x2 - y1 - m - x1: no single removal disconnects anyone
    kp = asked["key_players"]
    assert set(kp) == {"k", "set", "F", "exact", "method"}
    # 4 actors, k = 1: every set is checked
    assert kp["k"] == 1 and len(kp["set"]) == 1 and kp["F"] == 0.0 and kp["exact"] is True
    by_id = {m["id"]: m for m in plain["mediators"]}
    assert by_id["m"]["sole_channel"] == [["X", "Y"]]
    without = [m for m in plain["mediators"] if m["id"] != "m" and not m.get("sole_channel")]
    assert all("sole_channel" not in m for m in without)
    assert all(set(r) == {"code", "params", "text"} for m in plain["mediators"] for r in m["reasons"])


def test_key_players_not_proven_are_flagged_both_ways():
    res = analyze(bridge_map(), key_players=1)  # C(4, 1) sets: checked, proven
    assert res.key_players is not None and res.key_players.exact is True
    assert res.approximate.key_players is False
    assert analyze(bridge_map()).approximate.key_players is False
    # 90 actors, k = 4: C(90, 4) = 2,555,190 sets, over the exhaustive limit: best found only
    ring = ActorMap(actors=[Actor(id=f"a{i:02d}", name=f"A{i}") for i in range(90)],
                    ties=[Tie(id=f"t{i:02d}", source=f"a{i:02d}", target=f"a{(i + 1) % 90:02d}")
                          for i in range(90)])
    big = analyze(ring, key_players=4)
    assert big.key_players.exact is False and big.approximate.key_players is True


def test_result_schema_describes_reasons_with_text_and_optional_parts():
    schema = result_json_schema()
    reason = schema["$defs"]["Reason"]
    assert set(reason["required"]) == {"code", "text"} and reason["additionalProperties"] is False
    assert "key_players" not in schema["required"]
    assert "sole_channel" not in schema["$defs"]["MediatorCandidate"]["required"]
    assert schema["$defs"]["MediatorComponents"]["properties"]["reach"]["maximum"] == 1.0
