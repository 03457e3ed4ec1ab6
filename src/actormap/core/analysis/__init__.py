"""Pure network analysis over maps (networkx and scipy; no Qt)."""
