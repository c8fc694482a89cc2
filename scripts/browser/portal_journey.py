#!/usr/bin/env python3
"""The beneficiary's portal journey in a real browser.

Selenium drives Debian's headless Chromium against a running Manarat server:

    blank session -> /portal -> the FAQ, one answer and "was this helpful" -> register
    (identity, mobile, consent) -> one-time code
    (read by an administrator from the message log in a separate HTTP session) -> portal home
    -> apply for a service that needs documents -> two uploads (a PNG and a PDF, checked by
    content on the server) -> attestation -> submit -> reference number and expected response
    date -> the request's timeline.

Every page visited is screenshotted (whole page) to <screenshots>/<viewport>-<lang>/NN-name.png
and checked with axe-core 4.x; a serious or critical violation fails the journey. The browser,
the page checks and the test data are in journey_common.py, shared with staff_journey.py.

Usage (scripts/browser-test starts the server and calls this):

    python scripts/browser/portal_journey.py --base-url http://127.0.0.1:PORT \
        --admin-user U --admin-password P --config 360x740-ar --config 1280x800-en

Prints "N passed, N failed" last and exits non-zero when any journey failed.
"""

from __future__ import annotations

import os
import re
import signal
import sys
import urllib.parse
from datetime import datetime
from zoneinfo import ZoneInfo

# Shared with staff_journey.py; imported first, it also keeps Selenium Manager offline (SE_OFFLINE).
from journey_common import (ARABIC_INDIC, BrowserJourney, StaffClient, new_mobile, new_national_id, noise_png,
                            pdf_bytes, png_bytes, journey_arguments, run_from_arguments)
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select


# What the journey types, per language. The service is one of the standard request types
# (migration M0014): "medical" needs an identity copy and a medical report, both valid at submission.
TEXT = {
    "ar": {
        "first": "مريم", "father": "علي", "family": "الحربي", "city": "جدة",
        "service": "علاج طبي", "hospital": "مستشفى الملك فهد",
        "details": "أحتاج مساعدة في تكاليف جلسات العلاج الطبيعي بعد عملية في الركبة.",
        "amount": "٣٠٠٠", "expiry": "١/١/١٤٥٠",
        "png": "صورة-الهوية.png", "pdf": "التقرير-الطبي.pdf",
        "greeting": "مريم",
        "missing": "ما ينقص الطلب", "registered": "مكتمل التسجيل",
        "expected": "موعد الرد المتوقع", "history": "مسار الطلب",
        "comment": "الخدمة كانت سريعة وواضحة، شكرًا لكم.", "rated": "قيّمت الخدمة بـ ٥ من ٥",
    },
    "en": {
        "first": "Maryam", "father": "Ali", "family": "Alharbi", "city": "Jeddah",
        "service": "Medical treatment", "hospital": "King Fahd Hospital",
        "details": "I need help with the cost of physiotherapy after knee surgery.",
        "amount": "3000", "expiry": "1/1/1450",
        "png": "identity-copy.png", "pdf": "medical-report.pdf",
        "greeting": "Maryam",
        "missing": "What the request is missing", "registered": "Registered",
        "expected": "Expected response", "history": "Request history",
        "comment": "Quick and clear service, thank you.", "rated": "You rated the service 5 out of 5",
    },
}


# --------------------------------------------------------------------------------------------
# The staff side over HTTP (staff_journey.py walks the same steps in the browser)


def deliver_service(base_url: str, admin: StaffClient, demo_password: str, request_id: str, log) -> None:
    """The staff side, over HTTP as the demo staff would click it: referral, research, committee
    meeting with three votes and a decision, a one-instalment cash delivery, completion."""
    today = datetime.now(ZoneInfo(os.environ.get("MANARAT_TIME_ZONE", "Asia/Riyadh"))).strftime("%d/%m/%Y")
    path = f"/staff/requests/{request_id}"
    ids = admin.staff_ids()
    needed = ["researcher.ruh", "committee.ruh", "committee.jed", "committee.dmm"]
    missing = [name for name in needed if name not in ids]
    if missing:
        raise AssertionError(f"demo staff accounts not found in /staff/admin/staff: {missing}")

    def staff(username: str) -> StaffClient:
        client = StaffClient(base_url, username, demo_password)
        client.sign_in()
        return client

    admin.get(path)
    admin.post(path + "/referral", {"researcherID": ids["researcher.ruh"], "note": "زيارة منزلية"})
    researcher = staff("researcher.ruh")
    researcher.get(path)
    researcher.post(path + "/research", {
        "kind": "homeVisit", "visitedOn": today, "visitedOnCalendar": "gregorian",
        "findings": "الأسرة تحتاج دعمًا لتكاليف العلاج الطبيعي", "householdSituation": "أربعة أفراد",
        "recommendation": "approve", "recommendedService": "cash", "recommendedAmount": "1000",
        "recommendedQuantity": "دفعة واحدة",
        # The needs assessment the researcher verified at the visit.
        "monthlyIncome": "1500", "householdSize": "4", "monthlyRent": "1200", "debts": "0", "housing": "rented",
        "chronicIllnessCount": "1", "disabilityCount": "0", "dependantsUnder18": "2", "elderlyCount": "0"})
    researcher.get(path)
    researcher.post(path + "/to-committee", {})
    log("staff: referred, researched, sent to the committee")
    members = [staff(name) for name in ("committee.ruh", "committee.jed", "committee.dmm")]
    members[0].get("/staff/committee/meetings/new")
    url, _ = members[0].post("/staff/committee/meetings/new", [
        ("heldOn", today), ("heldOnCalendar", "gregorian"), ("location", "المقر الرئيسي"), ("requests[]", request_id)]
        + [("members[]", ids[m.username]) for m in members])
    meeting = urllib.parse.urlparse(url).path
    if not re.fullmatch(r"/staff/committee/meetings/[0-9a-f-]{36}", meeting):
        raise AssertionError(f"creating the committee meeting led to {meeting}")
    for member in members:
        member.get(meeting)
        member.post(meeting + "/votes", {"requestID": request_id, "vote": "approve", "comment": ""})
    members[0].get(meeting)
    members[0].post(meeting + "/decisions", {"requestID": request_id, "service": "cash", "amount": "1000", "note": "دعم لمرة واحدة"})
    log(f"staff: approved at meeting {meeting}")
    admin.get(path)
    admin.post(path + "/deliveries", {"kind": "cash", "amount": "1000", "method": "bankTransfer", "iban": "SA0380000000608010167519", "instalments": "1",
                                      "firstDue": today, "firstDueCalendar": "gregorian"})
    page = admin.get(path)
    delivered = re.findall(rf'action="({re.escape(path)}/deliveries/[0-9a-f-]{{36}}/delivered)"', page)
    if len(delivered) != 1:
        raise AssertionError(f"expected one instalment to mark delivered, found {len(delivered)}")
    admin.post(delivered[0], {"reference": "TRX-1", "acknowledgement": "استلمت المبلغ"})
    admin.get(path)
    admin.post(path + "/complete", {})
    log("staff: delivered and completed")


# --------------------------------------------------------------------------------------------
# The browser side


class Journey(BrowserJourney):
    """The beneficiary's journey; the browser and the page checks are BrowserJourney's."""

    TEXT = TEXT

    def journey(self) -> None:
        d, t, lang = self.driver, self.text, self.config.lang
        identity = new_national_id(self.rng)
        mobile = new_mobile(self.rng)
        self.log(f"applicant: identity {identity}, mobile {mobile}")
        digits = (lambda s: s.translate(ARABIC_INDIC)) if lang == "ar" else (lambda s: s)

        self.start_signed_out("/portal", "/portal/sign-in", "portal-sign-in")

        # The FAQ before signing in: the list, one answer, and "was this helpful" answered once.
        d.get(self.base + "/faq")
        self.visit("faq")
        self.follow(self.find('main section.card a[href^="/faq/"]'))
        self.expect(self.path().startswith("/faq/"), "an answer's link did not open the answer")
        self.visit("faq-article")
        self.submit(self.find('main form[action$="/vote"] button[value="yes"]'))
        self.expect(self.query().get("voted") == "1", "answering 'was this helpful' did not come back to the answer")
        self.expect(self.find("main [role=status]").text.strip() != "", "the answer page did not thank the visitor")
        self.visit("faq-voted")
        d.get(self.base + "/portal/sign-in")

        # Registration.
        self.follow(self.find('main a[href="/portal/register"]'))
        self.expect(self.path() == "/portal/register", "the register link did not open the registration page")
        self.visit("register")
        Select(self.find("select#identityType")).select_by_value("nationalID")
        self.type_into("input#identityNumber", digits(identity))
        self.type_into("input#firstName", t["first"])
        self.type_into("input#fatherName", t["father"])
        self.type_into("input#familyName", t["family"])
        self.type_into("input#phone", mobile)
        self.type_into("input#city", t["city"])
        consent = self.find("input#consent")
        self.expect(not consent.is_selected(), "the privacy consent is ticked before the applicant ticks it")
        self.find('label[for="consent"]').click()
        self.expect(consent.is_selected(), "clicking the consent label did not tick the box")
        self.submit(self.find('form[action="/portal/register"] button[type=submit]'))
        self.expect(self.path() == "/portal/code", "registering did not lead to the code page")
        self.visit("code")

        # The code, read by an administrator from the message log in a separate session.
        code = self.staff.one_time_code(mobile)
        self.log(f"one-time code from the message log: {code}")
        self.type_into("input#code", digits(code))
        self.submit(self.find('form[action="/portal/code"] button[type=submit]'))
        self.expect(self.path() == "/portal", "the right code did not sign the applicant in")
        self.visit("home")
        heading = self.find("main h1").text
        self.expect(t["greeting"] in heading, f"the home page does not greet {t['greeting']}: {heading!r}")

        # Apply: a service that needs two documents.
        self.follow(self.find('main a[href="/portal/apply"]'))
        self.visit("apply")
        tiles = [a for a in d.find_elements(By.CSS_SELECTOR, "main ul.tiles a") if a.find_element(By.TAG_NAME, "strong").text.strip() == t["service"]]
        self.expect(len(tiles) == 1, f"the service {t['service']!r} is not offered once on the apply page")
        self.follow(tiles[0])
        self.visit("apply-form")
        required = [li.text for li in d.find_elements(By.CSS_SELECTOR, "main .card ul li")]
        self.expect(len(required) >= 2, f"the form lists {len(required)} required documents, expected 2")
        self.type_into("input#field_hospital", t["hospital"])
        self.type_into("textarea#details", t["details"] + self.HOSTILE)
        self.type_into("input#amountRequested", t["amount"])
        self.submit(self.find('button[name="intent"][value="continue"]'))
        match = re.fullmatch(r"/portal/requests/([0-9a-f-]{36})", self.path())
        self.expect(match is not None, "continuing did not open the new draft request")
        request_path = self.path()
        self.visit("request-draft")
        reference = self.find("main p .badge.ltr").text.strip()
        self.expect(re.fullmatch(r"R-\d{4}-\d{6}", reference) is not None, f"the draft has no reference number: {reference!r}")
        self.log(f"request {reference} at {request_path}")

        # Two documents, checked by content: a PNG identity copy and a PDF medical report.
        png = self.files / t["png"]
        pdf = self.files / t["pdf"]
        if self.args.upload_kb:
            # Photo-sized documents, as a phone camera makes them.
            png.write_bytes(noise_png(self.args.upload_kb * 1024, self.rng))
            pdf.write_bytes(pdf_bytes(pad=self.args.upload_kb * 1024))
        else:
            png.write_bytes(png_bytes())
            pdf.write_bytes(pdf_bytes())
        for number, (kind, path) in enumerate((("identityCopy", png), ("medicalReport", pdf)), start=1):
            form = self.find(f'form[action="{request_path}/documents"]')
            Select(form.find_element(By.CSS_SELECTOR, "select#kind")).select_by_value(kind)
            form.find_element(By.CSS_SELECTOR, "input#file").send_keys(str(path))
            printed = form.find_elements(By.CSS_SELECTOR, "input#identityNumber")
            if kind == "identityCopy" and printed:
                # The number printed on the copy, matched against the applicant's file.
                printed[0].clear()
                printed[0].send_keys(digits(identity))
            expiry = form.find_element(By.CSS_SELECTOR, "input#expiresOn")
            expiry.clear()
            expiry.send_keys(t["expiry"])
            Select(form.find_element(By.CSS_SELECTOR, "select#expiresOnCalendar")).select_by_value("hijri")
            self.submit(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
            if self.path() != request_path:
                status = d.execute_script("const n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : 0")
                self.screenshot(f"{self.step + 1:02d}-upload-{number}-refused")
                heading = d.find_elements(By.CSS_SELECTOR, "main h1")
                raise AssertionError(
                    f"uploading document {number} ({path.name}, {path.stat().st_size} bytes) answered HTTP {status} "
                    f"«{heading[0].text if heading else d.title}» instead of returning to the request")
            self.visit(f"request-document-{number}")
            errors = d.find_elements(By.CSS_SELECTOR, "main .alert-error, main p.error")
            self.expect(not errors, f"uploading {path.name} was refused: {' / '.join(e.text for e in errors)}")
        listed = [li.text for li in d.find_elements(By.XPATH, "//main//section[.//bdi]//li[bdi]")]
        self.expect(any(t["png"] in x for x in listed) and any(t["pdf"] in x for x in listed),
                    f"the request does not list both documents: {listed}")
        self.expect_nothing_missing()

        # The applicant's attestation, then submission.
        attest = self.find(f'form[action="{request_path}/attestation"]')
        attest.find_element(By.CSS_SELECTOR, 'label[for="confirmed"]').click()
        self.expect(attest.find_element(By.CSS_SELECTOR, "input#confirmed").is_selected(), "the attestation box is not ticked")
        self.submit(attest.find_element(By.CSS_SELECTOR, "button[type=submit]"))
        self.visit("request-attested")
        self.submit(self.find(f'form[action="{request_path}/submit"] button[type=submit]'))
        self.expect(self.path() == request_path and self.query().get("submitted") == "1", "submitting did not come back with ?submitted=1")
        self.visit("request-submitted")
        errors = d.find_elements(By.CSS_SELECTOR, "main .alert-error")
        self.expect(not errors, f"submission refused: {' / '.join(e.text for e in errors)}")
        self.expect(self.find("main p .badge.ltr").text.strip() == reference, "the reference number changed on submission")
        self.expect_nothing_missing()
        status = self.find("main h1 + p").text
        self.expect(t["registered"] in status, f"the request's status is not {t['registered']!r}: {status!r}")
        due = self.find('main .alert-info[role="status"]').text
        self.expect(t["expected"] in due and re.search(r"[0-9٠-٩]", due) is not None, f"no expected response date shown: {due!r}")
        self.log(f"submitted: {reference}; {due.strip()}")

        # Following the request: from the home page to its timeline.
        self.follow(self.find('header a[href="/portal"]'))
        self.visit("home-with-request")
        link = self.find(f'main a[href="{request_path}"]')
        self.expect(reference in link.find_element(By.XPATH, "..").text, "the home page does not show the request's reference")
        self.follow(link)
        self.visit("request-timeline")
        self.expect(any(h.text.strip() == t["history"] for h in d.find_elements(By.CSS_SELECTOR, "main h2")), "the request page has no history heading")
        events = [li.text for li in d.find_elements(By.CSS_SELECTOR, "main ol.timeline > li")]
        self.expect(len(events) >= 5, f"the timeline has {len(events)} entries, expected create, 2 documents, attestation, submission: {events}")
        self.log(f"timeline: {len(events)} entries")

        if self.args.skip_rating or not self.args.demo_password:
            self.log("delivery and rating skipped" + ("" if self.args.skip_rating else " (no demo staff password given)"))
            return
        # The service is delivered on the staff side; the beneficiary then rates it.
        deliver_service(self.base, self.staff, self.args.demo_password, match.group(1), self.log)
        d.refresh()
        self.visit("request-delivered")
        rating = self.find(f'form[action="{request_path}/rating"]')
        rating.find_element(By.CSS_SELECTOR, 'label[for="score-5"]').click()
        self.expect(rating.find_element(By.CSS_SELECTOR, "input#score-5").is_selected(), "the rating 5 is not chosen")
        comment = rating.find_element(By.CSS_SELECTOR, "textarea#comment")
        comment.send_keys(t["comment"])
        self.submit(rating.find_element(By.CSS_SELECTOR, "button[type=submit]"))
        self.expect(self.path() == request_path and self.query().get("rated") == "1", "rating did not come back with ?rated=1")
        self.visit("request-rated")
        self.expect(not d.find_elements(By.CSS_SELECTOR, f'form[action="{request_path}/rating"]'), "the rating form is still offered after rating")
        self.expect(t["rated"] in self.find("main").text, f"the page does not say the service was rated ({t['rated']!r})")
        self.log("rated the delivered service 5")


# --------------------------------------------------------------------------------------------


def main() -> int:
    # Stopped by the runner: unwind, so every browser is quit.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    parser = journey_arguments(__doc__, "the demo staff accounts' password: then the service is delivered on the staff side and rated")
    parser.add_argument("--skip-rating", action="store_true", help="stop after the timeline: no staff side, no rating")
    parser.add_argument("--upload-kb", type=int, default=0, help="make both documents about this many KB (default: tiny ones)")
    return run_from_arguments(parser, Journey, "blank session, register, code, apply with two documents, submit, timeline", needs_demo_password=False)


if __name__ == "__main__":
    sys.exit(main())
