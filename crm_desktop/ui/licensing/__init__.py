"""Licence-related windows of the workstation."""
