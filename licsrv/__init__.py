"""Licence server: tray app, network service on ports 3030-3033, vendor tools."""
