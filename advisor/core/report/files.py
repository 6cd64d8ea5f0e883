"""Write a report so that a reader never sees half a file and an existing file is only replaced when asked."""

from advisor.core.files import write_atomic

__all__ = ["write_atomic"]
