"""The import dialog's pieces: its pages, table models and prompts."""
