"""Command-line commands for signing: the office's key, signed exports, check-file, trust.

Building these parsers imports nothing heavy; the handlers import the signing services when a
command runs.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .services import Services
    from .services.signing.check import FileCheck
    from .services.signing.keys import OfficeKey


def add_key_commands(office_sub: Any) -> None:
    """``office keys create|import|show`` under the ``office`` command."""
    keys = office_sub.add_parser("keys", help="the office's signing key on this computer")
    sub = keys.add_subparsers(dest="keys_command", required=True)
    create = sub.add_parser("create", help="create a key and certificate naming the office")
    importing = sub.add_parser("import", help="use a key and certificate you were given (.p12)")
    importing.add_argument("file", type=Path, help="the .p12 file holding key and certificate")
    show = sub.add_parser("show", help="show the certificate's fingerprint, to publish")
    for parser in (create, importing):
        add_passphrase_option(parser)
    for parser in (create, importing, show):
        parser.add_argument("--json", action="store_true")


def add_passphrase_option(parser: Any) -> None:
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        help="a file whose first line is the signing key's passphrase (for scripts)",
    )


def add_commands(commands: Any) -> None:
    check = commands.add_parser(
        "check-file", help="who signed a PDF, bundle or archive, and whether it is unaltered"
    )
    check.add_argument("file", type=Path, help="the PDF, bundle or archive to check")
    check.add_argument("--json", action="store_true")


def passphrase(args: argparse.Namespace, prompt: str, *, confirm: bool = False) -> str:
    """The passphrase from ``--passphrase-file``, else asked at the terminal (never echoed)."""
    from .cli import UsageError

    source: Path | None = getattr(args, "passphrase_file", None)
    if source is not None:
        try:
            lines = source.read_text("utf-8").splitlines()
        except OSError as exc:
            raise UsageError(
                f"The passphrase file {source} cannot be read ({exc.strerror})."
            ) from None
        return lines[0] if lines else ""
    if not sys.stdin.isatty():
        raise UsageError("Give the signing key's passphrase with --passphrase-file FILE.")
    typed = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != typed:
        raise UsageError("The two passphrases differ; nothing was changed. Try again.")
    return typed


def signing_key(services: Services, args: argparse.Namespace) -> OfficeKey | None:
    """The unlocked key when ``--sign`` was given, else ``None``."""
    if not getattr(args, "sign", False):
        return None
    if not services.signing.has_key():
        return services.signing.unlock(None)  # says how to create one
    return services.signing.unlock(passphrase(args, "Signing key passphrase: "))


def cmd_keys(services: Services, args: argparse.Namespace) -> int:
    if args.keys_command == "create":
        key = services.signing.create(passphrase(args, "Choose a passphrase: ", confirm=True))
    elif args.keys_command == "import":
        key = services.signing.import_key(args.file, passphrase(args, "The file's passphrase: "))
    else:
        cert = services.signing.certificate()
        if cert is None:
            services.signing.unlock(None)  # says there is no key and how to create one
        assert cert is not None
        return _show(cert, args.json, "This computer signs as")
    opening = (
        "Created and recorded a signing key for"
        if args.keys_command == "create"
        else "Imported and recorded the key of"
    )
    return _show(key.certificate, args.json, opening)


def _show(cert: Any, as_json: bool, opening: str) -> int:
    from .services.signing import certs

    if as_json:
        emit({"subject": certs.subject(cert), "fingerprint": certs.fingerprint(cert),
              "valid_until": cert.not_valid_after_utc.isoformat()})  # fmt: skip
        return 0
    print(f"{opening} {certs.subject(cert)}.")
    print(f"Certificate fingerprint (SHA-256), to publish: {certs.fingerprint(cert)}")
    print(f"Valid until {cert.not_valid_after_utc.astimezone():%d %B %Y}.")
    return 0


def emit(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def cmd_check_file(services: Services, args: argparse.Namespace) -> int:
    """Exit 0 only when the signature holds and its certificate is one the record knows."""
    check = services.signing.check(args.file)
    if args.json:
        emit(check_json(check))
    else:
        for sentence in check.sentences:
            print(sentence)
    return 0 if check.ok else 1


def check_json(check: FileCheck) -> dict[str, Any]:
    return {
        "path": str(check.path),
        "kind": check.kind,
        "ok": check.ok,
        "signed": check.signed,
        "intact": check.intact,
        "signer": check.signer,
        "fingerprint": check.fingerprint,
        "signed_at": None if check.signed_at is None else check.signed_at.isoformat(),
        "known": check.known,
        "head": check.head,
        "head_in_record": check.head_in_record,
        "sentences": check.sentences,
    }


def admit(services: Services, args: argparse.Namespace) -> FileCheck:
    """Check a bundle's signature before it is imported (see ``services.signing.admission``)."""
    from .services.signing.admission import admit_bundle

    def ask(check: FileCheck) -> bool:
        named: str | None = args.trust_signer
        if named is not None:
            return named.replace(":", "").upper() == (check.fingerprint or "").replace(":", "")
        if not sys.stdin.isatty():
            return False
        print(f"{args.path.name} is signed by {check.signer}, whom this record does not know.")
        print(f"Certificate fingerprint: {check.fingerprint}")
        return input("Trust this certificate from now on? [y/N] ").strip().lower() in ("y", "yes")

    return admit_bundle(services.signing, args.path, ask_trust=ask,
                        accept_unsigned=args.accept_unsigned)  # fmt: skip


def add_import_options(parser: Any) -> None:
    parser.add_argument(
        "--trust-signer",
        metavar="FINGERPRINT",
        help="trust the certificate with this SHA-256 fingerprint (as check-file shows it); "
        "recorded",
    )
    parser.add_argument(
        "--accept-unsigned",
        action="store_true",
        help="import a bundle that carries no signature (recorded in the record)",
    )


def add_sign_options(parser: Any, what: str) -> None:
    parser.add_argument(
        "--sign", action="store_true", help=f"sign the {what} with the office's key"
    )
    add_passphrase_option(parser)
