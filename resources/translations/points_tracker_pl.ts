<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
    <context>
        <name>ActivityPage</name>
        <message>
            <source>Activity</source>
            <translation>Aktywność</translation>
        </message>
        <message>
            <source>Search activity</source>
            <translation>Szukaj w aktywności</translation>
        </message>
        <message>
            <source>&amp;Visited today</source>
            <translation>&amp;Odwiedzone dziś</translation>
        </message>
        <message>
            <source>Record today's Member Center visit</source>
            <translation>Zapisz dzisiejszą wizytę w Centrum członkowskim</translation>
        </message>
        <message>
            <source>Visits &amp;calendar…</source>
            <translation>&amp;Kalendarz wizyt…</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Dodaj…</translation>
        </message>
        <message>
            <source>Club &amp;post…</source>
            <translation>&amp;Post w Klubie…</translation>
        </message>
        <message>
            <source>Store &amp;follow…</source>
            <translation>&amp;Obserwowanie sklepu…</translation>
        </message>
        <message>
            <source>&amp;Bonus or adjustment…</source>
            <translation>&amp;Bonus lub korekta…</translation>
        </message>
        <message>
            <source>Promotions</source>
            <translation>Promocje</translation>
        </message>
        <message>
            <source>Add &amp;promotion…</source>
            <translation>Dodaj &amp;promocję…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edytuj…</translation>
        </message>
        <message>
            <source>Edit promotion</source>
            <translation>Edytuj promocję</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Usuń…</translation>
        </message>
        <message>
            <source>Delete promotion</source>
            <translation>Usuń promocję</translation>
        </message>
        <message>
            <source>Promotions (S9): orders placed in these days earn shopping points × the multiplier</source>
            <translation>Promocje (S9): zamówienia złożone w te dni dostają punkty za zakupy × mnożnik</translation>
        </message>
        <message>
            <source>Cannot record the visit</source>
            <translation>Nie można zapisać wizyty</translation>
        </message>
        <message>
            <source>Delete promotion?</source>
            <translation>Usunąć promocję?</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>Nie można usunąć</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Something went wrong</source>
            <translation>Coś poszło nie tak</translation>
        </message>
        <message>
            <source>Points Tracker ran into a problem it did not expect:

{error}

Your records are safe. The details were written to {log}; please include them if you report this.</source>
            <translation>Points Tracker napotkał nieoczekiwany problem:

{error}

Twoje dane są bezpieczne. Szczegóły zapisano w {log}; dołącz je, jeśli zgłaszasz problem.</translation>
        </message>
        <message>
            <source>{app}: the data file is damaged</source>
            <translation>{app}: plik danych jest uszkodzony</translation>
        </message>
        <message>
            <source>{app} cannot start</source>
            <translation>{app} nie może się uruchomić</translation>
        </message>
        <message>
            <source>You can keep your records in another file instead.</source>
            <translation>Możesz zapisywać swoje dane w innym pliku.</translation>
        </message>
        <message>
            <source>&amp;Choose another file…</source>
            <translation>&amp;Wybierz inny plik…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Za&amp;kończ</translation>
        </message>
        <message>
            <source>Choose a file for your records</source>
            <translation>Wybierz plik na swoje dane</translation>
        </message>
        <message>
            <source>Points Tracker databases (*.sqlite3 *.db);;All files (*)</source>
            <translation>Bazy danych Points Tracker (*.sqlite3 *.db);;Wszystkie pliki (*)</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Back up to</source>
            <translation>Kopia zapasowa do</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Przywróć z kopii zapasowej</translation>
        </message>
        <message>
            <source>Backup not made</source>
            <translation>Nie wykonano kopii zapasowej</translation>
        </message>
        <message>
            <source>Backed up to {file}.</source>
            <translation>Kopię zapasową zapisano w {file}.</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>Nie przywrócono</translation>
        </message>
        <message>
            <source>Replace everything in {file} with the backup {backup}?

Records added since that backup was made will be gone from the app, but the current file is kept as a copy first.</source>
            <translation>Zastąpić całą zawartość {file} kopią {backup}?

Rekordy dodane po wykonaniu tej kopii znikną z aplikacji, ale najpierw zostanie zachowana kopia obecnego pliku.</translation>
        </message>
        <message>
            <source>Restored {backup}. The file it replaced was kept as {previous}.</source>
            <translation>Przywrócono {backup}. Zastąpiony plik zachowano jako {previous}.</translation>
        </message>
        <message>
            <source>Restored {backup}.</source>
            <translation>Przywrócono {backup}.</translation>
        </message>
    </context>
    <context>
        <name>ChartCanvas</name>
        <message>
            <source>{chart}: the numbers</source>
            <translation>{chart}: liczby</translation>
        </message>
        <message>
            <source>&amp;Save as image…</source>
            <translation>&amp;Zapisz jako obraz…</translation>
        </message>
        <message>
            <source>Show the numbers as a &amp;table</source>
            <translation>Pokaż liczby w &amp;tabeli</translation>
        </message>
        <message>
            <source>&amp;Copy the numbers</source>
            <translation>&amp;Kopiuj liczby</translation>
        </message>
        <message>
            <source>Copied the numbers of the chart “{chart}”.</source>
            <translation>Skopiowano liczby wykresu „{chart}”.</translation>
        </message>
        <message>
            <source>Save chart as image</source>
            <translation>Zapisz wykres jako obraz</translation>
        </message>
        <message>
            <source>Chart not saved</source>
            <translation>Nie zapisano wykresu</translation>
        </message>
        <message>
            <source>{file} cannot be written: {reason}.</source>
            <translation>Nie można zapisać {file}: {reason}.</translation>
        </message>
        <message>
            <source>Saved the chart as {file}.</source>
            <translation>Zapisano wykres jako {file}.</translation>
        </message>
    </context>
    <context>
        <name>ChartHover</name>
        <message>
            <source>1 point</source>
            <translation>1 punkt</translation>
        </message>
        <message numerus="yes">
            <source>%Ln points</source>
            <translation>
                <numerusform>%Ln punkt</numerusform>
                <numerusform>%Ln punkty</numerusform>
                <numerusform>%Ln punktów</numerusform>
            </translation>
        </message>
        <message>
            <source>Checked {date}: {verdict}</source>
            <translation>Sprawdzono {date}: {verdict}</translation>
        </message>
        <message>
            <source>Counted {date}: {points}</source>
            <translation>Policzono {date}: {points}</translation>
        </message>
        <message>
            <source>{tier} from {date}</source>
            <translation>{tier} od {date}</translation>
        </message>
        <message>
            <source>{date}, for the tier from {effective}</source>
            <translation>{date}, dla poziomu od {effective}</translation>
        </message>
        <message>
            <source>If you earn no more: {points}</source>
            <translation>Jeśli nie zdobędziesz więcej: {points}</translation>
        </message>
        <message>
            <source>Plus pending orders: {points} ({tier})</source>
            <translation>Plus oczekujące zamówienia: {points} ({tier})</translation>
        </message>
        <message>
            <source>With the plan: {points}</source>
            <translation>Z planem: {points}</translation>
        </message>
        <message>
            <source>{tier} ends {date} → {lower}</source>
            <translation>{tier} kończy się {date} → {lower}</translation>
        </message>
        <message>
            <source>Today: {points} in your window</source>
            <translation>Dziś: {points} w Twoim oknie</translation>
        </message>
        <message>
            <source>{date}: {points} leave
{left} of today's {total} left</source>
            <translation>{date}: odchodzi {points}
zostaje {left} z dzisiejszych {total}</translation>
        </message>
        <message>
            <source>1 order</source>
            <translation>1 zamówienie</translation>
        </message>
        <message numerus="yes">
            <source>%n orders</source>
            <translation>
                <numerusform>%n zamówienie</numerusform>
                <numerusform>%n zamówienia</numerusform>
                <numerusform>%n zamówień</numerusform>
            </translation>
        </message>
        <message>
            <source>by {date}</source>
            <translation>do {date}</translation>
        </message>
        <message>
            <source>as soon as you can</source>
            <translation>jak najszybciej</translation>
        </message>
        <message>
            <source>Spend {amount} {when}
{orders}, {points}, counted {date}
Keeps {tier} from {effective}</source>
            <translation>Wydaj {amount} {when}
{orders}, {points}, policzone {date}
Utrzymuje poziom „{tier}” od {effective}</translation>
        </message>
    </context>
    <context>
        <name>ChartTable</name>
        <message>
            <source>Month end</source>
            <translation>Koniec miesiąca</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Razem</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Punkty</translation>
        </message>
        <message>
            <source>Plus pending orders</source>
            <translation>Plus oczekujące zamówienia</translation>
        </message>
        <message>
            <source>With the plan</source>
            <translation>Z planem</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Poziom</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Od</translation>
        </message>
        <message>
            <source>counted</source>
            <translation>policzone</translation>
        </message>
        <message>
            <source>projected</source>
            <translation>prognoza</translation>
        </message>
        <message>
            <source>Points leaving</source>
            <translation>Odchodzące punkty</translation>
        </message>
        <message>
            <source>Left of today's {points}</source>
            <translation>Pozostało z dzisiejszych {points}</translation>
        </message>
        <message>
            <source>Buy by</source>
            <translation>Kup do</translation>
        </message>
        <message>
            <source>Spend</source>
            <translation>Wydatki</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Zamówienia</translation>
        </message>
        <message>
            <source>Counted on</source>
            <translation>Policzono</translation>
        </message>
        <message>
            <source>{tier} from</source>
            <translation>{tier} od</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Miesiąc</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Orders</source>
            <translation>Zamówienia</translation>
        </message>
        <message>
            <source>Multi-category days</source>
            <translation>Dni z wieloma kategoriami</translation>
        </message>
        <message>
            <source>Purchase days</source>
            <translation>Dni zakupów</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Recenzje</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Wizyty</translation>
        </message>
        <message>
            <source>Club posts</source>
            <translation>Posty w Klubie</translation>
        </message>
        <message>
            <source>Store follows</source>
            <translation>Obserwowane sklepy</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>Bonus</translation>
        </message>
        <message>
            <source>Adjustments</source>
            <translation>Korekty</translation>
        </message>
        <message numerus="yes">
            <source>%n-day window</source>
            <translation>
                <numerusform>okno %n dnia</numerusform>
                <numerusform>okno %n dni</numerusform>
                <numerusform>okno %n dni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n-month window</source>
            <translation>
                <numerusform>okno %n miesiąca</numerusform>
                <numerusform>okno %n miesięcy</numerusform>
                <numerusform>okno %n miesięcy</numerusform>
            </translation>
        </message>
        <message>
            <source>Past</source>
            <translation>Przeszłość</translation>
        </message>
        <message>
            <source>If you earn no more</source>
            <translation>Jeśli nie zdobędziesz więcej</translation>
        </message>
        <message>
            <source>Plus pending orders</source>
            <translation>Plus oczekujące zamówienia</translation>
        </message>
        <message>
            <source>With the plan</source>
            <translation>Z planem</translation>
        </message>
        <message>
            <source>Tier from the {day}</source>
            <translation>Poziom od {day} dnia miesiąca</translation>
        </message>
        <message>
            <source>Checked: agrees with AliExpress</source>
            <translation>Sprawdzono: zgodne z AliExpress</translation>
        </message>
        <message>
            <source>Checked: differs</source>
            <translation>Sprawdzono: różnica</translation>
        </message>
        <message>
            <source>Unchecked since {date}</source>
            <translation>Niesprawdzone od {date}</translation>
        </message>
        <message>
            <source>{tier} ends {date}</source>
            <translation>{tier} kończy się {date}</translation>
        </message>
        <message>
            <source>With the plan: {tier} from {date}</source>
            <translation>Z planem: {tier} od {date}</translation>
        </message>
        <message>
            <source>With the plan, your {tier} tier ends {date}</source>
            <translation>Z planem Twój poziom „{tier}” kończy się {date}</translation>
        </message>
        <message>
            <source>With the plan, your {tier} tier holds for the coming 12 months</source>
            <translation>Z planem Twój poziom „{tier}” utrzyma się przez najbliższe 12 miesięcy</translation>
        </message>
        <message>
            <source>Your {tier} tier ends {date}</source>
            <translation>Twój poziom „{tier}” kończy się {date}</translation>
        </message>
        <message>
            <source>Your points and tier: {tier} now</source>
            <translation>Twoje punkty i poziom: teraz {tier}</translation>
        </message>
        <message>
            <source>Your {tier} tier holds for the coming 12 months</source>
            <translation>Twój poziom „{tier}” utrzyma się przez najbliższe 12 miesięcy</translation>
        </message>
        <message>
            <source>Points ({window})</source>
            <translation>Punkty ({window})</translation>
        </message>
        <message>
            <source>Without the plan, </source>
            <translation>Bez planu: </translation>
        </message>
        <message>
            <source>Leaving at the month-end</source>
            <translation>Odchodzą na koniec miesiąca</translation>
        </message>
        <message>
            <source>Left of today's {points}</source>
            <translation>Pozostało z dzisiejszych {points}</translation>
        </message>
        <message>
            <source>When today's {points} points leave your window</source>
            <translation>Kiedy dzisiejsze {points} pkt wyjdą z Twojego okna</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Punkty</translation>
        </message>
        <message>
            <source>{tier} needs {points}</source>
            <translation>{tier} wymaga {points}</translation>
        </message>
        <message>
            <source>No points in these months:
record orders, reviews or visits and they show here</source>
            <translation>Brak punktów w tych miesiącach:
zapisz zamówienia, recenzje lub wizyty, a pojawią się tutaj</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Dziś</translation>
        </message>
        <message>
            <source>No points in your window yet:
the points of orders, reviews and visits you record show here</source>
            <translation>W Twoim oknie nie ma jeszcze punktów:
tutaj pojawią się punkty z zapisanych zamówień, recenzji i wizyt</translation>
        </message>
        <message>
            <source>Reach {tier}: nothing to buy in the coming 12 months</source>
            <translation>Osiągnij poziom „{tier}”: przez najbliższe 12 miesięcy nic nie trzeba kupować</translation>
        </message>
        <message>
            <source>Keep {tier}: nothing to buy in the coming 12 months</source>
            <translation>Utrzymaj poziom „{tier}”: przez najbliższe 12 miesięcy nic nie trzeba kupować</translation>
        </message>
        <message>
            <source>by {date}</source>
            <translation>do {date}</translation>
        </message>
        <message>
            <source>now</source>
            <translation>teraz</translation>
        </message>
        <message>
            <source>today</source>
            <translation>dziś</translation>
        </message>
        <message>
            <source>Reach {tier}: spend {amount} {when}</source>
            <translation>Osiągnij poziom „{tier}”: wydaj {amount} {when}</translation>
        </message>
        <message>
            <source>Keep {tier}: spend {amount} {when}</source>
            <translation>Utrzymaj poziom „{tier}”: wydaj {amount} {when}</translation>
        </message>
        <message>
            <source>, {amount} in all</source>
            <translation>, łącznie {amount}</translation>
        </message>
        <message>
            <source>Spend by the date shown</source>
            <translation>Wydatek do pokazanej daty</translation>
        </message>
        <message>
            <source>Spend</source>
            <translation>Wydatki</translation>
        </message>
        <message>
            <source>Spend by the bar's date</source>
            <translation>Wydatek do daty słupka</translation>
        </message>
        <message>
            <source>{tier} holds without buying anything</source>
            <translation>{tier} utrzyma się bez zakupów</translation>
        </message>
        <message>
            <source>Where your points come from, month by month</source>
            <translation>Skąd pochodzą Twoje punkty, miesiąc po miesiącu</translation>
        </message>
        <message>
            <source>Points credited</source>
            <translation>Przyznane punkty</translation>
        </message>
        <message>
            <source>Tier timeline</source>
            <translation>Poziom w czasie</translation>
        </message>
        <message>
            <source>Points leaving</source>
            <translation>Odchodzące punkty</translation>
        </message>
        <message>
            <source>What to buy</source>
            <translation>Co kupić</translation>
        </message>
        <message>
            <source>Where points come from</source>
            <translation>Skąd punkty</translation>
        </message>
        <message>
            <source>Your points at every month end, past and coming, and when your tier ends</source>
            <translation>Twoje punkty na koniec każdego miesiąca, minione i przyszłe, oraz kiedy kończy się Twój poziom</translation>
        </message>
        <message>
            <source>When today's points leave your 12-month window</source>
            <translation>Kiedy dzisiejsze punkty wyjdą z 12-miesięcznego okna</translation>
        </message>
        <message>
            <source>What to buy by when to keep your tier, or reach another</source>
            <translation>Co i kiedy kupić, by utrzymać poziom lub osiągnąć inny</translation>
        </message>
        <message>
            <source>Where your points came from, month by month</source>
            <translation>Skąd pochodziły Twoje punkty, miesiąc po miesiącu</translation>
        </message>
    </context>
    <context>
        <name>ChartsHost</name>
        <message>
            <source>Drawing your charts…</source>
            <translation>Rysowanie wykresów…</translation>
        </message>
        <message>
            <source>No charts yet</source>
            <translation>Nie ma jeszcze wykresów</translation>
        </message>
        <message>
            <source>Your charts show how your points and tier move month by month. Add an order or import your AliExpress orders, and they appear here.</source>
            <translation>Wykresy pokazują, jak z miesiąca na miesiąc zmieniają się Twoje punkty i poziom. Dodaj zamówienie lub zaimportuj zamówienia z AliExpress, a pojawią się tutaj.</translation>
        </message>
        <message>
            <source>&amp;Add an order…</source>
            <translation>&amp;Dodaj zamówienie…</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>&amp;Importuj plik…</translation>
        </message>
    </context>
    <context>
        <name>ChartsPage</name>
        <message>
            <source>Tier &amp;timeline</source>
            <translation>&amp;Poziom w czasie</translation>
        </message>
        <message>
            <source>Points &amp;leaving</source>
            <translation>&amp;Odchodzące punkty</translation>
        </message>
        <message>
            <source>What to &amp;buy</source>
            <translation>Co &amp;kupić</translation>
        </message>
        <message>
            <source>Point &amp;sources</source>
            <translation>&amp;Źródła punktów</translation>
        </message>
        <message>
            <source>&amp;Keep or reach</source>
            <translation>&amp;Utrzymaj lub osiągnij</translation>
        </message>
        <message>
            <source>Tier to keep or reach</source>
            <translation>Poziom do utrzymania lub osiągnięcia</translation>
        </message>
        <message>
            <source>What &amp;if…</source>
            <translation>A &amp;gdyby…</translation>
        </message>
        <message>
            <source>Show or hide the what-if planner</source>
            <translation>Pokaż lub ukryj planer „A gdyby…”</translation>
        </message>
        <message>
            <source>Ta&amp;ble</source>
            <translation>&amp;Tabela</translation>
        </message>
        <message>
            <source>Show the chart's numbers as a table</source>
            <translation>Pokaż liczby wykresu w tabeli</translation>
        </message>
        <message>
            <source>Sa&amp;ve…</source>
            <translation>Za&amp;pisz…</translation>
        </message>
        <message>
            <source>Save the chart as a PNG or SVG image</source>
            <translation>Zapisz wykres jako obraz PNG lub SVG</translation>
        </message>
        <message>
            <source>{tier} (now)</source>
            <translation>{tier} (teraz)</translation>
        </message>
    </context>
    <context>
        <name>Check</name>
        <message>
            <source>Check against AliExpress: {source}, {month}</source>
            <translation>Porównanie z AliExpress: {source}, {month}</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Zamówienia</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Recenzje</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Wizyty</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Inne</translation>
        </message>
        <message>
            <source>Accepted differences</source>
            <translation>Zaakceptowane różnice</translation>
        </message>
        <message>
            <source>AliExpress credited {points} points on {date} for this order</source>
            <translation>Punkty przyznane przez AliExpress za to zamówienie {date}: {points}</translation>
        </message>
        <message>
            <source>The Member Center cannot show the points of a day still to come</source>
            <translation>Centrum członkowskie nie może pokazać punktów z dnia, który jeszcze nie nadszedł</translation>
        </message>
        <message>
            <source>{tier} is not a tier of this rule set ({tiers})</source>
            <translation>{tier} nie jest poziomem tego zestawu reguł ({tiers})</translation>
        </message>
        <message>
            <source>Difference accepted after the check of {date}</source>
            <translation>Różnica zaakceptowana po porównaniu z {date}</translation>
        </message>
        <message>
            <source>1 point</source>
            <translation>1 punkt</translation>
        </message>
        <message numerus="yes">
            <source>%Ln points</source>
            <translation>
                <numerusform>%Ln punkt</numerusform>
                <numerusform>%Ln punkty</numerusform>
                <numerusform>%Ln punktów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln missing</source>
            <translation>
                <numerusform>brakuje %Ln</numerusform>
                <numerusform>brakuje %Ln</numerusform>
                <numerusform>brakuje %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln too many</source>
            <translation>
                <numerusform>%Ln za dużo</numerusform>
                <numerusform>%Ln za dużo</numerusform>
                <numerusform>%Ln za dużo</numerusform>
            </translation>
        </message>
        <message>
            <source>the same</source>
            <translation>tyle samo</translation>
        </message>
        <message>
            <source>AliExpress: {aliexpress} · here: {here} · {difference}</source>
            <translation>AliExpress: {aliexpress} · tutaj: {here} · {difference}</translation>
        </message>
        <message>
            <source>tier: AliExpress {aliexpress}, here {here}</source>
            <translation>poziom: AliExpress {aliexpress}, tutaj {here}</translation>
        </message>
        <message>
            <source>The figures agree with AliExpress.</source>
            <translation>Liczby zgadzają się z AliExpress.</translation>
        </message>
        <message>
            <source>Difference accepted on {date}.</source>
            <translation>Różnica zaakceptowana {date}.</translation>
        </message>
        <message>
            <source>The figures after {date} are unchecked until you resolve the difference or accept it.</source>
            <translation>Liczby po {date} są niesprawdzone, dopóki nie wyjaśnisz różnicy albo jej nie zaakceptujesz.</translation>
        </message>
        <message>
            <source>Not checked against AliExpress yet: compare with the points the Member Center shows.</source>
            <translation>Jeszcze nie porównano z AliExpress: porównaj z punktami, które pokazuje Centrum członkowskie.</translation>
        </message>
        <message>
            <source>Unchecked since {date}: {verdict}.</source>
            <translation>Niesprawdzone od {date}: {verdict}.</translation>
        </message>
        <message>
            <source>Checked against AliExpress on {date}: {verdict}, difference accepted.</source>
            <translation>Porównano z AliExpress {date}: {verdict}, różnica zaakceptowana.</translation>
        </message>
        <message>
            <source>Checked against AliExpress on {date}: {verdict}.</source>
            <translation>Porównano z AliExpress {date}: {verdict}.</translation>
        </message>
        <message>
            <source>of the purchase day {date}</source>
            <translation>z dnia zakupów {date}</translation>
        </message>
        <message>
            <source>of {date}</source>
            <translation>z {date}</translation>
        </message>
        <message>
            <source>#{number} (no order number)</source>
            <translation>nr {number} (bez numeru zamówienia)</translation>
        </message>
        <message>
            <source>{month} · {source}: AliExpress {aliexpress} · here {here} · {difference}</source>
            <translation>{month} · {source}: AliExpress {aliexpress} · tutaj {here} · {difference}</translation>
        </message>
        <message>
            <source>AliExpress credited {points} on {date} for an order that is not recorded here.</source>
            <translation>AliExpress przyznał {points} {date} za zamówienie, którego tu nie zapisano.</translation>
        </message>
        <message>
            <source>AliExpress credited {points} on {date} for order {order}, which is not confirmed here.</source>
            <translation>AliExpress przyznał {points} {date} za zamówienie {order}, które tutaj nie jest potwierdzone.</translation>
        </message>
        <message>
            <source>AliExpress credited {points} on {date} for order {order}, which is cancelled here.</source>
            <translation>AliExpress przyznał {points} {date} za zamówienie {order}, które tutaj jest anulowane.</translation>
        </message>
        <message>
            <source>Order {order} counts here on {here_date}; AliExpress credited it on {date}.</source>
            <translation>Zamówienie {order} liczy się tutaj {here_date}; AliExpress zaliczył je {date}.</translation>
        </message>
        <message>
            <source>Order {order} earns {points} here on {date}, but AliExpress credited nothing for it that month.</source>
            <translation>Zamówienie {order} daje tutaj {points} {date}, ale AliExpress nic za nie nie przyznał w tym miesiącu.</translation>
        </message>
        <message>
            <source>AliExpress took back {points} on {date}: a refund of order {order} not recorded here.</source>
            <translation>AliExpress odebrał {points} {date}: zwrot za zamówienie {order}, którego tu nie zapisano.</translation>
        </message>
        <message>
            <source>The refund of order {order} counts here on {here_date}; AliExpress took the points back on {date}.</source>
            <translation>Zwrot za zamówienie {order} liczy się tutaj {here_date}; AliExpress odebrał punkty {date}.</translation>
        </message>
        <message>
            <source>A refund of order {order} takes {points} back here on {date}; AliExpress did not take them back.</source>
            <translation>Zwrot za zamówienie {order} odejmuje tutaj {points} {date}; AliExpress ich nie odebrał.</translation>
        </message>
        <message>
            <source>AliExpress credited {points} for reviews that are not recorded here.</source>
            <translation>AliExpress przyznał {points} za recenzje, których tu nie zapisano.</translation>
        </message>
        <message>
            <source>AliExpress did not credit {points} for reviews recorded here (an item under US$2, or a review it refused).</source>
            <translation>AliExpress nie przyznał {points} za recenzje zapisane tutaj (produkt poniżej 2 USD albo odrzucona recenzja).</translation>
        </message>
        <message>
            <source>AliExpress credited {points} for Member Center visits that are not recorded here.</source>
            <translation>AliExpress przyznał {points} za wizyty w Centrum członkowskim, których tu nie zapisano.</translation>
        </message>
        <message>
            <source>AliExpress did not credit {points} for visits recorded here: days past its monthly cap, or visits it did not count.</source>
            <translation>AliExpress nie przyznał {points} za wizyty zapisane tutaj: dni ponad miesięczny limit albo wizyty, których nie zaliczył.</translation>
        </message>
        <message>
            <source>AliExpress lists {points} on {date} that is not recorded here: “{description}”.</source>
            <translation>AliExpress wykazuje {points} {date}, których tu nie zapisano: „{description}”.</translation>
        </message>
        <message>
            <source>{points} recorded here on {date} that AliExpress does not list.</source>
            <translation>{points} zapisane tutaj {date}, których AliExpress nie wykazuje.</translation>
        </message>
        <message>
            <source>An adjustment of {points} on {date} made by an earlier check no longer fits.</source>
            <translation>Korekta o {points} z {date}, zrobiona przy wcześniejszym porównaniu, już nie pasuje.</translation>
        </message>
        <message>
            <source>A bonus of {points} on {date} was imported from the points history by an earlier version and counts on top of the records it describes.</source>
            <translation>Bonus {points} z {date} został zaimportowany z historii punktów przez wcześniejszą wersję i liczy się ponad zapisy, które opisuje.</translation>
        </message>
        <message>
            <source>A difference you accepted: {points} on {date}.</source>
            <translation>Zaakceptowana przez Ciebie różnica: {points} {date}.</translation>
        </message>
        <message>
            <source>AliExpress took back {points} on {date} for a refund not recorded here.</source>
            <translation>AliExpress odebrał {points} {date} za zwrot, którego tu nie zapisano.</translation>
        </message>
        <message>
            <source>AliExpress lists {points} on {date} that is not recorded here: a promotion or game?</source>
            <translation>AliExpress wykazuje {points} {date}, których tu nie zapisano: promocja albo gra?</translation>
        </message>
        <message>
            <source>Add the order…</source>
            <translation>Dodaj zamówienie…</translation>
        </message>
        <message>
            <source>Mark it confirmed on {date}</source>
            <translation>Oznacz jako potwierdzone {date}</translation>
        </message>
        <message>
            <source>Record the refund on {date}</source>
            <translation>Zapisz zwrot {date}</translation>
        </message>
        <message>
            <source>Record an adjustment of {points}</source>
            <translation>Zapisz korektę {points}</translation>
        </message>
        <message>
            <source>Add it as a bonus</source>
            <translation>Dodaj jako bonus</translation>
        </message>
        <message>
            <source>Add it as an adjustment</source>
            <translation>Dodaj jako korektę</translation>
        </message>
        <message>
            <source>Add the review</source>
            <translation>Dodaj recenzję</translation>
        </message>
        <message numerus="yes">
            <source>Add %n reviews</source>
            <translation>
                <numerusform>Dodaj %n recenzję</numerusform>
                <numerusform>Dodaj %n recenzje</numerusform>
                <numerusform>Dodaj %n recenzji</numerusform>
            </translation>
        </message>
        <message>
            <source>Add the visit</source>
            <translation>Dodaj wizytę</translation>
        </message>
        <message numerus="yes">
            <source>Add %n visits</source>
            <translation>
                <numerusform>Dodaj %n wizytę</numerusform>
                <numerusform>Dodaj %n wizyty</numerusform>
                <numerusform>Dodaj %n wizyt</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the bonus</source>
            <translation>Usuń bonus</translation>
        </message>
        <message>
            <source>Remove the adjustment</source>
            <translation>Usuń korektę</translation>
        </message>
        <message>
            <source>AliExpress showed no points before 2010: check the date</source>
            <translation>Przed 2010 rokiem AliExpress nie pokazywał punktów: sprawdź datę</translation>
        </message>
        <message>
            <source>The points cannot be negative</source>
            <translation>Punkty nie mogą być ujemne</translation>
        </message>
        <message>
            <source>No shopper has that many points: check the figure</source>
            <translation>Nikt nie ma tylu punktów: sprawdź liczbę</translation>
        </message>
        <message>
            <source>This check no longer exists (id {check_id}); it may have been deleted.</source>
            <translation>To porównanie już nie istnieje (id {check_id}); mogło zostać usunięte.</translation>
        </message>
        <message>
            <source>This adjustment no longer exists (id {entry_id}).</source>
            <translation>Ta korekta już nie istnieje (id {entry_id}).</translation>
        </message>
    </context>
    <context>
        <name>CheckDialog</name>
        <message>
            <source>Check against AliExpress</source>
            <translation>Porównanie z AliExpress</translation>
        </message>
        <message>
            <source>Where the difference comes from</source>
            <translation>Skąd bierze się różnica</translation>
        </message>
        <message>
            <source>Import the points history the Member Center lists (date, points, description) to compare it month by month with your records. Its rows are kept apart: they add no points of their own.</source>
            <translation>Zaimportuj historię punktów z Centrum członkowskiego (data, punkty, opis), aby porównać ją miesiąc po miesiącu ze swoimi zapisami. Jej wiersze są przechowywane osobno: same nie dodają punktów.</translation>
        </message>
        <message>
            <source>&amp;Import the points history…</source>
            <translation>&amp;Importuj historię punktów…</translation>
        </message>
        <message>
            <source>Your checks</source>
            <translation>Twoje porównania</translation>
        </message>
        <message>
            <source>Open AliExpress ▸ Account ▸ Member Center and type the points (and the tier) it shows. Each check is kept with its date.</source>
            <translation>Otwórz AliExpress ▸ Konto ▸ Centrum członkowskie i wpisz punkty (oraz poziom), które tam widać. Każde porównanie jest zapisywane z datą.</translation>
        </message>
        <message>
            <source>Points the Member Center shows</source>
            <translation>Punkty w Centrum członkowskim</translation>
        </message>
        <message>
            <source>Tier the Member Center shows</source>
            <translation>Poziom w Centrum członkowskim</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>nie podano</translation>
        </message>
        <message>
            <source>Day the Member Center showed them</source>
            <translation>Dzień, w którym Centrum członkowskie je pokazywało</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>P&amp;orównaj</translation>
        </message>
        <message>
            <source>&amp;Points:</source>
            <translation>&amp;Punkty:</translation>
        </message>
        <message>
            <source>&amp;Tier:</source>
            <translation>Po&amp;ziom:</translation>
        </message>
        <message>
            <source>&amp;On:</source>
            <translation>&amp;Dnia:</translation>
        </message>
        <message>
            <source>Last check</source>
            <translation>Ostatnie porównanie</translation>
        </message>
        <message>
            <source>Result of the check</source>
            <translation>Wynik porównania</translation>
        </message>
        <message>
            <source>&amp;Accept the difference…</source>
            <translation>Z&amp;aakceptuj różnicę…</translation>
        </message>
        <message>
            <source>Record the difference as an adjustment dated the check's day, with a note</source>
            <translation>Zapisz różnicę jako korektę z datą porównania i notatką</translation>
        </message>
        <message>
            <source>&amp;Delete this check</source>
            <translation>&amp;Usuń to porównanie</translation>
        </message>
        <message>
            <source>Not checked yet</source>
            <translation>Jeszcze nie porównano</translation>
        </message>
        <message>
            <source>Type the points above and choose Check to see whether the figures agree.</source>
            <translation>Wpisz punkty powyżej i wybierz Porównaj, aby zobaczyć, czy liczby się zgadzają.</translation>
        </message>
        <message>
            <source>Check of {date}</source>
            <translation>Porównanie z {date}</translation>
        </message>
        <message>
            <source>&amp;Undo {what}</source>
            <translation>&amp;Cofnij: {what}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Cofnij</translation>
        </message>
        <message>
            <source>Type the points the Member Center shows, e.g. 1204</source>
            <translation>Wpisz punkty, które pokazuje Centrum członkowskie, np. 1204</translation>
        </message>
        <message>
            <source>The check was not kept</source>
            <translation>Porównanie nie zostało zapisane</translation>
        </message>
        <message>
            <source>Check kept.</source>
            <translation>Porównanie zapisane.</translation>
        </message>
        <message>
            <source>Accept the difference</source>
            <translation>Zaakceptuj różnicę</translation>
        </message>
        <message>
            <source>Difference accepted: an adjustment of {points} on {date}.</source>
            <translation>Różnica zaakceptowana: korekta {points} z {date}.</translation>
        </message>
        <message>
            <source>An adjustment of {points} dated {date} will make the figures agree. Why is the difference all right? (kept as its note)</source>
            <translation>Korekta {points} z datą {date} wyrówna liczby. Dlaczego ta różnica jest w porządku? (zostanie zapisane jako notatka)</translation>
        </message>
        <message>
            <source>Delete check</source>
            <translation>Usuń porównanie</translation>
        </message>
        <message>
            <source>Check of {date} deleted.</source>
            <translation>Porównanie z {date} usunięte.</translation>
        </message>
        <message>
            <source>Done: {fix}. Undo takes it back.</source>
            <translation>Gotowe: {fix}. Cofnij to odwróci.</translation>
        </message>
        <message>
            <source>agrees</source>
            <translation>zgodne</translation>
        </message>
        <message>
            <source>differs</source>
            <translation>różnica</translation>
        </message>
        <message>
            <source>difference accepted</source>
            <translation>różnica zaakceptowana</translation>
        </message>
        <message>
            <source>{date} · {verdict} · {state}</source>
            <translation>{date} · {verdict} · {state}</translation>
        </message>
        <message>
            <source>Every month agrees with AliExpress's history.</source>
            <translation>Każdy miesiąc zgadza się z historią AliExpress.</translation>
        </message>
        <message>
            <source>1 row</source>
            <translation>1 wiersz</translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows</source>
            <translation>
                <numerusform>%Ln wiersz</numerusform>
                <numerusform>%Ln wiersze</numerusform>
                <numerusform>%Ln wierszy</numerusform>
            </translation>
        </message>
        <message>
            <source>Points history from {first} to {last} ({rows}):</source>
            <translation>Historia punktów od {first} do {last} ({rows}):</translation>
        </message>
    </context>
    <context>
        <name>CheckLine</name>
        <message>
            <source>&amp;Check…</source>
            <translation>&amp;Porównaj…</translation>
        </message>
        <message>
            <source>&amp;Resolve…</source>
            <translation>&amp;Wyjaśnij…</translation>
        </message>
        <message>
            <source>&amp;Check again…</source>
            <translation>&amp;Porównaj ponownie…</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Ostrzeżenie</translation>
        </message>
        <message>
            <source>Compare with the points the Member Center shows</source>
            <translation>Porównaj z punktami w Centrum członkowskim</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>The rules that gave the points (point at a code for its meaning; Help ▸ How points work has them all)</source>
            <translation>Reguły, które dały punkty (wskaż kod, by zobaczyć, co znaczy; Pomoc ▸ Jak działają punkty opisuje wszystkie)</translation>
        </message>
        <message>
            <source>When the points count: credited, expected on a date, estimated — or why there are none</source>
            <translation>Kiedy punkty się liczą: przyznane, oczekiwane w danym dniu, szacowane — albo dlaczego ich nie ma</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Punkty</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Reguła</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Przyznanie</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Wizyta</translation>
        </message>
        <message>
            <source>Club post</source>
            <translation>Post w Klubie</translation>
        </message>
        <message>
            <source>Store follow</source>
            <translation>Obserwowanie sklepu</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>Bonus</translation>
        </message>
        <message>
            <source>Adjustment</source>
            <translation>Korekta</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>Product id</source>
            <translation>ID produktu</translation>
        </message>
        <message>
            <source>Order no.</source>
            <translation>Nr zamówienia</translation>
        </message>
        <message>
            <source>Item price $</source>
            <translation>Cena produktu $</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Szczegóły</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>Promocja</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Od</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Do</translation>
        </message>
        <message>
            <source>Multiplier</source>
            <translation>Mnożnik</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Oczekujące</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Potwierdzone</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Anulowane</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Zamówiono</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Produkty</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Sklep</translation>
        </message>
        <message>
            <source>Items $</source>
            <translation>Produkty $</translation>
        </message>
        <message>
            <source>Discount $</source>
            <translation>Rabat $</translation>
        </message>
        <message>
            <source>Shipping $</source>
            <translation>Wysyłka $</translation>
        </message>
        <message>
            <source>Refund $</source>
            <translation>Zwrot $</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Kategorie</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <source>— ignore —</source>
            <translation>— pomiń —</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>oczekujące</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>potwierdzone</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>anulowane</translation>
        </message>
        <message>
            <source>Choose a field for each column you want; the rest are ignored. Beside each value: how it reads.</source>
            <translation>Wybierz pole dla każdej potrzebnej kolumny; pozostałe są pomijane. Obok każdej wartości: jak jest odczytana.</translation>
        </message>
        <message>
            <source>This is Points Tracker's own file: every column is read exactly as written, nothing to choose.</source>
            <translation>To własny plik Points Tracker: każda kolumna jest czytana dokładnie tak, jak zapisano, nie ma czego wybierać.</translation>
        </message>
        <message>
            <source>Point: 1,234.56</source>
            <translation>Kropka: 1,234.56</translation>
        </message>
        <message>
            <source>Comma: 1.234,56</source>
            <translation>Przecinek: 1.234,56</translation>
        </message>
        <message>
            <source>Amounts are in cents (1234 = 12.34)</source>
            <translation>Kwoty są w centach (1234 = 12.34)</translation>
        </message>
        <message>
            <source>Save as preset…</source>
            <translation>Zapisz jako ustawienie…</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Daty</translation>
        </message>
        <message>
            <source>Decimals</source>
            <translation>Części dziesiętne</translation>
        </message>
        <message>
            <source>Plain amounts in</source>
            <translation>Kwoty bez waluty w</translation>
        </message>
        <message>
            <source>No status means</source>
            <translation>Brak statusu oznacza</translation>
        </message>
        <message>
            <source>What is in each column?</source>
            <translation>Co jest w każdej kolumnie?</translation>
        </message>
        <message>
            <source>Field for column “{column}”</source>
            <translation>Pole dla kolumny „{column}”</translation>
        </message>
        <message>
            <source>Statuses the app does not know — what does each mean?</source>
            <translation>Statusy, których aplikacja nie zna — co oznacza każdy z nich?</translation>
        </message>
        <message>
            <source>choose…</source>
            <translation>wybierz…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Left out&lt;/b&gt; — these columns are not imported. Nothing that changes points is taken from a column whose name does not say so: map one yourself if it holds what you want.</source>
            <translation>&lt;b&gt;Pominięte&lt;/b&gt; — te kolumny nie są importowane. Nic, co zmienia punkty, nie jest brane z kolumny, której nazwa o tym nie mówi: przypisz ją sam, jeśli zawiera to, czego potrzebujesz.</translation>
        </message>
        <message>
            <source>Use as {field}</source>
            <translation>Użyj jako: {field}</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more: choose their fields in the table above.</source>
            <translation>
                <numerusform>… i jeszcze %n: wybierz jej pole w tabeli powyżej.</numerusform>
                <numerusform>… i jeszcze %n: wybierz ich pola w tabeli powyżej.</numerusform>
                <numerusform>… i jeszcze %n: wybierz ich pola w tabeli powyżej.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Currencies</name>
        <message>
            <source>“{text}” is not a date like 2022-03-02</source>
            <translation>„{text}” to nie data w rodzaju 2022-03-02</translation>
        </message>
        <message>
            <source>Orders paid in another currency count in US$ at the European Central Bank's reference rate of their date, shipped with the app{until}. Your rates win over them: for every date, or from a date on.</source>
            <translation>Zamówienia opłacone w innej walucie liczą się w US$ według kursu referencyjnego Europejskiego Banku Centralnego z ich dnia, dołączonego do aplikacji{until}. Twoje kursy mają pierwszeństwo: dla każdej daty albo od danej daty.</translation>
        </message>
        <message>
            <source> (up to {date})</source>
            <translation> (do {date})</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Waluta</translation>
        </message>
        <message>
            <source>US$ for 1 unit</source>
            <translation>US$ za 1 jednostkę</translation>
        </message>
        <message>
            <source>From (blank: every date)</source>
            <translation>Od (puste: każda data)</translation>
        </message>
        <message>
            <source>Your exchange rates</source>
            <translation>Twoje kursy walut</translation>
        </message>
        <message>
            <source>&amp;Add rate</source>
            <translation>Dod&amp;aj kurs</translation>
        </message>
        <message>
            <source>Re&amp;move rate</source>
            <translation>&amp;Usuń kurs</translation>
        </message>
        <message>
            <source>Type a three-letter currency code like EUR</source>
            <translation>Wpisz trzyliterowy kod waluty, np. EUR</translation>
        </message>
        <message>
            <source>US$ needs no rate</source>
            <translation>US$ nie potrzebuje kursu</translation>
        </message>
        <message>
            <source>Type the US$ that 1 {code} is worth, like 0.25</source>
            <translation>Wpisz, ile US$ jest wart 1 {code}, np. 0.25</translation>
        </message>
        <message>
            <source>{code} has two rates from the same date</source>
            <translation>{code} ma dwa kursy od tej samej daty</translation>
        </message>
        <message>
            <source>Row {row}: {problem}.</source>
            <translation>Wiersz {row}: {problem}.</translation>
        </message>
        <message>
            <source> (the ECB's rates stop on {date})</source>
            <translation> (kursy EBC kończą się {date})</translation>
        </message>
        <message>
            <source>Orders in {currency} without a rate yet: {count} ({amount}){since}.</source>
            <translation>Zamówienia w {currency} jeszcze bez kursu: {count} ({amount}){since}.</translation>
        </message>
        <message>
            <source>your rate</source>
            <translation>Twój kurs</translation>
        </message>
        <message>
            <source>your rate from {date}</source>
            <translation>Twój kurs od {date}</translation>
        </message>
        <message>
            <source>the ECB's last rate shipped with the app, of {date}</source>
            <translation>ostatni kurs EBC dołączony do aplikacji, z {date}</translation>
        </message>
        <message>
            <source>the ECB reference rate of {date}</source>
            <translation>kurs referencyjny EBC z {date}</translation>
        </message>
        <message>
            <source>Paid {amount}; the US$ amounts were converted before, at your rate.</source>
            <translation>Zapłacono {amount}; kwoty w US$ przeliczono wcześniej po Twoim kursie.</translation>
        </message>
        <message>
            <source>Paid {amount}. There is no exchange rate for {currency} on this date, so this order is not counted: set one in Settings ▸ Currencies.</source>
            <translation>Zapłacono {amount}. Dla {currency} nie ma kursu z tego dnia, więc to zamówienie się nie liczy: ustaw kurs w Ustawienia ▸ Waluty.</translation>
        </message>
        <message>
            <source>Paid {amount}; estimated in US$ at 1 {currency} = {rate} US$ ({source}).</source>
            <translation>Zapłacono {amount}; w US$ szacunkowo, po kursie 1 {currency} = {rate} US$ ({source}).</translation>
        </message>
        <message>
            <source>no rate</source>
            <translation>brak kursu</translation>
        </message>
        <message>
            <source>Change exchange rates</source>
            <translation>Zmień kursy walut</translation>
        </message>
        <message>
            <source>orders in {currency}: {count} ({amount})</source>
            <translation>zamówienia w {currency}: {count} ({amount})</translation>
        </message>
        <message>
            <source>Not counted, for want of an exchange rate for their dates: {orders}. Your tier and plan leave them out until you set one.</source>
            <translation>Nie liczą się, bo brak kursu z ich dni: {orders}. Twój poziom i plan pomijają je, dopóki nie ustawisz kursu.</translation>
        </message>
        <message>
            <source>Set a rate for {currency}…</source>
            <translation>Ustaw kurs {currency}…</translation>
        </message>
    </context>
    <context>
        <name>CurrenciesDialog</name>
        <message>
            <source>Currencies</source>
            <translation>Waluty</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>1 point</source>
            <translation>1 punkt</translation>
        </message>
        <message numerus="yes">
            <source>%Ln points</source>
            <translation>
                <numerusform>%Ln punkt</numerusform>
                <numerusform>%Ln punkty</numerusform>
                <numerusform>%Ln punktów</numerusform>
            </translation>
        </message>
        <message>
            <source>Working out your points from all your records… Your tier and points appear here in a moment.</source>
            <translation>Obliczamy Twoje punkty na podstawie wszystkich Twoich danych… Twój poziom i punkty pojawią się tu za chwilę.</translation>
        </message>
        <message>
            <source>You are looking at demo data: a made-up year of a shopper.</source>
            <translation>Oglądasz dane demonstracyjne: wymyślony rok pewnego kupującego.</translation>
        </message>
        <message>
            <source>&amp;Remove demo data</source>
            <translation>&amp;Usuń dane demonstracyjne</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>Wkrótce</translation>
        </message>
        <message>
            <source>Next recalculation</source>
            <translation>Następne przeliczenie</translation>
        </message>
        <message>
            <source>Next tier</source>
            <translation>Następny poziom</translation>
        </message>
        <message>
            <source>Progress to the next tier</source>
            <translation>Postęp do następnego poziomu</translation>
        </message>
        <message>
            <source>Keep your tier</source>
            <translation>Utrzymaj poziom</translation>
        </message>
        <message>
            <source>Benefits</source>
            <translation>Korzyści</translation>
        </message>
        <message>
            <source>Points leaving your window</source>
            <translation>Punkty wychodzące z Twojego okna</translation>
        </message>
        <message>
            <source>Points leaving your window, by month</source>
            <translation>Punkty wychodzące z Twojego okna, według miesięcy</translation>
        </message>
        <message>
            <source>The chosen rule set cannot be used, so the default one is shown. {problem}</source>
            <translation>Wybranego zestawu reguł nie można użyć, więc pokazano domyślny. {problem}</translation>
        </message>
        <message>
            <source>Your records stay on this computer, in {path}.</source>
            <translation>Twoje dane zostają na tym komputerze, w {path}.</translation>
        </message>
        <message>
            <source>Your tier since {date}</source>
            <translation>Twój poziom od {date}</translation>
        </message>
        <message>
            <source>The tier every member starts with</source>
            <translation>Poziom, od którego zaczyna każdy członek</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Uwaga</translation>
        </message>
        <message>
            <source>Safe</source>
            <translation>Bezpiecznie</translation>
        </message>
        <message>
            <source>point now</source>
            <translation>punkt teraz</translation>
        </message>
        <message>
            <source>points now</source>
            <translation>pkt teraz</translation>
        </message>
        <message numerus="yes">
            <source>Points credited in your %n-day window up to today</source>
            <translation>
                <numerusform>Punkty przyznane w Twoim oknie %n dnia do dziś</numerusform>
                <numerusform>Punkty przyznane w Twoim oknie %n dni do dziś</numerusform>
                <numerusform>Punkty przyznane w Twoim oknie %n dni do dziś</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Points credited in your %n-month window up to today</source>
            <translation>
                <numerusform>Punkty przyznane w Twoim oknie %n miesiąca do dziś</numerusform>
                <numerusform>Punkty przyznane w Twoim oknie %n miesięcy do dziś</numerusform>
                <numerusform>Punkty przyznane w Twoim oknie %n miesięcy do dziś</numerusform>
            </translation>
        </message>
        <message>
            <source>of which {points} expected from pending orders</source>
            <translation>w tym {points} oczekiwanych z oczekujących zamówień</translation>
        </message>
        <message>
            <source>{tier} from {low} · {next} from {high} points</source>
            <translation>{tier} od {low} · {next} od {high} pkt</translation>
        </message>
        <message>
            <source>Keep {tier}</source>
            <translation>Utrzymaj poziom „{tier}”</translation>
        </message>
        <message>
            <source>{tier} benefits</source>
            <translation>Korzyści poziomu „{tier}”</translation>
        </message>
        <message>
            <source>No special benefits.</source>
            <translation>Brak specjalnych korzyści.</translation>
        </message>
        <message>
            <source>Dropping to {tier} on {date} ends all of these.</source>
            <translation>Spadek do poziomu „{tier}” {date} odbierze Ci je wszystkie.</translation>
        </message>
        <message>
            <source>Dropping to {tier} on {date} costs you: {lost}.</source>
            <translation>Spadek do poziomu „{tier}” {date} kosztuje Cię: {lost}.</translation>
        </message>
        <message>
            <source>Points leaving: {months}.</source>
            <translation>Odchodzące punkty: {months}.</translation>
        </message>
        <message>
            <source>Each point counts for a year; these leave your total in each coming month.</source>
            <translation>Każdy punkt liczy się przez rok; te wychodzą z Twojej sumy w kolejnych miesiącach.</translation>
        </message>
        <message numerus="yes">
            <source>At each month end the points earned %n months before drop out.</source>
            <translation>
                <numerusform>Na koniec każdego miesiąca wychodzą punkty zdobyte %n miesiąc wcześniej.</numerusform>
                <numerusform>Na koniec każdego miesiąca wychodzą punkty zdobyte %n miesiące wcześniej.</numerusform>
                <numerusform>Na koniec każdego miesiąca wychodzą punkty zdobyte %n miesięcy wcześniej.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Demo data loaded: %n records.</source>
            <translation>
                <numerusform>Wczytano dane demonstracyjne: %n rekord.</numerusform>
                <numerusform>Wczytano dane demonstracyjne: %n rekordy.</numerusform>
                <numerusform>Wczytano dane demonstracyjne: %n rekordów.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Demo data removed: %n records.</source>
            <translation>
                <numerusform>Usunięto dane demonstracyjne: %n rekord.</numerusform>
                <numerusform>Usunięto dane demonstracyjne: %n rekordy.</numerusform>
                <numerusform>Usunięto dane demonstracyjne: %n rekordów.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>Choose from a calendar</source>
            <translation>Wybierz z kalendarza</translation>
        </message>
        <message>
            <source>Type a date like {example} or {iso}, or press Alt+Down for a calendar</source>
            <translation>Wpisz datę, np. {example} lub {iso}, albo naciśnij Alt+Strzałka w dół, by otworzyć kalendarz</translation>
        </message>
        <message>
            <source>Enter a date</source>
            <translation>Wpisz datę</translation>
        </message>
        <message>
            <source>“{text}” is not a date: type it like {example} or {iso}</source>
            <translation>„{text}” to nie data: wpisz ją np. jako {example} lub {iso}</translation>
        </message>
        <message>
            <source>Choose {date} or later</source>
            <translation>Wybierz {date} lub późniejszą datę</translation>
        </message>
        <message>
            <source>Choose {date} or earlier</source>
            <translation>Wybierz {date} lub wcześniejszą datę</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Clear {name}</source>
            <translation>Wyczyść: {name}</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Points Tracker databases (*.sqlite3);;All files (*)</source>
            <translation>Bazy danych Points Tracker (*.sqlite3);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>What you bought</source>
            <translation>Co kupiono</translation>
        </message>
        <message>
            <source>refund date</source>
            <translation>data zwrotu</translation>
        </message>
        <message>
            <source>Date unknown</source>
            <translation>Data nieznana</translation>
        </message>
        <message>
            <source>Edit visits calendar</source>
            <translation>Edytuj kalendarz wizyt</translation>
        </message>
        <message>
            <source>Orders and activity (*.csv *.tsv *.txt *.json *.xlsx);;All files (*)</source>
            <translation>Zamówienia i aktywność (*.csv *.tsv *.txt *.json *.xlsx);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Save as preset</source>
            <translation>Zapisz jako ustawienie</translation>
        </message>
        <message>
            <source>Name for these settings:</source>
            <translation>Nazwa tych ustawień:</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>Sprawdzanie każdego wiersza…</translation>
        </message>
        <message>
            <source>Cancelling leaves your records exactly as they were before.</source>
            <translation>Anulowanie zostawia Twoje dane dokładnie takie, jakie były.</translation>
        </message>
        <message>
            <source>{label} is chosen for “{value}” and “{value2}”: the first is used.</source>
            <translation>{label} wybrano dla „{value}” i „{value2}”: używane jest pierwsze.</translation>
        </message>
        <message>
            <source>Each month</source>
            <translation>Co miesiąc</translation>
        </message>
        <message>
            <source>Registration date</source>
            <translation>Data rejestracji</translation>
        </message>
        <message>
            <source>{file} (your file)</source>
            <translation>{file} (Twój plik)</translation>
        </message>
        <message>
            <source>That file cannot be used: {error}</source>
            <translation>Tego pliku nie można użyć: {error}</translation>
        </message>
    </context>
    <context>
        <name>Drafts</name>
        <message>
            <source>{text} is too long: at most {count} characters</source>
            <translation>{text}: za dużo znaków, najwyżej {count}</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Sklep</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notatka</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tytuł</translation>
        </message>
        <message>
            <source>Product id</source>
            <translation>ID produktu</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategoria</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <source>{amount} cannot be negative</source>
            <translation>{amount}: wartość nie może być ujemna</translation>
        </message>
        <message>
            <source>{amount} is too large: at most {maximum}</source>
            <translation>{amount}: za dużo, najwyżej {maximum}</translation>
        </message>
        <message>
            <source>Order number is too long</source>
            <translation>Numer zamówienia jest za długi</translation>
        </message>
        <message>
            <source>An order needs at least one item</source>
            <translation>Zamówienie musi mieć co najmniej jeden produkt</translation>
        </message>
        <message>
            <source>Quantity must be at least 1</source>
            <translation>Ilość musi wynosić co najmniej 1</translation>
        </message>
        <message>
            <source>Quantity is too large: at most 100,000</source>
            <translation>Ilość jest za duża: najwyżej 100 000</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Cena</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Rabat</translation>
        </message>
        <message>
            <source>Shipping</source>
            <translation>Wysyłka</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Zwrot</translation>
        </message>
        <message>
            <source>Amount paid</source>
            <translation>Zapłacona kwota</translation>
        </message>
        <message>
            <source>The items come to more than 100,000,000.00: check the prices</source>
            <translation>Produkty kosztują łącznie ponad 100 000 000,00: sprawdź ceny</translation>
        </message>
        <message>
            <source>Refund cannot be more than the order total</source>
            <translation>Zwrot nie może przekraczać sumy zamówienia</translation>
        </message>
        <message>
            <source>A pending order has no confirmation date; mark it confirmed</source>
            <translation>Oczekujące zamówienie nie ma daty potwierdzenia; oznacz je jako potwierdzone</translation>
        </message>
        <message>
            <source>A cancelled order has no confirmation date</source>
            <translation>Anulowane zamówienie nie ma daty potwierdzenia</translation>
        </message>
        <message>
            <source>Confirmation date cannot be before the order date</source>
            <translation>Data potwierdzenia nie może być wcześniejsza niż data zamówienia</translation>
        </message>
        <message>
            <source>Expected confirmation cannot be before the order date</source>
            <translation>Oczekiwane potwierdzenie nie może być wcześniejsze niż data zamówienia</translation>
        </message>
        <message>
            <source>Enter the refund amount, or clear the refund date</source>
            <translation>Podaj kwotę zwrotu albo wyczyść datę zwrotu</translation>
        </message>
        <message>
            <source>Refund date cannot be before the order date</source>
            <translation>Data zwrotu nie może być wcześniejsza niż data zamówienia</translation>
        </message>
        <message>
            <source>Currency must be a three-letter code like USD</source>
            <translation>Waluta musi być trzyliterowym kodem, np. USD</translation>
        </message>
        <message>
            <source>An order in US$ has no amounts in another currency</source>
            <translation>Zamówienie w US$ nie ma kwot w innej walucie</translation>
        </message>
        <message>
            <source>Each item needs its price as paid</source>
            <translation>Każdy produkt potrzebuje zapłaconej ceny</translation>
        </message>
        <message>
            <source>Item price</source>
            <translation>Cena produktu</translation>
        </message>
        <message>
            <source>Points cannot be 0</source>
            <translation>Punktów nie może być 0</translation>
        </message>
        <message>
            <source>Points are too many: at most 10,000,000</source>
            <translation>Za dużo punktów: najwyżej 10 000 000</translation>
        </message>
        <message>
            <source>A bonus cannot be negative; use an adjustment</source>
            <translation>Bonus nie może być ujemny; użyj korekty</translation>
        </message>
        <message>
            <source>Multiplier must be a number like 2 or 1.5</source>
            <translation>Mnożnik musi być liczbą, np. 2 albo 1,5</translation>
        </message>
        <message>
            <source>Multiplier must be at least 1: a promotion never lowers points</source>
            <translation>Mnożnik musi wynosić co najmniej 1: promocja nigdy nie zmniejsza punktów</translation>
        </message>
        <message>
            <source>Multiplier is too large: at most 100</source>
            <translation>Mnożnik jest za duży: najwyżej 100</translation>
        </message>
        <message>
            <source>Multiplier has too many decimals: at most 4, like 1.25</source>
            <translation>Mnożnik ma za dużo miejsc po przecinku: najwyżej 4, np. 1.25</translation>
        </message>
        <message>
            <source>End date cannot be before the start date</source>
            <translation>Data końca nie może być wcześniejsza niż data początku</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <source>Track your member points</source>
            <translation>Śledź swoje punkty członkowskie</translation>
        </message>
        <message>
            <source>Record your AliExpress orders, reviews and daily Member Center visits. Points Tracker works out your tier, tells you when it lapses and what to spend to keep it.</source>
            <translation>Zapisuj zamówienia z AliExpress, recenzje i codzienne wizyty w Centrum członkowskim. Points Tracker wyliczy Twój poziom, powie, kiedy wygaśnie i ile wydać, by go utrzymać.</translation>
        </message>
        <message>
            <source>&amp;Add your first order</source>
            <translation>&amp;Dodaj pierwsze zamówienie</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>&amp;Importuj plik…</translation>
        </message>
        <message>
            <source>Try with &amp;demo data</source>
            <translation>Wypróbuj na danych &amp;demonstracyjnych</translation>
        </message>
    </context>
    <context>
        <name>EntryForm</name>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Data:</translation>
        </message>
        <message>
            <source>Bonus (games, tasks, coupons)</source>
            <translation>Bonus (gry, zadania, kupony)</translation>
        </message>
        <message>
            <source>Adjustment (opening balance, correction)</source>
            <translation>Korekta (saldo początkowe, poprawka)</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Rodzaj:</translation>
        </message>
        <message>
            <source>An adjustment may be negative, to correct a total</source>
            <translation>Korekta może być ujemna, by poprawić sumę</translation>
        </message>
        <message>
            <source>&amp;Points:</source>
            <translation>&amp;Punkty:</translation>
        </message>
        <message>
            <source>Optional, e.g. Coin game, 11.11</source>
            <translation>Opcjonalnie, np. gra w monety, 11.11</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Notatka:</translation>
        </message>
    </context>
    <context>
        <name>Exporting</name>
        <message>
            <source>Exported {orders}, {activity} and {promotions} to {folder}.</source>
            <translation>Wyeksportowano do {folder}: {orders}, {activity} i {promotions}.</translation>
        </message>
        <message>
            <source>1 order</source>
            <translation>1 zamówienie</translation>
        </message>
        <message numerus="yes">
            <source>%Ln orders</source>
            <translation>
                <numerusform>%Ln zamówienie</numerusform>
                <numerusform>%Ln zamówienia</numerusform>
                <numerusform>%Ln zamówień</numerusform>
            </translation>
        </message>
        <message>
            <source>1 activity row</source>
            <translation>1 wiersz aktywności</translation>
        </message>
        <message numerus="yes">
            <source>%Ln activity rows</source>
            <translation>
                <numerusform>%Ln wiersz aktywności</numerusform>
                <numerusform>%Ln wiersze aktywności</numerusform>
                <numerusform>%Ln wierszy aktywności</numerusform>
            </translation>
        </message>
        <message>
            <source>1 promotion</source>
            <translation>1 promocja</translation>
        </message>
        <message numerus="yes">
            <source>%Ln promotions</source>
            <translation>
                <numerusform>%Ln promocja</numerusform>
                <numerusform>%Ln promocje</numerusform>
                <numerusform>%Ln promocji</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>AliExpress-Order-Export: orders</source>
            <translation>AliExpress-Order-Export: zamówienia</translation>
        </message>
        <message>
            <source>AliExpress-Order-Export: order lines</source>
            <translation>AliExpress-Order-Export: pozycje zamówień</translation>
        </message>
        <message>
            <source>AliExpress-Order-Export workbook: Orders sheet</source>
            <translation>Skoroszyt AliExpress-Order-Export: arkusz Orders</translation>
        </message>
        <message>
            <source>AliExpress-Order-Export workbook: Order Lines sheet</source>
            <translation>Skoroszyt AliExpress-Order-Export: arkusz Order Lines</translation>
        </message>
        <message>
            <source>AliExpress data download</source>
            <translation>Pobrane dane z AliExpress</translation>
        </message>
        <message>
            <source>Type or paste a file's path, or choose one</source>
            <translation>Wpisz lub wklej ścieżkę pliku albo wybierz plik</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Plik do zaimportowania</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Wybierz plik…</translation>
        </message>
        <message>
            <source>…or drop a CSV, JSON or Excel file anywhere on this window.</source>
            <translation>…albo upuść plik CSV, JSON lub Excel w dowolnym miejscu tego okna.</translation>
        </message>
        <message>
            <source>A CSV, JSON or Excel file of your orders, refunds or activity: from AliExpress's own data download, My Purchases Collector, AliExpress-Order-Export, aliexpress-mcp, another order exporter, Points Tracker's export, or one you made yourself in a spreadsheet.</source>
            <translation>Plik CSV, JSON lub Excel z Twoimi zamówieniami, zwrotami lub aktywnością: z pobrania danych z AliExpress, z My Purchases Collector, AliExpress-Order-Export, aliexpress-mcp lub innego eksportera zamówień, z eksportu Points Tracker albo przygotowany samodzielnie w arkuszu.</translation>
        </message>
        <message>
            <source>Read it as</source>
            <translation>Czytaj jako</translation>
        </message>
        <message>
            <source>Which file?</source>
            <translation>Który plik?</translation>
        </message>
        <message>
            <source>Recognise it automatically</source>
            <translation>Rozpoznaj automatycznie</translation>
        </message>
        <message>
            <source>aliexpress-mcp: orders</source>
            <translation>aliexpress-mcp: zamówienia</translation>
        </message>
        <message>
            <source>aliexpress-mcp: order lines</source>
            <translation>aliexpress-mcp: pozycje zamówień</translation>
        </message>
        <message>
            <source>aliexpress-mcp: refunds</source>
            <translation>aliexpress-mcp: zwroty</translation>
        </message>
        <message>
            <source>aliexpress-order-downloader (no header row)</source>
            <translation>aliexpress-order-downloader (bez wiersza nagłówków)</translation>
        </message>
        <message>
            <source>aliexpress-order-exporter (first version)</source>
            <translation>aliexpress-order-exporter (pierwsza wersja)</translation>
        </message>
        <message>
            <source>Old order list scraper (semicolons)</source>
            <translation>Stary skrypt listy zamówień (średniki)</translation>
        </message>
        <message>
            <source>Old order details scraper</source>
            <translation>Stary skrypt szczegółów zamówienia</translation>
        </message>
    </context>
    <context>
        <name>FollowForm</name>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Data:</translation>
        </message>
        <message>
            <source>The store you followed</source>
            <translation>Sklep, który obserwujesz</translation>
        </message>
        <message>
            <source>&amp;Store:</source>
            <translation>&amp;Sklep:</translation>
        </message>
    </context>
    <context>
        <name>FormatPage</name>
        <message>
            <source>Automatic</source>
            <translation>Automatycznie</translation>
        </message>
        <message>
            <source>Comma ( , )</source>
            <translation>Przecinek ( , )</translation>
        </message>
        <message>
            <source>Semicolon ( ; )</source>
            <translation>Średnik ( ; )</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tabulator</translation>
        </message>
        <message>
            <source>Bar ( | )</source>
            <translation>Kreska ( | )</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>przecinek</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>średnik</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabulator</translation>
        </message>
        <message>
            <source>bar</source>
            <translation>kreska</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Zamówienia</translation>
        </message>
        <message>
            <source>Activity (reviews, visits …)</source>
            <translation>Aktywność (recenzje, wizyty…)</translation>
        </message>
        <message>
            <source>Points history</source>
            <translation>Historia punktów</translation>
        </message>
        <message>
            <source>Refunds of orders already recorded</source>
            <translation>Zwroty za zamówienia już zapisane</translation>
        </message>
        <message>
            <source>No header</source>
            <translation>Bez nagłówka</translation>
        </message>
        <message>
            <source>Text encoding</source>
            <translation>Kodowanie tekstu</translation>
        </message>
        <message>
            <source>Separator</source>
            <translation>Separator</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Arkusz</translation>
        </message>
        <message>
            <source>The file holds</source>
            <translation>Plik zawiera</translation>
        </message>
        <message>
            <source>Column names on line</source>
            <translation>Nazwy kolumn w wierszu</translation>
        </message>
        <message>
            <source>Skip lines at the top</source>
            <translation>Pomiń wiersze na początku</translation>
        </message>
        <message>
            <source>Leave out rows at the end</source>
            <translation>Pomiń wiersze na końcu</translation>
        </message>
        <message>
            <source>How is it written?</source>
            <translation>Jak jest zapisany?</translation>
        </message>
        <message>
            <source>Excel workbook, sheet “{sheet}”</source>
            <translation>Skoroszyt Excel, arkusz „{sheet}”</translation>
        </message>
        <message>
            <source>JSON records, one row each</source>
            <translation>Rekordy JSON, po jednym wierszu na każdy</translation>
        </message>
        <message>
            <source>{encoding} with a byte-order mark</source>
            <translation>{encoding} ze znacznikiem kolejności bajtów</translation>
        </message>
        <message>
            <source>{encoding}, {separator}-separated</source>
            <translation>{encoding}, separator: {separator}</translation>
        </message>
        <message>
            <source>(Excel's “sep=” line)</source>
            <translation>(wiersz „sep=” z Excela)</translation>
        </message>
        <message>
            <source>column names from the records' keys</source>
            <translation>nazwy kolumn z kluczy rekordów</translation>
        </message>
        <message>
            <source>column names on line {line}</source>
            <translation>nazwy kolumn w wierszu {line}</translation>
        </message>
        <message>
            <source>no header row</source>
            <translation>bez wiersza nagłówka</translation>
        </message>
        <message>
            <source>about 1 row</source>
            <translation>około 1 wiersza</translation>
        </message>
        <message numerus="yes">
            <source>about %Ln rows</source>
            <translation>
                <numerusform>około %Ln wiersza</numerusform>
                <numerusform>około %Ln wierszy</numerusform>
                <numerusform>około %Ln wierszy</numerusform>
            </translation>
        </message>
        <message>
            <source>Read as {how}; {header}; {rows}.</source>
            <translation>Odczytano jako {how}; {header}; {rows}.</translation>
        </message>
        <message>
            <source>It is Points Tracker's own file: read exactly as written.</source>
            <translation>To własny plik Points Tracker: czytany dokładnie tak, jak zapisano.</translation>
        </message>
    </context>
    <context>
        <name>HowPointsWork</name>
        <message>
            <source>{n}st</source>
            <translation>{n}.</translation>
        </message>
        <message>
            <source>{n}nd</source>
            <translation>{n}.</translation>
        </message>
        <message>
            <source>{n}rd</source>
            <translation>{n}.</translation>
        </message>
        <message>
            <source>{n}th</source>
            <translation>{n}.</translation>
        </message>
        <message>
            <source>1 point</source>
            <translation>1 punkt</translation>
        </message>
        <message numerus="yes">
            <source>%n points</source>
            <translation>
                <numerusform>%n punkt</numerusform>
                <numerusform>%n punkty</numerusform>
                <numerusform>%n punktów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your tier follows the points of the last %n days, every day.</source>
            <translation>
                <numerusform>Twój poziom zależy od punktów z ostatniego %n dnia, każdego dnia.</numerusform>
                <numerusform>Twój poziom zależy od punktów z ostatnich %n dni, każdego dnia.</numerusform>
                <numerusform>Twój poziom zależy od punktów z ostatnich %n dni, każdego dnia.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your tier is recalculated on the last day of every month from the points of the last %n calendar months, and takes effect on the {day} of the next month.</source>
            <translation>
                <numerusform>Poziom jest przeliczany ostatniego dnia każdego miesiąca na podstawie punktów z ostatniego %n miesiąca kalendarzowego i obowiązuje od {day} dnia następnego miesiąca.</numerusform>
                <numerusform>Poziom jest przeliczany ostatniego dnia każdego miesiąca na podstawie punktów z ostatnich %n miesięcy kalendarzowych i obowiązuje od {day} dnia następnego miesiąca.</numerusform>
                <numerusform>Poziom jest przeliczany ostatniego dnia każdego miesiąca na podstawie punktów z ostatnich %n miesięcy kalendarzowych i obowiązuje od {day} dnia następnego miesiąca.</numerusform>
            </translation>
        </message>
        <message>
            <source>Orders: {points} per order of {minimum} or more, at most {cap} a day, when you confirm receipt.</source>
            <translation>Zamówienia: {points} za zamówienie za co najmniej {minimum}, najwyżej {cap} dziennie, po potwierdzeniu odbioru.</translation>
        </message>
        <message>
            <source>rounded down</source>
            <translation>w dół</translation>
        </message>
        <message>
            <source>rounded to the nearest dollar</source>
            <translation>do najbliższego dolara</translation>
        </message>
        <message>
            <source>Orders: {points} per US$1 of item prices after discounts ({rounding}; shipping never counts), when you confirm receipt. Orders under {minimum} earn nothing</source>
            <translation>Zamówienia: {points} za każdy 1 US$ ceny produktów po rabatach (zaokrąglenie {rounding}; wysyłka nigdy się nie liczy), po potwierdzeniu odbioru. Zamówienia poniżej {minimum} nic nie dają</translation>
        </message>
        <message>
            <source>; at most {count} points an order</source>
            <translation>; najwyżej {count} pkt za zamówienie</translation>
        </message>
        <message>
            <source>; only the first {count} orders of a product count</source>
            <translation>; liczy się tylko pierwszych {count} zamówień danego produktu</translation>
        </message>
        <message>
            <source>Refunds: a cancelled or fully refunded order earns nothing; a partial refund takes away its share of the points.</source>
            <translation>Zwroty: anulowane lub w pełni zwrócone zamówienie nic nie daje; częściowy zwrot odbiera swoją część punktów.</translation>
        </message>
        <message>
            <source>Refunds: a cancelled or fully refunded order earns nothing; a partly refunded order earns nothing either.</source>
            <translation>Zwroty: anulowane lub w pełni zwrócone zamówienie nic nie daje; częściowo zwrócone zamówienie też nic nie daje.</translation>
        </message>
        <message>
            <source>Several categories in a day: {points} per category on a day whose orders span {minimum} or more categories, at most {cap} a day.</source>
            <translation>Kilka kategorii w jeden dzień: {points} za kategorię w dniu, w którym zamówienia obejmują co najmniej {minimum} kategorie, najwyżej {cap} dziennie.</translation>
        </message>
        <message>
            <source>Purchase days: {points} for every day you buy.</source>
            <translation>Dni zakupów: {points} za każdy dzień z zakupem.</translation>
        </message>
        <message>
            <source>Reviews: {points} per review of an item of {minimum} or more (an unknown price counts).</source>
            <translation>Recenzje: {points} za recenzję produktu za co najmniej {minimum} (nieznana cena się liczy).</translation>
        </message>
        <message>
            <source>Reviews: {points} per review of an item of {minimum} or more.</source>
            <translation>Recenzje: {points} za recenzję produktu za co najmniej {minimum}.</translation>
        </message>
        <message>
            <source>Member Center visits: {points} per day you visit</source>
            <translation>Wizyty w Centrum członkowskim: {points} za każdy dzień wizyty</translation>
        </message>
        <message>
            <source>{rule}, the first {cap} days of a month</source>
            <translation>{rule}, pierwsze {cap} dni w miesiącu</translation>
        </message>
        <message>
            <source>Club posts: {points} per post</source>
            <translation>Posty w Klubie: {points} za post</translation>
        </message>
        <message>
            <source>{rule}, the first {cap} posts of a month</source>
            <translation>{rule}, pierwsze {cap} postów w miesiącu</translation>
        </message>
        <message>
            <source>Store follows: {points} per store you follow</source>
            <translation>Obserwowanie sklepów: {points} za każdy obserwowany sklep</translation>
        </message>
        <message>
            <source>{rule}, the first {cap} stores of a month</source>
            <translation>{rule}, pierwsze {cap} sklepów w miesiącu</translation>
        </message>
        <message>
            <source>Promotions you record (11.11 and the like) multiply the points of orders placed during them.</source>
            <translation>Zapisane promocje (11.11 i podobne) mnożą punkty zamówień złożonych w ich trakcie.</translation>
        </message>
        <message>
            <source>Tiers</source>
            <translation>Poziomy</translation>
        </message>
        <message>
            <source>{low}–{high} points</source>
            <translation>{low}–{high} pkt</translation>
        </message>
        <message>
            <source>{low} or more points</source>
            <translation>{low} pkt lub więcej</translation>
        </message>
        <message>
            <source>Your tier</source>
            <translation>Twój poziom</translation>
        </message>
        <message>
            <source>Earning points</source>
            <translation>Zdobywanie punktów</translation>
        </message>
        <message>
            <source>Sources: {sources}</source>
            <translation>Źródła: {sources}</translation>
        </message>
        <message>
            <source>File: {path}</source>
            <translation>Plik: {path}</translation>
        </message>
    </context>
    <context>
        <name>HowPointsWorkDialog</name>
        <message>
            <source>How points work</source>
            <translation>Jak działają punkty</translation>
        </message>
    </context>
    <context>
        <name>ImageSizeDialog</name>
        <message>
            <source>Save chart as PNG</source>
            <translation>Zapisz wykres jako PNG</translation>
        </message>
        <message>
            <source>As on &amp;screen ({width} × {height} pixels)</source>
            <translation>Jak na &amp;ekranie ({width} × {height} pikseli)</translation>
        </message>
        <message>
            <source>&amp;Large, for a slide or a web page ({width} × {height} pixels)</source>
            <translation>&amp;Duży, na slajd lub stronę internetową ({width} × {height} pikseli)</translation>
        </message>
        <message>
            <source>For &amp;printing on A4 or Letter paper ({width} × {height} pixels, 300 dpi)</source>
            <translation>Do d&amp;ruku na papierze A4 lub Letter ({width} × {height} pikseli, 300 dpi)</translation>
        </message>
        <message>
            <source>How large should the picture be?</source>
            <translation>Jak duży ma być obraz?</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>1 row has a problem</source>
            <translation>1 wiersz ma problem</translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows have problems</source>
            <translation>
                <numerusform>%Ln wiersz ma problemy</numerusform>
                <numerusform>%Ln wiersze mają problemy</numerusform>
                <numerusform>%Ln wierszy ma problemy</numerusform>
            </translation>
        </message>
        <message>
            <source>{rows}, so nothing was imported: a Points Tracker file is imported whole or not at all. Fix them and import the file again.</source>
            <translation>{rows}, więc nic nie zostało zaimportowane: plik Points Tracker importuje się w całości albo wcale. Popraw je i zaimportuj plik ponownie.</translation>
        </message>
        <message>
            <source>{rows}, so nothing was imported. Fix them (save the rejected rows as a CSV file, correct them and import that), or choose to skip rows with errors.</source>
            <translation>{rows}, więc nic nie zaimportowano. Popraw je (zapisz odrzucone wiersze jako CSV, popraw je i zaimportuj ten plik) albo wybierz pomijanie wierszy z błędami.</translation>
        </message>
        <message>
            <source>Nothing to import: no row of the file could be read.</source>
            <translation>Nie ma czego importować: nie udało się odczytać żadnego wiersza pliku.</translation>
        </message>
        <message>
            <source>year-month-day (2026-02-20, 2026/02/20)</source>
            <translation>rok-miesiąc-dzień (2026-02-20, 2026/02/20)</translation>
        </message>
        <message>
            <source>day/month/year (07.03.2024, 7/3/2024, 07-03-2024)</source>
            <translation>dzień/miesiąc/rok (07.03.2024, 7/3/2024, 07-03-2024)</translation>
        </message>
        <message>
            <source>month/day/year (3/7/2024 for March 7)</source>
            <translation>miesiąc/dzień/rok (3/7/2024 to 7 marca)</translation>
        </message>
        <message>
            <source>day, month name, year (10 Feb 2026, 24 nov, 2023, 7 de marzo de 2024, 7 марта 2024)</source>
            <translation>dzień, nazwa miesiąca, rok (10 Feb 2026, 24 nov, 2023, 7 de marzo de 2024, 7 марта 2024)</translation>
        </message>
        <message>
            <source>month name, day, year (Feb 10, 2026, February 10 2026)</source>
            <translation>nazwa miesiąca, dzień, rok (Feb 10, 2026, February 10 2026)</translation>
        </message>
        <message>
            <source>year, month and day run together (20260220)</source>
            <translation>rok, miesiąc i dzień razem (20260220)</translation>
        </message>
        <message>
            <source>January</source>
            <translation>styczeń</translation>
        </message>
        <message>
            <source>February</source>
            <translation>luty</translation>
        </message>
        <message>
            <source>March</source>
            <translation>marzec</translation>
        </message>
        <message>
            <source>April</source>
            <translation>kwiecień</translation>
        </message>
        <message>
            <source>May</source>
            <translation>maj</translation>
        </message>
        <message>
            <source>June</source>
            <translation>czerwiec</translation>
        </message>
        <message>
            <source>July</source>
            <translation>lipiec</translation>
        </message>
        <message>
            <source>August</source>
            <translation>sierpień</translation>
        </message>
        <message>
            <source>September</source>
            <translation>wrzesień</translation>
        </message>
        <message>
            <source>October</source>
            <translation>październik</translation>
        </message>
        <message>
            <source>November</source>
            <translation>listopad</translation>
        </message>
        <message>
            <source>December</source>
            <translation>grudzień</translation>
        </message>
        <message>
            <source>Unknown date format “{value}”: write it like DD.MM.YYYY, MM/DD/YYYY, YYYY-MM-DD, D MMM YYYY or MMM D, YYYY (any separator), or as strftime such as %d.%m.%Y.</source>
            <translation>Nieznany format daty „{value}”: zapisz go jako DD.MM.YYYY, MM/DD/YYYY, YYYY-MM-DD, D MMM YYYY lub MMM D, YYYY (z dowolnym separatorem) albo w formacie strftime, np. %d.%m.%Y.</translation>
        </message>
        <message>
            <source>Unknown date format {value}; choose one of: {known}.</source>
            <translation>Nieznany format daty {value}; wybierz jeden z: {known}.</translation>
        </message>
        <message>
            <source>“{text}” is too long to be a date.</source>
            <translation>„{text}” jest za długie, by było datą.</translation>
        </message>
        <message>
            <source>“{text}” is not a date written as {description}.</source>
            <translation>„{text}” to nie data zapisana jako {description}.</translation>
        </message>
        <message>
            <source>“{text}” in “{whole}” is not a month name.</source>
            <translation>„{text}” w „{whole}” to nie nazwa miesiąca.</translation>
        </message>
        <message>
            <source>“{text}” has the year {year}, which cannot be right.</source>
            <translation>„{text}” ma rok {year}, który nie może być poprawny.</translation>
        </message>
        <message>
            <source>“{text}” is not a real date: there is no month {month}.</source>
            <translation>„{text}” to nieistniejąca data: nie ma miesiąca {month}.</translation>
        </message>
        <message>
            <source>“{text}” is not a real date: {month} {year} has {last_day} days.</source>
            <translation>„{text}” to nieistniejąca data: {month} {year} ma {last_day} dni.</translation>
        </message>
        <message>
            <source>This file is not an Excel workbook, so it has no sheet “{sheet}”.</source>
            <translation>Ten plik nie jest skoroszytem Excel, więc nie ma arkusza „{sheet}”.</translation>
        </message>
        <message>
            <source>This is a Points Tracker CSV (its first row is the app's own header), which is read exactly as written: import it without a preset or a column mapping.</source>
            <translation>To plik CSV Points Tracker (jego pierwszy wiersz to nagłówek aplikacji), odczytywany dokładnie tak, jak został zapisany: zaimportuj go bez ustawienia i bez przypisywania kolumn.</translation>
        </message>
        <message>
            <source>This is not a Points Tracker CSV: its first row is not one of the app's own headers. Choose another preset, or map the columns yourself.</source>
            <translation>To nie jest plik CSV Points Tracker: jego pierwszy wiersz nie jest nagłówkiem aplikacji. Wybierz inne ustawienie albo przypisz kolumny samodzielnie.</translation>
        </message>
        <message>
            <source>The file has no rows below its header.</source>
            <translation>Plik nie ma wierszy pod nagłówkiem.</translation>
        </message>
        <message>
            <source>The file has no order date, so the payment date (“{column}”) stands in for it: AliExpress takes the payment when the order is placed, so it is the same day or close to it.</source>
            <translation>Plik nie ma daty zamówienia, więc zastępuje ją data płatności („{column}”): AliExpress pobiera płatność przy składaniu zamówienia, więc to ten sam dzień lub bardzo bliski.</translation>
        </message>
        <message>
            <source>Each row is taken as money you got back for its order, on its date: leave out of the file any refund that was refused or is still open. An order's refund becomes the sum of its rows here.</source>
            <translation>Każdy wiersz jest traktowany jako pieniądze zwrócone Ci za jego zamówienie, w jego dacie: usuń z pliku zwroty odrzucone lub wciąż otwarte. Zwrot zamówienia staje się sumą jego wierszy w tym pliku.</translation>
        </message>
        <message>
            <source>These rows are kept as AliExpress's own history, to check your records against (Check against AliExpress). They add no points of their own, so nothing counts twice.</source>
            <translation>Te wiersze są zapisywane jako własna historia AliExpress, do porównania z nią Twoich zapisów (Porównanie z AliExpress). Same nie dodają punktów, więc nic nie liczy się podwójnie.</translation>
        </message>
        <message>
            <source>“{name}” is not a field of {kind} files; use one of: {known}.</source>
            <translation>„{name}” to nie pole plików typu {kind}; użyj jednego z: {known}.</translation>
        </message>
        <message>
            <source>The file has no column “{column}” (for {label}).</source>
            <translation>Plik nie ma kolumny „{column}” (dla {label}).</translation>
        </message>
        <message>
            <source>{label} is taken from two columns: choose one.</source>
            <translation>{label} pochodzi z dwóch kolumn: wybierz jedną.</translation>
        </message>
        <message>
            <source>Column “{header}” is mapped to {label}, which {kind} files do not use.</source>
            <translation>Kolumna „{header}” jest przypisana do pola {label}, którego pliki typu {kind} nie używają.</translation>
        </message>
        <message>
            <source>No column is mapped to the order number.</source>
            <translation>Żadna kolumna nie jest przypisana do numeru zamówienia.</translation>
        </message>
        <message>
            <source>No column is mapped to the refund date.</source>
            <translation>Żadna kolumna nie jest przypisana do daty zwrotu.</translation>
        </message>
        <message>
            <source>No column is mapped to the refund (or the price of the item refunded).</source>
            <translation>Żadna kolumna nie jest przypisana do zwrotu (ani do ceny zwróconego produktu).</translation>
        </message>
        <message>
            <source>No column is mapped to the order date.</source>
            <translation>Żadna kolumna nie jest przypisana do daty zamówienia.</translation>
        </message>
        <message>
            <source>No column is mapped to an amount (unit price, line total or order total).</source>
            <translation>Żadna kolumna nie jest przypisana do kwoty (cena jednostkowa, suma wiersza albo suma zamówienia).</translation>
        </message>
        <message>
            <source>The file has no status column: choose the status its orders get.</source>
            <translation>Plik nie ma kolumny statusu: wybierz status jego zamówień.</translation>
        </message>
        <message>
            <source>No column is mapped to the date.</source>
            <translation>Żadna kolumna nie jest przypisana do daty.</translation>
        </message>
        <message>
            <source>No column is mapped to the points.</source>
            <translation>Żadna kolumna nie jest przypisana do punktów.</translation>
        </message>
        <message>
            <source>The file has no kind column: choose what its rows are (reviews, visits …).</source>
            <translation>Plik nie ma kolumny rodzaju: wybierz, czym są jego wiersze (recenzje, wizyty…).</translation>
        </message>
        <message>
            <source>“{text}” is not a currency we know.</source>
            <translation>„{text}” to nieznana waluta.</translation>
        </message>
        <message>
            <source>The decimal separator must be “.” or “,”, not {decimal}.</source>
            <translation>Separator dziesiętny musi być „.” albo „,”, nie {decimal}.</translation>
        </message>
        <message>
            <source>The order number is empty.</source>
            <translation>Numer zamówienia jest pusty.</translation>
        </message>
        <message>
            <source>The refund date is empty.</source>
            <translation>Data zwrotu jest pusta.</translation>
        </message>
        <message>
            <source>The amount is empty.</source>
            <translation>Kwota jest pusta.</translation>
        </message>
        <message>
            <source>Order {order_no} is not recorded: import your orders first, then this file.</source>
            <translation>Zamówienie {order_no} nie jest zapisane: najpierw zaimportuj swoje zamówienia, potem ten plik.</translation>
        </message>
        <message>
            <source>The refund is in {currency}, but order {order_no} was paid in {paid}: give the refund in {paid}.</source>
            <translation>Zwrot jest w {currency}, ale zamówienie {order_no} opłacono w {paid}: podaj zwrot w {paid}.</translation>
        </message>
        <message>
            <source>The refund is in {currency}, which has no exchange rate to US$ yet: set one, then import again.</source>
            <translation>Zwrot jest w {currency}, dla której nie ma jeszcze kursu do US$: ustaw go i zaimportuj ponownie.</translation>
        </message>
        <message>
            <source>Order {order_no}: {problem}.</source>
            <translation>Zamówienie {order_no}: {problem}.</translation>
        </message>
        <message>
            <source>“{text}” is too long to be an amount.</source>
            <translation>„{text}” jest za długie, by było kwotą.</translation>
        </message>
        <message>
            <source>“{text}” has no number in it.</source>
            <translation>„{text}” nie zawiera żadnej liczby.</translation>
        </message>
        <message>
            <source>“{text}” does not read as one amount.</source>
            <translation>„{text}” nie da się odczytać jako jednej kwoty.</translation>
        </message>
        <message>
            <source>“{text}” names two currencies.</source>
            <translation>„{text}” wymienia dwie waluty.</translation>
        </message>
        <message>
            <source>“{text}” is not an amount: {message}</source>
            <translation>„{text}” to nie kwota: {message}</translation>
        </message>
        <message>
            <source>“{text}” has more than one sign.</source>
            <translation>„{text}” ma więcej niż jeden znak.</translation>
        </message>
        <message>
            <source>“{text}” does not read as an amount with “{decimal}” for decimals.</source>
            <translation>„{text}” nie da się odczytać jako kwoty z „{decimal}” jako separatorem dziesiętnym.</translation>
        </message>
        <message>
            <source>“{text}” does not read as an amount with “{decimal}” for decimals (thousands come in groups of three digits).</source>
            <translation>„{text}” nie da się odczytać jako kwoty z „{decimal}” jako separatorem dziesiętnym (tysiące idą w grupach po trzy cyfry).</translation>
        </message>
        <message>
            <source>“{text}” has more than two decimal places.</source>
            <translation>„{text}” ma więcej niż dwa miejsca po przecinku.</translation>
        </message>
        <message>
            <source>“{text}” is too large to be a price.</source>
            <translation>„{text}” jest za duże jak na cenę.</translation>
        </message>
        <message>
            <source>{value} is not a date like 2026-02-20</source>
            <translation>{value} to nie data w rodzaju 2026-02-20</translation>
        </message>
        <message>
            <source>{value} is not an amount like 12.34</source>
            <translation>{value} to nie kwota w rodzaju 12.34</translation>
        </message>
        <message>
            <source>{text} is too large</source>
            <translation>{text} to za dużo</translation>
        </message>
        <message>
            <source>{value} is not an amount like 12.34 (two decimals at most)</source>
            <translation>{value} to nie kwota w rodzaju 12.34 (najwyżej dwa miejsca po przecinku)</translation>
        </message>
        <message>
            <source>{value} is not a whole number of points</source>
            <translation>{value} to nie całkowita liczba punktów</translation>
        </message>
        <message>
            <source>{value} is not a number like 2 or 1.5</source>
            <translation>{value} to nie liczba w rodzaju 2 lub 1.5</translation>
        </message>
        <message>
            <source>{text} is not a multiplier between 0 and 100</source>
            <translation>{text} to nie mnożnik od 0 do 100</translation>
        </message>
        <message>
            <source>item {number}</source>
            <translation>pozycja {number}</translation>
        </message>
        <message>
            <source>{where} is not an object with {keys}</source>
            <translation>{where}: to nie obiekt z polami {keys}</translation>
        </message>
        <message>
            <source>{where}: item, product_id and category are text</source>
            <translation>{where}: item, product_id i category to tekst</translation>
        </message>
        <message>
            <source>{where}: quantity is a whole number and unit_price_usd an amount like "12.34"</source>
            <translation>{where}: quantity to liczba całkowita, a unit_price_usd kwota w rodzaju "12.34"</translation>
        </message>
        <message>
            <source>is not a list of items as Points Tracker writes it (JSON, like [{example}])</source>
            <translation>to nie lista pozycji zapisana tak, jak zapisuje ją Points Tracker (JSON, np. [{example}])</translation>
        </message>
        <message>
            <source>is not the amounts as paid as Points Tracker writes them (JSON with {keys})</source>
            <translation>to nie kwoty zapłacone w postaci, w jakiej zapisuje je Points Tracker (JSON z polami {keys})</translation>
        </message>
        <message>
            <source>amounts as paid are written like "12.34"</source>
            <translation>kwoty zapłacone zapisuje się jak "12.34"</translation>
        </message>
        <message>
            <source>{value} is not a rate like 0.2512 from ecb or yours</source>
            <translation>{value} to nie kurs w rodzaju 0.2512 z ecb lub yours</translation>
        </message>
        <message>
            <source>not UTF-8 text (byte {value})</source>
            <translation>to nie tekst UTF-8 (bajt {value})</translation>
        </message>
        <message>
            <source>row {line}: contains a NUL byte</source>
            <translation>wiersz {line}: zawiera bajt NUL</translation>
        </message>
        <message>
            <source>row {line_num}: {error}</source>
            <translation>wiersz {line_num}: {error}</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>plik jest pusty</translation>
        </message>
        <message>
            <source>row 1: not a Points Tracker header (expected {order_columns} or {activity_columns} or {promotion_columns})</source>
            <translation>wiersz 1: to nie nagłówek Points Tracker (oczekiwano {order_columns} lub {activity_columns} lub {promotion_columns})</translation>
        </message>
        <message>
            <source>has {count} cells, the header has {width}</source>
            <translation>ma {count} komórek, a nagłówek {width}</translation>
        </message>
        <message>
            <source>does not match the lines cell ({value}): change both, or clear the lines cell to import the order as one item</source>
            <translation>nie zgadza się z komórką lines ({value}): zmień obie albo wyczyść komórkę lines, aby zaimportować zamówienie jako jedną pozycję</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>only review rows have one, not {kind}</source>
            <translation>mają je tylko wiersze recenzji, nie {kind}</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>rodzaj</translation>
        </message>
        <message>
            <source>points</source>
            <translation>punkty</translation>
        </message>
        <message>
            <source>“{raw}” is not a date like 2026-02-20.</source>
            <translation>„{raw}” to nie data w rodzaju 2026-02-20.</translation>
        </message>
        <message>
            <source>“{raw}” is not an amount like 12.34.</source>
            <translation>„{raw}” to nie kwota w rodzaju 12.34.</translation>
        </message>
        <message>
            <source>no order {order_no} is recorded: import the orders file first</source>
            <translation>zamówienie {order_no} nie jest zapisane: najpierw zaimportuj plik zamówień</translation>
        </message>
        <message>
            <source>“{target}” is not something to import: use {choices}.</source>
            <translation>„{target}” to nie coś do importu: użyj {choices}.</translation>
        </message>
        <message>
            <source>“{encoding}” is not a text encoding: use one such as utf-8, cp1252 or utf-16.</source>
            <translation>„{encoding}” nie jest kodowaniem tekstu: użyj np. utf-8, cp1252 lub utf-16.</translation>
        </message>
        <message>
            <source>The decimal separator must be “.” or “,”, not “{decimal}”.</source>
            <translation>Separator dziesiętny musi być „.” albo „,”, nie „{decimal}”.</translation>
        </message>
        <message>
            <source>“{default_status}” is not a status: use {choices}.</source>
            <translation>„{default_status}” to nie status: użyj {choices}.</translation>
        </message>
        <message>
            <source>“{activity_kind}” is not an activity: use {choices}.</source>
            <translation>„{activity_kind}” to nie aktywność: użyj {choices}.</translation>
        </message>
        <message>
            <source>Duplicates can be skipped or updated, not “{on_duplicate}”.</source>
            <translation>Duplikaty można pominąć albo zaktualizować, nie „{on_duplicate}”.</translation>
        </message>
        <message>
            <source>“{currency}” is not a currency code like USD or EUR.</source>
            <translation>„{currency}” to nie kod waluty, np. USD lub EUR.</translation>
        </message>
        <message>
            <source>The header line cannot be negative.</source>
            <translation>Wiersz nagłówka nie może być ujemny.</translation>
        </message>
        <message>
            <source>No file has that many lines: give a smaller number.</source>
            <translation>Żaden plik nie ma tylu wierszy: podaj mniejszą liczbę.</translation>
        </message>
        <message>
            <source>The saved import settings cannot be read: {error}.</source>
            <translation>Nie można odczytać zapisanych ustawień importu: {error}.</translation>
        </message>
        <message>
            <source>Give the preset a name.</source>
            <translation>Nadaj ustawieniu nazwę.</translation>
        </message>
        <message>
            <source>“{name}” is the name of a built-in preset: choose another.</source>
            <translation>„{name}” to nazwa wbudowanego ustawienia: wybierz inną.</translation>
        </message>
        <message>
            <source>Map at least one column before saving a preset.</source>
            <translation>Przypisz co najmniej jedną kolumnę przed zapisaniem ustawienia.</translation>
        </message>
        <message>
            <source>There is no preset “{name}”. Presets: {choices}.</source>
            <translation>Nie ma ustawienia „{name}”. Ustawienia: {choices}.</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>oczekujące</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>potwierdzone</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>anulowane</translation>
        </message>
        <message>
            <source>Day and month cannot be told apart: choose the date format.</source>
            <translation>Nie da się odróżnić dnia od miesiąca: wybierz format daty.</translation>
        </message>
        <message>
            <source>Choose the decimal separator.</source>
            <translation>Wybierz separator dziesiętny.</translation>
        </message>
        <message>
            <source>“{wording}” is not a status we know: map it.</source>
            <translation>„{wording}” to nieznany status: przypisz go.</translation>
        </message>
        <message>
            <source>The separator must be a single character, not {value}.</source>
            <translation>Separator musi być jednym znakiem, nie {value}.</translation>
        </message>
        <message>
            <source>The quote character {value} cannot be used here.</source>
            <translation>Znaku cudzysłowu {value} nie można tu użyć.</translation>
        </message>
        <message>
            <source>The number of lines to skip cannot be negative.</source>
            <translation>Liczba pomijanych wierszy nie może być ujemna.</translation>
        </message>
        <message>
            <source>Unknown separator {value}: use one character, or tab, comma, semicolon.</source>
            <translation>Nieznany separator {value}: użyj jednego znaku albo tab, comma, semicolon.</translation>
        </message>
        <message>
            <source>Line {line} contains a NUL byte, which never belongs in a CSV file: the file is probably not text, or was read with the wrong encoding.</source>
            <translation>Wiersz {line} zawiera bajt NUL, którego nigdy nie ma w pliku CSV: plik prawdopodobnie nie jest tekstem albo został odczytany w złym kodowaniu.</translation>
        </message>
        <message>
            <source>Unknown text encoding {value}.</source>
            <translation>Nieznane kodowanie tekstu {value}.</translation>
        </message>
        <message>
            <source>Cannot tell which text encoding this file uses. Choose one: files saved by Excel on Windows are usually Windows-1252 (cp1252), or cp1250 / cp1251 for Polish / Russian.</source>
            <translation>Nie wiadomo, jakiego kodowania używa ten plik. Wybierz je: pliki zapisane przez Excela w Windows to zwykle Windows-1252 (cp1252) albo cp1250 / cp1251 dla polskiego / rosyjskiego.</translation>
        </message>
        <message>
            <source>Line {line} cannot be read as {name}{byte}: the file uses another encoding; choose a different one.</source>
            <translation>Wiersza {line} nie da się odczytać jako {name}{byte}: plik używa innego kodowania; wybierz inne.</translation>
        </message>
        <message>
            <source>Line {start}: a cell opens a quote (") that is never closed, so everything after it would run together into one cell. Close the quote or remove it.</source>
            <translation>Wiersz {start}: komórka otwiera cudzysłów ("), który nigdy się nie zamyka, więc wszystko dalej złączyłoby się w jedną komórkę. Zamknij cudzysłów albo go usuń.</translation>
        </message>
        <message>
            <source>Line {start}: a cell is longer than {limit} characters; usually a quote that is never closed.</source>
            <translation>Wiersz {start}: komórka ma ponad {limit} znaków; zwykle to cudzysłów, który się nie zamyka.</translation>
        </message>
        <message>
            <source>Line {current}: a quote mark in the middle of a quoted cell. Inside a quoted cell a quote must be doubled ("").</source>
            <translation>Wiersz {current}: cudzysłów w środku komórki w cudzysłowie. W komórce w cudzysłowie cudzysłów trzeba podwoić ("").</translation>
        </message>
        <message>
            <source>Line {current}: the line cannot be read as CSV ({error}).</source>
            <translation>Wiersz {current}: wiersza nie da się odczytać jako CSV ({error}).</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Plik jest pusty.</translation>
        </message>
        <message>
            <source>This is an old Excel workbook (.xls): save it as .xlsx or CSV first.</source>
            <translation>To stary skoroszyt Excela (.xls): najpierw zapisz go jako .xlsx albo CSV.</translation>
        </message>
        <message>
            <source>The workbook</source>
            <translation>Skoroszyt</translation>
        </message>
        <message>
            <source>This file looks like a zip archive but cannot be read as an Excel workbook (.xlsx): {reason}. Open it in a spreadsheet program and save it as .xlsx or CSV.</source>
            <translation>Ten plik wygląda na archiwum zip, ale nie da się go odczytać jako skoroszytu Excela (.xlsx): {reason}. Otwórz go w arkuszu kalkulacyjnym i zapisz jako .xlsx albo CSV.</translation>
        </message>
        <message>
            <source>{file} holds {count} files inside; a workbook has a few dozen, and at most {limit} are read.</source>
            <translation>{file} zawiera w środku {count} plików; skoroszyt ma ich kilkadziesiąt, a odczytywanych jest najwyżej {limit}.</translation>
        </message>
        <message>
            <source>{file} unpacks to {size}, more than the {limit} a workbook may unpack to. Save the sheet you need as CSV and import that.</source>
            <translation>{file} po rozpakowaniu zajmuje {size}, więcej niż {limit} dozwolone dla skoroszytu. Zapisz potrzebny arkusz jako CSV i zaimportuj go.</translation>
        </message>
        <message>
            <source>{file} is not a workbook a spreadsheet program wrote: its part {part} unpacks {ratio} times its size (at most {limit} times is accepted). It may be made to exhaust memory; it was not opened.</source>
            <translation>{file} to nie skoroszyt zapisany przez arkusz kalkulacyjny: jego część {part} po rozpakowaniu jest {ratio} razy większa (dopuszczalne najwyżej {limit} razy). Może być przygotowany tak, by wyczerpać pamięć; nie został otwarty.</translation>
        </message>
        <message>
            <source>The sheet “{sheet}” of {file} holds more than {limit} of text, more than any list of orders: it was not imported.</source>
            <translation>Arkusz „{sheet}” w {file} zawiera ponad {limit} tekstu, więcej niż jakakolwiek lista zamówień: nie został zaimportowany.</translation>
        </message>
        <message>
            <source>This spreadsheet is not an Excel workbook: save it as .xlsx or CSV first.</source>
            <translation>Ten arkusz to nie skoroszyt Excela: najpierw zapisz go jako .xlsx albo CSV.</translation>
        </message>
        <message>
            <source>The workbook has no sheets.</source>
            <translation>Skoroszyt nie ma arkuszy.</translation>
        </message>
        <message>
            <source>The workbook has no sheet “{sheet}”; its sheets are: {choices}.</source>
            <translation>Skoroszyt nie ma arkusza „{sheet}”; jego arkusze to: {choices}.</translation>
        </message>
        <message>
            <source>The sheet “{sheet}” cannot be read ({reason}); save the workbook again from your spreadsheet program.</source>
            <translation>Arkusza „{sheet}” nie da się odczytać ({reason}); zapisz skoroszyt ponownie w arkuszu kalkulacyjnym.</translation>
        </message>
        <message>
            <source>The file has no rows to import.</source>
            <translation>Plik nie ma wierszy do zaimportowania.</translation>
        </message>
        <message>
            <source>Line {header_line} is blank or not in the first rows: it cannot be the header.</source>
            <translation>Wiersz {header_line} jest pusty albo nie należy do pierwszych wierszy: nie może być nagłówkiem.</translation>
        </message>
        <message>
            <source>“{status}” (for “{wording}”) is not a status: use pending, confirmed or cancelled.</source>
            <translation>„{status}” (dla „{wording}”) to nie status: użyj pending, confirmed albo cancelled.</translation>
        </message>
        <message>
            <source>“{text}” is not a quantity like 1 or 2.</source>
            <translation>„{text}” to nie ilość w rodzaju 1 czy 2.</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number of points.</source>
            <translation>„{text}” to nie całkowita liczba punktów.</translation>
        </message>
        <message>
            <source>“{text}” stands for more than one currency: write its code, such as JPY or CNY.</source>
            <translation>„{text}” oznacza więcej niż jedną walutę: wpisz jej kod, np. JPY lub CNY.</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number of cents.</source>
            <translation>„{text}” to nie całkowita liczba centów.</translation>
        </message>
        <message>
            <source>“{text}” is not a kind of activity: use review, visit, post, follow, bonus or adjustment.</source>
            <translation>„{text}” to nie rodzaj aktywności: użyj review, visit, post, follow, bonus albo adjustment.</translation>
        </message>
        <message>
            <source>The row has {count} cells but the header only {width}.</source>
            <translation>Wiersz ma {count} komórek, a nagłówek tylko {width}.</translation>
        </message>
        <message>
            <source>The date is empty.</source>
            <translation>Data jest pusta.</translation>
        </message>
        <message>
            <source>The kind is empty: write review, visit, post, follow, bonus or adjustment.</source>
            <translation>Rodzaj jest pusty: wpisz review, visit, post, follow, bonus albo adjustment.</translation>
        </message>
        <message>
            <source>The points are empty.</source>
            <translation>Punkty są puste.</translation>
        </message>
        <message>
            <source>Order {key}: “{here}” here but “{there}” on row {row}; the rows of one order must agree.</source>
            <translation>Zamówienie {key}: tutaj „{here}”, a w wierszu {row} „{there}”; wiersze jednego zamówienia muszą się zgadzać.</translation>
        </message>
        <message>
            <source>Order {key} is not imported: see row {row}.</source>
            <translation>Zamówienie {key} nie zostało zaimportowane: zob. wiersz {row}.</translation>
        </message>
        <message>
            <source>The dates in “{column}” (such as {examples}) can be read day-first or month-first. Choose the date format: {choices}.</source>
            <translation>Daty w „{column}” (np. {examples}) można odczytać z dniem albo z miesiącem na początku. Wybierz format daty: {choices}.</translation>
        </message>
        <message>
            <source>The amounts use both “.” and “,” as the decimal separator, so each amount was read on its own: a lone separator before three digits as thousands (“1,234” is 1234.00).</source>
            <translation>Kwoty używają zarówno „.”, jak i „,” jako separatora dziesiętnego, więc każdą odczytano osobno: pojedynczy separator przed trzema cyframi liczy się jako tysiące („1,234” to 1234,00).</translation>
        </message>
        <message>
            <source>The amounts in “{column}” (such as {examples}) can be read with “.” or with “,” as the decimal separator. Choose the decimal separator.</source>
            <translation>Kwoty w „{column}” (np. {examples}) można odczytać z „.” albo z „,” jako separatorem dziesiętnym. Wybierz separator dziesiętny.</translation>
        </message>
        <message>
            <source>Column “{column}” was taken as {field}, but its values do not look like {kind}.</source>
            <translation>Kolumnę „{column}” uznano za pole {field}, ale jej wartości nie wyglądają na {kind}.</translation>
        </message>
        <message>
            <source>Column “{column}” is mapped to an unknown field “{name}”.</source>
            <translation>Kolumna „{column}” jest przypisana do nieznanego pola „{name}”.</translation>
        </message>
        <message>
            <source>“{first}” and “{second}”</source>
            <translation>„{first}” i „{second}”</translation>
        </message>
        <message>
            <source>{columns} and “{column}”</source>
            <translation>{columns} i „{column}”</translation>
        </message>
        <message>
            <source>{field} is taken from two columns, {shown}: choose one.</source>
            <translation>{field} pochodzi z dwóch kolumn, {shown}: wybierz jedną.</translation>
        </message>
        <message>
            <source>dates</source>
            <translation>daty</translation>
        </message>
        <message>
            <source>amounts</source>
            <translation>kwoty</translation>
        </message>
        <message>
            <source>whole numbers</source>
            <translation>liczby całkowite</translation>
        </message>
        <message>
            <source>statuses</source>
            <translation>statusy</translation>
        </message>
        <message>
            <source>currencies</source>
            <translation>waluty</translation>
        </message>
        <message>
            <source>text</source>
            <translation>tekst</translation>
        </message>
        <message>
            <source>“{wording}” is not a status we know: map it to pending, confirmed or cancelled.</source>
            <translation>„{wording}” to nieznany status: przypisz go do pending, confirmed albo cancelled.</translation>
        </message>
        <message>
            <source>The status is empty: fill it in, or choose a status for such orders.</source>
            <translation>Status jest pusty: uzupełnij go albo wybierz status dla takich zamówień.</translation>
        </message>
        <message>
            <source>The order date is empty.</source>
            <translation>Data zamówienia jest pusta.</translation>
        </message>
        <message>
            <source>The amount is in {value} but the currency column says {cell}.</source>
            <translation>Kwota jest w {value}, ale kolumna waluty mówi {cell}.</translation>
        </message>
        <message>
            <source>The amounts of this row are in different currencies ({choices}).</source>
            <translation>Kwoty w tym wierszu są w różnych walutach ({choices}).</translation>
        </message>
        <message>
            <source>“¥” and “kr” each stand for several currencies: add a currency column, or choose the file's currency.</source>
            <translation>„¥” i „kr” oznaczają każdy kilka walut: dodaj kolumnę waluty albo wybierz walutę pliku.</translation>
        </message>
        <message>
            <source>This JSON file is not UTF-8 text.</source>
            <translation>Ten plik JSON nie jest tekstem UTF-8.</translation>
        </message>
        <message>
            <source>This is not valid JSON: {reason} at line {line}, column {column}.</source>
            <translation>To nie jest poprawny JSON: {reason} w wierszu {line}, kolumna {column}.</translation>
        </message>
        <message>
            <source>This JSON file is nested too deeply to be a list of records.</source>
            <translation>Ten plik JSON jest zbyt głęboko zagnieżdżony, by był listą rekordów.</translation>
        </message>
        <message>
            <source>This JSON file holds no list of records (objects with the same keys) to import.</source>
            <translation>Ten plik JSON nie zawiera listy rekordów (obiektów o tych samych kluczach) do zaimportowania.</translation>
        </message>
    </context>
    <context>
        <name>ImportCounts</name>
        <message>
            <source>1 order</source>
            <translation>1 zamówienie</translation>
        </message>
        <message numerus="yes">
            <source>%Ln orders</source>
            <translation>
                <numerusform>%Ln zamówienie</numerusform>
                <numerusform>%Ln zamówienia</numerusform>
                <numerusform>%Ln zamówień</numerusform>
            </translation>
        </message>
        <message>
            <source>1 activity</source>
            <translation>1 aktywność</translation>
        </message>
        <message numerus="yes">
            <source>%Ln activities</source>
            <translation>
                <numerusform>%Ln aktywność</numerusform>
                <numerusform>%Ln aktywności</numerusform>
                <numerusform>%Ln aktywności</numerusform>
            </translation>
        </message>
        <message>
            <source>1 history row</source>
            <translation>1 wiersz historii</translation>
        </message>
        <message numerus="yes">
            <source>%Ln history rows</source>
            <translation>
                <numerusform>%Ln wiersz historii</numerusform>
                <numerusform>%Ln wiersze historii</numerusform>
                <numerusform>%Ln wierszy historii</numerusform>
            </translation>
        </message>
        <message>
            <source>1 promotion</source>
            <translation>1 promocja</translation>
        </message>
        <message numerus="yes">
            <source>%Ln promotions</source>
            <translation>
                <numerusform>%Ln promocja</numerusform>
                <numerusform>%Ln promocje</numerusform>
                <numerusform>%Ln promocji</numerusform>
            </translation>
        </message>
        <message>
            <source>1 record</source>
            <translation>1 rekord</translation>
        </message>
        <message numerus="yes">
            <source>%Ln records</source>
            <translation>
                <numerusform>%Ln rekord</numerusform>
                <numerusform>%Ln rekordy</numerusform>
                <numerusform>%Ln rekordów</numerusform>
            </translation>
        </message>
        <message>
            <source>1 row</source>
            <translation>1 wiersz</translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows</source>
            <translation>
                <numerusform>%Ln wiersz</numerusform>
                <numerusform>%Ln wiersze</numerusform>
                <numerusform>%Ln wierszy</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import orders or activity</source>
            <translation>Importuj zamówienia lub aktywność</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Wstecz</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Dalej</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importuj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}.</source>
            <translation>Nie można odczytać {file}: {reason}.</translation>
        </message>
        <message>
            <source>This file was imported before, on {when} (batch {batch}): orders already recorded are left out.</source>
            <translation>Ten plik był już importowany {when} (partia {batch}): zamówienia już zapisane są pomijane.</translation>
        </message>
        <message>
            <source>It looks like: {preset}.</source>
            <translation>Wygląda na: {preset}.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{file}&lt;/b&gt; — {size}.</source>
            <translation>&lt;b&gt;{file}&lt;/b&gt; — {size}.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Plik</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Kolumny</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Sprawdzenie</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <source>{file} cannot be written: {reason}.</source>
            <translation>Nie można zapisać {file}: {reason}.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Anulowanie…</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was changed.</source>
            <translation>Import anulowano; nic się nie zmieniło.</translation>
        </message>
        <message>
            <source>Nothing was imported: {problem}</source>
            <translation>Nic nie zaimportowano: {problem}</translation>
        </message>
        <message>
            <source>The import could not be undone: {problem}</source>
            <translation>Nie udało się cofnąć importu: {problem}</translation>
        </message>
        <message>
            <source>Removed everything this import added ({what}). Orders it updated keep their new values.</source>
            <translation>Usunięto wszystko, co dodał ten import ({what}). Zamówienia, które zaktualizował, zachowują nowe wartości.</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nic</translation>
        </message>
        <message>
            <source>Some amounts are in a currency with no exchange rate for their dates. Give the US$ that one unit was worth, so they count; it is saved as your rate (Settings ▸ Currencies).</source>
            <translation>Niektóre kwoty są w walucie bez kursu z ich dni. Podaj, ile US$ była warta jedna jednostka, aby się liczyły; zostanie zapisany jako Twój kurs (Ustawienia ▸ Waluty).</translation>
        </message>
        <message>
            <source>US$ for 1 {currency}, e.g. 0.011</source>
            <translation>US$ za 1 {currency}, np. 0.011</translation>
        </message>
        <message>
            <source>Exchange rate for {currency}</source>
            <translation>Kurs {currency}</translation>
        </message>
        <message>
            <source>Orders in {currency}: {count} ({amount})</source>
            <translation>Zamówienia w {currency}: {count} ({amount})</translation>
        </message>
        <message>
            <source>Review prices in {currency}: {count} ({amount})</source>
            <translation>Ceny w recenzjach w {currency}: {count} ({amount})</translation>
        </message>
        <message>
            <source>the ECB's rates stop on {date}; yours applies from {start} on</source>
            <translation>kursy EBC kończą się {date}; Twój obowiązuje od {start}</translation>
        </message>
        <message>
            <source>the ECB has no rate for it</source>
            <translation>EBC nie ma dla niej kursu</translation>
        </message>
        <message>
            <source>The rate for {currency} should be a number above 0, like 0.011.</source>
            <translation>Kurs {currency} powinien być liczbą większą od 0, np. 0.011.</translation>
        </message>
    </context>
    <context>
        <name>ImportFields</name>
        <message>
            <source>parent order number</source>
            <translation>numer zamówienia nadrzędnego</translation>
        </message>
        <message>
            <source>end reason</source>
            <translation>powód zakończenia</translation>
        </message>
        <message>
            <source>description</source>
            <translation>opis</translation>
        </message>
        <message>
            <source>order number</source>
            <translation>numer zamówienia</translation>
        </message>
        <message>
            <source>order date</source>
            <translation>data zamówienia</translation>
        </message>
        <message>
            <source>payment date</source>
            <translation>data płatności</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>confirmation date</source>
            <translation>data potwierdzenia</translation>
        </message>
        <message>
            <source>item title</source>
            <translation>tytuł produktu</translation>
        </message>
        <message>
            <source>product ID</source>
            <translation>ID produktu</translation>
        </message>
        <message>
            <source>category</source>
            <translation>kategoria</translation>
        </message>
        <message>
            <source>quantity</source>
            <translation>ilość</translation>
        </message>
        <message>
            <source>unit price</source>
            <translation>cena jednostkowa</translation>
        </message>
        <message>
            <source>line total</source>
            <translation>suma wiersza</translation>
        </message>
        <message>
            <source>order total</source>
            <translation>suma zamówienia</translation>
        </message>
        <message>
            <source>discount</source>
            <translation>rabat</translation>
        </message>
        <message>
            <source>shipping</source>
            <translation>wysyłka</translation>
        </message>
        <message>
            <source>refund</source>
            <translation>zwrot</translation>
        </message>
        <message>
            <source>refund date</source>
            <translation>data zwrotu</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>waluta</translation>
        </message>
        <message>
            <source>store</source>
            <translation>sklep</translation>
        </message>
        <message>
            <source>date</source>
            <translation>data</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>rodzaj</translation>
        </message>
        <message>
            <source>points</source>
            <translation>punkty</translation>
        </message>
        <message>
            <source>item price</source>
            <translation>cena produktu</translation>
        </message>
        <message>
            <source>note</source>
            <translation>notatka</translation>
        </message>
    </context>
    <context>
        <name>ImportsPage</name>
        <message>
            <source>Imported</source>
            <translation>Zaimportowano</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Plik</translation>
        </message>
        <message>
            <source>Read as</source>
            <translation>Odczytano jako</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nowe</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Zaktualizowane</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Pominięte</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Odrzucone</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Dane demonstracyjne</translation>
        </message>
        <message>
            <source>Batch {batch}: {file}, {kind}</source>
            <translation>Partia {batch}: {file}, {kind}</translation>
        </message>
        <message>
            <source>No imports yet. Import a file from the File menu, or drop one on the window.</source>
            <translation>Brak importów. Zaimportuj plik z menu Plik albo upuść go na okno.</translation>
        </message>
        <message>
            <source>Undo import</source>
            <translation>Cofnij import</translation>
        </message>
        <message>
            <source>Every import can be undone as a whole: it removes exactly what that import added.</source>
            <translation>Każdy import można cofnąć w całości: usuwa to dokładnie to, co dodał.</translation>
        </message>
        <message numerus="yes">
            <source>Remove everything the import of {file} on {when} added (%Ln new records)? Orders it only updated keep their new values.</source>
            <translation>
                <numerusform>Usunąć wszystko, co dodał import {file} z {when} (%Ln nowy rekord)? Zamówienia, które tylko zaktualizował, zachowają nowe wartości.</numerusform>
                <numerusform>Usunąć wszystko, co dodał import {file} z {when} (%Ln nowe rekordy)? Zamówienia, które tylko zaktualizował, zachowają nowe wartości.</numerusform>
                <numerusform>Usunąć wszystko, co dodał import {file} z {when} (%Ln nowych rekordów)? Zamówienia, które tylko zaktualizował, zachowają nowe wartości.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed the import of {file}: %Ln records.</source>
            <translation>
                <numerusform>Usunięto import {file}: %Ln rekord.</numerusform>
                <numerusform>Usunięto import {file}: %Ln rekordy.</numerusform>
                <numerusform>Usunięto import {file}: %Ln rekordów.</numerusform>
            </translation>
        </message>
        <message>
            <source>orders</source>
            <translation>zamówienia</translation>
        </message>
        <message>
            <source>activity</source>
            <translation>aktywność</translation>
        </message>
        <message>
            <source>points history</source>
            <translation>historia punktów</translation>
        </message>
        <message>
            <source>refunds</source>
            <translation>zwroty</translation>
        </message>
        <message>
            <source>demo data</source>
            <translation>dane demonstracyjne</translation>
        </message>
    </context>
    <context>
        <name>ItemRow</name>
        <message>
            <source>What you bought</source>
            <translation>Co kupiono</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategoria</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Opcjonalnie</translation>
        </message>
    </context>
    <context>
        <name>ItemsEditor</name>
        <message>
            <source>Title</source>
            <translation>Tytuł</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategoria</translation>
        </message>
        <message>
            <source>Product id</source>
            <translation>ID produktu</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Ilość</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Cena jedn.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>{field} of item {number}</source>
            <translation>{field} produktu {number}</translation>
        </message>
        <message>
            <source>Remove item {number}</source>
            <translation>Usuń produkt {number}</translation>
        </message>
        <message>
            <source>Enter the item's price</source>
            <translation>Podaj cenę produktu</translation>
        </message>
        <message>
            <source>&amp;Add item</source>
            <translation>Dod&amp;aj produkt</translation>
        </message>
        <message>
            <source>Unit price {currency}</source>
            <translation>Cena jedn. {currency}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Add &amp;order…</source>
            <translation>Dodaj &amp;zamówienie…</translation>
        </message>
        <message>
            <source>Add Club &amp;post…</source>
            <translation>Dodaj po&amp;st w Klubie…</translation>
        </message>
        <message>
            <source>Add store &amp;follow…</source>
            <translation>Dodaj obser&amp;wowany sklep…</translation>
        </message>
        <message>
            <source>Add &amp;bonus or adjustment…</source>
            <translation>Dodaj &amp;bonus lub korektę…</translation>
        </message>
        <message>
            <source>Add pro&amp;motion…</source>
            <translation>Dodaj pro&amp;mocję…</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Strony</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;Nowa baza danych…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Otwórz bazę danych…</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>&amp;Importuj plik…</translation>
        </message>
        <message>
            <source>Import orders or activity from a CSV or Excel file; you can also drop a file on the window.</source>
            <translation>Importuj zamówienia lub aktywność z pliku CSV lub Excel; plik można też upuścić na okno.</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Eksportuj…</translation>
        </message>
        <message>
            <source>&amp;Back up…</source>
            <translation>&amp;Kopia zapasowa…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Przywróć z kopii zapasowej…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Zakończ</translation>
        </message>
        <message>
            <source>Add order</source>
            <translation>Dodaj zamówienie</translation>
        </message>
        <message>
            <source>&amp;Visited today</source>
            <translation>&amp;Odwiedzone dziś</translation>
        </message>
        <message>
            <source>Record today's Member Center visit.</source>
            <translation>Zapisz dzisiejszą wizytę w Centrum członkowskim.</translation>
        </message>
        <message>
            <source>Visits &amp;calendar…</source>
            <translation>&amp;Kalendarz wizyt…</translation>
        </message>
        <message>
            <source>Check against &amp;AliExpress…</source>
            <translation>Porównaj z &amp;AliExpress…</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Porównaj</translation>
        </message>
        <message>
            <source>Compare your figures with the points the Member Center shows.</source>
            <translation>Porównaj swoje liczby z punktami w Centrum członkowskim.</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Ustawienia…</translation>
        </message>
        <message>
            <source>&amp;How points work</source>
            <translation>&amp;Jak działają punkty</translation>
        </message>
        <message>
            <source>&amp;About Points Tracker</source>
            <translation>&amp;O programie Points Tracker</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Plik</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edycja</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Widok</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Pomo&amp;c</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Główny pasek narzędzi</translation>
        </message>
        <message>
            <source>Visited today</source>
            <translation>Odwiedzone dziś</translation>
        </message>
        <message>
            <source>Check against AliExpress</source>
            <translation>Porównanie z AliExpress</translation>
        </message>
        <message>
            <source>{action} ({shortcut})</source>
            <translation>{action} ({shortcut})</translation>
        </message>
        <message numerus="yes">
            <source>%Ln new</source>
            <translation>
                <numerusform>%Ln nowy rekord</numerusform>
                <numerusform>%Ln nowe rekordy</numerusform>
                <numerusform>%Ln nowych rekordów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln updated</source>
            <translation>
                <numerusform>%Ln zaktualizowany</numerusform>
                <numerusform>%Ln zaktualizowane</numerusform>
                <numerusform>%Ln zaktualizowanych</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported {file}: {new}, {updated}.</source>
            <translation>Zaimportowano {file}: {new}, {updated}.</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation>Nie można otworzyć bazy danych</translation>
        </message>
        <message>
            <source>Opened {file}.</source>
            <translation>Otwarto {file}.</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Nowa baza danych</translation>
        </message>
        <message>
            <source>Points Tracker databases (*.sqlite3)</source>
            <translation>Bazy danych Points Tracker (*.sqlite3)</translation>
        </message>
        <message>
            <source>{file} already exists. Choose another name, or use Open database to open it.</source>
            <translation>{file} już istnieje. Wybierz inną nazwę albo użyj Otwórz bazę danych, aby ją otworzyć.</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Otwórz bazę danych</translation>
        </message>
        <message>
            <source>Points Tracker databases (*.sqlite3 *.db);;All files (*)</source>
            <translation>Bazy danych Points Tracker (*.sqlite3 *.db);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Export to folder</source>
            <translation>Eksportuj do folderu</translation>
        </message>
        <message>
            <source>{files} already in {folder} will be replaced.</source>
            <translation>{files} w folderze {folder} zostaną zastąpione.</translation>
        </message>
        <message>
            <source>&amp;Undo {action}</source>
            <translation>&amp;Cofnij: {action}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Cofnij</translation>
        </message>
        <message>
            <source>&amp;Redo {action}</source>
            <translation>&amp;Ponów: {action}</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ponów</translation>
        </message>
        <message>
            <source>Undone: {action}.</source>
            <translation>Cofnięto: {action}.</translation>
        </message>
        <message>
            <source>Redone: {action}.</source>
            <translation>Ponowiono: {action}.</translation>
        </message>
        <message>
            <source>Visit recorded for {date}</source>
            <translation>Zapisano wizytę z dnia {date}</translation>
        </message>
        <message>
            <source>Add r&amp;eview…</source>
            <translation>Dodaj &amp;recenzję…</translation>
        </message>
        <message>
            <source>Today's visit is already recorded</source>
            <translation>Dzisiejsza wizyta jest już zapisana</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>O programie {app}</translation>
        </message>
        <message>
            <source>Version {version} · Python {python} · Qt {qt}</source>
            <translation>Wersja {version} · Python {python} · Qt {qt}</translation>
        </message>
        <message>
            <source>Your own record of AliExpress member points: your tier, when it lapses and what to spend to keep it.</source>
            <translation>Twój własny rejestr punktów członkowskich AliExpress: Twój poziom, kiedy wygaśnie i ile wydać, by go utrzymać.</translation>
        </message>
        <message>
            <source>Your records are kept on this computer, in:</source>
            <translation>Twoje dane są przechowywane na tym komputerze, w:</translation>
        </message>
        <message>
            <source>Rule set: {name}</source>
            <translation>Zestaw reguł: {name}</translation>
        </message>
        <message>
            <source>Free software under the MIT licence. Points Tracker is not made by or connected with AliExpress.</source>
            <translation>Wolne oprogramowanie na licencji MIT. Points Tracker nie jest tworzony przez AliExpress ani z nim powiązany.</translation>
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
            <translation>„{text}” to nie kwota: wpisz ją np. jako {example}</translation>
        </message>
        <message>
            <source>This amount is in {currency}; type it in {wanted} here</source>
            <translation>Ta kwota jest w {currency}; wpisz ją tutaj w {wanted}</translation>
        </message>
        <message>
            <source>“{symbol}” is not a currency this box takes; type an amount like {example}</source>
            <translation>„{symbol}” to nie waluta, którą przyjmuje to pole; wpisz kwotę np. {example}</translation>
        </message>
    </context>
    <context>
        <name>Opening</name>
        <message>
            <source>Today's automatic backup was not made: {error}</source>
            <translation>Nie wykonano dzisiejszej automatycznej kopii zapasowej: {error}</translation>
        </message>
        <message>
            <source>{problem}

Restore the backup {backup}? Records added after it was made are not in it. The damaged file is kept aside, not deleted.</source>
            <translation>{problem}

Przywrócić kopię zapasową {backup}? Rekordów dodanych po jej wykonaniu w niej nie ma. Uszkodzony plik zostaje odłożony, nie usunięty.</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <source>Set</source>
            <translation>Ustaw</translation>
        </message>
        <message>
            <source>{name} is set</source>
            <translation>{name}: ustawiono</translation>
        </message>
    </context>
    <context>
        <name>OrderForm</name>
        <message>
            <source>Pending</source>
            <translation>Oczekujące</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Potwierdzone</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Anulowane</translation>
        </message>
        <message>
            <source>A cancelled order earns no points.</source>
            <translation>Anulowane zamówienie nie daje punktów.</translation>
        </message>
        <message>
            <source>No points until {currency} has an exchange rate for the order's date.</source>
            <translation>Brak punktów, dopóki {currency} nie ma kursu z dnia zamówienia.</translation>
        </message>
        <message>
            <source>This order will earn 1 point</source>
            <translation>To zamówienie da 1 punkt</translation>
        </message>
        <message>
            <source>This order earns 1 point</source>
            <translation>To zamówienie daje 1 punkt</translation>
        </message>
        <message numerus="yes">
            <source>This order will earn %n points</source>
            <translation>
                <numerusform>To zamówienie da %n punkt</numerusform>
                <numerusform>To zamówienie da %n punkty</numerusform>
                <numerusform>To zamówienie da %n punktów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This order earns %n points</source>
            <translation>
                <numerusform>To zamówienie daje %n punkt</numerusform>
                <numerusform>To zamówienie daje %n punkty</numerusform>
                <numerusform>To zamówienie daje %n punktów</numerusform>
            </translation>
        </message>
        <message>
            <source> when you confirm receipt</source>
            <translation> po potwierdzeniu odbioru</translation>
        </message>
        <message>
            <source>, plus a {points}-point bonus for its day ({rules})</source>
            <translation>, plus bonus {points} pkt za ten dzień ({rules})</translation>
        </message>
        <message>
            <source>Optional, e.g. 8100123456789012</source>
            <translation>Opcjonalnie, np. 8100123456789012</translation>
        </message>
        <message>
            <source>Order &amp;no.:</source>
            <translation>&amp;Nr zamówienia:</translation>
        </message>
        <message>
            <source>Order &amp;date:</source>
            <translation>&amp;Data zamówienia:</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Opcjonalnie</translation>
        </message>
        <message>
            <source>S&amp;tore:</source>
            <translation>&amp;Sklep:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <source>confirmation date</source>
            <translation>data potwierdzenia</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Nieznana</translation>
        </message>
        <message>
            <source>Leave unknown if you do not remember: the points are then estimated</source>
            <translation>Zostaw nieznaną, jeśli nie pamiętasz: punkty zostaną wtedy oszacowane</translation>
        </message>
        <message>
            <source>&amp;Confirmed on:</source>
            <translation>&amp;Potwierdzono:</translation>
        </message>
        <message>
            <source>expected confirmation</source>
            <translation>oczekiwane potwierdzenie</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatycznie</translation>
        </message>
        <message numerus="yes">
            <source>Automatic: %n days after the order date (see Settings)</source>
            <translation>
                <numerusform>Automatycznie: %n dzień po dacie zamówienia (zob. Ustawienia)</numerusform>
                <numerusform>Automatycznie: %n dni po dacie zamówienia (zob. Ustawienia)</numerusform>
                <numerusform>Automatycznie: %n dni po dacie zamówienia (zob. Ustawienia)</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Expected by:</source>
            <translation>&amp;Oczekiwane do:</translation>
        </message>
        <message>
            <source>The currency you paid in: type the prices below in it, as they were charged</source>
            <translation>Waluta, w której zapłacono: wpisz w niej ceny poniżej, tak jak zostały pobrane</translation>
        </message>
        <message>
            <source>C&amp;urrency paid:</source>
            <translation>Wa&amp;luta płatności:</translation>
        </message>
        <message>
            <source>Items:</source>
            <translation>Produkty:</translation>
        </message>
        <message>
            <source>on</source>
            <translation>dnia</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>Notat&amp;ka:</translation>
        </message>
        <message>
            <source>Total:</source>
            <translation>Razem:</translation>
        </message>
        <message>
            <source>In US$:</source>
            <translation>W US$:</translation>
        </message>
        <message>
            <source>Points this order earns</source>
            <translation>Punkty za to zamówienie</translation>
        </message>
        <message>
            <source>Points:</source>
            <translation>Punkty:</translation>
        </message>
        <message>
            <source>D&amp;iscount {currency}:</source>
            <translation>&amp;Rabat {currency}:</translation>
        </message>
        <message>
            <source>S&amp;hipping {currency}:</source>
            <translation>&amp;Wysyłka {currency}:</translation>
        </message>
        <message>
            <source>&amp;Refund {currency}:</source>
            <translation>&amp;Zwrot {currency}:</translation>
        </message>
        <message>
            <source>items {amount}</source>
            <translation>produkty {amount}</translation>
        </message>
        <message>
            <source>− discount {amount}</source>
            <translation>− rabat {amount}</translation>
        </message>
        <message>
            <source>+ shipping {amount}</source>
            <translation>+ wysyłka {amount}</translation>
        </message>
        <message>
            <source>{total} ({parts})</source>
            <translation>{total} ({parts})</translation>
        </message>
        <message>
            <source>Points are shown once the order is complete.</source>
            <translation>Punkty pojawią się, gdy zamówienie będzie kompletne.</translation>
        </message>
        <message>
            <source>Set a r&amp;ate…</source>
            <translation>Podaj &amp;kurs…</translation>
        </message>
        <message>
            <source>Give the rate in Settings ▸ Currencies</source>
            <translation>Podaj kurs w Ustawienia ▸ Waluty</translation>
        </message>
        <message>
            <source>No rate for {currency} on {date} — set one, or this order earns no points.</source>
            <translation>Brak kursu {currency} z dnia {date} — podaj go, inaczej to zamówienie nie da punktów.</translation>
        </message>
        <message>
            <source>1 {currency} = {rate} US$ ({source})</source>
            <translation>1 {currency} = {rate} US$ ({source})</translation>
        </message>
        <message>
            <source>Paid {amount} in all; the amounts above are in US$.</source>
            <translation>Zapłacono łącznie {amount}; kwoty powyżej są w US$.</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Dashboard</source>
            <translation>Pulpit</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Zamówienia</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Recenzje</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktywność</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Wykresy</translation>
        </message>
        <message>
            <source>Imports</source>
            <translation>Importy</translation>
        </message>
    </context>
    <context>
        <name>PlannerPanel</name>
        <message>
            <source>What if…</source>
            <translation>A gdyby…</translation>
        </message>
        <message>
            <source>&amp;Tier to keep or reach</source>
            <translation>&amp;Poziom do utrzymania lub osiągnięcia</translation>
        </message>
        <message>
            <source>Tier to keep or reach</source>
            <translation>Poziom do utrzymania lub osiągnięcia</translation>
        </message>
        <message>
            <source>C&amp;lear the plan</source>
            <translation>&amp;Wyczyść plan</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Miesiąc</translation>
        </message>
        <message>
            <source>Spend $</source>
            <translation>Wydatki $</translation>
        </message>
        <message>
            <source>What you mean to spend on orders that month (in US dollars, after discounts)</source>
            <translation>Ile zamierzasz wydać na zamówienia w tym miesiącu (w dolarach USA, po rabatach)</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Wizyty</translation>
        </message>
        <message>
            <source>Days you visit the Member Center that month</source>
            <translation>Dni wizyt w Centrum członkowskim w tym miesiącu</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Recenzje</translation>
        </message>
        <message>
            <source>Reviews you write that month</source>
            <translation>Recenzje, które napiszesz w tym miesiącu</translation>
        </message>
        <message>
            <source>Each month</source>
            <translation>Co miesiąc</translation>
        </message>
        <message>
            <source>Type here to fill every month below</source>
            <translation>Wpisz tutaj, aby wypełnić wszystkie miesiące poniżej</translation>
        </message>
        <message>
            <source>Spend, {month}</source>
            <translation>Wydatki, {month}</translation>
        </message>
        <message>
            <source>Visits, {month}</source>
            <translation>Wizyty, {month}</translation>
        </message>
        <message>
            <source>Reviews, {month}</source>
            <translation>Recenzje, {month}</translation>
        </message>
        <message>
            <source>A purchase on a date</source>
            <translation>Zakup w danym dniu</translation>
        </message>
        <message>
            <source>Purchase date</source>
            <translation>Data zakupu</translation>
        </message>
        <message>
            <source>Purchase amount</source>
            <translation>Kwota zakupu</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Dodaj</translation>
        </message>
        <message>
            <source>Planned purchases</source>
            <translation>Planowane zakupy</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>{tier} (now)</source>
            <translation>{tier} (teraz)</translation>
        </message>
        <message>
            <source>Your records are loading…</source>
            <translation>Wczytywanie Twoich danych…</translation>
        </message>
        <message numerus="yes">
            <source>Each month's spend is bought on its 1st (this month's tomorrow), in orders of up to {amount}, and counts once confirmed, %n days later.</source>
            <translation>
                <numerusform>Wydatki każdego miesiąca są robione 1. dnia (w tym miesiącu jutro), w zamówieniach do {amount}, i liczą się po potwierdzeniu, %n dzień później.</numerusform>
                <numerusform>Wydatki każdego miesiąca są robione 1. dnia (w tym miesiącu jutro), w zamówieniach do {amount}, i liczą się po potwierdzeniu, %n dni później.</numerusform>
                <numerusform>Wydatki każdego miesiąca są robione 1. dnia (w tym miesiącu jutro), w zamówieniach do {amount}, i liczą się po potwierdzeniu, %n dni później.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Each month's spend is bought on its 1st (this month's tomorrow) and counts once confirmed, %n days later.</source>
            <translation>
                <numerusform>Wydatki każdego miesiąca są robione 1. dnia (w tym miesiącu jutro) i liczą się po potwierdzeniu, %n dzień później.</numerusform>
                <numerusform>Wydatki każdego miesiąca są robione 1. dnia (w tym miesiącu jutro) i liczą się po potwierdzeniu, %n dni później.</numerusform>
                <numerusform>Wydatki każdego miesiąca są robione 1. dnia (w tym miesiącu jutro) i liczą się po potwierdzeniu, %n dni później.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Visits count up to %n a month.</source>
            <translation>
                <numerusform>Wizyty liczą się do %n w miesiącu.</numerusform>
                <numerusform>Wizyty liczą się do %n w miesiącu.</numerusform>
                <numerusform>Wizyty liczą się do %n w miesiącu.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Planning</name>
        <message>
            <source>{tier} from {date}.</source>
            <translation>{tier} od {date}.</translation>
        </message>
        <message>
            <source>{tier} holds until {date}, then {lower}.</source>
            <translation>{tier} utrzymuje się do {date}, potem {lower}.</translation>
        </message>
        <message>
            <source>{next} from {date}.</source>
            <translation>{next} od {date}.</translation>
        </message>
        <message>
            <source>{tier} holds, and {next} from {date}.</source>
            <translation>{tier} się utrzymuje, a od {date} {next}.</translation>
        </message>
        <message>
            <source>you stay {tier}.</source>
            <translation>zostajesz na poziomie „{tier}”.</translation>
        </message>
        <message>
            <source>{tier} holds for the coming 12 months.</source>
            <translation>{tier} utrzymuje się przez najbliższe 12 miesięcy.</translation>
        </message>
        <message>
            <source>As things stand: {outlook}</source>
            <translation>Obecnie: {outlook}</translation>
        </message>
        <message>
            <source>With this plan: {outlook}</source>
            <translation>Z tym planem: {outlook}</translation>
        </message>
        <message>
            <source>That is enough to keep {tier} at every recalculation.</source>
            <translation>To wystarczy, by utrzymać poziom „{tier}” przy każdym przeliczeniu.</translation>
        </message>
        <message>
            <source>Still needed: {plan}</source>
            <translation>Jeszcze potrzeba: {plan}</translation>
        </message>
        <message>
            <source>{tier} then holds for the rest of the coming 12 months.</source>
            <translation>Potem {tier} utrzymuje się do końca najbliższych 12 miesięcy.</translation>
        </message>
        <message>
            <source>Keeping it then takes {total} more {last}.</source>
            <translation>Utrzymanie go potem wymaga jeszcze {total} {last}.</translation>
        </message>
        <message>
            <source>Then {total} more {last}.</source>
            <translation>Potem jeszcze {total} {last}.</translation>
        </message>
        <message numerus="yes">
            <source>Keeping it then takes {total} more {last}, over %n purchases.</source>
            <translation>
                <numerusform>Utrzymanie go potem wymaga jeszcze {total} {last}, w %n zakupie.</numerusform>
                <numerusform>Utrzymanie go potem wymaga jeszcze {total} {last}, w %n zakupach.</numerusform>
                <numerusform>Utrzymanie go potem wymaga jeszcze {total} {last}, w %n zakupach.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Then {total} more {last}, over %n purchases.</source>
            <translation>
                <numerusform>Potem jeszcze {total} {last}, w %n zakupie.</numerusform>
                <numerusform>Potem jeszcze {total} {last}, w %n zakupach.</numerusform>
                <numerusform>Potem jeszcze {total} {last}, w %n zakupach.</numerusform>
            </translation>
        </message>
        <message>
            <source>To keep {tier} after that, also spend {amount} {when}.</source>
            <translation>Aby potem utrzymać poziom „{tier}”, wydaj jeszcze {amount} {when}.</translation>
        </message>
        <message>
            <source>To reach {tier} on {date}, also spend {amount} {when}.</source>
            <translation>Aby osiągnąć poziom „{tier}” {date}, wydaj jeszcze {amount} {when}.</translation>
        </message>
        <message>
            <source>Type what you mean to spend, and how often you visit and review, month by month.</source>
            <translation>Wpisz, ile zamierzasz wydać oraz jak często odwiedzać i recenzować, miesiąc po miesiącu.</translation>
        </message>
        <message>
            <source>{amount} of orders</source>
            <translation>zamówienia za {amount}</translation>
        </message>
        <message>
            <source>1 visit</source>
            <translation>1 wizyta</translation>
        </message>
        <message numerus="yes">
            <source>%n visits</source>
            <translation>
                <numerusform>%n wizyta</numerusform>
                <numerusform>%n wizyty</numerusform>
                <numerusform>%n wizyt</numerusform>
            </translation>
        </message>
        <message>
            <source>1 review</source>
            <translation>1 recenzja</translation>
        </message>
        <message numerus="yes">
            <source>%n reviews</source>
            <translation>
                <numerusform>%n recenzja</numerusform>
                <numerusform>%n recenzje</numerusform>
                <numerusform>%n recenzji</numerusform>
            </translation>
        </message>
        <message>
            <source>{list} and {last}</source>
            <translation>{list} i {last}</translation>
        </message>
        <message>
            <source>This plan: {what}, earning {points} points by the end of {month}.</source>
            <translation>Ten plan: {what}; do końca {month} da {points} pkt.</translation>
        </message>
    </context>
    <context>
        <name>PostForm</name>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Data:</translation>
        </message>
        <message>
            <source>Optional: what it was about</source>
            <translation>Opcjonalnie: czego dotyczył</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Notatka:</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Field</source>
            <translation>Pole</translation>
        </message>
    </context>
    <context>
        <name>ProgressPage</name>
        <message>
            <source>Cancel import</source>
            <translation>Anuluj import</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Importowanie</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importowanie…</translation>
        </message>
        <message>
            <source>Importing… {done} of {total} records written.</source>
            <translation>Importowanie… zapisano {done} z {total} rekordów.</translation>
        </message>
    </context>
    <context>
        <name>PromotionForm</name>
        <message>
            <source>e.g. 11.11 Global Shopping Festival</source>
            <translation>np. 11.11 Global Shopping Festival</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nazwa:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Od:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Do:</translation>
        </message>
        <message>
            <source>e.g. 2 or 1.5</source>
            <translation>np. 2 lub 1,5</translation>
        </message>
        <message>
            <source>Orders placed in these days earn their shopping points times this</source>
            <translation>Zamówienia złożone w te dni dostają punkty za zakupy pomnożone przez tę liczbę</translation>
        </message>
        <message>
            <source>&amp;Multiplier:</source>
            <translation>&amp;Mnożnik:</translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <source>Import a file</source>
            <translation>Importuj plik</translation>
        </message>
        <message>
            <source>Save the rejected rows</source>
            <translation>Zapisz odrzucone wiersze</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Pliki CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>Questions</name>
        <message>
            <source>Delete {what}?

You can take this back with Edit ▸ Undo.</source>
            <translation>Usunąć {what}?

Można to cofnąć przez Edycja ▸ Cofnij.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Zachowaj</translation>
        </message>
        <message>
            <source>Undo import</source>
            <translation>Cofnij import</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Eksport</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Zastąp</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Przywróć z kopii zapasowej</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Przywróć</translation>
        </message>
        <message>
            <source>Change the language</source>
            <translation>Zmiana języka</translation>
        </message>
        <message>
            <source>Points Tracker speaks {language} from its next start. Restart it now?</source>
            <translation>Points Tracker będzie w języku: {language} od następnego uruchomienia. Uruchomić go ponownie teraz?</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>Uruchom ponownie teraz</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Później</translation>
        </message>
        <message>
            <source>Do not restore</source>
            <translation>Nie przywracaj</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>Save</source>
            <translation>Zapisz</translation>
        </message>
    </context>
    <context>
        <name>RecordPage</name>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edytuj…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Usuń…</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Od:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Do:</translation>
        </message>
        <message>
            <source>Nothing matches the search and dates.</source>
            <translation>Nic nie pasuje do wyszukiwania i dat.</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>Nie można usunąć</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>Add order</source>
            <translation>Dodaj zamówienie</translation>
        </message>
        <message>
            <source>Edit order</source>
            <translation>Edytuj zamówienie</translation>
        </message>
        <message>
            <source>Delete order</source>
            <translation>Usuń zamówienie</translation>
        </message>
        <message>
            <source>Delete order?</source>
            <translation>Usunąć zamówienie?</translation>
        </message>
        <message>
            <source>Cannot save the order</source>
            <translation>Nie można zapisać zamówienia</translation>
        </message>
        <message>
            <source>Cannot open the order</source>
            <translation>Nie można otworzyć zamówienia</translation>
        </message>
        <message>
            <source>&amp;Add order…</source>
            <translation>&amp;Dodaj zamówienie…</translation>
        </message>
        <message>
            <source>Search orders</source>
            <translation>Szukaj zamówień</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Zamówienia</translation>
        </message>
        <message>
            <source>Order added.</source>
            <translation>Dodano zamówienie.</translation>
        </message>
        <message>
            <source>Order saved.</source>
            <translation>Zapisano zamówienie.</translation>
        </message>
        <message>
            <source>No orders yet. Add one with Add order, or bring in your AliExpress orders with File ▸ Import a file.</source>
            <translation>Nie ma jeszcze zamówień. Dodaj je przyciskiem Dodaj zamówienie albo wczytaj zamówienia z AliExpress przez Plik ▸ Importuj plik.</translation>
        </message>
        <message>
            <source>Add review</source>
            <translation>Dodaj recenzję</translation>
        </message>
        <message>
            <source>Edit review</source>
            <translation>Edytuj recenzję</translation>
        </message>
        <message>
            <source>Delete review</source>
            <translation>Usuń recenzję</translation>
        </message>
        <message>
            <source>Delete review?</source>
            <translation>Usunąć recenzję?</translation>
        </message>
        <message>
            <source>Cannot save the review</source>
            <translation>Nie można zapisać recenzji</translation>
        </message>
        <message>
            <source>Cannot open the review</source>
            <translation>Nie można otworzyć recenzji</translation>
        </message>
        <message>
            <source>&amp;Add review…</source>
            <translation>&amp;Dodaj recenzję…</translation>
        </message>
        <message>
            <source>Search reviews</source>
            <translation>Szukaj recenzji</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Recenzje</translation>
        </message>
        <message>
            <source>Review added.</source>
            <translation>Dodano recenzję.</translation>
        </message>
        <message>
            <source>Review saved.</source>
            <translation>Zapisano recenzję.</translation>
        </message>
        <message>
            <source>No reviews yet. Add one with Add review when you review a product: reviews of items over $2 earn a point.</source>
            <translation>Nie ma jeszcze recenzji. Dodaj ją przyciskiem Dodaj recenzję, gdy ocenisz produkt: recenzja produktu powyżej 2 $ daje punkt.</translation>
        </message>
        <message>
            <source>Add visit</source>
            <translation>Dodaj wizytę</translation>
        </message>
        <message>
            <source>Edit visit</source>
            <translation>Edytuj wizytę</translation>
        </message>
        <message>
            <source>Delete visit</source>
            <translation>Usuń wizytę</translation>
        </message>
        <message>
            <source>Delete visit?</source>
            <translation>Usunąć wizytę?</translation>
        </message>
        <message>
            <source>Cannot save the visit</source>
            <translation>Nie można zapisać wizyty</translation>
        </message>
        <message>
            <source>Cannot open the visit</source>
            <translation>Nie można otworzyć wizyty</translation>
        </message>
        <message>
            <source>&amp;Add visit…</source>
            <translation>&amp;Dodaj wizytę…</translation>
        </message>
        <message>
            <source>Search visits</source>
            <translation>Szukaj wizyt</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Wizyty</translation>
        </message>
        <message>
            <source>Visit added.</source>
            <translation>Dodano wizytę.</translation>
        </message>
        <message>
            <source>Visit saved.</source>
            <translation>Zapisano wizytę.</translation>
        </message>
        <message>
            <source>No visits yet. Record today's with Edit ▸ Visited today.</source>
            <translation>Nie ma jeszcze wizyt. Zapisz dzisiejszą przez Edycja ▸ Odwiedzone dziś.</translation>
        </message>
        <message>
            <source>Add Club post</source>
            <translation>Dodaj post w Klubie</translation>
        </message>
        <message>
            <source>Edit Club post</source>
            <translation>Edytuj post w Klubie</translation>
        </message>
        <message>
            <source>Delete Club post</source>
            <translation>Usuń post w Klubie</translation>
        </message>
        <message>
            <source>Delete Club post?</source>
            <translation>Usunąć post w Klubie?</translation>
        </message>
        <message>
            <source>Cannot save the Club post</source>
            <translation>Nie można zapisać posta w Klubie</translation>
        </message>
        <message>
            <source>Cannot open the Club post</source>
            <translation>Nie można otworzyć posta w Klubie</translation>
        </message>
        <message>
            <source>&amp;Add Club post…</source>
            <translation>&amp;Dodaj post w Klubie…</translation>
        </message>
        <message>
            <source>Search Club posts</source>
            <translation>Szukaj postów w Klubie</translation>
        </message>
        <message>
            <source>Club posts</source>
            <translation>Posty w Klubie</translation>
        </message>
        <message>
            <source>Club post added.</source>
            <translation>Dodano post w Klubie.</translation>
        </message>
        <message>
            <source>Club post saved.</source>
            <translation>Zapisano post w Klubie.</translation>
        </message>
        <message>
            <source>No Club posts yet.</source>
            <translation>Nie ma jeszcze postów w Klubie.</translation>
        </message>
        <message>
            <source>Add store follow</source>
            <translation>Dodaj obserwowany sklep</translation>
        </message>
        <message>
            <source>Edit store follow</source>
            <translation>Edytuj obserwowany sklep</translation>
        </message>
        <message>
            <source>Delete store follow</source>
            <translation>Usuń obserwowany sklep</translation>
        </message>
        <message>
            <source>Delete store follow?</source>
            <translation>Usunąć obserwowany sklep?</translation>
        </message>
        <message>
            <source>Cannot save the store follow</source>
            <translation>Nie można zapisać obserwowanego sklepu</translation>
        </message>
        <message>
            <source>Cannot open the store follow</source>
            <translation>Nie można otworzyć obserwowanego sklepu</translation>
        </message>
        <message>
            <source>&amp;Add store follow…</source>
            <translation>&amp;Dodaj obserwowany sklep…</translation>
        </message>
        <message>
            <source>Search store follows</source>
            <translation>Szukaj obserwowanych sklepów</translation>
        </message>
        <message>
            <source>Store follows</source>
            <translation>Obserwowane sklepy</translation>
        </message>
        <message>
            <source>Store follow added.</source>
            <translation>Dodano obserwowanie sklepu.</translation>
        </message>
        <message>
            <source>Store follow saved.</source>
            <translation>Zapisano obserwowanie sklepu.</translation>
        </message>
        <message>
            <source>No store follows yet.</source>
            <translation>Nie ma jeszcze obserwowanych sklepów.</translation>
        </message>
        <message>
            <source>Add points entry</source>
            <translation>Dodaj wpis punktów</translation>
        </message>
        <message>
            <source>Edit points entry</source>
            <translation>Edytuj wpis punktów</translation>
        </message>
        <message>
            <source>Delete points entry</source>
            <translation>Usuń wpis punktów</translation>
        </message>
        <message>
            <source>Delete points entry?</source>
            <translation>Usunąć wpis punktów?</translation>
        </message>
        <message>
            <source>Cannot save the points entry</source>
            <translation>Nie można zapisać wpisu punktów</translation>
        </message>
        <message>
            <source>Cannot open the points entry</source>
            <translation>Nie można otworzyć wpisu punktów</translation>
        </message>
        <message>
            <source>&amp;Add points entry…</source>
            <translation>&amp;Dodaj wpis punktów…</translation>
        </message>
        <message>
            <source>Search points entries</source>
            <translation>Szukaj wpisów punktów</translation>
        </message>
        <message>
            <source>Points entries</source>
            <translation>Wpisy punktów</translation>
        </message>
        <message>
            <source>Points entry added.</source>
            <translation>Dodano wpis punktów.</translation>
        </message>
        <message>
            <source>Points entry saved.</source>
            <translation>Zapisano wpis punktów.</translation>
        </message>
        <message>
            <source>No points entries yet.</source>
            <translation>Nie ma jeszcze wpisów punktów.</translation>
        </message>
        <message>
            <source>Add promotion</source>
            <translation>Dodaj promocję</translation>
        </message>
        <message>
            <source>Edit promotion</source>
            <translation>Edytuj promocję</translation>
        </message>
        <message>
            <source>Delete promotion</source>
            <translation>Usuń promocję</translation>
        </message>
        <message>
            <source>Delete promotion?</source>
            <translation>Usunąć promocję?</translation>
        </message>
        <message>
            <source>Cannot save the promotion</source>
            <translation>Nie można zapisać promocji</translation>
        </message>
        <message>
            <source>Cannot open the promotion</source>
            <translation>Nie można otworzyć promocji</translation>
        </message>
        <message>
            <source>&amp;Add promotion…</source>
            <translation>&amp;Dodaj promocję…</translation>
        </message>
        <message>
            <source>Search promotions</source>
            <translation>Szukaj promocji</translation>
        </message>
        <message>
            <source>Promotions</source>
            <translation>Promocje</translation>
        </message>
        <message>
            <source>Promotion added.</source>
            <translation>Dodano promocję.</translation>
        </message>
        <message>
            <source>Promotion saved.</source>
            <translation>Zapisano promocję.</translation>
        </message>
        <message>
            <source>No promotions yet. Add one when AliExpress runs double points, such as 11.11.</source>
            <translation>Nie ma jeszcze promocji. Dodaj ją, gdy AliExpress daje podwójne punkty, np. 11.11.</translation>
        </message>
        <message>
            <source>Add entry</source>
            <translation>Dodaj wpis</translation>
        </message>
        <message>
            <source>Edit entry</source>
            <translation>Edytuj wpis</translation>
        </message>
        <message>
            <source>Delete entry</source>
            <translation>Usuń wpis</translation>
        </message>
        <message>
            <source>Delete entry?</source>
            <translation>Usunąć wpis?</translation>
        </message>
        <message>
            <source>Cannot save the entry</source>
            <translation>Nie można zapisać wpisu</translation>
        </message>
        <message>
            <source>Cannot open the entry</source>
            <translation>Nie można otworzyć wpisu</translation>
        </message>
        <message>
            <source>&amp;Add entry…</source>
            <translation>&amp;Dodaj wpis…</translation>
        </message>
        <message>
            <source>Search entries</source>
            <translation>Szukaj wpisów</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Wpisy</translation>
        </message>
        <message>
            <source>Entry added.</source>
            <translation>Dodano wpis.</translation>
        </message>
        <message>
            <source>Entry saved.</source>
            <translation>Zapisano wpis.</translation>
        </message>
        <message>
            <source>No visits, Club posts, follows or bonuses yet. Record today's visit with Edit ▸ Visited today, or add the others with the buttons below.</source>
            <translation>Nie ma jeszcze wizyt, postów w Klubie, obserwowanych sklepów ani bonusów. Zapisz dzisiejszą wizytę przez Edycja ▸ Odwiedzone dziś, a resztę dodaj przyciskami poniżej.</translation>
        </message>
        <message>
            <source>Add record</source>
            <translation>Dodaj rekord</translation>
        </message>
        <message>
            <source>Edit record</source>
            <translation>Edytuj rekord</translation>
        </message>
        <message>
            <source>Delete record</source>
            <translation>Usuń rekord</translation>
        </message>
        <message>
            <source>Delete record?</source>
            <translation>Usunąć rekord?</translation>
        </message>
        <message>
            <source>Cannot save the record</source>
            <translation>Nie można zapisać rekordu</translation>
        </message>
        <message>
            <source>Cannot open the record</source>
            <translation>Nie można otworzyć rekordu</translation>
        </message>
        <message>
            <source>&amp;Add record…</source>
            <translation>&amp;Dodaj rekord…</translation>
        </message>
        <message>
            <source>Search records</source>
            <translation>Szukaj rekordów</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Rekordy</translation>
        </message>
        <message>
            <source>Record added.</source>
            <translation>Dodano wpis.</translation>
        </message>
        <message>
            <source>Record saved.</source>
            <translation>Zapisano wpis.</translation>
        </message>
        <message>
            <source>Nothing recorded yet.</source>
            <translation>Nic jeszcze nie zapisano.</translation>
        </message>
    </context>
    <context>
        <name>RejectedModel</name>
        <message>
            <source>Row</source>
            <translation>Wiersz</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
    </context>
    <context>
        <name>ReminderNotifier</name>
        <message>
            <source>{app}: a reminder</source>
            <translation>{app}: przypomnienie</translation>
        </message>
        <message numerus="yes">
            <source>{app}: %n reminders</source>
            <translation>
                <numerusform>{app}: %n przypomnienie</numerusform>
                <numerusform>{app}: %n przypomnienia</numerusform>
                <numerusform>{app}: %n przypomnień</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Level-up coupons after a tier rise</source>
            <translation>Kupony za awans po wzroście poziomu</translation>
        </message>
        <message>
            <source>Birthday gift: set your birthday in time</source>
            <translation>Prezent urodzinowy: ustaw datę urodzin na czas</translation>
        </message>
        <message>
            <source>Registration-anniversary voucher</source>
            <translation>Kupon na rocznicę rejestracji</translation>
        </message>
        <message>
            <source>Today's Member Center visit</source>
            <translation>Dzisiejsza wizyta w Centrum członkowskim</translation>
        </message>
        <message>
            <source>Orders overdue for confirmation</source>
            <translation>Zamówienia z zaległym potwierdzeniem</translation>
        </message>
        <message>
            <source>Tier lapsing within 30 days</source>
            <translation>Poziom wygasający w ciągu 30 dni</translation>
        </message>
        <message numerus="yes">
            <source>You reached {tier}: claim your level-up coupons between {first} and {last}, and use each within %n days.</source>
            <translation>
                <numerusform>Osiągnięto poziom „{tier}”: odbierz kupony za awans między {first} a {last} i wykorzystaj każdy w ciągu %n dnia.</numerusform>
                <numerusform>Osiągnięto poziom „{tier}”: odbierz kupony za awans między {first} a {last} i wykorzystaj każdy w ciągu %n dni.</numerusform>
                <numerusform>Osiągnięto poziom „{tier}”: odbierz kupony za awans między {first} a {last} i wykorzystaj każdy w ciągu %n dni.</numerusform>
            </translation>
        </message>
        <message>
            <source>Birthday gift: make sure your birthday is set in your AliExpress profile by {date}.</source>
            <translation>Prezent urodzinowy: upewnij się, że data urodzin jest w Twoim profilu AliExpress do {date}.</translation>
        </message>
        <message>
            <source>Your registration-anniversary voucher comes today.</source>
            <translation>Twój kupon na rocznicę rejestracji przychodzi dziś.</translation>
        </message>
        <message>
            <source>Your registration-anniversary voucher comes on {date}.</source>
            <translation>Twój kupon na rocznicę rejestracji przychodzi {date}.</translation>
        </message>
        <message>
            <source>Visit the Member Center today for a point, then record the visit with Edit ▸ Visited today.</source>
            <translation>Odwiedź dziś Centrum członkowskie po punkt, a potem zapisz wizytę przez Edycja ▸ Odwiedzone dziś.</translation>
        </message>
        <message>
            <source>1 order is past the expected confirmation date: confirm receipt on AliExpress (or mark them confirmed or cancelled here).</source>
            <translation>1 zamówienie przekroczyło oczekiwaną datę potwierdzenia: potwierdź odbiór na AliExpress (albo oznacz je tutaj jako potwierdzone lub anulowane).</translation>
        </message>
        <message numerus="yes">
            <source>%n orders are past the expected confirmation date: confirm receipt on AliExpress (or mark them confirmed or cancelled here).</source>
            <translation>
                <numerusform>%n zamówienie przekroczyło oczekiwaną datę potwierdzenia: potwierdź odbiór na AliExpress (albo oznacz je tutaj jako potwierdzone lub anulowane).</numerusform>
                <numerusform>%n zamówienia przekroczyły oczekiwaną datę potwierdzenia: potwierdź odbiór na AliExpress (albo oznacz je tutaj jako potwierdzone lub anulowane).</numerusform>
                <numerusform>%n zamówień przekroczyło oczekiwaną datę potwierdzenia: potwierdź odbiór na AliExpress (albo oznacz je tutaj jako potwierdzone lub anulowane).</numerusform>
            </translation>
        </message>
        <message>
            <source>{tier} ends {date}: you drop to {lower}.</source>
            <translation>{tier} kończy się {date}: spadasz do poziomu „{lower}”.</translation>
        </message>
        <message>
            <source>Spend {amount} {when} to keep it.</source>
            <translation>Wydaj {amount} {when}, aby go utrzymać.</translation>
        </message>
    </context>
    <context>
        <name>ReviewForm</name>
        <message>
            <source>This review earns no points: the item is below the rule set's minimum price (S4).</source>
            <translation>Ta recenzja nie daje punktów: produkt jest tańszy niż minimalna cena w zestawie reguł (S4).</translation>
        </message>
        <message>
            <source>This review earns no points under the active rule set.</source>
            <translation>Ta recenzja nie daje punktów w bieżącym zestawie reguł.</translation>
        </message>
        <message>
            <source>This review earns 1 point (S4).</source>
            <translation>Ta recenzja daje 1 punkt (S4).</translation>
        </message>
        <message numerus="yes">
            <source>This review earns %n points (S4).</source>
            <translation>
                <numerusform>Ta recenzja daje %n punkt (S4).</numerusform>
                <numerusform>Ta recenzja daje %n punkty (S4).</numerusform>
                <numerusform>Ta recenzja daje %n punktów (S4).</numerusform>
            </translation>
        </message>
        <message>
            <source>An order that no longer exists</source>
            <translation>Zamówienie, którego już nie ma</translation>
        </message>
        <message>
            <source>Order {number} of {date}</source>
            <translation>Zamówienie {number} z {date}</translation>
        </message>
        <message>
            <source>Order of {date} from {store}</source>
            <translation>Zamówienie z {date} ze sklepu {store}</translation>
        </message>
        <message>
            <source>Order of {date}</source>
            <translation>Zamówienie z {date}</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Data:</translation>
        </message>
        <message>
            <source>The product you reviewed</source>
            <translation>Produkt, który zrecenzowano</translation>
        </message>
        <message>
            <source>&amp;Product:</source>
            <translation>&amp;Produkt:</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Opcjonalnie</translation>
        </message>
        <message>
            <source>Product &amp;id:</source>
            <translation>&amp;ID produktu:</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Nieznana</translation>
        </message>
        <message>
            <source>The item's price in US$; leave empty if you do not know it</source>
            <translation>Cena produktu w US$; zostaw puste, jeśli jej nie znasz</translation>
        </message>
        <message>
            <source>Item p&amp;rice $:</source>
            <translation>C&amp;ena produktu $:</translation>
        </message>
        <message>
            <source>Order:</source>
            <translation>Zamówienie:</translation>
        </message>
        <message>
            <source>Points:</source>
            <translation>Punkty:</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Update orders already recorded with this file's data</source>
            <translation>Zaktualizuj już zapisane zamówienia danymi z tego pliku</translation>
        </message>
        <message>
            <source>Skip rows with errors and import the rest</source>
            <translation>Pomiń wiersze z błędami i zaimportuj resztę</translation>
        </message>
        <message>
            <source>Save rejected rows…</source>
            <translation>Zapisz odrzucone wiersze…</translation>
        </message>
        <message>
            <source>Check before importing</source>
            <translation>Sprawdź przed importem</translation>
        </message>
        <message>
            <source>1 row cannot be imported as it is: the marked cells say why. Save them to fix in a spreadsheet and import again.</source>
            <translation>1 wiersza nie można zaimportować w tej postaci: zaznaczone komórki mówią dlaczego. Zapisz go, popraw w arkuszu i zaimportuj ponownie.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows cannot be imported as they are: the marked cells say why. Save them to fix in a spreadsheet and import again.</source>
            <translation>
                <numerusform>%Ln wiersza nie można zaimportować w tej postaci: zaznaczone komórki mówią dlaczego. Zapisz je, popraw w arkuszu i zaimportuj ponownie.</numerusform>
                <numerusform>%Ln wierszy nie można zaimportować w tej postaci: zaznaczone komórki mówią dlaczego. Zapisz je, popraw w arkuszu i zaimportuj ponownie.</numerusform>
                <numerusform>%Ln wierszy nie można zaimportować w tej postaci: zaznaczone komórki mówią dlaczego. Zapisz je, popraw w arkuszu i zaimportuj ponownie.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;{count}&lt;/b&gt; to add</source>
            <translation>&lt;b&gt;{count}&lt;/b&gt; do dodania</translation>
        </message>
        <message>
            <source>&lt;b&gt;{count}&lt;/b&gt; to update</source>
            <translation>&lt;b&gt;{count}&lt;/b&gt; do aktualizacji</translation>
        </message>
        <message>
            <source>{count} already recorded or repeated in the file, left out</source>
            <translation>{count} już zapisane lub powtórzone w pliku, pominięte</translation>
        </message>
        <message>
            <source>&lt;b&gt;{rows} rejected&lt;/b&gt;</source>
            <translation>&lt;b&gt;odrzucono: {rows}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>{rows} read: {parts}.</source>
            <translation>Odczytano {rows}: {parts}.</translation>
        </message>
        <message>
            <source>Every row reads as it should.</source>
            <translation>Każdy wiersz odczytuje się poprawnie.</translation>
        </message>
    </context>
    <context>
        <name>RuleSet</name>
        <message>
            <source>AliExpress member program (since 2023)</source>
            <translation>Program członkowski AliExpress (od 2023)</translation>
        </message>
        <message>
            <source>Silver, Gold, Platinum and Diamond; 1 point per US$1; month-end recalculation over 12 months, effective on the 8th.</source>
            <translation>Srebrny, Złoty, Platynowy i Diamentowy; 1 punkt za 1 US$; przeliczenie na koniec miesiąca z 12 miesięcy, obowiązuje od 8. dnia.</translation>
        </message>
        <message>
            <source>Silver</source>
            <translation>Srebrny</translation>
        </message>
        <message>
            <source>5% off Top Weekly Brands</source>
            <translation>5% zniżki na Top Weekly Brands</translation>
        </message>
        <message>
            <source>Birthday gift</source>
            <translation>Prezent urodzinowy</translation>
        </message>
        <message>
            <source>Registration-anniversary voucher</source>
            <translation>Kupon na rocznicę rejestracji</translation>
        </message>
        <message>
            <source>Level-up coupons</source>
            <translation>Kupony za awans</translation>
        </message>
        <message>
            <source>Gold</source>
            <translation>Złoty</translation>
        </message>
        <message>
            <source>8% off Top Weekly Brands</source>
            <translation>8% zniżki na Top Weekly Brands</translation>
        </message>
        <message>
            <source>Exclusive member prices</source>
            <translation>Ekskluzywne ceny dla członków</translation>
        </message>
        <message>
            <source>Exclusive event discounts</source>
            <translation>Zniżki na ekskluzywnych wydarzeniach</translation>
        </message>
        <message>
            <source>Platinum</source>
            <translation>Platynowy</translation>
        </message>
        <message>
            <source>10% off Top Weekly Brands</source>
            <translation>10% zniżki na Top Weekly Brands</translation>
        </message>
        <message>
            <source>Fast refunds up to US$25</source>
            <translation>Szybkie zwroty do 25 US$</translation>
        </message>
        <message>
            <source>Exclusive event benefits</source>
            <translation>Korzyści na ekskluzywnych wydarzeniach</translation>
        </message>
        <message>
            <source>Diamond</source>
            <translation>Diamentowy</translation>
        </message>
        <message>
            <source>15% off Top Weekly Brands (up to 25% on select items)</source>
            <translation>15% zniżki na Top Weekly Brands (do 25% na wybrane produkty)</translation>
        </message>
        <message>
            <source>Fast refunds up to US$100</source>
            <translation>Szybkie zwroty do 100 US$</translation>
        </message>
        <message>
            <source>Limited daily coupons</source>
            <translation>Ograniczone codzienne kupony</translation>
        </message>
        <message>
            <source>AliExpress member program, flat points per order</source>
            <translation>Program członkowski AliExpress, stałe punkty za zamówienie</translation>
        </message>
        <message>
            <source>The 2023 tiers and window, but 5 points per order of US$2 or more, at most 5 a day (the other reading of the shopping rule).</source>
            <translation>Poziomy i okno z 2023 roku, ale 5 punktów za zamówienie za co najmniej 2 US$, najwyżej 5 dziennie (inne odczytanie reguły zakupów).</translation>
        </message>
        <message>
            <source>AliExpress levels A0-A4 (legacy)</source>
            <translation>Poziomy AliExpress A0–A4 (dawne)</translation>
        </message>
        <message>
            <source>Five levels A0-A4 over the last 365 days; 1 point per US$1 for at most 10 orders of a product; 5 points per purchase day.</source>
            <translation>Pięć poziomów A0–A4 z ostatnich 365 dni; 1 punkt za 1 US$ dla najwyżej 10 zamówień danego produktu; 5 punktów za dzień zakupów.</translation>
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
            <translation>Powiadomienia o obniżce ceny</translation>
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
            <translation>Przyspieszone spory (rozpatrzenie w 5 dni)</translation>
        </message>
    </context>
    <context>
        <name>Rules</name>
        <message>
            <source>points for the order's amount</source>
            <translation>punkty za kwotę zamówienia</translation>
        </message>
        <message>
            <source>a refund took points back</source>
            <translation>zwrot odebrał punkty</translation>
        </message>
        <message>
            <source>several categories on one day</source>
            <translation>kilka kategorii jednego dnia</translation>
        </message>
        <message>
            <source>a product review</source>
            <translation>recenzja produktu</translation>
        </message>
        <message>
            <source>a Member Center visit</source>
            <translation>wizyta w Centrum członkowskim</translation>
        </message>
        <message>
            <source>a Club post</source>
            <translation>post w Klubie</translation>
        </message>
        <message>
            <source>a store follow</source>
            <translation>obserwowanie sklepu</translation>
        </message>
        <message>
            <source>a bonus or an adjustment</source>
            <translation>bonus lub korekta</translation>
        </message>
        <message>
            <source>a promotion multiplied the points</source>
            <translation>promocja pomnożyła punkty</translation>
        </message>
        <message>
            <source>flat points per order</source>
            <translation>stała liczba punktów za zamówienie</translation>
        </message>
        <message>
            <source>points for the order's amount (10 orders of a product at most)</source>
            <translation>punkty za kwotę zamówienia (najwyżej 10 zamówień jednego produktu)</translation>
        </message>
        <message>
            <source>a day with a purchase</source>
            <translation>dzień z zakupem</translation>
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
            <translation>Miesiąc</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planowane</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Faktyczne</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Różnica</translation>
        </message>
        <message>
            <source>{month} (so far)</source>
            <translation>{month} (na razie)</translation>
        </message>
        <message>
            <source>“{plan}” covers no month up to today.</source>
            <translation>„{plan}” nie obejmuje żadnego miesiąca do dziś.</translation>
        </message>
        <message>
            <source>as planned</source>
            <translation>zgodnie z planem</translation>
        </message>
        <message>
            <source>{count} more than planned</source>
            <translation>o {count} więcej niż w planie</translation>
        </message>
        <message>
            <source>{count} fewer than planned</source>
            <translation>o {count} mniej niż w planie</translation>
        </message>
        <message>
            <source>Since {date}: {actual} points earned, {how} ({planned}).</source>
            <translation>Od {date}: zdobyto {actual} pkt, {how} ({planned}).</translation>
        </message>
        <message>
            <source>Saved {date}</source>
            <translation>Zapisany {date}</translation>
        </message>
        <message>
            <source>Plan of {date}</source>
            <translation>Plan z {date}</translation>
        </message>
        <message>
            <source>Saved the plan “{plan}”.</source>
            <translation>Zapisano plan „{plan}”.</translation>
        </message>
        <message>
            <source>Loaded the plan “{plan}”.</source>
            <translation>Wczytano plan „{plan}”.</translation>
        </message>
        <message>
            <source>Deleted the plan “{plan}”.</source>
            <translation>Usunięto plan „{plan}”.</translation>
        </message>
    </context>
    <context>
        <name>SavedPlansBox</name>
        <message>
            <source>Saved plans</source>
            <translation>Zapisane plany</translation>
        </message>
        <message>
            <source>Name, e.g. Keep Platinum</source>
            <translation>Nazwa, np. Utrzymać Platynowy</translation>
        </message>
        <message>
            <source>Plan name</source>
            <translation>Nazwa planu</translation>
        </message>
        <message>
            <source>&amp;Save plan</source>
            <translation>&amp;Zapisz plan</translation>
        </message>
        <message>
            <source>L&amp;oad</source>
            <translation>&amp;Wczytaj</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>&amp;Compare with what happened</source>
            <translation>&amp;Porównaj z tym, co się stało</translation>
        </message>
        <message>
            <source>Planned and actual points by month</source>
            <translation>Planowane i faktyczne punkty według miesięcy</translation>
        </message>
        <message>
            <source>No saved plans yet</source>
            <translation>Brak zapisanych planów</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <source>Search store, note or kind</source>
            <translation>Szukaj sklepu, notatki lub rodzaju</translation>
        </message>
        <message>
            <source>Search title, store, order no. or note</source>
            <translation>Szukaj tytułu, sklepu, nr zamówienia lub notatki</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Szukaj</translation>
        </message>
        <message>
            <source>Search product, product id or order no.</source>
            <translation>Szukaj produktu, ID produktu lub nr zamówienia</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>Cannot redo “{action}”: {reason}</source>
            <translation>Nie można ponowić „{action}”: {reason}</translation>
        </message>
        <message>
            <source>Cannot undo “{action}”: {reason}</source>
            <translation>Nie można cofnąć „{action}”: {reason}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Ustawienia</translation>
        </message>
        <message>
            <source>&amp;Points</source>
            <translation>&amp;Punkty</translation>
        </message>
        <message>
            <source>&amp;You</source>
            <translation>&amp;Ty</translation>
        </message>
        <message>
            <source>&amp;Currencies</source>
            <translation>&amp;Waluty</translation>
        </message>
        <message>
            <source>&amp;Reminders &amp;&amp; language</source>
            <translation>Przypo&amp;mnienia i język</translation>
        </message>
        <message>
            <source>&amp;Data file</source>
            <translation>Plik &amp;danych</translation>
        </message>
        <message>
            <source>Other file…</source>
            <translation>Inny plik…</translation>
        </message>
        <message>
            <source>The chosen rule set's tiers and rules</source>
            <translation>Poziomy i reguły wybranego zestawu</translation>
        </message>
        <message>
            <source> days</source>
            <translation> dni</translation>
        </message>
        <message>
            <source>How long after ordering you usually confirm receipt; plans buy this much earlier.</source>
            <translation>Po ilu dniach od zamówienia zwykle potwierdzasz odbiór; plany kupują o tyle wcześniej.</translation>
        </message>
        <message>
            <source>R&amp;ule set:</source>
            <translation>&amp;Zestaw reguł:</translation>
        </message>
        <message>
            <source>Confirmation &amp;lag:</source>
            <translation>Opóźni&amp;enie potwierdzenia:</translation>
        </message>
        <message>
            <source> points a month</source>
            <translation> pkt miesięcznie</translation>
        </message>
        <message>
            <source>Points you expect each month from visits, reviews and posts.</source>
            <translation>Punkty, których spodziewasz się co miesiąc za wizyty, recenzje i posty.</translation>
        </message>
        <message>
            <source>&amp;Expected non-shopping points:</source>
            <translation>&amp;Oczekiwane punkty poza zakupami:</translation>
        </message>
        <message>
            <source>Count pending orders in projections (as expected points)</source>
            <translation>Uwzględniaj oczekujące zamówienia w prognozach (jako oczekiwane punkty)</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Urodziny</translation>
        </message>
        <message>
            <source>&amp;Birthday:</source>
            <translation>&amp;Urodziny:</translation>
        </message>
        <message>
            <source>Re&amp;gistered on AliExpress:</source>
            <translation>&amp;Rejestracja na AliExpress:</translation>
        </message>
        <message>
            <source>Show these reminders on the dashboard:</source>
            <translation>Pokazuj te przypomnienia na pulpicie:</translation>
        </message>
        <message>
            <source>Also show new reminders as desktop &amp;notifications, once a day each</source>
            <translation>Pokazuj też nowe przypomnienia jako p&amp;owiadomienia na pulpicie, każde raz dziennie</translation>
        </message>
        <message>
            <source>The system's language</source>
            <translation>Język systemu</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Język:</translation>
        </message>
        <message>
            <source>The new language is used from the next time Points Tracker starts.</source>
            <translation>Nowy język zostanie użyty przy następnym uruchomieniu Points Tracker.</translation>
        </message>
        <message>
            <source>Your records are kept in this file:</source>
            <translation>Twoje dane są przechowywane w tym pliku:</translation>
        </message>
        <message>
            <source>Data file</source>
            <translation>Plik danych</translation>
        </message>
        <message>
            <source>Open &amp;folder</source>
            <translation>Otwórz &amp;folder</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;Nowa baza danych…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Otwórz bazę danych…</translation>
        </message>
        <message>
            <source>A backup of the file is made each day you use it, in the backups folder beside it.</source>
            <translation>Każdego dnia, w którym używasz pliku, jego kopia zapasowa trafia do folderu backups obok niego.</translation>
        </message>
        <message>
            <source>Choose a rule-set file</source>
            <translation>Wybierz plik reguł</translation>
        </message>
        <message>
            <source>Rule sets (*.toml)</source>
            <translation>Zestawy reguł (*.toml)</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>Cannot write a backup to {target}: that file is a database in use.</source>
            <translation>Nie można zapisać kopii w {target}: ten plik to używana baza danych.</translation>
        </message>
        <message>
            <source>Cannot write a backup to {target}: it is a folder, not a file.</source>
            <translation>Nie można zapisać kopii w {target}: to folder, nie plik.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Nic nie zostało zmienione.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a backup file. Nothing was changed.</source>
            <translation>{path} to folder, nie plik kopii zapasowej. Nic nie zmieniono.</translation>
        </message>
        <message>
            <source>{path}: no such file. Nothing was changed.</source>
            <translation>{path}: nie ma takiego pliku. Nic nie zmieniono.</translation>
        </message>
        <message>
            <source>{path} is not a Points Tracker database (it may be another program's). Nothing was changed.</source>
            <translation>{path} to nie baza danych Points Tracker (może należeć do innego programu). Nic nie zmieniono.</translation>
        </message>
        <message>
            <source>{path} was made by a newer Points Tracker (data version {version}; this one understands up to {SCHEMA_VERSION}). Update Points Tracker to restore it. Nothing was changed.</source>
            <translation>{path} utworzyła nowsza wersja Points Tracker (wersja danych {version}; ta rozumie do {SCHEMA_VERSION}). Zaktualizuj Points Tracker, aby ją przywrócić. Nic nie zmieniono.</translation>
        </message>
        <message>
            <source>{path} is damaged, or it is not a Points Tracker backup. Nothing was changed.</source>
            <translation>{path} jest uszkodzony albo nie jest kopią Points Tracker. Nic nie zmieniono.</translation>
        </message>
        <message>
            <source>{path} is damaged. Nothing was changed.</source>
            <translation>{path} jest uszkodzony. Nic nie zmieniono.</translation>
        </message>
        <message>
            <source>{path} was written by a newer Points Tracker (data version {version}; this one understands up to {SCHEMA_VERSION}), so this one does not restore over it. Update Points Tracker first. Nothing was changed.</source>
            <translation>{path} został zapisany przez nowszy Points Tracker (wersja danych {version}; ten rozumie do {SCHEMA_VERSION}), więc ten nie przywraca kopii w jego miejsce. Najpierw zaktualizuj Points Tracker. Nic nie zostało zmienione.</translation>
        </message>
        <message>
            <source>{backup_file} is the database itself; choose a backup file. Nothing was changed.</source>
            <translation>{backup_file} to sama baza danych; wybierz plik kopii zapasowej. Nic nie zmieniono.</translation>
        </message>
        <message>
            <source>No good automatic backup of {db_path} was found in {backups_dir}. Nothing was changed.</source>
            <translation>W {backups_dir} nie znaleziono dobrej automatycznej kopii {db_path}. Nic nie zmieniono.</translation>
        </message>
        <message>
            <source>No order {order_no} is recorded: import the orders first</source>
            <translation>Zamówienie {order_no} nie jest zapisane: najpierw zaimportuj zamówienia</translation>
        </message>
        <message>
            <source>This import is no longer recorded; it may have been undone already.</source>
            <translation>Ten import nie jest już zapisany; być może został już cofnięty.</translation>
        </message>
        <message>
            <source>Cannot save to {path}: the file is read-only. Make it writable, or use a copy, and try again.</source>
            <translation>Nie można zapisać w {path}: plik jest tylko do odczytu. Zezwól na zapis albo użyj kopii i spróbuj ponownie.</translation>
        </message>
        <message>
            <source>Cannot save to {path}: its folder {folder} is read-only, and Points Tracker needs to write beside the file. Make the folder writable and try again.</source>
            <translation>Nie można zapisać w {path}: folder {folder} jest tylko do odczytu, a Points Tracker musi zapisywać obok pliku. Zezwól na zapis w folderze i spróbuj ponownie.</translation>
        </message>
        <message>
            <source>Cannot save to {path}: the file or its folder is read-only.</source>
            <translation>Nie można zapisać w {path}: plik lub jego folder jest tylko do odczytu.</translation>
        </message>
        <message>
            <source>Cannot open {path}: you do not have permission to use its folder {folder}.</source>
            <translation>Nie można otworzyć {path}: brak uprawnień do folderu {folder}.</translation>
        </message>
        <message>
            <source>Cannot open {path}: you do not have permission to read and change it.</source>
            <translation>Nie można otworzyć {path}: brak uprawnień do odczytu i zmiany pliku.</translation>
        </message>
        <message>
            <source>Cannot open {path}: the file, or one of the files Points Tracker keeps beside it ({wal}, {shm}), cannot be opened.</source>
            <translation>Nie można otworzyć {path}: nie da się otworzyć pliku albo jednego z plików, które Points Tracker trzyma obok ({wal}, {shm}).</translation>
        </message>
        <message>
            <source>{path} is in use by another program and stayed busy for {seconds} seconds. Close the other program or window and try again.</source>
            <translation>{path} jest używany przez inny program i był zajęty przez {seconds} s. Zamknij inny program lub okno i spróbuj ponownie.</translation>
        </message>
        <message>
            <source>{path} is damaged: some of its text cannot be read.</source>
            <translation>{path} jest uszkodzony: części tekstu nie da się odczytać.</translation>
        </message>
        <message>
            <source>{path} is damaged, or it is not a Points Tracker database.</source>
            <translation>{path} jest uszkodzony albo nie jest bazą danych Points Tracker.</translation>
        </message>
        <message>
            <source>Cannot save to {path}: the disk is full. Nothing was changed; free some space and try again.</source>
            <translation>Nie można zapisać w {path}: dysk jest pełny. Nic nie zmieniono; zwolnij miejsce i spróbuj ponownie.</translation>
        </message>
        <message>
            <source>Cannot read or write {path}: the disk reported an error. Nothing was changed; check the disk, and restore a backup if this keeps happening.</source>
            <translation>Nie można odczytać ani zapisać {path}: dysk zgłosił błąd. Nic nie zmieniono; sprawdź dysk i przywróć kopię, jeśli to się powtórzy.</translation>
        </message>
        <message>
            <source>Points Tracker ran out of memory working on {path}. Close other programs and try again.</source>
            <translation>Points Tracker zabrakło pamięci przy pracy z {path}. Zamknij inne programy i spróbuj ponownie.</translation>
        </message>
        <message>
            <source>Cannot open {path}: it is a folder, not a file.</source>
            <translation>Nie można otworzyć {path}: to folder, nie plik.</translation>
        </message>
        <message>
            <source>Cannot create {path}: part of the path is a file, not a folder.</source>
            <translation>Nie można utworzyć {path}: część ścieżki to plik, nie folder.</translation>
        </message>
        <message>
            <source>{path} is damaged: part of it cannot be read correctly.</source>
            <translation>{path} jest uszkodzony: części nie da się poprawnie odczytać.</translation>
        </message>
        <message>
            <source>No automatic backup of it was found in {folder}.</source>
            <translation>W {folder} nie znaleziono żadnej automatycznej kopii.</translation>
        </message>
        <message>
            <source>The latest good backup is {file} (made {when}).</source>
            <translation>Ostatnia dobra kopia to {file} (z {when}).</translation>
        </message>
        <message>
            <source>This {label} no longer exists (id {row_id}); it may have been deleted or its import undone.</source>
            <translation>Ten element ({label}) już nie istnieje (id {row_id}); mógł zostać usunięty albo jego import cofnięty.</translation>
        </message>
        <message>
            <source>Cannot {action} {path}: {reason}.</source>
            <translation>Nie można {action} {path}: {reason}.</translation>
        </message>
        <message>
            <source>The file that was there before is unchanged.</source>
            <translation>Wcześniejszy plik pozostał bez zmian.</translation>
        </message>
        <message>
            <source>{path} is a database of another program, not a Points Tracker file. Choose another file.</source>
            <translation>{path} to baza danych innego programu, nie plik Points Tracker. Wybierz inny plik.</translation>
        </message>
        <message>
            <source>{path} was written by a newer Points Tracker (data version {version}; this one understands up to {SCHEMA_VERSION}). Update Points Tracker to open it; the file was not changed.</source>
            <translation>{path} zapisała nowsza wersja Points Tracker (wersja danych {version}; ta rozumie do {SCHEMA_VERSION}). Zaktualizuj Points Tracker, aby go otworzyć; plik nie został zmieniony.</translation>
        </message>
        <message>
            <source>{path} is an SQLite database of another program, not a Points Tracker file. Choose another file.</source>
            <translation>{path} to baza SQLite innego programu, nie plik Points Tracker. Wybierz inny plik.</translation>
        </message>
        <message>
            <source>{file_error} {path} was not upgraded.</source>
            <translation>{file_error} {path} nie został zaktualizowany.</translation>
        </message>
        <message>
            <source>{path} was not upgraded: the upgrade would break links between records.</source>
            <translation>Nie zaktualizowano {path}: aktualizacja zerwałaby powiązania między wpisami.</translation>
        </message>
        <message>
            <source>{path} is damaged: its {table} table is not as Points Tracker made it.</source>
            <translation>{path} jest uszkodzony: jego tabela {table} nie jest taka, jaką utworzył Points Tracker.</translation>
        </message>
        <message>
            <source>{file} is damaged: some of its records cannot be read.</source>
            <translation>{file} jest uszkodzony: części rekordów nie da się odczytać.</translation>
        </message>
        <message>
            <source>{path} is open in another Points Tracker: close its window, or let the restore working on it finish, and try again.</source>
            <translation>{path} jest otwarty w innym Points Tracker: zamknij jego okno albo poczekaj, aż skończy się przywracanie tego pliku, i spróbuj ponownie.</translation>
        </message>
        <message>
            <source>{file} is a file, not a folder</source>
            <translation>{file} jest plikiem, a nie folderem</translation>
        </message>
        <message>
            <source>you are not allowed to create folders in {place}</source>
            <translation>nie masz uprawnień do tworzenia folderów w {place}</translation>
        </message>
        <message>
            <source>{place} is on a disk that can only be read</source>
            <translation>{place} jest na dysku tylko do odczytu</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>dysk jest pełny</translation>
        </message>
        <message>
            <source>Points Tracker cannot create the folder {folder} for your records: {reason}.</source>
            <translation>Points Tracker nie może utworzyć folderu {folder} na twoje dane: {reason}.</translation>
        </message>
        <message>
            <source>Order {order_no} is recorded again meanwhile</source>
            <translation>Zamówienie {order_no} zostało w międzyczasie zapisane ponownie</translation>
        </message>
        <message>
            <source>A visit on {date} is recorded again meanwhile</source>
            <translation>Wizyta z dnia {date} została w międzyczasie zapisana ponownie</translation>
        </message>
        <message>
            <source>It cannot be put back</source>
            <translation>Nie można go przywrócić</translation>
        </message>
        <message>
            <source>{month} has no day {day}</source>
            <translation>{month} nie ma dnia {day}</translation>
        </message>
        <message>
            <source>{path} is empty (0 bytes), though its backups hold data: it was cut short, probably by a crash or a full disk.</source>
            <translation>{path} jest pusty (0 bajtów), choć jego kopie zapasowe zawierają dane: został ucięty, prawdopodobnie przez awarię lub pełny dysk.</translation>
        </message>
    </context>
    <context>
        <name>Summary</name>
        <message>
            <source>{tier} is the first tier: there is nothing to lose.</source>
            <translation>{tier} to pierwszy poziom: nie ma czego stracić.</translation>
        </message>
        <message>
            <source>Your {tier} tier is safe for the coming 12 months.</source>
            <translation>Twój poziom „{tier}” jest bezpieczny przez najbliższe 12 miesięcy.</translation>
        </message>
        <message numerus="yes">
            <source>{tier} ends {date} (%n days): you drop to {lower} unless you earn more points.</source>
            <translation>
                <numerusform>{tier} kończy się {date} (za %n dzień): spadniesz do poziomu „{lower}”, jeśli nie zdobędziesz więcej punktów.</numerusform>
                <numerusform>{tier} kończy się {date} (za %n dni): spadniesz do poziomu „{lower}”, jeśli nie zdobędziesz więcej punktów.</numerusform>
                <numerusform>{tier} kończy się {date} (za %n dni): spadniesz do poziomu „{lower}”, jeśli nie zdobędziesz więcej punktów.</numerusform>
            </translation>
        </message>
        <message>
            <source>as soon as you can</source>
            <translation>jak najszybciej</translation>
        </message>
        <message>
            <source>today</source>
            <translation>dziś</translation>
        </message>
        <message>
            <source>by {date}</source>
            <translation>do {date}</translation>
        </message>
        <message>
            <source>No spending needed to keep {tier} for the coming 12 months.</source>
            <translation>Nie trzeba nic wydawać, by utrzymać poziom „{tier}” przez najbliższe 12 miesięcy.</translation>
        </message>
        <message>
            <source>Spend {amount} {when} to still be {tier} on {date}.</source>
            <translation>Wydaj {amount} {when}, a {date} nadal będziesz mieć poziom „{tier}”.</translation>
        </message>
        <message numerus="yes">
            <source>Keeping it for the coming 12 months takes %n purchases, {total} in all, starting with this one.</source>
            <translation>
                <numerusform>Utrzymanie go przez najbliższe 12 miesięcy wymaga %n zakupu, łącznie {total}, zaczynając od tego.</numerusform>
                <numerusform>Utrzymanie go przez najbliższe 12 miesięcy wymaga %n zakupów, łącznie {total}, zaczynając od tego.</numerusform>
                <numerusform>Utrzymanie go przez najbliższe 12 miesięcy wymaga %n zakupów, łącznie {total}, zaczynając od tego.</numerusform>
            </translation>
        </message>
        <message>
            <source>{tier} is the top tier.</source>
            <translation>{tier} to najwyższy poziom.</translation>
        </message>
        <message numerus="yes">
            <source>%n more points by {date} reach {tier}.</source>
            <translation>
                <numerusform>Jeszcze %n punkt do {date}, by osiągnąć poziom „{tier}”.</numerusform>
                <numerusform>Jeszcze %n punkty do {date}, by osiągnąć poziom „{tier}”.</numerusform>
                <numerusform>Jeszcze %n punktów do {date}, by osiągnąć poziom „{tier}”.</numerusform>
            </translation>
        </message>
        <message>
            <source>{tier} needs no regular spending.</source>
            <translation>Poziom „{tier}” nie wymaga regularnych wydatków.</translation>
        </message>
        <message>
            <source>{amount} a month keeps {tier} for good.</source>
            <translation>{amount} miesięcznie utrzymuje poziom „{tier}” na stałe.</translation>
        </message>
        <message>
            <source>Counted every day: {tier} from {date}.</source>
            <translation>Liczone codziennie: {tier} od {date}.</translation>
        </message>
        <message>
            <source>Counted on {date}: {tier} from {effective}.</source>
            <translation>Liczone {date}: {tier} od {effective}.</translation>
        </message>
        <message>
            <source>Fast refunds up to {amount}</source>
            <translation>Szybkie zwroty do {amount}</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Done</source>
            <translation>Gotowe</translation>
        </message>
        <message>
            <source>&amp;Undo this import</source>
            <translation>&amp;Cofnij ten import</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Zaimportowano</translation>
        </message>
        <message>
            <source>{count} added</source>
            <translation>dodano: {count}</translation>
        </message>
        <message>
            <source>{count} updated</source>
            <translation>zaktualizowano: {count}</translation>
        </message>
        <message>
            <source>{count} already recorded or repeated in the file, left out</source>
            <translation>już zapisane lub powtórzone w pliku, pominięte: {count}</translation>
        </message>
        <message>
            <source>{rows} rejected and not imported</source>
            <translation>odrzucone i niezaimportowane: {rows}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{file}&lt;/b&gt;: {parts}.</source>
            <translation>&lt;b&gt;{file}&lt;/b&gt;: {parts}.</translation>
        </message>
        <message>
            <source>The import is recorded as batch {batch}; you can undo it later from the list of imports.</source>
            <translation>Import zapisano jako partię {batch}; można go później cofnąć z listy importów.</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Nie zaimportowano</translation>
        </message>
        <message>
            <source>Import undone</source>
            <translation>Cofnięto import</translation>
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message>
            <source>the visit on {when}</source>
            <translation>wizytę z {when}</translation>
        </message>
        <message>
            <source>the Club post of {when}</source>
            <translation>post w Klubie z {when}</translation>
        </message>
        <message>
            <source>the store follow of {when}</source>
            <translation>obserwowanie sklepu z {when}</translation>
        </message>
        <message numerus="yes">
            <source>the bonus of %n points on {when}</source>
            <translation>
                <numerusform>bonus %n punktu z {when}</numerusform>
                <numerusform>bonus %n punktów z {when}</numerusform>
                <numerusform>bonus %n punktów z {when}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the adjustment of minus %n points on {when}</source>
            <translation>
                <numerusform>korektę o minus %n punkt z {when}</numerusform>
                <numerusform>korektę o minus %n punkty z {when}</numerusform>
                <numerusform>korektę o minus %n punktów z {when}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the adjustment of %n points on {when}</source>
            <translation>
                <numerusform>korektę o %n punkt z {when}</numerusform>
                <numerusform>korektę o %n punkty z {when}</numerusform>
                <numerusform>korektę o %n punktów z {when}</numerusform>
            </translation>
        </message>
        <message>
            <source>Today's visit is recorded</source>
            <translation>Dzisiejsza wizyta jest zapisana</translation>
        </message>
        <message>
            <source>Record today's Member Center visit</source>
            <translation>Zapisz dzisiejszą wizytę w Centrum członkowskim</translation>
        </message>
        <message>
            <source>Visit recorded for {today}.</source>
            <translation>Zapisano wizytę z {today}.</translation>
        </message>
        <message>
            <source>The visit of {today} was already recorded.</source>
            <translation>Wizyta z {today} była już zapisana.</translation>
        </message>
        <message>
            <source>Visits saved.</source>
            <translation>Zapisano wizyty.</translation>
        </message>
        <message>
            <source>“{name}”</source>
            <translation>„{name}”</translation>
        </message>
        <message>
            <source>the promotion</source>
            <translation>promocję</translation>
        </message>
        <message>
            <source>{name} ({multiplier_label}, {day} to {day2})</source>
            <translation>{name} ({multiplier_label}, od {day} do {day2})</translation>
        </message>
        <message>
            <source>expected {date}</source>
            <translation>oczekiwane {date}</translation>
        </message>
        <message>
            <source>estimated</source>
            <translation>szacunek</translation>
        </message>
        <message>
            <source>credited</source>
            <translation>przyznane</translation>
        </message>
        <message>
            <source>Expected when you confirm receipt around {short_day}</source>
            <translation>Oczekiwane po potwierdzeniu odbioru około {short_day}</translation>
        </message>
        <message>
            <source>Estimated: confirmation date unknown</source>
            <translation>Szacunek: data potwierdzenia nieznana</translation>
        </message>
        <message>
            <source>Price unknown</source>
            <translation>Cena nieznana</translation>
        </message>
        <message>
            <source>Dated after today: not counted yet</source>
            <translation>Data po dzisiejszej: jeszcze się nie liczy</translation>
        </message>
        <message>
            <source>Reviews of items under {amount} earn no points (S4)</source>
            <translation>Recenzje produktów poniżej {amount} nie dają punktów (S4)</translation>
        </message>
        <message numerus="yes">
            <source>Not counted: the month's first %n visits earn points ({rule})</source>
            <translation>
                <numerusform>Nie liczy się: punkty daje tylko pierwsza %n wizyta w miesiącu ({rule})</numerusform>
                <numerusform>Nie liczy się: punkty dają tylko pierwsze %n wizyty w miesiącu ({rule})</numerusform>
                <numerusform>Nie liczy się: punkty daje tylko pierwszych %n wizyt w miesiącu ({rule})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not counted: the month's first %n Club posts earn points ({rule})</source>
            <translation>
                <numerusform>Nie liczy się: punkty daje tylko pierwszy %n post w Klubie w miesiącu ({rule})</numerusform>
                <numerusform>Nie liczy się: punkty dają tylko pierwsze %n posty w Klubie w miesiącu ({rule})</numerusform>
                <numerusform>Nie liczy się: punkty daje tylko pierwszych %n postów w Klubie w miesiącu ({rule})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not counted: the month's first %n store follows earn points ({rule})</source>
            <translation>
                <numerusform>Nie liczy się: punkty daje tylko pierwsze %n obserwowanie sklepu w miesiącu ({rule})</numerusform>
                <numerusform>Nie liczy się: punkty dają tylko pierwsze %n obserwowania sklepów w miesiącu ({rule})</numerusform>
                <numerusform>Nie liczy się: punkty daje tylko pierwszych %n obserwowań sklepów w miesiącu ({rule})</numerusform>
            </translation>
        </message>
        <message>
            <source>Earns nothing under the active rule set</source>
            <translation>Nic nie daje w bieżącym zestawie reguł</translation>
        </message>
        <message>
            <source>after today</source>
            <translation>po dzisiejszym dniu</translation>
        </message>
        <message>
            <source>over the month's cap</source>
            <translation>ponad limit miesiąca</translation>
        </message>
        <message>
            <source>not counted</source>
            <translation>nie liczy się</translation>
        </message>
        <message>
            <source>{entries}, 1 visit</source>
            <translation>{entries}, 1 wizyta</translation>
        </message>
        <message numerus="yes">
            <source>{entries}, %Ln visits</source>
            <translation>
                <numerusform>{entries}, %Ln wizyta</numerusform>
                <numerusform>{entries}, %Ln wizyty</numerusform>
                <numerusform>{entries}, %Ln wizyt</numerusform>
            </translation>
        </message>
        <message>
            <source>1 item in all</source>
            <translation>1 produkt łącznie</translation>
        </message>
        <message numerus="yes">
            <source>%n items in all</source>
            <translation>
                <numerusform>%n produkt łącznie</numerusform>
                <numerusform>%n produkty łącznie</numerusform>
                <numerusform>%n produktów łącznie</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{title} (+%n more)</source>
            <translation>
                <numerusform>{title} (+%n inny)</numerusform>
                <numerusform>{title} (+%n inne)</numerusform>
                <numerusform>{title} (+%n innych)</numerusform>
            </translation>
        </message>
        <message>
            <source>{title} ×{quantity}</source>
            <translation>{title} ×{quantity}</translation>
        </message>
        <message>
            <source>A cancelled order earns nothing</source>
            <translation>Anulowane zamówienie nic nie daje</translation>
        </message>
        <message>
            <source>Refunded: what is left is below the minimum, so the points were taken back (S2)</source>
            <translation>Zwrócone: to, co zostało, jest poniżej minimum, więc punkty zostały odebrane (S2)</translation>
        </message>
        <message>
            <source>Orders under {amount} after discounts earn no points (S1)</source>
            <translation>Zamówienia poniżej {amount} po rabatach nie dają punktów (S1)</translation>
        </message>
        <message>
            <source>Earns nothing under the active rule set: another order of the product or the day already took its points (F1, L1)</source>
            <translation>Nic nie daje w bieżącym zestawie reguł: inne zamówienie tego produktu lub z tego dnia już zabrało punkty (F1, L1)</translation>
        </message>
        <message>
            <source>no US$ amount</source>
            <translation>brak kwoty w US$</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>anulowane</translation>
        </message>
        <message>
            <source>refunded</source>
            <translation>zwrócone</translation>
        </message>
        <message>
            <source>under {amount}</source>
            <translation>poniżej {amount}</translation>
        </message>
        <message>
            <source>Reading orders… {read} of {expected}</source>
            <translation>Wczytywanie zamówień… {read} z {expected}</translation>
        </message>
        <message numerus="yes">
            <source>{orders}, %Ln pending</source>
            <translation>
                <numerusform>{orders}, oczekujące: %Ln</numerusform>
                <numerusform>{orders}, oczekujące: %Ln</numerusform>
                <numerusform>{orders}, oczekujące: %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>from date</source>
            <translation>data początkowa</translation>
        </message>
        <message>
            <source>Any date</source>
            <translation>Dowolna data</translation>
        </message>
        <message>
            <source>to date</source>
            <translation>data końcowa</translation>
        </message>
        <message>
            <source>the review of {date} ({title})</source>
            <translation>recenzję z {date} ({title})</translation>
        </message>
        <message>
            <source>the review of {date}</source>
            <translation>recenzję z {date}</translation>
        </message>
        <message>
            <source>{shown} of {all}</source>
            <translation>{shown} z {all}</translation>
        </message>
        <message>
            <source>1 order</source>
            <translation>1 zamówienie</translation>
        </message>
        <message numerus="yes">
            <source>%Ln orders</source>
            <translation>
                <numerusform>%Ln zamówienie</numerusform>
                <numerusform>%Ln zamówienia</numerusform>
                <numerusform>%Ln zamówień</numerusform>
            </translation>
        </message>
        <message>
            <source>1 review</source>
            <translation>1 recenzja</translation>
        </message>
        <message numerus="yes">
            <source>%Ln reviews</source>
            <translation>
                <numerusform>%Ln recenzja</numerusform>
                <numerusform>%Ln recenzje</numerusform>
                <numerusform>%Ln recenzji</numerusform>
            </translation>
        </message>
        <message>
            <source>1 entry</source>
            <translation>1 wpis</translation>
        </message>
        <message numerus="yes">
            <source>%Ln entries</source>
            <translation>
                <numerusform>%Ln wpis</numerusform>
                <numerusform>%Ln wpisy</numerusform>
                <numerusform>%Ln wpisów</numerusform>
            </translation>
        </message>
        <message>
            <source>1 promotion</source>
            <translation>1 promocja</translation>
        </message>
        <message numerus="yes">
            <source>%Ln promotions</source>
            <translation>
                <numerusform>%Ln promocja</numerusform>
                <numerusform>%Ln promocje</numerusform>
                <numerusform>%Ln promocji</numerusform>
            </translation>
        </message>
        <message>
            <source>order {number} of {date} from {store} ({what})</source>
            <translation>zamówienie {number} z {date} ze sklepu {store} ({what})</translation>
        </message>
        <message>
            <source>order {number} of {date} ({what})</source>
            <translation>zamówienie {number} z {date} ({what})</translation>
        </message>
        <message>
            <source>the order of {date} from {store} ({what})</source>
            <translation>zamówienie z {date} ze sklepu {store} ({what})</translation>
        </message>
        <message>
            <source>the order of {date} ({what})</source>
            <translation>zamówienie z {date} ({what})</translation>
        </message>
        <message>
            <source>Could not read the orders: {problem}</source>
            <translation>Nie można odczytać zamówień: {problem}</translation>
        </message>
    </context>
    <context>
        <name>TierBadge</name>
        <message>
            <source>Tier: {tier}</source>
            <translation>Poziom: {tier}</translation>
        </message>
        <message>
            <source>Your tier: {tier}</source>
            <translation>Twój poziom: {tier}</translation>
        </message>
    </context>
    <context>
        <name>VisitsCalendarDialog</name>
        <message>
            <source>Member Center visits</source>
            <translation>Wizyty w Centrum członkowskim</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Poprzedni miesiąc</translation>
        </message>
        <message>
            <source>Previous month (Page Up)</source>
            <translation>Poprzedni miesiąc (Page Up)</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Następny miesiąc</translation>
        </message>
        <message>
            <source>Next month (Page Down)</source>
            <translation>Następny miesiąc (Page Down)</translation>
        </message>
        <message numerus="yes">
            <source>Only the first %n visits of a month earn points (rule S5)</source>
            <translation>
                <numerusform>Punkty daje tylko pierwsza %n wizyta w miesiącu (reguła S5)</numerusform>
                <numerusform>Punkty dają tylko pierwsze %n wizyty w miesiącu (reguła S5)</numerusform>
                <numerusform>Punkty daje tylko pierwszych %n wizyt w miesiącu (reguła S5)</numerusform>
            </translation>
        </message>
        <message>
            <source>Tick the days you visited the Member Center.</source>
            <translation>Zaznacz dni, w które odwiedzono Centrum członkowskie.</translation>
        </message>
        <message>
            <source>1 visit this month, all counted</source>
            <translation>1 wizyta w tym miesiącu, wszystkie liczone</translation>
        </message>
        <message numerus="yes">
            <source>%n visits this month, all counted</source>
            <translation>
                <numerusform>%n wizyta w tym miesiącu, wszystkie liczone</numerusform>
                <numerusform>%n wizyty w tym miesiącu, wszystkie liczone</numerusform>
                <numerusform>%n wizyt w tym miesiącu, wszystkie liczone</numerusform>
            </translation>
        </message>
        <message>
            <source>{counted} of {cap} counted this month</source>
            <translation>liczone w tym miesiącu: {counted} z {cap}</translation>
        </message>
        <message>
            <source> ({extra} more ticked earn nothing)</source>
            <translation> (kolejne zaznaczone, {extra}, nic nie dają)</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Dziś</translation>
        </message>
        <message>
            <source>Cannot save the visits</source>
            <translation>Nie można zapisać wizyt</translation>
        </message>
    </context>
</TS>
