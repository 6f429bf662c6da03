"""Database paths as the Firebird services API takes them: fdb refuses non-ASCII text there
(TypeError), so paths go as bytes in the file-system encoding, the bytes fdb.connect sends."""
from __future__ import annotations

import sys


def service_path(path: str) -> bytes:
    return path.encode(sys.getfilesystemencoding())
