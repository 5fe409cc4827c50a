"""The project names no folder of the machine it was written on, and carries no working labels.

Templates, code, tests and docs must make sense on any computer and to any reader: an absolute
path outside the repository only works on one machine, and a label saying who wrote a part
(such as an engineer's initial) means nothing to the next maintainer.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Folders that are built, installed or cached, not written: never part of the project's text.
SKIPPED_DIRS = {
    ".git",
    ".venv",
    "venv",
    "node_modules",
    "__pycache__",
    "build",
    "dist",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
    ".import_linter_cache",
}
SKIPPED_SUFFIXES = {".qm", ".mo", ".ttf", ".otf", ".png", ".ico", ".svg", ".db", ".pdf", ".docx"}

# A path into a folder that only exists on one machine. The patterns are split so this file
# does not match itself.
MACHINE_PATHS = [
    re.compile(r"(?<![\w.~])/" + r"work/[\w.-]"),
    re.compile(r"(?<![\w.~])/" + r"root/[\w.-]"),
    re.compile(r"(?<![\w.~])/" + r"Users/[\w.-]+/"),
    re.compile(r"\b[A-Za-z]:\\\\?" + r"Users\\\\?[\w.-]+"),
    # A document beside the repository rather than in it: it belongs in docs/.
    re.compile(r"\.\./" + r"shared/"),
]
# Who wrote what, as the working sessions put it: the word engineer and an initial.
WORKING_LABELS = [re.compile(r"\b[Ee]ngineers? " + r"[A-Z][0-9]?\b")]


def project_files(root: Path) -> list[Path]:
    """Files git keeps (or would keep: new, not ignored); every file when there is no git."""
    git = shutil.which("git")
    if git is not None and (root / ".git").exists():
        listed = subprocess.run(
            [git, "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=root,
            capture_output=True,
            check=True,
        ).stdout.decode("utf-8")
        paths = (root / name for name in listed.split("\0") if name)
        return [p for p in paths if p.is_file() and p.suffix.lower() not in SKIPPED_SUFFIXES]
    found = []
    for path in root.rglob("*"):
        relative = path.relative_to(root).parts
        if any(part in SKIPPED_DIRS or part.endswith(".egg-info") for part in relative):
            continue
        if path.is_file() and path.suffix.lower() not in SKIPPED_SUFFIXES:
            found.append(path)
    return found


def findings(root: Path) -> list[str]:
    """``file:line: text`` for every machine path or working label under ``root``."""
    found = []
    patterns = [*MACHINE_PATHS, *WORKING_LABELS, *_this_machine(root)]
    for path in project_files(root):
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue  # binary, or not readable as text: nothing a reader sees
        for number, line in enumerate(text.splitlines(), 1):
            if any(p.search(line) for p in patterns):
                found.append(f"{path.relative_to(root)}:{number}: {line.strip()}")
    return found


def _this_machine(root: Path) -> list[re.Pattern[str]]:
    """The folder holding the repository and the home folder, wherever the tests run."""
    home = Path.home()
    folders = {root.parent}
    if len(home.parts) > 1:
        folders.add(home)
    return [re.compile(re.escape(str(folder)) + r"[/\\][\w.-]") for folder in folders]


def test_no_machine_path_or_working_label_in_the_project() -> None:
    found = findings(ROOT)
    assert not found, "Remove these:\n" + "\n".join(found)


def test_the_check_finds_a_machine_path_and_a_working_label(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    (root / "assets" / "templates").mkdir(parents=True)
    (root / "ui").mkdir()
    (root / ".venv").mkdir()
    template = root / "assets" / "templates" / "drones.yaml"
    template.write_text("source: /" + "work/shared/reference.md\n", encoding="utf-8")
    (root / "ui" / "actions.py").write_text("# Rounds (engineer" + " F1).\n", encoding="utf-8")
    (root / "README.md").write_text("Design: `.." + "/shared/DESIGN.md`.\n", encoding="utf-8")
    (root / "ui" / "clean.py").write_text("# Rounds, summary and stage.\n", encoding="utf-8")
    (root / ".venv" / "site.py").write_text("x = '/" + "work/venv/lib'\n", encoding="utf-8")
    assert sorted(findings(root)) == [
        "README.md:1: Design: `.." + "/shared/DESIGN.md`.",
        "assets/templates/drones.yaml:1: source: /" + "work/shared/reference.md",
        "ui/actions.py:1: # Rounds (engineer" + " F1).",
    ]
