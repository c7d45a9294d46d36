"""ColdCare: a calm companion for home cold-pack therapy."""

APP_ID = "org.coldcare.ColdCare"
APP_NAME = "ColdCare"
ORG_NAME = "ColdCare"
__version__ = "0.1.0"
