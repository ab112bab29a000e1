<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>ActivityPage</name>
        <message>
            <source>Activity</source>
            <translation>Activité</translation>
        </message>
        <message>
            <source>Search activity</source>
            <translation>Rechercher dans l'activité</translation>
        </message>
        <message>
            <source>&amp;Visited today</source>
            <translation>&amp;Visité aujourd'hui</translation>
        </message>
        <message>
            <source>Record today's Member Center visit</source>
            <translation>Enregistrer la visite du jour à l'Espace membre</translation>
        </message>
        <message>
            <source>Visits &amp;calendar…</source>
            <translation>&amp;Calendrier des visites…</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Ajouter…</translation>
        </message>
        <message>
            <source>Club &amp;post…</source>
            <translation>&amp;Publication dans le Club…</translation>
        </message>
        <message>
            <source>Store &amp;follow…</source>
            <translation>&amp;Abonnement à une boutique…</translation>
        </message>
        <message>
            <source>&amp;Bonus or adjustment…</source>
            <translation>&amp;Bonus ou ajustement…</translation>
        </message>
        <message>
            <source>Promotions</source>
            <translation>Promotions</translation>
        </message>
        <message>
            <source>Add &amp;promotion…</source>
            <translation>Ajouter une &amp;promotion…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Edit promotion</source>
            <translation>Modifier la promotion</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Delete promotion</source>
            <translation>Supprimer la promotion</translation>
        </message>
        <message>
            <source>Promotions (S9): orders placed in these days earn shopping points × the multiplier</source>
            <translation>Promotions (S9) : les commandes passées pendant ces jours gagnent leurs points d'achat × le multiplicateur</translation>
        </message>
        <message>
            <source>Cannot record the visit</source>
            <translation>Impossible d'enregistrer la visite</translation>
        </message>
        <message>
            <source>Delete promotion?</source>
            <translation>Supprimer la promotion ?</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>Suppression impossible</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Something went wrong</source>
            <translation>Un problème est survenu</translation>
        </message>
        <message>
            <source>Points Tracker ran into a problem it did not expect:

{error}

Your records are safe. The details were written to {log}; please include them if you report this.</source>
            <translation>Points Tracker a rencontré un problème inattendu :

{error}

Vos données sont en sécurité. Les détails ont été écrits dans {log} ; joignez-les si vous signalez le problème.</translation>
        </message>
        <message>
            <source>{app}: the data file is damaged</source>
            <translation>{app} : le fichier de données est endommagé</translation>
        </message>
        <message>
            <source>{app} cannot start</source>
            <translation>{app} ne peut pas démarrer</translation>
        </message>
        <message>
            <source>You can keep your records in another file instead.</source>
            <translation>Vous pouvez conserver vos données dans un autre fichier.</translation>
        </message>
        <message>
            <source>&amp;Choose another file…</source>
            <translation>&amp;Choisir un autre fichier…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>Choose a file for your records</source>
            <translation>Choisissez un fichier pour vos données</translation>
        </message>
        <message>
            <source>Points Tracker databases (*.sqlite3 *.db);;All files (*)</source>
            <translation>Bases de données Points Tracker (*.sqlite3 *.db);;Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Back up to</source>
            <translation>Sauvegarder dans</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Backup not made</source>
            <translation>Sauvegarde non effectuée</translation>
        </message>
        <message>
            <source>Backed up to {file}.</source>
            <translation>Sauvegardé dans {file}.</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>Non restauré</translation>
        </message>
        <message>
            <source>Replace everything in {file} with the backup {backup}?

Records added since that backup was made will be gone from the app, but the current file is kept as a copy first.</source>
            <translation>Remplacer tout le contenu de {file} par la sauvegarde {backup} ?

Les données ajoutées depuis cette sauvegarde disparaîtront de l'application, mais une copie du fichier actuel est conservée d'abord.</translation>
        </message>
        <message>
            <source>Restored {backup}. The file it replaced was kept as {previous}.</source>
            <translation>{backup} restaurée. Le fichier remplacé a été conservé sous {previous}.</translation>
        </message>
        <message>
            <source>Restored {backup}.</source>
            <translation>{backup} restaurée.</translation>
        </message>
    </context>
    <context>
        <name>ChartCanvas</name>
        <message>
            <source>{chart}: the numbers</source>
            <translation>{chart} : les chiffres</translation>
        </message>
        <message>
            <source>&amp;Save as image…</source>
            <translation>&amp;Enregistrer comme image…</translation>
        </message>
        <message>
            <source>Show the numbers as a &amp;table</source>
            <translation>Afficher les chiffres dans un &amp;tableau</translation>
        </message>
        <message>
            <source>&amp;Copy the numbers</source>
            <translation>&amp;Copier les chiffres</translation>
        </message>
        <message>
            <source>Copied the numbers of the chart “{chart}”.</source>
            <translation>Chiffres du graphique « {chart} » copiés.</translation>
        </message>
        <message>
            <source>Save chart as image</source>
            <translation>Enregistrer le graphique comme image</translation>
        </message>
        <message>
            <source>Chart not saved</source>
            <translation>Graphique non enregistré</translation>
        </message>
        <message>
            <source>{file} cannot be written: {reason}.</source>
            <translation>Impossible d'écrire {file} : {reason}.</translation>
        </message>
        <message>
            <source>Saved the chart as {file}.</source>
            <translation>Graphique enregistré sous {file}.</translation>
        </message>
    </context>
    <context>
        <name>ChartHover</name>
        <message>
            <source>1 point</source>
            <translation>1 point</translation>
        </message>
        <message numerus="yes">
            <source>%Ln points</source>
            <translation>
                <numerusform>%Ln point</numerusform>
                <numerusform>%Ln points</numerusform>
            </translation>
        </message>
        <message>
            <source>Checked {date}: {verdict}</source>
            <translation>Vérifié le {date} : {verdict}</translation>
        </message>
        <message>
            <source>Counted {date}: {points}</source>
            <translation>Compté le {date} : {points}</translation>
        </message>
        <message>
            <source>{tier} from {date}</source>
            <translation>{tier} à partir du {date}</translation>
        </message>
        <message>
            <source>{date}, for the tier from {effective}</source>
            <translation>{date}, pour le niveau à partir du {effective}</translation>
        </message>
        <message>
            <source>If you earn no more: {points}</source>
            <translation>Si vous ne gagnez plus rien : {points}</translation>
        </message>
        <message>
            <source>Plus pending orders: {points} ({tier})</source>
            <translation>Avec les commandes en attente : {points} ({tier})</translation>
        </message>
        <message>
            <source>With the plan: {points}</source>
            <translation>Avec le plan : {points}</translation>
        </message>
        <message>
            <source>{tier} ends {date} → {lower}</source>
            <translation>{tier} prend fin le {date} → {lower}</translation>
        </message>
        <message>
            <source>Today: {points} in your window</source>
            <translation>Aujourd'hui : {points} dans votre fenêtre</translation>
        </message>
        <message>
            <source>{date}: {points} leave
{left} of today's {total} left</source>
            <translation>{date} : {points} sortent
il reste {left} des {total} d'aujourd'hui</translation>
        </message>
        <message>
            <source>1 order</source>
            <translation>1 commande</translation>
        </message>
        <message numerus="yes">
            <source>%n orders</source>
            <translation>
                <numerusform>%n commande</numerusform>
                <numerusform>%n commandes</numerusform>
            </translation>
        </message>
        <message>
            <source>by {date}</source>
            <translation>d'ici le {date}</translation>
        </message>
        <message>
            <source>as soon as you can</source>
            <translation>dès que possible</translation>
        </message>
        <message>
            <source>Spend {amount} {when}
{orders}, {points}, counted {date}
Keeps {tier} from {effective}</source>
            <translation>Dépensez {amount} {when}
{orders}, {points}, comptés le {date}
Garde {tier} à partir du {effective}</translation>
        </message>
    </context>
    <context>
        <name>ChartTable</name>
        <message>
            <source>Month end</source>
            <translation>Fin de mois</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Plus pending orders</source>
            <translation>Avec les commandes en attente</translation>
        </message>
        <message>
            <source>With the plan</source>
            <translation>Avec le plan</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>counted</source>
            <translation>compté</translation>
        </message>
        <message>
            <source>projected</source>
            <translation>prévu</translation>
        </message>
        <message>
            <source>Points leaving</source>
            <translation>Points qui sortent</translation>
        </message>
        <message>
            <source>Left of today's {points}</source>
            <translation>Restant des {points} d'aujourd'hui</translation>
        </message>
        <message>
            <source>Buy by</source>
            <translation>Acheter avant le</translation>
        </message>
        <message>
            <source>Spend</source>
            <translation>Dépense</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Commandes</translation>
        </message>
        <message>
            <source>Counted on</source>
            <translation>Compté le</translation>
        </message>
        <message>
            <source>{tier} from</source>
            <translation>{tier} à partir du</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mois</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Orders</source>
            <translation>Commandes</translation>
        </message>
        <message>
            <source>Multi-category days</source>
            <translation>Jours multi-catégories</translation>
        </message>
        <message>
            <source>Purchase days</source>
            <translation>Jours d'achat</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Avis</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visites</translation>
        </message>
        <message>
            <source>Club posts</source>
            <translation>Publications dans le Club</translation>
        </message>
        <message>
            <source>Store follows</source>
            <translation>Boutiques suivies</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>Bonus</translation>
        </message>
        <message>
            <source>Adjustments</source>
            <translation>Ajustements</translation>
        </message>
        <message numerus="yes">
            <source>%n-day window</source>
            <translation>
                <numerusform>fenêtre de %n jour</numerusform>
                <numerusform>fenêtre de %n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n-month window</source>
            <translation>
                <numerusform>fenêtre de %n mois</numerusform>
                <numerusform>fenêtre de %n mois</numerusform>
            </translation>
        </message>
        <message>
            <source>Past</source>
            <translation>Passé</translation>
        </message>
        <message>
            <source>If you earn no more</source>
            <translation>Si vous ne gagnez plus rien</translation>
        </message>
        <message>
            <source>Plus pending orders</source>
            <translation>Avec les commandes en attente</translation>
        </message>
        <message>
            <source>With the plan</source>
            <translation>Avec le plan</translation>
        </message>
        <message>
            <source>Tier from the {day}</source>
            <translation>Niveau à partir du {day}</translation>
        </message>
        <message>
            <source>Checked: agrees with AliExpress</source>
            <translation>Vérifié : conforme à AliExpress</translation>
        </message>
        <message>
            <source>Checked: differs</source>
            <translation>Vérifié : écart</translation>
        </message>
        <message>
            <source>Unchecked since {date}</source>
            <translation>Non vérifié depuis le {date}</translation>
        </message>
        <message>
            <source>{tier} ends {date}</source>
            <translation>{tier} prend fin le {date}</translation>
        </message>
        <message>
            <source>With the plan: {tier} from {date}</source>
            <translation>Avec le plan : {tier} à partir du {date}</translation>
        </message>
        <message>
            <source>With the plan, your {tier} tier ends {date}</source>
            <translation>Avec le plan, votre niveau {tier} prend fin le {date}</translation>
        </message>
        <message>
            <source>With the plan, your {tier} tier holds for the coming 12 months</source>
            <translation>Avec le plan, votre niveau {tier} tient pour les 12 prochains mois</translation>
        </message>
        <message>
            <source>Your {tier} tier ends {date}</source>
            <translation>Votre niveau {tier} prend fin le {date}</translation>
        </message>
        <message>
            <source>Your points and tier: {tier} now</source>
            <translation>Vos points et votre niveau : {tier} maintenant</translation>
        </message>
        <message>
            <source>Your {tier} tier holds for the coming 12 months</source>
            <translation>Votre niveau {tier} tient pour les 12 prochains mois</translation>
        </message>
        <message>
            <source>Points ({window})</source>
            <translation>Points ({window})</translation>
        </message>
        <message>
            <source>Without the plan, </source>
            <translation>Sans le plan, </translation>
        </message>
        <message>
            <source>Leaving at the month-end</source>
            <translation>Sortent en fin de mois</translation>
        </message>
        <message>
            <source>Left of today's {points}</source>
            <translation>Restant des {points} d'aujourd'hui</translation>
        </message>
        <message>
            <source>When today's {points} points leave your window</source>
            <translation>Quand les {points} points d'aujourd'hui sortent de votre fenêtre</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>{tier} needs {points}</source>
            <translation>{tier} demande {points}</translation>
        </message>
        <message>
            <source>No points in these months:
record orders, reviews or visits and they show here</source>
            <translation>Aucun point ces mois-ci :
enregistrez des commandes, des avis ou des visites et ils s'afficheront ici</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>No points in your window yet:
the points of orders, reviews and visits you record show here</source>
            <translation>Pas encore de points dans votre fenêtre :
les points des commandes, avis et visites que vous enregistrez s'affichent ici</translation>
        </message>
        <message>
            <source>Reach {tier}: nothing to buy in the coming 12 months</source>
            <translation>Atteindre {tier} : rien à acheter dans les 12 prochains mois</translation>
        </message>
        <message>
            <source>Keep {tier}: nothing to buy in the coming 12 months</source>
            <translation>Garder {tier} : rien à acheter dans les 12 prochains mois</translation>
        </message>
        <message>
            <source>by {date}</source>
            <translation>d'ici le {date}</translation>
        </message>
        <message>
            <source>now</source>
            <translation>maintenant</translation>
        </message>
        <message>
            <source>today</source>
            <translation>aujourd'hui</translation>
        </message>
        <message>
            <source>Reach {tier}: spend {amount} {when}</source>
            <translation>Atteindre {tier} : dépensez {amount} {when}</translation>
        </message>
        <message>
            <source>Keep {tier}: spend {amount} {when}</source>
            <translation>Garder {tier} : dépensez {amount} {when}</translation>
        </message>
        <message>
            <source>, {amount} in all</source>
            <translation>, {amount} au total</translation>
        </message>
        <message>
            <source>Spend by the date shown</source>
            <translation>Dépense d'ici la date indiquée</translation>
        </message>
        <message>
            <source>Spend</source>
            <translation>Dépense</translation>
        </message>
        <message>
            <source>Spend by the bar's date</source>
            <translation>Dépense d'ici la date de la barre</translation>
        </message>
        <message>
            <source>{tier} holds without buying anything</source>
            <translation>{tier} tient sans rien acheter</translation>
        </message>
        <message>
            <source>Where your points come from, month by month</source>
            <translation>D'où viennent vos points, mois par mois</translation>
        </message>
        <message>
            <source>Points credited</source>
            <translation>Points crédités</translation>
        </message>
        <message>
            <source>Tier timeline</source>
            <translation>Évolution du niveau</translation>
        </message>
        <message>
            <source>Points leaving</source>
            <translation>Points qui sortent</translation>
        </message>
        <message>
            <source>What to buy</source>
            <translation>Quoi acheter</translation>
        </message>
        <message>
            <source>Where points come from</source>
            <translation>D'où viennent les points</translation>
        </message>
        <message>
            <source>Your points at every month end, past and coming, and when your tier ends</source>
            <translation>Vos points à chaque fin de mois, passés et à venir, et la fin de votre niveau</translation>
        </message>
        <message>
            <source>When today's points leave your 12-month window</source>
            <translation>Quand les points d'aujourd'hui sortent de votre fenêtre de 12 mois</translation>
        </message>
        <message>
            <source>What to buy by when to keep your tier, or reach another</source>
            <translation>Quoi acheter et quand pour garder votre niveau ou en atteindre un autre</translation>
        </message>
        <message>
            <source>Where your points came from, month by month</source>
            <translation>D'où sont venus vos points, mois par mois</translation>
        </message>
    </context>
    <context>
        <name>ChartsHost</name>
        <message>
            <source>Drawing your charts…</source>
            <translation>Dessin de vos graphiques…</translation>
        </message>
        <message>
            <source>No charts yet</source>
            <translation>Pas encore de graphiques</translation>
        </message>
        <message>
            <source>Your charts show how your points and tier move month by month. Add an order or import your AliExpress orders, and they appear here.</source>
            <translation>Vos graphiques montrent l'évolution de vos points et de votre niveau mois par mois. Ajoutez une commande ou importez vos commandes AliExpress, et ils s'afficheront ici.</translation>
        </message>
        <message>
            <source>&amp;Add an order…</source>
            <translation>&amp;Ajouter une commande…</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>&amp;Importer un fichier…</translation>
        </message>
    </context>
    <context>
        <name>ChartsPage</name>
        <message>
            <source>Tier &amp;timeline</source>
            <translation>Évolution du &amp;niveau</translation>
        </message>
        <message>
            <source>Points &amp;leaving</source>
            <translation>Points qui &amp;sortent</translation>
        </message>
        <message>
            <source>What to &amp;buy</source>
            <translation>Quoi a&amp;cheter</translation>
        </message>
        <message>
            <source>Point &amp;sources</source>
            <translation>&amp;Origine des points</translation>
        </message>
        <message>
            <source>&amp;Keep or reach</source>
            <translation>&amp;Garder ou atteindre</translation>
        </message>
        <message>
            <source>Tier to keep or reach</source>
            <translation>Niveau à garder ou à atteindre</translation>
        </message>
        <message>
            <source>What &amp;if…</source>
            <translation>Et &amp;si…</translation>
        </message>
        <message>
            <source>Show or hide the what-if planner</source>
            <translation>Afficher ou masquer le planificateur « Et si… »</translation>
        </message>
        <message>
            <source>Ta&amp;ble</source>
            <translation>Ta&amp;bleau</translation>
        </message>
        <message>
            <source>Show the chart's numbers as a table</source>
            <translation>Afficher les chiffres du graphique dans un tableau</translation>
        </message>
        <message>
            <source>Sa&amp;ve…</source>
            <translation>En&amp;registrer…</translation>
        </message>
        <message>
            <source>Save the chart as a PNG or SVG image</source>
            <translation>Enregistrer le graphique en image PNG ou SVG</translation>
        </message>
        <message>
            <source>{tier} (now)</source>
            <translation>{tier} (actuel)</translation>
        </message>
    </context>
    <context>
        <name>Check</name>
        <message>
            <source>Check against AliExpress: {source}, {month}</source>
            <translation>Vérification avec AliExpress : {source}, {month}</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Commandes</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Avis</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visites</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autres</translation>
        </message>
        <message>
            <source>Accepted differences</source>
            <translation>Écarts acceptés</translation>
        </message>
        <message>
            <source>AliExpress credited {points} points on {date} for this order</source>
            <translation>AliExpress a crédité {points} points le {date} pour cette commande</translation>
        </message>
        <message>
            <source>The Member Center cannot show the points of a day still to come</source>
            <translation>L'Espace membre ne peut pas afficher les points d'un jour à venir</translation>
        </message>
        <message>
            <source>{tier} is not a tier of this rule set ({tiers})</source>
            <translation>{tier} n'est pas un niveau de ce jeu de règles ({tiers})</translation>
        </message>
        <message>
            <source>Difference accepted after the check of {date}</source>
            <translation>Écart accepté après la vérification du {date}</translation>
        </message>
        <message>
            <source>1 point</source>
            <translation>1 point</translation>
        </message>
        <message numerus="yes">
            <source>%Ln points</source>
            <translation>
                <numerusform>%Ln point</numerusform>
                <numerusform>%Ln points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln missing</source>
            <translation>
                <numerusform>%Ln manquant</numerusform>
                <numerusform>%Ln manquants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln too many</source>
            <translation>
                <numerusform>%Ln en trop</numerusform>
                <numerusform>%Ln en trop</numerusform>
            </translation>
        </message>
        <message>
            <source>the same</source>
            <translation>identique</translation>
        </message>
        <message>
            <source>AliExpress: {aliexpress} · here: {here} · {difference}</source>
            <translation>AliExpress : {aliexpress} · ici : {here} · {difference}</translation>
        </message>
        <message>
            <source>tier: AliExpress {aliexpress}, here {here}</source>
            <translation>niveau : AliExpress {aliexpress}, ici {here}</translation>
        </message>
        <message>
            <source>The figures agree with AliExpress.</source>
            <translation>Les chiffres concordent avec AliExpress.</translation>
        </message>
        <message>
            <source>Difference accepted on {date}.</source>
            <translation>Écart accepté le {date}.</translation>
        </message>
        <message>
            <source>The figures after {date} are unchecked until you resolve the difference or accept it.</source>
            <translation>Les chiffres après le {date} ne sont pas vérifiés tant que vous n'avez pas résolu ou accepté l'écart.</translation>
        </message>
        <message>
            <source>Not checked against AliExpress yet: compare with the points the Member Center shows.</source>
            <translation>Pas encore vérifié avec AliExpress : comparez avec les points qu'affiche l'Espace membre.</translation>
        </message>
        <message>
            <source>Unchecked since {date}: {verdict}.</source>
            <translation>Non vérifié depuis le {date} : {verdict}.</translation>
        </message>
        <message>
            <source>Checked against AliExpress on {date}: {verdict}, difference accepted.</source>
            <translation>Vérifié avec AliExpress le {date} : {verdict}, écart accepté.</translation>
        </message>
        <message>
            <source>Checked against AliExpress on {date}: {verdict}.</source>
            <translation>Vérifié avec AliExpress le {date} : {verdict}.</translation>
        </message>
        <message>
            <source>of the purchase day {date}</source>
            <translation>du jour d'achat {date}</translation>
        </message>
        <message>
            <source>of {date}</source>
            <translation>du {date}</translation>
        </message>
        <message>
            <source>#{number} (no order number)</source>
            <translation>n° {number} (sans numéro de commande)</translation>
        </message>
        <message>
            <source>{month} · {source}: AliExpress {aliexpress} · here {here} · {difference}</source>
            <translation>{month} · {source} : AliExpress {aliexpress} · ici {here} · {difference}</translation>
        </message>
        <message>
            <source>AliExpress credited {points} on {date} for an order that is not recorded here.</source>
            <translation>AliExpress a crédité {points} le {date} pour une commande qui n'est pas enregistrée ici.</translation>
        </message>
        <message>
            <source>AliExpress credited {points} on {date} for order {order}, which is not confirmed here.</source>
            <translation>AliExpress a crédité {points} le {date} pour la commande {order}, qui n'est pas confirmée ici.</translation>
        </message>
        <message>
            <source>AliExpress credited {points} on {date} for order {order}, which is cancelled here.</source>
            <translation>AliExpress a crédité {points} le {date} pour la commande {order}, qui est annulée ici.</translation>
        </message>
        <message>
            <source>Order {order} counts here on {here_date}; AliExpress credited it on {date}.</source>
            <translation>La commande {order} compte ici le {here_date} ; AliExpress l'a créditée le {date}.</translation>
        </message>
        <message>
            <source>Order {order} earns {points} here on {date}, but AliExpress credited nothing for it that month.</source>
            <translation>La commande {order} rapporte {points} ici le {date}, mais AliExpress n'a rien crédité pour elle ce mois-là.</translation>
        </message>
        <message>
            <source>AliExpress took back {points} on {date}: a refund of order {order} not recorded here.</source>
            <translation>AliExpress a repris {points} le {date} : un remboursement de la commande {order} non enregistré ici.</translation>
        </message>
        <message>
            <source>The refund of order {order} counts here on {here_date}; AliExpress took the points back on {date}.</source>
            <translation>Le remboursement de la commande {order} compte ici le {here_date} ; AliExpress a repris les points le {date}.</translation>
        </message>
        <message>
            <source>A refund of order {order} takes {points} back here on {date}; AliExpress did not take them back.</source>
            <translation>Un remboursement de la commande {order} retire ici {points} le {date} ; AliExpress ne les a pas repris.</translation>
        </message>
        <message>
            <source>AliExpress credited {points} for reviews that are not recorded here.</source>
            <translation>AliExpress a crédité {points} pour des avis qui ne sont pas enregistrés ici.</translation>
        </message>
        <message>
            <source>AliExpress did not credit {points} for reviews recorded here (an item under US$2, or a review it refused).</source>
            <translation>AliExpress n'a pas crédité {points} pour des avis enregistrés ici (un article à moins de 2 $ US, ou un avis refusé).</translation>
        </message>
        <message>
            <source>AliExpress credited {points} for Member Center visits that are not recorded here.</source>
            <translation>AliExpress a crédité {points} pour des visites à l'Espace membre qui ne sont pas enregistrées ici.</translation>
        </message>
        <message>
            <source>AliExpress did not credit {points} for visits recorded here: days past its monthly cap, or visits it did not count.</source>
            <translation>AliExpress n'a pas crédité {points} pour des visites enregistrées ici : des jours au-delà de son plafond mensuel, ou des visites qu'il n'a pas comptées.</translation>
        </message>
        <message>
            <source>AliExpress lists {points} on {date} that is not recorded here: “{description}”.</source>
            <translation>AliExpress indique {points} le {date}, non enregistrés ici : « {description} ».</translation>
        </message>
        <message>
            <source>{points} recorded here on {date} that AliExpress does not list.</source>
            <translation>{points} enregistrés ici le {date} qu'AliExpress n'indique pas.</translation>
        </message>
        <message>
            <source>An adjustment of {points} on {date} made by an earlier check no longer fits.</source>
            <translation>Un ajustement de {points} le {date}, fait lors d'une vérification précédente, ne correspond plus.</translation>
        </message>
        <message>
            <source>A bonus of {points} on {date} was imported from the points history by an earlier version and counts on top of the records it describes.</source>
            <translation>Un bonus de {points} le {date} a été importé de l'historique des points par une version précédente et s'ajoute aux données qu'il décrit.</translation>
        </message>
        <message>
            <source>A difference you accepted: {points} on {date}.</source>
            <translation>Un écart que vous avez accepté : {points} le {date}.</translation>
        </message>
        <message>
            <source>AliExpress took back {points} on {date} for a refund not recorded here.</source>
            <translation>AliExpress a repris {points} le {date} pour un remboursement non enregistré ici.</translation>
        </message>
        <message>
            <source>AliExpress lists {points} on {date} that is not recorded here: a promotion or game?</source>
            <translation>AliExpress indique {points} le {date}, non enregistrés ici : une promotion ou un jeu ?</translation>
        </message>
        <message>
            <source>Add the order…</source>
            <translation>Ajouter la commande…</translation>
        </message>
        <message>
            <source>Mark it confirmed on {date}</source>
            <translation>La marquer confirmée le {date}</translation>
        </message>
        <message>
            <source>Record the refund on {date}</source>
            <translation>Enregistrer le remboursement le {date}</translation>
        </message>
        <message>
            <source>Record an adjustment of {points}</source>
            <translation>Enregistrer un ajustement de {points}</translation>
        </message>
        <message>
            <source>Add it as a bonus</source>
            <translation>L'ajouter comme bonus</translation>
        </message>
        <message>
            <source>Add it as an adjustment</source>
            <translation>L'ajouter comme ajustement</translation>
        </message>
        <message>
            <source>Add the review</source>
            <translation>Ajouter l'avis</translation>
        </message>
        <message numerus="yes">
            <source>Add %n reviews</source>
            <translation>
                <numerusform>Ajouter %n avis</numerusform>
                <numerusform>Ajouter %n avis</numerusform>
            </translation>
        </message>
        <message>
            <source>Add the visit</source>
            <translation>Ajouter la visite</translation>
        </message>
        <message numerus="yes">
            <source>Add %n visits</source>
            <translation>
                <numerusform>Ajouter %n visite</numerusform>
                <numerusform>Ajouter %n visites</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the bonus</source>
            <translation>Supprimer le bonus</translation>
        </message>
        <message>
            <source>Remove the adjustment</source>
            <translation>Supprimer l'ajustement</translation>
        </message>
        <message>
            <source>AliExpress showed no points before 2010: check the date</source>
            <translation>AliExpress n'affichait aucun point avant 2010 : vérifiez la date</translation>
        </message>
        <message>
            <source>The points cannot be negative</source>
            <translation>Les points ne peuvent pas être négatifs</translation>
        </message>
        <message>
            <source>No shopper has that many points: check the figure</source>
            <translation>Aucun acheteur n'a autant de points : vérifiez le chiffre</translation>
        </message>
        <message>
            <source>This check no longer exists (id {check_id}); it may have been deleted.</source>
            <translation>Cette vérification n'existe plus (id {check_id}) ; elle a peut-être été supprimée.</translation>
        </message>
        <message>
            <source>This adjustment no longer exists (id {entry_id}).</source>
            <translation>Cet ajustement n'existe plus (id {entry_id}).</translation>
        </message>
    </context>
    <context>
        <name>CheckDialog</name>
        <message>
            <source>Check against AliExpress</source>
            <translation>Vérifier avec AliExpress</translation>
        </message>
        <message>
            <source>Where the difference comes from</source>
            <translation>D'où vient l'écart</translation>
        </message>
        <message>
            <source>Import the points history the Member Center lists (date, points, description) to compare it month by month with your records. Its rows are kept apart: they add no points of their own.</source>
            <translation>Importez l'historique des points de l'Espace membre (date, points, description) pour le comparer mois par mois à vos données. Ses lignes sont gardées à part : elles n'ajoutent aucun point.</translation>
        </message>
        <message>
            <source>&amp;Import the points history…</source>
            <translation>&amp;Importer l'historique des points…</translation>
        </message>
        <message>
            <source>Your checks</source>
            <translation>Vos vérifications</translation>
        </message>
        <message>
            <source>Open AliExpress ▸ Account ▸ Member Center and type the points (and the tier) it shows. Each check is kept with its date.</source>
            <translation>Ouvrez AliExpress ▸ Compte ▸ Espace membre et saisissez les points (et le niveau) affichés. Chaque vérification est gardée avec sa date.</translation>
        </message>
        <message>
            <source>Points the Member Center shows</source>
            <translation>Points affichés par l'Espace membre</translation>
        </message>
        <message>
            <source>Tier the Member Center shows</source>
            <translation>Niveau affiché par l'Espace membre</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>non indiqué</translation>
        </message>
        <message>
            <source>Day the Member Center showed them</source>
            <translation>Jour où l'Espace membre les affichait</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>&amp;Vérifier</translation>
        </message>
        <message>
            <source>&amp;Points:</source>
            <translation>&amp;Points :</translation>
        </message>
        <message>
            <source>&amp;Tier:</source>
            <translation>&amp;Niveau :</translation>
        </message>
        <message>
            <source>&amp;On:</source>
            <translation>&amp;Le :</translation>
        </message>
        <message>
            <source>Last check</source>
            <translation>Dernière vérification</translation>
        </message>
        <message>
            <source>Result of the check</source>
            <translation>Résultat de la vérification</translation>
        </message>
        <message>
            <source>&amp;Accept the difference…</source>
            <translation>&amp;Accepter l'écart…</translation>
        </message>
        <message>
            <source>Record the difference as an adjustment dated the check's day, with a note</source>
            <translation>Enregistrer l'écart comme un ajustement daté du jour de la vérification, avec une note</translation>
        </message>
        <message>
            <source>&amp;Delete this check</source>
            <translation>&amp;Supprimer cette vérification</translation>
        </message>
        <message>
            <source>Not checked yet</source>
            <translation>Pas encore vérifié</translation>
        </message>
        <message>
            <source>Type the points above and choose Check to see whether the figures agree.</source>
            <translation>Saisissez les points ci-dessus et choisissez Vérifier pour voir si les chiffres concordent.</translation>
        </message>
        <message>
            <source>Check of {date}</source>
            <translation>Vérification du {date}</translation>
        </message>
        <message>
            <source>&amp;Undo {what}</source>
            <translation>Ann&amp;uler {what}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>Ann&amp;uler</translation>
        </message>
        <message>
            <source>Type the points the Member Center shows, e.g. 1204</source>
            <translation>Saisissez les points qu'affiche l'Espace membre, par exemple 1204</translation>
        </message>
        <message>
            <source>The check was not kept</source>
            <translation>La vérification n'a pas été gardée</translation>
        </message>
        <message>
            <source>Check kept.</source>
            <translation>Vérification gardée.</translation>
        </message>
        <message>
            <source>Accept the difference</source>
            <translation>Accepter l'écart</translation>
        </message>
        <message>
            <source>Difference accepted: an adjustment of {points} on {date}.</source>
            <translation>Écart accepté : un ajustement de {points} le {date}.</translation>
        </message>
        <message>
            <source>An adjustment of {points} dated {date} will make the figures agree. Why is the difference all right? (kept as its note)</source>
            <translation>Un ajustement de {points} daté du {date} fera concorder les chiffres. Pourquoi cet écart est-il acceptable ? (gardé comme note)</translation>
        </message>
        <message>
            <source>Delete check</source>
            <translation>Supprimer la vérification</translation>
        </message>
        <message>
            <source>Check of {date} deleted.</source>
            <translation>Vérification du {date} supprimée.</translation>
        </message>
        <message>
            <source>Done: {fix}. Undo takes it back.</source>
            <translation>Fait : {fix}. Annuler le défait.</translation>
        </message>
        <message>
            <source>agrees</source>
            <translation>concorde</translation>
        </message>
        <message>
            <source>differs</source>
            <translation>écart</translation>
        </message>
        <message>
            <source>difference accepted</source>
            <translation>écart accepté</translation>
        </message>
        <message>
            <source>{date} · {verdict} · {state}</source>
            <translation>{date} · {verdict} · {state}</translation>
        </message>
        <message>
            <source>Every month agrees with AliExpress's history.</source>
            <translation>Chaque mois concorde avec l'historique d'AliExpress.</translation>
        </message>
        <message>
            <source>1 row</source>
            <translation>1 ligne</translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows</source>
            <translation>
                <numerusform>%Ln ligne</numerusform>
                <numerusform>%Ln lignes</numerusform>
            </translation>
        </message>
        <message>
            <source>Points history from {first} to {last} ({rows}):</source>
            <translation>Historique des points de {first} à {last} ({rows}) :</translation>
        </message>
    </context>
    <context>
        <name>CheckLine</name>
        <message>
            <source>&amp;Check…</source>
            <translation>&amp;Vérifier…</translation>
        </message>
        <message>
            <source>&amp;Resolve…</source>
            <translation>&amp;Résoudre…</translation>
        </message>
        <message>
            <source>&amp;Check again…</source>
            <translation>&amp;Vérifier à nouveau…</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Avertissement</translation>
        </message>
        <message>
            <source>Compare with the points the Member Center shows</source>
            <translation>Comparez avec les points qu'affiche l'Espace membre</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>The rules that gave the points (point at a code for its meaning; Help ▸ How points work has them all)</source>
            <translation>Les règles qui ont donné les points (survolez un code pour voir ce qu'il veut dire ; Aide ▸ Comment fonctionnent les points les explique toutes)</translation>
        </message>
        <message>
            <source>When the points count: credited, expected on a date, estimated — or why there are none</source>
            <translation>Quand les points comptent : crédités, attendus à une date, estimés — ou pourquoi il n'y en a pas</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Règle</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Crédit</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visite</translation>
        </message>
        <message>
            <source>Club post</source>
            <translation>Publication dans le Club</translation>
        </message>
        <message>
            <source>Store follow</source>
            <translation>Abonnement à une boutique</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>Bonus</translation>
        </message>
        <message>
            <source>Adjustment</source>
            <translation>Ajustement</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Product id</source>
            <translation>ID du produit</translation>
        </message>
        <message>
            <source>Order no.</source>
            <translation>N° de commande</translation>
        </message>
        <message>
            <source>Item price $</source>
            <translation>Prix de l'article $</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>Promotion</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>Multiplier</source>
            <translation>Multiplicateur</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmée</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Commandée le</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Articles</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Boutique</translation>
        </message>
        <message>
            <source>Items $</source>
            <translation>Articles $</translation>
        </message>
        <message>
            <source>Discount $</source>
            <translation>Remise $</translation>
        </message>
        <message>
            <source>Shipping $</source>
            <translation>Livraison $</translation>
        </message>
        <message>
            <source>Refund $</source>
            <translation>Remboursement $</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Catégories</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <source>— ignore —</source>
            <translation>— ignorer —</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>en attente</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>confirmée</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulée</translation>
        </message>
        <message>
            <source>Choose a field for each column you want; the rest are ignored. Beside each value: how it reads.</source>
            <translation>Choisissez un champ pour chaque colonne voulue ; les autres sont ignorées. À côté de chaque valeur : comment elle est lue.</translation>
        </message>
        <message>
            <source>This is Points Tracker's own file: every column is read exactly as written, nothing to choose.</source>
            <translation>C'est un fichier de Points Tracker : chaque colonne est lue telle quelle, rien à choisir.</translation>
        </message>
        <message>
            <source>Point: 1,234.56</source>
            <translation>Point : 1,234.56</translation>
        </message>
        <message>
            <source>Comma: 1.234,56</source>
            <translation>Virgule : 1.234,56</translation>
        </message>
        <message>
            <source>Amounts are in cents (1234 = 12.34)</source>
            <translation>Les montants sont en centimes (1234 = 12.34)</translation>
        </message>
        <message>
            <source>Save as preset…</source>
            <translation>Enregistrer comme préréglage…</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Decimals</source>
            <translation>Décimales</translation>
        </message>
        <message>
            <source>Plain amounts in</source>
            <translation>Montants sans devise en</translation>
        </message>
        <message>
            <source>No status means</source>
            <translation>Sans statut signifie</translation>
        </message>
        <message>
            <source>What is in each column?</source>
            <translation>Que contient chaque colonne ?</translation>
        </message>
        <message>
            <source>Field for column “{column}”</source>
            <translation>Champ de la colonne « {column} »</translation>
        </message>
        <message>
            <source>Statuses the app does not know — what does each mean?</source>
            <translation>Statuts inconnus de l'application : que signifie chacun ?</translation>
        </message>
        <message>
            <source>choose…</source>
            <translation>choisir…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Left out&lt;/b&gt; — these columns are not imported. Nothing that changes points is taken from a column whose name does not say so: map one yourself if it holds what you want.</source>
            <translation>&lt;b&gt;Ignorées&lt;/b&gt; — ces colonnes ne sont pas importées. Rien de ce qui change les points n'est tiré d'une colonne dont le nom ne le dit pas : associez-la vous-même si elle contient ce que vous voulez.</translation>
        </message>
        <message>
            <source>Use as {field}</source>
            <translation>Utiliser comme {field}</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more: choose their fields in the table above.</source>
            <translation>
                <numerusform>… et %n autre : choisissez son champ dans le tableau ci-dessus.</numerusform>
                <numerusform>… et %n autres : choisissez leurs champs dans le tableau ci-dessus.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Currencies</name>
        <message>
            <source>“{text}” is not a date like 2022-03-02</source>
            <translation>« {text} » n'est pas une date comme 2022-03-02</translation>
        </message>
        <message>
            <source>Orders paid in another currency count in US$ at the European Central Bank's reference rate of their date, shipped with the app{until}. Your rates win over them: for every date, or from a date on.</source>
            <translation>Les commandes payées dans une autre devise comptent en US$ au taux de référence de la Banque centrale européenne de leur date, fourni avec l'application{until}. Vos taux l'emportent : pour toutes les dates, ou à partir d'une date.</translation>
        </message>
        <message>
            <source> (up to {date})</source>
            <translation> (jusqu'au {date})</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>US$ for 1 unit</source>
            <translation>US$ pour 1 unité</translation>
        </message>
        <message>
            <source>From (blank: every date)</source>
            <translation>À partir du (vide : toutes les dates)</translation>
        </message>
        <message>
            <source>Your exchange rates</source>
            <translation>Vos taux de change</translation>
        </message>
        <message>
            <source>&amp;Add rate</source>
            <translation>&amp;Ajouter un taux</translation>
        </message>
        <message>
            <source>Re&amp;move rate</source>
            <translation>Re&amp;tirer le taux</translation>
        </message>
        <message>
            <source>Type a three-letter currency code like EUR</source>
            <translation>Saisissez un code de devise à trois lettres, comme EUR</translation>
        </message>
        <message>
            <source>US$ needs no rate</source>
            <translation>L'US$ n'a pas besoin de taux</translation>
        </message>
        <message>
            <source>Type the US$ that 1 {code} is worth, like 0.25</source>
            <translation>Saisissez combien d'US$ vaut 1 {code}, comme 0.25</translation>
        </message>
        <message>
            <source>{code} has two rates from the same date</source>
            <translation>{code} a deux taux à partir de la même date</translation>
        </message>
        <message>
            <source>Row {row}: {problem}.</source>
            <translation>Ligne {row} : {problem}.</translation>
        </message>
        <message>
            <source> (the ECB's rates stop on {date})</source>
            <translation> (les taux de la BCE s'arrêtent le {date})</translation>
        </message>
        <message>
            <source>Orders in {currency} without a rate yet: {count} ({amount}){since}.</source>
            <translation>Commandes en {currency} encore sans taux : {count} ({amount}){since}.</translation>
        </message>
        <message>
            <source>your rate</source>
            <translation>votre taux</translation>
        </message>
        <message>
            <source>your rate from {date}</source>
            <translation>votre taux depuis le {date}</translation>
        </message>
        <message>
            <source>the ECB's last rate shipped with the app, of {date}</source>
            <translation>le dernier taux de la BCE fourni avec l'application, du {date}</translation>
        </message>
        <message>
            <source>the ECB reference rate of {date}</source>
            <translation>le taux de référence de la BCE du {date}</translation>
        </message>
        <message>
            <source>Paid {amount}; the US$ amounts were converted before, at your rate.</source>
            <translation>Payé {amount} ; les montants en US$ ont été convertis auparavant, à votre taux.</translation>
        </message>
        <message>
            <source>Paid {amount}. There is no exchange rate for {currency} on this date, so this order is not counted: set one in Settings ▸ Currencies.</source>
            <translation>Payé {amount}. Il n'y a pas de taux de change pour {currency} à cette date, donc cette commande ne compte pas : définissez-en un dans Paramètres ▸ Devises.</translation>
        </message>
        <message>
            <source>Paid {amount}; estimated in US$ at 1 {currency} = {rate} US$ ({source}).</source>
            <translation>Payé {amount} ; estimé en US$ à 1 {currency} = {rate} US$ ({source}).</translation>
        </message>
        <message>
            <source>no rate</source>
            <translation>sans taux</translation>
        </message>
        <message>
            <source>Change exchange rates</source>
            <translation>Modifier les taux de change</translation>
        </message>
        <message>
            <source>orders in {currency}: {count} ({amount})</source>
            <translation>commandes en {currency} : {count} ({amount})</translation>
        </message>
        <message>
            <source>Not counted, for want of an exchange rate for their dates: {orders}. Your tier and plan leave them out until you set one.</source>
            <translation>Non comptées, faute de taux de change pour leurs dates : {orders}. Votre niveau et votre plan les laissent de côté jusqu'à ce que vous en définissiez un.</translation>
        </message>
        <message>
            <source>Set a rate for {currency}…</source>
            <translation>Définir un taux pour {currency}…</translation>
        </message>
    </context>
    <context>
        <name>CurrenciesDialog</name>
        <message>
            <source>Currencies</source>
            <translation>Devises</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>1 point</source>
            <translation>1 point</translation>
        </message>
        <message numerus="yes">
            <source>%Ln points</source>
            <translation>
                <numerusform>%Ln point</numerusform>
                <numerusform>%Ln points</numerusform>
            </translation>
        </message>
        <message>
            <source>Working out your points from all your records… Your tier and points appear here in a moment.</source>
            <translation>Calcul de vos points à partir de toutes vos données… Votre niveau et vos points s’afficheront ici dans un instant.</translation>
        </message>
        <message>
            <source>You are looking at demo data: a made-up year of a shopper.</source>
            <translation>Vous consultez des données de démonstration : une année inventée d'un acheteur.</translation>
        </message>
        <message>
            <source>&amp;Remove demo data</source>
            <translation>&amp;Retirer les données de démonstration</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>À venir</translation>
        </message>
        <message>
            <source>Next recalculation</source>
            <translation>Prochain recalcul</translation>
        </message>
        <message>
            <source>Next tier</source>
            <translation>Niveau suivant</translation>
        </message>
        <message>
            <source>Progress to the next tier</source>
            <translation>Progression vers le niveau suivant</translation>
        </message>
        <message>
            <source>Keep your tier</source>
            <translation>Garder votre niveau</translation>
        </message>
        <message>
            <source>Benefits</source>
            <translation>Avantages</translation>
        </message>
        <message>
            <source>Points leaving your window</source>
            <translation>Points qui sortent de votre fenêtre</translation>
        </message>
        <message>
            <source>Points leaving your window, by month</source>
            <translation>Points qui sortent de votre fenêtre, par mois</translation>
        </message>
        <message>
            <source>The chosen rule set cannot be used, so the default one is shown. {problem}</source>
            <translation>Le jeu de règles choisi est inutilisable ; celui par défaut est affiché. {problem}</translation>
        </message>
        <message>
            <source>Your records stay on this computer, in {path}.</source>
            <translation>Vos données restent sur cet ordinateur, dans {path}.</translation>
        </message>
        <message>
            <source>Your tier since {date}</source>
            <translation>Votre niveau depuis le {date}</translation>
        </message>
        <message>
            <source>The tier every member starts with</source>
            <translation>Le niveau de départ de tout membre</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Attention</translation>
        </message>
        <message>
            <source>Safe</source>
            <translation>Sûr</translation>
        </message>
        <message>
            <source>point now</source>
            <translation>point maintenant</translation>
        </message>
        <message>
            <source>points now</source>
            <translation>points maintenant</translation>
        </message>
        <message numerus="yes">
            <source>Points credited in your %n-day window up to today</source>
            <translation>
                <numerusform>Points crédités dans votre fenêtre de %n jour jusqu'à aujourd'hui</numerusform>
                <numerusform>Points crédités dans votre fenêtre de %n jours jusqu'à aujourd'hui</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Points credited in your %n-month window up to today</source>
            <translation>
                <numerusform>Points crédités dans votre fenêtre de %n mois jusqu'à aujourd'hui</numerusform>
                <numerusform>Points crédités dans votre fenêtre de %n mois jusqu'à aujourd'hui</numerusform>
            </translation>
        </message>
        <message>
            <source>of which {points} expected from pending orders</source>
            <translation>dont {points} attendus de commandes en attente</translation>
        </message>
        <message>
            <source>{tier} from {low} · {next} from {high} points</source>
            <translation>{tier} dès {low} · {next} dès {high} points</translation>
        </message>
        <message>
            <source>Keep {tier}</source>
            <translation>Garder {tier}</translation>
        </message>
        <message>
            <source>{tier} benefits</source>
            <translation>Avantages {tier}</translation>
        </message>
        <message>
            <source>No special benefits.</source>
            <translation>Aucun avantage particulier.</translation>
        </message>
        <message>
            <source>Dropping to {tier} on {date} ends all of these.</source>
            <translation>Descendre en {tier} le {date} vous fait perdre tout cela.</translation>
        </message>
        <message>
            <source>Dropping to {tier} on {date} costs you: {lost}.</source>
            <translation>Descendre en {tier} le {date} vous coûte : {lost}.</translation>
        </message>
        <message>
            <source>Points leaving: {months}.</source>
            <translation>Points qui sortent : {months}.</translation>
        </message>
        <message>
            <source>Each point counts for a year; these leave your total in each coming month.</source>
            <translation>Chaque point compte pendant un an ; ceux-ci quittent votre total au cours des prochains mois.</translation>
        </message>
        <message numerus="yes">
            <source>At each month end the points earned %n months before drop out.</source>
            <translation>
                <numerusform>À chaque fin de mois, les points gagnés %n mois plus tôt sortent.</numerusform>
                <numerusform>À chaque fin de mois, les points gagnés %n mois plus tôt sortent.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Demo data loaded: %n records.</source>
            <translation>
                <numerusform>Données de démonstration chargées : %n enregistrement.</numerusform>
                <numerusform>Données de démonstration chargées : %n enregistrements.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Demo data removed: %n records.</source>
            <translation>
                <numerusform>Données de démonstration retirées : %n enregistrement.</numerusform>
                <numerusform>Données de démonstration retirées : %n enregistrements.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>Choose from a calendar</source>
            <translation>Choisir dans un calendrier</translation>
        </message>
        <message>
            <source>Type a date like {example} or {iso}, or press Alt+Down for a calendar</source>
            <translation>Tapez une date comme {example} ou {iso}, ou appuyez sur Alt+Bas pour un calendrier</translation>
        </message>
        <message>
            <source>Enter a date</source>
            <translation>Saisissez une date</translation>
        </message>
        <message>
            <source>“{text}” is not a date: type it like {example} or {iso}</source>
            <translation>« {text} » n'est pas une date : tapez-la comme {example} ou {iso}</translation>
        </message>
        <message>
            <source>Choose {date} or later</source>
            <translation>Choisissez le {date} ou après</translation>
        </message>
        <message>
            <source>Choose {date} or earlier</source>
            <translation>Choisissez le {date} ou avant</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Clear {name}</source>
            <translation>Effacer {name}</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Points Tracker databases (*.sqlite3);;All files (*)</source>
            <translation>Bases de données Points Tracker (*.sqlite3);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>What you bought</source>
            <translation>Ce que vous avez acheté</translation>
        </message>
        <message>
            <source>refund date</source>
            <translation>date de remboursement</translation>
        </message>
        <message>
            <source>Date unknown</source>
            <translation>Date inconnue</translation>
        </message>
        <message>
            <source>Edit visits calendar</source>
            <translation>Modifier le calendrier des visites</translation>
        </message>
        <message>
            <source>Orders and activity (*.csv *.tsv *.txt *.json *.xlsx);;All files (*)</source>
            <translation>Commandes et activité (*.csv *.tsv *.txt *.json *.xlsx);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Save as preset</source>
            <translation>Enregistrer comme préréglage</translation>
        </message>
        <message>
            <source>Name for these settings:</source>
            <translation>Nom de ces réglages :</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>Vérification de chaque ligne…</translation>
        </message>
        <message>
            <source>Cancelling leaves your records exactly as they were before.</source>
            <translation>Annuler laisse vos données exactement comme elles étaient.</translation>
        </message>
        <message>
            <source>{label} is chosen for “{value}” and “{value2}”: the first is used.</source>
            <translation>{label} est choisi pour « {value} » et « {value2} » : le premier est utilisé.</translation>
        </message>
        <message>
            <source>Each month</source>
            <translation>Chaque mois</translation>
        </message>
        <message>
            <source>Registration date</source>
            <translation>Date d'inscription</translation>
        </message>
        <message>
            <source>{file} (your file)</source>
            <translation>{file} (votre fichier)</translation>
        </message>
        <message>
            <source>That file cannot be used: {error}</source>
            <translation>Ce fichier est inutilisable : {error}</translation>
        </message>
    </context>
    <context>
        <name>Drafts</name>
        <message>
            <source>{text} is too long: at most {count} characters</source>
            <translation>{text} compte trop de caractères : {count} au maximum</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Boutique</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Product id</source>
            <translation>ID du produit</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>{amount} cannot be negative</source>
            <translation>{amount} ne peut pas être négatif</translation>
        </message>
        <message>
            <source>{amount} is too large: at most {maximum}</source>
            <translation>{amount} est trop élevé : au plus {maximum}</translation>
        </message>
        <message>
            <source>Order number is too long</source>
            <translation>Le numéro de commande est trop long</translation>
        </message>
        <message>
            <source>An order needs at least one item</source>
            <translation>Une commande doit contenir au moins un article</translation>
        </message>
        <message>
            <source>Quantity must be at least 1</source>
            <translation>La quantité doit être d'au moins 1</translation>
        </message>
        <message>
            <source>Quantity is too large: at most 100,000</source>
            <translation>La quantité est trop élevée : au plus 100 000</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Prix</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Remise</translation>
        </message>
        <message>
            <source>Shipping</source>
            <translation>Livraison</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Remboursement</translation>
        </message>
        <message>
            <source>Amount paid</source>
            <translation>Montant payé</translation>
        </message>
        <message>
            <source>The items come to more than 100,000,000.00: check the prices</source>
            <translation>Les articles dépassent 100 000 000,00 : vérifiez les prix</translation>
        </message>
        <message>
            <source>Refund cannot be more than the order total</source>
            <translation>Le remboursement ne peut pas dépasser le total de la commande</translation>
        </message>
        <message>
            <source>A pending order has no confirmation date; mark it confirmed</source>
            <translation>Une commande en attente n'a pas de date de confirmation ; marquez-la comme confirmée</translation>
        </message>
        <message>
            <source>A cancelled order has no confirmation date</source>
            <translation>Une commande annulée n'a pas de date de confirmation</translation>
        </message>
        <message>
            <source>Confirmation date cannot be before the order date</source>
            <translation>La date de confirmation ne peut pas précéder la date de commande</translation>
        </message>
        <message>
            <source>Expected confirmation cannot be before the order date</source>
            <translation>La confirmation prévue ne peut pas précéder la date de commande</translation>
        </message>
        <message>
            <source>Enter the refund amount, or clear the refund date</source>
            <translation>Indiquez le montant remboursé, ou effacez la date de remboursement</translation>
        </message>
        <message>
            <source>Refund date cannot be before the order date</source>
            <translation>La date de remboursement ne peut pas précéder la date de commande</translation>
        </message>
        <message>
            <source>Currency must be a three-letter code like USD</source>
            <translation>La devise doit être un code de trois lettres comme USD</translation>
        </message>
        <message>
            <source>An order in US$ has no amounts in another currency</source>
            <translation>Une commande en US$ n'a pas de montants dans une autre devise</translation>
        </message>
        <message>
            <source>Each item needs its price as paid</source>
            <translation>Chaque article a besoin de son prix payé</translation>
        </message>
        <message>
            <source>Item price</source>
            <translation>Prix de l'article</translation>
        </message>
        <message>
            <source>Points cannot be 0</source>
            <translation>Les points ne peuvent pas valoir 0</translation>
        </message>
        <message>
            <source>Points are too many: at most 10,000,000</source>
            <translation>Trop de points : au plus 10 000 000</translation>
        </message>
        <message>
            <source>A bonus cannot be negative; use an adjustment</source>
            <translation>Un bonus ne peut pas être négatif ; utilisez un ajustement</translation>
        </message>
        <message>
            <source>Multiplier must be a number like 2 or 1.5</source>
            <translation>Le multiplicateur doit être un nombre comme 2 ou 1,5</translation>
        </message>
        <message>
            <source>Multiplier must be at least 1: a promotion never lowers points</source>
            <translation>Le multiplicateur doit valoir au moins 1 : une promotion ne réduit jamais les points</translation>
        </message>
        <message>
            <source>Multiplier is too large: at most 100</source>
            <translation>Le multiplicateur est trop élevé : au plus 100</translation>
        </message>
        <message>
            <source>Multiplier has too many decimals: at most 4, like 1.25</source>
            <translation>Le multiplicateur a trop de décimales : 4 au maximum, comme 1.25</translation>
        </message>
        <message>
            <source>End date cannot be before the start date</source>
            <translation>La date de fin ne peut pas précéder la date de début</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <source>Track your member points</source>
            <translation>Suivez vos points de membre</translation>
        </message>
        <message>
            <source>Record your AliExpress orders, reviews and daily Member Center visits. Points Tracker works out your tier, tells you when it lapses and what to spend to keep it.</source>
            <translation>Notez vos commandes AliExpress, vos avis et vos visites quotidiennes à l'Espace membre. Points Tracker calcule votre niveau, vous dit quand il expire et combien dépenser pour le garder.</translation>
        </message>
        <message>
            <source>&amp;Add your first order</source>
            <translation>&amp;Ajouter votre première commande</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>&amp;Importer un fichier…</translation>
        </message>
        <message>
            <source>Try with &amp;demo data</source>
            <translation>Essayer avec des données de &amp;démonstration</translation>
        </message>
    </context>
    <context>
        <name>EntryForm</name>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>Bonus (games, tasks, coupons)</source>
            <translation>Bonus (jeux, missions, coupons)</translation>
        </message>
        <message>
            <source>Adjustment (opening balance, correction)</source>
            <translation>Ajustement (solde de départ, correction)</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>An adjustment may be negative, to correct a total</source>
            <translation>Un ajustement peut être négatif, pour corriger un total</translation>
        </message>
        <message>
            <source>&amp;Points:</source>
            <translation>&amp;Points :</translation>
        </message>
        <message>
            <source>Optional, e.g. Coin game, 11.11</source>
            <translation>Facultatif, par ex. jeu des pièces, 11.11</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note :</translation>
        </message>
    </context>
    <context>
        <name>Exporting</name>
        <message>
            <source>Exported {orders}, {activity} and {promotions} to {folder}.</source>
            <translation>{orders}, {activity} et {promotions} exportés dans {folder}.</translation>
        </message>
        <message>
            <source>1 order</source>
            <translation>1 commande</translation>
        </message>
        <message numerus="yes">
            <source>%Ln orders</source>
            <translation>
                <numerusform>%Ln commande</numerusform>
                <numerusform>%Ln commandes</numerusform>
            </translation>
        </message>
        <message>
            <source>1 activity row</source>
            <translation>1 ligne d'activité</translation>
        </message>
        <message numerus="yes">
            <source>%Ln activity rows</source>
            <translation>
                <numerusform>%Ln ligne d'activité</numerusform>
                <numerusform>%Ln lignes d'activité</numerusform>
            </translation>
        </message>
        <message>
            <source>1 promotion</source>
            <translation>1 promotion</translation>
        </message>
        <message numerus="yes">
            <source>%Ln promotions</source>
            <translation>
                <numerusform>%Ln promotion</numerusform>
                <numerusform>%Ln promotions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>AliExpress-Order-Export: orders</source>
            <translation>AliExpress-Order-Export : commandes</translation>
        </message>
        <message>
            <source>AliExpress-Order-Export: order lines</source>
            <translation>AliExpress-Order-Export : lignes de commande</translation>
        </message>
        <message>
            <source>AliExpress-Order-Export workbook: Orders sheet</source>
            <translation>Classeur AliExpress-Order-Export : feuille Orders</translation>
        </message>
        <message>
            <source>AliExpress-Order-Export workbook: Order Lines sheet</source>
            <translation>Classeur AliExpress-Order-Export : feuille Order Lines</translation>
        </message>
        <message>
            <source>AliExpress data download</source>
            <translation>Téléchargement des données AliExpress</translation>
        </message>
        <message>
            <source>Type or paste a file's path, or choose one</source>
            <translation>Tapez ou collez le chemin d'un fichier, ou choisissez-en un</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Fichier à importer</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choisir un fichier…</translation>
        </message>
        <message>
            <source>…or drop a CSV, JSON or Excel file anywhere on this window.</source>
            <translation>…ou déposez un fichier CSV, JSON ou Excel n'importe où sur cette fenêtre.</translation>
        </message>
        <message>
            <source>A CSV, JSON or Excel file of your orders, refunds or activity: from AliExpress's own data download, My Purchases Collector, AliExpress-Order-Export, aliexpress-mcp, another order exporter, Points Tracker's export, or one you made yourself in a spreadsheet.</source>
            <translation>Un fichier CSV, JSON ou Excel de vos commandes, remboursements ou activité : du téléchargement de données d'AliExpress, de My Purchases Collector, d'AliExpress-Order-Export, d'aliexpress-mcp ou d'un autre exportateur de commandes, d'un export de Points Tracker, ou fait par vous dans un tableur.</translation>
        </message>
        <message>
            <source>Read it as</source>
            <translation>Le lire comme</translation>
        </message>
        <message>
            <source>Which file?</source>
            <translation>Quel fichier ?</translation>
        </message>
        <message>
            <source>Recognise it automatically</source>
            <translation>Le reconnaître automatiquement</translation>
        </message>
        <message>
            <source>aliexpress-mcp: orders</source>
            <translation>aliexpress-mcp : commandes</translation>
        </message>
        <message>
            <source>aliexpress-mcp: order lines</source>
            <translation>aliexpress-mcp : lignes de commande</translation>
        </message>
        <message>
            <source>aliexpress-mcp: refunds</source>
            <translation>aliexpress-mcp : remboursements</translation>
        </message>
        <message>
            <source>aliexpress-order-downloader (no header row)</source>
            <translation>aliexpress-order-downloader (sans ligne d’en-tête)</translation>
        </message>
        <message>
            <source>aliexpress-order-exporter (first version)</source>
            <translation>aliexpress-order-exporter (première version)</translation>
        </message>
        <message>
            <source>Old order list scraper (semicolons)</source>
            <translation>Ancien extracteur de la liste des commandes (points-virgules)</translation>
        </message>
        <message>
            <source>Old order details scraper</source>
            <translation>Ancien extracteur du détail des commandes</translation>
        </message>
    </context>
    <context>
        <name>FollowForm</name>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>The store you followed</source>
            <translation>La boutique que vous suivez</translation>
        </message>
        <message>
            <source>&amp;Store:</source>
            <translation>&amp;Boutique :</translation>
        </message>
    </context>
    <context>
        <name>FormatPage</name>
        <message>
            <source>Automatic</source>
            <translation>Automatique</translation>
        </message>
        <message>
            <source>Comma ( , )</source>
            <translation>Virgule ( , )</translation>
        </message>
        <message>
            <source>Semicolon ( ; )</source>
            <translation>Point-virgule ( ; )</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tabulation</translation>
        </message>
        <message>
            <source>Bar ( | )</source>
            <translation>Barre ( | )</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>virgules</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>points-virgules</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabulations</translation>
        </message>
        <message>
            <source>bar</source>
            <translation>barres</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Commandes</translation>
        </message>
        <message>
            <source>Activity (reviews, visits …)</source>
            <translation>Activité (avis, visites…)</translation>
        </message>
        <message>
            <source>Points history</source>
            <translation>Historique des points</translation>
        </message>
        <message>
            <source>Refunds of orders already recorded</source>
            <translation>Remboursements de commandes déjà enregistrées</translation>
        </message>
        <message>
            <source>No header</source>
            <translation>Pas d'en-tête</translation>
        </message>
        <message>
            <source>Text encoding</source>
            <translation>Encodage du texte</translation>
        </message>
        <message>
            <source>Separator</source>
            <translation>Séparateur</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Feuille</translation>
        </message>
        <message>
            <source>The file holds</source>
            <translation>Le fichier contient</translation>
        </message>
        <message>
            <source>Column names on line</source>
            <translation>Noms de colonnes à la ligne</translation>
        </message>
        <message>
            <source>Skip lines at the top</source>
            <translation>Ignorer les lignes du début</translation>
        </message>
        <message>
            <source>Leave out rows at the end</source>
            <translation>Laisser de côté les lignes de fin</translation>
        </message>
        <message>
            <source>How is it written?</source>
            <translation>Comment est-il écrit ?</translation>
        </message>
        <message>
            <source>Excel workbook, sheet “{sheet}”</source>
            <translation>Classeur Excel, feuille « {sheet} »</translation>
        </message>
        <message>
            <source>JSON records, one row each</source>
            <translation>Enregistrements JSON, une ligne chacun</translation>
        </message>
        <message>
            <source>{encoding} with a byte-order mark</source>
            <translation>{encoding} avec une marque d'ordre des octets</translation>
        </message>
        <message>
            <source>{encoding}, {separator}-separated</source>
            <translation>{encoding}, séparé par {separator}</translation>
        </message>
        <message>
            <source>(Excel's “sep=” line)</source>
            <translation>(ligne « sep= » d'Excel)</translation>
        </message>
        <message>
            <source>column names from the records' keys</source>
            <translation>noms de colonnes tirés des clés des enregistrements</translation>
        </message>
        <message>
            <source>column names on line {line}</source>
            <translation>noms de colonnes à la ligne {line}</translation>
        </message>
        <message>
            <source>no header row</source>
            <translation>pas de ligne d'en-tête</translation>
        </message>
        <message>
            <source>about 1 row</source>
            <translation>environ 1 ligne</translation>
        </message>
        <message numerus="yes">
            <source>about %Ln rows</source>
            <translation>
                <numerusform>environ %Ln ligne</numerusform>
                <numerusform>environ %Ln lignes</numerusform>
            </translation>
        </message>
        <message>
            <source>Read as {how}; {header}; {rows}.</source>
            <translation>Lu comme {how} ; {header} ; {rows}.</translation>
        </message>
        <message>
            <source>It is Points Tracker's own file: read exactly as written.</source>
            <translation>C'est un fichier de Points Tracker : lu tel quel.</translation>
        </message>
    </context>
    <context>
        <name>HowPointsWork</name>
        <message>
            <source>{n}st</source>
            <translation>{n}er</translation>
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
            <translation>1 point</translation>
        </message>
        <message numerus="yes">
            <source>%n points</source>
            <translation>
                <numerusform>%n point</numerusform>
                <numerusform>%n points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your tier follows the points of the last %n days, every day.</source>
            <translation>
                <numerusform>Votre niveau suit les points des %n derniers jours, chaque jour.</numerusform>
                <numerusform>Votre niveau suit les points des %n derniers jours, chaque jour.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your tier is recalculated on the last day of every month from the points of the last %n calendar months, and takes effect on the {day} of the next month.</source>
            <translation>
                <numerusform>Votre niveau est recalculé le dernier jour de chaque mois à partir des points du dernier %n mois civil, et prend effet le {day} du mois suivant.</numerusform>
                <numerusform>Votre niveau est recalculé le dernier jour de chaque mois à partir des points des %n derniers mois civils, et prend effet le {day} du mois suivant.</numerusform>
            </translation>
        </message>
        <message>
            <source>Orders: {points} per order of {minimum} or more, at most {cap} a day, when you confirm receipt.</source>
            <translation>Commandes : {points} par commande de {minimum} ou plus, au plus {cap} par jour, à la confirmation de réception.</translation>
        </message>
        <message>
            <source>rounded down</source>
            <translation>arrondi à l'inférieur</translation>
        </message>
        <message>
            <source>rounded to the nearest dollar</source>
            <translation>arrondi au dollar le plus proche</translation>
        </message>
        <message>
            <source>Orders: {points} per US$1 of item prices after discounts ({rounding}; shipping never counts), when you confirm receipt. Orders under {minimum} earn nothing</source>
            <translation>Commandes : {points} par tranche de 1 US$ du prix des articles après remises ({rounding} ; la livraison ne compte jamais), à la confirmation de réception. Les commandes de moins de {minimum} ne rapportent rien</translation>
        </message>
        <message>
            <source>; at most {count} points an order</source>
            <translation>; au plus {count} points par commande</translation>
        </message>
        <message>
            <source>; only the first {count} orders of a product count</source>
            <translation>; seules les {count} premières commandes d'un produit comptent</translation>
        </message>
        <message>
            <source>Refunds: a cancelled or fully refunded order earns nothing; a partial refund takes away its share of the points.</source>
            <translation>Remboursements : une commande annulée ou entièrement remboursée ne rapporte rien ; un remboursement partiel retire sa part des points.</translation>
        </message>
        <message>
            <source>Refunds: a cancelled or fully refunded order earns nothing; a partly refunded order earns nothing either.</source>
            <translation>Remboursements : une commande annulée ou entièrement remboursée ne rapporte rien ; une commande partiellement remboursée ne rapporte rien non plus.</translation>
        </message>
        <message>
            <source>Several categories in a day: {points} per category on a day whose orders span {minimum} or more categories, at most {cap} a day.</source>
            <translation>Plusieurs catégories dans la journée : {points} par catégorie un jour où les commandes couvrent {minimum} catégories ou plus, au plus {cap} par jour.</translation>
        </message>
        <message>
            <source>Purchase days: {points} for every day you buy.</source>
            <translation>Jours d'achat : {points} pour chaque jour où vous achetez.</translation>
        </message>
        <message>
            <source>Reviews: {points} per review of an item of {minimum} or more (an unknown price counts).</source>
            <translation>Avis : {points} par avis sur un article de {minimum} ou plus (un prix inconnu compte).</translation>
        </message>
        <message>
            <source>Reviews: {points} per review of an item of {minimum} or more.</source>
            <translation>Avis : {points} par avis sur un article de {minimum} ou plus.</translation>
        </message>
        <message>
            <source>Member Center visits: {points} per day you visit</source>
            <translation>Visites à l'Espace membre : {points} par jour de visite</translation>
        </message>
        <message>
            <source>{rule}, the first {cap} days of a month</source>
            <translation>{rule}, les {cap} premiers jours du mois</translation>
        </message>
        <message>
            <source>Club posts: {points} per post</source>
            <translation>Publications dans le Club : {points} par publication</translation>
        </message>
        <message>
            <source>{rule}, the first {cap} posts of a month</source>
            <translation>{rule}, les {cap} premières publications du mois</translation>
        </message>
        <message>
            <source>Store follows: {points} per store you follow</source>
            <translation>Abonnements à des boutiques : {points} par boutique suivie</translation>
        </message>
        <message>
            <source>{rule}, the first {cap} stores of a month</source>
            <translation>{rule}, les {cap} premières boutiques du mois</translation>
        </message>
        <message>
            <source>Promotions you record (11.11 and the like) multiply the points of orders placed during them.</source>
            <translation>Les promotions que vous notez (11.11 et autres) multiplient les points des commandes passées pendant celles-ci.</translation>
        </message>
        <message>
            <source>Tiers</source>
            <translation>Niveaux</translation>
        </message>
        <message>
            <source>{low}–{high} points</source>
            <translation>{low}–{high} points</translation>
        </message>
        <message>
            <source>{low} or more points</source>
            <translation>{low} points ou plus</translation>
        </message>
        <message>
            <source>Your tier</source>
            <translation>Votre niveau</translation>
        </message>
        <message>
            <source>Earning points</source>
            <translation>Gagner des points</translation>
        </message>
        <message>
            <source>Sources: {sources}</source>
            <translation>Sources : {sources}</translation>
        </message>
        <message>
            <source>File: {path}</source>
            <translation>Fichier : {path}</translation>
        </message>
    </context>
    <context>
        <name>HowPointsWorkDialog</name>
        <message>
            <source>How points work</source>
            <translation>Comment fonctionnent les points</translation>
        </message>
    </context>
    <context>
        <name>ImageSizeDialog</name>
        <message>
            <source>Save chart as PNG</source>
            <translation>Enregistrer le graphique en PNG</translation>
        </message>
        <message>
            <source>As on &amp;screen ({width} × {height} pixels)</source>
            <translation>Comme à l'&amp;écran ({width} × {height} pixels)</translation>
        </message>
        <message>
            <source>&amp;Large, for a slide or a web page ({width} × {height} pixels)</source>
            <translation>&amp;Grande, pour une diapositive ou une page web ({width} × {height} pixels)</translation>
        </message>
        <message>
            <source>For &amp;printing on A4 or Letter paper ({width} × {height} pixels, 300 dpi)</source>
            <translation>Pour l'&amp;impression sur papier A4 ou Letter ({width} × {height} pixels, 300 ppp)</translation>
        </message>
        <message>
            <source>How large should the picture be?</source>
            <translation>Quelle taille doit avoir l'image ?</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>1 row has a problem</source>
            <translation>1 ligne a un problème</translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows have problems</source>
            <translation>
                <numerusform>%Ln ligne a des problèmes</numerusform>
                <numerusform>%Ln lignes ont des problèmes</numerusform>
            </translation>
        </message>
        <message>
            <source>{rows}, so nothing was imported: a Points Tracker file is imported whole or not at all. Fix them and import the file again.</source>
            <translation>{rows}, donc rien n'a été importé : un fichier de Points Tracker s'importe en entier ou pas du tout. Corrigez-les et importez à nouveau le fichier.</translation>
        </message>
        <message>
            <source>{rows}, so nothing was imported. Fix them (save the rejected rows as a CSV file, correct them and import that), or choose to skip rows with errors.</source>
            <translation>{rows}, donc rien n'a été importé. Corrigez-les (enregistrez les lignes refusées en CSV, corrigez-les et importez ce fichier), ou choisissez d'ignorer les lignes en erreur.</translation>
        </message>
        <message>
            <source>Nothing to import: no row of the file could be read.</source>
            <translation>Rien à importer : aucune ligne du fichier n'a pu être lue.</translation>
        </message>
        <message>
            <source>year-month-day (2026-02-20, 2026/02/20)</source>
            <translation>année-mois-jour (2026-02-20, 2026/02/20)</translation>
        </message>
        <message>
            <source>day/month/year (07.03.2024, 7/3/2024, 07-03-2024)</source>
            <translation>jour/mois/année (07.03.2024, 7/3/2024, 07-03-2024)</translation>
        </message>
        <message>
            <source>month/day/year (3/7/2024 for March 7)</source>
            <translation>mois/jour/année (3/7/2024 pour le 7 mars)</translation>
        </message>
        <message>
            <source>day, month name, year (10 Feb 2026, 24 nov, 2023, 7 de marzo de 2024, 7 марта 2024)</source>
            <translation>jour, nom du mois, année (10 Feb 2026, 24 nov, 2023, 7 de marzo de 2024, 7 марта 2024)</translation>
        </message>
        <message>
            <source>month name, day, year (Feb 10, 2026, February 10 2026)</source>
            <translation>nom du mois, jour, année (Feb 10, 2026, February 10 2026)</translation>
        </message>
        <message>
            <source>year, month and day run together (20260220)</source>
            <translation>année, mois et jour accolés (20260220)</translation>
        </message>
        <message>
            <source>January</source>
            <translation>janvier</translation>
        </message>
        <message>
            <source>February</source>
            <translation>février</translation>
        </message>
        <message>
            <source>March</source>
            <translation>mars</translation>
        </message>
        <message>
            <source>April</source>
            <translation>avril</translation>
        </message>
        <message>
            <source>May</source>
            <translation>mai</translation>
        </message>
        <message>
            <source>June</source>
            <translation>juin</translation>
        </message>
        <message>
            <source>July</source>
            <translation>juillet</translation>
        </message>
        <message>
            <source>August</source>
            <translation>août</translation>
        </message>
        <message>
            <source>September</source>
            <translation>septembre</translation>
        </message>
        <message>
            <source>October</source>
            <translation>octobre</translation>
        </message>
        <message>
            <source>November</source>
            <translation>novembre</translation>
        </message>
        <message>
            <source>December</source>
            <translation>décembre</translation>
        </message>
        <message>
            <source>Unknown date format “{value}”: write it like DD.MM.YYYY, MM/DD/YYYY, YYYY-MM-DD, D MMM YYYY or MMM D, YYYY (any separator), or as strftime such as %d.%m.%Y.</source>
            <translation>Format de date inconnu « {value} » : écrivez-le comme DD.MM.YYYY, MM/DD/YYYY, YYYY-MM-DD, D MMM YYYY ou MMM D, YYYY (avec n'importe quel séparateur), ou au format strftime, comme %d.%m.%Y.</translation>
        </message>
        <message>
            <source>Unknown date format {value}; choose one of: {known}.</source>
            <translation>Format de date inconnu {value} ; choisissez l'un de : {known}.</translation>
        </message>
        <message>
            <source>“{text}” is too long to be a date.</source>
            <translation>« {text} » est trop long pour être une date.</translation>
        </message>
        <message>
            <source>“{text}” is not a date written as {description}.</source>
            <translation>« {text} » n'est pas une date écrite comme {description}.</translation>
        </message>
        <message>
            <source>“{text}” in “{whole}” is not a month name.</source>
            <translation>« {text} » dans « {whole} » n'est pas un nom de mois.</translation>
        </message>
        <message>
            <source>“{text}” has the year {year}, which cannot be right.</source>
            <translation>« {text} » a l'année {year}, ce qui ne peut pas être juste.</translation>
        </message>
        <message>
            <source>“{text}” is not a real date: there is no month {month}.</source>
            <translation>« {text} » n'est pas une vraie date : il n'y a pas de mois {month}.</translation>
        </message>
        <message>
            <source>“{text}” is not a real date: {month} {year} has {last_day} days.</source>
            <translation>« {text} » n'est pas une vraie date : {month} {year} a {last_day} jours.</translation>
        </message>
        <message>
            <source>This file is not an Excel workbook, so it has no sheet “{sheet}”.</source>
            <translation>Ce fichier n'est pas un classeur Excel, il n'a donc pas de feuille « {sheet} ».</translation>
        </message>
        <message>
            <source>This is a Points Tracker CSV (its first row is the app's own header), which is read exactly as written: import it without a preset or a column mapping.</source>
            <translation>C'est un CSV de Points Tracker (sa première ligne est un en-tête de l'application), lu exactement tel qu'il est écrit : importez-le sans préréglage ni association de colonnes.</translation>
        </message>
        <message>
            <source>This is not a Points Tracker CSV: its first row is not one of the app's own headers. Choose another preset, or map the columns yourself.</source>
            <translation>Ce n'est pas un CSV de Points Tracker : sa première ligne n'est pas un en-tête de l'application. Choisissez un autre préréglage, ou associez les colonnes vous-même.</translation>
        </message>
        <message>
            <source>The file has no rows below its header.</source>
            <translation>Le fichier n'a aucune ligne sous son en-tête.</translation>
        </message>
        <message>
            <source>The file has no order date, so the payment date (“{column}”) stands in for it: AliExpress takes the payment when the order is placed, so it is the same day or close to it.</source>
            <translation>Le fichier n'a pas de date de commande, la date de paiement (« {column} ») la remplace donc : AliExpress encaisse le paiement quand la commande est passée, c'est donc le même jour ou presque.</translation>
        </message>
        <message>
            <source>Each row is taken as money you got back for its order, on its date: leave out of the file any refund that was refused or is still open. An order's refund becomes the sum of its rows here.</source>
            <translation>Chaque ligne est comptée comme de l'argent qui vous a été rendu pour sa commande, à sa date : retirez du fichier les remboursements refusés ou encore en cours. Le remboursement d'une commande devient la somme de ses lignes ici.</translation>
        </message>
        <message>
            <source>These rows are kept as AliExpress's own history, to check your records against (Check against AliExpress). They add no points of their own, so nothing counts twice.</source>
            <translation>Ces lignes sont gardées comme l'historique d'AliExpress lui-même, pour y comparer vos données (Vérifier avec AliExpress). Elles n'ajoutent aucun point : rien ne compte deux fois.</translation>
        </message>
        <message>
            <source>“{name}” is not a field of {kind} files; use one of: {known}.</source>
            <translation>« {name} » n'est pas un champ des fichiers de {kind} ; utilisez l'un de : {known}.</translation>
        </message>
        <message>
            <source>The file has no column “{column}” (for {label}).</source>
            <translation>Le fichier n'a pas de colonne « {column} » (pour {label}).</translation>
        </message>
        <message>
            <source>{label} is taken from two columns: choose one.</source>
            <translation>{label} vient de deux colonnes : choisissez-en une.</translation>
        </message>
        <message>
            <source>Column “{header}” is mapped to {label}, which {kind} files do not use.</source>
            <translation>La colonne « {header} » est associée à {label}, que les fichiers de {kind} n'utilisent pas.</translation>
        </message>
        <message>
            <source>No column is mapped to the order number.</source>
            <translation>Aucune colonne n'est associée au numéro de commande.</translation>
        </message>
        <message>
            <source>No column is mapped to the refund date.</source>
            <translation>Aucune colonne n'est associée à la date de remboursement.</translation>
        </message>
        <message>
            <source>No column is mapped to the refund (or the price of the item refunded).</source>
            <translation>Aucune colonne n'est associée au remboursement (ni au prix de l'article remboursé).</translation>
        </message>
        <message>
            <source>No column is mapped to the order date.</source>
            <translation>Aucune colonne n'est associée à la date de commande.</translation>
        </message>
        <message>
            <source>No column is mapped to an amount (unit price, line total or order total).</source>
            <translation>Aucune colonne n'est associée à un montant (prix unitaire, total de ligne ou total de commande).</translation>
        </message>
        <message>
            <source>The file has no status column: choose the status its orders get.</source>
            <translation>Le fichier n'a pas de colonne de statut : choisissez le statut de ses commandes.</translation>
        </message>
        <message>
            <source>No column is mapped to the date.</source>
            <translation>Aucune colonne n'est associée à la date.</translation>
        </message>
        <message>
            <source>No column is mapped to the points.</source>
            <translation>Aucune colonne n'est associée aux points.</translation>
        </message>
        <message>
            <source>The file has no kind column: choose what its rows are (reviews, visits …).</source>
            <translation>Le fichier n'a pas de colonne de type : choisissez ce que sont ses lignes (avis, visites…).</translation>
        </message>
        <message>
            <source>“{text}” is not a currency we know.</source>
            <translation>« {text} » n'est pas une devise connue.</translation>
        </message>
        <message>
            <source>The decimal separator must be “.” or “,”, not {decimal}.</source>
            <translation>Le séparateur décimal doit être « . » ou « , », pas {decimal}.</translation>
        </message>
        <message>
            <source>The order number is empty.</source>
            <translation>Le numéro de commande est vide.</translation>
        </message>
        <message>
            <source>The refund date is empty.</source>
            <translation>La date de remboursement est vide.</translation>
        </message>
        <message>
            <source>The amount is empty.</source>
            <translation>Le montant est vide.</translation>
        </message>
        <message>
            <source>Order {order_no} is not recorded: import your orders first, then this file.</source>
            <translation>La commande {order_no} n'est pas enregistrée : importez d'abord vos commandes, puis ce fichier.</translation>
        </message>
        <message>
            <source>The refund is in {currency}, but order {order_no} was paid in {paid}: give the refund in {paid}.</source>
            <translation>Le remboursement est en {currency}, mais la commande {order_no} a été payée en {paid} : indiquez le remboursement en {paid}.</translation>
        </message>
        <message>
            <source>The refund is in {currency}, which has no exchange rate to US$ yet: set one, then import again.</source>
            <translation>Le remboursement est en {currency}, qui n'a pas encore de taux de change vers l'US$ : définissez-en un, puis réimportez.</translation>
        </message>
        <message>
            <source>Order {order_no}: {problem}.</source>
            <translation>Commande {order_no} : {problem}.</translation>
        </message>
        <message>
            <source>“{text}” is too long to be an amount.</source>
            <translation>« {text} » est trop long pour être un montant.</translation>
        </message>
        <message>
            <source>“{text}” has no number in it.</source>
            <translation>« {text} » ne contient aucun nombre.</translation>
        </message>
        <message>
            <source>“{text}” does not read as one amount.</source>
            <translation>« {text} » ne se lit pas comme un seul montant.</translation>
        </message>
        <message>
            <source>“{text}” names two currencies.</source>
            <translation>« {text} » nomme deux devises.</translation>
        </message>
        <message>
            <source>“{text}” is not an amount: {message}</source>
            <translation>« {text} » n'est pas un montant : {message}</translation>
        </message>
        <message>
            <source>“{text}” has more than one sign.</source>
            <translation>« {text} » a plus d'un signe.</translation>
        </message>
        <message>
            <source>“{text}” does not read as an amount with “{decimal}” for decimals.</source>
            <translation>« {text} » ne se lit pas comme un montant avec « {decimal} » pour les décimales.</translation>
        </message>
        <message>
            <source>“{text}” does not read as an amount with “{decimal}” for decimals (thousands come in groups of three digits).</source>
            <translation>« {text} » ne se lit pas comme un montant avec « {decimal} » pour les décimales (les milliers vont par groupes de trois chiffres).</translation>
        </message>
        <message>
            <source>“{text}” has more than two decimal places.</source>
            <translation>« {text} » a plus de deux décimales.</translation>
        </message>
        <message>
            <source>“{text}” is too large to be a price.</source>
            <translation>« {text} » est trop élevé pour être un prix.</translation>
        </message>
        <message>
            <source>{value} is not a date like 2026-02-20</source>
            <translation>{value} n'est pas une date comme 2026-02-20</translation>
        </message>
        <message>
            <source>{value} is not an amount like 12.34</source>
            <translation>{value} n'est pas un montant comme 12.34</translation>
        </message>
        <message>
            <source>{text} is too large</source>
            <translation>{text} est trop élevé</translation>
        </message>
        <message>
            <source>{value} is not an amount like 12.34 (two decimals at most)</source>
            <translation>{value} n'est pas un montant comme 12.34 (deux décimales au plus)</translation>
        </message>
        <message>
            <source>{value} is not a whole number of points</source>
            <translation>{value} n'est pas un nombre entier de points</translation>
        </message>
        <message>
            <source>{value} is not a number like 2 or 1.5</source>
            <translation>{value} n'est pas un nombre comme 2 ou 1.5</translation>
        </message>
        <message>
            <source>{text} is not a multiplier between 0 and 100</source>
            <translation>{text} n'est pas un multiplicateur entre 0 et 100</translation>
        </message>
        <message>
            <source>item {number}</source>
            <translation>article {number}</translation>
        </message>
        <message>
            <source>{where} is not an object with {keys}</source>
            <translation>{where} n'est pas un objet avec {keys}</translation>
        </message>
        <message>
            <source>{where}: item, product_id and category are text</source>
            <translation>{where} : item, product_id et category sont du texte</translation>
        </message>
        <message>
            <source>{where}: quantity is a whole number and unit_price_usd an amount like "12.34"</source>
            <translation>{where} : quantity est un nombre entier et unit_price_usd un montant comme "12.34"</translation>
        </message>
        <message>
            <source>is not a list of items as Points Tracker writes it (JSON, like [{example}])</source>
            <translation>n'est pas une liste d'articles telle que Points Tracker l'écrit (JSON, comme [{example}])</translation>
        </message>
        <message>
            <source>is not the amounts as paid as Points Tracker writes them (JSON with {keys})</source>
            <translation>ne sont pas les montants payés tels que Points Tracker les écrit (JSON avec {keys})</translation>
        </message>
        <message>
            <source>amounts as paid are written like "12.34"</source>
            <translation>les montants payés s'écrivent comme "12.34"</translation>
        </message>
        <message>
            <source>{value} is not a rate like 0.2512 from ecb or yours</source>
            <translation>{value} n'est pas un taux comme 0.2512 de ecb ou yours</translation>
        </message>
        <message>
            <source>not UTF-8 text (byte {value})</source>
            <translation>pas du texte UTF-8 (octet {value})</translation>
        </message>
        <message>
            <source>row {line}: contains a NUL byte</source>
            <translation>ligne {line} : contient un octet NUL</translation>
        </message>
        <message>
            <source>row {line_num}: {error}</source>
            <translation>ligne {line_num} : {error}</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>le fichier est vide</translation>
        </message>
        <message>
            <source>row 1: not a Points Tracker header (expected {order_columns} or {activity_columns} or {promotion_columns})</source>
            <translation>ligne 1 : pas un en-tête Points Tracker ({order_columns} ou {activity_columns} ou {promotion_columns} attendu)</translation>
        </message>
        <message>
            <source>has {count} cells, the header has {width}</source>
            <translation>a {count} cellules, l'en-tête en a {width}</translation>
        </message>
        <message>
            <source>does not match the lines cell ({value}): change both, or clear the lines cell to import the order as one item</source>
            <translation>ne correspond pas à la cellule lines ({value}) : modifiez les deux, ou videz la cellule lines pour importer la commande comme un seul article</translation>
        </message>
        <message>
            <source>status</source>
            <translation>statut</translation>
        </message>
        <message>
            <source>only review rows have one, not {kind}</source>
            <translation>seules les lignes d'avis en ont un, pas les lignes {kind}</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>type</translation>
        </message>
        <message>
            <source>points</source>
            <translation>points</translation>
        </message>
        <message>
            <source>“{raw}” is not a date like 2026-02-20.</source>
            <translation>« {raw} » n'est pas une date comme 2026-02-20.</translation>
        </message>
        <message>
            <source>“{raw}” is not an amount like 12.34.</source>
            <translation>« {raw} » n'est pas un montant comme 12.34.</translation>
        </message>
        <message>
            <source>no order {order_no} is recorded: import the orders file first</source>
            <translation>aucune commande {order_no} n'est enregistrée : importez d'abord le fichier des commandes</translation>
        </message>
        <message>
            <source>“{target}” is not something to import: use {choices}.</source>
            <translation>« {target} » n'est pas quelque chose à importer : utilisez {choices}.</translation>
        </message>
        <message>
            <source>“{encoding}” is not a text encoding: use one such as utf-8, cp1252 or utf-16.</source>
            <translation>« {encoding} » n'est pas un encodage de texte : utilisez-en un comme utf-8, cp1252 ou utf-16.</translation>
        </message>
        <message>
            <source>The decimal separator must be “.” or “,”, not “{decimal}”.</source>
            <translation>Le séparateur décimal doit être « . » ou « , », pas « {decimal} ».</translation>
        </message>
        <message>
            <source>“{default_status}” is not a status: use {choices}.</source>
            <translation>« {default_status} » n'est pas un statut : utilisez {choices}.</translation>
        </message>
        <message>
            <source>“{activity_kind}” is not an activity: use {choices}.</source>
            <translation>« {activity_kind} » n'est pas une activité : utilisez {choices}.</translation>
        </message>
        <message>
            <source>Duplicates can be skipped or updated, not “{on_duplicate}”.</source>
            <translation>Les doublons peuvent être ignorés ou mis à jour, pas « {on_duplicate} ».</translation>
        </message>
        <message>
            <source>“{currency}” is not a currency code like USD or EUR.</source>
            <translation>« {currency} » n'est pas un code de devise comme USD ou EUR.</translation>
        </message>
        <message>
            <source>The header line cannot be negative.</source>
            <translation>La ligne d'en-tête ne peut pas être négative.</translation>
        </message>
        <message>
            <source>No file has that many lines: give a smaller number.</source>
            <translation>Aucun fichier n'a autant de lignes : indiquez un nombre plus petit.</translation>
        </message>
        <message>
            <source>The saved import settings cannot be read: {error}.</source>
            <translation>Les réglages d'importation enregistrés sont illisibles : {error}.</translation>
        </message>
        <message>
            <source>Give the preset a name.</source>
            <translation>Donnez un nom au préréglage.</translation>
        </message>
        <message>
            <source>“{name}” is the name of a built-in preset: choose another.</source>
            <translation>« {name} » est le nom d'un préréglage intégré : choisissez-en un autre.</translation>
        </message>
        <message>
            <source>Map at least one column before saving a preset.</source>
            <translation>Associez au moins une colonne avant d'enregistrer un préréglage.</translation>
        </message>
        <message>
            <source>There is no preset “{name}”. Presets: {choices}.</source>
            <translation>Il n'y a pas de préréglage « {name} ». Préréglages : {choices}.</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>en attente</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>confirmée</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulée</translation>
        </message>
        <message>
            <source>Day and month cannot be told apart: choose the date format.</source>
            <translation>Impossible de distinguer le jour du mois : choisissez le format de date.</translation>
        </message>
        <message>
            <source>Choose the decimal separator.</source>
            <translation>Choisissez le séparateur décimal.</translation>
        </message>
        <message>
            <source>“{wording}” is not a status we know: map it.</source>
            <translation>« {wording} » n'est pas un statut connu : associez-le.</translation>
        </message>
        <message>
            <source>The separator must be a single character, not {value}.</source>
            <translation>Le séparateur doit être un seul caractère, pas {value}.</translation>
        </message>
        <message>
            <source>The quote character {value} cannot be used here.</source>
            <translation>Le guillemet {value} ne peut pas être utilisé ici.</translation>
        </message>
        <message>
            <source>The number of lines to skip cannot be negative.</source>
            <translation>Le nombre de lignes à ignorer ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>Unknown separator {value}: use one character, or tab, comma, semicolon.</source>
            <translation>Séparateur inconnu {value} : utilisez un caractère, ou tab, comma, semicolon.</translation>
        </message>
        <message>
            <source>Line {line} contains a NUL byte, which never belongs in a CSV file: the file is probably not text, or was read with the wrong encoding.</source>
            <translation>La ligne {line} contient un octet NUL, qui n'a jamais sa place dans un CSV : le fichier n'est probablement pas du texte, ou a été lu avec le mauvais encodage.</translation>
        </message>
        <message>
            <source>Unknown text encoding {value}.</source>
            <translation>Encodage de texte inconnu {value}.</translation>
        </message>
        <message>
            <source>Cannot tell which text encoding this file uses. Choose one: files saved by Excel on Windows are usually Windows-1252 (cp1252), or cp1250 / cp1251 for Polish / Russian.</source>
            <translation>Impossible de savoir quel encodage utilise ce fichier. Choisissez-en un : les fichiers enregistrés par Excel sous Windows sont en général en Windows-1252 (cp1252), ou cp1250 / cp1251 pour le polonais / le russe.</translation>
        </message>
        <message>
            <source>Line {line} cannot be read as {name}{byte}: the file uses another encoding; choose a different one.</source>
            <translation>La ligne {line} ne peut pas être lue en {name}{byte} : le fichier utilise un autre encodage ; choisissez-en un autre.</translation>
        </message>
        <message>
            <source>Line {start}: a cell opens a quote (") that is never closed, so everything after it would run together into one cell. Close the quote or remove it.</source>
            <translation>Ligne {start} : une cellule ouvre un guillemet (") jamais refermé, si bien que tout ce qui suit serait collé dans une seule cellule. Fermez le guillemet ou retirez-le.</translation>
        </message>
        <message>
            <source>Line {start}: a cell is longer than {limit} characters; usually a quote that is never closed.</source>
            <translation>Ligne {start} : une cellule dépasse {limit} caractères ; c'est souvent un guillemet jamais refermé.</translation>
        </message>
        <message>
            <source>Line {current}: a quote mark in the middle of a quoted cell. Inside a quoted cell a quote must be doubled ("").</source>
            <translation>Ligne {current} : un guillemet au milieu d'une cellule entre guillemets. Dans une cellule entre guillemets, un guillemet doit être doublé ("").</translation>
        </message>
        <message>
            <source>Line {current}: the line cannot be read as CSV ({error}).</source>
            <translation>Ligne {current} : la ligne ne peut pas être lue comme du CSV ({error}).</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Le fichier est vide.</translation>
        </message>
        <message>
            <source>This is an old Excel workbook (.xls): save it as .xlsx or CSV first.</source>
            <translation>C'est un ancien classeur Excel (.xls) : enregistrez-le d'abord en .xlsx ou CSV.</translation>
        </message>
        <message>
            <source>The workbook</source>
            <translation>Le classeur</translation>
        </message>
        <message>
            <source>This file looks like a zip archive but cannot be read as an Excel workbook (.xlsx): {reason}. Open it in a spreadsheet program and save it as .xlsx or CSV.</source>
            <translation>Ce fichier ressemble à une archive zip mais ne peut pas être lu comme un classeur Excel (.xlsx) : {reason}. Ouvrez-le dans un tableur et enregistrez-le en .xlsx ou CSV.</translation>
        </message>
        <message>
            <source>{file} holds {count} files inside; a workbook has a few dozen, and at most {limit} are read.</source>
            <translation>{file} contient {count} fichiers ; un classeur en a quelques dizaines, et {limit} au plus sont lus.</translation>
        </message>
        <message>
            <source>{file} unpacks to {size}, more than the {limit} a workbook may unpack to. Save the sheet you need as CSV and import that.</source>
            <translation>{file} occupe {size} une fois décompressé, plus que les {limit} permis pour un classeur. Enregistrez la feuille dont vous avez besoin en CSV et importez-la.</translation>
        </message>
        <message>
            <source>{file} is not a workbook a spreadsheet program wrote: its part {part} unpacks {ratio} times its size (at most {limit} times is accepted). It may be made to exhaust memory; it was not opened.</source>
            <translation>{file} n'est pas un classeur écrit par un tableur : sa partie {part} se décompresse à {ratio} fois sa taille (au plus {limit} fois est accepté). Il peut être conçu pour épuiser la mémoire ; il n'a pas été ouvert.</translation>
        </message>
        <message>
            <source>The sheet “{sheet}” of {file} holds more than {limit} of text, more than any list of orders: it was not imported.</source>
            <translation>La feuille « {sheet} » de {file} contient plus de {limit} de texte, plus que toute liste de commandes : elle n'a pas été importée.</translation>
        </message>
        <message>
            <source>This spreadsheet is not an Excel workbook: save it as .xlsx or CSV first.</source>
            <translation>Ce tableur n'est pas un classeur Excel : enregistrez-le d'abord en .xlsx ou CSV.</translation>
        </message>
        <message>
            <source>The workbook has no sheets.</source>
            <translation>Le classeur n'a aucune feuille.</translation>
        </message>
        <message>
            <source>The workbook has no sheet “{sheet}”; its sheets are: {choices}.</source>
            <translation>Le classeur n'a pas de feuille « {sheet} » ; ses feuilles sont : {choices}.</translation>
        </message>
        <message>
            <source>The sheet “{sheet}” cannot be read ({reason}); save the workbook again from your spreadsheet program.</source>
            <translation>La feuille « {sheet} » est illisible ({reason}) ; enregistrez de nouveau le classeur depuis votre tableur.</translation>
        </message>
        <message>
            <source>The file has no rows to import.</source>
            <translation>Le fichier n'a aucune ligne à importer.</translation>
        </message>
        <message>
            <source>Line {header_line} is blank or not in the first rows: it cannot be the header.</source>
            <translation>La ligne {header_line} est vide ou pas parmi les premières lignes : elle ne peut pas être l'en-tête.</translation>
        </message>
        <message>
            <source>“{status}” (for “{wording}”) is not a status: use pending, confirmed or cancelled.</source>
            <translation>« {status} » (pour « {wording} ») n'est pas un statut : utilisez pending, confirmed ou cancelled.</translation>
        </message>
        <message>
            <source>“{text}” is not a quantity like 1 or 2.</source>
            <translation>« {text} » n'est pas une quantité comme 1 ou 2.</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number of points.</source>
            <translation>« {text} » n'est pas un nombre entier de points.</translation>
        </message>
        <message>
            <source>“{text}” stands for more than one currency: write its code, such as JPY or CNY.</source>
            <translation>« {text} » désigne plusieurs devises : écrivez son code, comme JPY ou CNY.</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number of cents.</source>
            <translation>« {text} » n'est pas un nombre entier de centimes.</translation>
        </message>
        <message>
            <source>“{text}” is not a kind of activity: use review, visit, post, follow, bonus or adjustment.</source>
            <translation>« {text} » n'est pas un type d'activité : utilisez review, visit, post, follow, bonus ou adjustment.</translation>
        </message>
        <message>
            <source>The row has {count} cells but the header only {width}.</source>
            <translation>La ligne a {count} cellules mais l'en-tête seulement {width}.</translation>
        </message>
        <message>
            <source>The date is empty.</source>
            <translation>La date est vide.</translation>
        </message>
        <message>
            <source>The kind is empty: write review, visit, post, follow, bonus or adjustment.</source>
            <translation>Le type est vide : écrivez review, visit, post, follow, bonus ou adjustment.</translation>
        </message>
        <message>
            <source>The points are empty.</source>
            <translation>Les points sont vides.</translation>
        </message>
        <message>
            <source>Order {key}: “{here}” here but “{there}” on row {row}; the rows of one order must agree.</source>
            <translation>Commande {key} : « {here} » ici mais « {there} » à la ligne {row} ; les lignes d'une même commande doivent concorder.</translation>
        </message>
        <message>
            <source>Order {key} is not imported: see row {row}.</source>
            <translation>La commande {key} n'est pas importée : voir la ligne {row}.</translation>
        </message>
        <message>
            <source>The dates in “{column}” (such as {examples}) can be read day-first or month-first. Choose the date format: {choices}.</source>
            <translation>Les dates de « {column} » (comme {examples}) peuvent se lire jour d'abord ou mois d'abord. Choisissez le format de date : {choices}.</translation>
        </message>
        <message>
            <source>The amounts use both “.” and “,” as the decimal separator, so each amount was read on its own: a lone separator before three digits as thousands (“1,234” is 1234.00).</source>
            <translation>Les montants utilisent à la fois « . » et « , » comme séparateur décimal, donc chaque montant a été lu à part : un séparateur seul devant trois chiffres compte comme milliers (« 1,234 » vaut 1234,00).</translation>
        </message>
        <message>
            <source>The amounts in “{column}” (such as {examples}) can be read with “.” or with “,” as the decimal separator. Choose the decimal separator.</source>
            <translation>Les montants de « {column} » (comme {examples}) peuvent se lire avec « . » ou « , » comme séparateur décimal. Choisissez le séparateur décimal.</translation>
        </message>
        <message>
            <source>Column “{column}” was taken as {field}, but its values do not look like {kind}.</source>
            <translation>La colonne « {column} » a été prise comme {field}, mais ses valeurs ne ressemblent pas à {kind}.</translation>
        </message>
        <message>
            <source>Column “{column}” is mapped to an unknown field “{name}”.</source>
            <translation>La colonne « {column} » est associée à un champ inconnu « {name} ».</translation>
        </message>
        <message>
            <source>“{first}” and “{second}”</source>
            <translation>« {first} » et « {second} »</translation>
        </message>
        <message>
            <source>{columns} and “{column}”</source>
            <translation>{columns} et « {column} »</translation>
        </message>
        <message>
            <source>{field} is taken from two columns, {shown}: choose one.</source>
            <translation>{field} vient de deux colonnes, {shown} : choisissez-en une.</translation>
        </message>
        <message>
            <source>dates</source>
            <translation>des dates</translation>
        </message>
        <message>
            <source>amounts</source>
            <translation>des montants</translation>
        </message>
        <message>
            <source>whole numbers</source>
            <translation>des nombres entiers</translation>
        </message>
        <message>
            <source>statuses</source>
            <translation>des statuts</translation>
        </message>
        <message>
            <source>currencies</source>
            <translation>des devises</translation>
        </message>
        <message>
            <source>text</source>
            <translation>du texte</translation>
        </message>
        <message>
            <source>“{wording}” is not a status we know: map it to pending, confirmed or cancelled.</source>
            <translation>« {wording} » n'est pas un statut connu : associez-le à pending, confirmed ou cancelled.</translation>
        </message>
        <message>
            <source>The status is empty: fill it in, or choose a status for such orders.</source>
            <translation>Le statut est vide : remplissez-le, ou choisissez un statut pour ces commandes.</translation>
        </message>
        <message>
            <source>The order date is empty.</source>
            <translation>La date de commande est vide.</translation>
        </message>
        <message>
            <source>The amount is in {value} but the currency column says {cell}.</source>
            <translation>Le montant est en {value}, mais la colonne de devise indique {cell}.</translation>
        </message>
        <message>
            <source>The amounts of this row are in different currencies ({choices}).</source>
            <translation>Les montants de cette ligne sont dans des devises différentes ({choices}).</translation>
        </message>
        <message>
            <source>“¥” and “kr” each stand for several currencies: add a currency column, or choose the file's currency.</source>
            <translation>« ¥ » et « kr » désignent chacun plusieurs devises : ajoutez une colonne de devise, ou choisissez la devise du fichier.</translation>
        </message>
        <message>
            <source>This JSON file is not UTF-8 text.</source>
            <translation>Ce fichier JSON n'est pas du texte UTF-8.</translation>
        </message>
        <message>
            <source>This is not valid JSON: {reason} at line {line}, column {column}.</source>
            <translation>Ce n'est pas du JSON valide : {reason} à la ligne {line}, colonne {column}.</translation>
        </message>
        <message>
            <source>This JSON file is nested too deeply to be a list of records.</source>
            <translation>Ce fichier JSON est trop imbriqué pour être une liste d'enregistrements.</translation>
        </message>
        <message>
            <source>This JSON file holds no list of records (objects with the same keys) to import.</source>
            <translation>Ce fichier JSON ne contient aucune liste d'enregistrements (objets aux mêmes clés) à importer.</translation>
        </message>
    </context>
    <context>
        <name>ImportCounts</name>
        <message>
            <source>1 order</source>
            <translation>1 commande</translation>
        </message>
        <message numerus="yes">
            <source>%Ln orders</source>
            <translation>
                <numerusform>%Ln commande</numerusform>
                <numerusform>%Ln commandes</numerusform>
            </translation>
        </message>
        <message>
            <source>1 activity</source>
            <translation>1 activité</translation>
        </message>
        <message numerus="yes">
            <source>%Ln activities</source>
            <translation>
                <numerusform>%Ln activité</numerusform>
                <numerusform>%Ln activités</numerusform>
            </translation>
        </message>
        <message>
            <source>1 history row</source>
            <translation>1 ligne d'historique</translation>
        </message>
        <message numerus="yes">
            <source>%Ln history rows</source>
            <translation>
                <numerusform>%Ln ligne d'historique</numerusform>
                <numerusform>%Ln lignes d'historique</numerusform>
            </translation>
        </message>
        <message>
            <source>1 promotion</source>
            <translation>1 promotion</translation>
        </message>
        <message numerus="yes">
            <source>%Ln promotions</source>
            <translation>
                <numerusform>%Ln promotion</numerusform>
                <numerusform>%Ln promotions</numerusform>
            </translation>
        </message>
        <message>
            <source>1 record</source>
            <translation>1 enregistrement</translation>
        </message>
        <message numerus="yes">
            <source>%Ln records</source>
            <translation>
                <numerusform>%Ln enregistrement</numerusform>
                <numerusform>%Ln enregistrements</numerusform>
            </translation>
        </message>
        <message>
            <source>1 row</source>
            <translation>1 ligne</translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows</source>
            <translation>
                <numerusform>%Ln ligne</numerusform>
                <numerusform>%Ln lignes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import orders or activity</source>
            <translation>Importer des commandes ou de l'activité</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}.</source>
            <translation>Impossible de lire {file} : {reason}.</translation>
        </message>
        <message>
            <source>This file was imported before, on {when} (batch {batch}): orders already recorded are left out.</source>
            <translation>Ce fichier a déjà été importé le {when} (lot {batch}) : les commandes déjà enregistrées sont ignorées.</translation>
        </message>
        <message>
            <source>It looks like: {preset}.</source>
            <translation>Il ressemble à : {preset}.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{file}&lt;/b&gt; — {size}.</source>
            <translation>&lt;b&gt;{file}&lt;/b&gt; — {size}.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Colonnes</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>{file} cannot be written: {reason}.</source>
            <translation>Impossible d'écrire {file} : {reason}.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was changed.</source>
            <translation>L'importation a été annulée ; rien n'a changé.</translation>
        </message>
        <message>
            <source>Nothing was imported: {problem}</source>
            <translation>Rien n'a été importé : {problem}</translation>
        </message>
        <message>
            <source>The import could not be undone: {problem}</source>
            <translation>L'importation n'a pas pu être annulée : {problem}</translation>
        </message>
        <message>
            <source>Removed everything this import added ({what}). Orders it updated keep their new values.</source>
            <translation>Tout ce que cette importation avait ajouté a été retiré ({what}). Les commandes qu'elle a mises à jour gardent leurs nouvelles valeurs.</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>rien</translation>
        </message>
        <message>
            <source>Some amounts are in a currency with no exchange rate for their dates. Give the US$ that one unit was worth, so they count; it is saved as your rate (Settings ▸ Currencies).</source>
            <translation>Certains montants sont dans une devise sans taux de change pour leurs dates. Indiquez combien d'US$ valait une unité pour qu'ils comptent ; il est enregistré comme votre taux (Paramètres ▸ Devises).</translation>
        </message>
        <message>
            <source>US$ for 1 {currency}, e.g. 0.011</source>
            <translation>US$ pour 1 {currency}, p. ex. 0.011</translation>
        </message>
        <message>
            <source>Exchange rate for {currency}</source>
            <translation>Taux de change pour {currency}</translation>
        </message>
        <message>
            <source>Orders in {currency}: {count} ({amount})</source>
            <translation>Commandes en {currency} : {count} ({amount})</translation>
        </message>
        <message>
            <source>Review prices in {currency}: {count} ({amount})</source>
            <translation>Prix d'avis en {currency} : {count} ({amount})</translation>
        </message>
        <message>
            <source>the ECB's rates stop on {date}; yours applies from {start} on</source>
            <translation>les taux de la BCE s'arrêtent le {date} ; le vôtre s'applique à partir du {start}</translation>
        </message>
        <message>
            <source>the ECB has no rate for it</source>
            <translation>la BCE n'a pas de taux pour elle</translation>
        </message>
        <message>
            <source>The rate for {currency} should be a number above 0, like 0.011.</source>
            <translation>Le taux pour {currency} doit être un nombre supérieur à 0, comme 0.011.</translation>
        </message>
    </context>
    <context>
        <name>ImportFields</name>
        <message>
            <source>parent order number</source>
            <translation>numéro de la commande principale</translation>
        </message>
        <message>
            <source>end reason</source>
            <translation>motif de fin</translation>
        </message>
        <message>
            <source>description</source>
            <translation>description</translation>
        </message>
        <message>
            <source>order number</source>
            <translation>numéro de commande</translation>
        </message>
        <message>
            <source>order date</source>
            <translation>date de commande</translation>
        </message>
        <message>
            <source>payment date</source>
            <translation>date de paiement</translation>
        </message>
        <message>
            <source>status</source>
            <translation>statut</translation>
        </message>
        <message>
            <source>confirmation date</source>
            <translation>date de confirmation</translation>
        </message>
        <message>
            <source>item title</source>
            <translation>titre de l'article</translation>
        </message>
        <message>
            <source>product ID</source>
            <translation>ID du produit</translation>
        </message>
        <message>
            <source>category</source>
            <translation>catégorie</translation>
        </message>
        <message>
            <source>quantity</source>
            <translation>quantité</translation>
        </message>
        <message>
            <source>unit price</source>
            <translation>prix unitaire</translation>
        </message>
        <message>
            <source>line total</source>
            <translation>total de ligne</translation>
        </message>
        <message>
            <source>order total</source>
            <translation>total de commande</translation>
        </message>
        <message>
            <source>discount</source>
            <translation>remise</translation>
        </message>
        <message>
            <source>shipping</source>
            <translation>livraison</translation>
        </message>
        <message>
            <source>refund</source>
            <translation>remboursement</translation>
        </message>
        <message>
            <source>refund date</source>
            <translation>date de remboursement</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>devise</translation>
        </message>
        <message>
            <source>store</source>
            <translation>boutique</translation>
        </message>
        <message>
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>type</translation>
        </message>
        <message>
            <source>points</source>
            <translation>points</translation>
        </message>
        <message>
            <source>item price</source>
            <translation>prix de l'article</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
    </context>
    <context>
        <name>ImportsPage</name>
        <message>
            <source>Imported</source>
            <translation>Importé</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Read as</source>
            <translation>Lu comme</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouveaux</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Mis à jour</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Ignorés</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Refusés</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Données de démonstration</translation>
        </message>
        <message>
            <source>Batch {batch}: {file}, {kind}</source>
            <translation>Lot {batch} : {file}, {kind}</translation>
        </message>
        <message>
            <source>No imports yet. Import a file from the File menu, or drop one on the window.</source>
            <translation>Aucune importation pour l'instant. Importez un fichier depuis le menu Fichier, ou déposez-en un sur la fenêtre.</translation>
        </message>
        <message>
            <source>Undo import</source>
            <translation>Annuler l'importation</translation>
        </message>
        <message>
            <source>Every import can be undone as a whole: it removes exactly what that import added.</source>
            <translation>Chaque importation peut être annulée en bloc : cela retire exactement ce qu'elle a ajouté.</translation>
        </message>
        <message numerus="yes">
            <source>Remove everything the import of {file} on {when} added (%Ln new records)? Orders it only updated keep their new values.</source>
            <translation>
                <numerusform>Retirer tout ce que l'importation de {file} du {when} a ajouté (%Ln nouvel enregistrement) ? Les commandes qu'elle a seulement mises à jour gardent leurs nouvelles valeurs.</numerusform>
                <numerusform>Retirer tout ce que l'importation de {file} du {when} a ajouté (%Ln nouveaux enregistrements) ? Les commandes qu'elle a seulement mises à jour gardent leurs nouvelles valeurs.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed the import of {file}: %Ln records.</source>
            <translation>
                <numerusform>Importation de {file} retirée : %Ln enregistrement.</numerusform>
                <numerusform>Importation de {file} retirée : %Ln enregistrements.</numerusform>
            </translation>
        </message>
        <message>
            <source>orders</source>
            <translation>commandes</translation>
        </message>
        <message>
            <source>activity</source>
            <translation>activité</translation>
        </message>
        <message>
            <source>points history</source>
            <translation>historique des points</translation>
        </message>
        <message>
            <source>refunds</source>
            <translation>remboursements</translation>
        </message>
        <message>
            <source>demo data</source>
            <translation>données de démonstration</translation>
        </message>
    </context>
    <context>
        <name>ItemRow</name>
        <message>
            <source>What you bought</source>
            <translation>Ce que vous avez acheté</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Facultatif</translation>
        </message>
    </context>
    <context>
        <name>ItemsEditor</name>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Product id</source>
            <translation>ID du produit</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Qté</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Prix unitaire</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>{field} of item {number}</source>
            <translation>{field} de l'article {number}</translation>
        </message>
        <message>
            <source>Remove item {number}</source>
            <translation>Retirer l'article {number}</translation>
        </message>
        <message>
            <source>Enter the item's price</source>
            <translation>Indiquez le prix de l'article</translation>
        </message>
        <message>
            <source>&amp;Add item</source>
            <translation>A&amp;jouter un article</translation>
        </message>
        <message>
            <source>Unit price {currency}</source>
            <translation>Prix unitaire {currency}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Add &amp;order…</source>
            <translation>Ajouter une &amp;commande…</translation>
        </message>
        <message>
            <source>Add Club &amp;post…</source>
            <translation>Ajouter une &amp;publication dans le Club…</translation>
        </message>
        <message>
            <source>Add store &amp;follow…</source>
            <translation>Ajouter un abonnement à une &amp;boutique…</translation>
        </message>
        <message>
            <source>Add &amp;bonus or adjustment…</source>
            <translation>Ajouter un bon&amp;us ou un ajustement…</translation>
        </message>
        <message>
            <source>Add pro&amp;motion…</source>
            <translation>Ajouter une pro&amp;motion…</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;Nouvelle base de données…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Ouvrir une base de données…</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>&amp;Importer un fichier…</translation>
        </message>
        <message>
            <source>Import orders or activity from a CSV or Excel file; you can also drop a file on the window.</source>
            <translation>Importer des commandes ou de l'activité depuis un fichier CSV ou Excel ; vous pouvez aussi déposer un fichier sur la fenêtre.</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporter…</translation>
        </message>
        <message>
            <source>&amp;Back up…</source>
            <translation>&amp;Sauvegarder…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restaurer une sauvegarde…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>Add order</source>
            <translation>Ajouter une commande</translation>
        </message>
        <message>
            <source>&amp;Visited today</source>
            <translation>&amp;Visité aujourd'hui</translation>
        </message>
        <message>
            <source>Record today's Member Center visit.</source>
            <translation>Enregistrer la visite du jour à l'Espace membre.</translation>
        </message>
        <message>
            <source>Visits &amp;calendar…</source>
            <translation>Calen&amp;drier des visites…</translation>
        </message>
        <message>
            <source>Check against &amp;AliExpress…</source>
            <translation>Vérifier avec AliE&amp;xpress…</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Vérifier</translation>
        </message>
        <message>
            <source>Compare your figures with the points the Member Center shows.</source>
            <translation>Comparez vos chiffres avec les points qu'affiche l'Espace membre.</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>Paramè&amp;tres…</translation>
        </message>
        <message>
            <source>&amp;How points work</source>
            <translation>&amp;Comment fonctionnent les points</translation>
        </message>
        <message>
            <source>&amp;About Points Tracker</source>
            <translation>À &amp;propos de Points Tracker</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;ide</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barre d'outils principale</translation>
        </message>
        <message>
            <source>Visited today</source>
            <translation>Visité aujourd'hui</translation>
        </message>
        <message>
            <source>Check against AliExpress</source>
            <translation>Vérifier avec AliExpress</translation>
        </message>
        <message>
            <source>{action} ({shortcut})</source>
            <translation>{action} ({shortcut})</translation>
        </message>
        <message numerus="yes">
            <source>%Ln new</source>
            <translation>
                <numerusform>%Ln nouveau</numerusform>
                <numerusform>%Ln nouveaux</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln updated</source>
            <translation>
                <numerusform>%Ln mis à jour</numerusform>
                <numerusform>%Ln mis à jour</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported {file}: {new}, {updated}.</source>
            <translation>{file} importé : {new}, {updated}.</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation>Impossible d'ouvrir la base de données</translation>
        </message>
        <message>
            <source>Opened {file}.</source>
            <translation>{file} ouvert.</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Nouvelle base de données</translation>
        </message>
        <message>
            <source>Points Tracker databases (*.sqlite3)</source>
            <translation>Bases de données Points Tracker (*.sqlite3)</translation>
        </message>
        <message>
            <source>{file} already exists. Choose another name, or use Open database to open it.</source>
            <translation>{file} existe déjà. Choisissez un autre nom, ou utilisez Ouvrir une base de données pour l'ouvrir.</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Ouvrir une base de données</translation>
        </message>
        <message>
            <source>Points Tracker databases (*.sqlite3 *.db);;All files (*)</source>
            <translation>Bases de données Points Tracker (*.sqlite3 *.db);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Export to folder</source>
            <translation>Exporter vers le dossier</translation>
        </message>
        <message>
            <source>{files} already in {folder} will be replaced.</source>
            <translation>{files}, déjà dans {folder}, seront remplacés.</translation>
        </message>
        <message>
            <source>&amp;Undo {action}</source>
            <translation>&amp;Annuler : {action}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo {action}</source>
            <translation>&amp;Rétablir : {action}</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>Undone: {action}.</source>
            <translation>Annulé : {action}.</translation>
        </message>
        <message>
            <source>Redone: {action}.</source>
            <translation>Rétabli : {action}.</translation>
        </message>
        <message>
            <source>Visit recorded for {date}</source>
            <translation>Visite enregistrée pour le {date}</translation>
        </message>
        <message>
            <source>Add r&amp;eview…</source>
            <translation>Ajouter un av&amp;is…</translation>
        </message>
        <message>
            <source>Today's visit is already recorded</source>
            <translation>La visite du jour est déjà enregistrée</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>À propos de {app}</translation>
        </message>
        <message>
            <source>Version {version} · Python {python} · Qt {qt}</source>
            <translation>Version {version} · Python {python} · Qt {qt}</translation>
        </message>
        <message>
            <source>Your own record of AliExpress member points: your tier, when it lapses and what to spend to keep it.</source>
            <translation>Votre propre relevé de points de membre AliExpress : votre niveau, quand il expire et combien dépenser pour le garder.</translation>
        </message>
        <message>
            <source>Your records are kept on this computer, in:</source>
            <translation>Vos données sont conservées sur cet ordinateur, dans :</translation>
        </message>
        <message>
            <source>Rule set: {name}</source>
            <translation>Jeu de règles : {name}</translation>
        </message>
        <message>
            <source>Free software under the MIT licence. Points Tracker is not made by or connected with AliExpress.</source>
            <translation>Logiciel libre sous licence MIT. Points Tracker n'est ni conçu par AliExpress ni lié à AliExpress.</translation>
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
            <translation>« {text} » n'est pas un montant : tapez-le comme {example}</translation>
        </message>
        <message>
            <source>This amount is in {currency}; type it in {wanted} here</source>
            <translation>Ce montant est en {currency} ; saisissez-le ici en {wanted}</translation>
        </message>
        <message>
            <source>“{symbol}” is not a currency this box takes; type an amount like {example}</source>
            <translation>« {symbol} » n'est pas une devise acceptée ici ; tapez un montant comme {example}</translation>
        </message>
    </context>
    <context>
        <name>Opening</name>
        <message>
            <source>Today's automatic backup was not made: {error}</source>
            <translation>La sauvegarde automatique du jour n'a pas été faite : {error}</translation>
        </message>
        <message>
            <source>{problem}

Restore the backup {backup}? Records added after it was made are not in it. The damaged file is kept aside, not deleted.</source>
            <translation>{problem}

Restaurer la sauvegarde {backup} ? Les données ajoutées après sa création n'y figurent pas. Le fichier endommagé est mis de côté, pas supprimé.</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <source>Set</source>
            <translation>Définie</translation>
        </message>
        <message>
            <source>{name} is set</source>
            <translation>{name} définie</translation>
        </message>
    </context>
    <context>
        <name>OrderForm</name>
        <message>
            <source>Pending</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmée</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <source>A cancelled order earns no points.</source>
            <translation>Une commande annulée ne rapporte aucun point.</translation>
        </message>
        <message>
            <source>No points until {currency} has an exchange rate for the order's date.</source>
            <translation>Aucun point tant que {currency} n'a pas de taux de change à la date de la commande.</translation>
        </message>
        <message>
            <source>This order will earn 1 point</source>
            <translation>Cette commande rapportera 1 point</translation>
        </message>
        <message>
            <source>This order earns 1 point</source>
            <translation>Cette commande rapporte 1 point</translation>
        </message>
        <message numerus="yes">
            <source>This order will earn %n points</source>
            <translation>
                <numerusform>Cette commande rapportera %n point</numerusform>
                <numerusform>Cette commande rapportera %n points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This order earns %n points</source>
            <translation>
                <numerusform>Cette commande rapporte %n point</numerusform>
                <numerusform>Cette commande rapporte %n points</numerusform>
            </translation>
        </message>
        <message>
            <source> when you confirm receipt</source>
            <translation> à la confirmation de réception</translation>
        </message>
        <message>
            <source>, plus a {points}-point bonus for its day ({rules})</source>
            <translation>, plus un bonus de {points} points pour sa journée ({rules})</translation>
        </message>
        <message>
            <source>Optional, e.g. 8100123456789012</source>
            <translation>Facultatif, par ex. 8100123456789012</translation>
        </message>
        <message>
            <source>Order &amp;no.:</source>
            <translation>&amp;N° de commande :</translation>
        </message>
        <message>
            <source>Order &amp;date:</source>
            <translation>&amp;Date de commande :</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Facultatif</translation>
        </message>
        <message>
            <source>S&amp;tore:</source>
            <translation>&amp;Boutique :</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Statut :</translation>
        </message>
        <message>
            <source>confirmation date</source>
            <translation>date de confirmation</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Inconnue</translation>
        </message>
        <message>
            <source>Leave unknown if you do not remember: the points are then estimated</source>
            <translation>Laissez inconnue si vous ne vous en souvenez pas : les points sont alors estimés</translation>
        </message>
        <message>
            <source>&amp;Confirmed on:</source>
            <translation>&amp;Confirmée le :</translation>
        </message>
        <message>
            <source>expected confirmation</source>
            <translation>confirmation prévue</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatique</translation>
        </message>
        <message numerus="yes">
            <source>Automatic: %n days after the order date (see Settings)</source>
            <translation>
                <numerusform>Automatique : %n jour après la date de commande (voir Paramètres)</numerusform>
                <numerusform>Automatique : %n jours après la date de commande (voir Paramètres)</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Expected by:</source>
            <translation>&amp;Attendue le :</translation>
        </message>
        <message>
            <source>The currency you paid in: type the prices below in it, as they were charged</source>
            <translation>La devise dans laquelle vous avez payé : saisissez les prix ci-dessous dans cette devise, tels qu'ils ont été débités</translation>
        </message>
        <message>
            <source>C&amp;urrency paid:</source>
            <translation>De&amp;vise payée :</translation>
        </message>
        <message>
            <source>Items:</source>
            <translation>Articles :</translation>
        </message>
        <message>
            <source>on</source>
            <translation>le</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>N&amp;ote :</translation>
        </message>
        <message>
            <source>Total:</source>
            <translation>Total :</translation>
        </message>
        <message>
            <source>In US$:</source>
            <translation>En US$ :</translation>
        </message>
        <message>
            <source>Points this order earns</source>
            <translation>Points que rapporte cette commande</translation>
        </message>
        <message>
            <source>Points:</source>
            <translation>Points :</translation>
        </message>
        <message>
            <source>D&amp;iscount {currency}:</source>
            <translation>&amp;Remise {currency} :</translation>
        </message>
        <message>
            <source>S&amp;hipping {currency}:</source>
            <translation>&amp;Livraison {currency} :</translation>
        </message>
        <message>
            <source>&amp;Refund {currency}:</source>
            <translation>Re&amp;mboursement {currency} :</translation>
        </message>
        <message>
            <source>items {amount}</source>
            <translation>articles {amount}</translation>
        </message>
        <message>
            <source>− discount {amount}</source>
            <translation>− remise {amount}</translation>
        </message>
        <message>
            <source>+ shipping {amount}</source>
            <translation>+ livraison {amount}</translation>
        </message>
        <message>
            <source>{total} ({parts})</source>
            <translation>{total} ({parts})</translation>
        </message>
        <message>
            <source>Points are shown once the order is complete.</source>
            <translation>Les points s'affichent une fois la commande complète.</translation>
        </message>
        <message>
            <source>Set a r&amp;ate…</source>
            <translation>Saisir un &amp;taux…</translation>
        </message>
        <message>
            <source>Give the rate in Settings ▸ Currencies</source>
            <translation>Indiquez le taux dans Paramètres ▸ Devises</translation>
        </message>
        <message>
            <source>No rate for {currency} on {date} — set one, or this order earns no points.</source>
            <translation>Pas de taux pour {currency} au {date} : saisissez-en un, sinon cette commande ne rapporte aucun point.</translation>
        </message>
        <message>
            <source>1 {currency} = {rate} US$ ({source})</source>
            <translation>1 {currency} = {rate} US$ ({source})</translation>
        </message>
        <message>
            <source>Paid {amount} in all; the amounts above are in US$.</source>
            <translation>Payé {amount} au total ; les montants ci-dessus sont en US$.</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Commandes</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Avis</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activité</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Graphiques</translation>
        </message>
        <message>
            <source>Imports</source>
            <translation>Importations</translation>
        </message>
    </context>
    <context>
        <name>PlannerPanel</name>
        <message>
            <source>What if…</source>
            <translation>Et si…</translation>
        </message>
        <message>
            <source>&amp;Tier to keep or reach</source>
            <translation>&amp;Niveau à garder ou à atteindre</translation>
        </message>
        <message>
            <source>Tier to keep or reach</source>
            <translation>Niveau à garder ou à atteindre</translation>
        </message>
        <message>
            <source>C&amp;lear the plan</source>
            <translation>&amp;Effacer le plan</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>Spend $</source>
            <translation>Dépense $</translation>
        </message>
        <message>
            <source>What you mean to spend on orders that month (in US dollars, after discounts)</source>
            <translation>Ce que vous comptez dépenser en commandes ce mois-là (en dollars US, après remises)</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visites</translation>
        </message>
        <message>
            <source>Days you visit the Member Center that month</source>
            <translation>Jours de visite à l'Espace membre ce mois-là</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Avis</translation>
        </message>
        <message>
            <source>Reviews you write that month</source>
            <translation>Avis que vous écrivez ce mois-là</translation>
        </message>
        <message>
            <source>Each month</source>
            <translation>Chaque mois</translation>
        </message>
        <message>
            <source>Type here to fill every month below</source>
            <translation>Saisissez ici pour remplir tous les mois ci-dessous</translation>
        </message>
        <message>
            <source>Spend, {month}</source>
            <translation>Dépense, {month}</translation>
        </message>
        <message>
            <source>Visits, {month}</source>
            <translation>Visites, {month}</translation>
        </message>
        <message>
            <source>Reviews, {month}</source>
            <translation>Avis, {month}</translation>
        </message>
        <message>
            <source>A purchase on a date</source>
            <translation>Un achat à une date</translation>
        </message>
        <message>
            <source>Purchase date</source>
            <translation>Date d'achat</translation>
        </message>
        <message>
            <source>Purchase amount</source>
            <translation>Montant de l'achat</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <source>Planned purchases</source>
            <translation>Achats prévus</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>{tier} (now)</source>
            <translation>{tier} (actuel)</translation>
        </message>
        <message>
            <source>Your records are loading…</source>
            <translation>Chargement de vos données…</translation>
        </message>
        <message numerus="yes">
            <source>Each month's spend is bought on its 1st (this month's tomorrow), in orders of up to {amount}, and counts once confirmed, %n days later.</source>
            <translation>
                <numerusform>La dépense de chaque mois est faite le 1er (demain pour ce mois-ci), en commandes d'au plus {amount}, et compte une fois confirmée, %n jour plus tard.</numerusform>
                <numerusform>La dépense de chaque mois est faite le 1er (demain pour ce mois-ci), en commandes d'au plus {amount}, et compte une fois confirmée, %n jours plus tard.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Each month's spend is bought on its 1st (this month's tomorrow) and counts once confirmed, %n days later.</source>
            <translation>
                <numerusform>La dépense de chaque mois est faite le 1er (demain pour ce mois-ci) et compte une fois confirmée, %n jour plus tard.</numerusform>
                <numerusform>La dépense de chaque mois est faite le 1er (demain pour ce mois-ci) et compte une fois confirmée, %n jours plus tard.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Visits count up to %n a month.</source>
            <translation>
                <numerusform>Les visites comptent jusqu'à %n par mois.</numerusform>
                <numerusform>Les visites comptent jusqu'à %n par mois.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Planning</name>
        <message>
            <source>{tier} from {date}.</source>
            <translation>{tier} à partir du {date}.</translation>
        </message>
        <message>
            <source>{tier} holds until {date}, then {lower}.</source>
            <translation>{tier} tient jusqu'au {date}, puis {lower}.</translation>
        </message>
        <message>
            <source>{next} from {date}.</source>
            <translation>{next} à partir du {date}.</translation>
        </message>
        <message>
            <source>{tier} holds, and {next} from {date}.</source>
            <translation>{tier} tient, et {next} à partir du {date}.</translation>
        </message>
        <message>
            <source>you stay {tier}.</source>
            <translation>vous restez {tier}.</translation>
        </message>
        <message>
            <source>{tier} holds for the coming 12 months.</source>
            <translation>{tier} tient pour les 12 prochains mois.</translation>
        </message>
        <message>
            <source>As things stand: {outlook}</source>
            <translation>En l'état : {outlook}</translation>
        </message>
        <message>
            <source>With this plan: {outlook}</source>
            <translation>Avec ce plan : {outlook}</translation>
        </message>
        <message>
            <source>That is enough to keep {tier} at every recalculation.</source>
            <translation>Cela suffit pour garder {tier} à chaque recalcul.</translation>
        </message>
        <message>
            <source>Still needed: {plan}</source>
            <translation>Il faut encore : {plan}</translation>
        </message>
        <message>
            <source>{tier} then holds for the rest of the coming 12 months.</source>
            <translation>{tier} tient ensuite pour le reste des 12 prochains mois.</translation>
        </message>
        <message>
            <source>Keeping it then takes {total} more {last}.</source>
            <translation>Le garder ensuite demande {total} de plus {last}.</translation>
        </message>
        <message>
            <source>Then {total} more {last}.</source>
            <translation>Puis {total} de plus {last}.</translation>
        </message>
        <message numerus="yes">
            <source>Keeping it then takes {total} more {last}, over %n purchases.</source>
            <translation>
                <numerusform>Le garder ensuite demande {total} de plus {last}, en %n achat.</numerusform>
                <numerusform>Le garder ensuite demande {total} de plus {last}, en %n achats.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Then {total} more {last}, over %n purchases.</source>
            <translation>
                <numerusform>Puis {total} de plus {last}, en %n achat.</numerusform>
                <numerusform>Puis {total} de plus {last}, en %n achats.</numerusform>
            </translation>
        </message>
        <message>
            <source>To keep {tier} after that, also spend {amount} {when}.</source>
            <translation>Pour garder {tier} ensuite, dépensez aussi {amount} {when}.</translation>
        </message>
        <message>
            <source>To reach {tier} on {date}, also spend {amount} {when}.</source>
            <translation>Pour atteindre {tier} le {date}, dépensez aussi {amount} {when}.</translation>
        </message>
        <message>
            <source>Type what you mean to spend, and how often you visit and review, month by month.</source>
            <translation>Indiquez ce que vous comptez dépenser, et combien de visites et d'avis, mois par mois.</translation>
        </message>
        <message>
            <source>{amount} of orders</source>
            <translation>{amount} de commandes</translation>
        </message>
        <message>
            <source>1 visit</source>
            <translation>1 visite</translation>
        </message>
        <message numerus="yes">
            <source>%n visits</source>
            <translation>
                <numerusform>%n visite</numerusform>
                <numerusform>%n visites</numerusform>
            </translation>
        </message>
        <message>
            <source>1 review</source>
            <translation>1 avis</translation>
        </message>
        <message numerus="yes">
            <source>%n reviews</source>
            <translation>
                <numerusform>%n avis</numerusform>
                <numerusform>%n avis</numerusform>
            </translation>
        </message>
        <message>
            <source>{list} and {last}</source>
            <translation>{list} et {last}</translation>
        </message>
        <message>
            <source>This plan: {what}, earning {points} points by the end of {month}.</source>
            <translation>Ce plan : {what}, soit {points} points gagnés d'ici la fin de {month}.</translation>
        </message>
    </context>
    <context>
        <name>PostForm</name>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>Optional: what it was about</source>
            <translation>Facultatif : de quoi il s'agissait</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note :</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
    </context>
    <context>
        <name>ProgressPage</name>
        <message>
            <source>Cancel import</source>
            <translation>Annuler l'importation</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Importation</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importation…</translation>
        </message>
        <message>
            <source>Importing… {done} of {total} records written.</source>
            <translation>Importation… {done} sur {total} enregistrements écrits.</translation>
        </message>
    </context>
    <context>
        <name>PromotionForm</name>
        <message>
            <source>e.g. 11.11 Global Shopping Festival</source>
            <translation>par ex. 11.11 Global Shopping Festival</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Au :</translation>
        </message>
        <message>
            <source>e.g. 2 or 1.5</source>
            <translation>par ex. 2 ou 1,5</translation>
        </message>
        <message>
            <source>Orders placed in these days earn their shopping points times this</source>
            <translation>Les commandes passées pendant ces jours gagnent leurs points d'achat multipliés par ce nombre</translation>
        </message>
        <message>
            <source>&amp;Multiplier:</source>
            <translation>&amp;Multiplicateur :</translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <source>Import a file</source>
            <translation>Importer un fichier</translation>
        </message>
        <message>
            <source>Save the rejected rows</source>
            <translation>Enregistrer les lignes refusées</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>Questions</name>
        <message>
            <source>Delete {what}?

You can take this back with Edit ▸ Undo.</source>
            <translation>Supprimer {what} ?

Vous pouvez revenir en arrière avec Édition ▸ Annuler.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Garder</translation>
        </message>
        <message>
            <source>Undo import</source>
            <translation>Annuler l'importation</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Remplacer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Change the language</source>
            <translation>Changer de langue</translation>
        </message>
        <message>
            <source>Points Tracker speaks {language} from its next start. Restart it now?</source>
            <translation>Points Tracker sera en {language} à son prochain démarrage. Le redémarrer maintenant ?</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>Redémarrer maintenant</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Plus tard</translation>
        </message>
        <message>
            <source>Do not restore</source>
            <translation>Ne pas restaurer</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
    </context>
    <context>
        <name>RecordPage</name>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Au :</translation>
        </message>
        <message>
            <source>Nothing matches the search and dates.</source>
            <translation>Rien ne correspond à la recherche et aux dates.</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>Suppression impossible</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>Add order</source>
            <translation>Ajouter une commande</translation>
        </message>
        <message>
            <source>Edit order</source>
            <translation>Modifier la commande</translation>
        </message>
        <message>
            <source>Delete order</source>
            <translation>Supprimer la commande</translation>
        </message>
        <message>
            <source>Delete order?</source>
            <translation>Supprimer la commande ?</translation>
        </message>
        <message>
            <source>Cannot save the order</source>
            <translation>Impossible d'enregistrer la commande</translation>
        </message>
        <message>
            <source>Cannot open the order</source>
            <translation>Impossible d'ouvrir la commande</translation>
        </message>
        <message>
            <source>&amp;Add order…</source>
            <translation>&amp;Ajouter une commande…</translation>
        </message>
        <message>
            <source>Search orders</source>
            <translation>Rechercher des commandes</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Commandes</translation>
        </message>
        <message>
            <source>Order added.</source>
            <translation>Commande ajoutée.</translation>
        </message>
        <message>
            <source>Order saved.</source>
            <translation>Commande enregistrée.</translation>
        </message>
        <message>
            <source>No orders yet. Add one with Add order, or bring in your AliExpress orders with File ▸ Import a file.</source>
            <translation>Pas encore de commandes. Ajoutez-en une avec Ajouter une commande, ou reprenez vos commandes AliExpress avec Fichier ▸ Importer un fichier.</translation>
        </message>
        <message>
            <source>Add review</source>
            <translation>Ajouter un avis</translation>
        </message>
        <message>
            <source>Edit review</source>
            <translation>Modifier l'avis</translation>
        </message>
        <message>
            <source>Delete review</source>
            <translation>Supprimer l'avis</translation>
        </message>
        <message>
            <source>Delete review?</source>
            <translation>Supprimer l'avis ?</translation>
        </message>
        <message>
            <source>Cannot save the review</source>
            <translation>Impossible d'enregistrer l'avis</translation>
        </message>
        <message>
            <source>Cannot open the review</source>
            <translation>Impossible d'ouvrir l'avis</translation>
        </message>
        <message>
            <source>&amp;Add review…</source>
            <translation>&amp;Ajouter un avis…</translation>
        </message>
        <message>
            <source>Search reviews</source>
            <translation>Rechercher des avis</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Avis</translation>
        </message>
        <message>
            <source>Review added.</source>
            <translation>Avis ajouté.</translation>
        </message>
        <message>
            <source>Review saved.</source>
            <translation>Avis enregistré.</translation>
        </message>
        <message>
            <source>No reviews yet. Add one with Add review when you review a product: reviews of items over $2 earn a point.</source>
            <translation>Pas encore d'avis. Ajoutez-en un avec Ajouter un avis quand vous évaluez un produit : l'avis sur un article de plus de 2 $ rapporte un point.</translation>
        </message>
        <message>
            <source>Add visit</source>
            <translation>Ajouter une visite</translation>
        </message>
        <message>
            <source>Edit visit</source>
            <translation>Modifier la visite</translation>
        </message>
        <message>
            <source>Delete visit</source>
            <translation>Supprimer la visite</translation>
        </message>
        <message>
            <source>Delete visit?</source>
            <translation>Supprimer la visite ?</translation>
        </message>
        <message>
            <source>Cannot save the visit</source>
            <translation>Impossible d'enregistrer la visite</translation>
        </message>
        <message>
            <source>Cannot open the visit</source>
            <translation>Impossible d'ouvrir la visite</translation>
        </message>
        <message>
            <source>&amp;Add visit…</source>
            <translation>&amp;Ajouter une visite…</translation>
        </message>
        <message>
            <source>Search visits</source>
            <translation>Rechercher des visites</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visites</translation>
        </message>
        <message>
            <source>Visit added.</source>
            <translation>Visite ajoutée.</translation>
        </message>
        <message>
            <source>Visit saved.</source>
            <translation>Visite enregistrée.</translation>
        </message>
        <message>
            <source>No visits yet. Record today's with Edit ▸ Visited today.</source>
            <translation>Pas encore de visites. Enregistrez celle d'aujourd'hui avec Édition ▸ Visité aujourd'hui.</translation>
        </message>
        <message>
            <source>Add Club post</source>
            <translation>Ajouter une publication dans le Club</translation>
        </message>
        <message>
            <source>Edit Club post</source>
            <translation>Modifier la publication dans le Club</translation>
        </message>
        <message>
            <source>Delete Club post</source>
            <translation>Supprimer la publication dans le Club</translation>
        </message>
        <message>
            <source>Delete Club post?</source>
            <translation>Supprimer la publication dans le Club ?</translation>
        </message>
        <message>
            <source>Cannot save the Club post</source>
            <translation>Impossible d'enregistrer la publication dans le Club</translation>
        </message>
        <message>
            <source>Cannot open the Club post</source>
            <translation>Impossible d'ouvrir la publication dans le Club</translation>
        </message>
        <message>
            <source>&amp;Add Club post…</source>
            <translation>&amp;Ajouter une publication dans le Club…</translation>
        </message>
        <message>
            <source>Search Club posts</source>
            <translation>Rechercher des publications dans le Club</translation>
        </message>
        <message>
            <source>Club posts</source>
            <translation>Publications dans le Club</translation>
        </message>
        <message>
            <source>Club post added.</source>
            <translation>Publication dans le Club ajoutée.</translation>
        </message>
        <message>
            <source>Club post saved.</source>
            <translation>Publication dans le Club enregistrée.</translation>
        </message>
        <message>
            <source>No Club posts yet.</source>
            <translation>Pas encore de publications dans le Club.</translation>
        </message>
        <message>
            <source>Add store follow</source>
            <translation>Ajouter un abonnement à une boutique</translation>
        </message>
        <message>
            <source>Edit store follow</source>
            <translation>Modifier l'abonnement à une boutique</translation>
        </message>
        <message>
            <source>Delete store follow</source>
            <translation>Supprimer l'abonnement à une boutique</translation>
        </message>
        <message>
            <source>Delete store follow?</source>
            <translation>Supprimer l'abonnement à une boutique ?</translation>
        </message>
        <message>
            <source>Cannot save the store follow</source>
            <translation>Impossible d'enregistrer l'abonnement à une boutique</translation>
        </message>
        <message>
            <source>Cannot open the store follow</source>
            <translation>Impossible d'ouvrir l'abonnement à une boutique</translation>
        </message>
        <message>
            <source>&amp;Add store follow…</source>
            <translation>&amp;Ajouter un abonnement à une boutique…</translation>
        </message>
        <message>
            <source>Search store follows</source>
            <translation>Rechercher des abonnements à des boutiques</translation>
        </message>
        <message>
            <source>Store follows</source>
            <translation>Boutiques suivies</translation>
        </message>
        <message>
            <source>Store follow added.</source>
            <translation>Abonnement à une boutique ajouté.</translation>
        </message>
        <message>
            <source>Store follow saved.</source>
            <translation>Abonnement à une boutique enregistré.</translation>
        </message>
        <message>
            <source>No store follows yet.</source>
            <translation>Pas encore d'abonnements à des boutiques.</translation>
        </message>
        <message>
            <source>Add points entry</source>
            <translation>Ajouter une entrée de points</translation>
        </message>
        <message>
            <source>Edit points entry</source>
            <translation>Modifier l'entrée de points</translation>
        </message>
        <message>
            <source>Delete points entry</source>
            <translation>Supprimer l'entrée de points</translation>
        </message>
        <message>
            <source>Delete points entry?</source>
            <translation>Supprimer l'entrée de points ?</translation>
        </message>
        <message>
            <source>Cannot save the points entry</source>
            <translation>Impossible d'enregistrer l'entrée de points</translation>
        </message>
        <message>
            <source>Cannot open the points entry</source>
            <translation>Impossible d'ouvrir l'entrée de points</translation>
        </message>
        <message>
            <source>&amp;Add points entry…</source>
            <translation>&amp;Ajouter une entrée de points…</translation>
        </message>
        <message>
            <source>Search points entries</source>
            <translation>Rechercher des entrées de points</translation>
        </message>
        <message>
            <source>Points entries</source>
            <translation>Entrées de points</translation>
        </message>
        <message>
            <source>Points entry added.</source>
            <translation>Entrée de points ajoutée.</translation>
        </message>
        <message>
            <source>Points entry saved.</source>
            <translation>Entrée de points enregistrée.</translation>
        </message>
        <message>
            <source>No points entries yet.</source>
            <translation>Pas encore d'entrées de points.</translation>
        </message>
        <message>
            <source>Add promotion</source>
            <translation>Ajouter une promotion</translation>
        </message>
        <message>
            <source>Edit promotion</source>
            <translation>Modifier la promotion</translation>
        </message>
        <message>
            <source>Delete promotion</source>
            <translation>Supprimer la promotion</translation>
        </message>
        <message>
            <source>Delete promotion?</source>
            <translation>Supprimer la promotion ?</translation>
        </message>
        <message>
            <source>Cannot save the promotion</source>
            <translation>Impossible d'enregistrer la promotion</translation>
        </message>
        <message>
            <source>Cannot open the promotion</source>
            <translation>Impossible d'ouvrir la promotion</translation>
        </message>
        <message>
            <source>&amp;Add promotion…</source>
            <translation>&amp;Ajouter une promotion…</translation>
        </message>
        <message>
            <source>Search promotions</source>
            <translation>Rechercher des promotions</translation>
        </message>
        <message>
            <source>Promotions</source>
            <translation>Promotions</translation>
        </message>
        <message>
            <source>Promotion added.</source>
            <translation>Promotion ajoutée.</translation>
        </message>
        <message>
            <source>Promotion saved.</source>
            <translation>Promotion enregistrée.</translation>
        </message>
        <message>
            <source>No promotions yet. Add one when AliExpress runs double points, such as 11.11.</source>
            <translation>Pas encore de promotions. Ajoutez-en une quand AliExpress double les points, comme pour le 11.11.</translation>
        </message>
        <message>
            <source>Add entry</source>
            <translation>Ajouter une entrée</translation>
        </message>
        <message>
            <source>Edit entry</source>
            <translation>Modifier l'entrée</translation>
        </message>
        <message>
            <source>Delete entry</source>
            <translation>Supprimer l'entrée</translation>
        </message>
        <message>
            <source>Delete entry?</source>
            <translation>Supprimer l'entrée ?</translation>
        </message>
        <message>
            <source>Cannot save the entry</source>
            <translation>Impossible d'enregistrer l'entrée</translation>
        </message>
        <message>
            <source>Cannot open the entry</source>
            <translation>Impossible d'ouvrir l'entrée</translation>
        </message>
        <message>
            <source>&amp;Add entry…</source>
            <translation>&amp;Ajouter une entrée…</translation>
        </message>
        <message>
            <source>Search entries</source>
            <translation>Rechercher des entrées</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entrées</translation>
        </message>
        <message>
            <source>Entry added.</source>
            <translation>Entrée ajoutée.</translation>
        </message>
        <message>
            <source>Entry saved.</source>
            <translation>Entrée enregistrée.</translation>
        </message>
        <message>
            <source>No visits, Club posts, follows or bonuses yet. Record today's visit with Edit ▸ Visited today, or add the others with the buttons below.</source>
            <translation>Pas encore de visites, de publications dans le Club, d'abonnements ni de bonus. Enregistrez la visite d'aujourd'hui avec Édition ▸ Visité aujourd'hui, ou ajoutez le reste avec les boutons ci-dessous.</translation>
        </message>
        <message>
            <source>Add record</source>
            <translation>Ajouter un enregistrement</translation>
        </message>
        <message>
            <source>Edit record</source>
            <translation>Modifier l'enregistrement</translation>
        </message>
        <message>
            <source>Delete record</source>
            <translation>Supprimer l'enregistrement</translation>
        </message>
        <message>
            <source>Delete record?</source>
            <translation>Supprimer l'enregistrement ?</translation>
        </message>
        <message>
            <source>Cannot save the record</source>
            <translation>Impossible d'enregistrer l'enregistrement</translation>
        </message>
        <message>
            <source>Cannot open the record</source>
            <translation>Impossible d'ouvrir l'enregistrement</translation>
        </message>
        <message>
            <source>&amp;Add record…</source>
            <translation>&amp;Ajouter un enregistrement…</translation>
        </message>
        <message>
            <source>Search records</source>
            <translation>Rechercher des enregistrements</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Enregistrements</translation>
        </message>
        <message>
            <source>Record added.</source>
            <translation>Enregistrement ajouté.</translation>
        </message>
        <message>
            <source>Record saved.</source>
            <translation>Enregistrement sauvegardé.</translation>
        </message>
        <message>
            <source>Nothing recorded yet.</source>
            <translation>Rien n'est encore enregistré.</translation>
        </message>
    </context>
    <context>
        <name>RejectedModel</name>
        <message>
            <source>Row</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
    </context>
    <context>
        <name>ReminderNotifier</name>
        <message>
            <source>{app}: a reminder</source>
            <translation>{app} : un rappel</translation>
        </message>
        <message numerus="yes">
            <source>{app}: %n reminders</source>
            <translation>
                <numerusform>{app} : %n rappel</numerusform>
                <numerusform>{app} : %n rappels</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Level-up coupons after a tier rise</source>
            <translation>Coupons de passage de niveau après une montée de niveau</translation>
        </message>
        <message>
            <source>Birthday gift: set your birthday in time</source>
            <translation>Cadeau d'anniversaire : indiquez votre date de naissance à temps</translation>
        </message>
        <message>
            <source>Registration-anniversary voucher</source>
            <translation>Bon d'anniversaire d'inscription</translation>
        </message>
        <message>
            <source>Today's Member Center visit</source>
            <translation>Visite du jour à l'Espace membre</translation>
        </message>
        <message>
            <source>Orders overdue for confirmation</source>
            <translation>Commandes en retard de confirmation</translation>
        </message>
        <message>
            <source>Tier lapsing within 30 days</source>
            <translation>Niveau qui expire dans les 30 jours</translation>
        </message>
        <message numerus="yes">
            <source>You reached {tier}: claim your level-up coupons between {first} and {last}, and use each within %n days.</source>
            <translation>
                <numerusform>Vous avez atteint {tier} : réclamez vos coupons de passage de niveau entre le {first} et le {last}, et utilisez chacun sous %n jour.</numerusform>
                <numerusform>Vous avez atteint {tier} : réclamez vos coupons de passage de niveau entre le {first} et le {last}, et utilisez chacun sous %n jours.</numerusform>
            </translation>
        </message>
        <message>
            <source>Birthday gift: make sure your birthday is set in your AliExpress profile by {date}.</source>
            <translation>Cadeau d'anniversaire : vérifiez que votre date de naissance figure dans votre profil AliExpress avant le {date}.</translation>
        </message>
        <message>
            <source>Your registration-anniversary voucher comes today.</source>
            <translation>Votre bon d'anniversaire d'inscription arrive aujourd'hui.</translation>
        </message>
        <message>
            <source>Your registration-anniversary voucher comes on {date}.</source>
            <translation>Votre bon d'anniversaire d'inscription arrive le {date}.</translation>
        </message>
        <message>
            <source>Visit the Member Center today for a point, then record the visit with Edit ▸ Visited today.</source>
            <translation>Visitez l'Espace membre aujourd'hui pour un point, puis enregistrez la visite avec Édition ▸ Visité aujourd'hui.</translation>
        </message>
        <message>
            <source>1 order is past the expected confirmation date: confirm receipt on AliExpress (or mark them confirmed or cancelled here).</source>
            <translation>1 commande a dépassé la date de confirmation prévue : confirmez la réception sur AliExpress (ou marquez-la ici comme confirmée ou annulée).</translation>
        </message>
        <message numerus="yes">
            <source>%n orders are past the expected confirmation date: confirm receipt on AliExpress (or mark them confirmed or cancelled here).</source>
            <translation>
                <numerusform>%n commande a dépassé la date de confirmation prévue : confirmez la réception sur AliExpress (ou marquez-la ici comme confirmée ou annulée).</numerusform>
                <numerusform>%n commandes ont dépassé la date de confirmation prévue : confirmez la réception sur AliExpress (ou marquez-les ici comme confirmées ou annulées).</numerusform>
            </translation>
        </message>
        <message>
            <source>{tier} ends {date}: you drop to {lower}.</source>
            <translation>{tier} prend fin le {date} : vous descendez en {lower}.</translation>
        </message>
        <message>
            <source>Spend {amount} {when} to keep it.</source>
            <translation>Dépensez {amount} {when} pour le garder.</translation>
        </message>
    </context>
    <context>
        <name>ReviewForm</name>
        <message>
            <source>This review earns no points: the item is below the rule set's minimum price (S4).</source>
            <translation>Cet avis ne rapporte aucun point : l'article est sous le prix minimum du jeu de règles (S4).</translation>
        </message>
        <message>
            <source>This review earns no points under the active rule set.</source>
            <translation>Cet avis ne rapporte aucun point avec le jeu de règles actif.</translation>
        </message>
        <message>
            <source>This review earns 1 point (S4).</source>
            <translation>Cet avis rapporte 1 point (S4).</translation>
        </message>
        <message numerus="yes">
            <source>This review earns %n points (S4).</source>
            <translation>
                <numerusform>Cet avis rapporte %n point (S4).</numerusform>
                <numerusform>Cet avis rapporte %n points (S4).</numerusform>
            </translation>
        </message>
        <message>
            <source>An order that no longer exists</source>
            <translation>Une commande qui n'existe plus</translation>
        </message>
        <message>
            <source>Order {number} of {date}</source>
            <translation>Commande {number} du {date}</translation>
        </message>
        <message>
            <source>Order of {date} from {store}</source>
            <translation>Commande du {date} chez {store}</translation>
        </message>
        <message>
            <source>Order of {date}</source>
            <translation>Commande du {date}</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>The product you reviewed</source>
            <translation>Le produit que vous avez évalué</translation>
        </message>
        <message>
            <source>&amp;Product:</source>
            <translation>&amp;Produit :</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Facultatif</translation>
        </message>
        <message>
            <source>Product &amp;id:</source>
            <translation>&amp;ID du produit :</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <source>The item's price in US$; leave empty if you do not know it</source>
            <translation>Le prix de l'article en US$ ; laissez vide si vous ne le connaissez pas</translation>
        </message>
        <message>
            <source>Item p&amp;rice $:</source>
            <translation>P&amp;rix de l'article $ :</translation>
        </message>
        <message>
            <source>Order:</source>
            <translation>Commande :</translation>
        </message>
        <message>
            <source>Points:</source>
            <translation>Points :</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Update orders already recorded with this file's data</source>
            <translation>Mettre à jour les commandes déjà enregistrées avec les données de ce fichier</translation>
        </message>
        <message>
            <source>Skip rows with errors and import the rest</source>
            <translation>Ignorer les lignes en erreur et importer le reste</translation>
        </message>
        <message>
            <source>Save rejected rows…</source>
            <translation>Enregistrer les lignes refusées…</translation>
        </message>
        <message>
            <source>Check before importing</source>
            <translation>Vérifier avant d'importer</translation>
        </message>
        <message>
            <source>1 row cannot be imported as it is: the marked cells say why. Save them to fix in a spreadsheet and import again.</source>
            <translation>1 ligne ne peut pas être importée telle quelle : les cellules marquées disent pourquoi. Enregistrez-la pour la corriger dans un tableur et importez-la de nouveau.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows cannot be imported as they are: the marked cells say why. Save them to fix in a spreadsheet and import again.</source>
            <translation>
                <numerusform>%Ln ligne ne peut pas être importée telle quelle : les cellules marquées disent pourquoi. Enregistrez-la pour la corriger dans un tableur et importez-la de nouveau.</numerusform>
                <numerusform>%Ln lignes ne peuvent pas être importées telles quelles : les cellules marquées disent pourquoi. Enregistrez-les pour les corriger dans un tableur et importez-les de nouveau.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;{count}&lt;/b&gt; to add</source>
            <translation>&lt;b&gt;{count}&lt;/b&gt; à ajouter</translation>
        </message>
        <message>
            <source>&lt;b&gt;{count}&lt;/b&gt; to update</source>
            <translation>&lt;b&gt;{count}&lt;/b&gt; à mettre à jour</translation>
        </message>
        <message>
            <source>{count} already recorded or repeated in the file, left out</source>
            <translation>{count} déjà enregistrés ou répétés dans le fichier, ignorés</translation>
        </message>
        <message>
            <source>&lt;b&gt;{rows} rejected&lt;/b&gt;</source>
            <translation>&lt;b&gt;{rows} refusées&lt;/b&gt;</translation>
        </message>
        <message>
            <source>{rows} read: {parts}.</source>
            <translation>{rows} lues : {parts}.</translation>
        </message>
        <message>
            <source>Every row reads as it should.</source>
            <translation>Toutes les lignes se lisent correctement.</translation>
        </message>
    </context>
    <context>
        <name>RuleSet</name>
        <message>
            <source>AliExpress member program (since 2023)</source>
            <translation>Programme de membres AliExpress (depuis 2023)</translation>
        </message>
        <message>
            <source>Silver, Gold, Platinum and Diamond; 1 point per US$1; month-end recalculation over 12 months, effective on the 8th.</source>
            <translation>Argent, Or, Platine et Diamant ; 1 point par US$1 ; recalcul en fin de mois sur 12 mois, effectif le 8.</translation>
        </message>
        <message>
            <source>Silver</source>
            <translation>Argent</translation>
        </message>
        <message>
            <source>5% off Top Weekly Brands</source>
            <translation>5 % de réduction sur les Top Weekly Brands</translation>
        </message>
        <message>
            <source>Birthday gift</source>
            <translation>Cadeau d'anniversaire</translation>
        </message>
        <message>
            <source>Registration-anniversary voucher</source>
            <translation>Bon d'anniversaire d'inscription</translation>
        </message>
        <message>
            <source>Level-up coupons</source>
            <translation>Coupons de passage de niveau</translation>
        </message>
        <message>
            <source>Gold</source>
            <translation>Or</translation>
        </message>
        <message>
            <source>8% off Top Weekly Brands</source>
            <translation>8 % de réduction sur les Top Weekly Brands</translation>
        </message>
        <message>
            <source>Exclusive member prices</source>
            <translation>Prix exclusifs pour les membres</translation>
        </message>
        <message>
            <source>Exclusive event discounts</source>
            <translation>Réductions sur des événements exclusifs</translation>
        </message>
        <message>
            <source>Platinum</source>
            <translation>Platine</translation>
        </message>
        <message>
            <source>10% off Top Weekly Brands</source>
            <translation>10 % de réduction sur les Top Weekly Brands</translation>
        </message>
        <message>
            <source>Fast refunds up to US$25</source>
            <translation>Remboursements rapides jusqu'à 25 US$</translation>
        </message>
        <message>
            <source>Exclusive event benefits</source>
            <translation>Avantages sur des événements exclusifs</translation>
        </message>
        <message>
            <source>Diamond</source>
            <translation>Diamant</translation>
        </message>
        <message>
            <source>15% off Top Weekly Brands (up to 25% on select items)</source>
            <translation>15 % de réduction sur les Top Weekly Brands (jusqu'à 25 % sur une sélection d'articles)</translation>
        </message>
        <message>
            <source>Fast refunds up to US$100</source>
            <translation>Remboursements rapides jusqu'à 100 US$</translation>
        </message>
        <message>
            <source>Limited daily coupons</source>
            <translation>Coupons quotidiens limités</translation>
        </message>
        <message>
            <source>AliExpress member program, flat points per order</source>
            <translation>Programme de membres AliExpress, points fixes par commande</translation>
        </message>
        <message>
            <source>The 2023 tiers and window, but 5 points per order of US$2 or more, at most 5 a day (the other reading of the shopping rule).</source>
            <translation>Les niveaux et la fenêtre de 2023, mais 5 points par commande de 2 US$ ou plus, au plus 5 par jour (l'autre lecture de la règle d'achat).</translation>
        </message>
        <message>
            <source>AliExpress levels A0-A4 (legacy)</source>
            <translation>Niveaux AliExpress A0-A4 (anciens)</translation>
        </message>
        <message>
            <source>Five levels A0-A4 over the last 365 days; 1 point per US$1 for at most 10 orders of a product; 5 points per purchase day.</source>
            <translation>Cinq niveaux A0-A4 sur les 365 derniers jours ; 1 point par US$1 pour au plus 10 commandes d'un produit ; 5 points par jour d'achat.</translation>
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
            <translation>Alertes de baisse de prix</translation>
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
            <translation>Litiges accélérés (examinés sous 5 jours)</translation>
        </message>
    </context>
    <context>
        <name>Rules</name>
        <message>
            <source>points for the order's amount</source>
            <translation>points pour le montant de la commande</translation>
        </message>
        <message>
            <source>a refund took points back</source>
            <translation>un remboursement a repris des points</translation>
        </message>
        <message>
            <source>several categories on one day</source>
            <translation>plusieurs catégories le même jour</translation>
        </message>
        <message>
            <source>a product review</source>
            <translation>un avis sur un produit</translation>
        </message>
        <message>
            <source>a Member Center visit</source>
            <translation>une visite à l'Espace membre</translation>
        </message>
        <message>
            <source>a Club post</source>
            <translation>une publication dans le Club</translation>
        </message>
        <message>
            <source>a store follow</source>
            <translation>un abonnement à une boutique</translation>
        </message>
        <message>
            <source>a bonus or an adjustment</source>
            <translation>un bonus ou un ajustement</translation>
        </message>
        <message>
            <source>a promotion multiplied the points</source>
            <translation>une promotion a multiplié les points</translation>
        </message>
        <message>
            <source>flat points per order</source>
            <translation>points fixes par commande</translation>
        </message>
        <message>
            <source>points for the order's amount (10 orders of a product at most)</source>
            <translation>points pour le montant de la commande (10 commandes d'un produit au plus)</translation>
        </message>
        <message>
            <source>a day with a purchase</source>
            <translation>un jour avec un achat</translation>
        </message>
        <message>
            <source>{rule}: {meaning}</source>
            <translation>{rule} : {meaning}</translation>
        </message>
    </context>
    <context>
        <name>SavedPlans</name>
        <message>
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prévus</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Réels</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Écart</translation>
        </message>
        <message>
            <source>{month} (so far)</source>
            <translation>{month} (jusqu'ici)</translation>
        </message>
        <message>
            <source>“{plan}” covers no month up to today.</source>
            <translation>« {plan} » ne couvre aucun mois jusqu'à aujourd'hui.</translation>
        </message>
        <message>
            <source>as planned</source>
            <translation>comme prévu</translation>
        </message>
        <message>
            <source>{count} more than planned</source>
            <translation>{count} de plus que prévu</translation>
        </message>
        <message>
            <source>{count} fewer than planned</source>
            <translation>{count} de moins que prévu</translation>
        </message>
        <message>
            <source>Since {date}: {actual} points earned, {how} ({planned}).</source>
            <translation>Depuis le {date} : {actual} points gagnés, {how} ({planned}).</translation>
        </message>
        <message>
            <source>Saved {date}</source>
            <translation>Enregistré le {date}</translation>
        </message>
        <message>
            <source>Plan of {date}</source>
            <translation>Plan du {date}</translation>
        </message>
        <message>
            <source>Saved the plan “{plan}”.</source>
            <translation>Plan « {plan} » enregistré.</translation>
        </message>
        <message>
            <source>Loaded the plan “{plan}”.</source>
            <translation>Plan « {plan} » chargé.</translation>
        </message>
        <message>
            <source>Deleted the plan “{plan}”.</source>
            <translation>Plan « {plan} » supprimé.</translation>
        </message>
    </context>
    <context>
        <name>SavedPlansBox</name>
        <message>
            <source>Saved plans</source>
            <translation>Plans enregistrés</translation>
        </message>
        <message>
            <source>Name, e.g. Keep Platinum</source>
            <translation>Nom, par ex. Garder Platine</translation>
        </message>
        <message>
            <source>Plan name</source>
            <translation>Nom du plan</translation>
        </message>
        <message>
            <source>&amp;Save plan</source>
            <translation>&amp;Enregistrer le plan</translation>
        </message>
        <message>
            <source>L&amp;oad</source>
            <translation>&amp;Charger</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>&amp;Compare with what happened</source>
            <translation>&amp;Comparer avec la réalité</translation>
        </message>
        <message>
            <source>Planned and actual points by month</source>
            <translation>Points prévus et réels par mois</translation>
        </message>
        <message>
            <source>No saved plans yet</source>
            <translation>Aucun plan enregistré</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <source>Search store, note or kind</source>
            <translation>Rechercher boutique, note ou type</translation>
        </message>
        <message>
            <source>Search title, store, order no. or note</source>
            <translation>Rechercher titre, boutique, n° de commande ou note</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Search product, product id or order no.</source>
            <translation>Rechercher produit, ID produit ou n° de commande</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>Cannot redo “{action}”: {reason}</source>
            <translation>Impossible de rétablir « {action} » : {reason}</translation>
        </message>
        <message>
            <source>Cannot undo “{action}”: {reason}</source>
            <translation>Impossible d'annuler « {action} » : {reason}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>&amp;Points</source>
            <translation>&amp;Points</translation>
        </message>
        <message>
            <source>&amp;You</source>
            <translation>&amp;Vous</translation>
        </message>
        <message>
            <source>&amp;Currencies</source>
            <translation>&amp;Devises</translation>
        </message>
        <message>
            <source>&amp;Reminders &amp;&amp; language</source>
            <translation>&amp;Rappels et langue</translation>
        </message>
        <message>
            <source>&amp;Data file</source>
            <translation>&amp;Fichier de données</translation>
        </message>
        <message>
            <source>Other file…</source>
            <translation>Autre fichier…</translation>
        </message>
        <message>
            <source>The chosen rule set's tiers and rules</source>
            <translation>Niveaux et règles du jeu choisi</translation>
        </message>
        <message>
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <source>How long after ordering you usually confirm receipt; plans buy this much earlier.</source>
            <translation>Délai habituel entre la commande et la confirmation de réception ; les plans achètent d'autant plus tôt.</translation>
        </message>
        <message>
            <source>R&amp;ule set:</source>
            <translation>&amp;Jeu de règles :</translation>
        </message>
        <message>
            <source>Confirmation &amp;lag:</source>
            <translation>Dé&amp;lai de confirmation :</translation>
        </message>
        <message>
            <source> points a month</source>
            <translation> points par mois</translation>
        </message>
        <message>
            <source>Points you expect each month from visits, reviews and posts.</source>
            <translation>Points que vous attendez chaque mois des visites, avis et publications.</translation>
        </message>
        <message>
            <source>&amp;Expected non-shopping points:</source>
            <translation>Points &amp;attendus hors achats :</translation>
        </message>
        <message>
            <source>Count pending orders in projections (as expected points)</source>
            <translation>Compter les commandes en attente dans les prévisions (comme points attendus)</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Anniversaire</translation>
        </message>
        <message>
            <source>&amp;Birthday:</source>
            <translation>&amp;Anniversaire :</translation>
        </message>
        <message>
            <source>Re&amp;gistered on AliExpress:</source>
            <translation>&amp;Inscrit sur AliExpress le :</translation>
        </message>
        <message>
            <source>Show these reminders on the dashboard:</source>
            <translation>Afficher ces rappels sur le tableau de bord :</translation>
        </message>
        <message>
            <source>Also show new reminders as desktop &amp;notifications, once a day each</source>
            <translation>Afficher aussi les nouveaux rappels en &amp;notifications du bureau, une fois par jour chacun</translation>
        </message>
        <message>
            <source>The system's language</source>
            <translation>La langue du système</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>The new language is used from the next time Points Tracker starts.</source>
            <translation>La nouvelle langue sera utilisée au prochain démarrage de Points Tracker.</translation>
        </message>
        <message>
            <source>Your records are kept in this file:</source>
            <translation>Vos données sont conservées dans ce fichier :</translation>
        </message>
        <message>
            <source>Data file</source>
            <translation>Fichier de données</translation>
        </message>
        <message>
            <source>Open &amp;folder</source>
            <translation>Ouvrir le do&amp;ssier</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;Nouvelle base de données…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Ouvrir une base de données…</translation>
        </message>
        <message>
            <source>A backup of the file is made each day you use it, in the backups folder beside it.</source>
            <translation>Une sauvegarde du fichier est faite chaque jour où vous l'utilisez, dans le dossier backups à côté.</translation>
        </message>
        <message>
            <source>Choose a rule-set file</source>
            <translation>Choisir un fichier de règles</translation>
        </message>
        <message>
            <source>Rule sets (*.toml)</source>
            <translation>Jeux de règles (*.toml)</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>Cannot write a backup to {target}: that file is a database in use.</source>
            <translation>Impossible d'écrire une sauvegarde dans {target} : ce fichier est une base de données en cours d'utilisation.</translation>
        </message>
        <message>
            <source>Cannot write a backup to {target}: it is a folder, not a file.</source>
            <translation>Impossible d'écrire une sauvegarde dans {target} : c'est un dossier, pas un fichier.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a backup file. Nothing was changed.</source>
            <translation>{path} est un dossier, pas un fichier de sauvegarde. Rien n'a changé.</translation>
        </message>
        <message>
            <source>{path}: no such file. Nothing was changed.</source>
            <translation>{path} : fichier introuvable. Rien n'a changé.</translation>
        </message>
        <message>
            <source>{path} is not a Points Tracker database (it may be another program's). Nothing was changed.</source>
            <translation>{path} n'est pas une base de données Points Tracker (elle appartient peut-être à un autre programme). Rien n'a changé.</translation>
        </message>
        <message>
            <source>{path} was made by a newer Points Tracker (data version {version}; this one understands up to {SCHEMA_VERSION}). Update Points Tracker to restore it. Nothing was changed.</source>
            <translation>{path} a été créé par un Points Tracker plus récent (version de données {version} ; celui-ci comprend jusqu'à {SCHEMA_VERSION}). Mettez Points Tracker à jour pour le restaurer. Rien n'a changé.</translation>
        </message>
        <message>
            <source>{path} is damaged, or it is not a Points Tracker backup. Nothing was changed.</source>
            <translation>{path} est endommagé, ou ce n'est pas une sauvegarde Points Tracker. Rien n'a changé.</translation>
        </message>
        <message>
            <source>{path} is damaged. Nothing was changed.</source>
            <translation>{path} est endommagé. Rien n'a changé.</translation>
        </message>
        <message>
            <source>{path} was written by a newer Points Tracker (data version {version}; this one understands up to {SCHEMA_VERSION}), so this one does not restore over it. Update Points Tracker first. Nothing was changed.</source>
            <translation>{path} a été écrit par un Points Tracker plus récent (version de données {version} ; celui-ci comprend jusqu'à {SCHEMA_VERSION}) : celui-ci ne restaure donc pas par-dessus. Mettez d'abord Points Tracker à jour. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>{backup_file} is the database itself; choose a backup file. Nothing was changed.</source>
            <translation>{backup_file} est la base de données elle-même ; choisissez un fichier de sauvegarde. Rien n'a changé.</translation>
        </message>
        <message>
            <source>No good automatic backup of {db_path} was found in {backups_dir}. Nothing was changed.</source>
            <translation>Aucune bonne sauvegarde automatique de {db_path} trouvée dans {backups_dir}. Rien n'a changé.</translation>
        </message>
        <message>
            <source>No order {order_no} is recorded: import the orders first</source>
            <translation>Aucune commande {order_no} n'est enregistrée : importez d'abord les commandes</translation>
        </message>
        <message>
            <source>This import is no longer recorded; it may have been undone already.</source>
            <translation>Cette importation n'est plus enregistrée ; elle a peut-être déjà été annulée.</translation>
        </message>
        <message>
            <source>Cannot save to {path}: the file is read-only. Make it writable, or use a copy, and try again.</source>
            <translation>Impossible d'enregistrer dans {path} : le fichier est en lecture seule. Rendez-le modifiable, ou utilisez une copie, et réessayez.</translation>
        </message>
        <message>
            <source>Cannot save to {path}: its folder {folder} is read-only, and Points Tracker needs to write beside the file. Make the folder writable and try again.</source>
            <translation>Impossible d'enregistrer dans {path} : son dossier {folder} est en lecture seule, et Points Tracker doit écrire à côté du fichier. Rendez le dossier modifiable et réessayez.</translation>
        </message>
        <message>
            <source>Cannot save to {path}: the file or its folder is read-only.</source>
            <translation>Impossible d'enregistrer dans {path} : le fichier ou son dossier est en lecture seule.</translation>
        </message>
        <message>
            <source>Cannot open {path}: you do not have permission to use its folder {folder}.</source>
            <translation>Impossible d'ouvrir {path} : vous n'avez pas le droit d'utiliser son dossier {folder}.</translation>
        </message>
        <message>
            <source>Cannot open {path}: you do not have permission to read and change it.</source>
            <translation>Impossible d'ouvrir {path} : vous n'avez pas le droit de le lire et de le modifier.</translation>
        </message>
        <message>
            <source>Cannot open {path}: the file, or one of the files Points Tracker keeps beside it ({wal}, {shm}), cannot be opened.</source>
            <translation>Impossible d'ouvrir {path} : le fichier, ou l'un des fichiers que Points Tracker garde à côté ({wal}, {shm}), ne peut pas être ouvert.</translation>
        </message>
        <message>
            <source>{path} is in use by another program and stayed busy for {seconds} seconds. Close the other program or window and try again.</source>
            <translation>{path} est utilisé par un autre programme et est resté occupé pendant {seconds} secondes. Fermez l'autre programme ou fenêtre et réessayez.</translation>
        </message>
        <message>
            <source>{path} is damaged: some of its text cannot be read.</source>
            <translation>{path} est endommagé : une partie de son texte est illisible.</translation>
        </message>
        <message>
            <source>{path} is damaged, or it is not a Points Tracker database.</source>
            <translation>{path} est endommagé, ou ce n'est pas une base de données Points Tracker.</translation>
        </message>
        <message>
            <source>Cannot save to {path}: the disk is full. Nothing was changed; free some space and try again.</source>
            <translation>Impossible d'enregistrer dans {path} : le disque est plein. Rien n'a changé ; libérez de l'espace et réessayez.</translation>
        </message>
        <message>
            <source>Cannot read or write {path}: the disk reported an error. Nothing was changed; check the disk, and restore a backup if this keeps happening.</source>
            <translation>Impossible de lire ou d'écrire {path} : le disque a signalé une erreur. Rien n'a changé ; vérifiez le disque et restaurez une sauvegarde si cela se reproduit.</translation>
        </message>
        <message>
            <source>Points Tracker ran out of memory working on {path}. Close other programs and try again.</source>
            <translation>Points Tracker a manqué de mémoire en travaillant sur {path}. Fermez d'autres programmes et réessayez.</translation>
        </message>
        <message>
            <source>Cannot open {path}: it is a folder, not a file.</source>
            <translation>Impossible d'ouvrir {path} : c'est un dossier, pas un fichier.</translation>
        </message>
        <message>
            <source>Cannot create {path}: part of the path is a file, not a folder.</source>
            <translation>Impossible de créer {path} : une partie du chemin est un fichier, pas un dossier.</translation>
        </message>
        <message>
            <source>{path} is damaged: part of it cannot be read correctly.</source>
            <translation>{path} est endommagé : une partie ne peut pas être lue correctement.</translation>
        </message>
        <message>
            <source>No automatic backup of it was found in {folder}.</source>
            <translation>Aucune sauvegarde automatique trouvée dans {folder}.</translation>
        </message>
        <message>
            <source>The latest good backup is {file} (made {when}).</source>
            <translation>La dernière bonne sauvegarde est {file} (faite le {when}).</translation>
        </message>
        <message>
            <source>This {label} no longer exists (id {row_id}); it may have been deleted or its import undone.</source>
            <translation>Cet élément ({label}) n'existe plus (id {row_id}) ; il a peut-être été supprimé ou son importation annulée.</translation>
        </message>
        <message>
            <source>Cannot {action} {path}: {reason}.</source>
            <translation>Impossible de {action} {path} : {reason}.</translation>
        </message>
        <message>
            <source>The file that was there before is unchanged.</source>
            <translation>Le fichier qui s'y trouvait reste inchangé.</translation>
        </message>
        <message>
            <source>{path} is a database of another program, not a Points Tracker file. Choose another file.</source>
            <translation>{path} est une base de données d'un autre programme, pas un fichier Points Tracker. Choisissez un autre fichier.</translation>
        </message>
        <message>
            <source>{path} was written by a newer Points Tracker (data version {version}; this one understands up to {SCHEMA_VERSION}). Update Points Tracker to open it; the file was not changed.</source>
            <translation>{path} a été écrit par un Points Tracker plus récent (version de données {version} ; celui-ci comprend jusqu'à {SCHEMA_VERSION}). Mettez Points Tracker à jour pour l'ouvrir ; le fichier n'a pas été modifié.</translation>
        </message>
        <message>
            <source>{path} is an SQLite database of another program, not a Points Tracker file. Choose another file.</source>
            <translation>{path} est une base SQLite d'un autre programme, pas un fichier Points Tracker. Choisissez un autre fichier.</translation>
        </message>
        <message>
            <source>{file_error} {path} was not upgraded.</source>
            <translation>{file_error} {path} n'a pas été mis à niveau.</translation>
        </message>
        <message>
            <source>{path} was not upgraded: the upgrade would break links between records.</source>
            <translation>{path} n’a pas été mis à niveau : la mise à niveau romprait les liens entre les enregistrements.</translation>
        </message>
        <message>
            <source>{path} is damaged: its {table} table is not as Points Tracker made it.</source>
            <translation>{path} est endommagé : sa table {table} n'est pas telle que Points Tracker l'a créée.</translation>
        </message>
        <message>
            <source>{file} is damaged: some of its records cannot be read.</source>
            <translation>{file} est endommagé : certains de ses enregistrements sont illisibles.</translation>
        </message>
        <message>
            <source>{path} is open in another Points Tracker: close its window, or let the restore working on it finish, and try again.</source>
            <translation>{path} est ouvert dans un autre Points Tracker : fermez sa fenêtre, ou laissez finir la restauration en cours, et réessayez.</translation>
        </message>
        <message>
            <source>{file} is a file, not a folder</source>
            <translation>{file} est un fichier, pas un dossier</translation>
        </message>
        <message>
            <source>you are not allowed to create folders in {place}</source>
            <translation>vous n'avez pas le droit de créer des dossiers dans {place}</translation>
        </message>
        <message>
            <source>{place} is on a disk that can only be read</source>
            <translation>{place} est sur un disque en lecture seule</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>le disque est plein</translation>
        </message>
        <message>
            <source>Points Tracker cannot create the folder {folder} for your records: {reason}.</source>
            <translation>Points Tracker ne peut pas créer le dossier {folder} pour vos données : {reason}.</translation>
        </message>
        <message>
            <source>Order {order_no} is recorded again meanwhile</source>
            <translation>La commande {order_no} a été enregistrée à nouveau entre-temps</translation>
        </message>
        <message>
            <source>A visit on {date} is recorded again meanwhile</source>
            <translation>Une visite le {date} a été enregistrée à nouveau entre-temps</translation>
        </message>
        <message>
            <source>It cannot be put back</source>
            <translation>Impossible de le remettre</translation>
        </message>
        <message>
            <source>{month} has no day {day}</source>
            <translation>{month} n'a pas de jour {day}</translation>
        </message>
        <message>
            <source>{path} is empty (0 bytes), though its backups hold data: it was cut short, probably by a crash or a full disk.</source>
            <translation>{path} est vide (0 octet), alors que ses sauvegardes contiennent des données : il a été tronqué, probablement par un plantage ou un disque plein.</translation>
        </message>
    </context>
    <context>
        <name>Summary</name>
        <message>
            <source>{tier} is the first tier: there is nothing to lose.</source>
            <translation>{tier} est le premier niveau : il n'y a rien à perdre.</translation>
        </message>
        <message>
            <source>Your {tier} tier is safe for the coming 12 months.</source>
            <translation>Votre niveau {tier} est sûr pour les 12 prochains mois.</translation>
        </message>
        <message numerus="yes">
            <source>{tier} ends {date} (%n days): you drop to {lower} unless you earn more points.</source>
            <translation>
                <numerusform>{tier} prend fin le {date} (%n jour) : vous descendez en {lower} si vous ne gagnez pas plus de points.</numerusform>
                <numerusform>{tier} prend fin le {date} (%n jours) : vous descendez en {lower} si vous ne gagnez pas plus de points.</numerusform>
            </translation>
        </message>
        <message>
            <source>as soon as you can</source>
            <translation>dès que possible</translation>
        </message>
        <message>
            <source>today</source>
            <translation>aujourd'hui</translation>
        </message>
        <message>
            <source>by {date}</source>
            <translation>d'ici le {date}</translation>
        </message>
        <message>
            <source>No spending needed to keep {tier} for the coming 12 months.</source>
            <translation>Aucune dépense nécessaire pour garder {tier} pendant les 12 prochains mois.</translation>
        </message>
        <message>
            <source>Spend {amount} {when} to still be {tier} on {date}.</source>
            <translation>Dépensez {amount} {when} pour être encore au niveau {tier} le {date}.</translation>
        </message>
        <message numerus="yes">
            <source>Keeping it for the coming 12 months takes %n purchases, {total} in all, starting with this one.</source>
            <translation>
                <numerusform>Le garder pendant les 12 prochains mois demande %n achat, {total} au total, à commencer par celui-ci.</numerusform>
                <numerusform>Le garder pendant les 12 prochains mois demande %n achats, {total} au total, à commencer par celui-ci.</numerusform>
            </translation>
        </message>
        <message>
            <source>{tier} is the top tier.</source>
            <translation>{tier} est le niveau le plus élevé.</translation>
        </message>
        <message numerus="yes">
            <source>%n more points by {date} reach {tier}.</source>
            <translation>
                <numerusform>Encore %n point d'ici le {date} pour atteindre {tier}.</numerusform>
                <numerusform>Encore %n points d'ici le {date} pour atteindre {tier}.</numerusform>
            </translation>
        </message>
        <message>
            <source>{tier} needs no regular spending.</source>
            <translation>{tier} ne demande aucune dépense régulière.</translation>
        </message>
        <message>
            <source>{amount} a month keeps {tier} for good.</source>
            <translation>{amount} par mois gardent {tier} pour de bon.</translation>
        </message>
        <message>
            <source>Counted every day: {tier} from {date}.</source>
            <translation>Compté chaque jour : {tier} à partir du {date}.</translation>
        </message>
        <message>
            <source>Counted on {date}: {tier} from {effective}.</source>
            <translation>Compté le {date} : {tier} à partir du {effective}.</translation>
        </message>
        <message>
            <source>Fast refunds up to {amount}</source>
            <translation>Remboursements rapides jusqu'à {amount}</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>&amp;Undo this import</source>
            <translation>&amp;Annuler cette importation</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importé</translation>
        </message>
        <message>
            <source>{count} added</source>
            <translation>{count} ajoutés</translation>
        </message>
        <message>
            <source>{count} updated</source>
            <translation>{count} mis à jour</translation>
        </message>
        <message>
            <source>{count} already recorded or repeated in the file, left out</source>
            <translation>{count} déjà enregistrés ou répétés dans le fichier, ignorés</translation>
        </message>
        <message>
            <source>{rows} rejected and not imported</source>
            <translation>{rows} refusées et non importées</translation>
        </message>
        <message>
            <source>&lt;b&gt;{file}&lt;/b&gt;: {parts}.</source>
            <translation>&lt;b&gt;{file}&lt;/b&gt; : {parts}.</translation>
        </message>
        <message>
            <source>The import is recorded as batch {batch}; you can undo it later from the list of imports.</source>
            <translation>L'importation est enregistrée comme lot {batch} ; vous pourrez l'annuler depuis la liste des importations.</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Non importé</translation>
        </message>
        <message>
            <source>Import undone</source>
            <translation>Importation annulée</translation>
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message>
            <source>the visit on {when}</source>
            <translation>la visite du {when}</translation>
        </message>
        <message>
            <source>the Club post of {when}</source>
            <translation>la publication dans le Club du {when}</translation>
        </message>
        <message>
            <source>the store follow of {when}</source>
            <translation>l'abonnement à une boutique du {when}</translation>
        </message>
        <message numerus="yes">
            <source>the bonus of %n points on {when}</source>
            <translation>
                <numerusform>le bonus de %n point du {when}</numerusform>
                <numerusform>le bonus de %n points du {when}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the adjustment of minus %n points on {when}</source>
            <translation>
                <numerusform>l'ajustement de moins %n point du {when}</numerusform>
                <numerusform>l'ajustement de moins %n points du {when}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the adjustment of %n points on {when}</source>
            <translation>
                <numerusform>l'ajustement de %n point du {when}</numerusform>
                <numerusform>l'ajustement de %n points du {when}</numerusform>
            </translation>
        </message>
        <message>
            <source>Today's visit is recorded</source>
            <translation>La visite du jour est enregistrée</translation>
        </message>
        <message>
            <source>Record today's Member Center visit</source>
            <translation>Enregistrer la visite du jour à l'Espace membre</translation>
        </message>
        <message>
            <source>Visit recorded for {today}.</source>
            <translation>Visite enregistrée pour le {today}.</translation>
        </message>
        <message>
            <source>The visit of {today} was already recorded.</source>
            <translation>La visite du {today} était déjà enregistrée.</translation>
        </message>
        <message>
            <source>Visits saved.</source>
            <translation>Visites enregistrées.</translation>
        </message>
        <message>
            <source>“{name}”</source>
            <translation>« {name} »</translation>
        </message>
        <message>
            <source>the promotion</source>
            <translation>la promotion</translation>
        </message>
        <message>
            <source>{name} ({multiplier_label}, {day} to {day2})</source>
            <translation>{name} ({multiplier_label}, du {day} au {day2})</translation>
        </message>
        <message>
            <source>expected {date}</source>
            <translation>attendu le {date}</translation>
        </message>
        <message>
            <source>estimated</source>
            <translation>estimé</translation>
        </message>
        <message>
            <source>credited</source>
            <translation>crédité</translation>
        </message>
        <message>
            <source>Expected when you confirm receipt around {short_day}</source>
            <translation>Attendu à la confirmation de réception vers le {short_day}</translation>
        </message>
        <message>
            <source>Estimated: confirmation date unknown</source>
            <translation>Estimé : date de confirmation inconnue</translation>
        </message>
        <message>
            <source>Price unknown</source>
            <translation>Prix inconnu</translation>
        </message>
        <message>
            <source>Dated after today: not counted yet</source>
            <translation>Daté après aujourd'hui : pas encore compté</translation>
        </message>
        <message>
            <source>Reviews of items under {amount} earn no points (S4)</source>
            <translation>Les avis sur des articles à moins de {amount} ne rapportent pas de points (S4)</translation>
        </message>
        <message numerus="yes">
            <source>Not counted: the month's first %n visits earn points ({rule})</source>
            <translation>
                <numerusform>Non compté : seule la première %n visite du mois rapporte des points ({rule})</numerusform>
                <numerusform>Non compté : seules les %n premières visites du mois rapportent des points ({rule})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not counted: the month's first %n Club posts earn points ({rule})</source>
            <translation>
                <numerusform>Non compté : seule la première %n publication du mois dans le Club rapporte des points ({rule})</numerusform>
                <numerusform>Non compté : seules les %n premières publications du mois dans le Club rapportent des points ({rule})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not counted: the month's first %n store follows earn points ({rule})</source>
            <translation>
                <numerusform>Non compté : seul le premier %n abonnement du mois à une boutique rapporte des points ({rule})</numerusform>
                <numerusform>Non compté : seuls les %n premiers abonnements du mois à des boutiques rapportent des points ({rule})</numerusform>
            </translation>
        </message>
        <message>
            <source>Earns nothing under the active rule set</source>
            <translation>Ne rapporte rien avec le jeu de règles actif</translation>
        </message>
        <message>
            <source>after today</source>
            <translation>après aujourd'hui</translation>
        </message>
        <message>
            <source>over the month's cap</source>
            <translation>au-delà du plafond du mois</translation>
        </message>
        <message>
            <source>not counted</source>
            <translation>non compté</translation>
        </message>
        <message>
            <source>{entries}, 1 visit</source>
            <translation>{entries}, 1 visite</translation>
        </message>
        <message numerus="yes">
            <source>{entries}, %Ln visits</source>
            <translation>
                <numerusform>{entries}, %Ln visite</numerusform>
                <numerusform>{entries}, %Ln visites</numerusform>
            </translation>
        </message>
        <message>
            <source>1 item in all</source>
            <translation>1 article en tout</translation>
        </message>
        <message numerus="yes">
            <source>%n items in all</source>
            <translation>
                <numerusform>%n article en tout</numerusform>
                <numerusform>%n articles en tout</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{title} (+%n more)</source>
            <translation>
                <numerusform>{title} (+%n autre)</numerusform>
                <numerusform>{title} (+%n autres)</numerusform>
            </translation>
        </message>
        <message>
            <source>{title} ×{quantity}</source>
            <translation>{title} ×{quantity}</translation>
        </message>
        <message>
            <source>A cancelled order earns nothing</source>
            <translation>Une commande annulée ne rapporte rien</translation>
        </message>
        <message>
            <source>Refunded: what is left is below the minimum, so the points were taken back (S2)</source>
            <translation>Remboursée : ce qui reste est sous le minimum, les points ont donc été repris (S2)</translation>
        </message>
        <message>
            <source>Orders under {amount} after discounts earn no points (S1)</source>
            <translation>Les commandes de moins de {amount} après remises ne rapportent pas de points (S1)</translation>
        </message>
        <message>
            <source>Earns nothing under the active rule set: another order of the product or the day already took its points (F1, L1)</source>
            <translation>Ne rapporte rien avec le jeu de règles actif : une autre commande du produit ou du jour a déjà pris ses points (F1, L1)</translation>
        </message>
        <message>
            <source>no US$ amount</source>
            <translation>pas de montant en US$</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulée</translation>
        </message>
        <message>
            <source>refunded</source>
            <translation>remboursée</translation>
        </message>
        <message>
            <source>under {amount}</source>
            <translation>moins de {amount}</translation>
        </message>
        <message>
            <source>Reading orders… {read} of {expected}</source>
            <translation>Lecture des commandes… {read} sur {expected}</translation>
        </message>
        <message numerus="yes">
            <source>{orders}, %Ln pending</source>
            <translation>
                <numerusform>{orders}, %Ln en attente</numerusform>
                <numerusform>{orders}, %Ln en attente</numerusform>
            </translation>
        </message>
        <message>
            <source>from date</source>
            <translation>date de début</translation>
        </message>
        <message>
            <source>Any date</source>
            <translation>N'importe quelle date</translation>
        </message>
        <message>
            <source>to date</source>
            <translation>date de fin</translation>
        </message>
        <message>
            <source>the review of {date} ({title})</source>
            <translation>l'avis du {date} ({title})</translation>
        </message>
        <message>
            <source>the review of {date}</source>
            <translation>l'avis du {date}</translation>
        </message>
        <message>
            <source>{shown} of {all}</source>
            <translation>{shown} sur {all}</translation>
        </message>
        <message>
            <source>1 order</source>
            <translation>1 commande</translation>
        </message>
        <message numerus="yes">
            <source>%Ln orders</source>
            <translation>
                <numerusform>%Ln commande</numerusform>
                <numerusform>%Ln commandes</numerusform>
            </translation>
        </message>
        <message>
            <source>1 review</source>
            <translation>1 avis</translation>
        </message>
        <message numerus="yes">
            <source>%Ln reviews</source>
            <translation>
                <numerusform>%Ln avis</numerusform>
                <numerusform>%Ln avis</numerusform>
            </translation>
        </message>
        <message>
            <source>1 entry</source>
            <translation>1 entrée</translation>
        </message>
        <message numerus="yes">
            <source>%Ln entries</source>
            <translation>
                <numerusform>%Ln entrée</numerusform>
                <numerusform>%Ln entrées</numerusform>
            </translation>
        </message>
        <message>
            <source>1 promotion</source>
            <translation>1 promotion</translation>
        </message>
        <message numerus="yes">
            <source>%Ln promotions</source>
            <translation>
                <numerusform>%Ln promotion</numerusform>
                <numerusform>%Ln promotions</numerusform>
            </translation>
        </message>
        <message>
            <source>order {number} of {date} from {store} ({what})</source>
            <translation>la commande {number} du {date} chez {store} ({what})</translation>
        </message>
        <message>
            <source>order {number} of {date} ({what})</source>
            <translation>la commande {number} du {date} ({what})</translation>
        </message>
        <message>
            <source>the order of {date} from {store} ({what})</source>
            <translation>la commande du {date} chez {store} ({what})</translation>
        </message>
        <message>
            <source>the order of {date} ({what})</source>
            <translation>la commande du {date} ({what})</translation>
        </message>
        <message>
            <source>Could not read the orders: {problem}</source>
            <translation>Impossible de lire les commandes : {problem}</translation>
        </message>
    </context>
    <context>
        <name>TierBadge</name>
        <message>
            <source>Tier: {tier}</source>
            <translation>Niveau : {tier}</translation>
        </message>
        <message>
            <source>Your tier: {tier}</source>
            <translation>Votre niveau : {tier}</translation>
        </message>
    </context>
    <context>
        <name>VisitsCalendarDialog</name>
        <message>
            <source>Member Center visits</source>
            <translation>Visites à l'Espace membre</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Mois précédent</translation>
        </message>
        <message>
            <source>Previous month (Page Up)</source>
            <translation>Mois précédent (Page préc.)</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Mois suivant</translation>
        </message>
        <message>
            <source>Next month (Page Down)</source>
            <translation>Mois suivant (Page suiv.)</translation>
        </message>
        <message numerus="yes">
            <source>Only the first %n visits of a month earn points (rule S5)</source>
            <translation>
                <numerusform>Seule la première %n visite du mois rapporte des points (règle S5)</numerusform>
                <numerusform>Seules les %n premières visites du mois rapportent des points (règle S5)</numerusform>
            </translation>
        </message>
        <message>
            <source>Tick the days you visited the Member Center.</source>
            <translation>Cochez les jours où vous avez visité l'Espace membre.</translation>
        </message>
        <message>
            <source>1 visit this month, all counted</source>
            <translation>1 visite ce mois-ci, toutes comptées</translation>
        </message>
        <message numerus="yes">
            <source>%n visits this month, all counted</source>
            <translation>
                <numerusform>%n visite ce mois-ci, toutes comptées</numerusform>
                <numerusform>%n visites ce mois-ci, toutes comptées</numerusform>
            </translation>
        </message>
        <message>
            <source>{counted} of {cap} counted this month</source>
            <translation>{counted} sur {cap} comptées ce mois-ci</translation>
        </message>
        <message>
            <source> ({extra} more ticked earn nothing)</source>
            <translation> ({extra} cochées en plus ne rapportent rien)</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>Cannot save the visits</source>
            <translation>Impossible d'enregistrer les visites</translation>
        </message>
    </context>
</TS>
