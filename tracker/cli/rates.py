"""``points-tracker-cli rates``: the exchange rates in use, and the shopper's own.

``rates`` lists the shopper's rates and, for every currency the stored orders were paid in, where
its rates come from (the ECB's, shipped with the app, or yours) and for which dates.
``rates set EUR 1.08 [--from DATE]`` and ``rates remove EUR [--from DATE]`` change the shopper's
rates; every stored order they apply to is converted again (the amounts as paid never change).
The helpers below also serve ``import --rate``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.cli.arguments import iso_date, print_json
from tracker.cli.database import open_db
from tracker.cli.errors import EXIT_OK, BadInput

if TYPE_CHECKING:
    from tracker.currency.rates import RateBook, UserRate
    from tracker.importing.prepared import Prepared
    from tracker.store.uncounted import Uncounted


def add_parsers(commands: Any) -> None:
    rates = commands.add_parser(
        "rates", help="exchange rates to US$: the ECB's shipped with the app, and yours (set, remove)"
    )
    rates.add_argument("--json", action="store_true", help="the rates as JSON")
    actions = rates.add_subparsers(dest="rates_action", metavar="ACTION")
    setting = actions.add_parser("set", help="your rate: US$ for one unit of CODE, for every date or from --from on")
    setting.add_argument("code", metavar="CODE", help="a three-letter currency code, e.g. EUR")
    setting.add_argument("rate", metavar="RATE", help="US$ for 1 unit, e.g. 1.08")
    setting.add_argument("--from", dest="start", type=iso_date, metavar="DATE", help="first date it applies to")
    removing = actions.add_parser("remove", help="remove your rate for CODE (the one from --from, if given)")
    removing.add_argument("code", metavar="CODE")
    removing.add_argument("--from", dest="start", type=iso_date, metavar="DATE", help="the start of the rate")


def check_code(code: str) -> str:
    from tracker.currency.rates import currency_problem

    code = code.strip().upper()
    problem = currency_problem(code)
    if problem is not None:
        raise BadInput(problem)
    return code


def check_rate(code: str, text: str, flag: str) -> Decimal:
    """``flag`` is how the user wrote it, for the message: ``--rate RUB=abc``."""
    from tracker.currency.rates import MAX_RATE, parse_rate

    rate = parse_rate(text)
    if rate is None:
        raise BadInput(
            f"{flag}: give the US$ that 1 {code} is worth, a number above 0 and below {MAX_RATE:,}, e.g. 1.08"
        )
    return rate


def rates_from_flags(values: Sequence[str]) -> dict[str, Decimal]:
    """``--rate PLN=0.25`` (repeatable) → {"PLN": Decimal("0.25")}; bad input names the flag."""
    found: dict[str, Decimal] = {}
    for value in values:
        code, equals, text = value.partition("=")
        if not equals:
            raise BadInput(f"--rate {value!r}: write it as --rate CODE=RATE, e.g. --rate PLN=0.25")
        code = check_code(code)
        found[code] = check_rate(code, text, f"--rate {value}")
    return found


def read_user_rates(path: Path) -> list[UserRate]:
    """The shopper's rates in the file at ``path``, read without changing it (none if it has none)."""
    from tracker.currency.rates import UserRate
    from tracker.store.errors import StoreError
    from tracker.store.peek import read_rows

    try:  # read-only and immutable: a dry run leaves no -wal or -shm beside the file
        rows = read_rows(path, "SELECT currency, rate, start_date FROM user_rate")
    except StoreError:
        return []  # the import itself says what is wrong with the file
    # An older file keeps them in a setting (no table): moved when the file is next opened.
    return [
        UserRate(str(code), Decimal(str(rate)), None if start is None else date.fromisoformat(str(start)))
        for code, rate, start in rows
    ]


def with_flag_rates(user_rates: list[UserRate], flags: dict[str, Decimal]) -> list[UserRate]:
    """The shopper's rates with those of ``--rate``: each replaces every rate of its currency."""
    from tracker.currency.rates import UserRate

    kept = [rate for rate in user_rates if rate.currency not in flags]
    return kept + [UserRate(code, rate) for code, rate in flags.items()]


def check_missing(prepared: Prepared, book: RateBook, file: Path) -> None:
    """Stop (nothing imported) when some orders or review prices still have no rate: never import
    them at US$ 0, nor a review without its price."""
    from tracker.importing.rates import missing_rates

    missing = missing_rates(prepared, book)
    if not missing:
        return
    first = missing[0]
    data = book.bundle()
    covered = data.coverage(first.currency) if data is not None else None
    why = (
        f"the ECB's rates shipped with the app stop on {covered[1]}" if covered else "the ECB publishes no rate for it"
    )
    things = [f"{n} {word}{'' if n == 1 else 's'}" for n, word in ((first.orders, "order"), (first.reviews,
              "review price")) if n]  # fmt: skip
    orders = " and ".join(things) + (" is" if first.orders + first.reviews == 1 else " are")
    span = first.first_date, first.last_date
    when = f"{span[0]}" if span[0] == span[1] else f"from {span[0]} to {span[1]}"
    start = f" --from {first.suggested_start}" if first.suggested_start else ""
    others = f" ({len(missing) - 1} more currencies too)" if len(missing) > 1 else ""
    raise BadInput(
        f"{file}: {orders} in {first.currency}, dated {when}, and {why}{others}: nothing was imported. "
        f"Give a rate (US$ for 1 {first.currency}): --rate {first.currency}=RATE, "
        f"or first `points-tracker-cli rates set {first.currency} RATE{start}`."
    )


def uncounted_json(found: list[Uncounted]) -> dict[str, Any]:
    """The orders left uncounted for want of a rate, for ``status --json``."""
    return {
        "orders": sum(u.orders for u in found),
        "by_currency": {
            u.currency: {"orders": u.orders, "amount": f"{Decimal(u.paid_cents).scaleb(-2):.2f}",
                         "first_date": u.first_date.isoformat(), "last_date": u.last_date.isoformat()}
            for u in found
        },
    }  # fmt: skip


def uncounted_text(found: list[Uncounted]) -> str:
    """One line per currency left uncounted, or nothing."""
    lines = []
    for u in found:
        orders = "1 order" if u.orders == 1 else f"{u.orders} orders"
        lines.append(
            f"Not counted: {orders} paid in {u.currency} ({Decimal(u.paid_cents).scaleb(-2):,.2f} {u.currency}), "
            f"no exchange rate for their dates. Set one: points-tracker-cli rates set {u.currency} RATE"
        )
    return "\n".join(lines)


def _source_rows(db: Any, book: RateBook) -> list[dict[str, Any]]:
    """Per currency of the stored orders: where its rates come from, for which dates."""
    from tracker.store.connection import read_transaction

    with read_transaction(db) as conn:
        rows = conn.execute(
            "SELECT o.currency, c.source, count(*), min(o.order_date), max(o.order_date) "
            "FROM order_conversion AS c JOIN orders AS o ON o.id = c.order_id "
            "GROUP BY o.currency, c.source ORDER BY o.currency, c.source"
        ).fetchall()
    data = book.bundle() if rows else None
    found = []
    for code, source, count, first, last in rows:
        covered = data.coverage(code) if data is not None else None
        found.append({
            "currency": code, "source": {"ecb": "bundled", "yours": "yours"}.get(source, "none"), "orders": count,
            "from": first, "to": last, "bundled_from": covered[0].isoformat() if covered else None,
            "bundled_to": covered[1].isoformat() if covered else None,
        })  # fmt: skip
    return found


def cmd_rates(args: argparse.Namespace, today: date) -> int:
    action = getattr(args, "rates_action", None)
    if action == "set":
        return _set(args)
    if action == "remove":
        return _remove(args)
    from tracker.store.user_rates import load_rate_book

    db = open_db(args)
    book = load_rate_book(db)
    used = _source_rows(db, book)
    yours = [
        {"currency": r.currency, "rate": str(r.rate), "from": r.start.isoformat() if r.start else None}
        for r in book.user_rates
    ]
    data = book.bundle() if args.json or used else None
    if args.json:
        print_json({
            "yours": yours, "orders": used,
            "bundled": {"from": data.first_day.isoformat(), "to": data.last_day.isoformat()} if data else None,
        })  # fmt: skip
        return EXIT_OK
    print("Your rates (US$ for 1 unit; they win over the ECB's):")
    for rate in yours:
        print(f"  {rate['currency']}  {rate['rate']:>14}  {'from ' + rate['from'] if rate['from'] else 'every date'}")
    if not yours:
        print("  none — set one with: points-tracker-cli rates set CODE RATE [--from DATE]")
    print("Orders paid in other currencies, by where their rate comes from:")
    for row in used:
        what = {"bundled": "ECB (bundled)", "yours": "yours", "none": "NO RATE: not counted"}[row["source"]]
        span = f"ECB rates {row['bundled_from']} to {row['bundled_to']}" if row["bundled_to"] else "no ECB rates"
        print(f"  {row['currency']}  {row['orders']:>6} orders {row['from']} to {row['to']}  {what}  ({span})")
    if not used:
        print("  none")
    if data is not None and today > data.last_day:
        print(f"The ECB rates shipped with this version end on {data.last_day}: later orders use that day's rate.")
    return EXIT_OK


def _change(args: argparse.Namespace, change: Callable[[list[UserRate]], list[UserRate]]) -> int:
    from tracker.store.user_rates import list_user_rates, replace_user_rates

    db = open_db(args)
    done = replace_user_rates(db, change(list_user_rates(db)))
    orders = "1 order" if done.orders_changed == 1 else f"{done.orders_changed} orders"
    print(f"{orders} converted again.")
    return EXIT_OK


def _set(args: argparse.Namespace) -> int:
    from tracker.currency.rates import UserRate

    code = check_code(args.code)
    new = UserRate(code, check_rate(code, args.rate, f"rates set {code} {args.rate}"), args.start)

    def change(rates: list[UserRate]) -> list[UserRate]:
        return [r for r in rates if (r.currency, r.start) != (code, args.start)] + [new]

    since = f" from {args.start}" if args.start else " for every date"
    print(f"Your rate for {code}{since}: 1 {code} = {new.rate} US$.")
    return _change(args, change)


def _remove(args: argparse.Namespace) -> int:
    from tracker.store.user_rates import list_user_rates

    code = check_code(args.code)
    current = list_user_rates(open_db(args))
    gone = [r for r in current if r.currency == code and (args.start is None or r.start == args.start)]
    if not gone:
        since = f" from {args.start}" if args.start else ""
        raise BadInput(f"you have no rate for {code}{since}; `points-tracker-cli rates` lists yours")
    print(f"Removed your {len(gone)} rate{'s' if len(gone) > 1 else ''} for {code}.")
    return _change(args, lambda rates: [r for r in rates if r not in gone])


COMMANDS: dict[str, Callable[[argparse.Namespace, date], int]] = {"rates": cmd_rates}
