"""The data copy (issue 5): making it, previewing it, sending it, and the mail server it goes out by."""
