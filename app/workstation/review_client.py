"""The lead's review calls to the server, Qt-free, over the device's pinned SyncClient (TLS
to the policy's CA only). Every answer is checked for shape before use; a refusal raises the
Sync* error the transport raises (`SyncServerError.code` names it: signature_refused,
signature_totp_required, signature_mismatch, not_found, wrong_role ...).

A signature (`adjudicate`) sends the lead's password, and the TOTP code when the session
has not signed since its login or the last unlock (the Workbench tracks that); its result
is journaled by the Workbench as `review.adjudicated` (ids and hashes only).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any, Final
from urllib.parse import quote, urlencode

from app.core.labels import LabelDraft, LabelVersion
from app.workstation.errors import SyncServerError
from app.workstation.sync import SyncClient

ADJUDICATION_SHARD: Final = "adjudication"  # the shard id the server gives a lead's decision


def _dict(body: Any, key: str) -> Any:
    if not isinstance(body, dict) or key not in body:
        raise SyncServerError("The server's review answer is malformed.")
    return body[key]


class ReviewClient:
    def __init__(self, client: SyncClient) -> None:
        self.client = client

    def _get(self, path: str, **query: Any) -> Any:
        url = f"{path}?{urlencode(query)}" if query else path
        return self.client._check(*self.client._request("GET", url))

    def _post(self, path: str, body: dict[str, Any]) -> Any:
        return self.client._check(*self.client._request("POST", path, json=body))

    def projects(self) -> list[dict[str, Any]]:
        return list(_dict(self._get("/v1/review/projects"), "projects"))

    def queue(self, project_id: str, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        body = self._get("/v1/review/queue", project_id=project_id, limit=limit, offset=offset)
        _dict(body, "items")
        return dict(body)

    def item_layers(self, project_id: str, item_id: str) -> dict[str, Any]:
        path = f"/v1/review/items/{quote(item_id, safe='')}/labels"
        body = self._get(path, project_id=project_id)
        _dict(body, "layers")
        return dict(body)

    def request_review_shard(self, project_id: str, item_ids: Sequence[str]) -> list[str]:
        wanted = {"project_id": project_id, "item_ids": list(item_ids)}
        body = self._post("/v1/review/shards", wanted)
        return [str(s) for s in _dict(body, "shard_ids")]

    def adjudicate(  # noqa: PLR0917 (the contract's positional order)
        self,
        label: LabelVersion,
        meaning: str,
        reason: str | None,
        password: str,
        totp: str | None,
        source_annotation: dict[str, Any] | None,
    ) -> dict[str, Any]:
        """Sign `label`; the server's {"id", "printed_name", "signed_ms", "meaning",
        "label_sha256"}, checked to be bound to this label."""
        body = {
            "label": label.to_json(), "meaning": meaning, "reason": reason,
            "password": password, "totp": totp, "source_annotation": source_annotation,
            "label_sha256": label.label_sha256,
        }  # fmt: skip
        signature = _dict(self._post("/v1/review/adjudications", body), "signature")
        if _dict(signature, "label_sha256") != label.label_sha256:
            raise SyncServerError("The server signed another label than this one; report it.")
        return dict(signature)

    def quality(self, project_id: str) -> dict[str, Any]:
        return dict(self._get("/v1/review/quality", project_id=project_id))

    def quality_csv(self, project_id: str) -> bytes:
        query = urlencode({"project_id": project_id})
        response, content = self.client._request("GET", f"/v1/review/quality.csv?{query}")
        if response.status_code != 200:
            self.client._check(response, content)
        return bytes(content)


def decision_label(draft: LabelDraft, user_id: str, created_ms: int) -> LabelVersion:
    """The lead's adjudicated label version from a draft (a new annotation of the lead's)."""
    return LabelVersion(
        draft.annotation_id or f"adj-{uuid.uuid4().hex}", 1, draft.project_id,
        ADJUDICATION_SHARD, draft.item_id, user_id, draft.kind, draft.value, created_ms,
    )  # fmt: skip
