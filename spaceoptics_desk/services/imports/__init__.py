"""Webshop imports and sync (issue 13): readers turn exports into domain.incoming records, the importer
applies them to the database."""
