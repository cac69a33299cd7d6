<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AgeChart</name>
    <message>
        <source>The chart of open ports by age is not available. %1</source>
        <translation>Le graphique des portabilités ouvertes par ancienneté n&apos;est pas disponible. %1</translation>
    </message>
</context>
<context>
    <name>ApiBaseUrl</name>
    <message>
        <source>Enter the API address, for example %1.</source>
        <translation>Saisissez l&apos;adresse de l&apos;API, par exemple %1.</translation>
    </message>
    <message>
        <source>This is not a web address. Example: %1</source>
        <translation>Ce n&apos;est pas une adresse web. Exemple&#xa0;: %1</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>L&apos;adresse doit commencer par https://.</translation>
    </message>
    <message>
        <source>Use https:// for %1: plain http is allowed only for this computer&apos;s loopback address (the training simulator).</source>
        <translation>Utilisez https:// pour %1&#xa0;: le http simple n&apos;est permis que pour l&apos;adresse locale de cet ordinateur (le simulateur de formation).</translation>
    </message>
    <message>
        <source>The address must not contain a user name, a query or a fragment.</source>
        <translation>L&apos;adresse ne doit contenir ni nom d&apos;utilisateur, ni requête, ni fragment.</translation>
    </message>
    <message>
        <source>The address must end with the API version, /v1.0 (for example %1).</source>
        <translation>L&apos;adresse doit se terminer par la version de l&apos;API, /v1.0 (par exemple %1).</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No Telegent credentials are set.</source>
        <translation>Aucun identifiant Telegent n&apos;est configuré.</translation>
    </message>
    <message>
        <source>The request may or may not have reached Telegent. Check the order before sending it again.</source>
        <translation>La requête est peut-être parvenue à Telegent, peut-être pas. Vérifiez la demande avant de la renvoyer.</translation>
    </message>
    <message>
        <source>Unexpected response from the server (HTTP %1).</source>
        <translation>Réponse inattendue du serveur (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large to read (HTTP %1).</source>
        <translation>La réponse du serveur était trop volumineuse pour être lue (HTTP %1).</translation>
    </message>
    <message>
        <source>The Telegent server&apos;s certificate was refused: %1</source>
        <translation>Le certificat du serveur Telegent a été refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not reach the Telegent server.</source>
        <translation>Le serveur Telegent est inaccessible.</translation>
    </message>
    <message>
        <source>The Telegent server did not answer in time.</source>
        <translation>Le serveur Telegent n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The connection to the Telegent server failed.</source>
        <translation>La connexion au serveur Telegent a échoué.</translation>
    </message>
    <message>
        <source>Telegent refused the credentials.</source>
        <translation>Telegent a refusé les identifiants.</translation>
    </message>
    <message numerus="yes">
        <source>The Telegent server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le serveur Telegent n&apos;a pas répondu en %n seconde.</numerusform>
            <numerusform>Le serveur Telegent n&apos;a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Authorization</name>
    <message>
        <source>Verbal authorization by %1 (script %2)</source>
        <translation>Autorisation verbale de %1 (script %2)</translation>
    </message>
    <message>
        <source>Signed LOA from %1: %2, SHA-256 %3</source>
        <translation>LOA signée de %1&#xa0;: %2, SHA-256 %3</translation>
    </message>
    <message>
        <source>Signed LOA from %1 received (%2)</source>
        <translation>LOA signée de %1 reçue (%2)</translation>
    </message>
    <message>
        <source>Written LOA sent to %1, awaiting the signed copy</source>
        <translation>LOA écrite envoyée à %1, en attente de l&apos;exemplaire signé</translation>
    </message>
    <message>
        <source>No authorization</source>
        <translation>Aucune autorisation</translation>
    </message>
</context>
<context>
    <name>AuthorizationSettings</name>
    <message>
        <source>your new service provider</source>
        <comment>the receiving provider in the verbal script and the LOA</comment>
        <translation>votre nouvel opérateur</translation>
    </message>
</context>
<context>
    <name>BulkAuthorization</name>
    <message>
        <source>No authorization: give verbal:&lt;agent&gt;, received:&lt;reference&gt; or the signed LOA&apos;s file; not sent.</source>
        <translation>Aucune autorisation&#xa0;: indiquez verbal:&lt;agent&gt;, received:&lt;référence&gt; ou le fichier de la LOA signée&#x202f;; non envoyé.</translation>
    </message>
    <message>
        <source>verbal: needs the name of the agent who read the script, e.g. verbal:Ann Lee.</source>
        <translation>Après verbal:, indiquez le nom de l&apos;agent qui a lu le script, par exemple verbal:Ann Lee.</translation>
    </message>
    <message>
        <source>The team requires a signed LOA: a verbal authorization is not enough. Give received:&lt;reference&gt; or the signed LOA&apos;s file.</source>
        <translation>L&apos;équipe exige une LOA signée&#xa0;: une autorisation verbale ne suffit pas. Indiquez received:&lt;référence&gt; ou le fichier de la LOA signée.</translation>
    </message>
    <message>
        <source>received: needs the signed LOA&apos;s reference, e.g. received:mail 2026-12-01.</source>
        <translation>Après received:, indiquez la référence de la LOA signée, par exemple received:courrier 2026-12-01.</translation>
    </message>
    <message>
        <source>%1 changed after the rows were checked: not sent. Check the signed LOA and import again.</source>
        <translation>%1 a changé après la vérification des lignes&#xa0;: non envoyé. Vérifiez la LOA signée et importez de nouveau.</translation>
    </message>
</context>
<context>
    <name>CarrierCodes</name>
    <message>
        <source>Account number missing or wrong: correct the account number and send an update.</source>
        <translation>Numéro de compte absent ou erroné&#xa0;: corrigez-le et envoyez une mise à jour.</translation>
    </message>
    <message>
        <source>Verizon Number Lock is on: the customer must switch it off, then send an update.</source>
        <translation>Le Number Lock de Verizon est activé&#xa0;: le client doit le désactiver&#x202f;; envoyez ensuite une mise à jour.</translation>
    </message>
    <message>
        <source>Transfer PIN wrong: get a new Number Transfer PIN from the customer and send an update.</source>
        <translation>PIN de transfert erroné&#xa0;: demandez au client un nouveau PIN de transfert et envoyez une mise à jour.</translation>
    </message>
    <message>
        <source>Name, account, PIN or address do not match the carrier&apos;s records: review all four.</source>
        <translation>Le nom, le compte, le PIN ou l&apos;adresse ne correspondent pas aux données de l&apos;opérateur&#xa0;: vérifiez les quatre.</translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <source>Mobile line (MVNO)</source>
        <translation>Ligne mobile (MVNO)</translation>
    </message>
    <message>
        <source>IoT device</source>
        <translation>Objet connecté (IoT)</translation>
    </message>
</context>
<context>
    <name>ConnectionTab</name>
    <message>
        <source>Connection to Telegent</source>
        <translation>Connexion à Telegent</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode&#xa0;:</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Adresse de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Check connection</source>
        <translation>&amp;Vérifier la connexion</translation>
    </message>
    <message>
        <source>&amp;Settings and credentials...</source>
        <translation>&amp;Paramètres et identifiants...</translation>
    </message>
    <message>
        <source>Orders kept:</source>
        <translation>Demandes conservées&#xa0;:</translation>
    </message>
    <message>
        <source>Order &amp;registry...</source>
        <translation>&amp;Registre des demandes...</translation>
    </message>
    <message>
        <source>Request budget (shared by every desk on this account)</source>
        <translation>Quota de requêtes (partagé par tous les postes de ce compte)</translation>
    </message>
    <message>
        <source>Training scenarios</source>
        <translation>Scénarios de formation</translation>
    </message>
</context>
<context>
    <name>CustomerTexts</name>
    <message>
        <source>The order database %1 cannot record the text: %2</source>
        <translation>La base des demandes %1 ne peut pas enregistrer le SMS&#xa0;: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>it is not open</source>
        <translation>elle n&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>text %1 is not recorded</source>
        <translation>le SMS %1 n&apos;est pas enregistré</translation>
    </message>
</context>
<context>
    <name>ImportCsvDialog</name>
    <message>
        <source>Import port-ins from CSV</source>
        <translation>Importer des portabilités depuis un CSV</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>C&amp;hoose file...</source>
        <translation>&amp;Choisir un fichier...</translation>
    </message>
    <message>
        <source>&amp;Submit valid rows</source>
        <translation>&amp;Envoyer les lignes valides</translation>
    </message>
    <message>
        <source>S&amp;top sending</source>
        <translation>&amp;Arrêter l&apos;envoi</translation>
    </message>
</context>
<context>
    <name>LoaDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Letter of Authorization</source>
        <translation>Lettre d&apos;autorisation</translation>
    </message>
    <message>
        <source>To port telephone numbers to a new service provider</source>
        <translation>Pour la portabilité de numéros de téléphone vers un nouvel opérateur</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <extracomment>The letter&apos;s date under its title; %1 is the date as the UI writes it, e.g. &quot;Mar 4, 2026&quot;</extracomment>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <source>Telephone numbers to port</source>
        <translation>Numéros de téléphone à porter</translation>
    </message>
    <message>
        <source>Current service</source>
        <translation>Service actuel</translation>
    </message>
    <message>
        <source>Current carrier</source>
        <translation>Opérateur actuel</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Titulaire du compte</translation>
    </message>
    <message>
        <source>Authorizing person</source>
        <translation>Personne qui autorise</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Numéro de compte</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>I, %1, authorize %2 to port the telephone numbers listed in this letter from %3, and to act on my behalf with %3 to do so. I am the account holder named in this letter or I am authorized to act for the account holder. I understand that once the port is complete, %3 will no longer provide service on these numbers.</source>
        <extracomment>What the customer signs. %1: who signs (the account holder or the person acting for them), %2: the new provider (PortDesk&apos;s team), %3: the current carrier (used three times)</extracomment>
        <translation>Je soussigné(e), %1, autorise %2 à transférer depuis %3 les numéros de téléphone indiqués dans cette lettre, et à agir en mon nom auprès de %3 à cette fin. Je suis titulaire du compte désigné dans cette lettre ou j&apos;ai l&apos;autorisation d&apos;agir pour le compte du titulaire. Je comprends qu&apos;une fois la portabilité effectuée, %3 ne fournira plus de service sur ces numéros.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>Nom en capitales</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <source>The letter of authorization can only be made by the desktop application.</source>
        <translation>Seule l&apos;application de bureau peut générer la lettre d&apos;autorisation.</translation>
    </message>
    <message>
        <source>The letter of authorization needs at least one phone number.</source>
        <translation>La lettre d&apos;autorisation doit comporter au moins un numéro de téléphone.</translation>
    </message>
    <message>
        <source>The letter of authorization needs a date.</source>
        <translation>La lettre d&apos;autorisation doit comporter une date.</translation>
    </message>
    <message>
        <source>The letter of authorization could not be made.</source>
        <translation>La lettre d&apos;autorisation n&apos;a pas pu être générée.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PortDesk</source>
        <translation>PortDesk</translation>
    </message>
    <message>
        <source>TRAINING MODE</source>
        <translation>MODE FORMATION</translation>
    </message>
    <message>
        <source>New port-in</source>
        <translation>Nouvelle portabilité</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot prepare the order database: %1</source>
        <translation>Impossible de préparer la base des demandes&#xa0;: %1</translation>
    </message>
    <message>
        <source>The order database was written by a newer PortDesk (schema %1, this version knows %2). Update PortDesk; the database was not changed.</source>
        <translation>La base des demandes a été écrite par un PortDesk plus récent (schéma %1, cette version connaît le %2). Mettez PortDesk à jour&#x202f;; la base n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Cannot start a transaction on the order database: %1</source>
        <translation>Impossible de démarrer une transaction sur la base des demandes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Updating the order database to schema %1 failed: %2</source>
        <translation>La mise à jour de la base des demandes vers le schéma %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot mark the order database as PortDesk&apos;s: %1</source>
        <translation>Impossible de marquer la base des demandes comme appartenant à PortDesk&#xa0;: %1</translation>
    </message>
    <message>
        <source>Updating the order database failed: %1</source>
        <translation>La mise à jour de la base des demandes a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Modules</name>
    <message>
        <source>none of %1 exists</source>
        <translation>aucun de ces dossiers n&apos;existe&#xa0;: %1</translation>
    </message>
    <message>
        <source>PortDesk&apos;s module &quot;%1&quot; could not be loaded (%2): reinstall PortDesk.</source>
        <translation>Le module «&#xa0;%1&#xa0;» de PortDesk n&apos;a pas pu être chargé (%2)&#xa0;: réinstallez PortDesk.</translation>
    </message>
</context>
<context>
    <name>OrderChanges</name>
    <message>
        <source>The submit may or may not have reached Telegent.</source>
        <translation>L&apos;envoi est peut-être parvenu à Telegent, peut-être pas.</translation>
    </message>
    <message>
        <source>Telegent does not know this order (HTTP 404).</source>
        <translation>Telegent ne connaît pas cette demande (HTTP 404).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not received by Telegent</source>
        <translation>Non reçue par Telegent</translation>
    </message>
    <message>
        <source>Checked by the agent: this submit never reached Telegent.</source>
        <translation>Vérifié par l&apos;agent&#xa0;: cet envoi n&apos;est jamais parvenu à Telegent.</translation>
    </message>
    <message>
        <source>Received by Telegent as %1</source>
        <translation>Reçue par Telegent sous l&apos;ID %1</translation>
    </message>
    <message>
        <source>Checked by the agent: Telegent received this submit as order %1.</source>
        <translation>Vérifié par l&apos;agent&#xa0;: Telegent a reçu cet envoi sous l&apos;ID de demande %1.</translation>
    </message>
    <message>
        <source>The order of submit %1, whose outcome was unknown.</source>
        <translation>La demande de l&apos;envoi %1, dont le résultat était inconnu.</translation>
    </message>
</context>
<context>
    <name>OrderNotes</name>
    <message>
        <source>The note is empty: write what the next person should know.</source>
        <translation>La note est vide&#xa0;: écrivez ce que la personne suivante doit savoir.</translation>
    </message>
    <message>
        <source>A note holds at most %1 characters; this one has %2.</source>
        <translation>Une note compte au plus %1 caractères&#x202f;; celle-ci en a %2.</translation>
    </message>
    <message>
        <source>The note contains a character that is not text (%1): remove it.</source>
        <translation>La note contient un caractère qui n&apos;est pas du texte (%1)&#xa0;: supprimez-le.</translation>
    </message>
    <message>
        <source>The note contains the order&apos;s account number: notes are read by the whole team, so leave it out.</source>
        <translation>La note contient le numéro de compte de la demande&#xa0;: toute l&apos;équipe lit les notes, ne l&apos;y mettez donc pas.</translation>
    </message>
    <message>
        <source>The note looks like it holds a PIN or password: PortDesk never keeps one, so leave the digits out (&quot;new PIN to come&quot; is fine).</source>
        <translation>La note semble contenir un PIN ou un mot de passe&#xa0;: PortDesk n&apos;en conserve jamais, n&apos;indiquez donc pas les chiffres («&#xa0;nouveau PIN à venir&#xa0;» convient).</translation>
    </message>
    <message>
        <source>Order %1 is not in the registry.</source>
        <translation>La demande %1 n&apos;est pas dans le registre.</translation>
    </message>
    <message>
        <source>Could not save the note: %1</source>
        <translation>Impossible d&apos;enregistrer la note&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Pending Carrier Approval</source>
        <translation>En attente d&apos;approbation de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Resolution Required</source>
        <translation>Résolution requise</translation>
    </message>
</context>
<context>
    <name>OrderTexts</name>
    <message>
        <source>CurrentCarrierName</source>
        <comment>API field an update changed, in an order&apos;s history</comment>
        <translation>opérateur actuel</translation>
    </message>
    <message>
        <source>CurrentAccountNumber</source>
        <comment>API field an update changed, in an order&apos;s history</comment>
        <translation>numéro de compte</translation>
    </message>
    <message>
        <source>CurrentAccountPassword</source>
        <comment>API field an update changed, in an order&apos;s history</comment>
        <translation>PIN de transfert / code d&apos;accès</translation>
    </message>
    <message>
        <source>SubscriberName</source>
        <comment>API field an update changed, in an order&apos;s history</comment>
        <translation>nom du titulaire</translation>
    </message>
    <message>
        <source>ICCID</source>
        <comment>API field an update changed, in an order&apos;s history</comment>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>CurrentBillingAddress</source>
        <comment>API field an update changed, in an order&apos;s history</comment>
        <translation>adresse de facturation</translation>
    </message>
    <message>
        <source>Awaiting authorization</source>
        <translation>En attente d&apos;autorisation</translation>
    </message>
    <message>
        <source>Authorized, not submitted yet</source>
        <translation>Autorisée, pas encore envoyée</translation>
    </message>
    <message>
        <source>Written LOA created for the customer to sign; nothing sent to Telegent.</source>
        <translation>LOA écrite créée pour signature par le client&#x202f;; rien n&apos;a été envoyé à Telegent.</translation>
    </message>
    <message>
        <source>Withdrawn before it was submitted</source>
        <translation>Retirée avant l&apos;envoi</translation>
    </message>
    <message>
        <source>Submitted as %1</source>
        <translation>Envoyée sous l&apos;ID de demande %1</translation>
    </message>
    <message>
        <source>PortInDate</source>
        <comment>API field an update changed, in an order&apos;s history</comment>
        <translation>date de portabilité</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <source>Search number, name or order ID</source>
        <translation>Rechercher numéro, nom ou ID de demande</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Update...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>Ca&amp;ncel order...</source>
        <translation>A&amp;nnuler la demande...</translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation>&amp;Historique...</translation>
    </message>
    <message>
        <source>Cop&amp;y order ID</source>
        <translation>Cop&amp;ier l&apos;ID</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>&amp;Exporter en CSV...</translation>
    </message>
    <message>
        <source>Not recei&amp;ved...</source>
        <translation>Non reç&amp;ue...</translation>
    </message>
    <message>
        <source>For a submit whose outcome was unknown: you checked, and Telegent never received it.</source>
        <translation>Pour un envoi au résultat inconnu&#xa0;: vous avez vérifié que Telegent ne l&apos;a jamais reçu.</translation>
    </message>
    <message>
        <source>&amp;Track existing...</source>
        <translation>&amp;Suivre des demandes...</translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>Im&amp;porter un CSV...</translation>
    </message>
    <message>
        <source>Check a CSV file of port-ins and send its valid rows</source>
        <translation>Vérifier un fichier CSV de portabilités et envoyer ses lignes valides</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <source>Resu&amp;me...</source>
        <translation>&amp;Reprendre...</translation>
    </message>
    <message>
        <source>Authori&amp;zation rules...</source>
        <translation>Rè&amp;gles d&apos;autorisation...</translation>
    </message>
    <message>
        <source>Which authorizations the team accepts, and its verbal script</source>
        <translation>Les autorisations que l&apos;équipe accepte, et son script verbal</translation>
    </message>
    <message>
        <source>Attach signed &amp;LOA...</source>
        <translation>&amp;Joindre la LOA signée...</translation>
    </message>
    <message>
        <source>For a port-in awaiting authorization: the customer&apos;s signed LOA (PDF, PNG or JPEG).</source>
        <translation>Pour une portabilité en attente d&apos;autorisation&#xa0;: la LOA signée par le client (PDF, PNG ou JPEG).</translation>
    </message>
    <message>
        <source>Si&amp;gned LOA received...</source>
        <translation>&amp;LOA signée reçue...</translation>
    </message>
    <message>
        <source>For a port-in awaiting authorization: the signed LOA came back outside PortDesk (by mail, for example).</source>
        <translation>Pour une portabilité en attente d&apos;autorisation&#xa0;: la LOA signée est revenue en dehors de PortDesk (par courrier, par exemple).</translation>
    </message>
    <message>
        <source>C&amp;ontinue port-in</source>
        <translation>&amp;Continuer la portabilité</translation>
    </message>
    <message>
        <source>Opens the port-in whose signed LOA came back in the wizard, to submit it.</source>
        <translation>Ouvre dans l&apos;assistant la portabilité dont la LOA signée est revenue, pour l&apos;envoyer.</translation>
    </message>
    <message>
        <source>&amp;Withdraw...</source>
        <translation>Re&amp;tirer...</translation>
    </message>
    <message>
        <source>For a port-in awaiting authorization that will not go ahead: closes it and frees the number.</source>
        <translation>Pour une portabilité en attente d&apos;autorisation qui n&apos;aura pas lieu&#xa0;: la clôt et libère le numéro.</translation>
    </message>
    <message>
        <source>Every order not completed or cancelled yet, those needing action included</source>
        <translation>Toutes les demandes pas encore terminées ni annulées, y compris celles à traiter</translation>
    </message>
    <message>
        <source>Needs me &amp;first</source>
        <translation>L&apos;urgent &amp;d&apos;abord</translation>
    </message>
    <message>
        <source>Sort by urgency: what needs action first, then overdue ports, then the rest, oldest first. Click a column header to sort by that column instead.</source>
        <translation>Trier par urgence&#xa0;: d&apos;abord ce qui est à traiter, puis les portabilités en retard, puis le reste, les plus anciennes en premier. Cliquez sur un en-tête de colonne pour trier plutôt par cette colonne.</translation>
    </message>
    <message>
        <source>Customer te&amp;xts...</source>
        <translation>SMS au&amp;x clients...</translation>
    </message>
    <message>
        <source>The texts the team sends customers when their port moves, and the number they come from</source>
        <translation>Les SMS que l&apos;équipe envoie aux clients quand leur portabilité avance, et le numéro d&apos;où ils partent</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter the phone number.</source>
        <translation>Saisissez le numéro de téléphone.</translation>
    </message>
    <message>
        <source>Remove the extension: only the 10-digit number can be ported.</source>
        <translation>Retirez le poste&#xa0;: seul le numéro à 10 chiffres peut être porté.</translation>
    </message>
    <message>
        <source>Use digits only (spaces, dashes, dots and brackets are fine).</source>
        <translation>Utilisez uniquement des chiffres (espaces, tirets, points et parenthèses acceptés).</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Ce n&apos;est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>Enter a 10-digit US number (area code + number).</source>
        <translation>Saisissez un numéro américain à 10 chiffres (indicatif régional + numéro).</translation>
    </message>
</context>
<context>
    <name>PortInCsv</name>
    <message>
        <source>The file is larger than 10 MiB: split it into smaller files.</source>
        <translation>Le fichier dépasse 10 Mio&#xa0;: divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: save it as &quot;CSV UTF-8&quot;.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8&#xa0;: enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;».</translation>
    </message>
    <message>
        <source>The file is empty: it needs the header line and one line per port-in.</source>
        <translation>Le fichier est vide&#xa0;: il faut la ligne d&apos;en-tête et une ligne par portabilité.</translation>
    </message>
    <message>
        <source>Line 1: the column %1 appears twice.</source>
        <translation>Ligne 1&#xa0;: la colonne %1 apparaît deux fois.</translation>
    </message>
    <message>
        <source>Line 1: the header lacks the column(s) %1. Expected: %2</source>
        <translation>Ligne 1&#xa0;: il manque à l&apos;en-tête la ou les colonnes %1. Attendu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file has more than %1 port-ins: split it into smaller files.</source>
        <translation>Le fichier contient plus de %1 portabilités&#xa0;: divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>A quoted field is never closed.</source>
        <translation>Un champ entre guillemets n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2.</source>
        <translation>%1 champs, l&apos;en-tête en a %2.</translation>
    </message>
</context>
<context>
    <name>PortValidation</name>
    <message>
        <source>Verizon wants its 6-digit Number Transfer PIN (the customer dials #PORT or uses the My Verizon app), not the account PIN; it expires after a few days. Number Lock must be switched off on the Verizon account.</source>
        <translation>Verizon demande son PIN de transfert à 6 chiffres (le client compose #PORT ou utilise l&apos;app My Verizon), pas le PIN du compte&#x202f;; il expire au bout de quelques jours. Number Lock doit être désactivé sur le compte Verizon.</translation>
    </message>
    <message>
        <source>AT&amp;T wants its 6-digit Number Transfer PIN (the customer dials *PORT or uses the myAT&amp;T app), not the account passcode; it expires after a few days. Wireless Account Lock must be switched off.</source>
        <translation>AT&amp;T demande son PIN de transfert à 6 chiffres (le client compose *PORT ou utilise l&apos;app myAT&amp;T), pas le code d&apos;accès du compte&#x202f;; il expire au bout de quelques jours. Wireless Account Lock doit être désactivé.</translation>
    </message>
    <message>
        <source>T-Mobile wants its 6-digit Number Transfer PIN (from the T-Mobile app or account), not the account PIN; it expires after a few days. Port Out Protection must be switched off.</source>
        <translation>T-Mobile demande son PIN de transfert à 6 chiffres (dans l&apos;app ou le compte T-Mobile), pas le PIN du compte&#x202f;; il expire au bout de quelques jours. Port Out Protection doit être désactivé.</translation>
    </message>
    <message>
        <source>Metro by T-Mobile wants its 6-digit Number Transfer PIN (from the Metro app or account), not the account PIN; it expires after a few days. Port Out Protection must be switched off.</source>
        <translation>Metro by T-Mobile demande son PIN de transfert à 6 chiffres (dans l&apos;app ou le compte Metro), pas le PIN du compte&#x202f;; il expire au bout de quelques jours. Port Out Protection doit être désactivé.</translation>
    </message>
    <message>
        <source>Enter the name of the customer&apos;s current carrier as it appears on the bill.</source>
        <translation>Saisissez le nom de l&apos;opérateur actuel du client tel qu&apos;il figure sur la facture.</translation>
    </message>
    <message>
        <source>Enter the account number from the customer&apos;s bill with the current carrier.</source>
        <translation>Saisissez le numéro de compte figurant sur la facture de l&apos;opérateur actuel du client.</translation>
    </message>
    <message>
        <source>Account numbers contain only letters, digits and dashes: remove spaces and other characters.</source>
        <translation>Un numéro de compte ne contient que des lettres, des chiffres et des tirets&#xa0;: retirez les espaces et autres caractères.</translation>
    </message>
    <message>
        <source>This account number has %1 characters, carriers accept at most %2: check it against the bill.</source>
        <translation>Ce numéro de compte a %1 caractères, les opérateurs en acceptent au plus %2&#xa0;: vérifiez-le sur la facture.</translation>
    </message>
    <message>
        <source>The account number is the phone number itself: that is right only for some prepaid accounts, so confirm it with the customer.</source>
        <translation>Le numéro de compte est le numéro de téléphone lui-même&#xa0;: ce n&apos;est correct que pour certains comptes prépayés, confirmez-le avec le client.</translation>
    </message>
    <message>
        <source>Enter the account holder&apos;s name exactly as the current carrier has it: a name mismatch is the most common reason for a rejected port.</source>
        <translation>Saisissez le nom du titulaire exactement comme l&apos;opérateur actuel l&apos;a enregistré&#xa0;: un nom différent est la cause de refus la plus courante.</translation>
    </message>
    <message>
        <source>Enter the street address from the customer&apos;s bill.</source>
        <translation>Saisissez le numéro et la rue figurant sur la facture du client.</translation>
    </message>
    <message>
        <source>A PO Box is not accepted: ask the customer for the physical service address (street and house number).</source>
        <translation>Une boîte postale (PO Box) n&apos;est pas acceptée&#xa0;: demandez au client l&apos;adresse physique du service (rue et numéro).</translation>
    </message>
    <message>
        <source>Enter the city of the billing address.</source>
        <translation>Saisissez la ville de l&apos;adresse de facturation.</translation>
    </message>
    <message>
        <source>Choose the state of the billing address.</source>
        <translation>Choisissez l&apos;État de l&apos;adresse de facturation.</translation>
    </message>
    <message>
        <source>%1 (%2) is not part of the North American numbering plan: its numbers cannot be ported here.</source>
        <translation>%1 (%2) ne fait pas partie du plan de numérotation nord-américain&#xa0;: ses numéros ne peuvent pas être portés ici.</translation>
    </message>
    <message>
        <source>%1 is a military (APO/FPO) code: the billing address must be in a US state or territory.</source>
        <translation>%1 est un code militaire (APO/FPO)&#xa0;: l&apos;adresse de facturation doit être dans un État ou territoire américain.</translation>
    </message>
    <message>
        <source>Use the two-letter code: %1 for %2.</source>
        <translation>Utilisez le code à deux lettres&#xa0;: %1 pour %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a US state or territory: use the two-letter USPS code, for example UT.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un État ou territoire américain&#xa0;: utilisez le code USPS à deux lettres, par exemple UT.</translation>
    </message>
    <message>
        <source>Enter the ZIP code of the billing address.</source>
        <translation>Saisissez le code postal (ZIP) de l&apos;adresse de facturation.</translation>
    </message>
    <message>
        <source>Enter the ZIP as 5 digits (84043) or ZIP+4 (84043-1234).</source>
        <translation>Saisissez le ZIP sur 5 chiffres (84043) ou en ZIP+4 (84043-1234).</translation>
    </message>
    <message>
        <source>No US ZIP code starts with %1: check the ZIP on the bill.</source>
        <translation>Aucun code ZIP américain ne commence par %1&#xa0;: vérifiez le ZIP sur la facture.</translation>
    </message>
    <message>
        <source>ZIP %1 belongs to %2, not %3: carriers reject a ZIP from another state, so check both on the bill.</source>
        <translation>Le ZIP %1 appartient à %2, pas à %3&#xa0;: les opérateurs refusent un ZIP d&apos;un autre État, vérifiez les deux sur la facture.</translation>
    </message>
    <message>
        <source>The classification must be mvno or iot, not &quot;%1&quot;.</source>
        <translation>La classification doit être mvno ou iot, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Type the ICCID as digits only, without spaces or letters (an F at the end of a 20-character value is allowed).</source>
        <translation>Saisissez l&apos;ICCID en chiffres uniquement, sans espaces ni lettres (un F final est admis sur 20 caractères).</translation>
    </message>
    <message>
        <source>An ICCID has 19 or 20 digits, this one has %1: read it again from the SIM card.</source>
        <translation>Un ICCID a 19 ou 20 chiffres, celui-ci en a %1&#xa0;: relisez-le sur la carte SIM.</translation>
    </message>
    <message>
        <source>An ICCID starts with 89: check the first digits on the SIM card.</source>
        <translation>Un ICCID commence par 89&#xa0;: vérifiez les premiers chiffres sur la carte SIM.</translation>
    </message>
    <message>
        <source>This SIM was not issued in the US (US SIM cards start with 891 or 8901): check the ICCID if you expected a US SIM.</source>
        <translation>Cette SIM n&apos;a pas été émise aux États-Unis (les SIM américaines commencent par 891 ou 8901)&#xa0;: vérifiez l&apos;ICCID si vous attendiez une SIM américaine.</translation>
    </message>
    <message>
        <source>The ICCID does not add up: re-read the last digit on the SIM card (and, if it is right, the others).</source>
        <translation>L&apos;ICCID n&apos;est pas cohérent&#xa0;: relisez le dernier chiffre sur la carte SIM (et, s&apos;il est juste, les autres).</translation>
    </message>
    <message>
        <source>Enter the phone number to port.</source>
        <translation>Saisissez le numéro de téléphone à porter.</translation>
    </message>
    <message>
        <source>Remove the extension: only the 10-digit number itself can be ported.</source>
        <translation>Retirez le poste&#xa0;: seul le numéro à 10 chiffres lui-même peut être porté.</translation>
    </message>
    <message>
        <source>Use digits only: spaces, dashes, dots, brackets and a leading + are fine, letters are not.</source>
        <translation>Utilisez uniquement des chiffres&#xa0;: espaces, tirets, points, parenthèses et un + initial sont acceptés, les lettres non.</translation>
    </message>
    <message>
        <source>Only US numbers (+1) can be ported: this number has another country code.</source>
        <translation>Seuls les numéros américains (+1) peuvent être portés&#xa0;: ce numéro a un autre indicatif de pays.</translation>
    </message>
    <message>
        <source>The area code cannot start with 0 or 1: check the first three digits.</source>
        <translation>L&apos;indicatif régional ne peut pas commencer par 0 ou 1&#xa0;: vérifiez les trois premiers chiffres.</translation>
    </message>
    <message>
        <source>%1 is a service code (like 411 or 911), not an area code: check the first three digits.</source>
        <translation>%1 est un code de service (comme 411 ou 911), pas un indicatif régional&#xa0;: vérifiez les trois premiers chiffres.</translation>
    </message>
    <message>
        <source>The exchange (digits 4 to 6) cannot start with 0 or 1: check the number.</source>
        <translation>Le central (chiffres 4 à 6) ne peut pas commencer par 0 ou 1&#xa0;: vérifiez le numéro.</translation>
    </message>
    <message>
        <source>%1 is a service code (like 411), not an exchange: check digits 4 to 6.</source>
        <translation>%1 est un code de service (comme 411), pas un central&#xa0;: vérifiez les chiffres 4 à 6.</translation>
    </message>
    <message>
        <source>Area code %1 is not in use, or has no numbers like this one: check the number with the customer.</source>
        <translation>L&apos;indicatif %1 n&apos;est pas utilisé ou n&apos;a pas de numéros comme celui-ci&#xa0;: vérifiez le numéro avec le client.</translation>
    </message>
    <message>
        <source>Area code %1 is outside the US and its territories (%2): such numbers usually cannot be ported here.</source>
        <translation>L&apos;indicatif %1 est hors des États-Unis et de leurs territoires (%2)&#xa0;: ces numéros ne peuvent en général pas être portés ici.</translation>
    </message>
    <message>
        <source>%1 is a toll-free area code: toll-free numbers usually cannot be ported to a mobile plan.</source>
        <translation>%1 est un indicatif de numéro gratuit&#xa0;: les numéros gratuits ne peuvent en général pas être portés vers un forfait mobile.</translation>
    </message>
    <message>
        <source>900 is a premium-rate area code: such numbers usually cannot be ported to a mobile plan.</source>
        <translation>900 est un indicatif surtaxé&#xa0;: ces numéros ne peuvent en général pas être portés vers un forfait mobile.</translation>
    </message>
    <message>
        <source>555-0100 to 555-0199 are fictional numbers kept for examples and training: no real line can be ported from them.</source>
        <translation>Les numéros 555-0100 à 555-0199 sont fictifs, réservés aux exemples et à la formation&#xa0;: aucune ligne réelle ne peut en être portée.</translation>
    </message>
    <message>
        <source>This number already has an open port-in order (%1): update or cancel that order instead of submitting a new one.</source>
        <translation>Ce numéro a déjà une demande de portabilité ouverte (%1)&#xa0;: modifiez ou annulez cette demande au lieu d&apos;en envoyer une nouvelle.</translation>
    </message>
    <message numerus="yes">
        <source>Enter the 10-digit number: area code and number, with or without a leading 1. This has %n digit(s).</source>
        <translation>
            <numerusform>Saisissez le numéro à 10 chiffres&#xa0;: indicatif régional et numéro, avec ou sans 1 initial. Celui-ci a %n chiffre.</numerusform>
            <numerusform>Saisissez le numéro à 10 chiffres&#xa0;: indicatif régional et numéro, avec ou sans 1 initial. Celui-ci a %n chiffres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Digits: %1 of %2</source>
        <extracomment>Neutral progress under the number field while the agent is still typing, e.g. &quot;Digits: 3 of 10&quot;</extracomment>
        <translation>Chiffres&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Enter the port date as YYYY-MM-DD, for example %1.</source>
        <translation>Saisissez la date de portabilité au format AAAA-MM-JJ, par exemple %1.</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar: check the month and the day.</source>
        <translation>%1 n&apos;est pas un jour du calendrier&#xa0;: vérifiez le mois et le jour.</translation>
    </message>
    <message>
        <source>%1 is in the past: choose today (%2) or a later date.</source>
        <translation>%1 est dans le passé&#xa0;: choisissez aujourd&apos;hui (%2) ou une date ultérieure.</translation>
    </message>
    <message>
        <source>This field contains an invisible or control character (U+%1), often brought in by copy and paste: retype the value.</source>
        <translation>Ce champ contient un caractère invisible ou de contrôle (U+%1), souvent introduit par copier-coller&#xa0;: ressaisissez la valeur.</translation>
    </message>
    <message>
        <source>At most %1 characters fit here; this has %2.</source>
        <translation>Ce champ accepte au plus %1 caractères&#x202f;; la saisie en a %2.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s transfer PIN or passcode: the carrier needs it to release the number.</source>
        <translation>Saisissez le PIN de transfert ou le code d&apos;accès du compte du client&#xa0;: l&apos;opérateur en a besoin pour libérer le numéro.</translation>
    </message>
    <message>
        <source>Transfer PINs have 4 to 15 characters, this one has %1: check it with the customer.</source>
        <translation>Les PIN de transfert ont de 4 à 15 caractères, celui-ci en a %1&#xa0;: vérifiez-le avec le client.</translation>
    </message>
    <message>
        <source>Transfer PINs are usually digits only: make sure this is the transfer PIN, not an online password.</source>
        <translation>Les PIN de transfert ne sont en général que des chiffres&#xa0;: vérifiez qu&apos;il s&apos;agit bien du PIN de transfert et non d&apos;un mot de passe en ligne.</translation>
    </message>
</context>
<context>
    <name>RegistryFile</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes), so it is not a PortDesk order database</source>
        <translation>le fichier est vide (0 octet), ce n&apos;est donc pas une base des demandes de PortDesk</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>ce n&apos;est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>it belongs to another program (application id %1)</source>
        <translation>elle appartient à un autre programme (ID d&apos;application %1)</translation>
    </message>
    <message>
        <source>it is another program&apos;s database (no PortDesk tables)</source>
        <translation>c&apos;est la base de données d&apos;un autre programme (aucune table PortDesk)</translation>
    </message>
    <message>
        <source>it was written by a newer PortDesk (schema %1, this version knows %2); update PortDesk</source>
        <translation>elle a été écrite par un PortDesk plus récent (schéma %1, cette version connaît le %2)&#x202f;; mettez PortDesk à jour</translation>
    </message>
    <message>
        <source>cannot move the new database into place</source>
        <translation>impossible de mettre la nouvelle base à sa place</translation>
    </message>
    <message>
        <source>cannot make %1 private to its owner</source>
        <translation>impossible de réserver %1 à son propriétaire</translation>
    </message>
    <message>
        <source>cannot make the folder %1 private to its owner</source>
        <translation>impossible de réserver le dossier %1 à son propriétaire</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>RegistryLocation</name>
    <message>
        <source>sslmode=%1 is not one of libpq&apos;s modes (%2).</source>
        <translation>sslmode=%1 n&apos;est pas l&apos;un des modes de libpq (%2).</translation>
    </message>
    <message>
        <source>sslrootcert: there is no readable CA certificate file at %1.</source>
        <translation>sslrootcert&#xa0;: il n&apos;y a pas de fichier de certificat CA lisible à %1.</translation>
    </message>
    <message>
        <source>connect_timeout=%1 must be a whole number of seconds, 1 or more.</source>
        <translation>connect_timeout=%1 doit être un nombre entier de secondes, 1 ou plus.</translation>
    </message>
    <message>
        <source>The parameter %1 is not supported; PortDesk takes sslmode, sslrootcert, connect_timeout and host.</source>
        <translation>Le paramètre %1 n&apos;est pas pris en charge&#x202f;; PortDesk accepte sslmode, sslrootcert, connect_timeout et host.</translation>
    </message>
    <message>
        <source>Name a SQLite file or a team database (%1).</source>
        <translation>Indiquez un fichier SQLite ou une base d&apos;équipe (%1).</translation>
    </message>
    <message>
        <source>%1:// is not a registry: give a SQLite file path or a team database as %2.</source>
        <translation>%1:// n&apos;est pas un registre&#xa0;: indiquez le chemin d&apos;un fichier SQLite ou une base d&apos;équipe sous la forme %2.</translation>
    </message>
    <message>
        <source>The team database URI must not hold a password (it would show in process lists and shell history): PortDesk takes it from PGPASSWORD, ~/.pgpass or the keychain entry the registry dialog saved.</source>
        <translation>L&apos;URI de la base d&apos;équipe ne doit pas contenir de mot de passe (il apparaîtrait dans la liste des processus et l&apos;historique du shell)&#xa0;: PortDesk le prend dans PGPASSWORD, dans ~/.pgpass ou dans l&apos;entrée du trousseau enregistrée par la fenêtre «&#xa0;Registre des demandes&#xa0;».</translation>
    </message>
    <message>
        <source>This is not a usable team database URI (%1). Expected: %2</source>
        <translation>Ce n&apos;est pas un URI de base d&apos;équipe utilisable (%1). Format attendu&#xa0;: %2</translation>
    </message>
    <message>
        <source>A team database URI has no #fragment. Expected: %1</source>
        <translation>Un URI de base d&apos;équipe n&apos;a pas de #fragment. Format attendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The team database URI names no user. Expected: %1</source>
        <translation>L&apos;URI de la base d&apos;équipe n&apos;indique aucun utilisateur. Format attendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The team database URI names no server. Expected: %1</source>
        <translation>L&apos;URI de la base d&apos;équipe n&apos;indique aucun serveur. Format attendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The team database URI&apos;s port must be 1 to 65535.</source>
        <translation>Le port de l&apos;URI de la base d&apos;équipe doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The team database URI names no database (one name after the port). Expected: %1</source>
        <translation>L&apos;URI de la base d&apos;équipe n&apos;indique aucune base de données (un nom après le port). Format attendu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SendJournal</name>
    <message>
        <source>%1 is being sent right now by another PortDesk process using this order database: not sent again.</source>
        <translation>%1 est en cours d&apos;envoi par un autre processus PortDesk qui utilise cette base des demandes&#xa0;: non renvoyé.</translation>
    </message>
    <message>
        <source>%1 was sent before without a clear answer (%2): verify that submit in the orders view before sending the number again. Not sent.</source>
        <translation>%1 a déjà été envoyé sans réponse claire (%2)&#xa0;: vérifiez cet envoi dans la vue des demandes avant de renvoyer le numéro. Non envoyé.</translation>
    </message>
    <message>
        <source>%1 already has an open order (%2): not sent.</source>
        <translation>%1 a déjà une demande ouverte (%2)&#xa0;: non envoyé.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>The order database %1 could not record Telegent&apos;s answer: %2</source>
        <translation>La base des demandes %1 n&apos;a pas pu enregistrer la réponse de Telegent&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was sent: the order database %1 cannot record the send: %2</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: la base des demandes %1 ne peut pas enregistrer l&apos;envoi&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not open</source>
        <translation>elle n&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>there is none</source>
        <translation>il n&apos;y en a aucune</translation>
    </message>
    <message>
        <source>It may or may not have reached Telegent.</source>
        <translation>La portabilité est peut-être parvenue à Telegent, peut-être pas.</translation>
    </message>
    <message>
        <source>Telegent created order %1.</source>
        <translation>Telegent a créé la demande %1.</translation>
    </message>
    <message>
        <source>Do not send it again: PortDesk records it as an unknown outcome at its next start.</source>
        <translation>Ne la renvoyez pas&#xa0;: PortDesk l&apos;enregistre comme résultat inconnu au prochain démarrage.</translation>
    </message>
    <message>
        <source>Telegent answered with OrderId %1, which is already recorded for %2: recorded as %3 to check with Telegent; not sent again.</source>
        <translation>Telegent a répondu avec l&apos;OrderId %1, déjà enregistré pour %2&#xa0;: enregistré comme %3, à vérifier auprès de Telegent&#x202f;; non renvoyé.</translation>
    </message>
    <message>
        <source>Telegent&apos;s answer carried no OrderId: the port-in may or may not have been created.</source>
        <translation>La réponse de Telegent ne contenait pas d&apos;OrderId&#xa0;: la portabilité a peut-être été créée, peut-être pas.</translation>
    </message>
    <message>
        <source>PortDesk records it as an unknown outcome at its next start.</source>
        <translation>PortDesk l&apos;enregistre comme résultat inconnu au prochain démarrage.</translation>
    </message>
    <message>
        <source>Cannot read the sends on their way: %1</source>
        <translation>Impossible de lire les envois en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot record the interrupted sends: %1</source>
        <translation>Impossible d&apos;enregistrer les envois interrompus&#xa0;: %1</translation>
    </message>
    <message>
        <source>PortDesk stopped while this submit was on its way: it may or may not have reached Telegent. Verify it before sending the number again.</source>
        <translation>PortDesk s&apos;est arrêté pendant cet envoi&#xa0;: il est peut-être parvenu à Telegent, peut-être pas. Vérifiez-le avant de renvoyer le numéro.</translation>
    </message>
    <message>
        <source>PortDesk stopped while this %1 was on its way: it may or may not have reached Telegent; the next status check tells.</source>
        <translation>PortDesk s&apos;est arrêté pendant cette opération (%1)&#xa0;: elle est peut-être parvenue à Telegent, peut-être pas&#x202f;; la prochaine vérification du statut le dira.</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>The customer&apos;s 10-digit US number, in any format.</source>
        <translation>Le numéro américain à 10 chiffres du client, dans n&apos;importe quel format.</translation>
    </message>
    <message>
        <source>Mobile line or IoT device.</source>
        <translation>Ligne mobile ou objet connecté (IoT).</translation>
    </message>
    <message>
        <source>The carrier the number leaves, as on the bill.</source>
        <translation>L&apos;opérateur que quitte le numéro, comme sur la facture.</translation>
    </message>
    <message>
        <source>The account number on the current carrier&apos;s bill.</source>
        <translation>Le numéro de compte sur la facture de l&apos;opérateur actuel.</translation>
    </message>
    <message>
        <source>The name on the current carrier&apos;s account, exactly.</source>
        <translation>Le nom sur le compte de l&apos;opérateur actuel, à l&apos;identique.</translation>
    </message>
    <message>
        <source>Street address of the billing address. No PO box.</source>
        <translation>Numéro et rue de l&apos;adresse de facturation. Pas de boîte postale.</translation>
    </message>
    <message>
        <source>Apartment, suite or unit, if any.</source>
        <translation>Appartement, bureau ou unité, le cas échéant.</translation>
    </message>
    <message>
        <source>City of the billing address.</source>
        <translation>Ville de l&apos;adresse de facturation.</translation>
    </message>
    <message>
        <source>State or territory; type its two letters.</source>
        <translation>État ou territoire&#x202f;; tapez ses deux lettres.</translation>
    </message>
    <message>
        <source>5-digit ZIP code, or ZIP+4.</source>
        <translation>Code ZIP à 5 chiffres, ou ZIP+4.</translation>
    </message>
    <message>
        <source>Optional: the 19 or 20 digits printed on the SIM card.</source>
        <translation>Facultatif&#xa0;: les 19 ou 20 chiffres imprimés sur la carte SIM.</translation>
    </message>
    <message>
        <source>The Number Transfer PIN, or the account passcode if the carrier has none. Never saved.</source>
        <translation>Le PIN de transfert, ou le code d&apos;accès du compte si l&apos;opérateur n&apos;a pas de PIN. Jamais enregistré.</translation>
    </message>
    <message>
        <source>The person who holds the account at the current carrier. Taken from the subscriber name; change it if someone else holds the account.</source>
        <translation>La personne titulaire du compte chez l&apos;opérateur actuel. Repris du nom du titulaire saisi plus tôt&#x202f;; modifiez-le si le compte est au nom de quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>Optional: the person giving the authorization, when it is not the account holder (for example, an authorized user of a business account).</source>
        <translation>Facultatif&#xa0;: la personne qui donne l&apos;autorisation, si ce n&apos;est pas le titulaire du compte (par exemple, un utilisateur autorisé d&apos;un compte professionnel).</translation>
    </message>
    <message>
        <source>The mobile number the customer wants the texts about this port on: the number being ported unless they give another.</source>
        <translation>Le numéro mobile sur lequel le client veut recevoir les SMS sur cette portabilité&#xa0;: le numéro porté, sauf s&apos;il en donne un autre.</translation>
    </message>
</context>
<context>
    <name>SignedLoaFile</name>
    <message>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <source>a HEIC photo</source>
        <translation>une photo HEIC</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>une image GIF</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>une image TIFF</translation>
    </message>
    <message>
        <source>a ZIP archive or Office document</source>
        <translation>une archive ZIP ou un document Office</translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation>un programme Windows</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>un programme</translation>
    </message>
    <message>
        <source>%1 is too large (%2): a signed letter may be at most %3. Scan it at a lower resolution or as a PDF.</source>
        <translation>%1 est trop volumineux (%2)&#xa0;: une lettre signée ne peut pas dépasser %3. Numérisez-la avec une résolution plus basse ou en PDF.</translation>
    </message>
    <message>
        <source>%1 is empty: attach the signed letter itself.</source>
        <translation>%1 est vide&#xa0;: joignez la lettre signée elle-même.</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>un fichier texte</translation>
    </message>
    <message>
        <source>%1 is not a PDF, PNG or JPEG file. Attach the signed letter as a PDF, PNG or JPEG.</source>
        <translation>%1 n&apos;est pas un fichier PDF, PNG ou JPEG. Joignez la lettre signée au format PDF, PNG ou JPEG.</translation>
    </message>
    <message>
        <source>%1 is not a PDF, PNG or JPEG file: it is %2. Attach the signed letter as a PDF, PNG or JPEG.</source>
        <translation>%1 n&apos;est pas un fichier PDF, PNG ou JPEG&#xa0;: c&apos;est %2. Joignez la lettre signée au format PDF, PNG ou JPEG.</translation>
    </message>
    <message>
        <source>%1 holds %2 but its name does not end in .pdf, .png or .jpg. Rename it to match.</source>
        <translation>%1 contient %2, mais son nom ne se termine pas par .pdf, .png ou .jpg. Renommez-le en conséquence.</translation>
    </message>
    <message>
        <source>%1 is named as %2 but it is really %3. Rename it to match what it holds, or attach the right file.</source>
        <translation>%1 est nommé comme %2, mais c&apos;est en réalité %3. Renommez-le selon son contenu ou joignez le bon fichier.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder: attach the signed letter&apos;s file.</source>
        <translation>%1 est un dossier&#xa0;: joignez le fichier de la lettre signée.</translation>
    </message>
    <message>
        <source>%1 is not a file: attach the signed letter&apos;s file.</source>
        <translation>%1 n&apos;est pas un fichier&#xa0;: joignez le fichier de la lettre signée.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TeamLedger</name>
    <message>
        <source>cannot prepare the team&apos;s request budget: %1</source>
        <translation>impossible de préparer le quota de requêtes de l&apos;équipe&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TelegentClient</name>
    <message>
        <source>PortDesk is still starting: no API address is set yet.</source>
        <translation>PortDesk démarre encore&#xa0;: aucune adresse d&apos;API n&apos;est encore définie.</translation>
    </message>
</context>
<context>
    <name>TextTemplates</name>
    <message>
        <source>The text is empty: write what the customer should read.</source>
        <translation>Le SMS est vide&#xa0;: écrivez ce que le client doit lire.</translation>
    </message>
    <message>
        <source>The text contains a character that is not text (%1): remove it.</source>
        <translation>Le SMS contient un caractère qui n&apos;est pas du texte (%1)&#xa0;: supprimez-le.</translation>
    </message>
    <message>
        <source>{%1} is not something PortDesk fills in: use {last4}, {brand} or {fix}. A text never holds the PIN, the account number or the address.</source>
        <translation>PortDesk ne remplit pas {%1}&#xa0;: utilisez {last4}, {brand} ou {fix}. Un SMS ne contient jamais le PIN, le numéro de compte ni l&apos;adresse.</translation>
    </message>
    <message>
        <source>The text holds %1 digits in a row (%2): a PIN or an account number must never be in a text. Use {last4} for the number.</source>
        <translation>Le SMS contient %1 chiffres à la suite (%2)&#xa0;: un PIN ou un numéro de compte ne doit jamais figurer dans un SMS. Utilisez {last4} pour le numéro.</translation>
    </message>
    <message>
        <source>The text looks like it holds a PIN: leave the digits out.</source>
        <translation>Le SMS semble contenir un PIN&#xa0;: n&apos;en mettez pas les chiffres.</translation>
    </message>
    <message>
        <source>Filled in, this text can take %1 segments (%2); PortDesk sends at most %3: shorten it.</source>
        <translation>Une fois rempli, ce SMS peut occuper %1 segments (%2)&#x202f;; PortDesk en envoie au plus %3&#xa0;: raccourcissez-le.</translation>
    </message>
    <message>
        <source>The text would hold the order&apos;s account number.</source>
        <translation>Le SMS contiendrait le numéro de compte de la demande.</translation>
    </message>
    <message>
        <source>The text looks like it holds a PIN.</source>
        <translation>Le SMS semble contenir un PIN.</translation>
    </message>
    <message>
        <source>The text would hold the customer&apos;s billing address.</source>
        <translation>Le SMS contiendrait l&apos;adresse de facturation du client.</translation>
    </message>
    <message>
        <source>The text would hold the customer&apos;s ZIP code.</source>
        <translation>Le SMS contiendrait le code ZIP du client.</translation>
    </message>
    <message>
        <source>The text would take %1 segments (%2); PortDesk sends at most %3.</source>
        <translation>Le SMS occuperait %1 segments (%2)&#x202f;; PortDesk en envoie au plus %3.</translation>
    </message>
</context>
<context>
    <name>TextTrigger</name>
    <message>
        <source>Port-in submitted</source>
        <translation>Portabilité envoyée</translation>
    </message>
    <message>
        <source>Needs the customer&apos;s action</source>
        <translation>Action du client requise</translation>
    </message>
    <message>
        <source>Port scheduled</source>
        <translation>Portabilité planifiée</translation>
    </message>
    <message>
        <source>Port completed</source>
        <translation>Portabilité terminée</translation>
    </message>
    <message>
        <source>Port cancelled</source>
        <translation>Portabilité annulée</translation>
    </message>
</context>
<context>
    <name>UpdateOrderDialog</name>
    <message>
        <source>Update port-in</source>
        <translation>Modifier la portabilité</translation>
    </message>
    <message>
        <source>&amp;Account number:</source>
        <translation>Numéro de &amp;compte&#xa0;:</translation>
    </message>
    <message>
        <source>Street &amp;1:</source>
        <translation>Numéro et r&amp;ue&#xa0;:</translation>
    </message>
    <message>
        <source>Street &amp;2:</source>
        <translation>Complé&amp;ment d&apos;adresse&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;ZIP:</source>
        <translation>&amp;ZIP&#xa0;:</translation>
    </message>
    <message>
        <source>IC&amp;CID:</source>
        <translation>ICCI&amp;D&#xa0;:</translation>
    </message>
    <message>
        <source>Port-in &amp;date (YYYY-MM-DD):</source>
        <translation>Date de portabi&amp;lité (AAAA-MM-JJ)&#xa0;:</translation>
    </message>
    <message>
        <source>Sho&amp;w PIN</source>
        <translation>Affic&amp;her le PIN</translation>
    </message>
    <message>
        <source>Current ca&amp;rrier:</source>
        <translation>&amp;Opérateur actuel&#xa0;:</translation>
    </message>
    <message>
        <source>Subscriber &amp;name:</source>
        <translation>Nom du t&amp;itulaire&#xa0;:</translation>
    </message>
    <message>
        <source>Transfer &amp;PIN / passcode:</source>
        <translation>&amp;PIN de transfert / code d&apos;accès&#xa0;:</translation>
    </message>
</context>
<context>
    <name>VerbalScript</name>
    <message>
        <source>Before I submit this request, I need your authorization. You are asking {provider} to move the phone number {number} from {carrier} to {provider}. Are you {holder}, the account holder, or authorized to act for the account holder? Do you authorize {provider} to transfer this number, knowing that your service for it with {carrier} will end when the transfer completes, and that any remaining contract or balance with {carrier} stays yours to settle? Please answer yes or no.</source>
        <translation>Avant d&apos;envoyer cette demande, j&apos;ai besoin de votre autorisation. Vous demandez à {provider} de transférer le numéro de téléphone {number}, actuellement chez {carrier}, vers {provider}. Êtes-vous {holder}, titulaire du compte, ou avez-vous l&apos;autorisation d&apos;agir pour le compte du titulaire&#x202f;? Autorisez-vous {provider} à transférer ce numéro, en sachant que votre service chez {carrier} pour ce numéro prendra fin une fois le transfert effectué, et que tout engagement ou solde restant dû à {carrier} reste à votre charge&#x202f;? Veuillez répondre par oui ou par non.</translation>
    </message>
</context>
<context>
    <name>portdesk</name>
    <message>
        <source>Open another window even if PortDesk is already running with this registry.</source>
        <translation>Ouvre une autre fenêtre même si PortDesk est déjà lancé avec ce registre.</translation>
    </message>
    <message>
        <source>PortDesk is already running but does not answer; close it or start with --new-instance.</source>
        <translation>PortDesk est déjà lancé mais ne répond pas&#x202f;; fermez-le ou démarrez avec --new-instance.</translation>
    </message>
    <message>
        <source>Use this order registry instead of the saved choice (also PORTDESK_REGISTRY; the option wins): a SQLite file, or a team database as postgresql://USER@HOST:PORT/DBNAME, with sslmode, sslrootcert (CA file) and connect_timeout allowed as ?parameters. The password comes from PGPASSWORD, ~/.pgpass or the keychain entry the registry dialog saved, never from the URI. A server on another computer is used over TLS with its certificate verified unless sslmode=disable says plaintext.</source>
        <translation>Utilise ce registre des demandes au lieu du choix enregistré (aussi PORTDESK_REGISTRY&#x202f;; l&apos;option l&apos;emporte)&#xa0;: un fichier SQLite, ou une base d&apos;équipe sous la forme postgresql://USER@HOST:PORT/DBNAME, avec sslmode, sslrootcert (fichier CA) et connect_timeout admis comme ?paramètres. Le mot de passe vient de PGPASSWORD, de ~/.pgpass ou de l&apos;entrée du trousseau enregistrée par la fenêtre «&#xa0;Registre des demandes&#xa0;», jamais de l&apos;URI. Un serveur situé sur un autre ordinateur est utilisé via TLS avec vérification de son certificat, sauf si sslmode=disable demande une connexion en clair.</translation>
    </message>
</context>
<context>
    <name>portdesk-cli</name>
    <message>
        <source>back on the team&apos;s shared request budget.</source>
        <translation>de retour sur le quota de requêtes partagé de l&apos;équipe.</translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>avertissement&#xa0;:</translation>
    </message>
</context>
<context>
    <name>portdesk::AppContext</name>
    <message>
        <source>No Telegent credentials are set.</source>
        <translation>Aucun identifiant Telegent n&apos;est configuré.</translation>
    </message>
    <message>
        <source>The API address in the settings is not usable: %1</source>
        <translation>L&apos;adresse de l&apos;API dans les paramètres est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message>
        <source>No Telegent credentials: set TELEGENT_ACCOUNT_KEY and TELEGENT_ACCOUNT_SECRET, save them in PortDesk&apos;s settings, or use --sandbox.</source>
        <translation>Aucun identifiant Telegent&#xa0;: définissez TELEGENT_ACCOUNT_KEY et TELEGENT_ACCOUNT_SECRET, enregistrez-les dans les paramètres de PortDesk ou utilisez --sandbox.</translation>
    </message>
    <message>
        <source>%1 The training simulator could not start: %2</source>
        <translation>%1 Le simulateur de formation n&apos;a pas pu démarrer&#xa0;: %2</translation>
    </message>
    <message>
        <source>--sandbox: the embedded simulator.</source>
        <translation>--sandbox&#xa0;: le simulateur intégré.</translation>
    </message>
    <message>
        <source>the team database cannot be reached: %1</source>
        <translation>la base d&apos;équipe est inaccessible&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The %n practice order(s) of the training session were dropped: they never reached a carrier.</source>
        <translation>
            <numerusform>%n demande de la session de formation a été supprimée&#xa0;: elle n&apos;est jamais parvenue à un opérateur.</numerusform>
            <numerusform>Les %n demandes de la session de formation ont été supprimées&#xa0;: elles ne sont jamais parvenues à un opérateur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::AuthorizationRecords</name>
    <message>
        <source>The order database cannot record it: %1</source>
        <translation>La base des demandes ne peut pas l&apos;enregistrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is already held by %2: not recorded.</source>
        <translation>%1 est déjà réservé par %2&#xa0;: non enregistré.</translation>
    </message>
    <message>
        <source>The signed LOA has no valid SHA-256.</source>
        <translation>La LOA signée n&apos;a pas de SHA-256 valide.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot keep the signed LOA in %1: %2</source>
        <translation>Impossible de conserver la LOA signée dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a port-in waiting for its LOA.</source>
        <translation>%1 n&apos;est pas une portabilité en attente de sa LOA.</translation>
    </message>
    <message>
        <source>A signed LOA needs its file or a reference.</source>
        <translation>Une LOA signée nécessite son fichier ou une référence.</translation>
    </message>
    <message>
        <source>No signed LOA is kept under %1.</source>
        <translation>Aucune LOA signée n&apos;est conservée sous %1.</translation>
    </message>
</context>
<context>
    <name>portdesk::AuthorizationStep</name>
    <message>
        <source>[account holder]</source>
        <translation>[titulaire du compte]</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Remove the control characters (tabs, line breaks).</source>
        <translation>Retirez les caractères de contrôle (tabulations, retours à la ligne).</translation>
    </message>
    <message>
        <source>Enter the account holder&apos;s name, as on the current carrier&apos;s account.</source>
        <translation>Saisissez le nom du titulaire du compte, tel qu&apos;il figure sur le compte de l&apos;opérateur actuel.</translation>
    </message>
    <message>
        <source>The signed LOA has not come back yet: attach it in the orders view, then continue this port-in.</source>
        <translation>La LOA signée n&apos;est pas encore revenue&#xa0;: joignez-la dans la vue des demandes, puis poursuivez cette portabilité.</translation>
    </message>
    <message>
        <source>Record the customer&apos;s authorization first (Authorization page): nothing was sent.</source>
        <translation>Enregistrez d&apos;abord l&apos;autorisation du client (page Autorisation)&#xa0;: rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Your team requires a signed LOA for every port-in: a verbal authorization is not enough.</source>
        <translation>Votre équipe exige une LOA signée pour chaque portabilité&#xa0;: une autorisation verbale ne suffit pas.</translation>
    </message>
</context>
<context>
    <name>portdesk::BulkImport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>These rows were to be sent to %1, but PortDesk now sends to %2: they are not sent. Discard them, or resume them from a desk set up like before.</source>
        <translation>Ces lignes devaient être envoyées à %1, mais PortDesk envoie maintenant à %2&#xa0;: elles ne sont pas envoyées. Abandonnez-les, ou reprenez-les depuis un poste configuré comme avant.</translation>
    </message>
    <message>
        <source>%1 has changed since the import started.</source>
        <translation>%1 a changé depuis le début de l&apos;importation.</translation>
    </message>
    <message>
        <source>PortDesk stopped while this row was on its way: it may or may not have reached Telegent. Check before sending it again.</source>
        <translation>PortDesk s&apos;est arrêté pendant l&apos;envoi de cette ligne&#xa0;: elle est peut-être parvenue à Telegent, peut-être pas. Vérifiez avant de la renvoyer.</translation>
    </message>
    <message>
        <source>Row %1 is not in this file any more: not sent.</source>
        <translation>La ligne %1 n&apos;est plus dans ce fichier&#xa0;: non envoyée.</translation>
    </message>
    <message>
        <source>Row %1 now holds %2, not %3: not sent. Import the file again to send it.</source>
        <translation>La ligne %1 contient maintenant %2, et non %3&#xa0;: non envoyée. Importez de nouveau le fichier pour l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Row %1 no longer passes the checks: %2</source>
        <translation>La ligne %1 ne passe plus les vérifications&#xa0;: %2</translation>
    </message>
    <message>
        <source>The list of rows to send could not be saved (%1): if PortDesk stops now, check the orders view before importing the file again.</source>
        <translation>La liste des lignes à envoyer n&apos;a pas pu être enregistrée (%1)&#xa0;: si PortDesk s&apos;arrête maintenant, consultez la vue des demandes avant de réimporter le fichier.</translation>
    </message>
</context>
<context>
    <name>portdesk::BulkRowsModel</name>
    <message>
        <source>Not sent: fix the file</source>
        <translation>Non envoyée&#xa0;: à corriger</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Prête à envoyer</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Envoi...</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Submitted: %1</source>
        <translation>Envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Outcome unknown: check before resending</source>
        <translation>Résultat inconnu&#xa0;: vérifier avant de renvoyer</translation>
    </message>
    <message>
        <source>Not sent: row changed</source>
        <translation>Non envoyée&#xa0;: ligne modifiée</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID de demande</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorisation</translation>
    </message>
</context>
<context>
    <name>portdesk::BulkSubmission</name>
    <message>
        <source>PortDesk closed while this row was on its way: it may or may not have reached Telegent. Check before sending it again.</source>
        <translation>PortDesk a été fermé pendant l&apos;envoi de cette ligne&#xa0;: elle est peut-être parvenue à Telegent, peut-être pas. Vérifiez avant de la renvoyer.</translation>
    </message>
</context>
<context>
    <name>portdesk::BulkValidation</name>
    <message>
        <source>row %1 of this file already ports this number</source>
        <translation>la ligne %1 de ce fichier porte déjà ce numéro</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field name, then what is wrong with it</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>portdesk::ConnectionSetup</name>
    <message>
        <source>Connected: %1 accepted the credentials.</source>
        <translation>Connecté&#xa0;: %1 a accepté les identifiants.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter both the AccountKey and the AccountSecret.</source>
        <translation>Saisissez l&apos;AccountKey et l&apos;AccountSecret.</translation>
    </message>
    <message>
        <source>Saved in the system keychain. PortDesk now works live with %1 as %2.</source>
        <translation>Enregistrés dans le trousseau du système. PortDesk travaille maintenant en mode réel avec %1 en tant que %2.</translation>
    </message>
    <message>
        <source>No credentials are saved.</source>
        <translation>Aucun identifiant n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>The credentials were deleted.</source>
        <translation>Les identifiants ont été supprimés.</translation>
    </message>
    <message>
        <source>Credentials deleted. PortDesk is in training mode now: every request goes to its built-in simulator.</source>
        <translation>Identifiants supprimés. PortDesk est maintenant en mode formation&#xa0;: toutes les requêtes vont à son simulateur intégré.</translation>
    </message>
    <message>
        <source>Credentials deleted.</source>
        <translation>Identifiants supprimés.</translation>
    </message>
</context>
<context>
    <name>portdesk::CredentialStore</name>
    <message>
        <source>No saved credentials were found in the system keychain.</source>
        <translation>Aucun identifiant enregistré n&apos;a été trouvé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Credentials cannot be saved on this computer.</source>
        <translation>Aucun trousseau système n&apos;est disponible (%1). Les identifiants ne peuvent pas être enregistrés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1).</source>
        <translation>L&apos;accès au trousseau du système a été refusé (%1).</translation>
    </message>
    <message>
        <source>No system keychain is reachable (%1). Credentials cannot be read or saved until it runs.</source>
        <translation>Aucun trousseau système n&apos;est accessible (%1). Les identifiants ne peuvent être ni lus ni enregistrés tant qu&apos;il ne fonctionne pas.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Le trousseau du système a signalé une erreur&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); it may be locked.</source>
        <translation>
            <numerusform>Le trousseau du système n&apos;a pas répondu en %n seconde&#x202f;; il est peut-être verrouillé.</numerusform>
            <numerusform>Le trousseau du système n&apos;a pas répondu en %n secondes&#x202f;; il est peut-être verrouillé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::OrderActions</name>
    <message>
        <source>%1 is not a Telegent order ID.</source>
        <translation>%1 n&apos;est pas un ID de demande Telegent.</translation>
    </message>
</context>
<context>
    <name>portdesk::OrderRegistry</name>
    <message>
        <source>The order database %1 cannot be used: %2. It was left unchanged.</source>
        <translation>La base des demandes %1 est inutilisable&#xa0;: %2. Elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Could not save to the order database: %1</source>
        <translation>Impossible d&apos;enregistrer dans la base des demandes&#xa0;: %1</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>la base n&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>order %1 was not written</source>
        <translation>la demande %1 n&apos;a pas été écrite</translation>
    </message>
    <message>
        <source>order %1 is already recorded</source>
        <translation>la demande %1 est déjà enregistrée</translation>
    </message>
    <message>
        <source>order %1 is not in the registry</source>
        <translation>la demande %1 n&apos;est pas dans le registre</translation>
    </message>
    <message>
        <source>%1 is not an unverified submit</source>
        <translation>%1 n&apos;est pas un envoi non vérifié</translation>
    </message>
    <message>
        <source>The team database %1 cannot be used: %2</source>
        <translation>La base d&apos;équipe %1 est inutilisable&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>portdesk::OrderTimelineModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Tracked</source>
        <translation>Suivie</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Changement de statut</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Unknown outcome</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>Checked by the agent</source>
        <translation>Vérifiée par l&apos;agent</translation>
    </message>
    <message>
        <source>Found at Telegent</source>
        <translation>Trouvée chez Telegent</translation>
    </message>
    <message>
        <source>Authorization recorded</source>
        <translation>Autorisation enregistrée</translation>
    </message>
    <message>
        <source>LOA sent to the customer</source>
        <translation>LOA envoyée au client</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Submitted as an order</source>
        <translation>Envoyée en tant que demande</translation>
    </message>
    <message>
        <source>Duplicate order id</source>
        <translation>ID de demande en double</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Autre événement</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source> — </source>
        <comment>between the parts of an event&apos;s details</comment>
        <translation> — </translation>
    </message>
    <message>
        <source>Texts answer recorded</source>
        <translation>Réponse sur les SMS enregistrée</translation>
    </message>
    <message>
        <source>Text sent to the customer</source>
        <translation>SMS envoyé au client</translation>
    </message>
    <message>
        <source>Text status</source>
        <translation>Statut du SMS</translation>
    </message>
    <message>
        <source>Text outcome unknown (not sent again)</source>
        <translation>Résultat du SMS inconnu (non renvoyé)</translation>
    </message>
    <message>
        <source>Text refused by Telegent</source>
        <translation>SMS refusé par Telegent</translation>
    </message>
    <message>
        <source>Text not sent</source>
        <translation>SMS non envoyé</translation>
    </message>
</context>
<context>
    <name>portdesk::OrdersFilterModel</name>
    <message>
        <source>%1 (left this filter)</source>
        <translation>%1 (hors de ce filtre)</translation>
    </message>
</context>
<context>
    <name>portdesk::OrdersModel</name>
    <message>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>The submit may or may not have reached Telegent: check before resubmitting.</source>
        <translation>L&apos;envoi est peut-être parvenu à Telegent, peut-être pas&#xa0;: vérifiez avant de renvoyer.</translation>
    </message>
    <message>
        <source>Not found at Telegent (404).</source>
        <translation>Introuvable chez Telegent (404).</translation>
    </message>
    <message>
        <source>Waiting for the first status check.</source>
        <translation>En attente de la première vérification du statut.</translation>
    </message>
    <message numerus="yes">
        <source>%n business day</source>
        <translation>
            <numerusform>%n jour ouvré</numerusform>
            <numerusform>%n jours ouvrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business days</source>
        <translation>
            <numerusform>%n jour ouvré</numerusform>
            <numerusform>%n jours ouvrés</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>il y a 1 heure</translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Dernière vérif.</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID de demande</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Telegent status: %1</source>
        <translation>Statut Telegent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorisation</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, en retard</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>portdesk::PollLease</name>
    <message>
        <source>this desk stopped polling</source>
        <translation>ce poste a cessé de vérifier les statuts</translation>
    </message>
    <message>
        <source>the team database cannot be reached: %1</source>
        <translation>la base d&apos;équipe est inaccessible&#xa0;: %1</translation>
    </message>
    <message>
        <source>the connection to the team database was lost: %1</source>
        <translation>la connexion à la base d&apos;équipe a été perdue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>portdesk::PortInSession</name>
    <message>
        <source>Telegent says this number cannot be ported: %1</source>
        <translation>Telegent indique que ce numéro ne peut pas être porté&#xa0;: %1</translation>
    </message>
    <message>
        <source>The eligibility check could not be done (%1). You may continue; Telegent checks again when the port is submitted.</source>
        <translation>L&apos;éligibilité n&apos;a pas pu être vérifiée (%1). Vous pouvez continuer&#x202f;; Telegent la vérifie de nouveau à l&apos;envoi de la portabilité.</translation>
    </message>
    <message>
        <source>Checking eligibility with Telegent...</source>
        <translation>Vérification de l&apos;éligibilité auprès de Telegent...</translation>
    </message>
    <message>
        <source>Eligible. Current carrier: %1%2.</source>
        <translation>Éligible. Opérateur actuel&#xa0;: %1%2.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>, number type: %1</source>
        <translation>, type de numéro&#xa0;: %1</translation>
    </message>
    <message>
        <source>Telegent asked PortDesk to slow down. The port-in is queued and goes out at %1; nothing is lost.</source>
        <translation>Telegent a demandé à PortDesk de ralentir. La portabilité est en file d&apos;attente et sera envoyée à %1&#x202f;; rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>The account&apos;s request budget is used up for this minute. The port-in is queued and goes out at %1; nothing is lost.</source>
        <translation>Le quota de requêtes du compte est épuisé pour cette minute. La portabilité est en file d&apos;attente et sera envoyée à %1&#x202f;; rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Sending to Telegent...</source>
        <translation>Envoi à Telegent...</translation>
    </message>
    <message>
        <source>Telegent refused PortDesk&apos;s credentials (%1). Correct them in the settings: nothing can be submitted until they are accepted.</source>
        <translation>Telegent a refusé les identifiants de PortDesk (%1). Corrigez-les dans les paramètres&#xa0;: rien ne peut être envoyé tant qu&apos;ils ne sont pas acceptés.</translation>
    </message>
    <message>
        <source>Telegent asked PortDesk to wait. The port-in was not processed and goes out again at %1; nothing is lost.</source>
        <translation>Telegent a demandé à PortDesk de patienter. La portabilité n&apos;a pas été traitée et sera renvoyée à %1&#x202f;; rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>The eligibility check starts once PortDesk is connected to Telegent.</source>
        <translation>La vérification d&apos;éligibilité commence dès que PortDesk est connecté à Telegent.</translation>
    </message>
    <message>
        <source>PortDesk is not connected to Telegent yet: nothing was sent. Submit again once training or live mode is set.</source>
        <translation>PortDesk n&apos;est pas encore connecté à Telegent&#xa0;: rien n&apos;a été envoyé. Envoyez de nouveau une fois le mode formation ou le mode réel établi.</translation>
    </message>
    <message>
        <source>PortDesk is not connected to an order database yet: nothing was kept.</source>
        <translation>PortDesk n&apos;est pas encore connecté à une base des demandes&#xa0;: rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>%1 is not a port-in waiting for its LOA.</source>
        <translation>%1 n&apos;est pas une portabilité en attente de sa LOA.</translation>
    </message>
</context>
<context>
    <name>portdesk::RegistrySetup</name>
    <message>
        <source>Enter the server, the database and the user.</source>
        <translation>Saisissez le serveur, la base de données et l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>PortDesk uses it from its next start.</source>
        <translation>PortDesk l&apos;utilisera au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>portdesk::RequestScheduler</name>
    <message>
        <source>The team&apos;s request budget cannot be reached (%1). This desk keeps to %2 of the account&apos;s %3 requests a minute until it is back.</source>
        <translation>Le quota de requêtes de l&apos;équipe est inaccessible (%1). Ce poste se limite à %2 des %3 requêtes par minute du compte jusqu&apos;à son retour.</translation>
    </message>
</context>
<context>
    <name>portdesk::TeamDatabase</name>
    <message>
        <source>The CA certificate&apos;s file name must not contain &apos;;&apos;: %1</source>
        <translation>Le nom du fichier du certificat CA ne doit pas contenir de point-virgule&#xa0;: %1</translation>
    </message>
    <message>
        <source>The team database on %1 is on another computer: PortDesk reaches it only over TLS with its certificate verified (sslmode=verify-full, the default), or in plaintext when sslmode=disable says so. sslmode=%2 does not check who answers.</source>
        <translation>La base d&apos;équipe sur %1 se trouve sur un autre ordinateur&#xa0;: PortDesk ne s&apos;y connecte que via TLS avec vérification de son certificat (sslmode=verify-full, la valeur par défaut), ou en clair quand sslmode=disable le demande. sslmode=%2 ne vérifie pas qui répond.</translation>
    </message>
    <message>
        <source>The team database on %1 is used without encryption (sslmode=disable): names, billing addresses and account numbers cross the network in plaintext.</source>
        <translation>La base d&apos;équipe sur %1 est utilisée sans chiffrement (sslmode=disable)&#xa0;: les noms, adresses de facturation et numéros de compte circulent en clair sur le réseau.</translation>
    </message>
</context>
<context>
    <name>portdesk::TeamLedgerSession</name>
    <message>
        <source>the team&apos;s token could not be opened with this desk&apos;s AccountSecret</source>
        <translation>le jeton de l&apos;équipe n&apos;a pas pu être ouvert avec l&apos;AccountSecret de ce poste</translation>
    </message>
</context>
<context>
    <name>portdesk::TeamSync</name>
    <message>
        <source>the server, database and user must all be set</source>
        <translation>le serveur, la base de données et l&apos;utilisateur doivent tous être renseignés</translation>
    </message>
    <message>
        <source>it holds the orders of AccountKey %1, and this desk uses %2. Each Telegent account needs a team database of its own.</source>
        <translation>elle contient les demandes de l&apos;AccountKey %1, et ce poste utilise %2. Chaque compte Telegent a besoin de sa propre base d&apos;équipe.</translation>
    </message>
    <message>
        <source>cannot listen for other desks&apos; changes: %1</source>
        <translation>impossible de suivre les modifications des autres postes&#xa0;: %1</translation>
    </message>
    <message>
        <source>The team database cannot be reached: %1. PortDesk keeps trying.</source>
        <translation>La base d&apos;équipe est inaccessible&#xa0;: %1. PortDesk continue d&apos;essayer.</translation>
    </message>
</context>
<context>
    <name>portdesk::TextConsent</name>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Texts about this port: not asked</source>
        <translation>SMS sur cette portabilité&#xa0;: non demandé</translation>
    </message>
    <message>
        <source>Texts about this port: no</source>
        <translation>SMS sur cette portabilité&#xa0;: non</translation>
    </message>
    <message>
        <source>Texts about this port: yes, to %1, in %2</source>
        <translation>SMS sur cette portabilité&#xa0;: oui, au %1, en %2</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes, to %1, %2</source>
        <translation>Oui, au %1, %2</translation>
    </message>
</context>
<context>
    <name>portdesk::TextConsentStep</name>
    <message>
        <source>Enter the mobile number the customer wants the texts on.</source>
        <translation>Saisissez le numéro mobile sur lequel le client veut recevoir les SMS.</translation>
    </message>
</context>
<context>
    <name>portdesk::TokenBroker</name>
    <message>
        <source>The connection settings changed while the request was waiting.</source>
        <translation>Les paramètres de connexion ont changé pendant que la requête attendait.</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::AccountPage</name>
    <message>
        <source>Account at the current carrier</source>
        <translation>Compte chez l&apos;opérateur actuel</translation>
    </message>
    <message>
        <source>Exactly as on the customer&apos;s bill: carriers reject ports whose details do not match.</source>
        <translation>Exactement comme sur la facture du client&#xa0;: les opérateurs refusent les portabilités dont les données ne correspondent pas.</translation>
    </message>
    <message>
        <source>Current &amp;carrier:</source>
        <translation>&amp;Opérateur actuel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Account number:</source>
        <translation>Numéro de &amp;compte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subscriber name:</source>
        <translation>Nom du t&amp;itulaire&#xa0;:</translation>
    </message>
    <message>
        <source>Sho&amp;w PIN</source>
        <translation>Affic&amp;her le PIN</translation>
    </message>
    <message>
        <source>Number Transfer PIN, or account passcode</source>
        <translation>PIN de transfert, ou code d&apos;accès du compte</translation>
    </message>
    <message>
        <source>Transfer &amp;PIN / passcode:</source>
        <translation>PIN de trans&amp;fert / code d&apos;accès&#xa0;:</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::AddressPage</name>
    <message>
        <source>Billing address and SIM</source>
        <translation>Adresse de facturation et SIM</translation>
    </message>
    <message>
        <source>The service address on the current carrier&apos;s bill. No PO boxes.</source>
        <translation>L&apos;adresse du service sur la facture de l&apos;opérateur actuel. Pas de boîte postale.</translation>
    </message>
    <message>
        <source>Street &amp;1:</source>
        <translation>Numéro et r&amp;ue&#xa0;:</translation>
    </message>
    <message>
        <source>Street &amp;2 (optional):</source>
        <translation>Complé&amp;ment d&apos;adresse (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>Stat&amp;e:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;ZIP code:</source>
        <translation>Code &amp;ZIP&#xa0;:</translation>
    </message>
    <message>
        <source>optional: 19 or 20 digits from the SIM card</source>
        <translation>facultatif&#xa0;: 19 ou 20 chiffres de la carte SIM</translation>
    </message>
    <message>
        <source>SIM &amp;ICCID:</source>
        <translation>&amp;ICCID de la SIM&#xa0;:</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::AuthorizationPage</name>
    <message>
        <source>&amp;Verbal authorization: read the script to the customer</source>
        <translation>Autorisation &amp;verbale&#xa0;: lisez le script au client</translation>
    </message>
    <message>
        <source>&amp;Written LOA: the customer signs a letter of authorization</source>
        <translation>&amp;LOA écrite&#xa0;: le client signe une lettre d&apos;autorisation</translation>
    </message>
    <message>
        <source>The customer a&amp;greed to the script</source>
        <translation>Le client a &amp;accepté le script</translation>
    </message>
    <message>
        <source>Create the LOA &amp;PDF...</source>
        <translation>Créer le P&amp;DF de la LOA...</translation>
    </message>
    <message>
        <source>&amp;Keep it waiting for the signature</source>
        <translation>&amp;Mettre en attente de la signature</translation>
    </message>
    <message>
        <source>Customer&apos;s authorization</source>
        <translation>Autorisation du client</translation>
    </message>
    <message>
        <source>Telegent expects the account holder&apos;s consent before a port-in is submitted.</source>
        <translation>Telegent attend le consentement du titulaire du compte avant l&apos;envoi d&apos;une portabilité.</translation>
    </message>
    <message>
        <source>Account &amp;holder:</source>
        <translation>T&amp;itulaire du compte&#xa0;:</translation>
    </message>
    <message>
        <source>Only if someone else authorizes for the holder</source>
        <translation>Seulement si une autre personne autorise au nom du titulaire</translation>
    </message>
    <message>
        <source>Authori&amp;zing person:</source>
        <translation>Personne qui a&amp;utorise&#xa0;:</translation>
    </message>
    <message>
        <source>Script to read</source>
        <translation>Script à lire</translation>
    </message>
    <message>
        <source>Team rule</source>
        <translation>Règle de l&apos;équipe</translation>
    </message>
    <message>
        <source>Authorization recorded</source>
        <translation>Autorisation enregistrée</translation>
    </message>
    <message>
        <source>Your team requires a signed LOA for every port-in: verbal authorization is not available.</source>
        <translation>Votre équipe exige une LOA signée pour chaque portabilité&#xa0;: l&apos;autorisation verbale n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Recorded: %1, by %2 at %3.</source>
        <translation>Enregistrée&#xa0;: %1, par %2 le %3.</translation>
    </message>
    <message>
        <source>The LOA is saved as %1. Send it to the customer, then keep the port-in waiting for the signature: it is listed in the orders view, where the signed copy is attached.</source>
        <translation>La LOA est enregistrée sous %1. Envoyez-la au client, puis mettez la portabilité en attente de la signature&#xa0;: elle figure dans la vue des demandes, où vous joindrez l&apos;exemplaire signé.</translation>
    </message>
    <message>
        <source>Create the LOA, send it to the customer for signature, then keep the port-in waiting.</source>
        <translation>Créez la LOA, envoyez-la au client pour signature, puis mettez la portabilité en attente.</translation>
    </message>
    <message>
        <source>LOA %1.pdf</source>
        <translation>LOA %1.pdf</translation>
    </message>
    <message>
        <source>Save the LOA</source>
        <translation>Enregistrer la LOA</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>LOA not saved</source>
        <translation>LOA non enregistrée</translation>
    </message>
    <message>
        <source>The LOA could not be saved: %1</source>
        <translation>La LOA n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>Non mise en attente</translation>
    </message>
    <message>
        <source>The port-in could not be kept waiting: %1</source>
        <translation>La portabilité n&apos;a pas pu être mise en attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Texts about this port</source>
        <translation>SMS sur cette portabilité</translation>
    </message>
    <message>
        <source>The customer agrees to &amp;receive text messages about this port</source>
        <translation>Le client accepte de &amp;recevoir des SMS sur cette portabilité</translation>
    </message>
    <message>
        <source>Number to te&amp;xt:</source>
        <translation>SMS &amp;envoyés au numéro&#xa0;:</translation>
    </message>
    <message>
        <source>Language &amp;of the texts:</source>
        <translation>Lan&amp;gue des SMS&#xa0;:</translation>
    </message>
    <message>
        <source>Language of the texts</source>
        <translation>Langue des SMS</translation>
    </message>
    <message>
        <source>The customer agrees to receive text messages about this port</source>
        <translation>Le client accepte de recevoir des SMS sur cette portabilité</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::AuthorizationRulesDialog</name>
    <message>
        <source>A &amp;verbal authorization or a signed LOA</source>
        <translation>Une autorisation &amp;verbale ou une LOA signée</translation>
    </message>
    <message>
        <source>Only a signed &amp;LOA</source>
        <translation>Uniquement une &amp;LOA signée</translation>
    </message>
    <message>
        <source>Authorization rules</source>
        <translation>Règles d&apos;autorisation</translation>
    </message>
    <message>
        <source>These rules apply to every desk of the team database %1.</source>
        <translation>Ces règles s&apos;appliquent à tous les postes de la base d&apos;équipe %1.</translation>
    </message>
    <message>
        <source>These rules are kept in the order database %1.</source>
        <translation>Ces règles sont conservées dans la base des demandes %1.</translation>
    </message>
    <message>
        <source>Before a port-in is submitted, the team accepts:</source>
        <translation>Avant l&apos;envoi d&apos;une portabilité, l&apos;équipe accepte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Provider&apos;s name:</source>
        <translation>Nom de l&apos;&amp;opérateur&#xa0;:</translation>
    </message>
    <message>
        <source>Provider&apos;s name</source>
        <translation>Nom de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Verbal &amp;script:</source>
        <translation>&amp;Script verbal&#xa0;:</translation>
    </message>
    <message>
        <source>Verbal script</source>
        <translation>Script verbal</translation>
    </message>
    <message>
        <source>Empty: PortDesk&apos;s own script, in each agent&apos;s language. {number}, {carrier}, {holder} and {provider} are filled in from the port-in. Each recorded verbal authorization names the version of the script that was read.</source>
        <translation>Vide&#xa0;: le script de PortDesk, dans la langue de chaque agent. {number}, {carrier}, {holder} et {provider} sont remplis à partir de la portabilité. Chaque autorisation verbale enregistrée indique la version du script qui a été lue.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::ConnectionTab</name>
    <message>
        <source>The last four digits of the number decide what the simulated carrier does (any valid area code, e.g. 801-555-0008):</source>
        <translation>Les quatre derniers chiffres du numéro décident de ce que fait l&apos;opérateur simulé (tout indicatif valide, p. ex. 801-555-0008)&#xa0;:</translation>
    </message>
    <message>
        <source>eligibility check answers &lt;i&gt;not eligible&lt;/i&gt;</source>
        <translation>la vérification d&apos;éligibilité répond &lt;i&gt;non éligible&lt;/i&gt;</translation>
    </message>
    <message>
        <source>order fails: Error, 8A-ACCOUNT_NUM_REQ_OR_INCORRECT</source>
        <translation>la demande échoue&#xa0;: Error, 8A-ACCOUNT_NUM_REQ_OR_INCORRECT</translation>
    </message>
    <message>
        <source>order fails: Error, 6P-REMOVE NUMBER LOCK ON VERIZON ACCOUNT</source>
        <translation>la demande échoue&#xa0;: Error, 6P-REMOVE NUMBER LOCK ON VERIZON ACCOUNT</translation>
    </message>
    <message>
        <source>order is Rejected (1P-Other) after carrier review</source>
        <translation>la demande passe à Rejected (1P-Other) après examen par l&apos;opérateur</translation>
    </message>
    <message>
        <source>order shows the undocumented status ResolutionRequired</source>
        <translation>la demande affiche le statut non documenté ResolutionRequired</translation>
    </message>
    <message>
        <source>Toll-free numbers (800, 833 ... 888) and 900 are not eligible. Every other number completes: Pending, Submitted, Pending Carrier Approval, Scheduled, Completed. An update fixes a failed order.</source>
        <translation>Les numéros gratuits (800, 833 ... 888) et le 900 ne sont pas éligibles. Tout autre numéro aboutit&#xa0;: Pending, Submitted, Pending Carrier Approval, Scheduled, Completed. Une mise à jour corrige une demande en échec.</translation>
    </message>
    <message>
        <source>Requests used in the last minute</source>
        <translation>Requêtes utilisées dans la dernière minute</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>In memory for this training session</source>
        <translation>En mémoire, pour cette session de formation</translation>
    </message>
    <message>
        <source>Nowhere: %1</source>
        <translation>Nulle part&#xa0;: %1</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>Team database %1</source>
        <translation>Base d&apos;équipe %1</translation>
    </message>
    <message>
        <source>This desk checks the status of the team&apos;s orders.</source>
        <translation>Ce poste vérifie le statut des demandes de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Another desk of the team checks their status; this one shows its findings.</source>
        <translation>Un autre poste de l&apos;équipe vérifie leur statut&#x202f;; celui-ci affiche ses résultats.</translation>
    </message>
    <message>
        <source>Starting: reading credentials from the system keychain...</source>
        <translation>Démarrage&#xa0;: lecture des identifiants dans le trousseau du système...</translation>
    </message>
    <message>
        <source>Training (simulator)</source>
        <translation>Formation (simulateur)</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>Réel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Vérification...</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connected: the server accepted the credentials (checked at %1; the access token is valid until %2).</source>
        <translation>Connecté&#xa0;: le serveur a accepté les identifiants (vérifié à %1&#x202f;; le jeton d&apos;accès est valable jusqu&apos;à %2).</translation>
    </message>
    <message>
        <source>%1 of %2 requests in the last minute</source>
        <translation>%1 sur %2 requêtes dans la dernière minute</translation>
    </message>
    <message>
        <source>Background status checks may use up to %1 per minute; the rest is kept for agents&apos; eligibility checks and submissions.</source>
        <translation>Les vérifications de statut en arrière-plan peuvent utiliser jusqu&apos;à %1 par minute&#x202f;; le reste est réservé aux vérifications d&apos;éligibilité et aux envois des agents.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for budget.</source>
        <translation>
            <numerusform>%n requête en attente de quota.</numerusform>
            <numerusform>%n requêtes en attente de quota.</numerusform>
        </translation>
    </message>
    <message>
        <source>Telegent reported the account over its limit; sending resumes at %1.</source>
        <translation>Telegent signale que le compte a dépassé sa limite&#x202f;; les envois reprendront à %1.</translation>
    </message>
    <message>
        <source>%1 of %2 requests in the last minute, all desks of the team</source>
        <translation>%1 sur %2 requêtes dans la dernière minute, tous les postes de l&apos;équipe</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::CustomerTextsDialog</name>
    <message>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · GSM-7 · %n character(s) left</source>
        <translation>
            <numerusform>%1 · GSM-7 · %n caractère restant</numerusform>
            <numerusform>%1 · GSM-7 · %n caractères restants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · UCS-2 because of %2 · %n character(s) left</source>
        <translation>
            <numerusform>%1 · UCS-2 à cause de %2 · %n caractère restant</numerusform>
            <numerusform>%1 · UCS-2 à cause de %2 · %n caractères restants</numerusform>
        </translation>
    </message>
    <message>
        <source>é, ñ, ü… are in the GSM-7 alphabet, these are not: the whole text then goes as UCS-2, 70 characters a segment instead of 160.</source>
        <translation>é, ñ, ü… font partie de l&apos;alphabet GSM-7, ceux-ci non&#xa0;: tout le SMS part alors en UCS-2, 70 caractères par segment au lieu de 160.</translation>
    </message>
    <message>
        <source>C&amp;heck number</source>
        <translation>&amp;Vérifier le numéro</translation>
    </message>
    <message>
        <source>Restore &amp;default</source>
        <translation>Rétablir par &amp;défaut</translation>
    </message>
    <message>
        <source>Customer texts</source>
        <translation>SMS aux clients</translation>
    </message>
    <message>
        <source>The order registry is not open: the texts cannot be changed.</source>
        <translation>Le registre des demandes n&apos;est pas ouvert&#xa0;: les SMS ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <source>These texts are sent by every desk of the team database %1.</source>
        <translation>Ces SMS sont envoyés par tous les postes de la base d&apos;équipe %1.</translation>
    </message>
    <message>
        <source>These texts are kept in the order database %1.</source>
        <translation>Ces SMS sont conservés dans la base des demandes %1.</translation>
    </message>
    <message>
        <source>&amp;From number:</source>
        <translation>Numéro d&apos;&amp;origine&#xa0;:</translation>
    </message>
    <message>
        <source>From number</source>
        <translation>Numéro d&apos;origine</translation>
    </message>
    <message>
        <source>A number of the account enabled for messaging</source>
        <translation>Un numéro du compte activé pour la messagerie</translation>
    </message>
    <message>
        <source>Asks Telegent whether the number may send texts</source>
        <translation>Demande à Telegent si le numéro peut envoyer des SMS</translation>
    </message>
    <message>
        <source>From number check</source>
        <translation>Vérification du numéro d&apos;origine</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>&amp;Marque&#xa0;:</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>The name the texts give the team, where they say {brand}</source>
        <translation>Le nom que les SMS donnent à l&apos;équipe, là où ils disent {brand}</translation>
    </message>
    <message>
        <source>{brand} in the texts, e.g. Acme Mobile</source>
        <translation>{brand} dans les SMS, p. ex. Acme Mobile</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language of the text</source>
        <translation>Langue du SMS</translation>
    </message>
    <message>
        <source>Sent &amp;when:</source>
        <translation>Envoyé &amp;quand&#xa0;:</translation>
    </message>
    <message>
        <source>When the text is sent</source>
        <translation>Quand le SMS est envoyé</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>{last4}: the last four digits of the number; {brand}: the brand above; {fix}: what the customer should do (texts sent when something needs their action).</source>
        <translation>{last4}&#xa0;: les quatre derniers chiffres du numéro&#x202f;; {brand}&#xa0;: la marque ci-dessus&#x202f;; {fix}&#xa0;: ce que le client doit faire (SMS envoyés quand une action de sa part est requise).</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>How many SMS segments the text takes once filled in with sample facts, in which alphabet, and the room left in the last segment</source>
        <translation>Combien de segments SMS le texte occupe une fois rempli avec des données d&apos;exemple, dans quel alphabet, et la place restante dans le dernier segment</translation>
    </message>
    <message>
        <source>Problem with the text</source>
        <translation>Problème dans le SMS</translation>
    </message>
    <message>
        <source>Why this text cannot be saved</source>
        <translation>Pourquoi ce SMS ne peut pas être enregistré</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The text as a customer would read it, with the number ending in %1</source>
        <translation>Le SMS tel que le client le lirait, avec le numéro se terminant par %1</translation>
    </message>
    <message>
        <source>Puts PortDesk&apos;s own text back for this language and moment</source>
        <translation>Remet le texte de PortDesk pour cette langue et ce moment</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>No number: no text is sent to customers.</source>
        <translation>Aucun numéro&#xa0;: aucun SMS n&apos;est envoyé aux clients.</translation>
    </message>
    <message>
        <source>Checking the number with Telegent...</source>
        <translation>Vérification du numéro auprès de Telegent...</translation>
    </message>
    <message>
        <source>Telegent reports this number as enabled for messaging and Active.</source>
        <translation>Selon Telegent, ce numéro est activé pour la messagerie et actif (Active).</translation>
    </message>
    <message>
        <source>Check the number with Telegent: only a number it reports as enabled for messaging can be saved.</source>
        <translation>Vérifiez le numéro auprès de Telegent&#xa0;: seul un numéro que Telegent indique comme activé pour la messagerie peut être enregistré.</translation>
    </message>
    <message>
        <source>Telegent reports this number as not enabled for messaging (MessageEnabled: false).</source>
        <translation>Selon Telegent, ce numéro n&apos;est pas activé pour la messagerie (MessageEnabled vaut false).</translation>
    </message>
    <message>
        <source>Telegent reports this number as enabled for messaging, but its status is %1.</source>
        <translation>Selon Telegent, ce numéro est activé pour la messagerie, mais son statut est %1.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Telegent does not know this number for this account.</source>
        <translation>Telegent ne connaît pas ce numéro pour ce compte.</translation>
    </message>
    <message>
        <source>Telegent answers: %1</source>
        <translation>Réponse de Telegent&#xa0;: %1</translation>
    </message>
    <message>
        <source>The number could not be checked with Telegent: %1</source>
        <translation>Le numéro n&apos;a pas pu être vérifié auprès de Telegent&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The order registry is not open: nothing can be saved.</source>
        <translation>Le registre des demandes n&apos;est pas ouvert&#xa0;: rien ne peut être enregistré.</translation>
    </message>
    <message>
        <source>Another text cannot be saved: %1</source>
        <translation>Un autre SMS ne peut pas être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::DailyOrdersChart</name>
    <message>
        <source>Submitted</source>
        <translation>Envoyées</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Port-ins per business day</source>
        <translation>Portabilités par jour ouvré</translation>
    </message>
    <message>
        <source>Port-ins submitted and completed per business day</source>
        <translation>Portabilités envoyées et terminées par jour ouvré</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::DashboardTab</name>
    <message>
        <source>The order registry could not be opened, so there are no figures to show: %1</source>
        <translation>Le registre des demandes n&apos;a pas pu être ouvert, il n&apos;y a donc aucun chiffre à afficher&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::DashboardView</name>
    <message>
        <source>E&amp;xport figures...</source>
        <translation>E&amp;xporter les chiffres...</translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation>Exporter les chiffres</translation>
    </message>
    <message>
        <source>Save these figures as a CSV file</source>
        <translation>Enregistrer ces chiffres dans un fichier CSV</translation>
    </message>
    <message>
        <source>Port-ins per business day</source>
        <translation>Portabilités par jour ouvré</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Envoyées</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Open orders by age</source>
        <translation>Demandes ouvertes par ancienneté</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Ancienneté (jours)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Orders per agent</source>
        <translation>Demandes par agent</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Rejection causes by carrier code</source>
        <translation>Causes de refus par code opérateur</translation>
    </message>
    <message>
        <source>Carrier code</source>
        <translation>Code opérateur</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message numerus="yes">
        <source>Submitted: in the last %n business days. Open and needs action: now.</source>
        <translation>
            <numerusform>Envoyées&#xa0;: sur le dernier jour ouvré (%n). Ouvertes et à traiter&#xa0;: maintenant.</numerusform>
            <numerusform>Envoyées&#xa0;: sur les %n derniers jours ouvrés. Ouvertes et à traiter&#xa0;: maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>The charts are not available; the tables below hold every figure. %1</source>
        <translation>Les graphiques ne sont pas disponibles&#x202f;; les tableaux ci-dessous contiennent tous les chiffres. %1</translation>
    </message>
    <message numerus="yes">
        <source>The team&apos;s orders in this registry, as of %1. Per day: the last %n business days, from %2.</source>
        <translation>
            <numerusform>Les demandes de l&apos;équipe dans ce registre, au %1. Par jour&#xa0;: le dernier jour ouvré (%n), à partir du %2.</numerusform>
            <numerusform>Les demandes de l&apos;équipe dans ce registre, au %1. Par jour&#xa0;: les %n derniers jours ouvrés, à partir du %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Ouvertes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>En retard&#xa0;: %1</translation>
    </message>
    <message>
        <source>Needs action: %1</source>
        <translation>À traiter&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Median time to complete: %1 business days (%n completed order(s))</source>
        <translation>
            <numerusform>Durée médiane de traitement&#xa0;: %1 jours ouvrés (%n demande terminée)</numerusform>
            <numerusform>Durée médiane de traitement&#xa0;: %1 jours ouvrés (%n demandes terminées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Median time to complete: none completed yet</source>
        <translation>Durée médiane de traitement&#xa0;: aucune demande terminée pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(sans code)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Figures exported to %1.</source>
        <translation>Chiffres exportés vers %1.</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::ImportCsvDialog</name>
    <message>
        <source>One port-in per row, with the header %1. Every row is checked first; rows with errors are shown with the reason and never sent.</source>
        <translation>Une portabilité par ligne, avec l&apos;en-tête %1. Chaque ligne est d&apos;abord vérifiée&#x202f;; les lignes en erreur s&apos;affichent avec la raison et ne sont jamais envoyées.</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <source>Rows sent</source>
        <translation>Lignes envoyées</translation>
    </message>
    <message>
        <source>Unsent rows</source>
        <translation>Lignes non envoyées</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of this file were not sent. Another file replaces them: they are forgotten. Choose another file anyway?</source>
        <translation>
            <numerusform>%n ligne de ce fichier n&apos;a pas été envoyée. Un autre fichier la remplace&#xa0;: elle sera oubliée. Choisir un autre fichier quand même&#x202f;?</numerusform>
            <numerusform>%n lignes de ce fichier n&apos;ont pas été envoyées. Un autre fichier les remplace&#xa0;: elles seront oubliées. Choisir un autre fichier quand même&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import port-ins</source>
        <translation>Importer des portabilités</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 Choose the file again: each row not sent yet is taken from it only when its row number and number are unchanged.</source>
        <translation>%1 Choisissez de nouveau le fichier&#xa0;: chaque ligne pas encore envoyée n&apos;y est reprise que si son numéro de ligne et son numéro de téléphone sont inchangés.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the account&apos;s request budget: the next row goes in about %n second(s).</source>
        <translation>
            <numerusform>En attente du quota de requêtes du compte&#xa0;: la ligne suivante part dans environ %n seconde.</numerusform>
            <numerusform>En attente du quota de requêtes du compte&#xa0;: la ligne suivante part dans environ %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a CSV file to check its rows.</source>
        <translation>Choisissez un fichier CSV pour vérifier ses lignes.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n valid</source>
        <translation>
            <numerusform>%n valide</numerusform>
            <numerusform>%n valides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors — errors are not sent</source>
        <translation>
            <numerusform>%n en erreur — les erreurs ne sont pas envoyées</numerusform>
            <numerusform>%n en erreur — les erreurs ne sont pas envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already sent before)</source>
        <translation>
            <numerusform>(%n déjà envoyée auparavant)</numerusform>
            <numerusform>(%n déjà envoyées auparavant)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submitted</source>
        <translation>
            <numerusform>%n envoyée</numerusform>
            <numerusform>%n envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an unknown outcome: check them in the orders view, never send them again</source>
        <translation>
            <numerusform>%n au résultat inconnu&#xa0;: vérifiez-la dans la vue des demandes, ne la renvoyez jamais</numerusform>
            <numerusform>%n au résultat inconnu&#xa0;: vérifiez-les dans la vue des demandes, ne les renvoyez jamais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n non envoyée</numerusform>
            <numerusform>%n non envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors, not sent</source>
        <translation>
            <numerusform>%n en erreur, non envoyée</numerusform>
            <numerusform>%n en erreur, non envoyées</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping: the rows already on their way finish first. %1</source>
        <translation>Arrêt en cours&#xa0;: les lignes déjà en route se terminent d&apos;abord. %1</translation>
    </message>
    <message>
        <source>Sending within the account&apos;s request budget; you can keep working meanwhile. %1</source>
        <translation>Envoi dans la limite du quota de requêtes du compte&#x202f;; vous pouvez continuer à travailler pendant ce temps. %1</translation>
    </message>
    <message>
        <source>Row %1 (line %2): %3</source>
        <translation>Ligne %1 (ligne %2 du fichier)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 sur %2 envoyées</translation>
    </message>
    <message>
        <source>&amp;Submit valid rows</source>
        <translation>&amp;Envoyer les lignes valides</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send the %n remaining row(s)</source>
        <translation>
            <numerusform>&amp;Envoyer %n ligne restante</numerusform>
            <numerusform>&amp;Envoyer les %n lignes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Submit %n valid row(s)</source>
        <translation>
            <numerusform>&amp;Envoyer %n ligne valide</numerusform>
            <numerusform>&amp;Envoyer les %n lignes valides</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::ui::MainWindow</name>
    <message>
        <source>Training mode notice</source>
        <translation>Avis de mode formation</translation>
    </message>
    <message>
        <source>New port-in</source>
        <translation>Nouvelle portabilité</translation>
    </message>
    <message>
        <source>The order registry could not be opened, so orders cannot be shown or recorded: %1</source>
        <translation>Impossible d&apos;ouvrir le registre des demandes&#x202f;; elles ne peuvent être ni affichées ni enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>No open orders to check</source>
        <translation>Aucune demande ouverte à vérifier</translation>
    </message>
    <message>
        <source>Checking order status...</source>
        <translation>Vérification du statut des demandes...</translation>
    </message>
    <message>
        <source>Next status check at %1</source>
        <translation>Prochaine vérification du statut à %1</translation>
    </message>
    <message>
        <source>TRAINING MODE: every request goes to PortDesk&apos;s built-in Telegent simulator. No number is ported and no carrier is contacted. %1</source>
        <translation>MODE FORMATION&#xa0;: toutes les requêtes vont au simulateur Telegent intégré à PortDesk. Aucun numéro n&apos;est porté et aucun opérateur n&apos;est contacté. %1</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Mode formation</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>%1/%2 per min</source>
        <translation>%1/%2 par min</translation>
    </message>
    <message>
        <source>Status checks: another desk of the team</source>
        <translation>Vérifications de statut&#xa0;: un autre poste de l&apos;équipe</translation>
    </message>
    <message>
        <source>A port-in is being sent to Telegent; closing now may leave its outcome unknown.</source>
        <translation>Une portabilité est en cours d&apos;envoi à Telegent&#x202f;; fermer maintenant peut laisser son résultat inconnu.</translation>
    </message>
    <message>
        <source>A CSV import is sending its rows; the rows not sent yet are kept and offered at the next start.</source>
        <translation>Une importation CSV envoie ses lignes&#x202f;; les lignes pas encore envoyées sont conservées et proposées au prochain démarrage.</translation>
    </message>
    <message>
        <source>Close PortDesk?</source>
        <translation>Fermer PortDesk&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>&amp;Fermer quand même</translation>
    </message>
    <message>
        <source>&amp;Keep open</source>
        <translation>&amp;Laisser ouvert</translation>
    </message>
    <message>
        <source>Back on the team&apos;s shared request budget.</source>
        <translation>De retour sur le quota de requêtes partagé de l&apos;équipe.</translation>
    </message>
    <message>
        <source>This desk alone: %1/%2 per min</source>
        <translation>Ce poste seul&#xa0;: %1/%2 par min</translation>
    </message>
    <message>
        <source>Team: %1/%2 per min</source>
        <translation>Équipe&#xa0;: %1/%2 par min</translation>
    </message>
    <message>
        <source>Continue port-in</source>
        <translation>Continuer la portabilité</translation>
    </message>
    <message>
        <source>The port-in being typed in the wizard is not sent. Replace it with %1?</source>
        <translation>La portabilité en cours de saisie dans l&apos;assistant n&apos;a pas été envoyée. La remplacer par %1&#x202f;?</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::NumberPage</name>
    <message>
        <source>Number to port</source>
        <translation>Numéro à porter</translation>
    </message>
    <message>
        <source>Type or paste the customer&apos;s number. Its eligibility is checked as soon as it is complete.</source>
        <translation>Tapez ou collez le numéro du client. Son éligibilité est vérifiée dès qu&apos;il est complet.</translation>
    </message>
    <message>
        <source>(801) 555-2345</source>
        <translation>(801) 555-2345</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>&amp;Classification&#xa0;:</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Éligibilité</translation>
    </message>
    <message>
        <source>Eligibility:</source>
        <translation>Éligibilité&#xa0;:</translation>
    </message>
    <message>
        <source>Training: numbers ending in 0000 are not eligible, 0008 / 0006 / 0009 / 0007 are rejected by the carrier later. The Connection tab lists every scenario.</source>
        <translation>Formation&#xa0;: les numéros finissant par 0000 ne sont pas éligibles&#x202f;; 0008 / 0006 / 0009 / 0007 sont refusés plus tard par l&apos;opérateur. L&apos;onglet Connexion liste tous les scénarios.</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>&amp;Numéro de téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Check the cr&amp;edentials...</source>
        <translation>Vérifier les &amp;identifiants...</translation>
    </message>
    <message>
        <source>Show the &amp;order</source>
        <translation>Afficher la &amp;demande</translation>
    </message>
    <message>
        <source>Show the order</source>
        <translation>Afficher la demande</translation>
    </message>
    <message>
        <source>Opens the order that already has this number in the Orders tab.</source>
        <translation>Ouvre dans l&apos;onglet Demandes la demande qui a déjà ce numéro.</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::OrderDetailPane</name>
    <message>
        <source>&amp;Add note</source>
        <translation>Ajouter une n&amp;ote</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a fact&apos;s caption in the order&apos;s detail pane</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Requested port date</source>
        <translation>Date de portabilité demandée</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Dernière vérif.</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>A note for the team (never a PIN or account number)</source>
        <translation>Une note pour l&apos;équipe (jamais de PIN ni de numéro de compte)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Select an order to see its story.</source>
        <translation>Sélectionnez une demande pour voir son historique.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) selected</source>
        <translation>
            <numerusform>%n demande sélectionnée</numerusform>
            <numerusform>%n demandes sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source> — </source>
        <translation> — </translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>Non demandée</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Aucune enregistrée</translation>
    </message>
    <message>
        <source>Timeline of %1</source>
        <translation>Chronologie de %1</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>SMS</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::OrderHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Telegent status: %1</source>
        <translation>Statut Telegent&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::OrdersAgeChart</name>
    <message>
        <source>Open ports</source>
        <translation>Portabilités ouvertes</translation>
    </message>
    <message>
        <source>Open ports by business days open</source>
        <translation>Portabilités ouvertes par jours ouvrés écoulés</translation>
    </message>
    <message>
        <source>Open ports by age in business days</source>
        <translation>Portabilités ouvertes par ancienneté en jours ouvrés</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::OrdersView</name>
    <message>
        <source>Port-in orders</source>
        <translation>Demandes de portabilité</translation>
    </message>
    <message>
        <source>Order ID %1 copied.</source>
        <translation>ID de demande %1 copié.</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Ouvertes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Needs action: %1</source>
        <translation>À traiter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation>Terminées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulées&#xa0;: %1</translation>
    </message>
    <message>
        <source>All: %1</source>
        <translation>Toutes&#xa0;: %1</translation>
    </message>
    <message>
        <source>No open port</source>
        <translation>Aucune portabilité ouverte</translation>
    </message>
    <message numerus="yes">
        <source>Oldest open port: %n business day</source>
        <translation>
            <numerusform>Plus ancienne portabilité ouverte&#xa0;: %n jour ouvré</numerusform>
            <numerusform>Plus ancienne portabilité ouverte&#xa0;: %n jours ouvrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Oldest open port: %n business days</source>
        <translation>
            <numerusform>Plus ancienne portabilité ouverte&#xa0;: %n jour ouvré</numerusform>
            <numerusform>Plus ancienne portabilité ouverte&#xa0;: %n jours ouvrés</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit not received</source>
        <translation>Envoi non reçu</translation>
    </message>
    <message>
        <source>Did you check that Telegent never received the port-in of %1? The row is then closed and the number can be submitted again. If you found an order ID for it instead, use &quot;Track existing&quot;.</source>
        <translation>Avez-vous vérifié que Telegent n&apos;a jamais reçu la portabilité de %1&#x202f;? La ligne est alors fermée et le numéro peut être renvoyé. Si vous avez plutôt trouvé un ID de demande, utilisez «&#xa0;Suivre des demandes&#xa0;».</translation>
    </message>
    <message>
        <source>Closed: %1 can be submitted again.</source>
        <translation>Fermée&#xa0;: %1 peut être renvoyé.</translation>
    </message>
    <message>
        <source>Checking %1 now...</source>
        <translation>Vérification de %1...</translation>
    </message>
    <message>
        <source>Update sent: %1 goes back to the carrier.</source>
        <translation>Mise à jour envoyée&#xa0;: %1 retourne à l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Cancel port-in</source>
        <translation>Annuler la portabilité</translation>
    </message>
    <message>
        <source>Cancel the port of %1 (%2)?</source>
        <translation>Annuler la portabilité de %1 (%2)&#x202f;?</translation>
    </message>
    <message>
        <source>Cancel is final: it cannot be undone. To port this number later, check its eligibility again and submit a new port-in.</source>
        <translation>L&apos;annulation est définitive et irréversible. Pour porter ce numéro plus tard, vérifiez de nouveau son éligibilité et envoyez une nouvelle portabilité.</translation>
    </message>
    <message>
        <source>Cancel the port</source>
        <translation>Annuler la portabilité</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La conserver</translation>
    </message>
    <message>
        <source>Cancelling %1...</source>
        <translation>Annulation de %1...</translation>
    </message>
    <message>
        <source>%1 is cancelled.</source>
        <translation>%1 est annulée.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation>Exporter les demandes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) exported to %1.</source>
        <translation>
            <numerusform>%n demande exportée vers %1.</numerusform>
            <numerusform>%n demandes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n order(s) from Telegent...</source>
        <translation>
            <numerusform>Récupération de %n demande chez Telegent...</numerusform>
            <numerusform>Récupération de %n demandes chez Telegent...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 were not sent.</source>
        <translation>
            <numerusform>%n ligne de %1 n&apos;a pas été envoyée.</numerusform>
            <numerusform>%n lignes de %1 n&apos;ont pas été envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard unsent rows</source>
        <translation>Abandonner les lignes non envoyées</translation>
    </message>
    <message numerus="yes">
        <source>Forget the %n row(s) of %1 that were not sent? The file itself is not changed; import it again to send them later.</source>
        <translation>
            <numerusform>Oublier %n ligne non envoyée de %1&#x202f;? Le fichier lui-même n&apos;est pas modifié&#x202f;; importez-le de nouveau pour envoyer cette ligne plus tard.</numerusform>
            <numerusform>Oublier les %n lignes non envoyées de %1&#x202f;? Le fichier lui-même n&apos;est pas modifié&#x202f;; importez-le de nouveau pour envoyer ces lignes plus tard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) may have been sent when PortDesk stopped: they are never sent again.</source>
        <translation>
            <numerusform>%n ligne a peut-être été envoyée quand PortDesk s&apos;est arrêté&#xa0;: elle n&apos;est jamais renvoyée.</numerusform>
            <numerusform>%n lignes ont peut-être été envoyées quand PortDesk s&apos;est arrêté&#xa0;: elles ne sont jamais renvoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Rechercher des demandes</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Attach the signed LOA</source>
        <translation>Joindre la LOA signée</translation>
    </message>
    <message>
        <source>Signed LOA (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>LOA signée (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The signed LOA was not recorded: %1</source>
        <translation>La LOA signée n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed LOA of %1 recorded: choose Continue port-in to submit it.</source>
        <translation>LOA signée de %1 enregistrée&#xa0;: choisissez «&#xa0;Continuer la portabilité&#xa0;» pour l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Signed LOA received</source>
        <translation>LOA signée reçue</translation>
    </message>
    <message>
        <source>Where is the signed LOA kept? (a reference, for example a document or ticket number)</source>
        <translation>Où la LOA signée est-elle conservée&#x202f;? (une référence, par exemple un numéro de document ou de ticket)</translation>
    </message>
    <message>
        <source>Withdraw the port-in</source>
        <translation>Retirer la portabilité</translation>
    </message>
    <message>
        <source>Withdraw the port-in of %1? Nothing was sent to Telegent; the number becomes free.</source>
        <translation>Retirer la portabilité de %1&#x202f;? Rien n&apos;a été envoyé à Telegent&#x202f;; le numéro redevient libre.</translation>
    </message>
    <message>
        <source>Withdrawn: %1 is free.</source>
        <translation>Retirée&#xa0;: %1 est libre.</translation>
    </message>
    <message>
        <source>Cop&amp;y order IDs</source>
        <translation>Cop&amp;ier les ID</translation>
    </message>
    <message>
        <source>&amp;Export selected...</source>
        <translation>&amp;Exporter la sélection...</translation>
    </message>
    <message>
        <source>Cop&amp;y order ID</source>
        <translation>Cop&amp;ier l&apos;ID</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>&amp;Exporter en CSV...</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n order(s) now...</source>
        <translation>
            <numerusform>Vérification de %n demande...</numerusform>
            <numerusform>Vérification de %n demandes...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order ID(s) copied.</source>
        <translation>
            <numerusform>%n ID de demande copié.</numerusform>
            <numerusform>%n ID de demande copiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel the ports of these %n number(s)?</source>
        <translation>
            <numerusform>Annuler la portabilité de %n numéro&#x202f;?</numerusform>
            <numerusform>Annuler la portabilité de ces %n numéros&#x202f;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n port(s)</source>
        <translation>
            <numerusform>Annuler %n portabilité</numerusform>
            <numerusform>Annuler %n portabilités</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Les conserver</translation>
    </message>
    <message numerus="yes">
        <source>Cancelling %n port(s)...</source>
        <translation>
            <numerusform>Annulation de %n portabilité...</numerusform>
            <numerusform>Annulation de %n portabilités...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n port(s) cancelled.</source>
        <translation>
            <numerusform>%n portabilité annulée.</numerusform>
            <numerusform>%n portabilités annulées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 port(s) cancelled. Not cancelled: %3</source>
        <translation>Portabilités annulées&#xa0;: %1 sur %2. Non annulées&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::PendingImportOffer</name>
    <message>
        <source>Unsent import</source>
        <translation>Importation non envoyée</translation>
    </message>
    <message>
        <source>Resume sends them with the PINs read again from the file. Later keeps them: the Orders view offers them (Resume or Discard) until then.</source>
        <translation>«&#xa0;Reprendre&#xa0;» les envoie avec les PIN relus dans le fichier. «&#xa0;Plus tard&#xa0;» les conserve&#xa0;: la vue Demandes les propose (Reprendre ou Abandonner) d&apos;ici là.</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Unsent rows</source>
        <translation>Lignes non envoyées</translation>
    </message>
    <message>
        <source>Resume them now, or forget them and import another file.</source>
        <translation>Reprenez-les maintenant, ou oubliez-les et importez un autre fichier.</translation>
    </message>
    <message>
        <source>&amp;Forget them and import</source>
        <translation>&amp;Oublier et importer</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::PortInWizard</name>
    <message>
        <source>New port-in</source>
        <translation>Nouvelle portabilité</translation>
    </message>
    <message>
        <source>&amp;New port-in</source>
        <translation>&amp;Nouvelle portabilité</translation>
    </message>
    <message>
        <source>Discard this port-in?</source>
        <translation>Abandonner cette portabilité&#x202f;?</translation>
    </message>
    <message>
        <source>Everything typed for this port-in will be cleared.</source>
        <translation>Tout ce qui a été saisi pour cette portabilité sera effacé.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
    <message>
        <source>The port-in is kept as %1, waiting for the customer&apos;s signed LOA. Attach the signed copy in the orders view, then continue it from there.</source>
        <translation>La portabilité est conservée sous %1, en attente de la LOA signée par le client. Joignez l&apos;exemplaire signé dans la vue des demandes, puis poursuivez-la à partir de celle-ci.</translation>
    </message>
    <message>
        <source>Continuing %1, whose customer&apos;s authorization is recorded. Ask the customer for the transfer PIN again: it is never saved.</source>
        <translation>Reprise de %1, dont l&apos;autorisation du client est enregistrée. Redemandez le PIN de transfert au client&#xa0;: il n&apos;est jamais enregistré.</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::RegistryDialog</name>
    <message>
        <source>T&amp;eam database (PostgreSQL), shared by every desk of the account</source>
        <translation>Base d&apos;é&amp;quipe (PostgreSQL), partagée par tous les postes du compte</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Order registry</source>
        <translation>Registre des demandes</translation>
    </message>
    <message>
        <source>Telegent cannot list an account&apos;s orders: PortDesk&apos;s registry is the only list there is. With a team database every desk sees every order of the account, and only one desk at a time checks their status, so the desks share one request budget instead of each spending its own.</source>
        <translation>Telegent ne peut pas lister les demandes d&apos;un compte&#xa0;: le registre de PortDesk est la seule liste qui existe. Avec une base d&apos;équipe, chaque poste voit toutes les demandes du compte et un seul poste à la fois vérifie leur statut&#xa0;: les postes partagent ainsi un même quota de requêtes au lieu de dépenser chacun le sien.</translation>
    </message>
    <message>
        <source>db.example.com, an address, or a socket folder</source>
        <translation>db.example.com, une adresse ou un dossier de socket</translation>
    </message>
    <message>
        <source>kept in the system keychain; empty: none or ~/.pgpass</source>
        <translation>conservé dans le trousseau&#x202f;; vide&#xa0;: aucun ou ~/.pgpass</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Team database server</source>
        <translation>Serveur de la base d&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Team database port</source>
        <translation>Port de la base d&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Team database name</source>
        <translation>Nom de la base d&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Team database user</source>
        <translation>Utilisateur de la base d&apos;équipe</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Team database password</source>
        <translation>Mot de passe de la base d&apos;équipe</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Connexion à %1...</translation>
    </message>
    <message>
        <source>This &amp;computer</source>
        <translation>&amp;Cet ordinateur</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>C&amp;hoisir...</translation>
    </message>
    <message>
        <source>Without encr&amp;yption (sslmode=disable)</source>
        <translation>Sa&amp;ns chiffrement (sslmode=disable)</translation>
    </message>
    <message>
        <source>PEM file; empty: ~/.postgresql/root.crt</source>
        <translation>fichier PEM&#x202f;; vide&#xa0;: ~/.postgresql/root.crt</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Choisir le fichier du certificat CA</translation>
    </message>
    <message>
        <source>CA certi&amp;ficate:</source>
        <translation>Certi&amp;ficat CA&#xa0;:</translation>
    </message>
    <message>
        <source>Team database CA certificate file</source>
        <translation>Fichier du certificat CA de la base d&apos;équipe</translation>
    </message>
    <message>
        <source>Team database without encryption</source>
        <translation>Base d&apos;équipe sans chiffrement</translation>
    </message>
    <message>
        <source>CA certificate of the team database</source>
        <translation>Certificat CA de la base d&apos;équipe</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>There is no readable CA certificate file at this path.</source>
        <translation>Il n&apos;y a pas de fichier de certificat CA lisible à cet emplacement.</translation>
    </message>
    <message>
        <source>Over TLS, the server&apos;s certificate checked against the CA certificate (sslmode=verify-full).</source>
        <translation>Via TLS, avec vérification du certificat du serveur par le certificat CA (sslmode=verify-full).</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::ResultPage</name>
    <message>
        <source>Port-in submitted</source>
        <translation>Portabilité envoyée</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID de demande</translation>
    </message>
    <message>
        <source>&amp;Copy order ID</source>
        <translation>&amp;Copier l&apos;ID de demande</translation>
    </message>
    <message>
        <source>Order ID:</source>
        <translation>ID de demande&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Ports usually complete in 1 to 5 business days. The order is in the Orders tab, where its status is checked automatically; a carrier rejection shows there with what to fix.</source>
        <translation>Une portabilité aboutit en général en 1 à 5 jours ouvrés. La demande est dans l&apos;onglet Demandes, où son statut est vérifié automatiquement&#x202f;; un refus de l&apos;opérateur s&apos;y affiche avec ce qu&apos;il faut corriger.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numéro&#xa0;:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Telegent status: %1</source>
        <translation>Statut Telegent&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::ReviewPage</name>
    <message>
        <source>Check the &amp;credentials...</source>
        <translation>Vérifier les &amp;identifiants...</translation>
    </message>
    <message>
        <source>Review and submit</source>
        <translation>Vérifier et envoyer</translation>
    </message>
    <message>
        <source>This is exactly what goes to Telegent. Ctrl+Enter submits.</source>
        <translation>Voici exactement ce qui part chez Telegent. Ctrl+Entrée envoie.</translation>
    </message>
    <message>
        <source>&amp;Submit port-in</source>
        <translation>&amp;Envoyer la portabilité</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Carrier account</source>
        <translation>Compte chez l&apos;opérateur</translation>
    </message>
    <message>
        <source>Billing address and SIM</source>
        <translation>Adresse de facturation et SIM</translation>
    </message>
    <message>
        <source>Change n&amp;umber</source>
        <translation>Changer le n&amp;uméro</translation>
    </message>
    <message>
        <source>Change acc&amp;ount</source>
        <translation>Changer le c&amp;ompte</translation>
    </message>
    <message>
        <source>Change a&amp;ddress</source>
        <translation>Changer l&apos;a&amp;dresse</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Numéro de compte</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Numéro et rue</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>ZIP</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>This port-in may or may not have reached Telegent. Check the orders view before resubmitting: it is listed there as &quot;Outcome unknown&quot;. Nothing is sent again by itself.</source>
        <translation>Cette portabilité est peut-être parvenue à Telegent, peut-être pas. Consultez la vue des demandes avant de renvoyer&#xa0;: elle y figure comme «&#xa0;Résultat inconnu&#xa0;». Rien n&apos;est renvoyé automatiquement.</translation>
    </message>
    <message>
        <source>Telegent refused PortDesk&apos;s credentials: %1 The data here is kept; check the credentials, then submit again.</source>
        <translation>Telegent a refusé les identifiants de PortDesk&#xa0;: %1 Les données sont conservées&#x202f;; vérifiez les identifiants, puis renvoyez.</translation>
    </message>
    <message>
        <source>Telegent did not accept the port-in: %1</source>
        <translation>Telegent n&apos;a pas accepté la portabilité&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>Street 2</source>
        <translation>Complément d&apos;adresse</translation>
    </message>
    <message>
        <source>Telegent created order %1, but PortDesk could not record it: %2 Write the order ID down: the orders view lists this port-in as &quot;Outcome unknown&quot; until it is resolved with that ID. Nothing is sent again by itself.</source>
        <translation>Telegent a créé la demande %1, mais PortDesk n&apos;a pas pu l&apos;enregistrer&#xa0;: %2 Notez l&apos;ID de demande&#xa0;: la vue des demandes affiche cette portabilité comme «&#xa0;Résultat inconnu&#xa0;» jusqu&apos;à ce qu&apos;elle soit résolue avec cet ID. Rien n&apos;est renvoyé automatiquement.</translation>
    </message>
    <message>
        <source>Nothing was sent: PortDesk could not record the port-in before sending it. %1 The data here is kept; submit again once the order registry can be written.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: PortDesk n&apos;a pas pu enregistrer la portabilité avant de l&apos;envoyer. %1 Les données sont conservées&#x202f;; renvoyez-la dès que le registre des demandes sera accessible en écriture.</translation>
    </message>
    <message>
        <source>Transfer PIN</source>
        <translation>PIN de transfert</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Change au&amp;thorization</source>
        <translation>Changer l&apos;auto&amp;risation</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Titulaire du compte</translation>
    </message>
    <message>
        <source>Authorized by</source>
        <translation>Autorisée par</translation>
    </message>
    <message>
        <source>Texts about this port</source>
        <translation>SMS sur cette portabilité</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::SessionPage</name>
    <message>
        <source>Restored draft</source>
        <translation>Brouillon restauré</translation>
    </message>
    <message>
        <source>An unfinished port-in from %1 was restored. Ask the customer for the transfer PIN again: it is never saved.</source>
        <translation>Une portabilité inachevée du %1 a été restaurée. Redemandez le PIN de transfert au client&#xa0;: il n&apos;est jamais enregistré.</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::SettingsDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Forget credentials</source>
        <translation>&amp;Oublier les identifiants</translation>
    </message>
    <message>
        <source>PortDesk settings</source>
        <translation>Paramètres de PortDesk</translation>
    </message>
    <message>
        <source>The AccountSecret is kept in this computer&apos;s keychain, never in a file. Without credentials PortDesk runs in training mode.</source>
        <translation>L&apos;AccountSecret est conservé dans le trousseau de cet ordinateur, jamais dans un fichier. Sans identifiants, PortDesk fonctionne en mode formation.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l&apos;API</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Adresse de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>AccountKey</source>
        <translation>AccountKey</translation>
    </message>
    <message>
        <source>Account&amp;Key:</source>
        <translation>Account&amp;Key&#xa0;:</translation>
    </message>
    <message>
        <source>AccountSecret</source>
        <translation>AccountSecret</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>Sho&amp;w secret</source>
        <translation>Affic&amp;her le secret</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> par minute</translation>
    </message>
    <message>
        <source>Account request budget</source>
        <translation>Quota de requêtes du compte</translation>
    </message>
    <message>
        <source>Telegent&apos;s standard tier allows 50 requests a minute for the whole account.</source>
        <translation>L&apos;offre standard de Telegent autorise 50 requêtes par minute pour tout le compte.</translation>
    </message>
    <message>
        <source>Share of the budget for background status checks</source>
        <translation>Part du quota pour les vérifications de statut en arrière-plan</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Délai d&apos;attente des requêtes</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Request &amp;budget:</source>
        <translation>&amp;Quota de requêtes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language (at next start):</source>
        <translation>&amp;Langue (au prochain démarrage)&#xa0;:</translation>
    </message>
    <message>
        <source>Asking Telegent for a token...</source>
        <translation>Demande de jeton à Telegent...</translation>
    </message>
    <message>
        <source>AccountS&amp;ecret:</source>
        <translation>Account&amp;Secret&#xa0;:</translation>
    </message>
    <message>
        <source>Back&amp;ground share:</source>
        <translation>&amp;Part en arrière-plan&#xa0;:</translation>
    </message>
    <message>
        <source>Request t&amp;imeout:</source>
        <translation>&amp;Délai d&apos;attente&#xa0;:</translation>
    </message>
    <message>
        <source>Save credentials that failed the test?</source>
        <translation>Enregistrer des identifiants qui ont échoué au test&#x202f;?</translation>
    </message>
    <message>
        <source>Telegent did not accept these credentials a moment ago. Saved, they replace the ones the desk works with now, and every request is sent with them.</source>
        <translation>Telegent n&apos;a pas accepté ces identifiants il y a un instant. Une fois enregistrés, ils remplacent ceux qu&apos;utilise actuellement le poste, et chaque requête est envoyée avec eux.</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>&amp;Enregistrer quand même</translation>
    </message>
    <message>
        <source>&amp;Do not save</source>
        <translation>&amp;Ne pas enregistrer</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::TrackOrdersDialog</name>
    <message>
        <source>Track existing orders</source>
        <translation>Suivre des demandes existantes</translation>
    </message>
    <message>
        <source>Paste one or more order IDs created elsewhere (one per line, or separated by spaces or commas). They are fetched from Telegent and tracked from now on.</source>
        <translation>Collez un ou plusieurs ID de demande créés ailleurs (un par ligne, ou séparés par des espaces ou des virgules). Ils sont récupérés chez Telegent et suivis dès maintenant.</translation>
    </message>
    <message>
        <source>Order IDs</source>
        <translation>ID de demande</translation>
    </message>
    <message>
        <source>&amp;Track</source>
        <translation>&amp;Suivre</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::TrayNotifier</name>
    <message>
        <source>PortDesk</source>
        <translation>PortDesk</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>Port-in status changed</source>
        <translation>Le statut de la portabilité a changé</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::UpdateOrderDialog</name>
    <message>
        <source>&amp;Send update</source>
        <translation>&amp;Envoyer la mise à jour</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 &amp;nbsp; status &lt;b&gt;%3&lt;/b&gt; %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 &amp;nbsp; statut &lt;b&gt;%3&lt;/b&gt; %4</translation>
    </message>
    <message>
        <source>only if it must change (never stored)</source>
        <translation>seulement s&apos;il doit changer (jamais conservé)</translation>
    </message>
    <message>
        <source>The PIN is sent once and never saved.</source>
        <translation>Le PIN est envoyé une seule fois et n&apos;est jamais enregistré.</translation>
    </message>
    <message>
        <source>Change what the carrier rejected, then send the update. The order goes back to the carrier.</source>
        <translation>Corrigez ce que l&apos;opérateur a refusé, puis envoyez la mise à jour. La demande retourne à l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Sending the update to Telegent...</source>
        <translation>Envoi de la mise à jour à Telegent...</translation>
    </message>
    <message>
        <source>Telegent did not accept the update: %1</source>
        <translation>Telegent n&apos;a pas accepté la mise à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Telegent status: %1</source>
        <translation>Statut Telegent&#xa0;: %1</translation>
    </message>
</context>
</TS>
