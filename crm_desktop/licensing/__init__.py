"""licensing."""
