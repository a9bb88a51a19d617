from __future__ import annotations

import gzip

import httpx
import pytest

from lagebild.ingest.errors import IngestError
from lagebild.ingest.fetch import fetch_url

PUBLIC_FOR_TESTS = {"harbor-ledger.example": ["93.184.216.34"], "cdn.example": ["93.184.216.35"]}


def resolver(table: dict[str, list[str]]):
    return lambda host: table.get(host, [host])


def client(handler) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(handler))


def test_fetch_pins_the_checked_address_and_keeps_the_host() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, headers={"Content-Type": "text/html; charset=utf-8"}, content=b"<p>Hafen</p>")

    doc = fetch_url("https://harbor-ledger.example/a", client=client(handler), resolve=resolver(PUBLIC_FOR_TESTS))
    assert (doc.data, doc.media_type, doc.meta["charset"]) == (b"<p>Hafen</p>", "text/html", "utf-8")
    assert seen[0].url.host == "93.184.216.34" and seen[0].headers["Host"] == "harbor-ledger.example"
    assert doc.origin_url == "https://harbor-ledger.example/a" and doc.fetched_at


@pytest.mark.parametrize(
    "address",
    ["127.0.0.1", "10.1.2.3", "169.254.169.254", "::1", "fd00::1", "0.0.0.0", "::ffff:192.168.0.1", "203.0.113.10"],
)
def test_internal_and_reserved_addresses_are_refused(address: str) -> None:
    with pytest.raises(IngestError, match="--allow-private"):
        fetch_url(
            "http://intranet.example/",
            client=client(lambda r: httpx.Response(200)),
            resolve=resolver({"intranet.example": [address]}),
        )


def test_allow_private_permits_loopback() -> None:
    doc = fetch_url(
        "http://127.0.0.1:8080/x", allow_private=True, client=client(lambda r: httpx.Response(200, text="Meldung"))
    )
    assert doc.data == b"Meldung"


def test_redirect_into_private_network_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": "http://metadata.internal/latest"})

    table = {**PUBLIC_FOR_TESTS, "metadata.internal": ["169.254.169.254"]}
    with pytest.raises(IngestError, match="169.254.169.254"):
        fetch_url("https://harbor-ledger.example/a", client=client(handler), resolve=resolver(table))


def test_redirect_is_followed_and_recorded() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.headers["Host"] == "harbor-ledger.example":
            return httpx.Response(301, headers={"Location": "https://cdn.example/story"})
        return httpx.Response(200, text="Story")

    doc = fetch_url("https://harbor-ledger.example/a", client=client(handler), resolve=resolver(PUBLIC_FOR_TESTS))
    assert doc.origin_url == "https://cdn.example/story" and doc.source == "https://harbor-ledger.example/a"


def test_redirect_loop_stops() -> None:
    handler = lambda request: httpx.Response(302, headers={"Location": "/again"})  # noqa: E731
    with pytest.raises(IngestError, match="redirects more than 5 times"):
        fetch_url("https://harbor-ledger.example/a", client=client(handler), resolve=resolver(PUBLIC_FOR_TESTS))


def test_size_limit_stops_streaming_even_when_compressed() -> None:
    body = gzip.compress(b"x" * 200_000)
    handler = lambda request: httpx.Response(200, headers={"Content-Encoding": "gzip"}, content=body)  # noqa: E731
    with pytest.raises(IngestError, match="over the 50,000-byte limit"):
        fetch_url(
            "https://harbor-ledger.example/a",
            max_bytes=50_000,
            client=client(handler),
            resolve=resolver(PUBLIC_FOR_TESTS),
        )


def test_timeout_and_http_errors_are_one_line() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("read timed out", request=request)

    with pytest.raises(IngestError, match="timed out fetching"):
        fetch_url("https://harbor-ledger.example/a", client=client(slow), resolve=resolver(PUBLIC_FOR_TESTS))
    with pytest.raises(IngestError, match="answered HTTP 404 Not Found"):
        fetch_url(
            "https://harbor-ledger.example/a",
            client=client(lambda r: httpx.Response(404)),
            resolve=resolver(PUBLIC_FOR_TESTS),
        )


def test_only_http_schemes() -> None:
    with pytest.raises(IngestError, match="only http and https"):
        fetch_url("file:///etc/passwd")
