#!/usr/bin/env python3
"""Reference for bench/bench_scale: pages GetProjects the way a short python-requests script would
(one keep-alive session, pages of 500 one after another, each answer parsed as JSON).
Usage: page_projects.py BASE_URL   (key from FORGEDESK_SANDBOX_KEY). Prints: projects milliseconds"""
import os
import sys
import time

import requests


def main():
    base = sys.argv[1].rstrip("/")
    headers = {"X-SSAPI-KEY": os.environ["FORGEDESK_SANDBOX_KEY"]}
    started = time.monotonic()
    received, total = 0, None
    with requests.Session() as session:
        while total is None or received < total:
            answer = session.get(f"{base}/api/ss/projects", params={"skip": received, "limit": 500},
                                 headers=headers, timeout=120)
            answer.raise_for_status()
            body = answer.json()
            page = body.get("projects", [])
            total = body.get("count", received + len(page))
            received += len(page)
            if len(page) < 500:
                break
    print(received, round((time.monotonic() - started) * 1000))


if __name__ == "__main__":
    main()
