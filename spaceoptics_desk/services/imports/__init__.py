"""Webshop imports and sync (issue 13)."""
