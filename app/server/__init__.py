"""Reference server (FastAPI + SQLAlchemy) and its admin command line.

Never imported by app.workstation or app.ui; excluded from workstation builds.
"""
