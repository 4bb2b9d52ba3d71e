"""Tests of the WooCommerce REST API source (issue 13)."""
