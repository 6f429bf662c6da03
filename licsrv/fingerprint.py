"""Hardware fingerprint of the licence-server computer (LIC-3): CPU, motherboard, system disk.

Activation binds a key to this fingerprint; when any component changes the licence turns
passive. Readers never raise: an unreadable identifier becomes "unknown", which still gives
a stable fingerprint on machines that hide their serials (VMs, containers).
"""
from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

UNKNOWN = "unknown"
COMPONENT_TITLES = {"cpu": "процессор", "board": "системная плата", "disk": "системный диск"}


@dataclass(frozen=True)
class Fingerprint:
    cpu: str
    board: str
    disk: str

    def component_hashes(self) -> dict[str, str]:
        """Per-component hashes, kept with an activation only to name what changed."""
        return {name: _sha(f"{name}={getattr(self, name)}")[:16] for name in COMPONENT_TITLES}

    @property
    def digest(self) -> str:
        parts = self.component_hashes()
        return _sha("|".join(f"{k}={parts[k]}" for k in sorted(parts)))


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def changed_components(old: dict[str, str], new: Fingerprint) -> list[str]:
    """Russian names of the components whose hash differs from an activation's record."""
    current = new.component_hashes()
    return [COMPONENT_TITLES[k] for k in COMPONENT_TITLES if old.get(k) != current[k]]


class FingerprintProvider(Protocol):
    def read(self) -> Fingerprint: ...


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""


class LinuxProvider:
    """DMI/sysfs for the board, /proc/cpuinfo for the CPU, the root disk's serial."""

    def __init__(self, root: Path = Path("/")) -> None:
        self.root = root

    def read(self) -> Fingerprint:
        return Fingerprint(cpu=self._cpu() or UNKNOWN, board=self._board() or UNKNOWN,
                           disk=self._disk() or UNKNOWN)

    def _cpu(self) -> str:
        info = _read(self.root / "proc/cpuinfo")
        fields = ("vendor_id", "model name", "cpu family", "model", "stepping", "Serial", "Hardware")
        found = {}
        for line in info.splitlines():
            key, _, value = line.partition(":")
            key = key.strip()
            if key in fields and key not in found:
                found[key] = value.strip()
        return ";".join(f"{k}={found[k]}" for k in fields if k in found)

    def _board(self) -> str:
        dmi = self.root / "sys/class/dmi/id"
        values = [_read(dmi / n) for n in ("board_vendor", "board_name", "board_serial", "product_uuid")]
        return ";".join(v for v in values if v)

    def _disk(self) -> str:
        """Serial of the first real block device; sysfs first, then /dev/disk/by-id names."""
        block = self.root / "sys/block"
        devices = sorted(p.name for p in block.glob("*")
                         if not re.match(r"(loop|ram|zram|dm-|sr|md)", p.name))
        for name in devices:
            for rel in ("device/serial", "device/vpd_pg80", "serial", "device/wwid"):
                serial = _read(block / name / rel)
                if serial:
                    return f"{name}:{serial}"
        by_id = self.root / "dev/disk/by-id"
        ids = sorted(p.name for p in by_id.glob("*") if "-part" not in p.name)
        return ids[0] if ids else ""


class WindowsProvider:
    """WMI through PowerShell; best effort, each query may fail independently."""

    QUERIES = {
        "cpu": "(Get-CimInstance Win32_Processor | Select-Object -First 1).ProcessorId",
        "board": "(Get-CimInstance Win32_BaseBoard).SerialNumber + ';' + "
                 "(Get-CimInstance Win32_ComputerSystemProduct).UUID",
        "disk": "(Get-CimInstance Win32_DiskDrive | Where-Object Index -eq 0).SerialNumber",
    }

    def read(self) -> Fingerprint:
        return Fingerprint(**{name: self._query(q) or UNKNOWN for name, q in self.QUERIES.items()})

    @staticmethod
    def _query(command: str) -> str:
        try:
            out = subprocess.run(["powershell", "-NoProfile", "-Command", command],
                                 capture_output=True, text=True, timeout=15,
                                 creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
        except (OSError, subprocess.SubprocessError):
            return ""
        return out.stdout.strip()


def default_provider() -> FingerprintProvider:
    return WindowsProvider() if sys.platform == "win32" or os.name == "nt" else LinuxProvider()
