"""Workstation side of the licence protocol: find the server, hold a seat, know the mode."""
from crm_desktop.licensing.discovery import ServerAddress, find_server
from crm_desktop.licensing.seat_session import LoginRefused, SeatSession
from crm_desktop.licensing.status import DEMO_MARK, LicenceStatus, Mode
from crm_desktop.licensing.terminal_session import is_terminal_session

__all__ = ["DEMO_MARK", "LicenceStatus", "LoginRefused", "Mode", "SeatSession", "ServerAddress",
           "find_server", "is_terminal_session"]
