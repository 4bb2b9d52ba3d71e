"""Words for the import's and the sync's codes (formats, outcomes, reasons, column targets), context
"imports". The reports keep stable English codes (README "import"); people read these. An unknown code is
shown as it is rather than hidden (labels.py does the same)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from spaceoptics_desk.errors import QT_TRANSLATE_NOOP

FORMATS = {
    "woocommerce-orders": QT_TRANSLATE_NOOP("imports", "WooCommerce orders (order export plugin)"),
    "woocommerce-customers": QT_TRANSLATE_NOOP("imports", "WooCommerce customers (Analytics export)"),
    "shopify-customers": QT_TRANSLATE_NOOP("imports", "Shopify customers"),
    "shopify-orders": QT_TRANSLATE_NOOP("imports", "Shopify orders"),
    "lightspeed-customers": QT_TRANSLATE_NOOP("imports", "Lightspeed eCom customers"),
    "mapped": QT_TRANSLATE_NOOP("imports", "your own column mapping"),
    "woocommerce-api": QT_TRANSLATE_NOOP("imports", "the WooCommerce shop (REST API)"),
}

OUTCOMES = {
    "added": QT_TRANSLATE_NOOP("imports", "new"),
    "changed": QT_TRANSLATE_NOOP("imports", "changed"),
    "merged": QT_TRANSLATE_NOOP("imports", "merged"),
    "unchanged": QT_TRANSLATE_NOOP("imports", "unchanged"),
    "skipped": QT_TRANSLATE_NOOP("imports", "skipped"),
    "refused": QT_TRANSLATE_NOOP("imports", "refused"),
}

# Why a record was skipped or refused: the importer's reasons and the readers' (domain.incoming.Problem).
REASONS = {
    "erased": QT_TRANSLATE_NOOP("imports", "erased before (GDPR art. 17)"),
    "suppressed": QT_TRANSLATE_NOOP("imports", "on the never-mail-again list (objection, R18)"),
    "restricted": QT_TRANSLATE_NOOP("imports", "processing restricted (GDPR art. 18)"),
    "legal_hold": QT_TRANSLATE_NOOP("imports", "under a legal hold"),
    "ambiguous_match": QT_TRANSLATE_NOOP("imports", "the e-mail address belongs to several customers"),
    "no_identity": QT_TRANSLATE_NOOP("imports", "no customer number and no e-mail address"),
    "invalid_value": QT_TRANSLATE_NOOP("imports", "a value the app's own checks refuse"),
    "conflicting_order": QT_TRANSLATE_NOOP("imports", "the same order number with other contents"),
    "not_a_table": QT_TRANSLATE_NOOP("imports", "not a CSV file"),
    "empty_file": QT_TRANSLATE_NOOP("imports", "empty file"),
    "broken_encoding": QT_TRANSLATE_NOOP("imports", "the character encoding changes"),
    "unknown_format": QT_TRANSLATE_NOOP("imports", "unknown format"),
    "missing_field": QT_TRANSLATE_NOOP("imports", "a required field is empty"),
    "cell_too_long": QT_TRANSLATE_NOOP("imports", "cell too long"),
    "formula_cell": QT_TRANSLATE_NOOP("imports", "a formula in a cell"),
    "invalid_email": QT_TRANSLATE_NOOP("imports", "invalid e-mail address"),
    "invalid_phone": QT_TRANSLATE_NOOP("imports", "invalid phone number"),
    "invalid_postcode": QT_TRANSLATE_NOOP("imports", "invalid postcode"),
    "invalid_country": QT_TRANSLATE_NOOP("imports", "unknown country"),
    "invalid_house_number": QT_TRANSLATE_NOOP("imports", "invalid house number"),
    "invalid_date": QT_TRANSLATE_NOOP("imports", "invalid date"),
    "invalid_amount": QT_TRANSLATE_NOOP("imports", "invalid amount"),
    "invalid_quantity": QT_TRANSLATE_NOOP("imports", "invalid quantity"),
    "invalid_status": QT_TRANSLATE_NOOP("imports", "unknown order status"),
    "invalid_choice": QT_TRANSLATE_NOOP("imports", "neither yes nor no"),
    "unknown_customer": QT_TRANSLATE_NOOP("imports", "an order of an unknown customer"),
    "broken_record": QT_TRANSLATE_NOOP("imports", "a record not in the documented shape"),
}

CONSENTS = {
    "given": QT_TRANSLATE_NOOP("imports", "newsletter consent given"),
    "withdrawn": QT_TRANSLATE_NOOP("imports", "newsletter consent withdrawn"),
    "soft_opt_in": QT_TRANSLATE_NOOP("imports", "newsletter by soft opt-in"),
}

# What a column of the owner's own CSV holds (services/imports/readers/mapped_csv.py Target).
TARGETS = {
    "ignore": QT_TRANSLATE_NOOP("imports", "do not import"),
    "external_id": QT_TRANSLATE_NOOP("imports", "customer number in the webshop"),
    "email": QT_TRANSLATE_NOOP("imports", "e-mail address"),
    "first_name": QT_TRANSLATE_NOOP("imports", "first name"),
    "name_prefix": QT_TRANSLATE_NOOP("imports", "name prefix (van, de)"),
    "last_name": QT_TRANSLATE_NOOP("imports", "last name"),
    "full_name": QT_TRANSLATE_NOOP("imports", "full name"),
    "company_name": QT_TRANSLATE_NOOP("imports", "company"),
    "phone": QT_TRANSLATE_NOOP("imports", "phone"),
    "mobile": QT_TRANSLATE_NOOP("imports", "mobile"),
    "street": QT_TRANSLATE_NOOP("imports", "street"),
    "street_and_number": QT_TRANSLATE_NOOP("imports", "street and house number"),
    "house_number": QT_TRANSLATE_NOOP("imports", "house number"),
    "house_number_suffix": QT_TRANSLATE_NOOP("imports", "house number addition"),
    "postcode": QT_TRANSLATE_NOOP("imports", "postcode"),
    "city": QT_TRANSLATE_NOOP("imports", "city"),
    "country": QT_TRANSLATE_NOOP("imports", "country"),
    "vat_number": QT_TRANSLATE_NOOP("imports", "VAT number"),
    "kvk_number": QT_TRANSLATE_NOOP("imports", "Chamber of Commerce number"),
    "created_at": QT_TRANSLATE_NOOP("imports", "customer since"),
    "marketing_consent": QT_TRANSLATE_NOOP("imports", "newsletter consent (yes/no)"),
    "order_number": QT_TRANSLATE_NOOP("imports", "order number"),
    "ordered_at": QT_TRANSLATE_NOOP("imports", "order date"),
    "status": QT_TRANSLATE_NOOP("imports", "order status"),
    "total": QT_TRANSLATE_NOOP("imports", "order total"),
    "product_code": QT_TRANSLATE_NOOP("imports", "product code (SKU)"),
    "description": QT_TRANSLATE_NOOP("imports", "product description"),
    "quantity": QT_TRANSLATE_NOOP("imports", "quantity"),
    "unit_price": QT_TRANSLATE_NOOP("imports", "unit price"),
}

# Why a sync failed, short, for the status bar (services/imports/woocommerce/client.py Reason); the full
# sentence of the failure itself goes in the label's tooltip when this desk saw it.
SYNC_FAILURES = {
    "bad_address": QT_TRANSLATE_NOOP("imports", "the shop's address is not valid"),
    "not_https": QT_TRANSLATE_NOOP("imports", "the shop's address is not https://"),
    "credentials_refused": QT_TRANSLATE_NOOP("imports", "the shop refused the API key"),
    "no_api": QT_TRANSLATE_NOOP("imports", "no WooCommerce API at the shop's address"),
    "redirected_elsewhere": QT_TRANSLATE_NOOP("imports", "the shop redirected to another address"),
    "tls_certificate": QT_TRANSLATE_NOOP("imports", "the shop's certificate could not be verified"),
    "tls_failed": QT_TRANSLATE_NOOP("imports", "no secure connection to the shop"),
    "timeout": QT_TRANSLATE_NOOP("imports", "the shop did not answer in time"),
    "unreachable": QT_TRANSLATE_NOOP("imports", "the shop could not be reached"),
    "rate_limited": QT_TRANSLATE_NOOP("imports", "the shop asked to wait (too many requests)"),
    "server_error": QT_TRANSLATE_NOOP("imports", "the shop had a server error"),
    "unexpected_status": QT_TRANSLATE_NOOP("imports", "an unexpected answer from the shop"),
    "not_json": QT_TRANSLATE_NOOP("imports", "the shop sent a page that is not JSON"),
    "not_a_list": QT_TRANSLATE_NOOP("imports", "the shop sent something other than records"),
    "page_too_large": QT_TRANSLATE_NOOP("imports", "the shop sent a page far too large"),
    "kept_changing": QT_TRANSLATE_NOOP("imports", "the shop changed faster than it could be read"),
}

_GROUPS = {
    "format": FORMATS,
    "outcome": OUTCOMES,
    "reason": REASONS,
    "consent": CONSENTS,
    "target": TARGETS,
    "sync_failure": SYNC_FAILURES,
}


def word(group: str, code: str) -> str:
    """The translated word for `code` in `group` ("format", "outcome", "reason", "consent", "target",
    "sync_failure"); the code itself when there is none."""
    source = _GROUPS[group].get(code)
    return code if source is None else QCoreApplication.translate("imports", source)
