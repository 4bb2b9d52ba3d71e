"""The WooCommerce REST API v3 as a source (issue 13, R9(g)): the HTTP client, the records it brings,
the change feed a sync reads, and where the shop's API key is kept."""
