"""Which webshop export a CSV file is, told by its header labels (issue 13).

The label sets are those the platforms write (checked against their documentation and sample exports;
see tests/fixtures/imports/README.md for the sources):

- **woocommerce-orders**: the order-export plugins. "Advanced Order Export For WooCommerce" (AlgolPlus)
  writes labels such as `Order Number`, `Order Status`, `Order Date`, `First Name (Billing)`,
  `Email (Billing)`, `Address 1&2 (Billing)`, `Postcode (Billing)`, `Country Code (Billing)`, `SKU`,
  `Item #`, `Item Name`, `Quantity`, `Item Cost`, `Order Total Amount`, one row per product. SkyVerge's
  "WooCommerce Customer / Order / Coupon Export" ("Default - One Row per Item") writes the field keys
  themselves: `order_number`, `order_date`, `status`, `billing_email`, `item_sku`, `item_quantity`, ...
- **woocommerce-customers**: WooCommerce Analytics > Customers > Download (`Name`, `Username`,
  `Last active`, `Date registered`, `Email`, `Orders`, `Total spend`, `AOV`, `Country / Region`, `City`,
  `Region`, `Postal code`).
- **shopify-customers**: Customers > Export, both the older layout (`First Name`, ..., `Address1`, `Zip`)
  and the newer one (`Customer ID`, ..., `Default Address Address1`, `Default Address Zip`).
- **shopify-orders**: Orders > Export (`Name`, `Email`, `Financial Status`, ..., `Lineitem quantity`,
  ..., `Billing Name`, ...), one row per line item.
- **lightspeed-customers**: Lightspeed eCom Tools > Exports > Customers (`Firstname`,
  `LastnamePreposition`, `Lastname`, `E-Mail`, `Streetname`, `Number`, `Extension`, `Zipcode`, ...).

Labels are compared without regard to case or repeated spaces.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import StrEnum

from spaceoptics_desk.domain.incoming import SourceKind


class FormatName(StrEnum):
    WOOCOMMERCE_ORDERS = "woocommerce-orders"
    WOOCOMMERCE_CUSTOMERS = "woocommerce-customers"
    SHOPIFY_CUSTOMERS = "shopify-customers"
    SHOPIFY_ORDERS = "shopify-orders"
    LIGHTSPEED_CUSTOMERS = "lightspeed-customers"
    MAPPED = "mapped"  # the owner's own column mapping (mapped_csv.py); never detected


SOURCE_KINDS = {
    FormatName.WOOCOMMERCE_ORDERS: SourceKind.WOOCOMMERCE,
    FormatName.WOOCOMMERCE_CUSTOMERS: SourceKind.WOOCOMMERCE,
    FormatName.SHOPIFY_CUSTOMERS: SourceKind.SHOPIFY,
    FormatName.SHOPIFY_ORDERS: SourceKind.SHOPIFY,
    FormatName.LIGHTSPEED_CUSTOMERS: SourceKind.LIGHTSPEED,
    FormatName.MAPPED: SourceKind.MAPPED,
}


def label_key(label: str) -> str:
    """How labels are compared: lower case, single spaces."""
    return " ".join(label.lower().split())


# Each format: alternative sets of labels that together only that export writes (any one set is enough).
_SIGNATURES: tuple[tuple[FormatName, tuple[frozenset[str], ...]], ...] = (
    (
        FormatName.SHOPIFY_ORDERS,
        (frozenset({"name", "email", "financial status", "lineitem quantity", "lineitem name"}),),
    ),
    (
        FormatName.SHOPIFY_CUSTOMERS,
        (
            frozenset({"first name", "last name", "email", "accepts email marketing", "address1", "zip"}),
            frozenset({"first name", "last name", "email", "accepts marketing", "address1", "zip"}),
            frozenset({"customer id", "first name", "last name", "email", "default address address1"}),
        ),
    ),
    (
        FormatName.WOOCOMMERCE_ORDERS,
        (
            frozenset({"order number", "order date", "email (billing)"}),
            frozenset({"order_number", "order_date", "billing_email"}),
            frozenset({"order_id", "order_date", "billing_email"}),
        ),
    ),
    (
        FormatName.WOOCOMMERCE_CUSTOMERS,
        (frozenset({"name", "username", "last active", "date registered", "email"}),),
    ),
    (
        FormatName.LIGHTSPEED_CUSTOMERS,
        (
            frozenset({"firstname", "lastname", "e-mail", "lastnamepreposition"}),
            frozenset({"firstname", "lastname", "e-mail", "streetname", "zipcode"}),
        ),
    ),
)


def detect_format(labels: Iterable[str]) -> FormatName | None:
    """The export these header labels come from; None for a header no known export writes."""
    keys = {label_key(label) for label in labels}
    for name, signatures in _SIGNATURES:
        if any(signature <= keys for signature in signatures):
            return name
    return None


def fits(name: FormatName, labels: Sequence[str]) -> bool:
    """Whether a file with these labels can be read as `name` (a format the owner chose by hand)."""
    if name == FormatName.MAPPED:
        return True
    keys = {label_key(label) for label in labels}
    signatures = next(sets for format_name, sets in _SIGNATURES if format_name == name)
    return any(signature <= keys for signature in signatures)
