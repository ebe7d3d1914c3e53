"""timeline.html in a real browser: Debian's headless Chromium, driven by
selenium from the system chromedriver (nothing is downloaded). The page
must show every event, render article markup as text, and filter."""
from __future__ import annotations

from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.select import Select

from conftest import ROOT
from pipeline.publish.export import export_all
from pipeline.store.database import open_db

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SCREENSHOT = ROOT / "outputs" / "timeline-screenshot.png"

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="needs Debian's chromium and chromium-driver (/usr/bin/chromium, "
           "/usr/bin/chromedriver): apt-get install chromium chromium-driver")


@pytest.fixture()
def browser(tmp_path):
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,1600",
                f"--user-data-dir={tmp_path / 'chromium-profile'}"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)),
                              options=options)
    try:
        yield driver
    finally:
        driver.quit()


def _shown(driver) -> list:
    return [e for e in driver.find_elements(By.CSS_SELECTOR, ".event") if e.is_displayed()]


def test_timeline_page_shows_filters_and_escapes_events(events_db, tmp_path, browser):
    db = open_db(str(events_db))
    try:
        page = export_all(db, tmp_path / "out")["timeline.html"]
    finally:
        db.close()
    browser.get(page.resolve().as_uri())

    assert len(_shown(browser)) == 5
    count = browser.find_element(By.ID, "count")
    assert count.text == "5 of 5 events"
    with pytest.raises(NoAlertPresentException):  # no script of an article ran
        browser.switch_to.alert.accept()
    awardees = [e.get_attribute("textContent")
                for e in browser.find_elements(By.CSS_SELECTOR, ".event .awardee")]
    assert 'Desa <script>alert("x")</script> & "Maju"' in awardees
    evidence = [e.get_attribute("textContent")
                for e in browser.find_elements(By.CSS_SELECTOR, "details.evidence blockquote")]
    assert 'Desa <b>Maju</b> "juara" <script>alert(1)</script>' in evidence
    assert not browser.find_elements(By.CSS_SELECTOR, "#timeline script, #timeline b")
    links = browser.find_elements(By.CSS_SELECTOR, ".event a.source")
    assert {a.get_attribute("href") for a in links} == {
        f"https://portal{n}.example/berita/{n}" for n in range(1, 7)}

    Select(browser.find_element(By.ID, "filter-province")).select_by_value("v:Kalimantan Timur")
    shown = _shown(browser)
    assert len(shown) == 2
    assert {e.get_attribute("data-province") for e in shown} == {"v:Kalimantan Timur"}
    assert all("Kalimantan Timur" in e.text for e in shown)
    assert count.text == "2 of 5 events"
    assert not browser.find_element(By.CSS_SELECTOR, '.year[data-year="2025"]').is_displayed()

    Select(browser.find_element(By.ID, "filter-award")).select_by_value("v:Adipura")
    assert [e.find_element(By.CLASS_NAME, "awardee").text for e in _shown(browser)] == [
        "Kota Balikpapan"]
    assert count.text == "1 of 5 events"
    Select(browser.find_element(By.ID, "filter-level")).select_by_value("v:provinsi")
    assert not _shown(browser) and browser.find_element(By.ID, "empty").is_displayed()

    browser.find_element(By.ID, "reset").click()
    assert len(_shown(browser)) == 5 and count.text == "5 of 5 events"
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []
    SCREENSHOT.parent.mkdir(exist_ok=True)
    assert browser.save_screenshot(str(SCREENSHOT))
