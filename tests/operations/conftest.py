"""The operations run on the services' small hand-made shop."""

from tests.services.conftest import shop  # noqa: F401 (a fixture)
