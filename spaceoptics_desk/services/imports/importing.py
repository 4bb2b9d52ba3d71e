"""Applying imported records to the database, one batch per transaction (issue 13).

For each record: find the customer (by the webshop's id, else by e-mail address: a guest who later made
an account is one customer, a merge), refuse what the law says may not come back (an erased person, an
address on the suppression list: R18, R32), leave alone what may not change (a restricted customer, R15;
one under a legal hold, R25), and otherwise add, or change with a trail (R13: a rectification with the
import as its source). Orders keep the webshop's number; the same number twice in one run with other
contents is a conflict. Marketing consent only where the source says so, as a consent event with the
source as mechanism (R19); a soft opt-in (R21, Tw 11.7) for buyers only where the owner enabled it.

The counts and examples go into an `ImportTally` that holds no personal data: examples are customer
numbers of this shop or row numbers of the input.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.domain.corrections import CUSTOMER_FIELDS, FieldEdit
from spaceoptics_desk.domain.incoming import (
    IncomingAddress,
    IncomingOrder,
    IncomingPerson,
    OrderStatus,
    Read,
    SourceKind,
)
from spaceoptics_desk.domain.incoming_values import phone_fields
from spaceoptics_desk.services import audit, suppression, trace_cleanup
from spaceoptics_desk.services.errors import InvalidInput
from spaceoptics_desk.services.imports.barriers import LawfulBarriers
from spaceoptics_desk.services.imports.batch import (
    Known,
    PendingRows,
    customer_with_addresses,
    first_free_number,
    load_known,
    person_of,
)
from spaceoptics_desk.services.imports.tally import ImportTally, Outcome, Reason
from spaceoptics_desk.services.rectification import rectify
from spaceoptics_desk.store import installation
from spaceoptics_desk.store.models import (
    Address,
    Base,
    ConsentEvent,
    Customer,
    CustomerLink,
    Order,
    OrderLine,
    OrderLink,
    Payment,
    Purpose,
    StaffUser,
)
from spaceoptics_desk.store.search import reindex_customers

_NEWSLETTER = "newsletter"
_PAID = frozenset({OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.REFUNDED})


@dataclass(frozen=True)
class ImportSettings:
    """Attributes:
    source: the platform the records come from (its ids are unique there).
    run: this run's id (an order seen twice in one run with other contents is a conflict).
    soft_opt_in: record the newsletter by soft opt-in for buyers (R21; the owner's choice per source).
    """

    source: SourceKind
    run: str
    soft_opt_in: bool = False
    # Under which name the webshop ids are linked: the platform's, or one per saved column mapping (two
    # other systems the owner mapped each have their own customer 1).
    link_source: str | None = None

    @property
    def links(self) -> str:
        return self.link_source or self.source.value

    @property
    def trail_source(self) -> str:
        return f"import:{self.links}"


class Importer:
    """Applies batches of records of one run; `tally` adds up over all batches."""

    def __init__(self, actor: StaffUser, clock: Clock, settings: ImportSettings, tally: ImportTally) -> None:
        self.actor = actor
        self.clock = clock
        self.settings = settings
        self.tally = tally
        self._barriers: LawfulBarriers
        self._salt: str | None = None
        self._newsletter_id: int | None = None
        self._next_number = 0
        # Per customer, the hash of the details this run applied last (see load_known).
        self._seen: dict[int, int] = {}
        self._pending: PendingRows
        # Why the last person was not taken (an order of theirs is then refused or skipped for it).
        self._turned_away: tuple[Outcome, Reason, str] = (Outcome.REFUSED, Reason.NO_IDENTITY, "")

    # --- one batch ------------------------------------------------------------------------------------
    def apply(self, session: Session, records: Sequence[Read], *, index_later: bool = False) -> None:
        """Applies one batch inside the caller's transaction. `index_later`: the batch's customers get
        no search documents now; the transaction owes a rebuild of the index (services/trace_cleanup)."""
        if self._salt is None:
            self._salt = installation.salt(session)
            self._newsletter_id = session.scalar(select(Purpose.id).where(Purpose.key == _NEWSLETTER))
        people = [person_of(r.record) for r in records]
        self._barriers = LawfulBarriers.load(session, self._salt, self.settings.links, people)
        known = load_known(session, self.settings.links, records, self._seen)
        self._pending = PendingRows(session)
        self._rerun_links: list[int] = []
        self._next_number = first_free_number(session)
        touched: set[int] = set()
        bought: set[int] = set()
        consent_wishes: dict[int, tuple[bool, datetime | None]] = {}
        before = (self.tally.total(Outcome.ADDED), self.tally.total(Outcome.CHANGED))
        for read in records:
            self.tally.records += 1
            record = read.record
            person = person_of(record)
            moment = record.ordered_at if isinstance(record, IncomingOrder) else None
            customer_id = self._customer(session, known, read.row, person, moment, touched, record)
            if customer_id is not None and person.marketing_consent is not None:
                consent_wishes[customer_id] = (person.marketing_consent, person.consent_at)
            ordered = isinstance(record, IncomingOrder) and self._order(
                session, known, read.row, record, customer_id
            )
            if ordered and customer_id is not None:
                touched.add(customer_id)
                bought.add(customer_id)
        self._pending.write(session)
        if self._rerun_links:
            # This run read these orders: the same number again in it is then a conflict (see OrderLink).
            links = Base.metadata.tables["order_links"]
            session.connection().execute(
                update(links)
                .where(links.c.order_id.in_(self._rerun_links))
                .values(import_run=self.settings.run)
            )
        installation.set_last_customer_number(session, self._next_number - 1)
        self._consents(session, consent_wishes, bought, known)
        if index_later:
            trace_cleanup.owe_index_rebuild(session)
        elif touched:
            reindex_customers(session, touched)
        added, changed = (
            self.tally.total(Outcome.ADDED) - before[0],
            self.tally.total(Outcome.CHANGED) - before[1],
        )
        audit.record(
            session,
            self.actor,
            self.clock,
            "import_batch",
            "import",
            None,
            {
                "source": self.settings.links,
                "run": self.settings.run,
                "records": len(records),
                "added": added,
                "changed": changed,
            },
        )

    # --- customers ------------------------------------------------------------------------------------
    def _customer(
        self,
        session: Session,
        known: Known,
        row: int,
        person: IncomingPerson,
        moment: datetime | None,
        touched: set[int],
        record: IncomingPerson | IncomingOrder,
    ) -> int | None:
        """The customer this person is (added, merged or changed), or None when refused or skipped."""
        signature = hash(person)
        phone, mobile = phone_fields(person.phone, person.mobile)
        if (phone, mobile) != (person.phone, person.mobile):
            person = dataclasses.replace(person, phone=phone, mobile=mobile)
        kind = "customer"
        counted = isinstance(record, IncomingPerson)  # an order's buyer is counted with the order
        example = f"row {row}"
        # R32: an erased person does not come back with records from before the erasure; an order placed
        # afterwards is a new sale with details the person gave again.
        erased_at = self._barriers.erased_at(person)
        if erased_at is not None and (moment is None or moment <= erased_at):
            self._turn_away(counted, Outcome.REFUSED, Reason.ERASED, example)
            return None
        suppressed_at = self._barriers.suppressed_at(person.email)
        if suppressed_at is not None and (moment is None or moment <= suppressed_at):
            self._turn_away(counted, Outcome.REFUSED, Reason.SUPPRESSED, example)
            return None
        customer_id = known.by_link.get(person.external_id) if person.external_id is not None else None
        merged = False
        if customer_id is None and person.email:
            candidates = known.by_email.get(person.email, [])
            if len(candidates) > 1:
                self._turn_away(counted, Outcome.REFUSED, Reason.AMBIGUOUS_MATCH, example)
                return None
            if candidates:
                customer_id = candidates[0]
                merged = person.external_id is not None
        if customer_id is None:
            if person.external_id is None and not person.email:
                self._turn_away(counted, Outcome.REFUSED, Reason.NO_IDENTITY, example)
                return None
            customer_id = self._add_customer(session, known, person, moment)
            self._seen[customer_id] = signature
            touched.add(customer_id)
            if counted:
                self.tally.count(kind, Outcome.ADDED)
            return customer_id
        if customer_id in self._pending.customers:
            if merged and person.external_id is not None:
                self._link(known, customer_id, person.external_id)
                number = str(self._pending.customers[customer_id]["customer_number"])
                self.tally.count("customer", Outcome.MERGED, None, number)
            elif counted:
                self.tally.count(kind, Outcome.UNCHANGED)
            self._update_pending_customer(customer_id, person)
            self._seen[customer_id] = signature
            return customer_id
        facts = known.facts[customer_id]
        number = facts.customer_number
        if facts.restricted:
            self._turn_away(counted, Outcome.SKIPPED, Reason.RESTRICTED, number)
            return None
        if merged and person.external_id is not None:
            self._link(known, customer_id, person.external_id)
            self.tally.count("customer", Outcome.MERGED, None, number)
        if customer_id in known.held:
            if counted and not merged:
                self.tally.count(kind, Outcome.SKIPPED, Reason.LEGAL_HOLD, number)
            return customer_id
        if self._seen.get(customer_id) == signature:
            changed: bool | None = False  # the same details as applied earlier in this run
        else:
            customer = known.customers.get(customer_id) or customer_with_addresses(session, customer_id)
            changed = self._change_customer(session, customer, person)
        if changed is None:
            if counted and not merged:
                self.tally.count(kind, Outcome.REFUSED, Reason.INVALID_VALUE, number)
            return customer_id
        self._seen[customer_id] = signature
        if changed:
            touched.add(customer_id)
            self.tally.count("customer", Outcome.CHANGED)
        elif counted and not merged:
            self.tally.count(kind, Outcome.UNCHANGED)
        return customer_id

    def _link(self, known: Known, customer_id: int, external_id: str) -> None:
        """The customer's id at the webshop, written with the batch."""
        self._pending.add(
            CustomerLink,
            {"customer_id": customer_id, "source": self.settings.links, "external_id": external_id},
        )
        known.by_link[external_id] = customer_id

    def _turn_away(self, counted: bool, outcome: Outcome, reason: Reason, example: str) -> None:
        """Counts a person not taken (an order's buyer is counted with the order) and remembers why."""
        self._turned_away = (outcome, reason, example)
        if counted:
            self.tally.count("customer", outcome, reason, example)

    def _add_customer(
        self, session: Session, known: Known, person: IncomingPerson, first_order_at: datetime | None
    ) -> int:
        row: dict[str, object] = {
            "customer_number": self._free_customer_number(),
            "kind": "business" if person.company_name else "private",
            "first_name": person.first_name,
            "name_prefix": person.name_prefix,
            "last_name": person.last_name,
            "company_name": person.company_name,
            "vat_number": person.vat_number,
            "kvk_number": person.kvk_number,
            "email": person.email,
            "phone": person.phone,
            "mobile": person.mobile,
            "language": person.language or "nl",
            "source": "webshop",  # R9(g)
            "notes": None,
            # "Customer since": the webshop's date, else the order that brought them, else today.
            "created_at": person.created_at or first_order_at or self.clock.now(),
            "restricted_at": None,
        }
        customer_id = self._pending.add(Customer, row)
        self._pending.customers[customer_id] = self._pending.rows[Customer][-1]
        self._pending.addresses[customer_id] = {}
        self._pend_addresses(customer_id, person)
        if person.external_id is not None:
            self._link(known, customer_id, person.external_id)
        if person.email:
            known.by_email.setdefault(person.email, []).append(customer_id)
        return customer_id

    def _pend_addresses(self, customer_id: int, person: IncomingPerson) -> None:
        mine = self._pending.addresses[customer_id]
        for address in person.addresses:
            if not (address.street or address.city):
                continue
            if address.kind in mine:
                mine[address.kind].update(_address_values(address))
            else:
                row = _address_row(customer_id, address)
                self._pending.add(Address, row)
                mine[address.kind] = self._pending.rows[Address][-1]

    def _update_pending_customer(self, customer_id: int, person: IncomingPerson) -> None:
        """A customer added earlier in this batch: the later record's values win (nothing stored yet, so
        there is no earlier value to keep a trail of)."""
        row = self._pending.customers[customer_id]
        for name in CUSTOMER_FIELDS:
            value = getattr(person, name)
            if value:
                row[name] = value
        self._pend_addresses(customer_id, person)

    def _free_customer_number(self) -> str:
        """The shop's own numbering ("K" + a number); never one given before (see first_free_number)."""
        number = f"K{self._next_number}"
        self._next_number += 1
        return number

    def _change_customer(self, session: Session, customer: Customer, person: IncomingPerson) -> bool | None:
        """Rectifies what the source says differently (R13, with the import as the source); True when
        something changed, None when the desk's checks refused a value (nothing of it is applied)."""
        held_numbers = {customer.phone, customer.mobile} - {None}
        edits = [
            FieldEdit(name, getattr(customer, name), value)
            for name in CUSTOMER_FIELDS
            if (value := getattr(person, name))
            and value != getattr(customer, name)
            # A number the customer has already, in the other field, is not news (R13: no empty trail).
            and not (name in ("phone", "mobile") and value in held_numbers)
        ]
        if person.last_name == customer.last_name and person.first_name == customer.first_name:
            # A prefix the source leaves empty is not removed: many exports have no field for it.
            edits = [e for e in edits if e.field != "name_prefix"]
        new_addresses = []
        for incoming in person.addresses:
            if not (incoming.street or incoming.city):
                continue
            mine = next((a for a in customer.addresses if a.kind == incoming.kind), None)
            if mine is None:
                new_addresses.append(incoming)
                continue
            edits += [
                FieldEdit(name, getattr(mine, name), value, mine.id)
                for name, value in _address_values(incoming).items()
                if name != "kind" and value and value != getattr(mine, name)
            ]
        if edits:
            try:
                rectify(
                    session, self.actor, self.clock, customer.id, edits, source=self.settings.trail_source
                )
            except InvalidInput:
                return None  # nothing of this record is applied, its new addresses neither
        for incoming in new_addresses:
            # A kind of address the customer did not have (a delivery address): added with this batch.
            waiting = self._pending.addresses.setdefault(customer.id, {})
            if incoming.kind in waiting:
                waiting[incoming.kind].update(_address_values(incoming))
            else:
                self._pending.add(Address, _address_row(customer.id, incoming))
                waiting[incoming.kind] = self._pending.rows[Address][-1]
        return bool(edits or new_addresses)

    # --- orders ---------------------------------------------------------------------------------------
    def _order(
        self, session: Session, known: Known, row: int, order: IncomingOrder, customer_id: int | None
    ) -> bool:
        """Adds or updates one order; True when the customer's orders changed."""
        existing = known.orders.get(order.order_number)
        if existing is not None:
            return self._update_order(session, known, existing, row, order)
        if customer_id is None:
            outcome, reason, example = self._turned_away
            self.tally.count(
                "order", outcome, reason, example if outcome is Outcome.SKIPPED else f"row {row}"
            )
            if outcome is Outcome.SKIPPED:
                self.tally.retry(order.modified_at)
            return False
        number = order.order_number
        if number in known.taken_numbers:
            number = f"{self.settings.source.value[:2].upper()}-{number}"[:20]
        pending = self._pending
        order_id = pending.add(
            Order,
            {
                "order_number": number,
                "customer_id": customer_id,
                "ordered_at": order.ordered_at,
                "channel": "webshop",
                "status": order.status.value,
                "total_cents": order.total_cents,
                "currency": order.currency,
                "delivery_name": order.delivery_name,
                "delivery_address": order.delivery_address,
            },
        )
        pending.orders[order_id] = (order.status.value, order.total_cents, order.ordered_at)
        known.taken_numbers.add(number)
        for line in order.lines:
            pending.add(
                OrderLine,
                {
                    "order_id": order_id,
                    "product_code": line.product_code[:40],
                    "description": line.description[:200],
                    "quantity": line.quantity,
                    "unit_price_cents": line.unit_price_cents,
                    # WooCommerce and Shopify exports do not always carry the rate: the standard one.
                    "vat_rate_percent": 21 if line.vat_rate_percent is None else line.vat_rate_percent,
                },
            )
        for payment in _payment_rows(order_id, order, 0):
            pending.add(Payment, payment)
        pending.add(
            OrderLink,
            {
                "order_id": order_id,
                "source": self.settings.links,
                "external_id": order.order_number,
                "import_run": self.settings.run,
            },
        )
        known.orders[order.order_number] = (order_id, self.settings.run)
        self.tally.count("order", Outcome.ADDED)
        return True

    def _update_order(
        self, session: Session, known: Known, existing: tuple[int, str], row: int, order: IncomingOrder
    ) -> bool:
        order_id, run = existing
        stored = known.stored_orders.get(order_id)
        if run == self.settings.run:
            # Read twice in this run: the same contents again are harmless, other contents a conflict.
            seen = self._pending.orders.get(order_id)
            if seen is None and stored is not None:
                seen = (stored.status, stored.total_cents, stored.ordered_at)
            if seen == (order.status.value, order.total_cents, order.ordered_at):
                self.tally.count("order", Outcome.UNCHANGED)
            else:
                self.tally.count("order", Outcome.REFUSED, Reason.CONFLICTING_ORDER, f"row {row}")
            return False
        assert stored is not None  # linked orders of earlier runs were read with the batch
        self._rerun_links.append(order_id)
        known.orders[order.order_number] = (order_id, self.settings.run)
        owner = None if stored.customer_id is None else known.owners.get(stored.customer_id)
        if owner is not None and (owner.restricted or owner.held):
            # R15: only stored while restricted; R25: a fraud's or dispute's records stay as they are.
            reason = Reason.RESTRICTED if owner.restricted else Reason.LEGAL_HOLD
            self.tally.count("order", Outcome.SKIPPED, reason, owner.customer_number)
            self.tally.retry(order.modified_at)
            return False
        same = (stored.status, stored.total_cents) == (order.status.value, order.total_cents)
        if same and stored.refunded_cents >= order.refunded_cents:
            self.tally.count("order", Outcome.UNCHANGED)
            return False
        # The webshop's status and total are the truth about the sale; the buyer's identity is never
        # re-attached to an anonymised order (R14).
        self._pending.change_order(order_id, order.status.value, order.total_cents)
        for refund in _payment_rows(order_id, order, stored.refunded_cents, refund_only=True):
            self._pending.add(Payment, refund)
        stored.status, stored.total_cents = order.status.value, order.total_cents
        stored.refunded_cents = max(stored.refunded_cents, order.refunded_cents)
        self.tally.count("order", Outcome.CHANGED)
        return stored.customer_id is not None

    # --- consent --------------------------------------------------------------------------------------
    def _consents(
        self,
        session: Session,
        wishes: dict[int, tuple[bool, datetime | None]],
        bought: set[int],
        known: Known,
    ) -> None:
        """R19/R21: what the source says of the newsletter, recorded as events with the source as the
        mechanism; never for an address on the suppression list (R18), never over the person's own choice."""
        if self._newsletter_id is None:
            return
        wanted = set(wishes) | (bought if self.settings.soft_opt_in else set())
        if not wanted:
            return
        newest: dict[int, _Choice] = {}
        for cid, action, mechanism, basis, moment in session.execute(
            select(
                ConsentEvent.customer_id,
                ConsentEvent.action,
                ConsentEvent.mechanism,
                ConsentEvent.basis,
                ConsentEvent.occurred_at,
            )
            .where(ConsentEvent.customer_id.in_(wanted), ConsentEvent.purpose_id == self._newsletter_id)
            .order_by(ConsentEvent.occurred_at, ConsentEvent.id)
        ):
            newest[cid] = _Choice(action, mechanism, basis, moment)
        now = self.clock.now()
        mechanism = self.settings.source.value  # the platform (README: the copy explains it)
        rows = []
        for cid in sorted(wanted):
            new = self._pending.customers.get(cid)
            if new is not None:
                email = new["email"]
                suppressed = isinstance(email, str) and self._barriers.suppressed_at(email) is not None
            else:
                facts = known.facts.get(cid)
                if facts is None or facts.restricted or cid in known.held:
                    continue
                suppressed = bool(facts.email) and suppression.is_suppressed(session, facts.email or "")
            if suppressed:
                continue  # R18: never mailed again, whatever the webshop says
            last = newest.get(cid)
            wish = wishes.get(cid)
            if wish is not None:
                on, given_at = wish
                if on and _opt_in_counts(last, given_at):
                    note = f"opt-in at the webshop on {given_at:%Y-%m-%d}" if given_at else None
                    rows.append(
                        _consent_row(
                            cid, self._newsletter_id, "given", "opt_in", now, mechanism, self.actor, note
                        )
                    )
                    self.tally.consents["given"] += 1
                elif not on and last is not None and (last.action, last.mechanism) == ("given", mechanism):
                    # Unsubscribed at the webshop where they subscribed: withdrawn at once (R20).
                    rows.append(
                        _consent_row(
                            cid, self._newsletter_id, "withdrawn", "opt_in", now, mechanism, self.actor, None
                        )
                    )
                    self.tally.consents["withdrawn"] += 1
            elif cid in bought and last is None:
                rows.append(
                    _consent_row(
                        cid, self._newsletter_id, "given", "soft_opt_in", now, mechanism, self.actor, None
                    )
                )
                self.tally.consents["soft_opt_in"] += 1
        if rows:
            session.execute(insert(ConsentEvent), rows)


@dataclass(frozen=True)
class _Choice:
    """The newest newsletter event of a customer."""

    action: str
    mechanism: str
    basis: str
    occurred_at: datetime


def _opt_in_counts(last: _Choice | None, given_at: datetime | None) -> bool:
    """Whether the webshop's opt-in is recorded (R18-R20): when the person never chose here, or when the
    webshop's opt-in is dated after their last "no". An objection is never undone by a webshop's flag,
    and an undated opt-in never outweighs a choice made at the desk."""
    if last is None:
        return True
    if last.action == "given" or last.basis == "objection":
        return False
    return given_at is not None and given_at > last.occurred_at


def _consent_row(
    customer_id: int,
    purpose_id: int,
    action: str,
    basis: str,
    now: datetime,
    mechanism: str,
    actor: StaffUser,
    note: str | None,
) -> dict[str, object]:
    return {
        "customer_id": customer_id,
        "purpose_id": purpose_id,
        "action": action,
        "basis": basis,
        "occurred_at": now,
        "channel": "web",
        "mechanism": mechanism,
        # The webshop's checkbox text is not in its exports: the event says where the consent came from.
        "wording_id": None,
        "staff_user_id": actor.id,
        "note": note,
    }


def _address_values(address: IncomingAddress) -> dict[str, str]:
    return {
        "kind": address.kind,
        "street": address.street[:200],
        "house_number": address.house_number[:10],
        "house_number_suffix": address.house_number_suffix[:10],
        "postcode": address.postcode[:12],
        "city": address.city[:100],
        "country": address.country,
    }


def _address_row(customer_id: int, address: IncomingAddress) -> dict[str, object]:
    return {"customer_id": customer_id, **_address_values(address)}


def _payment_rows(
    order_id: int, order: IncomingOrder, refunded_before: int, refund_only: bool = False
) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    payment = order.payment
    # A CSV export often has no payment moment: a paid order was paid when it was placed, near enough.
    paid_at = payment.paid_at if payment is not None else None
    if paid_at is None and order.status in _PAID:
        paid_at = order.ordered_at
    if payment is not None and not refund_only and paid_at is not None:
        rows.append(
            {
                "order_id": order_id,
                "paid_at": paid_at,
                "amount_cents": payment.amount_cents,
                "method": payment.method[:20],
                "provider_reference": (payment.reference or None) and payment.reference[:60],
            }
        )
    more = order.refunded_cents - refunded_before
    if more > 0:
        rows.append(
            {
                "order_id": order_id,
                "paid_at": order.modified_at or order.ordered_at,
                "amount_cents": -more,
                "method": (payment.method if payment else "refund")[:20],
                "provider_reference": None,
            }
        )
    return rows
