"""The operations are tested on the same small shop as the services."""

from tests.services.conftest import Shop, shop

__all__ = ["Shop", "shop"]
