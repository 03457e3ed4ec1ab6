"""Other tools' files show actors as the canvas does: the export colours and sizes are the palette's."""

from actormap.core.io.viz import KIND_COLORS, actor_radius
from actormap.core.model import ActorKind
from actormap.gui.canvas import notation
from actormap.gui.canvas.palette import kind_style


def test_export_colours_are_the_canvas_palette():
    assert {k: KIND_COLORS[k].upper() for k in ActorKind} == {k: kind_style(k).color.upper() for k in ActorKind}


def test_export_sizes_are_the_canvas_radii():
    assert [actor_radius(p) for p in range(1, 6)] == [notation.actor_radius(p) for p in range(1, 6)]
