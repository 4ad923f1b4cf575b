"""The reviewer's pages, one module per page (or per group of small pages).

Each module exposes ``router`` (a FastAPI ``APIRouter``) and may add its menu entry to
:data:`reviewer.web.NAV`. :data:`PAGE_MODULES` is the list ``create_app`` includes, in order;
a room adds its pages by adding its module here (see ``docs/reviewer.md``, "Adding a page").
"""

from __future__ import annotations

__all__ = ["PAGE_MODULES"]

PAGE_MODULES: tuple[str, ...] = (
    "login",
    "dashboard",
    "queue",
    "review",
    "hit",
    "actions",
    "bulk",
    "cases",
    "drafting",
    "notices",
    "stats",
    "rules",
    "audit",
    "evidence",
    "users",
)
