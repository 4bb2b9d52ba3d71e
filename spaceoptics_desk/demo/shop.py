"""A demo shop full of believable, entirely invented Dutch customers, for trying the app and benchmarks.

The same seed and moment give the same database, row for row: names, streets and cities come from
Faker's nl_NL lists, everything else from one `random.Random(seed)`. Rows are written in large batches
with explicit ids (200,000 customers and a million orders take about a minute), and the search index
is built once at the end, all in one transaction.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from faker import Faker
from sqlalchemy import Connection, func, insert, select
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.clock import AMSTERDAM, Clock
from spaceoptics_desk.domain.folding import fold
from spaceoptics_desk.domain.names import display_name, split_prefix
from spaceoptics_desk.domain.permissions import Role
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.services.errors import Conflict, InvalidInput
from spaceoptics_desk.services.staff import ensure_staff
from spaceoptics_desk.services.typed_input import checked_count, checked_day
from spaceoptics_desk.store.bulk_insert import ids_given
from spaceoptics_desk.store.database import DatabaseAccess
from spaceoptics_desk.store.models import (
    Address,
    ConsentEvent,
    ConsentWording,
    Customer,
    Invoice,
    LegalHold,
    Order,
    OrderLine,
    Payment,
    PortalAccount,
    Purpose,
    Recipient,
    Request,
    RequestRight,
    ReturnRepair,
    ServiceContact,
    Shipment,
)
from spaceoptics_desk.store.search import rebuild_search_index

MAX_CUSTOMERS = 1_000_000
_BATCH_CUSTOMERS = 2_000
_HISTORY_DAYS = 10 * 365
_MAIL_DOMAINS = ("gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "xs4all.nl", "live.nl")
_AREA_CODES = ("344", "345", "30", "20", "10", "70", "24", "26", "418", "488", "73", "40")
# Accented names Faker rarely draws; staff must find "Zoë" by typing "zoe".
_EXTRA_FIRST_NAMES = ("Zoë", "Chloë", "Noël", "Anaïs", "Loïs", "Daniëlle", "Inés", "Łukasz", "Björn", "Gödel")
_COMPANY_KINDS = ("Sterrenwacht", "Volkssterrenwacht", "Natuurcentrum", "Optiek", "Scouting", "Stichting")
# (code, description, unit price in cents, VAT %): telescopes and accessories 21%, books 9%.
_CATALOGUE = (
    ("TEL-DOB-200", "Dobson telescope 200/1200", 59900, 21),
    ("TEL-REF-102", "Refractor 102/660 ED", 89900, 21),
    ("TEL-SCT-8", "Schmidt-Cassegrain 8 inch", 189900, 21),
    ("BIN-1050", "Binoculars 10x50", 14900, 21),
    ("BIN-1570", "Binoculars 15x70", 21900, 21),
    ("EYE-25", "Eyepiece 25 mm Plössl", 3900, 21),
    ("EYE-9", "Eyepiece 9 mm wide field", 8900, 21),
    ("FLT-SUN", "Solar filter film A4", 2900, 21),
    ("FLT-UHC", "UHC nebula filter", 7900, 21),
    ("MNT-EQ5", "Equatorial mount EQ5", 49900, 21),
    ("BK-ATLAS", "Star atlas (book)", 3450, 9),
    ("BK-TURN", "Turn Left at Orion (book)", 2995, 9),
    ("MAP-PLAN", "Rotating star map", 1495, 21),
)


@dataclass(frozen=True)
class DemoSummary:
    """What was made; `busiest_customer` has the most orders (the benchmark opens it)."""

    customers: int
    orders: int
    busiest_customer: str | None


@dataclass
class _Ids:
    """The next free id per table: ids are given explicitly so a batch needs no round trips."""

    address: int = 1
    order: int = 1
    line: int = 1
    invoice: int = 1
    payment: int = 1
    shipment: int = 1
    return_repair: int = 1
    contact: int = 1
    portal: int = 1
    consent: int = 1
    request: int = 1
    hold: int = 1


class _Rows:
    """Rows waiting to be written, per table."""

    def __init__(self) -> None:
        self.by_table: dict[Any, list[dict[str, Any]]] = {}

    def add(self, model: Any, **row: Any) -> None:
        self.by_table.setdefault(model.__table__, []).append(row)

    def write(self, connection: Connection) -> None:
        # Parents before children (the table order of the models' metadata).
        for table in sorted(self.by_table, key=lambda t: _TABLE_ORDER.index(t)):
            connection.execute(insert(table), self.by_table[table])
            ids_given(connection, table)  # the rows carry their ids (a server's sequence moves on)
        self.by_table.clear()


_TABLE_ORDER = [
    m.__table__
    for m in (
        Customer,
        Address,
        PortalAccount,
        Order,
        OrderLine,
        Invoice,
        Payment,
        Shipment,
        ReturnRepair,
        ServiceContact,
        ConsentEvent,
        Request,
        RequestRight,
        LegalHold,
    )
]


@dataclass(frozen=True)
class _Reference:
    staff_ids: dict[str, int]
    purpose_ids: dict[str, int]
    wording_ids: dict[int, int]  # purpose id -> first wording id
    recipient_ids: dict[str, int]


class _Generator:
    def __init__(self, seed: int, now: datetime, reference: _Reference, busiest_orders: int) -> None:
        self.rng = random.Random(seed)
        self.now = now
        self.ref = reference
        self.busiest_orders = busiest_orders
        self.ids = _Ids()
        self.order_sequence: dict[int, int] = {}
        self.emails: set[str] = set()
        faker = Faker("nl_NL")
        faker.seed_instance(seed)
        self.first_names = [faker.first_name() for _ in range(600)] + list(_EXTRA_FIRST_NAMES)
        self.last_names = [faker.last_name() for _ in range(1500)]
        self.streets = [faker.street_name() for _ in range(1500)]
        self.cities = [faker.city() for _ in range(400)] + ["Maurik", "Tiel", "Culemborg", "Buren"]
        self.orders_made = 0
        self.busiest: tuple[int, str] | None = None

    # --- small pieces -------------------------------------------------------------------------------
    def moment_between(self, start: datetime, end: datetime) -> datetime:
        span = max((end - start).total_seconds(), 1.0)
        return start + timedelta(seconds=self.rng.uniform(0, span))

    def shop_hours(self, moment: datetime) -> datetime:
        """The same day between 07:00 and 23:00 Dutch time: people rarely order at four in the morning."""
        local = moment.astimezone(AMSTERDAM)
        start = local.replace(hour=7, minute=0, second=0, microsecond=0)
        shifted = start + timedelta(seconds=self.rng.uniform(0, 16 * 3600))
        return min(shifted.astimezone(UTC), self.now)

    def mobile(self) -> str:
        return f"+316{self.rng.randrange(10_000_000, 100_000_000)}"

    def landline(self) -> str:
        area = self.rng.choice(_AREA_CODES)
        digits = 9 - len(area)
        return f"+31{area}{self.rng.randrange(10 ** (digits - 1), 10**digits)}"

    def postcode(self) -> str:
        letters = "ABCDEFGHJKLMNPRTVWXZ"
        while True:
            pair = self.rng.choice(letters) + self.rng.choice(letters)
            if pair not in ("SA", "SD", "SS"):
                return f"{self.rng.randrange(1000, 10000)}{pair}"

    def email(self, first: str, prefix: str, last: str) -> str:
        local = ".".join(part for part in (fold(first), fold(prefix + last).replace(" ", "")) if part)
        local = "".join(ch for ch in local if ch.isalnum() or ch == ".")
        address = f"{local}@{self.rng.choice(_MAIL_DOMAINS)}"
        number = 1
        while address in self.emails:
            number += 1
            address = f"{local}{number}@{address.partition('@')[2]}"
        self.emails.add(address)
        return address

    def order_number(self, moment: datetime) -> str:
        sequence = self.order_sequence.get(moment.year, 0) + 1
        self.order_sequence[moment.year] = sequence
        return f"{moment.year}-{sequence:06d}"

    # --- one customer ------------------------------------------------------------------------------
    def customer(self, rows: _Rows, customer_id: int, index: int) -> None:
        rng = self.rng
        business = rng.random() < 0.15
        first = rng.choice(self.first_names)
        prefix, last = split_prefix(rng.choice(self.last_names))
        company = f"{rng.choice(_COMPANY_KINDS)} {rng.choice(self.cities)}" if business else None
        email = self.email(first, prefix, last) if rng.random() < 0.97 else None
        created = self.now - timedelta(days=rng.uniform(14, _HISTORY_DAYS))
        source = rng.choices(("webshop", "phone", "counter", "import"), (75, 10, 10, 5))[0]
        street, number, city, postcode = (
            rng.choice(self.streets),
            str(rng.randrange(1, 250)),
            rng.choice(self.cities),
            self.postcode(),
        )
        rows.add(
            Customer,
            id=customer_id,
            customer_number=f"K{100000 + index}",
            kind="business" if business else "private",
            first_name=first,
            name_prefix=prefix,
            last_name=last,
            company_name=company,
            vat_number=f"NL{rng.randrange(10**8, 10**9)}B01" if business else None,
            kvk_number=str(rng.randrange(10**7, 10**8)) if business else None,
            email=email,
            phone=self.landline() if rng.random() < 0.35 else None,
            mobile=self.mobile() if rng.random() < 0.75 else None,
            language="en" if rng.random() < 0.08 else "nl",
            source=source,
            notes=None,
            created_at=created,
            restricted_at=self.now - timedelta(days=rng.uniform(1, 60)) if rng.random() < 0.002 else None,
        )
        suffix = rng.choice(("", "", "", "", "A", "B", "bis"))
        self.address(rows, customer_id, "billing", street, number, suffix, postcode, city)
        if rng.random() < 0.2:
            self.address(
                rows, customer_id, "delivery", rng.choice(self.streets), str(rng.randrange(1, 250)), "",
                self.postcode(), rng.choice(self.cities),
            )  # fmt: skip
        name = display_name(first, prefix, last)
        billing = f"{street} {number}{suffix}, {postcode[:4]} {postcode[4:]} {city}"
        order_count = round(rng.expovariate(1 / 5.05))  # about a million orders for 200,000 customers
        if index == 0 and self.busiest_orders:
            order_count = self.busiest_orders
            self.busiest = (order_count, f"K{100000 + index}")
        order_moments = sorted(
            self.shop_hours(self.moment_between(created, self.now)) for _ in range(order_count)
        )
        for moment in order_moments:
            self.order(rows, customer_id, moment, company or name, billing, business)
        if email and source == "webshop" and rng.random() < 0.6:
            rows.add(
                PortalAccount,
                id=self.ids.portal,
                customer_id=customer_id,
                login_name=email,
                created_at=created,
                last_login_at=self.moment_between(created, self.now) if rng.random() < 0.9 else None,
            )
            self.ids.portal += 1
        self.service_contacts(rows, customer_id, created)
        if email:
            self.consents(rows, customer_id, created, bool(order_moments))
        self.requests_and_holds(rows, customer_id, created)

    def address(self, rows: _Rows, customer_id: int, kind: str, *fields: str) -> None:
        street, number, suffix, postcode, city = fields
        rows.add(
            Address,
            id=self.ids.address,
            customer_id=customer_id,
            kind=kind,
            street=street,
            house_number=number,
            house_number_suffix=suffix,
            postcode=postcode,
            city=city,
            country="NL",
        )
        self.ids.address += 1

    def order(
        self, rows: _Rows, customer_id: int, moment: datetime, name: str, address: str, business: bool
    ) -> None:
        rng, ids = self.rng, self.ids
        order_id = ids.order
        ids.order += 1
        self.orders_made += 1
        channel = rng.choices(("webshop", "phone", "counter"), (85, 8, 7))[0]
        age = self.now - moment
        if rng.random() < 0.03:
            status = "cancelled"
        elif age < timedelta(days=2):
            status = rng.choice(("open", "paid"))
        elif age < timedelta(days=5):
            status = "shipped" if channel != "counter" else "delivered"
        else:
            status = "delivered"
        lines = [rng.choice(_CATALOGUE) for _ in range(rng.choice((1, 1, 1, 2, 2, 3)))]
        total = 0
        vat = 0
        for code, description, price, rate in lines:
            quantity = rng.choice((1, 1, 1, 2))
            rows.add(
                OrderLine,
                id=ids.line,
                order_id=order_id,
                product_code=code,
                description=description,
                quantity=quantity,
                unit_price_cents=price,
                vat_rate_percent=rate,
            )
            ids.line += 1
            total += price * quantity
            vat += round(price * quantity * rate / (100 + rate))
        shipped = channel != "counter"
        rows.add(
            Order,
            id=order_id,
            order_number=self.order_number(moment),
            customer_id=customer_id,
            ordered_at=moment,
            channel=channel,
            status=status,
            total_cents=total,
            currency="EUR",
            delivery_name=name if shipped else None,
            delivery_address=address if shipped else None,
        )
        if status in ("open", "cancelled"):
            return
        paid_at = moment + timedelta(minutes=rng.uniform(1, 90))
        self.invoice_and_payment(rows, order_id, paid_at, total, vat, name, address, business, channel)
        if shipped and status in ("shipped", "delivered"):
            carrier = "postnl" if rng.random() < 0.8 else "dhl"
            shipped_at = paid_at + timedelta(hours=rng.uniform(4, 48))
            rows.add(
                Shipment,
                id=ids.shipment,
                order_id=order_id,
                carrier_id=self.ref.recipient_ids[carrier],
                tracking_code=f"3S{rng.randrange(10**12, 10**13)}",
                shipped_at=shipped_at,
                delivered_at=shipped_at + timedelta(days=rng.uniform(1, 3))
                if status == "delivered"
                else None,
            )
            ids.shipment += 1
        if status == "delivered" and rng.random() < 0.04:
            opened = moment + timedelta(days=rng.uniform(3, 60))
            done = opened + timedelta(days=rng.uniform(5, 30))
            closed = done if done < self.now else None
            rows.add(
                ReturnRepair,
                id=ids.return_repair,
                customer_id=customer_id,
                order_id=order_id,
                kind=rng.choice(("return", "repair")),
                opened_at=min(opened, self.now),
                closed_at=closed,
                status="closed" if closed else "in_progress",
                description=rng.choice(("Collimation off", "Wrong eyepiece size", "Focuser stiff", None)),
            )
            ids.return_repair += 1

    def invoice_and_payment(
        self,
        rows: _Rows,
        order_id: int,
        paid_at: datetime,
        total: int,
        vat: int,
        name: str,
        address: str,
        business: bool,
        channel: str,
    ) -> None:
        rng, ids = self.rng, self.ids
        rows.add(
            Invoice,
            id=ids.invoice,
            invoice_number=f"F{paid_at.year}-{ids.invoice:07d}",
            order_id=order_id,
            issued_on=paid_at.date(),
            total_cents=total,
            vat_cents=vat,
            billing_name=name,
            billing_address=address,
            vat_number=None if not business else f"NL{rng.randrange(10**8, 10**9)}B01",
        )
        ids.invoice += 1
        if channel == "counter":
            method = rng.choice(("pin", "pin", "cash"))
        else:
            method = rng.choices(("ideal", "creditcard", "paypal", "banktransfer"), (60, 10, 15, 15))[0]
        provider = {"ideal": "mollie", "creditcard": "mollie", "paypal": "paypal"}.get(method)
        rows.add(
            Payment,
            id=ids.payment,
            order_id=order_id,
            paid_at=paid_at,
            amount_cents=total,
            method=method,
            provider_id=self.ref.recipient_ids[provider] if provider else None,
            provider_reference=f"tr_{rng.randrange(16**9, 16**10):x}" if provider else None,
            account_holder=name if method in ("ideal", "banktransfer") else None,
            iban_last4=f"{rng.randrange(10**4):04d}" if method in ("ideal", "banktransfer") else None,
        )
        ids.payment += 1

    def service_contacts(self, rows: _Rows, customer_id: int, created: datetime) -> None:
        rng = self.rng
        if rng.random() >= 0.3:
            return
        for _ in range(rng.choice((1, 1, 2, 3))):
            kind = "feedback" if rng.random() < 0.2 else "contact"
            rows.add(
                ServiceContact,
                id=self.ids.contact,
                customer_id=customer_id,
                kind=kind,
                occurred_at=self.moment_between(created, self.now),
                channel=rng.choice(("phone", "email", "email", "counter")),
                subject=rng.choice(
                    ("Delivery time", "Which eyepiece fits?", "Invoice copy", "Collimation help", "Review")
                ),
                summary=None,
                staff_user_id=self.ref.staff_ids[rng.choice(("owner", "staff"))],
            )
            self.ids.contact += 1

    def consents(self, rows: _Rows, customer_id: int, created: datetime, bought: bool) -> None:
        rng = self.rng
        for key, share in (
            ("newsletter", 0.4),
            ("promotions", 0.15),
            ("personal-advice", 0.1),
            ("feedback", 0.2),
        ):
            if rng.random() >= share:
                continue
            purpose_id = self.ref.purpose_ids[key]
            # Tw 11.7: an address from a sale may get the newsletter unless the buyer objected.
            soft = key == "newsletter" and bought and rng.random() < 0.25
            given = self.moment_between(created, created + timedelta(days=30))
            self.consent_event(rows, customer_id, purpose_id, "given", given, soft)
            if rng.random() < 0.2:
                withdrawn = self.moment_between(given, self.now)
                self.consent_event(rows, customer_id, purpose_id, "withdrawn", withdrawn, soft)

    def consent_event(
        self, rows: _Rows, customer_id: int, purpose_id: int, action: str, moment: datetime, soft: bool
    ) -> None:
        channel = "web" if action == "given" or self.rng.random() < 0.7 else "email"
        rows.add(
            ConsentEvent,
            id=self.ids.consent,
            customer_id=customer_id,
            purpose_id=purpose_id,
            action=action,
            basis="soft_opt_in" if soft else "opt_in",
            occurred_at=min(moment, self.now),
            channel=channel,
            mechanism="checkbox" if soft or action == "withdrawn" else "double_opt_in",
            wording_id=self.ref.wording_ids.get(purpose_id) if action == "given" else None,
            staff_user_id=None,
            note=None,
        )
        self.ids.consent += 1

    def requests_and_holds(self, rows: _Rows, customer_id: int, created: datetime) -> None:
        rng = self.rng
        if rng.random() < 0.004:
            received = self.moment_between(max(created, self.now - timedelta(days=400)), self.now)
            still_open = self.now - received < timedelta(days=25)
            rows.add(
                Request,
                id=self.ids.request,
                customer_id=customer_id,
                channel=rng.choice(("phone", "email")),
                received_at=received,
                summary=None,
                contact_details=None,
                status="open" if still_open else "closed",
                outcome=None if still_open else "complied",
                staff_user_id=self.ref.staff_ids["staff"],
                closed_at=None if still_open else received + timedelta(days=rng.uniform(2, 25)),
            )
            for right in rng.sample(
                ("access", "rectification", "erasure", "objection"), rng.choice((1, 1, 2))
            ):
                rows.add(RequestRight, request_id=self.ids.request, right=right)
            self.ids.request += 1
        if rng.random() < 0.001:
            rows.add(
                LegalHold,
                id=self.ids.hold,
                customer_id=customer_id,
                reason="Suspected payment fraud (chargeback)",
                case_reference=f"FRAUD-{self.ids.hold:04d}",
                placed_at=self.now - timedelta(days=rng.uniform(1, 300)),
                review_on=(self.now + timedelta(days=rng.uniform(30, 365))).date(),
                placed_by_id=self.ref.staff_ids["owner"],
                lifted_at=None,
                lifted_by_id=None,
            )
            self.ids.hold += 1


def _reference(session: Session) -> _Reference:
    staff = {
        "owner": ensure_staff(session, "owner", "Marleen Verhoef", Role.OWNER).id,
        "staff": ensure_staff(session, "staff", "Sam Jansen", Role.STAFF).id,
    }
    purposes = dict(session.execute(select(Purpose.key, Purpose.id)).all())
    wordings = dict(
        session.execute(
            select(ConsentWording.purpose_id, func.min(ConsentWording.id)).group_by(ConsentWording.purpose_id)
        ).all()
    )
    recipients = dict(session.execute(select(Recipient.key, Recipient.id)).all())
    return _Reference(staff, purposes, wordings, recipients)


def _batches(total: int) -> Iterator[range]:
    for start in range(0, total, _BATCH_CUSTOMERS):
        yield range(start, min(start + _BATCH_CUSTOMERS, total))


def create_demo_data(
    database: DatabaseAccess,
    *,
    customers: int,
    seed: int,
    clock: Clock,
    busiest_customer_orders: int = 0,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Fills an empty database with `customers` invented customers and their history up to `clock.now()`.

    Staff users `owner` and `staff` are made too. `busiest_customer_orders` gives the first customer
    that many orders (the benchmark's worst case). `progress(done, total)` is called after each batch.
    """
    checked_day("as_of", clock.now().date())
    checked_count("busiest_customer_orders", busiest_customer_orders)
    if not 0 <= customers <= MAX_CUSTOMERS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The number of demo customers must be between 0 and {maximum}."),
            maximum=MAX_CUSTOMERS,
        )
    # One transaction, the search index included: a demo killed or failing half-way leaves the database
    # as it was (no customers), never customers that cannot be found (issue 10 §4).
    with database.transaction() as session:
        if session.scalar(select(Customer.id).limit(1)) is not None:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "errors", "This database already holds customers; demo data needs an empty one."
                )
            )
        generator = _Generator(seed, clock.now(), _reference(session), busiest_customer_orders)
        connection = session.connection()
        rows = _Rows()
        for batch in _batches(customers):
            for index in batch:
                generator.customer(rows, index + 1, index)
            rows.write(connection)
            if progress is not None:
                progress(batch.stop, customers)
        rebuild_search_index(connection)
    busiest = generator.busiest[1] if generator.busiest else None
    return DemoSummary(customers, generator.orders_made, busiest)
