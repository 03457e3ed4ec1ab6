"""The pure core of actormap: model, semantics, edits, analysis and file I/O.

Never imports Qt or pyqtgraph (checked by ``tests/core/test_architecture.py``).
"""
