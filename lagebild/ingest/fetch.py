"""Download one page for `--fetch`, safely: no internal addresses, bounded size and time.

The host is resolved first and every address checked, then the request goes to the checked address
(with the original Host header and TLS server name), so a second DNS answer cannot swap in an internal
address between check and connect. Redirects are followed by hand so each hop gets the same check.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx

from lagebild.ingest.errors import IngestError
from lagebild.records import RawDocument

Resolver = Callable[[str], list[str]]
USER_AGENT = "lagebild/0.1 (+https://github.com/lagebild/lagebild)"
MAX_REDIRECTS = 5


def resolve_host(host: str) -> list[str]:
    """All addresses `host` resolves to, in the resolver's order."""
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise IngestError(f"cannot resolve host {host!r}: {exc}") from exc
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _forbidden(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


def _checked_address(url: httpx.URL, allow_private: bool, resolve: Resolver) -> str:
    if url.scheme not in ("http", "https"):
        raise IngestError(f"refusing to fetch {url}: only http and https URLs are fetched")
    host = url.raw_host.decode("ascii")
    if not host:
        raise IngestError(f"refusing to fetch {url}: the URL has no host")
    addresses = resolve(host)
    if not addresses:
        raise IngestError(f"cannot resolve host {host!r}")
    if not allow_private:
        for address in addresses:
            if _forbidden(address):
                raise IngestError(
                    f"refusing to fetch {url}: {host} resolves to {address}, a private, loopback, link-local "
                    "or reserved address; pass --allow-private if this is intended"
                )
    return addresses[0]


def _read_capped(response: httpx.Response, url: str, max_bytes: int, deadline: float) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise IngestError(f"{url} is {int(declared):,} bytes, over the {max_bytes:,}-byte limit; raise --max-bytes")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():  # decoded bytes, so a gzip bomb counts at its real size
        size += len(chunk)
        if size > max_bytes:
            raise IngestError(f"{url} is over the {max_bytes:,}-byte limit; stopped reading; raise --max-bytes")
        if time.monotonic() > deadline:
            raise IngestError(f"{url} took too long to download; stopped reading")
        chunks.append(chunk)
    return b"".join(chunks)


def _document(response: httpx.Response, data: bytes, url: str, final_url: str) -> RawDocument:
    content_type = response.headers.get("Content-Type", "")
    media_type = content_type.split(";", 1)[0].strip().lower() or "application/octet-stream"
    meta: dict[str, Any] = {"url": final_url, "charset": response.charset_encoding}
    return RawDocument(
        data=data,
        media_type=media_type,
        source=url,
        origin_url=final_url,
        fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
        meta={key: value for key, value in meta.items() if value},
    )


def fetch_url(
    url: str,
    *,
    allow_private: bool = False,
    timeout: float = 10.0,
    max_bytes: int = 50_000_000,
    total_timeout: float = 60.0,
    client: httpx.Client | None = None,
    resolve: Resolver = resolve_host,
) -> RawDocument:
    """Fetch `url` into a RawDocument; raises IngestError with a one-line reason on any problem.

    `timeout` bounds each network operation, `total_timeout` the whole download (a server dripping one
    byte per second never trips a per-read timeout). `client` and `resolve` exist for tests.
    """
    own_client = client is None
    http = client or httpx.Client(timeout=timeout, follow_redirects=False)
    deadline = time.monotonic() + total_timeout
    current = httpx.URL(url)
    try:
        for _ in range(MAX_REDIRECTS + 1):
            address = _checked_address(current, allow_private, resolve)
            request = http.build_request(
                "GET",
                current.copy_with(host=address),
                headers={"Host": current.netloc.decode("ascii"), "User-Agent": USER_AGENT},
                extensions={
                    "sni_hostname": current.raw_host.decode("ascii"),
                    "timeout": httpx.Timeout(timeout).as_dict(),
                },
            )
            response = http.send(request, stream=True)
            try:
                if response.is_redirect:
                    current = current.join(response.headers.get("Location", ""))
                    continue
                if response.status_code >= 400:
                    raise IngestError(f"{current} answered HTTP {response.status_code} {response.reason_phrase}")
                data = _read_capped(response, str(current), max_bytes, deadline)
                return _document(response, data, url, str(current))
            finally:
                response.close()
        raise IngestError(f"{url} redirects more than {MAX_REDIRECTS} times")
    except httpx.TimeoutException as exc:
        raise IngestError(f"timed out fetching {current} ({type(exc).__name__}, limit {timeout:g} s)") from exc
    except httpx.HTTPError as exc:
        raise IngestError(f"cannot fetch {current}: {type(exc).__name__}: {exc}") from exc
    finally:
        if own_client:
            http.close()
