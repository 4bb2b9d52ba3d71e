"""The REST client against a WooCommerce-shaped shop on loopback: HTTPS only, the faults a shop has, and
messages that never carry the key, the secret or a record (issue 13; R31)."""

from __future__ import annotations

import base64
import ipaddress
import ssl
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from spaceoptics_desk.services.imports.woocommerce.client import (
    ApiKey,
    Reason,
    ShopAddress,
    WooCommerceClient,
    WooCommerceError,
)
from tests.woocommerce_server import (
    KEY,
    SECRET,
    SHOP_CLOCK,
    WooShop,
    fixture_records,
    start_shop,
    woo_shop_fixture,
)

__all__ = ["woo_shop_fixture"]

API_KEY = ApiKey(KEY, SECRET)


class Waits(list[float]):
    """The injected sleep: records how long the client would have waited."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def client_for(shop: WooShop, waits: Waits | None = None, **options: object) -> WooCommerceClient:
    return WooCommerceClient(shop.url, API_KEY, sleep=waits if waits is not None else Waits(), **options)  # type: ignore[arg-type]


def failure(client: WooCommerceClient, endpoint: str = "orders") -> WooCommerceError:
    with pytest.raises(WooCommerceError) as caught:
        client.get(endpoint, {"per_page": 100, "page": 1})
    error = caught.value
    for text in (str(error), repr(error), error.text()):
        assert KEY not in text and SECRET not in text
        assert "jan.vdberg" not in text and "Dorpsstraat" not in text
    return error


def test_a_page_of_records_with_the_pagination_headers(woo_shop: WooShop) -> None:
    page = client_for(woo_shop).get("orders", {"per_page": 2, "page": 1, "orderby": "id", "order": "asc"})
    assert [record["id"] for record in page.records] == [1201, 1202]  # type: ignore[index]
    assert (page.total, page.total_pages) == (3, 2)
    assert page.shop_time == SHOP_CLOCK
    assert woo_shop.requests[0].endpoint == "orders"


def test_the_key_goes_in_a_basic_authorization_header_never_in_the_url(woo_shop: WooShop) -> None:
    client_for(woo_shop).get("customers", {"per_page": 1})
    assert woo_shop.authorizations == ["Basic " + base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()]
    assert all(KEY not in str(request.params) for request in woo_shop.requests)


def test_a_wrong_secret_is_refused_at_once(woo_shop: WooShop) -> None:
    waits = Waits()
    client = WooCommerceClient(woo_shop.url, ApiKey(KEY, "cs_wrong"), sleep=waits)
    error = failure(client)
    assert (error.reason, error.status) == (Reason.CREDENTIALS_REFUSED, 401)
    assert "key or secret is wrong" in error.text()
    assert waits == [] and len(woo_shop.requests) == 1  # no retries


def test_plain_http_to_another_host_is_refused_before_any_connection() -> None:
    with pytest.raises(WooCommerceError) as caught:
        WooCommerceClient("http://example.com", API_KEY)
    assert caught.value.reason is Reason.NOT_HTTPS
    assert "https://" in caught.value.text()


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8080", "http://127.8.9.10", "http://localhost/winkel", "http://[::1]:81"]
)
def test_plain_http_to_this_computer_is_allowed(url: str) -> None:
    assert WooCommerceClient(url, API_KEY).shop.scheme == "http"


@pytest.mark.parametrize(
    "url", ["winkel.example.nl", "ftp://winkel.example.nl", "https://", "https://ck:cs@winkel.nl"]
)
def test_what_is_not_a_shop_address(url: str) -> None:
    with pytest.raises(WooCommerceError) as caught:
        ShopAddress.parse(url)
    assert caught.value.reason is Reason.BAD_ADDRESS


def test_the_address_the_key_is_kept_under() -> None:
    assert ShopAddress.parse("https://Winkel.Example.nl/").display == "https://winkel.example.nl"
    assert (
        ShopAddress.parse("https://winkel.example.nl:8443/shop/").display
        == "https://winkel.example.nl:8443/shop"
    )


def test_a_429_waits_as_long_as_retry_after_says_then_goes_on(woo_shop: WooShop) -> None:
    woo_shop.faults.too_many_requests_once = "7"
    waits = Waits()
    page = client_for(woo_shop, waits).get("orders", {"per_page": 100})
    assert len(page.records) == 3
    assert waits == [7.0]


def test_a_retry_after_date_is_measured_against_the_shops_own_clock_and_capped(woo_shop: WooShop) -> None:
    woo_shop.faults.too_many_requests_once = format_datetime(SHOP_CLOCK + timedelta(seconds=30), usegmt=True)
    waits = Waits()
    client_for(woo_shop, waits).get("orders", {})
    assert waits == [30.0]
    woo_shop.faults.too_many_requests_once = "86400"  # a day: cut to the longest wait
    client_for(woo_shop, waits, longest_wait=60.0).get("orders", {})
    assert waits == [30.0, 60.0]


def test_a_500_on_page_2_once_is_tried_again(woo_shop: WooShop) -> None:
    woo_shop.faults.server_error_once_on_page = 2
    waits = Waits()
    page = client_for(woo_shop, waits).get(
        "orders", {"per_page": 2, "page": 2, "orderby": "id", "order": "asc"}
    )
    assert [record["id"] for record in page.records] == [1203]  # type: ignore[index]
    assert waits == [1.0]


def test_a_500_that_stays_fails_after_a_few_growing_waits(woo_shop: WooShop) -> None:
    woo_shop.faults.server_error_always = True
    waits = Waits()
    error = failure(client_for(woo_shop, waits))
    assert (error.reason, error.status) == (Reason.SERVER_ERROR, 500)
    assert waits == [1.0, 2.0, 4.0]
    assert len(woo_shop.requests) == 4


def test_a_stalled_shop_times_out_with_the_reason(woo_shop: WooShop) -> None:
    woo_shop.faults.stall = True
    error = failure(client_for(woo_shop, timeout=0.2))
    assert error.reason is Reason.TIMEOUT
    assert "0.2 seconds" in error.text()


def test_a_page_that_is_not_json(woo_shop: WooShop) -> None:
    woo_shop.faults.broken_json = True
    assert failure(client_for(woo_shop)).reason is Reason.NOT_JSON


def test_a_page_that_is_not_a_list(woo_shop: WooShop) -> None:
    woo_shop.faults.not_a_list = True
    assert failure(client_for(woo_shop)).reason is Reason.NOT_A_LIST


def test_a_redirect_to_another_host_is_refused_and_not_followed(woo_shop: WooShop) -> None:
    woo_shop.faults.redirect_to = "https://winkel-nieuw.example.net"
    error = failure(client_for(woo_shop))
    assert (error.reason, error.status) == (Reason.REDIRECTED_ELSEWHERE, 302)
    assert "winkel-nieuw.example.net" in error.text()
    assert len(woo_shop.requests) == 1


def test_a_redirect_on_the_same_shop_is_followed(woo_shop: WooShop) -> None:
    woo_shop.faults.redirect_to = woo_shop.url
    woo_shop.on_request = lambda shop, request: (
        setattr(shop.faults, "redirect_to", None) if len(shop.requests) == 2 else None
    )
    assert len(client_for(woo_shop).get("orders", {}).records) == 3
    assert len(woo_shop.requests) == 2


def test_nobody_listening() -> None:
    shop = WooShop([], [])
    running = start_shop(shop)
    url = shop.url
    running.stop()  # the port is free again: nothing answers there
    with pytest.raises(WooCommerceError) as caught:
        WooCommerceClient(url, API_KEY, timeout=2).get("orders", {})
    assert caught.value.reason is Reason.UNREACHABLE


# TLS: a shop on loopback with a self-signed certificate.


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "shop.pem", tmp_path / "shop.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_file, key_file


@pytest.fixture
def tls_shop(certificate: tuple[Path, Path]) -> Iterator[WooShop]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*certificate)
    running = start_shop(WooShop(fixture_records("customers.json"), fixture_records("orders.json")), context)
    yield running.shop
    running.stop()


def test_a_self_signed_certificate_is_refused_with_the_reason(tls_shop: WooShop) -> None:
    assert tls_shop.url.startswith("https://")
    error = failure(client_for(tls_shop, timeout=5))
    assert error.reason is Reason.TLS_CERTIFICATE
    assert "self-signed certificate" in error.text()
    assert tls_shop.requests == []  # the key was never sent


def test_a_certificate_the_computer_trusts_is_accepted(
    tls_shop: WooShop, certificate: tuple[Path, Path]
) -> None:
    trusted = ssl.create_default_context(cafile=str(certificate[0]))
    page = client_for(tls_shop, timeout=5, tls_context=trusted).get(
        "customers", {"orderby": "id", "order": "asc"}
    )
    assert [record["id"] for record in page.records] == [25, 26, 31]  # type: ignore[index]
