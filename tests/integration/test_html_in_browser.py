"""Both HTML reports in a real browser: axe-core's WCAG 2.2 A/AA rules, and reflow at 320 px.

Headless Chromium is driven through chromedriver; axe-core comes from the npm package pinned in
.ci/axe (installed by .ci/run), injected into a file:// page, so nothing is fetched at run time.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from ethics_scrutiny.reporting.html import render_html
from ethics_scrutiny.reporting.model import ReportModel
from tests.report_fixtures import make_public_model, make_report_model, make_screened_model

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = Path(os.environ.get("AXE_CORE_JS", ROOT / ".ci/axe/node_modules/axe-core/axe.min.js"))
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
# Flags that keep the browser off the network and out of the user's profile.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _missing(what: str) -> None:
    # On CI the tools are installed by .ci/run, so their absence is a failure, not a skip.
    if os.environ.get("CI"):
        pytest.fail(f"{what}; .ci/run installs it")
    pytest.skip(f"{what}: install it to run the browser accessibility tests")


def _programs() -> tuple[str, str]:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if browser is None or driver is None:
        _missing(
            "No Chromium and chromedriver found (Debian: apt-get install chromium chromium-driver)"
        )
    assert browser is not None and driver is not None
    if not AXE_JS.is_file():
        _missing(f"axe-core not found at {AXE_JS} (npm ci --prefix .ci/axe)")
    return browser, driver


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    binary, driver_path = _programs()
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = binary
    with tempfile.TemporaryDirectory() as profile:
        for flag in [*CHROMIUM_FLAGS, f"--user-data-dir={profile}"]:
            options.add_argument(flag)
        # An explicit driver path: selenium then never looks for (or downloads) one itself.
        driver = webdriver.Chrome(service=Service(driver_path), options=options)
        try:
            yield driver
        finally:
            driver.quit()


def _load(driver: Any, html: str, folder: Path, width: int) -> None:
    page = folder / "report.html"
    page.write_text(html, encoding="utf-8")
    metrics = {"width": width, "height": 800, "deviceScaleFactor": 1, "mobile": False}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    driver.get(page.as_uri())


def _axe_violations(driver: Any) -> list[dict[str, Any]]:
    driver.execute_script(AXE_JS.read_text(encoding="utf-8"))
    script = (
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
        ".then(r => done(r.violations.map(v => ({id: v.id, help: v.help,"
        " nodes: v.nodes.map(n => n.html.slice(0, 120))}))))"
        ".catch(e => done([{id: 'axe-error', help: String(e), nodes: []}]));"
    )
    driver.set_script_timeout(60)
    result: list[dict[str, Any]] = driver.execute_async_script(script, WCAG_TAGS)
    return result


REPORTS: dict[str, Callable[[], ReportModel]] = {
    "panel": lambda: replace(make_report_model(), appendix=True),
    "public": make_public_model,
    # The screening's sections, a typed answer, a band and a question not asked.
    "screened panel": make_screened_model,
    "screened public": lambda: make_screened_model(public=True),
}


@pytest.mark.parametrize("kind", sorted(REPORTS))
def test_axe_finds_no_wcag_violation(browser: Any, tmp_path: Path, kind: str) -> None:
    _load(browser, render_html(REPORTS[kind]()), tmp_path, 1280)
    assert browser.execute_script("return typeof document.title") == "string"
    assert _axe_violations(browser) == []


@pytest.mark.parametrize("kind", sorted(REPORTS))
def test_the_page_reflows_at_320_px(browser: Any, tmp_path: Path, kind: str) -> None:
    _load(browser, render_html(REPORTS[kind]()), tmp_path, 320)
    widths = browser.execute_script(
        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert 0 < widths[1] <= 320  # a scroll bar may take a few pixels
    assert widths[0] <= widths[1], f"the page is {widths[0]} px wide in a 320 px window"


def test_wide_tables_scroll_in_a_focusable_region_named_by_the_caption(
    browser: Any, tmp_path: Path
) -> None:
    _load(browser, render_html(make_report_model()), tmp_path, 320)
    regions = browser.execute_script(
        "return [...document.querySelectorAll('table')].map(t => {"
        " const r = t.parentElement;"
        " return [r.getAttribute('role'), r.tabIndex,"
        "  document.getElementById(r.getAttribute('aria-labelledby')) === t.caption,"
        "  getComputedStyle(r).overflowX]; })"
    )
    assert regions and all(r == ["region", 0, True, "auto"] for r in regions), regions
    # The ratings table is wider than the phone, so it scrolls inside its region.
    wide = browser.execute_script(
        "const r = document.getElementById('table-ratings-by-theme-and-questions-by-rating')"
        ".closest('.table-scroll'); return [r.scrollWidth, r.clientWidth]"
    )
    assert wide[0] > wide[1]
    # Each caption stays in view, wrapping, while its table scrolls beneath it.
    rights = browser.execute_script(
        "return [...document.querySelectorAll('caption')].map(c => c.getBoundingClientRect().right)"
    )
    assert rights and max(rights) <= 320


def test_the_facts_stack_on_a_narrow_screen_and_sit_side_by_side_on_a_wide_one(
    browser: Any, tmp_path: Path
) -> None:
    script = (
        "const dt = document.querySelector('dl.facts dt');"
        "const dd = dt.nextElementSibling;"
        "return dd.getBoundingClientRect().top > dt.getBoundingClientRect().top;"
    )
    _load(browser, render_html(make_report_model()), tmp_path, 320)
    assert browser.execute_script(script) is True
    _load(browser, render_html(make_report_model()), tmp_path, 1280)
    assert browser.execute_script(script) is False


def test_headings_and_notes_are_not_smaller_than_body_text(browser: Any, tmp_path: Path) -> None:
    _load(browser, render_html(make_report_model()), tmp_path, 1280)
    sizes = browser.execute_script(
        "const px = e => parseFloat(getComputedStyle(e).fontSize);"
        "const body = px(document.body);"
        "return [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => px(h) / body);"
    )
    assert sizes and min(sizes) >= 1.0


def test_a_focused_link_or_region_shows_a_visible_outline(browser: Any, tmp_path: Path) -> None:
    _load(browser, render_html(make_report_model()), tmp_path, 1280)
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    ActionChains(browser).send_keys(Keys.TAB).perform()  # keyboard focus: :focus-visible
    style = browser.execute_script(
        "const e = document.activeElement;"
        "const s = getComputedStyle(e);"
        "return [e.tagName, s.outlineStyle, parseFloat(s.outlineWidth)];"
    )
    assert style[0] == "A"
    assert style[1] == "solid" and style[2] >= 2
