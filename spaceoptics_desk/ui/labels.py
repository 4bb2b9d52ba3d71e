"""Words for the codes the database stores ("ideal", "in_progress", "legal_obligation").

The records keep stable English codes; people see a translated word (context "labels"). An unknown
code is shown as it is rather than hidden.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from spaceoptics_desk.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from spaceoptics_desk.services.retention_scan import FieldGroup

_LABELS: dict[str, dict[str, str]] = {
    "customer_kind": {
        "private": QT_TRANSLATE_NOOP("labels", "Private customer"),
        "business": QT_TRANSLATE_NOOP("labels", "Business customer"),
    },
    "source": {
        "webshop": QT_TRANSLATE_NOOP("labels", "Webshop"),
        "phone": QT_TRANSLATE_NOOP("labels", "Telephone"),
        "counter": QT_TRANSLATE_NOOP("labels", "Shop counter"),
        "import": QT_TRANSLATE_NOOP("labels", "Import"),
    },
    "channel": {
        "webshop": QT_TRANSLATE_NOOP("labels", "Webshop"),
        "web": QT_TRANSLATE_NOOP("labels", "Website"),
        "phone": QT_TRANSLATE_NOOP("labels", "Telephone"),
        "email": QT_TRANSLATE_NOOP("labels", "E-mail"),
        "counter": QT_TRANSLATE_NOOP("labels", "Shop counter"),
        "letter": QT_TRANSLATE_NOOP("labels", "Letter"),
        "in_person": QT_TRANSLATE_NOOP("labels", "In person"),
    },
    "order_status": {
        "open": QT_TRANSLATE_NOOP("labels", "Open"),
        "paid": QT_TRANSLATE_NOOP("labels", "Paid"),
        "shipped": QT_TRANSLATE_NOOP("labels", "Shipped"),
        "delivered": QT_TRANSLATE_NOOP("labels", "Delivered"),
        "cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
    },
    "payment_method": {
        "ideal": QT_TRANSLATE_NOOP("labels", "iDEAL"),
        "creditcard": QT_TRANSLATE_NOOP("labels", "Credit card"),
        "paypal": QT_TRANSLATE_NOOP("labels", "PayPal"),
        "banktransfer": QT_TRANSLATE_NOOP("labels", "Bank transfer"),
        "pin": QT_TRANSLATE_NOOP("labels", "Debit card (PIN)"),
        "cash": QT_TRANSLATE_NOOP("labels", "Cash"),
    },
    "return_kind": {
        "return": QT_TRANSLATE_NOOP("labels", "Return"),
        "repair": QT_TRANSLATE_NOOP("labels", "Repair"),
    },
    "case_status": {
        "open": QT_TRANSLATE_NOOP("labels", "Open"),
        "in_progress": QT_TRANSLATE_NOOP("labels", "In progress"),
        "waiting": QT_TRANSLATE_NOOP("labels", "Waiting for the customer"),
        "answered": QT_TRANSLATE_NOOP("labels", "Answered"),
        "closed": QT_TRANSLATE_NOOP("labels", "Closed"),
    },
    "contact_kind": {
        "contact": QT_TRANSLATE_NOOP("labels", "Contact"),
        "feedback": QT_TRANSLATE_NOOP("labels", "Feedback"),
    },
    "legal_basis": {
        "consent": QT_TRANSLATE_NOOP("labels", "Consent"),
        "contract": QT_TRANSLATE_NOOP("labels", "Contract"),
        "legal_obligation": QT_TRANSLATE_NOOP("labels", "Legal obligation"),
        "legitimate_interest": QT_TRANSLATE_NOOP("labels", "Legitimate interest"),
        "objection": QT_TRANSLATE_NOOP("labels", "Legitimate interest (right to object)"),
    },
    "consent_status": {
        "given": QT_TRANSLATE_NOOP("labels", "Given"),
        "withdrawn": QT_TRANSLATE_NOOP("labels", "Withdrawn"),
        "never_asked": QT_TRANSLATE_NOOP("labels", "Never asked"),
    },
    "objection_status": {
        # For an objection purpose the ledger records the objection itself.
        "given": QT_TRANSLATE_NOOP("labels", "Objected"),
        "withdrawn": QT_TRANSLATE_NOOP("labels", "Objection withdrawn"),
        "never_asked": QT_TRANSLATE_NOOP("labels", "No objection"),
    },
    "consent_action": {
        "given": QT_TRANSLATE_NOOP("labels", "Given"),
        "withdrawn": QT_TRANSLATE_NOOP("labels", "Withdrawn"),
    },
    "consent_basis": {
        "opt_in": QT_TRANSLATE_NOOP("labels", "Opt-in"),
        "soft_opt_in": QT_TRANSLATE_NOOP("labels", "Soft opt-in (existing customer)"),
        "objection": QT_TRANSLATE_NOOP("labels", "Objection"),
    },
    "mechanism": {
        "checkbox": QT_TRANSLATE_NOOP("labels", "Checkbox"),
        "double_opt_in": QT_TRANSLATE_NOOP("labels", "Double opt-in"),
        "spoken": QT_TRANSLATE_NOOP("labels", "Spoken"),
        "written": QT_TRANSLATE_NOOP("labels", "Written"),
    },
    "right": {
        "access": QT_TRANSLATE_NOOP("labels", "Access"),
        "rectification": QT_TRANSLATE_NOOP("labels", "Rectification"),
        "erasure": QT_TRANSLATE_NOOP("labels", "Erasure"),
        "restriction": QT_TRANSLATE_NOOP("labels", "Restriction"),
        "objection": QT_TRANSLATE_NOOP("labels", "Objection"),
        "portability": QT_TRANSLATE_NOOP("labels", "Portability"),
        "marketing": QT_TRANSLATE_NOOP("labels", "Stop marketing"),
    },
    # The rights as the intake dialog's checkboxes name them (R1), in the words staff use on the phone.
    "right_choice": {
        "access": QT_TRANSLATE_NOOP("labels", "Access"),
        "rectification": QT_TRANSLATE_NOOP("labels", "Correction"),
        "erasure": QT_TRANSLATE_NOOP("labels", "Erasure"),
        "restriction": QT_TRANSLATE_NOOP("labels", "Restriction"),
        "objection": QT_TRANSLATE_NOOP("labels", "Objection"),
        "portability": QT_TRANSLATE_NOOP("labels", "Portability"),
        "marketing": QT_TRANSLATE_NOOP("labels", "Marketing preferences"),
    },
    "identity_method": {
        "email-on-file": QT_TRANSLATE_NOOP("labels", "Reply goes to the e-mail address on file"),
        "order-and-postcode": QT_TRANSLATE_NOOP("labels", "Order number and postcode confirmed"),
        "call-back": QT_TRANSLATE_NOOP("labels", "Called back on the number on file"),
        "other": QT_TRANSLATE_NOOP("labels", "Other (describe in the note)"),
    },
    "case_outcome": {
        "complied": QT_TRANSLATE_NOOP("labels", "Complied"),
        "partly_refused": QT_TRANSLATE_NOOP("labels", "Partly refused"),
        "refused": QT_TRANSLATE_NOOP("labels", "Refused"),
        "withdrawn": QT_TRANSLATE_NOOP("labels", "Withdrawn by the person"),
    },
    "case_event": {
        "intake": QT_TRANSLATE_NOOP("labels", "Request received and recorded"),
        "verified": QT_TRANSLATE_NOOP("labels", "Identity checked"),
        "extended": QT_TRANSLATE_NOOP("labels", "Deadline extended"),
        "paused": QT_TRANSLATE_NOOP("labels", "Waiting for the person"),
        "resumed": QT_TRANSLATE_NOOP("labels", "Information received"),
        "restricted": QT_TRANSLATE_NOOP("labels", "Processing restricted"),
        "restriction_lifted": QT_TRANSLATE_NOOP("labels", "Restriction lifted"),
        "corrected": QT_TRANSLATE_NOOP("labels", "Details corrected"),
        "recipients_listed": QT_TRANSLATE_NOOP("labels", "Recipients to tell"),
        "recipient_told": QT_TRANSLATE_NOOP("labels", "Recipient told"),
        "recipient_not_told": QT_TRANSLATE_NOOP(
            "labels", "Recipient not told (impossible or disproportionate)"
        ),
        # The data copy (issue 5): made, being sent, sent, failed, or saved as an e-mail draft.
        "copy_created": QT_TRANSLATE_NOOP("labels", "Data copy created"),
        "copy_sending": QT_TRANSLATE_NOOP("labels", "Sending: outcome unknown"),
        "copy_sent": QT_TRANSLATE_NOOP("labels", "Data copy sent"),
        "copy_send_failed": QT_TRANSLATE_NOOP("labels", "Sending failed"),
        "copy_draft_saved": QT_TRANSLATE_NOOP("labels", "E-mail draft saved"),
        "note": QT_TRANSLATE_NOOP("labels", "Note"),
        # Issue 6: the erasure request was carried out (the note says what was kept, why, until when).
        "erased": QT_TRANSLATE_NOOP("labels", "Customer erased"),
        "closed": QT_TRANSLATE_NOOP("labels", "Closed"),
    },
    "recipient_trigger": {
        "rectification": QT_TRANSLATE_NOOP("labels", "Correction"),
        "erasure": QT_TRANSLATE_NOOP("labels", "Erasure"),
        "restriction": QT_TRANSLATE_NOOP("labels", "Restriction"),
    },
    # R16: what a recipient knows the person by (kept on an open task, also after an erasure).
    "reference_kind": {
        "order_number": QT_TRANSLATE_NOOP("labels", "order"),
        "tracking_code": QT_TRANSLATE_NOOP("labels", "tracking code"),
        "payment_reference": QT_TRANSLATE_NOOP("labels", "payment reference"),
        "email": QT_TRANSLATE_NOOP("labels", "e-mail"),
        "login_name": QT_TRANSLATE_NOOP("labels", "login"),
        "email_sha256": QT_TRANSLATE_NOOP("labels", "e-mail (SHA-256)"),
    },
    "recipient_task_status": {
        "open": QT_TRANSLATE_NOOP("labels", "To do"),
        "told": QT_TRANSLATE_NOOP("labels", "Told"),
        "not_possible": QT_TRANSLATE_NOOP("labels", "Not possible / disproportionate"),
    },
    "retention_category": {
        "profile": QT_TRANSLATE_NOOP("labels", "Profile, contact data and addresses"),
        "fiscal": QT_TRANSLATE_NOOP("labels", "Orders, invoices and payments (fiscal)"),
        "portal_account": QT_TRANSLATE_NOOP("labels", "Portal account"),
        "consent": QT_TRANSLATE_NOOP("labels", "Consent events"),
        "fraud": QT_TRANSLATE_NOOP("labels", "Fraud data"),
        "service_contacts": QT_TRANSLATE_NOOP("labels", "Customer-service contacts"),
        "cases": QT_TRANSLATE_NOOP("labels", "Requests (cases)"),
    },
    # Why each category is kept, for the customer view's retention tab (the rule data's legal_basis is
    # the English text of the policy; see resources/policy/retention_rules.json).
    "retention_reason": {
        # The grounds only: the periods are the retention rules' (settings the owner may change).
        "profile": QT_TRANSLATE_NOOP(
            "labels",
            "Shop policy: kept for its period after the last order, then erased (GDPR art. 5(1)(e)).",
        ),
        "fiscal": QT_TRANSLATE_NOOP(
            "labels", "Tax law: kept for its period from the end of the year of the document (AWR art. 52)."
        ),
        "portal_account": QT_TRANSLATE_NOOP(
            "labels", "Shop policy: an account not used for its period is deleted."
        ),
        "consent": QT_TRANSLATE_NOOP(
            "labels", "Proof of consent (GDPR art. 7(1)), kept as the shop policy says."
        ),
        "fraud": QT_TRANSLATE_NOOP(
            "labels",
            "Legitimate interest (GDPR art. 6(1)(f)): kept until the legal hold's review date.",
        ),
        "service_contacts": QT_TRANSLATE_NOOP(
            "labels", "Customer service: kept for its period after the contact."
        ),
        "cases": QT_TRANSLATE_NOOP(
            "labels",
            "Proof of how a request was handled (GDPR art. 5(2)), kept for its period after closing.",
        ),
    },
    "trigger": {
        "last_order": QT_TRANSLATE_NOOP("labels", "after the last order (or creation)"),
        "document_year_end": QT_TRANSLATE_NOOP("labels", "after the end of the document's year"),
        "last_login": QT_TRANSLATE_NOOP("labels", "after the last login"),
        "event": QT_TRANSLATE_NOOP("labels", "after the event"),
        "hold_review": QT_TRANSLATE_NOOP("labels", "until the legal hold's review date"),
        "contact": QT_TRANSLATE_NOOP("labels", "after the contact"),
        "case_closed": QT_TRANSLATE_NOOP("labels", "after the case was closed"),
    },
    "retention_action": {
        "erase": QT_TRANSLATE_NOOP("labels", "Erase"),
        "anonymise": QT_TRANSLATE_NOOP("labels", "Anonymise"),
        "delete_account": QT_TRANSLATE_NOOP("labels", "Delete the account"),
        "delete": QT_TRANSLATE_NOOP("labels", "Delete"),
        "review": QT_TRANSLATE_NOOP("labels", "Review"),
    },
    # Why an approved candidate was not carried out (services/retention_review.py SKIP_*).
    "retention_skip": {
        "held": QT_TRANSLATE_NOOP("labels", "legal hold placed meanwhile"),
        "restricted": QT_TRANSLATE_NOOP("labels", "processing restricted meanwhile"),
        "not_due": QT_TRANSLATE_NOOP("labels", "no longer due (e.g. a new order)"),
        "gone": QT_TRANSLATE_NOOP("labels", "already gone"),
        "postponed": QT_TRANSLATE_NOOP("labels", "postponed"),
    },
    # The settings of a retention rule, as its change history names them.
    "retention_setting": {
        "period_months": QT_TRANSLATE_NOOP("labels", "Period (months)"),
        "action": QT_TRANSLATE_NOOP("labels", "Action"),
        "automatic": QT_TRANSLATE_NOOP("labels", "Automatic"),
    },
    "address_kind": {
        "billing": QT_TRANSLATE_NOOP("labels", "Billing address"),
        "delivery": QT_TRANSLATE_NOOP("labels", "Delivery address"),
    },
    "field": {
        "first_name": QT_TRANSLATE_NOOP("labels", "First name"),
        "name_prefix": QT_TRANSLATE_NOOP("labels", "Prefix"),
        "last_name": QT_TRANSLATE_NOOP("labels", "Last name"),
        "company_name": QT_TRANSLATE_NOOP("labels", "Company"),
        "email": QT_TRANSLATE_NOOP("labels", "E-mail"),
        "phone": QT_TRANSLATE_NOOP("labels", "Telephone"),
        "mobile": QT_TRANSLATE_NOOP("labels", "Mobile"),
        "street": QT_TRANSLATE_NOOP("labels", "Street"),
        "house_number": QT_TRANSLATE_NOOP("labels", "House number"),
        "house_number_suffix": QT_TRANSLATE_NOOP("labels", "Addition"),
        "postcode": QT_TRANSLATE_NOOP("labels", "Postcode"),
        "city": QT_TRANSLATE_NOOP("labels", "City"),
        "country": QT_TRANSLATE_NOOP("labels", "Country"),
        # Text fields of requests, reviews and settings, as refusals name them (services/typed_input.py).
        "summary": QT_TRANSLATE_NOOP("labels", "Summary"),
        "contact_details": QT_TRANSLATE_NOOP("labels", "Contact details"),
        "note": QT_TRANSLATE_NOOP("labels", "Note"),
        "reason": QT_TRANSLATE_NOOP("labels", "Reason"),
        "reasons": QT_TRANSLATE_NOOP("labels", "Reasons"),
        "notice": QT_TRANSLATE_NOOP("labels", "Notice to the person"),
        "holiday_name": QT_TRANSLATE_NOOP("labels", "Name of the day"),
        "case_reference": QT_TRANSLATE_NOOP("labels", "Case reference"),
        "host": QT_TRANSLATE_NOOP("labels", "Mail server"),
        "username": QT_TRANSLATE_NOOP("labels", "User name"),
        "sender": QT_TRANSLATE_NOOP("labels", "Sender"),
    },
    "language": {
        "nl": QT_TRANSLATE_NOOP("labels", "Dutch"),
        "en": QT_TRANSLATE_NOOP("labels", "English"),
    },
    "role": {
        "owner": QT_TRANSLATE_NOOP("labels", "owner"),
        "staff": QT_TRANSLATE_NOOP("labels", "staff"),
    },
}


def label(group: str, code: str | None) -> str:
    """The translated word for `code` in `group`; the code itself when there is none."""
    if code is None:
        return ""
    source = _LABELS.get(group, {}).get(code)
    if source is None:
        return code
    return QCoreApplication.translate("labels", source)


def registry_text(text: str) -> str:
    """A text of the personal-data registry (a field, a table, a legal reason) in the user's language."""
    return QCoreApplication.translate("registry", text)


def field_group_text(group: FieldGroup) -> str:
    """ "Table: field, field" of a retention plan, translated."""
    return f"{registry_text(group.label)}: {', '.join(registry_text(f) for f in group.fields)}"


def field_label(field: str) -> str:
    """A rectification trail's field ("email", "address.postcode") as a person reads it."""
    if field.startswith("address."):
        return QCoreApplication.translate("labels", "Address") + ": " + label("field", field[8:]).lower()
    return label("field", field)
