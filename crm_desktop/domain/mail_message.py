"""The MIME message of one letter (GRP-2, manual 000 «Отправка E-Mail в формате HTML").

A text letter is one text/plain part. An HTML letter is multipart/alternative: a plain-text
rendering first, then the HTML; images referred to by a local path or a file: URL travel with it
as related parts and the tag points at them by cid: («Способ 2: CID»); images by http(s) URL stay
links («Способ 1», the recommended one). Attachments follow. Headers are UTF-8 (the sender's
display name in Russian is encoded by the email package). Nothing here reads files: the caller
passes their contents, read once for the whole mailing."""
from __future__ import annotations

import html
import mimetypes
import re
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import make_msgid
from html.parser import HTMLParser
from urllib.parse import unquote, urlparse

_IMG_SRC = re.compile(r"""(<img\b[^>]*?\bsrc\s*=\s*)(["'])(.*?)\2""", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class Part:
    """A file travelling with the letter: its name, contents and MIME type."""
    name: str
    data: bytes
    mime: str = ""

    @property
    def types(self) -> tuple[str, str]:
        mime = self.mime or mimetypes.guess_type(self.name)[0] or "application/octet-stream"
        main, _, sub = mime.partition("/")
        return main, sub


def is_local_image(src: str) -> bool:
    """A path or file: URL (embedded by CID), not a web link, a cid: or data: reference."""
    if not src.strip() or src.startswith("//"):          # nothing, or a web link without its scheme
        return False
    scheme = urlparse(src).scheme.lower()
    return scheme == "file" or scheme == "" or (len(scheme) == 1 and src[1:2] == ":")   # C:\logo.png


def local_path(src: str) -> str:
    """The file a local image src names (file:///tmp/a%20b.png → /tmp/a b.png)."""
    parsed = urlparse(src)
    if parsed.scheme.lower() == "file":
        path = unquote(parsed.path)
        return path[1:] if re.match(r"^/[A-Za-z]:", path) else path
    return src


def local_images(body: str) -> list[str]:
    """The src of every local image of an HTML body, each once, in order."""
    found: list[str] = []
    for m in _IMG_SRC.finditer(body):
        src = html.unescape(m.group(3).strip())
        if is_local_image(src) and src not in found:
            found.append(src)
    return found


class _Text(HTMLParser):
    _BREAKS = {"br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script", "head", "title"):
            self._skip += 1
        elif tag in self._BREAKS:
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "head", "title"):
            self._skip = max(0, self._skip - 1)
        elif tag in self._BREAKS:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.out.append(re.sub(r"\s+", " ", data))


def html_to_text(body: str) -> str:
    """The plain-text alternative of an HTML letter."""
    parser = _Text()
    parser.feed(body)
    parser.close()
    lines = [line.strip() for line in "".join(parser.out).splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def _address(display_name: str, email: str) -> Address:
    user, _, domain = email.strip().rpartition("@")
    return Address(display_name=display_name.strip(), username=user, domain=domain)


def build(sender_name: str, sender_email: str, recipient: str, subject: str, body: str, as_html: bool,
          attachments: tuple[Part, ...] = (), images: dict[str, Part] | None = None,
          recipient_name: str = "") -> EmailMessage:
    """One letter. `images` maps the src of a local image of the HTML body to its contents; a
    local image not in it is left as it is."""
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = _address(sender_name, sender_email)
    msg["To"] = _address(recipient_name, recipient)
    msg["Message-ID"] = make_msgid(domain=sender_email.rpartition("@")[2] or None)
    if not as_html:
        msg.set_content(body)
    else:
        cids: dict[str, str] = {}
        for src in local_images(body):
            if images and src in images:
                cids[src] = make_msgid(domain="crm.local")[1:-1]

        def to_cid(m: re.Match[str]) -> str:
            src = html.unescape(m.group(3).strip())
            return f"{m.group(1)}{m.group(2)}cid:{cids[src]}{m.group(2)}" if src in cids else m.group(0)

        msg.set_content(html_to_text(body))
        msg.add_alternative(_IMG_SRC.sub(to_cid, body), subtype="html")
        html_part = msg.get_payload()[1]
        for src, cid in cids.items():
            part = images[src]          # type: ignore[index]
            main, sub = part.types
            html_part.add_related(part.data, maintype=main, subtype=sub, cid=f"<{cid}>",
                                  filename=part.name, disposition="inline")
    for part in attachments:
        main, sub = part.types
        msg.add_attachment(part.data, maintype=main, subtype=sub, filename=part.name)
    return msg
