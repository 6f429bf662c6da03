"""Contract templates kept as Word documents, filled with the contract's values.

Word splits what a person typed as "[DogNo]" into several runs whenever formatting, spell
checking or revision marks touch part of it, so placeholders are looked for in the text of a
whole paragraph and replaced run by run (``contract_vars.fill_runs``). Body, tables (nested
too), text boxes, headers and footers are all filled.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from io import BytesIO

import docx
from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.part import XmlPart
from docx.oxml.ns import qn
from lxml import etree

from crm_desktop.domain import contract_vars

_FILLED_PARTS = {CT.WML_DOCUMENT_MAIN, CT.WML_HEADER, CT.WML_FOOTER, CT.WML_FOOTNOTES, CT.WML_ENDNOTES}
_T, _P = qn("w:t"), qn("w:p")
# Run content that is text to the reader but no w:t; kept as separators so that a
# placeholder never matches across a tab or a line break.
_SEPARATORS = {qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n"}
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def docx_variables(data: bytes) -> list[str]:
    """Placeholder names of a DOCX template, each once, in document order."""
    document = docx.Document(BytesIO(data))
    names: dict[str, None] = {}
    for elements in _paragraphs(document):
        names.update(dict.fromkeys(contract_vars.variables_in(_text(elements))))
    return list(names)


def fill_docx(data: bytes, values: Mapping[str, str]) -> bytes:
    """The DOCX with every placeholder replaced; a value's line breaks become Word line breaks.
    Raises ``UnknownVariables`` (naming all of them) before anything is changed."""
    document = docx.Document(BytesIO(data))
    paragraphs = list(_paragraphs(document))
    contract_vars.check("\n".join(_text(elements) for elements in paragraphs))
    for elements in paragraphs:
        texts = [_SEPARATORS.get(e.tag, e.text or "") for e in elements]
        if not contract_vars.PLACEHOLDER.search("".join(texts)):
            continue
        for element, old, new in zip(elements, texts, contract_vars.fill_runs(texts, values)):
            if element.tag == _T and new != old:
                _set_text(element, new)
    out = BytesIO()
    document.save(out)
    return out.getvalue()


def _paragraphs(document: Document) -> Iterator[list[etree._Element]]:
    """Text elements (w:t and separators) of every paragraph of every filled part, grouped by
    their own paragraph: a text box's paragraph inside another paragraph is a paragraph of its own."""
    for part in document.part.package.iter_parts():
        if not isinstance(part, XmlPart) or part.content_type not in _FILLED_PARTS:
            continue
        groups: dict[etree._Element, list[etree._Element]] = {}
        for element in part.element.iter(_T, *_SEPARATORS):
            paragraph = next(element.iterancestors(_P), None)
            if paragraph is not None:
                groups.setdefault(paragraph, []).append(element)
        yield from groups.values()


def _text(elements: list[etree._Element]) -> str:
    return "".join(_SEPARATORS.get(e.tag, e.text or "") for e in elements)


def _set_text(t: etree._Element, text: str) -> None:
    """Put text into a w:t, splitting it at line breaks into w:t, w:br, w:t within the same run."""
    lines = text.split("\n")
    t.text = lines[0]
    t.set(_XML_SPACE, "preserve")
    anchor = t
    for line in lines[1:]:
        br = etree.Element(qn("w:br"))
        anchor.addnext(br)
        anchor = copy.deepcopy(t)
        anchor.text = line
        br.addnext(anchor)
