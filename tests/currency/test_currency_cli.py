"""The command line: a history paid in reais, złoty and euros counts as the same history in US$
at the ECB rates of its dates; roubles after March 2022 ask for a rate; `rates` shows and sets."""

from __future__ import annotations

import json
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from tests.currency.ecb_oracle import usd_per_unit
from tracker.cli.main import main

TODAY = date(2025, 7, 1)
HISTORY = Path(__file__).parent / "fixtures" / "history_foreign.csv"
# (order no., order date, confirmed, amount as paid in hundredths, currency): the file's rows
PAID = [
    ("8100000000000101", date(2022, 3, 1), date(2022, 3, 11), 123_450, "PLN"),
    ("8100000000000102", date(2023, 11, 10), date(2023, 11, 20), 53_210, "BRL"),
    ("8100000000000103", date(2024, 3, 4), date(2024, 3, 14), 9_990, "EUR"),
    ("8100000000000104", date(2024, 12, 24), date(2025, 1, 3), 245_000, "PLN"),
    ("8100000000000105", date(2025, 6, 13), date(2025, 6, 23), 125_000, "BRL"),
]
RUBLES = 'Order ID;Date;Total;Status\n1;01.05.2023;"1 234,50 руб.";Completed\n2;10.06.2021;"500,00 руб.";Completed\n'


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args], today=TODAY)


def status_of(db: Path, capsys: pytest.CaptureFixture[str]) -> dict:  # type: ignore[type-arg]
    capsys.readouterr()
    assert run(db, "status", "--json") == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def _dollars(paid: int, currency: str, day: date) -> str:
    cents = (Decimal(paid) * usd_per_unit(currency, day)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return f"{cents / 100:.2f}"


def test_a_history_in_reais_zloty_and_euros_earns_what_it_would_in_dollars(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    foreign, dollars = tmp_path / "foreign.sqlite3", tmp_path / "dollars.sqlite3"
    assert run(foreign, "import", str(HISTORY)) == 0

    native = tmp_path / "orders.csv"
    rows = ["order_no,order_date,status,confirmed_date,items_usd,discount_usd,shipping_usd,refund_usd,refund_date,"
            "category,store,item,product_id"]  # fmt: skip
    for number, ordered, confirmed, paid, currency in PAID:
        amount = _dollars(paid, currency, ordered)
        rows.append(f"{number},{ordered},confirmed,{confirmed},{amount},0,0,,,,,,")
    native.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert run(dollars, "import", str(native)) == 0

    in_foreign, in_dollars = status_of(foreign, capsys), status_of(dollars, capsys)
    assert in_foreign["uncounted"] == {"orders": 0, "by_currency": {}}
    assert in_foreign == in_dollars
    assert in_foreign["window_points"] > 0


def test_roubles_after_march_2022_ask_for_a_rate_and_nothing_is_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, file = tmp_path / "points.sqlite3", tmp_path / "rub.csv"
    file.write_text(RUBLES, encoding="utf-8")
    assert run(db, "import", str(file)) == 2
    err = capsys.readouterr().err
    assert "1 order is in RUB, dated 2023-05-01" in err and "--rate RUB=RATE" in err and "--from 2022-03-02" in err
    assert not db.exists()

    assert run(db, "import", str(file), "--rate", "RUB=zero") == 2
    assert "--rate RUB=zero: give the US$ that 1 RUB is worth" in capsys.readouterr().err

    assert run(db, "import", str(file), "--rate", "rub=0.0125") == 0
    report = status_of(db, capsys)
    assert report["uncounted"]["orders"] == 0
    assert run(db, "rates", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["yours"] == [{"currency": "RUB", "rate": "0.0125", "from": None}]


def test_review_prices_in_roubles_ask_for_a_rate_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, file = tmp_path / "points.sqlite3", tmp_path / "reviews.csv"
    file.write_text('date;kind;item_price;note\n2023-05-01;review;"1 234,50 руб.";Lamp\n', encoding="utf-8")
    assert run(db, "import", str(file)) == 2
    assert "1 review price is in RUB, dated 2023-05-01" in capsys.readouterr().err
    assert not db.exists()
    assert run(db, "import", str(file), "--rate", "RUB=0.0125") == 0


def test_removing_a_rate_leaves_orders_uncounted_and_status_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, file = tmp_path / "points.sqlite3", tmp_path / "rub.csv"
    file.write_text(RUBLES, encoding="utf-8")
    assert run(db, "rates", "set", "RUB", "0.011", "--from", "2022-03-02") == 0
    assert run(db, "import", str(file)) == 0
    assert run(db, "rates", "remove", "RUB") == 0
    assert "1 order converted again." in capsys.readouterr().out
    report = status_of(db, capsys)
    assert report["uncounted"] == {
        "orders": 1,
        "by_currency": {"RUB": {"orders": 1, "amount": "1234.50", "first_date": "2023-05-01",
                                "last_date": "2023-05-01"}},
    }  # fmt: skip
    assert run(db, "status") == 0
    assert "Not counted: 1 order paid in RUB (1,234.50 RUB)" in capsys.readouterr().out
    assert run(db, "rates") == 0
    out = capsys.readouterr().out
    assert "NO RATE: not counted" in out and "ECB (bundled)" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("rates", "set", "US", "1"), "US is not a three-letter currency code"),
        (("rates", "set", "USD", "1"), "USD needs no rate"),
        (("rates", "set", "EUR", "-1"), "give the US$ that 1 EUR is worth"),
        (("rates", "remove", "EUR"), "you have no rate for EUR"),
        (("import", "x.csv", "--rate", "PLN"), "write it as --rate CODE=RATE"),
    ],
)
def test_bad_rates_are_named_and_change_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    (tmp_path / "x.csv").write_text("a,b\n1,2\n")
    args = tuple(str(tmp_path / a) if a == "x.csv" else a for a in args)
    assert run(tmp_path / "points.sqlite3", *args) == 2
    assert message in capsys.readouterr().err
