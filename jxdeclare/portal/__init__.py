"""Submission to the provincial exchange API (docs/portal-api.md) and its sandbox server.

- :mod:`~jxdeclare.portal.client`: ``PortalClient`` (requests; retries, idempotency keys)
- :mod:`~jxdeclare.portal.errors`: the exceptions the client raises
- :mod:`~jxdeclare.portal.credentials`: portal accounts and tokens in the OS keyring
- :mod:`~jxdeclare.portal.validation`: the payload checks the portal applies (422)
- :mod:`~jxdeclare.portal.sandbox`: ``SandboxServer``, the API on loopback for tests and training

Nothing here imports Qt, SQLAlchemy or the services; the sandbox needs only the standard library.
"""
