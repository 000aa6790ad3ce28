"""Adapters that run models; the core only sees the Encoder protocol."""
