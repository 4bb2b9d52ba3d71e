"""The shop's API key: in the keyring, in an owner-only file where there is none, or from the environment
for a scheduled `sync` (issue 13; R31)."""

from __future__ import annotations

import stat
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from spaceoptics_desk.errors import InvalidInput
from spaceoptics_desk.services.imports.woocommerce.client import ApiKey
from spaceoptics_desk.services.imports.woocommerce.credentials import (
    FILE_NAME,
    KEY_VARIABLE,
    SECRET_VARIABLE,
    SERVICE_NAME,
    CredentialsUnsafe,
    KeptIn,
    api_key_as_text,
    forget_api_key,
    load_api_key,
    save_api_key,
)
from tests.mail_server import MemoryKeyring, memory_keyring_fixture, restore_keyring_fixture

__all__ = ["memory_keyring_fixture", "restore_keyring_fixture"]

SHOP = "https://winkel.example.nl"
API_KEY = ApiKey("ck_1234567890abcdef1234567890abcdef12345678", "cs_abcdef1234567890abcdef1234567890abcdef12")
NO_ENVIRONMENT: dict[str, str] = {}


@pytest.fixture
def no_keyring(restore_keyring: None) -> None:
    keyring.set_keyring(fail.Keyring())


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_the_key_goes_in_an_owner_only_file_and_comes_back(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert save_api_key(SHOP + "/", API_KEY, folder) is KeptIn.FILE
    path = folder / FILE_NAME
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert load_api_key("https://WINKEL.example.nl", folder, NO_ENVIRONMENT) == (API_KEY, KeptIn.FILE)
    assert load_api_key("https://andere-winkel.example.nl", folder, NO_ENVIRONMENT) is None
    assert not list(folder.glob("*.writing"))  # written through a sibling, renamed over


@pytest.mark.usefixtures("no_keyring")
def test_two_shops_in_the_file_and_forgetting_one(tmp_path: Path) -> None:
    other = ApiKey("ck_other", "cs_other")
    save_api_key(SHOP, API_KEY, tmp_path)
    save_api_key("https://tweede.example.nl", other, tmp_path)
    forget_api_key(SHOP, tmp_path)
    assert load_api_key(SHOP, tmp_path, NO_ENVIRONMENT) is None
    assert load_api_key("https://tweede.example.nl", tmp_path, NO_ENVIRONMENT) == (other, KeptIn.FILE)
    forget_api_key("https://tweede.example.nl", tmp_path)
    assert not (tmp_path / FILE_NAME).exists()


@pytest.mark.usefixtures("no_keyring")
def test_a_file_others_can_read_is_refused(tmp_path: Path) -> None:
    save_api_key(SHOP, API_KEY, tmp_path)
    (tmp_path / FILE_NAME).chmod(0o644)
    with pytest.raises(CredentialsUnsafe) as caught:
        load_api_key(SHOP, tmp_path, NO_ENVIRONMENT)
    assert API_KEY.secret not in caught.value.text()
    assert "other users" in caught.value.text()


def test_with_a_keyring_the_key_goes_there_and_no_copy_stays_on_disk(
    tmp_path: Path, memory_keyring: MemoryKeyring, restore_keyring: None
) -> None:
    keyring.set_keyring(fail.Keyring())
    save_api_key(SHOP, API_KEY, tmp_path)  # before the keyring was there
    keyring.set_keyring(memory_keyring)
    assert save_api_key(SHOP, API_KEY, tmp_path) is KeptIn.KEYRING
    assert (SERVICE_NAME, SHOP) in memory_keyring.passwords
    assert not (tmp_path / FILE_NAME).exists()
    assert load_api_key(SHOP, tmp_path, NO_ENVIRONMENT) == (API_KEY, KeptIn.KEYRING)
    forget_api_key(SHOP, tmp_path)
    assert memory_keyring.passwords == {}


@pytest.mark.usefixtures("no_keyring")
def test_the_environment_overrides_what_is_kept(tmp_path: Path) -> None:
    save_api_key(SHOP, API_KEY, tmp_path)
    environment = {KEY_VARIABLE: "ck_from_the_job", SECRET_VARIABLE: "cs_from_the_job"}
    assert load_api_key(SHOP, tmp_path, environment) == (
        ApiKey("ck_from_the_job", "cs_from_the_job"),
        KeptIn.ENVIRONMENT,
    )


def test_only_one_of_the_variables_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as caught:
        load_api_key(SHOP, tmp_path, {KEY_VARIABLE: "ck_from_the_job"})
    assert SECRET_VARIABLE in caught.value.text()
    assert "ck_from_the_job" not in caught.value.text()


@pytest.mark.usefixtures("no_keyring")
def test_a_key_the_importer_kept_in_the_encrypted_database(tmp_path: Path) -> None:
    stored = api_key_as_text(API_KEY)
    assert load_api_key(SHOP, tmp_path, NO_ENVIRONMENT, stored=stored) == (API_KEY, KeptIn.DATABASE)
    with pytest.raises(InvalidInput):
        load_api_key(SHOP, tmp_path, NO_ENVIRONMENT, stored="{not json")


def test_the_secret_stays_out_of_the_keys_repr() -> None:
    assert API_KEY.secret not in repr(API_KEY)
