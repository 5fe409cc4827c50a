"""A record on a database server (PostgreSQL): checks on opening, and errors as plain sentences."""

from __future__ import annotations

import re

from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, InterfaceError, SQLAlchemyError

from ethics_scrutiny.domain.errors import DatabaseError

from . import db_url, migrate
from .engine import make_engine
from .models import Base

# PostgreSQL's SQLSTATE codes for what an officer or an administrator can put right.
_WRONG_LOGIN = frozenset({"28P01", "28000"})
_NO_DATABASE = "3D000"
_NO_PERMISSION = "42501"
_NOT_READY = frozenset({"57P03", "53300"})  # starting up; too many connections
_UNREACHABLE_HINTS = (
    "connection refused",
    "could not translate host name",
    "name or service not known",
    "no route to host",
    "timeout expired",
    "network is unreachable",
    "connection timed out",
    "server closed the connection",
    # A server restarting or stopping says so without a SQLSTATE, as does TLS cut short.
    "the database system is starting up",
    "the database system is shutting down",
    "the database system is in recovery mode",
    "not yet accepting connections",
    "terminating connection",
    "ssl syscall error",
    "ssl connection has been closed",
    "eof detected",
    "unexpected eof",
    "connection is closed",
    "connection is lost",
    "consuming input failed",
    "connection to server",
)
UNAVAILABLE = (
    "The database server is unavailable or restarting; try again in a moment, and if it "
    "goes on, tell whoever looks after it."
)
# What to say when the connection failed while the transaction was committing: the server
# may have committed it before the connection went.
COMMIT_UNKNOWN = (
    "The connection to the database server was lost while saving, so this may have been "
    "saved: check before retrying (a decision, withdrawal, evidence item or action saved again "
    "is recognised and not added twice)."
)
_SEE_DOCS = "see docs/shared-record.md"


def tools_advice(doing: str) -> str:
    """What to use instead of the app's own backup or restore when the record is on a server."""
    return (
        f"This record is on a PostgreSQL server, so {doing} with the server's own tools: "
        "pg_dump makes a backup (for example: pg_dump --format=custom "
        "--file=ethics-scrutiny.dump DATABASE) and pg_restore puts one back. Ask whoever "
        "looks after the server."
    )


def prepare(url: str) -> None:
    """Check the server record at ``url`` is reachable and ours, then migrate it to head.

    Raises:
        DatabaseError: with a sentence saying what is wrong and what to do.
    """
    engine = make_engine(url, foreign_keys=False)
    try:
        prepare_engine(engine, url)
    except DBAPIError as exc:
        raise DatabaseError(explain(url, exc)) from None
    finally:
        engine.dispose()


def prepare_engine(engine: Engine, url: str) -> None:
    """:func:`prepare` on an engine the caller made (``server setup`` connects as the owner)."""
    with engine.connect() as connection:
        revision = migrate.current_revision(connection)
        tables = set(inspect(connection).get_table_names())
    _check_ours(url, revision, tables)
    migrate.check_not_newer(revision)
    if revision != migrate.head_revision():
        _upgrade(url, engine)


def _check_ours(url: str, revision: str | None, tables: set[str]) -> None:
    foreign = sorted(tables - {"alembic_version"})
    ours = "record_entries" in tables
    if (revision is None and foreign) or (revision is not None and not ours):
        where = _where(make_url(url))
        shown = ", ".join(foreign[:5]) + (", …" if len(foreign) > 5 else "")
        raise DatabaseError(
            f"The database {where} is not an Ethics Scrutiny record: it already holds other "
            f"tables ({shown or 'alembic_version'}). Give the app an empty database of its own "
            f"({_SEE_DOCS}); nothing has been changed."
        )


def _upgrade(url: str, engine: Engine) -> None:
    try:
        migrate.upgrade_to_head(engine)
        sync_id_sequences(engine)
    except DBAPIError as exc:
        if _sqlstate(exc) == _NO_PERMISSION:
            user = make_url(url).username or "this login"
            raise DatabaseError(
                f"The record needs updating to this version of Ethics Scrutiny, but the login "
                f"{user!r} may not change its tables. Ask whoever looks after the server to "
                "run 'ethics-scrutiny server setup --admin-url ADDRESS' with this version "
                f"({_SEE_DOCS}); nothing has been changed."
            ) from None
        raise
    except SQLAlchemyError as exc:
        raise DatabaseError(
            f"The record could not be updated to this version ({exc.__class__.__name__}). "
            "Nothing was changed."
        ) from exc


def sync_id_sequences(engine: Engine) -> None:
    """Move each ID sequence past the highest ID present.

    Rows copied in with their IDs (an older record brought onto the server) leave a
    sequence behind them, and the next new row would be refused as a duplicate.
    """
    with engine.begin() as connection:
        for table in Base.metadata.sorted_tables:
            key = table.autoincrement_column
            if key is None:
                continue
            connection.execute(
                text(
                    "SELECT setval(pg_get_serial_sequence(:table, :column), "
                    f'(SELECT COALESCE(max("{key.name}"), 0) + 1 FROM "{table.name}"), false)'
                ),
                {"table": table.name, "column": key.name},
            )


def explain(url: str, exc: DBAPIError) -> str:
    """A plain sentence for a server error: what went wrong and what to do about it."""
    parsed = db_url.parse(url)
    text = _message(exc)
    host, user = _host(parsed), parsed.username or "(none given)"
    sentences = {
        "login": f"The database server at {host} refused the login {user!r}: the user name or "
        "password is wrong. Check them in the database address (--db or ETHICS_SCRUTINY_DB), "
        "or ask whoever looks after the server.",
        "database": f"The database server at {host} has no database called "
        f"{parsed.database!r}. Check the name in the database address, or ask whoever looks "
        f"after the server to create it ({_SEE_DOCS}).",
        "permission": f"The login {user!r} is not allowed to do that in the database "
        f"{_where(parsed)} ({text}). Ask whoever looks after the server to grant the app's "
        f"rights ({_SEE_DOCS}).",
        "busy": f"The database server at {host} is unavailable or restarting; try again in "
        "a minute, and if it goes on, tell whoever looks after it.",
        "unreachable": f"The database server at {host} cannot be reached: the server is "
        "unavailable or restarting, or this computer cannot reach it (network, VPN or "
        "firewall); try again, and if it goes on, tell whoever looks after it.",
    }
    kind = _kind(_sqlstate(exc), text.lower())
    if kind is None:
        return f"The record on the database server {_where(parsed)} cannot be used: {text}."
    return sentences[kind]


def _kind(state: str | None, text: str) -> str | None:
    if state in _WRONG_LOGIN or re.search(r"password authentication failed|role .* does not", text):
        return "login"
    if state == _NO_DATABASE or re.search(r'database ".*" does not exist', text):
        return "database"
    if state == _NO_PERMISSION:
        return "permission"
    if state in _NOT_READY or (state or "").startswith("57P"):
        return "busy"
    if (state or "").startswith("08") or (
        state is None and any(hint in text for hint in _UNREACHABLE_HINTS)
    ):
        return "unreachable"
    return None


def is_connection_lost(exc: DBAPIError) -> bool:
    """Whether the error is the connection failing, rather than the statement."""
    if isinstance(exc, InterfaceError):
        return True  # the driver found its connection already closed
    state = _sqlstate(exc)
    if exc.connection_invalidated or (state or "").startswith(("08", "57P")):
        return True
    return _kind(state, _message(exc).lower()) in {"login", "database", "unreachable", "busy"}


def _sqlstate(exc: DBAPIError) -> str | None:
    state = getattr(exc.orig, "sqlstate", None)
    return state if isinstance(state, str) else None


def _message(exc: DBAPIError) -> str:
    text = str(exc.orig) if exc.orig is not None else str(exc)
    return " ".join(text.split()).rstrip(".")


def _host(url: URL) -> str:
    host = url.host or "localhost"
    return f"{host}:{url.port}" if url.port else host


def _where(url: URL) -> str:
    return f"{url.database!r} on {_host(url)}"
