"""Tests of the webshop imports (issue 13)."""
