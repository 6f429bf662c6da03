"""Group processing of marked clients (manual: "Групповая обработка": "Максимальное количество
клиентов для единократной обработки – 500")."""
from __future__ import annotations

GROUP_LIMIT = 500
