"""Loading the Firebird client library once per process.

The `firebird-embedded` wheel carries a Firebird 5 client and engine: with it a database path
without a host opens in-process, and `host/port:path` goes to a server over the network. Its
libfbclient needs libtommath (Debian `libtommath1`) and the wheel's libtomcrypt loaded globally
first, and FIREBIRD pointing at the runtime root so the engine finds its plugins and messages.
"""
from __future__ import annotations

import ctypes
import os
import threading
from pathlib import Path

import fdb

from crm_desktop.data.errors import ClientLibraryMissing

_lock = threading.Lock()
_loaded: Path | None = None


def _embedded_runtime() -> tuple[Path, Path]:
    try:
        from firebird.embedded.provider import FirebirdProvider
    except ImportError as exc:
        raise ClientLibraryMissing("пакет firebird-embedded не установлен") from exc
    provider = FirebirdProvider()
    return Path(provider.root), Path(provider.client_library)


def load_client() -> Path:
    """Load libfbclient (idempotent) and return its path.

    CRM_FBCLIENT may name another client library (e.g. a system libfbclient.so.2).
    """
    global _loaded
    with _lock:
        if _loaded is not None:
            return _loaded
        override = os.environ.get("CRM_FBCLIENT")
        try:
            if override:
                library = Path(override)
            else:
                root, library = _embedded_runtime()
                os.environ.setdefault("FIREBIRD", str(root))
                ctypes.CDLL("libtommath.so.1", mode=ctypes.RTLD_GLOBAL)
                ctypes.CDLL(str(root / "libtomcrypt.so.1"), mode=ctypes.RTLD_GLOBAL)
            fdb.load_api(str(library))
        except Exception as exc:  # fdb reports a missing library with a bare Exception
            raise ClientLibraryMissing(" ".join(str(exc).split())) from exc
        _loaded = library
        return library
