"""Moved to :mod:`actormap.gui.render.painter_state`; this name stays an alias of it for old imports."""

import sys

from ..render import painter_state as _moved

sys.modules[__name__] = _moved
