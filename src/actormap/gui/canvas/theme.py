"""Moved to :mod:`actormap.gui.render.theme`; this name stays an alias of it for old imports."""

import sys

from ..render import theme as _moved

sys.modules[__name__] = _moved
