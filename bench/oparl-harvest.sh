#!/usr/bin/env bash
# A full harvest of the OParl API, as a client that knows nothing starts it: from the system, every
# list page by page, then the same again with the validators the first pass was given (a repeat
# visit, which should cost a 304 each). Reports the time, the requests, the objects and the bytes.
#
#   ./mvnw spring-boot:run          # in another terminal: the demo on http://127.0.0.1:8080
#   bench/history.sh 200            # optional: twenty years of invented history first
#   bench/oparl-harvest.sh
#
# Loopback only; needs python3.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/local-base.sh"
BASE="$base" python3 - <<'PY'
import json, os, time, urllib.request, urllib.error
from urllib.parse import urlsplit

base = os.environ["BASE"]

def local(url):
    # The API writes its addresses with the public URL it is configured with; ask this machine.
    parts = urlsplit(url)
    return base + parts.path + ("?" + parts.query if parts.query else "")

def get(url, etag=None):
    request = urllib.request.Request(local(url))
    if etag:
        request.add_header("If-None-Match", etag)
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, response.headers.get("ETag"), response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("ETag"), b""

def harvest(etags):
    requests = objects = size = not_modified = 0
    seen = {}
    status, tag, raw = get(base + "/oparl/v1/system", etags.get("system"))
    requests += 1
    not_modified += status == 304
    seen["system"] = tag
    seen["system-body"] = raw if status == 200 else etags["system-body"]
    body_list = json.loads(seen["system-body"])["body"]
    status, tag, raw = get(body_list, etags.get(body_list))
    requests += 1
    not_modified += status == 304
    seen[body_list] = tag
    seen["body-body"] = raw if status == 200 else etags["body-body"]
    panel = json.loads(seen["body-body"])["data"][0]
    lists = [panel[k] for k in ("organization", "person", "meeting", "paper", "agendaItem",
                                "consultation", "file", "locationList", "legislativeTermList", "membership")]
    for first in lists:
        url = first
        while url:
            status, tag, raw = get(url, etags.get(url))
            requests += 1
            size += len(raw)
            seen[url] = tag
            if status == 304:
                not_modified += 1
                url = etags.get(("next", url))
                continue
            page = json.loads(raw)
            objects += len(page["data"])
            nxt = page["links"].get("next")
            seen[("next", url)] = nxt
            url = nxt
    return requests, objects, size, not_modified, seen

started = time.perf_counter()
requests, objects, size, _, seen = harvest({})
first = time.perf_counter() - started
print(f"full harvest: {objects} objects in {requests} requests, {size / 1e6:.1f} MB, {first:.2f} s")
started = time.perf_counter()
requests, _, size, not_modified, _ = harvest(seen)
again = time.perf_counter() - started
print(f"repeat visit with validators: {requests} requests, {not_modified} answered 304, {size} bytes, {again:.2f} s")
PY
