"""The command-line commands; each module declares its parser and runs it (no Qt at import)."""
