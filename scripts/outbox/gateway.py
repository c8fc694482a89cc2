#!/usr/bin/env python3
"""A stand-in SMS gateway on 127.0.0.1 for scripts/outbox-crash-test.

It takes Manarat's generic JSON SMS requests, waits a little (so a kill lands while messages are
in flight), and appends one line per request to LOG: "<Idempotency-Key> <reference>". Like a
provider that honours idempotency keys, it delivers a key it has already seen only once; the log
keeps every request so the script can count both. It prints its port on the first line.
"""
import http.server
import json
import sys
import threading
import time

log_path = sys.argv[1]
delay = float(sys.argv[2]) if len(sys.argv) > 2 else 0.05
lock = threading.Lock()


class Handler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        body = json.loads(self.rfile.read(length) or b"{}")
        time.sleep(delay)
        with lock, open(log_path, "a") as log:
            log.write(f"{self.headers.get('Idempotency-Key', '-')} {body.get('reference', '-')}\n")
            log.flush()
        answer = b'{"success":true}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
