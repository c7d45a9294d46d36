"""The pages of the main window: Today, the cold session, first start, profile and settings."""
