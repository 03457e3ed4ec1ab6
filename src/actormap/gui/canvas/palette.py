"""Moved to :mod:`actormap.gui.render.palette`; this name stays an alias of it for old imports."""

import sys

from ..render import palette as _moved

sys.modules[__name__] = _moved
