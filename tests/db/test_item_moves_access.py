"""«Справка о движениях» names each move's document (WH-7): the number comes from WH_DOCS, to
which the access scope applies, so a document of another manager's private client shows
neither its number nor its move to a colleague (manual «Приватные клиенты»)."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import update

from crm_desktop.data.schema import clients
from crm_desktop.domain.fifo import Kind
from crm_desktop.domain.stock_docs import StockLine
from crm_desktop.services import warehouse
from tests.db.sales_setup import make_shop

T0 = datetime(2026, 3, 2, 10, 0)


def _receipt(session, shop, client: str, when: datetime):
    draft = warehouse.new_draft(session, Kind.RECEIPT, now=when)
    draft.client_id = shop.clients[client]
    draft.lines = [StockLine(shop.items["paper"], "paper", "шт", Decimal("5"), Decimal("100"))]
    return warehouse.post(session, warehouse.save(session, draft).id, now=when)


def test_moves_carry_the_number_and_hide_a_colleagues_private_document(db, users, session_of) -> None:
    shop = make_shop(db, session_of, users)
    manager, colleague = session_of("manager"), session_of("manager2")
    private = _receipt(manager, shop, "ООО «Аудит»", T0)
    public = _receipt(colleague, shop, "ИП Сидоров", T0.replace(hour=11))
    with db.begin() as conn:
        conn.execute(update(clients).where(clients.c.id == shop.clients["ООО «Аудит»"])
                     .values(is_private=1, curator_id=users["manager"]))
    paper = shop.items["paper"]

    own = {r["doc_id"]: r["doc_no"] for r in warehouse.item_history(manager, paper)}
    assert own[private.id] == private.doc_no

    seen = warehouse.item_history(colleague, paper)
    assert [(r["doc_id"], r["doc_no"]) for r in seen] == [(public.id, public.doc_no)]
