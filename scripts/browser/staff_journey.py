#!/usr/bin/env python3
"""The staff side of a request's life in a real browser, from the desk to the service delivered.

Selenium drives Debian's headless Chromium against a running Manarat server with the demo data,
signing in as the demo staff accounts one after another (the password the server printed at its
first start):

    relations.ruh: staff sign-in (in English through the site's own language button) -> desk
    -> beneficiaries -> register a new beneficiary (a valid Saudi national ID, consent; the
    duplicate review when the registry shows similar files) -> add a household member
    -> a new "Medical treatment" request at the desk -> two uploads (a PNG identity copy with its
    number typed and a PDF medical report, checked by content on the server) -> the applicant's
    attestation with the scan of the signed printed form (the in-person signature, a file upload)
    -> submit (registered) -> refer to the researcher -> sign out.
    researcher.ruh: signs in from the request's link -> the research report (home visit, findings,
    recommendation, amount, quantity, the updated needs assessment; the score is shown) -> send to
    the committee -> sign out.
    committee.ruh: the committee's queue -> a new meeting (today, the three demo members present,
    only this request on the agenda) -> votes to approve -> sign out. committee.jed and
    committee.dmm each sign in from the meeting's link and vote; the last records the decision
    (approved: cash, the amount, the quantity and the reasons).
    delivery.ruh: signs in from the request's link -> schedules a one-instalment cash delivery
    paid by bank transfer to an IBAN -> marks it delivered (transfer reference, the beneficiary's
    acknowledgement) -> closes the request (completed) -> signs out.
    the administrator (--admin-user): from the desk's tile to the breach register -> records a
    breach (discovered an hour ago, 12 people) and sees its 72-hour countdown -> records the
    regulator's notice with its reference -> the retention schedule -> a legal hold on the new file.

Every page is checked like the portal journey's (journey_common.BrowserJourney.visit: HTTP status,
<html lang> and dir, a whole-page screenshot in <screenshots>/<viewport>-<lang>-staff/NN-name.png,
layout checks, axe-core 4.x where a serious or critical violation fails the journey). Every form
is filled and sent by real typing and clicks; no page needs JavaScript.

The one thing not read from the pages: which staff id belongs to which demo username. The referral
and meeting forms name staff by their display names, so an administrator's HTTP session reads the
ids from /staff/admin/staff first (no action is taken there).

Usage (scripts/browser-test starts the server and calls this after portal_journey.py):

    python scripts/browser/staff_journey.py --base-url http://127.0.0.1:PORT \
        --admin-user U --admin-password P --demo-password D --config 360x740-ar --config 1280x800-en

Prints "N passed, N failed" last and exits non-zero when any journey failed.
"""

from __future__ import annotations

import os
import re
import signal
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

# Imported first, it also keeps Selenium Manager offline (SE_OFFLINE).
from journey_common import (ARABIC_INDIC, BrowserJourney, new_mobile, new_national_id, pdf_bytes, png_bytes,
                            journey_arguments, run_from_arguments)
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
RELATIONS, RESEARCHER, DELIVERY = "relations.ruh", "researcher.ruh", "delivery.ruh"
COMMITTEE = ("committee.ruh", "committee.jed", "committee.dmm")

# What the staff type, per language. "Medical treatment" (migration M0014) needs an identity copy
# and a medical report, both valid at submission.
TEXT = {
    "ar": {
        "first": "سارة", "father": "محمد", "grandfather": "عبدالله", "family": "الدوسري", "city": "الرياض",
        "district": "النسيم", "born": "١/١/١٤١٠", "expiry": "١/١/١٤٥٠",
        "member": "عبدالله فهد الدوسري", "member_born": "١/١/١٤٤٠",
        "service": "علاج طبي", "hospital": "مستشفى الملك فهد",
        "details": "تحتاج المستفيدة مساعدة في تكاليف جلسات العلاج الطبيعي بعد عملية في الركبة.",
        "amount": "٣٠٠٠",
        "png": "صورة-الهوية.png", "pdf": "التقرير-الطبي.pdf", "signed": "الإقرار-الموقع.pdf",
        "missing": "ما ينقص الطلب",
        "referral": "زيارة منزلية هذا الأسبوع",
        "findings": "الأسرة تحتاج دعمًا لتكاليف العلاج الطبيعي، والتقارير الطبية مطابقة.",
        "household": "ثلاثة أفراد في شقة مستأجرة، ودخل الأسرة راتب تقاعدي.",
        "recommended": "١٠٠٠", "quantity": "دفعة واحدة",
        "income": "١٥٠٠", "size": "٣", "rent": "١٢٠٠", "debts": "٠", "chronic": "١", "disability": "٠", "children": "١", "elderly": "٠",
        "location": "المقر الرئيسي بالرياض", "vote": "أوافق على توصية الباحث",
        "decision": "ثبتت الحاجة بتقرير الباحث والتقرير الطبي؛ دعم نقدي لمرة واحدة.",
        "acknowledgement": "استلمت المستفيدة المبلغ كاملًا",
        "breach_title": "إرسال كشف مستفيدين إلى بريد خاطئ", "breach_description": "أُرسل كشف بأسماء مستفيدين وأرقام جوالاتهم إلى عنوان بريد خارجي بالخطأ.",
        "breach_records": "الأسماء وأرقام الجوال", "breach_measures": "طُلب من المستلم حذف الرسالة وأكد ذلك كتابيًا.",
        "hold_reason": "قضية منظورة لدى المحكمة",
    },
    "en": {
        "first": "Sarah", "father": "Mohammed", "grandfather": "Abdullah", "family": "Aldosari", "city": "Riyadh",
        "district": "Al Naseem", "born": "1/1/1410", "expiry": "1/1/1450",
        "member": "Abdullah Fahad Aldosari", "member_born": "1/1/1440",
        "service": "Medical treatment", "hospital": "King Fahd Hospital",
        "details": "The beneficiary needs help with the cost of physiotherapy after knee surgery.",
        "amount": "3000",
        "png": "identity-copy.png", "pdf": "medical-report.pdf", "signed": "signed-attestation.pdf",
        "missing": "What the request is missing",
        "referral": "Home visit this week",
        "findings": "The family needs support with the physiotherapy costs; the medical reports match.",
        "household": "Three people in a rented flat; the household lives on a pension.",
        "recommended": "1000", "quantity": "One payment",
        "income": "1500", "size": "3", "rent": "1200", "debts": "0", "chronic": "1", "disability": "0", "children": "1", "elderly": "0",
        "location": "Head office, Riyadh", "vote": "I agree with the researcher's recommendation",
        "decision": "The need is shown by the research report and the medical report; one cash payment.",
        "acknowledgement": "The beneficiary received the full amount",
        "breach_title": "A list of beneficiaries e-mailed to a wrong address", "breach_description": "A list with beneficiaries' names and mobiles was sent to an outside address by mistake.",
        "breach_records": "Names and mobile numbers", "breach_measures": "The recipient was asked to delete it and confirmed in writing.",
        "hold_reason": "A case before the court",
    },
}


class StaffJourney(BrowserJourney):
    """The staff journey; the browser and the page checks are BrowserJourney's."""

    TEXT = TEXT
    SHOTS_SUFFIX = "-staff"

    # ---- helpers for the staff pages

    def digits(self, text: str) -> str:
        """Numbers as the staff member types them: Arabic-Indic in the Arabic run."""
        return text.translate(ARABIC_INDIC) if self.config.lang == "ar" else text

    def fill(self, form, name: str, value: str, prefilled: bool = False) -> None:
        """Types into a field of `form`; a field the page prefills is emptied first."""
        field = form.find_element(By.CSS_SELECTOR, f'[name="{name}"]')
        if prefilled:
            field.clear()
        field.send_keys(value)

    def choose(self, form, name: str, value: str) -> None:
        Select(form.find_element(By.CSS_SELECTOR, f'select[name="{name}"]')).select_by_value(value)

    def tick(self, form, input_id: str) -> None:
        """Ticks a checkbox the way a person does, by its label."""
        box = form.find_element(By.ID, input_id)
        if not box.is_selected():
            form.find_element(By.CSS_SELECTOR, f'label[for="{input_id}"]').click()
        self.expect(box.is_selected(), f"clicking the label of #{input_id} did not tick it")

    def open_details(self, form) -> None:
        """Opens the <details> a form is folded in, by clicking its summary."""
        details = form.find_element(By.XPATH, "ancestor::details[1]")
        if details.get_attribute("open") is None:
            details.find_element(By.TAG_NAME, "summary").click()
        self.expect(form.is_displayed(), "the folded form did not open")

    def send(self, form) -> None:
        """Sends a form with its (last) submit button."""
        self.submit(form.find_elements(By.CSS_SELECTOR, "button[type=submit]")[-1])

    def status_is(self, status: str) -> None:
        badge = self.find("main h1 + p .badge")
        classes = (badge.get_attribute("class") or "").split()
        self.expect(f"status-{status}" in classes, f"the request's status is {badge.text!r} ({' '.join(classes)}), expected {status}")

    def expect_no_error(self, what: str) -> None:
        errors = [e.text for e in self.driver.find_elements(By.CSS_SELECTOR, "main .alert-error, main p.error") if e.text.strip()]
        self.expect(not errors, f"{what} was refused: {' / '.join(errors)}")

    def expect_saved(self, path: str, what: str) -> None:
        self.expect(self.path() == path, f"{what} did not come back to {path}")
        self.expect_no_error(what)

    def sign_in(self, username: str, landing: str, password: str | None = None) -> None:
        """Types the account's name and password (the demo one unless given) on the sign-in page being shown."""
        form = self.find('form[action="/staff/sign-in"]')
        self.fill(form, "username", username)
        self.fill(form, "password", password or self.args.demo_password)
        self.send(form)
        self.expect(self.path() == landing, f"signing in as {username} did not lead to {landing}")
        self.log(f"signed in as {username}")

    def sign_out(self) -> None:
        self.submit(self.find('header form[action="/staff/sign-out"] button[type=submit]'))
        self.expect(self.path() == "/staff/sign-in" and self.query().get("signed-out") == "1", "signing out did not lead to the sign-in page")

    def open_as(self, username: str, target: str, role: str) -> None:
        """A colleague opens the link to `target`: the sign-in page first, then `target` itself."""
        self.driver.get(self.base + target)
        self.expect(self.path() == "/staff/sign-in" and self.query().get("next") == target,
                    f"a signed-out visit to {target} was not sent to the sign-in page")
        self.visit(f"sign-in-{role}")
        self.sign_in(username, target)

    # ---- the journey

    def journey(self) -> None:
        d, t = self.driver, self.text
        digits = self.digits
        if not self.staff.signed_in:
            self.staff.sign_in()
        ids = self.staff.staff_ids()
        missing = [name for name in (RELATIONS, RESEARCHER, DELIVERY) + COMMITTEE if name not in ids]
        self.expect(not missing, f"demo staff accounts not found in /staff/admin/staff: {missing}")
        today = datetime.now(ZoneInfo(os.environ.get("MANARAT_TIME_ZONE", "Asia/Riyadh"))).strftime("%d/%m/%Y")
        identity = new_national_id(self.rng)
        member_identity = new_national_id(self.rng)
        mobile = new_mobile(self.rng)
        self.log(f"beneficiary: identity {identity}, mobile {mobile}; household member {member_identity}")

        # 1. Sign-in as the beneficiary-relations employee, from a blank session (Arabic by default).
        self.start_signed_out("/staff", "/staff/sign-in", "sign-in")
        self.sign_in(RELATIONS, "/staff")
        self.visit("desk-relations")

        # 2. A new beneficiary, then a household member.
        self.follow(self.find('header nav a[href="/staff/beneficiaries"]'))
        self.visit("beneficiaries")
        self.follow(self.find('main a[href="/staff/beneficiaries/new"]'))
        self.expect(self.path() == "/staff/beneficiaries/new", "the register link did not open the registration form")
        self.visit("beneficiary-new")
        form = self.find('form[action="/staff/beneficiaries/new"]')
        for name, value in (("firstName", t["first"]), ("fatherName", t["father"]), ("grandfatherName", t["grandfather"]),
                            ("familyName", t["family"]), ("identityNumber", digits(identity)), ("identityExpiresOn", t["expiry"]),
                            ("bornOn", t["born"]), ("phone", mobile), ("city", t["city"]), ("district", t["district"])):
            self.fill(form, name, value)
        self.choose(form, "identityType", "nationalID")
        self.choose(form, "identityExpiresOnCalendar", "hijri")
        self.choose(form, "bornOnCalendar", "hijri")
        self.choose(form, "gender", "female")
        self.choose(form, "maritalStatus", "married")
        self.choose(form, "consentChannel", "interview")
        self.expect(not form.find_element(By.ID, "consent").is_selected(), "the privacy consent is ticked before the employee ticks it")
        self.tick(form, "consent")
        self.send(form)
        if self.path() == "/staff/beneficiaries/new" and d.find_elements(By.ID, "duplicatesReviewed"):
            # The registry found similar files: the employee looks at them and confirms another person.
            self.visit("beneficiary-duplicates")
            form = self.find('form[action="/staff/beneficiaries/new"]')
            self.tick(form, "duplicatesReviewed")
            self.tick(form, "consent")
            self.send(form)
        match = re.fullmatch(rf"/staff/beneficiaries/({UUID})", self.path())
        self.expect(match is not None and self.query().get("saved") == "1", "registering the beneficiary did not open the new file")
        beneficiary = self.path()
        self.visit("beneficiary-saved")
        self.expect_no_error("registering the beneficiary")
        self.expect(t["first"] in self.find("main h1").text, f"the file's heading does not name {t['first']}")
        file_number = self.find("main h1 + p .badge").text.strip()
        self.expect(re.fullmatch(r"M-\d{6}", file_number) is not None, f"the new file has no file number: {file_number!r}")
        self.log(f"beneficiary {file_number} at {beneficiary}")

        form = self.find(f'form[action="{beneficiary}/household/members"]')
        self.open_details(form)
        self.fill(form, "memberName", t["member"])
        self.choose(form, "relation", "son")
        self.choose(form, "memberGender", "male")
        self.choose(form, "memberIdentityType", "nationalID")
        self.fill(form, "memberIdentityNumber", digits(member_identity))
        self.fill(form, "memberBornOn", t["member_born"])
        self.choose(form, "memberBornOnCalendar", "hijri")
        self.send(form)
        self.expect_saved(beneficiary, "adding the household member")
        self.visit("household-member")
        household = self.find(f'form[action="{beneficiary}/household/members"]').find_element(By.XPATH, "ancestor::section[1]").text
        self.expect(t["member"] in household, f"the household does not list {t['member']!r}")

        # 3. A support request at the desk, with its documents and the attestation, until registered.
        self.follow(self.find(f'main a[href="{beneficiary}/requests/new"]'))
        self.visit("request-types")
        tiles = [a for a in d.find_elements(By.CSS_SELECTOR, "main ul.tiles a") if a.find_element(By.TAG_NAME, "strong").text.strip() == t["service"]]
        self.expect(len(tiles) == 1, f"the service {t['service']!r} is not offered once")
        self.follow(tiles[0])
        self.visit("request-new")
        required = [li.text for li in d.find_elements(By.CSS_SELECTOR, "main .card h3 + ul li")]
        self.expect(len(required) >= 2, f"the form lists {len(required)} required documents, expected 2")
        form = self.find(f'form[action="{beneficiary}/requests/new"]')
        self.choose(form, "channel", "interview")
        self.fill(form, "field_hospital", t["hospital"])
        self.fill(form, "details", t["details"])
        self.fill(form, "amountRequested", t["amount"])
        self.send(form)
        match = re.fullmatch(rf"/staff/requests/({UUID})", self.path())
        self.expect(match is not None, "saving the draft did not open the new request")
        request, request_id = self.path(), match.group(1)
        self.visit("request-draft")
        self.expect_no_error("saving the draft")
        self.status_is("draft")
        reference = self.find("main h1 .ltr").text.strip()
        self.expect(re.fullmatch(r"R-\d{4}-\d{6}", reference) is not None, f"the draft has no reference number: {reference!r}")
        self.log(f"request {reference} at {request}")

        png, pdf, signed = self.files / t["png"], self.files / t["pdf"], self.files / t["signed"]
        png.write_bytes(png_bytes())
        pdf.write_bytes(pdf_bytes())
        signed.write_bytes(pdf_bytes("Signed attestation"))
        for number, (kind, path) in enumerate((("identityCopy", png), ("medicalReport", pdf)), start=1):
            form = self.find(f'form[action="{request}/documents"]')
            self.open_details(form)
            self.choose(form, "kind", kind)
            form.find_element(By.CSS_SELECTOR, 'input[type=file][name="file"]').send_keys(str(path))
            if kind == "identityCopy":
                # The number printed on the copy, matched against the beneficiary's file.
                self.fill(form, "identityNumber", digits(identity))
            self.fill(form, "expiresOn", t["expiry"])
            self.choose(form, "expiresOnCalendar", "hijri")
            self.send(form)
            self.expect_saved(request, f"uploading {path.name}")
            self.visit(f"request-document-{number}")
        listed = [b.text for b in d.find_elements(By.CSS_SELECTOR, "main table bdi")]
        self.expect(t["png"] in listed and t["pdf"] in listed, f"the request does not list both documents: {listed}")
        self.expect_nothing_missing()

        # The attestation signed in person: the printed form's scan is uploaded (no drawn signature).
        form = self.find(f'form[action="{request}/attestation"]')
        self.tick(form, "confirmed")
        self.choose(form, "channel", "interview")
        form.find_element(By.CSS_SELECTOR, 'input[type=file][name="signedForm"]').send_keys(str(signed))
        self.send(form)
        self.expect_saved(request, "recording the attestation")
        self.visit("request-attested")
        self.expect(not d.find_elements(By.CSS_SELECTOR, f'form[action="{request}/attestation"]'), "the attestation form is still offered")
        self.submit(self.find(f'form[action="{request}/submit"] button[type=submit]'))
        self.expect_saved(request, "submitting the request")
        self.visit("request-registered")
        self.status_is("registered")

        # 4. Referral to the researcher, who writes the report and sends the request to the committee.
        form = self.find(f'form[action="{request}/referral"]')
        self.choose(form, "researcherID", ids[RESEARCHER])
        self.fill(form, "note", t["referral"] + self.HOSTILE)
        self.send(form)
        self.expect_saved(request, "the referral")
        self.visit("request-referred")
        self.status_is("inResearch")
        self.expect("<img src=x onerror=alert(1)>" in self.find("main").text, "the referral note is not shown as it was typed")
        self.sign_out()
        self.visit("signed-out")

        self.open_as(RESEARCHER, request, "researcher")
        self.visit("research-form")
        self.status_is("inResearch")
        form = self.find(f'form[action="{request}/research"]')
        self.choose(form, "reportKind", "homeVisit")
        self.fill(form, "visitedOn", digits(today))
        self.choose(form, "visitedOnCalendar", "gregorian")
        self.fill(form, "findings", t["findings"])
        self.fill(form, "householdSituation", t["household"])
        self.choose(form, "recommendation", "approve")
        self.choose(form, "recommendedService", "cash")
        self.fill(form, "recommendedAmount", t["recommended"], prefilled=True)
        self.fill(form, "recommendedQuantity", t["quantity"])
        # The needs assessment, as verified at the visit.
        for name, key in (("monthlyIncome", "income"), ("householdSize", "size"), ("monthlyRent", "rent"), ("debts", "debts"),
                          ("chronicIllnessCount", "chronic"), ("disabilityCount", "disability"),
                          ("dependantsUnder18", "children"), ("elderlyCount", "elderly")):
            self.fill(form, name, t[key], prefilled=True)
        self.choose(form, "housing", "rented")
        self.send(form)
        self.expect_saved(request, "the research report")
        self.visit("research-report")
        report = self.find("main article.report").text
        self.expect(t["findings"] in report and t["quantity"] in report, f"the report does not show the findings and quantity: {report!r}")
        score = re.search(r"[0-9٠-٩]+ (?:من|of) (?:100|١٠٠)", report)
        self.expect(score is not None, f"the report shows no needs score: {report!r}")
        self.log(f"research report saved; needs score {score.group(0)}")
        self.submit(self.find(f'form[action="{request}/to-committee"] button[type=submit]'))
        self.expect_saved(request, "sending to the committee")
        self.visit("request-at-committee")
        self.status_is("atCommittee")
        self.sign_out()

        # 5. The committee: a meeting with the three demo members, three votes, the decision.
        self.open_as(COMMITTEE[0], "/staff/committee", "committee-1")
        self.visit("committee")
        self.expect(reference in self.find("main table").text, f"the committee's queue does not list {reference}")
        self.follow(self.find('main a[href="/staff/committee/meetings/new"]'))
        self.visit("meeting-new")
        form = self.find('form[action="/staff/committee/meetings/new"]')
        self.fill(form, "heldOn", digits(today))
        self.choose(form, "heldOnCalendar", "gregorian")
        self.fill(form, "location", t["location"])
        for username in COMMITTEE:
            self.tick(form, f"members-{ids[username]}")
        # Every request waiting is on the agenda by default; this meeting takes only ours.
        for box in form.find_elements(By.CSS_SELECTOR, 'input[name="requests[]"]'):
            if (box.get_attribute("value") == request_id) != box.is_selected():
                form.find_element(By.CSS_SELECTOR, f'label[for="{box.get_attribute("id")}"]').click()
        agenda = [b.get_attribute("value") for b in form.find_elements(By.CSS_SELECTOR, 'input[name="requests[]"]') if b.is_selected()]
        self.expect(agenda == [request_id], f"the agenda is {agenda}, expected only {request_id}")
        self.send(form)
        match = re.fullmatch(rf"/staff/committee/meetings/({UUID})", self.path())
        self.expect(match is not None, "saving the meeting did not open it")
        meeting = self.path()
        self.visit("meeting")
        self.expect_no_error("creating the meeting")
        self.log(f"meeting {self.find('main h1').text!r} at {meeting}")
        for number, username in enumerate(COMMITTEE, start=1):
            if number > 1:
                self.sign_out()
                self.open_as(username, meeting, f"committee-{number}")
                self.visit(f"meeting-member-{number}")
            form = self.find(f'form[action="{meeting}/votes"]')
            self.expect(form.find_element(By.CSS_SELECTOR, 'input[name="requestID"]').get_attribute("value") == request_id, "the vote form is not for our request")
            self.choose(form, "vote", "approve")
            self.fill(form, "comment", t["vote"] + self.HOSTILE)
            self.send(form)
            self.expect_saved(meeting, f"{username}'s vote")
            self.visit(f"meeting-vote-{number}")
        votes = self.find(f'main form[action="{meeting}/votes"]').find_element(By.XPATH, "preceding-sibling::ul[1]").find_elements(By.TAG_NAME, "li")
        self.expect(len(votes) == len(COMMITTEE), f"the meeting shows {len(votes)} votes, expected {len(COMMITTEE)}")
        form = self.find(f'form[action="{meeting}/decisions"]')
        self.choose(form, "service", "cash")
        self.fill(form, "amount", t["recommended"], prefilled=True)
        self.fill(form, "quantity", t["quantity"])
        self.fill(form, "note", t["decision"])
        self.send(form)
        self.expect_saved(meeting, "the decision")
        self.visit("meeting-decided")
        self.expect(not d.find_elements(By.CSS_SELECTOR, f'form[action="{meeting}/decisions"]'), "the decision form is still offered")
        self.expect(t["decision"] in self.find("main section.card").text, "the meeting does not show the decision's reasons")
        self.log("approved by the committee")
        self.sign_out()

        # 6. Delivery: one cash instalment by bank transfer, handed over, the request closed.
        self.open_as(DELIVERY, request, "delivery")
        self.visit("request-approved")
        self.status_is("approved")
        form = self.find(f'form[action="{request}/deliveries"]')
        self.open_details(form)
        self.choose(form, "kind", "cash")
        self.fill(form, "amount", t["recommended"], prefilled=True)
        self.choose(form, "method", "bankTransfer")
        self.fill(form, "iban", "SA03 8000 0000 6080 1016 7519")
        self.fill(form, "instalments", digits("1"), prefilled=True)
        self.fill(form, "firstDue", digits(today))
        self.choose(form, "firstDueCalendar", "gregorian")
        self.send(form)
        self.expect_saved(request, "scheduling the delivery")
        self.visit("delivery-scheduled")
        self.status_is("inDelivery")
        self.expect("SA03 8000 0000 6080 1016 7519" in self.find("main").text, "the delivery does not show the IBAN it is paid to")
        forms = d.find_elements(By.CSS_SELECTOR, f'main form[action^="{request}/deliveries/"][action$="/delivered"]')
        self.expect(len(forms) == 1, f"expected one instalment to mark delivered, found {len(forms)}")
        form = forms[0]
        transfer = f"TRX-{self.rng.randrange(10 ** 6):06d}"
        self.fill(form, "reference", transfer)
        self.fill(form, "acknowledgement", t["acknowledgement"])
        self.send(form)
        self.expect_saved(request, "marking the instalment delivered")
        self.visit("delivery-delivered")
        self.expect(transfer in self.find("main").text, f"the delivery does not show the transfer reference {transfer}")
        self.submit(self.find(f'form[action="{request}/complete"] button[type=submit]'))
        self.expect_saved(request, "closing the request")
        self.visit("request-completed")
        self.status_is("completed")
        events = d.find_elements(By.CSS_SELECTOR, "main ol.timeline > li")
        self.expect(len(events) >= 12, f"the history has {len(events)} entries, expected every step from the draft to completion")
        self.log(f"{reference}: delivered and completed; {len(events)} history entries")

        # 9. The administrator's data-protection pages: a breach recorded with its 72-hour clock and
        # the regulator's notice, then the retention schedule with a legal hold on the new file.
        self.sign_out()
        self.sign_in(self.args.admin_user, "/staff", password=self.args.admin_password)
        self.follow(self.find('main a[href="/staff/admin/breaches"]'))
        self.visit("breaches")
        form = self.find('form[action="/staff/admin/breaches"]')
        now = datetime.now(ZoneInfo(os.environ.get("MANARAT_TIME_ZONE", "Asia/Riyadh")))
        for name, value in (("title", t["breach_title"]), ("description", t["breach_description"]), ("discovered", digits(today)),
                            ("discoveredTime", digits(f"{max(now.hour - 1, 0):02d}:00")), ("recordsAffected", t["breach_records"]),
                            ("peopleAffected", digits("12")), ("measures", t["breach_measures"])):
            self.fill(form, name, value)
        self.choose(form, "discoveredCalendar", "gregorian")
        self.send(form)
        self.expect(self.path() == "/staff/admin/breaches" and "recorded" in self.query(), "recording the breach did not come back to the register")
        self.expect_no_error("recording the breach")
        breach = self.query()["recorded"]
        self.visit("breach-recorded")
        card = self.find(f'main section.card:has(form[action$="/regulator-notified"])')
        self.expect(t["breach_title"] in card.text and card.find_elements(By.CSS_SELECTOR, ".badge"), f"breach {breach} shows no countdown to the regulator's deadline")
        form = card.find_element(By.CSS_SELECTOR, 'form[action$="/regulator-notified"]')
        self.fill(form, "regulatorReference", "NDMO-2026-0042")
        self.send(form)
        self.expect_no_error("recording the regulator's notice")
        self.visit("breach-regulator-notified")
        self.expect("NDMO-2026-0042" in self.find("main").text, "the register does not show the regulator's reference")
        self.driver.get(self.base + "/staff/admin/retention")
        self.visit("retention")
        form = self.find('form[action="/staff/admin/retention/holds"]')
        self.fill(form, "fileNumber", file_number)
        self.fill(form, "reason", t["hold_reason"])
        self.send(form)
        self.expect_no_error("placing the legal hold")
        self.visit("retention-hold")
        self.expect(file_number in self.find("main").text, f"the legal hold on {file_number} is not listed")
        self.log(f"breach {breach} recorded and notified; legal hold on {file_number}")


# --------------------------------------------------------------------------------------------


def main() -> int:
    # Stopped by the runner: unwind, so every browser is quit.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    parser = journey_arguments(__doc__, "the demo staff accounts' password")
    return run_from_arguments(parser, StaffJourney, "staff sign-in, beneficiary and household, intake with documents, research, committee, delivery",
                              needs_demo_password=True)


if __name__ == "__main__":
    sys.exit(main())
