"""Turns plain records into things people read: console output now, charts later."""
