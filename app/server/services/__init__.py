"""What the server does, as functions over a database session, one module per area.

The HTTP routes (app.server.routes) and the admin command line (app.server.cli) both call
these; every admin action writes a row to the audit table (ids only).
"""
