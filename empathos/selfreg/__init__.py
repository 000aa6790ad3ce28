"""Self-regulation: noticing heat in my own words, and pausing before I react.

heat.py        does a draft of mine show heat? (pure)
exercises.py   timed exercises (breathing, a body scan) as data, and their timeline (pure)
exercises.toml the authored exercises
timer.py       runs a timeline against a clock and a display (the edge; sleep is injected)
"""
