"""The daily digest email and anomaly alerts: subscriptions, compose, render, send (exactly once)."""
