"""Reusable widgets of the workstation."""
