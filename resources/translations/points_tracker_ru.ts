<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>ActivityPage</name>
        <message>
            <source>Activity</source>
            <translation>Активность</translation>
        </message>
        <message>
            <source>Search activity</source>
            <translation>Поиск по активности</translation>
        </message>
        <message>
            <source>&amp;Visited today</source>
            <translation>&amp;Зашёл сегодня</translation>
        </message>
        <message>
            <source>Record today's Member Center visit</source>
            <translation>Отметить сегодняшний визит в Центр участников</translation>
        </message>
        <message>
            <source>Visits &amp;calendar…</source>
            <translation>&amp;Календарь визитов…</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Добавить…</translation>
        </message>
        <message>
            <source>Club &amp;post…</source>
            <translation>&amp;Пост в Клубе…</translation>
        </message>
        <message>
            <source>Store &amp;follow…</source>
            <translation>&amp;Подписка на магазин…</translation>
        </message>
        <message>
            <source>&amp;Bonus or adjustment…</source>
            <translation>&amp;Бонус или корректировка…</translation>
        </message>
        <message>
            <source>Promotions</source>
            <translation>Акции</translation>
        </message>
        <message>
            <source>Add &amp;promotion…</source>
            <translation>Добавить &amp;акцию…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Edit promotion</source>
            <translation>Изменить акцию</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Удалить…</translation>
        </message>
        <message>
            <source>Delete promotion</source>
            <translation>Удалить акцию</translation>
        </message>
        <message>
            <source>Promotions (S9): orders placed in these days earn shopping points × the multiplier</source>
            <translation>Акции (S9): заказы, сделанные в эти дни, получают баллы за покупку × множитель</translation>
        </message>
        <message>
            <source>Cannot record the visit</source>
            <translation>Не удалось отметить визит</translation>
        </message>
        <message>
            <source>Delete promotion?</source>
            <translation>Удалить акцию?</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>Не удалось удалить</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Something went wrong</source>
            <translation>Что-то пошло не так</translation>
        </message>
        <message>
            <source>Points Tracker ran into a problem it did not expect:

{error}

Your records are safe. The details were written to {log}; please include them if you report this.</source>
            <translation>Points Tracker столкнулся с непредвиденной ошибкой:

{error}

Ваши записи в безопасности. Подробности записаны в {log}; приложите их, если будете сообщать о проблеме.</translation>
        </message>
        <message>
            <source>{app}: the data file is damaged</source>
            <translation>{app}: файл данных повреждён</translation>
        </message>
        <message>
            <source>{app} cannot start</source>
            <translation>{app} не может запуститься</translation>
        </message>
        <message>
            <source>You can keep your records in another file instead.</source>
            <translation>Можно хранить записи в другом файле.</translation>
        </message>
        <message>
            <source>&amp;Choose another file…</source>
            <translation>&amp;Выбрать другой файл…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>Choose a file for your records</source>
            <translation>Выберите файл для записей</translation>
        </message>
        <message>
            <source>Points Tracker databases (*.sqlite3 *.db);;All files (*)</source>
            <translation>Базы данных Points Tracker (*.sqlite3 *.db);;Все файлы (*)</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Back up to</source>
            <translation>Резервная копия в</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Восстановить из резервной копии</translation>
        </message>
        <message>
            <source>Backup not made</source>
            <translation>Резервная копия не создана</translation>
        </message>
        <message>
            <source>Backed up to {file}.</source>
            <translation>Резервная копия сохранена в {file}.</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>Не восстановлено</translation>
        </message>
        <message>
            <source>Replace everything in {file} with the backup {backup}?

Records added since that backup was made will be gone from the app, but the current file is kept as a copy first.</source>
            <translation>Заменить всё содержимое {file} резервной копией {backup}?

Записи, добавленные после создания этой копии, пропадут из приложения, но сначала будет сохранена копия текущего файла.</translation>
        </message>
        <message>
            <source>Restored {backup}. The file it replaced was kept as {previous}.</source>
            <translation>{backup} восстановлена. Заменённый файл сохранён как {previous}.</translation>
        </message>
        <message>
            <source>Restored {backup}.</source>
            <translation>{backup} восстановлена.</translation>
        </message>
    </context>
    <context>
        <name>ChartCanvas</name>
        <message>
            <source>{chart}: the numbers</source>
            <translation>{chart}: цифры</translation>
        </message>
        <message>
            <source>&amp;Save as image…</source>
            <translation>&amp;Сохранить как изображение…</translation>
        </message>
        <message>
            <source>Show the numbers as a &amp;table</source>
            <translation>Показать цифры &amp;таблицей</translation>
        </message>
        <message>
            <source>&amp;Copy the numbers</source>
            <translation>&amp;Копировать цифры</translation>
        </message>
        <message>
            <source>Copied the numbers of the chart “{chart}”.</source>
            <translation>Цифры диаграммы «{chart}» скопированы.</translation>
        </message>
        <message>
            <source>Save chart as image</source>
            <translation>Сохранить диаграмму как изображение</translation>
        </message>
        <message>
            <source>Chart not saved</source>
            <translation>Диаграмма не сохранена</translation>
        </message>
        <message>
            <source>{file} cannot be written: {reason}.</source>
            <translation>Не удаётся записать {file}: {reason}.</translation>
        </message>
        <message>
            <source>Saved the chart as {file}.</source>
            <translation>Диаграмма сохранена как {file}.</translation>
        </message>
    </context>
    <context>
        <name>ChartHover</name>
        <message>
            <source>1 point</source>
            <translation>1 балл</translation>
        </message>
        <message numerus="yes">
            <source>%Ln points</source>
            <translation>
                <numerusform>%Ln балл</numerusform>
                <numerusform>%Ln балла</numerusform>
                <numerusform>%Ln баллов</numerusform>
            </translation>
        </message>
        <message>
            <source>Checked {date}: {verdict}</source>
            <translation>Сверка {date}: {verdict}</translation>
        </message>
        <message>
            <source>Counted {date}: {points}</source>
            <translation>Подсчёт {date}: {points}</translation>
        </message>
        <message>
            <source>{tier} from {date}</source>
            <translation>{tier} с {date}</translation>
        </message>
        <message>
            <source>{date}, for the tier from {effective}</source>
            <translation>{date}, для уровня с {effective}</translation>
        </message>
        <message>
            <source>If you earn no more: {points}</source>
            <translation>Если больше не набирать: {points}</translation>
        </message>
        <message>
            <source>Plus pending orders: {points} ({tier})</source>
            <translation>Плюс ожидающие заказы: {points} ({tier})</translation>
        </message>
        <message>
            <source>With the plan: {points}</source>
            <translation>С планом: {points}</translation>
        </message>
        <message>
            <source>{tier} ends {date} → {lower}</source>
            <translation>{tier} заканчивается {date} → {lower}</translation>
        </message>
        <message>
            <source>Today: {points} in your window</source>
            <translation>Сегодня: {points} в вашем окне</translation>
        </message>
        <message>
            <source>{date}: {points} leave
{left} of today's {total} left</source>
            <translation>{date}: уходят {points}
остаётся {left} из сегодняшних {total}</translation>
        </message>
        <message>
            <source>1 order</source>
            <translation>1 заказ</translation>
        </message>
        <message numerus="yes">
            <source>%n orders</source>
            <translation>
                <numerusform>%n заказ</numerusform>
                <numerusform>%n заказа</numerusform>
                <numerusform>%n заказов</numerusform>
            </translation>
        </message>
        <message>
            <source>by {date}</source>
            <translation>до {date}</translation>
        </message>
        <message>
            <source>as soon as you can</source>
            <translation>как можно скорее</translation>
        </message>
        <message>
            <source>Spend {amount} {when}
{orders}, {points}, counted {date}
Keeps {tier} from {effective}</source>
            <translation>Потратьте {amount} {when}
{orders}, {points}, подсчёт {date}
Сохраняет уровень «{tier}» с {effective}</translation>
        </message>
    </context>
    <context>
        <name>ChartTable</name>
        <message>
            <source>Month end</source>
            <translation>Конец месяца</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Итого</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Баллы</translation>
        </message>
        <message>
            <source>Plus pending orders</source>
            <translation>Плюс ожидающие заказы</translation>
        </message>
        <message>
            <source>With the plan</source>
            <translation>С планом</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <source>counted</source>
            <translation>подсчитано</translation>
        </message>
        <message>
            <source>projected</source>
            <translation>прогноз</translation>
        </message>
        <message>
            <source>Points leaving</source>
            <translation>Уходящие баллы</translation>
        </message>
        <message>
            <source>Left of today's {points}</source>
            <translation>Остаток от сегодняшних {points}</translation>
        </message>
        <message>
            <source>Buy by</source>
            <translation>Купить до</translation>
        </message>
        <message>
            <source>Spend</source>
            <translation>Траты</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Заказы</translation>
        </message>
        <message>
            <source>Counted on</source>
            <translation>Подсчёт</translation>
        </message>
        <message>
            <source>{tier} from</source>
            <translation>{tier} с</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Месяц</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Orders</source>
            <translation>Заказы</translation>
        </message>
        <message>
            <source>Multi-category days</source>
            <translation>Дни с несколькими категориями</translation>
        </message>
        <message>
            <source>Purchase days</source>
            <translation>Дни покупок</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Отзывы</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Визиты</translation>
        </message>
        <message>
            <source>Club posts</source>
            <translation>Посты в Клубе</translation>
        </message>
        <message>
            <source>Store follows</source>
            <translation>Подписки на магазины</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>Бонус</translation>
        </message>
        <message>
            <source>Adjustments</source>
            <translation>Корректировки</translation>
        </message>
        <message numerus="yes">
            <source>%n-day window</source>
            <translation>
                <numerusform>окно %n день</numerusform>
                <numerusform>окно %n дня</numerusform>
                <numerusform>окно %n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n-month window</source>
            <translation>
                <numerusform>окно %n месяц</numerusform>
                <numerusform>окно %n месяца</numerusform>
                <numerusform>окно %n месяцев</numerusform>
            </translation>
        </message>
        <message>
            <source>Past</source>
            <translation>Прошлое</translation>
        </message>
        <message>
            <source>If you earn no more</source>
            <translation>Если больше не набирать</translation>
        </message>
        <message>
            <source>Plus pending orders</source>
            <translation>Плюс ожидающие заказы</translation>
        </message>
        <message>
            <source>With the plan</source>
            <translation>С планом</translation>
        </message>
        <message>
            <source>Tier from the {day}</source>
            <translation>Уровень с {day} числа</translation>
        </message>
        <message>
            <source>Checked: agrees with AliExpress</source>
            <translation>Сверено: совпадает с AliExpress</translation>
        </message>
        <message>
            <source>Checked: differs</source>
            <translation>Сверено: расходится</translation>
        </message>
        <message>
            <source>Unchecked since {date}</source>
            <translation>Не сверено с {date}</translation>
        </message>
        <message>
            <source>{tier} ends {date}</source>
            <translation>{tier} заканчивается {date}</translation>
        </message>
        <message>
            <source>With the plan: {tier} from {date}</source>
            <translation>С планом: {tier} с {date}</translation>
        </message>
        <message>
            <source>With the plan, your {tier} tier ends {date}</source>
            <translation>С планом ваш уровень «{tier}» заканчивается {date}</translation>
        </message>
        <message>
            <source>With the plan, your {tier} tier holds for the coming 12 months</source>
            <translation>С планом ваш уровень «{tier}» сохранится на ближайшие 12 месяцев</translation>
        </message>
        <message>
            <source>Your {tier} tier ends {date}</source>
            <translation>Ваш уровень «{tier}» заканчивается {date}</translation>
        </message>
        <message>
            <source>Your points and tier: {tier} now</source>
            <translation>Ваши баллы и уровень: сейчас {tier}</translation>
        </message>
        <message>
            <source>Your {tier} tier holds for the coming 12 months</source>
            <translation>Ваш уровень «{tier}» сохранится на ближайшие 12 месяцев</translation>
        </message>
        <message>
            <source>Points ({window})</source>
            <translation>Баллы ({window})</translation>
        </message>
        <message>
            <source>Without the plan, </source>
            <translation>Без плана: </translation>
        </message>
        <message>
            <source>Leaving at the month-end</source>
            <translation>Уходят в конце месяца</translation>
        </message>
        <message>
            <source>Left of today's {points}</source>
            <translation>Остаток от сегодняшних {points}</translation>
        </message>
        <message>
            <source>When today's {points} points leave your window</source>
            <translation>Когда сегодняшние {points} баллов уйдут из окна</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Баллы</translation>
        </message>
        <message>
            <source>{tier} needs {points}</source>
            <translation>Для уровня «{tier}» нужно {points}</translation>
        </message>
        <message>
            <source>No points in these months:
record orders, reviews or visits and they show here</source>
            <translation>В эти месяцы баллов нет:
запишите заказы, отзывы или визиты, и они появятся здесь</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <source>No points in your window yet:
the points of orders, reviews and visits you record show here</source>
            <translation>В окне пока нет баллов:
здесь появятся баллы за заказы, отзывы и визиты, которые вы запишете</translation>
        </message>
        <message>
            <source>Reach {tier}: nothing to buy in the coming 12 months</source>
            <translation>Достичь уровня «{tier}»: в ближайшие 12 месяцев ничего покупать не нужно</translation>
        </message>
        <message>
            <source>Keep {tier}: nothing to buy in the coming 12 months</source>
            <translation>Сохранить уровень «{tier}»: в ближайшие 12 месяцев ничего покупать не нужно</translation>
        </message>
        <message>
            <source>by {date}</source>
            <translation>до {date}</translation>
        </message>
        <message>
            <source>now</source>
            <translation>сейчас</translation>
        </message>
        <message>
            <source>today</source>
            <translation>сегодня</translation>
        </message>
        <message>
            <source>Reach {tier}: spend {amount} {when}</source>
            <translation>Достичь уровня «{tier}»: потратьте {amount} {when}</translation>
        </message>
        <message>
            <source>Keep {tier}: spend {amount} {when}</source>
            <translation>Сохранить уровень «{tier}»: потратьте {amount} {when}</translation>
        </message>
        <message>
            <source>, {amount} in all</source>
            <translation>, всего {amount}</translation>
        </message>
        <message>
            <source>Spend by the date shown</source>
            <translation>Потратить до указанной даты</translation>
        </message>
        <message>
            <source>Spend</source>
            <translation>Траты</translation>
        </message>
        <message>
            <source>Spend by the bar's date</source>
            <translation>Потратить до даты столбца</translation>
        </message>
        <message>
            <source>{tier} holds without buying anything</source>
            <translation>{tier} сохраняется без покупок</translation>
        </message>
        <message>
            <source>Where your points come from, month by month</source>
            <translation>Откуда берутся ваши баллы, по месяцам</translation>
        </message>
        <message>
            <source>Points credited</source>
            <translation>Начисленные баллы</translation>
        </message>
        <message>
            <source>Tier timeline</source>
            <translation>Уровень во времени</translation>
        </message>
        <message>
            <source>Points leaving</source>
            <translation>Уходящие баллы</translation>
        </message>
        <message>
            <source>What to buy</source>
            <translation>Что купить</translation>
        </message>
        <message>
            <source>Where points come from</source>
            <translation>Откуда баллы</translation>
        </message>
        <message>
            <source>Your points at every month end, past and coming, and when your tier ends</source>
            <translation>Ваши баллы на конец каждого месяца, прошлые и будущие, и когда заканчивается уровень</translation>
        </message>
        <message>
            <source>When today's points leave your 12-month window</source>
            <translation>Когда сегодняшние баллы уйдут из 12-месячного окна</translation>
        </message>
        <message>
            <source>What to buy by when to keep your tier, or reach another</source>
            <translation>Что и когда купить, чтобы сохранить уровень или достичь другого</translation>
        </message>
        <message>
            <source>Where your points came from, month by month</source>
            <translation>Откуда пришли ваши баллы, по месяцам</translation>
        </message>
    </context>
    <context>
        <name>ChartsHost</name>
        <message>
            <source>Drawing your charts…</source>
            <translation>Рисуем диаграммы…</translation>
        </message>
        <message>
            <source>No charts yet</source>
            <translation>Диаграмм пока нет</translation>
        </message>
        <message>
            <source>Your charts show how your points and tier move month by month. Add an order or import your AliExpress orders, and they appear here.</source>
            <translation>Диаграммы показывают, как ваши баллы и уровень меняются от месяца к месяцу. Добавьте заказ или импортируйте заказы с AliExpress, и они появятся здесь.</translation>
        </message>
        <message>
            <source>&amp;Add an order…</source>
            <translation>&amp;Добавить заказ…</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>&amp;Импортировать файл…</translation>
        </message>
    </context>
    <context>
        <name>ChartsPage</name>
        <message>
            <source>Tier &amp;timeline</source>
            <translation>&amp;Уровень во времени</translation>
        </message>
        <message>
            <source>Points &amp;leaving</source>
            <translation>&amp;Уходящие баллы</translation>
        </message>
        <message>
            <source>What to &amp;buy</source>
            <translation>Что &amp;купить</translation>
        </message>
        <message>
            <source>Point &amp;sources</source>
            <translation>&amp;Откуда баллы</translation>
        </message>
        <message>
            <source>&amp;Keep or reach</source>
            <translation>&amp;Сохранить или достичь</translation>
        </message>
        <message>
            <source>Tier to keep or reach</source>
            <translation>Уровень, который нужно сохранить или достичь</translation>
        </message>
        <message>
            <source>What &amp;if…</source>
            <translation>А &amp;что если…</translation>
        </message>
        <message>
            <source>Show or hide the what-if planner</source>
            <translation>Показать или скрыть планировщик «А что если…»</translation>
        </message>
        <message>
            <source>Ta&amp;ble</source>
            <translation>&amp;Таблица</translation>
        </message>
        <message>
            <source>Show the chart's numbers as a table</source>
            <translation>Показать цифры диаграммы таблицей</translation>
        </message>
        <message>
            <source>Sa&amp;ve…</source>
            <translation>Со&amp;хранить…</translation>
        </message>
        <message>
            <source>Save the chart as a PNG or SVG image</source>
            <translation>Сохранить диаграмму как изображение PNG или SVG</translation>
        </message>
        <message>
            <source>{tier} (now)</source>
            <translation>{tier} (сейчас)</translation>
        </message>
    </context>
    <context>
        <name>Check</name>
        <message>
            <source>Check against AliExpress: {source}, {month}</source>
            <translation>Сверка с AliExpress: {source}, {month}</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Заказы</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Отзывы</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Визиты</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Прочее</translation>
        </message>
        <message>
            <source>Accepted differences</source>
            <translation>Принятые расхождения</translation>
        </message>
        <message>
            <source>AliExpress credited {points} points on {date} for this order</source>
            <translation>AliExpress начислил за этот заказ {date} баллов: {points}</translation>
        </message>
        <message>
            <source>The Member Center cannot show the points of a day still to come</source>
            <translation>Центр участников не может показать баллы за день, который ещё не наступил</translation>
        </message>
        <message>
            <source>{tier} is not a tier of this rule set ({tiers})</source>
            <translation>{tier} — не уровень этого набора правил ({tiers})</translation>
        </message>
        <message>
            <source>Difference accepted after the check of {date}</source>
            <translation>Расхождение принято после сверки {date}</translation>
        </message>
        <message>
            <source>1 point</source>
            <translation>1 балл</translation>
        </message>
        <message numerus="yes">
            <source>%Ln points</source>
            <translation>
                <numerusform>%Ln балл</numerusform>
                <numerusform>%Ln балла</numerusform>
                <numerusform>%Ln баллов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln missing</source>
            <translation>
                <numerusform>не хватает %Ln</numerusform>
                <numerusform>не хватает %Ln</numerusform>
                <numerusform>не хватает %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln too many</source>
            <translation>
                <numerusform>лишних %Ln</numerusform>
                <numerusform>лишних %Ln</numerusform>
                <numerusform>лишних %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>the same</source>
            <translation>совпадает</translation>
        </message>
        <message>
            <source>AliExpress: {aliexpress} · here: {here} · {difference}</source>
            <translation>AliExpress: {aliexpress} · здесь: {here} · {difference}</translation>
        </message>
        <message>
            <source>tier: AliExpress {aliexpress}, here {here}</source>
            <translation>уровень: AliExpress {aliexpress}, здесь {here}</translation>
        </message>
        <message>
            <source>The figures agree with AliExpress.</source>
            <translation>Цифры совпадают с AliExpress.</translation>
        </message>
        <message>
            <source>Difference accepted on {date}.</source>
            <translation>Расхождение принято {date}.</translation>
        </message>
        <message>
            <source>The figures after {date} are unchecked until you resolve the difference or accept it.</source>
            <translation>Цифры после {date} не сверены, пока вы не устраните расхождение или не примете его.</translation>
        </message>
        <message>
            <source>Not checked against AliExpress yet: compare with the points the Member Center shows.</source>
            <translation>Ещё не сверено с AliExpress: сравните с баллами, которые показывает Центр участников.</translation>
        </message>
        <message>
            <source>Unchecked since {date}: {verdict}.</source>
            <translation>Не сверено с {date}: {verdict}.</translation>
        </message>
        <message>
            <source>Checked against AliExpress on {date}: {verdict}, difference accepted.</source>
            <translation>Сверено с AliExpress {date}: {verdict}, расхождение принято.</translation>
        </message>
        <message>
            <source>Checked against AliExpress on {date}: {verdict}.</source>
            <translation>Сверено с AliExpress {date}: {verdict}.</translation>
        </message>
        <message>
            <source>of the purchase day {date}</source>
            <translation>дня покупки {date}</translation>
        </message>
        <message>
            <source>of {date}</source>
            <translation>от {date}</translation>
        </message>
        <message>
            <source>#{number} (no order number)</source>
            <translation>№ {number} (без номера заказа)</translation>
        </message>
        <message>
            <source>{month} · {source}: AliExpress {aliexpress} · here {here} · {difference}</source>
            <translation>{month} · {source}: AliExpress {aliexpress} · здесь {here} · {difference}</translation>
        </message>
        <message>
            <source>AliExpress credited {points} on {date} for an order that is not recorded here.</source>
            <translation>AliExpress начислил {points} {date} за заказ, которого здесь нет.</translation>
        </message>
        <message>
            <source>AliExpress credited {points} on {date} for order {order}, which is not confirmed here.</source>
            <translation>AliExpress начислил {points} {date} за заказ {order}, который здесь не подтверждён.</translation>
        </message>
        <message>
            <source>AliExpress credited {points} on {date} for order {order}, which is cancelled here.</source>
            <translation>AliExpress начислил {points} {date} за заказ {order}, который здесь отменён.</translation>
        </message>
        <message>
            <source>Order {order} counts here on {here_date}; AliExpress credited it on {date}.</source>
            <translation>Заказ {order} засчитан здесь {here_date}, а AliExpress начислил за него {date}.</translation>
        </message>
        <message>
            <source>Order {order} earns {points} here on {date}, but AliExpress credited nothing for it that month.</source>
            <translation>Заказ {order} приносит здесь {points} {date}, но AliExpress в том месяце ничего за него не начислил.</translation>
        </message>
        <message>
            <source>AliExpress took back {points} on {date}: a refund of order {order} not recorded here.</source>
            <translation>AliExpress списал {points} {date}: возврат по заказу {order}, который здесь не записан.</translation>
        </message>
        <message>
            <source>The refund of order {order} counts here on {here_date}; AliExpress took the points back on {date}.</source>
            <translation>Возврат по заказу {order} учтён здесь {here_date}, а AliExpress списал баллы {date}.</translation>
        </message>
        <message>
            <source>A refund of order {order} takes {points} back here on {date}; AliExpress did not take them back.</source>
            <translation>Возврат по заказу {order} списывает здесь {points} {date}; AliExpress их не списал.</translation>
        </message>
        <message>
            <source>AliExpress credited {points} for reviews that are not recorded here.</source>
            <translation>AliExpress начислил {points} за отзывы, которых здесь нет.</translation>
        </message>
        <message>
            <source>AliExpress did not credit {points} for reviews recorded here (an item under US$2, or a review it refused).</source>
            <translation>AliExpress не начислил {points} за отзывы, записанные здесь (товар дешевле 2 US$ или отклонённый отзыв).</translation>
        </message>
        <message>
            <source>AliExpress credited {points} for Member Center visits that are not recorded here.</source>
            <translation>AliExpress начислил {points} за визиты в Центр участников, которых здесь нет.</translation>
        </message>
        <message>
            <source>AliExpress did not credit {points} for visits recorded here: days past its monthly cap, or visits it did not count.</source>
            <translation>AliExpress не начислил {points} за визиты, записанные здесь: дни сверх месячного лимита или визиты, которые он не засчитал.</translation>
        </message>
        <message>
            <source>AliExpress lists {points} on {date} that is not recorded here: “{description}”.</source>
            <translation>AliExpress указывает {points} {date}, которых здесь нет: «{description}».</translation>
        </message>
        <message>
            <source>{points} recorded here on {date} that AliExpress does not list.</source>
            <translation>{points} записаны здесь {date}, но AliExpress их не указывает.</translation>
        </message>
        <message>
            <source>An adjustment of {points} on {date} made by an earlier check no longer fits.</source>
            <translation>Корректировка на {points} от {date}, сделанная при прошлой сверке, больше не подходит.</translation>
        </message>
        <message>
            <source>A bonus of {points} on {date} was imported from the points history by an earlier version and counts on top of the records it describes.</source>
            <translation>Бонус {points} от {date} был импортирован из истории баллов прежней версией и учитывается сверх записей, которые он описывает.</translation>
        </message>
        <message>
            <source>A difference you accepted: {points} on {date}.</source>
            <translation>Принятое вами расхождение: {points} {date}.</translation>
        </message>
        <message>
            <source>AliExpress took back {points} on {date} for a refund not recorded here.</source>
            <translation>AliExpress списал {points} {date} за возврат, который здесь не записан.</translation>
        </message>
        <message>
            <source>AliExpress lists {points} on {date} that is not recorded here: a promotion or game?</source>
            <translation>AliExpress указывает {points} {date}, которых здесь нет: акция или игра?</translation>
        </message>
        <message>
            <source>Add the order…</source>
            <translation>Добавить заказ…</translation>
        </message>
        <message>
            <source>Mark it confirmed on {date}</source>
            <translation>Отметить подтверждённым {date}</translation>
        </message>
        <message>
            <source>Record the refund on {date}</source>
            <translation>Записать возврат {date}</translation>
        </message>
        <message>
            <source>Record an adjustment of {points}</source>
            <translation>Записать корректировку {points}</translation>
        </message>
        <message>
            <source>Add it as a bonus</source>
            <translation>Добавить как бонус</translation>
        </message>
        <message>
            <source>Add it as an adjustment</source>
            <translation>Добавить как корректировку</translation>
        </message>
        <message>
            <source>Add the review</source>
            <translation>Добавить отзыв</translation>
        </message>
        <message numerus="yes">
            <source>Add %n reviews</source>
            <translation>
                <numerusform>Добавить %n отзыв</numerusform>
                <numerusform>Добавить %n отзыва</numerusform>
                <numerusform>Добавить %n отзывов</numerusform>
            </translation>
        </message>
        <message>
            <source>Add the visit</source>
            <translation>Добавить визит</translation>
        </message>
        <message numerus="yes">
            <source>Add %n visits</source>
            <translation>
                <numerusform>Добавить %n визит</numerusform>
                <numerusform>Добавить %n визита</numerusform>
                <numerusform>Добавить %n визитов</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the bonus</source>
            <translation>Удалить бонус</translation>
        </message>
        <message>
            <source>Remove the adjustment</source>
            <translation>Удалить корректировку</translation>
        </message>
        <message>
            <source>AliExpress showed no points before 2010: check the date</source>
            <translation>До 2010 года AliExpress не показывал баллы: проверьте дату</translation>
        </message>
        <message>
            <source>The points cannot be negative</source>
            <translation>Баллы не могут быть отрицательными</translation>
        </message>
        <message>
            <source>No shopper has that many points: check the figure</source>
            <translation>Ни у кого нет столько баллов: проверьте число</translation>
        </message>
        <message>
            <source>This check no longer exists (id {check_id}); it may have been deleted.</source>
            <translation>Этой сверки больше нет (id {check_id}); возможно, её удалили.</translation>
        </message>
        <message>
            <source>This adjustment no longer exists (id {entry_id}).</source>
            <translation>Этой корректировки больше нет (id {entry_id}).</translation>
        </message>
    </context>
    <context>
        <name>CheckDialog</name>
        <message>
            <source>Check against AliExpress</source>
            <translation>Сверка с AliExpress</translation>
        </message>
        <message>
            <source>Where the difference comes from</source>
            <translation>Откуда расхождение</translation>
        </message>
        <message>
            <source>Import the points history the Member Center lists (date, points, description) to compare it month by month with your records. Its rows are kept apart: they add no points of their own.</source>
            <translation>Импортируйте историю баллов из Центра участников (дата, баллы, описание), чтобы сравнить её по месяцам с вашими записями. Её строки хранятся отдельно и сами баллов не добавляют.</translation>
        </message>
        <message>
            <source>&amp;Import the points history…</source>
            <translation>&amp;Импортировать историю баллов…</translation>
        </message>
        <message>
            <source>Your checks</source>
            <translation>Ваши сверки</translation>
        </message>
        <message>
            <source>Open AliExpress ▸ Account ▸ Member Center and type the points (and the tier) it shows. Each check is kept with its date.</source>
            <translation>Откройте AliExpress ▸ Аккаунт ▸ Центр участников и введите баллы (и уровень), которые там указаны. Каждая сверка сохраняется с датой.</translation>
        </message>
        <message>
            <source>Points the Member Center shows</source>
            <translation>Баллы в Центре участников</translation>
        </message>
        <message>
            <source>Tier the Member Center shows</source>
            <translation>Уровень в Центре участников</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>не указан</translation>
        </message>
        <message>
            <source>Day the Member Center showed them</source>
            <translation>День, когда Центр участников их показывал</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>&amp;Сверить</translation>
        </message>
        <message>
            <source>&amp;Points:</source>
            <translation>&amp;Баллы:</translation>
        </message>
        <message>
            <source>&amp;Tier:</source>
            <translation>&amp;Уровень:</translation>
        </message>
        <message>
            <source>&amp;On:</source>
            <translation>&amp;Дата:</translation>
        </message>
        <message>
            <source>Last check</source>
            <translation>Последняя сверка</translation>
        </message>
        <message>
            <source>Result of the check</source>
            <translation>Результат сверки</translation>
        </message>
        <message>
            <source>&amp;Accept the difference…</source>
            <translation>&amp;Принять расхождение…</translation>
        </message>
        <message>
            <source>Record the difference as an adjustment dated the check's day, with a note</source>
            <translation>Записать расхождение как корректировку с датой сверки и примечанием</translation>
        </message>
        <message>
            <source>&amp;Delete this check</source>
            <translation>Удалить эту с&amp;верку</translation>
        </message>
        <message>
            <source>Not checked yet</source>
            <translation>Ещё не сверено</translation>
        </message>
        <message>
            <source>Type the points above and choose Check to see whether the figures agree.</source>
            <translation>Введите баллы выше и нажмите «Сверить», чтобы узнать, совпадают ли цифры.</translation>
        </message>
        <message>
            <source>Check of {date}</source>
            <translation>Сверка {date}</translation>
        </message>
        <message>
            <source>&amp;Undo {what}</source>
            <translation>&amp;Отменить: {what}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <source>Type the points the Member Center shows, e.g. 1204</source>
            <translation>Введите баллы, которые показывает Центр участников, например 1204</translation>
        </message>
        <message>
            <source>The check was not kept</source>
            <translation>Сверка не сохранена</translation>
        </message>
        <message>
            <source>Check kept.</source>
            <translation>Сверка сохранена.</translation>
        </message>
        <message>
            <source>Accept the difference</source>
            <translation>Принять расхождение</translation>
        </message>
        <message>
            <source>Difference accepted: an adjustment of {points} on {date}.</source>
            <translation>Расхождение принято: корректировка {points} от {date}.</translation>
        </message>
        <message>
            <source>An adjustment of {points} dated {date} will make the figures agree. Why is the difference all right? (kept as its note)</source>
            <translation>Корректировка {points} от {date} сведёт цифры. Почему расхождение допустимо? (сохранится как примечание)</translation>
        </message>
        <message>
            <source>Delete check</source>
            <translation>Удалить сверку</translation>
        </message>
        <message>
            <source>Check of {date} deleted.</source>
            <translation>Сверка {date} удалена.</translation>
        </message>
        <message>
            <source>Done: {fix}. Undo takes it back.</source>
            <translation>Готово: {fix}. «Отменить» всё вернёт.</translation>
        </message>
        <message>
            <source>agrees</source>
            <translation>совпадает</translation>
        </message>
        <message>
            <source>differs</source>
            <translation>расходится</translation>
        </message>
        <message>
            <source>difference accepted</source>
            <translation>расхождение принято</translation>
        </message>
        <message>
            <source>{date} · {verdict} · {state}</source>
            <translation>{date} · {verdict} · {state}</translation>
        </message>
        <message>
            <source>Every month agrees with AliExpress's history.</source>
            <translation>Все месяцы совпадают с историей AliExpress.</translation>
        </message>
        <message>
            <source>1 row</source>
            <translation>1 строка</translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows</source>
            <translation>
                <numerusform>%Ln строка</numerusform>
                <numerusform>%Ln строки</numerusform>
                <numerusform>%Ln строк</numerusform>
            </translation>
        </message>
        <message>
            <source>Points history from {first} to {last} ({rows}):</source>
            <translation>История баллов с {first} по {last} ({rows}):</translation>
        </message>
    </context>
    <context>
        <name>CheckLine</name>
        <message>
            <source>&amp;Check…</source>
            <translation>&amp;Сверить…</translation>
        </message>
        <message>
            <source>&amp;Resolve…</source>
            <translation>&amp;Разобраться…</translation>
        </message>
        <message>
            <source>&amp;Check again…</source>
            <translation>&amp;Сверить снова…</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Предупреждение</translation>
        </message>
        <message>
            <source>Compare with the points the Member Center shows</source>
            <translation>Сравните с баллами в Центре участников</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>The rules that gave the points (point at a code for its meaning; Help ▸ How points work has them all)</source>
            <translation>Правила, по которым начислены баллы (наведите на код, чтобы узнать, что он значит; все они описаны в Справка ▸ Как начисляются баллы)</translation>
        </message>
        <message>
            <source>When the points count: credited, expected on a date, estimated — or why there are none</source>
            <translation>Когда учитываются баллы: начислены, ожидаются к дате, оценены — или почему их нет</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Баллы</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Правило</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Начисление</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Визит</translation>
        </message>
        <message>
            <source>Club post</source>
            <translation>Пост в Клубе</translation>
        </message>
        <message>
            <source>Store follow</source>
            <translation>Подписка на магазин</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>Бонус</translation>
        </message>
        <message>
            <source>Adjustment</source>
            <translation>Корректировка</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Товар</translation>
        </message>
        <message>
            <source>Product id</source>
            <translation>ID товара</translation>
        </message>
        <message>
            <source>Order no.</source>
            <translation>№ заказа</translation>
        </message>
        <message>
            <source>Item price $</source>
            <translation>Цена товара, $</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>Акция</translation>
        </message>
        <message>
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <source>To</source>
            <translation>По</translation>
        </message>
        <message>
            <source>Multiplier</source>
            <translation>Множитель</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Ожидает</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Подтверждён</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменён</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Заказан</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Товары</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Магазин</translation>
        </message>
        <message>
            <source>Items $</source>
            <translation>Товары, $</translation>
        </message>
        <message>
            <source>Discount $</source>
            <translation>Скидка, $</translation>
        </message>
        <message>
            <source>Shipping $</source>
            <translation>Доставка, $</translation>
        </message>
        <message>
            <source>Refund $</source>
            <translation>Возврат, $</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Категории</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <source>— ignore —</source>
            <translation>— пропустить —</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>ожидает</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>подтверждён</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>отменён</translation>
        </message>
        <message>
            <source>Choose a field for each column you want; the rest are ignored. Beside each value: how it reads.</source>
            <translation>Выберите поле для каждого нужного столбца; остальные пропускаются. Рядом с каждым значением — как оно читается.</translation>
        </message>
        <message>
            <source>This is Points Tracker's own file: every column is read exactly as written, nothing to choose.</source>
            <translation>Это собственный файл Points Tracker: каждый столбец читается как есть, выбирать нечего.</translation>
        </message>
        <message>
            <source>Point: 1,234.56</source>
            <translation>Точка: 1,234.56</translation>
        </message>
        <message>
            <source>Comma: 1.234,56</source>
            <translation>Запятая: 1.234,56</translation>
        </message>
        <message>
            <source>Amounts are in cents (1234 = 12.34)</source>
            <translation>Суммы указаны в центах (1234 = 12.34)</translation>
        </message>
        <message>
            <source>Save as preset…</source>
            <translation>Сохранить как шаблон…</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Даты</translation>
        </message>
        <message>
            <source>Decimals</source>
            <translation>Десятичные</translation>
        </message>
        <message>
            <source>Plain amounts in</source>
            <translation>Суммы без валюты в</translation>
        </message>
        <message>
            <source>No status means</source>
            <translation>Без статуса означает</translation>
        </message>
        <message>
            <source>What is in each column?</source>
            <translation>Что в каждом столбце?</translation>
        </message>
        <message>
            <source>Field for column “{column}”</source>
            <translation>Поле для столбца «{column}»</translation>
        </message>
        <message>
            <source>Statuses the app does not know — what does each mean?</source>
            <translation>Статусы, которых приложение не знает: что означает каждый?</translation>
        </message>
        <message>
            <source>choose…</source>
            <translation>выбрать…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Left out&lt;/b&gt; — these columns are not imported. Nothing that changes points is taken from a column whose name does not say so: map one yourself if it holds what you want.</source>
            <translation>&lt;b&gt;Пропущены&lt;/b&gt; — эти столбцы не импортируются. Ничего, что меняет баллы, не берётся из столбца, название которого об этом не говорит: сопоставьте столбец сами, если в нём то, что нужно.</translation>
        </message>
        <message>
            <source>Use as {field}</source>
            <translation>Использовать как «{field}»</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more: choose their fields in the table above.</source>
            <translation>
                <numerusform>… и ещё %n: выберите его поле в таблице выше.</numerusform>
                <numerusform>… и ещё %n: выберите их поля в таблице выше.</numerusform>
                <numerusform>… и ещё %n: выберите их поля в таблице выше.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Currencies</name>
        <message>
            <source>“{text}” is not a date like 2022-03-02</source>
            <translation>«{text}» — не дата вида 2022-03-02</translation>
        </message>
        <message>
            <source>Orders paid in another currency count in US$ at the European Central Bank's reference rate of their date, shipped with the app{until}. Your rates win over them: for every date, or from a date on.</source>
            <translation>Заказы, оплаченные в другой валюте, считаются в US$ по справочному курсу Европейского центрального банка на их дату, встроенному в приложение{until}. Ваши курсы важнее: на все даты или начиная с даты.</translation>
        </message>
        <message>
            <source> (up to {date})</source>
            <translation> (по {date})</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <source>US$ for 1 unit</source>
            <translation>US$ за 1 единицу</translation>
        </message>
        <message>
            <source>From (blank: every date)</source>
            <translation>С даты (пусто: все даты)</translation>
        </message>
        <message>
            <source>Your exchange rates</source>
            <translation>Ваши курсы валют</translation>
        </message>
        <message>
            <source>&amp;Add rate</source>
            <translation>&amp;Добавить курс</translation>
        </message>
        <message>
            <source>Re&amp;move rate</source>
            <translation>&amp;Удалить курс</translation>
        </message>
        <message>
            <source>Type a three-letter currency code like EUR</source>
            <translation>Введите трёхбуквенный код валюты, например EUR</translation>
        </message>
        <message>
            <source>US$ needs no rate</source>
            <translation>Для US$ курс не нужен</translation>
        </message>
        <message>
            <source>Type the US$ that 1 {code} is worth, like 0.25</source>
            <translation>Введите, сколько US$ стоит 1 {code}, например 0.25</translation>
        </message>
        <message>
            <source>{code} has two rates from the same date</source>
            <translation>У {code} два курса с одной и той же даты</translation>
        </message>
        <message>
            <source>Row {row}: {problem}.</source>
            <translation>Строка {row}: {problem}.</translation>
        </message>
        <message>
            <source> (the ECB's rates stop on {date})</source>
            <translation> (курсы ЕЦБ заканчиваются {date})</translation>
        </message>
        <message>
            <source>Orders in {currency} without a rate yet: {count} ({amount}){since}.</source>
            <translation>Заказы в {currency} пока без курса: {count} ({amount}){since}.</translation>
        </message>
        <message>
            <source>your rate</source>
            <translation>ваш курс</translation>
        </message>
        <message>
            <source>your rate from {date}</source>
            <translation>ваш курс с {date}</translation>
        </message>
        <message>
            <source>the ECB's last rate shipped with the app, of {date}</source>
            <translation>последний курс ЕЦБ, встроенный в приложение, от {date}</translation>
        </message>
        <message>
            <source>the ECB reference rate of {date}</source>
            <translation>справочный курс ЕЦБ на {date}</translation>
        </message>
        <message>
            <source>Paid {amount}; the US$ amounts were converted before, at your rate.</source>
            <translation>Оплачено {amount}; суммы в US$ пересчитаны ранее по вашему курсу.</translation>
        </message>
        <message>
            <source>Paid {amount}. There is no exchange rate for {currency} on this date, so this order is not counted: set one in Settings ▸ Currencies.</source>
            <translation>Оплачено {amount}. Для {currency} на эту дату нет курса, поэтому заказ не учитывается: укажите курс в разделе Настройки ▸ Валюты.</translation>
        </message>
        <message>
            <source>Paid {amount}; estimated in US$ at 1 {currency} = {rate} US$ ({source}).</source>
            <translation>Оплачено {amount}; в US$ примерно, по курсу 1 {currency} = {rate} US$ ({source}).</translation>
        </message>
        <message>
            <source>no rate</source>
            <translation>нет курса</translation>
        </message>
        <message>
            <source>Change exchange rates</source>
            <translation>Изменить курсы валют</translation>
        </message>
        <message>
            <source>orders in {currency}: {count} ({amount})</source>
            <translation>заказы в {currency}: {count} ({amount})</translation>
        </message>
        <message>
            <source>Not counted, for want of an exchange rate for their dates: {orders}. Your tier and plan leave them out until you set one.</source>
            <translation>Не учтены, так как нет курса на их даты: {orders}. Ваш уровень и план не учитывают их, пока вы не укажете курс.</translation>
        </message>
        <message>
            <source>Set a rate for {currency}…</source>
            <translation>Указать курс {currency}…</translation>
        </message>
    </context>
    <context>
        <name>CurrenciesDialog</name>
        <message>
            <source>Currencies</source>
            <translation>Валюты</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>1 point</source>
            <translation>1 балл</translation>
        </message>
        <message numerus="yes">
            <source>%Ln points</source>
            <translation>
                <numerusform>%Ln балл</numerusform>
                <numerusform>%Ln балла</numerusform>
                <numerusform>%Ln баллов</numerusform>
            </translation>
        </message>
        <message>
            <source>Working out your points from all your records… Your tier and points appear here in a moment.</source>
            <translation>Подсчитываем ваши баллы по всем записям… Ваш уровень и баллы появятся здесь через мгновение.</translation>
        </message>
        <message>
            <source>You are looking at demo data: a made-up year of a shopper.</source>
            <translation>Вы смотрите демонстрационные данные: выдуманный год покупателя.</translation>
        </message>
        <message>
            <source>&amp;Remove demo data</source>
            <translation>&amp;Удалить демонстрационные данные</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>Скоро</translation>
        </message>
        <message>
            <source>Next recalculation</source>
            <translation>Следующий пересчёт</translation>
        </message>
        <message>
            <source>Next tier</source>
            <translation>Следующий уровень</translation>
        </message>
        <message>
            <source>Progress to the next tier</source>
            <translation>Прогресс до следующего уровня</translation>
        </message>
        <message>
            <source>Keep your tier</source>
            <translation>Сохраните уровень</translation>
        </message>
        <message>
            <source>Benefits</source>
            <translation>Привилегии</translation>
        </message>
        <message>
            <source>Points leaving your window</source>
            <translation>Баллы, уходящие из окна</translation>
        </message>
        <message>
            <source>Points leaving your window, by month</source>
            <translation>Баллы, уходящие из окна, по месяцам</translation>
        </message>
        <message>
            <source>The chosen rule set cannot be used, so the default one is shown. {problem}</source>
            <translation>Выбранный набор правил нельзя использовать, поэтому показан набор по умолчанию. {problem}</translation>
        </message>
        <message>
            <source>Your records stay on this computer, in {path}.</source>
            <translation>Ваши записи хранятся на этом компьютере, в {path}.</translation>
        </message>
        <message>
            <source>Your tier since {date}</source>
            <translation>Ваш уровень с {date}</translation>
        </message>
        <message>
            <source>The tier every member starts with</source>
            <translation>Уровень, с которого начинает каждый участник</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Внимание</translation>
        </message>
        <message>
            <source>Safe</source>
            <translation>Надёжно</translation>
        </message>
        <message>
            <source>point now</source>
            <translation>балл сейчас</translation>
        </message>
        <message>
            <source>points now</source>
            <translation>баллов сейчас</translation>
        </message>
        <message numerus="yes">
            <source>Points credited in your %n-day window up to today</source>
            <translation>
                <numerusform>Баллы, начисленные в окне за %n день до сегодня</numerusform>
                <numerusform>Баллы, начисленные в окне за %n дня до сегодня</numerusform>
                <numerusform>Баллы, начисленные в окне за %n дней до сегодня</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Points credited in your %n-month window up to today</source>
            <translation>
                <numerusform>Баллы, начисленные в окне за %n месяц до сегодня</numerusform>
                <numerusform>Баллы, начисленные в окне за %n месяца до сегодня</numerusform>
                <numerusform>Баллы, начисленные в окне за %n месяцев до сегодня</numerusform>
            </translation>
        </message>
        <message>
            <source>of which {points} expected from pending orders</source>
            <translation>из них {points} ожидается от заказов в ожидании</translation>
        </message>
        <message>
            <source>{tier} from {low} · {next} from {high} points</source>
            <translation>{tier} от {low} · {next} от {high} баллов</translation>
        </message>
        <message>
            <source>Keep {tier}</source>
            <translation>Сохранить уровень «{tier}»</translation>
        </message>
        <message>
            <source>{tier} benefits</source>
            <translation>Привилегии уровня «{tier}»</translation>
        </message>
        <message>
            <source>No special benefits.</source>
            <translation>Особых привилегий нет.</translation>
        </message>
        <message>
            <source>Dropping to {tier} on {date} ends all of these.</source>
            <translation>Понижение до уровня «{tier}» {date} лишит вас всего этого.</translation>
        </message>
        <message>
            <source>Dropping to {tier} on {date} costs you: {lost}.</source>
            <translation>Понижение до уровня «{tier}» {date} будет стоить вам: {lost}.</translation>
        </message>
        <message>
            <source>Points leaving: {months}.</source>
            <translation>Уходящие баллы: {months}.</translation>
        </message>
        <message>
            <source>Each point counts for a year; these leave your total in each coming month.</source>
            <translation>Каждый балл действует год; эти уходят из вашего итога в ближайшие месяцы.</translation>
        </message>
        <message numerus="yes">
            <source>At each month end the points earned %n months before drop out.</source>
            <translation>
                <numerusform>В конце каждого месяца уходят баллы, заработанные %n месяц назад.</numerusform>
                <numerusform>В конце каждого месяца уходят баллы, заработанные %n месяца назад.</numerusform>
                <numerusform>В конце каждого месяца уходят баллы, заработанные %n месяцев назад.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Demo data loaded: %n records.</source>
            <translation>
                <numerusform>Демонстрационные данные загружены: %n запись.</numerusform>
                <numerusform>Демонстрационные данные загружены: %n записи.</numerusform>
                <numerusform>Демонстрационные данные загружены: %n записей.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Demo data removed: %n records.</source>
            <translation>
                <numerusform>Демонстрационные данные удалены: %n запись.</numerusform>
                <numerusform>Демонстрационные данные удалены: %n записи.</numerusform>
                <numerusform>Демонстрационные данные удалены: %n записей.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>Choose from a calendar</source>
            <translation>Выбрать в календаре</translation>
        </message>
        <message>
            <source>Type a date like {example} or {iso}, or press Alt+Down for a calendar</source>
            <translation>Введите дату, например {example} или {iso}, или нажмите Alt+Вниз, чтобы открыть календарь</translation>
        </message>
        <message>
            <source>Enter a date</source>
            <translation>Введите дату</translation>
        </message>
        <message>
            <source>“{text}” is not a date: type it like {example} or {iso}</source>
            <translation>«{text}» — не дата: введите её, например, как {example} или {iso}</translation>
        </message>
        <message>
            <source>Choose {date} or later</source>
            <translation>Выберите {date} или позже</translation>
        </message>
        <message>
            <source>Choose {date} or earlier</source>
            <translation>Выберите {date} или раньше</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Clear {name}</source>
            <translation>Очистить: {name}</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Points Tracker databases (*.sqlite3);;All files (*)</source>
            <translation>Базы данных Points Tracker (*.sqlite3);;Все файлы (*)</translation>
        </message>
        <message>
            <source>What you bought</source>
            <translation>Что вы купили</translation>
        </message>
        <message>
            <source>refund date</source>
            <translation>дата возврата</translation>
        </message>
        <message>
            <source>Date unknown</source>
            <translation>Дата неизвестна</translation>
        </message>
        <message>
            <source>Edit visits calendar</source>
            <translation>Изменить календарь визитов</translation>
        </message>
        <message>
            <source>Orders and activity (*.csv *.tsv *.txt *.json *.xlsx);;All files (*)</source>
            <translation>Заказы и активность (*.csv *.tsv *.txt *.json *.xlsx);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Save as preset</source>
            <translation>Сохранить как шаблон</translation>
        </message>
        <message>
            <source>Name for these settings:</source>
            <translation>Название для этих настроек:</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>Проверяем каждую строку…</translation>
        </message>
        <message>
            <source>Cancelling leaves your records exactly as they were before.</source>
            <translation>При отмене ваши записи останутся точно такими же, как были.</translation>
        </message>
        <message>
            <source>{label} is chosen for “{value}” and “{value2}”: the first is used.</source>
            <translation>{label} выбрано для «{value}» и «{value2}»: используется первое.</translation>
        </message>
        <message>
            <source>Each month</source>
            <translation>Каждый месяц</translation>
        </message>
        <message>
            <source>Registration date</source>
            <translation>Дата регистрации</translation>
        </message>
        <message>
            <source>{file} (your file)</source>
            <translation>{file} (ваш файл)</translation>
        </message>
        <message>
            <source>That file cannot be used: {error}</source>
            <translation>Этот файл нельзя использовать: {error}</translation>
        </message>
    </context>
    <context>
        <name>Drafts</name>
        <message>
            <source>{text} is too long: at most {count} characters</source>
            <translation>{text}: слишком много символов, не больше {count}</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Магазин</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Product id</source>
            <translation>ID товара</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>{amount} cannot be negative</source>
            <translation>{amount}: значение не может быть отрицательным</translation>
        </message>
        <message>
            <source>{amount} is too large: at most {maximum}</source>
            <translation>{amount}: слишком много, не больше {maximum}</translation>
        </message>
        <message>
            <source>Order number is too long</source>
            <translation>Номер заказа слишком длинный</translation>
        </message>
        <message>
            <source>An order needs at least one item</source>
            <translation>В заказе должен быть хотя бы один товар</translation>
        </message>
        <message>
            <source>Quantity must be at least 1</source>
            <translation>Количество должно быть не меньше 1</translation>
        </message>
        <message>
            <source>Quantity is too large: at most 100,000</source>
            <translation>Слишком большое количество: не больше 100 000</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Цена</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Скидка</translation>
        </message>
        <message>
            <source>Shipping</source>
            <translation>Доставка</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Возврат</translation>
        </message>
        <message>
            <source>Amount paid</source>
            <translation>Оплаченная сумма</translation>
        </message>
        <message>
            <source>The items come to more than 100,000,000.00: check the prices</source>
            <translation>Товары стоят больше 100 000 000,00: проверьте цены</translation>
        </message>
        <message>
            <source>Refund cannot be more than the order total</source>
            <translation>Возврат не может превышать сумму заказа</translation>
        </message>
        <message>
            <source>A pending order has no confirmation date; mark it confirmed</source>
            <translation>У ожидающего заказа нет даты подтверждения; отметьте его подтверждённым</translation>
        </message>
        <message>
            <source>A cancelled order has no confirmation date</source>
            <translation>У отменённого заказа нет даты подтверждения</translation>
        </message>
        <message>
            <source>Confirmation date cannot be before the order date</source>
            <translation>Дата подтверждения не может быть раньше даты заказа</translation>
        </message>
        <message>
            <source>Expected confirmation cannot be before the order date</source>
            <translation>Ожидаемое подтверждение не может быть раньше даты заказа</translation>
        </message>
        <message>
            <source>Enter the refund amount, or clear the refund date</source>
            <translation>Укажите сумму возврата или очистите дату возврата</translation>
        </message>
        <message>
            <source>Refund date cannot be before the order date</source>
            <translation>Дата возврата не может быть раньше даты заказа</translation>
        </message>
        <message>
            <source>Currency must be a three-letter code like USD</source>
            <translation>Валюта — это трёхбуквенный код, например USD</translation>
        </message>
        <message>
            <source>An order in US$ has no amounts in another currency</source>
            <translation>У заказа в US$ нет сумм в другой валюте</translation>
        </message>
        <message>
            <source>Each item needs its price as paid</source>
            <translation>Для каждого товара нужна уплаченная цена</translation>
        </message>
        <message>
            <source>Item price</source>
            <translation>Цена товара</translation>
        </message>
        <message>
            <source>Points cannot be 0</source>
            <translation>Баллов не может быть 0</translation>
        </message>
        <message>
            <source>Points are too many: at most 10,000,000</source>
            <translation>Слишком много баллов: не больше 10 000 000</translation>
        </message>
        <message>
            <source>A bonus cannot be negative; use an adjustment</source>
            <translation>Бонус не может быть отрицательным; используйте корректировку</translation>
        </message>
        <message>
            <source>Multiplier must be a number like 2 or 1.5</source>
            <translation>Множитель должен быть числом, например 2 или 1,5</translation>
        </message>
        <message>
            <source>Multiplier must be at least 1: a promotion never lowers points</source>
            <translation>Множитель должен быть не меньше 1: акция никогда не уменьшает баллы</translation>
        </message>
        <message>
            <source>Multiplier is too large: at most 100</source>
            <translation>Слишком большой множитель: не больше 100</translation>
        </message>
        <message>
            <source>Multiplier has too many decimals: at most 4, like 1.25</source>
            <translation>У множителя слишком много знаков после запятой: не больше 4, например 1.25</translation>
        </message>
        <message>
            <source>End date cannot be before the start date</source>
            <translation>Дата окончания не может быть раньше даты начала</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <source>Track your member points</source>
            <translation>Следите за своими баллами участника</translation>
        </message>
        <message>
            <source>Record your AliExpress orders, reviews and daily Member Center visits. Points Tracker works out your tier, tells you when it lapses and what to spend to keep it.</source>
            <translation>Записывайте заказы на AliExpress, отзывы и ежедневные визиты в Центр участников. Points Tracker рассчитает ваш уровень, подскажет, когда он истечёт и сколько потратить, чтобы его сохранить.</translation>
        </message>
        <message>
            <source>&amp;Add your first order</source>
            <translation>&amp;Добавить первый заказ</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>&amp;Импортировать файл…</translation>
        </message>
        <message>
            <source>Try with &amp;demo data</source>
            <translation>Попробовать на &amp;демо-данных</translation>
        </message>
    </context>
    <context>
        <name>EntryForm</name>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Дата:</translation>
        </message>
        <message>
            <source>Bonus (games, tasks, coupons)</source>
            <translation>Бонус (игры, задания, купоны)</translation>
        </message>
        <message>
            <source>Adjustment (opening balance, correction)</source>
            <translation>Корректировка (начальный остаток, исправление)</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Тип:</translation>
        </message>
        <message>
            <source>An adjustment may be negative, to correct a total</source>
            <translation>Корректировка может быть отрицательной, чтобы исправить итог</translation>
        </message>
        <message>
            <source>&amp;Points:</source>
            <translation>&amp;Баллы:</translation>
        </message>
        <message>
            <source>Optional, e.g. Coin game, 11.11</source>
            <translation>Необязательно, например «Игра с монетами», 11.11</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Заметка:</translation>
        </message>
    </context>
    <context>
        <name>Exporting</name>
        <message>
            <source>Exported {orders}, {activity} and {promotions} to {folder}.</source>
            <translation>Экспортировано в {folder}: {orders}, {activity} и {promotions}.</translation>
        </message>
        <message>
            <source>1 order</source>
            <translation>1 заказ</translation>
        </message>
        <message numerus="yes">
            <source>%Ln orders</source>
            <translation>
                <numerusform>%Ln заказ</numerusform>
                <numerusform>%Ln заказа</numerusform>
                <numerusform>%Ln заказов</numerusform>
            </translation>
        </message>
        <message>
            <source>1 activity row</source>
            <translation>1 строка активности</translation>
        </message>
        <message numerus="yes">
            <source>%Ln activity rows</source>
            <translation>
                <numerusform>%Ln строка активности</numerusform>
                <numerusform>%Ln строки активности</numerusform>
                <numerusform>%Ln строк активности</numerusform>
            </translation>
        </message>
        <message>
            <source>1 promotion</source>
            <translation>1 акция</translation>
        </message>
        <message numerus="yes">
            <source>%Ln promotions</source>
            <translation>
                <numerusform>%Ln акция</numerusform>
                <numerusform>%Ln акции</numerusform>
                <numerusform>%Ln акций</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>AliExpress-Order-Export: orders</source>
            <translation>AliExpress-Order-Export: заказы</translation>
        </message>
        <message>
            <source>AliExpress-Order-Export: order lines</source>
            <translation>AliExpress-Order-Export: строки заказов</translation>
        </message>
        <message>
            <source>AliExpress-Order-Export workbook: Orders sheet</source>
            <translation>Книга AliExpress-Order-Export: лист Orders</translation>
        </message>
        <message>
            <source>AliExpress-Order-Export workbook: Order Lines sheet</source>
            <translation>Книга AliExpress-Order-Export: лист Order Lines</translation>
        </message>
        <message>
            <source>AliExpress data download</source>
            <translation>Выгрузка данных AliExpress</translation>
        </message>
        <message>
            <source>Type or paste a file's path, or choose one</source>
            <translation>Введите или вставьте путь к файлу либо выберите файл</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Файл для импорта</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Выбрать файл…</translation>
        </message>
        <message>
            <source>…or drop a CSV, JSON or Excel file anywhere on this window.</source>
            <translation>…или перетащите файл CSV, JSON или Excel в любое место этого окна.</translation>
        </message>
        <message>
            <source>A CSV, JSON or Excel file of your orders, refunds or activity: from AliExpress's own data download, My Purchases Collector, AliExpress-Order-Export, aliexpress-mcp, another order exporter, Points Tracker's export, or one you made yourself in a spreadsheet.</source>
            <translation>Файл CSV, JSON или Excel с вашими заказами, возвратами или активностью: из выгрузки данных AliExpress, из My Purchases Collector, AliExpress-Order-Export, aliexpress-mcp или другого экспортёра заказов, из экспорта Points Tracker или составленный вами в таблице.</translation>
        </message>
        <message>
            <source>Read it as</source>
            <translation>Читать как</translation>
        </message>
        <message>
            <source>Which file?</source>
            <translation>Какой файл?</translation>
        </message>
        <message>
            <source>Recognise it automatically</source>
            <translation>Определить автоматически</translation>
        </message>
        <message>
            <source>aliexpress-mcp: orders</source>
            <translation>aliexpress-mcp: заказы</translation>
        </message>
        <message>
            <source>aliexpress-mcp: order lines</source>
            <translation>aliexpress-mcp: позиции заказов</translation>
        </message>
        <message>
            <source>aliexpress-mcp: refunds</source>
            <translation>aliexpress-mcp: возвраты</translation>
        </message>
        <message>
            <source>aliexpress-order-downloader (no header row)</source>
            <translation>aliexpress-order-downloader (без строки заголовков)</translation>
        </message>
        <message>
            <source>aliexpress-order-exporter (first version)</source>
            <translation>aliexpress-order-exporter (первая версия)</translation>
        </message>
        <message>
            <source>Old order list scraper (semicolons)</source>
            <translation>Старый сборщик списка заказов (точка с запятой)</translation>
        </message>
        <message>
            <source>Old order details scraper</source>
            <translation>Старый сборщик деталей заказа</translation>
        </message>
    </context>
    <context>
        <name>FollowForm</name>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Дата:</translation>
        </message>
        <message>
            <source>The store you followed</source>
            <translation>Магазин, на который вы подписались</translation>
        </message>
        <message>
            <source>&amp;Store:</source>
            <translation>&amp;Магазин:</translation>
        </message>
    </context>
    <context>
        <name>FormatPage</name>
        <message>
            <source>Automatic</source>
            <translation>Автоматически</translation>
        </message>
        <message>
            <source>Comma ( , )</source>
            <translation>Запятая ( , )</translation>
        </message>
        <message>
            <source>Semicolon ( ; )</source>
            <translation>Точка с запятой ( ; )</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Табуляция</translation>
        </message>
        <message>
            <source>Bar ( | )</source>
            <translation>Черта ( | )</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>запятая</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>точка с запятой</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>табуляция</translation>
        </message>
        <message>
            <source>bar</source>
            <translation>черта</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Заказы</translation>
        </message>
        <message>
            <source>Activity (reviews, visits …)</source>
            <translation>Активность (отзывы, визиты…)</translation>
        </message>
        <message>
            <source>Points history</source>
            <translation>История баллов</translation>
        </message>
        <message>
            <source>Refunds of orders already recorded</source>
            <translation>Возвраты по уже записанным заказам</translation>
        </message>
        <message>
            <source>No header</source>
            <translation>Без заголовка</translation>
        </message>
        <message>
            <source>Text encoding</source>
            <translation>Кодировка текста</translation>
        </message>
        <message>
            <source>Separator</source>
            <translation>Разделитель</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Лист</translation>
        </message>
        <message>
            <source>The file holds</source>
            <translation>В файле</translation>
        </message>
        <message>
            <source>Column names on line</source>
            <translation>Названия столбцов в строке</translation>
        </message>
        <message>
            <source>Skip lines at the top</source>
            <translation>Пропустить строки в начале</translation>
        </message>
        <message>
            <source>Leave out rows at the end</source>
            <translation>Не брать строки в конце</translation>
        </message>
        <message>
            <source>How is it written?</source>
            <translation>Как он записан?</translation>
        </message>
        <message>
            <source>Excel workbook, sheet “{sheet}”</source>
            <translation>Книга Excel, лист «{sheet}»</translation>
        </message>
        <message>
            <source>JSON records, one row each</source>
            <translation>Записи JSON, по строке на каждую</translation>
        </message>
        <message>
            <source>{encoding} with a byte-order mark</source>
            <translation>{encoding} с меткой порядка байтов</translation>
        </message>
        <message>
            <source>{encoding}, {separator}-separated</source>
            <translation>{encoding}, разделитель: {separator}</translation>
        </message>
        <message>
            <source>(Excel's “sep=” line)</source>
            <translation>(строка Excel «sep=»)</translation>
        </message>
        <message>
            <source>column names from the records' keys</source>
            <translation>названия столбцов из ключей записей</translation>
        </message>
        <message>
            <source>column names on line {line}</source>
            <translation>названия столбцов в строке {line}</translation>
        </message>
        <message>
            <source>no header row</source>
            <translation>без строки заголовка</translation>
        </message>
        <message>
            <source>about 1 row</source>
            <translation>около 1 строки</translation>
        </message>
        <message numerus="yes">
            <source>about %Ln rows</source>
            <translation>
                <numerusform>около %Ln строки</numerusform>
                <numerusform>около %Ln строк</numerusform>
                <numerusform>около %Ln строк</numerusform>
            </translation>
        </message>
        <message>
            <source>Read as {how}; {header}; {rows}.</source>
            <translation>Прочитано как {how}; {header}; {rows}.</translation>
        </message>
        <message>
            <source>It is Points Tracker's own file: read exactly as written.</source>
            <translation>Это собственный файл Points Tracker: читается как есть.</translation>
        </message>
    </context>
    <context>
        <name>HowPointsWork</name>
        <message>
            <source>{n}st</source>
            <translation>{n}-го</translation>
        </message>
        <message>
            <source>{n}nd</source>
            <translation>{n}-го</translation>
        </message>
        <message>
            <source>{n}rd</source>
            <translation>{n}-го</translation>
        </message>
        <message>
            <source>{n}th</source>
            <translation>{n}-го</translation>
        </message>
        <message>
            <source>1 point</source>
            <translation>1 балл</translation>
        </message>
        <message numerus="yes">
            <source>%n points</source>
            <translation>
                <numerusform>%n балл</numerusform>
                <numerusform>%n балла</numerusform>
                <numerusform>%n баллов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your tier follows the points of the last %n days, every day.</source>
            <translation>
                <numerusform>Ваш уровень зависит от баллов за последний %n день, каждый день.</numerusform>
                <numerusform>Ваш уровень зависит от баллов за последние %n дня, каждый день.</numerusform>
                <numerusform>Ваш уровень зависит от баллов за последние %n дней, каждый день.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your tier is recalculated on the last day of every month from the points of the last %n calendar months, and takes effect on the {day} of the next month.</source>
            <translation>
                <numerusform>Уровень пересчитывается в последний день каждого месяца по баллам за последний %n календарный месяц и вступает в силу {day} числа следующего месяца.</numerusform>
                <numerusform>Уровень пересчитывается в последний день каждого месяца по баллам за последние %n календарных месяца и вступает в силу {day} числа следующего месяца.</numerusform>
                <numerusform>Уровень пересчитывается в последний день каждого месяца по баллам за последние %n календарных месяцев и вступает в силу {day} числа следующего месяца.</numerusform>
            </translation>
        </message>
        <message>
            <source>Orders: {points} per order of {minimum} or more, at most {cap} a day, when you confirm receipt.</source>
            <translation>Заказы: {points} за заказ от {minimum}, не больше {cap} в день, после подтверждения получения.</translation>
        </message>
        <message>
            <source>rounded down</source>
            <translation>с округлением вниз</translation>
        </message>
        <message>
            <source>rounded to the nearest dollar</source>
            <translation>с округлением до ближайшего доллара</translation>
        </message>
        <message>
            <source>Orders: {points} per US$1 of item prices after discounts ({rounding}; shipping never counts), when you confirm receipt. Orders under {minimum} earn nothing</source>
            <translation>Заказы: {points} за каждый 1 US$ цены товаров после скидок ({rounding}; доставка не учитывается), после подтверждения получения. Заказы дешевле {minimum} баллов не приносят</translation>
        </message>
        <message>
            <source>; at most {count} points an order</source>
            <translation>; не больше {count} баллов за заказ</translation>
        </message>
        <message>
            <source>; only the first {count} orders of a product count</source>
            <translation>; учитываются только первые {count} заказов одного товара</translation>
        </message>
        <message>
            <source>Refunds: a cancelled or fully refunded order earns nothing; a partial refund takes away its share of the points.</source>
            <translation>Возвраты: отменённый или полностью возвращённый заказ ничего не приносит; частичный возврат забирает свою долю баллов.</translation>
        </message>
        <message>
            <source>Refunds: a cancelled or fully refunded order earns nothing; a partly refunded order earns nothing either.</source>
            <translation>Возвраты: отменённый или полностью возвращённый заказ ничего не приносит; частично возвращённый заказ тоже ничего не приносит.</translation>
        </message>
        <message>
            <source>Several categories in a day: {points} per category on a day whose orders span {minimum} or more categories, at most {cap} a day.</source>
            <translation>Несколько категорий за день: {points} за категорию в день, когда заказы охватывают {minimum} или больше категорий, не больше {cap} в день.</translation>
        </message>
        <message>
            <source>Purchase days: {points} for every day you buy.</source>
            <translation>Дни покупок: {points} за каждый день с покупкой.</translation>
        </message>
        <message>
            <source>Reviews: {points} per review of an item of {minimum} or more (an unknown price counts).</source>
            <translation>Отзывы: {points} за отзыв о товаре от {minimum} (неизвестная цена засчитывается).</translation>
        </message>
        <message>
            <source>Reviews: {points} per review of an item of {minimum} or more.</source>
            <translation>Отзывы: {points} за отзыв о товаре от {minimum}.</translation>
        </message>
        <message>
            <source>Member Center visits: {points} per day you visit</source>
            <translation>Визиты в Центр участников: {points} за каждый день визита</translation>
        </message>
        <message>
            <source>{rule}, the first {cap} days of a month</source>
            <translation>{rule}, первые {cap} дней месяца</translation>
        </message>
        <message>
            <source>Club posts: {points} per post</source>
            <translation>Посты в Клубе: {points} за пост</translation>
        </message>
        <message>
            <source>{rule}, the first {cap} posts of a month</source>
            <translation>{rule}, первые {cap} постов месяца</translation>
        </message>
        <message>
            <source>Store follows: {points} per store you follow</source>
            <translation>Подписки на магазины: {points} за каждый магазин</translation>
        </message>
        <message>
            <source>{rule}, the first {cap} stores of a month</source>
            <translation>{rule}, первые {cap} магазинов месяца</translation>
        </message>
        <message>
            <source>Promotions you record (11.11 and the like) multiply the points of orders placed during them.</source>
            <translation>Акции, которые вы записываете (11.11 и подобные), умножают баллы заказов, сделанных во время них.</translation>
        </message>
        <message>
            <source>Tiers</source>
            <translation>Уровни</translation>
        </message>
        <message>
            <source>{low}–{high} points</source>
            <translation>{low}–{high} баллов</translation>
        </message>
        <message>
            <source>{low} or more points</source>
            <translation>{low} баллов и больше</translation>
        </message>
        <message>
            <source>Your tier</source>
            <translation>Ваш уровень</translation>
        </message>
        <message>
            <source>Earning points</source>
            <translation>Как получать баллы</translation>
        </message>
        <message>
            <source>Sources: {sources}</source>
            <translation>Источники: {sources}</translation>
        </message>
        <message>
            <source>File: {path}</source>
            <translation>Файл: {path}</translation>
        </message>
    </context>
    <context>
        <name>HowPointsWorkDialog</name>
        <message>
            <source>How points work</source>
            <translation>Как работают баллы</translation>
        </message>
    </context>
    <context>
        <name>ImageSizeDialog</name>
        <message>
            <source>Save chart as PNG</source>
            <translation>Сохранить диаграмму в PNG</translation>
        </message>
        <message>
            <source>As on &amp;screen ({width} × {height} pixels)</source>
            <translation>Как на &amp;экране ({width} × {height} пикселей)</translation>
        </message>
        <message>
            <source>&amp;Large, for a slide or a web page ({width} × {height} pixels)</source>
            <translation>&amp;Большой, для слайда или веб-страницы ({width} × {height} пикселей)</translation>
        </message>
        <message>
            <source>For &amp;printing on A4 or Letter paper ({width} × {height} pixels, 300 dpi)</source>
            <translation>Для &amp;печати на бумаге A4 или Letter ({width} × {height} пикселей, 300 dpi)</translation>
        </message>
        <message>
            <source>How large should the picture be?</source>
            <translation>Какого размера должна быть картинка?</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>1 row has a problem</source>
            <translation>В 1 строке есть проблема</translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows have problems</source>
            <translation>
                <numerusform>В %Ln строке есть проблемы</numerusform>
                <numerusform>В %Ln строках есть проблемы</numerusform>
                <numerusform>В %Ln строках есть проблемы</numerusform>
            </translation>
        </message>
        <message>
            <source>{rows}, so nothing was imported: a Points Tracker file is imported whole or not at all. Fix them and import the file again.</source>
            <translation>{rows}, поэтому ничего не импортировано: файл Points Tracker импортируется целиком или не импортируется вовсе. Исправьте их и импортируйте файл снова.</translation>
        </message>
        <message>
            <source>{rows}, so nothing was imported. Fix them (save the rejected rows as a CSV file, correct them and import that), or choose to skip rows with errors.</source>
            <translation>{rows}, поэтому ничего не импортировано. Исправьте их (сохраните отклонённые строки в CSV, исправьте и импортируйте этот файл) или выберите пропуск строк с ошибками.</translation>
        </message>
        <message>
            <source>Nothing to import: no row of the file could be read.</source>
            <translation>Импортировать нечего: ни одну строку файла не удалось прочитать.</translation>
        </message>
        <message>
            <source>year-month-day (2026-02-20, 2026/02/20)</source>
            <translation>год-месяц-день (2026-02-20, 2026/02/20)</translation>
        </message>
        <message>
            <source>day/month/year (07.03.2024, 7/3/2024, 07-03-2024)</source>
            <translation>день/месяц/год (07.03.2024, 7/3/2024, 07-03-2024)</translation>
        </message>
        <message>
            <source>month/day/year (3/7/2024 for March 7)</source>
            <translation>месяц/день/год (3/7/2024 — это 7 марта)</translation>
        </message>
        <message>
            <source>day, month name, year (10 Feb 2026, 24 nov, 2023, 7 de marzo de 2024, 7 марта 2024)</source>
            <translation>день, название месяца, год (10 Feb 2026, 24 nov, 2023, 7 de marzo de 2024, 7 марта 2024)</translation>
        </message>
        <message>
            <source>month name, day, year (Feb 10, 2026, February 10 2026)</source>
            <translation>название месяца, день, год (Feb 10, 2026, February 10 2026)</translation>
        </message>
        <message>
            <source>year, month and day run together (20260220)</source>
            <translation>год, месяц и день слитно (20260220)</translation>
        </message>
        <message>
            <source>January</source>
            <translation>январь</translation>
        </message>
        <message>
            <source>February</source>
            <translation>февраль</translation>
        </message>
        <message>
            <source>March</source>
            <translation>март</translation>
        </message>
        <message>
            <source>April</source>
            <translation>апрель</translation>
        </message>
        <message>
            <source>May</source>
            <translation>май</translation>
        </message>
        <message>
            <source>June</source>
            <translation>июнь</translation>
        </message>
        <message>
            <source>July</source>
            <translation>июль</translation>
        </message>
        <message>
            <source>August</source>
            <translation>август</translation>
        </message>
        <message>
            <source>September</source>
            <translation>сентябрь</translation>
        </message>
        <message>
            <source>October</source>
            <translation>октябрь</translation>
        </message>
        <message>
            <source>November</source>
            <translation>ноябрь</translation>
        </message>
        <message>
            <source>December</source>
            <translation>декабрь</translation>
        </message>
        <message>
            <source>Unknown date format “{value}”: write it like DD.MM.YYYY, MM/DD/YYYY, YYYY-MM-DD, D MMM YYYY or MMM D, YYYY (any separator), or as strftime such as %d.%m.%Y.</source>
            <translation>Неизвестный формат даты «{value}»: запишите его как DD.MM.YYYY, MM/DD/YYYY, YYYY-MM-DD, D MMM YYYY или MMM D, YYYY (с любым разделителем) либо в формате strftime, например %d.%m.%Y.</translation>
        </message>
        <message>
            <source>Unknown date format {value}; choose one of: {known}.</source>
            <translation>Неизвестный формат даты {value}; выберите один из: {known}.</translation>
        </message>
        <message>
            <source>“{text}” is too long to be a date.</source>
            <translation>«{text}» слишком длинное для даты.</translation>
        </message>
        <message>
            <source>“{text}” is not a date written as {description}.</source>
            <translation>«{text}» — не дата в формате {description}.</translation>
        </message>
        <message>
            <source>“{text}” in “{whole}” is not a month name.</source>
            <translation>«{text}» в «{whole}» — не название месяца.</translation>
        </message>
        <message>
            <source>“{text}” has the year {year}, which cannot be right.</source>
            <translation>В «{text}» год {year}, такого быть не может.</translation>
        </message>
        <message>
            <source>“{text}” is not a real date: there is no month {month}.</source>
            <translation>«{text}» — несуществующая дата: месяца {month} нет.</translation>
        </message>
        <message>
            <source>“{text}” is not a real date: {month} {year} has {last_day} days.</source>
            <translation>«{text}» — несуществующая дата: в месяце «{month} {year}» всего {last_day} дн.</translation>
        </message>
        <message>
            <source>This file is not an Excel workbook, so it has no sheet “{sheet}”.</source>
            <translation>Этот файл — не книга Excel, поэтому в нём нет листа «{sheet}».</translation>
        </message>
        <message>
            <source>This is a Points Tracker CSV (its first row is the app's own header), which is read exactly as written: import it without a preset or a column mapping.</source>
            <translation>Это CSV-файл Points Tracker (первая строка — заголовок приложения), он читается в точности как записан: импортируйте его без шаблона и без сопоставления столбцов.</translation>
        </message>
        <message>
            <source>This is not a Points Tracker CSV: its first row is not one of the app's own headers. Choose another preset, or map the columns yourself.</source>
            <translation>Это не CSV-файл Points Tracker: первая строка — не заголовок приложения. Выберите другой шаблон или сопоставьте столбцы сами.</translation>
        </message>
        <message>
            <source>The file has no rows below its header.</source>
            <translation>В файле нет строк под заголовком.</translation>
        </message>
        <message>
            <source>The file has no order date, so the payment date (“{column}”) stands in for it: AliExpress takes the payment when the order is placed, so it is the same day or close to it.</source>
            <translation>В файле нет даты заказа, поэтому вместо неё взята дата оплаты («{column}»): AliExpress списывает оплату при оформлении заказа, так что это тот же день или близкий к нему.</translation>
        </message>
        <message>
            <source>Each row is taken as money you got back for its order, on its date: leave out of the file any refund that was refused or is still open. An order's refund becomes the sum of its rows here.</source>
            <translation>Каждая строка считается деньгами, возвращёнными вам за её заказ в её дату: уберите из файла возвраты, в которых отказали или которые ещё не завершены. Возврат по заказу становится суммой его строк в этом файле.</translation>
        </message>
        <message>
            <source>These rows are kept as AliExpress's own history, to check your records against (Check against AliExpress). They add no points of their own, so nothing counts twice.</source>
            <translation>Эти строки сохраняются как собственная история AliExpress, чтобы сверять с ней ваши записи (Сверка с AliExpress). Сами они баллов не добавляют, поэтому ничего не учитывается дважды.</translation>
        </message>
        <message>
            <source>“{name}” is not a field of {kind} files; use one of: {known}.</source>
            <translation>«{name}» — не поле файлов типа {kind}; используйте одно из: {known}.</translation>
        </message>
        <message>
            <source>The file has no column “{column}” (for {label}).</source>
            <translation>В файле нет столбца «{column}» (для {label}).</translation>
        </message>
        <message>
            <source>{label} is taken from two columns: choose one.</source>
            <translation>{label} берётся из двух столбцов: выберите один.</translation>
        </message>
        <message>
            <source>Column “{header}” is mapped to {label}, which {kind} files do not use.</source>
            <translation>Столбец «{header}» сопоставлен с полем «{label}», которое файлы типа {kind} не используют.</translation>
        </message>
        <message>
            <source>No column is mapped to the order number.</source>
            <translation>Ни один столбец не сопоставлен с номером заказа.</translation>
        </message>
        <message>
            <source>No column is mapped to the refund date.</source>
            <translation>Ни один столбец не сопоставлен с датой возврата.</translation>
        </message>
        <message>
            <source>No column is mapped to the refund (or the price of the item refunded).</source>
            <translation>Ни один столбец не сопоставлен с возвратом (или с ценой возвращённого товара).</translation>
        </message>
        <message>
            <source>No column is mapped to the order date.</source>
            <translation>Ни один столбец не сопоставлен с датой заказа.</translation>
        </message>
        <message>
            <source>No column is mapped to an amount (unit price, line total or order total).</source>
            <translation>Ни один столбец не сопоставлен с суммой (цена за шт., итог строки или итог заказа).</translation>
        </message>
        <message>
            <source>The file has no status column: choose the status its orders get.</source>
            <translation>В файле нет столбца статуса: выберите статус для его заказов.</translation>
        </message>
        <message>
            <source>No column is mapped to the date.</source>
            <translation>Ни один столбец не сопоставлен с датой.</translation>
        </message>
        <message>
            <source>No column is mapped to the points.</source>
            <translation>Ни один столбец не сопоставлен с баллами.</translation>
        </message>
        <message>
            <source>The file has no kind column: choose what its rows are (reviews, visits …).</source>
            <translation>В файле нет столбца вида: выберите, что это за строки (отзывы, визиты…).</translation>
        </message>
        <message>
            <source>“{text}” is not a currency we know.</source>
            <translation>«{text}» — неизвестная валюта.</translation>
        </message>
        <message>
            <source>The decimal separator must be “.” or “,”, not {decimal}.</source>
            <translation>Десятичный разделитель — «.» или «,», а не {decimal}.</translation>
        </message>
        <message>
            <source>The order number is empty.</source>
            <translation>Номер заказа пустой.</translation>
        </message>
        <message>
            <source>The refund date is empty.</source>
            <translation>Дата возврата пустая.</translation>
        </message>
        <message>
            <source>The amount is empty.</source>
            <translation>Сумма пустая.</translation>
        </message>
        <message>
            <source>Order {order_no} is not recorded: import your orders first, then this file.</source>
            <translation>Заказ {order_no} не записан: сначала импортируйте свои заказы, затем этот файл.</translation>
        </message>
        <message>
            <source>The refund is in {currency}, but order {order_no} was paid in {paid}: give the refund in {paid}.</source>
            <translation>Возврат указан в {currency}, а заказ {order_no} оплачен в {paid}: укажите возврат в {paid}.</translation>
        </message>
        <message>
            <source>The refund is in {currency}, which has no exchange rate to US$ yet: set one, then import again.</source>
            <translation>Возврат в {currency}, для которой ещё нет курса к US$: укажите курс и импортируйте снова.</translation>
        </message>
        <message>
            <source>Order {order_no}: {problem}.</source>
            <translation>Заказ {order_no}: {problem}.</translation>
        </message>
        <message>
            <source>“{text}” is too long to be an amount.</source>
            <translation>«{text}» слишком длинное для суммы.</translation>
        </message>
        <message>
            <source>“{text}” has no number in it.</source>
            <translation>В «{text}» нет числа.</translation>
        </message>
        <message>
            <source>“{text}” does not read as one amount.</source>
            <translation>«{text}» не читается как одна сумма.</translation>
        </message>
        <message>
            <source>“{text}” names two currencies.</source>
            <translation>В «{text}» названы две валюты.</translation>
        </message>
        <message>
            <source>“{text}” is not an amount: {message}</source>
            <translation>«{text}» — не сумма: {message}</translation>
        </message>
        <message>
            <source>“{text}” has more than one sign.</source>
            <translation>В «{text}» больше одного знака.</translation>
        </message>
        <message>
            <source>“{text}” does not read as an amount with “{decimal}” for decimals.</source>
            <translation>«{text}» не читается как сумма с «{decimal}» в качестве десятичного разделителя.</translation>
        </message>
        <message>
            <source>“{text}” does not read as an amount with “{decimal}” for decimals (thousands come in groups of three digits).</source>
            <translation>«{text}» не читается как сумма с «{decimal}» в качестве десятичного разделителя (тысячи идут группами по три цифры).</translation>
        </message>
        <message>
            <source>“{text}” has more than two decimal places.</source>
            <translation>В «{text}» больше двух знаков после запятой.</translation>
        </message>
        <message>
            <source>“{text}” is too large to be a price.</source>
            <translation>«{text}» слишком велико для цены.</translation>
        </message>
        <message>
            <source>{value} is not a date like 2026-02-20</source>
            <translation>{value} — не дата вида 2026-02-20</translation>
        </message>
        <message>
            <source>{value} is not an amount like 12.34</source>
            <translation>{value} — не сумма вида 12.34</translation>
        </message>
        <message>
            <source>{text} is too large</source>
            <translation>{text} — слишком много</translation>
        </message>
        <message>
            <source>{value} is not an amount like 12.34 (two decimals at most)</source>
            <translation>{value} — не сумма вида 12.34 (не больше двух знаков после точки)</translation>
        </message>
        <message>
            <source>{value} is not a whole number of points</source>
            <translation>{value} — не целое число баллов</translation>
        </message>
        <message>
            <source>{value} is not a number like 2 or 1.5</source>
            <translation>{value} — не число вида 2 или 1.5</translation>
        </message>
        <message>
            <source>{text} is not a multiplier between 0 and 100</source>
            <translation>{text} — не множитель от 0 до 100</translation>
        </message>
        <message>
            <source>item {number}</source>
            <translation>товар {number}</translation>
        </message>
        <message>
            <source>{where} is not an object with {keys}</source>
            <translation>{where}: это не объект с полями {keys}</translation>
        </message>
        <message>
            <source>{where}: item, product_id and category are text</source>
            <translation>{where}: item, product_id и category должны быть текстом</translation>
        </message>
        <message>
            <source>{where}: quantity is a whole number and unit_price_usd an amount like "12.34"</source>
            <translation>{where}: quantity — целое число, а unit_price_usd — сумма вида "12.34"</translation>
        </message>
        <message>
            <source>is not a list of items as Points Tracker writes it (JSON, like [{example}])</source>
            <translation>не является списком товаров в том виде, как его записывает Points Tracker (JSON, например [{example}])</translation>
        </message>
        <message>
            <source>is not the amounts as paid as Points Tracker writes them (JSON with {keys})</source>
            <translation>это не суммы оплаты в том виде, как их записывает Points Tracker (JSON с полями {keys})</translation>
        </message>
        <message>
            <source>amounts as paid are written like "12.34"</source>
            <translation>суммы оплаты записываются как "12.34"</translation>
        </message>
        <message>
            <source>{value} is not a rate like 0.2512 from ecb or yours</source>
            <translation>{value} — не курс вида 0.2512 из ecb или yours</translation>
        </message>
        <message>
            <source>not UTF-8 text (byte {value})</source>
            <translation>не текст UTF-8 (байт {value})</translation>
        </message>
        <message>
            <source>row {line}: contains a NUL byte</source>
            <translation>строка {line}: содержит байт NUL</translation>
        </message>
        <message>
            <source>row {line_num}: {error}</source>
            <translation>строка {line_num}: {error}</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>файл пуст</translation>
        </message>
        <message>
            <source>row 1: not a Points Tracker header (expected {order_columns} or {activity_columns} or {promotion_columns})</source>
            <translation>строка 1: не заголовок Points Tracker (ожидается {order_columns}, или {activity_columns}, или {promotion_columns})</translation>
        </message>
        <message>
            <source>has {count} cells, the header has {width}</source>
            <translation>ячеек: {count}, а в заголовке: {width}</translation>
        </message>
        <message>
            <source>does not match the lines cell ({value}): change both, or clear the lines cell to import the order as one item</source>
            <translation>не совпадает с ячейкой lines ({value}): измените обе или очистите ячейку lines, чтобы импортировать заказ как один товар</translation>
        </message>
        <message>
            <source>status</source>
            <translation>статус</translation>
        </message>
        <message>
            <source>only review rows have one, not {kind}</source>
            <translation>это есть только у строк отзывов, не у {kind}</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>вид</translation>
        </message>
        <message>
            <source>points</source>
            <translation>баллы</translation>
        </message>
        <message>
            <source>“{raw}” is not a date like 2026-02-20.</source>
            <translation>«{raw}» — не дата вида 2026-02-20.</translation>
        </message>
        <message>
            <source>“{raw}” is not an amount like 12.34.</source>
            <translation>«{raw}» — не сумма вида 12.34.</translation>
        </message>
        <message>
            <source>no order {order_no} is recorded: import the orders file first</source>
            <translation>заказ {order_no} не записан: сначала импортируйте файл заказов</translation>
        </message>
        <message>
            <source>“{target}” is not something to import: use {choices}.</source>
            <translation>«{target}» нельзя импортировать: используйте {choices}.</translation>
        </message>
        <message>
            <source>“{encoding}” is not a text encoding: use one such as utf-8, cp1252 or utf-16.</source>
            <translation>«{encoding}» — не кодировка текста: используйте, например, utf-8, cp1252 или utf-16.</translation>
        </message>
        <message>
            <source>The decimal separator must be “.” or “,”, not “{decimal}”.</source>
            <translation>Десятичный разделитель — «.» или «,», а не «{decimal}».</translation>
        </message>
        <message>
            <source>“{default_status}” is not a status: use {choices}.</source>
            <translation>«{default_status}» — не статус: используйте {choices}.</translation>
        </message>
        <message>
            <source>“{activity_kind}” is not an activity: use {choices}.</source>
            <translation>«{activity_kind}» — не вид активности: используйте {choices}.</translation>
        </message>
        <message>
            <source>Duplicates can be skipped or updated, not “{on_duplicate}”.</source>
            <translation>Дубликаты можно пропускать или обновлять, но не «{on_duplicate}».</translation>
        </message>
        <message>
            <source>“{currency}” is not a currency code like USD or EUR.</source>
            <translation>«{currency}» — не код валюты вроде USD или EUR.</translation>
        </message>
        <message>
            <source>The header line cannot be negative.</source>
            <translation>Строка заголовка не может быть отрицательной.</translation>
        </message>
        <message>
            <source>No file has that many lines: give a smaller number.</source>
            <translation>Ни в одном файле нет столько строк: укажите число поменьше.</translation>
        </message>
        <message>
            <source>The saved import settings cannot be read: {error}.</source>
            <translation>Не удаётся прочитать сохранённые настройки импорта: {error}.</translation>
        </message>
        <message>
            <source>Give the preset a name.</source>
            <translation>Дайте шаблону название.</translation>
        </message>
        <message>
            <source>“{name}” is the name of a built-in preset: choose another.</source>
            <translation>«{name}» — название встроенного шаблона: выберите другое.</translation>
        </message>
        <message>
            <source>Map at least one column before saving a preset.</source>
            <translation>Сопоставьте хотя бы один столбец, прежде чем сохранять шаблон.</translation>
        </message>
        <message>
            <source>There is no preset “{name}”. Presets: {choices}.</source>
            <translation>Шаблона «{name}» нет. Шаблоны: {choices}.</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>ожидает</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>подтверждён</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>отменён</translation>
        </message>
        <message>
            <source>Day and month cannot be told apart: choose the date format.</source>
            <translation>Невозможно различить день и месяц: выберите формат даты.</translation>
        </message>
        <message>
            <source>Choose the decimal separator.</source>
            <translation>Выберите десятичный разделитель.</translation>
        </message>
        <message>
            <source>“{wording}” is not a status we know: map it.</source>
            <translation>«{wording}» — неизвестный статус: сопоставьте его.</translation>
        </message>
        <message>
            <source>The separator must be a single character, not {value}.</source>
            <translation>Разделитель должен быть одним символом, а не {value}.</translation>
        </message>
        <message>
            <source>The quote character {value} cannot be used here.</source>
            <translation>Кавычку {value} здесь использовать нельзя.</translation>
        </message>
        <message>
            <source>The number of lines to skip cannot be negative.</source>
            <translation>Число пропускаемых строк не может быть отрицательным.</translation>
        </message>
        <message>
            <source>Unknown separator {value}: use one character, or tab, comma, semicolon.</source>
            <translation>Неизвестный разделитель {value}: используйте один символ или tab, comma, semicolon.</translation>
        </message>
        <message>
            <source>Line {line} contains a NUL byte, which never belongs in a CSV file: the file is probably not text, or was read with the wrong encoding.</source>
            <translation>В строке {line} есть байт NUL, которого не бывает в CSV: вероятно, файл не текстовый или прочитан не в той кодировке.</translation>
        </message>
        <message>
            <source>Unknown text encoding {value}.</source>
            <translation>Неизвестная кодировка текста {value}.</translation>
        </message>
        <message>
            <source>Cannot tell which text encoding this file uses. Choose one: files saved by Excel on Windows are usually Windows-1252 (cp1252), or cp1250 / cp1251 for Polish / Russian.</source>
            <translation>Не удаётся определить кодировку файла. Выберите её: файлы, сохранённые Excel в Windows, обычно в Windows-1252 (cp1252) либо cp1250 / cp1251 для польского / русского.</translation>
        </message>
        <message>
            <source>Line {line} cannot be read as {name}{byte}: the file uses another encoding; choose a different one.</source>
            <translation>Строку {line} нельзя прочитать как {name}{byte}: в файле другая кодировка; выберите иную.</translation>
        </message>
        <message>
            <source>Line {start}: a cell opens a quote (") that is never closed, so everything after it would run together into one cell. Close the quote or remove it.</source>
            <translation>Строка {start}: в ячейке открывается кавычка ("), которая нигде не закрывается, и всё дальнейшее слилось бы в одну ячейку. Закройте кавычку или уберите её.</translation>
        </message>
        <message>
            <source>Line {start}: a cell is longer than {limit} characters; usually a quote that is never closed.</source>
            <translation>Строка {start}: ячейка длиннее {limit} символов; обычно это незакрытая кавычка.</translation>
        </message>
        <message>
            <source>Line {current}: a quote mark in the middle of a quoted cell. Inside a quoted cell a quote must be doubled ("").</source>
            <translation>Строка {current}: кавычка посреди ячейки в кавычках. Внутри ячейки в кавычках кавычку нужно удваивать ("").</translation>
        </message>
        <message>
            <source>Line {current}: the line cannot be read as CSV ({error}).</source>
            <translation>Строка {current}: строку нельзя прочитать как CSV ({error}).</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Файл пуст.</translation>
        </message>
        <message>
            <source>This is an old Excel workbook (.xls): save it as .xlsx or CSV first.</source>
            <translation>Это старая книга Excel (.xls): сначала сохраните её как .xlsx или CSV.</translation>
        </message>
        <message>
            <source>The workbook</source>
            <translation>Книга</translation>
        </message>
        <message>
            <source>This file looks like a zip archive but cannot be read as an Excel workbook (.xlsx): {reason}. Open it in a spreadsheet program and save it as .xlsx or CSV.</source>
            <translation>Файл похож на zip-архив, но не читается как книга Excel (.xlsx): {reason}. Откройте его в табличном редакторе и сохраните как .xlsx или CSV.</translation>
        </message>
        <message>
            <source>{file} holds {count} files inside; a workbook has a few dozen, and at most {limit} are read.</source>
            <translation>Внутри {file} {count} файлов; в книге их несколько десятков, и читается не больше {limit}.</translation>
        </message>
        <message>
            <source>{file} unpacks to {size}, more than the {limit} a workbook may unpack to. Save the sheet you need as CSV and import that.</source>
            <translation>{file} в распакованном виде занимает {size} — больше {limit}, допустимых для книги. Сохраните нужный лист как CSV и импортируйте его.</translation>
        </message>
        <message>
            <source>{file} is not a workbook a spreadsheet program wrote: its part {part} unpacks {ratio} times its size (at most {limit} times is accepted). It may be made to exhaust memory; it was not opened.</source>
            <translation>{file} — не книга, записанная табличной программой: её часть {part} распаковывается в {ratio} раз больше своего размера (допускается не больше чем в {limit} раз). Такой файл может быть сделан, чтобы исчерпать память; он не открыт.</translation>
        </message>
        <message>
            <source>The sheet “{sheet}” of {file} holds more than {limit} of text, more than any list of orders: it was not imported.</source>
            <translation>Лист «{sheet}» в {file} содержит больше {limit} текста — больше любого списка заказов: он не импортирован.</translation>
        </message>
        <message>
            <source>This spreadsheet is not an Excel workbook: save it as .xlsx or CSV first.</source>
            <translation>Эта таблица — не книга Excel: сначала сохраните её как .xlsx или CSV.</translation>
        </message>
        <message>
            <source>The workbook has no sheets.</source>
            <translation>В книге нет листов.</translation>
        </message>
        <message>
            <source>The workbook has no sheet “{sheet}”; its sheets are: {choices}.</source>
            <translation>В книге нет листа «{sheet}»; её листы: {choices}.</translation>
        </message>
        <message>
            <source>The sheet “{sheet}” cannot be read ({reason}); save the workbook again from your spreadsheet program.</source>
            <translation>Лист «{sheet}» не читается ({reason}); сохраните книгу заново в табличном редакторе.</translation>
        </message>
        <message>
            <source>The file has no rows to import.</source>
            <translation>В файле нет строк для импорта.</translation>
        </message>
        <message>
            <source>Line {header_line} is blank or not in the first rows: it cannot be the header.</source>
            <translation>Строка {header_line} пустая или не среди первых строк: она не может быть заголовком.</translation>
        </message>
        <message>
            <source>“{status}” (for “{wording}”) is not a status: use pending, confirmed or cancelled.</source>
            <translation>«{status}» (для «{wording}») — не статус: используйте pending, confirmed или cancelled.</translation>
        </message>
        <message>
            <source>“{text}” is not a quantity like 1 or 2.</source>
            <translation>«{text}» — не количество вроде 1 или 2.</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number of points.</source>
            <translation>«{text}» — не целое число баллов.</translation>
        </message>
        <message>
            <source>“{text}” stands for more than one currency: write its code, such as JPY or CNY.</source>
            <translation>«{text}» обозначает несколько валют: напишите её код, например JPY или CNY.</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number of cents.</source>
            <translation>«{text}» — не целое число центов.</translation>
        </message>
        <message>
            <source>“{text}” is not a kind of activity: use review, visit, post, follow, bonus or adjustment.</source>
            <translation>«{text}» — не вид активности: используйте review, visit, post, follow, bonus или adjustment.</translation>
        </message>
        <message>
            <source>The row has {count} cells but the header only {width}.</source>
            <translation>В строке {count} ячеек, а в заголовке только {width}.</translation>
        </message>
        <message>
            <source>The date is empty.</source>
            <translation>Дата пустая.</translation>
        </message>
        <message>
            <source>The kind is empty: write review, visit, post, follow, bonus or adjustment.</source>
            <translation>Вид пустой: напишите review, visit, post, follow, bonus или adjustment.</translation>
        </message>
        <message>
            <source>The points are empty.</source>
            <translation>Баллы пустые.</translation>
        </message>
        <message>
            <source>Order {key}: “{here}” here but “{there}” on row {row}; the rows of one order must agree.</source>
            <translation>Заказ {key}: здесь «{here}», а в строке {row} — «{there}»; строки одного заказа должны совпадать.</translation>
        </message>
        <message>
            <source>Order {key} is not imported: see row {row}.</source>
            <translation>Заказ {key} не импортирован: см. строку {row}.</translation>
        </message>
        <message>
            <source>The dates in “{column}” (such as {examples}) can be read day-first or month-first. Choose the date format: {choices}.</source>
            <translation>Даты в «{column}» (например, {examples}) можно прочитать и с днём, и с месяцем впереди. Выберите формат даты: {choices}.</translation>
        </message>
        <message>
            <source>The amounts use both “.” and “,” as the decimal separator, so each amount was read on its own: a lone separator before three digits as thousands (“1,234” is 1234.00).</source>
            <translation>В суммах встречаются и «.», и «,» как десятичный разделитель, поэтому каждая сумма прочитана отдельно: одиночный разделитель перед тремя цифрами считается разделителем тысяч («1,234» — это 1234,00).</translation>
        </message>
        <message>
            <source>The amounts in “{column}” (such as {examples}) can be read with “.” or with “,” as the decimal separator. Choose the decimal separator.</source>
            <translation>Суммы в «{column}» (например, {examples}) можно прочитать и с «.», и с «,» как десятичным разделителем. Выберите десятичный разделитель.</translation>
        </message>
        <message>
            <source>Column “{column}” was taken as {field}, but its values do not look like {kind}.</source>
            <translation>Столбец «{column}» принят за поле «{field}», но его значения не похожи на {kind}.</translation>
        </message>
        <message>
            <source>Column “{column}” is mapped to an unknown field “{name}”.</source>
            <translation>Столбец «{column}» сопоставлен с неизвестным полем «{name}».</translation>
        </message>
        <message>
            <source>“{first}” and “{second}”</source>
            <translation>«{first}» и «{second}»</translation>
        </message>
        <message>
            <source>{columns} and “{column}”</source>
            <translation>{columns} и «{column}»</translation>
        </message>
        <message>
            <source>{field} is taken from two columns, {shown}: choose one.</source>
            <translation>{field} берётся из двух столбцов, {shown}: выберите один.</translation>
        </message>
        <message>
            <source>dates</source>
            <translation>даты</translation>
        </message>
        <message>
            <source>amounts</source>
            <translation>суммы</translation>
        </message>
        <message>
            <source>whole numbers</source>
            <translation>целые числа</translation>
        </message>
        <message>
            <source>statuses</source>
            <translation>статусы</translation>
        </message>
        <message>
            <source>currencies</source>
            <translation>валюты</translation>
        </message>
        <message>
            <source>text</source>
            <translation>текст</translation>
        </message>
        <message>
            <source>“{wording}” is not a status we know: map it to pending, confirmed or cancelled.</source>
            <translation>«{wording}» — неизвестный статус: сопоставьте его с pending, confirmed или cancelled.</translation>
        </message>
        <message>
            <source>The status is empty: fill it in, or choose a status for such orders.</source>
            <translation>Статус пустой: заполните его или выберите статус для таких заказов.</translation>
        </message>
        <message>
            <source>The order date is empty.</source>
            <translation>Дата заказа пустая.</translation>
        </message>
        <message>
            <source>The amount is in {value} but the currency column says {cell}.</source>
            <translation>Сумма в {value}, а в столбце валюты указано {cell}.</translation>
        </message>
        <message>
            <source>The amounts of this row are in different currencies ({choices}).</source>
            <translation>Суммы в этой строке в разных валютах ({choices}).</translation>
        </message>
        <message>
            <source>“¥” and “kr” each stand for several currencies: add a currency column, or choose the file's currency.</source>
            <translation>«¥» и «kr» обозначают по нескольку валют: добавьте столбец валюты или выберите валюту файла.</translation>
        </message>
        <message>
            <source>This JSON file is not UTF-8 text.</source>
            <translation>Этот файл JSON — не текст в UTF-8.</translation>
        </message>
        <message>
            <source>This is not valid JSON: {reason} at line {line}, column {column}.</source>
            <translation>Это не корректный JSON: {reason} в строке {line}, позиция {column}.</translation>
        </message>
        <message>
            <source>This JSON file is nested too deeply to be a list of records.</source>
            <translation>Этот файл JSON слишком глубоко вложен, чтобы быть списком записей.</translation>
        </message>
        <message>
            <source>This JSON file holds no list of records (objects with the same keys) to import.</source>
            <translation>В этом файле JSON нет списка записей (объектов с одинаковыми ключами) для импорта.</translation>
        </message>
    </context>
    <context>
        <name>ImportCounts</name>
        <message>
            <source>1 order</source>
            <translation>1 заказ</translation>
        </message>
        <message numerus="yes">
            <source>%Ln orders</source>
            <translation>
                <numerusform>%Ln заказ</numerusform>
                <numerusform>%Ln заказа</numerusform>
                <numerusform>%Ln заказов</numerusform>
            </translation>
        </message>
        <message>
            <source>1 activity</source>
            <translation>1 действие</translation>
        </message>
        <message numerus="yes">
            <source>%Ln activities</source>
            <translation>
                <numerusform>%Ln действие</numerusform>
                <numerusform>%Ln действия</numerusform>
                <numerusform>%Ln действий</numerusform>
            </translation>
        </message>
        <message>
            <source>1 history row</source>
            <translation>1 строка истории</translation>
        </message>
        <message numerus="yes">
            <source>%Ln history rows</source>
            <translation>
                <numerusform>%Ln строка истории</numerusform>
                <numerusform>%Ln строки истории</numerusform>
                <numerusform>%Ln строк истории</numerusform>
            </translation>
        </message>
        <message>
            <source>1 promotion</source>
            <translation>1 акция</translation>
        </message>
        <message numerus="yes">
            <source>%Ln promotions</source>
            <translation>
                <numerusform>%Ln акция</numerusform>
                <numerusform>%Ln акции</numerusform>
                <numerusform>%Ln акций</numerusform>
            </translation>
        </message>
        <message>
            <source>1 record</source>
            <translation>1 запись</translation>
        </message>
        <message numerus="yes">
            <source>%Ln records</source>
            <translation>
                <numerusform>%Ln запись</numerusform>
                <numerusform>%Ln записи</numerusform>
                <numerusform>%Ln записей</numerusform>
            </translation>
        </message>
        <message>
            <source>1 row</source>
            <translation>1 строка</translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows</source>
            <translation>
                <numerusform>%Ln строка</numerusform>
                <numerusform>%Ln строки</numerusform>
                <numerusform>%Ln строк</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import orders or activity</source>
            <translation>Импорт заказов или активности</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Далее</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импортировать</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}.</source>
            <translation>Не удаётся прочитать {file}: {reason}.</translation>
        </message>
        <message>
            <source>This file was imported before, on {when} (batch {batch}): orders already recorded are left out.</source>
            <translation>Этот файл уже импортировался {when} (пакет {batch}): уже записанные заказы пропускаются.</translation>
        </message>
        <message>
            <source>It looks like: {preset}.</source>
            <translation>Похоже на: {preset}.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{file}&lt;/b&gt; — {size}.</source>
            <translation>&lt;b&gt;{file}&lt;/b&gt; — {size}.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Формат</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Столбцы</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Проверка</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>{file} cannot be written: {reason}.</source>
            <translation>Не удаётся записать {file}: {reason}.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Отмена…</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was changed.</source>
            <translation>Импорт отменён; ничего не изменилось.</translation>
        </message>
        <message>
            <source>Nothing was imported: {problem}</source>
            <translation>Ничего не импортировано: {problem}</translation>
        </message>
        <message>
            <source>The import could not be undone: {problem}</source>
            <translation>Не удалось отменить импорт: {problem}</translation>
        </message>
        <message>
            <source>Removed everything this import added ({what}). Orders it updated keep their new values.</source>
            <translation>Удалено всё, что добавил этот импорт ({what}). Заказы, которые он обновил, сохраняют новые значения.</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>ничего</translation>
        </message>
        <message>
            <source>Some amounts are in a currency with no exchange rate for their dates. Give the US$ that one unit was worth, so they count; it is saved as your rate (Settings ▸ Currencies).</source>
            <translation>Некоторые суммы — в валюте, для которой нет курса на их даты. Укажите, сколько US$ стоила одна единица, чтобы они учитывались; курс сохранится как ваш (Настройки ▸ Валюты).</translation>
        </message>
        <message>
            <source>US$ for 1 {currency}, e.g. 0.011</source>
            <translation>US$ за 1 {currency}, например 0.011</translation>
        </message>
        <message>
            <source>Exchange rate for {currency}</source>
            <translation>Курс {currency}</translation>
        </message>
        <message>
            <source>Orders in {currency}: {count} ({amount})</source>
            <translation>Заказы в {currency}: {count} ({amount})</translation>
        </message>
        <message>
            <source>Review prices in {currency}: {count} ({amount})</source>
            <translation>Цены в отзывах в {currency}: {count} ({amount})</translation>
        </message>
        <message>
            <source>the ECB's rates stop on {date}; yours applies from {start} on</source>
            <translation>курсы ЕЦБ заканчиваются {date}; ваш действует с {start}</translation>
        </message>
        <message>
            <source>the ECB has no rate for it</source>
            <translation>у ЕЦБ нет курса для неё</translation>
        </message>
        <message>
            <source>The rate for {currency} should be a number above 0, like 0.011.</source>
            <translation>Курс {currency} должен быть числом больше 0, например 0.011.</translation>
        </message>
    </context>
    <context>
        <name>ImportFields</name>
        <message>
            <source>parent order number</source>
            <translation>номер основного заказа</translation>
        </message>
        <message>
            <source>end reason</source>
            <translation>причина закрытия</translation>
        </message>
        <message>
            <source>description</source>
            <translation>описание</translation>
        </message>
        <message>
            <source>order number</source>
            <translation>номер заказа</translation>
        </message>
        <message>
            <source>order date</source>
            <translation>дата заказа</translation>
        </message>
        <message>
            <source>payment date</source>
            <translation>дата оплаты</translation>
        </message>
        <message>
            <source>status</source>
            <translation>статус</translation>
        </message>
        <message>
            <source>confirmation date</source>
            <translation>дата подтверждения</translation>
        </message>
        <message>
            <source>item title</source>
            <translation>название товара</translation>
        </message>
        <message>
            <source>product ID</source>
            <translation>ID товара</translation>
        </message>
        <message>
            <source>category</source>
            <translation>категория</translation>
        </message>
        <message>
            <source>quantity</source>
            <translation>количество</translation>
        </message>
        <message>
            <source>unit price</source>
            <translation>цена за шт.</translation>
        </message>
        <message>
            <source>line total</source>
            <translation>итог строки</translation>
        </message>
        <message>
            <source>order total</source>
            <translation>итог заказа</translation>
        </message>
        <message>
            <source>discount</source>
            <translation>скидка</translation>
        </message>
        <message>
            <source>shipping</source>
            <translation>доставка</translation>
        </message>
        <message>
            <source>refund</source>
            <translation>возврат</translation>
        </message>
        <message>
            <source>refund date</source>
            <translation>дата возврата</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>валюта</translation>
        </message>
        <message>
            <source>store</source>
            <translation>магазин</translation>
        </message>
        <message>
            <source>date</source>
            <translation>дата</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>вид</translation>
        </message>
        <message>
            <source>points</source>
            <translation>баллы</translation>
        </message>
        <message>
            <source>item price</source>
            <translation>цена товара</translation>
        </message>
        <message>
            <source>note</source>
            <translation>заметка</translation>
        </message>
    </context>
    <context>
        <name>ImportsPage</name>
        <message>
            <source>Imported</source>
            <translation>Импортировано</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Read as</source>
            <translation>Прочитан как</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Новые</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Обновлены</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Пропущены</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Отклонены</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Демо-данные</translation>
        </message>
        <message>
            <source>Batch {batch}: {file}, {kind}</source>
            <translation>Пакет {batch}: {file}, {kind}</translation>
        </message>
        <message>
            <source>No imports yet. Import a file from the File menu, or drop one on the window.</source>
            <translation>Импортов пока нет. Импортируйте файл через меню «Файл» или перетащите его в окно.</translation>
        </message>
        <message>
            <source>Undo import</source>
            <translation>Отменить импорт</translation>
        </message>
        <message>
            <source>Every import can be undone as a whole: it removes exactly what that import added.</source>
            <translation>Любой импорт можно отменить целиком: удаляется ровно то, что он добавил.</translation>
        </message>
        <message numerus="yes">
            <source>Remove everything the import of {file} on {when} added (%Ln new records)? Orders it only updated keep their new values.</source>
            <translation>
                <numerusform>Удалить всё, что добавил импорт {file} от {when} (%Ln новая запись)? Заказы, которые он только обновил, сохранят новые значения.</numerusform>
                <numerusform>Удалить всё, что добавил импорт {file} от {when} (%Ln новые записи)? Заказы, которые он только обновил, сохранят новые значения.</numerusform>
                <numerusform>Удалить всё, что добавил импорт {file} от {when} (%Ln новых записей)? Заказы, которые он только обновил, сохранят новые значения.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed the import of {file}: %Ln records.</source>
            <translation>
                <numerusform>Импорт {file} удалён: %Ln запись.</numerusform>
                <numerusform>Импорт {file} удалён: %Ln записи.</numerusform>
                <numerusform>Импорт {file} удалён: %Ln записей.</numerusform>
            </translation>
        </message>
        <message>
            <source>orders</source>
            <translation>заказы</translation>
        </message>
        <message>
            <source>activity</source>
            <translation>активность</translation>
        </message>
        <message>
            <source>points history</source>
            <translation>история баллов</translation>
        </message>
        <message>
            <source>refunds</source>
            <translation>возвраты</translation>
        </message>
        <message>
            <source>demo data</source>
            <translation>демо-данные</translation>
        </message>
    </context>
    <context>
        <name>ItemRow</name>
        <message>
            <source>What you bought</source>
            <translation>Что вы купили</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Необязательно</translation>
        </message>
    </context>
    <context>
        <name>ItemsEditor</name>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Product id</source>
            <translation>ID товара</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Кол-во</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Цена за шт.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <source>{field} of item {number}</source>
            <translation>{field} товара {number}</translation>
        </message>
        <message>
            <source>Remove item {number}</source>
            <translation>Убрать товар {number}</translation>
        </message>
        <message>
            <source>Enter the item's price</source>
            <translation>Укажите цену товара</translation>
        </message>
        <message>
            <source>&amp;Add item</source>
            <translation>Добавить &amp;товар</translation>
        </message>
        <message>
            <source>Unit price {currency}</source>
            <translation>Цена за шт., {currency}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Add &amp;order…</source>
            <translation>Добавить &amp;заказ…</translation>
        </message>
        <message>
            <source>Add Club &amp;post…</source>
            <translation>Добавить по&amp;ст в Клубе…</translation>
        </message>
        <message>
            <source>Add store &amp;follow…</source>
            <translation>Добавить подп&amp;иску на магазин…</translation>
        </message>
        <message>
            <source>Add &amp;bonus or adjustment…</source>
            <translation>Добавить &amp;бонус или корректировку…</translation>
        </message>
        <message>
            <source>Add pro&amp;motion…</source>
            <translation>Добавить &amp;акцию…</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Страницы</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;Новая база данных…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Открыть базу данных…</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>&amp;Импортировать файл…</translation>
        </message>
        <message>
            <source>Import orders or activity from a CSV or Excel file; you can also drop a file on the window.</source>
            <translation>Импортировать заказы или активность из файла CSV или Excel; файл можно также перетащить в окно.</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Экспорт…</translation>
        </message>
        <message>
            <source>&amp;Back up…</source>
            <translation>&amp;Резервная копия…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Восстановить из резервной копии…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>Add order</source>
            <translation>Добавить заказ</translation>
        </message>
        <message>
            <source>&amp;Visited today</source>
            <translation>Зашёл се&amp;годня</translation>
        </message>
        <message>
            <source>Record today's Member Center visit.</source>
            <translation>Отметить сегодняшний визит в Центр участников.</translation>
        </message>
        <message>
            <source>Visits &amp;calendar…</source>
            <translation>&amp;Календарь визитов…</translation>
        </message>
        <message>
            <source>Check against &amp;AliExpress…</source>
            <translation>Сверить с &amp;AliExpress…</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Сверить</translation>
        </message>
        <message>
            <source>Compare your figures with the points the Member Center shows.</source>
            <translation>Сравните свои цифры с баллами в Центре участников.</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <source>&amp;How points work</source>
            <translation>&amp;Как работают баллы</translation>
        </message>
        <message>
            <source>&amp;About Points Tracker</source>
            <translation>&amp;О программе Points Tracker</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Главная панель</translation>
        </message>
        <message>
            <source>Visited today</source>
            <translation>Зашёл сегодня</translation>
        </message>
        <message>
            <source>Check against AliExpress</source>
            <translation>Сверка с AliExpress</translation>
        </message>
        <message>
            <source>{action} ({shortcut})</source>
            <translation>{action} ({shortcut})</translation>
        </message>
        <message numerus="yes">
            <source>%Ln new</source>
            <translation>
                <numerusform>%Ln новая запись</numerusform>
                <numerusform>%Ln новые записи</numerusform>
                <numerusform>%Ln новых записей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln updated</source>
            <translation>
                <numerusform>%Ln обновлена</numerusform>
                <numerusform>%Ln обновлены</numerusform>
                <numerusform>%Ln обновлено</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported {file}: {new}, {updated}.</source>
            <translation>Импортирован {file}: {new}, {updated}.</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation>Не удаётся открыть базу данных</translation>
        </message>
        <message>
            <source>Opened {file}.</source>
            <translation>Открыт {file}.</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Новая база данных</translation>
        </message>
        <message>
            <source>Points Tracker databases (*.sqlite3)</source>
            <translation>Базы данных Points Tracker (*.sqlite3)</translation>
        </message>
        <message>
            <source>{file} already exists. Choose another name, or use Open database to open it.</source>
            <translation>{file} уже существует. Выберите другое имя или откройте её через «Открыть базу данных».</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Открыть базу данных</translation>
        </message>
        <message>
            <source>Points Tracker databases (*.sqlite3 *.db);;All files (*)</source>
            <translation>Базы данных Points Tracker (*.sqlite3 *.db);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Export to folder</source>
            <translation>Экспорт в папку</translation>
        </message>
        <message>
            <source>{files} already in {folder} will be replaced.</source>
            <translation>{files} в папке {folder} будут заменены.</translation>
        </message>
        <message>
            <source>&amp;Undo {action}</source>
            <translation>&amp;Отменить: {action}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <source>&amp;Redo {action}</source>
            <translation>&amp;Повторить: {action}</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <source>Undone: {action}.</source>
            <translation>Отменено: {action}.</translation>
        </message>
        <message>
            <source>Redone: {action}.</source>
            <translation>Повторено: {action}.</translation>
        </message>
        <message>
            <source>Visit recorded for {date}</source>
            <translation>Визит за {date} отмечен</translation>
        </message>
        <message>
            <source>Add r&amp;eview…</source>
            <translation>Добавить о&amp;тзыв…</translation>
        </message>
        <message>
            <source>Today's visit is already recorded</source>
            <translation>Сегодняшний визит уже отмечен</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>О программе {app}</translation>
        </message>
        <message>
            <source>Version {version} · Python {python} · Qt {qt}</source>
            <translation>Версия {version} · Python {python} · Qt {qt}</translation>
        </message>
        <message>
            <source>Your own record of AliExpress member points: your tier, when it lapses and what to spend to keep it.</source>
            <translation>Ваш собственный учёт баллов участника AliExpress: ваш уровень, когда он истечёт и сколько потратить, чтобы его сохранить.</translation>
        </message>
        <message>
            <source>Your records are kept on this computer, in:</source>
            <translation>Ваши записи хранятся на этом компьютере, в:</translation>
        </message>
        <message>
            <source>Rule set: {name}</source>
            <translation>Набор правил: {name}</translation>
        </message>
        <message>
            <source>Free software under the MIT licence. Points Tracker is not made by or connected with AliExpress.</source>
            <translation>Свободная программа по лицензии MIT. Points Tracker не создан AliExpress и никак с ним не связан.</translation>
        </message>
        <message>
            <source>{file} — {app}</source>
            <translation>{file} — {app}</translation>
        </message>
    </context>
    <context>
        <name>MoneyEdit</name>
        <message>
            <source>“{text}” is not an amount: type it like {example}</source>
            <translation>«{text}» — не сумма: введите её, например, как {example}</translation>
        </message>
        <message>
            <source>This amount is in {currency}; type it in {wanted} here</source>
            <translation>Эта сумма в {currency}; введите её здесь в {wanted}</translation>
        </message>
        <message>
            <source>“{symbol}” is not a currency this box takes; type an amount like {example}</source>
            <translation>«{symbol}» — не та валюта, которую принимает это поле; введите сумму, например {example}</translation>
        </message>
    </context>
    <context>
        <name>Opening</name>
        <message>
            <source>Today's automatic backup was not made: {error}</source>
            <translation>Сегодняшняя автоматическая резервная копия не создана: {error}</translation>
        </message>
        <message>
            <source>{problem}

Restore the backup {backup}? Records added after it was made are not in it. The damaged file is kept aside, not deleted.</source>
            <translation>{problem}

Восстановить резервную копию {backup}? Записей, добавленных после её создания, в ней нет. Повреждённый файл откладывается в сторону, а не удаляется.</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <source>Set</source>
            <translation>Указать</translation>
        </message>
        <message>
            <source>{name} is set</source>
            <translation>{name}: указано</translation>
        </message>
    </context>
    <context>
        <name>OrderForm</name>
        <message>
            <source>Pending</source>
            <translation>Ожидает</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Подтверждён</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменён</translation>
        </message>
        <message>
            <source>A cancelled order earns no points.</source>
            <translation>Отменённый заказ не приносит баллов.</translation>
        </message>
        <message>
            <source>No points until {currency} has an exchange rate for the order's date.</source>
            <translation>Баллов не будет, пока для {currency} нет курса на дату заказа.</translation>
        </message>
        <message>
            <source>This order will earn 1 point</source>
            <translation>Этот заказ принесёт 1 балл</translation>
        </message>
        <message>
            <source>This order earns 1 point</source>
            <translation>Этот заказ приносит 1 балл</translation>
        </message>
        <message numerus="yes">
            <source>This order will earn %n points</source>
            <translation>
                <numerusform>Этот заказ принесёт %n балл</numerusform>
                <numerusform>Этот заказ принесёт %n балла</numerusform>
                <numerusform>Этот заказ принесёт %n баллов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This order earns %n points</source>
            <translation>
                <numerusform>Этот заказ приносит %n балл</numerusform>
                <numerusform>Этот заказ приносит %n балла</numerusform>
                <numerusform>Этот заказ приносит %n баллов</numerusform>
            </translation>
        </message>
        <message>
            <source> when you confirm receipt</source>
            <translation> после подтверждения получения</translation>
        </message>
        <message>
            <source>, plus a {points}-point bonus for its day ({rules})</source>
            <translation>, плюс бонус {points} баллов за этот день ({rules})</translation>
        </message>
        <message>
            <source>Optional, e.g. 8100123456789012</source>
            <translation>Необязательно, например 8100123456789012</translation>
        </message>
        <message>
            <source>Order &amp;no.:</source>
            <translation>№ &amp;заказа:</translation>
        </message>
        <message>
            <source>Order &amp;date:</source>
            <translation>&amp;Дата заказа:</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Необязательно</translation>
        </message>
        <message>
            <source>S&amp;tore:</source>
            <translation>&amp;Магазин:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Статус:</translation>
        </message>
        <message>
            <source>confirmation date</source>
            <translation>дата подтверждения</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Неизвестно</translation>
        </message>
        <message>
            <source>Leave unknown if you do not remember: the points are then estimated</source>
            <translation>Оставьте неизвестной, если не помните: тогда баллы оцениваются</translation>
        </message>
        <message>
            <source>&amp;Confirmed on:</source>
            <translation>&amp;Подтверждён:</translation>
        </message>
        <message>
            <source>expected confirmation</source>
            <translation>ожидаемое подтверждение</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Автоматически</translation>
        </message>
        <message numerus="yes">
            <source>Automatic: %n days after the order date (see Settings)</source>
            <translation>
                <numerusform>Автоматически: через %n день после даты заказа (см. Настройки)</numerusform>
                <numerusform>Автоматически: через %n дня после даты заказа (см. Настройки)</numerusform>
                <numerusform>Автоматически: через %n дней после даты заказа (см. Настройки)</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Expected by:</source>
            <translation>&amp;Ожидается к:</translation>
        </message>
        <message>
            <source>The currency you paid in: type the prices below in it, as they were charged</source>
            <translation>Валюта, в которой вы платили: вводите цены ниже в ней, как их списали</translation>
        </message>
        <message>
            <source>C&amp;urrency paid:</source>
            <translation>Ва&amp;люта оплаты:</translation>
        </message>
        <message>
            <source>Items:</source>
            <translation>Товары:</translation>
        </message>
        <message>
            <source>on</source>
            <translation>дата</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>Зам&amp;етка:</translation>
        </message>
        <message>
            <source>Total:</source>
            <translation>Итого:</translation>
        </message>
        <message>
            <source>In US$:</source>
            <translation>В US$:</translation>
        </message>
        <message>
            <source>Points this order earns</source>
            <translation>Баллы за этот заказ</translation>
        </message>
        <message>
            <source>Points:</source>
            <translation>Баллы:</translation>
        </message>
        <message>
            <source>D&amp;iscount {currency}:</source>
            <translation>С&amp;кидка, {currency}:</translation>
        </message>
        <message>
            <source>S&amp;hipping {currency}:</source>
            <translation>Дост&amp;авка, {currency}:</translation>
        </message>
        <message>
            <source>&amp;Refund {currency}:</source>
            <translation>&amp;Возврат, {currency}:</translation>
        </message>
        <message>
            <source>items {amount}</source>
            <translation>товары {amount}</translation>
        </message>
        <message>
            <source>− discount {amount}</source>
            <translation>− скидка {amount}</translation>
        </message>
        <message>
            <source>+ shipping {amount}</source>
            <translation>+ доставка {amount}</translation>
        </message>
        <message>
            <source>{total} ({parts})</source>
            <translation>{total} ({parts})</translation>
        </message>
        <message>
            <source>Points are shown once the order is complete.</source>
            <translation>Баллы будут показаны, когда заказ будет заполнен.</translation>
        </message>
        <message>
            <source>Set a r&amp;ate…</source>
            <translation>Указать к&amp;урс…</translation>
        </message>
        <message>
            <source>Give the rate in Settings ▸ Currencies</source>
            <translation>Укажите курс в разделе Настройки ▸ Валюты</translation>
        </message>
        <message>
            <source>No rate for {currency} on {date} — set one, or this order earns no points.</source>
            <translation>Нет курса {currency} на {date} — укажите его, иначе этот заказ не принесёт баллов.</translation>
        </message>
        <message>
            <source>1 {currency} = {rate} US$ ({source})</source>
            <translation>1 {currency} = {rate} US$ ({source})</translation>
        </message>
        <message>
            <source>Paid {amount} in all; the amounts above are in US$.</source>
            <translation>Всего оплачено {amount}; суммы выше указаны в US$.</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Dashboard</source>
            <translation>Сводка</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Заказы</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Отзывы</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Активность</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Диаграммы</translation>
        </message>
        <message>
            <source>Imports</source>
            <translation>Импорты</translation>
        </message>
    </context>
    <context>
        <name>PlannerPanel</name>
        <message>
            <source>What if…</source>
            <translation>А что если…</translation>
        </message>
        <message>
            <source>&amp;Tier to keep or reach</source>
            <translation>&amp;Уровень, который сохранить или достичь</translation>
        </message>
        <message>
            <source>Tier to keep or reach</source>
            <translation>Уровень, который нужно сохранить или достичь</translation>
        </message>
        <message>
            <source>C&amp;lear the plan</source>
            <translation>&amp;Очистить план</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Месяц</translation>
        </message>
        <message>
            <source>Spend $</source>
            <translation>Траты, $</translation>
        </message>
        <message>
            <source>What you mean to spend on orders that month (in US dollars, after discounts)</source>
            <translation>Сколько вы собираетесь потратить на заказы в этом месяце (в долларах США, после скидок)</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Визиты</translation>
        </message>
        <message>
            <source>Days you visit the Member Center that month</source>
            <translation>Дни визитов в Центр участников в этом месяце</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Отзывы</translation>
        </message>
        <message>
            <source>Reviews you write that month</source>
            <translation>Отзывы, которые вы напишете в этом месяце</translation>
        </message>
        <message>
            <source>Each month</source>
            <translation>Каждый месяц</translation>
        </message>
        <message>
            <source>Type here to fill every month below</source>
            <translation>Введите здесь, чтобы заполнить все месяцы ниже</translation>
        </message>
        <message>
            <source>Spend, {month}</source>
            <translation>Траты, {month}</translation>
        </message>
        <message>
            <source>Visits, {month}</source>
            <translation>Визиты, {month}</translation>
        </message>
        <message>
            <source>Reviews, {month}</source>
            <translation>Отзывы, {month}</translation>
        </message>
        <message>
            <source>A purchase on a date</source>
            <translation>Покупка в определённый день</translation>
        </message>
        <message>
            <source>Purchase date</source>
            <translation>Дата покупки</translation>
        </message>
        <message>
            <source>Purchase amount</source>
            <translation>Сумма покупки</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Добавить</translation>
        </message>
        <message>
            <source>Planned purchases</source>
            <translation>Запланированные покупки</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <source>{tier} (now)</source>
            <translation>{tier} (сейчас)</translation>
        </message>
        <message>
            <source>Your records are loading…</source>
            <translation>Загружаем ваши записи…</translation>
        </message>
        <message numerus="yes">
            <source>Each month's spend is bought on its 1st (this month's tomorrow), in orders of up to {amount}, and counts once confirmed, %n days later.</source>
            <translation>
                <numerusform>Траты каждого месяца делаются 1-го числа (в этом месяце — завтра), заказами не дороже {amount}, и засчитываются после подтверждения, через %n день.</numerusform>
                <numerusform>Траты каждого месяца делаются 1-го числа (в этом месяце — завтра), заказами не дороже {amount}, и засчитываются после подтверждения, через %n дня.</numerusform>
                <numerusform>Траты каждого месяца делаются 1-го числа (в этом месяце — завтра), заказами не дороже {amount}, и засчитываются после подтверждения, через %n дней.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Each month's spend is bought on its 1st (this month's tomorrow) and counts once confirmed, %n days later.</source>
            <translation>
                <numerusform>Траты каждого месяца делаются 1-го числа (в этом месяце — завтра) и засчитываются после подтверждения, через %n день.</numerusform>
                <numerusform>Траты каждого месяца делаются 1-го числа (в этом месяце — завтра) и засчитываются после подтверждения, через %n дня.</numerusform>
                <numerusform>Траты каждого месяца делаются 1-го числа (в этом месяце — завтра) и засчитываются после подтверждения, через %n дней.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Visits count up to %n a month.</source>
            <translation>
                <numerusform>Визиты засчитываются до %n в месяц.</numerusform>
                <numerusform>Визиты засчитываются до %n в месяц.</numerusform>
                <numerusform>Визиты засчитываются до %n в месяц.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Planning</name>
        <message>
            <source>{tier} from {date}.</source>
            <translation>{tier} с {date}.</translation>
        </message>
        <message>
            <source>{tier} holds until {date}, then {lower}.</source>
            <translation>{tier} сохраняется до {date}, затем {lower}.</translation>
        </message>
        <message>
            <source>{next} from {date}.</source>
            <translation>{next} с {date}.</translation>
        </message>
        <message>
            <source>{tier} holds, and {next} from {date}.</source>
            <translation>{tier} сохраняется, а с {date} — {next}.</translation>
        </message>
        <message>
            <source>you stay {tier}.</source>
            <translation>вы остаётесь на уровне «{tier}».</translation>
        </message>
        <message>
            <source>{tier} holds for the coming 12 months.</source>
            <translation>{tier} сохраняется на ближайшие 12 месяцев.</translation>
        </message>
        <message>
            <source>As things stand: {outlook}</source>
            <translation>Как есть: {outlook}</translation>
        </message>
        <message>
            <source>With this plan: {outlook}</source>
            <translation>С этим планом: {outlook}</translation>
        </message>
        <message>
            <source>That is enough to keep {tier} at every recalculation.</source>
            <translation>Этого хватит, чтобы сохранять уровень «{tier}» при каждом пересчёте.</translation>
        </message>
        <message>
            <source>Still needed: {plan}</source>
            <translation>Ещё нужно: {plan}</translation>
        </message>
        <message>
            <source>{tier} then holds for the rest of the coming 12 months.</source>
            <translation>Затем {tier} сохраняется до конца ближайших 12 месяцев.</translation>
        </message>
        <message>
            <source>Keeping it then takes {total} more {last}.</source>
            <translation>Чтобы удержать его потом, нужно ещё {total} {last}.</translation>
        </message>
        <message>
            <source>Then {total} more {last}.</source>
            <translation>Затем ещё {total} {last}.</translation>
        </message>
        <message numerus="yes">
            <source>Keeping it then takes {total} more {last}, over %n purchases.</source>
            <translation>
                <numerusform>Чтобы удержать его потом, нужно ещё {total} {last}, за %n покупку.</numerusform>
                <numerusform>Чтобы удержать его потом, нужно ещё {total} {last}, за %n покупки.</numerusform>
                <numerusform>Чтобы удержать его потом, нужно ещё {total} {last}, за %n покупок.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Then {total} more {last}, over %n purchases.</source>
            <translation>
                <numerusform>Затем ещё {total} {last}, за %n покупку.</numerusform>
                <numerusform>Затем ещё {total} {last}, за %n покупки.</numerusform>
                <numerusform>Затем ещё {total} {last}, за %n покупок.</numerusform>
            </translation>
        </message>
        <message>
            <source>To keep {tier} after that, also spend {amount} {when}.</source>
            <translation>Чтобы сохранить уровень «{tier}» после этого, потратьте ещё {amount} {when}.</translation>
        </message>
        <message>
            <source>To reach {tier} on {date}, also spend {amount} {when}.</source>
            <translation>Чтобы достичь уровня «{tier}» к {date}, потратьте ещё {amount} {when}.</translation>
        </message>
        <message>
            <source>Type what you mean to spend, and how often you visit and review, month by month.</source>
            <translation>Введите, сколько собираетесь тратить и как часто заходить и писать отзывы, по месяцам.</translation>
        </message>
        <message>
            <source>{amount} of orders</source>
            <translation>заказы на {amount}</translation>
        </message>
        <message>
            <source>1 visit</source>
            <translation>1 визит</translation>
        </message>
        <message numerus="yes">
            <source>%n visits</source>
            <translation>
                <numerusform>%n визит</numerusform>
                <numerusform>%n визита</numerusform>
                <numerusform>%n визитов</numerusform>
            </translation>
        </message>
        <message>
            <source>1 review</source>
            <translation>1 отзыв</translation>
        </message>
        <message numerus="yes">
            <source>%n reviews</source>
            <translation>
                <numerusform>%n отзыв</numerusform>
                <numerusform>%n отзыва</numerusform>
                <numerusform>%n отзывов</numerusform>
            </translation>
        </message>
        <message>
            <source>{list} and {last}</source>
            <translation>{list} и {last}</translation>
        </message>
        <message>
            <source>This plan: {what}, earning {points} points by the end of {month}.</source>
            <translation>Этот план: {what}; к концу {month} будет заработано {points} баллов.</translation>
        </message>
    </context>
    <context>
        <name>PostForm</name>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Дата:</translation>
        </message>
        <message>
            <source>Optional: what it was about</source>
            <translation>Необязательно: о чём был пост</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Заметка:</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Field</source>
            <translation>Поле</translation>
        </message>
    </context>
    <context>
        <name>ProgressPage</name>
        <message>
            <source>Cancel import</source>
            <translation>Отменить импорт</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Импорт…</translation>
        </message>
        <message>
            <source>Importing… {done} of {total} records written.</source>
            <translation>Импорт… записано {done} из {total} записей.</translation>
        </message>
    </context>
    <context>
        <name>PromotionForm</name>
        <message>
            <source>e.g. 11.11 Global Shopping Festival</source>
            <translation>например, 11.11 Global Shopping Festival</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;С:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;По:</translation>
        </message>
        <message>
            <source>e.g. 2 or 1.5</source>
            <translation>например, 2 или 1,5</translation>
        </message>
        <message>
            <source>Orders placed in these days earn their shopping points times this</source>
            <translation>Заказы, сделанные в эти дни, получают баллы за покупку, умноженные на это число</translation>
        </message>
        <message>
            <source>&amp;Multiplier:</source>
            <translation>&amp;Множитель:</translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <source>Import a file</source>
            <translation>Импортировать файл</translation>
        </message>
        <message>
            <source>Save the rejected rows</source>
            <translation>Сохранить отклонённые строки</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Файлы CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>Questions</name>
        <message>
            <source>Delete {what}?

You can take this back with Edit ▸ Undo.</source>
            <translation>Удалить {what}?

Это можно вернуть через Правка ▸ Отменить.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Оставить</translation>
        </message>
        <message>
            <source>Undo import</source>
            <translation>Отменить импорт</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Заменить</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Восстановить из резервной копии</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Восстановить</translation>
        </message>
        <message>
            <source>Change the language</source>
            <translation>Смена языка</translation>
        </message>
        <message>
            <source>Points Tracker speaks {language} from its next start. Restart it now?</source>
            <translation>Points Tracker перейдёт на язык «{language}» при следующем запуске. Перезапустить его сейчас?</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>Перезапустить сейчас</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Позже</translation>
        </message>
        <message>
            <source>Do not restore</source>
            <translation>Не восстанавливать</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
    </context>
    <context>
        <name>RecordPage</name>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Удалить…</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;С:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;По:</translation>
        </message>
        <message>
            <source>Nothing matches the search and dates.</source>
            <translation>Ничего не найдено по запросу и датам.</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>Не удалось удалить</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>Add order</source>
            <translation>Добавить заказ</translation>
        </message>
        <message>
            <source>Edit order</source>
            <translation>Изменить заказ</translation>
        </message>
        <message>
            <source>Delete order</source>
            <translation>Удалить заказ</translation>
        </message>
        <message>
            <source>Delete order?</source>
            <translation>Удалить заказ?</translation>
        </message>
        <message>
            <source>Cannot save the order</source>
            <translation>Не удаётся сохранить заказ</translation>
        </message>
        <message>
            <source>Cannot open the order</source>
            <translation>Не удаётся открыть заказ</translation>
        </message>
        <message>
            <source>&amp;Add order…</source>
            <translation>&amp;Добавить заказ…</translation>
        </message>
        <message>
            <source>Search orders</source>
            <translation>Поиск заказов</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Заказы</translation>
        </message>
        <message>
            <source>Order added.</source>
            <translation>Заказ добавлен.</translation>
        </message>
        <message>
            <source>Order saved.</source>
            <translation>Заказ сохранён.</translation>
        </message>
        <message>
            <source>No orders yet. Add one with Add order, or bring in your AliExpress orders with File ▸ Import a file.</source>
            <translation>Заказов пока нет. Добавьте заказ кнопкой «Добавить заказ» или загрузите заказы с AliExpress через Файл ▸ Импортировать файл.</translation>
        </message>
        <message>
            <source>Add review</source>
            <translation>Добавить отзыв</translation>
        </message>
        <message>
            <source>Edit review</source>
            <translation>Изменить отзыв</translation>
        </message>
        <message>
            <source>Delete review</source>
            <translation>Удалить отзыв</translation>
        </message>
        <message>
            <source>Delete review?</source>
            <translation>Удалить отзыв?</translation>
        </message>
        <message>
            <source>Cannot save the review</source>
            <translation>Не удаётся сохранить отзыв</translation>
        </message>
        <message>
            <source>Cannot open the review</source>
            <translation>Не удаётся открыть отзыв</translation>
        </message>
        <message>
            <source>&amp;Add review…</source>
            <translation>&amp;Добавить отзыв…</translation>
        </message>
        <message>
            <source>Search reviews</source>
            <translation>Поиск отзывов</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Отзывы</translation>
        </message>
        <message>
            <source>Review added.</source>
            <translation>Отзыв добавлен.</translation>
        </message>
        <message>
            <source>Review saved.</source>
            <translation>Отзыв сохранён.</translation>
        </message>
        <message>
            <source>No reviews yet. Add one with Add review when you review a product: reviews of items over $2 earn a point.</source>
            <translation>Отзывов пока нет. Добавьте отзыв кнопкой «Добавить отзыв», когда оцените товар: отзыв о товаре дороже 2 $ приносит балл.</translation>
        </message>
        <message>
            <source>Add visit</source>
            <translation>Добавить визит</translation>
        </message>
        <message>
            <source>Edit visit</source>
            <translation>Изменить визит</translation>
        </message>
        <message>
            <source>Delete visit</source>
            <translation>Удалить визит</translation>
        </message>
        <message>
            <source>Delete visit?</source>
            <translation>Удалить визит?</translation>
        </message>
        <message>
            <source>Cannot save the visit</source>
            <translation>Не удаётся сохранить визит</translation>
        </message>
        <message>
            <source>Cannot open the visit</source>
            <translation>Не удаётся открыть визит</translation>
        </message>
        <message>
            <source>&amp;Add visit…</source>
            <translation>&amp;Добавить визит…</translation>
        </message>
        <message>
            <source>Search visits</source>
            <translation>Поиск визитов</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Визиты</translation>
        </message>
        <message>
            <source>Visit added.</source>
            <translation>Визит добавлен.</translation>
        </message>
        <message>
            <source>Visit saved.</source>
            <translation>Визит сохранён.</translation>
        </message>
        <message>
            <source>No visits yet. Record today's with Edit ▸ Visited today.</source>
            <translation>Визитов пока нет. Отметьте сегодняшний через Правка ▸ Зашёл сегодня.</translation>
        </message>
        <message>
            <source>Add Club post</source>
            <translation>Добавить пост в Клубе</translation>
        </message>
        <message>
            <source>Edit Club post</source>
            <translation>Изменить пост в Клубе</translation>
        </message>
        <message>
            <source>Delete Club post</source>
            <translation>Удалить пост в Клубе</translation>
        </message>
        <message>
            <source>Delete Club post?</source>
            <translation>Удалить пост в Клубе?</translation>
        </message>
        <message>
            <source>Cannot save the Club post</source>
            <translation>Не удаётся сохранить пост в Клубе</translation>
        </message>
        <message>
            <source>Cannot open the Club post</source>
            <translation>Не удаётся открыть пост в Клубе</translation>
        </message>
        <message>
            <source>&amp;Add Club post…</source>
            <translation>&amp;Добавить пост в Клубе…</translation>
        </message>
        <message>
            <source>Search Club posts</source>
            <translation>Поиск постов в Клубе</translation>
        </message>
        <message>
            <source>Club posts</source>
            <translation>Посты в Клубе</translation>
        </message>
        <message>
            <source>Club post added.</source>
            <translation>Пост в Клубе добавлен.</translation>
        </message>
        <message>
            <source>Club post saved.</source>
            <translation>Пост в Клубе сохранён.</translation>
        </message>
        <message>
            <source>No Club posts yet.</source>
            <translation>Постов в Клубе пока нет.</translation>
        </message>
        <message>
            <source>Add store follow</source>
            <translation>Добавить подписку на магазин</translation>
        </message>
        <message>
            <source>Edit store follow</source>
            <translation>Изменить подписку на магазин</translation>
        </message>
        <message>
            <source>Delete store follow</source>
            <translation>Удалить подписку на магазин</translation>
        </message>
        <message>
            <source>Delete store follow?</source>
            <translation>Удалить подписку на магазин?</translation>
        </message>
        <message>
            <source>Cannot save the store follow</source>
            <translation>Не удаётся сохранить подписку на магазин</translation>
        </message>
        <message>
            <source>Cannot open the store follow</source>
            <translation>Не удаётся открыть подписку на магазин</translation>
        </message>
        <message>
            <source>&amp;Add store follow…</source>
            <translation>&amp;Добавить подписку на магазин…</translation>
        </message>
        <message>
            <source>Search store follows</source>
            <translation>Поиск подписок на магазины</translation>
        </message>
        <message>
            <source>Store follows</source>
            <translation>Подписки на магазины</translation>
        </message>
        <message>
            <source>Store follow added.</source>
            <translation>Подписка на магазин добавлена.</translation>
        </message>
        <message>
            <source>Store follow saved.</source>
            <translation>Подписка на магазин сохранена.</translation>
        </message>
        <message>
            <source>No store follows yet.</source>
            <translation>Подписок на магазины пока нет.</translation>
        </message>
        <message>
            <source>Add points entry</source>
            <translation>Добавить запись баллов</translation>
        </message>
        <message>
            <source>Edit points entry</source>
            <translation>Изменить запись баллов</translation>
        </message>
        <message>
            <source>Delete points entry</source>
            <translation>Удалить запись баллов</translation>
        </message>
        <message>
            <source>Delete points entry?</source>
            <translation>Удалить запись баллов?</translation>
        </message>
        <message>
            <source>Cannot save the points entry</source>
            <translation>Не удаётся сохранить запись баллов</translation>
        </message>
        <message>
            <source>Cannot open the points entry</source>
            <translation>Не удаётся открыть запись баллов</translation>
        </message>
        <message>
            <source>&amp;Add points entry…</source>
            <translation>&amp;Добавить запись баллов…</translation>
        </message>
        <message>
            <source>Search points entries</source>
            <translation>Поиск записей баллов</translation>
        </message>
        <message>
            <source>Points entries</source>
            <translation>Записи баллов</translation>
        </message>
        <message>
            <source>Points entry added.</source>
            <translation>Запись баллов добавлена.</translation>
        </message>
        <message>
            <source>Points entry saved.</source>
            <translation>Запись баллов сохранена.</translation>
        </message>
        <message>
            <source>No points entries yet.</source>
            <translation>Записей баллов пока нет.</translation>
        </message>
        <message>
            <source>Add promotion</source>
            <translation>Добавить акцию</translation>
        </message>
        <message>
            <source>Edit promotion</source>
            <translation>Изменить акцию</translation>
        </message>
        <message>
            <source>Delete promotion</source>
            <translation>Удалить акцию</translation>
        </message>
        <message>
            <source>Delete promotion?</source>
            <translation>Удалить акцию?</translation>
        </message>
        <message>
            <source>Cannot save the promotion</source>
            <translation>Не удаётся сохранить акцию</translation>
        </message>
        <message>
            <source>Cannot open the promotion</source>
            <translation>Не удаётся открыть акцию</translation>
        </message>
        <message>
            <source>&amp;Add promotion…</source>
            <translation>&amp;Добавить акцию…</translation>
        </message>
        <message>
            <source>Search promotions</source>
            <translation>Поиск акций</translation>
        </message>
        <message>
            <source>Promotions</source>
            <translation>Акции</translation>
        </message>
        <message>
            <source>Promotion added.</source>
            <translation>Акция добавлена.</translation>
        </message>
        <message>
            <source>Promotion saved.</source>
            <translation>Акция сохранена.</translation>
        </message>
        <message>
            <source>No promotions yet. Add one when AliExpress runs double points, such as 11.11.</source>
            <translation>Акций пока нет. Добавьте акцию, когда AliExpress начисляет двойные баллы, например на 11.11.</translation>
        </message>
        <message>
            <source>Add entry</source>
            <translation>Добавить запись</translation>
        </message>
        <message>
            <source>Edit entry</source>
            <translation>Изменить запись</translation>
        </message>
        <message>
            <source>Delete entry</source>
            <translation>Удалить запись</translation>
        </message>
        <message>
            <source>Delete entry?</source>
            <translation>Удалить запись?</translation>
        </message>
        <message>
            <source>Cannot save the entry</source>
            <translation>Не удаётся сохранить запись</translation>
        </message>
        <message>
            <source>Cannot open the entry</source>
            <translation>Не удаётся открыть запись</translation>
        </message>
        <message>
            <source>&amp;Add entry…</source>
            <translation>&amp;Добавить запись…</translation>
        </message>
        <message>
            <source>Search entries</source>
            <translation>Поиск записей</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Записи</translation>
        </message>
        <message>
            <source>Entry added.</source>
            <translation>Запись добавлена.</translation>
        </message>
        <message>
            <source>Entry saved.</source>
            <translation>Запись сохранена.</translation>
        </message>
        <message>
            <source>No visits, Club posts, follows or bonuses yet. Record today's visit with Edit ▸ Visited today, or add the others with the buttons below.</source>
            <translation>Визитов, постов в Клубе, подписок и бонусов пока нет. Отметьте сегодняшний визит через Правка ▸ Зашёл сегодня, а остальное добавьте кнопками ниже.</translation>
        </message>
        <message>
            <source>Add record</source>
            <translation>Добавить запись</translation>
        </message>
        <message>
            <source>Edit record</source>
            <translation>Изменить запись</translation>
        </message>
        <message>
            <source>Delete record</source>
            <translation>Удалить запись</translation>
        </message>
        <message>
            <source>Delete record?</source>
            <translation>Удалить запись?</translation>
        </message>
        <message>
            <source>Cannot save the record</source>
            <translation>Не удаётся сохранить запись</translation>
        </message>
        <message>
            <source>Cannot open the record</source>
            <translation>Не удаётся открыть запись</translation>
        </message>
        <message>
            <source>&amp;Add record…</source>
            <translation>&amp;Добавить запись…</translation>
        </message>
        <message>
            <source>Search records</source>
            <translation>Поиск записей</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Записи</translation>
        </message>
        <message>
            <source>Record added.</source>
            <translation>Запись добавлена.</translation>
        </message>
        <message>
            <source>Record saved.</source>
            <translation>Запись сохранена.</translation>
        </message>
        <message>
            <source>Nothing recorded yet.</source>
            <translation>Пока ничего не записано.</translation>
        </message>
    </context>
    <context>
        <name>RejectedModel</name>
        <message>
            <source>Row</source>
            <translation>Строка</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Проблема</translation>
        </message>
    </context>
    <context>
        <name>ReminderNotifier</name>
        <message>
            <source>{app}: a reminder</source>
            <translation>{app}: напоминание</translation>
        </message>
        <message numerus="yes">
            <source>{app}: %n reminders</source>
            <translation>
                <numerusform>{app}: %n напоминание</numerusform>
                <numerusform>{app}: %n напоминания</numerusform>
                <numerusform>{app}: %n напоминаний</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Level-up coupons after a tier rise</source>
            <translation>Купоны за повышение уровня</translation>
        </message>
        <message>
            <source>Birthday gift: set your birthday in time</source>
            <translation>Подарок на день рождения: укажите дату рождения вовремя</translation>
        </message>
        <message>
            <source>Registration-anniversary voucher</source>
            <translation>Купон к годовщине регистрации</translation>
        </message>
        <message>
            <source>Today's Member Center visit</source>
            <translation>Сегодняшний визит в Центр участников</translation>
        </message>
        <message>
            <source>Orders overdue for confirmation</source>
            <translation>Заказы с просроченным подтверждением</translation>
        </message>
        <message>
            <source>Tier lapsing within 30 days</source>
            <translation>Уровень истекает в ближайшие 30 дней</translation>
        </message>
        <message numerus="yes">
            <source>You reached {tier}: claim your level-up coupons between {first} and {last}, and use each within %n days.</source>
            <translation>
                <numerusform>Вы достигли уровня «{tier}»: заберите купоны за повышение уровня с {first} по {last} и используйте каждый в течение %n дня.</numerusform>
                <numerusform>Вы достигли уровня «{tier}»: заберите купоны за повышение уровня с {first} по {last} и используйте каждый в течение %n дней.</numerusform>
                <numerusform>Вы достигли уровня «{tier}»: заберите купоны за повышение уровня с {first} по {last} и используйте каждый в течение %n дней.</numerusform>
            </translation>
        </message>
        <message>
            <source>Birthday gift: make sure your birthday is set in your AliExpress profile by {date}.</source>
            <translation>Подарок на день рождения: убедитесь, что дата рождения указана в профиле AliExpress до {date}.</translation>
        </message>
        <message>
            <source>Your registration-anniversary voucher comes today.</source>
            <translation>Ваш купон к годовщине регистрации придёт сегодня.</translation>
        </message>
        <message>
            <source>Your registration-anniversary voucher comes on {date}.</source>
            <translation>Ваш купон к годовщине регистрации придёт {date}.</translation>
        </message>
        <message>
            <source>Visit the Member Center today for a point, then record the visit with Edit ▸ Visited today.</source>
            <translation>Зайдите сегодня в Центр участников за баллом, а потом отметьте визит через Правка ▸ Зашёл сегодня.</translation>
        </message>
        <message>
            <source>1 order is past the expected confirmation date: confirm receipt on AliExpress (or mark them confirmed or cancelled here).</source>
            <translation>У 1 заказа прошла ожидаемая дата подтверждения: подтвердите получение на AliExpress (или отметьте его здесь подтверждённым или отменённым).</translation>
        </message>
        <message numerus="yes">
            <source>%n orders are past the expected confirmation date: confirm receipt on AliExpress (or mark them confirmed or cancelled here).</source>
            <translation>
                <numerusform>У %n заказа прошла ожидаемая дата подтверждения: подтвердите получение на AliExpress (или отметьте их здесь подтверждёнными или отменёнными).</numerusform>
                <numerusform>У %n заказов прошла ожидаемая дата подтверждения: подтвердите получение на AliExpress (или отметьте их здесь подтверждёнными или отменёнными).</numerusform>
                <numerusform>У %n заказов прошла ожидаемая дата подтверждения: подтвердите получение на AliExpress (или отметьте их здесь подтверждёнными или отменёнными).</numerusform>
            </translation>
        </message>
        <message>
            <source>{tier} ends {date}: you drop to {lower}.</source>
            <translation>{tier} заканчивается {date}: вы опуститесь до уровня «{lower}».</translation>
        </message>
        <message>
            <source>Spend {amount} {when} to keep it.</source>
            <translation>Потратьте {amount} {when}, чтобы сохранить его.</translation>
        </message>
    </context>
    <context>
        <name>ReviewForm</name>
        <message>
            <source>This review earns no points: the item is below the rule set's minimum price (S4).</source>
            <translation>Этот отзыв не приносит баллов: товар дешевле минимальной цены по набору правил (S4).</translation>
        </message>
        <message>
            <source>This review earns no points under the active rule set.</source>
            <translation>Этот отзыв не приносит баллов по текущему набору правил.</translation>
        </message>
        <message>
            <source>This review earns 1 point (S4).</source>
            <translation>Этот отзыв приносит 1 балл (S4).</translation>
        </message>
        <message numerus="yes">
            <source>This review earns %n points (S4).</source>
            <translation>
                <numerusform>Этот отзыв приносит %n балл (S4).</numerusform>
                <numerusform>Этот отзыв приносит %n балла (S4).</numerusform>
                <numerusform>Этот отзыв приносит %n баллов (S4).</numerusform>
            </translation>
        </message>
        <message>
            <source>An order that no longer exists</source>
            <translation>Заказ, которого больше нет</translation>
        </message>
        <message>
            <source>Order {number} of {date}</source>
            <translation>Заказ {number} от {date}</translation>
        </message>
        <message>
            <source>Order of {date} from {store}</source>
            <translation>Заказ от {date} в магазине {store}</translation>
        </message>
        <message>
            <source>Order of {date}</source>
            <translation>Заказ от {date}</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Дата:</translation>
        </message>
        <message>
            <source>The product you reviewed</source>
            <translation>Товар, на который вы написали отзыв</translation>
        </message>
        <message>
            <source>&amp;Product:</source>
            <translation>&amp;Товар:</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Необязательно</translation>
        </message>
        <message>
            <source>Product &amp;id:</source>
            <translation>&amp;ID товара:</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Неизвестно</translation>
        </message>
        <message>
            <source>The item's price in US$; leave empty if you do not know it</source>
            <translation>Цена товара в US$; оставьте пустой, если не знаете</translation>
        </message>
        <message>
            <source>Item p&amp;rice $:</source>
            <translation>Ц&amp;ена товара, $:</translation>
        </message>
        <message>
            <source>Order:</source>
            <translation>Заказ:</translation>
        </message>
        <message>
            <source>Points:</source>
            <translation>Баллы:</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Update orders already recorded with this file's data</source>
            <translation>Обновить уже записанные заказы данными из этого файла</translation>
        </message>
        <message>
            <source>Skip rows with errors and import the rest</source>
            <translation>Пропустить строки с ошибками и импортировать остальное</translation>
        </message>
        <message>
            <source>Save rejected rows…</source>
            <translation>Сохранить отклонённые строки…</translation>
        </message>
        <message>
            <source>Check before importing</source>
            <translation>Проверьте перед импортом</translation>
        </message>
        <message>
            <source>1 row cannot be imported as it is: the marked cells say why. Save them to fix in a spreadsheet and import again.</source>
            <translation>1 строку нельзя импортировать как есть: отмеченные ячейки объясняют почему. Сохраните её, исправьте в таблице и импортируйте снова.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows cannot be imported as they are: the marked cells say why. Save them to fix in a spreadsheet and import again.</source>
            <translation>
                <numerusform>%Ln строку нельзя импортировать как есть: отмеченные ячейки объясняют почему. Сохраните их, исправьте в таблице и импортируйте снова.</numerusform>
                <numerusform>%Ln строки нельзя импортировать как есть: отмеченные ячейки объясняют почему. Сохраните их, исправьте в таблице и импортируйте снова.</numerusform>
                <numerusform>%Ln строк нельзя импортировать как есть: отмеченные ячейки объясняют почему. Сохраните их, исправьте в таблице и импортируйте снова.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;{count}&lt;/b&gt; to add</source>
            <translation>&lt;b&gt;{count}&lt;/b&gt; добавить</translation>
        </message>
        <message>
            <source>&lt;b&gt;{count}&lt;/b&gt; to update</source>
            <translation>&lt;b&gt;{count}&lt;/b&gt; обновить</translation>
        </message>
        <message>
            <source>{count} already recorded or repeated in the file, left out</source>
            <translation>{count} уже записаны или повторяются в файле, пропущены</translation>
        </message>
        <message>
            <source>&lt;b&gt;{rows} rejected&lt;/b&gt;</source>
            <translation>&lt;b&gt;отклонено: {rows}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>{rows} read: {parts}.</source>
            <translation>Прочитано {rows}: {parts}.</translation>
        </message>
        <message>
            <source>Every row reads as it should.</source>
            <translation>Все строки читаются правильно.</translation>
        </message>
    </context>
    <context>
        <name>RuleSet</name>
        <message>
            <source>AliExpress member program (since 2023)</source>
            <translation>Программа участников AliExpress (с 2023 года)</translation>
        </message>
        <message>
            <source>Silver, Gold, Platinum and Diamond; 1 point per US$1; month-end recalculation over 12 months, effective on the 8th.</source>
            <translation>Серебро, Золото, Платина и Бриллиант; 1 балл за 1 US$; пересчёт в конце месяца за 12 месяцев, действует с 8-го числа.</translation>
        </message>
        <message>
            <source>Silver</source>
            <translation>Серебро</translation>
        </message>
        <message>
            <source>5% off Top Weekly Brands</source>
            <translation>Скидка 5% на Top Weekly Brands</translation>
        </message>
        <message>
            <source>Birthday gift</source>
            <translation>Подарок на день рождения</translation>
        </message>
        <message>
            <source>Registration-anniversary voucher</source>
            <translation>Купон к годовщине регистрации</translation>
        </message>
        <message>
            <source>Level-up coupons</source>
            <translation>Купоны за повышение уровня</translation>
        </message>
        <message>
            <source>Gold</source>
            <translation>Золото</translation>
        </message>
        <message>
            <source>8% off Top Weekly Brands</source>
            <translation>Скидка 8% на Top Weekly Brands</translation>
        </message>
        <message>
            <source>Exclusive member prices</source>
            <translation>Эксклюзивные цены для участников</translation>
        </message>
        <message>
            <source>Exclusive event discounts</source>
            <translation>Скидки на эксклюзивных акциях</translation>
        </message>
        <message>
            <source>Platinum</source>
            <translation>Платина</translation>
        </message>
        <message>
            <source>10% off Top Weekly Brands</source>
            <translation>Скидка 10% на Top Weekly Brands</translation>
        </message>
        <message>
            <source>Fast refunds up to US$25</source>
            <translation>Быстрый возврат до 25 US$</translation>
        </message>
        <message>
            <source>Exclusive event benefits</source>
            <translation>Привилегии на эксклюзивных акциях</translation>
        </message>
        <message>
            <source>Diamond</source>
            <translation>Бриллиант</translation>
        </message>
        <message>
            <source>15% off Top Weekly Brands (up to 25% on select items)</source>
            <translation>Скидка 15% на Top Weekly Brands (до 25% на отдельные товары)</translation>
        </message>
        <message>
            <source>Fast refunds up to US$100</source>
            <translation>Быстрый возврат до 100 US$</translation>
        </message>
        <message>
            <source>Limited daily coupons</source>
            <translation>Ограниченные ежедневные купоны</translation>
        </message>
        <message>
            <source>AliExpress member program, flat points per order</source>
            <translation>Программа участников AliExpress, фиксированные баллы за заказ</translation>
        </message>
        <message>
            <source>The 2023 tiers and window, but 5 points per order of US$2 or more, at most 5 a day (the other reading of the shopping rule).</source>
            <translation>Уровни и окно 2023 года, но 5 баллов за заказ от 2 US$, не больше 5 в день (другое прочтение правила о покупках).</translation>
        </message>
        <message>
            <source>AliExpress levels A0-A4 (legacy)</source>
            <translation>Уровни AliExpress A0–A4 (старые)</translation>
        </message>
        <message>
            <source>Five levels A0-A4 over the last 365 days; 1 point per US$1 for at most 10 orders of a product; 5 points per purchase day.</source>
            <translation>Пять уровней A0–A4 за последние 365 дней; 1 балл за 1 US$ не более чем за 10 заказов одного товара; 5 баллов за день покупок.</translation>
        </message>
        <message>
            <source>A0</source>
            <translation>A0</translation>
        </message>
        <message>
            <source>A1</source>
            <translation>A1</translation>
        </message>
        <message>
            <source>Price-drop notifications</source>
            <translation>Уведомления о снижении цены</translation>
        </message>
        <message>
            <source>A2</source>
            <translation>A2</translation>
        </message>
        <message>
            <source>A3</source>
            <translation>A3</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Accelerated disputes (reviewed within 5 days)</source>
            <translation>Ускоренные споры (рассмотрение за 5 дней)</translation>
        </message>
    </context>
    <context>
        <name>Rules</name>
        <message>
            <source>points for the order's amount</source>
            <translation>баллы за сумму заказа</translation>
        </message>
        <message>
            <source>a refund took points back</source>
            <translation>возврат денег забрал баллы</translation>
        </message>
        <message>
            <source>several categories on one day</source>
            <translation>несколько категорий за один день</translation>
        </message>
        <message>
            <source>a product review</source>
            <translation>отзыв о товаре</translation>
        </message>
        <message>
            <source>a Member Center visit</source>
            <translation>визит в Центр участников</translation>
        </message>
        <message>
            <source>a Club post</source>
            <translation>пост в Клубе</translation>
        </message>
        <message>
            <source>a store follow</source>
            <translation>подписка на магазин</translation>
        </message>
        <message>
            <source>a bonus or an adjustment</source>
            <translation>бонус или поправка</translation>
        </message>
        <message>
            <source>a promotion multiplied the points</source>
            <translation>акция умножила баллы</translation>
        </message>
        <message>
            <source>flat points per order</source>
            <translation>фиксированные баллы за заказ</translation>
        </message>
        <message>
            <source>points for the order's amount (10 orders of a product at most)</source>
            <translation>баллы за сумму заказа (не больше 10 заказов одного товара)</translation>
        </message>
        <message>
            <source>a day with a purchase</source>
            <translation>день с покупкой</translation>
        </message>
        <message>
            <source>{rule}: {meaning}</source>
            <translation>{rule}: {meaning}</translation>
        </message>
    </context>
    <context>
        <name>SavedPlans</name>
        <message>
            <source>Month</source>
            <translation>Месяц</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>План</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Факт</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Разница</translation>
        </message>
        <message>
            <source>{month} (so far)</source>
            <translation>{month} (пока)</translation>
        </message>
        <message>
            <source>“{plan}” covers no month up to today.</source>
            <translation>План «{plan}» не охватывает ни одного месяца до сегодня.</translation>
        </message>
        <message>
            <source>as planned</source>
            <translation>как планировалось</translation>
        </message>
        <message>
            <source>{count} more than planned</source>
            <translation>на {count} больше плана</translation>
        </message>
        <message>
            <source>{count} fewer than planned</source>
            <translation>на {count} меньше плана</translation>
        </message>
        <message>
            <source>Since {date}: {actual} points earned, {how} ({planned}).</source>
            <translation>С {date}: заработано {actual} баллов, {how} ({planned}).</translation>
        </message>
        <message>
            <source>Saved {date}</source>
            <translation>Сохранён {date}</translation>
        </message>
        <message>
            <source>Plan of {date}</source>
            <translation>План от {date}</translation>
        </message>
        <message>
            <source>Saved the plan “{plan}”.</source>
            <translation>План «{plan}» сохранён.</translation>
        </message>
        <message>
            <source>Loaded the plan “{plan}”.</source>
            <translation>План «{plan}» загружен.</translation>
        </message>
        <message>
            <source>Deleted the plan “{plan}”.</source>
            <translation>План «{plan}» удалён.</translation>
        </message>
    </context>
    <context>
        <name>SavedPlansBox</name>
        <message>
            <source>Saved plans</source>
            <translation>Сохранённые планы</translation>
        </message>
        <message>
            <source>Name, e.g. Keep Platinum</source>
            <translation>Название, например «Сохранить Платину»</translation>
        </message>
        <message>
            <source>Plan name</source>
            <translation>Название плана</translation>
        </message>
        <message>
            <source>&amp;Save plan</source>
            <translation>&amp;Сохранить план</translation>
        </message>
        <message>
            <source>L&amp;oad</source>
            <translation>&amp;Загрузить</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>&amp;Compare with what happened</source>
            <translation>&amp;Сравнить с тем, что было</translation>
        </message>
        <message>
            <source>Planned and actual points by month</source>
            <translation>Запланированные и фактические баллы по месяцам</translation>
        </message>
        <message>
            <source>No saved plans yet</source>
            <translation>Сохранённых планов пока нет</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <source>Search store, note or kind</source>
            <translation>Поиск по магазину, заметке или виду</translation>
        </message>
        <message>
            <source>Search title, store, order no. or note</source>
            <translation>Поиск по названию, магазину, № заказа или заметке</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <source>Search product, product id or order no.</source>
            <translation>Поиск по товару, ID товара или № заказа</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>Cannot redo “{action}”: {reason}</source>
            <translation>Не удалось повторить «{action}»: {reason}</translation>
        </message>
        <message>
            <source>Cannot undo “{action}”: {reason}</source>
            <translation>Не удалось отменить «{action}»: {reason}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>&amp;Points</source>
            <translation>&amp;Баллы</translation>
        </message>
        <message>
            <source>&amp;You</source>
            <translation>&amp;Вы</translation>
        </message>
        <message>
            <source>&amp;Currencies</source>
            <translation>Ва&amp;люты</translation>
        </message>
        <message>
            <source>&amp;Reminders &amp;&amp; language</source>
            <translation>Напо&amp;минания и язык</translation>
        </message>
        <message>
            <source>&amp;Data file</source>
            <translation>&amp;Файл данных</translation>
        </message>
        <message>
            <source>Other file…</source>
            <translation>Другой файл…</translation>
        </message>
        <message>
            <source>The chosen rule set's tiers and rules</source>
            <translation>Уровни и правила выбранного набора</translation>
        </message>
        <message>
            <source> days</source>
            <translation> дн.</translation>
        </message>
        <message>
            <source>How long after ordering you usually confirm receipt; plans buy this much earlier.</source>
            <translation>Через сколько после заказа вы обычно подтверждаете получение; планы покупают настолько раньше.</translation>
        </message>
        <message>
            <source>R&amp;ule set:</source>
            <translation>&amp;Набор правил:</translation>
        </message>
        <message>
            <source>Confirmation &amp;lag:</source>
            <translation>&amp;Задержка подтверждения:</translation>
        </message>
        <message>
            <source> points a month</source>
            <translation> баллов в месяц</translation>
        </message>
        <message>
            <source>Points you expect each month from visits, reviews and posts.</source>
            <translation>Баллы, которые вы ждёте каждый месяц за визиты, отзывы и посты.</translation>
        </message>
        <message>
            <source>&amp;Expected non-shopping points:</source>
            <translation>&amp;Ожидаемые баллы без покупок:</translation>
        </message>
        <message>
            <source>Count pending orders in projections (as expected points)</source>
            <translation>Учитывать ожидающие заказы в прогнозах (как ожидаемые баллы)</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>День рождения</translation>
        </message>
        <message>
            <source>&amp;Birthday:</source>
            <translation>&amp;День рождения:</translation>
        </message>
        <message>
            <source>Re&amp;gistered on AliExpress:</source>
            <translation>&amp;Регистрация на AliExpress:</translation>
        </message>
        <message>
            <source>Show these reminders on the dashboard:</source>
            <translation>Показывать эти напоминания на сводке:</translation>
        </message>
        <message>
            <source>Also show new reminders as desktop &amp;notifications, once a day each</source>
            <translation>Также показывать новые напоминания как &amp;уведомления на рабочем столе, каждое раз в день</translation>
        </message>
        <message>
            <source>The system's language</source>
            <translation>Язык системы</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <source>The new language is used from the next time Points Tracker starts.</source>
            <translation>Новый язык будет использоваться со следующего запуска Points Tracker.</translation>
        </message>
        <message>
            <source>Your records are kept in this file:</source>
            <translation>Ваши записи хранятся в этом файле:</translation>
        </message>
        <message>
            <source>Data file</source>
            <translation>Файл данных</translation>
        </message>
        <message>
            <source>Open &amp;folder</source>
            <translation>Открыть &amp;папку</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;Новая база данных…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Открыть базу данных…</translation>
        </message>
        <message>
            <source>A backup of the file is made each day you use it, in the backups folder beside it.</source>
            <translation>Каждый день, когда вы пользуетесь файлом, делается его резервная копия в папке backups рядом с ним.</translation>
        </message>
        <message>
            <source>Choose a rule-set file</source>
            <translation>Выберите файл правил</translation>
        </message>
        <message>
            <source>Rule sets (*.toml)</source>
            <translation>Наборы правил (*.toml)</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>Cannot write a backup to {target}: that file is a database in use.</source>
            <translation>Не удаётся записать резервную копию в {target}: этот файл — используемая база данных.</translation>
        </message>
        <message>
            <source>Cannot write a backup to {target}: it is a folder, not a file.</source>
            <translation>Не удаётся записать резервную копию в {target}: это папка, а не файл.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Ничего не изменено.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a backup file. Nothing was changed.</source>
            <translation>{path} — папка, а не файл резервной копии. Ничего не изменено.</translation>
        </message>
        <message>
            <source>{path}: no such file. Nothing was changed.</source>
            <translation>{path}: такого файла нет. Ничего не изменено.</translation>
        </message>
        <message>
            <source>{path} is not a Points Tracker database (it may be another program's). Nothing was changed.</source>
            <translation>{path} — не база данных Points Tracker (возможно, она принадлежит другой программе). Ничего не изменено.</translation>
        </message>
        <message>
            <source>{path} was made by a newer Points Tracker (data version {version}; this one understands up to {SCHEMA_VERSION}). Update Points Tracker to restore it. Nothing was changed.</source>
            <translation>{path} создан более новой версией Points Tracker (версия данных {version}; эта понимает до {SCHEMA_VERSION}). Обновите Points Tracker, чтобы восстановить его. Ничего не изменено.</translation>
        </message>
        <message>
            <source>{path} is damaged, or it is not a Points Tracker backup. Nothing was changed.</source>
            <translation>{path} повреждён или не является резервной копией Points Tracker. Ничего не изменено.</translation>
        </message>
        <message>
            <source>{path} is damaged. Nothing was changed.</source>
            <translation>{path} повреждён. Ничего не изменено.</translation>
        </message>
        <message>
            <source>{path} was written by a newer Points Tracker (data version {version}; this one understands up to {SCHEMA_VERSION}), so this one does not restore over it. Update Points Tracker first. Nothing was changed.</source>
            <translation>{path} записан более новой версией Points Tracker (версия данных {version}; эта понимает до {SCHEMA_VERSION}), поэтому эта версия не восстанавливает поверх него. Сначала обновите Points Tracker. Ничего не изменено.</translation>
        </message>
        <message>
            <source>{backup_file} is the database itself; choose a backup file. Nothing was changed.</source>
            <translation>{backup_file} — это сама база данных; выберите файл резервной копии. Ничего не изменено.</translation>
        </message>
        <message>
            <source>No good automatic backup of {db_path} was found in {backups_dir}. Nothing was changed.</source>
            <translation>В {backups_dir} не найдено исправной автоматической копии {db_path}. Ничего не изменено.</translation>
        </message>
        <message>
            <source>No order {order_no} is recorded: import the orders first</source>
            <translation>Заказ {order_no} не записан: сначала импортируйте заказы</translation>
        </message>
        <message>
            <source>This import is no longer recorded; it may have been undone already.</source>
            <translation>Этот импорт больше не записан; возможно, он уже отменён.</translation>
        </message>
        <message>
            <source>Cannot save to {path}: the file is read-only. Make it writable, or use a copy, and try again.</source>
            <translation>Не удаётся сохранить в {path}: файл только для чтения. Разрешите запись или используйте копию и попробуйте снова.</translation>
        </message>
        <message>
            <source>Cannot save to {path}: its folder {folder} is read-only, and Points Tracker needs to write beside the file. Make the folder writable and try again.</source>
            <translation>Не удаётся сохранить в {path}: папка {folder} только для чтения, а Points Tracker нужно писать рядом с файлом. Разрешите запись в папку и попробуйте снова.</translation>
        </message>
        <message>
            <source>Cannot save to {path}: the file or its folder is read-only.</source>
            <translation>Не удаётся сохранить в {path}: файл или его папка только для чтения.</translation>
        </message>
        <message>
            <source>Cannot open {path}: you do not have permission to use its folder {folder}.</source>
            <translation>Не удаётся открыть {path}: нет прав на использование папки {folder}.</translation>
        </message>
        <message>
            <source>Cannot open {path}: you do not have permission to read and change it.</source>
            <translation>Не удаётся открыть {path}: нет прав на его чтение и изменение.</translation>
        </message>
        <message>
            <source>Cannot open {path}: the file, or one of the files Points Tracker keeps beside it ({wal}, {shm}), cannot be opened.</source>
            <translation>Не удаётся открыть {path}: не открывается сам файл или один из файлов, которые Points Tracker держит рядом ({wal}, {shm}).</translation>
        </message>
        <message>
            <source>{path} is in use by another program and stayed busy for {seconds} seconds. Close the other program or window and try again.</source>
            <translation>{path} используется другой программой и был занят {seconds} с. Закройте другую программу или окно и попробуйте снова.</translation>
        </message>
        <message>
            <source>{path} is damaged: some of its text cannot be read.</source>
            <translation>{path} повреждён: часть текста не читается.</translation>
        </message>
        <message>
            <source>{path} is damaged, or it is not a Points Tracker database.</source>
            <translation>{path} повреждён или не является базой данных Points Tracker.</translation>
        </message>
        <message>
            <source>Cannot save to {path}: the disk is full. Nothing was changed; free some space and try again.</source>
            <translation>Не удаётся сохранить в {path}: диск заполнен. Ничего не изменено; освободите место и попробуйте снова.</translation>
        </message>
        <message>
            <source>Cannot read or write {path}: the disk reported an error. Nothing was changed; check the disk, and restore a backup if this keeps happening.</source>
            <translation>Не удаётся прочитать или записать {path}: диск сообщил об ошибке. Ничего не изменено; проверьте диск и восстановите резервную копию, если это повторится.</translation>
        </message>
        <message>
            <source>Points Tracker ran out of memory working on {path}. Close other programs and try again.</source>
            <translation>Points Tracker не хватило памяти при работе с {path}. Закройте другие программы и попробуйте снова.</translation>
        </message>
        <message>
            <source>Cannot open {path}: it is a folder, not a file.</source>
            <translation>Не удаётся открыть {path}: это папка, а не файл.</translation>
        </message>
        <message>
            <source>Cannot create {path}: part of the path is a file, not a folder.</source>
            <translation>Не удаётся создать {path}: часть пути — файл, а не папка.</translation>
        </message>
        <message>
            <source>{path} is damaged: part of it cannot be read correctly.</source>
            <translation>{path} повреждён: часть его не читается правильно.</translation>
        </message>
        <message>
            <source>No automatic backup of it was found in {folder}.</source>
            <translation>В {folder} не найдено ни одной автоматической копии.</translation>
        </message>
        <message>
            <source>The latest good backup is {file} (made {when}).</source>
            <translation>Последняя исправная копия — {file} (создана {when}).</translation>
        </message>
        <message>
            <source>This {label} no longer exists (id {row_id}); it may have been deleted or its import undone.</source>
            <translation>Этой записи ({label}) больше нет (id {row_id}); возможно, она удалена или её импорт отменён.</translation>
        </message>
        <message>
            <source>Cannot {action} {path}: {reason}.</source>
            <translation>Не удаётся {action} {path}: {reason}.</translation>
        </message>
        <message>
            <source>The file that was there before is unchanged.</source>
            <translation>Прежний файл не изменён.</translation>
        </message>
        <message>
            <source>{path} is a database of another program, not a Points Tracker file. Choose another file.</source>
            <translation>{path} — база данных другой программы, а не файл Points Tracker. Выберите другой файл.</translation>
        </message>
        <message>
            <source>{path} was written by a newer Points Tracker (data version {version}; this one understands up to {SCHEMA_VERSION}). Update Points Tracker to open it; the file was not changed.</source>
            <translation>{path} записан более новой версией Points Tracker (версия данных {version}; эта понимает до {SCHEMA_VERSION}). Обновите Points Tracker, чтобы открыть его; файл не изменён.</translation>
        </message>
        <message>
            <source>{path} is an SQLite database of another program, not a Points Tracker file. Choose another file.</source>
            <translation>{path} — база SQLite другой программы, а не файл Points Tracker. Выберите другой файл.</translation>
        </message>
        <message>
            <source>{file_error} {path} was not upgraded.</source>
            <translation>{file_error} {path} не обновлён.</translation>
        </message>
        <message>
            <source>{path} was not upgraded: the upgrade would break links between records.</source>
            <translation>{path} не обновлён: обновление нарушило бы связи между записями.</translation>
        </message>
        <message>
            <source>{path} is damaged: its {table} table is not as Points Tracker made it.</source>
            <translation>{path} повреждён: таблица {table} не такая, какой её создал Points Tracker.</translation>
        </message>
        <message>
            <source>{file} is damaged: some of its records cannot be read.</source>
            <translation>{file} повреждён: часть записей не читается.</translation>
        </message>
        <message>
            <source>{path} is open in another Points Tracker: close its window, or let the restore working on it finish, and try again.</source>
            <translation>{path} открыт в другом Points Tracker: закройте его окно или дождитесь окончания восстановления и попробуйте снова.</translation>
        </message>
        <message>
            <source>{file} is a file, not a folder</source>
            <translation>{file} — это файл, а не папка</translation>
        </message>
        <message>
            <source>you are not allowed to create folders in {place}</source>
            <translation>у вас нет прав на создание папок в {place}</translation>
        </message>
        <message>
            <source>{place} is on a disk that can only be read</source>
            <translation>{place} находится на диске, доступном только для чтения</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>диск заполнен</translation>
        </message>
        <message>
            <source>Points Tracker cannot create the folder {folder} for your records: {reason}.</source>
            <translation>Points Tracker не может создать папку {folder} для ваших записей: {reason}.</translation>
        </message>
        <message>
            <source>Order {order_no} is recorded again meanwhile</source>
            <translation>Заказ {order_no} тем временем записан снова</translation>
        </message>
        <message>
            <source>A visit on {date} is recorded again meanwhile</source>
            <translation>Посещение {date} тем временем записано снова</translation>
        </message>
        <message>
            <source>It cannot be put back</source>
            <translation>Его нельзя вернуть</translation>
        </message>
        <message>
            <source>{month} has no day {day}</source>
            <translation>В {month} нет дня {day}</translation>
        </message>
        <message>
            <source>{path} is empty (0 bytes), though its backups hold data: it was cut short, probably by a crash or a full disk.</source>
            <translation>{path} пуст (0 байт), хотя в его резервных копиях есть данные: файл обрезан, вероятно, из-за сбоя или переполненного диска.</translation>
        </message>
    </context>
    <context>
        <name>Summary</name>
        <message>
            <source>{tier} is the first tier: there is nothing to lose.</source>
            <translation>{tier} — первый уровень: терять нечего.</translation>
        </message>
        <message>
            <source>Your {tier} tier is safe for the coming 12 months.</source>
            <translation>Ваш уровень «{tier}» сохранится на ближайшие 12 месяцев.</translation>
        </message>
        <message numerus="yes">
            <source>{tier} ends {date} (%n days): you drop to {lower} unless you earn more points.</source>
            <translation>
                <numerusform>{tier} заканчивается {date} (через %n день): вы опуститесь до уровня «{lower}», если не наберёте больше баллов.</numerusform>
                <numerusform>{tier} заканчивается {date} (через %n дня): вы опуститесь до уровня «{lower}», если не наберёте больше баллов.</numerusform>
                <numerusform>{tier} заканчивается {date} (через %n дней): вы опуститесь до уровня «{lower}», если не наберёте больше баллов.</numerusform>
            </translation>
        </message>
        <message>
            <source>as soon as you can</source>
            <translation>как можно скорее</translation>
        </message>
        <message>
            <source>today</source>
            <translation>сегодня</translation>
        </message>
        <message>
            <source>by {date}</source>
            <translation>до {date}</translation>
        </message>
        <message>
            <source>No spending needed to keep {tier} for the coming 12 months.</source>
            <translation>Чтобы сохранить уровень «{tier}» на ближайшие 12 месяцев, тратить ничего не нужно.</translation>
        </message>
        <message>
            <source>Spend {amount} {when} to still be {tier} on {date}.</source>
            <translation>Потратьте {amount} {when}, чтобы {date} остаться на уровне «{tier}».</translation>
        </message>
        <message numerus="yes">
            <source>Keeping it for the coming 12 months takes %n purchases, {total} in all, starting with this one.</source>
            <translation>
                <numerusform>Чтобы сохранить его на ближайшие 12 месяцев, понадобится %n покупка — всего {total}, начиная с этой.</numerusform>
                <numerusform>Чтобы сохранить его на ближайшие 12 месяцев, понадобятся %n покупки — всего {total}, начиная с этой.</numerusform>
                <numerusform>Чтобы сохранить его на ближайшие 12 месяцев, понадобится %n покупок — всего {total}, начиная с этой.</numerusform>
            </translation>
        </message>
        <message>
            <source>{tier} is the top tier.</source>
            <translation>{tier} — высший уровень.</translation>
        </message>
        <message numerus="yes">
            <source>%n more points by {date} reach {tier}.</source>
            <translation>
                <numerusform>Ещё %n балл до {date} — и будет {tier}.</numerusform>
                <numerusform>Ещё %n балла до {date} — и будет {tier}.</numerusform>
                <numerusform>Ещё %n баллов до {date} — и будет {tier}.</numerusform>
            </translation>
        </message>
        <message>
            <source>{tier} needs no regular spending.</source>
            <translation>Для уровня «{tier}» регулярные траты не нужны.</translation>
        </message>
        <message>
            <source>{amount} a month keeps {tier} for good.</source>
            <translation>{amount} в месяц сохраняют уровень «{tier}» навсегда.</translation>
        </message>
        <message>
            <source>Counted every day: {tier} from {date}.</source>
            <translation>Считается каждый день: {tier} с {date}.</translation>
        </message>
        <message>
            <source>Counted on {date}: {tier} from {effective}.</source>
            <translation>Подсчёт {date}: {tier} с {effective}.</translation>
        </message>
        <message>
            <source>Fast refunds up to {amount}</source>
            <translation>Быстрый возврат до {amount}</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Done</source>
            <translation>Готово</translation>
        </message>
        <message>
            <source>&amp;Undo this import</source>
            <translation>&amp;Отменить этот импорт</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Импортировано</translation>
        </message>
        <message>
            <source>{count} added</source>
            <translation>добавлено: {count}</translation>
        </message>
        <message>
            <source>{count} updated</source>
            <translation>обновлено: {count}</translation>
        </message>
        <message>
            <source>{count} already recorded or repeated in the file, left out</source>
            <translation>уже записаны или повторяются в файле, пропущены: {count}</translation>
        </message>
        <message>
            <source>{rows} rejected and not imported</source>
            <translation>отклонено и не импортировано: {rows}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{file}&lt;/b&gt;: {parts}.</source>
            <translation>&lt;b&gt;{file}&lt;/b&gt;: {parts}.</translation>
        </message>
        <message>
            <source>The import is recorded as batch {batch}; you can undo it later from the list of imports.</source>
            <translation>Импорт записан как пакет {batch}; его можно отменить позже из списка импортов.</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Не импортировано</translation>
        </message>
        <message>
            <source>Import undone</source>
            <translation>Импорт отменён</translation>
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message>
            <source>the visit on {when}</source>
            <translation>визит {when}</translation>
        </message>
        <message>
            <source>the Club post of {when}</source>
            <translation>пост в Клубе от {when}</translation>
        </message>
        <message>
            <source>the store follow of {when}</source>
            <translation>подписку на магазин от {when}</translation>
        </message>
        <message numerus="yes">
            <source>the bonus of %n points on {when}</source>
            <translation>
                <numerusform>бонус в %n балл от {when}</numerusform>
                <numerusform>бонус в %n балла от {when}</numerusform>
                <numerusform>бонус в %n баллов от {when}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the adjustment of minus %n points on {when}</source>
            <translation>
                <numerusform>корректировку на минус %n балл от {when}</numerusform>
                <numerusform>корректировку на минус %n балла от {when}</numerusform>
                <numerusform>корректировку на минус %n баллов от {when}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the adjustment of %n points on {when}</source>
            <translation>
                <numerusform>корректировку на %n балл от {when}</numerusform>
                <numerusform>корректировку на %n балла от {when}</numerusform>
                <numerusform>корректировку на %n баллов от {when}</numerusform>
            </translation>
        </message>
        <message>
            <source>Today's visit is recorded</source>
            <translation>Сегодняшний визит отмечен</translation>
        </message>
        <message>
            <source>Record today's Member Center visit</source>
            <translation>Отметить сегодняшний визит в Центр участников</translation>
        </message>
        <message>
            <source>Visit recorded for {today}.</source>
            <translation>Визит за {today} отмечен.</translation>
        </message>
        <message>
            <source>The visit of {today} was already recorded.</source>
            <translation>Визит за {today} уже был отмечен.</translation>
        </message>
        <message>
            <source>Visits saved.</source>
            <translation>Визиты сохранены.</translation>
        </message>
        <message>
            <source>“{name}”</source>
            <translation>«{name}»</translation>
        </message>
        <message>
            <source>the promotion</source>
            <translation>акцию</translation>
        </message>
        <message>
            <source>{name} ({multiplier_label}, {day} to {day2})</source>
            <translation>{name} ({multiplier_label}, с {day} по {day2})</translation>
        </message>
        <message>
            <source>expected {date}</source>
            <translation>ожидается {date}</translation>
        </message>
        <message>
            <source>estimated</source>
            <translation>оценка</translation>
        </message>
        <message>
            <source>credited</source>
            <translation>начислено</translation>
        </message>
        <message>
            <source>Expected when you confirm receipt around {short_day}</source>
            <translation>Ожидается после подтверждения получения около {short_day}</translation>
        </message>
        <message>
            <source>Estimated: confirmation date unknown</source>
            <translation>Оценка: дата подтверждения неизвестна</translation>
        </message>
        <message>
            <source>Price unknown</source>
            <translation>Цена неизвестна</translation>
        </message>
        <message>
            <source>Dated after today: not counted yet</source>
            <translation>Дата позже сегодняшней: пока не учитывается</translation>
        </message>
        <message>
            <source>Reviews of items under {amount} earn no points (S4)</source>
            <translation>Отзывы о товарах дешевле {amount} баллов не приносят (S4)</translation>
        </message>
        <message numerus="yes">
            <source>Not counted: the month's first %n visits earn points ({rule})</source>
            <translation>
                <numerusform>Не учитывается: баллы приносит только первый %n визит в месяц ({rule})</numerusform>
                <numerusform>Не учитывается: баллы приносят только первые %n визита в месяц ({rule})</numerusform>
                <numerusform>Не учитывается: баллы приносят только первые %n визитов в месяц ({rule})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not counted: the month's first %n Club posts earn points ({rule})</source>
            <translation>
                <numerusform>Не учитывается: баллы приносит только первый %n пост в Клубе за месяц ({rule})</numerusform>
                <numerusform>Не учитывается: баллы приносят только первые %n поста в Клубе за месяц ({rule})</numerusform>
                <numerusform>Не учитывается: баллы приносят только первые %n постов в Клубе за месяц ({rule})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not counted: the month's first %n store follows earn points ({rule})</source>
            <translation>
                <numerusform>Не учитывается: баллы приносит только первая %n подписка на магазин за месяц ({rule})</numerusform>
                <numerusform>Не учитывается: баллы приносят только первые %n подписки на магазины за месяц ({rule})</numerusform>
                <numerusform>Не учитывается: баллы приносят только первые %n подписок на магазины за месяц ({rule})</numerusform>
            </translation>
        </message>
        <message>
            <source>Earns nothing under the active rule set</source>
            <translation>По текущему набору правил ничего не приносит</translation>
        </message>
        <message>
            <source>after today</source>
            <translation>в будущем</translation>
        </message>
        <message>
            <source>over the month's cap</source>
            <translation>сверх месячного лимита</translation>
        </message>
        <message>
            <source>not counted</source>
            <translation>не учитывается</translation>
        </message>
        <message>
            <source>{entries}, 1 visit</source>
            <translation>{entries}, 1 визит</translation>
        </message>
        <message numerus="yes">
            <source>{entries}, %Ln visits</source>
            <translation>
                <numerusform>{entries}, %Ln визит</numerusform>
                <numerusform>{entries}, %Ln визита</numerusform>
                <numerusform>{entries}, %Ln визитов</numerusform>
            </translation>
        </message>
        <message>
            <source>1 item in all</source>
            <translation>1 товар всего</translation>
        </message>
        <message numerus="yes">
            <source>%n items in all</source>
            <translation>
                <numerusform>%n товар всего</numerusform>
                <numerusform>%n товара всего</numerusform>
                <numerusform>%n товаров всего</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{title} (+%n more)</source>
            <translation>
                <numerusform>{title} (+ещё %n)</numerusform>
                <numerusform>{title} (+ещё %n)</numerusform>
                <numerusform>{title} (+ещё %n)</numerusform>
            </translation>
        </message>
        <message>
            <source>{title} ×{quantity}</source>
            <translation>{title} ×{quantity}</translation>
        </message>
        <message>
            <source>A cancelled order earns nothing</source>
            <translation>Отменённый заказ ничего не приносит</translation>
        </message>
        <message>
            <source>Refunded: what is left is below the minimum, so the points were taken back (S2)</source>
            <translation>Возврат: оставшаяся сумма ниже минимума, поэтому баллы забраны (S2)</translation>
        </message>
        <message>
            <source>Orders under {amount} after discounts earn no points (S1)</source>
            <translation>Заказы дешевле {amount} после скидок баллов не приносят (S1)</translation>
        </message>
        <message>
            <source>Earns nothing under the active rule set: another order of the product or the day already took its points (F1, L1)</source>
            <translation>По текущему набору правил ничего не приносит: баллы уже получил другой заказ этого товара или этого дня (F1, L1)</translation>
        </message>
        <message>
            <source>no US$ amount</source>
            <translation>нет суммы в US$</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>отменён</translation>
        </message>
        <message>
            <source>refunded</source>
            <translation>возврат</translation>
        </message>
        <message>
            <source>under {amount}</source>
            <translation>меньше {amount}</translation>
        </message>
        <message>
            <source>Reading orders… {read} of {expected}</source>
            <translation>Читаем заказы… {read} из {expected}</translation>
        </message>
        <message numerus="yes">
            <source>{orders}, %Ln pending</source>
            <translation>
                <numerusform>{orders}, ожидает: %Ln</numerusform>
                <numerusform>{orders}, ожидают: %Ln</numerusform>
                <numerusform>{orders}, ожидают: %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>from date</source>
            <translation>дата начала</translation>
        </message>
        <message>
            <source>Any date</source>
            <translation>Любая дата</translation>
        </message>
        <message>
            <source>to date</source>
            <translation>дата окончания</translation>
        </message>
        <message>
            <source>the review of {date} ({title})</source>
            <translation>отзыв от {date} ({title})</translation>
        </message>
        <message>
            <source>the review of {date}</source>
            <translation>отзыв от {date}</translation>
        </message>
        <message>
            <source>{shown} of {all}</source>
            <translation>{shown} из {all}</translation>
        </message>
        <message>
            <source>1 order</source>
            <translation>1 заказ</translation>
        </message>
        <message numerus="yes">
            <source>%Ln orders</source>
            <translation>
                <numerusform>%Ln заказ</numerusform>
                <numerusform>%Ln заказа</numerusform>
                <numerusform>%Ln заказов</numerusform>
            </translation>
        </message>
        <message>
            <source>1 review</source>
            <translation>1 отзыв</translation>
        </message>
        <message numerus="yes">
            <source>%Ln reviews</source>
            <translation>
                <numerusform>%Ln отзыв</numerusform>
                <numerusform>%Ln отзыва</numerusform>
                <numerusform>%Ln отзывов</numerusform>
            </translation>
        </message>
        <message>
            <source>1 entry</source>
            <translation>1 запись</translation>
        </message>
        <message numerus="yes">
            <source>%Ln entries</source>
            <translation>
                <numerusform>%Ln запись</numerusform>
                <numerusform>%Ln записи</numerusform>
                <numerusform>%Ln записей</numerusform>
            </translation>
        </message>
        <message>
            <source>1 promotion</source>
            <translation>1 акция</translation>
        </message>
        <message numerus="yes">
            <source>%Ln promotions</source>
            <translation>
                <numerusform>%Ln акция</numerusform>
                <numerusform>%Ln акции</numerusform>
                <numerusform>%Ln акций</numerusform>
            </translation>
        </message>
        <message>
            <source>order {number} of {date} from {store} ({what})</source>
            <translation>заказ {number} от {date} в магазине {store} ({what})</translation>
        </message>
        <message>
            <source>order {number} of {date} ({what})</source>
            <translation>заказ {number} от {date} ({what})</translation>
        </message>
        <message>
            <source>the order of {date} from {store} ({what})</source>
            <translation>заказ от {date} в магазине {store} ({what})</translation>
        </message>
        <message>
            <source>the order of {date} ({what})</source>
            <translation>заказ от {date} ({what})</translation>
        </message>
        <message>
            <source>Could not read the orders: {problem}</source>
            <translation>Не удаётся прочитать заказы: {problem}</translation>
        </message>
    </context>
    <context>
        <name>TierBadge</name>
        <message>
            <source>Tier: {tier}</source>
            <translation>Уровень: {tier}</translation>
        </message>
        <message>
            <source>Your tier: {tier}</source>
            <translation>Ваш уровень: {tier}</translation>
        </message>
    </context>
    <context>
        <name>VisitsCalendarDialog</name>
        <message>
            <source>Member Center visits</source>
            <translation>Визиты в Центр участников</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Предыдущий месяц</translation>
        </message>
        <message>
            <source>Previous month (Page Up)</source>
            <translation>Предыдущий месяц (Page Up)</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Следующий месяц</translation>
        </message>
        <message>
            <source>Next month (Page Down)</source>
            <translation>Следующий месяц (Page Down)</translation>
        </message>
        <message numerus="yes">
            <source>Only the first %n visits of a month earn points (rule S5)</source>
            <translation>
                <numerusform>Баллы приносит только первый %n визит в месяц (правило S5)</numerusform>
                <numerusform>Баллы приносят только первые %n визита в месяц (правило S5)</numerusform>
                <numerusform>Баллы приносят только первые %n визитов в месяц (правило S5)</numerusform>
            </translation>
        </message>
        <message>
            <source>Tick the days you visited the Member Center.</source>
            <translation>Отметьте дни, когда вы заходили в Центр участников.</translation>
        </message>
        <message>
            <source>1 visit this month, all counted</source>
            <translation>1 визит в этом месяце, все засчитаны</translation>
        </message>
        <message numerus="yes">
            <source>%n visits this month, all counted</source>
            <translation>
                <numerusform>%n визит в этом месяце, все засчитаны</numerusform>
                <numerusform>%n визита в этом месяце, все засчитаны</numerusform>
                <numerusform>%n визитов в этом месяце, все засчитаны</numerusform>
            </translation>
        </message>
        <message>
            <source>{counted} of {cap} counted this month</source>
            <translation>засчитано {counted} из {cap} в этом месяце</translation>
        </message>
        <message>
            <source> ({extra} more ticked earn nothing)</source>
            <translation> (ещё {extra} отмеченных ничего не дают)</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <source>Cannot save the visits</source>
            <translation>Не удаётся сохранить визиты</translation>
        </message>
    </context>
</TS>
