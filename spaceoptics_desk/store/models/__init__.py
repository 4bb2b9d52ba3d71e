"""SQLAlchemy models. Importing this package registers every table on `Base.metadata`."""

from spaceoptics_desk.store.models.audit import AuditEntry, Rectification
from spaceoptics_desk.store.models.base import Base
from spaceoptics_desk.store.models.commerce import Invoice, Order, OrderLine, Payment, ReturnRepair, Shipment
from spaceoptics_desk.store.models.imports import CustomerLink, ImportMapping, ImportSource, OrderLink
from spaceoptics_desk.store.models.people import Address, Customer, PortalAccount, ServiceContact, StaffUser
from spaceoptics_desk.store.models.privacy import (
    CaseEvent,
    ConsentEvent,
    ConsentWording,
    Holiday,
    InstallationSecret,
    LegalHold,
    MarketingSuppression,
    Purpose,
    Recipient,
    RecipientTask,
    Request,
    RequestRight,
    RetentionRuleRow,
)
from spaceoptics_desk.store.models.retention import (
    DeskWrite,
    ErasureJournalEntry,
    PendingCleanup,
    RetentionDecision,
    RetentionRuleChange,
    RetentionRun,
)

__all__ = [
    "Address",
    "AuditEntry",
    "Base",
    "CaseEvent",
    "ConsentEvent",
    "ConsentWording",
    "Customer",
    "CustomerLink",
    "DeskWrite",
    "ErasureJournalEntry",
    "Holiday",
    "ImportMapping",
    "ImportSource",
    "InstallationSecret",
    "Invoice",
    "LegalHold",
    "MarketingSuppression",
    "Order",
    "OrderLine",
    "OrderLink",
    "Payment",
    "PendingCleanup",
    "PortalAccount",
    "Purpose",
    "Recipient",
    "RecipientTask",
    "Rectification",
    "Request",
    "RequestRight",
    "RetentionDecision",
    "RetentionRuleChange",
    "RetentionRuleRow",
    "RetentionRun",
    "ReturnRepair",
    "ServiceContact",
    "Shipment",
    "StaffUser",
]
