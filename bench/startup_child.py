"""Child process for bench/startup.py: start a bare window or the app, report when usable.

Usage: ``python bench/startup_child.py bare`` or ``python bench/startup_child.py app DATA_DIR``.
Prints one JSON line ``{"ready": <time.time()>, "peak_rss_bytes": <int>, "rows": <int>}`` on
stdout when the window is shown and usable, then quits. See bench/startup.py for the definition.
A modal dialog instead (the record in use, a crash) is printed as ``STARTUP-ERROR {...}`` and
the child exits 3 at once rather than waiting offscreen for a click that never comes.
"""

from __future__ import annotations

import json
import os
import sys
import time

PROBE_TAG = "STARTUP-PROBE "
ERROR_TAG = "STARTUP-ERROR "


def peak_rss_bytes() -> int:
    """This process's peak resident set size (VmHWM), or getrusage's maxrss where no /proc."""
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    import resource

    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(maxrss if sys.platform == "darwin" else maxrss * 1024)


def _report(rows: int) -> None:
    ready = time.time()
    payload = {"ready": ready, "peak_rss_bytes": peak_rss_bytes(), "rows": rows}
    print(PROBE_TAG + json.dumps(payload), flush=True)


def run_bare() -> int:
    """A bare PySide6 window showing one label: the baseline."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv[:1])
    label = QLabel("Ethics Scrutiny")
    label.show()

    def ready() -> None:
        _report(1)
        app.quit()

    # The first event-loop turn after show: the window is mapped and input is being taken.
    QTimer.singleShot(0, ready)
    return app.exec()


def refuse_dialog() -> None:
    """A modal dialog (record in use, crash) would wait forever offscreen: report it and stop."""
    from PySide6.QtWidgets import QApplication

    modal = QApplication.activeModalWidget()
    if modal is not None:
        text = modal.text() if hasattr(modal, "text") else ""
        print(ERROR_TAG + json.dumps({"title": modal.windowTitle(), "text": text}), flush=True)
        os._exit(3)


def run_app(data_dir: str) -> int:
    """The real app on ``data_dir``: ready when the main window shows its dashboard rows."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    state: dict[str, bool] = {"done": False, "hooked": False}

    def finish(rows: int) -> None:
        if not state["done"]:
            state["done"] = True
            _report(rows)
            app.quit()

    def check() -> None:
        refuse_dialog()
        window = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if w.objectName() == "main_window" and w.isVisible()
            ),
            None,
        )
        if window is None:
            QTimer.singleShot(5, check)  # not shown yet: look again shortly
            return
        model = window.list_page.model  # type: ignore[attr-defined]
        if model.rowCount() > 0:
            finish(model.rowCount())
        elif not state["hooked"]:
            # The rows arrive from the database worker by signal: react to their arrival, then
            # report at the next event-loop turn, once the table has taken them.
            state["hooked"] = True
            model.modelReset.connect(lambda: QTimer.singleShot(0, check))
            model.rowsInserted.connect(lambda *_: QTimer.singleShot(0, check))

    QTimer.singleShot(0, check)
    import ui.launch

    return ui.launch.main(["--data-dir", data_dir])


def main(argv: list[str]) -> int:
    if argv[:1] == ["bare"]:
        return run_bare()
    if argv[:1] == ["app"] and len(argv) == 2:
        return run_app(argv[1])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
