#!/usr/bin/env python3
"""Helpers for Benchmarks/run.sh (python3 standard library only).

  bench.py form-token PORT PATH          -> prints "cookie=<Cookie header>" and "token=<_csrf>" from one GET
  bench.py sign-in PORT USER PASSWORD    -> signs in as a browser tab would; prints the Cookie header
  bench.py check PORT PATH COOKIE MIN    -> GET PATH; exit 1 unless 200 and at least MIN request rows; prints the count
  bench.py rows JSON ANSWERED OK REFS TABLE C -> the row check of one run of scenario b, as a JSON line
  bench.py summary JSON / counts JSON     -> one wrk result, for the progress line / the row check
  bench.py free-port                     -> a free TCP port on 127.0.0.1
  bench.py report RESULTS.jsonl          -> the table, the targets, and the exit status (see run.sh)

Only 127.0.0.1 is ever contacted.
"""
import http.client
import json
import re
import sys
import urllib.parse

HOST = "127.0.0.1"


def http_request(port, method, path, headers=None, body=None):
    connection = http.client.HTTPConnection(HOST, int(port), timeout=60)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.getheaders(), response.read().decode("utf-8", "replace")
    finally:
        connection.close()


def set_cookies(headers):
    """name -> value of every Set-Cookie in the answer."""
    cookies = {}
    for name, value in headers:
        if name.lower() == "set-cookie":
            pair = value.split(";", 1)[0]
            if "=" in pair:
                key, val = pair.split("=", 1)
                cookies[key.strip()] = val.strip()
    return cookies


def cookie_header(cookies):
    return "; ".join(f"{k}={v}" for k, v in cookies.items())


def csrf_token(html):
    for pattern in (r'name="_csrf"[^>]*value="([^"]+)"', r'value="([^"]+)"[^>]*name="_csrf"'):
        match = re.search(pattern, html)
        if match:
            return match.group(1)
    return None


def form_token(port, path):
    status, headers, html = http_request(port, "GET", path)
    if status != 200:
        sys.exit(f"bench.py: GET {path} answered {status}")
    cookies = set_cookies(headers)
    token = csrf_token(html)
    if not cookies or not token:
        sys.exit(f"bench.py: GET {path} gave no visitor cookie or no _csrf field")
    return cookies, token


def sign_in(port, username, password):
    cookies, token = form_token(port, "/staff/sign-in")
    body = urllib.parse.urlencode({"username": username, "password": password, "_csrf": token})
    status, headers, html = http_request(port, "POST", "/staff/sign-in", {
        "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": cookie_header(cookies),
        "Origin": f"http://{HOST}:{port}",
    }, body)
    fresh = set_cookies(headers)
    if status not in (302, 303) or "manarat_session" not in fresh:
        sys.exit(f"bench.py: signing in as {username} answered {status} (no session cookie)")
    location = dict((k.lower(), v) for k, v in headers).get("location", "")
    if "password" in location:
        sys.exit(f"bench.py: {username} must change their password first (redirected to {location})")
    cookies.update(fresh)
    return cookie_header(cookies)


REQUEST_LINK = re.compile(r'href="/staff/requests/[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"')


def check(port, path, cookie, minimum):
    status, _, html = http_request(port, "GET", path, {"Cookie": cookie})
    rows = len(set(REQUEST_LINK.findall(html)))
    print(rows)
    if status != 200:
        sys.exit(f"bench.py: GET {path} answered {status}")
    if rows < minimum:
        sys.exit(f"bench.py: GET {path} listed {rows} requests, expected at least {minimum}")


def rows_check(label_json, answered, requests_ok, refs_path, table_path, connections):
    """Every answered POST must have created exactly one row: each reference a 303 named is in the
    table once, no two answers named the same reference, and the rows the run left beyond its
    answers are at most the requests still in flight when wrk stopped (one per connection)."""
    item = json.loads(label_json)
    with open(refs_path, encoding="utf-8") as f:
        refs = [line.strip() for line in f if line.strip()]
    with open(table_path, encoding="utf-8") as f:
        table = [line.strip() for line in f if line.strip()]
    in_table = set(table)
    found = sum(1 for r in set(refs) if r in in_table)
    why = []
    if len(refs) != answered:
        why.append(f"{answered} answered but {len(refs)} references collected")
    if answered != requests_ok:
        why.append(f"{requests_ok} answers without error but {answered} were 303 redirects")
    if "?" in refs:
        why.append("a redirect named no reference")
    if len(set(refs)) != len(refs):
        why.append(f"{len(refs) - len(set(refs))} references given twice")
    if found != len(set(refs)):
        why.append(f"{len(set(refs)) - found} answered references missing from the table")
    if len(table) != len(in_table):
        why.append("a reference appears twice in the table")
    extra = len(table) - found
    if extra < 0 or extra > connections:
        why.append(f"{extra} rows beyond the answered ones (at most {connections} may have been in flight)")
    item.update({"kind": "rows", "answered": answered, "references": len(refs), "found": found, "rows": len(table),
                 "connections": connections, "ok": not why, "why": "; ".join(why)})
    print(json.dumps(item, ensure_ascii=False))


def result_line(text):
    """The JSON that bench.lua's done() printed after "BENCH-RESULT "."""
    return json.loads(text)


def summary(text):
    r = result_line(text)
    rate = r["requests"] / max(r["duration_us"], 1) * 1e6
    print(f"{r['requests']} requests, {rate:.0f}/s, p99 {r['p99_us'] / 1000:.1f} ms, {r['status_errors']} non-2xx/3xx")


def counts(text):
    """The 303s bench.lua saw, and the answers that were not non-2xx/3xx."""
    r = result_line(text)
    print(r.get("answered_redirects", 0), r["requests"] - r["status_errors"])


def free_port():
    import socket
    s = socket.socket()
    s.bind((HOST, 0))
    print(s.getsockname()[1])
    s.close()


# ---------------------------------------------------------------- report

def ms(us):
    return f"{us / 1000:.2f}"


def report(path):
    """Reads the run's JSON lines: {"kind": "run", ...} per wrk run, {"kind": "meta", ...} once,
    {"kind": "rows", ...} per row check. Prints the table and targets. Exit status: 1 when any run
    had non-2xx/3xx answers or socket errors, or a row check failed (smoke mode uses it); else 0."""
    runs, rows, meta = [], [], {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            item = json.loads(line)
            kind = item.get("kind")
            if kind == "run":
                runs.append(item)
            elif kind == "rows":
                rows.append(item)
            elif kind == "meta":
                meta.update(item)

    measured = [r for r in runs if r.get("phase") == "measure"]
    header = ["scenario", "conns", "requests", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "non-2xx/3xx", "socket err"]
    table = []
    for r in measured:
        seconds = max(r["duration_us"], 1) / 1e6
        socket_errors = r["connect_errors"] + r["read_errors"] + r["write_errors"] + r["timeouts"]
        r["rps"] = r["requests"] / seconds
        r["socket_errors"] = socket_errors
        table.append([r["scenario"], str(r["connections"]), str(r["requests"]), f"{r['rps']:.0f}",
                      ms(r["p50_us"]), ms(r["p90_us"]), ms(r["p99_us"]), ms(r["max_us"]),
                      str(r["status_errors"]), str(socket_errors)])
    widths = [max(len(h), *(len(row[i]) for row in table)) if table else len(h) for i, h in enumerate(header)]

    def line(cells):
        return "| " + " | ".join(c.rjust(w) if i > 0 else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths))) + " |"

    print()
    print(line(header))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in table:
        print(line(row))
    print()

    # Row checks of scenario b.
    row_failures = [c for c in rows if not c.get("ok")]
    for c in rows:
        print(f"rows b/{c['connections']}/{c['phase']}: {c['answered']} answered POSTs, {c['references']} references, "
              f"{c['found']} of them in the table, {c['rows']} rows with the run's marker "
              f"({c['rows'] - c['found']} unanswered in flight when wrk stopped) -> {'OK' if c.get('ok') else 'FAIL: ' + c.get('why', '')}")
    if rows:
        print()

    print(f"machine: {meta.get('machine', '?')}; load average at start {meta.get('load', '?')}")
    rss = meta.get("rss_kb")
    rss_text = f"{rss / 1024:.1f} MB" if isinstance(rss, (int, float)) else "unknown"
    print(f"commit {meta.get('commit', '?')}; database {meta.get('database', '?')}; N={meta.get('n', '?')} requests, "
          f"{meta.get('beneficiaries', '?')} beneficiaries; server peak RSS (VmHWM) {rss_text}; "
          f"{meta.get('duration', '?')} s measured after {meta.get('warmup', '?')} s warm-up; wrk threads {meta.get('threads', '?')}")
    print()

    # Targets, judged at 8 connections.
    def at8(name):
        for r in measured:
            if r["scenario"] == name and r["connections"] == 8:
                return r
        return None

    targets = []

    def target(label, ok, detail):
        targets.append((label, ok, detail))

    mode = meta.get("mode", "normal")
    if mode == "large":
        for name in ("c1", "c3"):
            r = at8(name)
            if r:
                target(f"{name} p99 < 50 ms (PostgreSQL; the target is for 1 000 000 requests, here {meta.get('n', '?')})", r["p99_us"] < 50_000, f"{ms(r['p99_us'])} ms")
    else:
        a, h, b = at8("a"), at8("h"), at8("b")
        if a and h:
            target("a >= 50% of h's req/s", a["rps"] >= 0.5 * h["rps"], f"{a['rps']:.0f} vs {h['rps']:.0f} ({100 * a['rps'] / max(h['rps'], 1):.0f}%)")
        if b:
            checked = [c for c in rows if c["connections"] == 8 and c["phase"] == "measure"]
            rows_ok = bool(checked) and all(c.get("ok") for c in checked)
            target("b >= 1 600/s, every row checked", b["rps"] >= 1600 and rows_ok, f"{b['rps']:.0f}/s, rows {'OK' if rows_ok else 'FAIL'}")
        for name in ("c1", "c3"):
            r = at8(name)
            if r:
                target(f"{name} >= 1 500/s", r["rps"] >= 1500, f"{r['rps']:.0f}/s")
                target(f"{name} p99 < 25 ms", r["p99_us"] < 25_000, f"{ms(r['p99_us'])} ms")
        if isinstance(rss, (int, float)):
            judged = meta.get("n") == 20000
            target("server peak RSS < 150 MB" + ("" if judged else " (the target is for N=20000)"), rss < 150 * 1024, rss_text)
    bad = [r for r in runs if r["status_errors"] > 0]
    target("no non-2xx/3xx answers (all runs, warm-ups too)", not bad,
           "none" if not bad else ", ".join(f"{r['scenario']}/{r['connections']}/{r['phase']}: {r['status_errors']}" for r in bad))
    socket_bad = [r for r in runs if r["connect_errors"] + r["read_errors"] + r["write_errors"] + r["timeouts"] > 0]
    target("no socket errors or timeouts", not socket_bad,
           "none" if not socket_bad else ", ".join(f"{r['scenario']}/{r['connections']}/{r['phase']}" for r in socket_bad))

    print("targets (at 8 connections):")
    for label, ok, detail in targets:
        print(f"  {'PASS' if ok else 'FAIL'}  {label}: {detail}")
    print()

    errors = bool(bad) or bool(socket_bad) or bool(row_failures)
    return 1 if errors else 0


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    command = argv[1]
    if command == "form-token":
        cookies, token = form_token(argv[2], argv[3])
        print("cookie=" + cookie_header(cookies))
        print("token=" + token)
    elif command == "sign-in":
        print(sign_in(argv[2], argv[3], argv[4]))
    elif command == "check":
        check(argv[2], argv[3], argv[4], int(argv[5]))
    elif command == "rows":
        rows_check(argv[2], int(argv[3]), int(argv[4]), argv[5], argv[6], int(argv[7]))
    elif command == "summary":
        summary(argv[2])
    elif command == "counts":
        counts(argv[2])
    elif command == "free-port":
        free_port()
    elif command == "report":
        sys.exit(report(argv[2]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
