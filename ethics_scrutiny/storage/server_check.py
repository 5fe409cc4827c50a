"""What about a shared record's server set-up weakens the record, in plain sentences."""

from __future__ import annotations

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from ethics_scrutiny.domain.errors import DatabaseError

from . import db_url, server, server_guards
from .engine import make_engine
from .server_guards import APPEND_FUNCTION, OFFICERS_ROLE

_RECORD = "record_entries"
_SNAPSHOTS = "template_snapshots"


def check(url: str) -> list[str]:
    """Every weakness found, connecting with ``url`` (an officer's address); [] when none.

    Raises:
        DatabaseError: the server cannot be reached or the address is wrong.
    """
    parsed = db_url.parse(url)
    if parsed.get_backend_name() != "postgresql":
        raise DatabaseError(
            "The record is a file on this computer, not on a database server; "
            "'server check' is for a shared record (give its address with --db)."
        )
    engine = make_engine(url, foreign_keys=False)
    try:
        with engine.connect() as connection:
            found = _problems(connection)
    except DBAPIError as exc:
        raise DatabaseError(server.explain(url, exc)) from None
    finally:
        engine.dispose()
    return found


def _problems(connection: Connection) -> list[str]:
    if not _has_table(connection, _RECORD):
        return [
            "The database holds no Ethics Scrutiny record yet; run 'ethics-scrutiny server "
            "setup --admin-url ADDRESS' first."
        ]
    found = _login_problems(connection)
    # An owner or superuser may do everything: that is said once, not table by table.
    for role in _roles_to_check(connection, include_login=not found):
        found += _privilege_problems(connection, role)
    found += _guard_problems(connection)
    found += _tls_problems(connection)
    return found


def _login_problems(connection: Connection) -> list[str]:
    login, owner, superuser = connection.exec_driver_sql(
        "SELECT current_user, pg_get_userbyid(c.relowner), r.rolsuper FROM pg_class c, "
        "pg_roles r WHERE c.relname = %(t)s AND c.relkind = 'r' AND r.rolname = current_user",
        {"t": _RECORD},
    ).one()
    found = []
    if superuser:
        found.append(
            f"The login {login!r} is a superuser, so it can switch off the record's defences; "
            "officers should each use their own login in the officers' group "
            "('ethics-scrutiny server add-officer')."
        )
    elif owner == login or _member_of(connection, login, str(owner)):
        found.append(
            f"The login {login!r} owns the record's tables (or acts as their owner), so it "
            "could switch off their triggers; officers should each use their own login in the "
            "officers' group ('ethics-scrutiny server add-officer')."
        )
    return found


def _roles_to_check(connection: Connection, *, include_login: bool) -> list[str]:
    roles = ["PUBLIC"]
    login = str(connection.exec_driver_sql("SELECT current_user").scalar_one())
    grouped = server_guards.role_exists(connection, OFFICERS_ROLE)
    if grouped:
        roles.append(OFFICERS_ROLE)
    # A member of the group has its rights: named once, as the group's.
    if include_login and not (grouped and _member_of(connection, login, OFFICERS_ROLE)):
        roles.append(login)
    return roles


def _privilege_problems(connection: Connection, role: str) -> list[str]:
    who = "everyone (PUBLIC)" if role == "PUBLIC" else f"the role {role!r}"
    checks = [
        (_RECORD, "INSERT", "may insert into the record directly, bypassing the append "
         "function, so it could write back-dated or misnumbered entries"),
        (_RECORD, "UPDATE", "may update record entries"),
        (_RECORD, "DELETE", "may delete record entries"),
        (_SNAPSHOTS, "UPDATE", "may change checklist snapshots"),
        (_SNAPSHOTS, "DELETE", "may delete checklist snapshots"),
        ("evidence", "DELETE", "may delete evidence items"),
    ]  # fmt: skip
    found = []
    for table, privilege, harm in checks:
        if _granted(connection, role, table, privilege):
            found.append(
                f"{who[0].upper()}{who[1:]} {harm} ({privilege} is granted on {table}); "
                "run 'ethics-scrutiny server setup' again to put the grants right."
            )
    return found


def _guard_problems(connection: Connection) -> list[str]:
    found = []
    if not server_guards.has_append_function(connection):
        found.append(
            f"The server has no append function ({APPEND_FUNCTION}), so entries are not "
            "numbered, timed and signed by the server; run 'ethics-scrutiny server setup'."
        )
    triggers = set(
        connection.exec_driver_sql(
            "SELECT tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE c.relname IN (%(r)s, %(s)s) AND t.tgenabled <> 'D'",
            {"r": _RECORD, "s": _SNAPSHOTS},
        ).scalars()
    )
    if not {"record_entries_no_change", "record_entries_no_truncate"} <= triggers:
        found.append(
            "The record's triggers refusing changes and deletions are missing or switched "
            "off; run 'ethics-scrutiny server setup' and then 'ethics-scrutiny verify'."
        )
    if not {"template_snapshots_guard", "template_snapshots_no_truncate"} <= triggers:
        found.append(
            "The checklist snapshots' triggers are missing or switched off, so a snapshot "
            "could be rewritten; run 'ethics-scrutiny server setup'."
        )
    return found


def _tls_problems(connection: Connection) -> list[str]:
    mode = _connection_setting(connection, "sslmode") or "prefer"
    if mode == "verify-full":
        return []
    return [
        f"This connection uses sslmode={mode}, which does not check the server's identity, "
        "so the password and the record could be read or changed on the way; use "
        "sslmode=verify-full with sslrootcert (or set PGSSLMODE=verify-full and PGSSLROOTCERT "
        "for every officer), as docs/shared-record.md describes."
    ]


def _connection_setting(connection: Connection, keyword: str) -> str | None:
    raw = connection.connection.dbapi_connection
    pgconn = getattr(raw, "pgconn", None)
    for option in getattr(pgconn, "info", None) or []:
        if option.keyword.decode() == keyword and option.val is not None:
            return str(option.val.decode())
    return None


def _granted(connection: Connection, role: str, table: str, privilege: str) -> bool:
    # has_table_privilege also takes "public": what every role may do.
    return bool(
        connection.exec_driver_sql(
            "SELECT has_table_privilege(%(r)s, %(t)s, %(p)s)",
            {"r": role.lower(), "t": table, "p": privilege},
        ).scalar()
    )


def _member_of(connection: Connection, login: str, role: str) -> bool:
    return bool(
        connection.exec_driver_sql(
            "SELECT pg_has_role(%(l)s, %(r)s, 'USAGE')", {"l": login, "r": role}
        ).scalar()
    )


def _has_table(connection: Connection, table: str) -> bool:
    return bool(
        connection.exec_driver_sql("SELECT to_regclass(%(t)s) IS NOT NULL", {"t": table}).scalar()
    )
