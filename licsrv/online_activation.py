"""The licence server's side of automatic activation: one HTTP POST to the vendor service."""
from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from licsrv.activation import store_online_activation
from licsrv.fingerprint import Fingerprint
from licsrv.keyfile import LicenceKey

ACTIVATION_URL_ENV = "CRM_LICENCE_ACTIVATION_URL"
MAX_ANSWER = 64 * 1024


class ActivationError(RuntimeError):
    """Automatic activation failed; str() is the Russian reason to show."""


def request_activation(url: str, key_text: str, fingerprint: Fingerprint,
                       timeout: float = 15.0) -> dict[str, Any]:
    body = json.dumps({"key": key_text, "fingerprint": fingerprint.digest,
                       "components": fingerprint.component_hashes()}).encode()
    req = urllib.request.Request(url.rstrip("/") + "/activate", data=body, method="POST",
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            answer = json.loads(resp.read(MAX_ANSWER))
    except urllib.error.HTTPError as exc:
        answer = _error_answer(exc)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise ActivationError(f"Сервис активации недоступен ({exc}). "
                              "Проверьте доступ в интернет или активируйте вручную.") from exc
    if not isinstance(answer, dict) or not answer.get("ok"):
        reason = answer.get("reason") if isinstance(answer, dict) else None
        raise ActivationError(reason or "Сервис активации отказал без объяснения причин.")
    return answer["activation"]


def _error_answer(exc: urllib.error.HTTPError) -> Any:
    try:
        return json.loads(exc.read(MAX_ANSWER))
    except ValueError:
        return {"reason": f"Сервис активации ответил ошибкой HTTP {exc.code}."}


def activate_online(url: str, key_path: Path, key: LicenceKey, fingerprint: Fingerprint,
                    public_key: Ed25519PublicKey) -> None:
    document = request_activation(url, key_path.read_text(encoding="utf-8"), fingerprint)
    try:
        store_online_activation(key_path, key, fingerprint, document, public_key)
    except (ValueError, KeyError) as exc:
        raise ActivationError(f"Ответ сервиса активации не принят: {exc}.") from exc
