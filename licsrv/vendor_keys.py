"""The vendor's Ed25519 public key, built into the program (LIC-2).

The matching private key is kept offline by the vendor and never enters the repository.
For development and tests the environment variable CRM_LICENCE_VENDOR_PUBKEY may name a PEM
file holding another public key (e.g. one made by `crm-licsrv vendor keygen`).
"""
from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PUBKEY_ENV = "CRM_LICENCE_VENDOR_PUBKEY"

BUILTIN_PUBLIC_KEY_PEM = b"""-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAJOXMM8f0ilxLNFWknzUe7GSMPRmN1H52+hZe3AzIq3A=
-----END PUBLIC KEY-----
"""

PRIVATE_KEY_FILE = "vendor_private.pem"
PUBLIC_KEY_FILE = "vendor_public.pem"


def vendor_public_key() -> Ed25519PublicKey:
    """The key every signature is checked against: the built-in one unless overridden."""
    override = os.environ.get(PUBKEY_ENV)
    pem = Path(override).read_bytes() if override else BUILTIN_PUBLIC_KEY_PEM
    key = serialization.load_pem_public_key(pem)
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("Открытый ключ разработчика должен быть ключом Ed25519")
    return key


def load_private_key(path: Path) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(f"{path}: это не закрытый ключ Ed25519")
    return key


def private_key_secret(key: Ed25519PrivateKey) -> bytes:
    """Raw private bytes: the root from which per-licence manual-activation secrets derive."""
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


def generate_key_pair(out_dir: Path) -> tuple[Path, Path]:
    """Write a new vendor key pair; the private file is readable by its owner only."""
    out_dir.mkdir(parents=True, exist_ok=True)
    key = Ed25519PrivateKey.generate()
    private = out_dir / PRIVATE_KEY_FILE
    public = out_dir / PUBLIC_KEY_FILE
    private.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                          serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
    private.chmod(0o600)
    public.write_bytes(key.public_key().public_bytes(serialization.Encoding.PEM,
                                                     serialization.PublicFormat.SubjectPublicKeyInfo))
    return private, public
