"""Dock panels of the map editor: inspector, actor and tie tables, map properties, filters."""
