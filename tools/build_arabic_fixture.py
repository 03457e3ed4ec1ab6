"""Build ``tests/fixtures/arabic_only.actormap``: a map whose every text is Arabic.

Actors of post-2011 Libya (after the Libya sample map), named, grouped and titled in
Arabic only, some names with digits and parentheses (the bidirectional algorithm's
hard cases). Used to check that the canvas, the exports and the report draw every
glyph (no empty boxes) and lay the names out right to left.
Run ``.venv/bin/python tools/build_arabic_fixture.py`` from the repository root; ids
are ``uuid5`` of a fixed namespace and a slug, positions come from the seeded force
layout, so re-running gives identical bytes.
"""

from __future__ import annotations

import math
import uuid
from datetime import date
from pathlib import Path

from actormap.core.io import dumps_map
from actormap.core.layout import force_layout
from actormap.core.model import Actor, ActorMap, Tie

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "arabic_only.actormap"
NS = uuid.uuid5(uuid.NAMESPACE_URL, "https://actormap.invalid/fixtures/arabic_only")

# slug: (name, faction, kind, power, extra fields)
ACTORS = {
    "misrata_brigades": ("كتائب مصراتة (قوات البنيان المرصوص)", "مصراتة", "militia", 5, {}),
    "misrata_council": ("المجلس البلدي لمصراتة وأعيانها", "مصراتة", "political", 3, {}),
    "zintan_brigades": ("كتائب الزنتان (القعقاع والصواعق)", "الزنتان", "militia", 4, {}),
    "zintan_council": ("المجلس البلدي للزنتان", "الزنتان", "political", 2, {}),
    "trb": ("كتيبة ثوار طرابلس", "ميليشيات طرابلس", "militia", 3, {}),
    "rada": ("قوة الردع الخاصة (رادع)", "ميليشيات طرابلس", "militia", 4, {}),
    "gna": ("حكومة الوفاق الوطني في طرابلس", "سلطات طرابلس", "political", 4, {}),
    "coast_guard": ("خفر السواحل الليبي", "سلطات طرابلس", "state_agent", 2, {}),
    "lna": ("الجيش الوطني الليبي (خليفة حفتر)", "المعسكر الشرقي (الكرامة)", "militia", 5, {}),
    "hor": ("مجلس النواب في طبرق", "المعسكر الشرقي (الكرامة)", "political", 3, {}),
    "tebu": ("مجتمعات التبو وقواتها", "التبو", "community", 3, {}),
    "tuareg": ("مجتمعات الطوارق وقواتها", "الطوارق", "community", 3, {}),
    "fezzan": ("أعيان فزان والمجالس الاجتماعية", "أعيان فزان", "civil_society", 2, {"legitimacy": 0.7}),
    "zawiya_cg": ("وحدة خفر السواحل في الزاوية (البيجا)", "شبكات الزاوية", "state_agent", 2, {}),
    "zawiya_fuel": ("شبكة تهريب الوقود في الزاوية", "شبكات الزاوية", "militia", 2, {}),
    "dabbashi": ("ميليشيا الدباشي - الكتيبة 48", "تهريب صبراتة", "militia", 2, {}),
    "migrants": ("المهاجرون واللاجئون", "المهاجرون", "community", 2, {}),
    "tawergha": ("تاورغاء (مجتمع نازح)", "تاورغاء", "community", 2, {}),
    "isis": ("تنظيم الدولة في سرت", "الدولة الإسلامية", "rebel_group", 3, {}),
    "unsmil": ("بعثة الأمم المتحدة للدعم في ليبيا", "الأمم المتحدة", "international", 3, {"external": True}),
    "us": ("فريق الوساطة (نحن)", "", "civil_society", 1, {"is_self": True}),
}

TIES = [
    ("misrata_brigades", "misrata_council", "trust"), ("zintan_brigades", "zintan_council", "trust"),
    ("misrata_brigades", "tawergha", "coercive"), ("zintan_brigades", "misrata_brigades", "conflict"),
    ("rada", "gna", "protective"), ("trb", "gna", "symbiotic"), ("coast_guard", "gna", "trust"),
    ("lna", "hor", "trust"), ("lna", "misrata_brigades", "conflict"), ("lna", "gna", "conflict"),
    ("tebu", "tuareg", "conflict"), ("fezzan", "tebu", "trust"), ("fezzan", "tuareg", "trust"),
    ("zawiya_cg", "zawiya_fuel", "symbiotic"), ("zawiya_cg", "migrants", "coercive"),
    ("dabbashi", "migrants", "parasitic"), ("unsmil", "gna", "dialogue"), ("unsmil", "hor", "dialogue"),
    ("isis", "misrata_brigades", "conflict"), ("us", "fezzan", "dialogue"), ("us", "misrata_council", "dialogue"),
    ("misrata_council", "zintan_council", "dialogue"), ("fezzan", "hor", "dialogue"),
    ("coast_guard", "zawiya_cg", "symbiotic"), ("unsmil", "migrants", "dialogue"),
]


def _id(slug: str) -> str:
    return str(uuid.uuid5(NS, slug))


def build() -> ActorMap:
    n = len(ACTORS)
    actors = [Actor(id=_id(slug), name=name, faction=faction, kind=kind, power=power,
                    x=round(500 * math.cos(2 * math.pi * i / n), 1), y=round(400 * math.sin(2 * math.pi * i / n), 1),
                    **extra)
              for i, (slug, (name, faction, kind, power, extra)) in enumerate(ACTORS.items())]
    ties = [Tie(id=_id(f"{s}-{t}-{k}"), source=_id(s), target=_id(t), kind=k) for s, t, k in TIES]
    amap = ActorMap(title="ليبيا بعد 2011: الميليشيات والتهريب والقبائل", viewpoint="من منظور فريق الوساطة",
                    description="خريطة اختبار: كل النصوص باللغة العربية.", as_of=date(2018, 1, 1),
                    actors=actors, ties=ties)
    pos = force_layout(amap, seed=7, edge_length=260)
    return amap.model_copy(update={"actors": [a.model_copy(update={"x": round(pos[a.id][0], 1),
                                                                   "y": round(pos[a.id][1], 1)})
                                              for a in amap.actors]})


if __name__ == "__main__":
    OUT.write_text(dumps_map(build()), encoding="utf-8")
    print(f"wrote {OUT}")
