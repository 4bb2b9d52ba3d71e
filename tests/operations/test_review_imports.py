"""Review of the import operation (issue 13) as the app and the CLI call it: bad input, the dry run's
promise, and the owner's column mappings. Each test here failed against the code as reviewed.

Files are written in Shopify's documented customer export layout (the newer one, with "Customer ID" and
"Default Address ..." columns, values with a leading apostrophe) and as another system's CSV with the
owner's own column mapping.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from spaceoptics_desk.errors import KnownError
from spaceoptics_desk.operations.context import Context
from spaceoptics_desk.operations.import_mappings import look_at_file, save_column_mapping
from spaceoptics_desk.operations.imports import import_file
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import Customer
from tests.services.imports.csv_files import write_csv

SHOPIFY_HEADER = [
    "Customer ID",
    "First Name",
    "Last Name",
    "Email",
    "Accepts Email Marketing",
    "Default Address Company",
    "Default Address Address1",
    "Default Address Address2",
    "Default Address City",
    "Default Address Province Code",
    "Default Address Country Code",
    "Default Address Zip",
    "Default Address Phone",
    "Phone",
    "Accepts SMS Marketing",
    "Total Spent",
    "Total Orders",
    "Note",
    "Tax Exempt",
    "Tags",
]


def shopify_row(customer_id: str, first: str, last: str, email: str) -> list[str]:
    return [
        f"'{customer_id}",
        first,
        last,
        email,
        "no",
        "",
        "Kerkweg 3",
        "",
        "Tiel",
        "",
        "NL",
        "4001 AB",
        "",
        "",
        "no",
        "0.00",
        "0",
        "",
        "no",
        "",
    ]


def customers(database: Database) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(Customer)) or 0


@pytest.mark.parametrize("kind", ["missing", "directory"])
def test_review_a_missing_file_or_a_folder_is_one_clear_refusal_not_an_unexpected_error(
    owner: Context, database: Database, tmp_path: Path, kind: str
) -> None:
    """The CLI prints a KnownError as one line and exits 1; anything else is "an unexpected error
    happened" and exit 70 (as `import missing.csv` and `import some-folder` do now)."""
    path = tmp_path / "export.csv"
    if kind == "directory":
        path.mkdir()
    before = customers(database)
    with pytest.raises(KnownError):
        import_file(owner, path, dry_run=True)
    with pytest.raises(KnownError):
        import_file(owner, path)
    with pytest.raises(KnownError):
        look_at_file(owner, path)
    assert customers(database) == before


def test_review_the_dry_run_of_an_all_or_nothing_import_says_what_the_import_then_does(
    owner: Context, database: Database, tmp_path: Path
) -> None:
    """One bad e-mail address among good rows: "all or nothing" (the default) writes nothing. Its dry run
    must say so, not promise the good rows."""
    path = write_csv(
        tmp_path / "customers_export.csv",
        [
            SHOPIFY_HEADER,
            shopify_row("7398802653260", "Anna", "van der Berg", "anna.vanderberg@example.nl"),
            shopify_row("7398802653261", "Piet", "Jansen", "piet-at-example.nl"),
        ],
    )
    dry = import_file(owner, path, dry_run=True).result.as_json()
    real = import_file(owner, path).result.as_json()
    assert real["applied"] is False and real["added"] == 0  # all or nothing: nothing was written
    assert (dry["added"], dry["refused"]) == (real["added"], real["refused"])


def test_review_two_systems_mapped_by_the_owner_do_not_mix_their_customer_numbers(
    owner: Context, database: Database, tmp_path: Path
) -> None:
    """The owner maps the till's export ("Kassa") and a fair's sign-up list ("Beurs"). Both number their
    people from 1: customer 1 of the till and person 1 of the fair are two people, not one whose name
    and e-mail address the second file "rectifies"."""
    till_columns = {
        "Klantnr": "external_id",
        "Voornaam": "first_name",
        "Achternaam": "last_name",
        "E-mail": "email",
    }
    save_column_mapping(owner, "Kassa", till_columns, list(till_columns))
    fair_columns = {"Nr": "external_id", "Naam": "full_name", "Emailadres": "email"}
    save_column_mapping(owner, "Beurs", fair_columns, list(fair_columns))
    till = write_csv(
        tmp_path / "kassa.csv",
        [["Klantnr", "Voornaam", "Achternaam", "E-mail"], ["1", "Anna", "van der Berg", "anna@example.nl"]],
        delimiter=";",
    )
    fair = write_csv(
        tmp_path / "beurs.csv",
        [["Nr", "Naam", "Emailadres"], ["1", "Piet Jansen", "piet@example.nl"]],
        delimiter=";",
    )
    before = customers(database)
    import_file(owner, till, "mapped", "Kassa")
    import_file(owner, fair, "mapped", "Beurs")
    assert customers(database) == before + 2
    with database.reading() as session:
        emails = set(session.scalars(select(Customer.email)))
    assert {"anna@example.nl", "piet@example.nl"} <= emails
