"""Which column holds which field: a first guess from header names and values.

Header names are recognised in English, Spanish, Portuguese, Russian, French, Polish and German,
ignoring case, accents, punctuation and camelCase (``orderId`` is "order id"). A header that is
exactly a known name beats one that merely contains it (``Price`` beats ``Price Info``); a
header about a link or picture (``Store Url``) never matches by containment. Columns whose
header says nothing are guessed from their values: dates, amounts with a currency, statuses,
currency codes. Everything else is left unmapped ("ignore").

The shopper sees the guess as a dropdown over each column and can change any of it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from tracker.i18n import QT_TRANSLATE_NOOP, translate
from tracker.importing.dates import detect_date_format
from tracker.importing.errors import ParseError
from tracker.importing.money import ISO_CODES, parse_money
from tracker.importing.statuses import StatusMapper

ORDERS = "orders"
ACTIVITY = "activity"


@dataclass(frozen=True, slots=True)
class Field:
    """A field a column can be mapped to. ``kind`` says how its cells are read."""

    name: str
    label: str
    kind: str  # "text" | "date" | "money" | "integer" | "status" | "currency"
    target: str  # ORDERS | ACTIVITY


_FIELD_LIST = (
    Field("order_no", QT_TRANSLATE_NOOP("ImportFields", "order number"), "text", ORDERS),
    Field("order_date", QT_TRANSLATE_NOOP("ImportFields", "order date"), "date", ORDERS),
    Field("status", QT_TRANSLATE_NOOP("ImportFields", "status"), "status", ORDERS),
    Field("confirmed_date", QT_TRANSLATE_NOOP("ImportFields", "confirmation date"), "date", ORDERS),
    Field("item_title", QT_TRANSLATE_NOOP("ImportFields", "item title"), "text", ORDERS),
    Field("product_id", QT_TRANSLATE_NOOP("ImportFields", "product ID"), "text", ORDERS),
    Field("category", QT_TRANSLATE_NOOP("ImportFields", "category"), "text", ORDERS),
    Field("quantity", QT_TRANSLATE_NOOP("ImportFields", "quantity"), "integer", ORDERS),
    Field("unit_price", QT_TRANSLATE_NOOP("ImportFields", "unit price"), "money", ORDERS),
    Field("line_total", QT_TRANSLATE_NOOP("ImportFields", "line total"), "money", ORDERS),
    Field("order_total", QT_TRANSLATE_NOOP("ImportFields", "order total"), "money", ORDERS),
    Field("discount", QT_TRANSLATE_NOOP("ImportFields", "discount"), "money", ORDERS),
    Field("shipping", QT_TRANSLATE_NOOP("ImportFields", "shipping"), "money", ORDERS),
    Field("refund", QT_TRANSLATE_NOOP("ImportFields", "refund"), "money", ORDERS),
    Field("refund_date", QT_TRANSLATE_NOOP("ImportFields", "refund date"), "date", ORDERS),
    Field("currency", QT_TRANSLATE_NOOP("ImportFields", "currency"), "currency", ORDERS),
    Field("store", QT_TRANSLATE_NOOP("ImportFields", "store"), "text", ORDERS),
    Field("date", QT_TRANSLATE_NOOP("ImportFields", "date"), "date", ACTIVITY),
    Field("kind", QT_TRANSLATE_NOOP("ImportFields", "kind"), "text", ACTIVITY),
    Field("points", QT_TRANSLATE_NOOP("ImportFields", "points"), "integer", ACTIVITY),
    Field("item_price", QT_TRANSLATE_NOOP("ImportFields", "item price"), "money", ACTIVITY),
    Field("note", QT_TRANSLATE_NOOP("ImportFields", "note"), "text", ACTIVITY),
)

# Header names per field, ";"-separated; matched as header_key() makes them.
_HEADER_NAMES: dict[str, str] = {
    "order_no": (
        "order id; order no; order number; order nr; order num; order ref; orderid; id; order; "
        "número de pedido; nº de pedido; n.º de pedido; id del pedido; id de pedido; pedido; "
        "número do pedido; nº do pedido; id do pedido; номер заказа; № заказа; id заказа; заказ; "
        "n° de commande; numéro de commande; no de commande; n° commande; id de commande; commande; "
        "numer zamówienia; nr zamówienia; id zamówienia; zamówienie; "
        "bestellnummer; bestell-nr.; bestell-id; bestellung; auftragsnummer"
    ),
    "order_date": (
        "order date; date; order time; date ordered; order placed; placed on; purchase date; created; "
        "created at; creation date; order created; gmt create order time; "
        "fecha; fecha del pedido; fecha de pedido; fecha de compra; data; data do pedido; data da compra; "
        "дата; дата заказа; дата оформления; дата покупки; date de commande; date de la commande; "
        "date d'achat; data zamówienia; data zakupu; datum; bestelldatum; bestellt am; kaufdatum"
    ),
    "status": (
        "status; order status; state; estado; estado del pedido; situação; status do pedido; "
        "статус; статус заказа; состояние; statut; état; statut de la commande; "
        "status zamówienia; stan; bestellstatus; zustand"
    ),
    "confirmed_date": (
        "confirmed date; confirmation date; date confirmed; confirmed on; completed date; completion date; "
        "received date; receipt date; gmt trade end time; trade end time; "
        "fecha de confirmación; fecha de finalización; data de confirmação; data de conclusão; "
        "дата подтверждения; дата завершения; date de confirmation; date de réception; "
        "data potwierdzenia; data zakończenia; bestätigungsdatum; abschlussdatum; erhalten am"
    ),
    "item_title": (
        "title; item; item name; item title; product; product name; product title; name; description; "
        "artículo; producto; nombre; nombre del producto; título; produto; nome do produto; "
        "товар; название; наименование; название товара; produit; article; nom du produit; titre; "
        "produkt; nazwa; nazwa produktu; tytuł; artikel; artikelname; produktname; bezeichnung; titel"
    ),
    "product_id": (
        "product id; productid; item id; product no; product number; id del producto; id do produto; "
        "id товара; артикул; id du produit; id produktu; produkt id; artikelnummer"
    ),
    "category": ("category; categories; categoría; categoria; категория; catégorie; kategoria; kategorie"),
    "quantity": (
        "quantity; qty; pcs; units; count; cantidad; cant; quantidade; qtd; qtde; количество; кол-во; "
        "quantité; qté; ilość; szt; menge; anzahl; stück"
    ),
    "unit_price": (
        "price; unit price; item price; price per item; precio; precio unitario; preço; preço unitário; "
        "valor unitário; цена; цена за единицу; цена за шт; prix; prix unitaire; cena; "
        "cena jednostkowa; cena za sztukę; preis; stückpreis; einzelpreis"
    ),
    "line_total": (
        "line total; item total; total price; subtotal; items total; total del artículo; "
        "valor total do item; сумма по товару; montant de l'article; wartość pozycji; gesamtpreis"
    ),
    "order_total": (
        "order total; total; total amount; amount; amount paid; paid; total paid; payable amount; "
        "payable amt; order amount; grand total; importe; importe total; total del pedido; monto; "
        "valor total; total do pedido; valor pago; сумма; итого; сумма заказа; итого к оплате; "
        "montant; montant total; total de la commande; suma; kwota; razem; wartość zamówienia; "
        "gesamt; gesamtbetrag; summe; betrag; bestellwert"
    ),
    "discount": (
        "discount; discounts; coupon; coupons; coupon discount; savings; coins; descuento; cupón; "
        "desconto; cupom; скидка; купон; remise; réduction; rabat; zniżka; kupon; rabatt; gutschein"
    ),
    "shipping": (
        "shipping; shipping cost; shipping fee; delivery fee; postage; freight; envío; costo de envío; "
        "gastos de envío; frete; custo de envio; доставка; стоимость доставки; livraison; "
        "frais de livraison; frais de port; wysyłka; dostawa; koszt wysyłki; versand; versandkosten; porto"
    ),
    "refund": (
        "refund; refunded; refund amount; refunded amount; reembolso; monto reembolsado; "
        "valor reembolsado; возврат; сумма возврата; remboursement; montant remboursé; zwrot; "
        "kwota zwrotu; erstattung; rückerstattung; erstatteter betrag"
    ),
    "refund_date": (
        "refund date; refunded on; date of refund; fecha de reembolso; data do reembolso; "
        "data de reembolso; дата возврата; date de remboursement; data zwrotu; erstattungsdatum; "
        "rückerstattungsdatum"
    ),
    "currency": ("currency; curr; ccy; moneda; divisa; moeda; валюта; devise; monnaie; waluta; währung"),
    "store": (
        "store; store name; shop; shop name; seller; seller name; vendor; tienda; vendedor; loja; "
        "nome da loja; магазин; продавец; boutique; vendeur; magasin; sklep; sprzedawca; "
        "verkäufer; händler; geschäft"
    ),
    "date": "date; time; date time; datetime; when; fecha; data; дата; время; datum; zeit",
    "kind": (
        "kind; type; activity; action; event; source; tipo; actividad; тип; действие; событие; typ; rodzaj; art; aktion"
    ),
    "points": (
        "points; point; pts; earned points; member points; points change; puntos; pontos; баллы; очки; punkty; punkte"
    ),
    "item_price": ("item price; product price; price; precio; preço; цена; prix; cena; preis"),
    "note": (
        "note; notes; description; details; detail; comment; memo; descripción; nota; descrição; "
        "observação; описание; примечание; комментарий; commentaire; remarque; opis; uwagi; notatka; "
        "beschreibung; notiz; bemerkung"
    ),
}
FIELDS: dict[str, Field] = {f.name: f for f in _FIELD_LIST}
"""Every field a column can be mapped to, orders' then activity's, by name."""

ORDER_FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in _FIELD_LIST if f.target == ORDERS)
ACTIVITY_FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in _FIELD_LIST if f.target == ACTIVITY)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Headers about links and pictures hold no field, whatever else they say ("Store Url").
_NEVER_CONTAINED = _words(
    "url link links href image images img photo picture thumbnail info ссылка изображение фото "
    "enlace imagen imagem foto lien bild zdjecie obraz"
)
# Words too general to find inside a longer header ("Order Notes" is no order number).
_ONLY_WHOLE = _words(
    "order pedido заказ commande zamowienie bestellung item product producto produto produit "
    "produkt name nombre nazwa created paid"
)
_EXACT = 1000
_MIN_CONTAINED = 4  # "id", "qty" only match a whole header


@dataclass(slots=True)
class ColumnMapping:
    """Column index → field name (``None``: ignore the column), and what the shopper should check."""

    field_by_column: dict[int, str | None]
    warnings: list[str] = field(default_factory=list)
    target: str = ORDERS


Mapping = ColumnMapping  # the name the import issue's plan uses


def header_key(header: str) -> str:
    """``"N° de commande"`` → ``"n de commande"``; ``"orderId"`` → ``"order id"``."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", header)
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", spaced).casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[\W_]+", " ", plain).split())


def _synonyms(target: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for f in _FIELD_LIST:
        if f.target != target:
            continue
        for name in _HEADER_NAMES[f.name].split(";"):
            key = header_key(name)
            if key and table.setdefault(key, f.name) != f.name:
                raise AssertionError(f"header {name!r} is listed for {table[key]} and {f.name}")
    return table


_SYNONYMS: dict[str, dict[str, str]] = {ORDERS: _synonyms(ORDERS), ACTIVITY: _synonyms(ACTIVITY)}


def guess_mapping(headers: list[str], sample_rows: list[list[str]], target: str | None = None) -> ColumnMapping:
    """Guesses each column's field from its header, then from its values.

    Args:
        headers: the header row's cells.
        sample_rows: some data rows below it (a few hundred are plenty).
        target: ``"orders"`` or ``"activity"``; ``None`` decides from the headers (a points
            column and no order number column make an activity file).

    Each field goes to one column, except that two columns that both *exactly* name the same
    field are both mapped and a warning asks the shopper to choose.
    """
    if target is None:
        orders = _header_matches(headers, ORDERS)
        activity = _header_matches(headers, ACTIVITY)
        has_points = any(name == "points" for _, name, _ in activity)
        has_order_no = any(name == "order_no" for _, name, _ in orders)
        target = ACTIVITY if has_points and not has_order_no else ORDERS
    mapping: dict[int, str | None] = dict.fromkeys(range(len(headers)))
    taken: dict[str, int] = {}  # field → score of the column that has it
    for score, name, column in sorted(_header_matches(headers, target), key=lambda m: (-m[0], m[2])):
        if mapping[column] is not None:
            continue
        if name not in taken or (score >= _EXACT and taken[name] >= _EXACT):
            mapping[column] = name
            taken.setdefault(name, score)
    columns = {c: [row[c].strip() if c < len(row) else "" for row in sample_rows] for c in range(len(headers))}
    for column, mapped in mapping.items():
        if mapped is None and not _about_links(headers[column]):
            mapping[column] = _guess_from_values(columns[column], target, taken)
    warnings = mapping_warnings(mapping, headers)
    for column, mapped in mapping.items():
        if mapped is not None and not _values_fit(FIELDS[mapped].kind, columns[column]):
            warnings.append(
                translate(
                    "Import", "Column “{column}” was taken as {field}, but its values do not look like {kind}."
                ).format(
                    column=_label(headers, column),
                    field=translate("ImportFields", FIELDS[mapped].label),
                    kind=translate("Import", _KIND_WORDS[FIELDS[mapped].kind]),
                )
            )
    return ColumnMapping(mapping, warnings, target)


def mapping_warnings(field_by_column: dict[int, str | None], headers: list[str]) -> list[str]:
    """What is wrong with a mapping as the shopper left it: a field taken from two columns."""
    columns_by_field: dict[str, list[int]] = defaultdict(list)
    warnings: list[str] = []
    for column, name in sorted(field_by_column.items()):
        if name is None:
            continue
        if name not in FIELDS:
            warnings.append(
                translate("Import", "Column “{column}” is mapped to an unknown field “{name}”.").format(
                    column=_label(headers, column), name=name
                )
            )
            continue
        columns_by_field[name].append(column)
    for name, columns in columns_by_field.items():
        if len(columns) > 1:
            shown = translate("Import", "“{first}” and “{second}”").format(
                first=_label(headers, columns[0]), second=_label(headers, columns[1])
            )
            for column in columns[2:]:
                shown = translate("Import", "{columns} and “{column}”").format(
                    columns=shown, column=_label(headers, column)
                )
            warnings.append(
                translate("Import", "{field} is taken from two columns, {shown}: choose one.").format(
                    field=translate("ImportFields", FIELDS[name].label).capitalize(), shown=shown
                )
            )
    return warnings


def _header_matches(headers: list[str], target: str) -> list[tuple[int, str, int]]:
    """(score, field, column) for every field whose name a header is, or contains."""
    synonyms = _SYNONYMS[target]
    matches: list[tuple[int, str, int]] = []
    for column, header in enumerate(headers):
        key = header_key(header)
        if not key:
            continue
        if key in synonyms:
            matches.append((_EXACT + len(key), synonyms[key], column))
            continue
        if _about_links(header):
            continue
        padded = f" {key} "
        for synonym, name in synonyms.items():
            if len(synonym) >= _MIN_CONTAINED and synonym not in _ONLY_WHOLE and f" {synonym} " in padded:
                matches.append((len(synonym), name, column))
    return matches


def _about_links(header: str) -> bool:
    return not _NEVER_CONTAINED.isdisjoint(header_key(header).split())


_VALUE_GUESSES: dict[str, dict[str, tuple[str, ...]]] = {
    ORDERS: {
        "date": ("order_date", "confirmed_date", "refund_date"),
        "money": ("unit_price",),
        "status": ("status",),
        "currency": ("currency",),
    },
    ACTIVITY: {"date": ("date",), "money": ("item_price",)},
}
# What a column of each kind holds, as the end of "its values do not look like …".
_KIND_WORDS = {
    "date": QT_TRANSLATE_NOOP("Import", "dates"),
    "money": QT_TRANSLATE_NOOP("Import", "amounts"),
    "integer": QT_TRANSLATE_NOOP("Import", "whole numbers"),
    "status": QT_TRANSLATE_NOOP("Import", "statuses"),
    "currency": QT_TRANSLATE_NOOP("Import", "currencies"),
    "text": QT_TRANSLATE_NOOP("Import", "text"),
}


def _guess_from_values(values: list[str], target: str, taken: dict[str, int]) -> str | None:
    filled = [value for value in values if value]
    if not filled:
        return None
    for kind, names in _VALUE_GUESSES[target].items():
        free = [name for name in names if name not in taken]
        if free and _values_are(kind, filled):
            taken[free[0]] = 0
            return free[0]
    return None


def _values_are(kind: str, filled: list[str]) -> bool:
    """Whether every value is clearly of this kind (stricter than :func:`_values_fit`)."""
    if kind == "date":
        guess = detect_date_format(filled)
        return guess.format_id is not None or guess.ambiguous
    if kind == "money":
        try:
            return all(parse_money(value).symbol for value in filled)
        except ParseError:
            return False
    if kind == "status":
        return all(StatusMapper().map(value) is not None for value in filled)
    if kind == "currency":
        return all(value.upper() in ISO_CODES for value in filled)
    return False


def _values_fit(kind: str, values: list[str]) -> bool:
    """Whether most values could be of this kind; a blank column always fits."""
    filled = [value for value in values if value]
    if not filled:
        return True
    if kind == "date":
        guess = detect_date_format(filled)
        return guess.format_id is not None or guess.ambiguous
    if kind in ("money", "integer"):
        return sum(map(_reads_as_amount, filled)) * 2 >= len(filled)
    return True


def _reads_as_amount(value: str) -> bool:
    try:
        parse_money(value)
    except ParseError:
        return False
    return True


def _label(headers: list[str], column: int) -> str:
    header = headers[column].strip() if column < len(headers) else ""
    return header or f"column {column + 1}"
