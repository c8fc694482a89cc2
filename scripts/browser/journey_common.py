#!/usr/bin/env python3
"""What the browser journeys share: test data, the administrator's HTTP session, and the browser.

Imported by portal_journey.py (the beneficiary's portal) and staff_journey.py (the staff desk):

- test data: valid Saudi national IDs (the civil registry's Luhn variant), mobiles, small valid
  PNG and PDF documents, made in memory;
- StaffClient, a staff member's session over plain HTTP (its own cookies and CSRF tokens), used
  to read one-time codes from the message log and to look staff accounts up;
- BrowserJourney, one journey in Debian's headless Chromium: the browser options, submit() (which
  waits for a token on the old window to disappear, not for element staleness), and visit(), the
  checks every page gets: HTTP status, <html lang> and dir, a whole-page screenshot, layout
  checks and axe-core 4.x (a serious or critical violation fails the journey);
- run_journeys(), which runs one journey per viewport and language, prints "N passed, N failed"
  last and writes the JSON report.
"""

from __future__ import annotations

import argparse
import base64
import html
import http.cookiejar
import importlib.util
import json
import os
import random
import re
import shutil
import struct
import tempfile
import time
import traceback
import urllib.error
import urllib.parse
import urllib.request
import zlib
from dataclasses import dataclass, field
from pathlib import Path

# Selenium Manager must never try to download a driver or a browser: Debian's are used.
os.environ.setdefault("SE_OFFLINE", "true")

from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import TimeoutException, WebDriverException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

BLOCKING_IMPACTS = ("serious", "critical")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


# --------------------------------------------------------------------------------------------
# Test data


def saudi_luhn_ok(digits: str) -> bool:
    """The civil registry's Luhn variant (Sources/ManaratDomain/Identity.swift)."""
    total = 0
    for position, ch in enumerate(digits):
        d = int(ch)
        if position % 2 == 0:
            d *= 2
            total += d - 9 if d > 9 else d
        else:
            total += d
    return total % 10 == 0


def new_national_id(rng: random.Random) -> str:
    body = "1" + "".join(str(rng.randrange(10)) for _ in range(8))
    for check in range(10):
        if saudi_luhn_ok(body + str(check)):
            return body + str(check)
    raise AssertionError("no Luhn check digit")  # cannot happen


def new_mobile(rng: random.Random) -> str:
    return "055" + "".join(str(rng.randrange(10)) for _ in range(7))


def mobile_display(local: str) -> str:
    """How the message log shows 05XXXXXXXX: "+966 5X XXX XXXX" (SaudiMobile.display)."""
    national = local[1:]
    return f"+966 {national[0:2]} {national[2:5]} {national[5:9]}"


def png_bytes(width: int = 24, height: int = 16) -> bytes:
    """A small, valid PNG (8-bit RGB, a two-colour picture of a 'card')."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b""
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            border = x in (0, width - 1) or y in (0, height - 1)
            row += bytes((10, 100, 80) if border else (240, 240, 230))
        rows += bytes(row)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def noise_png(size: int, rng: random.Random) -> bytes:
    """A valid PNG of about `size` bytes: random pixels do not compress."""
    side = max(8, int((size / 3) ** 0.5))
    raw = b"".join(b"\x00" + rng.randbytes(side * 3) for _ in range(side))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 1)) + chunk(b"IEND", b""))


def pdf_bytes(text: str = "Medical report", pad: int = 0) -> bytes:
    """A valid one-page PDF with a correct cross-reference table (`pad` bytes of page content make it bigger)."""
    stream = f"BT /F1 18 Tf 72 720 Td ({text}) Tj ET".encode("ascii")
    if pad:
        stream += b"\n" + b"\n".join(b"% " + b"x" * 76 for _ in range(pad // 79))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


# --------------------------------------------------------------------------------------------
# The administrator's side: a separate HTTP session (no browser) that reads the message log.


class StaffClient:
    """An administrator's session over plain HTTP, with its own cookies and CSRF tokens."""

    def __init__(self, base_url: str, username: str, password: str):
        self.base = base_url.rstrip("/")
        self.username = username
        self.password = password
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.signed_in = False
        self.last_url, self.last_page = "", ""

    def _open(self, path: str, form: dict | list | None = None) -> tuple[str, str]:
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        request = urllib.request.Request(self.base + path, data=data)
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.geturl(), response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            body = error.read().decode("utf-8", "replace")
            raise AssertionError(f"staff {('POST' if form else 'GET')} {path} answered {error.code}: {strip_tags(body)[:300]}") from None

    @staticmethod
    def _csrf(page: str) -> str:
        match = re.search(r'name="_csrf" value="([^"]+)"', page)
        if not match:
            raise AssertionError("no CSRF field on the staff page")
        return html.unescape(match.group(1))

    def get(self, path: str) -> str:
        url, page = self._open(path)
        self.last_url, self.last_page = url, page
        return page

    def post(self, path: str, form: list | dict, page: str | None = None) -> tuple[str, str]:
        """Posts `form` with the CSRF token of `page` (default: the last page fetched), as a browser would."""
        fields = list(form.items()) if isinstance(form, dict) else list(form)
        fields.insert(0, ("_csrf", self._csrf(page or self.last_page)))
        url, result = self._open(path, fields)
        self.last_url, self.last_page = url, result
        refusal = re.search(r'class="alert alert-error"[^>]*>(.*?)</div>', result, flags=re.S)
        if refusal:
            raise AssertionError(f"{self.username}: POST {path} was refused: {strip_tags(html.unescape(refusal.group(1))).strip()[:300]}")
        return url, result

    def staff_ids(self) -> dict:
        """username -> staff id, from the administrator's staff list."""
        page = self.get("/staff/admin/staff")
        ids = {}
        for row in re.findall(r"<tr>(.*?)</tr>", page, flags=re.S):
            link = re.search(r'href="/staff/admin/staff/([0-9a-f-]{36})', row)
            name = re.search(r'<span class="ltr">([^<]+)</span>', row)
            if link and name:
                ids[html.unescape(name.group(1)).strip()] = link.group(1)
        return ids

    def sign_in(self) -> None:
        _, page = self._open("/staff/sign-in")
        url, page = self._open("/staff/sign-in", {"_csrf": self._csrf(page), "username": self.username,
                                                  "password": self.password, "next": "/staff"})
        path = urllib.parse.urlparse(url).path
        if path == "/staff/account/password":
            # An administrator created without --password must choose a new one first.
            new_password = self.password + "-new"
            url, page = self._open("/staff/account/password", {"_csrf": self._csrf(page), "current": self.password,
                                                               "new": new_password, "confirm": new_password})
            self.password = new_password
            path = urllib.parse.urlparse(url).path
            print(f"    admin had to change the password first (now {path})")
        if path.startswith("/staff/sign-in"):
            raise AssertionError(f"staff sign-in as {self.username} was refused: {strip_tags(page)[:300]}")
        self.signed_in = True

    def one_time_code(self, mobile_local: str, timeout: float = 30) -> str:
        """The newest sign-in code sent to `mobile_local`, from /staff/admin/messages."""
        if not self.signed_in:
            self.sign_in()
        phone = mobile_display(mobile_local)
        deadline = time.monotonic() + timeout
        while True:
            _, page = self._open("/staff/admin/messages")
            for row in re.findall(r"<tr>(.*?)</tr>", page, flags=re.S):
                cells = [html.unescape(strip_tags(c)).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)]
                if len(cells) >= 4 and cells[2] == phone:
                    code = re.search(r"(?<![0-9])([0-9]{6})(?![0-9])", cells[3])
                    if code:
                        return code.group(1)
            if time.monotonic() > deadline:
                raise AssertionError(f"no one-time code for {phone} in the message log after {timeout:.0f} s")
            time.sleep(0.5)


def strip_tags(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text))


# --------------------------------------------------------------------------------------------
# The browser side


def find_axe_script() -> Path:
    """axe.min.js from an installed PyPI package that bundles axe-core 4.x."""
    override = os.environ.get("AXE_SCRIPT")
    candidates = [Path(override)] if override else []
    for package, relative in (("axe_playwright_python", "axe.min.js"), ("axe_core_python", "axe.min.js"),
                              ("axe_selenium_python", "node_modules/axe-core/axe.min.js")):
        spec = importlib.util.find_spec(package)  # finds without importing (no playwright needed)
        if spec and spec.submodule_search_locations:
            candidates.append(Path(list(spec.submodule_search_locations)[0]) / relative)
    for path in candidates:
        if path.is_file():
            head = path.read_text(encoding="utf-8", errors="replace")[:300]
            version = re.search(r"axe v(\d+)\.(\d+)\.(\d+)", head)
            if version and version.group(1) == "4":
                return path
    raise SystemExit("axe-core 4.x not found: pip install -r scripts/browser/requirements.txt")


@dataclass
class Config:
    width: int
    height: int
    lang: str

    @property
    def name(self) -> str:
        return f"{self.width}x{self.height}-{self.lang}"

    @property
    def mobile(self) -> bool:
        return self.width < 600

    @staticmethod
    def parse(text: str) -> "Config":
        match = re.fullmatch(r"(\d+)x(\d+)-(ar|en)", text)
        if not match:
            raise argparse.ArgumentTypeError(f"{text!r}: expected WIDTHxHEIGHT-ar|en, e.g. 360x740-ar")
        return Config(int(match.group(1)), int(match.group(2)), match.group(3))


@dataclass
class Outcome:
    config: Config
    ok: bool = True
    error: str = ""
    pages: int = 0
    axe_blocking: list = field(default_factory=list)
    axe_other: list = field(default_factory=list)
    layout_warnings: list = field(default_factory=list)
    seconds: float = 0.0


class BrowserJourney:
    """One journey in headless Chromium at one viewport and language; a subclass writes journey().

    TEXT maps a language to what the journey types and expects; screenshots go to
    <screenshots>/<viewport>-<lang><SHOTS_SUFFIX>/NN-name.png."""

    TEXT: dict = {}
    SHOTS_SUFFIX = ""

    def __init__(self, args: argparse.Namespace, config: Config, staff: StaffClient, axe_source: str, rng: random.Random):
        self.args = args
        self.config = config
        self.staff = staff
        self.axe_source = axe_source
        self.rng = rng
        self.base = args.base_url.rstrip("/")
        self.text = self.TEXT[config.lang]
        self.shots = Path(args.screenshots) / (config.name + self.SHOTS_SUFFIX)
        self.outcome = Outcome(config)
        self.step = 0
        self.driver = None
        self.files = Path(tempfile.mkdtemp(prefix="manarat-uploads-"))

    # ---- the browser

    def start_browser(self) -> None:
        options = webdriver.ChromeOptions()
        options.binary_location = self.args.chromium
        for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--hide-scrollbars", "--no-first-run", "--disable-extensions",
                         f"--window-size={max(self.config.width, 500)},{self.config.height}",
                         f"--lang={self.config.lang}"):
            options.add_argument(argument)
        # The browser's own words (the file picker's "no file chosen") in the journey's language too.
        options.add_experimental_option("prefs", {"intl.accept_languages": "ar-SA,ar" if self.config.lang == "ar" else "en-US,en"})
        service = Service(executable_path=self.args.chromedriver,
                          env={**os.environ, "LANGUAGE": "ar" if self.config.lang == "ar" else "en_US", "SE_OFFLINE": "true"})
        self.driver = webdriver.Chrome(options=options, service=service)
        self.driver.set_page_load_timeout(30)
        self.driver.set_script_timeout(60)
        # The exact viewport; a narrow one is a phone (overlay scrollbars, touch, meta viewport).
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": self.config.width, "height": self.config.height, "deviceScaleFactor": 1, "mobile": self.config.mobile})
        if self.config.mobile:
            self.driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 1})
        self.driver.delete_all_cookies()

    def stop_browser(self) -> None:
        if self.driver is not None:
            try:
                self.driver.quit()
            except Exception:  # noqa: BLE001 - the browser may already be gone
                pass
            self.driver = None

    # ---- helpers

    def log(self, message: str) -> None:
        print(f"  [{self.config.name}] {message}", flush=True)

    def find(self, css: str, timeout: float = 10):
        return WebDriverWait(self.driver, timeout).until(EC.presence_of_element_located((By.CSS_SELECTOR, css)))

    def path(self) -> str:
        return urllib.parse.urlparse(self.driver.current_url).path

    def query(self) -> dict:
        return dict(urllib.parse.parse_qsl(urllib.parse.urlparse(self.driver.current_url).query))

    def submit(self, button) -> None:
        """Clicks a submit button and waits for the next page (every form here is a full-page POST).

        The old page is recognised by a token set on its window, not by an element reference:
        chromedriver answers a reference into a replaced document with an inspector error
        ("Node with given id does not belong to the document") as often as with the stale-element
        error Selenium's staleness_of expects."""
        token = f"journey-{self.step}-{time.monotonic_ns()}"
        self.driver.execute_script("window.__journeyPage = arguments[0]", token)
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
        button.click()
        try:
            self.wait_for_new_page(token, 5)
        except TimeoutException:
            overflowing = self.driver.execute_script(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1")
            if not overflowing:  # only a slow answer: wait for it
                self.wait_for_new_page(token, 30)
                return
            # A tap that lands beside its target, because the page is wider than the screen
            # (the visual viewport is shifted): reported, then the element is activated directly.
            label = (button.get_attribute("outerHTML") or "")[:120]
            entry = f"{self.config.name} {self.path()}: a real click on {label} did not act (the page is wider than the viewport); activated it by script"
            self.outcome.layout_warnings.append(entry)
            self.log("   LAYOUT: " + entry)
            self.driver.execute_script("arguments[0].click()", button)
            self.wait_for_new_page(token, 30)

    def wait_for_new_page(self, token: str, timeout: float) -> None:
        """Waits until the window no longer holds the old page's token and the new page has loaded;
        a script that runs mid-navigation fails inside the driver and is simply asked again."""
        def loaded(d) -> bool:
            return bool(d.execute_script(
                "return window.__journeyPage !== arguments[0] && document.readyState === 'complete'", token))
        WebDriverWait(self.driver, timeout, poll_frequency=0.1, ignored_exceptions=(WebDriverException,)).until(loaded)

    def follow(self, link) -> None:
        self.submit(link)

    def start_signed_out(self, area: str, sign_in: str, page: str) -> None:
        """A blank session (no cookies, so Arabic) opens `area` and must land on `sign_in`; the
        English run then switches with the site's own language control (a form in the top bar)."""
        self.expect(self.driver.get_cookies() == [], "the browser session is not blank")
        self.driver.get(self.base + area)
        self.expect(self.path() == sign_in, f"an unsigned visitor to {area} is not sent to the sign-in page")
        if self.config.lang == "en":
            self.visit(page + "-arabic", language="ar")
            self.submit(self.find("form.language-switch button[type=submit]"))
        self.visit(page)

    def type_into(self, css: str, value: str) -> None:
        element = self.find(css)
        element.clear()
        element.send_keys(value)

    def expect(self, condition: bool, message: str) -> None:
        if not condition:
            shown = [e.text.strip() for e in self.driver.find_elements(By.CSS_SELECTOR, "main .alert-error, main p.error") if e.text.strip()]
            said = f"; the page says: {' / '.join(shown)}" if shown else ""
            raise AssertionError(f"{message} (at {self.driver.current_url}){said}")

    def visit(self, name: str, expect_status: int = 200, language: str | None = None) -> None:
        """The checks every page gets: status, language and direction, screenshot, layout, axe."""
        self.step += 1
        d = self.driver
        status = d.execute_script("const n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : 0")
        lang, direction, title = d.execute_script("const h = document.documentElement; return [h.lang, h.dir, document.title]")
        shot = self.screenshot(f"{self.step:02d}-{name}")
        self.log(f"{self.step:02d} {name}: {self.path()} [{status}] «{title}» -> {shot}")
        self.outcome.pages += 1
        self.expect(status in (0, expect_status), f"page {name} answered HTTP {status}, expected {expect_status}")
        expected_lang = language or self.config.lang
        self.expect(lang == expected_lang, f"page {name} has lang={lang!r}, expected {expected_lang!r}")
        expected_dir = "rtl" if expected_lang == "ar" else "ltr"
        self.expect(direction == expected_dir, f"page {name} has dir={direction!r}, expected {expected_dir!r}")
        self.check_layout(name)
        self.check_markup(name)
        self.check_axe(name)

    # Typed into free-text fields by the journeys: markup, a script, an event handler and a
    # right-to-left override, which every page must show as text.
    HOSTILE = " <img src=x onerror=alert(1)><script>alert(2)</script>\u202e<b>x</b>"

    def check_markup(self, name: str) -> None:
        """No element the hostile text would make if it were not escaped, and no inline script at all."""
        found = self.driver.execute_script("""
            return [document.querySelectorAll('img[src="x"]').length,
                    [...document.scripts].filter(s => !s.src).length,
                    document.querySelectorAll('[onerror], [onload]').length,
                    [...document.querySelectorAll('main b')].filter(b => b.textContent === 'x').length]""")
        self.expect(found == [0, 0, 0, 0], f"page {name} has markup from typed text (img[src=x], inline scripts, on* handlers, <b>x</b>): {found}")

    def screenshot(self, name: str) -> Path:
        self.shots.mkdir(parents=True, exist_ok=True)
        metrics = self.driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
        size = metrics.get("cssContentSize") or metrics["contentSize"]
        width = max(self.config.width, int(size["width"]))
        height = min(max(self.config.height, int(size["height"])), 16000)
        shot = self.driver.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
        target = self.shots / f"{name}.png"
        target.write_bytes(base64.b64decode(shot["data"]))
        return target

    def check_layout(self, name: str) -> None:
        """Horizontal overflow at this width, and text cut off by its box: reported, not failed."""
        problems = self.driver.execute_script("""
            const vw = document.documentElement.clientWidth, out = [];
            const describe = el => '<' + el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().replace(/\\s+/g, '.') : '') + '> «'
                + (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 70) + '»';
            // Hidden on purpose until focused: the skip link, visually-hidden labels.
            const hidden = el => el.closest('.skip-link, .visually-hidden');
            if (document.documentElement.scrollWidth > vw + 1) {
                out.push('page scrolls sideways: ' + document.documentElement.scrollWidth + 'px wide in a ' + vw + 'px viewport');
                // The culprits: the innermost elements wider than the box that holds them.
                const culprits = [];
                for (const el of document.querySelectorAll('main *, header *, footer *')) {
                    const parent = el.parentElement, r = el.getBoundingClientRect(), p = parent.getBoundingClientRect();
                    if (!r.width || hidden(el) || getComputedStyle(parent).overflowX !== 'visible') continue;
                    if (r.right > p.right + 1 || r.left < p.left - 1) culprits.push(el);
                }
                for (const el of culprits.filter(c => !culprits.some(o => o !== c && c.contains(o))).slice(0, 5))
                    out.push('wider than its box (' + Math.round(el.getBoundingClientRect().width) + 'px in '
                        + Math.round(el.parentElement.getBoundingClientRect().width) + 'px): ' + describe(el));
            }
            for (const el of document.querySelectorAll('body *')) {
                // A box 1 px wide shows nothing, so it cuts nothing visible off: the visually-hidden
                // pattern (position absolute, 1 x 1 px, clip), as a data table's <thead> on a phone.
                if (hidden(el) || el.clientWidth <= 1) continue;
                // A text field scrolls what is typed into it: longer than the box is not cut off.
                if (el.matches('input, textarea, select')) continue;
                const cs = getComputedStyle(el);
                if (el.scrollWidth > el.clientWidth + 1 && ['hidden', 'clip'].includes(cs.overflowX))
                    out.push('text cut off by overflow hidden: ' + describe(el));
            }
            // Touch targets under WCAG 2.2's 24 x 24 CSS px minimum (2.5.8), on a phone-sized screen;
            // a link inside a sentence is exempt, as WCAG allows.
            if (arguments[0]) {
                for (const el of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea')) {
                    const r = el.getBoundingClientRect();
                    if (!r.width || hidden(el) || (r.width >= 23.5 && r.height >= 23.5)) continue;
                    const parent = el.parentElement;
                    if (el.tagName === 'A' && parent && parent.textContent.trim().length > el.textContent.trim().length + 2) continue;
                    out.push('small touch target (' + Math.round(r.width) + 'x' + Math.round(r.height) + ' px): ' + describe(el)
                        + (el.type === 'file' ? ' (the file picker)' : ''));
                }
            }
            return out.slice(0, 12);
        """, self.config.mobile)
        for problem in problems:
            entry = f"{self.config.name} {name} {self.path()}: {problem}"
            self.outcome.layout_warnings.append(entry)
            self.log(f"   LAYOUT: {problem}")

    def check_axe(self, name: str) -> None:
        d = self.driver
        if not d.execute_script("return typeof window.axe === 'object'"):
            d.execute_script(self.axe_source)
        result = d.execute_async_script("""
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(r => done({
                version: r.testEngine.version,
                violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                    nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html.slice(0, 300), summary: n.failureSummary || '', impact: n.impact}))}))
            })).catch(e => done({error: String(e)}));
        """)
        if "error" in result:
            raise AssertionError(f"axe-core failed on {name}: {result['error']}")
        url = self.path() + (("?" + urllib.parse.urlencode(self.query())) if self.query() else "")
        for violation in result["violations"]:
            record = {"journey": self.config.name, "page": name, "url": url, **violation}
            blocking = violation["impact"] in BLOCKING_IMPACTS
            (self.outcome.axe_blocking if blocking else self.outcome.axe_other).append(record)
            self.log(f"   AXE {'VIOLATION' if blocking else 'note'} [{violation['impact']}] {violation['id']}: {violation['help']} ({len(violation['nodes'])} element(s))")
            for node in violation["nodes"][:5]:
                self.log(f"       at {node['target']}: {node['html'][:160]}")
                for line in node["summary"].splitlines()[:3]:
                    self.log(f"         {line.strip()}")

    def expect_nothing_missing(self) -> None:
        missing = [h.find_element(By.XPATH, "..").text for h in self.driver.find_elements(By.CSS_SELECTOR, "main section h2") if h.text.strip() == self.text["missing"]]
        self.expect(not missing, f"the request still lacks something: {missing}")

    # ---- the journey

    def run(self) -> Outcome:
        started = time.monotonic()
        try:
            self.start_browser()
            self.journey()
        except Exception as error:  # noqa: BLE001 - every failure is reported with its page
            self.outcome.ok = False
            where = ""
            if self.driver is not None:
                try:
                    where = "" if "(at " in str(error) else f" (at {self.driver.current_url})"
                    self.screenshot(f"{self.step + 1:02d}-FAILED")
                except Exception:  # noqa: BLE001
                    pass
            self.outcome.error = f"{type(error).__name__}: {error}{where}"
            self.log("FAILED: " + self.outcome.error)
            if self.args.verbose:
                traceback.print_exc()
        finally:
            self.stop_browser()
            shutil.rmtree(self.files, ignore_errors=True)
        if self.outcome.axe_blocking:
            self.outcome.ok = False
        self.outcome.seconds = time.monotonic() - started
        return self.outcome

    def journey(self) -> None:
        raise NotImplementedError


# --------------------------------------------------------------------------------------------
# Running the journeys


def run_journeys(args: argparse.Namespace, configs: list, journey_class: type, staff: StaffClient, axe_source: str,
                 rng: random.Random, describe: str) -> int:
    """Runs journey_class once per config, prints the summary ("N passed, N failed" last), writes
    --report, and returns the exit status."""
    outcomes = []
    for config in configs:
        print(f"journey {config.name}: {describe}", flush=True)
        outcome = journey_class(args, config, staff, axe_source, rng).run()
        # chromedriver sometimes loses its own map of DOM nodes just after a navigation
        # ("Node with given id does not belong to the document"), an error inside the driver,
        # not the page. Such a run is repeated once, from a blank session, and says so.
        if not outcome.ok and "does not belong to the document" in (outcome.error or ""):
            print(f"journey {config.name}: chromedriver lost track of a node ({outcome.error.splitlines()[0][:120]}); running it again once", flush=True)
            outcome = journey_class(args, config, staff, axe_source, rng).run()
        if args.strict_layout and outcome.layout_warnings:
            outcome.ok = False
        outcomes.append(outcome)

    print()
    print("=" * 78)
    for o in outcomes:
        print(f"{'PASS' if o.ok else 'FAIL'} {o.config.name}: {o.pages} pages in {o.seconds:.1f} s"
              f"; axe serious/critical: {len(o.axe_blocking)}, moderate/minor: {len(o.axe_other)}; layout warnings: {len(o.layout_warnings)}")
        if o.error:
            print(f"     {o.error}")
        for v in o.axe_blocking:
            print(f"     AXE [{v['impact']}] {v['id']} on {v['url']} ({v['page']}): {v['help']}")
            for node in v["nodes"][:5]:
                print(f"         {node['target']}: {node['html'][:200]}")
    if args.report:
        Path(args.report).write_text(json.dumps([{
            "journey": o.config.name, "ok": o.ok, "error": o.error, "pages": o.pages, "seconds": round(o.seconds, 1),
            "axe_blocking": o.axe_blocking, "axe_other": o.axe_other, "layout_warnings": o.layout_warnings,
        } for o in outcomes], ensure_ascii=False, indent=2), encoding="utf-8")
    passed = sum(o.ok for o in outcomes)
    print(f"{passed} passed, {len(outcomes) - passed} failed")
    return 0 if passed == len(outcomes) else 1


def journey_arguments(description: str, demo_password_help: str) -> argparse.ArgumentParser:
    """The command line both journeys share; each adds its own options."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--admin-user", default=os.environ.get("MANARAT_ADMIN_USER"))
    parser.add_argument("--admin-password", default=os.environ.get("MANARAT_ADMIN_PASSWORD"))
    parser.add_argument("--demo-password", default=os.environ.get("MANARAT_DEMO_PASSWORD"), help=demo_password_help)
    parser.add_argument("--config", action="append", type=Config.parse, help="WIDTHxHEIGHT-LANG, repeatable (default 360x740-ar)")
    parser.add_argument("--screenshots", default="screenshots/browser")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    parser.add_argument("--report", help="write every finding as JSON here")
    parser.add_argument("--strict-layout", action="store_true", help="fail on horizontal overflow too")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("-v", "--verbose", action="store_true")
    return parser


def run_from_arguments(parser: argparse.ArgumentParser, journey_class: type, summary: str, needs_demo_password: bool) -> int:
    """Parses the command line, loads axe-core and runs `journey_class` at every configuration."""
    args = parser.parse_args()
    if not args.admin_user or not args.admin_password:
        parser.error("--admin-user and --admin-password (or MANARAT_ADMIN_USER/MANARAT_ADMIN_PASSWORD) are required")
    if needs_demo_password and not args.demo_password:
        parser.error("--demo-password (or MANARAT_DEMO_PASSWORD) is required: the server prints it at its first start")
    configs = args.config or [Config(360, 740, "ar")]
    axe_path = find_axe_script()
    axe_source = axe_path.read_text(encoding="utf-8")
    print(f"axe-core {re.search(r'axe v([0-9.]+)', axe_source[:300]).group(1)} from {axe_path}")
    rng = random.Random(args.seed)
    staff = StaffClient(args.base_url, args.admin_user, args.admin_password)
    return run_journeys(args, configs, journey_class, staff, axe_source, rng, summary)
