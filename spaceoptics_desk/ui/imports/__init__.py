"""The import and sync screens (issue 13): the import dialog, the webshop connection, the sync status."""
