"""``python -m actormap``: the same as the ``actormap`` command (the git merge driver runs it so)."""

import sys

from .cli import main

sys.exit(main())
