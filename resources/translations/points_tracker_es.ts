<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>ActivityPage</name>
        <message>
            <source>Activity</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <source>Search activity</source>
            <translation>Buscar en la actividad</translation>
        </message>
        <message>
            <source>&amp;Visited today</source>
            <translation>&amp;Visitado hoy</translation>
        </message>
        <message>
            <source>Record today's Member Center visit</source>
            <translation>Registrar la visita de hoy al Centro de miembros</translation>
        </message>
        <message>
            <source>Visits &amp;calendar…</source>
            <translation>&amp;Calendario de visitas…</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Añadir…</translation>
        </message>
        <message>
            <source>Club &amp;post…</source>
            <translation>&amp;Publicación en el Club…</translation>
        </message>
        <message>
            <source>Store &amp;follow…</source>
            <translation>&amp;Seguir una tienda…</translation>
        </message>
        <message>
            <source>&amp;Bonus or adjustment…</source>
            <translation>&amp;Bonificación o ajuste…</translation>
        </message>
        <message>
            <source>Promotions</source>
            <translation>Promociones</translation>
        </message>
        <message>
            <source>Add &amp;promotion…</source>
            <translation>Añadir &amp;promoción…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Edit promotion</source>
            <translation>Editar promoción</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
        <message>
            <source>Delete promotion</source>
            <translation>Eliminar promoción</translation>
        </message>
        <message>
            <source>Promotions (S9): orders placed in these days earn shopping points × the multiplier</source>
            <translation>Promociones (S9): los pedidos hechos en estos días ganan sus puntos de compra × el multiplicador</translation>
        </message>
        <message>
            <source>Cannot record the visit</source>
            <translation>No se pudo registrar la visita</translation>
        </message>
        <message>
            <source>Delete promotion?</source>
            <translation>¿Eliminar la promoción?</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>No se puede eliminar</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Something went wrong</source>
            <translation>Algo salió mal</translation>
        </message>
        <message>
            <source>Points Tracker ran into a problem it did not expect:

{error}

Your records are safe. The details were written to {log}; please include them if you report this.</source>
            <translation>Points Tracker se encontró con un problema inesperado:

{error}

Tus registros están a salvo. Los detalles se guardaron en {log}; inclúyelos si informas del problema.</translation>
        </message>
        <message>
            <source>{app}: the data file is damaged</source>
            <translation>{app}: el archivo de datos está dañado</translation>
        </message>
        <message>
            <source>{app} cannot start</source>
            <translation>{app} no puede iniciarse</translation>
        </message>
        <message>
            <source>You can keep your records in another file instead.</source>
            <translation>Puedes guardar tus registros en otro archivo.</translation>
        </message>
        <message>
            <source>&amp;Choose another file…</source>
            <translation>&amp;Elegir otro archivo…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Choose a file for your records</source>
            <translation>Elige un archivo para tus registros</translation>
        </message>
        <message>
            <source>Points Tracker databases (*.sqlite3 *.db);;All files (*)</source>
            <translation>Bases de datos de Points Tracker (*.sqlite3 *.db);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Back up to</source>
            <translation>Copia de seguridad en</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
        <message>
            <source>Backup not made</source>
            <translation>No se hizo la copia de seguridad</translation>
        </message>
        <message>
            <source>Backed up to {file}.</source>
            <translation>Copia de seguridad guardada en {file}.</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>No restaurado</translation>
        </message>
        <message>
            <source>Replace everything in {file} with the backup {backup}?

Records added since that backup was made will be gone from the app, but the current file is kept as a copy first.</source>
            <translation>¿Reemplazar todo el contenido de {file} con la copia {backup}?

Los registros añadidos después de esa copia desaparecerán de la aplicación, pero antes se guarda una copia del archivo actual.</translation>
        </message>
        <message>
            <source>Restored {backup}. The file it replaced was kept as {previous}.</source>
            <translation>Se restauró {backup}. El archivo reemplazado se conservó como {previous}.</translation>
        </message>
        <message>
            <source>Restored {backup}.</source>
            <translation>Se restauró {backup}.</translation>
        </message>
    </context>
    <context>
        <name>ChartCanvas</name>
        <message>
            <source>{chart}: the numbers</source>
            <translation>{chart}: los números</translation>
        </message>
        <message>
            <source>&amp;Save as image…</source>
            <translation>&amp;Guardar como imagen…</translation>
        </message>
        <message>
            <source>Show the numbers as a &amp;table</source>
            <translation>Mostrar los números en una &amp;tabla</translation>
        </message>
        <message>
            <source>&amp;Copy the numbers</source>
            <translation>&amp;Copiar los números</translation>
        </message>
        <message>
            <source>Copied the numbers of the chart “{chart}”.</source>
            <translation>Se copiaron los números del gráfico «{chart}».</translation>
        </message>
        <message>
            <source>Save chart as image</source>
            <translation>Guardar el gráfico como imagen</translation>
        </message>
        <message>
            <source>Chart not saved</source>
            <translation>Gráfico no guardado</translation>
        </message>
        <message>
            <source>{file} cannot be written: {reason}.</source>
            <translation>No se puede escribir {file}: {reason}.</translation>
        </message>
        <message>
            <source>Saved the chart as {file}.</source>
            <translation>Gráfico guardado como {file}.</translation>
        </message>
    </context>
    <context>
        <name>ChartHover</name>
        <message>
            <source>1 point</source>
            <translation>1 punto</translation>
        </message>
        <message numerus="yes">
            <source>%Ln points</source>
            <translation>
                <numerusform>%Ln punto</numerusform>
                <numerusform>%Ln puntos</numerusform>
            </translation>
        </message>
        <message>
            <source>Checked {date}: {verdict}</source>
            <translation>Comprobado el {date}: {verdict}</translation>
        </message>
        <message>
            <source>Counted {date}: {points}</source>
            <translation>Contado el {date}: {points}</translation>
        </message>
        <message>
            <source>{tier} from {date}</source>
            <translation>{tier} desde el {date}</translation>
        </message>
        <message>
            <source>{date}, for the tier from {effective}</source>
            <translation>{date}, para el nivel desde el {effective}</translation>
        </message>
        <message>
            <source>If you earn no more: {points}</source>
            <translation>Si no ganas más: {points}</translation>
        </message>
        <message>
            <source>Plus pending orders: {points} ({tier})</source>
            <translation>Más los pedidos pendientes: {points} ({tier})</translation>
        </message>
        <message>
            <source>With the plan: {points}</source>
            <translation>Con el plan: {points}</translation>
        </message>
        <message>
            <source>{tier} ends {date} → {lower}</source>
            <translation>{tier} termina el {date} → {lower}</translation>
        </message>
        <message>
            <source>Today: {points} in your window</source>
            <translation>Hoy: {points} en tu ventana</translation>
        </message>
        <message>
            <source>{date}: {points} leave
{left} of today's {total} left</source>
            <translation>{date}: salen {points}
quedan {left} de los {total} de hoy</translation>
        </message>
        <message>
            <source>1 order</source>
            <translation>1 pedido</translation>
        </message>
        <message numerus="yes">
            <source>%n orders</source>
            <translation>
                <numerusform>%n pedido</numerusform>
                <numerusform>%n pedidos</numerusform>
            </translation>
        </message>
        <message>
            <source>by {date}</source>
            <translation>antes del {date}</translation>
        </message>
        <message>
            <source>as soon as you can</source>
            <translation>lo antes posible</translation>
        </message>
        <message>
            <source>Spend {amount} {when}
{orders}, {points}, counted {date}
Keeps {tier} from {effective}</source>
            <translation>Gasta {amount} {when}
{orders}, {points}, contados el {date}
Mantiene {tier} desde el {effective}</translation>
        </message>
    </context>
    <context>
        <name>ChartTable</name>
        <message>
            <source>Month end</source>
            <translation>Fin de mes</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Puntos</translation>
        </message>
        <message>
            <source>Plus pending orders</source>
            <translation>Más los pedidos pendientes</translation>
        </message>
        <message>
            <source>With the plan</source>
            <translation>Con el plan</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>counted</source>
            <translation>contado</translation>
        </message>
        <message>
            <source>projected</source>
            <translation>previsto</translation>
        </message>
        <message>
            <source>Points leaving</source>
            <translation>Puntos que salen</translation>
        </message>
        <message>
            <source>Left of today's {points}</source>
            <translation>Quedan de los {points} de hoy</translation>
        </message>
        <message>
            <source>Buy by</source>
            <translation>Comprar antes del</translation>
        </message>
        <message>
            <source>Spend</source>
            <translation>Gasto</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Pedidos</translation>
        </message>
        <message>
            <source>Counted on</source>
            <translation>Contado el</translation>
        </message>
        <message>
            <source>{tier} from</source>
            <translation>{tier} desde</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mes</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Orders</source>
            <translation>Pedidos</translation>
        </message>
        <message>
            <source>Multi-category days</source>
            <translation>Días con varias categorías</translation>
        </message>
        <message>
            <source>Purchase days</source>
            <translation>Días de compra</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Reseñas</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visitas</translation>
        </message>
        <message>
            <source>Club posts</source>
            <translation>Publicaciones en el Club</translation>
        </message>
        <message>
            <source>Store follows</source>
            <translation>Tiendas seguidas</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>Bonificación</translation>
        </message>
        <message>
            <source>Adjustments</source>
            <translation>Ajustes</translation>
        </message>
        <message numerus="yes">
            <source>%n-day window</source>
            <translation>
                <numerusform>ventana de %n día</numerusform>
                <numerusform>ventana de %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n-month window</source>
            <translation>
                <numerusform>ventana de %n mes</numerusform>
                <numerusform>ventana de %n meses</numerusform>
            </translation>
        </message>
        <message>
            <source>Past</source>
            <translation>Pasado</translation>
        </message>
        <message>
            <source>If you earn no more</source>
            <translation>Si no ganas más</translation>
        </message>
        <message>
            <source>Plus pending orders</source>
            <translation>Más los pedidos pendientes</translation>
        </message>
        <message>
            <source>With the plan</source>
            <translation>Con el plan</translation>
        </message>
        <message>
            <source>Tier from the {day}</source>
            <translation>Nivel desde el día {day}</translation>
        </message>
        <message>
            <source>Checked: agrees with AliExpress</source>
            <translation>Comprobado: coincide con AliExpress</translation>
        </message>
        <message>
            <source>Checked: differs</source>
            <translation>Comprobado: no coincide</translation>
        </message>
        <message>
            <source>Unchecked since {date}</source>
            <translation>Sin comprobar desde el {date}</translation>
        </message>
        <message>
            <source>{tier} ends {date}</source>
            <translation>{tier} termina el {date}</translation>
        </message>
        <message>
            <source>With the plan: {tier} from {date}</source>
            <translation>Con el plan: {tier} desde el {date}</translation>
        </message>
        <message>
            <source>With the plan, your {tier} tier ends {date}</source>
            <translation>Con el plan, tu nivel {tier} termina el {date}</translation>
        </message>
        <message>
            <source>With the plan, your {tier} tier holds for the coming 12 months</source>
            <translation>Con el plan, tu nivel {tier} se mantiene los próximos 12 meses</translation>
        </message>
        <message>
            <source>Your {tier} tier ends {date}</source>
            <translation>Tu nivel {tier} termina el {date}</translation>
        </message>
        <message>
            <source>Your points and tier: {tier} now</source>
            <translation>Tus puntos y tu nivel: {tier} ahora</translation>
        </message>
        <message>
            <source>Your {tier} tier holds for the coming 12 months</source>
            <translation>Tu nivel {tier} se mantiene los próximos 12 meses</translation>
        </message>
        <message>
            <source>Points ({window})</source>
            <translation>Puntos ({window})</translation>
        </message>
        <message>
            <source>Without the plan, </source>
            <translation>Sin el plan, </translation>
        </message>
        <message>
            <source>Leaving at the month-end</source>
            <translation>Salen a fin de mes</translation>
        </message>
        <message>
            <source>Left of today's {points}</source>
            <translation>Quedan de los {points} de hoy</translation>
        </message>
        <message>
            <source>When today's {points} points leave your window</source>
            <translation>Cuándo salen de tu ventana los {points} puntos de hoy</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Puntos</translation>
        </message>
        <message>
            <source>{tier} needs {points}</source>
            <translation>{tier} necesita {points}</translation>
        </message>
        <message>
            <source>No points in these months:
record orders, reviews or visits and they show here</source>
            <translation>No hay puntos en estos meses:
registra pedidos, reseñas o visitas y aparecerán aquí</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>No points in your window yet:
the points of orders, reviews and visits you record show here</source>
            <translation>Todavía no hay puntos en tu ventana:
aquí aparecen los puntos de los pedidos, reseñas y visitas que registres</translation>
        </message>
        <message>
            <source>Reach {tier}: nothing to buy in the coming 12 months</source>
            <translation>Alcanzar {tier}: nada que comprar en los próximos 12 meses</translation>
        </message>
        <message>
            <source>Keep {tier}: nothing to buy in the coming 12 months</source>
            <translation>Mantener {tier}: nada que comprar en los próximos 12 meses</translation>
        </message>
        <message>
            <source>by {date}</source>
            <translation>antes del {date}</translation>
        </message>
        <message>
            <source>now</source>
            <translation>ahora</translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <source>Reach {tier}: spend {amount} {when}</source>
            <translation>Alcanzar {tier}: gasta {amount} {when}</translation>
        </message>
        <message>
            <source>Keep {tier}: spend {amount} {when}</source>
            <translation>Mantener {tier}: gasta {amount} {when}</translation>
        </message>
        <message>
            <source>, {amount} in all</source>
            <translation>, {amount} en total</translation>
        </message>
        <message>
            <source>Spend by the date shown</source>
            <translation>Gasto antes de la fecha indicada</translation>
        </message>
        <message>
            <source>Spend</source>
            <translation>Gasto</translation>
        </message>
        <message>
            <source>Spend by the bar's date</source>
            <translation>Gasto antes de la fecha de la barra</translation>
        </message>
        <message>
            <source>{tier} holds without buying anything</source>
            <translation>{tier} se mantiene sin comprar nada</translation>
        </message>
        <message>
            <source>Where your points come from, month by month</source>
            <translation>De dónde vienen tus puntos, mes a mes</translation>
        </message>
        <message>
            <source>Points credited</source>
            <translation>Puntos acreditados</translation>
        </message>
        <message>
            <source>Tier timeline</source>
            <translation>Evolución del nivel</translation>
        </message>
        <message>
            <source>Points leaving</source>
            <translation>Puntos que salen</translation>
        </message>
        <message>
            <source>What to buy</source>
            <translation>Qué comprar</translation>
        </message>
        <message>
            <source>Where points come from</source>
            <translation>De dónde vienen los puntos</translation>
        </message>
        <message>
            <source>Your points at every month end, past and coming, and when your tier ends</source>
            <translation>Tus puntos al final de cada mes, pasados y futuros, y cuándo termina tu nivel</translation>
        </message>
        <message>
            <source>When today's points leave your 12-month window</source>
            <translation>Cuándo salen los puntos de hoy de tu ventana de 12 meses</translation>
        </message>
        <message>
            <source>What to buy by when to keep your tier, or reach another</source>
            <translation>Qué comprar y cuándo para mantener tu nivel o alcanzar otro</translation>
        </message>
        <message>
            <source>Where your points came from, month by month</source>
            <translation>De dónde vinieron tus puntos, mes a mes</translation>
        </message>
    </context>
    <context>
        <name>ChartsHost</name>
        <message>
            <source>Drawing your charts…</source>
            <translation>Dibujando tus gráficos…</translation>
        </message>
        <message>
            <source>No charts yet</source>
            <translation>Todavía no hay gráficos</translation>
        </message>
        <message>
            <source>Your charts show how your points and tier move month by month. Add an order or import your AliExpress orders, and they appear here.</source>
            <translation>Los gráficos muestran cómo cambian tus puntos y tu nivel mes a mes. Añade un pedido o importa tus pedidos de AliExpress y aparecerán aquí.</translation>
        </message>
        <message>
            <source>&amp;Add an order…</source>
            <translation>&amp;Añadir un pedido…</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>&amp;Importar un archivo…</translation>
        </message>
    </context>
    <context>
        <name>ChartsPage</name>
        <message>
            <source>Tier &amp;timeline</source>
            <translation>&amp;Evolución del nivel</translation>
        </message>
        <message>
            <source>Points &amp;leaving</source>
            <translation>Puntos que &amp;salen</translation>
        </message>
        <message>
            <source>What to &amp;buy</source>
            <translation>Qué &amp;comprar</translation>
        </message>
        <message>
            <source>Point &amp;sources</source>
            <translation>&amp;Origen de los puntos</translation>
        </message>
        <message>
            <source>&amp;Keep or reach</source>
            <translation>&amp;Mantener o alcanzar</translation>
        </message>
        <message>
            <source>Tier to keep or reach</source>
            <translation>Nivel que mantener o alcanzar</translation>
        </message>
        <message>
            <source>What &amp;if…</source>
            <translation>¿Y &amp;si…?</translation>
        </message>
        <message>
            <source>Show or hide the what-if planner</source>
            <translation>Mostrar u ocultar el planificador «¿Y si…?»</translation>
        </message>
        <message>
            <source>Ta&amp;ble</source>
            <translation>Ta&amp;bla</translation>
        </message>
        <message>
            <source>Show the chart's numbers as a table</source>
            <translation>Mostrar los números del gráfico en una tabla</translation>
        </message>
        <message>
            <source>Sa&amp;ve…</source>
            <translation>&amp;Guardar…</translation>
        </message>
        <message>
            <source>Save the chart as a PNG or SVG image</source>
            <translation>Guardar el gráfico como imagen PNG o SVG</translation>
        </message>
        <message>
            <source>{tier} (now)</source>
            <translation>{tier} (ahora)</translation>
        </message>
    </context>
    <context>
        <name>Check</name>
        <message>
            <source>Check against AliExpress: {source}, {month}</source>
            <translation>Comprobación con AliExpress: {source}, {month}</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Pedidos</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Reseñas</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visitas</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otros</translation>
        </message>
        <message>
            <source>Accepted differences</source>
            <translation>Diferencias aceptadas</translation>
        </message>
        <message>
            <source>AliExpress credited {points} points on {date} for this order</source>
            <translation>AliExpress abonó {points} puntos el {date} por este pedido</translation>
        </message>
        <message>
            <source>The Member Center cannot show the points of a day still to come</source>
            <translation>El Centro de miembros no puede mostrar los puntos de un día que aún no ha llegado</translation>
        </message>
        <message>
            <source>{tier} is not a tier of this rule set ({tiers})</source>
            <translation>{tier} no es un nivel de este conjunto de reglas ({tiers})</translation>
        </message>
        <message>
            <source>Difference accepted after the check of {date}</source>
            <translation>Diferencia aceptada tras la comprobación del {date}</translation>
        </message>
        <message>
            <source>1 point</source>
            <translation>1 punto</translation>
        </message>
        <message numerus="yes">
            <source>%Ln points</source>
            <translation>
                <numerusform>%Ln punto</numerusform>
                <numerusform>%Ln puntos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln missing</source>
            <translation>
                <numerusform>falta %Ln</numerusform>
                <numerusform>faltan %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln too many</source>
            <translation>
                <numerusform>%Ln de más</numerusform>
                <numerusform>%Ln de más</numerusform>
            </translation>
        </message>
        <message>
            <source>the same</source>
            <translation>lo mismo</translation>
        </message>
        <message>
            <source>AliExpress: {aliexpress} · here: {here} · {difference}</source>
            <translation>AliExpress: {aliexpress} · aquí: {here} · {difference}</translation>
        </message>
        <message>
            <source>tier: AliExpress {aliexpress}, here {here}</source>
            <translation>nivel: AliExpress {aliexpress}, aquí {here}</translation>
        </message>
        <message>
            <source>The figures agree with AliExpress.</source>
            <translation>Las cifras coinciden con AliExpress.</translation>
        </message>
        <message>
            <source>Difference accepted on {date}.</source>
            <translation>Diferencia aceptada el {date}.</translation>
        </message>
        <message>
            <source>The figures after {date} are unchecked until you resolve the difference or accept it.</source>
            <translation>Las cifras posteriores al {date} están sin comprobar hasta que resuelvas la diferencia o la aceptes.</translation>
        </message>
        <message>
            <source>Not checked against AliExpress yet: compare with the points the Member Center shows.</source>
            <translation>Aún sin comprobar con AliExpress: compara con los puntos que muestra el Centro de miembros.</translation>
        </message>
        <message>
            <source>Unchecked since {date}: {verdict}.</source>
            <translation>Sin comprobar desde el {date}: {verdict}.</translation>
        </message>
        <message>
            <source>Checked against AliExpress on {date}: {verdict}, difference accepted.</source>
            <translation>Comprobado con AliExpress el {date}: {verdict}, diferencia aceptada.</translation>
        </message>
        <message>
            <source>Checked against AliExpress on {date}: {verdict}.</source>
            <translation>Comprobado con AliExpress el {date}: {verdict}.</translation>
        </message>
        <message>
            <source>of the purchase day {date}</source>
            <translation>del día de compra {date}</translation>
        </message>
        <message>
            <source>of {date}</source>
            <translation>del {date}</translation>
        </message>
        <message>
            <source>#{number} (no order number)</source>
            <translation>n.º {number} (sin número de pedido)</translation>
        </message>
        <message>
            <source>{month} · {source}: AliExpress {aliexpress} · here {here} · {difference}</source>
            <translation>{month} · {source}: AliExpress {aliexpress} · aquí {here} · {difference}</translation>
        </message>
        <message>
            <source>AliExpress credited {points} on {date} for an order that is not recorded here.</source>
            <translation>AliExpress abonó {points} el {date} por un pedido que no está registrado aquí.</translation>
        </message>
        <message>
            <source>AliExpress credited {points} on {date} for order {order}, which is not confirmed here.</source>
            <translation>AliExpress abonó {points} el {date} por el pedido {order}, que aquí no está confirmado.</translation>
        </message>
        <message>
            <source>AliExpress credited {points} on {date} for order {order}, which is cancelled here.</source>
            <translation>AliExpress abonó {points} el {date} por el pedido {order}, que aquí está cancelado.</translation>
        </message>
        <message>
            <source>Order {order} counts here on {here_date}; AliExpress credited it on {date}.</source>
            <translation>El pedido {order} cuenta aquí el {here_date}; AliExpress lo abonó el {date}.</translation>
        </message>
        <message>
            <source>Order {order} earns {points} here on {date}, but AliExpress credited nothing for it that month.</source>
            <translation>El pedido {order} da {points} aquí el {date}, pero AliExpress no abonó nada por él ese mes.</translation>
        </message>
        <message>
            <source>AliExpress took back {points} on {date}: a refund of order {order} not recorded here.</source>
            <translation>AliExpress retiró {points} el {date}: un reembolso del pedido {order} que no está registrado aquí.</translation>
        </message>
        <message>
            <source>The refund of order {order} counts here on {here_date}; AliExpress took the points back on {date}.</source>
            <translation>El reembolso del pedido {order} cuenta aquí el {here_date}; AliExpress retiró los puntos el {date}.</translation>
        </message>
        <message>
            <source>A refund of order {order} takes {points} back here on {date}; AliExpress did not take them back.</source>
            <translation>Un reembolso del pedido {order} resta aquí {points} el {date}; AliExpress no los retiró.</translation>
        </message>
        <message>
            <source>AliExpress credited {points} for reviews that are not recorded here.</source>
            <translation>AliExpress abonó {points} por reseñas que no están registradas aquí.</translation>
        </message>
        <message>
            <source>AliExpress did not credit {points} for reviews recorded here (an item under US$2, or a review it refused).</source>
            <translation>AliExpress no abonó {points} por reseñas registradas aquí (un artículo de menos de 2 US$ o una reseña rechazada).</translation>
        </message>
        <message>
            <source>AliExpress credited {points} for Member Center visits that are not recorded here.</source>
            <translation>AliExpress abonó {points} por visitas al Centro de miembros que no están registradas aquí.</translation>
        </message>
        <message>
            <source>AliExpress did not credit {points} for visits recorded here: days past its monthly cap, or visits it did not count.</source>
            <translation>AliExpress no abonó {points} por visitas registradas aquí: días por encima de su tope mensual o visitas que no contó.</translation>
        </message>
        <message>
            <source>AliExpress lists {points} on {date} that is not recorded here: “{description}”.</source>
            <translation>AliExpress indica {points} el {date} que no están registrados aquí: «{description}».</translation>
        </message>
        <message>
            <source>{points} recorded here on {date} that AliExpress does not list.</source>
            <translation>{points} registrados aquí el {date} que AliExpress no indica.</translation>
        </message>
        <message>
            <source>An adjustment of {points} on {date} made by an earlier check no longer fits.</source>
            <translation>Un ajuste de {points} del {date}, hecho en una comprobación anterior, ya no corresponde.</translation>
        </message>
        <message>
            <source>A bonus of {points} on {date} was imported from the points history by an earlier version and counts on top of the records it describes.</source>
            <translation>Una bonificación de {points} del {date} se importó del historial de puntos con una versión anterior y se suma a los registros que describe.</translation>
        </message>
        <message>
            <source>A difference you accepted: {points} on {date}.</source>
            <translation>Una diferencia que aceptaste: {points} el {date}.</translation>
        </message>
        <message>
            <source>AliExpress took back {points} on {date} for a refund not recorded here.</source>
            <translation>AliExpress retiró {points} el {date} por un reembolso que no está registrado aquí.</translation>
        </message>
        <message>
            <source>AliExpress lists {points} on {date} that is not recorded here: a promotion or game?</source>
            <translation>AliExpress indica {points} el {date} que no están registrados aquí: ¿una promoción o un juego?</translation>
        </message>
        <message>
            <source>Add the order…</source>
            <translation>Añadir el pedido…</translation>
        </message>
        <message>
            <source>Mark it confirmed on {date}</source>
            <translation>Marcarlo como confirmado el {date}</translation>
        </message>
        <message>
            <source>Record the refund on {date}</source>
            <translation>Registrar el reembolso el {date}</translation>
        </message>
        <message>
            <source>Record an adjustment of {points}</source>
            <translation>Registrar un ajuste de {points}</translation>
        </message>
        <message>
            <source>Add it as a bonus</source>
            <translation>Añadirlo como bonificación</translation>
        </message>
        <message>
            <source>Add it as an adjustment</source>
            <translation>Añadirlo como ajuste</translation>
        </message>
        <message>
            <source>Add the review</source>
            <translation>Añadir la reseña</translation>
        </message>
        <message numerus="yes">
            <source>Add %n reviews</source>
            <translation>
                <numerusform>Añadir %n reseña</numerusform>
                <numerusform>Añadir %n reseñas</numerusform>
            </translation>
        </message>
        <message>
            <source>Add the visit</source>
            <translation>Añadir la visita</translation>
        </message>
        <message numerus="yes">
            <source>Add %n visits</source>
            <translation>
                <numerusform>Añadir %n visita</numerusform>
                <numerusform>Añadir %n visitas</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the bonus</source>
            <translation>Eliminar la bonificación</translation>
        </message>
        <message>
            <source>Remove the adjustment</source>
            <translation>Quitar el ajuste</translation>
        </message>
        <message>
            <source>AliExpress showed no points before 2010: check the date</source>
            <translation>AliExpress no mostraba puntos antes de 2010: revisa la fecha</translation>
        </message>
        <message>
            <source>The points cannot be negative</source>
            <translation>Los puntos no pueden ser negativos</translation>
        </message>
        <message>
            <source>No shopper has that many points: check the figure</source>
            <translation>Ningún comprador tiene tantos puntos: revisa la cifra</translation>
        </message>
        <message>
            <source>This check no longer exists (id {check_id}); it may have been deleted.</source>
            <translation>Esta comprobación ya no existe (id {check_id}); quizá se eliminó.</translation>
        </message>
        <message>
            <source>This adjustment no longer exists (id {entry_id}).</source>
            <translation>Este ajuste ya no existe (id {entry_id}).</translation>
        </message>
    </context>
    <context>
        <name>CheckDialog</name>
        <message>
            <source>Check against AliExpress</source>
            <translation>Comprobar con AliExpress</translation>
        </message>
        <message>
            <source>Where the difference comes from</source>
            <translation>De dónde viene la diferencia</translation>
        </message>
        <message>
            <source>Import the points history the Member Center lists (date, points, description) to compare it month by month with your records. Its rows are kept apart: they add no points of their own.</source>
            <translation>Importa el historial de puntos que muestra el Centro de miembros (fecha, puntos, descripción) para compararlo mes a mes con tus registros. Sus filas se guardan aparte: no suman puntos por sí mismas.</translation>
        </message>
        <message>
            <source>&amp;Import the points history…</source>
            <translation>&amp;Importar el historial de puntos…</translation>
        </message>
        <message>
            <source>Your checks</source>
            <translation>Tus comprobaciones</translation>
        </message>
        <message>
            <source>Open AliExpress ▸ Account ▸ Member Center and type the points (and the tier) it shows. Each check is kept with its date.</source>
            <translation>Abre AliExpress ▸ Cuenta ▸ Centro de miembros y escribe los puntos (y el nivel) que muestra. Cada comprobación se guarda con su fecha.</translation>
        </message>
        <message>
            <source>Points the Member Center shows</source>
            <translation>Puntos que muestra el Centro de miembros</translation>
        </message>
        <message>
            <source>Tier the Member Center shows</source>
            <translation>Nivel que muestra el Centro de miembros</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>sin indicar</translation>
        </message>
        <message>
            <source>Day the Member Center showed them</source>
            <translation>Día en que los mostraba el Centro de miembros</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>&amp;Comprobar</translation>
        </message>
        <message>
            <source>&amp;Points:</source>
            <translation>&amp;Puntos:</translation>
        </message>
        <message>
            <source>&amp;Tier:</source>
            <translation>&amp;Nivel:</translation>
        </message>
        <message>
            <source>&amp;On:</source>
            <translation>&amp;Día:</translation>
        </message>
        <message>
            <source>Last check</source>
            <translation>Última comprobación</translation>
        </message>
        <message>
            <source>Result of the check</source>
            <translation>Resultado de la comprobación</translation>
        </message>
        <message>
            <source>&amp;Accept the difference…</source>
            <translation>&amp;Aceptar la diferencia…</translation>
        </message>
        <message>
            <source>Record the difference as an adjustment dated the check's day, with a note</source>
            <translation>Registrar la diferencia como un ajuste con la fecha de la comprobación y una nota</translation>
        </message>
        <message>
            <source>&amp;Delete this check</source>
            <translation>&amp;Eliminar esta comprobación</translation>
        </message>
        <message>
            <source>Not checked yet</source>
            <translation>Aún sin comprobar</translation>
        </message>
        <message>
            <source>Type the points above and choose Check to see whether the figures agree.</source>
            <translation>Escribe los puntos arriba y elige Comprobar para ver si las cifras coinciden.</translation>
        </message>
        <message>
            <source>Check of {date}</source>
            <translation>Comprobación del {date}</translation>
        </message>
        <message>
            <source>&amp;Undo {what}</source>
            <translation>Des&amp;hacer {what}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>Des&amp;hacer</translation>
        </message>
        <message>
            <source>Type the points the Member Center shows, e.g. 1204</source>
            <translation>Escribe los puntos que muestra el Centro de miembros, p. ej. 1204</translation>
        </message>
        <message>
            <source>The check was not kept</source>
            <translation>La comprobación no se guardó</translation>
        </message>
        <message>
            <source>Check kept.</source>
            <translation>Comprobación guardada.</translation>
        </message>
        <message>
            <source>Accept the difference</source>
            <translation>Aceptar la diferencia</translation>
        </message>
        <message>
            <source>Difference accepted: an adjustment of {points} on {date}.</source>
            <translation>Diferencia aceptada: un ajuste de {points} el {date}.</translation>
        </message>
        <message>
            <source>An adjustment of {points} dated {date} will make the figures agree. Why is the difference all right? (kept as its note)</source>
            <translation>Un ajuste de {points} con fecha {date} hará que las cifras coincidan. ¿Por qué la diferencia está bien? (se guarda como su nota)</translation>
        </message>
        <message>
            <source>Delete check</source>
            <translation>Eliminar la comprobación</translation>
        </message>
        <message>
            <source>Check of {date} deleted.</source>
            <translation>Comprobación del {date} eliminada.</translation>
        </message>
        <message>
            <source>Done: {fix}. Undo takes it back.</source>
            <translation>Hecho: {fix}. Deshacer lo revierte.</translation>
        </message>
        <message>
            <source>agrees</source>
            <translation>coincide</translation>
        </message>
        <message>
            <source>differs</source>
            <translation>no coincide</translation>
        </message>
        <message>
            <source>difference accepted</source>
            <translation>diferencia aceptada</translation>
        </message>
        <message>
            <source>{date} · {verdict} · {state}</source>
            <translation>{date} · {verdict} · {state}</translation>
        </message>
        <message>
            <source>Every month agrees with AliExpress's history.</source>
            <translation>Todos los meses coinciden con el historial de AliExpress.</translation>
        </message>
        <message>
            <source>1 row</source>
            <translation>1 fila</translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows</source>
            <translation>
                <numerusform>%Ln fila</numerusform>
                <numerusform>%Ln filas</numerusform>
            </translation>
        </message>
        <message>
            <source>Points history from {first} to {last} ({rows}):</source>
            <translation>Historial de puntos de {first} a {last} ({rows}):</translation>
        </message>
    </context>
    <context>
        <name>CheckLine</name>
        <message>
            <source>&amp;Check…</source>
            <translation>&amp;Comprobar…</translation>
        </message>
        <message>
            <source>&amp;Resolve…</source>
            <translation>&amp;Resolver…</translation>
        </message>
        <message>
            <source>&amp;Check again…</source>
            <translation>&amp;Comprobar de nuevo…</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <source>Compare with the points the Member Center shows</source>
            <translation>Compara con los puntos que muestra el Centro de miembros</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>The rules that gave the points (point at a code for its meaning; Help ▸ How points work has them all)</source>
            <translation>Las reglas que dieron los puntos (señala un código para ver qué significa; Ayuda ▸ Cómo funcionan los puntos las explica todas)</translation>
        </message>
        <message>
            <source>When the points count: credited, expected on a date, estimated — or why there are none</source>
            <translation>Cuándo cuentan los puntos: acreditados, previstos para una fecha, estimados, o por qué no hay ninguno</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Puntos</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regla</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Acreditación</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visita</translation>
        </message>
        <message>
            <source>Club post</source>
            <translation>Publicación en el Club</translation>
        </message>
        <message>
            <source>Store follow</source>
            <translation>Tienda seguida</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>Bonificación</translation>
        </message>
        <message>
            <source>Adjustment</source>
            <translation>Ajuste</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Producto</translation>
        </message>
        <message>
            <source>Product id</source>
            <translation>ID del producto</translation>
        </message>
        <message>
            <source>Order no.</source>
            <translation>N.º de pedido</translation>
        </message>
        <message>
            <source>Item price $</source>
            <translation>Precio del artículo $</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>Promoción</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Multiplier</source>
            <translation>Multiplicador</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmado</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Pedido el</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Artículos</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Tienda</translation>
        </message>
        <message>
            <source>Items $</source>
            <translation>Artículos $</translation>
        </message>
        <message>
            <source>Discount $</source>
            <translation>Descuento $</translation>
        </message>
        <message>
            <source>Shipping $</source>
            <translation>Envío $</translation>
        </message>
        <message>
            <source>Refund $</source>
            <translation>Reembolso $</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categorías</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <source>— ignore —</source>
            <translation>— omitir —</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>pendiente</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>confirmado</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <source>Choose a field for each column you want; the rest are ignored. Beside each value: how it reads.</source>
            <translation>Elige un campo para cada columna que quieras; el resto se ignora. Junto a cada valor: cómo se lee.</translation>
        </message>
        <message>
            <source>This is Points Tracker's own file: every column is read exactly as written, nothing to choose.</source>
            <translation>Este es un archivo propio de Points Tracker: cada columna se lee tal cual, no hay nada que elegir.</translation>
        </message>
        <message>
            <source>Point: 1,234.56</source>
            <translation>Punto: 1,234.56</translation>
        </message>
        <message>
            <source>Comma: 1.234,56</source>
            <translation>Coma: 1.234,56</translation>
        </message>
        <message>
            <source>Amounts are in cents (1234 = 12.34)</source>
            <translation>Los importes están en céntimos (1234 = 12.34)</translation>
        </message>
        <message>
            <source>Save as preset…</source>
            <translation>Guardar como preajuste…</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <source>Decimals</source>
            <translation>Decimales</translation>
        </message>
        <message>
            <source>Plain amounts in</source>
            <translation>Importes sin moneda en</translation>
        </message>
        <message>
            <source>No status means</source>
            <translation>Sin estado significa</translation>
        </message>
        <message>
            <source>What is in each column?</source>
            <translation>¿Qué hay en cada columna?</translation>
        </message>
        <message>
            <source>Field for column “{column}”</source>
            <translation>Campo de la columna «{column}»</translation>
        </message>
        <message>
            <source>Statuses the app does not know — what does each mean?</source>
            <translation>Estados que la aplicación no conoce: ¿qué significa cada uno?</translation>
        </message>
        <message>
            <source>choose…</source>
            <translation>elegir…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Left out&lt;/b&gt; — these columns are not imported. Nothing that changes points is taken from a column whose name does not say so: map one yourself if it holds what you want.</source>
            <translation>&lt;b&gt;Omitidas&lt;/b&gt; — estas columnas no se importan. Nada que cambie los puntos se toma de una columna cuyo nombre no lo diga: asígnala tú si contiene lo que quieres.</translation>
        </message>
        <message>
            <source>Use as {field}</source>
            <translation>Usar como {field}</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more: choose their fields in the table above.</source>
            <translation>
                <numerusform>… y %n más: elige su campo en la tabla de arriba.</numerusform>
                <numerusform>… y %n más: elige sus campos en la tabla de arriba.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Currencies</name>
        <message>
            <source>“{text}” is not a date like 2022-03-02</source>
            <translation>«{text}» no es una fecha como 2022-03-02</translation>
        </message>
        <message>
            <source>Orders paid in another currency count in US$ at the European Central Bank's reference rate of their date, shipped with the app{until}. Your rates win over them: for every date, or from a date on.</source>
            <translation>Los pedidos pagados en otra moneda cuentan en US$ al tipo de referencia del Banco Central Europeo de su fecha, incluido en la aplicación{until}. Tus tipos tienen prioridad: para todas las fechas o a partir de una fecha.</translation>
        </message>
        <message>
            <source> (up to {date})</source>
            <translation> (hasta el {date})</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>US$ for 1 unit</source>
            <translation>US$ por 1 unidad</translation>
        </message>
        <message>
            <source>From (blank: every date)</source>
            <translation>Desde (vacío: todas las fechas)</translation>
        </message>
        <message>
            <source>Your exchange rates</source>
            <translation>Tus tipos de cambio</translation>
        </message>
        <message>
            <source>&amp;Add rate</source>
            <translation>&amp;Añadir tipo</translation>
        </message>
        <message>
            <source>Re&amp;move rate</source>
            <translation>&amp;Quitar tipo</translation>
        </message>
        <message>
            <source>Type a three-letter currency code like EUR</source>
            <translation>Escribe un código de moneda de tres letras, como EUR</translation>
        </message>
        <message>
            <source>US$ needs no rate</source>
            <translation>El US$ no necesita tipo</translation>
        </message>
        <message>
            <source>Type the US$ that 1 {code} is worth, like 0.25</source>
            <translation>Escribe cuántos US$ vale 1 {code}, como 0.25</translation>
        </message>
        <message>
            <source>{code} has two rates from the same date</source>
            <translation>{code} tiene dos tipos desde la misma fecha</translation>
        </message>
        <message>
            <source>Row {row}: {problem}.</source>
            <translation>Fila {row}: {problem}.</translation>
        </message>
        <message>
            <source> (the ECB's rates stop on {date})</source>
            <translation> (los tipos del BCE terminan el {date})</translation>
        </message>
        <message>
            <source>Orders in {currency} without a rate yet: {count} ({amount}){since}.</source>
            <translation>Pedidos en {currency} aún sin tipo: {count} ({amount}){since}.</translation>
        </message>
        <message>
            <source>your rate</source>
            <translation>tu tipo</translation>
        </message>
        <message>
            <source>your rate from {date}</source>
            <translation>tu tipo desde el {date}</translation>
        </message>
        <message>
            <source>the ECB's last rate shipped with the app, of {date}</source>
            <translation>el último tipo del BCE incluido en la aplicación, del {date}</translation>
        </message>
        <message>
            <source>the ECB reference rate of {date}</source>
            <translation>el tipo de referencia del BCE del {date}</translation>
        </message>
        <message>
            <source>Paid {amount}; the US$ amounts were converted before, at your rate.</source>
            <translation>Pagado {amount}; los importes en US$ se convirtieron antes, a tu tipo.</translation>
        </message>
        <message>
            <source>Paid {amount}. There is no exchange rate for {currency} on this date, so this order is not counted: set one in Settings ▸ Currencies.</source>
            <translation>Pagado {amount}. No hay tipo de cambio para {currency} en esta fecha, así que este pedido no cuenta: fija uno en Configuración ▸ Monedas.</translation>
        </message>
        <message>
            <source>Paid {amount}; estimated in US$ at 1 {currency} = {rate} US$ ({source}).</source>
            <translation>Pagado {amount}; estimado en US$ a 1 {currency} = {rate} US$ ({source}).</translation>
        </message>
        <message>
            <source>no rate</source>
            <translation>sin tipo</translation>
        </message>
        <message>
            <source>Change exchange rates</source>
            <translation>Cambiar tipos de cambio</translation>
        </message>
        <message>
            <source>orders in {currency}: {count} ({amount})</source>
            <translation>pedidos en {currency}: {count} ({amount})</translation>
        </message>
        <message>
            <source>Not counted, for want of an exchange rate for their dates: {orders}. Your tier and plan leave them out until you set one.</source>
            <translation>Sin contar, por falta de tipo de cambio para sus fechas: {orders}. Tu nivel y tu plan los dejan fuera hasta que fijes uno.</translation>
        </message>
        <message>
            <source>Set a rate for {currency}…</source>
            <translation>Fijar un tipo para {currency}…</translation>
        </message>
    </context>
    <context>
        <name>CurrenciesDialog</name>
        <message>
            <source>Currencies</source>
            <translation>Monedas</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>1 point</source>
            <translation>1 punto</translation>
        </message>
        <message numerus="yes">
            <source>%Ln points</source>
            <translation>
                <numerusform>%Ln punto</numerusform>
                <numerusform>%Ln puntos</numerusform>
            </translation>
        </message>
        <message>
            <source>Working out your points from all your records… Your tier and points appear here in a moment.</source>
            <translation>Calculando tus puntos a partir de todos tus registros… Tu nivel y tus puntos aparecerán aquí en un momento.</translation>
        </message>
        <message>
            <source>You are looking at demo data: a made-up year of a shopper.</source>
            <translation>Estás viendo datos de demostración: un año inventado de un comprador.</translation>
        </message>
        <message>
            <source>&amp;Remove demo data</source>
            <translation>&amp;Quitar los datos de demostración</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>Próximamente</translation>
        </message>
        <message>
            <source>Next recalculation</source>
            <translation>Próximo recálculo</translation>
        </message>
        <message>
            <source>Next tier</source>
            <translation>Próximo nivel</translation>
        </message>
        <message>
            <source>Progress to the next tier</source>
            <translation>Progreso hacia el próximo nivel</translation>
        </message>
        <message>
            <source>Keep your tier</source>
            <translation>Mantén tu nivel</translation>
        </message>
        <message>
            <source>Benefits</source>
            <translation>Beneficios</translation>
        </message>
        <message>
            <source>Points leaving your window</source>
            <translation>Puntos que salen de tu ventana</translation>
        </message>
        <message>
            <source>Points leaving your window, by month</source>
            <translation>Puntos que salen de tu ventana, por mes</translation>
        </message>
        <message>
            <source>The chosen rule set cannot be used, so the default one is shown. {problem}</source>
            <translation>No se puede usar el conjunto de reglas elegido, así que se muestra el predeterminado. {problem}</translation>
        </message>
        <message>
            <source>Your records stay on this computer, in {path}.</source>
            <translation>Tus registros se quedan en este ordenador, en {path}.</translation>
        </message>
        <message>
            <source>Your tier since {date}</source>
            <translation>Tu nivel desde el {date}</translation>
        </message>
        <message>
            <source>The tier every member starts with</source>
            <translation>El nivel con el que empieza todo miembro</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Advertencia</translation>
        </message>
        <message>
            <source>Safe</source>
            <translation>A salvo</translation>
        </message>
        <message>
            <source>point now</source>
            <translation>punto ahora</translation>
        </message>
        <message>
            <source>points now</source>
            <translation>puntos ahora</translation>
        </message>
        <message numerus="yes">
            <source>Points credited in your %n-day window up to today</source>
            <translation>
                <numerusform>Puntos acreditados en tu ventana de %n día hasta hoy</numerusform>
                <numerusform>Puntos acreditados en tu ventana de %n días hasta hoy</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Points credited in your %n-month window up to today</source>
            <translation>
                <numerusform>Puntos acreditados en tu ventana de %n mes hasta hoy</numerusform>
                <numerusform>Puntos acreditados en tu ventana de %n meses hasta hoy</numerusform>
            </translation>
        </message>
        <message>
            <source>of which {points} expected from pending orders</source>
            <translation>de los cuales {points} se esperan de pedidos pendientes</translation>
        </message>
        <message>
            <source>{tier} from {low} · {next} from {high} points</source>
            <translation>{tier} desde {low} · {next} desde {high} puntos</translation>
        </message>
        <message>
            <source>Keep {tier}</source>
            <translation>Mantener {tier}</translation>
        </message>
        <message>
            <source>{tier} benefits</source>
            <translation>Beneficios de {tier}</translation>
        </message>
        <message>
            <source>No special benefits.</source>
            <translation>Sin beneficios especiales.</translation>
        </message>
        <message>
            <source>Dropping to {tier} on {date} ends all of these.</source>
            <translation>Bajar a {tier} el {date} acaba con todos ellos.</translation>
        </message>
        <message>
            <source>Dropping to {tier} on {date} costs you: {lost}.</source>
            <translation>Bajar a {tier} el {date} te cuesta: {lost}.</translation>
        </message>
        <message>
            <source>Points leaving: {months}.</source>
            <translation>Puntos que salen: {months}.</translation>
        </message>
        <message>
            <source>Each point counts for a year; these leave your total in each coming month.</source>
            <translation>Cada punto cuenta durante un año; estos salen de tu total en cada uno de los próximos meses.</translation>
        </message>
        <message numerus="yes">
            <source>At each month end the points earned %n months before drop out.</source>
            <translation>
                <numerusform>Al final de cada mes salen los puntos ganados %n mes antes.</numerusform>
                <numerusform>Al final de cada mes salen los puntos ganados %n meses antes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Demo data loaded: %n records.</source>
            <translation>
                <numerusform>Datos de demostración cargados: %n registro.</numerusform>
                <numerusform>Datos de demostración cargados: %n registros.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Demo data removed: %n records.</source>
            <translation>
                <numerusform>Datos de demostración eliminados: %n registro.</numerusform>
                <numerusform>Datos de demostración eliminados: %n registros.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>Choose from a calendar</source>
            <translation>Elegir en un calendario</translation>
        </message>
        <message>
            <source>Type a date like {example} or {iso}, or press Alt+Down for a calendar</source>
            <translation>Escribe una fecha como {example} o {iso}, o pulsa Alt+Abajo para ver un calendario</translation>
        </message>
        <message>
            <source>Enter a date</source>
            <translation>Escribe una fecha</translation>
        </message>
        <message>
            <source>“{text}” is not a date: type it like {example} or {iso}</source>
            <translation>«{text}» no es una fecha: escríbela como {example} o {iso}</translation>
        </message>
        <message>
            <source>Choose {date} or later</source>
            <translation>Elige el {date} o una fecha posterior</translation>
        </message>
        <message>
            <source>Choose {date} or earlier</source>
            <translation>Elige el {date} o una fecha anterior</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Clear {name}</source>
            <translation>Borrar {name}</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Points Tracker databases (*.sqlite3);;All files (*)</source>
            <translation>Bases de datos de Points Tracker (*.sqlite3);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>What you bought</source>
            <translation>Lo que compraste</translation>
        </message>
        <message>
            <source>refund date</source>
            <translation>fecha de reembolso</translation>
        </message>
        <message>
            <source>Date unknown</source>
            <translation>Fecha desconocida</translation>
        </message>
        <message>
            <source>Edit visits calendar</source>
            <translation>Editar el calendario de visitas</translation>
        </message>
        <message>
            <source>Orders and activity (*.csv *.tsv *.txt *.json *.xlsx);;All files (*)</source>
            <translation>Pedidos y actividad (*.csv *.tsv *.txt *.json *.xlsx);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Save as preset</source>
            <translation>Guardar como preajuste</translation>
        </message>
        <message>
            <source>Name for these settings:</source>
            <translation>Nombre para estos ajustes:</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>Revisando cada fila…</translation>
        </message>
        <message>
            <source>Cancelling leaves your records exactly as they were before.</source>
            <translation>Cancelar deja tus registros exactamente como estaban antes.</translation>
        </message>
        <message>
            <source>{label} is chosen for “{value}” and “{value2}”: the first is used.</source>
            <translation>{label} está elegido para «{value}» y «{value2}»: se usa el primero.</translation>
        </message>
        <message>
            <source>Each month</source>
            <translation>Cada mes</translation>
        </message>
        <message>
            <source>Registration date</source>
            <translation>Fecha de registro</translation>
        </message>
        <message>
            <source>{file} (your file)</source>
            <translation>{file} (tu archivo)</translation>
        </message>
        <message>
            <source>That file cannot be used: {error}</source>
            <translation>No se puede usar ese archivo: {error}</translation>
        </message>
    </context>
    <context>
        <name>Drafts</name>
        <message>
            <source>{text} is too long: at most {count} characters</source>
            <translation>{text} tiene demasiados caracteres: {count} como máximo</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Tienda</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Product id</source>
            <translation>ID del producto</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>{amount} cannot be negative</source>
            <translation>{amount} no puede ser negativo</translation>
        </message>
        <message>
            <source>{amount} is too large: at most {maximum}</source>
            <translation>{amount} es demasiado grande: como máximo {maximum}</translation>
        </message>
        <message>
            <source>Order number is too long</source>
            <translation>El número de pedido es demasiado largo</translation>
        </message>
        <message>
            <source>An order needs at least one item</source>
            <translation>Un pedido necesita al menos un artículo</translation>
        </message>
        <message>
            <source>Quantity must be at least 1</source>
            <translation>La cantidad debe ser al menos 1</translation>
        </message>
        <message>
            <source>Quantity is too large: at most 100,000</source>
            <translation>La cantidad es demasiado grande: como máximo 100.000</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Precio</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Descuento</translation>
        </message>
        <message>
            <source>Shipping</source>
            <translation>Envío</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Reembolso</translation>
        </message>
        <message>
            <source>Amount paid</source>
            <translation>Importe pagado</translation>
        </message>
        <message>
            <source>The items come to more than 100,000,000.00: check the prices</source>
            <translation>Los artículos suman más de 100.000.000,00: revisa los precios</translation>
        </message>
        <message>
            <source>Refund cannot be more than the order total</source>
            <translation>El reembolso no puede superar el total del pedido</translation>
        </message>
        <message>
            <source>A pending order has no confirmation date; mark it confirmed</source>
            <translation>Un pedido pendiente no tiene fecha de confirmación; márcalo como confirmado</translation>
        </message>
        <message>
            <source>A cancelled order has no confirmation date</source>
            <translation>Un pedido cancelado no tiene fecha de confirmación</translation>
        </message>
        <message>
            <source>Confirmation date cannot be before the order date</source>
            <translation>La fecha de confirmación no puede ser anterior a la del pedido</translation>
        </message>
        <message>
            <source>Expected confirmation cannot be before the order date</source>
            <translation>La confirmación prevista no puede ser anterior a la fecha del pedido</translation>
        </message>
        <message>
            <source>Enter the refund amount, or clear the refund date</source>
            <translation>Indica el importe del reembolso o borra la fecha de reembolso</translation>
        </message>
        <message>
            <source>Refund date cannot be before the order date</source>
            <translation>La fecha de reembolso no puede ser anterior a la del pedido</translation>
        </message>
        <message>
            <source>Currency must be a three-letter code like USD</source>
            <translation>La moneda debe ser un código de tres letras como USD</translation>
        </message>
        <message>
            <source>An order in US$ has no amounts in another currency</source>
            <translation>Un pedido en US$ no tiene importes en otra moneda</translation>
        </message>
        <message>
            <source>Each item needs its price as paid</source>
            <translation>Cada artículo necesita su precio pagado</translation>
        </message>
        <message>
            <source>Item price</source>
            <translation>Precio del artículo</translation>
        </message>
        <message>
            <source>Points cannot be 0</source>
            <translation>Los puntos no pueden ser 0</translation>
        </message>
        <message>
            <source>Points are too many: at most 10,000,000</source>
            <translation>Demasiados puntos: como máximo 10.000.000</translation>
        </message>
        <message>
            <source>A bonus cannot be negative; use an adjustment</source>
            <translation>Una bonificación no puede ser negativa; usa un ajuste</translation>
        </message>
        <message>
            <source>Multiplier must be a number like 2 or 1.5</source>
            <translation>El multiplicador debe ser un número como 2 o 1,5</translation>
        </message>
        <message>
            <source>Multiplier must be at least 1: a promotion never lowers points</source>
            <translation>El multiplicador debe ser al menos 1: una promoción nunca resta puntos</translation>
        </message>
        <message>
            <source>Multiplier is too large: at most 100</source>
            <translation>El multiplicador es demasiado grande: como máximo 100</translation>
        </message>
        <message>
            <source>Multiplier has too many decimals: at most 4, like 1.25</source>
            <translation>El multiplicador tiene demasiados decimales: 4 como máximo, como 1.25</translation>
        </message>
        <message>
            <source>End date cannot be before the start date</source>
            <translation>La fecha final no puede ser anterior a la inicial</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <source>Track your member points</source>
            <translation>Lleva la cuenta de tus puntos de miembro</translation>
        </message>
        <message>
            <source>Record your AliExpress orders, reviews and daily Member Center visits. Points Tracker works out your tier, tells you when it lapses and what to spend to keep it.</source>
            <translation>Registra tus pedidos de AliExpress, tus reseñas y tus visitas diarias al Centro de miembros. Points Tracker calcula tu nivel, te dice cuándo vence y cuánto gastar para mantenerlo.</translation>
        </message>
        <message>
            <source>&amp;Add your first order</source>
            <translation>&amp;Añadir tu primer pedido</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>&amp;Importar un archivo…</translation>
        </message>
        <message>
            <source>Try with &amp;demo data</source>
            <translation>Probar con datos de &amp;demostración</translation>
        </message>
    </context>
    <context>
        <name>EntryForm</name>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <source>Bonus (games, tasks, coupons)</source>
            <translation>Bonificación (juegos, tareas, cupones)</translation>
        </message>
        <message>
            <source>Adjustment (opening balance, correction)</source>
            <translation>Ajuste (saldo inicial, corrección)</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>An adjustment may be negative, to correct a total</source>
            <translation>Un ajuste puede ser negativo, para corregir un total</translation>
        </message>
        <message>
            <source>&amp;Points:</source>
            <translation>&amp;Puntos:</translation>
        </message>
        <message>
            <source>Optional, e.g. Coin game, 11.11</source>
            <translation>Opcional, p. ej. juego de monedas, 11.11</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Nota:</translation>
        </message>
    </context>
    <context>
        <name>Exporting</name>
        <message>
            <source>Exported {orders}, {activity} and {promotions} to {folder}.</source>
            <translation>Se exportaron {orders}, {activity} y {promotions} a {folder}.</translation>
        </message>
        <message>
            <source>1 order</source>
            <translation>1 pedido</translation>
        </message>
        <message numerus="yes">
            <source>%Ln orders</source>
            <translation>
                <numerusform>%Ln pedido</numerusform>
                <numerusform>%Ln pedidos</numerusform>
            </translation>
        </message>
        <message>
            <source>1 activity row</source>
            <translation>1 fila de actividad</translation>
        </message>
        <message numerus="yes">
            <source>%Ln activity rows</source>
            <translation>
                <numerusform>%Ln fila de actividad</numerusform>
                <numerusform>%Ln filas de actividad</numerusform>
            </translation>
        </message>
        <message>
            <source>1 promotion</source>
            <translation>1 promoción</translation>
        </message>
        <message numerus="yes">
            <source>%Ln promotions</source>
            <translation>
                <numerusform>%Ln promoción</numerusform>
                <numerusform>%Ln promociones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>AliExpress-Order-Export: orders</source>
            <translation>AliExpress-Order-Export: pedidos</translation>
        </message>
        <message>
            <source>AliExpress-Order-Export: order lines</source>
            <translation>AliExpress-Order-Export: líneas de pedido</translation>
        </message>
        <message>
            <source>AliExpress-Order-Export workbook: Orders sheet</source>
            <translation>Libro de AliExpress-Order-Export: hoja Orders</translation>
        </message>
        <message>
            <source>AliExpress-Order-Export workbook: Order Lines sheet</source>
            <translation>Libro de AliExpress-Order-Export: hoja Order Lines</translation>
        </message>
        <message>
            <source>AliExpress data download</source>
            <translation>Descarga de datos de AliExpress</translation>
        </message>
        <message>
            <source>Type or paste a file's path, or choose one</source>
            <translation>Escribe o pega la ruta de un archivo, o elige uno</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Archivo que importar</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Elegir archivo…</translation>
        </message>
        <message>
            <source>…or drop a CSV, JSON or Excel file anywhere on this window.</source>
            <translation>…o suelta un archivo CSV, JSON o Excel en cualquier parte de esta ventana.</translation>
        </message>
        <message>
            <source>A CSV, JSON or Excel file of your orders, refunds or activity: from AliExpress's own data download, My Purchases Collector, AliExpress-Order-Export, aliexpress-mcp, another order exporter, Points Tracker's export, or one you made yourself in a spreadsheet.</source>
            <translation>Un archivo CSV, JSON o Excel con tus pedidos, reembolsos o actividad: de la descarga de datos de AliExpress, de My Purchases Collector, AliExpress-Order-Export, aliexpress-mcp u otro exportador de pedidos, de la exportación de Points Tracker o uno hecho por ti en una hoja de cálculo.</translation>
        </message>
        <message>
            <source>Read it as</source>
            <translation>Leerlo como</translation>
        </message>
        <message>
            <source>Which file?</source>
            <translation>¿Qué archivo?</translation>
        </message>
        <message>
            <source>Recognise it automatically</source>
            <translation>Reconocerlo automáticamente</translation>
        </message>
        <message>
            <source>aliexpress-mcp: orders</source>
            <translation>aliexpress-mcp: pedidos</translation>
        </message>
        <message>
            <source>aliexpress-mcp: order lines</source>
            <translation>aliexpress-mcp: líneas de pedido</translation>
        </message>
        <message>
            <source>aliexpress-mcp: refunds</source>
            <translation>aliexpress-mcp: reembolsos</translation>
        </message>
        <message>
            <source>aliexpress-order-downloader (no header row)</source>
            <translation>aliexpress-order-downloader (sin fila de encabezados)</translation>
        </message>
        <message>
            <source>aliexpress-order-exporter (first version)</source>
            <translation>aliexpress-order-exporter (primera versión)</translation>
        </message>
        <message>
            <source>Old order list scraper (semicolons)</source>
            <translation>Extractor antiguo de la lista de pedidos (punto y coma)</translation>
        </message>
        <message>
            <source>Old order details scraper</source>
            <translation>Extractor antiguo de los detalles del pedido</translation>
        </message>
    </context>
    <context>
        <name>FollowForm</name>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <source>The store you followed</source>
            <translation>La tienda que seguiste</translation>
        </message>
        <message>
            <source>&amp;Store:</source>
            <translation>&amp;Tienda:</translation>
        </message>
    </context>
    <context>
        <name>FormatPage</name>
        <message>
            <source>Automatic</source>
            <translation>Automático</translation>
        </message>
        <message>
            <source>Comma ( , )</source>
            <translation>Coma ( , )</translation>
        </message>
        <message>
            <source>Semicolon ( ; )</source>
            <translation>Punto y coma ( ; )</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tabulador</translation>
        </message>
        <message>
            <source>Bar ( | )</source>
            <translation>Barra ( | )</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>comas</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>punto y coma</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabuladores</translation>
        </message>
        <message>
            <source>bar</source>
            <translation>barras</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Pedidos</translation>
        </message>
        <message>
            <source>Activity (reviews, visits …)</source>
            <translation>Actividad (reseñas, visitas…)</translation>
        </message>
        <message>
            <source>Points history</source>
            <translation>Historial de puntos</translation>
        </message>
        <message>
            <source>Refunds of orders already recorded</source>
            <translation>Reembolsos de pedidos ya registrados</translation>
        </message>
        <message>
            <source>No header</source>
            <translation>Sin encabezado</translation>
        </message>
        <message>
            <source>Text encoding</source>
            <translation>Codificación del texto</translation>
        </message>
        <message>
            <source>Separator</source>
            <translation>Separador</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Hoja</translation>
        </message>
        <message>
            <source>The file holds</source>
            <translation>El archivo contiene</translation>
        </message>
        <message>
            <source>Column names on line</source>
            <translation>Nombres de columna en la línea</translation>
        </message>
        <message>
            <source>Skip lines at the top</source>
            <translation>Omitir líneas al principio</translation>
        </message>
        <message>
            <source>Leave out rows at the end</source>
            <translation>Omitir filas al final</translation>
        </message>
        <message>
            <source>How is it written?</source>
            <translation>¿Cómo está escrito?</translation>
        </message>
        <message>
            <source>Excel workbook, sheet “{sheet}”</source>
            <translation>Libro de Excel, hoja «{sheet}»</translation>
        </message>
        <message>
            <source>JSON records, one row each</source>
            <translation>Registros JSON, una fila cada uno</translation>
        </message>
        <message>
            <source>{encoding} with a byte-order mark</source>
            <translation>{encoding} con marca de orden de bytes</translation>
        </message>
        <message>
            <source>{encoding}, {separator}-separated</source>
            <translation>{encoding}, separado por {separator}</translation>
        </message>
        <message>
            <source>(Excel's “sep=” line)</source>
            <translation>(línea «sep=» de Excel)</translation>
        </message>
        <message>
            <source>column names from the records' keys</source>
            <translation>nombres de columna tomados de las claves de los registros</translation>
        </message>
        <message>
            <source>column names on line {line}</source>
            <translation>nombres de columna en la línea {line}</translation>
        </message>
        <message>
            <source>no header row</source>
            <translation>sin fila de encabezado</translation>
        </message>
        <message>
            <source>about 1 row</source>
            <translation>aproximadamente 1 fila</translation>
        </message>
        <message numerus="yes">
            <source>about %Ln rows</source>
            <translation>
                <numerusform>aproximadamente %Ln fila</numerusform>
                <numerusform>aproximadamente %Ln filas</numerusform>
            </translation>
        </message>
        <message>
            <source>Read as {how}; {header}; {rows}.</source>
            <translation>Leído como {how}; {header}; {rows}.</translation>
        </message>
        <message>
            <source>It is Points Tracker's own file: read exactly as written.</source>
            <translation>Es un archivo propio de Points Tracker: se lee tal cual.</translation>
        </message>
    </context>
    <context>
        <name>HowPointsWork</name>
        <message>
            <source>{n}st</source>
            <translation>{n}</translation>
        </message>
        <message>
            <source>{n}nd</source>
            <translation>{n}</translation>
        </message>
        <message>
            <source>{n}rd</source>
            <translation>{n}</translation>
        </message>
        <message>
            <source>{n}th</source>
            <translation>{n}</translation>
        </message>
        <message>
            <source>1 point</source>
            <translation>1 punto</translation>
        </message>
        <message numerus="yes">
            <source>%n points</source>
            <translation>
                <numerusform>%n punto</numerusform>
                <numerusform>%n puntos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your tier follows the points of the last %n days, every day.</source>
            <translation>
                <numerusform>Tu nivel sigue los puntos de los últimos %n día, cada día.</numerusform>
                <numerusform>Tu nivel sigue los puntos de los últimos %n días, cada día.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your tier is recalculated on the last day of every month from the points of the last %n calendar months, and takes effect on the {day} of the next month.</source>
            <translation>
                <numerusform>Tu nivel se recalcula el último día de cada mes con los puntos del último %n mes natural y entra en vigor el día {day} del mes siguiente.</numerusform>
                <numerusform>Tu nivel se recalcula el último día de cada mes con los puntos de los últimos %n meses naturales y entra en vigor el día {day} del mes siguiente.</numerusform>
            </translation>
        </message>
        <message>
            <source>Orders: {points} per order of {minimum} or more, at most {cap} a day, when you confirm receipt.</source>
            <translation>Pedidos: {points} por pedido de {minimum} o más, como máximo {cap} al día, al confirmar la recepción.</translation>
        </message>
        <message>
            <source>rounded down</source>
            <translation>redondeado hacia abajo</translation>
        </message>
        <message>
            <source>rounded to the nearest dollar</source>
            <translation>redondeado al dólar más cercano</translation>
        </message>
        <message>
            <source>Orders: {points} per US$1 of item prices after discounts ({rounding}; shipping never counts), when you confirm receipt. Orders under {minimum} earn nothing</source>
            <translation>Pedidos: {points} por cada 1 US$ del precio de los artículos tras descuentos ({rounding}; el envío nunca cuenta), al confirmar la recepción. Los pedidos de menos de {minimum} no ganan nada</translation>
        </message>
        <message>
            <source>; at most {count} points an order</source>
            <translation>; como máximo {count} puntos por pedido</translation>
        </message>
        <message>
            <source>; only the first {count} orders of a product count</source>
            <translation>; solo cuentan los primeros {count} pedidos de un producto</translation>
        </message>
        <message>
            <source>Refunds: a cancelled or fully refunded order earns nothing; a partial refund takes away its share of the points.</source>
            <translation>Reembolsos: un pedido cancelado o reembolsado por completo no gana nada; un reembolso parcial resta su parte de los puntos.</translation>
        </message>
        <message>
            <source>Refunds: a cancelled or fully refunded order earns nothing; a partly refunded order earns nothing either.</source>
            <translation>Reembolsos: un pedido cancelado o reembolsado por completo no gana nada; un pedido reembolsado en parte tampoco gana nada.</translation>
        </message>
        <message>
            <source>Several categories in a day: {points} per category on a day whose orders span {minimum} or more categories, at most {cap} a day.</source>
            <translation>Varias categorías en un día: {points} por categoría en un día cuyos pedidos abarcan {minimum} o más categorías, como máximo {cap} al día.</translation>
        </message>
        <message>
            <source>Purchase days: {points} for every day you buy.</source>
            <translation>Días de compra: {points} por cada día que compras.</translation>
        </message>
        <message>
            <source>Reviews: {points} per review of an item of {minimum} or more (an unknown price counts).</source>
            <translation>Reseñas: {points} por reseña de un artículo de {minimum} o más (un precio desconocido cuenta).</translation>
        </message>
        <message>
            <source>Reviews: {points} per review of an item of {minimum} or more.</source>
            <translation>Reseñas: {points} por reseña de un artículo de {minimum} o más.</translation>
        </message>
        <message>
            <source>Member Center visits: {points} per day you visit</source>
            <translation>Visitas al Centro de miembros: {points} por cada día que lo visitas</translation>
        </message>
        <message>
            <source>{rule}, the first {cap} days of a month</source>
            <translation>{rule}, los primeros {cap} días de cada mes</translation>
        </message>
        <message>
            <source>Club posts: {points} per post</source>
            <translation>Publicaciones en el Club: {points} por publicación</translation>
        </message>
        <message>
            <source>{rule}, the first {cap} posts of a month</source>
            <translation>{rule}, las primeras {cap} publicaciones de cada mes</translation>
        </message>
        <message>
            <source>Store follows: {points} per store you follow</source>
            <translation>Tiendas seguidas: {points} por tienda que sigues</translation>
        </message>
        <message>
            <source>{rule}, the first {cap} stores of a month</source>
            <translation>{rule}, las primeras {cap} tiendas de cada mes</translation>
        </message>
        <message>
            <source>Promotions you record (11.11 and the like) multiply the points of orders placed during them.</source>
            <translation>Las promociones que registras (11.11 y similares) multiplican los puntos de los pedidos hechos durante ellas.</translation>
        </message>
        <message>
            <source>Tiers</source>
            <translation>Niveles</translation>
        </message>
        <message>
            <source>{low}–{high} points</source>
            <translation>{low}–{high} puntos</translation>
        </message>
        <message>
            <source>{low} or more points</source>
            <translation>{low} puntos o más</translation>
        </message>
        <message>
            <source>Your tier</source>
            <translation>Tu nivel</translation>
        </message>
        <message>
            <source>Earning points</source>
            <translation>Cómo ganar puntos</translation>
        </message>
        <message>
            <source>Sources: {sources}</source>
            <translation>Fuentes: {sources}</translation>
        </message>
        <message>
            <source>File: {path}</source>
            <translation>Archivo: {path}</translation>
        </message>
    </context>
    <context>
        <name>HowPointsWorkDialog</name>
        <message>
            <source>How points work</source>
            <translation>Cómo funcionan los puntos</translation>
        </message>
    </context>
    <context>
        <name>ImageSizeDialog</name>
        <message>
            <source>Save chart as PNG</source>
            <translation>Guardar el gráfico como PNG</translation>
        </message>
        <message>
            <source>As on &amp;screen ({width} × {height} pixels)</source>
            <translation>Como en &amp;pantalla ({width} × {height} píxeles)</translation>
        </message>
        <message>
            <source>&amp;Large, for a slide or a web page ({width} × {height} pixels)</source>
            <translation>&amp;Grande, para una diapositiva o una página web ({width} × {height} píxeles)</translation>
        </message>
        <message>
            <source>For &amp;printing on A4 or Letter paper ({width} × {height} pixels, 300 dpi)</source>
            <translation>Para &amp;imprimir en papel A4 o Carta ({width} × {height} píxeles, 300 ppp)</translation>
        </message>
        <message>
            <source>How large should the picture be?</source>
            <translation>¿De qué tamaño debe ser la imagen?</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>1 row has a problem</source>
            <translation>1 fila tiene un problema</translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows have problems</source>
            <translation>
                <numerusform>%Ln fila tiene problemas</numerusform>
                <numerusform>%Ln filas tienen problemas</numerusform>
            </translation>
        </message>
        <message>
            <source>{rows}, so nothing was imported: a Points Tracker file is imported whole or not at all. Fix them and import the file again.</source>
            <translation>{rows}, así que no se importó nada: un archivo de Points Tracker se importa entero o no se importa. Corrígelas e importa el archivo de nuevo.</translation>
        </message>
        <message>
            <source>{rows}, so nothing was imported. Fix them (save the rejected rows as a CSV file, correct them and import that), or choose to skip rows with errors.</source>
            <translation>{rows}, así que no se importó nada. Corrígelas (guarda las filas rechazadas como CSV, corrígelas e importa ese archivo) o elige omitir las filas con errores.</translation>
        </message>
        <message>
            <source>Nothing to import: no row of the file could be read.</source>
            <translation>Nada que importar: no se pudo leer ninguna fila del archivo.</translation>
        </message>
        <message>
            <source>year-month-day (2026-02-20, 2026/02/20)</source>
            <translation>año-mes-día (2026-02-20, 2026/02/20)</translation>
        </message>
        <message>
            <source>day/month/year (07.03.2024, 7/3/2024, 07-03-2024)</source>
            <translation>día/mes/año (07.03.2024, 7/3/2024, 07-03-2024)</translation>
        </message>
        <message>
            <source>month/day/year (3/7/2024 for March 7)</source>
            <translation>mes/día/año (3/7/2024 para el 7 de marzo)</translation>
        </message>
        <message>
            <source>day, month name, year (10 Feb 2026, 24 nov, 2023, 7 de marzo de 2024, 7 марта 2024)</source>
            <translation>día, nombre del mes, año (10 Feb 2026, 24 nov, 2023, 7 de marzo de 2024, 7 марта 2024)</translation>
        </message>
        <message>
            <source>month name, day, year (Feb 10, 2026, February 10 2026)</source>
            <translation>nombre del mes, día, año (Feb 10, 2026, February 10 2026)</translation>
        </message>
        <message>
            <source>year, month and day run together (20260220)</source>
            <translation>año, mes y día juntos (20260220)</translation>
        </message>
        <message>
            <source>January</source>
            <translation>enero</translation>
        </message>
        <message>
            <source>February</source>
            <translation>febrero</translation>
        </message>
        <message>
            <source>March</source>
            <translation>marzo</translation>
        </message>
        <message>
            <source>April</source>
            <translation>abril</translation>
        </message>
        <message>
            <source>May</source>
            <translation>mayo</translation>
        </message>
        <message>
            <source>June</source>
            <translation>junio</translation>
        </message>
        <message>
            <source>July</source>
            <translation>julio</translation>
        </message>
        <message>
            <source>August</source>
            <translation>agosto</translation>
        </message>
        <message>
            <source>September</source>
            <translation>septiembre</translation>
        </message>
        <message>
            <source>October</source>
            <translation>octubre</translation>
        </message>
        <message>
            <source>November</source>
            <translation>noviembre</translation>
        </message>
        <message>
            <source>December</source>
            <translation>diciembre</translation>
        </message>
        <message>
            <source>Unknown date format “{value}”: write it like DD.MM.YYYY, MM/DD/YYYY, YYYY-MM-DD, D MMM YYYY or MMM D, YYYY (any separator), or as strftime such as %d.%m.%Y.</source>
            <translation>Formato de fecha desconocido «{value}»: escríbelo como DD.MM.YYYY, MM/DD/YYYY, YYYY-MM-DD, D MMM YYYY o MMM D, YYYY (con cualquier separador), o en formato strftime, como %d.%m.%Y.</translation>
        </message>
        <message>
            <source>Unknown date format {value}; choose one of: {known}.</source>
            <translation>Formato de fecha desconocido {value}; elige uno de: {known}.</translation>
        </message>
        <message>
            <source>“{text}” is too long to be a date.</source>
            <translation>«{text}» es demasiado largo para ser una fecha.</translation>
        </message>
        <message>
            <source>“{text}” is not a date written as {description}.</source>
            <translation>«{text}» no es una fecha escrita como {description}.</translation>
        </message>
        <message>
            <source>“{text}” in “{whole}” is not a month name.</source>
            <translation>«{text}» en «{whole}» no es el nombre de un mes.</translation>
        </message>
        <message>
            <source>“{text}” has the year {year}, which cannot be right.</source>
            <translation>«{text}» tiene el año {year}, que no puede ser correcto.</translation>
        </message>
        <message>
            <source>“{text}” is not a real date: there is no month {month}.</source>
            <translation>«{text}» no es una fecha real: no existe el mes {month}.</translation>
        </message>
        <message>
            <source>“{text}” is not a real date: {month} {year} has {last_day} days.</source>
            <translation>«{text}» no es una fecha real: {month} de {year} tiene {last_day} días.</translation>
        </message>
        <message>
            <source>This file is not an Excel workbook, so it has no sheet “{sheet}”.</source>
            <translation>Este archivo no es un libro de Excel, así que no tiene la hoja «{sheet}».</translation>
        </message>
        <message>
            <source>This is a Points Tracker CSV (its first row is the app's own header), which is read exactly as written: import it without a preset or a column mapping.</source>
            <translation>Este es un CSV de Points Tracker (su primera fila es un encabezado propio de la aplicación), que se lee exactamente como está escrito: impórtalo sin preajuste ni asignación de columnas.</translation>
        </message>
        <message>
            <source>This is not a Points Tracker CSV: its first row is not one of the app's own headers. Choose another preset, or map the columns yourself.</source>
            <translation>Este no es un CSV de Points Tracker: su primera fila no es uno de los encabezados propios de la aplicación. Elige otro preajuste o asigna tú las columnas.</translation>
        </message>
        <message>
            <source>The file has no rows below its header.</source>
            <translation>El archivo no tiene filas debajo del encabezado.</translation>
        </message>
        <message>
            <source>The file has no order date, so the payment date (“{column}”) stands in for it: AliExpress takes the payment when the order is placed, so it is the same day or close to it.</source>
            <translation>El archivo no tiene fecha del pedido, así que la sustituye la fecha de pago («{column}»): AliExpress cobra al hacer el pedido, de modo que es el mismo día o uno muy cercano.</translation>
        </message>
        <message>
            <source>Each row is taken as money you got back for its order, on its date: leave out of the file any refund that was refused or is still open. An order's refund becomes the sum of its rows here.</source>
            <translation>Cada fila se toma como dinero que te devolvieron por su pedido, en su fecha: quita del archivo los reembolsos rechazados o aún abiertos. El reembolso de un pedido pasa a ser la suma de sus filas aquí.</translation>
        </message>
        <message>
            <source>These rows are kept as AliExpress's own history, to check your records against (Check against AliExpress). They add no points of their own, so nothing counts twice.</source>
            <translation>Estas filas se guardan como el historial propio de AliExpress, para comprobar con él tus registros (Comprobar con AliExpress). No suman puntos por sí mismas, así que nada cuenta dos veces.</translation>
        </message>
        <message>
            <source>“{name}” is not a field of {kind} files; use one of: {known}.</source>
            <translation>«{name}» no es un campo de los archivos de {kind}; usa uno de: {known}.</translation>
        </message>
        <message>
            <source>The file has no column “{column}” (for {label}).</source>
            <translation>El archivo no tiene la columna «{column}» (para {label}).</translation>
        </message>
        <message>
            <source>{label} is taken from two columns: choose one.</source>
            <translation>{label} se toma de dos columnas: elige una.</translation>
        </message>
        <message>
            <source>Column “{header}” is mapped to {label}, which {kind} files do not use.</source>
            <translation>La columna «{header}» está asignada a {label}, que los archivos de {kind} no usan.</translation>
        </message>
        <message>
            <source>No column is mapped to the order number.</source>
            <translation>Ninguna columna está asignada al número de pedido.</translation>
        </message>
        <message>
            <source>No column is mapped to the refund date.</source>
            <translation>Ninguna columna está asignada a la fecha de reembolso.</translation>
        </message>
        <message>
            <source>No column is mapped to the refund (or the price of the item refunded).</source>
            <translation>Ninguna columna está asignada al reembolso (ni al precio del artículo reembolsado).</translation>
        </message>
        <message>
            <source>No column is mapped to the order date.</source>
            <translation>Ninguna columna está asignada a la fecha del pedido.</translation>
        </message>
        <message>
            <source>No column is mapped to an amount (unit price, line total or order total).</source>
            <translation>Ninguna columna está asignada a un importe (precio unitario, total de línea o total del pedido).</translation>
        </message>
        <message>
            <source>The file has no status column: choose the status its orders get.</source>
            <translation>El archivo no tiene columna de estado: elige el estado que reciben sus pedidos.</translation>
        </message>
        <message>
            <source>No column is mapped to the date.</source>
            <translation>Ninguna columna está asignada a la fecha.</translation>
        </message>
        <message>
            <source>No column is mapped to the points.</source>
            <translation>Ninguna columna está asignada a los puntos.</translation>
        </message>
        <message>
            <source>The file has no kind column: choose what its rows are (reviews, visits …).</source>
            <translation>El archivo no tiene columna de tipo: elige qué son sus filas (reseñas, visitas…).</translation>
        </message>
        <message>
            <source>“{text}” is not a currency we know.</source>
            <translation>«{text}» no es una moneda conocida.</translation>
        </message>
        <message>
            <source>The decimal separator must be “.” or “,”, not {decimal}.</source>
            <translation>El separador decimal debe ser «.» o «,», no {decimal}.</translation>
        </message>
        <message>
            <source>The order number is empty.</source>
            <translation>El número de pedido está vacío.</translation>
        </message>
        <message>
            <source>The refund date is empty.</source>
            <translation>La fecha de reembolso está vacía.</translation>
        </message>
        <message>
            <source>The amount is empty.</source>
            <translation>El importe está vacío.</translation>
        </message>
        <message>
            <source>Order {order_no} is not recorded: import your orders first, then this file.</source>
            <translation>El pedido {order_no} no está registrado: importa primero tus pedidos y después este archivo.</translation>
        </message>
        <message>
            <source>The refund is in {currency}, but order {order_no} was paid in {paid}: give the refund in {paid}.</source>
            <translation>El reembolso está en {currency}, pero el pedido {order_no} se pagó en {paid}: indica el reembolso en {paid}.</translation>
        </message>
        <message>
            <source>The refund is in {currency}, which has no exchange rate to US$ yet: set one, then import again.</source>
            <translation>El reembolso está en {currency}, que aún no tiene tipo de cambio a US$: fija uno e importa de nuevo.</translation>
        </message>
        <message>
            <source>Order {order_no}: {problem}.</source>
            <translation>Pedido {order_no}: {problem}.</translation>
        </message>
        <message>
            <source>“{text}” is too long to be an amount.</source>
            <translation>«{text}» es demasiado largo para ser un importe.</translation>
        </message>
        <message>
            <source>“{text}” has no number in it.</source>
            <translation>«{text}» no contiene ningún número.</translation>
        </message>
        <message>
            <source>“{text}” does not read as one amount.</source>
            <translation>«{text}» no se lee como un único importe.</translation>
        </message>
        <message>
            <source>“{text}” names two currencies.</source>
            <translation>«{text}» nombra dos monedas.</translation>
        </message>
        <message>
            <source>“{text}” is not an amount: {message}</source>
            <translation>«{text}» no es un importe: {message}</translation>
        </message>
        <message>
            <source>“{text}” has more than one sign.</source>
            <translation>«{text}» tiene más de un signo.</translation>
        </message>
        <message>
            <source>“{text}” does not read as an amount with “{decimal}” for decimals.</source>
            <translation>«{text}» no se lee como un importe con «{decimal}» para los decimales.</translation>
        </message>
        <message>
            <source>“{text}” does not read as an amount with “{decimal}” for decimals (thousands come in groups of three digits).</source>
            <translation>«{text}» no se lee como un importe con «{decimal}» para los decimales (los miles van en grupos de tres cifras).</translation>
        </message>
        <message>
            <source>“{text}” has more than two decimal places.</source>
            <translation>«{text}» tiene más de dos decimales.</translation>
        </message>
        <message>
            <source>“{text}” is too large to be a price.</source>
            <translation>«{text}» es demasiado grande para ser un precio.</translation>
        </message>
        <message>
            <source>{value} is not a date like 2026-02-20</source>
            <translation>{value} no es una fecha como 2026-02-20</translation>
        </message>
        <message>
            <source>{value} is not an amount like 12.34</source>
            <translation>{value} no es un importe como 12.34</translation>
        </message>
        <message>
            <source>{text} is too large</source>
            <translation>{text} es demasiado grande</translation>
        </message>
        <message>
            <source>{value} is not an amount like 12.34 (two decimals at most)</source>
            <translation>{value} no es un importe como 12.34 (dos decimales como máximo)</translation>
        </message>
        <message>
            <source>{value} is not a whole number of points</source>
            <translation>{value} no es un número entero de puntos</translation>
        </message>
        <message>
            <source>{value} is not a number like 2 or 1.5</source>
            <translation>{value} no es un número como 2 o 1.5</translation>
        </message>
        <message>
            <source>{text} is not a multiplier between 0 and 100</source>
            <translation>{text} no es un multiplicador entre 0 y 100</translation>
        </message>
        <message>
            <source>item {number}</source>
            <translation>artículo {number}</translation>
        </message>
        <message>
            <source>{where} is not an object with {keys}</source>
            <translation>{where} no es un objeto con {keys}</translation>
        </message>
        <message>
            <source>{where}: item, product_id and category are text</source>
            <translation>{where}: item, product_id y category son texto</translation>
        </message>
        <message>
            <source>{where}: quantity is a whole number and unit_price_usd an amount like "12.34"</source>
            <translation>{where}: quantity es un número entero y unit_price_usd un importe como "12.34"</translation>
        </message>
        <message>
            <source>is not a list of items as Points Tracker writes it (JSON, like [{example}])</source>
            <translation>no es una lista de artículos como la escribe Points Tracker (JSON, como [{example}])</translation>
        </message>
        <message>
            <source>is not the amounts as paid as Points Tracker writes them (JSON with {keys})</source>
            <translation>no son los importes pagados tal como los escribe Points Tracker (JSON con {keys})</translation>
        </message>
        <message>
            <source>amounts as paid are written like "12.34"</source>
            <translation>los importes pagados se escriben como "12.34"</translation>
        </message>
        <message>
            <source>{value} is not a rate like 0.2512 from ecb or yours</source>
            <translation>{value} no es un tipo de cambio como 0.2512 de ecb o yours</translation>
        </message>
        <message>
            <source>not UTF-8 text (byte {value})</source>
            <translation>no es texto UTF-8 (byte {value})</translation>
        </message>
        <message>
            <source>row {line}: contains a NUL byte</source>
            <translation>fila {line}: contiene un byte NUL</translation>
        </message>
        <message>
            <source>row {line_num}: {error}</source>
            <translation>fila {line_num}: {error}</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>el archivo está vacío</translation>
        </message>
        <message>
            <source>row 1: not a Points Tracker header (expected {order_columns} or {activity_columns} or {promotion_columns})</source>
            <translation>fila 1: no es un encabezado de Points Tracker (se esperaba {order_columns} o {activity_columns} o {promotion_columns})</translation>
        </message>
        <message>
            <source>has {count} cells, the header has {width}</source>
            <translation>tiene {count} celdas y el encabezado tiene {width}</translation>
        </message>
        <message>
            <source>does not match the lines cell ({value}): change both, or clear the lines cell to import the order as one item</source>
            <translation>no coincide con la celda lines ({value}): cambia las dos, o vacía la celda lines para importar el pedido como un solo artículo</translation>
        </message>
        <message>
            <source>status</source>
            <translation>estado</translation>
        </message>
        <message>
            <source>only review rows have one, not {kind}</source>
            <translation>solo las filas de reseñas lo tienen, no las de {kind}</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>tipo</translation>
        </message>
        <message>
            <source>points</source>
            <translation>puntos</translation>
        </message>
        <message>
            <source>“{raw}” is not a date like 2026-02-20.</source>
            <translation>«{raw}» no es una fecha como 2026-02-20.</translation>
        </message>
        <message>
            <source>“{raw}” is not an amount like 12.34.</source>
            <translation>«{raw}» no es un importe como 12.34.</translation>
        </message>
        <message>
            <source>no order {order_no} is recorded: import the orders file first</source>
            <translation>no hay ningún pedido {order_no} registrado: importa primero el archivo de pedidos</translation>
        </message>
        <message>
            <source>“{target}” is not something to import: use {choices}.</source>
            <translation>«{target}» no es algo que se pueda importar: usa {choices}.</translation>
        </message>
        <message>
            <source>“{encoding}” is not a text encoding: use one such as utf-8, cp1252 or utf-16.</source>
            <translation>«{encoding}» no es una codificación de texto: usa una como utf-8, cp1252 o utf-16.</translation>
        </message>
        <message>
            <source>The decimal separator must be “.” or “,”, not “{decimal}”.</source>
            <translation>El separador decimal debe ser «.» o «,», no «{decimal}».</translation>
        </message>
        <message>
            <source>“{default_status}” is not a status: use {choices}.</source>
            <translation>«{default_status}» no es un estado: usa {choices}.</translation>
        </message>
        <message>
            <source>“{activity_kind}” is not an activity: use {choices}.</source>
            <translation>«{activity_kind}» no es una actividad: usa {choices}.</translation>
        </message>
        <message>
            <source>Duplicates can be skipped or updated, not “{on_duplicate}”.</source>
            <translation>Los duplicados se pueden omitir o actualizar, no «{on_duplicate}».</translation>
        </message>
        <message>
            <source>“{currency}” is not a currency code like USD or EUR.</source>
            <translation>«{currency}» no es un código de moneda como USD o EUR.</translation>
        </message>
        <message>
            <source>The header line cannot be negative.</source>
            <translation>La línea del encabezado no puede ser negativa.</translation>
        </message>
        <message>
            <source>No file has that many lines: give a smaller number.</source>
            <translation>Ningún archivo tiene tantas líneas: indica un número menor.</translation>
        </message>
        <message>
            <source>The saved import settings cannot be read: {error}.</source>
            <translation>No se pueden leer los ajustes de importación guardados: {error}.</translation>
        </message>
        <message>
            <source>Give the preset a name.</source>
            <translation>Ponle un nombre al preajuste.</translation>
        </message>
        <message>
            <source>“{name}” is the name of a built-in preset: choose another.</source>
            <translation>«{name}» es el nombre de un preajuste incorporado: elige otro.</translation>
        </message>
        <message>
            <source>Map at least one column before saving a preset.</source>
            <translation>Asigna al menos una columna antes de guardar un preajuste.</translation>
        </message>
        <message>
            <source>There is no preset “{name}”. Presets: {choices}.</source>
            <translation>No existe el preajuste «{name}». Preajustes: {choices}.</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>pendiente</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>confirmado</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <source>Day and month cannot be told apart: choose the date format.</source>
            <translation>No se distinguen el día y el mes: elige el formato de fecha.</translation>
        </message>
        <message>
            <source>Choose the decimal separator.</source>
            <translation>Elige el separador decimal.</translation>
        </message>
        <message>
            <source>“{wording}” is not a status we know: map it.</source>
            <translation>«{wording}» no es un estado conocido: asígnalo.</translation>
        </message>
        <message>
            <source>The separator must be a single character, not {value}.</source>
            <translation>El separador debe ser un solo carácter, no {value}.</translation>
        </message>
        <message>
            <source>The quote character {value} cannot be used here.</source>
            <translation>El carácter de comillas {value} no se puede usar aquí.</translation>
        </message>
        <message>
            <source>The number of lines to skip cannot be negative.</source>
            <translation>El número de líneas a omitir no puede ser negativo.</translation>
        </message>
        <message>
            <source>Unknown separator {value}: use one character, or tab, comma, semicolon.</source>
            <translation>Separador desconocido {value}: usa un carácter, o tab, comma, semicolon.</translation>
        </message>
        <message>
            <source>Line {line} contains a NUL byte, which never belongs in a CSV file: the file is probably not text, or was read with the wrong encoding.</source>
            <translation>La línea {line} contiene un byte NUL, que nunca va en un archivo CSV: probablemente el archivo no es texto o se leyó con la codificación equivocada.</translation>
        </message>
        <message>
            <source>Unknown text encoding {value}.</source>
            <translation>Codificación de texto desconocida {value}.</translation>
        </message>
        <message>
            <source>Cannot tell which text encoding this file uses. Choose one: files saved by Excel on Windows are usually Windows-1252 (cp1252), or cp1250 / cp1251 for Polish / Russian.</source>
            <translation>No se sabe qué codificación de texto usa este archivo. Elige una: los archivos guardados por Excel en Windows suelen ser Windows-1252 (cp1252), o cp1250 / cp1251 para polaco / ruso.</translation>
        </message>
        <message>
            <source>Line {line} cannot be read as {name}{byte}: the file uses another encoding; choose a different one.</source>
            <translation>La línea {line} no se puede leer como {name}{byte}: el archivo usa otra codificación; elige una distinta.</translation>
        </message>
        <message>
            <source>Line {start}: a cell opens a quote (") that is never closed, so everything after it would run together into one cell. Close the quote or remove it.</source>
            <translation>Línea {start}: una celda abre unas comillas (") que nunca se cierran, así que todo lo que sigue se juntaría en una sola celda. Cierra las comillas o quítalas.</translation>
        </message>
        <message>
            <source>Line {start}: a cell is longer than {limit} characters; usually a quote that is never closed.</source>
            <translation>Línea {start}: una celda tiene más de {limit} caracteres; suele ser unas comillas que nunca se cierran.</translation>
        </message>
        <message>
            <source>Line {current}: a quote mark in the middle of a quoted cell. Inside a quoted cell a quote must be doubled ("").</source>
            <translation>Línea {current}: unas comillas en medio de una celda entre comillas. Dentro de una celda entre comillas, las comillas deben ir dobles ("").</translation>
        </message>
        <message>
            <source>Line {current}: the line cannot be read as CSV ({error}).</source>
            <translation>Línea {current}: la línea no se puede leer como CSV ({error}).</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>El archivo está vacío.</translation>
        </message>
        <message>
            <source>This is an old Excel workbook (.xls): save it as .xlsx or CSV first.</source>
            <translation>Es un libro de Excel antiguo (.xls): guárdalo primero como .xlsx o CSV.</translation>
        </message>
        <message>
            <source>The workbook</source>
            <translation>El libro</translation>
        </message>
        <message>
            <source>This file looks like a zip archive but cannot be read as an Excel workbook (.xlsx): {reason}. Open it in a spreadsheet program and save it as .xlsx or CSV.</source>
            <translation>Este archivo parece un archivo zip pero no se puede leer como libro de Excel (.xlsx): {reason}. Ábrelo en un programa de hojas de cálculo y guárdalo como .xlsx o CSV.</translation>
        </message>
        <message>
            <source>{file} holds {count} files inside; a workbook has a few dozen, and at most {limit} are read.</source>
            <translation>{file} contiene {count} archivos dentro; un libro tiene unas pocas decenas, y se leen {limit} como máximo.</translation>
        </message>
        <message>
            <source>{file} unpacks to {size}, more than the {limit} a workbook may unpack to. Save the sheet you need as CSV and import that.</source>
            <translation>{file} ocupa {size} al descomprimirse, más de los {limit} que puede ocupar un libro. Guarda la hoja que necesitas como CSV e importa ese archivo.</translation>
        </message>
        <message>
            <source>{file} is not a workbook a spreadsheet program wrote: its part {part} unpacks {ratio} times its size (at most {limit} times is accepted). It may be made to exhaust memory; it was not opened.</source>
            <translation>{file} no es un libro escrito por un programa de hojas de cálculo: su parte {part} se descomprime {ratio} veces su tamaño (se acepta {limit} veces como máximo). Puede estar hecho para agotar la memoria; no se abrió.</translation>
        </message>
        <message>
            <source>The sheet “{sheet}” of {file} holds more than {limit} of text, more than any list of orders: it was not imported.</source>
            <translation>La hoja «{sheet}» de {file} contiene más de {limit} de texto, más que cualquier lista de pedidos: no se importó.</translation>
        </message>
        <message>
            <source>This spreadsheet is not an Excel workbook: save it as .xlsx or CSV first.</source>
            <translation>Esta hoja de cálculo no es un libro de Excel: guárdala primero como .xlsx o CSV.</translation>
        </message>
        <message>
            <source>The workbook has no sheets.</source>
            <translation>El libro no tiene hojas.</translation>
        </message>
        <message>
            <source>The workbook has no sheet “{sheet}”; its sheets are: {choices}.</source>
            <translation>El libro no tiene la hoja «{sheet}»; sus hojas son: {choices}.</translation>
        </message>
        <message>
            <source>The sheet “{sheet}” cannot be read ({reason}); save the workbook again from your spreadsheet program.</source>
            <translation>No se puede leer la hoja «{sheet}» ({reason}); vuelve a guardar el libro desde tu programa de hojas de cálculo.</translation>
        </message>
        <message>
            <source>The file has no rows to import.</source>
            <translation>El archivo no tiene filas que importar.</translation>
        </message>
        <message>
            <source>Line {header_line} is blank or not in the first rows: it cannot be the header.</source>
            <translation>La línea {header_line} está en blanco o no está entre las primeras filas: no puede ser el encabezado.</translation>
        </message>
        <message>
            <source>“{status}” (for “{wording}”) is not a status: use pending, confirmed or cancelled.</source>
            <translation>«{status}» (para «{wording}») no es un estado: usa pending, confirmed o cancelled.</translation>
        </message>
        <message>
            <source>“{text}” is not a quantity like 1 or 2.</source>
            <translation>«{text}» no es una cantidad como 1 o 2.</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number of points.</source>
            <translation>«{text}» no es un número entero de puntos.</translation>
        </message>
        <message>
            <source>“{text}” stands for more than one currency: write its code, such as JPY or CNY.</source>
            <translation>«{text}» corresponde a más de una moneda: escribe su código, como JPY o CNY.</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number of cents.</source>
            <translation>«{text}» no es un número entero de céntimos.</translation>
        </message>
        <message>
            <source>“{text}” is not a kind of activity: use review, visit, post, follow, bonus or adjustment.</source>
            <translation>«{text}» no es un tipo de actividad: usa review, visit, post, follow, bonus o adjustment.</translation>
        </message>
        <message>
            <source>The row has {count} cells but the header only {width}.</source>
            <translation>La fila tiene {count} celdas pero el encabezado solo {width}.</translation>
        </message>
        <message>
            <source>The date is empty.</source>
            <translation>La fecha está vacía.</translation>
        </message>
        <message>
            <source>The kind is empty: write review, visit, post, follow, bonus or adjustment.</source>
            <translation>El tipo está vacío: escribe review, visit, post, follow, bonus o adjustment.</translation>
        </message>
        <message>
            <source>The points are empty.</source>
            <translation>Los puntos están vacíos.</translation>
        </message>
        <message>
            <source>Order {key}: “{here}” here but “{there}” on row {row}; the rows of one order must agree.</source>
            <translation>Pedido {key}: «{here}» aquí pero «{there}» en la fila {row}; las filas de un mismo pedido deben coincidir.</translation>
        </message>
        <message>
            <source>Order {key} is not imported: see row {row}.</source>
            <translation>El pedido {key} no se importa: mira la fila {row}.</translation>
        </message>
        <message>
            <source>The dates in “{column}” (such as {examples}) can be read day-first or month-first. Choose the date format: {choices}.</source>
            <translation>Las fechas de «{column}» (como {examples}) se pueden leer con el día o con el mes primero. Elige el formato de fecha: {choices}.</translation>
        </message>
        <message>
            <source>The amounts use both “.” and “,” as the decimal separator, so each amount was read on its own: a lone separator before three digits as thousands (“1,234” is 1234.00).</source>
            <translation>Los importes usan «.» y «,» como separador decimal, así que cada importe se leyó por separado: un separador solo delante de tres cifras, como miles («1,234» es 1234,00).</translation>
        </message>
        <message>
            <source>The amounts in “{column}” (such as {examples}) can be read with “.” or with “,” as the decimal separator. Choose the decimal separator.</source>
            <translation>Los importes de «{column}» (como {examples}) se pueden leer con «.» o con «,» como separador decimal. Elige el separador decimal.</translation>
        </message>
        <message>
            <source>Column “{column}” was taken as {field}, but its values do not look like {kind}.</source>
            <translation>La columna «{column}» se tomó como {field}, pero sus valores no parecen {kind}.</translation>
        </message>
        <message>
            <source>Column “{column}” is mapped to an unknown field “{name}”.</source>
            <translation>La columna «{column}» está asignada a un campo desconocido «{name}».</translation>
        </message>
        <message>
            <source>“{first}” and “{second}”</source>
            <translation>«{first}» y «{second}»</translation>
        </message>
        <message>
            <source>{columns} and “{column}”</source>
            <translation>{columns} y «{column}»</translation>
        </message>
        <message>
            <source>{field} is taken from two columns, {shown}: choose one.</source>
            <translation>{field} se toma de dos columnas, {shown}: elige una.</translation>
        </message>
        <message>
            <source>dates</source>
            <translation>fechas</translation>
        </message>
        <message>
            <source>amounts</source>
            <translation>importes</translation>
        </message>
        <message>
            <source>whole numbers</source>
            <translation>números enteros</translation>
        </message>
        <message>
            <source>statuses</source>
            <translation>estados</translation>
        </message>
        <message>
            <source>currencies</source>
            <translation>monedas</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <source>“{wording}” is not a status we know: map it to pending, confirmed or cancelled.</source>
            <translation>«{wording}» no es un estado conocido: asígnalo a pending, confirmed o cancelled.</translation>
        </message>
        <message>
            <source>The status is empty: fill it in, or choose a status for such orders.</source>
            <translation>El estado está vacío: rellénalo o elige un estado para esos pedidos.</translation>
        </message>
        <message>
            <source>The order date is empty.</source>
            <translation>La fecha del pedido está vacía.</translation>
        </message>
        <message>
            <source>The amount is in {value} but the currency column says {cell}.</source>
            <translation>El importe está en {value}, pero la columna de moneda dice {cell}.</translation>
        </message>
        <message>
            <source>The amounts of this row are in different currencies ({choices}).</source>
            <translation>Los importes de esta fila están en monedas distintas ({choices}).</translation>
        </message>
        <message>
            <source>“¥” and “kr” each stand for several currencies: add a currency column, or choose the file's currency.</source>
            <translation>«¥» y «kr» corresponden cada uno a varias monedas: añade una columna de moneda o elige la moneda del archivo.</translation>
        </message>
        <message>
            <source>This JSON file is not UTF-8 text.</source>
            <translation>Este archivo JSON no es texto UTF-8.</translation>
        </message>
        <message>
            <source>This is not valid JSON: {reason} at line {line}, column {column}.</source>
            <translation>Esto no es JSON válido: {reason} en la línea {line}, columna {column}.</translation>
        </message>
        <message>
            <source>This JSON file is nested too deeply to be a list of records.</source>
            <translation>Este archivo JSON está anidado demasiado a fondo para ser una lista de registros.</translation>
        </message>
        <message>
            <source>This JSON file holds no list of records (objects with the same keys) to import.</source>
            <translation>Este archivo JSON no contiene ninguna lista de registros (objetos con las mismas claves) que importar.</translation>
        </message>
    </context>
    <context>
        <name>ImportCounts</name>
        <message>
            <source>1 order</source>
            <translation>1 pedido</translation>
        </message>
        <message numerus="yes">
            <source>%Ln orders</source>
            <translation>
                <numerusform>%Ln pedido</numerusform>
                <numerusform>%Ln pedidos</numerusform>
            </translation>
        </message>
        <message>
            <source>1 activity</source>
            <translation>1 actividad</translation>
        </message>
        <message numerus="yes">
            <source>%Ln activities</source>
            <translation>
                <numerusform>%Ln actividad</numerusform>
                <numerusform>%Ln actividades</numerusform>
            </translation>
        </message>
        <message>
            <source>1 history row</source>
            <translation>1 fila del historial</translation>
        </message>
        <message numerus="yes">
            <source>%Ln history rows</source>
            <translation>
                <numerusform>%Ln fila del historial</numerusform>
                <numerusform>%Ln filas del historial</numerusform>
            </translation>
        </message>
        <message>
            <source>1 promotion</source>
            <translation>1 promoción</translation>
        </message>
        <message numerus="yes">
            <source>%Ln promotions</source>
            <translation>
                <numerusform>%Ln promoción</numerusform>
                <numerusform>%Ln promociones</numerusform>
            </translation>
        </message>
        <message>
            <source>1 record</source>
            <translation>1 registro</translation>
        </message>
        <message numerus="yes">
            <source>%Ln records</source>
            <translation>
                <numerusform>%Ln registro</numerusform>
                <numerusform>%Ln registros</numerusform>
            </translation>
        </message>
        <message>
            <source>1 row</source>
            <translation>1 fila</translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows</source>
            <translation>
                <numerusform>%Ln fila</numerusform>
                <numerusform>%Ln filas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import orders or activity</source>
            <translation>Importar pedidos o actividad</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}.</source>
            <translation>No se puede leer {file}: {reason}.</translation>
        </message>
        <message>
            <source>This file was imported before, on {when} (batch {batch}): orders already recorded are left out.</source>
            <translation>Este archivo ya se importó el {when} (lote {batch}): se omiten los pedidos ya registrados.</translation>
        </message>
        <message>
            <source>It looks like: {preset}.</source>
            <translation>Parece: {preset}.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{file}&lt;/b&gt; — {size}.</source>
            <translation>&lt;b&gt;{file}&lt;/b&gt; — {size}.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Columnas</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Revisión</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>{file} cannot be written: {reason}.</source>
            <translation>No se puede escribir {file}: {reason}.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was changed.</source>
            <translation>Se canceló la importación; no se cambió nada.</translation>
        </message>
        <message>
            <source>Nothing was imported: {problem}</source>
            <translation>No se importó nada: {problem}</translation>
        </message>
        <message>
            <source>The import could not be undone: {problem}</source>
            <translation>No se pudo deshacer la importación: {problem}</translation>
        </message>
        <message>
            <source>Removed everything this import added ({what}). Orders it updated keep their new values.</source>
            <translation>Se quitó todo lo que añadió esta importación ({what}). Los pedidos que actualizó conservan sus nuevos valores.</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nada</translation>
        </message>
        <message>
            <source>Some amounts are in a currency with no exchange rate for their dates. Give the US$ that one unit was worth, so they count; it is saved as your rate (Settings ▸ Currencies).</source>
            <translation>Algunos importes están en una moneda sin tipo de cambio para sus fechas. Indica cuántos US$ valía una unidad para que cuenten; se guarda como tu tipo (Configuración ▸ Monedas).</translation>
        </message>
        <message>
            <source>US$ for 1 {currency}, e.g. 0.011</source>
            <translation>US$ por 1 {currency}, p. ej. 0.011</translation>
        </message>
        <message>
            <source>Exchange rate for {currency}</source>
            <translation>Tipo de cambio para {currency}</translation>
        </message>
        <message>
            <source>Orders in {currency}: {count} ({amount})</source>
            <translation>Pedidos en {currency}: {count} ({amount})</translation>
        </message>
        <message>
            <source>Review prices in {currency}: {count} ({amount})</source>
            <translation>Precios de reseñas en {currency}: {count} ({amount})</translation>
        </message>
        <message>
            <source>the ECB's rates stop on {date}; yours applies from {start} on</source>
            <translation>los tipos del BCE terminan el {date}; el tuyo se aplica desde el {start}</translation>
        </message>
        <message>
            <source>the ECB has no rate for it</source>
            <translation>el BCE no tiene tipo para ella</translation>
        </message>
        <message>
            <source>The rate for {currency} should be a number above 0, like 0.011.</source>
            <translation>El tipo para {currency} debe ser un número mayor que 0, como 0.011.</translation>
        </message>
    </context>
    <context>
        <name>ImportFields</name>
        <message>
            <source>parent order number</source>
            <translation>número del pedido principal</translation>
        </message>
        <message>
            <source>end reason</source>
            <translation>motivo de cierre</translation>
        </message>
        <message>
            <source>description</source>
            <translation>descripción</translation>
        </message>
        <message>
            <source>order number</source>
            <translation>número de pedido</translation>
        </message>
        <message>
            <source>order date</source>
            <translation>fecha del pedido</translation>
        </message>
        <message>
            <source>payment date</source>
            <translation>fecha de pago</translation>
        </message>
        <message>
            <source>status</source>
            <translation>estado</translation>
        </message>
        <message>
            <source>confirmation date</source>
            <translation>fecha de confirmación</translation>
        </message>
        <message>
            <source>item title</source>
            <translation>título del artículo</translation>
        </message>
        <message>
            <source>product ID</source>
            <translation>ID del producto</translation>
        </message>
        <message>
            <source>category</source>
            <translation>categoría</translation>
        </message>
        <message>
            <source>quantity</source>
            <translation>cantidad</translation>
        </message>
        <message>
            <source>unit price</source>
            <translation>precio unitario</translation>
        </message>
        <message>
            <source>line total</source>
            <translation>total de línea</translation>
        </message>
        <message>
            <source>order total</source>
            <translation>total del pedido</translation>
        </message>
        <message>
            <source>discount</source>
            <translation>descuento</translation>
        </message>
        <message>
            <source>shipping</source>
            <translation>envío</translation>
        </message>
        <message>
            <source>refund</source>
            <translation>reembolso</translation>
        </message>
        <message>
            <source>refund date</source>
            <translation>fecha de reembolso</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>moneda</translation>
        </message>
        <message>
            <source>store</source>
            <translation>tienda</translation>
        </message>
        <message>
            <source>date</source>
            <translation>fecha</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>tipo</translation>
        </message>
        <message>
            <source>points</source>
            <translation>puntos</translation>
        </message>
        <message>
            <source>item price</source>
            <translation>precio del artículo</translation>
        </message>
        <message>
            <source>note</source>
            <translation>nota</translation>
        </message>
    </context>
    <context>
        <name>ImportsPage</name>
        <message>
            <source>Imported</source>
            <translation>Importado</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Read as</source>
            <translation>Leído como</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nuevos</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Actualizados</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Omitidos</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rechazados</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Datos de demostración</translation>
        </message>
        <message>
            <source>Batch {batch}: {file}, {kind}</source>
            <translation>Lote {batch}: {file}, {kind}</translation>
        </message>
        <message>
            <source>No imports yet. Import a file from the File menu, or drop one on the window.</source>
            <translation>Aún no hay importaciones. Importa un archivo desde el menú Archivo o suéltalo en la ventana.</translation>
        </message>
        <message>
            <source>Undo import</source>
            <translation>Deshacer la importación</translation>
        </message>
        <message>
            <source>Every import can be undone as a whole: it removes exactly what that import added.</source>
            <translation>Cada importación se puede deshacer entera: quita exactamente lo que añadió.</translation>
        </message>
        <message numerus="yes">
            <source>Remove everything the import of {file} on {when} added (%Ln new records)? Orders it only updated keep their new values.</source>
            <translation>
                <numerusform>¿Quitar todo lo que añadió la importación de {file} del {when} (%Ln registro nuevo)? Los pedidos que solo actualizó conservan sus nuevos valores.</numerusform>
                <numerusform>¿Quitar todo lo que añadió la importación de {file} del {when} (%Ln registros nuevos)? Los pedidos que solo actualizó conservan sus nuevos valores.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed the import of {file}: %Ln records.</source>
            <translation>
                <numerusform>Se quitó la importación de {file}: %Ln registro.</numerusform>
                <numerusform>Se quitó la importación de {file}: %Ln registros.</numerusform>
            </translation>
        </message>
        <message>
            <source>orders</source>
            <translation>pedidos</translation>
        </message>
        <message>
            <source>activity</source>
            <translation>actividad</translation>
        </message>
        <message>
            <source>points history</source>
            <translation>historial de puntos</translation>
        </message>
        <message>
            <source>refunds</source>
            <translation>reembolsos</translation>
        </message>
        <message>
            <source>demo data</source>
            <translation>datos de demostración</translation>
        </message>
    </context>
    <context>
        <name>ItemRow</name>
        <message>
            <source>What you bought</source>
            <translation>Lo que compraste</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Opcional</translation>
        </message>
    </context>
    <context>
        <name>ItemsEditor</name>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Product id</source>
            <translation>ID del producto</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Cant.</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Precio unitario</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>{field} of item {number}</source>
            <translation>{field} del artículo {number}</translation>
        </message>
        <message>
            <source>Remove item {number}</source>
            <translation>Quitar el artículo {number}</translation>
        </message>
        <message>
            <source>Enter the item's price</source>
            <translation>Indica el precio del artículo</translation>
        </message>
        <message>
            <source>&amp;Add item</source>
            <translation>&amp;Añadir artículo</translation>
        </message>
        <message>
            <source>Unit price {currency}</source>
            <translation>Precio unitario {currency}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Add &amp;order…</source>
            <translation>Añadir &amp;pedido…</translation>
        </message>
        <message>
            <source>Add Club &amp;post…</source>
            <translation>Añadir p&amp;ublicación en el Club…</translation>
        </message>
        <message>
            <source>Add store &amp;follow…</source>
            <translation>Añadir tienda &amp;seguida…</translation>
        </message>
        <message>
            <source>Add &amp;bonus or adjustment…</source>
            <translation>Añadir &amp;bonificación o ajuste…</translation>
        </message>
        <message>
            <source>Add pro&amp;motion…</source>
            <translation>Añadir pro&amp;moción…</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;Nueva base de datos…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Abrir base de datos…</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>&amp;Importar un archivo…</translation>
        </message>
        <message>
            <source>Import orders or activity from a CSV or Excel file; you can also drop a file on the window.</source>
            <translation>Importa pedidos o actividad desde un archivo CSV o Excel; también puedes soltar un archivo en la ventana.</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <source>&amp;Back up…</source>
            <translation>&amp;Copia de seguridad…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restaurar desde una copia…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Add order</source>
            <translation>Añadir pedido</translation>
        </message>
        <message>
            <source>&amp;Visited today</source>
            <translation>&amp;Visitado hoy</translation>
        </message>
        <message>
            <source>Record today's Member Center visit.</source>
            <translation>Registrar la visita de hoy al Centro de miembros.</translation>
        </message>
        <message>
            <source>Visits &amp;calendar…</source>
            <translation>&amp;Calendario de visitas…</translation>
        </message>
        <message>
            <source>Check against &amp;AliExpress…</source>
            <translation>Comprobar con &amp;AliExpress…</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Comprobar</translation>
        </message>
        <message>
            <source>Compare your figures with the points the Member Center shows.</source>
            <translation>Compara tus cifras con los puntos que muestra el Centro de miembros.</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>Con&amp;figuración…</translation>
        </message>
        <message>
            <source>&amp;How points work</source>
            <translation>&amp;Cómo funcionan los puntos</translation>
        </message>
        <message>
            <source>&amp;About Points Tracker</source>
            <translation>&amp;Acerca de Points Tracker</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barra principal</translation>
        </message>
        <message>
            <source>Visited today</source>
            <translation>Visitado hoy</translation>
        </message>
        <message>
            <source>Check against AliExpress</source>
            <translation>Comprobar con AliExpress</translation>
        </message>
        <message>
            <source>{action} ({shortcut})</source>
            <translation>{action} ({shortcut})</translation>
        </message>
        <message numerus="yes">
            <source>%Ln new</source>
            <translation>
                <numerusform>%Ln nuevo</numerusform>
                <numerusform>%Ln nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln updated</source>
            <translation>
                <numerusform>%Ln actualizado</numerusform>
                <numerusform>%Ln actualizados</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported {file}: {new}, {updated}.</source>
            <translation>Importado {file}: {new}, {updated}.</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation>No se puede abrir la base de datos</translation>
        </message>
        <message>
            <source>Opened {file}.</source>
            <translation>Abierto {file}.</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Nueva base de datos</translation>
        </message>
        <message>
            <source>Points Tracker databases (*.sqlite3)</source>
            <translation>Bases de datos de Points Tracker (*.sqlite3)</translation>
        </message>
        <message>
            <source>{file} already exists. Choose another name, or use Open database to open it.</source>
            <translation>{file} ya existe. Elige otro nombre o usa Abrir base de datos para abrirla.</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Abrir base de datos</translation>
        </message>
        <message>
            <source>Points Tracker databases (*.sqlite3 *.db);;All files (*)</source>
            <translation>Bases de datos de Points Tracker (*.sqlite3 *.db);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Export to folder</source>
            <translation>Exportar a la carpeta</translation>
        </message>
        <message>
            <source>{files} already in {folder} will be replaced.</source>
            <translation>Se reemplazarán {files}, que ya están en {folder}.</translation>
        </message>
        <message>
            <source>&amp;Undo {action}</source>
            <translation>&amp;Deshacer: {action}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo {action}</source>
            <translation>&amp;Rehacer: {action}</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>Undone: {action}.</source>
            <translation>Deshecho: {action}.</translation>
        </message>
        <message>
            <source>Redone: {action}.</source>
            <translation>Rehecho: {action}.</translation>
        </message>
        <message>
            <source>Visit recorded for {date}</source>
            <translation>Visita registrada para el {date}</translation>
        </message>
        <message>
            <source>Add r&amp;eview…</source>
            <translation>Añadir res&amp;eña…</translation>
        </message>
        <message>
            <source>Today's visit is already recorded</source>
            <translation>La visita de hoy ya está registrada</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>Acerca de {app}</translation>
        </message>
        <message>
            <source>Version {version} · Python {python} · Qt {qt}</source>
            <translation>Versión {version} · Python {python} · Qt {qt}</translation>
        </message>
        <message>
            <source>Your own record of AliExpress member points: your tier, when it lapses and what to spend to keep it.</source>
            <translation>Tu propio registro de los puntos de miembro de AliExpress: tu nivel, cuándo vence y cuánto gastar para mantenerlo.</translation>
        </message>
        <message>
            <source>Your records are kept on this computer, in:</source>
            <translation>Tus registros se guardan en este ordenador, en:</translation>
        </message>
        <message>
            <source>Rule set: {name}</source>
            <translation>Conjunto de reglas: {name}</translation>
        </message>
        <message>
            <source>Free software under the MIT licence. Points Tracker is not made by or connected with AliExpress.</source>
            <translation>Software libre bajo la licencia MIT. Points Tracker no está hecho por AliExpress ni tiene relación con ella.</translation>
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
            <translation>«{text}» no es un importe: escríbelo como {example}</translation>
        </message>
        <message>
            <source>This amount is in {currency}; type it in {wanted} here</source>
            <translation>Este importe está en {currency}; escríbelo aquí en {wanted}</translation>
        </message>
        <message>
            <source>“{symbol}” is not a currency this box takes; type an amount like {example}</source>
            <translation>Este campo no admite «{symbol}» como moneda; escribe un importe como {example}</translation>
        </message>
    </context>
    <context>
        <name>Opening</name>
        <message>
            <source>Today's automatic backup was not made: {error}</source>
            <translation>No se hizo la copia de seguridad automática de hoy: {error}</translation>
        </message>
        <message>
            <source>{problem}

Restore the backup {backup}? Records added after it was made are not in it. The damaged file is kept aside, not deleted.</source>
            <translation>{problem}

¿Restaurar la copia {backup}? Los registros añadidos después de hacerla no están en ella. El archivo dañado se aparta, no se elimina.</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <source>Set</source>
            <translation>Fijar</translation>
        </message>
        <message>
            <source>{name} is set</source>
            <translation>{name} fijado</translation>
        </message>
    </context>
    <context>
        <name>OrderForm</name>
        <message>
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmado</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <source>A cancelled order earns no points.</source>
            <translation>Un pedido cancelado no gana puntos.</translation>
        </message>
        <message>
            <source>No points until {currency} has an exchange rate for the order's date.</source>
            <translation>Sin puntos hasta que {currency} tenga un tipo de cambio para la fecha del pedido.</translation>
        </message>
        <message>
            <source>This order will earn 1 point</source>
            <translation>Este pedido ganará 1 punto</translation>
        </message>
        <message>
            <source>This order earns 1 point</source>
            <translation>Este pedido gana 1 punto</translation>
        </message>
        <message numerus="yes">
            <source>This order will earn %n points</source>
            <translation>
                <numerusform>Este pedido ganará %n punto</numerusform>
                <numerusform>Este pedido ganará %n puntos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This order earns %n points</source>
            <translation>
                <numerusform>Este pedido gana %n punto</numerusform>
                <numerusform>Este pedido gana %n puntos</numerusform>
            </translation>
        </message>
        <message>
            <source> when you confirm receipt</source>
            <translation> al confirmar la recepción</translation>
        </message>
        <message>
            <source>, plus a {points}-point bonus for its day ({rules})</source>
            <translation>, más una bonificación de {points} puntos por su día ({rules})</translation>
        </message>
        <message>
            <source>Optional, e.g. 8100123456789012</source>
            <translation>Opcional, p. ej. 8100123456789012</translation>
        </message>
        <message>
            <source>Order &amp;no.:</source>
            <translation>&amp;N.º de pedido:</translation>
        </message>
        <message>
            <source>Order &amp;date:</source>
            <translation>&amp;Fecha del pedido:</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Opcional</translation>
        </message>
        <message>
            <source>S&amp;tore:</source>
            <translation>&amp;Tienda:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>E&amp;stado:</translation>
        </message>
        <message>
            <source>confirmation date</source>
            <translation>fecha de confirmación</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Desconocida</translation>
        </message>
        <message>
            <source>Leave unknown if you do not remember: the points are then estimated</source>
            <translation>Déjalo como desconocido si no lo recuerdas: los puntos se estiman</translation>
        </message>
        <message>
            <source>&amp;Confirmed on:</source>
            <translation>&amp;Confirmado el:</translation>
        </message>
        <message>
            <source>expected confirmation</source>
            <translation>confirmación prevista</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automático</translation>
        </message>
        <message numerus="yes">
            <source>Automatic: %n days after the order date (see Settings)</source>
            <translation>
                <numerusform>Automático: %n día después de la fecha del pedido (ver Configuración)</numerusform>
                <numerusform>Automático: %n días después de la fecha del pedido (ver Configuración)</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Expected by:</source>
            <translation>&amp;Previsto para:</translation>
        </message>
        <message>
            <source>The currency you paid in: type the prices below in it, as they were charged</source>
            <translation>La moneda en la que pagaste: escribe los precios de abajo en ella, tal como te los cobraron</translation>
        </message>
        <message>
            <source>C&amp;urrency paid:</source>
            <translation>&amp;Moneda de pago:</translation>
        </message>
        <message>
            <source>Items:</source>
            <translation>Artículos:</translation>
        </message>
        <message>
            <source>on</source>
            <translation>el</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>N&amp;ota:</translation>
        </message>
        <message>
            <source>Total:</source>
            <translation>Total:</translation>
        </message>
        <message>
            <source>In US$:</source>
            <translation>En US$:</translation>
        </message>
        <message>
            <source>Points this order earns</source>
            <translation>Puntos que gana este pedido</translation>
        </message>
        <message>
            <source>Points:</source>
            <translation>Puntos:</translation>
        </message>
        <message>
            <source>D&amp;iscount {currency}:</source>
            <translation>D&amp;escuento {currency}:</translation>
        </message>
        <message>
            <source>S&amp;hipping {currency}:</source>
            <translation>En&amp;vío {currency}:</translation>
        </message>
        <message>
            <source>&amp;Refund {currency}:</source>
            <translation>&amp;Reembolso {currency}:</translation>
        </message>
        <message>
            <source>items {amount}</source>
            <translation>artículos {amount}</translation>
        </message>
        <message>
            <source>− discount {amount}</source>
            <translation>− descuento {amount}</translation>
        </message>
        <message>
            <source>+ shipping {amount}</source>
            <translation>+ envío {amount}</translation>
        </message>
        <message>
            <source>{total} ({parts})</source>
            <translation>{total} ({parts})</translation>
        </message>
        <message>
            <source>Points are shown once the order is complete.</source>
            <translation>Los puntos se muestran cuando el pedido está completo.</translation>
        </message>
        <message>
            <source>Set a r&amp;ate…</source>
            <translation>Fi&amp;jar un tipo…</translation>
        </message>
        <message>
            <source>Give the rate in Settings ▸ Currencies</source>
            <translation>Indica el tipo de cambio en Configuración ▸ Monedas</translation>
        </message>
        <message>
            <source>No rate for {currency} on {date} — set one, or this order earns no points.</source>
            <translation>No hay tipo de cambio para {currency} el {date}: fija uno o este pedido no suma puntos.</translation>
        </message>
        <message>
            <source>1 {currency} = {rate} US$ ({source})</source>
            <translation>1 {currency} = {rate} US$ ({source})</translation>
        </message>
        <message>
            <source>Paid {amount} in all; the amounts above are in US$.</source>
            <translation>Pagado {amount} en total; los importes de arriba están en US$.</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Dashboard</source>
            <translation>Panel</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Pedidos</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Reseñas</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Gráficos</translation>
        </message>
        <message>
            <source>Imports</source>
            <translation>Importaciones</translation>
        </message>
    </context>
    <context>
        <name>PlannerPanel</name>
        <message>
            <source>What if…</source>
            <translation>¿Y si…?</translation>
        </message>
        <message>
            <source>&amp;Tier to keep or reach</source>
            <translation>&amp;Nivel que mantener o alcanzar</translation>
        </message>
        <message>
            <source>Tier to keep or reach</source>
            <translation>Nivel que mantener o alcanzar</translation>
        </message>
        <message>
            <source>C&amp;lear the plan</source>
            <translation>&amp;Borrar el plan</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <source>Spend $</source>
            <translation>Gasto $</translation>
        </message>
        <message>
            <source>What you mean to spend on orders that month (in US dollars, after discounts)</source>
            <translation>Lo que piensas gastar en pedidos ese mes (en dólares estadounidenses, tras descuentos)</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visitas</translation>
        </message>
        <message>
            <source>Days you visit the Member Center that month</source>
            <translation>Días que visitas el Centro de miembros ese mes</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Reseñas</translation>
        </message>
        <message>
            <source>Reviews you write that month</source>
            <translation>Reseñas que escribes ese mes</translation>
        </message>
        <message>
            <source>Each month</source>
            <translation>Cada mes</translation>
        </message>
        <message>
            <source>Type here to fill every month below</source>
            <translation>Escribe aquí para rellenar todos los meses de abajo</translation>
        </message>
        <message>
            <source>Spend, {month}</source>
            <translation>Gasto, {month}</translation>
        </message>
        <message>
            <source>Visits, {month}</source>
            <translation>Visitas, {month}</translation>
        </message>
        <message>
            <source>Reviews, {month}</source>
            <translation>Reseñas, {month}</translation>
        </message>
        <message>
            <source>A purchase on a date</source>
            <translation>Una compra en una fecha</translation>
        </message>
        <message>
            <source>Purchase date</source>
            <translation>Fecha de compra</translation>
        </message>
        <message>
            <source>Purchase amount</source>
            <translation>Importe de compra</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Añadir</translation>
        </message>
        <message>
            <source>Planned purchases</source>
            <translation>Compras previstas</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>{tier} (now)</source>
            <translation>{tier} (ahora)</translation>
        </message>
        <message>
            <source>Your records are loading…</source>
            <translation>Cargando tus registros…</translation>
        </message>
        <message numerus="yes">
            <source>Each month's spend is bought on its 1st (this month's tomorrow), in orders of up to {amount}, and counts once confirmed, %n days later.</source>
            <translation>
                <numerusform>El gasto de cada mes se compra el día 1 (el de este mes, mañana), en pedidos de hasta {amount}, y cuenta una vez confirmado, %n día después.</numerusform>
                <numerusform>El gasto de cada mes se compra el día 1 (el de este mes, mañana), en pedidos de hasta {amount}, y cuenta una vez confirmado, %n días después.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Each month's spend is bought on its 1st (this month's tomorrow) and counts once confirmed, %n days later.</source>
            <translation>
                <numerusform>El gasto de cada mes se compra el día 1 (el de este mes, mañana) y cuenta una vez confirmado, %n día después.</numerusform>
                <numerusform>El gasto de cada mes se compra el día 1 (el de este mes, mañana) y cuenta una vez confirmado, %n días después.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Visits count up to %n a month.</source>
            <translation>
                <numerusform>Las visitas cuentan hasta %n al mes.</numerusform>
                <numerusform>Las visitas cuentan hasta %n al mes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Planning</name>
        <message>
            <source>{tier} from {date}.</source>
            <translation>{tier} desde el {date}.</translation>
        </message>
        <message>
            <source>{tier} holds until {date}, then {lower}.</source>
            <translation>{tier} se mantiene hasta el {date}, luego {lower}.</translation>
        </message>
        <message>
            <source>{next} from {date}.</source>
            <translation>{next} desde el {date}.</translation>
        </message>
        <message>
            <source>{tier} holds, and {next} from {date}.</source>
            <translation>{tier} se mantiene, y {next} desde el {date}.</translation>
        </message>
        <message>
            <source>you stay {tier}.</source>
            <translation>sigues en {tier}.</translation>
        </message>
        <message>
            <source>{tier} holds for the coming 12 months.</source>
            <translation>{tier} se mantiene los próximos 12 meses.</translation>
        </message>
        <message>
            <source>As things stand: {outlook}</source>
            <translation>Tal como va: {outlook}</translation>
        </message>
        <message>
            <source>With this plan: {outlook}</source>
            <translation>Con este plan: {outlook}</translation>
        </message>
        <message>
            <source>That is enough to keep {tier} at every recalculation.</source>
            <translation>Con eso basta para mantener {tier} en cada recálculo.</translation>
        </message>
        <message>
            <source>Still needed: {plan}</source>
            <translation>Todavía falta: {plan}</translation>
        </message>
        <message>
            <source>{tier} then holds for the rest of the coming 12 months.</source>
            <translation>{tier} se mantiene luego el resto de los próximos 12 meses.</translation>
        </message>
        <message>
            <source>Keeping it then takes {total} more {last}.</source>
            <translation>Mantenerlo después requiere {total} más {last}.</translation>
        </message>
        <message>
            <source>Then {total} more {last}.</source>
            <translation>Luego, {total} más {last}.</translation>
        </message>
        <message numerus="yes">
            <source>Keeping it then takes {total} more {last}, over %n purchases.</source>
            <translation>
                <numerusform>Mantenerlo después requiere {total} más {last}, en %n compra.</numerusform>
                <numerusform>Mantenerlo después requiere {total} más {last}, en %n compras.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Then {total} more {last}, over %n purchases.</source>
            <translation>
                <numerusform>Luego, {total} más {last}, en %n compra.</numerusform>
                <numerusform>Luego, {total} más {last}, en %n compras.</numerusform>
            </translation>
        </message>
        <message>
            <source>To keep {tier} after that, also spend {amount} {when}.</source>
            <translation>Para mantener {tier} después, gasta además {amount} {when}.</translation>
        </message>
        <message>
            <source>To reach {tier} on {date}, also spend {amount} {when}.</source>
            <translation>Para llegar a {tier} el {date}, gasta además {amount} {when}.</translation>
        </message>
        <message>
            <source>Type what you mean to spend, and how often you visit and review, month by month.</source>
            <translation>Escribe cuánto piensas gastar y cada cuánto visitas y reseñas, mes a mes.</translation>
        </message>
        <message>
            <source>{amount} of orders</source>
            <translation>{amount} en pedidos</translation>
        </message>
        <message>
            <source>1 visit</source>
            <translation>1 visita</translation>
        </message>
        <message numerus="yes">
            <source>%n visits</source>
            <translation>
                <numerusform>%n visita</numerusform>
                <numerusform>%n visitas</numerusform>
            </translation>
        </message>
        <message>
            <source>1 review</source>
            <translation>1 reseña</translation>
        </message>
        <message numerus="yes">
            <source>%n reviews</source>
            <translation>
                <numerusform>%n reseña</numerusform>
                <numerusform>%n reseñas</numerusform>
            </translation>
        </message>
        <message>
            <source>{list} and {last}</source>
            <translation>{list} y {last}</translation>
        </message>
        <message>
            <source>This plan: {what}, earning {points} points by the end of {month}.</source>
            <translation>Este plan: {what}, con {points} puntos ganados a final de {month}.</translation>
        </message>
    </context>
    <context>
        <name>PostForm</name>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <source>Optional: what it was about</source>
            <translation>Opcional: de qué trataba</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Nota:</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
    </context>
    <context>
        <name>ProgressPage</name>
        <message>
            <source>Cancel import</source>
            <translation>Cancelar la importación</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Importando</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
        <message>
            <source>Importing… {done} of {total} records written.</source>
            <translation>Importando… {done} de {total} registros escritos.</translation>
        </message>
    </context>
    <context>
        <name>PromotionForm</name>
        <message>
            <source>e.g. 11.11 Global Shopping Festival</source>
            <translation>p. ej. 11.11 Global Shopping Festival</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Hasta:</translation>
        </message>
        <message>
            <source>e.g. 2 or 1.5</source>
            <translation>p. ej. 2 o 1,5</translation>
        </message>
        <message>
            <source>Orders placed in these days earn their shopping points times this</source>
            <translation>Los pedidos hechos en estos días ganan sus puntos de compra multiplicados por esto</translation>
        </message>
        <message>
            <source>&amp;Multiplier:</source>
            <translation>&amp;Multiplicador:</translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <source>Import a file</source>
            <translation>Importar un archivo</translation>
        </message>
        <message>
            <source>Save the rejected rows</source>
            <translation>Guardar las filas rechazadas</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>Questions</name>
        <message>
            <source>Delete {what}?

You can take this back with Edit ▸ Undo.</source>
            <translation>¿Eliminar {what}?

Puedes deshacerlo con Editar ▸ Deshacer.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Conservar</translation>
        </message>
        <message>
            <source>Undo import</source>
            <translation>Deshacer la importación</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Reemplazar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Change the language</source>
            <translation>Cambiar el idioma</translation>
        </message>
        <message>
            <source>Points Tracker speaks {language} from its next start. Restart it now?</source>
            <translation>Points Tracker estará en {language} a partir del próximo inicio. ¿Reiniciarlo ahora?</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>Reiniciar ahora</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Más tarde</translation>
        </message>
        <message>
            <source>Do not restore</source>
            <translation>No restaurar</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
    </context>
    <context>
        <name>RecordPage</name>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Eliminar…</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Hasta:</translation>
        </message>
        <message>
            <source>Nothing matches the search and dates.</source>
            <translation>Nada coincide con la búsqueda y las fechas.</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>No se puede eliminar</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>Add order</source>
            <translation>Añadir pedido</translation>
        </message>
        <message>
            <source>Edit order</source>
            <translation>Editar pedido</translation>
        </message>
        <message>
            <source>Delete order</source>
            <translation>Eliminar pedido</translation>
        </message>
        <message>
            <source>Delete order?</source>
            <translation>¿Eliminar el pedido?</translation>
        </message>
        <message>
            <source>Cannot save the order</source>
            <translation>No se puede guardar el pedido</translation>
        </message>
        <message>
            <source>Cannot open the order</source>
            <translation>No se puede abrir el pedido</translation>
        </message>
        <message>
            <source>&amp;Add order…</source>
            <translation>&amp;Añadir pedido…</translation>
        </message>
        <message>
            <source>Search orders</source>
            <translation>Buscar pedidos</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Pedidos</translation>
        </message>
        <message>
            <source>Order added.</source>
            <translation>Pedido añadido.</translation>
        </message>
        <message>
            <source>Order saved.</source>
            <translation>Pedido guardado.</translation>
        </message>
        <message>
            <source>No orders yet. Add one with Add order, or bring in your AliExpress orders with File ▸ Import a file.</source>
            <translation>Todavía no hay pedidos. Añade uno con Añadir pedido o trae tus pedidos de AliExpress con Archivo ▸ Importar un archivo.</translation>
        </message>
        <message>
            <source>Add review</source>
            <translation>Añadir reseña</translation>
        </message>
        <message>
            <source>Edit review</source>
            <translation>Editar reseña</translation>
        </message>
        <message>
            <source>Delete review</source>
            <translation>Eliminar reseña</translation>
        </message>
        <message>
            <source>Delete review?</source>
            <translation>¿Eliminar la reseña?</translation>
        </message>
        <message>
            <source>Cannot save the review</source>
            <translation>No se puede guardar la reseña</translation>
        </message>
        <message>
            <source>Cannot open the review</source>
            <translation>No se puede abrir la reseña</translation>
        </message>
        <message>
            <source>&amp;Add review…</source>
            <translation>&amp;Añadir reseña…</translation>
        </message>
        <message>
            <source>Search reviews</source>
            <translation>Buscar reseñas</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Reseñas</translation>
        </message>
        <message>
            <source>Review added.</source>
            <translation>Reseña añadida.</translation>
        </message>
        <message>
            <source>Review saved.</source>
            <translation>Reseña guardada.</translation>
        </message>
        <message>
            <source>No reviews yet. Add one with Add review when you review a product: reviews of items over $2 earn a point.</source>
            <translation>Todavía no hay reseñas. Añade una con Añadir reseña cuando reseñes un producto: las reseñas de artículos de más de 2 $ dan un punto.</translation>
        </message>
        <message>
            <source>Add visit</source>
            <translation>Añadir visita</translation>
        </message>
        <message>
            <source>Edit visit</source>
            <translation>Editar visita</translation>
        </message>
        <message>
            <source>Delete visit</source>
            <translation>Eliminar visita</translation>
        </message>
        <message>
            <source>Delete visit?</source>
            <translation>¿Eliminar la visita?</translation>
        </message>
        <message>
            <source>Cannot save the visit</source>
            <translation>No se puede guardar la visita</translation>
        </message>
        <message>
            <source>Cannot open the visit</source>
            <translation>No se puede abrir la visita</translation>
        </message>
        <message>
            <source>&amp;Add visit…</source>
            <translation>&amp;Añadir visita…</translation>
        </message>
        <message>
            <source>Search visits</source>
            <translation>Buscar visitas</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visitas</translation>
        </message>
        <message>
            <source>Visit added.</source>
            <translation>Visita añadida.</translation>
        </message>
        <message>
            <source>Visit saved.</source>
            <translation>Visita guardada.</translation>
        </message>
        <message>
            <source>No visits yet. Record today's with Edit ▸ Visited today.</source>
            <translation>Todavía no hay visitas. Registra la de hoy con Editar ▸ Visitado hoy.</translation>
        </message>
        <message>
            <source>Add Club post</source>
            <translation>Añadir publicación en el Club</translation>
        </message>
        <message>
            <source>Edit Club post</source>
            <translation>Editar publicación en el Club</translation>
        </message>
        <message>
            <source>Delete Club post</source>
            <translation>Eliminar publicación en el Club</translation>
        </message>
        <message>
            <source>Delete Club post?</source>
            <translation>¿Eliminar la publicación en el Club?</translation>
        </message>
        <message>
            <source>Cannot save the Club post</source>
            <translation>No se puede guardar la publicación en el Club</translation>
        </message>
        <message>
            <source>Cannot open the Club post</source>
            <translation>No se puede abrir la publicación en el Club</translation>
        </message>
        <message>
            <source>&amp;Add Club post…</source>
            <translation>&amp;Añadir publicación en el Club…</translation>
        </message>
        <message>
            <source>Search Club posts</source>
            <translation>Buscar publicaciones en el Club</translation>
        </message>
        <message>
            <source>Club posts</source>
            <translation>Publicaciones en el Club</translation>
        </message>
        <message>
            <source>Club post added.</source>
            <translation>Publicación en el Club añadida.</translation>
        </message>
        <message>
            <source>Club post saved.</source>
            <translation>Publicación en el Club guardada.</translation>
        </message>
        <message>
            <source>No Club posts yet.</source>
            <translation>Todavía no hay publicaciones en el Club.</translation>
        </message>
        <message>
            <source>Add store follow</source>
            <translation>Añadir tienda seguida</translation>
        </message>
        <message>
            <source>Edit store follow</source>
            <translation>Editar tienda seguida</translation>
        </message>
        <message>
            <source>Delete store follow</source>
            <translation>Eliminar tienda seguida</translation>
        </message>
        <message>
            <source>Delete store follow?</source>
            <translation>¿Eliminar la tienda seguida?</translation>
        </message>
        <message>
            <source>Cannot save the store follow</source>
            <translation>No se puede guardar la tienda seguida</translation>
        </message>
        <message>
            <source>Cannot open the store follow</source>
            <translation>No se puede abrir la tienda seguida</translation>
        </message>
        <message>
            <source>&amp;Add store follow…</source>
            <translation>&amp;Añadir tienda seguida…</translation>
        </message>
        <message>
            <source>Search store follows</source>
            <translation>Buscar tiendas seguidas</translation>
        </message>
        <message>
            <source>Store follows</source>
            <translation>Tiendas seguidas</translation>
        </message>
        <message>
            <source>Store follow added.</source>
            <translation>Tienda seguida añadida.</translation>
        </message>
        <message>
            <source>Store follow saved.</source>
            <translation>Tienda seguida guardada.</translation>
        </message>
        <message>
            <source>No store follows yet.</source>
            <translation>Todavía no sigues ninguna tienda.</translation>
        </message>
        <message>
            <source>Add points entry</source>
            <translation>Añadir entrada de puntos</translation>
        </message>
        <message>
            <source>Edit points entry</source>
            <translation>Editar entrada de puntos</translation>
        </message>
        <message>
            <source>Delete points entry</source>
            <translation>Eliminar entrada de puntos</translation>
        </message>
        <message>
            <source>Delete points entry?</source>
            <translation>¿Eliminar la entrada de puntos?</translation>
        </message>
        <message>
            <source>Cannot save the points entry</source>
            <translation>No se puede guardar la entrada de puntos</translation>
        </message>
        <message>
            <source>Cannot open the points entry</source>
            <translation>No se puede abrir la entrada de puntos</translation>
        </message>
        <message>
            <source>&amp;Add points entry…</source>
            <translation>&amp;Añadir entrada de puntos…</translation>
        </message>
        <message>
            <source>Search points entries</source>
            <translation>Buscar entradas de puntos</translation>
        </message>
        <message>
            <source>Points entries</source>
            <translation>Entradas de puntos</translation>
        </message>
        <message>
            <source>Points entry added.</source>
            <translation>Entrada de puntos añadida.</translation>
        </message>
        <message>
            <source>Points entry saved.</source>
            <translation>Entrada de puntos guardada.</translation>
        </message>
        <message>
            <source>No points entries yet.</source>
            <translation>Todavía no hay entradas de puntos.</translation>
        </message>
        <message>
            <source>Add promotion</source>
            <translation>Añadir promoción</translation>
        </message>
        <message>
            <source>Edit promotion</source>
            <translation>Editar promoción</translation>
        </message>
        <message>
            <source>Delete promotion</source>
            <translation>Eliminar promoción</translation>
        </message>
        <message>
            <source>Delete promotion?</source>
            <translation>¿Eliminar la promoción?</translation>
        </message>
        <message>
            <source>Cannot save the promotion</source>
            <translation>No se puede guardar la promoción</translation>
        </message>
        <message>
            <source>Cannot open the promotion</source>
            <translation>No se puede abrir la promoción</translation>
        </message>
        <message>
            <source>&amp;Add promotion…</source>
            <translation>&amp;Añadir promoción…</translation>
        </message>
        <message>
            <source>Search promotions</source>
            <translation>Buscar promociones</translation>
        </message>
        <message>
            <source>Promotions</source>
            <translation>Promociones</translation>
        </message>
        <message>
            <source>Promotion added.</source>
            <translation>Promoción añadida.</translation>
        </message>
        <message>
            <source>Promotion saved.</source>
            <translation>Promoción guardada.</translation>
        </message>
        <message>
            <source>No promotions yet. Add one when AliExpress runs double points, such as 11.11.</source>
            <translation>Todavía no hay promociones. Añade una cuando AliExpress dé puntos dobles, como en el 11.11.</translation>
        </message>
        <message>
            <source>Add entry</source>
            <translation>Añadir entrada</translation>
        </message>
        <message>
            <source>Edit entry</source>
            <translation>Editar entrada</translation>
        </message>
        <message>
            <source>Delete entry</source>
            <translation>Eliminar entrada</translation>
        </message>
        <message>
            <source>Delete entry?</source>
            <translation>¿Eliminar la entrada?</translation>
        </message>
        <message>
            <source>Cannot save the entry</source>
            <translation>No se puede guardar la entrada</translation>
        </message>
        <message>
            <source>Cannot open the entry</source>
            <translation>No se puede abrir la entrada</translation>
        </message>
        <message>
            <source>&amp;Add entry…</source>
            <translation>&amp;Añadir entrada…</translation>
        </message>
        <message>
            <source>Search entries</source>
            <translation>Buscar entradas</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entradas</translation>
        </message>
        <message>
            <source>Entry added.</source>
            <translation>Entrada añadida.</translation>
        </message>
        <message>
            <source>Entry saved.</source>
            <translation>Entrada guardada.</translation>
        </message>
        <message>
            <source>No visits, Club posts, follows or bonuses yet. Record today's visit with Edit ▸ Visited today, or add the others with the buttons below.</source>
            <translation>Todavía no hay visitas, publicaciones en el Club, tiendas seguidas ni bonificaciones. Registra la visita de hoy con Editar ▸ Visitado hoy, o añade lo demás con los botones de abajo.</translation>
        </message>
        <message>
            <source>Add record</source>
            <translation>Añadir registro</translation>
        </message>
        <message>
            <source>Edit record</source>
            <translation>Editar registro</translation>
        </message>
        <message>
            <source>Delete record</source>
            <translation>Eliminar registro</translation>
        </message>
        <message>
            <source>Delete record?</source>
            <translation>¿Eliminar el registro?</translation>
        </message>
        <message>
            <source>Cannot save the record</source>
            <translation>No se puede guardar el registro</translation>
        </message>
        <message>
            <source>Cannot open the record</source>
            <translation>No se puede abrir el registro</translation>
        </message>
        <message>
            <source>&amp;Add record…</source>
            <translation>&amp;Añadir registro…</translation>
        </message>
        <message>
            <source>Search records</source>
            <translation>Buscar registros</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Registros</translation>
        </message>
        <message>
            <source>Record added.</source>
            <translation>Registro añadido.</translation>
        </message>
        <message>
            <source>Record saved.</source>
            <translation>Registro guardado.</translation>
        </message>
        <message>
            <source>Nothing recorded yet.</source>
            <translation>Todavía no hay nada registrado.</translation>
        </message>
    </context>
    <context>
        <name>RejectedModel</name>
        <message>
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
    </context>
    <context>
        <name>ReminderNotifier</name>
        <message>
            <source>{app}: a reminder</source>
            <translation>{app}: un recordatorio</translation>
        </message>
        <message numerus="yes">
            <source>{app}: %n reminders</source>
            <translation>
                <numerusform>{app}: %n recordatorio</numerusform>
                <numerusform>{app}: %n recordatorios</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Level-up coupons after a tier rise</source>
            <translation>Cupones de subida de nivel tras subir de nivel</translation>
        </message>
        <message>
            <source>Birthday gift: set your birthday in time</source>
            <translation>Regalo de cumpleaños: pon tu cumpleaños a tiempo</translation>
        </message>
        <message>
            <source>Registration-anniversary voucher</source>
            <translation>Cupón de aniversario de registro</translation>
        </message>
        <message>
            <source>Today's Member Center visit</source>
            <translation>Visita de hoy al Centro de miembros</translation>
        </message>
        <message>
            <source>Orders overdue for confirmation</source>
            <translation>Pedidos con la confirmación atrasada</translation>
        </message>
        <message>
            <source>Tier lapsing within 30 days</source>
            <translation>Nivel que vence en 30 días</translation>
        </message>
        <message numerus="yes">
            <source>You reached {tier}: claim your level-up coupons between {first} and {last}, and use each within %n days.</source>
            <translation>
                <numerusform>Llegaste a {tier}: reclama tus cupones de subida de nivel entre el {first} y el {last}, y usa cada uno en %n día.</numerusform>
                <numerusform>Llegaste a {tier}: reclama tus cupones de subida de nivel entre el {first} y el {last}, y usa cada uno en %n días.</numerusform>
            </translation>
        </message>
        <message>
            <source>Birthday gift: make sure your birthday is set in your AliExpress profile by {date}.</source>
            <translation>Regalo de cumpleaños: asegúrate de tener tu cumpleaños en tu perfil de AliExpress antes del {date}.</translation>
        </message>
        <message>
            <source>Your registration-anniversary voucher comes today.</source>
            <translation>Tu cupón de aniversario de registro llega hoy.</translation>
        </message>
        <message>
            <source>Your registration-anniversary voucher comes on {date}.</source>
            <translation>Tu cupón de aniversario de registro llega el {date}.</translation>
        </message>
        <message>
            <source>Visit the Member Center today for a point, then record the visit with Edit ▸ Visited today.</source>
            <translation>Visita hoy el Centro de miembros para ganar un punto y registra la visita con Editar ▸ Visitado hoy.</translation>
        </message>
        <message>
            <source>1 order is past the expected confirmation date: confirm receipt on AliExpress (or mark them confirmed or cancelled here).</source>
            <translation>1 pedido superó la fecha de confirmación prevista: confirma la recepción en AliExpress (o márcalo aquí como confirmado o cancelado).</translation>
        </message>
        <message numerus="yes">
            <source>%n orders are past the expected confirmation date: confirm receipt on AliExpress (or mark them confirmed or cancelled here).</source>
            <translation>
                <numerusform>%n pedido superó la fecha de confirmación prevista: confirma la recepción en AliExpress (o márcalo aquí como confirmado o cancelado).</numerusform>
                <numerusform>%n pedidos superaron la fecha de confirmación prevista: confirma la recepción en AliExpress (o márcalos aquí como confirmados o cancelados).</numerusform>
            </translation>
        </message>
        <message>
            <source>{tier} ends {date}: you drop to {lower}.</source>
            <translation>{tier} termina el {date}: bajas a {lower}.</translation>
        </message>
        <message>
            <source>Spend {amount} {when} to keep it.</source>
            <translation>Gasta {amount} {when} para mantenerlo.</translation>
        </message>
    </context>
    <context>
        <name>ReviewForm</name>
        <message>
            <source>This review earns no points: the item is below the rule set's minimum price (S4).</source>
            <translation>Esta reseña no gana puntos: el artículo está por debajo del precio mínimo del conjunto de reglas (S4).</translation>
        </message>
        <message>
            <source>This review earns no points under the active rule set.</source>
            <translation>Esta reseña no gana puntos con el conjunto de reglas activo.</translation>
        </message>
        <message>
            <source>This review earns 1 point (S4).</source>
            <translation>Esta reseña gana 1 punto (S4).</translation>
        </message>
        <message numerus="yes">
            <source>This review earns %n points (S4).</source>
            <translation>
                <numerusform>Esta reseña gana %n punto (S4).</numerusform>
                <numerusform>Esta reseña gana %n puntos (S4).</numerusform>
            </translation>
        </message>
        <message>
            <source>An order that no longer exists</source>
            <translation>Un pedido que ya no existe</translation>
        </message>
        <message>
            <source>Order {number} of {date}</source>
            <translation>Pedido {number} del {date}</translation>
        </message>
        <message>
            <source>Order of {date} from {store}</source>
            <translation>Pedido del {date} de {store}</translation>
        </message>
        <message>
            <source>Order of {date}</source>
            <translation>Pedido del {date}</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <source>The product you reviewed</source>
            <translation>El producto que reseñaste</translation>
        </message>
        <message>
            <source>&amp;Product:</source>
            <translation>&amp;Producto:</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Opcional</translation>
        </message>
        <message>
            <source>Product &amp;id:</source>
            <translation>&amp;ID del producto:</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Desconocido</translation>
        </message>
        <message>
            <source>The item's price in US$; leave empty if you do not know it</source>
            <translation>El precio del artículo en US$; déjalo vacío si no lo sabes</translation>
        </message>
        <message>
            <source>Item p&amp;rice $:</source>
            <translation>P&amp;recio del artículo $:</translation>
        </message>
        <message>
            <source>Order:</source>
            <translation>Pedido:</translation>
        </message>
        <message>
            <source>Points:</source>
            <translation>Puntos:</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Update orders already recorded with this file's data</source>
            <translation>Actualizar los pedidos ya registrados con los datos de este archivo</translation>
        </message>
        <message>
            <source>Skip rows with errors and import the rest</source>
            <translation>Omitir las filas con errores e importar el resto</translation>
        </message>
        <message>
            <source>Save rejected rows…</source>
            <translation>Guardar las filas rechazadas…</translation>
        </message>
        <message>
            <source>Check before importing</source>
            <translation>Revisar antes de importar</translation>
        </message>
        <message>
            <source>1 row cannot be imported as it is: the marked cells say why. Save them to fix in a spreadsheet and import again.</source>
            <translation>1 fila no se puede importar tal como está: las celdas marcadas dicen por qué. Guárdala para corregirla en una hoja de cálculo e impórtala de nuevo.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows cannot be imported as they are: the marked cells say why. Save them to fix in a spreadsheet and import again.</source>
            <translation>
                <numerusform>%Ln fila no se puede importar tal como está: las celdas marcadas dicen por qué. Guárdala para corregirla en una hoja de cálculo e impórtala de nuevo.</numerusform>
                <numerusform>%Ln filas no se pueden importar tal como están: las celdas marcadas dicen por qué. Guárdalas para corregirlas en una hoja de cálculo e impórtalas de nuevo.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;{count}&lt;/b&gt; to add</source>
            <translation>&lt;b&gt;{count}&lt;/b&gt; para añadir</translation>
        </message>
        <message>
            <source>&lt;b&gt;{count}&lt;/b&gt; to update</source>
            <translation>&lt;b&gt;{count}&lt;/b&gt; para actualizar</translation>
        </message>
        <message>
            <source>{count} already recorded or repeated in the file, left out</source>
            <translation>{count} ya registrados o repetidos en el archivo, omitidos</translation>
        </message>
        <message>
            <source>&lt;b&gt;{rows} rejected&lt;/b&gt;</source>
            <translation>&lt;b&gt;{rows} rechazadas&lt;/b&gt;</translation>
        </message>
        <message>
            <source>{rows} read: {parts}.</source>
            <translation>{rows} leídas: {parts}.</translation>
        </message>
        <message>
            <source>Every row reads as it should.</source>
            <translation>Todas las filas se leen bien.</translation>
        </message>
    </context>
    <context>
        <name>RuleSet</name>
        <message>
            <source>AliExpress member program (since 2023)</source>
            <translation>Programa de miembros de AliExpress (desde 2023)</translation>
        </message>
        <message>
            <source>Silver, Gold, Platinum and Diamond; 1 point per US$1; month-end recalculation over 12 months, effective on the 8th.</source>
            <translation>Plata, Oro, Platino y Diamante; 1 punto por cada 1 US$; recálculo a fin de mes sobre 12 meses, vigente el día 8.</translation>
        </message>
        <message>
            <source>Silver</source>
            <translation>Plata</translation>
        </message>
        <message>
            <source>5% off Top Weekly Brands</source>
            <translation>5 % de descuento en Top Weekly Brands</translation>
        </message>
        <message>
            <source>Birthday gift</source>
            <translation>Regalo de cumpleaños</translation>
        </message>
        <message>
            <source>Registration-anniversary voucher</source>
            <translation>Cupón de aniversario de registro</translation>
        </message>
        <message>
            <source>Level-up coupons</source>
            <translation>Cupones de subida de nivel</translation>
        </message>
        <message>
            <source>Gold</source>
            <translation>Oro</translation>
        </message>
        <message>
            <source>8% off Top Weekly Brands</source>
            <translation>8 % de descuento en Top Weekly Brands</translation>
        </message>
        <message>
            <source>Exclusive member prices</source>
            <translation>Precios exclusivos para miembros</translation>
        </message>
        <message>
            <source>Exclusive event discounts</source>
            <translation>Descuentos en eventos exclusivos</translation>
        </message>
        <message>
            <source>Platinum</source>
            <translation>Platino</translation>
        </message>
        <message>
            <source>10% off Top Weekly Brands</source>
            <translation>10 % de descuento en Top Weekly Brands</translation>
        </message>
        <message>
            <source>Fast refunds up to US$25</source>
            <translation>Reembolsos rápidos de hasta 25 US$</translation>
        </message>
        <message>
            <source>Exclusive event benefits</source>
            <translation>Beneficios en eventos exclusivos</translation>
        </message>
        <message>
            <source>Diamond</source>
            <translation>Diamante</translation>
        </message>
        <message>
            <source>15% off Top Weekly Brands (up to 25% on select items)</source>
            <translation>15 % de descuento en Top Weekly Brands (hasta el 25 % en artículos seleccionados)</translation>
        </message>
        <message>
            <source>Fast refunds up to US$100</source>
            <translation>Reembolsos rápidos de hasta 100 US$</translation>
        </message>
        <message>
            <source>Limited daily coupons</source>
            <translation>Cupones diarios limitados</translation>
        </message>
        <message>
            <source>AliExpress member program, flat points per order</source>
            <translation>Programa de miembros de AliExpress, puntos fijos por pedido</translation>
        </message>
        <message>
            <source>The 2023 tiers and window, but 5 points per order of US$2 or more, at most 5 a day (the other reading of the shopping rule).</source>
            <translation>Los niveles y la ventana de 2023, pero 5 puntos por pedido de 2 US$ o más, como máximo 5 al día (la otra lectura de la regla de compras).</translation>
        </message>
        <message>
            <source>AliExpress levels A0-A4 (legacy)</source>
            <translation>Niveles A0-A4 de AliExpress (antiguos)</translation>
        </message>
        <message>
            <source>Five levels A0-A4 over the last 365 days; 1 point per US$1 for at most 10 orders of a product; 5 points per purchase day.</source>
            <translation>Cinco niveles A0-A4 sobre los últimos 365 días; 1 punto por cada 1 US$ en como máximo 10 pedidos de un producto; 5 puntos por día de compra.</translation>
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
            <translation>Avisos de bajada de precio</translation>
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
            <translation>Disputas aceleradas (revisadas en 5 días)</translation>
        </message>
    </context>
    <context>
        <name>Rules</name>
        <message>
            <source>points for the order's amount</source>
            <translation>puntos por el importe del pedido</translation>
        </message>
        <message>
            <source>a refund took points back</source>
            <translation>un reembolso quitó puntos</translation>
        </message>
        <message>
            <source>several categories on one day</source>
            <translation>varias categorías en un mismo día</translation>
        </message>
        <message>
            <source>a product review</source>
            <translation>una reseña de producto</translation>
        </message>
        <message>
            <source>a Member Center visit</source>
            <translation>una visita al Centro de miembros</translation>
        </message>
        <message>
            <source>a Club post</source>
            <translation>una publicación en el Club</translation>
        </message>
        <message>
            <source>a store follow</source>
            <translation>seguir una tienda</translation>
        </message>
        <message>
            <source>a bonus or an adjustment</source>
            <translation>una bonificación o un ajuste</translation>
        </message>
        <message>
            <source>a promotion multiplied the points</source>
            <translation>una promoción multiplicó los puntos</translation>
        </message>
        <message>
            <source>flat points per order</source>
            <translation>puntos fijos por pedido</translation>
        </message>
        <message>
            <source>points for the order's amount (10 orders of a product at most)</source>
            <translation>puntos por el importe del pedido (10 pedidos de un producto como máximo)</translation>
        </message>
        <message>
            <source>a day with a purchase</source>
            <translation>un día con una compra</translation>
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
            <translation>Mes</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Previstos</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Reales</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Diferencia</translation>
        </message>
        <message>
            <source>{month} (so far)</source>
            <translation>{month} (hasta ahora)</translation>
        </message>
        <message>
            <source>“{plan}” covers no month up to today.</source>
            <translation>«{plan}» no cubre ningún mes hasta hoy.</translation>
        </message>
        <message>
            <source>as planned</source>
            <translation>según lo previsto</translation>
        </message>
        <message>
            <source>{count} more than planned</source>
            <translation>{count} más de lo previsto</translation>
        </message>
        <message>
            <source>{count} fewer than planned</source>
            <translation>{count} menos de lo previsto</translation>
        </message>
        <message>
            <source>Since {date}: {actual} points earned, {how} ({planned}).</source>
            <translation>Desde el {date}: {actual} puntos ganados, {how} ({planned}).</translation>
        </message>
        <message>
            <source>Saved {date}</source>
            <translation>Guardado el {date}</translation>
        </message>
        <message>
            <source>Plan of {date}</source>
            <translation>Plan del {date}</translation>
        </message>
        <message>
            <source>Saved the plan “{plan}”.</source>
            <translation>Plan «{plan}» guardado.</translation>
        </message>
        <message>
            <source>Loaded the plan “{plan}”.</source>
            <translation>Plan «{plan}» cargado.</translation>
        </message>
        <message>
            <source>Deleted the plan “{plan}”.</source>
            <translation>Plan «{plan}» eliminado.</translation>
        </message>
    </context>
    <context>
        <name>SavedPlansBox</name>
        <message>
            <source>Saved plans</source>
            <translation>Planes guardados</translation>
        </message>
        <message>
            <source>Name, e.g. Keep Platinum</source>
            <translation>Nombre, p. ej. Mantener Platino</translation>
        </message>
        <message>
            <source>Plan name</source>
            <translation>Nombre del plan</translation>
        </message>
        <message>
            <source>&amp;Save plan</source>
            <translation>&amp;Guardar plan</translation>
        </message>
        <message>
            <source>L&amp;oad</source>
            <translation>&amp;Cargar</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>&amp;Compare with what happened</source>
            <translation>&amp;Comparar con lo que pasó</translation>
        </message>
        <message>
            <source>Planned and actual points by month</source>
            <translation>Puntos planeados y reales por mes</translation>
        </message>
        <message>
            <source>No saved plans yet</source>
            <translation>Aún no hay planes guardados</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <source>Search store, note or kind</source>
            <translation>Buscar tienda, nota o tipo</translation>
        </message>
        <message>
            <source>Search title, store, order no. or note</source>
            <translation>Buscar título, tienda, n.º de pedido o nota</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Search product, product id or order no.</source>
            <translation>Buscar producto, ID del producto o n.º de pedido</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>Cannot redo “{action}”: {reason}</source>
            <translation>No se puede rehacer «{action}»: {reason}</translation>
        </message>
        <message>
            <source>Cannot undo “{action}”: {reason}</source>
            <translation>No se puede deshacer «{action}»: {reason}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>&amp;Points</source>
            <translation>&amp;Puntos</translation>
        </message>
        <message>
            <source>&amp;You</source>
            <translation>&amp;Tú</translation>
        </message>
        <message>
            <source>&amp;Currencies</source>
            <translation>&amp;Monedas</translation>
        </message>
        <message>
            <source>&amp;Reminders &amp;&amp; language</source>
            <translation>&amp;Recordatorios e idioma</translation>
        </message>
        <message>
            <source>&amp;Data file</source>
            <translation>Archivo de &amp;datos</translation>
        </message>
        <message>
            <source>Other file…</source>
            <translation>Otro archivo…</translation>
        </message>
        <message>
            <source>The chosen rule set's tiers and rules</source>
            <translation>Niveles y reglas del conjunto elegido</translation>
        </message>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>How long after ordering you usually confirm receipt; plans buy this much earlier.</source>
            <translation>Cuánto tardas normalmente en confirmar la recepción tras pedir; los planes compran con esta antelación.</translation>
        </message>
        <message>
            <source>R&amp;ule set:</source>
            <translation>&amp;Conjunto de reglas:</translation>
        </message>
        <message>
            <source>Confirmation &amp;lag:</source>
            <translation>Retraso de conf&amp;irmación:</translation>
        </message>
        <message>
            <source> points a month</source>
            <translation> puntos al mes</translation>
        </message>
        <message>
            <source>Points you expect each month from visits, reviews and posts.</source>
            <translation>Puntos que esperas cada mes por visitas, reseñas y publicaciones.</translation>
        </message>
        <message>
            <source>&amp;Expected non-shopping points:</source>
            <translation>Puntos &amp;esperados sin compras:</translation>
        </message>
        <message>
            <source>Count pending orders in projections (as expected points)</source>
            <translation>Contar los pedidos pendientes en las previsiones (como puntos esperados)</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Cumpleaños</translation>
        </message>
        <message>
            <source>&amp;Birthday:</source>
            <translation>&amp;Cumpleaños:</translation>
        </message>
        <message>
            <source>Re&amp;gistered on AliExpress:</source>
            <translation>Re&amp;gistrado en AliExpress:</translation>
        </message>
        <message>
            <source>Show these reminders on the dashboard:</source>
            <translation>Mostrar estos recordatorios en el panel:</translation>
        </message>
        <message>
            <source>Also show new reminders as desktop &amp;notifications, once a day each</source>
            <translation>Mostrar también los recordatorios nuevos como &amp;notificaciones de escritorio, una vez al día cada uno</translation>
        </message>
        <message>
            <source>The system's language</source>
            <translation>El idioma del sistema</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>The new language is used from the next time Points Tracker starts.</source>
            <translation>El nuevo idioma se usará la próxima vez que se inicie Points Tracker.</translation>
        </message>
        <message>
            <source>Your records are kept in this file:</source>
            <translation>Tus registros se guardan en este archivo:</translation>
        </message>
        <message>
            <source>Data file</source>
            <translation>Archivo de datos</translation>
        </message>
        <message>
            <source>Open &amp;folder</source>
            <translation>Abrir &amp;carpeta</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;Nueva base de datos…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Abrir base de datos…</translation>
        </message>
        <message>
            <source>A backup of the file is made each day you use it, in the backups folder beside it.</source>
            <translation>Cada día que usas el archivo se hace una copia de seguridad en la carpeta backups, a su lado.</translation>
        </message>
        <message>
            <source>Choose a rule-set file</source>
            <translation>Elegir un archivo de reglas</translation>
        </message>
        <message>
            <source>Rule sets (*.toml)</source>
            <translation>Conjuntos de reglas (*.toml)</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>Cannot write a backup to {target}: that file is a database in use.</source>
            <translation>No se puede escribir una copia en {target}: ese archivo es una base de datos en uso.</translation>
        </message>
        <message>
            <source>Cannot write a backup to {target}: it is a folder, not a file.</source>
            <translation>No se puede escribir una copia en {target}: es una carpeta, no un archivo.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>No se cambió nada.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a backup file. Nothing was changed.</source>
            <translation>{path} es una carpeta, no un archivo de copia. No se cambió nada.</translation>
        </message>
        <message>
            <source>{path}: no such file. Nothing was changed.</source>
            <translation>{path}: no existe ese archivo. No se cambió nada.</translation>
        </message>
        <message>
            <source>{path} is not a Points Tracker database (it may be another program's). Nothing was changed.</source>
            <translation>{path} no es una base de datos de Points Tracker (puede ser de otro programa). No se cambió nada.</translation>
        </message>
        <message>
            <source>{path} was made by a newer Points Tracker (data version {version}; this one understands up to {SCHEMA_VERSION}). Update Points Tracker to restore it. Nothing was changed.</source>
            <translation>{path} lo creó un Points Tracker más nuevo (versión de datos {version}; esta entiende hasta la {SCHEMA_VERSION}). Actualiza Points Tracker para restaurarlo. No se cambió nada.</translation>
        </message>
        <message>
            <source>{path} is damaged, or it is not a Points Tracker backup. Nothing was changed.</source>
            <translation>{path} está dañado o no es una copia de Points Tracker. No se cambió nada.</translation>
        </message>
        <message>
            <source>{path} is damaged. Nothing was changed.</source>
            <translation>{path} está dañado. No se cambió nada.</translation>
        </message>
        <message>
            <source>{path} was written by a newer Points Tracker (data version {version}; this one understands up to {SCHEMA_VERSION}), so this one does not restore over it. Update Points Tracker first. Nothing was changed.</source>
            <translation>{path} lo escribió un Points Tracker más nuevo (versión de datos {version}; esta entiende hasta la {SCHEMA_VERSION}), así que esta no restaura encima de él. Actualiza primero Points Tracker. No se cambió nada.</translation>
        </message>
        <message>
            <source>{backup_file} is the database itself; choose a backup file. Nothing was changed.</source>
            <translation>{backup_file} es la propia base de datos; elige un archivo de copia. No se cambió nada.</translation>
        </message>
        <message>
            <source>No good automatic backup of {db_path} was found in {backups_dir}. Nothing was changed.</source>
            <translation>No se encontró ninguna copia automática buena de {db_path} en {backups_dir}. No se cambió nada.</translation>
        </message>
        <message>
            <source>No order {order_no} is recorded: import the orders first</source>
            <translation>No hay ningún pedido {order_no} registrado: importa primero los pedidos</translation>
        </message>
        <message>
            <source>This import is no longer recorded; it may have been undone already.</source>
            <translation>Esta importación ya no está registrada; puede que ya se haya deshecho.</translation>
        </message>
        <message>
            <source>Cannot save to {path}: the file is read-only. Make it writable, or use a copy, and try again.</source>
            <translation>No se puede guardar en {path}: el archivo es de solo lectura. Hazlo escribible o usa una copia, y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>Cannot save to {path}: its folder {folder} is read-only, and Points Tracker needs to write beside the file. Make the folder writable and try again.</source>
            <translation>No se puede guardar en {path}: su carpeta {folder} es de solo lectura, y Points Tracker necesita escribir junto al archivo. Haz la carpeta escribible y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>Cannot save to {path}: the file or its folder is read-only.</source>
            <translation>No se puede guardar en {path}: el archivo o su carpeta son de solo lectura.</translation>
        </message>
        <message>
            <source>Cannot open {path}: you do not have permission to use its folder {folder}.</source>
            <translation>No se puede abrir {path}: no tienes permiso para usar su carpeta {folder}.</translation>
        </message>
        <message>
            <source>Cannot open {path}: you do not have permission to read and change it.</source>
            <translation>No se puede abrir {path}: no tienes permiso para leerlo y modificarlo.</translation>
        </message>
        <message>
            <source>Cannot open {path}: the file, or one of the files Points Tracker keeps beside it ({wal}, {shm}), cannot be opened.</source>
            <translation>No se puede abrir {path}: no se puede abrir el archivo o uno de los que Points Tracker guarda a su lado ({wal}, {shm}).</translation>
        </message>
        <message>
            <source>{path} is in use by another program and stayed busy for {seconds} seconds. Close the other program or window and try again.</source>
            <translation>{path} lo está usando otro programa y siguió ocupado durante {seconds} segundos. Cierra el otro programa o ventana y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>{path} is damaged: some of its text cannot be read.</source>
            <translation>{path} está dañado: parte de su texto no se puede leer.</translation>
        </message>
        <message>
            <source>{path} is damaged, or it is not a Points Tracker database.</source>
            <translation>{path} está dañado o no es una base de datos de Points Tracker.</translation>
        </message>
        <message>
            <source>Cannot save to {path}: the disk is full. Nothing was changed; free some space and try again.</source>
            <translation>No se puede guardar en {path}: el disco está lleno. No se cambió nada; libera espacio y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>Cannot read or write {path}: the disk reported an error. Nothing was changed; check the disk, and restore a backup if this keeps happening.</source>
            <translation>No se puede leer ni escribir {path}: el disco informó de un error. No se cambió nada; revisa el disco y restaura una copia si vuelve a pasar.</translation>
        </message>
        <message>
            <source>Points Tracker ran out of memory working on {path}. Close other programs and try again.</source>
            <translation>Points Tracker se quedó sin memoria trabajando con {path}. Cierra otros programas y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>Cannot open {path}: it is a folder, not a file.</source>
            <translation>No se puede abrir {path}: es una carpeta, no un archivo.</translation>
        </message>
        <message>
            <source>Cannot create {path}: part of the path is a file, not a folder.</source>
            <translation>No se puede crear {path}: parte de la ruta es un archivo, no una carpeta.</translation>
        </message>
        <message>
            <source>{path} is damaged: part of it cannot be read correctly.</source>
            <translation>{path} está dañado: parte de él no se puede leer correctamente.</translation>
        </message>
        <message>
            <source>No automatic backup of it was found in {folder}.</source>
            <translation>No se encontró ninguna copia automática en {folder}.</translation>
        </message>
        <message>
            <source>The latest good backup is {file} (made {when}).</source>
            <translation>La última copia buena es {file} (hecha el {when}).</translation>
        </message>
        <message>
            <source>This {label} no longer exists (id {row_id}); it may have been deleted or its import undone.</source>
            <translation>Este {label} ya no existe (id {row_id}); puede que se haya eliminado o que se deshiciera su importación.</translation>
        </message>
        <message>
            <source>Cannot {action} {path}: {reason}.</source>
            <translation>No se puede {action} {path}: {reason}.</translation>
        </message>
        <message>
            <source>The file that was there before is unchanged.</source>
            <translation>El archivo que había antes no ha cambiado.</translation>
        </message>
        <message>
            <source>{path} is a database of another program, not a Points Tracker file. Choose another file.</source>
            <translation>{path} es una base de datos de otro programa, no un archivo de Points Tracker. Elige otro archivo.</translation>
        </message>
        <message>
            <source>{path} was written by a newer Points Tracker (data version {version}; this one understands up to {SCHEMA_VERSION}). Update Points Tracker to open it; the file was not changed.</source>
            <translation>{path} lo escribió un Points Tracker más nuevo (versión de datos {version}; esta entiende hasta la {SCHEMA_VERSION}). Actualiza Points Tracker para abrirlo; el archivo no se cambió.</translation>
        </message>
        <message>
            <source>{path} is an SQLite database of another program, not a Points Tracker file. Choose another file.</source>
            <translation>{path} es una base de datos SQLite de otro programa, no un archivo de Points Tracker. Elige otro archivo.</translation>
        </message>
        <message>
            <source>{file_error} {path} was not upgraded.</source>
            <translation>{file_error} {path} no se actualizó.</translation>
        </message>
        <message>
            <source>{path} was not upgraded: the upgrade would break links between records.</source>
            <translation>{path} no se actualizó: la actualización rompería los vínculos entre registros.</translation>
        </message>
        <message>
            <source>{path} is damaged: its {table} table is not as Points Tracker made it.</source>
            <translation>{path} está dañado: su tabla {table} no es como la creó Points Tracker.</translation>
        </message>
        <message>
            <source>{file} is damaged: some of its records cannot be read.</source>
            <translation>{file} está dañado: algunos de sus registros no se pueden leer.</translation>
        </message>
        <message>
            <source>{path} is open in another Points Tracker: close its window, or let the restore working on it finish, and try again.</source>
            <translation>{path} está abierto en otro Points Tracker: cierra su ventana, o deja que termine la restauración que trabaja con él, y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>{file} is a file, not a folder</source>
            <translation>{file} es un archivo, no una carpeta</translation>
        </message>
        <message>
            <source>you are not allowed to create folders in {place}</source>
            <translation>no tienes permiso para crear carpetas en {place}</translation>
        </message>
        <message>
            <source>{place} is on a disk that can only be read</source>
            <translation>{place} está en un disco de solo lectura</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>el disco está lleno</translation>
        </message>
        <message>
            <source>Points Tracker cannot create the folder {folder} for your records: {reason}.</source>
            <translation>Points Tracker no puede crear la carpeta {folder} para tus registros: {reason}.</translation>
        </message>
        <message>
            <source>Order {order_no} is recorded again meanwhile</source>
            <translation>Mientras tanto se volvió a registrar el pedido {order_no}</translation>
        </message>
        <message>
            <source>A visit on {date} is recorded again meanwhile</source>
            <translation>Mientras tanto se volvió a registrar una visita el {date}</translation>
        </message>
        <message>
            <source>It cannot be put back</source>
            <translation>No se puede volver a poner</translation>
        </message>
        <message>
            <source>{month} has no day {day}</source>
            <translation>{month} no tiene día {day}</translation>
        </message>
        <message>
            <source>{path} is empty (0 bytes), though its backups hold data: it was cut short, probably by a crash or a full disk.</source>
            <translation>{path} está vacío (0 bytes), aunque sus copias de seguridad contienen datos: quedó cortado, probablemente por un cierre inesperado o un disco lleno.</translation>
        </message>
    </context>
    <context>
        <name>Summary</name>
        <message>
            <source>{tier} is the first tier: there is nothing to lose.</source>
            <translation>{tier} es el primer nivel: no hay nada que perder.</translation>
        </message>
        <message>
            <source>Your {tier} tier is safe for the coming 12 months.</source>
            <translation>Tu nivel {tier} está a salvo los próximos 12 meses.</translation>
        </message>
        <message numerus="yes">
            <source>{tier} ends {date} (%n days): you drop to {lower} unless you earn more points.</source>
            <translation>
                <numerusform>{tier} termina el {date} (%n día): bajas a {lower} si no ganas más puntos.</numerusform>
                <numerusform>{tier} termina el {date} (%n días): bajas a {lower} si no ganas más puntos.</numerusform>
            </translation>
        </message>
        <message>
            <source>as soon as you can</source>
            <translation>lo antes posible</translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <source>by {date}</source>
            <translation>antes del {date}</translation>
        </message>
        <message>
            <source>No spending needed to keep {tier} for the coming 12 months.</source>
            <translation>No hace falta gastar para mantener {tier} los próximos 12 meses.</translation>
        </message>
        <message>
            <source>Spend {amount} {when} to still be {tier} on {date}.</source>
            <translation>Gasta {amount} {when} para seguir en {tier} el {date}.</translation>
        </message>
        <message numerus="yes">
            <source>Keeping it for the coming 12 months takes %n purchases, {total} in all, starting with this one.</source>
            <translation>
                <numerusform>Mantenerlo los próximos 12 meses requiere %n compra, {total} en total, empezando por esta.</numerusform>
                <numerusform>Mantenerlo los próximos 12 meses requiere %n compras, {total} en total, empezando por esta.</numerusform>
            </translation>
        </message>
        <message>
            <source>{tier} is the top tier.</source>
            <translation>{tier} es el nivel más alto.</translation>
        </message>
        <message numerus="yes">
            <source>%n more points by {date} reach {tier}.</source>
            <translation>
                <numerusform>%n punto más antes del {date} para llegar a {tier}.</numerusform>
                <numerusform>%n puntos más antes del {date} para llegar a {tier}.</numerusform>
            </translation>
        </message>
        <message>
            <source>{tier} needs no regular spending.</source>
            <translation>{tier} no necesita gasto regular.</translation>
        </message>
        <message>
            <source>{amount} a month keeps {tier} for good.</source>
            <translation>{amount} al mes mantienen {tier} para siempre.</translation>
        </message>
        <message>
            <source>Counted every day: {tier} from {date}.</source>
            <translation>Se cuenta cada día: {tier} desde el {date}.</translation>
        </message>
        <message>
            <source>Counted on {date}: {tier} from {effective}.</source>
            <translation>Se cuenta el {date}: {tier} desde el {effective}.</translation>
        </message>
        <message>
            <source>Fast refunds up to {amount}</source>
            <translation>Reembolsos rápidos de hasta {amount}</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Done</source>
            <translation>Listo</translation>
        </message>
        <message>
            <source>&amp;Undo this import</source>
            <translation>&amp;Deshacer esta importación</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importado</translation>
        </message>
        <message>
            <source>{count} added</source>
            <translation>{count} añadidos</translation>
        </message>
        <message>
            <source>{count} updated</source>
            <translation>{count} actualizados</translation>
        </message>
        <message>
            <source>{count} already recorded or repeated in the file, left out</source>
            <translation>{count} ya registrados o repetidos en el archivo, omitidos</translation>
        </message>
        <message>
            <source>{rows} rejected and not imported</source>
            <translation>{rows} rechazadas y no importadas</translation>
        </message>
        <message>
            <source>&lt;b&gt;{file}&lt;/b&gt;: {parts}.</source>
            <translation>&lt;b&gt;{file}&lt;/b&gt;: {parts}.</translation>
        </message>
        <message>
            <source>The import is recorded as batch {batch}; you can undo it later from the list of imports.</source>
            <translation>La importación quedó registrada como lote {batch}; puedes deshacerla más tarde desde la lista de importaciones.</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>No importado</translation>
        </message>
        <message>
            <source>Import undone</source>
            <translation>Importación deshecha</translation>
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message>
            <source>the visit on {when}</source>
            <translation>la visita del {when}</translation>
        </message>
        <message>
            <source>the Club post of {when}</source>
            <translation>la publicación en el Club del {when}</translation>
        </message>
        <message>
            <source>the store follow of {when}</source>
            <translation>la tienda seguida el {when}</translation>
        </message>
        <message numerus="yes">
            <source>the bonus of %n points on {when}</source>
            <translation>
                <numerusform>la bonificación de %n punto del {when}</numerusform>
                <numerusform>la bonificación de %n puntos del {when}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the adjustment of minus %n points on {when}</source>
            <translation>
                <numerusform>el ajuste de menos %n punto del {when}</numerusform>
                <numerusform>el ajuste de menos %n puntos del {when}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the adjustment of %n points on {when}</source>
            <translation>
                <numerusform>el ajuste de %n punto del {when}</numerusform>
                <numerusform>el ajuste de %n puntos del {when}</numerusform>
            </translation>
        </message>
        <message>
            <source>Today's visit is recorded</source>
            <translation>La visita de hoy está registrada</translation>
        </message>
        <message>
            <source>Record today's Member Center visit</source>
            <translation>Registrar la visita de hoy al Centro de miembros</translation>
        </message>
        <message>
            <source>Visit recorded for {today}.</source>
            <translation>Visita registrada para el {today}.</translation>
        </message>
        <message>
            <source>The visit of {today} was already recorded.</source>
            <translation>La visita del {today} ya estaba registrada.</translation>
        </message>
        <message>
            <source>Visits saved.</source>
            <translation>Visitas guardadas.</translation>
        </message>
        <message>
            <source>“{name}”</source>
            <translation>«{name}»</translation>
        </message>
        <message>
            <source>the promotion</source>
            <translation>la promoción</translation>
        </message>
        <message>
            <source>{name} ({multiplier_label}, {day} to {day2})</source>
            <translation>{name} ({multiplier_label}, del {day} al {day2})</translation>
        </message>
        <message>
            <source>expected {date}</source>
            <translation>previsto el {date}</translation>
        </message>
        <message>
            <source>estimated</source>
            <translation>estimado</translation>
        </message>
        <message>
            <source>credited</source>
            <translation>acreditado</translation>
        </message>
        <message>
            <source>Expected when you confirm receipt around {short_day}</source>
            <translation>Se espera al confirmar la recepción hacia el {short_day}</translation>
        </message>
        <message>
            <source>Estimated: confirmation date unknown</source>
            <translation>Estimado: fecha de confirmación desconocida</translation>
        </message>
        <message>
            <source>Price unknown</source>
            <translation>Precio desconocido</translation>
        </message>
        <message>
            <source>Dated after today: not counted yet</source>
            <translation>Fecha posterior a hoy: aún no cuenta</translation>
        </message>
        <message>
            <source>Reviews of items under {amount} earn no points (S4)</source>
            <translation>Las reseñas de artículos de menos de {amount} no dan puntos (S4)</translation>
        </message>
        <message numerus="yes">
            <source>Not counted: the month's first %n visits earn points ({rule})</source>
            <translation>
                <numerusform>No cuenta: solo la primera %n visita del mes gana puntos ({rule})</numerusform>
                <numerusform>No cuenta: solo las primeras %n visitas del mes ganan puntos ({rule})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not counted: the month's first %n Club posts earn points ({rule})</source>
            <translation>
                <numerusform>No cuenta: solo la primera %n publicación en el Club del mes gana puntos ({rule})</numerusform>
                <numerusform>No cuenta: solo las primeras %n publicaciones en el Club del mes ganan puntos ({rule})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not counted: the month's first %n store follows earn points ({rule})</source>
            <translation>
                <numerusform>No cuenta: solo la primera %n tienda seguida del mes gana puntos ({rule})</numerusform>
                <numerusform>No cuenta: solo las primeras %n tiendas seguidas del mes ganan puntos ({rule})</numerusform>
            </translation>
        </message>
        <message>
            <source>Earns nothing under the active rule set</source>
            <translation>No gana nada con el conjunto de reglas activo</translation>
        </message>
        <message>
            <source>after today</source>
            <translation>después de hoy</translation>
        </message>
        <message>
            <source>over the month's cap</source>
            <translation>por encima del límite del mes</translation>
        </message>
        <message>
            <source>not counted</source>
            <translation>no cuenta</translation>
        </message>
        <message>
            <source>{entries}, 1 visit</source>
            <translation>{entries}, 1 visita</translation>
        </message>
        <message numerus="yes">
            <source>{entries}, %Ln visits</source>
            <translation>
                <numerusform>{entries}, %Ln visita</numerusform>
                <numerusform>{entries}, %Ln visitas</numerusform>
            </translation>
        </message>
        <message>
            <source>1 item in all</source>
            <translation>1 artículo en total</translation>
        </message>
        <message numerus="yes">
            <source>%n items in all</source>
            <translation>
                <numerusform>%n artículo en total</numerusform>
                <numerusform>%n artículos en total</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{title} (+%n more)</source>
            <translation>
                <numerusform>{title} (+%n más)</numerusform>
                <numerusform>{title} (+%n más)</numerusform>
            </translation>
        </message>
        <message>
            <source>{title} ×{quantity}</source>
            <translation>{title} ×{quantity}</translation>
        </message>
        <message>
            <source>A cancelled order earns nothing</source>
            <translation>Un pedido cancelado no gana nada</translation>
        </message>
        <message>
            <source>Refunded: what is left is below the minimum, so the points were taken back (S2)</source>
            <translation>Reembolsado: lo que queda está por debajo del mínimo, así que se quitaron los puntos (S2)</translation>
        </message>
        <message>
            <source>Orders under {amount} after discounts earn no points (S1)</source>
            <translation>Los pedidos de menos de {amount} tras los descuentos no dan puntos (S1)</translation>
        </message>
        <message>
            <source>Earns nothing under the active rule set: another order of the product or the day already took its points (F1, L1)</source>
            <translation>No gana nada con el conjunto de reglas activo: otro pedido del producto o del día ya se llevó sus puntos (F1, L1)</translation>
        </message>
        <message>
            <source>no US$ amount</source>
            <translation>sin importe en US$</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <source>refunded</source>
            <translation>reembolsado</translation>
        </message>
        <message>
            <source>under {amount}</source>
            <translation>menos de {amount}</translation>
        </message>
        <message>
            <source>Reading orders… {read} of {expected}</source>
            <translation>Leyendo pedidos… {read} de {expected}</translation>
        </message>
        <message numerus="yes">
            <source>{orders}, %Ln pending</source>
            <translation>
                <numerusform>{orders}, %Ln pendiente</numerusform>
                <numerusform>{orders}, %Ln pendientes</numerusform>
            </translation>
        </message>
        <message>
            <source>from date</source>
            <translation>fecha inicial</translation>
        </message>
        <message>
            <source>Any date</source>
            <translation>Cualquier fecha</translation>
        </message>
        <message>
            <source>to date</source>
            <translation>fecha final</translation>
        </message>
        <message>
            <source>the review of {date} ({title})</source>
            <translation>la reseña del {date} ({title})</translation>
        </message>
        <message>
            <source>the review of {date}</source>
            <translation>la reseña del {date}</translation>
        </message>
        <message>
            <source>{shown} of {all}</source>
            <translation>{shown} de {all}</translation>
        </message>
        <message>
            <source>1 order</source>
            <translation>1 pedido</translation>
        </message>
        <message numerus="yes">
            <source>%Ln orders</source>
            <translation>
                <numerusform>%Ln pedido</numerusform>
                <numerusform>%Ln pedidos</numerusform>
            </translation>
        </message>
        <message>
            <source>1 review</source>
            <translation>1 reseña</translation>
        </message>
        <message numerus="yes">
            <source>%Ln reviews</source>
            <translation>
                <numerusform>%Ln reseña</numerusform>
                <numerusform>%Ln reseñas</numerusform>
            </translation>
        </message>
        <message>
            <source>1 entry</source>
            <translation>1 entrada</translation>
        </message>
        <message numerus="yes">
            <source>%Ln entries</source>
            <translation>
                <numerusform>%Ln entrada</numerusform>
                <numerusform>%Ln entradas</numerusform>
            </translation>
        </message>
        <message>
            <source>1 promotion</source>
            <translation>1 promoción</translation>
        </message>
        <message numerus="yes">
            <source>%Ln promotions</source>
            <translation>
                <numerusform>%Ln promoción</numerusform>
                <numerusform>%Ln promociones</numerusform>
            </translation>
        </message>
        <message>
            <source>order {number} of {date} from {store} ({what})</source>
            <translation>el pedido {number} del {date} de {store} ({what})</translation>
        </message>
        <message>
            <source>order {number} of {date} ({what})</source>
            <translation>el pedido {number} del {date} ({what})</translation>
        </message>
        <message>
            <source>the order of {date} from {store} ({what})</source>
            <translation>el pedido del {date} de {store} ({what})</translation>
        </message>
        <message>
            <source>the order of {date} ({what})</source>
            <translation>el pedido del {date} ({what})</translation>
        </message>
        <message>
            <source>Could not read the orders: {problem}</source>
            <translation>No se pudieron leer los pedidos: {problem}</translation>
        </message>
    </context>
    <context>
        <name>TierBadge</name>
        <message>
            <source>Tier: {tier}</source>
            <translation>Nivel: {tier}</translation>
        </message>
        <message>
            <source>Your tier: {tier}</source>
            <translation>Tu nivel: {tier}</translation>
        </message>
    </context>
    <context>
        <name>VisitsCalendarDialog</name>
        <message>
            <source>Member Center visits</source>
            <translation>Visitas al Centro de miembros</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Mes anterior</translation>
        </message>
        <message>
            <source>Previous month (Page Up)</source>
            <translation>Mes anterior (RePág)</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Mes siguiente</translation>
        </message>
        <message>
            <source>Next month (Page Down)</source>
            <translation>Mes siguiente (AvPág)</translation>
        </message>
        <message numerus="yes">
            <source>Only the first %n visits of a month earn points (rule S5)</source>
            <translation>
                <numerusform>Solo la primera %n visita del mes gana puntos (regla S5)</numerusform>
                <numerusform>Solo las primeras %n visitas del mes ganan puntos (regla S5)</numerusform>
            </translation>
        </message>
        <message>
            <source>Tick the days you visited the Member Center.</source>
            <translation>Marca los días que visitaste el Centro de miembros.</translation>
        </message>
        <message>
            <source>1 visit this month, all counted</source>
            <translation>1 visita este mes, todas cuentan</translation>
        </message>
        <message numerus="yes">
            <source>%n visits this month, all counted</source>
            <translation>
                <numerusform>%n visita este mes, todas cuentan</numerusform>
                <numerusform>%n visitas este mes, todas cuentan</numerusform>
            </translation>
        </message>
        <message>
            <source>{counted} of {cap} counted this month</source>
            <translation>{counted} de {cap} cuentan este mes</translation>
        </message>
        <message>
            <source> ({extra} more ticked earn nothing)</source>
            <translation> ({extra} marcadas de más no ganan nada)</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Cannot save the visits</source>
            <translation>No se pueden guardar las visitas</translation>
        </message>
    </context>
</TS>
