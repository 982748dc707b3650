"""A small closed-loop HTTP load generator: keep-alive connections on loopback, bounded in time and count."""

import http.client
import statistics
import threading
import time
from dataclasses import dataclass


@dataclass
class LoadResult:
    requests: int
    errors: int
    seconds: float
    p50_ms: float
    p95_ms: float

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def run_load(
    base_url: str, path: str, *, cookie: str = "", concurrency: int = 6, seconds: float = 4.0, max_requests: int = 20_000
) -> LoadResult:
    host, port = base_url.removeprefix("http://").split(":")
    headers = {"Accept-Language": "en", "Accept-Encoding": "gzip"}
    if cookie:
        headers["Cookie"] = cookie
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def worker():
        nonlocal errors
        connection = http.client.HTTPConnection(host, int(port), timeout=10)
        local, local_errors = [], 0
        while time.monotonic() < deadline and len(latencies) + len(local) < max_requests:
            started = time.perf_counter()
            try:
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                response.read()
                if response.status != 200:
                    local_errors += 1
            except (OSError, http.client.HTTPException):
                local_errors += 1
                connection.close()
                connection = http.client.HTTPConnection(host, int(port), timeout=10)
                continue
            local.append(time.perf_counter() - started)
        connection.close()
        with lock:
            latencies.extend(local)
            errors += local_errors

    started = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    ordered = sorted(latencies) or [0.0]
    return LoadResult(
        requests=len(latencies),
        errors=errors,
        seconds=elapsed,
        p50_ms=statistics.median(ordered) * 1000,
        p95_ms=ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))] * 1000,
    )
