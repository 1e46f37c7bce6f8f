"""Feeds: fetching (HTTP), parsing (bytes -> entries), normalising, scheduling decisions."""
