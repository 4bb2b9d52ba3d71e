"""The personal-data registry: every column that holds personal data, what it is, and how it goes.

This is the one place that knows which data is personal. The access copy (R9-R10), erasure (R14),
retention (R23) and the record of processing (R28) all read it; `tests/store/test_registry.py` fails when
a column is added to the schema without being classified here, as personal or as technical.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from spaceoptics_desk.domain.retention import RetentionCategory as Keep
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP


class DataCategory(StrEnum):
    """Categories of personal data, as the access copy names them (R9 b)."""

    IDENTITY = "identity"
    CONTACT = "contact"
    ADDRESS = "address"
    BUSINESS = "business"
    ORDERS = "orders"
    FINANCIAL = "financial"
    DELIVERY = "delivery"
    ACCOUNT = "account"
    CONSENT = "consent"
    COMMUNICATION = "communication"
    REQUESTS = "requests"
    LEGAL_HOLD = "legal_hold"
    CHANGE_HISTORY = "change_history"


class Erasure(StrEnum):
    """How a column's content is removed when its retention ends or the person asks (R14, R31)."""

    DELETE_ROW = "delete_row"  # the whole row goes
    NULLIFY = "nullify"  # the value becomes NULL, the row stays (anonymised fiscal record)
    PLACEHOLDER = "placeholder"  # a required value is replaced by a fixed non-personal text
    REBUILD_INDEX = "rebuild_index"  # derived data: dropped from the index and the index rebuilt
    # The row outlives the person under another law (a case as proof, AVG 5(2)); this value (a date)
    # stays, and identifies nobody once the row's link to the person is gone.
    KEEP_UNLINKED = "keep_unlinked"
    # R16: kept through the person's erasure on an open recipient task, because the recipient must still
    # be told and finds the person by it; NULL in the transaction that closes the task (or its case).
    UNTIL_TOLD = "until_told"


@dataclass(frozen=True)
class PersonalColumn:
    table: str
    column: str
    category: DataCategory
    retention: Keep
    erasure: Erasure
    description: str


def _columns(
    table: str, category: DataCategory, retention: Keep, erasure: Erasure, described: dict[str, str]
) -> list[PersonalColumn]:
    return [PersonalColumn(table, col, category, retention, erasure, text) for col, text in described.items()]


NULL, ROW, UNLINKED = Erasure.NULLIFY, Erasure.DELETE_ROW, Erasure.KEEP_UNLINKED

PERSONAL_DATA: tuple[PersonalColumn, ...] = tuple(
    [
        *_columns(
            "customers",
            DataCategory.IDENTITY,
            Keep.PROFILE,
            ROW,
            {
                "customer_number": QT_TRANSLATE_NOOP("registry", "customer number"),
                "first_name": QT_TRANSLATE_NOOP("registry", "first name"),
                "name_prefix": QT_TRANSLATE_NOOP("registry", "name prefix (tussenvoegsel)"),
                "last_name": QT_TRANSLATE_NOOP("registry", "last name"),
                "language": QT_TRANSLATE_NOOP("registry", "preferred language"),
                "source": QT_TRANSLATE_NOOP("registry", "where the data came from"),
                "notes": QT_TRANSLATE_NOOP("registry", "staff notes"),
                "created_at": QT_TRANSLATE_NOOP("registry", "customer since"),
                "restricted_at": QT_TRANSLATE_NOOP("registry", "processing restricted since"),
                "kind": QT_TRANSLATE_NOOP("registry", "private or business customer"),
            },
        ),
        *_columns(
            "customers",
            DataCategory.CONTACT,
            Keep.PROFILE,
            ROW,
            {
                "email": QT_TRANSLATE_NOOP("registry", "e-mail address"),
                "phone": QT_TRANSLATE_NOOP("registry", "telephone number"),
                "mobile": QT_TRANSLATE_NOOP("registry", "mobile number"),
            },
        ),
        *_columns(
            "customers",
            DataCategory.BUSINESS,
            Keep.PROFILE,
            ROW,
            {
                "company_name": QT_TRANSLATE_NOOP("registry", "company name"),
                "vat_number": QT_TRANSLATE_NOOP("registry", "VAT number"),
                "kvk_number": QT_TRANSLATE_NOOP("registry", "KvK number"),
            },
        ),
        *_columns(
            "addresses",
            DataCategory.ADDRESS,
            Keep.PROFILE,
            ROW,
            {
                "customer_id": QT_TRANSLATE_NOOP("registry", "whose address"),
                "kind": QT_TRANSLATE_NOOP("registry", "billing or delivery address"),
                "street": QT_TRANSLATE_NOOP("registry", "street"),
                "house_number": QT_TRANSLATE_NOOP("registry", "house number"),
                "house_number_suffix": QT_TRANSLATE_NOOP("registry", "house number suffix"),
                "postcode": QT_TRANSLATE_NOOP("registry", "postcode"),
                "city": QT_TRANSLATE_NOOP("registry", "city"),
                "country": QT_TRANSLATE_NOOP("registry", "country"),
            },
        ),
        *_columns(
            "portal_accounts",
            DataCategory.ACCOUNT,
            Keep.PORTAL_ACCOUNT,
            ROW,
            {
                "customer_id": QT_TRANSLATE_NOOP("registry", "whose account"),
                "login_name": QT_TRANSLATE_NOOP("registry", "login name"),
                "created_at": QT_TRANSLATE_NOOP("registry", "account created"),
                "last_login_at": QT_TRANSLATE_NOOP("registry", "last login"),
            },
        ),
        *_columns(
            "service_contacts",
            DataCategory.COMMUNICATION,
            Keep.SERVICE_CONTACTS,
            ROW,
            {
                "customer_id": QT_TRANSLATE_NOOP("registry", "who contacted us"),
                "kind": QT_TRANSLATE_NOOP("registry", "contact or feedback"),
                "occurred_at": QT_TRANSLATE_NOOP("registry", "when"),
                "channel": QT_TRANSLATE_NOOP("registry", "how"),
                "subject": QT_TRANSLATE_NOOP("registry", "subject"),
                "summary": QT_TRANSLATE_NOOP("registry", "what was discussed"),
                "staff_user_id": QT_TRANSLATE_NOOP("registry", "who helped"),
            },
        ),
        # Fiscal records (AWR 52): kept 7 years from the end of the year, then anonymised, not deleted.
        *_columns(
            "orders",
            DataCategory.ORDERS,
            Keep.FISCAL,
            NULL,
            {
                "customer_id": QT_TRANSLATE_NOOP("registry", "whose order"),
                "delivery_name": QT_TRANSLATE_NOOP("registry", "name on the parcel"),
                "delivery_address": QT_TRANSLATE_NOOP("registry", "delivery address on the order"),
            },
        ),
        *_columns(
            "invoices",
            DataCategory.FINANCIAL,
            Keep.FISCAL,
            NULL,
            {
                "billing_name": QT_TRANSLATE_NOOP("registry", "name on the invoice"),
                "billing_address": QT_TRANSLATE_NOOP("registry", "address on the invoice"),
                "vat_number": QT_TRANSLATE_NOOP("registry", "VAT number on the invoice"),
            },
        ),
        *_columns(
            "payments",
            DataCategory.FINANCIAL,
            Keep.FISCAL,
            NULL,
            {
                "provider_reference": QT_TRANSLATE_NOOP("registry", "payment reference"),
                "account_holder": QT_TRANSLATE_NOOP("registry", "account holder"),
                "iban_last4": QT_TRANSLATE_NOOP("registry", "last four digits of the bank account"),
            },
        ),
        *_columns(
            "shipments",
            DataCategory.DELIVERY,
            Keep.FISCAL,
            NULL,
            {"tracking_code": QT_TRANSLATE_NOOP("registry", "track & trace code")},
        ),
        *_columns(
            "returns_repairs",
            DataCategory.ORDERS,
            Keep.PROFILE,
            ROW,
            {
                "customer_id": QT_TRANSLATE_NOOP("registry", "whose return or repair"),
                "description": QT_TRANSLATE_NOOP("registry", "what was wrong"),
                "opened_at": QT_TRANSLATE_NOOP("registry", "opened"),
                "closed_at": QT_TRANSLATE_NOOP("registry", "closed"),
            },
        ),
        *_columns(
            "consent_events",
            DataCategory.CONSENT,
            Keep.CONSENT,
            ROW,
            {
                "customer_id": QT_TRANSLATE_NOOP("registry", "whose consent"),
                "action": QT_TRANSLATE_NOOP("registry", "given or withdrawn"),
                "basis": QT_TRANSLATE_NOOP("registry", "opt-in, soft opt-in or objection"),
                "occurred_at": QT_TRANSLATE_NOOP("registry", "when"),
                "channel": QT_TRANSLATE_NOOP("registry", "how"),
                "mechanism": QT_TRANSLATE_NOOP("registry", "checkbox, double opt-in, spoken or written"),
                "note": QT_TRANSLATE_NOOP("registry", "note by staff"),
                "staff_user_id": QT_TRANSLATE_NOOP("registry", "staff member who recorded it"),
            },
        ),
        # Cases are proof of how a request was handled (AVG 5(2)): when the person is erased the case
        # stays, unlinked and without its free text, until the cases rule removes it (R14, R23).
        *_columns(
            "requests",
            DataCategory.REQUESTS,
            Keep.CASES,
            NULL,
            {
                "customer_id": QT_TRANSLATE_NOOP("registry", "who asked"),
                "summary": QT_TRANSLATE_NOOP("registry", "what was asked"),
                "contact_details": QT_TRANSLATE_NOOP("registry", "contact details given"),
                "extension_reason": QT_TRANSLATE_NOOP("registry", "why the answer was extended"),
                "outcome_reasons": QT_TRANSLATE_NOOP("registry", "why the request was (partly) refused"),
            },
        ),
        *_columns(
            "requests",
            DataCategory.REQUESTS,
            Keep.CASES,
            UNLINKED,
            {"received_at": QT_TRANSLATE_NOOP("registry", "received")},
        ),
        *_columns(
            "case_events",
            DataCategory.REQUESTS,
            Keep.CASES,
            NULL,
            {
                "note": QT_TRANSLATE_NOOP("registry", "what was done or said in the case"),
                # Issue 12: emptied with the note, so the note's seal in the audit log tells nothing.
                "note_salt": QT_TRANSLATE_NOOP("registry", "the random salt of the note's seal"),
            },
        ),
        *_columns(
            "case_events",
            DataCategory.REQUESTS,
            Keep.CASES,
            UNLINKED,
            {"occurred_at": QT_TRANSLATE_NOOP("registry", "when")},
        ),
        *_columns(
            "recipient_tasks",
            DataCategory.REQUESTS,
            Keep.CASES,
            NULL,
            {"note": QT_TRANSLATE_NOOP("registry", "how a recipient was told, or why not")},
        ),
        *_columns(
            "recipient_tasks",
            DataCategory.REQUESTS,
            Keep.CASES,
            Erasure.UNTIL_TOLD,
            {
                "reference": QT_TRANSLATE_NOOP(
                    "registry",
                    "what a recipient needs to find the person (order numbers, tracking codes, payment "
                    "references, e-mail address or its hash), until they are told",
                )
            },
        ),
        *_columns(
            "recipient_tasks",
            DataCategory.REQUESTS,
            Keep.CASES,
            UNLINKED,
            {
                "created_at": QT_TRANSLATE_NOOP("registry", "task made"),
                "closed_at": QT_TRANSLATE_NOOP("registry", "task closed"),
            },
        ),
        *_columns(
            "legal_holds",
            DataCategory.LEGAL_HOLD,
            Keep.FRAUD,
            ROW,
            {
                "customer_id": QT_TRANSLATE_NOOP("registry", "whose data is held"),
                "reason": QT_TRANSLATE_NOOP("registry", "reason for the hold"),
                "placed_at": QT_TRANSLATE_NOOP("registry", "placed"),
            },
        ),
        # Issue 13: the person's id at the webshop (a pseudonym there); the journal keeps its hash (R32).
        *_columns(
            "customer_links",
            DataCategory.IDENTITY,
            Keep.PROFILE,
            ROW,
            {
                "customer_id": QT_TRANSLATE_NOOP("registry", "whose webshop account"),
                "external_id": QT_TRANSLATE_NOOP("registry", "customer number at the webshop"),
                "source": QT_TRANSLATE_NOOP("registry", "which webshop platform"),
            },
        ),
        *_columns(
            "rectifications",
            DataCategory.CHANGE_HISTORY,
            Keep.PROFILE,
            ROW,
            {
                "customer_id": QT_TRANSLATE_NOOP("registry", "whose data was corrected"),
                "old_value": QT_TRANSLATE_NOOP("registry", "value before the correction"),
                "new_value": QT_TRANSLATE_NOOP("registry", "value after the correction"),
            },
        ),
        # R18: a pseudonymous trace of an erased objector, so a later import cannot re-add them.
        PersonalColumn(
            "marketing_suppressions",
            "email_hash",
            DataCategory.CONSENT,
            Keep.CONSENT,
            ROW,
            "salted hash of the e-mail address of someone who objected to marketing and was erased",
        ),
        # Issue 6: a postponement's reason may name the person; the decision itself is a bare record.
        *_columns(
            "retention_decisions",
            DataCategory.CHANGE_HISTORY,
            Keep.PROFILE,
            NULL,
            {
                "customer_id": QT_TRANSLATE_NOOP("registry", "whose data the decision was about"),
                "subject_id": QT_TRANSLATE_NOOP("registry", "which record the decision was about"),
                # "profile:customer:123": the customer's id again (ids can be given out anew).
                "candidate_key": QT_TRANSLATE_NOOP("registry", "which candidate the decision was about"),
                "reason": QT_TRANSLATE_NOOP("registry", "why a deletion was postponed or held"),
            },
        ),
        # R32: pseudonymous (salted hashes) like the suppression list, and kept like it: no schedule row;
        # needed while a backup older than the erasure may exist (backups rotate out after 35 days).
        *_columns(
            "erasure_journal",
            DataCategory.IDENTITY,
            Keep.CONSENT,
            ROW,
            {
                "number_hash": QT_TRANSLATE_NOOP("registry", "salted hash of an erased customer's number"),
                "email_hash": QT_TRANSLATE_NOOP(
                    "registry", "salted hash of an erased customer's e-mail address"
                ),
            },
        ),
        # The search index is derived from the columns above and is rebuilt, never a second truth.
        PersonalColumn(
            "customer_search",
            "document",
            DataCategory.IDENTITY,
            Keep.PROFILE,
            Erasure.REBUILD_INDEX,
            "search keys derived from name, e-mail, phone, postcode and numbers",
        ),
    ]
)

# Columns that hold no personal data: keys, codes, amounts, products, dates of anonymous records.
TECHNICAL_COLUMNS: dict[str, frozenset[str]] = {
    # password_hash: a staff member's credential on a server, never shown, exported or logged.
    "staff_users": frozenset({"id", "username", "display_name", "role", "active", "password_hash"}),
    "customers": frozenset({"id", "version"}),
    "addresses": frozenset({"id", "version"}),
    "portal_accounts": frozenset({"id"}),
    "service_contacts": frozenset({"id"}),
    "orders": frozenset({"id", "order_number", "ordered_at", "channel", "status", "total_cents", "currency"}),
    "order_lines": frozenset(
        {"id", "order_id", "product_code", "description", "quantity", "unit_price_cents", "vat_rate_percent"}
    ),
    "invoices": frozenset({"id", "invoice_number", "order_id", "issued_on", "total_cents", "vat_cents"}),
    "payments": frozenset({"id", "order_id", "paid_at", "amount_cents", "method", "provider_id"}),
    "shipments": frozenset({"id", "order_id", "carrier_id", "shipped_at", "delivered_at"}),
    "returns_repairs": frozenset({"id", "order_id", "kind", "status"}),
    "purposes": frozenset({"id", "key", "name_en", "name_nl", "legal_basis", "is_marketing", "sort_order"}),
    "consent_wordings": frozenset(
        {"id", "purpose_id", "version", "policy_version", "text_nl", "text_en", "valid_from"}
    ),
    "consent_events": frozenset({"id", "purpose_id", "wording_id"}),
    "recipients": frozenset(
        {
            "id",
            "key",
            "name",
            "category",
            "role",
            "country",
            "agreement_date",
            "transfer_safeguard",
            "dpf_checked_on",
        }
    ),
    "requests": frozenset(
        {
            "id",
            "channel",
            "status",
            "outcome",
            "staff_user_id",
            "closed_at",
            "identity_method",
            "identity_verified_at",
            "identity_verified_by_id",
            "extension_told_on",
            "paused_from",
            "paused_until",
            "complaint_right_told",
            "version",
        }
    ),
    "case_events": frozenset({"id", "request_id", "kind", "staff_user_id", "seal_salt"}),
    "holidays": frozenset({"day", "name"}),
    "recipient_tasks": frozenset({"id", "request_id", "recipient_id", "trigger", "status", "closed_by_id"}),
    "request_rights": frozenset({"id", "request_id", "right"}),
    "legal_holds": frozenset(
        {"id", "case_reference", "review_on", "placed_by_id", "lifted_at", "lifted_by_id"}
    ),
    "retention_rules": frozenset(
        {
            "category",
            "trigger",
            "period_months",
            "action",
            "legal_basis",
            "sort_order",
            "automatic",
            "version",
        }
    ),
    # About the shop's policy, not about a person (the reason for changing a period).
    "retention_rule_changes": frozenset(
        {"id", "category", "setting", "old_value", "new_value", "reason", "changed_at", "staff_user_id"}
    ),
    "retention_runs": frozenset({"id", "started_at", "finished_at", "approved_by_id", "automatic", "today"}),
    "retention_decisions": frozenset(
        {
            "id",
            "category",
            "subject_kind",
            "due_on",
            "decision",
            "postponed_until",
            "decided_at",
            "decided_by_id",
            "run_id",
            "outcome",
            "outcome_reason",
            "record_count",
        }
    ),
    "erasure_journal": frozenset({"id", "erased_at", "basis", "request_id"}),
    "desk_writes": frozenset({"writer", "serial", "written_at"}),  # which program wrote, not about whom
    "pending_cleanups": frozenset({"kind"}),  # which clean-up of the files is owed (R31), not of whom
    "audit_log": frozenset(
        {
            "id",
            "occurred_at",
            "staff_user_id",
            "action",
            "entity",
            "entity_id",
            "details",
            "previous_hash",
            "entry_hash",
        }
    ),
    # The salt is random (issue 12): the row's seal in the audit log identifies nobody once it is gone.
    "rectifications": frozenset(
        {"id", "field", "changed_at", "staff_user_id", "request_id", "seal_salt", "source"}
    ),
    "customer_links": frozenset({"id"}),
    # An order's number at the webshop, like orders.order_number: part of the fiscal record (R14).
    "order_links": frozenset({"id", "order_id", "source", "external_id", "import_run"}),
    "import_sources": frozenset(
        {
            "key",
            "kind",
            "url",
            "high_water_mark",
            "last_run_at",
            "last_result",
            "soft_opt_in",
            "consent_fields",
        }
    ),
    "import_mappings": frozenset({"name", "definition", "saved_at"}),
    "marketing_suppressions": frozenset({"id", "added_at"}),
    "installation_secrets": frozenset({"key", "value"}),
    "alembic_version": frozenset({"version_num"}),
}


# How each table's rows belong to a customer: (column, parent table); parent None means customers.id.
# Schema knowledge, not classification: erasure (R14) walks it to find one person's rows.
OWNER_LINKS: dict[str, tuple[str, str | None]] = {
    "customers": ("id", None),
    "addresses": ("customer_id", None),
    "portal_accounts": ("customer_id", None),
    "service_contacts": ("customer_id", None),
    "orders": ("customer_id", None),
    "invoices": ("order_id", "orders"),
    "payments": ("order_id", "orders"),
    "shipments": ("order_id", "orders"),
    "returns_repairs": ("customer_id", None),
    "consent_events": ("customer_id", None),
    "requests": ("customer_id", None),
    "case_events": ("request_id", "requests"),
    "recipient_tasks": ("request_id", "requests"),
    "legal_holds": ("customer_id", None),
    "rectifications": ("customer_id", None),
    "customer_links": ("customer_id", None),
    "retention_decisions": ("customer_id", None),
}

# R14: what another law keeps after an erasure request, and why (for the reply letter). Columns of these
# categories are nullified or kept unlinked as the registry says; everything else of the person goes.
KEPT_BY_LAW: dict[Keep, str] = {
    Keep.FISCAL: QT_TRANSLATE_NOOP(
        "registry",
        "tax law: orders, invoices and payments are kept for the fiscal period from the end of their year "
        "(AWR 52), without name and address",
    ),
    Keep.CASES: QT_TRANSLATE_NOOP(
        "registry", "proof of how the request was handled (AVG 5(2)), without its free text"
    ),
}
# What stays of a person after erasure, per category kept by law, in words for the screens and the reply.
KEPT_WHAT: dict[Keep, str] = {
    Keep.FISCAL: QT_TRANSLATE_NOOP("registry", "orders with their invoices and payments"),
    Keep.CASES: QT_TRANSLATE_NOOP("registry", "requests (cases) of the person"),
}
# The tables of one person's data as people call them (the screens translate them, context "registry").
TABLE_NAMES: dict[str, str] = {
    "customers": QT_TRANSLATE_NOOP("registry", "customer"),
    "addresses": QT_TRANSLATE_NOOP("registry", "addresses"),
    "portal_accounts": QT_TRANSLATE_NOOP("registry", "portal account"),
    "service_contacts": QT_TRANSLATE_NOOP("registry", "customer-service contacts"),
    "orders": QT_TRANSLATE_NOOP("registry", "orders"),
    "order_lines": QT_TRANSLATE_NOOP("registry", "order lines"),
    "invoices": QT_TRANSLATE_NOOP("registry", "invoices"),
    "payments": QT_TRANSLATE_NOOP("registry", "payments"),
    "shipments": QT_TRANSLATE_NOOP("registry", "shipments"),
    "returns_repairs": QT_TRANSLATE_NOOP("registry", "returns and repairs"),
    "consent_events": QT_TRANSLATE_NOOP("registry", "consent events"),
    "requests": QT_TRANSLATE_NOOP("registry", "requests (cases)"),
    "case_events": QT_TRANSLATE_NOOP("registry", "case timeline"),
    "recipient_tasks": QT_TRANSLATE_NOOP("registry", "recipient tasks"),
    "legal_holds": QT_TRANSLATE_NOOP("registry", "legal holds"),
    "rectifications": QT_TRANSLATE_NOOP("registry", "corrections"),
    "customer_links": QT_TRANSLATE_NOOP("registry", "webshop accounts"),
    "retention_decisions": QT_TRANSLATE_NOOP("registry", "review decisions"),
}


# R14: for a business customer the invoice keeps the buyer's name, address and VAT number while the
# fiscal period runs: VAT law requires them on a business invoice (Wet OB art. 35a). A consumer's
# invoice needs none of them, so for a person they go at once (R31).
KEPT_FOR_BUSINESS: frozenset[tuple[str, str]] = frozenset(
    {("invoices", "billing_name"), ("invoices", "billing_address"), ("invoices", "vat_number")}
)
BUSINESS_INVOICE_LAW = QT_TRANSLATE_NOOP(
    "registry",
    "VAT law: a business invoice names the buyer (Wet OB art. 35a), kept with the invoice until its "
    "fiscal period ends",
)
BUSINESS_INVOICE_WHAT = QT_TRANSLATE_NOOP("registry", "buyer's details on the invoices")


def personal_columns(table: str | None = None) -> list[PersonalColumn]:
    return [col for col in PERSONAL_DATA if table is None or col.table == table]


def personal_tables() -> list[str]:
    return list(dict.fromkeys(col.table for col in PERSONAL_DATA))


def columns_kept_by(category: Keep) -> list[PersonalColumn]:
    return [col for col in PERSONAL_DATA if col.retention is category]


def erasure_tables() -> list[str]:
    """Tables holding one person's rows, children before parents (the order rows are removed in)."""
    order = [t for t in OWNER_LINKS if OWNER_LINKS[t][1] is not None]
    order += [t for t in OWNER_LINKS if OWNER_LINKS[t][1] is None and t != "customers"]
    return [*order, "customers"]


def categories_of(tables: Iterable[str]) -> list[DataCategory]:
    """The data categories held in `tables`, in registry order (for the access copy's R9 b)."""
    wanted = set(tables)
    return list(dict.fromkeys(col.category for col in PERSONAL_DATA if col.table in wanted))
