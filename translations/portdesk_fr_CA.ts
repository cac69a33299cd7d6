<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>AgeChart</name>
    <message>
        <source>The chart of open ports by age is not available. %1</source>
        <translation>Le graphique des transferts ouverts par ancienneté n&apos;est pas disponible. %1</translation>
    </message>
</context>
<context>
    <name>AuthorizationSettings</name>
    <message>
        <source>your new service provider</source>
        <comment>the receiving provider in the verbal script and the LOA</comment>
        <translation>votre nouveau fournisseur de services</translation>
    </message>
</context>
<context>
    <name>BulkAuthorization</name>
    <message>
        <source>No authorization: give verbal:&lt;agent&gt;, received:&lt;reference&gt; or the signed LOA&apos;s file; not sent.</source>
        <translation>Aucune autorisation&#xa0;: indiquez verbal:&lt;agent&gt;, received:&lt;référence&gt; ou le fichier de la LOA signée; non envoyé.</translation>
    </message>
</context>
<context>
    <name>CarrierCodes</name>
    <message>
        <source>Verizon Number Lock is on: the customer must switch it off, then send an update.</source>
        <translation>Le Number Lock de Verizon est activé&#xa0;: le client doit le désactiver; envoyez ensuite une mise à jour.</translation>
    </message>
    <message>
        <source>Transfer PIN wrong: get a new Number Transfer PIN from the customer and send an update.</source>
        <translation>NIP de transfert erroné&#xa0;: demandez au client un nouveau NIP de transfert et envoyez une mise à jour.</translation>
    </message>
    <message>
        <source>Name, account, PIN or address do not match the carrier&apos;s records: review all four.</source>
        <translation>Le nom, le compte, le NIP ou l&apos;adresse ne correspondent pas aux données du fournisseur&#xa0;: vérifiez les quatre.</translation>
    </message>
</context>
<context>
    <name>ImportCsvDialog</name>
    <message>
        <source>Import port-ins from CSV</source>
        <translation>Importer des transferts de numéro depuis un CSV</translation>
    </message>
</context>
<context>
    <name>LoaDocument</name>
    <message>
        <source>Current carrier</source>
        <translation>Fournisseur actuel</translation>
    </message>
    <message>
        <source>I, %1, authorize %2 to port the telephone numbers listed in this letter from %3, and to act on my behalf with %3 to do so. I am the account holder named in this letter or I am authorized to act for the account holder. I understand that once the port is complete, %3 will no longer provide service on these numbers.</source>
        <translation>Je soussigné(e), %1, autorise %2 à transférer depuis %3 les numéros de téléphone indiqués dans cette lettre, et à agir en mon nom auprès de %3 à cette fin. Je suis titulaire du compte désigné dans cette lettre ou j&apos;ai l&apos;autorisation d&apos;agir pour le compte du titulaire. Je comprends qu&apos;une fois le transfert effectué, %3 ne fournira plus de service pour ces numéros.</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>Nom en lettres moulées</translation>
    </message>
    <message>
        <source>Telephone numbers to port</source>
        <translation>Numéros de téléphone à transférer</translation>
    </message>
    <message>
        <source>To port telephone numbers to a new service provider</source>
        <translation>Pour le transfert de numéros de téléphone vers un nouveau fournisseur de services</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New port-in</source>
        <translation>Nouveau transfert de numéro</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The order database was written by a newer PortDesk (schema %1, this version knows %2). Update PortDesk; the database was not changed.</source>
        <translation>La base des demandes a été écrite par un PortDesk plus récent (schéma %1, cette version connaît le %2). Mettez PortDesk à jour; la base n&apos;a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>OrderNotes</name>
    <message>
        <source>A note holds at most %1 characters; this one has %2.</source>
        <translation>Une note compte au plus %1 caractères; celle-ci en a %2.</translation>
    </message>
    <message>
        <source>The note looks like it holds a PIN or password: PortDesk never keeps one, so leave the digits out (&quot;new PIN to come&quot; is fine).</source>
        <translation>La note semble contenir un NIP ou un mot de passe&#xa0;: PortDesk n&apos;en conserve jamais, n&apos;indiquez donc pas les chiffres («&#xa0;nouveau NIP à venir&#xa0;» convient).</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Pending Carrier Approval</source>
        <translation>En attente d&apos;approbation du fournisseur</translation>
    </message>
</context>
<context>
    <name>OrderTexts</name>
    <message>
        <source>CurrentCarrierName</source>
        <comment>API field an update changed, in an order&apos;s history</comment>
        <translation>fournisseur actuel</translation>
    </message>
    <message>
        <source>CurrentAccountPassword</source>
        <comment>API field an update changed, in an order&apos;s history</comment>
        <translation>NIP de transfert / code d&apos;accès</translation>
    </message>
    <message>
        <source>Written LOA created for the customer to sign; nothing sent to Telegent.</source>
        <translation>LOA écrite créée pour signature par le client; rien n&apos;a été envoyé à Telegent.</translation>
    </message>
    <message>
        <source>PortInDate</source>
        <comment>API field an update changed, in an order&apos;s history</comment>
        <translation>date du transfert</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <source>Check a CSV file of port-ins and send its valid rows</source>
        <translation>Vérifier un fichier CSV de transferts de numéro et envoyer ses lignes valides</translation>
    </message>
    <message>
        <source>C&amp;ontinue port-in</source>
        <translation>&amp;Continuer le transfert de numéro</translation>
    </message>
    <message>
        <source>For a port-in awaiting authorization that will not go ahead: closes it and frees the number.</source>
        <translation>Pour un transfert de numéro en attente d&apos;autorisation qui n&apos;aura pas lieu&#xa0;: le ferme et libère le numéro.</translation>
    </message>
    <message>
        <source>For a port-in awaiting authorization: the customer&apos;s signed LOA (PDF, PNG or JPEG).</source>
        <translation>Pour un transfert de numéro en attente d&apos;autorisation&#xa0;: la LOA signée par le client (PDF, PNG ou JPEG).</translation>
    </message>
    <message>
        <source>For a port-in awaiting authorization: the signed LOA came back outside PortDesk (by mail, for example).</source>
        <translation>Pour un transfert de numéro en attente d&apos;autorisation&#xa0;: la LOA signée est revenue en dehors de PortDesk (par la poste, par exemple).</translation>
    </message>
    <message>
        <source>Opens the port-in whose signed LOA came back in the wizard, to submit it.</source>
        <translation>Ouvre dans l&apos;assistant le transfert de numéro dont la LOA signée est revenue, pour l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Sort by urgency: what needs action first, then overdue ports, then the rest, oldest first. Click a column header to sort by that column instead.</source>
        <translation>Trier par urgence&#xa0;: d&apos;abord ce qui est à traiter, puis les transferts en retard, puis le reste, les plus anciens en premier. Cliquez sur un en-tête de colonne pour trier plutôt par cette colonne.</translation>
    </message>
    <message>
        <source>The texts the team sends customers when their port moves, and the number they come from</source>
        <translation>Les SMS que l&apos;équipe envoie aux clients quand leur transfert de numéro avance, et le numéro d&apos;où ils partent</translation>
    </message>
</context>
<context>
    <name>PortInCsv</name>
    <message>
        <source>The file is empty: it needs the header line and one line per port-in.</source>
        <translation>Le fichier est vide&#xa0;: il faut la ligne d&apos;en-tête et une ligne par transfert de numéro.</translation>
    </message>
    <message>
        <source>The file has more than %1 port-ins: split it into smaller files.</source>
        <translation>Le fichier contient plus de %1 transferts de numéro&#xa0;: divisez-le en fichiers plus petits.</translation>
    </message>
</context>
<context>
    <name>PortValidation</name>
    <message>
        <source>Verizon wants its 6-digit Number Transfer PIN (the customer dials #PORT or uses the My Verizon app), not the account PIN; it expires after a few days. Number Lock must be switched off on the Verizon account.</source>
        <translation>Verizon demande son NIP de transfert à 6 chiffres (le client compose #PORT ou utilise l&apos;app My Verizon), pas le NIP du compte; il expire au bout de quelques jours. Number Lock doit être désactivé sur le compte Verizon.</translation>
    </message>
    <message>
        <source>AT&amp;T wants its 6-digit Number Transfer PIN (the customer dials *PORT or uses the myAT&amp;T app), not the account passcode; it expires after a few days. Wireless Account Lock must be switched off.</source>
        <translation>AT&amp;T demande son NIP de transfert à 6 chiffres (le client compose *PORT ou utilise l&apos;app myAT&amp;T), pas le code d&apos;accès du compte; il expire au bout de quelques jours. Wireless Account Lock doit être désactivé.</translation>
    </message>
    <message>
        <source>T-Mobile wants its 6-digit Number Transfer PIN (from the T-Mobile app or account), not the account PIN; it expires after a few days. Port Out Protection must be switched off.</source>
        <translation>T-Mobile demande son NIP de transfert à 6 chiffres (dans l&apos;app ou le compte T-Mobile), pas le NIP du compte; il expire au bout de quelques jours. Port Out Protection doit être désactivé.</translation>
    </message>
    <message>
        <source>Metro by T-Mobile wants its 6-digit Number Transfer PIN (from the Metro app or account), not the account PIN; it expires after a few days. Port Out Protection must be switched off.</source>
        <translation>Metro by T-Mobile demande son NIP de transfert à 6 chiffres (dans l&apos;app ou le compte Metro), pas le NIP du compte; il expire au bout de quelques jours. Port Out Protection doit être désactivé.</translation>
    </message>
    <message>
        <source>Enter the name of the customer&apos;s current carrier as it appears on the bill.</source>
        <translation>Saisissez le nom du fournisseur actuel du client tel qu&apos;il figure sur la facture.</translation>
    </message>
    <message>
        <source>Enter the account number from the customer&apos;s bill with the current carrier.</source>
        <translation>Saisissez le numéro de compte figurant sur la facture du fournisseur actuel du client.</translation>
    </message>
    <message>
        <source>This account number has %1 characters, carriers accept at most %2: check it against the bill.</source>
        <translation>Ce numéro de compte a %1 caractères, les fournisseurs en acceptent au plus %2&#xa0;: vérifiez-le sur la facture.</translation>
    </message>
    <message>
        <source>Enter the account holder&apos;s name exactly as the current carrier has it: a name mismatch is the most common reason for a rejected port.</source>
        <translation>Saisissez le nom du titulaire exactement comme le fournisseur actuel l&apos;a enregistré&#xa0;: un nom différent est la cause de refus la plus courante.</translation>
    </message>
    <message>
        <source>A PO Box is not accepted: ask the customer for the physical service address (street and house number).</source>
        <translation>Une case postale (PO Box) n&apos;est pas acceptée&#xa0;: demandez au client l&apos;adresse physique du service (rue et numéro).</translation>
    </message>
    <message>
        <source>ZIP %1 belongs to %2, not %3: carriers reject a ZIP from another state, so check both on the bill.</source>
        <translation>Le ZIP %1 appartient à %2, pas à %3&#xa0;: les fournisseurs refusent un ZIP d&apos;un autre État, vérifiez les deux sur la facture.</translation>
    </message>
    <message>
        <source>This number already has an open port-in order (%1): update or cancel that order instead of submitting a new one.</source>
        <translation>Ce numéro a déjà une demande de transfert ouverte (%1)&#xa0;: modifiez ou annulez cette demande au lieu d&apos;en envoyer une nouvelle.</translation>
    </message>
    <message>
        <source>Enter the port date as YYYY-MM-DD, for example %1.</source>
        <translation>Saisissez la date du transfert au format AAAA-MM-JJ, par exemple %1.</translation>
    </message>
    <message>
        <source>At most %1 characters fit here; this has %2.</source>
        <translation>Ce champ accepte au plus %1 caractères; la saisie en a %2.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s transfer PIN or passcode: the carrier needs it to release the number.</source>
        <translation>Saisissez le NIP de transfert ou le code d&apos;accès du compte du client&#xa0;: le fournisseur en a besoin pour libérer le numéro.</translation>
    </message>
    <message>
        <source>Transfer PINs have 4 to 15 characters, this one has %1: check it with the customer.</source>
        <translation>Les NIP de transfert ont de 4 à 15 caractères, celui-ci en a %1&#xa0;: vérifiez-le avec le client.</translation>
    </message>
    <message>
        <source>Transfer PINs are usually digits only: make sure this is the transfer PIN, not an online password.</source>
        <translation>Les NIP de transfert ne sont en général que des chiffres&#xa0;: vérifiez qu&apos;il s&apos;agit bien du NIP de transfert et non d&apos;un mot de passe en ligne.</translation>
    </message>
</context>
<context>
    <name>RegistryFile</name>
    <message>
        <source>it was written by a newer PortDesk (schema %1, this version knows %2); update PortDesk</source>
        <translation>elle a été écrite par un PortDesk plus récent (schéma %1, cette version connaît le %2); mettez PortDesk à jour</translation>
    </message>
</context>
<context>
    <name>RegistryLocation</name>
    <message>
        <source>The parameter %1 is not supported; PortDesk takes sslmode, sslrootcert, connect_timeout and host.</source>
        <translation>Le paramètre %1 n&apos;est pas pris en charge; PortDesk accepte sslmode, sslrootcert, connect_timeout et host.</translation>
    </message>
</context>
<context>
    <name>SendJournal</name>
    <message>
        <source>It may or may not have reached Telegent.</source>
        <translation>Le transfert de numéro est peut-être parvenu à Telegent, peut-être pas.</translation>
    </message>
    <message>
        <source>Telegent answered with OrderId %1, which is already recorded for %2: recorded as %3 to check with Telegent; not sent again.</source>
        <translation>Telegent a répondu avec l&apos;OrderId %1, déjà enregistré pour %2&#xa0;: enregistré comme %3, à vérifier auprès de Telegent; non renvoyé.</translation>
    </message>
    <message>
        <source>Telegent&apos;s answer carried no OrderId: the port-in may or may not have been created.</source>
        <translation>La réponse de Telegent ne contenait pas d&apos;OrderId&#xa0;: le transfert de numéro a peut-être été créé, peut-être pas.</translation>
    </message>
    <message>
        <source>PortDesk stopped while this %1 was on its way: it may or may not have reached Telegent; the next status check tells.</source>
        <translation>PortDesk s&apos;est arrêté pendant cette opération (%1)&#xa0;: elle est peut-être parvenue à Telegent, peut-être pas; la prochaine vérification du statut le dira.</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>The carrier the number leaves, as on the bill.</source>
        <translation>Le fournisseur que quitte le numéro, comme sur la facture.</translation>
    </message>
    <message>
        <source>The account number on the current carrier&apos;s bill.</source>
        <translation>Le numéro de compte sur la facture du fournisseur actuel.</translation>
    </message>
    <message>
        <source>The name on the current carrier&apos;s account, exactly.</source>
        <translation>Le nom sur le compte du fournisseur actuel, à l&apos;identique.</translation>
    </message>
    <message>
        <source>Street address of the billing address. No PO box.</source>
        <translation>Numéro et rue de l&apos;adresse de facturation. Pas de case postale.</translation>
    </message>
    <message>
        <source>State or territory; type its two letters.</source>
        <translation>État ou territoire; tapez ses deux lettres.</translation>
    </message>
    <message>
        <source>The Number Transfer PIN, or the account passcode if the carrier has none. Never saved.</source>
        <translation>Le NIP de transfert, ou le code d&apos;accès du compte si le fournisseur n&apos;a pas de NIP. Jamais enregistré.</translation>
    </message>
    <message>
        <source>Optional: the person giving the authorization, when it is not the account holder (for example, an authorized user of a business account).</source>
        <translation>Facultatif&#xa0;: la personne qui donne l&apos;autorisation, si ce n&apos;est pas le titulaire du compte (par exemple, un utilisateur autorisé d&apos;un compte d&apos;entreprise).</translation>
    </message>
    <message>
        <source>The person who holds the account at the current carrier. Taken from the subscriber name; change it if someone else holds the account.</source>
        <translation>La personne titulaire du compte chez le fournisseur actuel. Repris du nom du titulaire saisi plus tôt; modifiez-le si le compte est au nom de quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>The mobile number the customer wants the texts about this port on: the number being ported unless they give another.</source>
        <translation>Le numéro mobile sur lequel le client veut recevoir les SMS sur ce transfert de numéro&#xa0;: le numéro porté, sauf s&apos;il en donne un autre.</translation>
    </message>
</context>
<context>
    <name>TextTemplates</name>
    <message>
        <source>{%1} is not something PortDesk fills in: use {last4}, {brand} or {fix}. A text never holds the PIN, the account number or the address.</source>
        <translation>PortDesk ne remplit pas {%1}&#xa0;: utilisez {last4}, {brand} ou {fix}. Un SMS ne contient jamais le NIP, le numéro de compte ni l&apos;adresse.</translation>
    </message>
    <message>
        <source>The text holds %1 digits in a row (%2): a PIN or an account number must never be in a text. Use {last4} for the number.</source>
        <translation>Le SMS contient %1 chiffres à la suite (%2)&#xa0;: un NIP ou un numéro de compte ne doit jamais figurer dans un SMS. Utilisez {last4} pour le numéro.</translation>
    </message>
    <message>
        <source>The text looks like it holds a PIN: leave the digits out.</source>
        <translation>Le SMS semble contenir un NIP&#xa0;: n&apos;en mettez pas les chiffres.</translation>
    </message>
    <message>
        <source>Filled in, this text can take %1 segments (%2); PortDesk sends at most %3: shorten it.</source>
        <translation>Une fois rempli, ce SMS peut occuper %1 segments (%2); PortDesk en envoie au plus %3&#xa0;: raccourcissez-le.</translation>
    </message>
    <message>
        <source>The text looks like it holds a PIN.</source>
        <translation>Le SMS semble contenir un NIP.</translation>
    </message>
    <message>
        <source>The text would take %1 segments (%2); PortDesk sends at most %3.</source>
        <translation>Le SMS occuperait %1 segments (%2); PortDesk en envoie au plus %3.</translation>
    </message>
</context>
<context>
    <name>TextTrigger</name>
    <message>
        <source>Port-in submitted</source>
        <translation>Transfert de numéro envoyé</translation>
    </message>
    <message>
        <source>Port scheduled</source>
        <translation>Transfert planifié</translation>
    </message>
    <message>
        <source>Port completed</source>
        <translation>Transfert terminé</translation>
    </message>
    <message>
        <source>Port cancelled</source>
        <translation>Transfert annulé</translation>
    </message>
</context>
<context>
    <name>UpdateOrderDialog</name>
    <message>
        <source>Update port-in</source>
        <translation>Modifier le transfert de numéro</translation>
    </message>
    <message>
        <source>Port-in &amp;date (YYYY-MM-DD):</source>
        <translation>Date du t&amp;ransfert (AAAA-MM-JJ)&#xa0;:</translation>
    </message>
    <message>
        <source>Sho&amp;w PIN</source>
        <translation>Affic&amp;her le NIP</translation>
    </message>
    <message>
        <source>Current ca&amp;rrier:</source>
        <translation>&amp;Fournisseur actuel&#xa0;:</translation>
    </message>
    <message>
        <source>Transfer &amp;PIN / passcode:</source>
        <translation>&amp;NIP de transfert / code d&apos;accès&#xa0;:</translation>
    </message>
</context>
<context>
    <name>VerbalScript</name>
    <message>
        <source>Before I submit this request, I need your authorization. You are asking {provider} to move the phone number {number} from {carrier} to {provider}. Are you {holder}, the account holder, or authorized to act for the account holder? Do you authorize {provider} to transfer this number, knowing that your service for it with {carrier} will end when the transfer completes, and that any remaining contract or balance with {carrier} stays yours to settle? Please answer yes or no.</source>
        <translation>Avant d&apos;envoyer cette demande, j&apos;ai besoin de votre autorisation. Vous demandez à {provider} de transférer le numéro de téléphone {number}, actuellement chez {carrier}, vers {provider}. Êtes-vous {holder}, titulaire du compte, ou avez-vous l&apos;autorisation d&apos;agir au nom du titulaire? Autorisez-vous {provider} à transférer ce numéro, en sachant que votre service chez {carrier} pour ce numéro prendra fin une fois le transfert terminé, et que tout contrat ou solde restant avec {carrier} demeure votre responsabilité? Veuillez répondre par oui ou par non.</translation>
    </message>
</context>
<context>
    <name>portdesk</name>
    <message>
        <source>PortDesk is already running but does not answer; close it or start with --new-instance.</source>
        <translation>PortDesk est déjà lancé mais ne répond pas; fermez-le ou démarrez avec --new-instance.</translation>
    </message>
    <message>
        <source>Use this order registry instead of the saved choice (also PORTDESK_REGISTRY; the option wins): a SQLite file, or a team database as postgresql://USER@HOST:PORT/DBNAME, with sslmode, sslrootcert (CA file) and connect_timeout allowed as ?parameters. The password comes from PGPASSWORD, ~/.pgpass or the keychain entry the registry dialog saved, never from the URI. A server on another computer is used over TLS with its certificate verified unless sslmode=disable says plaintext.</source>
        <translation>Utilise ce registre des demandes au lieu du choix enregistré (aussi PORTDESK_REGISTRY; l&apos;option l&apos;emporte)&#xa0;: un fichier SQLite, ou une base d&apos;équipe sous la forme postgresql://USER@HOST:PORT/DBNAME, avec sslmode, sslrootcert (fichier CA) et connect_timeout admis comme ?paramètres. Le mot de passe vient de PGPASSWORD, de ~/.pgpass ou de l&apos;entrée du trousseau enregistrée par la fenêtre «&#xa0;Registre des demandes&#xa0;», jamais de l&apos;URI. Un serveur situé sur un autre ordinateur est utilisé via TLS avec vérification de son certificat, sauf si sslmode=disable demande une connexion en clair.</translation>
    </message>
</context>
<context>
    <name>portdesk::AppContext</name>
    <message numerus="yes">
        <source>The %n practice order(s) of the training session were dropped: they never reached a carrier.</source>
        <translation>
            <numerusform>%n demande de la session de formation a été supprimée&#xa0;: elle n&apos;est jamais parvenue à un fournisseur.</numerusform>
            <numerusform>Les %n demandes de la session de formation ont été supprimées&#xa0;: elles ne sont jamais parvenues à un fournisseur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::AuthorizationRecords</name>
    <message>
        <source>%1 is not a port-in waiting for its LOA.</source>
        <translation>%1 n&apos;est pas un transfert de numéro en attente de sa LOA.</translation>
    </message>
</context>
<context>
    <name>portdesk::AuthorizationStep</name>
    <message>
        <source>Enter the account holder&apos;s name, as on the current carrier&apos;s account.</source>
        <translation>Saisissez le nom du titulaire du compte, tel qu&apos;il figure sur le compte du fournisseur actuel.</translation>
    </message>
    <message>
        <source>The signed LOA has not come back yet: attach it in the orders view, then continue this port-in.</source>
        <translation>La LOA signée n&apos;est pas encore revenue&#xa0;: joignez-la dans la vue des demandes, puis poursuivez ce transfert de numéro.</translation>
    </message>
    <message>
        <source>Your team requires a signed LOA for every port-in: a verbal authorization is not enough.</source>
        <translation>Votre équipe exige une LOA signée pour chaque transfert de numéro&#xa0;: une autorisation verbale ne suffit pas.</translation>
    </message>
</context>
<context>
    <name>portdesk::CredentialStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); it may be locked.</source>
        <translation>
            <numerusform>Le trousseau du système n&apos;a pas répondu en %n seconde; il est peut-être verrouillé.</numerusform>
            <numerusform>Le trousseau du système n&apos;a pas répondu en %n secondes; il est peut-être verrouillé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::OrdersModel</name>
    <message numerus="yes">
        <source>%n business day</source>
        <translation>
            <numerusform>%n jour ouvrable</numerusform>
            <numerusform>%n jours ouvrables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business days</source>
        <translation>
            <numerusform>%n jour ouvrable</numerusform>
            <numerusform>%n jours ouvrables</numerusform>
        </translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Fournisseur</translation>
    </message>
</context>
<context>
    <name>portdesk::PortInSession</name>
    <message>
        <source>The eligibility check could not be done (%1). You may continue; Telegent checks again when the port is submitted.</source>
        <translation>L&apos;admissibilité n&apos;a pas pu être vérifiée (%1). Vous pouvez continuer; Telegent la vérifie de nouveau à l&apos;envoi du transfert de numéro.</translation>
    </message>
    <message>
        <source>Checking eligibility with Telegent...</source>
        <translation>Vérification de l&apos;admissibilité auprès de Telegent...</translation>
    </message>
    <message>
        <source>Eligible. Current carrier: %1%2.</source>
        <translation>Admissible. Fournisseur actuel&#xa0;: %1%2.</translation>
    </message>
    <message>
        <source>Telegent asked PortDesk to slow down. The port-in is queued and goes out at %1; nothing is lost.</source>
        <translation>Telegent a demandé à PortDesk de ralentir. Le transfert de numéro est en file d&apos;attente et sera envoyé à %1; rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>The account&apos;s request budget is used up for this minute. The port-in is queued and goes out at %1; nothing is lost.</source>
        <translation>Le quota de requêtes du compte est épuisé pour cette minute. Le transfert de numéro est en file d&apos;attente et sera envoyé à %1; rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Telegent asked PortDesk to wait. The port-in was not processed and goes out again at %1; nothing is lost.</source>
        <translation>Telegent a demandé à PortDesk de patienter. Le transfert de numéro n&apos;a pas été traité et sera renvoyé à %1; rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>The eligibility check starts once PortDesk is connected to Telegent.</source>
        <translation>La vérification d&apos;admissibilité commence dès que PortDesk est connecté à Telegent.</translation>
    </message>
    <message>
        <source>%1 is not a port-in waiting for its LOA.</source>
        <translation>%1 n&apos;est pas un transfert de numéro en attente de sa LOA.</translation>
    </message>
</context>
<context>
    <name>portdesk::TextConsent</name>
    <message>
        <source>Texts about this port: not asked</source>
        <translation>SMS sur ce transfert de numéro&#xa0;: non demandé</translation>
    </message>
    <message>
        <source>Texts about this port: no</source>
        <translation>SMS sur ce transfert de numéro&#xa0;: non</translation>
    </message>
    <message>
        <source>Texts about this port: yes, to %1, in %2</source>
        <translation>SMS sur ce transfert de numéro&#xa0;: oui, au %1, en %2</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::AccountPage</name>
    <message>
        <source>Account at the current carrier</source>
        <translation>Compte chez le fournisseur actuel</translation>
    </message>
    <message>
        <source>Exactly as on the customer&apos;s bill: carriers reject ports whose details do not match.</source>
        <translation>Exactement comme sur la facture du client&#xa0;: les fournisseurs refusent les transferts dont les données ne correspondent pas.</translation>
    </message>
    <message>
        <source>Current &amp;carrier:</source>
        <translation>&amp;Fournisseur actuel&#xa0;:</translation>
    </message>
    <message>
        <source>Sho&amp;w PIN</source>
        <translation>Affic&amp;her le NIP</translation>
    </message>
    <message>
        <source>Number Transfer PIN, or account passcode</source>
        <translation>NIP de transfert, ou code d&apos;accès du compte</translation>
    </message>
    <message>
        <source>Transfer &amp;PIN / passcode:</source>
        <translation>&amp;NIP de transfert / code d&apos;accès&#xa0;:</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::AddressPage</name>
    <message>
        <source>The service address on the current carrier&apos;s bill. No PO boxes.</source>
        <translation>L&apos;adresse du service sur la facture du fournisseur actuel. Pas de case postale.</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::AuthorizationPage</name>
    <message>
        <source>Create the LOA, send it to the customer for signature, then keep the port-in waiting.</source>
        <translation>Créez la LOA, envoyez-la au client pour signature, puis mettez le transfert de numéro en attente.</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>Non mis en attente</translation>
    </message>
    <message>
        <source>Telegent expects the account holder&apos;s consent before a port-in is submitted.</source>
        <translation>Telegent attend le consentement du titulaire du compte avant l&apos;envoi d&apos;un transfert de numéro.</translation>
    </message>
    <message>
        <source>The LOA is saved as %1. Send it to the customer, then keep the port-in waiting for the signature: it is listed in the orders view, where the signed copy is attached.</source>
        <translation>La LOA est enregistrée sous %1. Envoyez-la au client, puis mettez le transfert de numéro en attente de la signature&#xa0;: il figure dans la vue des demandes, où vous joindrez l&apos;exemplaire signé.</translation>
    </message>
    <message>
        <source>The port-in could not be kept waiting: %1</source>
        <translation>Le transfert de numéro n&apos;a pas pu être mis en attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your team requires a signed LOA for every port-in: verbal authorization is not available.</source>
        <translation>Votre équipe exige une LOA signée pour chaque transfert de numéro&#xa0;: l&apos;autorisation verbale n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Texts about this port</source>
        <translation>SMS sur ce transfert de numéro</translation>
    </message>
    <message>
        <source>The customer agrees to &amp;receive text messages about this port</source>
        <translation>Le client accepte de &amp;recevoir des SMS sur ce transfert de numéro</translation>
    </message>
    <message>
        <source>The customer agrees to receive text messages about this port</source>
        <translation>Le client accepte de recevoir des SMS sur ce transfert de numéro</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::AuthorizationRulesDialog</name>
    <message>
        <source>&amp;Provider&apos;s name:</source>
        <translation>Nom du &amp;fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>Before a port-in is submitted, the team accepts:</source>
        <translation>Avant l&apos;envoi d&apos;un transfert de numéro, l&apos;équipe accepte&#xa0;:</translation>
    </message>
    <message>
        <source>Empty: PortDesk&apos;s own script, in each agent&apos;s language. {number}, {carrier}, {holder} and {provider} are filled in from the port-in. Each recorded verbal authorization names the version of the script that was read.</source>
        <translation>Vide&#xa0;: le script de PortDesk, dans la langue de chaque agent. {number}, {carrier}, {holder} et {provider} sont remplis à partir du transfert de numéro. Chaque autorisation verbale enregistrée indique la version du script qui a été lue.</translation>
    </message>
    <message>
        <source>Provider&apos;s name</source>
        <translation>Nom du fournisseur</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::ConnectionTab</name>
    <message>
        <source>The last four digits of the number decide what the simulated carrier does (any valid area code, e.g. 801-555-0008):</source>
        <translation>Les quatre derniers chiffres du numéro décident de ce que fait le fournisseur simulé (tout indicatif valide, p. ex. 801-555-0008)&#xa0;:</translation>
    </message>
    <message>
        <source>eligibility check answers &lt;i&gt;not eligible&lt;/i&gt;</source>
        <translation>la vérification d&apos;admissibilité répond &lt;i&gt;non admissible&lt;/i&gt;</translation>
    </message>
    <message>
        <source>order is Rejected (1P-Other) after carrier review</source>
        <translation>la demande passe à Rejected (1P-Other) après examen par le fournisseur</translation>
    </message>
    <message>
        <source>Toll-free numbers (800, 833 ... 888) and 900 are not eligible. Every other number completes: Pending, Submitted, Pending Carrier Approval, Scheduled, Completed. An update fixes a failed order.</source>
        <translation>Les numéros gratuits (800, 833 ... 888) et le 900 ne sont pas admissibles. Tout autre numéro aboutit&#xa0;: Pending, Submitted, Pending Carrier Approval, Scheduled, Completed. Une mise à jour corrige une demande en échec.</translation>
    </message>
    <message>
        <source>Another desk of the team checks their status; this one shows its findings.</source>
        <translation>Un autre poste de l&apos;équipe vérifie leur statut; celui-ci affiche ses résultats.</translation>
    </message>
    <message>
        <source>Connected: the server accepted the credentials (checked at %1; the access token is valid until %2).</source>
        <translation>Connecté&#xa0;: le serveur a accepté les identifiants (vérifié à %1; le jeton d&apos;accès est valable jusqu&apos;à %2).</translation>
    </message>
    <message>
        <source>Background status checks may use up to %1 per minute; the rest is kept for agents&apos; eligibility checks and submissions.</source>
        <translation>Les vérifications de statut en arrière-plan peuvent utiliser jusqu&apos;à %1 par minute; le reste est réservé aux vérifications d&apos;admissibilité et aux envois des agents.</translation>
    </message>
    <message>
        <source>Telegent reported the account over its limit; sending resumes at %1.</source>
        <translation>Telegent signale que le compte a dépassé sa limite; les envois reprendront à %1.</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::CustomerTextsDialog</name>
    <message>
        <source>{last4}: the last four digits of the number; {brand}: the brand above; {fix}: what the customer should do (texts sent when something needs their action).</source>
        <translation>{last4}&#xa0;: les quatre derniers chiffres du numéro; {brand}&#xa0;: la marque ci-dessus; {fix}&#xa0;: ce que le client doit faire (SMS envoyés quand une action de sa part est requise).</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::DailyOrdersChart</name>
    <message>
        <source>Port-ins per business day</source>
        <translation>Transferts par jour ouvrable</translation>
    </message>
    <message>
        <source>Port-ins submitted and completed per business day</source>
        <translation>Transferts envoyés et terminés par jour ouvrable</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::DashboardView</name>
    <message>
        <source>Port-ins per business day</source>
        <translation>Transferts par jour ouvrable</translation>
    </message>
    <message>
        <source>Rejection causes by carrier code</source>
        <translation>Causes de refus par code du fournisseur</translation>
    </message>
    <message>
        <source>Carrier code</source>
        <translation>Code du fournisseur</translation>
    </message>
    <message numerus="yes">
        <source>Submitted: in the last %n business days. Open and needs action: now.</source>
        <translation>
            <numerusform>Envoyées&#xa0;: sur le dernier jour ouvrable (%n). Ouvertes et à traiter&#xa0;: maintenant.</numerusform>
            <numerusform>Envoyées&#xa0;: sur les %n derniers jours ouvrables. Ouvertes et à traiter&#xa0;: maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>The charts are not available; the tables below hold every figure. %1</source>
        <translation>Les graphiques ne sont pas disponibles; les tableaux ci-dessous contiennent tous les chiffres. %1</translation>
    </message>
    <message numerus="yes">
        <source>The team&apos;s orders in this registry, as of %1. Per day: the last %n business days, from %2.</source>
        <translation>
            <numerusform>Les demandes de l&apos;équipe dans ce registre, au %1. Par jour&#xa0;: le dernier jour ouvrable (%n), à partir du %2.</numerusform>
            <numerusform>Les demandes de l&apos;équipe dans ce registre, au %1. Par jour&#xa0;: les %n derniers jours ouvrables, à partir du %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Median time to complete: %1 business days (%n completed order(s))</source>
        <translation>
            <numerusform>Durée médiane de traitement&#xa0;: %1 jours ouvrables (%n demande terminée)</numerusform>
            <numerusform>Durée médiane de traitement&#xa0;: %1 jours ouvrables (%n demandes terminées)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::ui::ImportCsvDialog</name>
    <message>
        <source>One port-in per row, with the header %1. Every row is checked first; rows with errors are shown with the reason and never sent.</source>
        <translation>Un transfert de numéro par ligne, avec l&apos;en-tête %1. Chaque ligne est d&apos;abord vérifiée; les lignes en erreur s&apos;affichent avec la raison et ne sont jamais envoyées.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of this file were not sent. Another file replaces them: they are forgotten. Choose another file anyway?</source>
        <translation>
            <numerusform>%n ligne de ce fichier n&apos;a pas été envoyée. Un autre fichier la remplace&#xa0;: elle sera oubliée. Choisir un autre fichier quand même?</numerusform>
            <numerusform>%n lignes de ce fichier n&apos;ont pas été envoyées. Un autre fichier les remplace&#xa0;: elles seront oubliées. Choisir un autre fichier quand même?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import port-ins</source>
        <translation>Importer des transferts de numéro</translation>
    </message>
    <message>
        <source>Sending within the account&apos;s request budget; you can keep working meanwhile. %1</source>
        <translation>Envoi dans la limite du quota de requêtes du compte; vous pouvez continuer à travailler pendant ce temps. %1</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::MainWindow</name>
    <message>
        <source>New port-in</source>
        <translation>Nouveau transfert de numéro</translation>
    </message>
    <message>
        <source>The order registry could not be opened, so orders cannot be shown or recorded: %1</source>
        <translation>Impossible d&apos;ouvrir le registre des demandes; elles ne peuvent être ni affichées ni enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>TRAINING MODE: every request goes to PortDesk&apos;s built-in Telegent simulator. No number is ported and no carrier is contacted. %1</source>
        <translation>MODE FORMATION&#xa0;: toutes les requêtes vont au simulateur Telegent intégré à PortDesk. Aucun numéro n&apos;est porté et aucun fournisseur n&apos;est contacté. %1</translation>
    </message>
    <message>
        <source>A port-in is being sent to Telegent; closing now may leave its outcome unknown.</source>
        <translation>Un transfert de numéro est en cours d&apos;envoi à Telegent; fermer maintenant peut laisser son résultat inconnu.</translation>
    </message>
    <message>
        <source>A CSV import is sending its rows; the rows not sent yet are kept and offered at the next start.</source>
        <translation>Une importation CSV envoie ses lignes; les lignes pas encore envoyées sont conservées et proposées au prochain démarrage.</translation>
    </message>
    <message>
        <source>Close PortDesk?</source>
        <translation>Fermer PortDesk?</translation>
    </message>
    <message>
        <source>Continue port-in</source>
        <translation>Continuer le transfert de numéro</translation>
    </message>
    <message>
        <source>The port-in being typed in the wizard is not sent. Replace it with %1?</source>
        <translation>Le transfert de numéro en cours de saisie dans l&apos;assistant n&apos;a pas été envoyé. Le remplacer par %1?</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::NumberPage</name>
    <message>
        <source>Number to port</source>
        <translation>Numéro à transférer</translation>
    </message>
    <message>
        <source>Type or paste the customer&apos;s number. Its eligibility is checked as soon as it is complete.</source>
        <translation>Tapez ou collez le numéro du client. Son admissibilité est vérifiée dès qu&apos;il est complet.</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Admissibilité</translation>
    </message>
    <message>
        <source>Eligibility:</source>
        <translation>Admissibilité&#xa0;:</translation>
    </message>
    <message>
        <source>Training: numbers ending in 0000 are not eligible, 0008 / 0006 / 0009 / 0007 are rejected by the carrier later. The Connection tab lists every scenario.</source>
        <translation>Formation&#xa0;: les numéros finissant par 0000 ne sont pas admissibles; 0008 / 0006 / 0009 / 0007 sont refusés plus tard par le fournisseur. L&apos;onglet Connexion liste tous les scénarios.</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::OrderDetailPane</name>
    <message>
        <source>Requested port date</source>
        <translation>Date de transfert demandée</translation>
    </message>
    <message>
        <source>A note for the team (never a PIN or account number)</source>
        <translation>Une note pour l&apos;équipe (jamais de NIP ni de numéro de compte)</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::OrdersAgeChart</name>
    <message>
        <source>Open ports</source>
        <translation>Transferts ouverts</translation>
    </message>
    <message>
        <source>Open ports by business days open</source>
        <translation>Transferts ouverts par jours ouvrables écoulés</translation>
    </message>
    <message>
        <source>Open ports by age in business days</source>
        <translation>Transferts ouverts par ancienneté en jours ouvrables</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::OrdersView</name>
    <message>
        <source>Port-in orders</source>
        <translation>Demandes de transfert de numéro</translation>
    </message>
    <message>
        <source>No open port</source>
        <translation>Aucun transfert ouvert</translation>
    </message>
    <message numerus="yes">
        <source>Oldest open port: %n business day</source>
        <translation>
            <numerusform>Plus ancien transfert ouvert&#xa0;: %n jour ouvrable</numerusform>
            <numerusform>Plus ancien transfert ouvert&#xa0;: %n jours ouvrables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Oldest open port: %n business days</source>
        <translation>
            <numerusform>Plus ancien transfert ouvert&#xa0;: %n jour ouvrable</numerusform>
            <numerusform>Plus ancien transfert ouvert&#xa0;: %n jours ouvrables</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you check that Telegent never received the port-in of %1? The row is then closed and the number can be submitted again. If you found an order ID for it instead, use &quot;Track existing&quot;.</source>
        <translation>Avez-vous vérifié que Telegent n&apos;a jamais reçu le transfert de numéro de %1? La ligne est alors fermée et le numéro peut être renvoyé. Si vous avez plutôt trouvé un ID de demande, utilisez «&#xa0;Suivre des demandes&#xa0;».</translation>
    </message>
    <message>
        <source>Update sent: %1 goes back to the carrier.</source>
        <translation>Mise à jour envoyée&#xa0;: %1 retourne au fournisseur.</translation>
    </message>
    <message>
        <source>Cancel port-in</source>
        <translation>Annuler le transfert de numéro</translation>
    </message>
    <message>
        <source>Cancel the port of %1 (%2)?</source>
        <translation>Annuler le transfert de %1 (%2)?</translation>
    </message>
    <message>
        <source>Cancel is final: it cannot be undone. To port this number later, check its eligibility again and submit a new port-in.</source>
        <translation>L&apos;annulation est définitive et irréversible. Pour transférer ce numéro plus tard, vérifiez de nouveau son admissibilité et envoyez un nouveau transfert de numéro.</translation>
    </message>
    <message>
        <source>Cancel the port</source>
        <translation>Annuler le transfert</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le conserver</translation>
    </message>
    <message numerus="yes">
        <source>Forget the %n row(s) of %1 that were not sent? The file itself is not changed; import it again to send them later.</source>
        <translation>
            <numerusform>Oublier %n ligne non envoyée de %1? Le fichier lui-même n&apos;est pas modifié; importez-le de nouveau pour envoyer cette ligne plus tard.</numerusform>
            <numerusform>Oublier les %n lignes non envoyées de %1? Le fichier lui-même n&apos;est pas modifié; importez-le de nouveau pour envoyer ces lignes plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed LOA of %1 recorded: choose Continue port-in to submit it.</source>
        <translation>LOA signée de %1 enregistrée&#xa0;: choisissez «&#xa0;Continuer le transfert de numéro&#xa0;» pour l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Where is the signed LOA kept? (a reference, for example a document or ticket number)</source>
        <translation>Où la LOA signée est-elle conservée? (une référence, par exemple un numéro de document ou de billet)</translation>
    </message>
    <message>
        <source>Withdraw the port-in</source>
        <translation>Retirer le transfert de numéro</translation>
    </message>
    <message>
        <source>Withdraw the port-in of %1? Nothing was sent to Telegent; the number becomes free.</source>
        <translation>Retirer le transfert du numéro %1? Rien n&apos;a été envoyé à Telegent; le numéro redevient libre.</translation>
    </message>
    <message>
        <source>Withdrawn: %1 is free.</source>
        <translation>Retiré&#xa0;: %1 est libre.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel the ports of these %n number(s)?</source>
        <translation>
            <numerusform>Annuler le transfert de %n numéro?</numerusform>
            <numerusform>Annuler le transfert de ces %n numéros?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n port(s)</source>
        <translation>
            <numerusform>Annuler %n transfert</numerusform>
            <numerusform>Annuler %n transferts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelling %n port(s)...</source>
        <translation>
            <numerusform>Annulation de %n transfert...</numerusform>
            <numerusform>Annulation de %n transferts...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n port(s) cancelled.</source>
        <translation>
            <numerusform>%n transfert annulé.</numerusform>
            <numerusform>%n transferts annulés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 port(s) cancelled. Not cancelled: %3</source>
        <translation>Transferts annulés&#xa0;: %1 sur %2. Non annulés&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::PendingImportOffer</name>
    <message>
        <source>Resume sends them with the PINs read again from the file. Later keeps them: the Orders view offers them (Resume or Discard) until then.</source>
        <translation>«&#xa0;Reprendre&#xa0;» les envoie avec les NIP relus dans le fichier. «&#xa0;Plus tard&#xa0;» les conserve&#xa0;: la vue Demandes les propose (Reprendre ou Abandonner) d&apos;ici là.</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::PortInWizard</name>
    <message>
        <source>New port-in</source>
        <translation>Nouveau transfert de numéro</translation>
    </message>
    <message>
        <source>&amp;New port-in</source>
        <translation>&amp;Nouveau transfert de numéro</translation>
    </message>
    <message>
        <source>Discard this port-in?</source>
        <translation>Abandonner ce transfert de numéro?</translation>
    </message>
    <message>
        <source>Everything typed for this port-in will be cleared.</source>
        <translation>Tout ce qui a été saisi pour ce transfert de numéro sera effacé.</translation>
    </message>
    <message>
        <source>Continuing %1, whose customer&apos;s authorization is recorded. Ask the customer for the transfer PIN again: it is never saved.</source>
        <translation>Reprise de %1, dont l&apos;autorisation du client est enregistrée. Redemandez le NIP de transfert au client&#xa0;: il n&apos;est jamais enregistré.</translation>
    </message>
    <message>
        <source>The port-in is kept as %1, waiting for the customer&apos;s signed LOA. Attach the signed copy in the orders view, then continue it from there.</source>
        <translation>Le transfert de numéro est conservé sous %1, en attente de la LOA signée par le client. Joignez l&apos;exemplaire signé dans la vue des demandes, puis poursuivez-le à partir de celle-ci.</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::RegistryDialog</name>
    <message>
        <source>kept in the system keychain; empty: none or ~/.pgpass</source>
        <translation>conservé dans le trousseau; vide&#xa0;: aucun ou ~/.pgpass</translation>
    </message>
    <message>
        <source>PEM file; empty: ~/.postgresql/root.crt</source>
        <translation>fichier PEM; vide&#xa0;: ~/.postgresql/root.crt</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::ResultPage</name>
    <message>
        <source>Port-in submitted</source>
        <translation>Transfert de numéro envoyé</translation>
    </message>
    <message>
        <source>Ports usually complete in 1 to 5 business days. The order is in the Orders tab, where its status is checked automatically; a carrier rejection shows there with what to fix.</source>
        <translation>Un transfert de numéro aboutit en général en 1 à 5 jours ouvrables. La demande est dans l&apos;onglet Demandes, où son statut est vérifié automatiquement; un refus du fournisseur s&apos;y affiche avec ce qu&apos;il faut corriger.</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::ReviewPage</name>
    <message>
        <source>&amp;Submit port-in</source>
        <translation>&amp;Envoyer le transfert</translation>
    </message>
    <message>
        <source>Carrier account</source>
        <translation>Compte chez le fournisseur</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>This port-in may or may not have reached Telegent. Check the orders view before resubmitting: it is listed there as &quot;Outcome unknown&quot;. Nothing is sent again by itself.</source>
        <translation>Ce transfert de numéro est peut-être parvenu à Telegent, peut-être pas. Consultez la vue des demandes avant de renvoyer&#xa0;: il y figure comme «&#xa0;Résultat inconnu&#xa0;». Rien n&apos;est renvoyé automatiquement.</translation>
    </message>
    <message>
        <source>Telegent refused PortDesk&apos;s credentials: %1 The data here is kept; check the credentials, then submit again.</source>
        <translation>Telegent a refusé les identifiants de PortDesk&#xa0;: %1 Les données sont conservées; vérifiez les identifiants, puis renvoyez.</translation>
    </message>
    <message>
        <source>Telegent did not accept the port-in: %1</source>
        <translation>Telegent n&apos;a pas accepté le transfert de numéro&#xa0;: %1</translation>
    </message>
    <message>
        <source>Telegent created order %1, but PortDesk could not record it: %2 Write the order ID down: the orders view lists this port-in as &quot;Outcome unknown&quot; until it is resolved with that ID. Nothing is sent again by itself.</source>
        <translation>Telegent a créé la demande %1, mais PortDesk n&apos;a pas pu l&apos;enregistrer&#xa0;: %2 Notez l&apos;ID de demande&#xa0;: la vue des demandes affiche ce transfert de numéro comme «&#xa0;Résultat inconnu&#xa0;» jusqu&apos;à ce qu&apos;il soit résolu avec cet ID. Rien n&apos;est renvoyé automatiquement.</translation>
    </message>
    <message>
        <source>Nothing was sent: PortDesk could not record the port-in before sending it. %1 The data here is kept; submit again once the order registry can be written.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: PortDesk n&apos;a pas pu enregistrer le transfert de numéro avant de l&apos;envoyer. %1 Les données sont conservées; renvoyez-le dès que le registre des demandes sera accessible en écriture.</translation>
    </message>
    <message>
        <source>Transfer PIN</source>
        <translation>NIP de transfert</translation>
    </message>
    <message>
        <source>Texts about this port</source>
        <translation>SMS sur ce transfert de numéro</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::SessionPage</name>
    <message>
        <source>An unfinished port-in from %1 was restored. Ask the customer for the transfer PIN again: it is never saved.</source>
        <translation>Un transfert de numéro inachevé du %1 a été restauré. Redemandez le NIP de transfert au client&#xa0;: il n&apos;est jamais enregistré.</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::SettingsDialog</name>
    <message>
        <source>Save credentials that failed the test?</source>
        <translation>Enregistrer des identifiants qui ont échoué au test?</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::TrayNotifier</name>
    <message>
        <source>Port-in status changed</source>
        <translation>Le statut du transfert de numéro a changé</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::UpdateOrderDialog</name>
    <message>
        <source>The PIN is sent once and never saved.</source>
        <translation>Le NIP est envoyé une seule fois et n&apos;est jamais enregistré.</translation>
    </message>
    <message>
        <source>Change what the carrier rejected, then send the update. The order goes back to the carrier.</source>
        <translation>Corrigez ce que le fournisseur a refusé, puis envoyez la mise à jour. La demande retourne au fournisseur.</translation>
    </message>
</context>
</TS>
