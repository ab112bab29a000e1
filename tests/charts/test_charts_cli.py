"""``points-tracker-cli chart``: the charts as PNG and SVG files, without a window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tracker.cli.main import main

TODAY = date(2026, 11, 24)

ORDERS_CSV = """order_no,order_date,status,confirmed_date,items_usd,discount_usd,shipping_usd,refund_usd,refund_date,category,store,item,product_id
8001,2026-01-10,confirmed,2026-01-30,420.00,20.00,3.50,,,Phones | Toys,Gadget Store,Phone,P1
8002,2026-06-02,confirmed,2026-06-20,150.00,0,0,50.00,2026-07-01,Home,Home Store,Lamp,P2
8003,2026-11-01,pending,,80.00,0,0,,,Toys,Toy Store,Robot,P3
"""


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "points.sqlite3"
    monkeypatch.setenv("POINTS_TRACKER_DB", str(path))
    orders = tmp_path / "orders.csv"
    orders.write_text(ORDERS_CSV, encoding="utf-8")
    assert main(["import", str(orders)], today=TODAY) == 0
    return path


def run(*args: str) -> int:
    return main(list(args), today=TODAY)


@pytest.mark.parametrize("which", ["timeline", "expiring", "plan", "sources"])
def test_chart_command_writes_a_png(db: Path, tmp_path: Path, which: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"{which}.png"
    assert run("chart", which, "--out", str(out)) == 0
    assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert str(out) in capsys.readouterr().out


def test_chart_command_writes_an_svg_in_dark_colours_for_another_tier(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.svg"
    assert run("chart", "plan", "--out", str(out), "--tier", "diamond", "--dark", "--as-of", "2026-10-01") == 0
    text = out.read_text(encoding="utf-8")
    assert "<svg" in text and "#1e1f22" in text.lower()


def test_a_file_that_is_not_png_or_svg_is_refused_in_one_line(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "chart.pdf"
    assert run("chart", "timeline", "--out", str(out)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and ".png or .svg" in err and "Traceback" not in err
    assert not out.exists()


def test_tier_is_refused_where_it_means_nothing_and_when_unknown(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("chart", "sources", "--tier", "gold", "--out", str(tmp_path / "s.png")) == 2
    assert run("chart", "plan", "--tier", "bronze", "--out", str(tmp_path / "p.png")) == 2
    err = capsys.readouterr().err
    assert "timeline and plan" in err and "no tier 'bronze'" in err


def test_a_missing_folder_is_reported_not_a_traceback(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("chart", "timeline", "--out", str(tmp_path / "nowhere" / "t.png")) == 2
    assert "does not exist" in capsys.readouterr().err
