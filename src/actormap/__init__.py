"""actormap: map the actors of violent and fragile settings and the ties between them."""

__version__ = "0.1.0"
