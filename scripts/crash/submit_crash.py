#!/usr/bin/env python3
"""Kills the server with SIGKILL while 8 clients submit the public complaint form, several rounds,
and checks afterwards that every acknowledged submission is in the database exactly once, and that
a submission retried after the kill (same idempotency key) never made a second row.

    submit_crash.py BINARY WORKDIR [ROUNDS]

SQLite in WORKDIR by default; with DATABASE_URL set, PostgreSQL (checked with psql). Loopback only.
Exits 1 on any failure.
"""
import http.client
import os
import random
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid

HOST = "127.0.0.1"
CLIENTS = 8


def free_port():
    s = socket.socket()
    s.bind((HOST, 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Server:
    def __init__(self, binary, workdir, port):
        self.binary, self.workdir, self.port = binary, workdir, port
        self.process = None
        self.log = open(os.path.join(workdir, "server.log"), "ab")

    def start(self):
        env = dict(os.environ)
        env.update({"MANARAT_NO_DEMO": "1", "MANARAT_TRUSTED_PROXIES": HOST, "LOG_LEVEL": "warning"})
        if "DATABASE_URL" not in env:
            env["MANARAT_SQLITE_PATH"] = os.path.join(self.workdir, "manarat.sqlite")
        self.process = subprocess.Popen([self.binary, "serve", "--hostname", HOST, "--port", str(self.port)],
                                        stdout=self.log, stderr=self.log, env=env)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                if request(self.port, "GET", "/healthz")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        sys.exit("submit-crash-test: the server did not start (see server.log)")

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()


def request(port, method, path, headers=None, body=None, timeout=5):
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, {name.lower(): value for name, value in response.getheaders()}, response.read().decode("utf-8", "replace")
    finally:
        connection.close()


def visitor(port):
    """The visitor cookie and form token of one GET of the form, as a browser tab holds them."""
    connection = http.client.HTTPConnection(HOST, port, timeout=5)
    try:
        connection.request("GET", "/feedback")
        response = connection.getresponse()
        html = response.read().decode("utf-8", "replace")
        cookies = [value.split(";")[0] for name, value in response.getheaders() if name.lower() == "set-cookie"]
    finally:
        connection.close()
    token = re.search(r'name="_csrf" value="([^"]+)"', html).group(1)
    return "; ".join(cookies), token


class Client(threading.Thread):
    def __init__(self, number, port, stop):
        super().__init__(daemon=True)
        self.number, self.port, self.stop = number, port, stop
        self.acknowledged = []  # (text, reference, attempts)
        self.failures = []
        self.retried = 0

    def run(self):
        cookie, token = None, None
        sent = 0
        while not self.stop.is_set():
            sent += 1
            key = str(uuid.uuid4())
            text = f"crash-test {self.number}-{sent} {key[:8]}"
            address = f"198.19.{self.number}.{sent % 250 + 1}" if sent < 250 else f"198.19.{self.number + 100}.{sent % 250 + 1}"
            attempts = 0
            deadline = time.time() + 90
            while time.time() < deadline:
                attempts += 1
                try:
                    if cookie is None:
                        cookie, token = visitor(self.port)
                    body = urllib.parse.urlencode({"_csrf": token, "_submission": key, "kind": "suggestion",
                                                   "name": "submit-crash-test", "text": text})
                    status, headers, _ = request(self.port, "POST", "/feedback", body=body, headers={
                        "Cookie": cookie, "Origin": f"http://{HOST}:{self.port}", "X-Forwarded-For": address,
                        "Content-Type": "application/x-www-form-urlencoded"})
                except OSError:
                    time.sleep(0.2)  # the server is down: retry the same submission
                    continue
                if status == 303:
                    reference = urllib.parse.parse_qs(urllib.parse.urlparse(headers.get("location", "")).query).get("sent", [""])[0]
                    self.acknowledged.append((text, reference, attempts))
                    if attempts > 1:
                        self.retried += 1
                    break
                if status in (502, 503):
                    time.sleep(0.2)
                    continue
                self.failures.append(f"{text}: answered {status}")
                break
            else:
                self.failures.append(f"{text}: never answered")


def rows_sqlite(path):
    connection = sqlite3.connect(path, timeout=10)
    try:
        return connection.execute("SELECT text, reference FROM feedback WHERE contact_name = 'submit-crash-test'").fetchall()
    finally:
        connection.close()


def rows_postgres(url):
    out = subprocess.run(["psql", url, "-At", "-F", "\t", "-c",
                          "SELECT text, reference FROM feedback WHERE contact_name = 'submit-crash-test'"],
                         check=True, capture_output=True, text=True).stdout
    return [tuple(line.split("\t")) for line in out.splitlines() if line]


def main():
    binary, workdir = sys.argv[1], sys.argv[2]
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    port = free_port()
    server = Server(binary, workdir, port)
    server.start()
    stop = threading.Event()
    clients = [Client(n, port, stop) for n in range(1, CLIENTS + 1)]
    for client in clients:
        client.start()
    for round_number in range(1, rounds + 1):
        time.sleep(random.uniform(1.0, 2.0))
        before = sum(len(c.acknowledged) for c in clients)
        server.kill()
        print(f"   round {round_number}: SIGKILL after {before} acknowledged submissions", flush=True)
        time.sleep(0.5)
        server.start()
    time.sleep(1.0)
    stop.set()
    for client in clients:
        client.join(timeout=120)
    server.kill()

    acknowledged = [entry for client in clients for entry in client.acknowledged]
    failures = [failure for client in clients for failure in client.failures]
    retried = sum(client.retried for client in clients)
    url = os.environ.get("DATABASE_URL")
    rows = rows_postgres(url) if url else rows_sqlite(os.path.join(workdir, "manarat.sqlite"))
    by_text = {}
    for text, reference in rows:
        by_text.setdefault(text, []).append(reference)
    problems = list(failures)
    for text, reference, _ in acknowledged:
        stored = by_text.get(text, [])
        if len(stored) != 1:
            problems.append(f"acknowledged {text} ({reference}) has {len(stored)} rows")
        elif stored[0] != reference:
            problems.append(f"acknowledged {text} answered {reference} but {stored[0]} is stored")
    duplicates = [text for text, references in by_text.items() if len(references) > 1]
    problems += [f"{text} stored {len(by_text[text])} times" for text in duplicates]
    database = "PostgreSQL" if url else "SQLite"
    print(f"   {database}: {len(acknowledged)} acknowledged ({retried} of them retried across a kill), "
          f"{len(rows)} rows, {len(duplicates)} duplicates, {len(problems)} problems")
    if problems:
        for problem in problems[:20]:
            print("   " + problem, file=sys.stderr)
        sys.exit("submit-crash-test: FAIL")
    if len(acknowledged) < rounds * CLIENTS:
        sys.exit(f"submit-crash-test: FAIL: only {len(acknowledged)} submissions were acknowledged")
    print("submit-crash-test: PASS")


if __name__ == "__main__":
    main()
