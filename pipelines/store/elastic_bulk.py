"""Search-engine backend: bulk upserts and bulk status changes (``hits triage``, the reviewer).

A mixin of :class:`pipelines.store.elastic.ElasticStore` (Elasticsearch or OpenSearch through
its :class:`~pipelines.store.engine.EngineClient`). Bulk upserts read a batch's stored versions
with one ``mget``, merge in memory (:func:`merge_hit`) and write
with one ``_bulk``: a stored hit at exactly the version read, a new one with ``op_type=create``;
documents are JSON-encoded once, by us. Bulk status changes read with ``mget``, change in memory
with the same history entry a single decision writes, and write back with ``if_seq_no`` /
``if_primary_term`` in one ``_bulk`` stream. Either way a hit another writer changed in between
comes back as a 409 and is retried on its own (a status change is reported instead, when the
caller gave a version). Audit entries are created in the same way, then one refresh makes it all
visible.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from itertools import islice
from typing import Any

from pipelines.errors import ConflictError, StoreError, StoreUnavailable
from pipelines.hit import Hit
from pipelines.items import utcnow
from pipelines.store.base import (
    BulkResult,
    apply_triage,
    merge_hit,
    split_repeats,
    stale_message,
    status_change,
)
from pipelines.store.elastic_mappings import from_doc, hit_source, stamp, unstamp
from pipelines.store.engine import EngineClient, write_block

__all__ = ["ElasticBulk"]

_CHUNK = 500


def _batches(items: Iterable[Hit], size: int) -> Iterator[list[Hit]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


class ElasticBulk:
    """``upsert_hits`` and ``set_status_many`` through ``mget`` and ``_bulk``."""

    client: EngineClient

    def upsert_hits(self, hits: Iterable[Hit], batch: int = 1000) -> int:
        """Bulk upsert, ``batch`` hits per ``mget`` and per ``_bulk`` request.

        While the engine indexes one batch, the next one is read, merged, segmented and encoded
        here: the two sides work at the same time instead of taking turns. Writes still go one
        batch after the other, so a batch the engine refuses stops the ones after it, as a
        plain loop would (a batch read early only costs a lost race: its conditional write
        gets 409 and that hit is merged again on its own).
        """
        n, pending = 0, None
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="adsweep-bulk") as pool:
            for chunk in _batches(hits, batch):
                latest, later = split_repeats(chunk)
                actions = self._upsert_actions(latest)
                if pending is not None:
                    n += self._settle(*pending)
                written = pool.submit(self._bulk_write, actions, len(actions))
                pending = (written, latest, later)
            if pending is not None:
                n += self._settle(*pending)
        return n

    def _upsert_actions(self, latest: dict[str, Hit]) -> list[dict[str, Any]]:
        """mget the stored versions, merge, encode the writes:
        a stored hit is replaced at exactly the version read, a new one created."""
        index = self.alias("hits")
        with self._errors():
            got = self.client.mget(index, list(latest))
        actions = []
        for d in got:
            hid = d["_id"]
            if d.get("found"):
                merged = merge_hit(from_doc(unstamp(d["_source"])), latest[hid])
                actions.append({"_index": index, "_id": hid, "_source": hit_source(merged),
                                "if_seq_no": d["_seq_no"],
                                "if_primary_term": d["_primary_term"]})  # fmt: skip
            else:
                source = hit_source(merge_hit(None, latest[hid]))
                actions.append({"_op_type": "create", "_index": index, "_id": hid,
                                "_source": source})  # fmt: skip
        return actions

    def _settle(self, written: Future[list[str]], latest: dict[str, Hit], later: list[Hit]) -> int:
        """Wait for a batch's write; hits that lost a race are merged again one by one, then
        the batch's repeated pages (see :func:`split_repeats`)."""
        for hid in written.result():
            self.upsert_hit(latest[hid])
        return len(latest) + (self.upsert_hits(later) if later else 0)

    def set_status_many(
        self, hit_ids: Iterable[str], status: str, *, actor: str, note: str = "",
        reason: str = "", expected_versions: dict[str, int] | None = None,
        at: str | None = None,
    ) -> BulkResult:  # fmt: skip
        from pipelines.hit import STATUSES

        if status not in STATUSES:
            raise StoreError(f"unknown status {status!r}; expected one of {', '.join(STATUSES)}")
        at = at or utcnow()
        out, ids = BulkResult(), list(dict.fromkeys(hit_ids))
        for i in range(0, len(ids), _CHUNK):
            self._status_chunk(ids[i : i + _CHUNK], status, actor, note, reason,
                               expected_versions or {}, at, out)  # fmt: skip
        self.refresh()
        return out

    def _status_chunk(
        self, ids: list[str], status: str, actor: str, note: str, reason: str,
        expected: dict[str, int], at: str, out: BulkResult,
    ) -> None:  # fmt: skip
        with self._errors():
            docs = self.client.mget(self.alias("hits"), ids)
        actions, entries = [], {}
        for d in docs:
            hid = d["_id"]
            if not d.get("found"):
                out.missing.append(hid)
                continue
            hit = from_doc(unstamp(d["_source"]))
            if hid in expected and expected[hid] != hit.version:
                out.conflicts[hid] = stale_message(hid, hit.version, expected[hid])
            elif hit.status == status:
                out.unchanged.append(hid)
            else:
                change = status_change(status, note=note, reason=reason, at=at)
                entries[hid] = apply_triage(hit, *change, actor=actor, action="status", at=at)
                actions.append({"_index": self.alias("hits"), "_id": hid,
                                "_source": hit_source(hit), "if_seq_no": d["_seq_no"],
                                "if_primary_term": d["_primary_term"]})  # fmt: skip
        lost = self._bulk_write(actions)
        for hid in lost:  # changed between our read and our write: one careful retry each
            entries.pop(hid, None)
            try:
                self.set_status(hid, status, actor=actor, note=note, reason=reason,
                                expected_version=expected.get(hid), at=at)  # fmt: skip
                out.changed.append(hid)
            except ConflictError as e:
                out.conflicts[hid] = str(e)
        out.changed += list(entries)
        self._bulk_audit(entries, actor, at)

    def _bulk_write(self, actions: list[dict[str, Any]], chunk_size: int = _CHUNK) -> list[str]:
        """Write ``actions`` (``chunk_size`` per request); the ids refused with 409 (another
        writer got there first).

        Every action is tried before anything is raised, so one bad document costs only itself.
        A refusal that passes (429, 5xx, a write block) raises :class:`StoreUnavailable`: the
        caller spools and replays. Any other refusal (a document the mapping cannot take, 400)
        would be refused again on every replay, so it raises :class:`StoreError` naming the
        documents: a spooled record goes aside for a person instead of blocking the spool.
        """
        lost, passing, refused = [], [], []
        with self._errors():
            for ok, info in self.client.bulk(actions, chunk_size=max(1, chunk_size)):
                if ok:
                    continue
                op = next(iter(info.values()))
                status, error = int(op.get("status") or 0), op.get("error")
                if status == 409:
                    lost.append(op["_id"])
                elif status == 429 or status >= 500 or write_block(status, str(error)):
                    passing.append(f"{op.get('_id')}: {error}")
                else:
                    refused.append(f"{op.get('_id')} ({status}): {error}")
        if passing:
            raise StoreUnavailable(
                f"bulk write refused for now: {passing[0]} (+{len(passing) - 1})"
            )
        if refused:
            raise StoreError(
                f"bulk write refused {len(refused)} document(s): {'; '.join(refused[:3])}"
            )
        return lost

    def _bulk_audit(self, entries: dict[str, dict[str, Any]], actor: str, at: str) -> None:
        actions = []
        for hid, entry in entries.items():
            seq = time.time_ns()
            actions.append({"_index": self.alias("audit"), "_op_type": "create",
                            "_id": f"{seq:020d}-{uuid.uuid4().hex[:8]}",
                            "_source": stamp("audit", {"seq": seq, "at": at, "actor": actor,
                                                         "action": "status", "hit_id": hid,
                                                         "detail": entry})})  # fmt: skip
        for _ in range(3):  # a create refused means the id was taken: new ids, write again
            lost = set(self._bulk_write(actions))
            if not lost:
                return
            actions = [{**a, "_id": f"{a['_id'][:20]}-{uuid.uuid4().hex[:8]}"}
                       for a in actions if a["_id"] in lost]  # fmt: skip
        raise StoreUnavailable("audit entries of a bulk change could not be written")
