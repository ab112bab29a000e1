"""The words column headers use, per field and per meaning, in the languages shoppers write.

Two kinds of table, both matched as :func:`tracker.importing.headers.header_key` makes a header
(lower case, no accents or punctuation, camelCase and snake_case split into words):

- :data:`HEADER_NAMES`: whole names of a field ("order date", "fecha del pedido", …), found as
  the whole header or inside a longer one.
- :data:`MEANINGS`: single words that say what a column is *about* — the payment, the
  confirmation of receipt, a refund, the placing of the order — whatever else the header says
  ("paidAt", "Date finished", "Refund completed on"). A header about the payment is never a
  confirmation, a refund or the order date; one about a refund is never a confirmation.

English, Spanish, Portuguese, Russian, French and Polish throughout; German where AliExpress's
German pages made it common.
"""

from __future__ import annotations

# Header names per field, ";"-separated.
HEADER_NAMES: dict[str, str] = {
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
        "created at; creation date; order created; gmt create order time; create time; created on; "
        "fecha; fecha del pedido; fecha de pedido; fecha de compra; data; data do pedido; data da compra; "
        "дата; дата заказа; дата оформления; дата покупки; date de commande; date de la commande; "
        "date d'achat; data zamówienia; data zakupu; datum; bestelldatum; bestellt am; kaufdatum"
    ),
    "paid_date": (
        "paid at; paid on; paid date; date paid; payment date; payment time; pay time; pay date; "
        "payment datetime; gmt pay order time; pay order time; gmt pay time; "
        "fecha de pago; fecha del pago; fecha pago; data de pagamento; data do pagamento; "
        "дата оплаты; время оплаты; date de paiement; date du paiement; data płatności; data zapłaty; "
        "zahlungsdatum; bezahlt am"
    ),
    "status": (
        "status; order status; state; estado; estado del pedido; situação; status do pedido; "
        "статус; статус заказа; состояние; statut; état; statut de la commande; "
        "status zamówienia; stan; bestellstatus; zustand"
    ),
    "confirmed_date": (
        "confirmed date; confirmation date; date confirmed; confirmed on; confirmed at; completed date; "
        "completion date; completed at; completed on; finished at; finished on; finish time; received date; "
        "receipt date; received on; gmt trade end time; trade end time; order end time; "
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
    "category": "category; categories; categoría; categoria; категория; catégorie; kategoria; kategorie",
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
        "refund date; refunded on; refunded at; date of refund; refund time; gmt refund time; "
        "fecha de reembolso; data do reembolso; data de reembolso; дата возврата; date de remboursement; "
        "data zwrotu; erstattungsdatum; rückerstattungsdatum"
    ),
    "currency": "currency; curr; ccy; moneda; divisa; moeda; валюта; devise; monnaie; waluta; währung",
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
    "item_price": "item price; product price; price; precio; preço; цена; prix; cena; preis",
    "note": (
        "note; notes; description; details; detail; comment; memo; descripción; nota; descrição; "
        "observação; описание; примечание; комментарий; commentaire; remarque; opis; uwagi; notatka; "
        "beschreibung; notiz; bemerkung"
    ),
}

PAYMENT = "payment"
REFUND = "refund"
CONFIRMATION = "confirmation"
PLACING = "placing"

# What a header can be about, by the words that say so; checked in this order (a header about
# the payment is about nothing else, a refund's completion is about the refund).
MEANINGS: dict[str, str] = {
    PAYMENT: (
        "pay paid payed payment payments pago pagado pagada pagos abonado pagamento paga оплата оплаты "
        "оплачен оплачено оплачена платеж платежа платёж paiement payé payée réglé płatność płatności "
        "zapłacono zapłata zapłaty opłacono opłacone zapłacone bezahlt zahlung"
    ),
    REFUND: (
        "refund refunded refunds reembolso reembolsado reembolsada estorno estornado возврат возврата "
        "возвращено remboursement remboursé remboursée zwrot zwrotu zwrócono erstattung erstattet"
    ),
    CONFIRMATION: (
        "finished finish completed complete completion received receipt confirmed confirmation end "
        "completado completada finalizado finalizada finalización recibido recibida confirmado confirmada "
        "confirmación concluído concluída conclusão recebido recebida confirmação завершен завершён "
        "завершено завершения получен получено получения подтвержден подтверждено подтверждения terminé "
        "terminée reçu reçue réception confirmé confirmée finalisé achevé zakończone zakończenia "
        "zakończono otrzymano otrzymane odbiór odbioru potwierdzono potwierdzone potwierdzenia "
        "zrealizowane abgeschlossen erhalten bestätigt"
    ),
    PLACING: (
        "created create creation ordered placed purchase purchased creado creada compra criado criada "
        "compra создан создано оформлен оформления покупки créé créée passée achat utworzono utworzenia "
        "złożono złożenia zakupu erstellt bestellt"
    ),
}

# The field a column about each meaning fills, by what its values are.
MEANING_FIELDS: dict[str, dict[str, str]] = {
    PAYMENT: {"date": "paid_date", "money": "order_total"},
    REFUND: {"date": "refund_date", "money": "refund"},
    CONFIRMATION: {"date": "confirmed_date"},
    PLACING: {"date": "order_date"},
}

# Fields a header about a meaning can never be, found inside it by a longer name ("Payment
# order time" is no order date, "Refund completed" no confirmation).
NOT_FOR: dict[str, frozenset[str]] = {
    PAYMENT: frozenset({"order_date", "confirmed_date", "refund", "refund_date", "status"}),
    REFUND: frozenset({"order_date", "paid_date", "confirmed_date", "status", "order_total"}),
    CONFIRMATION: frozenset({"order_date", "paid_date", "refund_date"}),
    PLACING: frozenset(),
}

# Words of a date or a time: with them, a header says it holds one even before values are seen.
DATE_WORDS = (
    "date time at on when day datetime timestamp fecha hora dia data hora дата время день date heure jour "
    "data czas dzien godzina datum zeit"
)

# Headers about another process than the order (tracking a parcel, shipping it): their dates and
# states are never the order's date or status, whatever they contain.
OTHER_PROCESS = (
    "tracking track shipment shipped shipping delivery delivered logistics carrier package parcel "
    "seguimiento rastreo envio rastreamento entrega отслеживание трек доставка посылка suivi colis "
    "livraison śledzenie przesyłka przesyłki dostawa sendungsverfolgung lieferung paket"
)

# Headers about links and pictures hold no field, whatever else they say ("Store Url").
NEVER_CONTAINED = (
    "url link links href image images img photo picture thumbnail info ссылка изображение фото "
    "enlace imagen imagem foto lien bild zdjecie obraz"
)

# Words too general to find inside a longer header ("Order Notes" is no order number).
ONLY_WHOLE = (
    "order pedido заказ commande zamowienie bestellung item product producto produto produit "
    "produkt name nombre nazwa created paid"
)
