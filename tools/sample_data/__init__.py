"""Data for the sample maps (one module per map, each defines ``SPEC``)."""
