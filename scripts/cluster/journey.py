#!/usr/bin/env python3
"""The staff journey of scripts/cluster-test, against two instances and nginx in front of them.

Like one browser tab (one cookie jar, the CSRF token of the last page), it signs in, registers a
beneficiary, drafts a support request and uploads a document, its requests alternating between
instance A and instance B and going through nginx. Then it SIGKILLs instance B while the outbox is
delivering, and finishes (more documents, the attestation, the submission) through nginx and A
with the same session. It checks the document reads back byte for byte, nginx's limits and cache
headers, the client address the app recorded, and that no notification reached the gateway twice.

Everything comes from the environment that scripts/cluster-test sets: CLUSTER_A, CLUSTER_B,
CLUSTER_NGINX (base URLs), CLUSTER_B_PID, CLUSTER_USER, CLUSTER_PASSWORD, CLUSTER_GATEWAY_LOG,
CLUSTER_NGINX_LOG, MANARAT_BIN, DATABASE_URL (and CLUSTER_ELAPSED, seconds already spent). Exits 1 with a message on the first failure.
Python 3 standard library only; psql for the database checks.
"""
import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import uuid

env = os.environ
A, B, NGINX = env["CLUSTER_A"], env["CLUSTER_B"], env["CLUSTER_NGINX"]
NAMES = {A: "A", B: "B", NGINX: "nginx"}
B_PID = int(env["CLUSTER_B_PID"])
BINARY = env["MANARAT_BIN"]
GATEWAY_LOG = env["CLUSTER_GATEWAY_LOG"]
NGINX_LOG = env["CLUSTER_NGINX_LOG"]
# Loopback source addresses: nginx is reached "from" the first (a client on the network), the
# instances directly from the second (a client that bypasses the proxy); neither is a trusted
# proxy. Only nginx connects from 127.0.0.1, the address in MANARAT_TRUSTED_PROXIES.
CLIENT_VIA_PROXY = "127.0.0.2"
CLIENT_DIRECT = "127.0.0.3"
SPOOFED = "203.0.113.9"
started = time.monotonic()


def fail(message):
    print(f"FAILED: {message}", file=sys.stderr, flush=True)
    sys.exit(1)


def say(message):
    elapsed = time.monotonic() - started + float(env.get("CLUSTER_ELAPSED", "0"))
    print(f"[{elapsed:3.0f}s] {message}", flush=True)


def expect(condition, message):
    if not condition:
        fail(message)


def psql(sql):
    result = subprocess.run(["psql", env["DATABASE_URL"], "-X", "-At", "-v", "ON_ERROR_STOP=1", "-c", sql],
                            capture_output=True, text=True)
    if result.returncode != 0:
        fail(f"psql: {result.stderr.strip()}")
    return [line for line in result.stdout.splitlines() if line]


class Browser:
    """One browser tab: cookies for 127.0.0.1 (cookies ignore the port), the last page's token."""

    def __init__(self):
        self.cookies = {}
        self.set_cookie_headers = []
        self.last_page = ""

    def send(self, base, method, path, body=None, content_type=None, source=None, headers=None):
        url = urllib.parse.urlsplit(base)
        source = source or (CLIENT_VIA_PROXY if base == NGINX else CLIENT_DIRECT)
        connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30,
                                                source_address=(source, 0))
        all_headers = dict(headers or {})
        if self.cookies:
            all_headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        if content_type:
            all_headers["Content-Type"] = content_type
        if method == "POST":
            all_headers["Origin"] = base  # what a browser sends; the app compares it with Host
        try:
            connection.request(method, path, body=body, headers=all_headers)
            response = connection.getresponse()
            data = response.read()
        except OSError as error:
            fail(f"{method} {path} via {NAMES.get(base, base)}: {error}")
        finally:
            connection.close()
        self.set_cookie_headers = response.headers.get_all("Set-Cookie") or []
        for header in self.set_cookie_headers:
            name, _, value = header.split(";", 1)[0].partition("=")
            expired = not value or "max-age=0" in header.lower()
            if expired:
                self.cookies.pop(name.strip(), None)
            else:
                self.cookies[name.strip()] = value
        if data and "text/html" in (response.headers.get("Content-Type") or ""):
            self.last_page = data.decode("utf-8", "replace")
        return response, data

    def get(self, base, path, expect_status=200, **options):
        response, data = self.send(base, "GET", path, **options)
        expect(response.status == expect_status,
               f"GET {path} via {NAMES[base]}: HTTP {response.status}, expected {expect_status} "
               f"(Location: {response.headers.get('Location')})")
        return response, data

    def token(self):
        match = re.search(r'name="_csrf" value="([^"]+)"', self.last_page)
        expect(match is not None, "no CSRF token on the last page")
        return match.group(1)

    def post(self, base, path, fields, expect_status=303, **options):
        body = urllib.parse.urlencode(list(fields) + [("_csrf", self.token())])
        response, data = self.send(base, "POST", path, body=body, content_type="application/x-www-form-urlencoded", **options)
        return self.check_post(base, path, response, data, expect_status)

    def post_multipart(self, base, path, fields, files, expect_status=303, **options):
        boundary = "----manarat-cluster-" + uuid.uuid4().hex
        parts = []
        for name, value in list(fields) + [("_csrf", self.token())]:
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
        for field, filename, content_type, content in files:
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; filename="{filename}"\r\n'
                         f'Content-Type: {content_type}\r\n\r\n'.encode() + content + b"\r\n")
        parts.append(f"--{boundary}--\r\n".encode())
        response, data = self.send(base, "POST", path, body=b"".join(parts),
                                   content_type=f"multipart/form-data; boundary={boundary}", **options)
        return self.check_post(base, path, response, data, expect_status)

    @staticmethod
    def check_post(base, path, response, data, expect_status):
        if expect_status is not None and response.status != expect_status:
            errors = re.findall(r'class="[^"]*error[^"]*"[^>]*>([^<]{1,200})<', data.decode("utf-8", "replace"))
            fail(f"POST {path} via {NAMES[base]}: HTTP {response.status}, expected {expect_status}; "
                 f"Location: {response.headers.get('Location')}; messages on the page: {errors[:5]}")
        return response, data


def tiny_pdf(note):
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"]
    out = bytearray(b"%PDF-1.4\n%" + note.encode() + b"\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def tiny_png():
    import struct
    import zlib

    def chunk(kind, payload):
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF)
    pixels = b"".join(b"\x00" + b"\x0b\x5d\x57" * 8 for _ in range(8))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(pixels)) + chunk(b"IEND", b""))


def gateway_lines():
    with open(GATEWAY_LOG) as log:
        return [line.split() for line in log if line.strip()]


def nginx_log():
    with open(NGINX_LOG) as log:
        return log.read().splitlines()


def upstream_of(line):
    match = re.search(r"upstream=(.*?) upstream_status=", line)
    return match.group(1) if match else ""


def main():
    a_address, b_address = urllib.parse.urlsplit(A).netloc, urllib.parse.urlsplit(B).netloc
    tab = Browser()

    # --- nginx: the stylesheet, cached for a year and kept by nginx -------------------------------
    tab.get(NGINX, "/staff/sign-in")
    stylesheet = re.search(r'href="(/assets/manarat\.css\?v=[^"]+)"', tab.last_page)
    expect(stylesheet is not None, "the sign-in page links no stylesheet")
    _, css = tab.get(NGINX, stylesheet.group(1))
    second, _ = tab.get(NGINX, stylesheet.group(1))
    cache_control = second.headers.get("Cache-Control") or ""
    expect("max-age=31536000" in cache_control and "immutable" in cache_control,
           f"the stylesheet through nginx has Cache-Control {cache_control!r}")
    expect(len(second.headers.get_all("Cache-Control") or []) == 1, "two Cache-Control headers on the stylesheet")
    expect(second.headers.get("X-Cache-Status") == "HIT", f"the second stylesheet fetch was a cache {second.headers.get('X-Cache-Status')}, not a HIT")
    expect(b"--brand" in css, "the stylesheet through nginx is not Manarat's")
    say(f"nginx: stylesheet {len(css)} bytes, Cache-Control: {cache_control}, second fetch {second.headers.get('X-Cache-Status')}")

    # --- 1. staff sign-in: the form from A, the password through nginx, the desk from B and A -----
    tab.get(A, "/staff/sign-in")
    response, _ = tab.post(NGINX, "/staff/sign-in", [("username", env["CLUSTER_USER"]), ("password", env["CLUSTER_PASSWORD"])],
                           headers={"X-Forwarded-For": SPOOFED, "X-Forwarded-Proto": "https"})
    expect(response.headers.get("Location") == "/staff", f"sign-in went to {response.headers.get('Location')}")
    session_headers = [h for h in tab.set_cookie_headers if h.startswith("manarat_session=")]
    expect(len(session_headers) == 1, "sign-in set no session cookie")
    expect("secure" not in session_headers[0].lower(),
           "the session cookie is Secure over plain http: nginx passed the client's X-Forwarded-Proto through")
    session = tab.cookies["manarat_session"]
    tab.get(B, "/staff")
    tab.get(A, "/staff")
    say("1. signed in: form from A, password POSTed through nginx, desk opens on B and on A with the same session")

    # --- 2. register a beneficiary: the form from B, saved on A -----------------------------------
    tab.get(B, "/staff/beneficiaries/new")
    response, _ = tab.post(A, "/staff/beneficiaries/new", [
        ("firstName", "أحمد"), ("fatherName", "محمد"), ("grandfatherName", "سعد"), ("familyName", "العتيبي"),
        ("identityType", "nationalID"), ("identityNumber", "1000000008"), ("identityExpiresOn", "1/1/1450"),
        ("identityExpiresOnCalendar", "hijri"), ("nationality", "سعودي"), ("gender", "male"), ("bornOn", "1/7/1405"),
        ("bornOnCalendar", "hijri"), ("maritalStatus", "married"), ("phone", "0551234567"), ("city", "الرياض"),
        ("preferredLanguage", "ar"), ("preferredChannel", "phone"), ("branchID", ""), ("healthConditions", ""),
        ("consent", "on"), ("consentChannel", "interview"),
    ], headers={"X-Forwarded-For": SPOOFED})
    beneficiary_path = (response.headers.get("Location") or "").split("?")[0]
    expect(re.fullmatch(r"/staff/beneficiaries/[0-9a-f-]{36}", beneficiary_path), f"registration went to {beneficiary_path!r}")
    beneficiary_id = beneficiary_path.rsplit("/", 1)[1]
    tab.get(NGINX, beneficiary_path)
    say(f"2. beneficiary registered: form from B, saved on A ({beneficiary_path}), shown through nginx")

    # --- 3. draft a support request: the form from A, created on B --------------------------------
    type_id = psql("SELECT id FROM request_types WHERE code = 'food-basket'")
    expect(len(type_id) == 1, "no 'food-basket' request type (migration M0014)")
    new_path = f"{beneficiary_path}/requests/new"
    tab.get(A, f"{new_path}?type={type_id[0]}")
    response, _ = tab.post(B, new_path, [("typeID", type_id[0]), ("channel", "interview"),
                                          ("details", "سلة غذائية لأسرة من خمسة أفراد"), ("amountRequested", "")])
    request_path = (response.headers.get("Location") or "").split("?")[0]
    expect(re.fullmatch(r"/staff/requests/[0-9a-f-]{36}", request_path), f"the new request went to {request_path!r}")
    request_id = request_path.rsplit("/", 1)[1]
    say(f"3. request drafted: form from A, created on B ({request_path})")

    # --- 4. upload a document on B, read it back from A ---------------------------------------------
    identity_copy = tiny_pdf("identity copy " + request_id)
    tab.get(A, request_path)
    tab.post_multipart(B, request_path + "/documents",
                       [("kind", "identityCopy"), ("identityNumber", "1000000008"), ("expiresOn", "1/1/1450"), ("expiresOnCalendar", "hijri")],
                       [("file", "هوية.pdf", "application/pdf", identity_copy)])
    tab.get(A, request_path)
    links = re.findall(r'href="(/staff/documents/[0-9a-f-]{36})"', tab.last_page)
    expect(len(links) == 1, f"the request page on A lists {len(links)} documents, expected 1")
    document_path = links[0]
    response, content = tab.get(A, document_path)
    expect(content == identity_copy, "the document read from A differs from the one uploaded to B")
    say(f"4. document uploaded to B ({len(identity_copy)} bytes), read back from A byte for byte")

    # Both instances answered through nginx before the kill.
    for _ in range(4):
        tab.get(NGINX, "/staff")
    before_kill = nginx_log()
    upstreams = {upstream_of(line) for line in before_kill}
    expect(a_address in upstreams and b_address in upstreams, f"nginx did not balance across both instances: {upstreams}")

    # --- the kill: B dies while the outbox is delivering ---------------------------------------------
    queued = 30
    subprocess.run([BINARY, "outbox", "test", "--to", "0551234567", "--count", str(queued)], check=True, capture_output=True)
    deadline = time.monotonic() + 20
    while len(gateway_lines()) < 6 and time.monotonic() < deadline:
        time.sleep(0.05)
    in_flight = len(gateway_lines())
    os.kill(B_PID, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection((urllib.parse.urlsplit(B).hostname, urllib.parse.urlsplit(B).port), timeout=0.5).close()
            time.sleep(0.05)
        except OSError:
            break
    else:
        fail("instance B still accepts connections after SIGKILL")
    kill_mark = len(nginx_log())
    say(f"-- SIGKILLed instance B (pid {B_PID}) with {in_flight} of {queued} test SMS at the gateway; B refuses connections")

    # --- 5. the same session, through nginx (which fails over) and directly on A -----------------------
    for _ in range(4):
        response, _ = tab.get(NGINX, "/staff")
    tab.get(A, "/staff")
    expect(tab.cookies.get("manarat_session") == session, "the session cookie changed")
    say("5. after the kill: the desk opens through nginx (4 times) and on A, same session cookie")

    # --- 6. a second document of the largest accepted size (10 MB) through nginx ------------------------
    tab.get(NGINX, request_path)
    header = tiny_pdf("lease")
    largest = header + b"%" + b"0" * (10 * 1024 * 1024 - len(header) - 2) + b"\n"
    lease = ([("kind", "lease")], [("file", "lease.pdf", "application/pdf", largest)])
    # The token travels in the form, as a browser sends it: the body arrives in many reads.
    response, _ = tab.post_multipart(NGINX, request_path + "/documents", *lease, expect_status=None)
    Browser.check_post(NGINX, request_path + "/documents", response, b"", 303)
    too_large, _ = tab.send(NGINX, "POST", request_path + "/documents", body=b"x" * (13 * 1024 * 1024),
                            content_type="multipart/form-data; boundary=x")
    expect(too_large.status == 413, f"a 13 MB body through nginx got HTTP {too_large.status}, expected 413 from nginx")
    say("6. a 10 MB document uploaded through nginx; a 13 MB body refused by nginx (413)")

    # --- 7. attestation through nginx, submission on A ---------------------------------------------------
    tab.get(NGINX, request_path)
    tab.post_multipart(NGINX, request_path + "/attestation", [("confirmed", "on"), ("channel", "interview")],
                       [("signedForm", "signed.png", "image/png", tiny_png())])
    tab.get(NGINX, request_path)
    tab.post(A, request_path + "/submit", [])
    status = psql(f"SELECT status FROM support_requests WHERE id = '{request_id}'")
    expect(status in (["registered"], ["submitted"]), f"the request's status after submission is {status}")
    say(f"7. attested through nginx, submitted on A: request {status[0]}")

    # --- 8. the documents read back through nginx ---------------------------------------------------------
    tab.get(NGINX, request_path)
    links = re.findall(r'href="(/staff/documents/[0-9a-f-]{36})"', tab.last_page)
    expect(len(links) >= 2, f"the request page lists {len(links)} documents, expected the identity copy and the lease (and the signed form)")
    _, content = tab.get(NGINX, document_path)
    expect(content == identity_copy, "the document read through nginx after the kill differs from the one uploaded")
    contents = [tab.get(NGINX, link)[1] for link in links if link != document_path]
    expect(largest in contents, "the 10 MB document does not read back byte for byte")
    say(f"8. documents read back through nginx: the identity copy uploaded to the dead B and the 10 MB lease")

    # --- nginx failed over to A, and nothing failed at the proxy ---------------------------------------------
    after_kill = nginx_log()[kill_mark:]
    failed_over = [line for line in after_kill if b_address in upstream_of(line) and a_address in upstream_of(line)]
    bad_gateway = [line for line in after_kill if re.search(r'" 50[234] ', line)]
    expect(not bad_gateway, f"nginx answered 502/503/504 after the kill: {bad_gateway[:2]}")
    expect(failed_over, "no request after the kill shows nginx trying B and then A")
    expect(all(b_address not in upstream_of(line) or a_address in upstream_of(line) for line in after_kill),
           "a request after the kill was answered by B alone")
    say(f"nginx: {len(after_kill)} requests after the kill, {len(failed_over)} retried from B to A, none failed")

    # --- the client address the app recorded ---------------------------------------------------------------
    sign_in_ip = psql("SELECT client_ip FROM audit_entries WHERE action = 'staff.sign_in' ORDER BY sequence DESC LIMIT 1")
    expect(sign_in_ip == [CLIENT_VIA_PROXY], f"the sign-in through nginx was audited from {sign_in_ip}, expected {CLIENT_VIA_PROXY} (from nginx's X-Forwarded-For)")
    direct_ips = psql(f"SELECT client_ip FROM audit_entries WHERE lower(record_id) = '{beneficiary_id}' AND action = 'beneficiary.create'")
    expect(direct_ips == [CLIENT_DIRECT], f"the registration made directly on A was audited from {direct_ips}, expected {CLIENT_DIRECT} (its X-Forwarded-For ignored)")
    viewed_ips = psql(f"SELECT DISTINCT client_ip FROM audit_entries WHERE lower(record_id) = '{beneficiary_id}' AND action = 'beneficiary.view'")
    expect(viewed_ips == [CLIENT_VIA_PROXY], f"the file opened through nginx was audited from {viewed_ips}, expected {CLIENT_VIA_PROXY}")
    recorded = psql("SELECT DISTINCT client_ip FROM audit_entries WHERE client_ip IS NOT NULL ORDER BY 1")
    expect(set(recorded) == {CLIENT_VIA_PROXY, CLIENT_DIRECT},
           f"the audit log records the addresses {recorded}, expected only {CLIENT_VIA_PROXY} and {CLIENT_DIRECT} "
           f"(127.0.0.1 would be nginx itself, {SPOOFED} the address a client claimed)")
    say(f"client address: {CLIENT_VIA_PROXY} through nginx, {CLIENT_DIRECT} directly; a spoofed X-Forwarded-For never believed")

    # --- the outbox: every SMS sent, none twice --------------------------------------------------------------
    deadline = time.monotonic() + 45
    while time.monotonic() < deadline:
        pending = psql("SELECT count(*) FROM notifications WHERE channel = 'sms' AND status <> 'sent'")[0]
        if pending == "0":
            break
        time.sleep(0.25)
    rows = psql("SELECT id, event, status FROM notifications WHERE channel = 'sms' ORDER BY created_at")
    unsent = [row for row in rows if not row.endswith("|sent")]
    expect(not unsent, f"{len(unsent)} SMS not sent 45 s later: {unsent[:3]}")
    ids = {row.split("|")[0].lower() for row in rows}
    journey = [row for row in rows if "|gateway_test|" not in row]
    expect(journey, "the journey queued no SMS (the request's acknowledgement should go to the beneficiary's mobile)")
    duplicates = psql("SELECT event || ' ' || coalesce(related_id::text, '-') || ' ' || channel || ' x' || count(*) FROM notifications "
                      "WHERE event <> 'gateway_test' GROUP BY event, related_id, channel, recipient_id HAVING count(*) > 1")
    expect(not duplicates, f"notifications queued twice: {duplicates}")
    time.sleep(0.5)
    lines = gateway_lines()
    keys = [line[0].lower() for line in lines]
    references = {line[1].lower() for line in lines}
    expect(set(keys) == ids, f"the gateway saw {len(set(keys))} distinct messages, the outbox sent {len(ids)}")
    expect(references == ids, "the gateway's references differ from the outbox's message ids")
    repeated = len(keys) - len(set(keys))
    note = f"; {repeated} request(s) repeated a key (a send in flight at the kill), delivered once by key" if repeated else ""
    say(f"outbox: {len(ids)} SMS ({len(journey)} from the journey: {', '.join(sorted({r.split('|')[1] for r in journey}))}) "
        f"each at the gateway under one idempotency key{note}")


if __name__ == "__main__":
    main()
