"""Is this workstation running in a terminal session? Needed for the TRA rule (LIC-7)."""
from __future__ import annotations

import os
import sys
from collections.abc import Mapping


def is_terminal_session(env: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Windows: SESSIONNAME is "RDP-Tcp#N" (or ICA for Citrix) instead of "Console".
    Linux and others: an xrdp session, or a program started over SSH (e.g. with X forwarding)."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        return env.get("SESSIONNAME", "Console").upper().startswith(("RDP-", "ICA-"))
    return any(env.get(name) for name in ("XRDP_SESSION", "SSH_CONNECTION", "SSH_CLIENT", "SSH_TTY"))
