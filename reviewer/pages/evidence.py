"""Evidence: screenshots served by hash, and the evidence package of a hit as a download.

A screenshot is looked up by its SHA-256 in the evidence store's content-addressed objects —
never by a path from the request — re-hashed before it is sent (a file changed on disk is
refused, not shown), and sent as ``image/png`` only if it is one.
"""

from __future__ import annotations

import hashlib
import io
import re
import tempfile
import zipfile
from pathlib import Path
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from pipelines.evidence.archive import EvidenceArchive
from pipelines.evidence.package import EvidenceError, export_hit
from reviewer.errors import Conflict, NotFound
from reviewer.web import User, csrf_required, state

__all__ = ["router"]

router = APIRouter()

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_PNG = b"\x89PNG\r\n\x1a\n"


def _screenshot_bytes(root: Path, sha: str) -> bytes:
    path = root / "objects" / sha[:2] / f"{sha}.png"
    try:
        data = path.read_bytes()
    except OSError as e:
        raise NotFound("证据库中没有这张截图") from e
    if hashlib.sha256(data).hexdigest() != sha:
        raise Conflict(
            "截图文件与其哈希不符（可能被改动），已拒绝显示；请运行 adsweep evidence verify"
        )
    if not data.startswith(_PNG):
        raise NotFound("该证据不是 PNG 图片")
    return data


@router.get("/evidence/screenshot/{sha}")
async def screenshot(request: Request, sha: str, user: User) -> Response:
    if not _SHA256.match(sha):
        raise NotFound("截图编号应为 64 位十六进制 SHA-256")
    root = Path(state(request).config.evidence_dir)
    data = await run_in_threadpool(_screenshot_bytes, root, sha)
    return Response(data, media_type="image/png", headers={
        "Cache-Control": "private, max-age=86400, immutable",
        "Content-Disposition": f'inline; filename="{sha[:16]}.png"',
    })  # fmt: skip


def _package(root: Path, hit, operator: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        try:
            res = export_hit(EvidenceArchive(root), hit, Path(tmp), operator=operator)
        except EvidenceError as e:
            raise Conflict(f"无法导出证据包：{e}") from e
        except (OSError, KeyError) as e:
            raise NotFound(f"证据文件不完整，无法导出：{e}") from e
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for p in (res.wacz, res.record, res.sums):
                z.write(p, p.name)
        return buf.getvalue()


@router.post("/hits/{hit_id}/evidence", dependencies=[Depends(csrf_required)])
async def package(request: Request, hit_id: str, user: User) -> Response:
    rv = state(request)
    hit = rv.store.get_hit(hit_id)
    if hit is None:
        raise NotFound(f"命中记录 {hit_id} 不存在")
    root = Path(rv.config.evidence_dir)
    data = await run_in_threadpool(_package, root, hit, user["name"])
    digest = hashlib.sha256(data).hexdigest()
    rv.store.append_audit("evidence_export", actor=user["name"], hit_id=hit_id,
                          detail={"sha256": digest, "bytes": len(data)})  # fmt: skip
    name = f"证据包-{hit_id}.zip"
    return Response(data, media_type="application/zip", headers={
        "Content-Disposition": f"attachment; filename=\"evidence-{hit_id}.zip\"; "
                               f"filename*=UTF-8''{quote(name)}",
        "X-Content-SHA256": digest,
    })  # fmt: skip
