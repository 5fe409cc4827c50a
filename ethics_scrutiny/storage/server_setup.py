"""Setting up a shared record on PostgreSQL: roles, database, schema, grants and officers.

Run by the office's database administrator with an administrator's address (a superuser, or
a role that may create roles and databases). The tables belong to a role that cannot log in;
each officer logs in as their own role in the officers' group.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from ethics_scrutiny.domain.errors import DatabaseError, InvalidInputError

from . import db_url, server, server_guards
from .server_guards import OFFICERS_ROLE, OWNER_ROLE

# PostgreSQL folds unquoted names to lower case; officers' logins are kept to plain names.
_LOGIN_NAME = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
_RESERVED = frozenset({OWNER_ROLE, OFFICERS_ROLE, "postgres", "public"})


def setup(admin_url: str) -> list[str]:
    """Create or bring up to date the roles, the database, the schema and the grants.

    Safe to run again (after each upgrade of the app); returns what was done, in sentences.
    """
    target = _server_url(admin_url)
    done: list[str] = []
    with _connected(target.set(database="postgres"), autocommit=True) as connection:
        for role in (OWNER_ROLE, OFFICERS_ROLE):
            if not server_guards.role_exists(connection, role):
                connection.exec_driver_sql(f'CREATE ROLE "{role}" NOLOGIN')
                done.append(f"Created the role {role} (it cannot log in).")
        # An older set-up let the owner log in; nobody works as the owner now.
        connection.exec_driver_sql(f'ALTER ROLE "{OWNER_ROLE}" NOLOGIN')
        _join_owner(connection)
        if not _database_exists(connection, str(target.database)):
            connection.exec_driver_sql(
                f'CREATE DATABASE "{target.database}" OWNER "{OWNER_ROLE}" '
                "ENCODING 'UTF8' TEMPLATE template0"
            )
            done.append(f"Created the database {target.database}, owned by {OWNER_ROLE}.")
        connection.exec_driver_sql(f'ALTER DATABASE "{target.database}" OWNER TO "{OWNER_ROLE}"')
    with _connected(target, autocommit=True) as connection:
        connection.exec_driver_sql(f'ALTER SCHEMA public OWNER TO "{OWNER_ROLE}"')
        _hand_to_owner(connection)
    # Migrated as the owner, so the tables and the append function belong to it.
    engine = _engine(target, role=OWNER_ROLE)
    try:
        server.prepare_engine(engine, target.render_as_string(hide_password=False))
        server.sync_id_sequences(engine)
        with engine.begin() as connection:
            server_guards.install(connection)
            server_guards.grant(connection)
    except DBAPIError as exc:
        raise DatabaseError(server.explain(admin_url, exc)) from None
    finally:
        engine.dispose()
    done.append(
        f"The record in {target.database} is up to date; officers in {OFFICERS_ROLE} may read "
        "it and append to it only through the server's append function."
    )
    return done


def add_officer(admin_url: str, name: str, password: str) -> str:
    """Add a login for one officer to the officers' group; returns a sentence saying so."""
    if not _LOGIN_NAME.match(name) or name in _RESERVED:
        raise InvalidInputError(
            f"{name!r} cannot be an officer's login: use lower-case letters, digits and _ "
            "(starting with a letter), such as j_bloggs."
        )
    if not password or "\x00" in password:
        raise InvalidInputError("The officer's password is empty; give one with --password-file.")
    target = _server_url(admin_url)
    with _connected(target.set(database="postgres"), autocommit=True) as connection:
        if not server_guards.role_exists(connection, OFFICERS_ROLE):
            raise DatabaseError(
                "This server has no officers' group yet; run 'ethics-scrutiny server setup' "
                "with the administrator's address first."
            )
        if server_guards.role_exists(connection, name):
            raise InvalidInputError(
                f"The login {name!r} already exists on this server; choose another name."
            )
        if _is_superuser(connection):
            # The statement holds the password: keep it out of the server's log.
            connection.exec_driver_sql("SET log_statement = 'none'")
        # A literal, not a bound value: PostgreSQL takes no parameters in CREATE ROLE.
        connection.exec_driver_sql(
            f'CREATE ROLE "{name}" LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE '
            f'PASSWORD {_literal(password)} IN ROLE "{OFFICERS_ROLE}"'
        )
    return (
        f"Added the login {name!r} to {OFFICERS_ROLE}; the officer's address is "
        f"postgresql+psycopg://{name}@{target.host or 'localhost'}"
        f"{':' + str(target.port) if target.port else ''}/{target.database}."
    )


def _server_url(admin_url: str) -> URL:
    parsed = db_url.parse(admin_url)
    if parsed.get_backend_name() != "postgresql" or not parsed.database:
        raise InvalidInputError(
            "Give the administrator's address of the PostgreSQL server and the record's "
            "database, as postgresql+psycopg://ADMIN@HOST/ethics_scrutiny."
        )
    return parsed


def _hand_to_owner(connection: Connection) -> None:
    """Tables and functions made by another role (a restored dump, an older set-up) pass to
    the owner role, so migrations and grants run as it and no login owns the record."""
    objects = connection.exec_driver_sql(
        "SELECT 'TABLE', format('%%I.%%I', n.nspname, c.relname) FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' "
        "AND c.relkind IN ('r', 'p') AND pg_get_userbyid(c.relowner) <> %(owner)s "
        "UNION ALL SELECT 'FUNCTION', p.oid::regprocedure::text FROM pg_proc p "
        "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' "
        "AND pg_get_userbyid(p.proowner) <> %(owner)s",
        {"owner": OWNER_ROLE},
    ).all()
    for kind, name in objects:
        connection.exec_driver_sql(f'ALTER {kind} {name} OWNER TO "{OWNER_ROLE}"')


def _join_owner(connection: Connection) -> None:
    """Let the administrator act as the owner role (a superuser already may)."""
    if not _is_superuser(connection):
        connection.exec_driver_sql(f'GRANT "{OWNER_ROLE}" TO CURRENT_USER')


def _is_superuser(connection: Connection) -> bool:
    return bool(
        connection.exec_driver_sql(
            "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"
        ).scalar_one()
    )


def _database_exists(connection: Connection, name: str) -> bool:
    found = connection.exec_driver_sql(
        "SELECT 1 FROM pg_database WHERE datname = %(name)s", {"name": name}
    ).first()
    return found is not None


def _engine(url: URL, *, role: str | None = None, autocommit: bool = False) -> Engine:
    args: dict[str, object] = {"connect_timeout": 10}
    if role is not None:
        args["options"] = f"-c role={role}"
    options: dict[str, object] = {"isolation_level": "AUTOCOMMIT"} if autocommit else {}
    return create_engine(url, connect_args=args, hide_parameters=True, **options)


@contextmanager
def _connected(url: URL, *, autocommit: bool = False) -> Iterator[Connection]:
    engine = _engine(url, autocommit=autocommit)
    try:
        with engine.connect() as connection:
            yield connection
    except DBAPIError as exc:
        raise DatabaseError(
            server.explain(url.render_as_string(hide_password=False), exc)
        ) from None
    finally:
        engine.dispose()


def _literal(value: str) -> str:
    # standard_conforming_strings is on in every supported PostgreSQL: only quotes double.
    return "'" + value.replace("'", "''") + "'"
