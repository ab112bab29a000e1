<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>ActivityPage</name>
        <message>
            <source>Activity</source>
            <translation>Atividade</translation>
        </message>
        <message>
            <source>Search activity</source>
            <translation>Buscar na atividade</translation>
        </message>
        <message>
            <source>&amp;Visited today</source>
            <translation>&amp;Visitei hoje</translation>
        </message>
        <message>
            <source>Record today's Member Center visit</source>
            <translation>Registrar a visita de hoje à Central do Membro</translation>
        </message>
        <message>
            <source>Visits &amp;calendar…</source>
            <translation>&amp;Calendário de visitas…</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Adicionar…</translation>
        </message>
        <message>
            <source>Club &amp;post…</source>
            <translation>&amp;Publicação no Club…</translation>
        </message>
        <message>
            <source>Store &amp;follow…</source>
            <translation>&amp;Seguir uma loja…</translation>
        </message>
        <message>
            <source>&amp;Bonus or adjustment…</source>
            <translation>&amp;Bônus ou ajuste…</translation>
        </message>
        <message>
            <source>Promotions</source>
            <translation>Promoções</translation>
        </message>
        <message>
            <source>Add &amp;promotion…</source>
            <translation>Adicionar &amp;promoção…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Edit promotion</source>
            <translation>Editar promoção</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Excluir…</translation>
        </message>
        <message>
            <source>Delete promotion</source>
            <translation>Excluir promoção</translation>
        </message>
        <message>
            <source>Promotions (S9): orders placed in these days earn shopping points × the multiplier</source>
            <translation>Promoções (S9): pedidos feitos nestes dias ganham seus pontos de compra × o multiplicador</translation>
        </message>
        <message>
            <source>Cannot record the visit</source>
            <translation>Não foi possível registrar a visita</translation>
        </message>
        <message>
            <source>Delete promotion?</source>
            <translation>Excluir a promoção?</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>Não é possível excluir</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Something went wrong</source>
            <translation>Algo deu errado</translation>
        </message>
        <message>
            <source>Points Tracker ran into a problem it did not expect:

{error}

Your records are safe. The details were written to {log}; please include them if you report this.</source>
            <translation>O Points Tracker encontrou um problema inesperado:

{error}

Seus registros estão seguros. Os detalhes foram gravados em {log}; inclua-os se for relatar o problema.</translation>
        </message>
        <message>
            <source>{app}: the data file is damaged</source>
            <translation>{app}: o arquivo de dados está danificado</translation>
        </message>
        <message>
            <source>{app} cannot start</source>
            <translation>{app} não consegue iniciar</translation>
        </message>
        <message>
            <source>You can keep your records in another file instead.</source>
            <translation>Você pode guardar seus registros em outro arquivo.</translation>
        </message>
        <message>
            <source>&amp;Choose another file…</source>
            <translation>&amp;Escolher outro arquivo…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
        </message>
        <message>
            <source>Choose a file for your records</source>
            <translation>Escolha um arquivo para seus registros</translation>
        </message>
        <message>
            <source>Points Tracker databases (*.sqlite3 *.db);;All files (*)</source>
            <translation>Bancos de dados do Points Tracker (*.sqlite3 *.db);;Todos os arquivos (*)</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Back up to</source>
            <translation>Fazer backup em</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurar de um backup</translation>
        </message>
        <message>
            <source>Backup not made</source>
            <translation>Backup não feito</translation>
        </message>
        <message>
            <source>Backed up to {file}.</source>
            <translation>Backup salvo em {file}.</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>Não restaurado</translation>
        </message>
        <message>
            <source>Replace everything in {file} with the backup {backup}?

Records added since that backup was made will be gone from the app, but the current file is kept as a copy first.</source>
            <translation>Substituir todo o conteúdo de {file} pelo backup {backup}?

Os registros adicionados depois desse backup sumirão do app, mas antes é guardada uma cópia do arquivo atual.</translation>
        </message>
        <message>
            <source>Restored {backup}. The file it replaced was kept as {previous}.</source>
            <translation>{backup} restaurado. O arquivo substituído foi guardado como {previous}.</translation>
        </message>
        <message>
            <source>Restored {backup}.</source>
            <translation>{backup} restaurado.</translation>
        </message>
    </context>
    <context>
        <name>ChartCanvas</name>
        <message>
            <source>{chart}: the numbers</source>
            <translation>{chart}: os números</translation>
        </message>
        <message>
            <source>&amp;Save as image…</source>
            <translation>&amp;Salvar como imagem…</translation>
        </message>
        <message>
            <source>Show the numbers as a &amp;table</source>
            <translation>Mostrar os números em uma &amp;tabela</translation>
        </message>
        <message>
            <source>&amp;Copy the numbers</source>
            <translation>&amp;Copiar os números</translation>
        </message>
        <message>
            <source>Copied the numbers of the chart “{chart}”.</source>
            <translation>Números do gráfico “{chart}” copiados.</translation>
        </message>
        <message>
            <source>Save chart as image</source>
            <translation>Salvar o gráfico como imagem</translation>
        </message>
        <message>
            <source>Chart not saved</source>
            <translation>Gráfico não salvo</translation>
        </message>
        <message>
            <source>{file} cannot be written: {reason}.</source>
            <translation>Não é possível gravar {file}: {reason}.</translation>
        </message>
        <message>
            <source>Saved the chart as {file}.</source>
            <translation>Gráfico salvo como {file}.</translation>
        </message>
    </context>
    <context>
        <name>ChartHover</name>
        <message>
            <source>1 point</source>
            <translation>1 ponto</translation>
        </message>
        <message numerus="yes">
            <source>%Ln points</source>
            <translation>
                <numerusform>%Ln ponto</numerusform>
                <numerusform>%Ln pontos</numerusform>
            </translation>
        </message>
        <message>
            <source>Checked {date}: {verdict}</source>
            <translation>Conferido em {date}: {verdict}</translation>
        </message>
        <message>
            <source>Counted {date}: {points}</source>
            <translation>Contado em {date}: {points}</translation>
        </message>
        <message>
            <source>{tier} from {date}</source>
            <translation>{tier} a partir de {date}</translation>
        </message>
        <message>
            <source>{date}, for the tier from {effective}</source>
            <translation>{date}, para o nível a partir de {effective}</translation>
        </message>
        <message>
            <source>If you earn no more: {points}</source>
            <translation>Se você não ganhar mais nada: {points}</translation>
        </message>
        <message>
            <source>Plus pending orders: {points} ({tier})</source>
            <translation>Mais os pedidos pendentes: {points} ({tier})</translation>
        </message>
        <message>
            <source>With the plan: {points}</source>
            <translation>Com o plano: {points}</translation>
        </message>
        <message>
            <source>{tier} ends {date} → {lower}</source>
            <translation>{tier} termina em {date} → {lower}</translation>
        </message>
        <message>
            <source>Today: {points} in your window</source>
            <translation>Hoje: {points} na sua janela</translation>
        </message>
        <message>
            <source>{date}: {points} leave
{left} of today's {total} left</source>
            <translation>{date}: saem {points}
restam {left} dos {total} de hoje</translation>
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
            <translation>até {date}</translation>
        </message>
        <message>
            <source>as soon as you can</source>
            <translation>assim que puder</translation>
        </message>
        <message>
            <source>Spend {amount} {when}
{orders}, {points}, counted {date}
Keeps {tier} from {effective}</source>
            <translation>Gaste {amount} {when}
{orders}, {points}, contados em {date}
Mantém {tier} a partir de {effective}</translation>
        </message>
    </context>
    <context>
        <name>ChartTable</name>
        <message>
            <source>Month end</source>
            <translation>Fim do mês</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Pontos</translation>
        </message>
        <message>
            <source>Plus pending orders</source>
            <translation>Mais os pedidos pendentes</translation>
        </message>
        <message>
            <source>With the plan</source>
            <translation>Com o plano</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Nível</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>counted</source>
            <translation>contado</translation>
        </message>
        <message>
            <source>projected</source>
            <translation>projetado</translation>
        </message>
        <message>
            <source>Points leaving</source>
            <translation>Pontos que saem</translation>
        </message>
        <message>
            <source>Left of today's {points}</source>
            <translation>Restam dos {points} de hoje</translation>
        </message>
        <message>
            <source>Buy by</source>
            <translation>Comprar até</translation>
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
            <translation>Contado em</translation>
        </message>
        <message>
            <source>{tier} from</source>
            <translation>{tier} a partir de</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mês</translation>
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
            <translation>Dias com várias categorias</translation>
        </message>
        <message>
            <source>Purchase days</source>
            <translation>Dias de compra</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Avaliações</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visitas</translation>
        </message>
        <message>
            <source>Club posts</source>
            <translation>Publicações no Club</translation>
        </message>
        <message>
            <source>Store follows</source>
            <translation>Lojas seguidas</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>Bônus</translation>
        </message>
        <message>
            <source>Adjustments</source>
            <translation>Ajustes</translation>
        </message>
        <message numerus="yes">
            <source>%n-day window</source>
            <translation>
                <numerusform>janela de %n dia</numerusform>
                <numerusform>janela de %n dias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n-month window</source>
            <translation>
                <numerusform>janela de %n mês</numerusform>
                <numerusform>janela de %n meses</numerusform>
            </translation>
        </message>
        <message>
            <source>Past</source>
            <translation>Passado</translation>
        </message>
        <message>
            <source>If you earn no more</source>
            <translation>Se você não ganhar mais nada</translation>
        </message>
        <message>
            <source>Plus pending orders</source>
            <translation>Mais os pedidos pendentes</translation>
        </message>
        <message>
            <source>With the plan</source>
            <translation>Com o plano</translation>
        </message>
        <message>
            <source>Tier from the {day}</source>
            <translation>Nível a partir do dia {day}</translation>
        </message>
        <message>
            <source>Checked: agrees with AliExpress</source>
            <translation>Conferido: confere com o AliExpress</translation>
        </message>
        <message>
            <source>Checked: differs</source>
            <translation>Conferido: não confere</translation>
        </message>
        <message>
            <source>Unchecked since {date}</source>
            <translation>Não conferido desde {date}</translation>
        </message>
        <message>
            <source>{tier} ends {date}</source>
            <translation>{tier} termina em {date}</translation>
        </message>
        <message>
            <source>With the plan: {tier} from {date}</source>
            <translation>Com o plano: {tier} a partir de {date}</translation>
        </message>
        <message>
            <source>With the plan, your {tier} tier ends {date}</source>
            <translation>Com o plano, seu nível {tier} termina em {date}</translation>
        </message>
        <message>
            <source>With the plan, your {tier} tier holds for the coming 12 months</source>
            <translation>Com o plano, seu nível {tier} se mantém pelos próximos 12 meses</translation>
        </message>
        <message>
            <source>Your {tier} tier ends {date}</source>
            <translation>Seu nível {tier} termina em {date}</translation>
        </message>
        <message>
            <source>Your points and tier: {tier} now</source>
            <translation>Seus pontos e nível: {tier} agora</translation>
        </message>
        <message>
            <source>Your {tier} tier holds for the coming 12 months</source>
            <translation>Seu nível {tier} se mantém pelos próximos 12 meses</translation>
        </message>
        <message>
            <source>Points ({window})</source>
            <translation>Pontos ({window})</translation>
        </message>
        <message>
            <source>Without the plan, </source>
            <translation>Sem o plano, </translation>
        </message>
        <message>
            <source>Leaving at the month-end</source>
            <translation>Saem no fim do mês</translation>
        </message>
        <message>
            <source>Left of today's {points}</source>
            <translation>Restam dos {points} de hoje</translation>
        </message>
        <message>
            <source>When today's {points} points leave your window</source>
            <translation>Quando os {points} pontos de hoje saem da sua janela</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Pontos</translation>
        </message>
        <message>
            <source>{tier} needs {points}</source>
            <translation>{tier} precisa de {points}</translation>
        </message>
        <message>
            <source>No points in these months:
record orders, reviews or visits and they show here</source>
            <translation>Nenhum ponto nestes meses:
registre pedidos, avaliações ou visitas e eles aparecem aqui</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoje</translation>
        </message>
        <message>
            <source>No points in your window yet:
the points of orders, reviews and visits you record show here</source>
            <translation>Ainda não há pontos na sua janela:
os pontos dos pedidos, avaliações e visitas que você registrar aparecem aqui</translation>
        </message>
        <message>
            <source>Reach {tier}: nothing to buy in the coming 12 months</source>
            <translation>Alcançar {tier}: nada a comprar nos próximos 12 meses</translation>
        </message>
        <message>
            <source>Keep {tier}: nothing to buy in the coming 12 months</source>
            <translation>Manter {tier}: nada a comprar nos próximos 12 meses</translation>
        </message>
        <message>
            <source>by {date}</source>
            <translation>até {date}</translation>
        </message>
        <message>
            <source>now</source>
            <translation>agora</translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoje</translation>
        </message>
        <message>
            <source>Reach {tier}: spend {amount} {when}</source>
            <translation>Alcançar {tier}: gaste {amount} {when}</translation>
        </message>
        <message>
            <source>Keep {tier}: spend {amount} {when}</source>
            <translation>Manter {tier}: gaste {amount} {when}</translation>
        </message>
        <message>
            <source>, {amount} in all</source>
            <translation>, {amount} no total</translation>
        </message>
        <message>
            <source>Spend by the date shown</source>
            <translation>Gasto até a data mostrada</translation>
        </message>
        <message>
            <source>Spend</source>
            <translation>Gasto</translation>
        </message>
        <message>
            <source>Spend by the bar's date</source>
            <translation>Gasto até a data da barra</translation>
        </message>
        <message>
            <source>{tier} holds without buying anything</source>
            <translation>{tier} se mantém sem comprar nada</translation>
        </message>
        <message>
            <source>Where your points come from, month by month</source>
            <translation>De onde vêm seus pontos, mês a mês</translation>
        </message>
        <message>
            <source>Points credited</source>
            <translation>Pontos creditados</translation>
        </message>
        <message>
            <source>Tier timeline</source>
            <translation>Evolução do nível</translation>
        </message>
        <message>
            <source>Points leaving</source>
            <translation>Pontos que saem</translation>
        </message>
        <message>
            <source>What to buy</source>
            <translation>O que comprar</translation>
        </message>
        <message>
            <source>Where points come from</source>
            <translation>De onde vêm os pontos</translation>
        </message>
        <message>
            <source>Your points at every month end, past and coming, and when your tier ends</source>
            <translation>Seus pontos em cada fim de mês, passados e futuros, e quando seu nível termina</translation>
        </message>
        <message>
            <source>When today's points leave your 12-month window</source>
            <translation>Quando os pontos de hoje saem da sua janela de 12 meses</translation>
        </message>
        <message>
            <source>What to buy by when to keep your tier, or reach another</source>
            <translation>O que comprar e quando para manter seu nível ou alcançar outro</translation>
        </message>
        <message>
            <source>Where your points came from, month by month</source>
            <translation>De onde vieram seus pontos, mês a mês</translation>
        </message>
    </context>
    <context>
        <name>ChartsHost</name>
        <message>
            <source>Drawing your charts…</source>
            <translation>Desenhando seus gráficos…</translation>
        </message>
        <message>
            <source>No charts yet</source>
            <translation>Ainda não há gráficos</translation>
        </message>
        <message>
            <source>Your charts show how your points and tier move month by month. Add an order or import your AliExpress orders, and they appear here.</source>
            <translation>Seus gráficos mostram como seus pontos e seu nível mudam mês a mês. Adicione um pedido ou importe seus pedidos do AliExpress e eles aparecem aqui.</translation>
        </message>
        <message>
            <source>&amp;Add an order…</source>
            <translation>&amp;Adicionar um pedido…</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>&amp;Importar um arquivo…</translation>
        </message>
    </context>
    <context>
        <name>ChartsPage</name>
        <message>
            <source>Tier &amp;timeline</source>
            <translation>&amp;Evolução do nível</translation>
        </message>
        <message>
            <source>Points &amp;leaving</source>
            <translation>Pontos que &amp;saem</translation>
        </message>
        <message>
            <source>What to &amp;buy</source>
            <translation>O que &amp;comprar</translation>
        </message>
        <message>
            <source>Point &amp;sources</source>
            <translation>&amp;Origem dos pontos</translation>
        </message>
        <message>
            <source>&amp;Keep or reach</source>
            <translation>&amp;Manter ou alcançar</translation>
        </message>
        <message>
            <source>Tier to keep or reach</source>
            <translation>Nível a manter ou alcançar</translation>
        </message>
        <message>
            <source>What &amp;if…</source>
            <translation>E &amp;se…</translation>
        </message>
        <message>
            <source>Show or hide the what-if planner</source>
            <translation>Mostrar ou ocultar o planejador “E se…”</translation>
        </message>
        <message>
            <source>Ta&amp;ble</source>
            <translation>Ta&amp;bela</translation>
        </message>
        <message>
            <source>Show the chart's numbers as a table</source>
            <translation>Mostrar os números do gráfico em uma tabela</translation>
        </message>
        <message>
            <source>Sa&amp;ve…</source>
            <translation>Sal&amp;var…</translation>
        </message>
        <message>
            <source>Save the chart as a PNG or SVG image</source>
            <translation>Salvar o gráfico como imagem PNG ou SVG</translation>
        </message>
        <message>
            <source>{tier} (now)</source>
            <translation>{tier} (atual)</translation>
        </message>
    </context>
    <context>
        <name>Check</name>
        <message>
            <source>Check against AliExpress: {source}, {month}</source>
            <translation>Conferência com o AliExpress: {source}, {month}</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Pedidos</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Avaliações</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visitas</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Outros</translation>
        </message>
        <message>
            <source>Accepted differences</source>
            <translation>Diferenças aceitas</translation>
        </message>
        <message>
            <source>AliExpress credited {points} points on {date} for this order</source>
            <translation>O AliExpress creditou {points} pontos em {date} por este pedido</translation>
        </message>
        <message>
            <source>The Member Center cannot show the points of a day still to come</source>
            <translation>A Central do Membro não pode mostrar os pontos de um dia que ainda não chegou</translation>
        </message>
        <message>
            <source>{tier} is not a tier of this rule set ({tiers})</source>
            <translation>{tier} não é um nível deste conjunto de regras ({tiers})</translation>
        </message>
        <message>
            <source>Difference accepted after the check of {date}</source>
            <translation>Diferença aceita após a conferência de {date}</translation>
        </message>
        <message>
            <source>1 point</source>
            <translation>1 ponto</translation>
        </message>
        <message numerus="yes">
            <source>%Ln points</source>
            <translation>
                <numerusform>%Ln ponto</numerusform>
                <numerusform>%Ln pontos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln missing</source>
            <translation>
                <numerusform>falta %Ln</numerusform>
                <numerusform>faltam %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln too many</source>
            <translation>
                <numerusform>%Ln a mais</numerusform>
                <numerusform>%Ln a mais</numerusform>
            </translation>
        </message>
        <message>
            <source>the same</source>
            <translation>igual</translation>
        </message>
        <message>
            <source>AliExpress: {aliexpress} · here: {here} · {difference}</source>
            <translation>AliExpress: {aliexpress} · aqui: {here} · {difference}</translation>
        </message>
        <message>
            <source>tier: AliExpress {aliexpress}, here {here}</source>
            <translation>nível: AliExpress {aliexpress}, aqui {here}</translation>
        </message>
        <message>
            <source>The figures agree with AliExpress.</source>
            <translation>Os números conferem com o AliExpress.</translation>
        </message>
        <message>
            <source>Difference accepted on {date}.</source>
            <translation>Diferença aceita em {date}.</translation>
        </message>
        <message>
            <source>The figures after {date} are unchecked until you resolve the difference or accept it.</source>
            <translation>Os números depois de {date} não estão conferidos até você resolver a diferença ou aceitá-la.</translation>
        </message>
        <message>
            <source>Not checked against AliExpress yet: compare with the points the Member Center shows.</source>
            <translation>Ainda não conferido com o AliExpress: compare com os pontos que a Central do Membro mostra.</translation>
        </message>
        <message>
            <source>Unchecked since {date}: {verdict}.</source>
            <translation>Não conferido desde {date}: {verdict}.</translation>
        </message>
        <message>
            <source>Checked against AliExpress on {date}: {verdict}, difference accepted.</source>
            <translation>Conferido com o AliExpress em {date}: {verdict}, diferença aceita.</translation>
        </message>
        <message>
            <source>Checked against AliExpress on {date}: {verdict}.</source>
            <translation>Conferido com o AliExpress em {date}: {verdict}.</translation>
        </message>
        <message>
            <source>of the purchase day {date}</source>
            <translation>do dia de compra {date}</translation>
        </message>
        <message>
            <source>of {date}</source>
            <translation>de {date}</translation>
        </message>
        <message>
            <source>#{number} (no order number)</source>
            <translation>nº {number} (sem número de pedido)</translation>
        </message>
        <message>
            <source>{month} · {source}: AliExpress {aliexpress} · here {here} · {difference}</source>
            <translation>{month} · {source}: AliExpress {aliexpress} · aqui {here} · {difference}</translation>
        </message>
        <message>
            <source>AliExpress credited {points} on {date} for an order that is not recorded here.</source>
            <translation>O AliExpress creditou {points} em {date} por um pedido que não está registrado aqui.</translation>
        </message>
        <message>
            <source>AliExpress credited {points} on {date} for order {order}, which is not confirmed here.</source>
            <translation>O AliExpress creditou {points} em {date} pelo pedido {order}, que aqui não está confirmado.</translation>
        </message>
        <message>
            <source>AliExpress credited {points} on {date} for order {order}, which is cancelled here.</source>
            <translation>O AliExpress creditou {points} em {date} pelo pedido {order}, que aqui está cancelado.</translation>
        </message>
        <message>
            <source>Order {order} counts here on {here_date}; AliExpress credited it on {date}.</source>
            <translation>O pedido {order} conta aqui em {here_date}; o AliExpress o creditou em {date}.</translation>
        </message>
        <message>
            <source>Order {order} earns {points} here on {date}, but AliExpress credited nothing for it that month.</source>
            <translation>O pedido {order} rende {points} aqui em {date}, mas o AliExpress não creditou nada por ele naquele mês.</translation>
        </message>
        <message>
            <source>AliExpress took back {points} on {date}: a refund of order {order} not recorded here.</source>
            <translation>O AliExpress retirou {points} em {date}: um reembolso do pedido {order} que não está registrado aqui.</translation>
        </message>
        <message>
            <source>The refund of order {order} counts here on {here_date}; AliExpress took the points back on {date}.</source>
            <translation>O reembolso do pedido {order} conta aqui em {here_date}; o AliExpress retirou os pontos em {date}.</translation>
        </message>
        <message>
            <source>A refund of order {order} takes {points} back here on {date}; AliExpress did not take them back.</source>
            <translation>Um reembolso do pedido {order} tira {points} aqui em {date}; o AliExpress não os retirou.</translation>
        </message>
        <message>
            <source>AliExpress credited {points} for reviews that are not recorded here.</source>
            <translation>O AliExpress creditou {points} por avaliações que não estão registradas aqui.</translation>
        </message>
        <message>
            <source>AliExpress did not credit {points} for reviews recorded here (an item under US$2, or a review it refused).</source>
            <translation>O AliExpress não creditou {points} por avaliações registradas aqui (um item abaixo de US$ 2 ou uma avaliação recusada).</translation>
        </message>
        <message>
            <source>AliExpress credited {points} for Member Center visits that are not recorded here.</source>
            <translation>O AliExpress creditou {points} por visitas à Central do Membro que não estão registradas aqui.</translation>
        </message>
        <message>
            <source>AliExpress did not credit {points} for visits recorded here: days past its monthly cap, or visits it did not count.</source>
            <translation>O AliExpress não creditou {points} por visitas registradas aqui: dias além do limite mensal ou visitas que ele não contou.</translation>
        </message>
        <message>
            <source>AliExpress lists {points} on {date} that is not recorded here: “{description}”.</source>
            <translation>O AliExpress lista {points} em {date} que não estão registrados aqui: “{description}”.</translation>
        </message>
        <message>
            <source>{points} recorded here on {date} that AliExpress does not list.</source>
            <translation>{points} registrados aqui em {date} que o AliExpress não lista.</translation>
        </message>
        <message>
            <source>An adjustment of {points} on {date} made by an earlier check no longer fits.</source>
            <translation>Um ajuste de {points} em {date}, feito por uma conferência anterior, não corresponde mais.</translation>
        </message>
        <message>
            <source>A bonus of {points} on {date} was imported from the points history by an earlier version and counts on top of the records it describes.</source>
            <translation>Um bônus de {points} em {date} foi importado do histórico de pontos por uma versão anterior e conta em cima dos registros que ele descreve.</translation>
        </message>
        <message>
            <source>A difference you accepted: {points} on {date}.</source>
            <translation>Uma diferença que você aceitou: {points} em {date}.</translation>
        </message>
        <message>
            <source>AliExpress took back {points} on {date} for a refund not recorded here.</source>
            <translation>O AliExpress retirou {points} em {date} por um reembolso que não está registrado aqui.</translation>
        </message>
        <message>
            <source>AliExpress lists {points} on {date} that is not recorded here: a promotion or game?</source>
            <translation>O AliExpress lista {points} em {date} que não estão registrados aqui: uma promoção ou um jogo?</translation>
        </message>
        <message>
            <source>Add the order…</source>
            <translation>Adicionar o pedido…</translation>
        </message>
        <message>
            <source>Mark it confirmed on {date}</source>
            <translation>Marcar como confirmado em {date}</translation>
        </message>
        <message>
            <source>Record the refund on {date}</source>
            <translation>Registrar o reembolso em {date}</translation>
        </message>
        <message>
            <source>Record an adjustment of {points}</source>
            <translation>Registrar um ajuste de {points}</translation>
        </message>
        <message>
            <source>Add it as a bonus</source>
            <translation>Adicionar como bônus</translation>
        </message>
        <message>
            <source>Add it as an adjustment</source>
            <translation>Adicionar como ajuste</translation>
        </message>
        <message>
            <source>Add the review</source>
            <translation>Adicionar a avaliação</translation>
        </message>
        <message numerus="yes">
            <source>Add %n reviews</source>
            <translation>
                <numerusform>Adicionar %n avaliação</numerusform>
                <numerusform>Adicionar %n avaliações</numerusform>
            </translation>
        </message>
        <message>
            <source>Add the visit</source>
            <translation>Adicionar a visita</translation>
        </message>
        <message numerus="yes">
            <source>Add %n visits</source>
            <translation>
                <numerusform>Adicionar %n visita</numerusform>
                <numerusform>Adicionar %n visitas</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the bonus</source>
            <translation>Excluir o bônus</translation>
        </message>
        <message>
            <source>Remove the adjustment</source>
            <translation>Remover o ajuste</translation>
        </message>
        <message>
            <source>AliExpress showed no points before 2010: check the date</source>
            <translation>O AliExpress não mostrava pontos antes de 2010: confira a data</translation>
        </message>
        <message>
            <source>The points cannot be negative</source>
            <translation>Os pontos não podem ser negativos</translation>
        </message>
        <message>
            <source>No shopper has that many points: check the figure</source>
            <translation>Nenhum comprador tem tantos pontos: confira o número</translation>
        </message>
        <message>
            <source>This check no longer exists (id {check_id}); it may have been deleted.</source>
            <translation>Esta conferência não existe mais (id {check_id}); talvez tenha sido excluída.</translation>
        </message>
        <message>
            <source>This adjustment no longer exists (id {entry_id}).</source>
            <translation>Este ajuste não existe mais (id {entry_id}).</translation>
        </message>
    </context>
    <context>
        <name>CheckDialog</name>
        <message>
            <source>Check against AliExpress</source>
            <translation>Conferir com o AliExpress</translation>
        </message>
        <message>
            <source>Where the difference comes from</source>
            <translation>De onde vem a diferença</translation>
        </message>
        <message>
            <source>Import the points history the Member Center lists (date, points, description) to compare it month by month with your records. Its rows are kept apart: they add no points of their own.</source>
            <translation>Importe o histórico de pontos que a Central do Membro lista (data, pontos, descrição) para compará-lo mês a mês com seus registros. As linhas ficam à parte: não somam pontos por conta própria.</translation>
        </message>
        <message>
            <source>&amp;Import the points history…</source>
            <translation>&amp;Importar o histórico de pontos…</translation>
        </message>
        <message>
            <source>Your checks</source>
            <translation>Suas conferências</translation>
        </message>
        <message>
            <source>Open AliExpress ▸ Account ▸ Member Center and type the points (and the tier) it shows. Each check is kept with its date.</source>
            <translation>Abra AliExpress ▸ Conta ▸ Central do Membro e digite os pontos (e o nível) que ela mostra. Cada conferência fica guardada com a data.</translation>
        </message>
        <message>
            <source>Points the Member Center shows</source>
            <translation>Pontos que a Central do Membro mostra</translation>
        </message>
        <message>
            <source>Tier the Member Center shows</source>
            <translation>Nível que a Central do Membro mostra</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>não informado</translation>
        </message>
        <message>
            <source>Day the Member Center showed them</source>
            <translation>Dia em que a Central do Membro os mostrava</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>&amp;Conferir</translation>
        </message>
        <message>
            <source>&amp;Points:</source>
            <translation>&amp;Pontos:</translation>
        </message>
        <message>
            <source>&amp;Tier:</source>
            <translation>&amp;Nível:</translation>
        </message>
        <message>
            <source>&amp;On:</source>
            <translation>&amp;Em:</translation>
        </message>
        <message>
            <source>Last check</source>
            <translation>Última conferência</translation>
        </message>
        <message>
            <source>Result of the check</source>
            <translation>Resultado da conferência</translation>
        </message>
        <message>
            <source>&amp;Accept the difference…</source>
            <translation>&amp;Aceitar a diferença…</translation>
        </message>
        <message>
            <source>Record the difference as an adjustment dated the check's day, with a note</source>
            <translation>Registrar a diferença como um ajuste com a data da conferência e uma nota</translation>
        </message>
        <message>
            <source>&amp;Delete this check</source>
            <translation>E&amp;xcluir esta conferência</translation>
        </message>
        <message>
            <source>Not checked yet</source>
            <translation>Ainda não conferido</translation>
        </message>
        <message>
            <source>Type the points above and choose Check to see whether the figures agree.</source>
            <translation>Digite os pontos acima e escolha Conferir para ver se os números conferem.</translation>
        </message>
        <message>
            <source>Check of {date}</source>
            <translation>Conferência de {date}</translation>
        </message>
        <message>
            <source>&amp;Undo {what}</source>
            <translation>&amp;Desfazer {what}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Desfazer</translation>
        </message>
        <message>
            <source>Type the points the Member Center shows, e.g. 1204</source>
            <translation>Digite os pontos que a Central do Membro mostra, por exemplo 1204</translation>
        </message>
        <message>
            <source>The check was not kept</source>
            <translation>A conferência não foi guardada</translation>
        </message>
        <message>
            <source>Check kept.</source>
            <translation>Conferência guardada.</translation>
        </message>
        <message>
            <source>Accept the difference</source>
            <translation>Aceitar a diferença</translation>
        </message>
        <message>
            <source>Difference accepted: an adjustment of {points} on {date}.</source>
            <translation>Diferença aceita: um ajuste de {points} em {date}.</translation>
        </message>
        <message>
            <source>An adjustment of {points} dated {date} will make the figures agree. Why is the difference all right? (kept as its note)</source>
            <translation>Um ajuste de {points} com data de {date} fará os números conferirem. Por que a diferença está certa? (fica guardado como nota)</translation>
        </message>
        <message>
            <source>Delete check</source>
            <translation>Excluir conferência</translation>
        </message>
        <message>
            <source>Check of {date} deleted.</source>
            <translation>Conferência de {date} excluída.</translation>
        </message>
        <message>
            <source>Done: {fix}. Undo takes it back.</source>
            <translation>Feito: {fix}. Desfazer reverte.</translation>
        </message>
        <message>
            <source>agrees</source>
            <translation>confere</translation>
        </message>
        <message>
            <source>differs</source>
            <translation>não confere</translation>
        </message>
        <message>
            <source>difference accepted</source>
            <translation>diferença aceita</translation>
        </message>
        <message>
            <source>{date} · {verdict} · {state}</source>
            <translation>{date} · {verdict} · {state}</translation>
        </message>
        <message>
            <source>Every month agrees with AliExpress's history.</source>
            <translation>Todos os meses conferem com o histórico do AliExpress.</translation>
        </message>
        <message>
            <source>1 row</source>
            <translation>1 linha</translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows</source>
            <translation>
                <numerusform>%Ln linha</numerusform>
                <numerusform>%Ln linhas</numerusform>
            </translation>
        </message>
        <message>
            <source>Points history from {first} to {last} ({rows}):</source>
            <translation>Histórico de pontos de {first} a {last} ({rows}):</translation>
        </message>
    </context>
    <context>
        <name>CheckLine</name>
        <message>
            <source>&amp;Check…</source>
            <translation>&amp;Conferir…</translation>
        </message>
        <message>
            <source>&amp;Resolve…</source>
            <translation>&amp;Resolver…</translation>
        </message>
        <message>
            <source>&amp;Check again…</source>
            <translation>&amp;Conferir de novo…</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <source>Compare with the points the Member Center shows</source>
            <translation>Compare com os pontos que a Central do Membro mostra</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>The rules that gave the points (point at a code for its meaning; Help ▸ How points work has them all)</source>
            <translation>As regras que deram os pontos (aponte para um código para ver o que significa; Ajuda ▸ Como os pontos funcionam explica todas)</translation>
        </message>
        <message>
            <source>When the points count: credited, expected on a date, estimated — or why there are none</source>
            <translation>Quando os pontos contam: creditados, previstos para uma data, estimados — ou por que não há nenhum</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Pontos</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regra</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Crédito</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visita</translation>
        </message>
        <message>
            <source>Club post</source>
            <translation>Publicação no Club</translation>
        </message>
        <message>
            <source>Store follow</source>
            <translation>Loja seguida</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>Bônus</translation>
        </message>
        <message>
            <source>Adjustment</source>
            <translation>Ajuste</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produto</translation>
        </message>
        <message>
            <source>Product id</source>
            <translation>ID do produto</translation>
        </message>
        <message>
            <source>Order no.</source>
            <translation>Nº do pedido</translation>
        </message>
        <message>
            <source>Item price $</source>
            <translation>Preço do item $</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalhes</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>Promoção</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Até</translation>
        </message>
        <message>
            <source>Multiplier</source>
            <translation>Multiplicador</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pendente</translation>
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
            <translation>Pedido em</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Itens</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Loja</translation>
        </message>
        <message>
            <source>Items $</source>
            <translation>Itens $</translation>
        </message>
        <message>
            <source>Discount $</source>
            <translation>Desconto $</translation>
        </message>
        <message>
            <source>Shipping $</source>
            <translation>Frete $</translation>
        </message>
        <message>
            <source>Refund $</source>
            <translation>Reembolso $</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categorias</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <source>— ignore —</source>
            <translation>— ignorar —</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>pendente</translation>
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
            <translation>Escolha um campo para cada coluna que quiser; o resto é ignorado. Ao lado de cada valor: como ele é lido.</translation>
        </message>
        <message>
            <source>This is Points Tracker's own file: every column is read exactly as written, nothing to choose.</source>
            <translation>Este é um arquivo do próprio Points Tracker: cada coluna é lida exatamente como está, nada a escolher.</translation>
        </message>
        <message>
            <source>Point: 1,234.56</source>
            <translation>Ponto: 1,234.56</translation>
        </message>
        <message>
            <source>Comma: 1.234,56</source>
            <translation>Vírgula: 1.234,56</translation>
        </message>
        <message>
            <source>Amounts are in cents (1234 = 12.34)</source>
            <translation>Os valores estão em centavos (1234 = 12.34)</translation>
        </message>
        <message>
            <source>Save as preset…</source>
            <translation>Salvar como predefinição…</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Datas</translation>
        </message>
        <message>
            <source>Decimals</source>
            <translation>Decimais</translation>
        </message>
        <message>
            <source>Plain amounts in</source>
            <translation>Valores sem moeda em</translation>
        </message>
        <message>
            <source>No status means</source>
            <translation>Sem status significa</translation>
        </message>
        <message>
            <source>What is in each column?</source>
            <translation>O que há em cada coluna?</translation>
        </message>
        <message>
            <source>Field for column “{column}”</source>
            <translation>Campo da coluna “{column}”</translation>
        </message>
        <message>
            <source>Statuses the app does not know — what does each mean?</source>
            <translation>Status que o app não conhece: o que cada um significa?</translation>
        </message>
        <message>
            <source>choose…</source>
            <translation>escolher…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Left out&lt;/b&gt; — these columns are not imported. Nothing that changes points is taken from a column whose name does not say so: map one yourself if it holds what you want.</source>
            <translation>&lt;b&gt;Deixadas de fora&lt;/b&gt; — estas colunas não são importadas. Nada que mude os pontos é tirado de uma coluna cujo nome não diga isso: associe-a você mesmo se ela tiver o que você quer.</translation>
        </message>
        <message>
            <source>Use as {field}</source>
            <translation>Usar como {field}</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more: choose their fields in the table above.</source>
            <translation>
                <numerusform>… e mais %n: escolha o campo dela na tabela acima.</numerusform>
                <numerusform>… e mais %n: escolha os campos delas na tabela acima.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Currencies</name>
        <message>
            <source>“{text}” is not a date like 2022-03-02</source>
            <translation>“{text}” não é uma data como 2022-03-02</translation>
        </message>
        <message>
            <source>Orders paid in another currency count in US$ at the European Central Bank's reference rate of their date, shipped with the app{until}. Your rates win over them: for every date, or from a date on.</source>
            <translation>Pedidos pagos em outra moeda contam em US$ pela taxa de referência do Banco Central Europeu da data deles, incluída no aplicativo{until}. Suas taxas têm prioridade: para todas as datas ou a partir de uma data.</translation>
        </message>
        <message>
            <source> (up to {date})</source>
            <translation> (até {date})</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moeda</translation>
        </message>
        <message>
            <source>US$ for 1 unit</source>
            <translation>US$ por 1 unidade</translation>
        </message>
        <message>
            <source>From (blank: every date)</source>
            <translation>A partir de (vazio: todas as datas)</translation>
        </message>
        <message>
            <source>Your exchange rates</source>
            <translation>Suas taxas de câmbio</translation>
        </message>
        <message>
            <source>&amp;Add rate</source>
            <translation>&amp;Adicionar taxa</translation>
        </message>
        <message>
            <source>Re&amp;move rate</source>
            <translation>&amp;Remover taxa</translation>
        </message>
        <message>
            <source>Type a three-letter currency code like EUR</source>
            <translation>Digite um código de moeda de três letras, como EUR</translation>
        </message>
        <message>
            <source>US$ needs no rate</source>
            <translation>O US$ não precisa de taxa</translation>
        </message>
        <message>
            <source>Type the US$ that 1 {code} is worth, like 0.25</source>
            <translation>Digite quantos US$ vale 1 {code}, como 0.25</translation>
        </message>
        <message>
            <source>{code} has two rates from the same date</source>
            <translation>{code} tem duas taxas a partir da mesma data</translation>
        </message>
        <message>
            <source>Row {row}: {problem}.</source>
            <translation>Linha {row}: {problem}.</translation>
        </message>
        <message>
            <source> (the ECB's rates stop on {date})</source>
            <translation> (as taxas do BCE terminam em {date})</translation>
        </message>
        <message>
            <source>Orders in {currency} without a rate yet: {count} ({amount}){since}.</source>
            <translation>Pedidos em {currency} ainda sem taxa: {count} ({amount}){since}.</translation>
        </message>
        <message>
            <source>your rate</source>
            <translation>sua taxa</translation>
        </message>
        <message>
            <source>your rate from {date}</source>
            <translation>sua taxa a partir de {date}</translation>
        </message>
        <message>
            <source>the ECB's last rate shipped with the app, of {date}</source>
            <translation>a última taxa do BCE incluída no aplicativo, de {date}</translation>
        </message>
        <message>
            <source>the ECB reference rate of {date}</source>
            <translation>a taxa de referência do BCE de {date}</translation>
        </message>
        <message>
            <source>Paid {amount}; the US$ amounts were converted before, at your rate.</source>
            <translation>Pago {amount}; os valores em US$ foram convertidos antes, pela sua taxa.</translation>
        </message>
        <message>
            <source>Paid {amount}. There is no exchange rate for {currency} on this date, so this order is not counted: set one in Settings ▸ Currencies.</source>
            <translation>Pago {amount}. Não há taxa de câmbio para {currency} nesta data, então este pedido não conta: defina uma em Configurações ▸ Moedas.</translation>
        </message>
        <message>
            <source>Paid {amount}; estimated in US$ at 1 {currency} = {rate} US$ ({source}).</source>
            <translation>Pago {amount}; estimado em US$ a 1 {currency} = {rate} US$ ({source}).</translation>
        </message>
        <message>
            <source>no rate</source>
            <translation>sem taxa</translation>
        </message>
        <message>
            <source>Change exchange rates</source>
            <translation>Alterar taxas de câmbio</translation>
        </message>
        <message>
            <source>orders in {currency}: {count} ({amount})</source>
            <translation>pedidos em {currency}: {count} ({amount})</translation>
        </message>
        <message>
            <source>Not counted, for want of an exchange rate for their dates: {orders}. Your tier and plan leave them out until you set one.</source>
            <translation>Não contados, por falta de taxa de câmbio para as datas deles: {orders}. Seu nível e seu plano os deixam de fora até você definir uma.</translation>
        </message>
        <message>
            <source>Set a rate for {currency}…</source>
            <translation>Definir uma taxa para {currency}…</translation>
        </message>
    </context>
    <context>
        <name>CurrenciesDialog</name>
        <message>
            <source>Currencies</source>
            <translation>Moedas</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>1 point</source>
            <translation>1 ponto</translation>
        </message>
        <message numerus="yes">
            <source>%Ln points</source>
            <translation>
                <numerusform>%Ln ponto</numerusform>
                <numerusform>%Ln pontos</numerusform>
            </translation>
        </message>
        <message>
            <source>Working out your points from all your records… Your tier and points appear here in a moment.</source>
            <translation>Calculando seus pontos a partir de todos os seus registros… Seu nível e seus pontos aparecem aqui em instantes.</translation>
        </message>
        <message>
            <source>You are looking at demo data: a made-up year of a shopper.</source>
            <translation>Você está vendo dados de demonstração: um ano inventado de um comprador.</translation>
        </message>
        <message>
            <source>&amp;Remove demo data</source>
            <translation>&amp;Remover os dados de demonstração</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>Em breve</translation>
        </message>
        <message>
            <source>Next recalculation</source>
            <translation>Próximo recálculo</translation>
        </message>
        <message>
            <source>Next tier</source>
            <translation>Próximo nível</translation>
        </message>
        <message>
            <source>Progress to the next tier</source>
            <translation>Progresso até o próximo nível</translation>
        </message>
        <message>
            <source>Keep your tier</source>
            <translation>Mantenha seu nível</translation>
        </message>
        <message>
            <source>Benefits</source>
            <translation>Benefícios</translation>
        </message>
        <message>
            <source>Points leaving your window</source>
            <translation>Pontos saindo da sua janela</translation>
        </message>
        <message>
            <source>Points leaving your window, by month</source>
            <translation>Pontos saindo da sua janela, por mês</translation>
        </message>
        <message>
            <source>The chosen rule set cannot be used, so the default one is shown. {problem}</source>
            <translation>O conjunto de regras escolhido não pode ser usado; por isso é mostrado o padrão. {problem}</translation>
        </message>
        <message>
            <source>Your records stay on this computer, in {path}.</source>
            <translation>Seus registros ficam neste computador, em {path}.</translation>
        </message>
        <message>
            <source>Your tier since {date}</source>
            <translation>Seu nível desde {date}</translation>
        </message>
        <message>
            <source>The tier every member starts with</source>
            <translation>O nível com que todo membro começa</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <source>Safe</source>
            <translation>Seguro</translation>
        </message>
        <message>
            <source>point now</source>
            <translation>ponto agora</translation>
        </message>
        <message>
            <source>points now</source>
            <translation>pontos agora</translation>
        </message>
        <message numerus="yes">
            <source>Points credited in your %n-day window up to today</source>
            <translation>
                <numerusform>Pontos creditados na sua janela de %n dia até hoje</numerusform>
                <numerusform>Pontos creditados na sua janela de %n dias até hoje</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Points credited in your %n-month window up to today</source>
            <translation>
                <numerusform>Pontos creditados na sua janela de %n mês até hoje</numerusform>
                <numerusform>Pontos creditados na sua janela de %n meses até hoje</numerusform>
            </translation>
        </message>
        <message>
            <source>of which {points} expected from pending orders</source>
            <translation>dos quais {points} esperados de pedidos pendentes</translation>
        </message>
        <message>
            <source>{tier} from {low} · {next} from {high} points</source>
            <translation>{tier} a partir de {low} · {next} a partir de {high} pontos</translation>
        </message>
        <message>
            <source>Keep {tier}</source>
            <translation>Manter {tier}</translation>
        </message>
        <message>
            <source>{tier} benefits</source>
            <translation>Benefícios {tier}</translation>
        </message>
        <message>
            <source>No special benefits.</source>
            <translation>Sem benefícios especiais.</translation>
        </message>
        <message>
            <source>Dropping to {tier} on {date} ends all of these.</source>
            <translation>Cair para {tier} em {date} acaba com todos eles.</translation>
        </message>
        <message>
            <source>Dropping to {tier} on {date} costs you: {lost}.</source>
            <translation>Cair para {tier} em {date} custa: {lost}.</translation>
        </message>
        <message>
            <source>Points leaving: {months}.</source>
            <translation>Pontos saindo: {months}.</translation>
        </message>
        <message>
            <source>Each point counts for a year; these leave your total in each coming month.</source>
            <translation>Cada ponto conta por um ano; estes saem do seu total em cada um dos próximos meses.</translation>
        </message>
        <message numerus="yes">
            <source>At each month end the points earned %n months before drop out.</source>
            <translation>
                <numerusform>No fim de cada mês saem os pontos ganhos %n mês antes.</numerusform>
                <numerusform>No fim de cada mês saem os pontos ganhos %n meses antes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Demo data loaded: %n records.</source>
            <translation>
                <numerusform>Dados de demonstração carregados: %n registro.</numerusform>
                <numerusform>Dados de demonstração carregados: %n registros.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Demo data removed: %n records.</source>
            <translation>
                <numerusform>Dados de demonstração removidos: %n registro.</numerusform>
                <numerusform>Dados de demonstração removidos: %n registros.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>Choose from a calendar</source>
            <translation>Escolher em um calendário</translation>
        </message>
        <message>
            <source>Type a date like {example} or {iso}, or press Alt+Down for a calendar</source>
            <translation>Digite uma data como {example} ou {iso}, ou pressione Alt+Seta para baixo para ver um calendário</translation>
        </message>
        <message>
            <source>Enter a date</source>
            <translation>Digite uma data</translation>
        </message>
        <message>
            <source>“{text}” is not a date: type it like {example} or {iso}</source>
            <translation>“{text}” não é uma data: digite-a como {example} ou {iso}</translation>
        </message>
        <message>
            <source>Choose {date} or later</source>
            <translation>Escolha {date} ou uma data posterior</translation>
        </message>
        <message>
            <source>Choose {date} or earlier</source>
            <translation>Escolha {date} ou uma data anterior</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Clear {name}</source>
            <translation>Limpar {name}</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Points Tracker databases (*.sqlite3);;All files (*)</source>
            <translation>Bancos de dados do Points Tracker (*.sqlite3);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>What you bought</source>
            <translation>O que você comprou</translation>
        </message>
        <message>
            <source>refund date</source>
            <translation>data do reembolso</translation>
        </message>
        <message>
            <source>Date unknown</source>
            <translation>Data desconhecida</translation>
        </message>
        <message>
            <source>Edit visits calendar</source>
            <translation>Editar o calendário de visitas</translation>
        </message>
        <message>
            <source>Orders and activity (*.csv *.tsv *.txt *.json *.xlsx);;All files (*)</source>
            <translation>Pedidos e atividade (*.csv *.tsv *.txt *.json *.xlsx);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Save as preset</source>
            <translation>Salvar como predefinição</translation>
        </message>
        <message>
            <source>Name for these settings:</source>
            <translation>Nome para estas configurações:</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>Conferindo cada linha…</translation>
        </message>
        <message>
            <source>Cancelling leaves your records exactly as they were before.</source>
            <translation>Cancelar deixa seus registros exatamente como estavam antes.</translation>
        </message>
        <message>
            <source>{label} is chosen for “{value}” and “{value2}”: the first is used.</source>
            <translation>{label} foi escolhido para “{value}” e “{value2}”: o primeiro é usado.</translation>
        </message>
        <message>
            <source>Each month</source>
            <translation>Cada mês</translation>
        </message>
        <message>
            <source>Registration date</source>
            <translation>Data de cadastro</translation>
        </message>
        <message>
            <source>{file} (your file)</source>
            <translation>{file} (seu arquivo)</translation>
        </message>
        <message>
            <source>That file cannot be used: {error}</source>
            <translation>Esse arquivo não pode ser usado: {error}</translation>
        </message>
    </context>
    <context>
        <name>Drafts</name>
        <message>
            <source>{text} is too long: at most {count} characters</source>
            <translation>{text} tem caracteres demais: no máximo {count}</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Loja</translation>
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
            <translation>ID do produto</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>{amount} cannot be negative</source>
            <translation>{amount} não pode ser negativo</translation>
        </message>
        <message>
            <source>{amount} is too large: at most {maximum}</source>
            <translation>{amount} é grande demais: no máximo {maximum}</translation>
        </message>
        <message>
            <source>Order number is too long</source>
            <translation>O número do pedido é longo demais</translation>
        </message>
        <message>
            <source>An order needs at least one item</source>
            <translation>Um pedido precisa de pelo menos um item</translation>
        </message>
        <message>
            <source>Quantity must be at least 1</source>
            <translation>A quantidade deve ser pelo menos 1</translation>
        </message>
        <message>
            <source>Quantity is too large: at most 100,000</source>
            <translation>A quantidade é grande demais: no máximo 100.000</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Preço</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Desconto</translation>
        </message>
        <message>
            <source>Shipping</source>
            <translation>Frete</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Reembolso</translation>
        </message>
        <message>
            <source>Amount paid</source>
            <translation>Valor pago</translation>
        </message>
        <message>
            <source>The items come to more than 100,000,000.00: check the prices</source>
            <translation>Os itens somam mais de 100.000.000,00: confira os preços</translation>
        </message>
        <message>
            <source>Refund cannot be more than the order total</source>
            <translation>O reembolso não pode ser maior que o total do pedido</translation>
        </message>
        <message>
            <source>A pending order has no confirmation date; mark it confirmed</source>
            <translation>Um pedido pendente não tem data de confirmação; marque-o como confirmado</translation>
        </message>
        <message>
            <source>A cancelled order has no confirmation date</source>
            <translation>Um pedido cancelado não tem data de confirmação</translation>
        </message>
        <message>
            <source>Confirmation date cannot be before the order date</source>
            <translation>A data de confirmação não pode ser anterior à data do pedido</translation>
        </message>
        <message>
            <source>Expected confirmation cannot be before the order date</source>
            <translation>A confirmação prevista não pode ser anterior à data do pedido</translation>
        </message>
        <message>
            <source>Enter the refund amount, or clear the refund date</source>
            <translation>Informe o valor do reembolso ou apague a data do reembolso</translation>
        </message>
        <message>
            <source>Refund date cannot be before the order date</source>
            <translation>A data do reembolso não pode ser anterior à data do pedido</translation>
        </message>
        <message>
            <source>Currency must be a three-letter code like USD</source>
            <translation>A moeda deve ser um código de três letras, como USD</translation>
        </message>
        <message>
            <source>An order in US$ has no amounts in another currency</source>
            <translation>Um pedido em US$ não tem valores em outra moeda</translation>
        </message>
        <message>
            <source>Each item needs its price as paid</source>
            <translation>Cada item precisa do preço pago</translation>
        </message>
        <message>
            <source>Item price</source>
            <translation>Preço do item</translation>
        </message>
        <message>
            <source>Points cannot be 0</source>
            <translation>Os pontos não podem ser 0</translation>
        </message>
        <message>
            <source>Points are too many: at most 10,000,000</source>
            <translation>Pontos demais: no máximo 10.000.000</translation>
        </message>
        <message>
            <source>A bonus cannot be negative; use an adjustment</source>
            <translation>Um bônus não pode ser negativo; use um ajuste</translation>
        </message>
        <message>
            <source>Multiplier must be a number like 2 or 1.5</source>
            <translation>O multiplicador deve ser um número como 2 ou 1,5</translation>
        </message>
        <message>
            <source>Multiplier must be at least 1: a promotion never lowers points</source>
            <translation>O multiplicador deve ser pelo menos 1: uma promoção nunca reduz pontos</translation>
        </message>
        <message>
            <source>Multiplier is too large: at most 100</source>
            <translation>O multiplicador é grande demais: no máximo 100</translation>
        </message>
        <message>
            <source>Multiplier has too many decimals: at most 4, like 1.25</source>
            <translation>O multiplicador tem casas decimais demais: no máximo 4, como 1.25</translation>
        </message>
        <message>
            <source>End date cannot be before the start date</source>
            <translation>A data final não pode ser anterior à inicial</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <source>Track your member points</source>
            <translation>Acompanhe seus pontos de membro</translation>
        </message>
        <message>
            <source>Record your AliExpress orders, reviews and daily Member Center visits. Points Tracker works out your tier, tells you when it lapses and what to spend to keep it.</source>
            <translation>Registre seus pedidos do AliExpress, suas avaliações e as visitas diárias à Central do Membro. O Points Tracker calcula seu nível, diz quando ele vence e quanto gastar para mantê-lo.</translation>
        </message>
        <message>
            <source>&amp;Add your first order</source>
            <translation>&amp;Adicionar seu primeiro pedido</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>&amp;Importar um arquivo…</translation>
        </message>
        <message>
            <source>Try with &amp;demo data</source>
            <translation>Experimentar com dados de &amp;demonstração</translation>
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
            <translation>Bônus (jogos, tarefas, cupons)</translation>
        </message>
        <message>
            <source>Adjustment (opening balance, correction)</source>
            <translation>Ajuste (saldo inicial, correção)</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>An adjustment may be negative, to correct a total</source>
            <translation>Um ajuste pode ser negativo, para corrigir um total</translation>
        </message>
        <message>
            <source>&amp;Points:</source>
            <translation>&amp;Pontos:</translation>
        </message>
        <message>
            <source>Optional, e.g. Coin game, 11.11</source>
            <translation>Opcional, ex.: jogo das moedas, 11.11</translation>
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
            <translation>{orders}, {activity} e {promotions} exportados para {folder}.</translation>
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
            <translation>1 linha de atividade</translation>
        </message>
        <message numerus="yes">
            <source>%Ln activity rows</source>
            <translation>
                <numerusform>%Ln linha de atividade</numerusform>
                <numerusform>%Ln linhas de atividade</numerusform>
            </translation>
        </message>
        <message>
            <source>1 promotion</source>
            <translation>1 promoção</translation>
        </message>
        <message numerus="yes">
            <source>%Ln promotions</source>
            <translation>
                <numerusform>%Ln promoção</numerusform>
                <numerusform>%Ln promoções</numerusform>
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
            <translation>AliExpress-Order-Export: itens dos pedidos</translation>
        </message>
        <message>
            <source>AliExpress-Order-Export workbook: Orders sheet</source>
            <translation>Pasta de trabalho do AliExpress-Order-Export: planilha Orders</translation>
        </message>
        <message>
            <source>AliExpress-Order-Export workbook: Order Lines sheet</source>
            <translation>Pasta de trabalho do AliExpress-Order-Export: planilha Order Lines</translation>
        </message>
        <message>
            <source>AliExpress data download</source>
            <translation>Download de dados do AliExpress</translation>
        </message>
        <message>
            <source>Type or paste a file's path, or choose one</source>
            <translation>Digite ou cole o caminho de um arquivo, ou escolha um</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Arquivo a importar</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Escolher arquivo…</translation>
        </message>
        <message>
            <source>…or drop a CSV, JSON or Excel file anywhere on this window.</source>
            <translation>…ou solte um arquivo CSV, JSON ou Excel em qualquer lugar desta janela.</translation>
        </message>
        <message>
            <source>A CSV, JSON or Excel file of your orders, refunds or activity: from AliExpress's own data download, My Purchases Collector, AliExpress-Order-Export, aliexpress-mcp, another order exporter, Points Tracker's export, or one you made yourself in a spreadsheet.</source>
            <translation>Um arquivo CSV, JSON ou Excel com seus pedidos, reembolsos ou atividade: do download de dados do AliExpress, do My Purchases Collector, do AliExpress-Order-Export, do aliexpress-mcp ou de outro exportador de pedidos, da exportação do Points Tracker ou feito por você numa planilha.</translation>
        </message>
        <message>
            <source>Read it as</source>
            <translation>Ler como</translation>
        </message>
        <message>
            <source>Which file?</source>
            <translation>Qual arquivo?</translation>
        </message>
        <message>
            <source>Recognise it automatically</source>
            <translation>Reconhecer automaticamente</translation>
        </message>
        <message>
            <source>aliexpress-mcp: orders</source>
            <translation>aliexpress-mcp: pedidos</translation>
        </message>
        <message>
            <source>aliexpress-mcp: order lines</source>
            <translation>aliexpress-mcp: itens dos pedidos</translation>
        </message>
        <message>
            <source>aliexpress-mcp: refunds</source>
            <translation>aliexpress-mcp: reembolsos</translation>
        </message>
        <message>
            <source>aliexpress-order-downloader (no header row)</source>
            <translation>aliexpress-order-downloader (sem linha de cabeçalho)</translation>
        </message>
        <message>
            <source>aliexpress-order-exporter (first version)</source>
            <translation>aliexpress-order-exporter (primeira versão)</translation>
        </message>
        <message>
            <source>Old order list scraper (semicolons)</source>
            <translation>Extrator antigo da lista de pedidos (ponto e vírgula)</translation>
        </message>
        <message>
            <source>Old order details scraper</source>
            <translation>Extrator antigo dos detalhes do pedido</translation>
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
            <translation>A loja que você seguiu</translation>
        </message>
        <message>
            <source>&amp;Store:</source>
            <translation>&amp;Loja:</translation>
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
            <translation>Vírgula ( , )</translation>
        </message>
        <message>
            <source>Semicolon ( ; )</source>
            <translation>Ponto e vírgula ( ; )</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tabulação</translation>
        </message>
        <message>
            <source>Bar ( | )</source>
            <translation>Barra ( | )</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>vírgula</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>ponto e vírgula</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabulação</translation>
        </message>
        <message>
            <source>bar</source>
            <translation>barra</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Pedidos</translation>
        </message>
        <message>
            <source>Activity (reviews, visits …)</source>
            <translation>Atividade (avaliações, visitas…)</translation>
        </message>
        <message>
            <source>Points history</source>
            <translation>Histórico de pontos</translation>
        </message>
        <message>
            <source>Refunds of orders already recorded</source>
            <translation>Reembolsos de pedidos já registrados</translation>
        </message>
        <message>
            <source>No header</source>
            <translation>Sem cabeçalho</translation>
        </message>
        <message>
            <source>Text encoding</source>
            <translation>Codificação do texto</translation>
        </message>
        <message>
            <source>Separator</source>
            <translation>Separador</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Planilha</translation>
        </message>
        <message>
            <source>The file holds</source>
            <translation>O arquivo contém</translation>
        </message>
        <message>
            <source>Column names on line</source>
            <translation>Nomes das colunas na linha</translation>
        </message>
        <message>
            <source>Skip lines at the top</source>
            <translation>Pular linhas no início</translation>
        </message>
        <message>
            <source>Leave out rows at the end</source>
            <translation>Deixar de fora linhas no fim</translation>
        </message>
        <message>
            <source>How is it written?</source>
            <translation>Como está escrito?</translation>
        </message>
        <message>
            <source>Excel workbook, sheet “{sheet}”</source>
            <translation>Pasta de trabalho do Excel, planilha “{sheet}”</translation>
        </message>
        <message>
            <source>JSON records, one row each</source>
            <translation>Registros JSON, uma linha cada</translation>
        </message>
        <message>
            <source>{encoding} with a byte-order mark</source>
            <translation>{encoding} com marca de ordem de bytes</translation>
        </message>
        <message>
            <source>{encoding}, {separator}-separated</source>
            <translation>{encoding}, separado por {separator}</translation>
        </message>
        <message>
            <source>(Excel's “sep=” line)</source>
            <translation>(linha “sep=” do Excel)</translation>
        </message>
        <message>
            <source>column names from the records' keys</source>
            <translation>nomes das colunas tirados das chaves dos registros</translation>
        </message>
        <message>
            <source>column names on line {line}</source>
            <translation>nomes das colunas na linha {line}</translation>
        </message>
        <message>
            <source>no header row</source>
            <translation>sem linha de cabeçalho</translation>
        </message>
        <message>
            <source>about 1 row</source>
            <translation>cerca de 1 linha</translation>
        </message>
        <message numerus="yes">
            <source>about %Ln rows</source>
            <translation>
                <numerusform>cerca de %Ln linha</numerusform>
                <numerusform>cerca de %Ln linhas</numerusform>
            </translation>
        </message>
        <message>
            <source>Read as {how}; {header}; {rows}.</source>
            <translation>Lido como {how}; {header}; {rows}.</translation>
        </message>
        <message>
            <source>It is Points Tracker's own file: read exactly as written.</source>
            <translation>É um arquivo do próprio Points Tracker: lido exatamente como está.</translation>
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
            <translation>1 ponto</translation>
        </message>
        <message numerus="yes">
            <source>%n points</source>
            <translation>
                <numerusform>%n ponto</numerusform>
                <numerusform>%n pontos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your tier follows the points of the last %n days, every day.</source>
            <translation>
                <numerusform>Seu nível acompanha os pontos do último %n dia, todos os dias.</numerusform>
                <numerusform>Seu nível acompanha os pontos dos últimos %n dias, todos os dias.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your tier is recalculated on the last day of every month from the points of the last %n calendar months, and takes effect on the {day} of the next month.</source>
            <translation>
                <numerusform>Seu nível é recalculado no último dia de cada mês com os pontos do último %n mês, e vale a partir do dia {day} do mês seguinte.</numerusform>
                <numerusform>Seu nível é recalculado no último dia de cada mês com os pontos dos últimos %n meses, e vale a partir do dia {day} do mês seguinte.</numerusform>
            </translation>
        </message>
        <message>
            <source>Orders: {points} per order of {minimum} or more, at most {cap} a day, when you confirm receipt.</source>
            <translation>Pedidos: {points} por pedido de {minimum} ou mais, no máximo {cap} por dia, ao confirmar o recebimento.</translation>
        </message>
        <message>
            <source>rounded down</source>
            <translation>arredondado para baixo</translation>
        </message>
        <message>
            <source>rounded to the nearest dollar</source>
            <translation>arredondado para o dólar mais próximo</translation>
        </message>
        <message>
            <source>Orders: {points} per US$1 of item prices after discounts ({rounding}; shipping never counts), when you confirm receipt. Orders under {minimum} earn nothing</source>
            <translation>Pedidos: {points} por US$1 do preço dos itens após descontos ({rounding}; o frete nunca conta), ao confirmar o recebimento. Pedidos abaixo de {minimum} não ganham nada</translation>
        </message>
        <message>
            <source>; at most {count} points an order</source>
            <translation>; no máximo {count} pontos por pedido</translation>
        </message>
        <message>
            <source>; only the first {count} orders of a product count</source>
            <translation>; só contam os primeiros {count} pedidos de um produto</translation>
        </message>
        <message>
            <source>Refunds: a cancelled or fully refunded order earns nothing; a partial refund takes away its share of the points.</source>
            <translation>Reembolsos: um pedido cancelado ou totalmente reembolsado não ganha nada; um reembolso parcial tira a sua parte dos pontos.</translation>
        </message>
        <message>
            <source>Refunds: a cancelled or fully refunded order earns nothing; a partly refunded order earns nothing either.</source>
            <translation>Reembolsos: um pedido cancelado ou totalmente reembolsado não ganha nada; um pedido reembolsado em parte também não ganha nada.</translation>
        </message>
        <message>
            <source>Several categories in a day: {points} per category on a day whose orders span {minimum} or more categories, at most {cap} a day.</source>
            <translation>Várias categorias no mesmo dia: {points} por categoria em um dia cujos pedidos somam {minimum} ou mais categorias, no máximo {cap} por dia.</translation>
        </message>
        <message>
            <source>Purchase days: {points} for every day you buy.</source>
            <translation>Dias de compra: {points} por cada dia em que você compra.</translation>
        </message>
        <message>
            <source>Reviews: {points} per review of an item of {minimum} or more (an unknown price counts).</source>
            <translation>Avaliações: {points} por avaliação de um item de {minimum} ou mais (preço desconhecido conta).</translation>
        </message>
        <message>
            <source>Reviews: {points} per review of an item of {minimum} or more.</source>
            <translation>Avaliações: {points} por avaliação de um item de {minimum} ou mais.</translation>
        </message>
        <message>
            <source>Member Center visits: {points} per day you visit</source>
            <translation>Visitas à Central do Membro: {points} por dia de visita</translation>
        </message>
        <message>
            <source>{rule}, the first {cap} days of a month</source>
            <translation>{rule}, os primeiros {cap} dias de cada mês</translation>
        </message>
        <message>
            <source>Club posts: {points} per post</source>
            <translation>Publicações no Club: {points} por publicação</translation>
        </message>
        <message>
            <source>{rule}, the first {cap} posts of a month</source>
            <translation>{rule}, as primeiras {cap} publicações de cada mês</translation>
        </message>
        <message>
            <source>Store follows: {points} per store you follow</source>
            <translation>Lojas seguidas: {points} por loja que você segue</translation>
        </message>
        <message>
            <source>{rule}, the first {cap} stores of a month</source>
            <translation>{rule}, as primeiras {cap} lojas de cada mês</translation>
        </message>
        <message>
            <source>Promotions you record (11.11 and the like) multiply the points of orders placed during them.</source>
            <translation>As promoções que você registra (11.11 e outras) multiplicam os pontos dos pedidos feitos durante elas.</translation>
        </message>
        <message>
            <source>Tiers</source>
            <translation>Níveis</translation>
        </message>
        <message>
            <source>{low}–{high} points</source>
            <translation>{low}–{high} pontos</translation>
        </message>
        <message>
            <source>{low} or more points</source>
            <translation>{low} pontos ou mais</translation>
        </message>
        <message>
            <source>Your tier</source>
            <translation>Seu nível</translation>
        </message>
        <message>
            <source>Earning points</source>
            <translation>Como ganhar pontos</translation>
        </message>
        <message>
            <source>Sources: {sources}</source>
            <translation>Fontes: {sources}</translation>
        </message>
        <message>
            <source>File: {path}</source>
            <translation>Arquivo: {path}</translation>
        </message>
    </context>
    <context>
        <name>HowPointsWorkDialog</name>
        <message>
            <source>How points work</source>
            <translation>Como funcionam os pontos</translation>
        </message>
    </context>
    <context>
        <name>ImageSizeDialog</name>
        <message>
            <source>Save chart as PNG</source>
            <translation>Salvar o gráfico como PNG</translation>
        </message>
        <message>
            <source>As on &amp;screen ({width} × {height} pixels)</source>
            <translation>Como na &amp;tela ({width} × {height} pixels)</translation>
        </message>
        <message>
            <source>&amp;Large, for a slide or a web page ({width} × {height} pixels)</source>
            <translation>&amp;Grande, para um slide ou uma página web ({width} × {height} pixels)</translation>
        </message>
        <message>
            <source>For &amp;printing on A4 or Letter paper ({width} × {height} pixels, 300 dpi)</source>
            <translation>Para &amp;imprimir em papel A4 ou Carta ({width} × {height} pixels, 300 dpi)</translation>
        </message>
        <message>
            <source>How large should the picture be?</source>
            <translation>De que tamanho deve ser a imagem?</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>1 row has a problem</source>
            <translation>1 linha tem um problema</translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows have problems</source>
            <translation>
                <numerusform>%Ln linha tem problemas</numerusform>
                <numerusform>%Ln linhas têm problemas</numerusform>
            </translation>
        </message>
        <message>
            <source>{rows}, so nothing was imported: a Points Tracker file is imported whole or not at all. Fix them and import the file again.</source>
            <translation>{rows}, por isso nada foi importado: um arquivo do Points Tracker é importado inteiro ou não é importado. Corrija-as e importe o arquivo de novo.</translation>
        </message>
        <message>
            <source>{rows}, so nothing was imported. Fix them (save the rejected rows as a CSV file, correct them and import that), or choose to skip rows with errors.</source>
            <translation>{rows}, então nada foi importado. Corrija-as (salve as linhas rejeitadas como CSV, corrija e importe esse arquivo) ou escolha pular as linhas com erros.</translation>
        </message>
        <message>
            <source>Nothing to import: no row of the file could be read.</source>
            <translation>Nada a importar: nenhuma linha do arquivo pôde ser lida.</translation>
        </message>
        <message>
            <source>year-month-day (2026-02-20, 2026/02/20)</source>
            <translation>ano-mês-dia (2026-02-20, 2026/02/20)</translation>
        </message>
        <message>
            <source>day/month/year (07.03.2024, 7/3/2024, 07-03-2024)</source>
            <translation>dia/mês/ano (07.03.2024, 7/3/2024, 07-03-2024)</translation>
        </message>
        <message>
            <source>month/day/year (3/7/2024 for March 7)</source>
            <translation>mês/dia/ano (3/7/2024 para 7 de março)</translation>
        </message>
        <message>
            <source>day, month name, year (10 Feb 2026, 24 nov, 2023, 7 de marzo de 2024, 7 марта 2024)</source>
            <translation>dia, nome do mês, ano (10 Feb 2026, 24 nov, 2023, 7 de marzo de 2024, 7 марта 2024)</translation>
        </message>
        <message>
            <source>month name, day, year (Feb 10, 2026, February 10 2026)</source>
            <translation>nome do mês, dia, ano (Feb 10, 2026, February 10 2026)</translation>
        </message>
        <message>
            <source>year, month and day run together (20260220)</source>
            <translation>ano, mês e dia juntos (20260220)</translation>
        </message>
        <message>
            <source>January</source>
            <translation>janeiro</translation>
        </message>
        <message>
            <source>February</source>
            <translation>fevereiro</translation>
        </message>
        <message>
            <source>March</source>
            <translation>março</translation>
        </message>
        <message>
            <source>April</source>
            <translation>abril</translation>
        </message>
        <message>
            <source>May</source>
            <translation>maio</translation>
        </message>
        <message>
            <source>June</source>
            <translation>junho</translation>
        </message>
        <message>
            <source>July</source>
            <translation>julho</translation>
        </message>
        <message>
            <source>August</source>
            <translation>agosto</translation>
        </message>
        <message>
            <source>September</source>
            <translation>setembro</translation>
        </message>
        <message>
            <source>October</source>
            <translation>outubro</translation>
        </message>
        <message>
            <source>November</source>
            <translation>novembro</translation>
        </message>
        <message>
            <source>December</source>
            <translation>dezembro</translation>
        </message>
        <message>
            <source>Unknown date format “{value}”: write it like DD.MM.YYYY, MM/DD/YYYY, YYYY-MM-DD, D MMM YYYY or MMM D, YYYY (any separator), or as strftime such as %d.%m.%Y.</source>
            <translation>Formato de data desconhecido “{value}”: escreva-o como DD.MM.YYYY, MM/DD/YYYY, YYYY-MM-DD, D MMM YYYY ou MMM D, YYYY (com qualquer separador), ou no formato strftime, como %d.%m.%Y.</translation>
        </message>
        <message>
            <source>Unknown date format {value}; choose one of: {known}.</source>
            <translation>Formato de data desconhecido {value}; escolha um destes: {known}.</translation>
        </message>
        <message>
            <source>“{text}” is too long to be a date.</source>
            <translation>“{text}” é longo demais para ser uma data.</translation>
        </message>
        <message>
            <source>“{text}” is not a date written as {description}.</source>
            <translation>“{text}” não é uma data escrita como {description}.</translation>
        </message>
        <message>
            <source>“{text}” in “{whole}” is not a month name.</source>
            <translation>“{text}” em “{whole}” não é o nome de um mês.</translation>
        </message>
        <message>
            <source>“{text}” has the year {year}, which cannot be right.</source>
            <translation>“{text}” tem o ano {year}, que não pode estar certo.</translation>
        </message>
        <message>
            <source>“{text}” is not a real date: there is no month {month}.</source>
            <translation>“{text}” não é uma data real: não existe o mês {month}.</translation>
        </message>
        <message>
            <source>“{text}” is not a real date: {month} {year} has {last_day} days.</source>
            <translation>“{text}” não é uma data real: {month} de {year} tem {last_day} dias.</translation>
        </message>
        <message>
            <source>This file is not an Excel workbook, so it has no sheet “{sheet}”.</source>
            <translation>Este arquivo não é uma pasta de trabalho do Excel, então não tem a planilha “{sheet}”.</translation>
        </message>
        <message>
            <source>This is a Points Tracker CSV (its first row is the app's own header), which is read exactly as written: import it without a preset or a column mapping.</source>
            <translation>Este é um CSV do Points Tracker (a primeira linha é um cabeçalho do próprio app), que é lido exatamente como está escrito: importe-o sem predefinição nem associação de colunas.</translation>
        </message>
        <message>
            <source>This is not a Points Tracker CSV: its first row is not one of the app's own headers. Choose another preset, or map the columns yourself.</source>
            <translation>Este não é um CSV do Points Tracker: a primeira linha não é um dos cabeçalhos do próprio app. Escolha outra predefinição ou associe as colunas você mesmo.</translation>
        </message>
        <message>
            <source>The file has no rows below its header.</source>
            <translation>O arquivo não tem linhas abaixo do cabeçalho.</translation>
        </message>
        <message>
            <source>The file has no order date, so the payment date (“{column}”) stands in for it: AliExpress takes the payment when the order is placed, so it is the same day or close to it.</source>
            <translation>O arquivo não tem data do pedido, então a data de pagamento (“{column}”) a substitui: o AliExpress cobra quando o pedido é feito, então é o mesmo dia ou um dia próximo.</translation>
        </message>
        <message>
            <source>Each row is taken as money you got back for its order, on its date: leave out of the file any refund that was refused or is still open. An order's refund becomes the sum of its rows here.</source>
            <translation>Cada linha é tomada como dinheiro que você recebeu de volta pelo pedido, na data dela: tire do arquivo os reembolsos recusados ou ainda em aberto. O reembolso de um pedido passa a ser a soma das linhas dele aqui.</translation>
        </message>
        <message>
            <source>These rows are kept as AliExpress's own history, to check your records against (Check against AliExpress). They add no points of their own, so nothing counts twice.</source>
            <translation>Estas linhas ficam guardadas como o histórico do próprio AliExpress, para conferir seus registros (Conferir com o AliExpress). Elas não somam pontos, então nada conta duas vezes.</translation>
        </message>
        <message>
            <source>“{name}” is not a field of {kind} files; use one of: {known}.</source>
            <translation>“{name}” não é um campo dos arquivos de {kind}; use um destes: {known}.</translation>
        </message>
        <message>
            <source>The file has no column “{column}” (for {label}).</source>
            <translation>O arquivo não tem a coluna “{column}” (para {label}).</translation>
        </message>
        <message>
            <source>{label} is taken from two columns: choose one.</source>
            <translation>{label} vem de duas colunas: escolha uma.</translation>
        </message>
        <message>
            <source>Column “{header}” is mapped to {label}, which {kind} files do not use.</source>
            <translation>A coluna “{header}” está associada a {label}, que arquivos de {kind} não usam.</translation>
        </message>
        <message>
            <source>No column is mapped to the order number.</source>
            <translation>Nenhuma coluna está associada ao número do pedido.</translation>
        </message>
        <message>
            <source>No column is mapped to the refund date.</source>
            <translation>Nenhuma coluna está associada à data do reembolso.</translation>
        </message>
        <message>
            <source>No column is mapped to the refund (or the price of the item refunded).</source>
            <translation>Nenhuma coluna está associada ao reembolso (nem ao preço do item reembolsado).</translation>
        </message>
        <message>
            <source>No column is mapped to the order date.</source>
            <translation>Nenhuma coluna está associada à data do pedido.</translation>
        </message>
        <message>
            <source>No column is mapped to an amount (unit price, line total or order total).</source>
            <translation>Nenhuma coluna está associada a um valor (preço unitário, total da linha ou total do pedido).</translation>
        </message>
        <message>
            <source>The file has no status column: choose the status its orders get.</source>
            <translation>O arquivo não tem coluna de status: escolha o status dos seus pedidos.</translation>
        </message>
        <message>
            <source>No column is mapped to the date.</source>
            <translation>Nenhuma coluna está associada à data.</translation>
        </message>
        <message>
            <source>No column is mapped to the points.</source>
            <translation>Nenhuma coluna está associada aos pontos.</translation>
        </message>
        <message>
            <source>The file has no kind column: choose what its rows are (reviews, visits …).</source>
            <translation>O arquivo não tem coluna de tipo: escolha o que são as linhas (avaliações, visitas…).</translation>
        </message>
        <message>
            <source>“{text}” is not a currency we know.</source>
            <translation>“{text}” não é uma moeda conhecida.</translation>
        </message>
        <message>
            <source>The decimal separator must be “.” or “,”, not {decimal}.</source>
            <translation>O separador decimal deve ser “.” ou “,”, não {decimal}.</translation>
        </message>
        <message>
            <source>The order number is empty.</source>
            <translation>O número do pedido está vazio.</translation>
        </message>
        <message>
            <source>The refund date is empty.</source>
            <translation>A data do reembolso está vazia.</translation>
        </message>
        <message>
            <source>The amount is empty.</source>
            <translation>O valor está vazio.</translation>
        </message>
        <message>
            <source>Order {order_no} is not recorded: import your orders first, then this file.</source>
            <translation>O pedido {order_no} não está registrado: importe primeiro seus pedidos e depois este arquivo.</translation>
        </message>
        <message>
            <source>The refund is in {currency}, but order {order_no} was paid in {paid}: give the refund in {paid}.</source>
            <translation>O reembolso está em {currency}, mas o pedido {order_no} foi pago em {paid}: informe o reembolso em {paid}.</translation>
        </message>
        <message>
            <source>The refund is in {currency}, which has no exchange rate to US$ yet: set one, then import again.</source>
            <translation>O reembolso está em {currency}, que ainda não tem taxa de câmbio para US$: defina uma e importe de novo.</translation>
        </message>
        <message>
            <source>Order {order_no}: {problem}.</source>
            <translation>Pedido {order_no}: {problem}.</translation>
        </message>
        <message>
            <source>“{text}” is too long to be an amount.</source>
            <translation>“{text}” é longo demais para ser um valor.</translation>
        </message>
        <message>
            <source>“{text}” has no number in it.</source>
            <translation>“{text}” não tem nenhum número.</translation>
        </message>
        <message>
            <source>“{text}” does not read as one amount.</source>
            <translation>“{text}” não pode ser lido como um único valor.</translation>
        </message>
        <message>
            <source>“{text}” names two currencies.</source>
            <translation>“{text}” cita duas moedas.</translation>
        </message>
        <message>
            <source>“{text}” is not an amount: {message}</source>
            <translation>“{text}” não é um valor: {message}</translation>
        </message>
        <message>
            <source>“{text}” has more than one sign.</source>
            <translation>“{text}” tem mais de um sinal.</translation>
        </message>
        <message>
            <source>“{text}” does not read as an amount with “{decimal}” for decimals.</source>
            <translation>“{text}” não pode ser lido como valor com “{decimal}” para os decimais.</translation>
        </message>
        <message>
            <source>“{text}” does not read as an amount with “{decimal}” for decimals (thousands come in groups of three digits).</source>
            <translation>“{text}” não pode ser lido como valor com “{decimal}” para os decimais (os milhares vêm em grupos de três dígitos).</translation>
        </message>
        <message>
            <source>“{text}” has more than two decimal places.</source>
            <translation>“{text}” tem mais de duas casas decimais.</translation>
        </message>
        <message>
            <source>“{text}” is too large to be a price.</source>
            <translation>“{text}” é grande demais para ser um preço.</translation>
        </message>
        <message>
            <source>{value} is not a date like 2026-02-20</source>
            <translation>{value} não é uma data como 2026-02-20</translation>
        </message>
        <message>
            <source>{value} is not an amount like 12.34</source>
            <translation>{value} não é um valor como 12.34</translation>
        </message>
        <message>
            <source>{text} is too large</source>
            <translation>{text} é grande demais</translation>
        </message>
        <message>
            <source>{value} is not an amount like 12.34 (two decimals at most)</source>
            <translation>{value} não é um valor como 12.34 (no máximo duas casas decimais)</translation>
        </message>
        <message>
            <source>{value} is not a whole number of points</source>
            <translation>{value} não é um número inteiro de pontos</translation>
        </message>
        <message>
            <source>{value} is not a number like 2 or 1.5</source>
            <translation>{value} não é um número como 2 ou 1.5</translation>
        </message>
        <message>
            <source>{text} is not a multiplier between 0 and 100</source>
            <translation>{text} não é um multiplicador entre 0 e 100</translation>
        </message>
        <message>
            <source>item {number}</source>
            <translation>item {number}</translation>
        </message>
        <message>
            <source>{where} is not an object with {keys}</source>
            <translation>{where} não é um objeto com {keys}</translation>
        </message>
        <message>
            <source>{where}: item, product_id and category are text</source>
            <translation>{where}: item, product_id e category são texto</translation>
        </message>
        <message>
            <source>{where}: quantity is a whole number and unit_price_usd an amount like "12.34"</source>
            <translation>{where}: quantity é um número inteiro e unit_price_usd um valor como "12.34"</translation>
        </message>
        <message>
            <source>is not a list of items as Points Tracker writes it (JSON, like [{example}])</source>
            <translation>não é uma lista de itens como o Points Tracker a grava (JSON, como [{example}])</translation>
        </message>
        <message>
            <source>is not the amounts as paid as Points Tracker writes them (JSON with {keys})</source>
            <translation>não são os valores pagos como o Points Tracker os grava (JSON com {keys})</translation>
        </message>
        <message>
            <source>amounts as paid are written like "12.34"</source>
            <translation>os valores pagos são escritos como "12.34"</translation>
        </message>
        <message>
            <source>{value} is not a rate like 0.2512 from ecb or yours</source>
            <translation>{value} não é uma taxa como 0.2512 de ecb ou yours</translation>
        </message>
        <message>
            <source>not UTF-8 text (byte {value})</source>
            <translation>não é texto UTF-8 (byte {value})</translation>
        </message>
        <message>
            <source>row {line}: contains a NUL byte</source>
            <translation>linha {line}: contém um byte NUL</translation>
        </message>
        <message>
            <source>row {line_num}: {error}</source>
            <translation>linha {line_num}: {error}</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>o arquivo está vazio</translation>
        </message>
        <message>
            <source>row 1: not a Points Tracker header (expected {order_columns} or {activity_columns} or {promotion_columns})</source>
            <translation>linha 1: não é um cabeçalho do Points Tracker (esperado {order_columns} ou {activity_columns} ou {promotion_columns})</translation>
        </message>
        <message>
            <source>has {count} cells, the header has {width}</source>
            <translation>tem {count} células, o cabeçalho tem {width}</translation>
        </message>
        <message>
            <source>does not match the lines cell ({value}): change both, or clear the lines cell to import the order as one item</source>
            <translation>não confere com a célula lines ({value}): altere as duas, ou esvazie a célula lines para importar o pedido como um único item</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>only review rows have one, not {kind}</source>
            <translation>só as linhas de avaliação têm isso, não as de {kind}</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>tipo</translation>
        </message>
        <message>
            <source>points</source>
            <translation>pontos</translation>
        </message>
        <message>
            <source>“{raw}” is not a date like 2026-02-20.</source>
            <translation>“{raw}” não é uma data como 2026-02-20.</translation>
        </message>
        <message>
            <source>“{raw}” is not an amount like 12.34.</source>
            <translation>“{raw}” não é um valor como 12.34.</translation>
        </message>
        <message>
            <source>no order {order_no} is recorded: import the orders file first</source>
            <translation>nenhum pedido {order_no} está registrado: importe primeiro o arquivo de pedidos</translation>
        </message>
        <message>
            <source>“{target}” is not something to import: use {choices}.</source>
            <translation>“{target}” não é algo a importar: use {choices}.</translation>
        </message>
        <message>
            <source>“{encoding}” is not a text encoding: use one such as utf-8, cp1252 or utf-16.</source>
            <translation>“{encoding}” não é uma codificação de texto: use uma como utf-8, cp1252 ou utf-16.</translation>
        </message>
        <message>
            <source>The decimal separator must be “.” or “,”, not “{decimal}”.</source>
            <translation>O separador decimal deve ser “.” ou “,”, não “{decimal}”.</translation>
        </message>
        <message>
            <source>“{default_status}” is not a status: use {choices}.</source>
            <translation>“{default_status}” não é um status: use {choices}.</translation>
        </message>
        <message>
            <source>“{activity_kind}” is not an activity: use {choices}.</source>
            <translation>“{activity_kind}” não é uma atividade: use {choices}.</translation>
        </message>
        <message>
            <source>Duplicates can be skipped or updated, not “{on_duplicate}”.</source>
            <translation>Duplicados podem ser pulados ou atualizados, não “{on_duplicate}”.</translation>
        </message>
        <message>
            <source>“{currency}” is not a currency code like USD or EUR.</source>
            <translation>“{currency}” não é um código de moeda como USD ou EUR.</translation>
        </message>
        <message>
            <source>The header line cannot be negative.</source>
            <translation>A linha do cabeçalho não pode ser negativa.</translation>
        </message>
        <message>
            <source>No file has that many lines: give a smaller number.</source>
            <translation>Nenhum arquivo tem tantas linhas: informe um número menor.</translation>
        </message>
        <message>
            <source>The saved import settings cannot be read: {error}.</source>
            <translation>As configurações de importação salvas não podem ser lidas: {error}.</translation>
        </message>
        <message>
            <source>Give the preset a name.</source>
            <translation>Dê um nome à predefinição.</translation>
        </message>
        <message>
            <source>“{name}” is the name of a built-in preset: choose another.</source>
            <translation>“{name}” é o nome de uma predefinição embutida: escolha outro.</translation>
        </message>
        <message>
            <source>Map at least one column before saving a preset.</source>
            <translation>Associe pelo menos uma coluna antes de salvar uma predefinição.</translation>
        </message>
        <message>
            <source>There is no preset “{name}”. Presets: {choices}.</source>
            <translation>Não existe a predefinição “{name}”. Predefinições: {choices}.</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>pendente</translation>
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
            <translation>Não dá para distinguir dia e mês: escolha o formato de data.</translation>
        </message>
        <message>
            <source>Choose the decimal separator.</source>
            <translation>Escolha o separador decimal.</translation>
        </message>
        <message>
            <source>“{wording}” is not a status we know: map it.</source>
            <translation>“{wording}” não é um status conhecido: associe-o.</translation>
        </message>
        <message>
            <source>The separator must be a single character, not {value}.</source>
            <translation>O separador deve ser um único caractere, não {value}.</translation>
        </message>
        <message>
            <source>The quote character {value} cannot be used here.</source>
            <translation>O caractere de aspas {value} não pode ser usado aqui.</translation>
        </message>
        <message>
            <source>The number of lines to skip cannot be negative.</source>
            <translation>O número de linhas a pular não pode ser negativo.</translation>
        </message>
        <message>
            <source>Unknown separator {value}: use one character, or tab, comma, semicolon.</source>
            <translation>Separador desconhecido {value}: use um caractere, ou tab, comma, semicolon.</translation>
        </message>
        <message>
            <source>Line {line} contains a NUL byte, which never belongs in a CSV file: the file is probably not text, or was read with the wrong encoding.</source>
            <translation>A linha {line} contém um byte NUL, que nunca aparece num CSV: o arquivo provavelmente não é texto, ou foi lido com a codificação errada.</translation>
        </message>
        <message>
            <source>Unknown text encoding {value}.</source>
            <translation>Codificação de texto desconhecida {value}.</translation>
        </message>
        <message>
            <source>Cannot tell which text encoding this file uses. Choose one: files saved by Excel on Windows are usually Windows-1252 (cp1252), or cp1250 / cp1251 for Polish / Russian.</source>
            <translation>Não é possível saber qual codificação este arquivo usa. Escolha uma: arquivos salvos pelo Excel no Windows costumam ser Windows-1252 (cp1252), ou cp1250 / cp1251 para polonês / russo.</translation>
        </message>
        <message>
            <source>Line {line} cannot be read as {name}{byte}: the file uses another encoding; choose a different one.</source>
            <translation>A linha {line} não pode ser lida como {name}{byte}: o arquivo usa outra codificação; escolha uma diferente.</translation>
        </message>
        <message>
            <source>Line {start}: a cell opens a quote (") that is never closed, so everything after it would run together into one cell. Close the quote or remove it.</source>
            <translation>Linha {start}: uma célula abre aspas (") que nunca se fecham, então tudo depois dela ficaria junto numa só célula. Feche as aspas ou remova-as.</translation>
        </message>
        <message>
            <source>Line {start}: a cell is longer than {limit} characters; usually a quote that is never closed.</source>
            <translation>Linha {start}: uma célula tem mais de {limit} caracteres; geralmente são aspas que nunca se fecham.</translation>
        </message>
        <message>
            <source>Line {current}: a quote mark in the middle of a quoted cell. Inside a quoted cell a quote must be doubled ("").</source>
            <translation>Linha {current}: aspas no meio de uma célula entre aspas. Dentro de uma célula entre aspas, as aspas devem ser duplicadas ("").</translation>
        </message>
        <message>
            <source>Line {current}: the line cannot be read as CSV ({error}).</source>
            <translation>Linha {current}: a linha não pode ser lida como CSV ({error}).</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>O arquivo está vazio.</translation>
        </message>
        <message>
            <source>This is an old Excel workbook (.xls): save it as .xlsx or CSV first.</source>
            <translation>Esta é uma pasta de trabalho antiga do Excel (.xls): salve-a como .xlsx ou CSV primeiro.</translation>
        </message>
        <message>
            <source>The workbook</source>
            <translation>A pasta de trabalho</translation>
        </message>
        <message>
            <source>This file looks like a zip archive but cannot be read as an Excel workbook (.xlsx): {reason}. Open it in a spreadsheet program and save it as .xlsx or CSV.</source>
            <translation>Este arquivo parece um zip mas não pode ser lido como pasta de trabalho do Excel (.xlsx): {reason}. Abra-o num programa de planilhas e salve como .xlsx ou CSV.</translation>
        </message>
        <message>
            <source>{file} holds {count} files inside; a workbook has a few dozen, and at most {limit} are read.</source>
            <translation>{file} contém {count} arquivos dentro; uma pasta de trabalho tem algumas dezenas, e no máximo {limit} são lidos.</translation>
        </message>
        <message>
            <source>{file} unpacks to {size}, more than the {limit} a workbook may unpack to. Save the sheet you need as CSV and import that.</source>
            <translation>{file} ocupa {size} ao ser descompactado, mais do que os {limit} que uma pasta de trabalho pode ocupar. Salve a planilha de que precisa como CSV e importe esse arquivo.</translation>
        </message>
        <message>
            <source>{file} is not a workbook a spreadsheet program wrote: its part {part} unpacks {ratio} times its size (at most {limit} times is accepted). It may be made to exhaust memory; it was not opened.</source>
            <translation>{file} não é uma pasta de trabalho gravada por um programa de planilhas: a parte {part} se descompacta {ratio} vezes o seu tamanho (no máximo {limit} vezes é aceito). Pode ter sido feita para esgotar a memória; não foi aberta.</translation>
        </message>
        <message>
            <source>The sheet “{sheet}” of {file} holds more than {limit} of text, more than any list of orders: it was not imported.</source>
            <translation>A planilha “{sheet}” de {file} contém mais de {limit} de texto, mais do que qualquer lista de pedidos: não foi importada.</translation>
        </message>
        <message>
            <source>This spreadsheet is not an Excel workbook: save it as .xlsx or CSV first.</source>
            <translation>Esta planilha não é uma pasta de trabalho do Excel: salve-a como .xlsx ou CSV primeiro.</translation>
        </message>
        <message>
            <source>The workbook has no sheets.</source>
            <translation>A pasta de trabalho não tem planilhas.</translation>
        </message>
        <message>
            <source>The workbook has no sheet “{sheet}”; its sheets are: {choices}.</source>
            <translation>A pasta de trabalho não tem a planilha “{sheet}”; as planilhas são: {choices}.</translation>
        </message>
        <message>
            <source>The sheet “{sheet}” cannot be read ({reason}); save the workbook again from your spreadsheet program.</source>
            <translation>A planilha “{sheet}” não pode ser lida ({reason}); salve a pasta de trabalho de novo no seu programa de planilhas.</translation>
        </message>
        <message>
            <source>The file has no rows to import.</source>
            <translation>O arquivo não tem linhas para importar.</translation>
        </message>
        <message>
            <source>Line {header_line} is blank or not in the first rows: it cannot be the header.</source>
            <translation>A linha {header_line} está em branco ou não está entre as primeiras: não pode ser o cabeçalho.</translation>
        </message>
        <message>
            <source>“{status}” (for “{wording}”) is not a status: use pending, confirmed or cancelled.</source>
            <translation>“{status}” (para “{wording}”) não é um status: use pending, confirmed ou cancelled.</translation>
        </message>
        <message>
            <source>“{text}” is not a quantity like 1 or 2.</source>
            <translation>“{text}” não é uma quantidade como 1 ou 2.</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number of points.</source>
            <translation>“{text}” não é um número inteiro de pontos.</translation>
        </message>
        <message>
            <source>“{text}” stands for more than one currency: write its code, such as JPY or CNY.</source>
            <translation>“{text}” serve para mais de uma moeda: escreva o código, como JPY ou CNY.</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number of cents.</source>
            <translation>“{text}” não é um número inteiro de centavos.</translation>
        </message>
        <message>
            <source>“{text}” is not a kind of activity: use review, visit, post, follow, bonus or adjustment.</source>
            <translation>“{text}” não é um tipo de atividade: use review, visit, post, follow, bonus ou adjustment.</translation>
        </message>
        <message>
            <source>The row has {count} cells but the header only {width}.</source>
            <translation>A linha tem {count} células, mas o cabeçalho só {width}.</translation>
        </message>
        <message>
            <source>The date is empty.</source>
            <translation>A data está vazia.</translation>
        </message>
        <message>
            <source>The kind is empty: write review, visit, post, follow, bonus or adjustment.</source>
            <translation>O tipo está vazio: escreva review, visit, post, follow, bonus ou adjustment.</translation>
        </message>
        <message>
            <source>The points are empty.</source>
            <translation>Os pontos estão vazios.</translation>
        </message>
        <message>
            <source>Order {key}: “{here}” here but “{there}” on row {row}; the rows of one order must agree.</source>
            <translation>Pedido {key}: “{here}” aqui, mas “{there}” na linha {row}; as linhas de um mesmo pedido devem coincidir.</translation>
        </message>
        <message>
            <source>Order {key} is not imported: see row {row}.</source>
            <translation>O pedido {key} não foi importado: veja a linha {row}.</translation>
        </message>
        <message>
            <source>The dates in “{column}” (such as {examples}) can be read day-first or month-first. Choose the date format: {choices}.</source>
            <translation>As datas em “{column}” (como {examples}) podem ser lidas com o dia ou o mês primeiro. Escolha o formato de data: {choices}.</translation>
        </message>
        <message>
            <source>The amounts use both “.” and “,” as the decimal separator, so each amount was read on its own: a lone separator before three digits as thousands (“1,234” is 1234.00).</source>
            <translation>Os valores usam “.” e “,” como separador decimal, então cada valor foi lido separadamente: um separador sozinho antes de três dígitos conta como milhar (“1,234” é 1234,00).</translation>
        </message>
        <message>
            <source>The amounts in “{column}” (such as {examples}) can be read with “.” or with “,” as the decimal separator. Choose the decimal separator.</source>
            <translation>Os valores em “{column}” (como {examples}) podem ser lidos com “.” ou com “,” como separador decimal. Escolha o separador decimal.</translation>
        </message>
        <message>
            <source>Column “{column}” was taken as {field}, but its values do not look like {kind}.</source>
            <translation>A coluna “{column}” foi tomada como {field}, mas os valores não parecem {kind}.</translation>
        </message>
        <message>
            <source>Column “{column}” is mapped to an unknown field “{name}”.</source>
            <translation>A coluna “{column}” está associada a um campo desconhecido “{name}”.</translation>
        </message>
        <message>
            <source>“{first}” and “{second}”</source>
            <translation>“{first}” e “{second}”</translation>
        </message>
        <message>
            <source>{columns} and “{column}”</source>
            <translation>{columns} e “{column}”</translation>
        </message>
        <message>
            <source>{field} is taken from two columns, {shown}: choose one.</source>
            <translation>{field} vem de duas colunas, {shown}: escolha uma.</translation>
        </message>
        <message>
            <source>dates</source>
            <translation>datas</translation>
        </message>
        <message>
            <source>amounts</source>
            <translation>valores</translation>
        </message>
        <message>
            <source>whole numbers</source>
            <translation>números inteiros</translation>
        </message>
        <message>
            <source>statuses</source>
            <translation>status</translation>
        </message>
        <message>
            <source>currencies</source>
            <translation>moedas</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <source>“{wording}” is not a status we know: map it to pending, confirmed or cancelled.</source>
            <translation>“{wording}” não é um status conhecido: associe-o a pending, confirmed ou cancelled.</translation>
        </message>
        <message>
            <source>The status is empty: fill it in, or choose a status for such orders.</source>
            <translation>O status está vazio: preencha-o ou escolha um status para esses pedidos.</translation>
        </message>
        <message>
            <source>The order date is empty.</source>
            <translation>A data do pedido está vazia.</translation>
        </message>
        <message>
            <source>The amount is in {value} but the currency column says {cell}.</source>
            <translation>O valor está em {value}, mas a coluna de moeda diz {cell}.</translation>
        </message>
        <message>
            <source>The amounts of this row are in different currencies ({choices}).</source>
            <translation>Os valores desta linha estão em moedas diferentes ({choices}).</translation>
        </message>
        <message>
            <source>“¥” and “kr” each stand for several currencies: add a currency column, or choose the file's currency.</source>
            <translation>“¥” e “kr” servem cada um para várias moedas: adicione uma coluna de moeda ou escolha a moeda do arquivo.</translation>
        </message>
        <message>
            <source>This JSON file is not UTF-8 text.</source>
            <translation>Este arquivo JSON não é texto UTF-8.</translation>
        </message>
        <message>
            <source>This is not valid JSON: {reason} at line {line}, column {column}.</source>
            <translation>Isto não é JSON válido: {reason} na linha {line}, coluna {column}.</translation>
        </message>
        <message>
            <source>This JSON file is nested too deeply to be a list of records.</source>
            <translation>Este arquivo JSON é aninhado demais para ser uma lista de registros.</translation>
        </message>
        <message>
            <source>This JSON file holds no list of records (objects with the same keys) to import.</source>
            <translation>Este arquivo JSON não contém nenhuma lista de registros (objetos com as mesmas chaves) para importar.</translation>
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
            <translation>1 atividade</translation>
        </message>
        <message numerus="yes">
            <source>%Ln activities</source>
            <translation>
                <numerusform>%Ln atividade</numerusform>
                <numerusform>%Ln atividades</numerusform>
            </translation>
        </message>
        <message>
            <source>1 history row</source>
            <translation>1 linha do histórico</translation>
        </message>
        <message numerus="yes">
            <source>%Ln history rows</source>
            <translation>
                <numerusform>%Ln linha do histórico</numerusform>
                <numerusform>%Ln linhas do histórico</numerusform>
            </translation>
        </message>
        <message>
            <source>1 promotion</source>
            <translation>1 promoção</translation>
        </message>
        <message numerus="yes">
            <source>%Ln promotions</source>
            <translation>
                <numerusform>%Ln promoção</numerusform>
                <numerusform>%Ln promoções</numerusform>
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
            <translation>1 linha</translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows</source>
            <translation>
                <numerusform>%Ln linha</numerusform>
                <numerusform>%Ln linhas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import orders or activity</source>
            <translation>Importar pedidos ou atividade</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Voltar</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Avançar</translation>
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
            <translation>Não é possível ler {file}: {reason}.</translation>
        </message>
        <message>
            <source>This file was imported before, on {when} (batch {batch}): orders already recorded are left out.</source>
            <translation>Este arquivo já foi importado em {when} (lote {batch}): pedidos já registrados ficam de fora.</translation>
        </message>
        <message>
            <source>It looks like: {preset}.</source>
            <translation>Parece ser: {preset}.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{file}&lt;/b&gt; — {size}.</source>
            <translation>&lt;b&gt;{file}&lt;/b&gt; — {size}.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Arquivo</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Colunas</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Conferência</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <source>{file} cannot be written: {reason}.</source>
            <translation>Não é possível gravar {file}: {reason}.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was changed.</source>
            <translation>A importação foi cancelada; nada foi alterado.</translation>
        </message>
        <message>
            <source>Nothing was imported: {problem}</source>
            <translation>Nada foi importado: {problem}</translation>
        </message>
        <message>
            <source>The import could not be undone: {problem}</source>
            <translation>Não foi possível desfazer a importação: {problem}</translation>
        </message>
        <message>
            <source>Removed everything this import added ({what}). Orders it updated keep their new values.</source>
            <translation>Tudo o que esta importação adicionou foi removido ({what}). Os pedidos que ela atualizou mantêm os novos valores.</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nada</translation>
        </message>
        <message>
            <source>Some amounts are in a currency with no exchange rate for their dates. Give the US$ that one unit was worth, so they count; it is saved as your rate (Settings ▸ Currencies).</source>
            <translation>Alguns valores estão em uma moeda sem taxa de câmbio para as datas deles. Informe quantos US$ valia uma unidade para que contem; fica salva como sua taxa (Configurações ▸ Moedas).</translation>
        </message>
        <message>
            <source>US$ for 1 {currency}, e.g. 0.011</source>
            <translation>US$ por 1 {currency}, ex.: 0.011</translation>
        </message>
        <message>
            <source>Exchange rate for {currency}</source>
            <translation>Taxa de câmbio para {currency}</translation>
        </message>
        <message>
            <source>Orders in {currency}: {count} ({amount})</source>
            <translation>Pedidos em {currency}: {count} ({amount})</translation>
        </message>
        <message>
            <source>Review prices in {currency}: {count} ({amount})</source>
            <translation>Preços de avaliações em {currency}: {count} ({amount})</translation>
        </message>
        <message>
            <source>the ECB's rates stop on {date}; yours applies from {start} on</source>
            <translation>as taxas do BCE terminam em {date}; a sua vale a partir de {start}</translation>
        </message>
        <message>
            <source>the ECB has no rate for it</source>
            <translation>o BCE não tem taxa para ela</translation>
        </message>
        <message>
            <source>The rate for {currency} should be a number above 0, like 0.011.</source>
            <translation>A taxa para {currency} deve ser um número maior que 0, como 0.011.</translation>
        </message>
    </context>
    <context>
        <name>ImportFields</name>
        <message>
            <source>parent order number</source>
            <translation>número do pedido principal</translation>
        </message>
        <message>
            <source>end reason</source>
            <translation>motivo de encerramento</translation>
        </message>
        <message>
            <source>description</source>
            <translation>descrição</translation>
        </message>
        <message>
            <source>order number</source>
            <translation>número do pedido</translation>
        </message>
        <message>
            <source>order date</source>
            <translation>data do pedido</translation>
        </message>
        <message>
            <source>payment date</source>
            <translation>data do pagamento</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>confirmation date</source>
            <translation>data de confirmação</translation>
        </message>
        <message>
            <source>item title</source>
            <translation>título do item</translation>
        </message>
        <message>
            <source>product ID</source>
            <translation>ID do produto</translation>
        </message>
        <message>
            <source>category</source>
            <translation>categoria</translation>
        </message>
        <message>
            <source>quantity</source>
            <translation>quantidade</translation>
        </message>
        <message>
            <source>unit price</source>
            <translation>preço unitário</translation>
        </message>
        <message>
            <source>line total</source>
            <translation>total da linha</translation>
        </message>
        <message>
            <source>order total</source>
            <translation>total do pedido</translation>
        </message>
        <message>
            <source>discount</source>
            <translation>desconto</translation>
        </message>
        <message>
            <source>shipping</source>
            <translation>frete</translation>
        </message>
        <message>
            <source>refund</source>
            <translation>reembolso</translation>
        </message>
        <message>
            <source>refund date</source>
            <translation>data do reembolso</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>moeda</translation>
        </message>
        <message>
            <source>store</source>
            <translation>loja</translation>
        </message>
        <message>
            <source>date</source>
            <translation>data</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>tipo</translation>
        </message>
        <message>
            <source>points</source>
            <translation>pontos</translation>
        </message>
        <message>
            <source>item price</source>
            <translation>preço do item</translation>
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
            <translation>Arquivo</translation>
        </message>
        <message>
            <source>Read as</source>
            <translation>Lido como</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Novos</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Atualizados</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Deixados de fora</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejeitados</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Dados de demonstração</translation>
        </message>
        <message>
            <source>Batch {batch}: {file}, {kind}</source>
            <translation>Lote {batch}: {file}, {kind}</translation>
        </message>
        <message>
            <source>No imports yet. Import a file from the File menu, or drop one on the window.</source>
            <translation>Nenhuma importação ainda. Importe um arquivo pelo menu Arquivo ou solte um na janela.</translation>
        </message>
        <message>
            <source>Undo import</source>
            <translation>Desfazer importação</translation>
        </message>
        <message>
            <source>Every import can be undone as a whole: it removes exactly what that import added.</source>
            <translation>Toda importação pode ser desfeita por inteiro: remove exatamente o que ela adicionou.</translation>
        </message>
        <message numerus="yes">
            <source>Remove everything the import of {file} on {when} added (%Ln new records)? Orders it only updated keep their new values.</source>
            <translation>
                <numerusform>Remover tudo o que a importação de {file} em {when} adicionou (%Ln registro novo)? Os pedidos que ela só atualizou mantêm os novos valores.</numerusform>
                <numerusform>Remover tudo o que a importação de {file} em {when} adicionou (%Ln registros novos)? Os pedidos que ela só atualizou mantêm os novos valores.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed the import of {file}: %Ln records.</source>
            <translation>
                <numerusform>Importação de {file} removida: %Ln registro.</numerusform>
                <numerusform>Importação de {file} removida: %Ln registros.</numerusform>
            </translation>
        </message>
        <message>
            <source>orders</source>
            <translation>pedidos</translation>
        </message>
        <message>
            <source>activity</source>
            <translation>atividade</translation>
        </message>
        <message>
            <source>points history</source>
            <translation>histórico de pontos</translation>
        </message>
        <message>
            <source>refunds</source>
            <translation>reembolsos</translation>
        </message>
        <message>
            <source>demo data</source>
            <translation>dados de demonstração</translation>
        </message>
    </context>
    <context>
        <name>ItemRow</name>
        <message>
            <source>What you bought</source>
            <translation>O que você comprou</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoria</translation>
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
            <translation>Categoria</translation>
        </message>
        <message>
            <source>Product id</source>
            <translation>ID do produto</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Qtd.</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Preço unitário</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>{field} of item {number}</source>
            <translation>{field} do item {number}</translation>
        </message>
        <message>
            <source>Remove item {number}</source>
            <translation>Remover o item {number}</translation>
        </message>
        <message>
            <source>Enter the item's price</source>
            <translation>Informe o preço do item</translation>
        </message>
        <message>
            <source>&amp;Add item</source>
            <translation>&amp;Adicionar item</translation>
        </message>
        <message>
            <source>Unit price {currency}</source>
            <translation>Preço unitário {currency}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Add &amp;order…</source>
            <translation>Adicionar &amp;pedido…</translation>
        </message>
        <message>
            <source>Add Club &amp;post…</source>
            <translation>Adicionar p&amp;ublicação no Club…</translation>
        </message>
        <message>
            <source>Add store &amp;follow…</source>
            <translation>Adicionar loja &amp;seguida…</translation>
        </message>
        <message>
            <source>Add &amp;bonus or adjustment…</source>
            <translation>Adicionar &amp;bônus ou ajuste…</translation>
        </message>
        <message>
            <source>Add pro&amp;motion…</source>
            <translation>Adicionar pro&amp;moção…</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;Novo banco de dados…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Abrir banco de dados…</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>&amp;Importar um arquivo…</translation>
        </message>
        <message>
            <source>Import orders or activity from a CSV or Excel file; you can also drop a file on the window.</source>
            <translation>Importe pedidos ou atividade de um arquivo CSV ou Excel; você também pode soltar um arquivo na janela.</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <source>&amp;Back up…</source>
            <translation>Fazer &amp;backup…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restaurar de um backup…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
        </message>
        <message>
            <source>Add order</source>
            <translation>Adicionar pedido</translation>
        </message>
        <message>
            <source>&amp;Visited today</source>
            <translation>&amp;Visitei hoje</translation>
        </message>
        <message>
            <source>Record today's Member Center visit.</source>
            <translation>Registrar a visita de hoje à Central do Membro.</translation>
        </message>
        <message>
            <source>Visits &amp;calendar…</source>
            <translation>&amp;Calendário de visitas…</translation>
        </message>
        <message>
            <source>Check against &amp;AliExpress…</source>
            <translation>Conferir com o &amp;AliExpress…</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Conferir</translation>
        </message>
        <message>
            <source>Compare your figures with the points the Member Center shows.</source>
            <translation>Compare seus números com os pontos que a Central do Membro mostra.</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>Con&amp;figurações…</translation>
        </message>
        <message>
            <source>&amp;How points work</source>
            <translation>&amp;Como funcionam os pontos</translation>
        </message>
        <message>
            <source>&amp;About Points Tracker</source>
            <translation>&amp;Sobre o Points Tracker</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arquivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>E&amp;xibir</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;juda</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barra principal</translation>
        </message>
        <message>
            <source>Visited today</source>
            <translation>Visitei hoje</translation>
        </message>
        <message>
            <source>Check against AliExpress</source>
            <translation>Conferir com o AliExpress</translation>
        </message>
        <message>
            <source>{action} ({shortcut})</source>
            <translation>{action} ({shortcut})</translation>
        </message>
        <message numerus="yes">
            <source>%Ln new</source>
            <translation>
                <numerusform>%Ln novo</numerusform>
                <numerusform>%Ln novos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln updated</source>
            <translation>
                <numerusform>%Ln atualizado</numerusform>
                <numerusform>%Ln atualizados</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported {file}: {new}, {updated}.</source>
            <translation>{file} importado: {new}, {updated}.</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation>Não é possível abrir o banco de dados</translation>
        </message>
        <message>
            <source>Opened {file}.</source>
            <translation>{file} aberto.</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Novo banco de dados</translation>
        </message>
        <message>
            <source>Points Tracker databases (*.sqlite3)</source>
            <translation>Bancos de dados do Points Tracker (*.sqlite3)</translation>
        </message>
        <message>
            <source>{file} already exists. Choose another name, or use Open database to open it.</source>
            <translation>{file} já existe. Escolha outro nome ou use Abrir banco de dados para abri-lo.</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Abrir banco de dados</translation>
        </message>
        <message>
            <source>Points Tracker databases (*.sqlite3 *.db);;All files (*)</source>
            <translation>Bancos de dados do Points Tracker (*.sqlite3 *.db);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Export to folder</source>
            <translation>Exportar para a pasta</translation>
        </message>
        <message>
            <source>{files} already in {folder} will be replaced.</source>
            <translation>{files}, que já estão em {folder}, serão substituídos.</translation>
        </message>
        <message>
            <source>&amp;Undo {action}</source>
            <translation>&amp;Desfazer: {action}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Desfazer</translation>
        </message>
        <message>
            <source>&amp;Redo {action}</source>
            <translation>&amp;Refazer: {action}</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Refazer</translation>
        </message>
        <message>
            <source>Undone: {action}.</source>
            <translation>Desfeito: {action}.</translation>
        </message>
        <message>
            <source>Redone: {action}.</source>
            <translation>Refeito: {action}.</translation>
        </message>
        <message>
            <source>Visit recorded for {date}</source>
            <translation>Visita registrada para {date}</translation>
        </message>
        <message>
            <source>Add r&amp;eview…</source>
            <translation>Adicionar ava&amp;liação…</translation>
        </message>
        <message>
            <source>Today's visit is already recorded</source>
            <translation>A visita de hoje já está registrada</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>Sobre o {app}</translation>
        </message>
        <message>
            <source>Version {version} · Python {python} · Qt {qt}</source>
            <translation>Versão {version} · Python {python} · Qt {qt}</translation>
        </message>
        <message>
            <source>Your own record of AliExpress member points: your tier, when it lapses and what to spend to keep it.</source>
            <translation>Seu próprio registro dos pontos de membro do AliExpress: seu nível, quando ele vence e quanto gastar para mantê-lo.</translation>
        </message>
        <message>
            <source>Your records are kept on this computer, in:</source>
            <translation>Seus registros ficam neste computador, em:</translation>
        </message>
        <message>
            <source>Rule set: {name}</source>
            <translation>Conjunto de regras: {name}</translation>
        </message>
        <message>
            <source>Free software under the MIT licence. Points Tracker is not made by or connected with AliExpress.</source>
            <translation>Software livre sob a licença MIT. O Points Tracker não é feito pelo AliExpress nem tem ligação com ele.</translation>
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
            <translation>“{text}” não é um valor: digite-o como {example}</translation>
        </message>
        <message>
            <source>This amount is in {currency}; type it in {wanted} here</source>
            <translation>Este valor está em {currency}; digite-o aqui em {wanted}</translation>
        </message>
        <message>
            <source>“{symbol}” is not a currency this box takes; type an amount like {example}</source>
            <translation>“{symbol}” não é uma moeda aceita neste campo; digite um valor como {example}</translation>
        </message>
    </context>
    <context>
        <name>Opening</name>
        <message>
            <source>Today's automatic backup was not made: {error}</source>
            <translation>O backup automático de hoje não foi feito: {error}</translation>
        </message>
        <message>
            <source>{problem}

Restore the backup {backup}? Records added after it was made are not in it. The damaged file is kept aside, not deleted.</source>
            <translation>{problem}

Restaurar o backup {backup}? Os registros adicionados depois dele não estão nele. O arquivo danificado é guardado à parte, não excluído.</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <source>Set</source>
            <translation>Definir</translation>
        </message>
        <message>
            <source>{name} is set</source>
            <translation>{name} definida</translation>
        </message>
    </context>
    <context>
        <name>OrderForm</name>
        <message>
            <source>Pending</source>
            <translation>Pendente</translation>
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
            <translation>Um pedido cancelado não ganha pontos.</translation>
        </message>
        <message>
            <source>No points until {currency} has an exchange rate for the order's date.</source>
            <translation>Sem pontos até que {currency} tenha uma taxa de câmbio para a data do pedido.</translation>
        </message>
        <message>
            <source>This order will earn 1 point</source>
            <translation>Este pedido vai ganhar 1 ponto</translation>
        </message>
        <message>
            <source>This order earns 1 point</source>
            <translation>Este pedido ganha 1 ponto</translation>
        </message>
        <message numerus="yes">
            <source>This order will earn %n points</source>
            <translation>
                <numerusform>Este pedido vai ganhar %n ponto</numerusform>
                <numerusform>Este pedido vai ganhar %n pontos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This order earns %n points</source>
            <translation>
                <numerusform>Este pedido ganha %n ponto</numerusform>
                <numerusform>Este pedido ganha %n pontos</numerusform>
            </translation>
        </message>
        <message>
            <source> when you confirm receipt</source>
            <translation> ao confirmar o recebimento</translation>
        </message>
        <message>
            <source>, plus a {points}-point bonus for its day ({rules})</source>
            <translation>, mais um bônus de {points} pontos pelo dia ({rules})</translation>
        </message>
        <message>
            <source>Optional, e.g. 8100123456789012</source>
            <translation>Opcional, ex.: 8100123456789012</translation>
        </message>
        <message>
            <source>Order &amp;no.:</source>
            <translation>&amp;Nº do pedido:</translation>
        </message>
        <message>
            <source>Order &amp;date:</source>
            <translation>&amp;Data do pedido:</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Opcional</translation>
        </message>
        <message>
            <source>S&amp;tore:</source>
            <translation>&amp;Loja:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>confirmation date</source>
            <translation>data de confirmação</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Desconhecida</translation>
        </message>
        <message>
            <source>Leave unknown if you do not remember: the points are then estimated</source>
            <translation>Deixe como desconhecida se não lembrar: os pontos serão estimados</translation>
        </message>
        <message>
            <source>&amp;Confirmed on:</source>
            <translation>&amp;Confirmado em:</translation>
        </message>
        <message>
            <source>expected confirmation</source>
            <translation>confirmação prevista</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automático</translation>
        </message>
        <message numerus="yes">
            <source>Automatic: %n days after the order date (see Settings)</source>
            <translation>
                <numerusform>Automático: %n dia após a data do pedido (veja Configurações)</numerusform>
                <numerusform>Automático: %n dias após a data do pedido (veja Configurações)</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Expected by:</source>
            <translation>&amp;Previsto para:</translation>
        </message>
        <message>
            <source>The currency you paid in: type the prices below in it, as they were charged</source>
            <translation>A moeda em que você pagou: digite os preços abaixo nela, como foram cobrados</translation>
        </message>
        <message>
            <source>C&amp;urrency paid:</source>
            <translation>&amp;Moeda paga:</translation>
        </message>
        <message>
            <source>Items:</source>
            <translation>Itens:</translation>
        </message>
        <message>
            <source>on</source>
            <translation>em</translation>
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
            <translation>Em US$:</translation>
        </message>
        <message>
            <source>Points this order earns</source>
            <translation>Pontos que este pedido ganha</translation>
        </message>
        <message>
            <source>Points:</source>
            <translation>Pontos:</translation>
        </message>
        <message>
            <source>D&amp;iscount {currency}:</source>
            <translation>D&amp;esconto {currency}:</translation>
        </message>
        <message>
            <source>S&amp;hipping {currency}:</source>
            <translation>&amp;Frete {currency}:</translation>
        </message>
        <message>
            <source>&amp;Refund {currency}:</source>
            <translation>&amp;Reembolso {currency}:</translation>
        </message>
        <message>
            <source>items {amount}</source>
            <translation>itens {amount}</translation>
        </message>
        <message>
            <source>− discount {amount}</source>
            <translation>− desconto {amount}</translation>
        </message>
        <message>
            <source>+ shipping {amount}</source>
            <translation>+ frete {amount}</translation>
        </message>
        <message>
            <source>{total} ({parts})</source>
            <translation>{total} ({parts})</translation>
        </message>
        <message>
            <source>Points are shown once the order is complete.</source>
            <translation>Os pontos aparecem quando o pedido estiver completo.</translation>
        </message>
        <message>
            <source>Set a r&amp;ate…</source>
            <translation>Informar &amp;taxa…</translation>
        </message>
        <message>
            <source>Give the rate in Settings ▸ Currencies</source>
            <translation>Informe a taxa em Configurações ▸ Moedas</translation>
        </message>
        <message>
            <source>No rate for {currency} on {date} — set one, or this order earns no points.</source>
            <translation>Não há taxa para {currency} em {date}: informe uma, ou este pedido não rende pontos.</translation>
        </message>
        <message>
            <source>1 {currency} = {rate} US$ ({source})</source>
            <translation>1 {currency} = {rate} US$ ({source})</translation>
        </message>
        <message>
            <source>Paid {amount} in all; the amounts above are in US$.</source>
            <translation>Pago {amount} no total; os valores acima estão em US$.</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Dashboard</source>
            <translation>Painel</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Pedidos</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Avaliações</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Atividade</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Gráficos</translation>
        </message>
        <message>
            <source>Imports</source>
            <translation>Importações</translation>
        </message>
    </context>
    <context>
        <name>PlannerPanel</name>
        <message>
            <source>What if…</source>
            <translation>E se…</translation>
        </message>
        <message>
            <source>&amp;Tier to keep or reach</source>
            <translation>&amp;Nível a manter ou alcançar</translation>
        </message>
        <message>
            <source>Tier to keep or reach</source>
            <translation>Nível a manter ou alcançar</translation>
        </message>
        <message>
            <source>C&amp;lear the plan</source>
            <translation>&amp;Limpar o plano</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mês</translation>
        </message>
        <message>
            <source>Spend $</source>
            <translation>Gasto $</translation>
        </message>
        <message>
            <source>What you mean to spend on orders that month (in US dollars, after discounts)</source>
            <translation>Quanto você pretende gastar em pedidos naquele mês (em dólares, após descontos)</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visitas</translation>
        </message>
        <message>
            <source>Days you visit the Member Center that month</source>
            <translation>Dias em que você visita a Central do Membro naquele mês</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Avaliações</translation>
        </message>
        <message>
            <source>Reviews you write that month</source>
            <translation>Avaliações que você escreve naquele mês</translation>
        </message>
        <message>
            <source>Each month</source>
            <translation>Cada mês</translation>
        </message>
        <message>
            <source>Type here to fill every month below</source>
            <translation>Digite aqui para preencher todos os meses abaixo</translation>
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
            <translation>Avaliações, {month}</translation>
        </message>
        <message>
            <source>A purchase on a date</source>
            <translation>Uma compra em uma data</translation>
        </message>
        <message>
            <source>Purchase date</source>
            <translation>Data da compra</translation>
        </message>
        <message>
            <source>Purchase amount</source>
            <translation>Valor da compra</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Adicionar</translation>
        </message>
        <message>
            <source>Planned purchases</source>
            <translation>Compras planejadas</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>{tier} (now)</source>
            <translation>{tier} (atual)</translation>
        </message>
        <message>
            <source>Your records are loading…</source>
            <translation>Carregando seus registros…</translation>
        </message>
        <message numerus="yes">
            <source>Each month's spend is bought on its 1st (this month's tomorrow), in orders of up to {amount}, and counts once confirmed, %n days later.</source>
            <translation>
                <numerusform>O gasto de cada mês é feito no dia 1 (o deste mês, amanhã), em pedidos de até {amount}, e conta depois de confirmado, %n dia depois.</numerusform>
                <numerusform>O gasto de cada mês é feito no dia 1 (o deste mês, amanhã), em pedidos de até {amount}, e conta depois de confirmado, %n dias depois.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Each month's spend is bought on its 1st (this month's tomorrow) and counts once confirmed, %n days later.</source>
            <translation>
                <numerusform>O gasto de cada mês é feito no dia 1 (o deste mês, amanhã) e conta depois de confirmado, %n dia depois.</numerusform>
                <numerusform>O gasto de cada mês é feito no dia 1 (o deste mês, amanhã) e conta depois de confirmado, %n dias depois.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Visits count up to %n a month.</source>
            <translation>
                <numerusform>As visitas contam até %n por mês.</numerusform>
                <numerusform>As visitas contam até %n por mês.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Planning</name>
        <message>
            <source>{tier} from {date}.</source>
            <translation>{tier} a partir de {date}.</translation>
        </message>
        <message>
            <source>{tier} holds until {date}, then {lower}.</source>
            <translation>{tier} se mantém até {date}, depois {lower}.</translation>
        </message>
        <message>
            <source>{next} from {date}.</source>
            <translation>{next} a partir de {date}.</translation>
        </message>
        <message>
            <source>{tier} holds, and {next} from {date}.</source>
            <translation>{tier} se mantém, e {next} a partir de {date}.</translation>
        </message>
        <message>
            <source>you stay {tier}.</source>
            <translation>você continua em {tier}.</translation>
        </message>
        <message>
            <source>{tier} holds for the coming 12 months.</source>
            <translation>{tier} se mantém pelos próximos 12 meses.</translation>
        </message>
        <message>
            <source>As things stand: {outlook}</source>
            <translation>Como está: {outlook}</translation>
        </message>
        <message>
            <source>With this plan: {outlook}</source>
            <translation>Com este plano: {outlook}</translation>
        </message>
        <message>
            <source>That is enough to keep {tier} at every recalculation.</source>
            <translation>Isso basta para manter {tier} em cada recálculo.</translation>
        </message>
        <message>
            <source>Still needed: {plan}</source>
            <translation>Ainda falta: {plan}</translation>
        </message>
        <message>
            <source>{tier} then holds for the rest of the coming 12 months.</source>
            <translation>{tier} então se mantém pelo resto dos próximos 12 meses.</translation>
        </message>
        <message>
            <source>Keeping it then takes {total} more {last}.</source>
            <translation>Mantê-lo depois exige mais {total} {last}.</translation>
        </message>
        <message>
            <source>Then {total} more {last}.</source>
            <translation>Depois, mais {total} {last}.</translation>
        </message>
        <message numerus="yes">
            <source>Keeping it then takes {total} more {last}, over %n purchases.</source>
            <translation>
                <numerusform>Mantê-lo depois exige mais {total} {last}, em %n compra.</numerusform>
                <numerusform>Mantê-lo depois exige mais {total} {last}, em %n compras.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Then {total} more {last}, over %n purchases.</source>
            <translation>
                <numerusform>Depois, mais {total} {last}, em %n compra.</numerusform>
                <numerusform>Depois, mais {total} {last}, em %n compras.</numerusform>
            </translation>
        </message>
        <message>
            <source>To keep {tier} after that, also spend {amount} {when}.</source>
            <translation>Para manter {tier} depois disso, gaste também {amount} {when}.</translation>
        </message>
        <message>
            <source>To reach {tier} on {date}, also spend {amount} {when}.</source>
            <translation>Para chegar a {tier} em {date}, gaste também {amount} {when}.</translation>
        </message>
        <message>
            <source>Type what you mean to spend, and how often you visit and review, month by month.</source>
            <translation>Digite quanto pretende gastar e com que frequência visita e avalia, mês a mês.</translation>
        </message>
        <message>
            <source>{amount} of orders</source>
            <translation>{amount} em pedidos</translation>
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
            <translation>1 avaliação</translation>
        </message>
        <message numerus="yes">
            <source>%n reviews</source>
            <translation>
                <numerusform>%n avaliação</numerusform>
                <numerusform>%n avaliações</numerusform>
            </translation>
        </message>
        <message>
            <source>{list} and {last}</source>
            <translation>{list} e {last}</translation>
        </message>
        <message>
            <source>This plan: {what}, earning {points} points by the end of {month}.</source>
            <translation>Este plano: {what}, ganhando {points} pontos até o fim de {month}.</translation>
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
            <translation>Opcional: sobre o que era</translation>
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
            <translation>Cancelar importação</translation>
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
            <translation>Importando… {done} de {total} registros gravados.</translation>
        </message>
    </context>
    <context>
        <name>PromotionForm</name>
        <message>
            <source>e.g. 11.11 Global Shopping Festival</source>
            <translation>ex.: 11.11 Global Shopping Festival</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;De:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Até:</translation>
        </message>
        <message>
            <source>e.g. 2 or 1.5</source>
            <translation>ex.: 2 ou 1,5</translation>
        </message>
        <message>
            <source>Orders placed in these days earn their shopping points times this</source>
            <translation>Pedidos feitos nestes dias ganham seus pontos de compra multiplicados por isto</translation>
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
            <translation>Importar um arquivo</translation>
        </message>
        <message>
            <source>Save the rejected rows</source>
            <translation>Salvar as linhas rejeitadas</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Arquivos CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>Questions</name>
        <message>
            <source>Delete {what}?

You can take this back with Edit ▸ Undo.</source>
            <translation>Excluir {what}?

Você pode desfazer isso com Editar ▸ Desfazer.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Manter</translation>
        </message>
        <message>
            <source>Undo import</source>
            <translation>Desfazer importação</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Substituir</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurar de um backup</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Change the language</source>
            <translation>Mudar o idioma</translation>
        </message>
        <message>
            <source>Points Tracker speaks {language} from its next start. Restart it now?</source>
            <translation>O Points Tracker estará em {language} a partir da próxima inicialização. Reiniciar agora?</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>Reiniciar agora</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Mais tarde</translation>
        </message>
        <message>
            <source>Do not restore</source>
            <translation>Não restaurar</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>Save</source>
            <translation>Salvar</translation>
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
            <translation>&amp;Excluir…</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;De:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Até:</translation>
        </message>
        <message>
            <source>Nothing matches the search and dates.</source>
            <translation>Nada corresponde à busca e às datas.</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>Não é possível excluir</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>Add order</source>
            <translation>Adicionar pedido</translation>
        </message>
        <message>
            <source>Edit order</source>
            <translation>Editar pedido</translation>
        </message>
        <message>
            <source>Delete order</source>
            <translation>Excluir pedido</translation>
        </message>
        <message>
            <source>Delete order?</source>
            <translation>Excluir o pedido?</translation>
        </message>
        <message>
            <source>Cannot save the order</source>
            <translation>Não é possível salvar o pedido</translation>
        </message>
        <message>
            <source>Cannot open the order</source>
            <translation>Não é possível abrir o pedido</translation>
        </message>
        <message>
            <source>&amp;Add order…</source>
            <translation>&amp;Adicionar pedido…</translation>
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
            <translation>Pedido adicionado.</translation>
        </message>
        <message>
            <source>Order saved.</source>
            <translation>Pedido salvo.</translation>
        </message>
        <message>
            <source>No orders yet. Add one with Add order, or bring in your AliExpress orders with File ▸ Import a file.</source>
            <translation>Ainda não há pedidos. Adicione um com Adicionar pedido ou traga seus pedidos do AliExpress com Arquivo ▸ Importar um arquivo.</translation>
        </message>
        <message>
            <source>Add review</source>
            <translation>Adicionar avaliação</translation>
        </message>
        <message>
            <source>Edit review</source>
            <translation>Editar avaliação</translation>
        </message>
        <message>
            <source>Delete review</source>
            <translation>Excluir avaliação</translation>
        </message>
        <message>
            <source>Delete review?</source>
            <translation>Excluir a avaliação?</translation>
        </message>
        <message>
            <source>Cannot save the review</source>
            <translation>Não é possível salvar a avaliação</translation>
        </message>
        <message>
            <source>Cannot open the review</source>
            <translation>Não é possível abrir a avaliação</translation>
        </message>
        <message>
            <source>&amp;Add review…</source>
            <translation>&amp;Adicionar avaliação…</translation>
        </message>
        <message>
            <source>Search reviews</source>
            <translation>Buscar avaliações</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Avaliações</translation>
        </message>
        <message>
            <source>Review added.</source>
            <translation>Avaliação adicionada.</translation>
        </message>
        <message>
            <source>Review saved.</source>
            <translation>Avaliação salva.</translation>
        </message>
        <message>
            <source>No reviews yet. Add one with Add review when you review a product: reviews of items over $2 earn a point.</source>
            <translation>Ainda não há avaliações. Adicione uma com Adicionar avaliação quando avaliar um produto: avaliações de itens acima de US$ 2 ganham um ponto.</translation>
        </message>
        <message>
            <source>Add visit</source>
            <translation>Adicionar visita</translation>
        </message>
        <message>
            <source>Edit visit</source>
            <translation>Editar visita</translation>
        </message>
        <message>
            <source>Delete visit</source>
            <translation>Excluir visita</translation>
        </message>
        <message>
            <source>Delete visit?</source>
            <translation>Excluir a visita?</translation>
        </message>
        <message>
            <source>Cannot save the visit</source>
            <translation>Não é possível salvar a visita</translation>
        </message>
        <message>
            <source>Cannot open the visit</source>
            <translation>Não é possível abrir a visita</translation>
        </message>
        <message>
            <source>&amp;Add visit…</source>
            <translation>&amp;Adicionar visita…</translation>
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
            <translation>Visita adicionada.</translation>
        </message>
        <message>
            <source>Visit saved.</source>
            <translation>Visita salva.</translation>
        </message>
        <message>
            <source>No visits yet. Record today's with Edit ▸ Visited today.</source>
            <translation>Ainda não há visitas. Registre a de hoje com Editar ▸ Visitei hoje.</translation>
        </message>
        <message>
            <source>Add Club post</source>
            <translation>Adicionar publicação no Club</translation>
        </message>
        <message>
            <source>Edit Club post</source>
            <translation>Editar publicação no Club</translation>
        </message>
        <message>
            <source>Delete Club post</source>
            <translation>Excluir publicação no Club</translation>
        </message>
        <message>
            <source>Delete Club post?</source>
            <translation>Excluir a publicação no Club?</translation>
        </message>
        <message>
            <source>Cannot save the Club post</source>
            <translation>Não é possível salvar a publicação no Club</translation>
        </message>
        <message>
            <source>Cannot open the Club post</source>
            <translation>Não é possível abrir a publicação no Club</translation>
        </message>
        <message>
            <source>&amp;Add Club post…</source>
            <translation>&amp;Adicionar publicação no Club…</translation>
        </message>
        <message>
            <source>Search Club posts</source>
            <translation>Buscar publicações no Club</translation>
        </message>
        <message>
            <source>Club posts</source>
            <translation>Publicações no Club</translation>
        </message>
        <message>
            <source>Club post added.</source>
            <translation>Publicação no Club adicionada.</translation>
        </message>
        <message>
            <source>Club post saved.</source>
            <translation>Publicação no Club salva.</translation>
        </message>
        <message>
            <source>No Club posts yet.</source>
            <translation>Ainda não há publicações no Club.</translation>
        </message>
        <message>
            <source>Add store follow</source>
            <translation>Adicionar loja seguida</translation>
        </message>
        <message>
            <source>Edit store follow</source>
            <translation>Editar loja seguida</translation>
        </message>
        <message>
            <source>Delete store follow</source>
            <translation>Excluir loja seguida</translation>
        </message>
        <message>
            <source>Delete store follow?</source>
            <translation>Excluir a loja seguida?</translation>
        </message>
        <message>
            <source>Cannot save the store follow</source>
            <translation>Não é possível salvar a loja seguida</translation>
        </message>
        <message>
            <source>Cannot open the store follow</source>
            <translation>Não é possível abrir a loja seguida</translation>
        </message>
        <message>
            <source>&amp;Add store follow…</source>
            <translation>&amp;Adicionar loja seguida…</translation>
        </message>
        <message>
            <source>Search store follows</source>
            <translation>Buscar lojas seguidas</translation>
        </message>
        <message>
            <source>Store follows</source>
            <translation>Lojas seguidas</translation>
        </message>
        <message>
            <source>Store follow added.</source>
            <translation>Loja seguida adicionada.</translation>
        </message>
        <message>
            <source>Store follow saved.</source>
            <translation>Loja seguida salva.</translation>
        </message>
        <message>
            <source>No store follows yet.</source>
            <translation>Ainda não há lojas seguidas.</translation>
        </message>
        <message>
            <source>Add points entry</source>
            <translation>Adicionar lançamento de pontos</translation>
        </message>
        <message>
            <source>Edit points entry</source>
            <translation>Editar lançamento de pontos</translation>
        </message>
        <message>
            <source>Delete points entry</source>
            <translation>Excluir lançamento de pontos</translation>
        </message>
        <message>
            <source>Delete points entry?</source>
            <translation>Excluir o lançamento de pontos?</translation>
        </message>
        <message>
            <source>Cannot save the points entry</source>
            <translation>Não é possível salvar o lançamento de pontos</translation>
        </message>
        <message>
            <source>Cannot open the points entry</source>
            <translation>Não é possível abrir o lançamento de pontos</translation>
        </message>
        <message>
            <source>&amp;Add points entry…</source>
            <translation>&amp;Adicionar lançamento de pontos…</translation>
        </message>
        <message>
            <source>Search points entries</source>
            <translation>Buscar lançamentos de pontos</translation>
        </message>
        <message>
            <source>Points entries</source>
            <translation>Lançamentos de pontos</translation>
        </message>
        <message>
            <source>Points entry added.</source>
            <translation>Lançamento de pontos adicionado.</translation>
        </message>
        <message>
            <source>Points entry saved.</source>
            <translation>Lançamento de pontos salvo.</translation>
        </message>
        <message>
            <source>No points entries yet.</source>
            <translation>Ainda não há lançamentos de pontos.</translation>
        </message>
        <message>
            <source>Add promotion</source>
            <translation>Adicionar promoção</translation>
        </message>
        <message>
            <source>Edit promotion</source>
            <translation>Editar promoção</translation>
        </message>
        <message>
            <source>Delete promotion</source>
            <translation>Excluir promoção</translation>
        </message>
        <message>
            <source>Delete promotion?</source>
            <translation>Excluir a promoção?</translation>
        </message>
        <message>
            <source>Cannot save the promotion</source>
            <translation>Não é possível salvar a promoção</translation>
        </message>
        <message>
            <source>Cannot open the promotion</source>
            <translation>Não é possível abrir a promoção</translation>
        </message>
        <message>
            <source>&amp;Add promotion…</source>
            <translation>&amp;Adicionar promoção…</translation>
        </message>
        <message>
            <source>Search promotions</source>
            <translation>Buscar promoções</translation>
        </message>
        <message>
            <source>Promotions</source>
            <translation>Promoções</translation>
        </message>
        <message>
            <source>Promotion added.</source>
            <translation>Promoção adicionada.</translation>
        </message>
        <message>
            <source>Promotion saved.</source>
            <translation>Promoção salva.</translation>
        </message>
        <message>
            <source>No promotions yet. Add one when AliExpress runs double points, such as 11.11.</source>
            <translation>Ainda não há promoções. Adicione uma quando o AliExpress der pontos em dobro, como no 11.11.</translation>
        </message>
        <message>
            <source>Add entry</source>
            <translation>Adicionar lançamento</translation>
        </message>
        <message>
            <source>Edit entry</source>
            <translation>Editar lançamento</translation>
        </message>
        <message>
            <source>Delete entry</source>
            <translation>Excluir lançamento</translation>
        </message>
        <message>
            <source>Delete entry?</source>
            <translation>Excluir o lançamento?</translation>
        </message>
        <message>
            <source>Cannot save the entry</source>
            <translation>Não é possível salvar o lançamento</translation>
        </message>
        <message>
            <source>Cannot open the entry</source>
            <translation>Não é possível abrir o lançamento</translation>
        </message>
        <message>
            <source>&amp;Add entry…</source>
            <translation>&amp;Adicionar lançamento…</translation>
        </message>
        <message>
            <source>Search entries</source>
            <translation>Buscar lançamentos</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Lançamentos</translation>
        </message>
        <message>
            <source>Entry added.</source>
            <translation>Lançamento adicionado.</translation>
        </message>
        <message>
            <source>Entry saved.</source>
            <translation>Lançamento salvo.</translation>
        </message>
        <message>
            <source>No visits, Club posts, follows or bonuses yet. Record today's visit with Edit ▸ Visited today, or add the others with the buttons below.</source>
            <translation>Ainda não há visitas, publicações no Club, lojas seguidas nem bônus. Registre a visita de hoje com Editar ▸ Visitei hoje ou adicione o resto com os botões abaixo.</translation>
        </message>
        <message>
            <source>Add record</source>
            <translation>Adicionar registro</translation>
        </message>
        <message>
            <source>Edit record</source>
            <translation>Editar registro</translation>
        </message>
        <message>
            <source>Delete record</source>
            <translation>Excluir registro</translation>
        </message>
        <message>
            <source>Delete record?</source>
            <translation>Excluir o registro?</translation>
        </message>
        <message>
            <source>Cannot save the record</source>
            <translation>Não é possível salvar o registro</translation>
        </message>
        <message>
            <source>Cannot open the record</source>
            <translation>Não é possível abrir o registro</translation>
        </message>
        <message>
            <source>&amp;Add record…</source>
            <translation>&amp;Adicionar registro…</translation>
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
            <translation>Registro adicionado.</translation>
        </message>
        <message>
            <source>Record saved.</source>
            <translation>Registro salvo.</translation>
        </message>
        <message>
            <source>Nothing recorded yet.</source>
            <translation>Ainda não há nada registrado.</translation>
        </message>
    </context>
    <context>
        <name>RejectedModel</name>
        <message>
            <source>Row</source>
            <translation>Linha</translation>
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
            <translation>{app}: um lembrete</translation>
        </message>
        <message numerus="yes">
            <source>{app}: %n reminders</source>
            <translation>
                <numerusform>{app}: %n lembrete</numerusform>
                <numerusform>{app}: %n lembretes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Level-up coupons after a tier rise</source>
            <translation>Cupons de subida de nível após subir de nível</translation>
        </message>
        <message>
            <source>Birthday gift: set your birthday in time</source>
            <translation>Presente de aniversário: informe seu aniversário a tempo</translation>
        </message>
        <message>
            <source>Registration-anniversary voucher</source>
            <translation>Cupom de aniversário de cadastro</translation>
        </message>
        <message>
            <source>Today's Member Center visit</source>
            <translation>Visita de hoje à Central do Membro</translation>
        </message>
        <message>
            <source>Orders overdue for confirmation</source>
            <translation>Pedidos com confirmação atrasada</translation>
        </message>
        <message>
            <source>Tier lapsing within 30 days</source>
            <translation>Nível vencendo em até 30 dias</translation>
        </message>
        <message numerus="yes">
            <source>You reached {tier}: claim your level-up coupons between {first} and {last}, and use each within %n days.</source>
            <translation>
                <numerusform>Você chegou a {tier}: resgate seus cupons de subida de nível entre {first} e {last} e use cada um em até %n dia.</numerusform>
                <numerusform>Você chegou a {tier}: resgate seus cupons de subida de nível entre {first} e {last} e use cada um em até %n dias.</numerusform>
            </translation>
        </message>
        <message>
            <source>Birthday gift: make sure your birthday is set in your AliExpress profile by {date}.</source>
            <translation>Presente de aniversário: confira se seu aniversário está no seu perfil do AliExpress até {date}.</translation>
        </message>
        <message>
            <source>Your registration-anniversary voucher comes today.</source>
            <translation>Seu cupom de aniversário de cadastro chega hoje.</translation>
        </message>
        <message>
            <source>Your registration-anniversary voucher comes on {date}.</source>
            <translation>Seu cupom de aniversário de cadastro chega em {date}.</translation>
        </message>
        <message>
            <source>Visit the Member Center today for a point, then record the visit with Edit ▸ Visited today.</source>
            <translation>Visite a Central do Membro hoje para ganhar um ponto e registre a visita com Editar ▸ Visitei hoje.</translation>
        </message>
        <message>
            <source>1 order is past the expected confirmation date: confirm receipt on AliExpress (or mark them confirmed or cancelled here).</source>
            <translation>1 pedido passou da data prevista de confirmação: confirme o recebimento no AliExpress (ou marque-o aqui como confirmado ou cancelado).</translation>
        </message>
        <message numerus="yes">
            <source>%n orders are past the expected confirmation date: confirm receipt on AliExpress (or mark them confirmed or cancelled here).</source>
            <translation>
                <numerusform>%n pedido passou da data prevista de confirmação: confirme o recebimento no AliExpress (ou marque-o aqui como confirmado ou cancelado).</numerusform>
                <numerusform>%n pedidos passaram da data prevista de confirmação: confirme o recebimento no AliExpress (ou marque-os aqui como confirmados ou cancelados).</numerusform>
            </translation>
        </message>
        <message>
            <source>{tier} ends {date}: you drop to {lower}.</source>
            <translation>{tier} termina em {date}: você cai para {lower}.</translation>
        </message>
        <message>
            <source>Spend {amount} {when} to keep it.</source>
            <translation>Gaste {amount} {when} para mantê-lo.</translation>
        </message>
    </context>
    <context>
        <name>ReviewForm</name>
        <message>
            <source>This review earns no points: the item is below the rule set's minimum price (S4).</source>
            <translation>Esta avaliação não ganha pontos: o item está abaixo do preço mínimo do conjunto de regras (S4).</translation>
        </message>
        <message>
            <source>This review earns no points under the active rule set.</source>
            <translation>Esta avaliação não ganha pontos com o conjunto de regras ativo.</translation>
        </message>
        <message>
            <source>This review earns 1 point (S4).</source>
            <translation>Esta avaliação ganha 1 ponto (S4).</translation>
        </message>
        <message numerus="yes">
            <source>This review earns %n points (S4).</source>
            <translation>
                <numerusform>Esta avaliação ganha %n ponto (S4).</numerusform>
                <numerusform>Esta avaliação ganha %n pontos (S4).</numerusform>
            </translation>
        </message>
        <message>
            <source>An order that no longer exists</source>
            <translation>Um pedido que não existe mais</translation>
        </message>
        <message>
            <source>Order {number} of {date}</source>
            <translation>Pedido {number} de {date}</translation>
        </message>
        <message>
            <source>Order of {date} from {store}</source>
            <translation>Pedido de {date} da loja {store}</translation>
        </message>
        <message>
            <source>Order of {date}</source>
            <translation>Pedido de {date}</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Data:</translation>
        </message>
        <message>
            <source>The product you reviewed</source>
            <translation>O produto que você avaliou</translation>
        </message>
        <message>
            <source>&amp;Product:</source>
            <translation>&amp;Produto:</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Opcional</translation>
        </message>
        <message>
            <source>Product &amp;id:</source>
            <translation>&amp;ID do produto:</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Desconhecido</translation>
        </message>
        <message>
            <source>The item's price in US$; leave empty if you do not know it</source>
            <translation>O preço do item em US$; deixe vazio se não souber</translation>
        </message>
        <message>
            <source>Item p&amp;rice $:</source>
            <translation>P&amp;reço do item $:</translation>
        </message>
        <message>
            <source>Order:</source>
            <translation>Pedido:</translation>
        </message>
        <message>
            <source>Points:</source>
            <translation>Pontos:</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Update orders already recorded with this file's data</source>
            <translation>Atualizar os pedidos já registrados com os dados deste arquivo</translation>
        </message>
        <message>
            <source>Skip rows with errors and import the rest</source>
            <translation>Pular linhas com erros e importar o resto</translation>
        </message>
        <message>
            <source>Save rejected rows…</source>
            <translation>Salvar as linhas rejeitadas…</translation>
        </message>
        <message>
            <source>Check before importing</source>
            <translation>Conferir antes de importar</translation>
        </message>
        <message>
            <source>1 row cannot be imported as it is: the marked cells say why. Save them to fix in a spreadsheet and import again.</source>
            <translation>1 linha não pode ser importada como está: as células marcadas dizem por quê. Salve-a para corrigir numa planilha e importe de novo.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows cannot be imported as they are: the marked cells say why. Save them to fix in a spreadsheet and import again.</source>
            <translation>
                <numerusform>%Ln linha não pode ser importada como está: as células marcadas dizem por quê. Salve-a para corrigir numa planilha e importe de novo.</numerusform>
                <numerusform>%Ln linhas não podem ser importadas como estão: as células marcadas dizem por quê. Salve-as para corrigir numa planilha e importe de novo.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;{count}&lt;/b&gt; to add</source>
            <translation>&lt;b&gt;{count}&lt;/b&gt; para adicionar</translation>
        </message>
        <message>
            <source>&lt;b&gt;{count}&lt;/b&gt; to update</source>
            <translation>&lt;b&gt;{count}&lt;/b&gt; para atualizar</translation>
        </message>
        <message>
            <source>{count} already recorded or repeated in the file, left out</source>
            <translation>{count} já registrados ou repetidos no arquivo, deixados de fora</translation>
        </message>
        <message>
            <source>&lt;b&gt;{rows} rejected&lt;/b&gt;</source>
            <translation>&lt;b&gt;{rows} rejeitadas&lt;/b&gt;</translation>
        </message>
        <message>
            <source>{rows} read: {parts}.</source>
            <translation>{rows} lidas: {parts}.</translation>
        </message>
        <message>
            <source>Every row reads as it should.</source>
            <translation>Todas as linhas foram lidas corretamente.</translation>
        </message>
    </context>
    <context>
        <name>RuleSet</name>
        <message>
            <source>AliExpress member program (since 2023)</source>
            <translation>Programa de membros do AliExpress (desde 2023)</translation>
        </message>
        <message>
            <source>Silver, Gold, Platinum and Diamond; 1 point per US$1; month-end recalculation over 12 months, effective on the 8th.</source>
            <translation>Prata, Ouro, Platina e Diamante; 1 ponto por US$1; recálculo no fim do mês sobre 12 meses, valendo a partir do dia 8.</translation>
        </message>
        <message>
            <source>Silver</source>
            <translation>Prata</translation>
        </message>
        <message>
            <source>5% off Top Weekly Brands</source>
            <translation>5% de desconto nas Top Weekly Brands</translation>
        </message>
        <message>
            <source>Birthday gift</source>
            <translation>Presente de aniversário</translation>
        </message>
        <message>
            <source>Registration-anniversary voucher</source>
            <translation>Cupom de aniversário de cadastro</translation>
        </message>
        <message>
            <source>Level-up coupons</source>
            <translation>Cupons de subida de nível</translation>
        </message>
        <message>
            <source>Gold</source>
            <translation>Ouro</translation>
        </message>
        <message>
            <source>8% off Top Weekly Brands</source>
            <translation>8% de desconto nas Top Weekly Brands</translation>
        </message>
        <message>
            <source>Exclusive member prices</source>
            <translation>Preços exclusivos para membros</translation>
        </message>
        <message>
            <source>Exclusive event discounts</source>
            <translation>Descontos em eventos exclusivos</translation>
        </message>
        <message>
            <source>Platinum</source>
            <translation>Platina</translation>
        </message>
        <message>
            <source>10% off Top Weekly Brands</source>
            <translation>10% de desconto nas Top Weekly Brands</translation>
        </message>
        <message>
            <source>Fast refunds up to US$25</source>
            <translation>Reembolsos rápidos de até US$25</translation>
        </message>
        <message>
            <source>Exclusive event benefits</source>
            <translation>Benefícios em eventos exclusivos</translation>
        </message>
        <message>
            <source>Diamond</source>
            <translation>Diamante</translation>
        </message>
        <message>
            <source>15% off Top Weekly Brands (up to 25% on select items)</source>
            <translation>15% de desconto nas Top Weekly Brands (até 25% em itens selecionados)</translation>
        </message>
        <message>
            <source>Fast refunds up to US$100</source>
            <translation>Reembolsos rápidos de até US$100</translation>
        </message>
        <message>
            <source>Limited daily coupons</source>
            <translation>Cupons diários limitados</translation>
        </message>
        <message>
            <source>AliExpress member program, flat points per order</source>
            <translation>Programa de membros do AliExpress, pontos fixos por pedido</translation>
        </message>
        <message>
            <source>The 2023 tiers and window, but 5 points per order of US$2 or more, at most 5 a day (the other reading of the shopping rule).</source>
            <translation>Os níveis e a janela de 2023, mas 5 pontos por pedido de US$2 ou mais, no máximo 5 por dia (a outra leitura da regra de compras).</translation>
        </message>
        <message>
            <source>AliExpress levels A0-A4 (legacy)</source>
            <translation>Níveis A0-A4 do AliExpress (antigos)</translation>
        </message>
        <message>
            <source>Five levels A0-A4 over the last 365 days; 1 point per US$1 for at most 10 orders of a product; 5 points per purchase day.</source>
            <translation>Cinco níveis A0-A4 sobre os últimos 365 dias; 1 ponto por US$1 em no máximo 10 pedidos de um produto; 5 pontos por dia de compra.</translation>
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
            <translation>Avisos de queda de preço</translation>
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
            <translation>Disputas aceleradas (analisadas em até 5 dias)</translation>
        </message>
    </context>
    <context>
        <name>Rules</name>
        <message>
            <source>points for the order's amount</source>
            <translation>pontos pelo valor do pedido</translation>
        </message>
        <message>
            <source>a refund took points back</source>
            <translation>um reembolso retirou pontos</translation>
        </message>
        <message>
            <source>several categories on one day</source>
            <translation>várias categorias no mesmo dia</translation>
        </message>
        <message>
            <source>a product review</source>
            <translation>uma avaliação de produto</translation>
        </message>
        <message>
            <source>a Member Center visit</source>
            <translation>uma visita à Central do Membro</translation>
        </message>
        <message>
            <source>a Club post</source>
            <translation>uma publicação no Club</translation>
        </message>
        <message>
            <source>a store follow</source>
            <translation>seguir uma loja</translation>
        </message>
        <message>
            <source>a bonus or an adjustment</source>
            <translation>um bônus ou um ajuste</translation>
        </message>
        <message>
            <source>a promotion multiplied the points</source>
            <translation>uma promoção multiplicou os pontos</translation>
        </message>
        <message>
            <source>flat points per order</source>
            <translation>pontos fixos por pedido</translation>
        </message>
        <message>
            <source>points for the order's amount (10 orders of a product at most)</source>
            <translation>pontos pelo valor do pedido (no máximo 10 pedidos de um produto)</translation>
        </message>
        <message>
            <source>a day with a purchase</source>
            <translation>um dia com uma compra</translation>
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
            <translation>Mês</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planejados</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Reais</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Diferença</translation>
        </message>
        <message>
            <source>{month} (so far)</source>
            <translation>{month} (até agora)</translation>
        </message>
        <message>
            <source>“{plan}” covers no month up to today.</source>
            <translation>“{plan}” não cobre nenhum mês até hoje.</translation>
        </message>
        <message>
            <source>as planned</source>
            <translation>como planejado</translation>
        </message>
        <message>
            <source>{count} more than planned</source>
            <translation>{count} a mais que o planejado</translation>
        </message>
        <message>
            <source>{count} fewer than planned</source>
            <translation>{count} a menos que o planejado</translation>
        </message>
        <message>
            <source>Since {date}: {actual} points earned, {how} ({planned}).</source>
            <translation>Desde {date}: {actual} pontos ganhos, {how} ({planned}).</translation>
        </message>
        <message>
            <source>Saved {date}</source>
            <translation>Salvo em {date}</translation>
        </message>
        <message>
            <source>Plan of {date}</source>
            <translation>Plano de {date}</translation>
        </message>
        <message>
            <source>Saved the plan “{plan}”.</source>
            <translation>Plano “{plan}” salvo.</translation>
        </message>
        <message>
            <source>Loaded the plan “{plan}”.</source>
            <translation>Plano “{plan}” carregado.</translation>
        </message>
        <message>
            <source>Deleted the plan “{plan}”.</source>
            <translation>Plano “{plan}” excluído.</translation>
        </message>
    </context>
    <context>
        <name>SavedPlansBox</name>
        <message>
            <source>Saved plans</source>
            <translation>Planos salvos</translation>
        </message>
        <message>
            <source>Name, e.g. Keep Platinum</source>
            <translation>Nome, ex.: Manter Platina</translation>
        </message>
        <message>
            <source>Plan name</source>
            <translation>Nome do plano</translation>
        </message>
        <message>
            <source>&amp;Save plan</source>
            <translation>&amp;Salvar plano</translation>
        </message>
        <message>
            <source>L&amp;oad</source>
            <translation>&amp;Carregar</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>&amp;Compare with what happened</source>
            <translation>&amp;Comparar com o que aconteceu</translation>
        </message>
        <message>
            <source>Planned and actual points by month</source>
            <translation>Pontos planejados e reais por mês</translation>
        </message>
        <message>
            <source>No saved plans yet</source>
            <translation>Nenhum plano salvo ainda</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <source>Search store, note or kind</source>
            <translation>Buscar loja, nota ou tipo</translation>
        </message>
        <message>
            <source>Search title, store, order no. or note</source>
            <translation>Buscar título, loja, nº do pedido ou nota</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Search product, product id or order no.</source>
            <translation>Buscar produto, ID do produto ou nº do pedido</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>Cannot redo “{action}”: {reason}</source>
            <translation>Não é possível refazer “{action}”: {reason}</translation>
        </message>
        <message>
            <source>Cannot undo “{action}”: {reason}</source>
            <translation>Não é possível desfazer “{action}”: {reason}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Configurações</translation>
        </message>
        <message>
            <source>&amp;Points</source>
            <translation>&amp;Pontos</translation>
        </message>
        <message>
            <source>&amp;You</source>
            <translation>&amp;Você</translation>
        </message>
        <message>
            <source>&amp;Currencies</source>
            <translation>&amp;Moedas</translation>
        </message>
        <message>
            <source>&amp;Reminders &amp;&amp; language</source>
            <translation>&amp;Lembretes e idioma</translation>
        </message>
        <message>
            <source>&amp;Data file</source>
            <translation>Arquivo de &amp;dados</translation>
        </message>
        <message>
            <source>Other file…</source>
            <translation>Outro arquivo…</translation>
        </message>
        <message>
            <source>The chosen rule set's tiers and rules</source>
            <translation>Níveis e regras do conjunto escolhido</translation>
        </message>
        <message>
            <source> days</source>
            <translation> dias</translation>
        </message>
        <message>
            <source>How long after ordering you usually confirm receipt; plans buy this much earlier.</source>
            <translation>Quanto tempo depois do pedido você costuma confirmar o recebimento; os planos compram com essa antecedência.</translation>
        </message>
        <message>
            <source>R&amp;ule set:</source>
            <translation>&amp;Conjunto de regras:</translation>
        </message>
        <message>
            <source>Confirmation &amp;lag:</source>
            <translation>&amp;Atraso na confirmação:</translation>
        </message>
        <message>
            <source> points a month</source>
            <translation> pontos por mês</translation>
        </message>
        <message>
            <source>Points you expect each month from visits, reviews and posts.</source>
            <translation>Pontos que você espera por mês de visitas, avaliações e publicações.</translation>
        </message>
        <message>
            <source>&amp;Expected non-shopping points:</source>
            <translation>Pontos &amp;esperados sem compras:</translation>
        </message>
        <message>
            <source>Count pending orders in projections (as expected points)</source>
            <translation>Contar pedidos pendentes nas projeções (como pontos esperados)</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Aniversário</translation>
        </message>
        <message>
            <source>&amp;Birthday:</source>
            <translation>&amp;Aniversário:</translation>
        </message>
        <message>
            <source>Re&amp;gistered on AliExpress:</source>
            <translation>Cadas&amp;tro no AliExpress:</translation>
        </message>
        <message>
            <source>Show these reminders on the dashboard:</source>
            <translation>Mostrar estes lembretes no painel:</translation>
        </message>
        <message>
            <source>Also show new reminders as desktop &amp;notifications, once a day each</source>
            <translation>Mostrar também os novos lembretes como &amp;notificações da área de trabalho, uma vez por dia cada</translation>
        </message>
        <message>
            <source>The system's language</source>
            <translation>O idioma do sistema</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>The new language is used from the next time Points Tracker starts.</source>
            <translation>O novo idioma será usado na próxima vez que o Points Tracker iniciar.</translation>
        </message>
        <message>
            <source>Your records are kept in this file:</source>
            <translation>Seus registros ficam neste arquivo:</translation>
        </message>
        <message>
            <source>Data file</source>
            <translation>Arquivo de dados</translation>
        </message>
        <message>
            <source>Open &amp;folder</source>
            <translation>Abrir pas&amp;ta</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;Novo banco de dados…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Abrir banco de dados…</translation>
        </message>
        <message>
            <source>A backup of the file is made each day you use it, in the backups folder beside it.</source>
            <translation>Um backup do arquivo é feito a cada dia em que você o usa, na pasta backups ao lado dele.</translation>
        </message>
        <message>
            <source>Choose a rule-set file</source>
            <translation>Escolher um arquivo de regras</translation>
        </message>
        <message>
            <source>Rule sets (*.toml)</source>
            <translation>Conjuntos de regras (*.toml)</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>Cannot write a backup to {target}: that file is a database in use.</source>
            <translation>Não é possível gravar um backup em {target}: esse arquivo é um banco de dados em uso.</translation>
        </message>
        <message>
            <source>Cannot write a backup to {target}: it is a folder, not a file.</source>
            <translation>Não é possível gravar um backup em {target}: é uma pasta, não um arquivo.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Nada foi alterado.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a backup file. Nothing was changed.</source>
            <translation>{path} é uma pasta, não um arquivo de backup. Nada foi alterado.</translation>
        </message>
        <message>
            <source>{path}: no such file. Nothing was changed.</source>
            <translation>{path}: arquivo não encontrado. Nada foi alterado.</translation>
        </message>
        <message>
            <source>{path} is not a Points Tracker database (it may be another program's). Nothing was changed.</source>
            <translation>{path} não é um banco de dados do Points Tracker (pode ser de outro programa). Nada foi alterado.</translation>
        </message>
        <message>
            <source>{path} was made by a newer Points Tracker (data version {version}; this one understands up to {SCHEMA_VERSION}). Update Points Tracker to restore it. Nothing was changed.</source>
            <translation>{path} foi criado por um Points Tracker mais novo (versão de dados {version}; este entende até a {SCHEMA_VERSION}). Atualize o Points Tracker para restaurá-lo. Nada foi alterado.</translation>
        </message>
        <message>
            <source>{path} is damaged, or it is not a Points Tracker backup. Nothing was changed.</source>
            <translation>{path} está danificado ou não é um backup do Points Tracker. Nada foi alterado.</translation>
        </message>
        <message>
            <source>{path} is damaged. Nothing was changed.</source>
            <translation>{path} está danificado. Nada foi alterado.</translation>
        </message>
        <message>
            <source>{path} was written by a newer Points Tracker (data version {version}; this one understands up to {SCHEMA_VERSION}), so this one does not restore over it. Update Points Tracker first. Nothing was changed.</source>
            <translation>{path} foi gravado por um Points Tracker mais recente (versão de dados {version}; este entende até a {SCHEMA_VERSION}), por isso este não restaura por cima dele. Atualize o Points Tracker primeiro. Nada foi alterado.</translation>
        </message>
        <message>
            <source>{backup_file} is the database itself; choose a backup file. Nothing was changed.</source>
            <translation>{backup_file} é o próprio banco de dados; escolha um arquivo de backup. Nada foi alterado.</translation>
        </message>
        <message>
            <source>No good automatic backup of {db_path} was found in {backups_dir}. Nothing was changed.</source>
            <translation>Nenhum backup automático bom de {db_path} foi encontrado em {backups_dir}. Nada foi alterado.</translation>
        </message>
        <message>
            <source>No order {order_no} is recorded: import the orders first</source>
            <translation>Nenhum pedido {order_no} está registrado: importe primeiro os pedidos</translation>
        </message>
        <message>
            <source>This import is no longer recorded; it may have been undone already.</source>
            <translation>Esta importação não está mais registrada; talvez já tenha sido desfeita.</translation>
        </message>
        <message>
            <source>Cannot save to {path}: the file is read-only. Make it writable, or use a copy, and try again.</source>
            <translation>Não é possível salvar em {path}: o arquivo é somente leitura. Torne-o gravável, ou use uma cópia, e tente de novo.</translation>
        </message>
        <message>
            <source>Cannot save to {path}: its folder {folder} is read-only, and Points Tracker needs to write beside the file. Make the folder writable and try again.</source>
            <translation>Não é possível salvar em {path}: a pasta {folder} é somente leitura, e o Points Tracker precisa gravar ao lado do arquivo. Torne a pasta gravável e tente de novo.</translation>
        </message>
        <message>
            <source>Cannot save to {path}: the file or its folder is read-only.</source>
            <translation>Não é possível salvar em {path}: o arquivo ou a pasta é somente leitura.</translation>
        </message>
        <message>
            <source>Cannot open {path}: you do not have permission to use its folder {folder}.</source>
            <translation>Não é possível abrir {path}: você não tem permissão para usar a pasta {folder}.</translation>
        </message>
        <message>
            <source>Cannot open {path}: you do not have permission to read and change it.</source>
            <translation>Não é possível abrir {path}: você não tem permissão para lê-lo e alterá-lo.</translation>
        </message>
        <message>
            <source>Cannot open {path}: the file, or one of the files Points Tracker keeps beside it ({wal}, {shm}), cannot be opened.</source>
            <translation>Não é possível abrir {path}: o arquivo, ou um dos arquivos que o Points Tracker mantém ao lado dele ({wal}, {shm}), não pode ser aberto.</translation>
        </message>
        <message>
            <source>{path} is in use by another program and stayed busy for {seconds} seconds. Close the other program or window and try again.</source>
            <translation>{path} está em uso por outro programa e continuou ocupado por {seconds} segundos. Feche o outro programa ou janela e tente de novo.</translation>
        </message>
        <message>
            <source>{path} is damaged: some of its text cannot be read.</source>
            <translation>{path} está danificado: parte do texto não pode ser lida.</translation>
        </message>
        <message>
            <source>{path} is damaged, or it is not a Points Tracker database.</source>
            <translation>{path} está danificado ou não é um banco de dados do Points Tracker.</translation>
        </message>
        <message>
            <source>Cannot save to {path}: the disk is full. Nothing was changed; free some space and try again.</source>
            <translation>Não é possível salvar em {path}: o disco está cheio. Nada foi alterado; libere espaço e tente de novo.</translation>
        </message>
        <message>
            <source>Cannot read or write {path}: the disk reported an error. Nothing was changed; check the disk, and restore a backup if this keeps happening.</source>
            <translation>Não é possível ler ou gravar {path}: o disco informou um erro. Nada foi alterado; verifique o disco e restaure um backup se isso continuar.</translation>
        </message>
        <message>
            <source>Points Tracker ran out of memory working on {path}. Close other programs and try again.</source>
            <translation>O Points Tracker ficou sem memória trabalhando em {path}. Feche outros programas e tente de novo.</translation>
        </message>
        <message>
            <source>Cannot open {path}: it is a folder, not a file.</source>
            <translation>Não é possível abrir {path}: é uma pasta, não um arquivo.</translation>
        </message>
        <message>
            <source>Cannot create {path}: part of the path is a file, not a folder.</source>
            <translation>Não é possível criar {path}: parte do caminho é um arquivo, não uma pasta.</translation>
        </message>
        <message>
            <source>{path} is damaged: part of it cannot be read correctly.</source>
            <translation>{path} está danificado: parte dele não pode ser lida corretamente.</translation>
        </message>
        <message>
            <source>No automatic backup of it was found in {folder}.</source>
            <translation>Nenhum backup automático foi encontrado em {folder}.</translation>
        </message>
        <message>
            <source>The latest good backup is {file} (made {when}).</source>
            <translation>O último backup bom é {file} (feito em {when}).</translation>
        </message>
        <message>
            <source>This {label} no longer exists (id {row_id}); it may have been deleted or its import undone.</source>
            <translation>Este item ({label}) não existe mais (id {row_id}); talvez tenha sido excluído ou sua importação desfeita.</translation>
        </message>
        <message>
            <source>Cannot {action} {path}: {reason}.</source>
            <translation>Não é possível {action} {path}: {reason}.</translation>
        </message>
        <message>
            <source>The file that was there before is unchanged.</source>
            <translation>O arquivo que estava lá antes não foi alterado.</translation>
        </message>
        <message>
            <source>{path} is a database of another program, not a Points Tracker file. Choose another file.</source>
            <translation>{path} é um banco de dados de outro programa, não um arquivo do Points Tracker. Escolha outro arquivo.</translation>
        </message>
        <message>
            <source>{path} was written by a newer Points Tracker (data version {version}; this one understands up to {SCHEMA_VERSION}). Update Points Tracker to open it; the file was not changed.</source>
            <translation>{path} foi gravado por um Points Tracker mais novo (versão de dados {version}; este entende até a {SCHEMA_VERSION}). Atualize o Points Tracker para abri-lo; o arquivo não foi alterado.</translation>
        </message>
        <message>
            <source>{path} is an SQLite database of another program, not a Points Tracker file. Choose another file.</source>
            <translation>{path} é um banco SQLite de outro programa, não um arquivo do Points Tracker. Escolha outro arquivo.</translation>
        </message>
        <message>
            <source>{file_error} {path} was not upgraded.</source>
            <translation>{file_error} {path} não foi atualizado.</translation>
        </message>
        <message>
            <source>{path} was not upgraded: the upgrade would break links between records.</source>
            <translation>{path} não foi atualizado: a atualização quebraria os vínculos entre os registros.</translation>
        </message>
        <message>
            <source>{path} is damaged: its {table} table is not as Points Tracker made it.</source>
            <translation>{path} está danificado: a tabela {table} não está como o Points Tracker a criou.</translation>
        </message>
        <message>
            <source>{file} is damaged: some of its records cannot be read.</source>
            <translation>{file} está danificado: alguns registros não podem ser lidos.</translation>
        </message>
        <message>
            <source>{path} is open in another Points Tracker: close its window, or let the restore working on it finish, and try again.</source>
            <translation>{path} está aberto em outro Points Tracker: feche a janela dele, ou deixe terminar a restauração que está usando o arquivo, e tente de novo.</translation>
        </message>
        <message>
            <source>{file} is a file, not a folder</source>
            <translation>{file} é um arquivo, não uma pasta</translation>
        </message>
        <message>
            <source>you are not allowed to create folders in {place}</source>
            <translation>você não tem permissão para criar pastas em {place}</translation>
        </message>
        <message>
            <source>{place} is on a disk that can only be read</source>
            <translation>{place} está em um disco somente leitura</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>o disco está cheio</translation>
        </message>
        <message>
            <source>Points Tracker cannot create the folder {folder} for your records: {reason}.</source>
            <translation>O Points Tracker não consegue criar a pasta {folder} para seus registros: {reason}.</translation>
        </message>
        <message>
            <source>Order {order_no} is recorded again meanwhile</source>
            <translation>O pedido {order_no} foi registrado de novo nesse meio-tempo</translation>
        </message>
        <message>
            <source>A visit on {date} is recorded again meanwhile</source>
            <translation>Uma visita em {date} foi registrada de novo nesse meio-tempo</translation>
        </message>
        <message>
            <source>It cannot be put back</source>
            <translation>Não é possível colocá-lo de volta</translation>
        </message>
        <message>
            <source>{month} has no day {day}</source>
            <translation>{month} não tem dia {day}</translation>
        </message>
        <message>
            <source>{path} is empty (0 bytes), though its backups hold data: it was cut short, probably by a crash or a full disk.</source>
            <translation>{path} está vazio (0 bytes), embora seus backups contenham dados: ele foi cortado, provavelmente por uma falha ou um disco cheio.</translation>
        </message>
    </context>
    <context>
        <name>Summary</name>
        <message>
            <source>{tier} is the first tier: there is nothing to lose.</source>
            <translation>{tier} é o primeiro nível: não há nada a perder.</translation>
        </message>
        <message>
            <source>Your {tier} tier is safe for the coming 12 months.</source>
            <translation>Seu nível {tier} está garantido pelos próximos 12 meses.</translation>
        </message>
        <message numerus="yes">
            <source>{tier} ends {date} (%n days): you drop to {lower} unless you earn more points.</source>
            <translation>
                <numerusform>{tier} termina em {date} (%n dia): você cai para {lower} se não ganhar mais pontos.</numerusform>
                <numerusform>{tier} termina em {date} (%n dias): você cai para {lower} se não ganhar mais pontos.</numerusform>
            </translation>
        </message>
        <message>
            <source>as soon as you can</source>
            <translation>assim que puder</translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoje</translation>
        </message>
        <message>
            <source>by {date}</source>
            <translation>até {date}</translation>
        </message>
        <message>
            <source>No spending needed to keep {tier} for the coming 12 months.</source>
            <translation>Não é preciso gastar para manter {tier} pelos próximos 12 meses.</translation>
        </message>
        <message>
            <source>Spend {amount} {when} to still be {tier} on {date}.</source>
            <translation>Gaste {amount} {when} para continuar no nível {tier} em {date}.</translation>
        </message>
        <message numerus="yes">
            <source>Keeping it for the coming 12 months takes %n purchases, {total} in all, starting with this one.</source>
            <translation>
                <numerusform>Mantê-lo nos próximos 12 meses exige %n compra, {total} no total, começando por esta.</numerusform>
                <numerusform>Mantê-lo nos próximos 12 meses exige %n compras, {total} no total, começando por esta.</numerusform>
            </translation>
        </message>
        <message>
            <source>{tier} is the top tier.</source>
            <translation>{tier} é o nível mais alto.</translation>
        </message>
        <message numerus="yes">
            <source>%n more points by {date} reach {tier}.</source>
            <translation>
                <numerusform>Mais %n ponto até {date} para chegar a {tier}.</numerusform>
                <numerusform>Mais %n pontos até {date} para chegar a {tier}.</numerusform>
            </translation>
        </message>
        <message>
            <source>{tier} needs no regular spending.</source>
            <translation>{tier} não precisa de gastos regulares.</translation>
        </message>
        <message>
            <source>{amount} a month keeps {tier} for good.</source>
            <translation>{amount} por mês mantêm {tier} para sempre.</translation>
        </message>
        <message>
            <source>Counted every day: {tier} from {date}.</source>
            <translation>Contado todos os dias: {tier} a partir de {date}.</translation>
        </message>
        <message>
            <source>Counted on {date}: {tier} from {effective}.</source>
            <translation>Contado em {date}: {tier} a partir de {effective}.</translation>
        </message>
        <message>
            <source>Fast refunds up to {amount}</source>
            <translation>Reembolsos rápidos de até {amount}</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Done</source>
            <translation>Concluído</translation>
        </message>
        <message>
            <source>&amp;Undo this import</source>
            <translation>&amp;Desfazer esta importação</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importado</translation>
        </message>
        <message>
            <source>{count} added</source>
            <translation>{count} adicionados</translation>
        </message>
        <message>
            <source>{count} updated</source>
            <translation>{count} atualizados</translation>
        </message>
        <message>
            <source>{count} already recorded or repeated in the file, left out</source>
            <translation>{count} já registrados ou repetidos no arquivo, deixados de fora</translation>
        </message>
        <message>
            <source>{rows} rejected and not imported</source>
            <translation>{rows} rejeitadas e não importadas</translation>
        </message>
        <message>
            <source>&lt;b&gt;{file}&lt;/b&gt;: {parts}.</source>
            <translation>&lt;b&gt;{file}&lt;/b&gt;: {parts}.</translation>
        </message>
        <message>
            <source>The import is recorded as batch {batch}; you can undo it later from the list of imports.</source>
            <translation>A importação foi registrada como lote {batch}; você pode desfazê-la depois pela lista de importações.</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Não importado</translation>
        </message>
        <message>
            <source>Import undone</source>
            <translation>Importação desfeita</translation>
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message>
            <source>the visit on {when}</source>
            <translation>a visita de {when}</translation>
        </message>
        <message>
            <source>the Club post of {when}</source>
            <translation>a publicação no Club de {when}</translation>
        </message>
        <message>
            <source>the store follow of {when}</source>
            <translation>a loja seguida em {when}</translation>
        </message>
        <message numerus="yes">
            <source>the bonus of %n points on {when}</source>
            <translation>
                <numerusform>o bônus de %n ponto de {when}</numerusform>
                <numerusform>o bônus de %n pontos de {when}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the adjustment of minus %n points on {when}</source>
            <translation>
                <numerusform>o ajuste de menos %n ponto de {when}</numerusform>
                <numerusform>o ajuste de menos %n pontos de {when}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the adjustment of %n points on {when}</source>
            <translation>
                <numerusform>o ajuste de %n ponto de {when}</numerusform>
                <numerusform>o ajuste de %n pontos de {when}</numerusform>
            </translation>
        </message>
        <message>
            <source>Today's visit is recorded</source>
            <translation>A visita de hoje está registrada</translation>
        </message>
        <message>
            <source>Record today's Member Center visit</source>
            <translation>Registrar a visita de hoje à Central do Membro</translation>
        </message>
        <message>
            <source>Visit recorded for {today}.</source>
            <translation>Visita registrada para {today}.</translation>
        </message>
        <message>
            <source>The visit of {today} was already recorded.</source>
            <translation>A visita de {today} já estava registrada.</translation>
        </message>
        <message>
            <source>Visits saved.</source>
            <translation>Visitas salvas.</translation>
        </message>
        <message>
            <source>“{name}”</source>
            <translation>“{name}”</translation>
        </message>
        <message>
            <source>the promotion</source>
            <translation>a promoção</translation>
        </message>
        <message>
            <source>{name} ({multiplier_label}, {day} to {day2})</source>
            <translation>{name} ({multiplier_label}, de {day} a {day2})</translation>
        </message>
        <message>
            <source>expected {date}</source>
            <translation>previsto para {date}</translation>
        </message>
        <message>
            <source>estimated</source>
            <translation>estimado</translation>
        </message>
        <message>
            <source>credited</source>
            <translation>creditado</translation>
        </message>
        <message>
            <source>Expected when you confirm receipt around {short_day}</source>
            <translation>Esperado ao confirmar o recebimento por volta de {short_day}</translation>
        </message>
        <message>
            <source>Estimated: confirmation date unknown</source>
            <translation>Estimado: data de confirmação desconhecida</translation>
        </message>
        <message>
            <source>Price unknown</source>
            <translation>Preço desconhecido</translation>
        </message>
        <message>
            <source>Dated after today: not counted yet</source>
            <translation>Data posterior a hoje: ainda não conta</translation>
        </message>
        <message>
            <source>Reviews of items under {amount} earn no points (S4)</source>
            <translation>Avaliações de itens abaixo de {amount} não ganham pontos (S4)</translation>
        </message>
        <message numerus="yes">
            <source>Not counted: the month's first %n visits earn points ({rule})</source>
            <translation>
                <numerusform>Não conta: só a primeira %n visita do mês ganha pontos ({rule})</numerusform>
                <numerusform>Não conta: só as primeiras %n visitas do mês ganham pontos ({rule})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not counted: the month's first %n Club posts earn points ({rule})</source>
            <translation>
                <numerusform>Não conta: só a primeira %n publicação no Club do mês ganha pontos ({rule})</numerusform>
                <numerusform>Não conta: só as primeiras %n publicações no Club do mês ganham pontos ({rule})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not counted: the month's first %n store follows earn points ({rule})</source>
            <translation>
                <numerusform>Não conta: só a primeira %n loja seguida do mês ganha pontos ({rule})</numerusform>
                <numerusform>Não conta: só as primeiras %n lojas seguidas do mês ganham pontos ({rule})</numerusform>
            </translation>
        </message>
        <message>
            <source>Earns nothing under the active rule set</source>
            <translation>Não ganha nada com o conjunto de regras ativo</translation>
        </message>
        <message>
            <source>after today</source>
            <translation>depois de hoje</translation>
        </message>
        <message>
            <source>over the month's cap</source>
            <translation>acima do limite do mês</translation>
        </message>
        <message>
            <source>not counted</source>
            <translation>não conta</translation>
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
            <translation>1 item no total</translation>
        </message>
        <message numerus="yes">
            <source>%n items in all</source>
            <translation>
                <numerusform>%n item no total</numerusform>
                <numerusform>%n itens no total</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{title} (+%n more)</source>
            <translation>
                <numerusform>{title} (+%n outro)</numerusform>
                <numerusform>{title} (+%n outros)</numerusform>
            </translation>
        </message>
        <message>
            <source>{title} ×{quantity}</source>
            <translation>{title} ×{quantity}</translation>
        </message>
        <message>
            <source>A cancelled order earns nothing</source>
            <translation>Um pedido cancelado não ganha nada</translation>
        </message>
        <message>
            <source>Refunded: what is left is below the minimum, so the points were taken back (S2)</source>
            <translation>Reembolsado: o que sobrou está abaixo do mínimo, então os pontos foram retirados (S2)</translation>
        </message>
        <message>
            <source>Orders under {amount} after discounts earn no points (S1)</source>
            <translation>Pedidos abaixo de {amount} depois dos descontos não ganham pontos (S1)</translation>
        </message>
        <message>
            <source>Earns nothing under the active rule set: another order of the product or the day already took its points (F1, L1)</source>
            <translation>Não ganha nada com o conjunto de regras ativo: outro pedido do produto ou do dia já levou os pontos (F1, L1)</translation>
        </message>
        <message>
            <source>no US$ amount</source>
            <translation>sem valor em US$</translation>
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
            <translation>abaixo de {amount}</translation>
        </message>
        <message>
            <source>Reading orders… {read} of {expected}</source>
            <translation>Lendo pedidos… {read} de {expected}</translation>
        </message>
        <message numerus="yes">
            <source>{orders}, %Ln pending</source>
            <translation>
                <numerusform>{orders}, %Ln pendente</numerusform>
                <numerusform>{orders}, %Ln pendentes</numerusform>
            </translation>
        </message>
        <message>
            <source>from date</source>
            <translation>data inicial</translation>
        </message>
        <message>
            <source>Any date</source>
            <translation>Qualquer data</translation>
        </message>
        <message>
            <source>to date</source>
            <translation>data final</translation>
        </message>
        <message>
            <source>the review of {date} ({title})</source>
            <translation>a avaliação de {date} ({title})</translation>
        </message>
        <message>
            <source>the review of {date}</source>
            <translation>a avaliação de {date}</translation>
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
            <translation>1 avaliação</translation>
        </message>
        <message numerus="yes">
            <source>%Ln reviews</source>
            <translation>
                <numerusform>%Ln avaliação</numerusform>
                <numerusform>%Ln avaliações</numerusform>
            </translation>
        </message>
        <message>
            <source>1 entry</source>
            <translation>1 lançamento</translation>
        </message>
        <message numerus="yes">
            <source>%Ln entries</source>
            <translation>
                <numerusform>%Ln lançamento</numerusform>
                <numerusform>%Ln lançamentos</numerusform>
            </translation>
        </message>
        <message>
            <source>1 promotion</source>
            <translation>1 promoção</translation>
        </message>
        <message numerus="yes">
            <source>%Ln promotions</source>
            <translation>
                <numerusform>%Ln promoção</numerusform>
                <numerusform>%Ln promoções</numerusform>
            </translation>
        </message>
        <message>
            <source>order {number} of {date} from {store} ({what})</source>
            <translation>o pedido {number} de {date} da loja {store} ({what})</translation>
        </message>
        <message>
            <source>order {number} of {date} ({what})</source>
            <translation>o pedido {number} de {date} ({what})</translation>
        </message>
        <message>
            <source>the order of {date} from {store} ({what})</source>
            <translation>o pedido de {date} da loja {store} ({what})</translation>
        </message>
        <message>
            <source>the order of {date} ({what})</source>
            <translation>o pedido de {date} ({what})</translation>
        </message>
        <message>
            <source>Could not read the orders: {problem}</source>
            <translation>Não foi possível ler os pedidos: {problem}</translation>
        </message>
    </context>
    <context>
        <name>TierBadge</name>
        <message>
            <source>Tier: {tier}</source>
            <translation>Nível: {tier}</translation>
        </message>
        <message>
            <source>Your tier: {tier}</source>
            <translation>Seu nível: {tier}</translation>
        </message>
    </context>
    <context>
        <name>VisitsCalendarDialog</name>
        <message>
            <source>Member Center visits</source>
            <translation>Visitas à Central do Membro</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Mês anterior</translation>
        </message>
        <message>
            <source>Previous month (Page Up)</source>
            <translation>Mês anterior (Page Up)</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Próximo mês</translation>
        </message>
        <message>
            <source>Next month (Page Down)</source>
            <translation>Próximo mês (Page Down)</translation>
        </message>
        <message numerus="yes">
            <source>Only the first %n visits of a month earn points (rule S5)</source>
            <translation>
                <numerusform>Só a primeira %n visita do mês ganha pontos (regra S5)</numerusform>
                <numerusform>Só as primeiras %n visitas do mês ganham pontos (regra S5)</numerusform>
            </translation>
        </message>
        <message>
            <source>Tick the days you visited the Member Center.</source>
            <translation>Marque os dias em que você visitou a Central do Membro.</translation>
        </message>
        <message>
            <source>1 visit this month, all counted</source>
            <translation>1 visita este mês, todas contadas</translation>
        </message>
        <message numerus="yes">
            <source>%n visits this month, all counted</source>
            <translation>
                <numerusform>%n visita este mês, todas contadas</numerusform>
                <numerusform>%n visitas este mês, todas contadas</numerusform>
            </translation>
        </message>
        <message>
            <source>{counted} of {cap} counted this month</source>
            <translation>{counted} de {cap} contadas este mês</translation>
        </message>
        <message>
            <source> ({extra} more ticked earn nothing)</source>
            <translation> ({extra} marcadas a mais não ganham nada)</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoje</translation>
        </message>
        <message>
            <source>Cannot save the visits</source>
            <translation>Não é possível salvar as visitas</translation>
        </message>
    </context>
</TS>
