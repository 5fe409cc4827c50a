"""The signing use cases: the office's key, its recorded certificates, and checking files."""

from __future__ import annotations

import json
from pathlib import Path

from cryptography import x509
from sqlalchemy import select

from ethics_scrutiny.domain.record import GENESIS_HASH, RecordKind
from ethics_scrutiny.storage import office as office_rows
from ethics_scrutiny.storage import record_chain
from ethics_scrutiny.storage.database import Database
from ethics_scrutiny.storage.models import RecordEntry
from ethics_scrutiny.storage.unit_of_work import unit_of_work

from . import certs, keys
from .check import FileCheck, check_file
from .keys import OfficeKey, SigningKeyError

CERTIFICATE_FILE = "office-signing.crt"
DEFAULT_SUBJECT = "Ethics Scrutiny office"


class SigningService:
    """Creates, imports and unlocks this computer's key; the unlocked key stays in memory only."""

    def __init__(self, database: Database, data_dir: Path) -> None:
        self._database = database
        self._data_dir = data_dir
        self._unlocked: OfficeKey | None = None

    @property
    def database(self) -> Database:
        return self._database

    @property
    def key_file(self) -> Path:
        return keys.key_path(self._data_dir)

    def has_key(self) -> bool:
        return self.key_file.is_file()

    def certificate(self) -> x509.Certificate | None:
        """This computer's certificate (public, so readable without the passphrase)."""
        try:
            return certs.from_pem(self.key_file.with_name(CERTIFICATE_FILE).read_text("ascii"))
        except (OSError, ValueError):
            return None

    def create(self, passphrase: str) -> OfficeKey:
        """A new key and self-signed certificate naming the office; the certificate is recorded.

        An earlier key is replaced (a lost passphrase or key); its certificate stays in the
        record, so papers it signed still check.
        """
        keys.check_passphrase(passphrase)
        with unit_of_work(self._database) as session:
            profile = office_rows.profile(session)
        return self._keep(keys.create(profile.name if profile else DEFAULT_SUBJECT), passphrase,
                          "created")  # fmt: skip

    def import_key(self, path: Path, passphrase: str) -> OfficeKey:
        """Use a key and certificate the office was given (PKCS#12, unlocked by ``passphrase``)."""
        keys.check_passphrase(passphrase)
        return self._keep(keys.read_import(path, passphrase), passphrase, "imported")

    def _keep(self, key: OfficeKey, passphrase: str, source: str) -> OfficeKey:
        payload = {
            "certificate": certs.pem(key.certificate),
            "fingerprint": key.fingerprint,
            "subject": certs.subject(key.certificate),
            "source": source,
        }
        # Recorded first: a key whose certificate the record lacks would sign papers that no
        # one could check against the record.
        with unit_of_work(self._database) as session:
            record_chain.append(session, RecordKind.SIGNING_CERTIFICATE, payload, None)
        keys.write(self.key_file, key, passphrase)
        self.key_file.with_name(CERTIFICATE_FILE).write_text(payload["certificate"], "ascii")
        self._unlocked = key
        return key

    def unlock(self, passphrase: str | None = None) -> OfficeKey:
        """The key for signing: unlocked once per session, then kept in memory.

        Raises:
            SigningKeyError: no key, a damaged key file, a wrong or missing passphrase, or an
                expired certificate; one sentence saying what to do.
        """
        current = self.certificate()
        cached = self._unlocked
        if cached is not None and cached.certificate == current:
            keys.refuse_expired(cached.certificate)
            return cached
        if passphrase is None:
            if not self.has_key():
                keys.load(self.key_file, "")  # raises the sentence about a missing key
            raise SigningKeyError(
                "The signing key is locked; give its passphrase (--passphrase-file FILE) to sign."
            )
        self._unlocked = keys.load(self.key_file, passphrase)
        return self._unlocked

    def is_unlocked(self) -> bool:
        return self._unlocked is not None and self._unlocked.certificate == self.certificate()

    def known(self) -> dict[str, str]:
        """Every certificate the record knows, by fingerprint: ``own`` or ``trusted``."""
        kinds = (RecordKind.SIGNING_CERTIFICATE, RecordKind.SIGNER_TRUSTED)
        found: dict[str, str] = {}
        with unit_of_work(self._database) as session:
            query = select(RecordEntry.kind, RecordEntry.payload).where(RecordEntry.kind.in_(kinds))
            for kind, payload in session.execute(query):
                fingerprint = _fingerprint_of(payload)
                if fingerprint is not None and found.get(fingerprint) != "own":
                    found[fingerprint] = (
                        "own" if kind == RecordKind.SIGNING_CERTIFICATE else "trusted"
                    )
        return found

    def head_in_record(self, head: str) -> bool:
        if head == GENESIS_HASH:
            return True
        with unit_of_work(self._database) as session:
            query = select(RecordEntry.sequence).where(RecordEntry.entry_hash == head)
            return session.scalar(query) is not None

    def check(self, path: Path) -> FileCheck:
        """Who signed ``path``, when, whether it is unaltered, and whether the record knows them."""
        return check_file(path, self.known(), self.head_in_record)

    def record_trust(self, check: FileCheck) -> None:
        """Record that the officer trusts the certificate that signed ``check``'s file."""
        if check.certificate is None:
            raise SigningKeyError(f"{check.path.name} is not signed, so there is no one to trust.")
        payload = {
            "certificate": certs.pem(check.certificate),
            "fingerprint": check.fingerprint,
            "subject": check.signer,
            "file_name": check.path.name,
        }
        with unit_of_work(self._database) as session:
            record_chain.append(session, RecordKind.SIGNER_TRUSTED, payload, None)


def _fingerprint_of(payload: str) -> str | None:
    try:
        value = json.loads(payload).get("fingerprint")
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None
