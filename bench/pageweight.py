"""Bytes a first visit to a page transfers (HTML, CSS, fonts, scripts, images), measured in Chromium."""

from collections import defaultdict

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def measure(url: str, cookie: str = "") -> dict:
    from playwright.sync_api import sync_playwright

    by_type: dict[str, int] = defaultdict(int)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 390, "height": 844})
        if cookie:
            name, value = cookie.split("=", 1)
            context.add_cookies([{"name": name, "value": value, "url": url}])
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        types: dict[str, str] = {}
        cdp.on("Network.responseReceived", lambda event: types.__setitem__(event["requestId"], event["type"]))
        cdp.on(
            "Network.loadingFinished",
            lambda event: by_type.__setitem__(
                types.get(event["requestId"], "Other"),
                by_type[types.get(event["requestId"], "Other")] + int(event["encodedDataLength"]),
            ),
        )
        page.goto(url, wait_until="networkidle")
        browser.close()
    return {"total": sum(by_type.values()), "by_type": dict(by_type)}
