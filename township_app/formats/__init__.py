"""File formats a report is written to or read from besides its own SQLite file (.docx today)."""
