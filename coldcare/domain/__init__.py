"""The pure heart of ColdCare: vocabulary, the safety engine and the rules behind a session.

Nothing here imports Qt, peewee or a clock; "now" is always passed in (see architecture.md).
"""
