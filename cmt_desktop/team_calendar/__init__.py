"""Team calendar: share the plan through the team's own CalDAV server (opt-in, two-way).

``connection`` (settings, password store, test/list/create), ``sync`` (the two-way sync,
the report, conflicts, the programme pull). Nothing here imports Qt or talks to the network
until one of those functions is called; caldav is imported only then.
"""
