"""A small client for the WooCommerce REST API v3 (`/wp-json/wc/v3/...`), on the standard library.

The shop's consumer key and secret go in an HTTP Basic `Authorization` header, which WooCommerce accepts
over HTTPS (its docs: "HTTP Basic Auth ... over SSL"). The other way it offers, the key and secret in the
query string, is not used: a URL ends up in the web server's access log. Over plain HTTP WooCommerce wants
OAuth 1.0a signatures instead; this client does not speak plain HTTP to a shop at all:

- HTTPS only (R31: customer data crosses the internet), except to this computer (127.0.0.0/8, ::1,
  localhost), so the tests' server and a local proxy work. An `http://` address elsewhere is refused
  before any connection is made.
- A redirect to another host is refused, never followed: the key would go along to that host.
- A certificate that cannot be verified is refused, with OpenSSL's reason ("self-signed certificate").
- 429: waits as long as `Retry-After` says (seconds or an HTTP date, capped), then tries again a few
  times; 500/502/503/504: a few tries with a growing wait; 401/403 fail at once.
- Every failure is one `WooCommerceError` with a reason code and a sentence for the owner. Neither
  carries the key, the secret or anything of a record (the shop's address and an HTTP status do).

The waiting is done by `sleep`, a parameter: tests pass one that records the waits.
"""

from __future__ import annotations

import base64
import http.client
import ipaddress
import json
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from enum import StrEnum
from urllib.parse import urlencode, urljoin, urlsplit

from spaceoptics_desk.errors import QT_TRANSLATE_NOOP, KnownError

API_PATH = "/wp-json/wc/v3/"
DEFAULT_TIMEOUT = 20.0  # seconds, for connecting and for each read
PER_PAGE = 100  # the most WooCommerce gives per page
ATTEMPTS = 4  # tries for one page when the shop is busy (429) or failing (5xx)
LONGEST_WAIT = 60.0  # seconds: a longer Retry-After is cut to this
LARGEST_PAGE = 64 * 1024 * 1024  # bytes; 100 orders are well under 1 MB
_RETRY_STATUSES = {500, 502, 503, 504}
_REDIRECT_STATUSES = {301, 302, 303, 307, 308}
_MOST_REDIRECTS = 3
_FIRST_BACKOFF = 1.0  # seconds, doubled on every further try


class Reason(StrEnum):
    """Why a request to the shop failed (for the sync report and `--json`)."""

    BAD_ADDRESS = "bad_address"
    NOT_HTTPS = "not_https"
    CREDENTIALS_REFUSED = "credentials_refused"  # 401/403: key or secret wrong, or no read rights
    NO_API = "no_api"  # 404: no WooCommerce REST API at this address
    REDIRECTED_ELSEWHERE = "redirected_elsewhere"
    TLS_CERTIFICATE = "tls_certificate"
    TLS_FAILED = "tls_failed"
    TIMEOUT = "timeout"
    UNREACHABLE = "unreachable"
    RATE_LIMITED = "rate_limited"  # still 429 after the waits
    SERVER_ERROR = "server_error"  # still 5xx after the waits
    UNEXPECTED_STATUS = "unexpected_status"
    NOT_JSON = "not_json"
    NOT_A_LIST = "not_a_list"
    PAGE_TOO_LARGE = "page_too_large"
    KEPT_CHANGING = "kept_changing"  # the shop changed faster than a sync could read it (sync.py)


class WooCommerceError(KnownError):
    """The shop could not be read; nothing of the failed page was used.

    Attributes:
        reason: what went wrong, as a code.
        status: the HTTP status when the shop answered with one, else None.
    """

    def __init__(
        self, message: str, reason: Reason, http_status: int | None = None, **params: object
    ) -> None:
        super().__init__(message, **params)
        self.reason = reason
        self.status = http_status


@dataclass(frozen=True)
class ApiKey:
    """A WooCommerce REST API key (WooCommerce > Settings > Advanced > REST API; Read is enough)."""

    key: str
    secret: str = field(repr=False)


@dataclass(frozen=True)
class ShopAddress:
    """Where the shop is: `https://host[:port][/path-to-wordpress]`."""

    scheme: str
    host: str
    port: int
    base_path: str  # "" or "/winkel" when WordPress lives in a folder

    @classmethod
    def parse(cls, url: str) -> ShopAddress:
        """The shop's address, or a WooCommerceError (BAD_ADDRESS, NOT_HTTPS) without connecting."""
        try:
            parts = urlsplit(url.strip())
            port = parts.port
        except ValueError:
            raise _bad_address() from None
        host = (parts.hostname or "").lower()
        if parts.scheme not in ("https", "http") or not host or parts.username or parts.password:
            raise _bad_address()
        if parts.scheme == "http" and not is_loopback(host):
            raise WooCommerceError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The shop's address must start with https:// ({host}): customer data may not cross the "
                    "internet unencrypted. Only an address on this computer may use http://.",
                ),
                Reason.NOT_HTTPS,
                host=host,
            )
        default_port = 443 if parts.scheme == "https" else 80
        return cls(parts.scheme, host, port or default_port, parts.path.rstrip("/"))

    @property
    def origin(self) -> str:
        """scheme://host:port, for resolving a redirect's Location."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}"

    @property
    def display(self) -> str:
        """The address as the owner would write it (also the key under which the API key is kept)."""
        default_port = 443 if self.scheme == "https" else 80
        host = f"[{self.host}]" if ":" in self.host else self.host
        port = "" if self.port == default_port else f":{self.port}"
        return f"{self.scheme}://{host}{port}{self.base_path}"


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 or localhost: this computer, where plain HTTP crosses no network."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class Page:
    """One page of a collection.

    Attributes:
        records: the JSON objects as they came (records.py reads them one by one).
        total: `X-WP-Total`, the number of records the query matches; None when the header is missing.
        total_pages: `X-WP-TotalPages`.
        shop_time: the shop's clock when it answered (the `Date` header), in UTC; None without one.
    """

    records: list[object]
    total: int | None
    total_pages: int | None
    shop_time: datetime | None


@dataclass(frozen=True)
class _Answer:
    status: int
    headers: http.client.HTTPMessage
    body: bytes


class WooCommerceClient:
    """Reads collections of one shop's REST API.

    Attributes:
        shop: the shop's address (checked when the client is made).
        requests: how many HTTP requests were sent (for the sync report).
    """

    def __init__(
        self,
        shop_url: str,
        api_key: ApiKey,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        sleep: Callable[[float], None] = time.sleep,
        attempts: int = ATTEMPTS,
        longest_wait: float = LONGEST_WAIT,
        tls_context: ssl.SSLContext | None = None,
    ) -> None:
        self.shop = ShopAddress.parse(shop_url)
        self._authorization = "Basic " + base64.b64encode(f"{api_key.key}:{api_key.secret}".encode()).decode()
        self._timeout = timeout
        self._sleep = sleep
        self._attempts = max(1, attempts)
        self._longest_wait = longest_wait
        self._tls_context = tls_context or ssl.create_default_context()
        self.requests = 0

    def get(self, endpoint: str, params: Mapping[str, str | int]) -> Page:
        """GET `/wp-json/wc/v3/<endpoint>?<params>`: a page of records, or a WooCommerceError."""
        target = f"{self.shop.base_path}{API_PATH}{endpoint}"
        if params:
            target += "?" + urlencode({name: str(value) for name, value in params.items()})
        for attempt in range(1, self._attempts + 1):
            answer = self._follow_redirects(target)
            if answer.status == 200:
                return self._page(answer)
            last = attempt == self._attempts
            if answer.status in (401, 403):
                raise WooCommerceError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The shop {host} refused the API key: the key or secret is wrong, or the key has no "
                        "read rights. Make a new key with Read access in WooCommerce (Settings, Advanced, "
                        "REST API).",
                    ),
                    Reason.CREDENTIALS_REFUSED,
                    answer.status,
                    host=self.shop.host,
                )
            if answer.status == 404:
                raise WooCommerceError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "There is no WooCommerce REST API at {address}. Check the shop's address, and that "
                        "WordPress's permalinks are not set to 'Plain'.",
                    ),
                    Reason.NO_API,
                    answer.status,
                    address=self.shop.display,
                )
            if answer.status == 429:
                if last:
                    raise WooCommerceError(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "The shop {host} kept asking to wait (too many requests). Try again later; "
                            "nothing was skipped.",
                        ),
                        Reason.RATE_LIMITED,
                        answer.status,
                        host=self.shop.host,
                    )
                self._sleep(self._retry_after(answer, attempt))
                continue
            if answer.status in _RETRY_STATUSES:
                if last:
                    raise WooCommerceError(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "The shop {host} has a problem of its own (HTTP {status}) and kept failing. Try "
                            "again later; nothing was skipped.",
                        ),
                        Reason.SERVER_ERROR,
                        answer.status,
                        host=self.shop.host,
                        status=answer.status,
                    )
                self._sleep(self._retry_after(answer, attempt))
                continue
            raise WooCommerceError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The shop {host} answered with HTTP {status}, which the app does not expect. Check that "
                    "WooCommerce is up to date.",
                ),
                Reason.UNEXPECTED_STATUS,
                answer.status,
                host=self.shop.host,
                status=answer.status,
            )
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _retry_after(self, answer: _Answer, attempt: int) -> float:
        """Seconds to wait: what Retry-After says (seconds, or an HTTP date measured against the shop's
        own Date header), else a growing wait; never more than `longest_wait`."""
        wait: float = _FIRST_BACKOFF * 2.0 ** (attempt - 1)
        value = str(answer.headers.get("Retry-After") or "").strip()
        if value.isdigit():
            wait = float(value)
        elif value:
            moment, now = _http_date(value), _http_date(str(answer.headers.get("Date") or ""))
            if moment is not None and now is not None:
                wait = max(0.0, (moment - now).total_seconds())
        return min(wait, self._longest_wait)

    def _follow_redirects(self, target: str) -> _Answer:
        """Follows a redirect on the same host and scheme (a trailing slash, a moved folder); refuses one
        to another host, where the Authorization header must not go."""
        for _ in range(_MOST_REDIRECTS + 1):
            answer = self._request(target)
            if answer.status not in _REDIRECT_STATUSES:
                return answer
            location = urljoin(
                f"{self.shop.origin}{target}",
                answer.headers.get("Location") or "",
            )
            parts = urlsplit(location)
            try:
                port = parts.port or (443 if parts.scheme == "https" else 80)
            except ValueError:
                port = -1
            same_place = (parts.scheme, (parts.hostname or "").lower(), port) == (
                self.shop.scheme,
                self.shop.host,
                self.shop.port,
            )
            if not same_place:
                raise WooCommerceError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The shop {host} sent the app on to another address ({elsewhere}). The API key is "
                        "not sent there: enter the address the shop really lives at.",
                    ),
                    Reason.REDIRECTED_ELSEWHERE,
                    answer.status,
                    host=self.shop.host,
                    elsewhere=f"{parts.scheme}://{parts.hostname or ''}",
                )
            target = parts.path + (f"?{parts.query}" if parts.query else "")
        raise WooCommerceError(
            QT_TRANSLATE_NOOP("errors", "The shop {host} keeps redirecting the app; nothing was read."),
            Reason.REDIRECTED_ELSEWHERE,
            host=self.shop.host,
        )

    def _request(self, target: str) -> _Answer:
        connection: http.client.HTTPConnection
        if self.shop.scheme == "https":
            connection = http.client.HTTPSConnection(
                self.shop.host, self.shop.port, timeout=self._timeout, context=self._tls_context
            )
        else:
            connection = http.client.HTTPConnection(self.shop.host, self.shop.port, timeout=self._timeout)
        self.requests += 1
        try:
            connection.request(
                "GET",
                target,
                headers={
                    "Authorization": self._authorization,
                    "Accept": "application/json",
                    "User-Agent": "SpaceOptics-Desk",
                },
            )
            response = connection.getresponse()
            body = response.read(LARGEST_PAGE + 1)
            return _Answer(response.status, response.headers, body)
        except ssl.SSLCertVerificationError as error:
            raise WooCommerceError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The certificate of {host} could not be verified ({detail}), so the connection was not "
                    "trusted. Nothing was read.",
                ),
                Reason.TLS_CERTIFICATE,
                host=self.shop.host,
                detail=error.verify_message or "unknown",
            ) from None
        except ssl.SSLError:
            raise WooCommerceError(
                QT_TRANSLATE_NOOP(
                    "errors", "No secure connection to {host} could be made. Nothing was read."
                ),
                Reason.TLS_FAILED,
                host=self.shop.host,
            ) from None
        except TimeoutError:
            raise WooCommerceError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The shop {host} did not answer within {seconds} seconds. Try again later; nothing was "
                    "skipped.",
                ),
                Reason.TIMEOUT,
                host=self.shop.host,
                seconds=f"{self._timeout:g}",
            ) from None
        except (OSError, http.client.HTTPException):
            raise WooCommerceError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The shop {host} could not be reached, or broke off the connection. Check the address "
                    "and the internet connection.",
                ),
                Reason.UNREACHABLE,
                host=self.shop.host,
            ) from None
        finally:
            connection.close()

    def _page(self, answer: _Answer) -> Page:
        if len(answer.body) > LARGEST_PAGE:
            raise WooCommerceError(
                QT_TRANSLATE_NOOP(
                    "errors", "The shop {host} sent a page far larger than expected; it was not read."
                ),
                Reason.PAGE_TOO_LARGE,
                answer.status,
                host=self.shop.host,
            )
        try:
            records = json.loads(answer.body.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise WooCommerceError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The shop {host} sent a page that is not JSON (perhaps a plugin's error page). "
                    "Nothing of it was used.",
                ),
                Reason.NOT_JSON,
                answer.status,
                host=self.shop.host,
            ) from None
        if not isinstance(records, list):
            raise WooCommerceError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The shop {host} sent a page that is not a list of records. Nothing of it was used.",
                ),
                Reason.NOT_A_LIST,
                answer.status,
                host=self.shop.host,
            )
        return Page(
            records=records,
            total=_count(answer.headers.get("X-WP-Total")),
            total_pages=_count(answer.headers.get("X-WP-TotalPages")),
            shop_time=_http_date(str(answer.headers.get("Date") or "")),
        )


def _bad_address() -> WooCommerceError:
    return WooCommerceError(
        QT_TRANSLATE_NOOP("errors", "This is not a web address of a shop (such as https://www.example.nl)."),
        Reason.BAD_ADDRESS,
    )


def _count(value: str | None) -> int | None:
    text = (value or "").strip()
    return int(text) if text.isdigit() else None


def _http_date(value: str) -> datetime | None:
    try:
        moment = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
