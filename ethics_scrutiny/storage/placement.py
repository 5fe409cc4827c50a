"""Where a live database may live: on a local disk, in a folder this user can write to."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path, PureWindowsPath

from ethics_scrutiny.domain.errors import DatabaseError

# IT departments that know their share honours SQLite's locks may set this to "1".
ALLOW_NETWORK_ENV = "ETHICS_SCRUTINY_ALLOW_NETWORK_DB"

NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "afpfs",
        "afp",
        "webdav",
        "davfs",
        "fuse.davfs2",
        "fuse.sshfs",
        "sshfs",
        "fuse.rclone",
        "ncpfs",
        "coda",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "lustre",
        "gpfs",
        "afs",
        "ocfs2",
        "gfs2",
    }
)
_DRIVE_REMOTE = 4  # GetDriveTypeW: a network drive


def check_local_folder(
    folder: Path, mounts: Callable[[], list[tuple[str, str]]] | None = None
) -> None:
    """Refuse a folder on a network share: SQLite's locking cannot be trusted there."""
    if os.environ.get(ALLOW_NETWORK_ENV) == "1":
        return
    kind = network_kind(folder, mounts)
    if kind is None:
        return
    raise DatabaseError(
        f"The record is in {folder}, which is on a network share ({kind}). A record on a "
        "network share can be damaged when two computers use it, or when the network drops "
        "during a save. Choose a folder on this computer's own disk with --data-dir, and keep "
        "copies on the share with 'backup' instead. Nothing has been changed. (IT staff who "
        f"are sure the share is safe can set {ALLOW_NETWORK_ENV}=1.)"
    )


def network_kind(
    folder: Path, mounts: Callable[[], list[tuple[str, str]]] | None = None
) -> str | None:
    """The kind of network filesystem ``folder`` is on, or None when it is local."""
    if sys.platform == "win32":
        return _windows_network_kind(folder)
    table = (mounts or mount_table)()
    resolved = str(_existing_ancestor(folder))
    best = ""
    best_type = ""
    for mount_point, fs_type in table:
        inside = resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, fs_type
    return best_type if best_type.lower() in NETWORK_FILESYSTEMS else None


def _existing_ancestor(folder: Path) -> Path:
    """``folder`` with symlinks resolved as far as it exists (it may not be created yet)."""
    path = folder.absolute()
    missing: list[str] = []
    while not path.exists() and path.parent != path:
        missing.insert(0, path.name)
        path = path.parent
    return path.resolve().joinpath(*missing)


def _windows_network_kind(folder: Path) -> str | None:
    text = str(folder.absolute())
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return "a UNC path"
    if text.startswith("\\\\?\\UNC\\"):
        return "a UNC path"
    import ctypes

    drive = PureWindowsPath(text).drive
    if not drive:
        return None
    kind = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")  # type: ignore[attr-defined]
    return "a mapped network drive" if kind == _DRIVE_REMOTE else None


def mount_table() -> list[tuple[str, str]]:
    """(mount point, filesystem type) pairs from the operating system."""
    if sys.platform.startswith("linux"):
        return _linux_mounts()
    if sys.platform == "darwin":
        return _mac_mounts()
    return []


def _linux_mounts() -> list[tuple[str, str]]:
    try:
        text = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    rows = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            # The mount table escapes spaces and other bytes as octal (\040).
            point = fields[1].encode("latin-1", "replace").decode("unicode_escape")
            rows.append((point, fields[2]))
    return rows


def _mac_mounts() -> list[tuple[str, str]]:
    # "/dev/disk1s1 on / (apfs, local, journaled)": the type is the first word in brackets.
    try:
        output = subprocess.run(
            ["/sbin/mount"], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    rows = []
    for line in output.splitlines():
        if " on " not in line or "(" not in line:
            continue
        point = line.split(" on ", 1)[1].rsplit(" (", 1)[0]
        fs_type = line.rsplit("(", 1)[1].split(",")[0].strip(" )")
        rows.append((point, fs_type))
    return rows


def check_writable_folder(folder: Path) -> None:
    """A read-only folder cannot hold a record: SQLite writes its journal beside the file."""
    probe = folder / f".ethics-scrutiny-write-test-{os.getpid()}"
    try:
        try:
            with probe.open("wb") as handle:
                handle.write(b"ok")
        finally:
            # Created but not written (a full disk) is still created: never leave it behind.
            probe.unlink(missing_ok=True)
    except OSError as exc:
        # Imported here: disk_space needs SQLAlchemy, which the quick list does without.
        from .disk_space import SAVE_HEADROOM, disk_full_error, is_disk_full

        if is_disk_full(exc):
            raise disk_full_error(
                folder, SAVE_HEADROOM, "the record cannot be opened to save anything"
            ) from None
        raise DatabaseError(
            f"The data folder {folder} is read-only here ({exc.strerror}), so the record cannot "
            "be saved in it. Choose a folder you can write to with --data-dir, or ask IT to "
            "give you write access. Nothing has been changed."
        ) from None
