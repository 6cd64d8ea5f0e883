"""Local LLM Advisor: what can this computer run, how fast, and at what cost."""

__version__ = "0.1.0"
