<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en">
<context>
    <name>AgeChart</name>
    <message>
        <source>The chart of open ports by age is not available. %1</source>
        <translation>El gráfico de portabilidades abiertas por antigüedad no está disponible. %1</translation>
    </message>
</context>
<context>
    <name>ApiBaseUrl</name>
    <message>
        <source>Enter the API address, for example %1.</source>
        <translation>Escriba la dirección de la API, por ejemplo %1.</translation>
    </message>
    <message>
        <source>This is not a web address. Example: %1</source>
        <translation>Esto no es una dirección web. Ejemplo: %1</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>La dirección debe empezar por https://.</translation>
    </message>
    <message>
        <source>Use https:// for %1: plain http is allowed only for this computer&apos;s loopback address (the training simulator).</source>
        <translation>Use https:// para %1: http simple solo se permite con la dirección local de esta computadora (el simulador de práctica).</translation>
    </message>
    <message>
        <source>The address must not contain a user name, a query or a fragment.</source>
        <translation>La dirección no debe contener nombre de usuario, consulta ni fragmento.</translation>
    </message>
    <message>
        <source>The address must end with the API version, /v1.0 (for example %1).</source>
        <translation>La dirección debe terminar con la versión de la API, /v1.0 (por ejemplo %1).</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No Telegent credentials are set.</source>
        <translation>No hay credenciales de Telegent configuradas.</translation>
    </message>
    <message>
        <source>The request may or may not have reached Telegent. Check the order before sending it again.</source>
        <translation>Puede que la solicitud haya llegado a Telegent o no. Revise la orden antes de enviarla de nuevo.</translation>
    </message>
    <message>
        <source>Unexpected response from the server (HTTP %1).</source>
        <translation>Respuesta inesperada del servidor (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large to read (HTTP %1).</source>
        <translation>La respuesta del servidor era demasiado grande para leerla (HTTP %1).</translation>
    </message>
    <message>
        <source>The Telegent server&apos;s certificate was refused: %1</source>
        <translation>Se rechazó el certificado del servidor de Telegent: %1</translation>
    </message>
    <message>
        <source>Could not reach the Telegent server.</source>
        <translation>No se pudo conectar con el servidor de Telegent.</translation>
    </message>
    <message>
        <source>The Telegent server did not answer in time.</source>
        <translation>El servidor de Telegent no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The connection to the Telegent server failed.</source>
        <translation>Falló la conexión con el servidor de Telegent.</translation>
    </message>
    <message>
        <source>Telegent refused the credentials.</source>
        <translation>Telegent rechazó las credenciales.</translation>
    </message>
    <message numerus="yes">
        <source>The Telegent server did not answer within %n second(s).</source>
        <translation>
            <numerusform>El servidor de Telegent no respondió en %n segundo.</numerusform>
            <numerusform>El servidor de Telegent no respondió en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Authorization</name>
    <message>
        <source>Verbal authorization by %1 (script %2)</source>
        <translation>Autorización verbal de %1 (guion %2)</translation>
    </message>
    <message>
        <source>Signed LOA from %1: %2, SHA-256 %3</source>
        <translation>LOA firmada de %1: %2, SHA-256 %3</translation>
    </message>
    <message>
        <source>Signed LOA from %1 received (%2)</source>
        <translation>LOA firmada de %1 recibida (%2)</translation>
    </message>
    <message>
        <source>Written LOA sent to %1, awaiting the signed copy</source>
        <translation>LOA escrita enviada a %1, en espera de la copia firmada</translation>
    </message>
    <message>
        <source>No authorization</source>
        <translation>Sin autorización</translation>
    </message>
</context>
<context>
    <name>AuthorizationSettings</name>
    <message>
        <source>your new service provider</source>
        <comment>the receiving provider in the verbal script and the LOA</comment>
        <translation>su nuevo proveedor de servicios</translation>
    </message>
</context>
<context>
    <name>BulkAuthorization</name>
    <message>
        <source>No authorization: give verbal:&lt;agent&gt;, received:&lt;reference&gt; or the signed LOA&apos;s file; not sent.</source>
        <translation>Sin autorización: indique verbal:&lt;agente&gt;, received:&lt;referencia&gt; o el archivo de la LOA firmada; no se envía.</translation>
    </message>
    <message>
        <source>verbal: needs the name of the agent who read the script, e.g. verbal:Ann Lee.</source>
        <translation>Después de verbal: indique el nombre del agente que leyó el guion, por ejemplo, verbal:Ann Lee.</translation>
    </message>
    <message>
        <source>The team requires a signed LOA: a verbal authorization is not enough. Give received:&lt;reference&gt; or the signed LOA&apos;s file.</source>
        <translation>El equipo exige una LOA firmada: una autorización verbal no basta. Indique received:&lt;referencia&gt; o el archivo de la LOA firmada.</translation>
    </message>
    <message>
        <source>received: needs the signed LOA&apos;s reference, e.g. received:mail 2026-12-01.</source>
        <translation>Después de received: indique la referencia de la LOA firmada, por ejemplo, received:correo 2026-12-01.</translation>
    </message>
    <message>
        <source>%1 changed after the rows were checked: not sent. Check the signed LOA and import again.</source>
        <translation>%1 cambió después de comprobar las filas: no se envía. Revise la LOA firmada y vuelva a importar.</translation>
    </message>
</context>
<context>
    <name>CarrierCodes</name>
    <message>
        <source>Account number missing or wrong: correct the account number and send an update.</source>
        <translation>Número de cuenta ausente o incorrecto: corríjalo y envíe una actualización.</translation>
    </message>
    <message>
        <source>Verizon Number Lock is on: the customer must switch it off, then send an update.</source>
        <translation>Number Lock de Verizon está activado: el cliente debe desactivarlo; luego envíe una actualización.</translation>
    </message>
    <message>
        <source>Transfer PIN wrong: get a new Number Transfer PIN from the customer and send an update.</source>
        <translation>PIN de transferencia incorrecto: pida al cliente un nuevo PIN de transferencia y envíe una actualización.</translation>
    </message>
    <message>
        <source>Name, account, PIN or address do not match the carrier&apos;s records: review all four.</source>
        <translation>El nombre, la cuenta, el PIN o la dirección no coinciden con los datos de la compañía: revise los cuatro.</translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <source>Mobile line (MVNO)</source>
        <translation>Línea celular (MVNO)</translation>
    </message>
    <message>
        <source>IoT device</source>
        <translation>Dispositivo IoT</translation>
    </message>
</context>
<context>
    <name>ConnectionTab</name>
    <message>
        <source>Connection to Telegent</source>
        <translation>Conexión con Telegent</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modo:</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Dirección de la API:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>&amp;Check connection</source>
        <translation>&amp;Comprobar conexión</translation>
    </message>
    <message>
        <source>&amp;Settings and credentials...</source>
        <translation>Con&amp;figuración y credenciales...</translation>
    </message>
    <message>
        <source>Orders kept:</source>
        <translation>Órdenes guardadas:</translation>
    </message>
    <message>
        <source>Order &amp;registry...</source>
        <translation>Re&amp;gistro de órdenes...</translation>
    </message>
    <message>
        <source>Request budget (shared by every desk on this account)</source>
        <translation>Cupo de solicitudes (compartido por todos los puestos de esta cuenta)</translation>
    </message>
    <message>
        <source>Training scenarios</source>
        <translation>Escenarios de práctica</translation>
    </message>
</context>
<context>
    <name>CustomerTexts</name>
    <message>
        <source>The order database %1 cannot record the text: %2</source>
        <translation>La base de datos de órdenes %1 no puede registrar el texto: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>it is not open</source>
        <translation>no está abierta</translation>
    </message>
    <message>
        <source>text %1 is not recorded</source>
        <translation>el texto %1 no está registrado</translation>
    </message>
</context>
<context>
    <name>ImportCsvDialog</name>
    <message>
        <source>Import port-ins from CSV</source>
        <translation>Importar portabilidades desde CSV</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No se eligió ningún archivo</translation>
    </message>
    <message>
        <source>C&amp;hoose file...</source>
        <translation>E&amp;legir archivo...</translation>
    </message>
    <message>
        <source>&amp;Submit valid rows</source>
        <translation>&amp;Enviar filas válidas</translation>
    </message>
    <message>
        <source>S&amp;top sending</source>
        <translation>&amp;Detener envío</translation>
    </message>
</context>
<context>
    <name>LoaDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Letter of Authorization</source>
        <translation>Carta de autorización</translation>
    </message>
    <message>
        <source>To port telephone numbers to a new service provider</source>
        <translation>Para portar números de teléfono a un nuevo proveedor de servicios</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <extracomment>The letter&apos;s date under its title; %1 is the date as the UI writes it, e.g. &quot;Mar 4, 2026&quot;</extracomment>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Telephone numbers to port</source>
        <translation>Números de teléfono que se van a portar</translation>
    </message>
    <message>
        <source>Current service</source>
        <translation>Servicio actual</translation>
    </message>
    <message>
        <source>Current carrier</source>
        <translation>Compañía actual</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Titular de la cuenta</translation>
    </message>
    <message>
        <source>Authorizing person</source>
        <translation>Persona que autoriza</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Dirección de facturación</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorización</translation>
    </message>
    <message>
        <source>I, %1, authorize %2 to port the telephone numbers listed in this letter from %3, and to act on my behalf with %3 to do so. I am the account holder named in this letter or I am authorized to act for the account holder. I understand that once the port is complete, %3 will no longer provide service on these numbers.</source>
        <extracomment>What the customer signs. %1: who signs (the account holder or the person acting for them), %2: the new provider (PortDesk&apos;s team), %3: the current carrier (used three times)</extracomment>
        <translation>Yo, %1, autorizo a %2 a portar desde %3 los números de teléfono indicados en esta carta y a actuar en mi nombre ante %3 con ese fin. Soy la persona titular de la cuenta indicada en esta carta o tengo autorización para actuar en nombre de la persona titular de la cuenta. Entiendo que, una vez completada la portabilidad, %3 dejará de prestar servicio en estos números.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>Nombre en letra de molde</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Fecha de la firma</translation>
    </message>
    <message>
        <source>The letter of authorization can only be made by the desktop application.</source>
        <translation>Solo la aplicación de escritorio puede generar la carta de autorización.</translation>
    </message>
    <message>
        <source>The letter of authorization needs at least one phone number.</source>
        <translation>La carta de autorización necesita al menos un número de teléfono.</translation>
    </message>
    <message>
        <source>The letter of authorization needs a date.</source>
        <translation>La carta de autorización necesita una fecha.</translation>
    </message>
    <message>
        <source>The letter of authorization could not be made.</source>
        <translation>No se pudo generar la carta de autorización.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
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
        <translation>MODO DE PRÁCTICA</translation>
    </message>
    <message>
        <source>New port-in</source>
        <translation>Nueva portabilidad</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Órdenes</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot prepare the order database: %1</source>
        <translation>No se puede preparar la base de datos de órdenes: %1</translation>
    </message>
    <message>
        <source>The order database was written by a newer PortDesk (schema %1, this version knows %2). Update PortDesk; the database was not changed.</source>
        <translation>La base de datos de órdenes la escribió un PortDesk más reciente (esquema %1; esta versión conoce el %2). Actualice PortDesk; la base de datos no se modificó.</translation>
    </message>
    <message>
        <source>Cannot start a transaction on the order database: %1</source>
        <translation>No se puede iniciar una transacción en la base de datos de órdenes: %1</translation>
    </message>
    <message>
        <source>Updating the order database to schema %1 failed: %2</source>
        <translation>Falló la actualización de la base de datos de órdenes al esquema %1: %2</translation>
    </message>
    <message>
        <source>Cannot mark the order database as PortDesk&apos;s: %1</source>
        <translation>No se puede marcar la base de datos de órdenes como de PortDesk: %1</translation>
    </message>
    <message>
        <source>Updating the order database failed: %1</source>
        <translation>Falló la actualización de la base de datos de órdenes: %1</translation>
    </message>
</context>
<context>
    <name>Modules</name>
    <message>
        <source>none of %1 exists</source>
        <translation>no existe ninguna de estas carpetas: %1</translation>
    </message>
    <message>
        <source>PortDesk&apos;s module &quot;%1&quot; could not be loaded (%2): reinstall PortDesk.</source>
        <translation>No se pudo cargar el módulo “%1” de PortDesk (%2): vuelva a instalar PortDesk.</translation>
    </message>
</context>
<context>
    <name>OrderChanges</name>
    <message>
        <source>The submit may or may not have reached Telegent.</source>
        <translation>Puede que el envío haya llegado a Telegent o no.</translation>
    </message>
    <message>
        <source>Telegent does not know this order (HTTP 404).</source>
        <translation>Telegent no conoce esta orden (HTTP 404).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Cambiado: %1</translation>
    </message>
    <message>
        <source>Not received by Telegent</source>
        <translation>No recibida por Telegent</translation>
    </message>
    <message>
        <source>Checked by the agent: this submit never reached Telegent.</source>
        <translation>Comprobado por el agente: este envío nunca llegó a Telegent.</translation>
    </message>
    <message>
        <source>Received by Telegent as %1</source>
        <translation>Recibida por Telegent como %1</translation>
    </message>
    <message>
        <source>Checked by the agent: Telegent received this submit as order %1.</source>
        <translation>Comprobado por el agente: Telegent recibió este envío como la orden %1.</translation>
    </message>
    <message>
        <source>The order of submit %1, whose outcome was unknown.</source>
        <translation>La orden del envío %1, cuyo resultado era desconocido.</translation>
    </message>
</context>
<context>
    <name>OrderNotes</name>
    <message>
        <source>The note is empty: write what the next person should know.</source>
        <translation>La nota está vacía: escriba lo que la próxima persona debe saber.</translation>
    </message>
    <message>
        <source>A note holds at most %1 characters; this one has %2.</source>
        <translation>Una nota admite como máximo %1 caracteres; esta tiene %2.</translation>
    </message>
    <message>
        <source>The note contains a character that is not text (%1): remove it.</source>
        <translation>La nota contiene un carácter que no es texto (%1): elimínelo.</translation>
    </message>
    <message>
        <source>The note contains the order&apos;s account number: notes are read by the whole team, so leave it out.</source>
        <translation>La nota contiene el número de cuenta de la orden: todo el equipo lee las notas, así que no lo incluya.</translation>
    </message>
    <message>
        <source>The note looks like it holds a PIN or password: PortDesk never keeps one, so leave the digits out (&quot;new PIN to come&quot; is fine).</source>
        <translation>Parece que la nota contiene un PIN o una contraseña: PortDesk nunca los guarda, así que no incluya los dígitos (puede escribir “nuevo PIN pendiente”).</translation>
    </message>
    <message>
        <source>Order %1 is not in the registry.</source>
        <translation>La orden %1 no está en el registro.</translation>
    </message>
    <message>
        <source>Could not save the note: %1</source>
        <translation>No se pudo guardar la nota: %1</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Pending Carrier Approval</source>
        <translation>Pendiente de aprobación de la compañía</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Resolution Required</source>
        <translation>Requiere resolución</translation>
    </message>
</context>
<context>
    <name>OrderTexts</name>
    <message>
        <source>CurrentCarrierName</source>
        <comment>API field an update changed, in an order&apos;s history</comment>
        <translation>compañía actual</translation>
    </message>
    <message>
        <source>CurrentAccountNumber</source>
        <comment>API field an update changed, in an order&apos;s history</comment>
        <translation>número de cuenta</translation>
    </message>
    <message>
        <source>CurrentAccountPassword</source>
        <comment>API field an update changed, in an order&apos;s history</comment>
        <translation>PIN de transferencia / clave</translation>
    </message>
    <message>
        <source>SubscriberName</source>
        <comment>API field an update changed, in an order&apos;s history</comment>
        <translation>nombre del titular</translation>
    </message>
    <message>
        <source>ICCID</source>
        <comment>API field an update changed, in an order&apos;s history</comment>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>CurrentBillingAddress</source>
        <comment>API field an update changed, in an order&apos;s history</comment>
        <translation>dirección de facturación</translation>
    </message>
    <message>
        <source>Awaiting authorization</source>
        <translation>En espera de autorización</translation>
    </message>
    <message>
        <source>Authorized, not submitted yet</source>
        <translation>Autorizada, aún no enviada</translation>
    </message>
    <message>
        <source>Written LOA created for the customer to sign; nothing sent to Telegent.</source>
        <translation>LOA escrita creada para que el cliente la firme; no se envió nada a Telegent.</translation>
    </message>
    <message>
        <source>Withdrawn before it was submitted</source>
        <translation>Retirada antes de enviarse</translation>
    </message>
    <message>
        <source>Submitted as %1</source>
        <translation>Enviada como la orden %1</translation>
    </message>
    <message>
        <source>PortInDate</source>
        <comment>API field an update changed, in an order&apos;s history</comment>
        <translation>fecha de portabilidad</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <source>Search number, name or order ID</source>
        <translation>Buscar número, nombre o ID de orden</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualizar ahora</translation>
    </message>
    <message>
        <source>&amp;Update...</source>
        <translation>&amp;Modificar...</translation>
    </message>
    <message>
        <source>Ca&amp;ncel order...</source>
        <translation>Ca&amp;ncelar orden...</translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation>&amp;Historial...</translation>
    </message>
    <message>
        <source>Cop&amp;y order ID</source>
        <translation>Cop&amp;iar ID de orden</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>&amp;Exportar CSV...</translation>
    </message>
    <message>
        <source>Not recei&amp;ved...</source>
        <translation>No reci&amp;bida...</translation>
    </message>
    <message>
        <source>For a submit whose outcome was unknown: you checked, and Telegent never received it.</source>
        <translation>Para un envío de resultado desconocido: usted comprobó que Telegent nunca lo recibió.</translation>
    </message>
    <message>
        <source>&amp;Track existing...</source>
        <translation>&amp;Rastrear existentes...</translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>Im&amp;portar CSV...</translation>
    </message>
    <message>
        <source>Check a CSV file of port-ins and send its valid rows</source>
        <translation>Revisar un archivo CSV de portabilidades y enviar sus filas válidas</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Resu&amp;me...</source>
        <translation>Rean&amp;udar...</translation>
    </message>
    <message>
        <source>Authori&amp;zation rules...</source>
        <translation>Reglas de autori&amp;zación...</translation>
    </message>
    <message>
        <source>Which authorizations the team accepts, and its verbal script</source>
        <translation>Qué autorizaciones acepta el equipo y su guion verbal</translation>
    </message>
    <message>
        <source>Attach signed &amp;LOA...</source>
        <translation>Adjuntar &amp;LOA firmada...</translation>
    </message>
    <message>
        <source>For a port-in awaiting authorization: the customer&apos;s signed LOA (PDF, PNG or JPEG).</source>
        <translation>Para una portabilidad en espera de autorización: la LOA firmada por el cliente (PDF, PNG o JPEG).</translation>
    </message>
    <message>
        <source>Si&amp;gned LOA received...</source>
        <translation>LOA &amp;firmada recibida...</translation>
    </message>
    <message>
        <source>For a port-in awaiting authorization: the signed LOA came back outside PortDesk (by mail, for example).</source>
        <translation>Para una portabilidad en espera de autorización: la LOA firmada llegó por fuera de PortDesk (por correo, por ejemplo).</translation>
    </message>
    <message>
        <source>C&amp;ontinue port-in</source>
        <translation>&amp;Continuar portabilidad</translation>
    </message>
    <message>
        <source>Opens the port-in whose signed LOA came back in the wizard, to submit it.</source>
        <translation>Abre en el asistente la portabilidad cuya LOA firmada ya llegó, para enviarla.</translation>
    </message>
    <message>
        <source>&amp;Withdraw...</source>
        <translation>Re&amp;tirar...</translation>
    </message>
    <message>
        <source>For a port-in awaiting authorization that will not go ahead: closes it and frees the number.</source>
        <translation>Para una portabilidad en espera de autorización que no seguirá adelante: la cierra y libera el número.</translation>
    </message>
    <message>
        <source>Every order not completed or cancelled yet, those needing action included</source>
        <translation>Todas las órdenes aún no completadas ni canceladas, incluidas las que requieren acción</translation>
    </message>
    <message>
        <source>Needs me &amp;first</source>
        <translation>Lo ur&amp;gente primero</translation>
    </message>
    <message>
        <source>Sort by urgency: what needs action first, then overdue ports, then the rest, oldest first. Click a column header to sort by that column instead.</source>
        <translation>Ordenar por urgencia: primero lo que requiere acción, luego las portabilidades atrasadas y después el resto, de la más antigua a la más reciente. Haga clic en el encabezado de una columna para ordenar por esa columna.</translation>
    </message>
    <message>
        <source>Customer te&amp;xts...</source>
        <translation>Te&amp;xtos al cliente...</translation>
    </message>
    <message>
        <source>The texts the team sends customers when their port moves, and the number they come from</source>
        <translation>Los textos que el equipo envía a los clientes cuando avanza su portabilidad, y el número desde el que se envían</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter the phone number.</source>
        <translation>Escriba el número de teléfono.</translation>
    </message>
    <message>
        <source>Remove the extension: only the 10-digit number can be ported.</source>
        <translation>Quite la extensión: solo se puede portar el número de 10 dígitos.</translation>
    </message>
    <message>
        <source>Use digits only (spaces, dashes, dots and brackets are fine).</source>
        <translation>Use solo dígitos (se admiten espacios, guiones, puntos y paréntesis).</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Esto no es un número de teléfono.</translation>
    </message>
    <message>
        <source>Enter a 10-digit US number (area code + number).</source>
        <translation>Escriba un número de EE. UU. de 10 dígitos (código de área + número).</translation>
    </message>
</context>
<context>
    <name>PortInCsv</name>
    <message>
        <source>The file is larger than 10 MiB: split it into smaller files.</source>
        <translation>El archivo supera los 10 MiB: divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: save it as &quot;CSV UTF-8&quot;.</source>
        <translation>El archivo no es texto UTF-8: guárdelo como “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>The file is empty: it needs the header line and one line per port-in.</source>
        <translation>El archivo está vacío: necesita la línea de encabezado y una línea por portabilidad.</translation>
    </message>
    <message>
        <source>Line 1: the column %1 appears twice.</source>
        <translation>Línea 1: la columna %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>Line 1: the header lacks the column(s) %1. Expected: %2</source>
        <translation>Línea 1: al encabezado le faltan las columnas %1. Se esperaba: %2</translation>
    </message>
    <message>
        <source>The file has more than %1 port-ins: split it into smaller files.</source>
        <translation>El archivo tiene más de %1 portabilidades: divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>A quoted field is never closed.</source>
        <translation>Un campo entre comillas nunca se cierra.</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2.</source>
        <translation>%1 campos; el encabezado tiene %2.</translation>
    </message>
</context>
<context>
    <name>PortValidation</name>
    <message>
        <source>Verizon wants its 6-digit Number Transfer PIN (the customer dials #PORT or uses the My Verizon app), not the account PIN; it expires after a few days. Number Lock must be switched off on the Verizon account.</source>
        <translation>Verizon pide su PIN de transferencia de 6 dígitos (el cliente marca #PORT o usa la app My Verizon), no el PIN de la cuenta; vence a los pocos días. Number Lock debe estar desactivado en la cuenta de Verizon.</translation>
    </message>
    <message>
        <source>AT&amp;T wants its 6-digit Number Transfer PIN (the customer dials *PORT or uses the myAT&amp;T app), not the account passcode; it expires after a few days. Wireless Account Lock must be switched off.</source>
        <translation>AT&amp;T pide su PIN de transferencia de 6 dígitos (el cliente marca *PORT o usa la app myAT&amp;T), no la clave de la cuenta; vence a los pocos días. Wireless Account Lock debe estar desactivado.</translation>
    </message>
    <message>
        <source>T-Mobile wants its 6-digit Number Transfer PIN (from the T-Mobile app or account), not the account PIN; it expires after a few days. Port Out Protection must be switched off.</source>
        <translation>T-Mobile pide su PIN de transferencia de 6 dígitos (de la app o la cuenta de T-Mobile), no el PIN de la cuenta; vence a los pocos días. Port Out Protection debe estar desactivado.</translation>
    </message>
    <message>
        <source>Metro by T-Mobile wants its 6-digit Number Transfer PIN (from the Metro app or account), not the account PIN; it expires after a few days. Port Out Protection must be switched off.</source>
        <translation>Metro by T-Mobile pide su PIN de transferencia de 6 dígitos (de la app o la cuenta de Metro), no el PIN de la cuenta; vence a los pocos días. Port Out Protection debe estar desactivado.</translation>
    </message>
    <message>
        <source>Enter the name of the customer&apos;s current carrier as it appears on the bill.</source>
        <translation>Escriba el nombre de la compañía actual del cliente tal como aparece en la factura.</translation>
    </message>
    <message>
        <source>Enter the account number from the customer&apos;s bill with the current carrier.</source>
        <translation>Escriba el número de cuenta que figura en la factura de la compañía actual del cliente.</translation>
    </message>
    <message>
        <source>Account numbers contain only letters, digits and dashes: remove spaces and other characters.</source>
        <translation>Los números de cuenta solo contienen letras, dígitos y guiones: quite los espacios y otros caracteres.</translation>
    </message>
    <message>
        <source>This account number has %1 characters, carriers accept at most %2: check it against the bill.</source>
        <translation>Este número de cuenta tiene %1 caracteres y las compañías aceptan como máximo %2: compárelo con la factura.</translation>
    </message>
    <message>
        <source>The account number is the phone number itself: that is right only for some prepaid accounts, so confirm it with the customer.</source>
        <translation>El número de cuenta es el propio número de teléfono: eso solo es correcto en algunas cuentas prepago; confírmelo con el cliente.</translation>
    </message>
    <message>
        <source>Enter the account holder&apos;s name exactly as the current carrier has it: a name mismatch is the most common reason for a rejected port.</source>
        <translation>Escriba el nombre del titular exactamente como lo tiene la compañía actual: un nombre que no coincide es la causa más común de rechazo.</translation>
    </message>
    <message>
        <source>Enter the street address from the customer&apos;s bill.</source>
        <translation>Escriba la dirección (número y calle) de la factura del cliente.</translation>
    </message>
    <message>
        <source>A PO Box is not accepted: ask the customer for the physical service address (street and house number).</source>
        <translation>No se acepta un apartado postal (PO Box): pida al cliente la dirección física del servicio (calle y número).</translation>
    </message>
    <message>
        <source>Enter the city of the billing address.</source>
        <translation>Escriba la ciudad de la dirección de facturación.</translation>
    </message>
    <message>
        <source>Choose the state of the billing address.</source>
        <translation>Elija el estado de la dirección de facturación.</translation>
    </message>
    <message>
        <source>%1 (%2) is not part of the North American numbering plan: its numbers cannot be ported here.</source>
        <translation>%1 (%2) no forma parte del plan de numeración norteamericano: sus números no se pueden portar aquí.</translation>
    </message>
    <message>
        <source>%1 is a military (APO/FPO) code: the billing address must be in a US state or territory.</source>
        <translation>%1 es un código militar (APO/FPO): la dirección de facturación debe estar en un estado o territorio de EE. UU.</translation>
    </message>
    <message>
        <source>Use the two-letter code: %1 for %2.</source>
        <translation>Use el código de dos letras: %1 para %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a US state or territory: use the two-letter USPS code, for example UT.</source>
        <translation>“%1” no es un estado ni territorio de EE. UU.: use el código USPS de dos letras, por ejemplo UT.</translation>
    </message>
    <message>
        <source>Enter the ZIP code of the billing address.</source>
        <translation>Escriba el código postal (ZIP) de la dirección de facturación.</translation>
    </message>
    <message>
        <source>Enter the ZIP as 5 digits (84043) or ZIP+4 (84043-1234).</source>
        <translation>Escriba el ZIP con 5 dígitos (84043) o como ZIP+4 (84043-1234).</translation>
    </message>
    <message>
        <source>No US ZIP code starts with %1: check the ZIP on the bill.</source>
        <translation>Ningún código ZIP de EE. UU. empieza por %1: revise el ZIP de la factura.</translation>
    </message>
    <message>
        <source>ZIP %1 belongs to %2, not %3: carriers reject a ZIP from another state, so check both on the bill.</source>
        <translation>El ZIP %1 pertenece a %2, no a %3: las compañías rechazan un ZIP de otro estado; revise ambos en la factura.</translation>
    </message>
    <message>
        <source>The classification must be mvno or iot, not &quot;%1&quot;.</source>
        <translation>La clasificación debe ser mvno o iot, no “%1”.</translation>
    </message>
    <message>
        <source>Type the ICCID as digits only, without spaces or letters (an F at the end of a 20-character value is allowed).</source>
        <translation>Escriba el ICCID solo con dígitos, sin espacios ni letras (se admite una F al final de un valor de 20 caracteres).</translation>
    </message>
    <message>
        <source>An ICCID has 19 or 20 digits, this one has %1: read it again from the SIM card.</source>
        <translation>Un ICCID tiene 19 o 20 dígitos y este tiene %1: vuelva a leerlo en la tarjeta SIM.</translation>
    </message>
    <message>
        <source>An ICCID starts with 89: check the first digits on the SIM card.</source>
        <translation>Un ICCID empieza por 89: revise los primeros dígitos en la tarjeta SIM.</translation>
    </message>
    <message>
        <source>This SIM was not issued in the US (US SIM cards start with 891 or 8901): check the ICCID if you expected a US SIM.</source>
        <translation>Esta SIM no se emitió en EE. UU. (las SIM de EE. UU. empiezan por 891 o 8901): revise el ICCID si esperaba una SIM de EE. UU.</translation>
    </message>
    <message>
        <source>The ICCID does not add up: re-read the last digit on the SIM card (and, if it is right, the others).</source>
        <translation>El ICCID no es válido (dígito de control incorrecto): vuelva a leer el último dígito en la tarjeta SIM (y, si es correcto, los demás).</translation>
    </message>
    <message>
        <source>Enter the phone number to port.</source>
        <translation>Escriba el número de teléfono que se va a portar.</translation>
    </message>
    <message>
        <source>Remove the extension: only the 10-digit number itself can be ported.</source>
        <translation>Quite la extensión: solo se puede portar el número de 10 dígitos en sí.</translation>
    </message>
    <message>
        <source>Use digits only: spaces, dashes, dots, brackets and a leading + are fine, letters are not.</source>
        <translation>Use solo dígitos: se admiten espacios, guiones, puntos, paréntesis y un + inicial, pero no letras.</translation>
    </message>
    <message>
        <source>Only US numbers (+1) can be ported: this number has another country code.</source>
        <translation>Solo se pueden portar números de EE. UU. (+1): este número tiene otro código de país.</translation>
    </message>
    <message>
        <source>The area code cannot start with 0 or 1: check the first three digits.</source>
        <translation>El código de área no puede empezar por 0 ni por 1: revise los tres primeros dígitos.</translation>
    </message>
    <message>
        <source>%1 is a service code (like 411 or 911), not an area code: check the first three digits.</source>
        <translation>%1 es un código de servicio (como 411 o 911), no un código de área: revise los tres primeros dígitos.</translation>
    </message>
    <message>
        <source>The exchange (digits 4 to 6) cannot start with 0 or 1: check the number.</source>
        <translation>El código de central (dígitos 4 a 6) no puede empezar por 0 ni por 1: revise el número.</translation>
    </message>
    <message>
        <source>%1 is a service code (like 411), not an exchange: check digits 4 to 6.</source>
        <translation>%1 es un código de servicio (como 411), no un código de central: revise los dígitos 4 a 6.</translation>
    </message>
    <message>
        <source>Area code %1 is not in use, or has no numbers like this one: check the number with the customer.</source>
        <translation>El código de área %1 no está en uso o no tiene números como este: verifique el número con el cliente.</translation>
    </message>
    <message>
        <source>Area code %1 is outside the US and its territories (%2): such numbers usually cannot be ported here.</source>
        <translation>El código de área %1 está fuera de EE. UU. y sus territorios (%2): estos números no suelen poder portarse aquí.</translation>
    </message>
    <message>
        <source>%1 is a toll-free area code: toll-free numbers usually cannot be ported to a mobile plan.</source>
        <translation>%1 es un código de número gratuito: los números gratuitos no suelen poder portarse a un plan celular.</translation>
    </message>
    <message>
        <source>900 is a premium-rate area code: such numbers usually cannot be ported to a mobile plan.</source>
        <translation>900 es un código de tarificación especial: estos números no suelen poder portarse a un plan celular.</translation>
    </message>
    <message>
        <source>555-0100 to 555-0199 are fictional numbers kept for examples and training: no real line can be ported from them.</source>
        <translation>Del 555-0100 al 555-0199 son números ficticios reservados para ejemplos y práctica: ninguna línea real puede portarse desde ellos.</translation>
    </message>
    <message>
        <source>This number already has an open port-in order (%1): update or cancel that order instead of submitting a new one.</source>
        <translation>Este número ya tiene una orden de portabilidad abierta (%1): modifique o cancele esa orden en lugar de enviar una nueva.</translation>
    </message>
    <message numerus="yes">
        <source>Enter the 10-digit number: area code and number, with or without a leading 1. This has %n digit(s).</source>
        <translation>
            <numerusform>Escriba el número de 10 dígitos: código de área y número, con o sin un 1 inicial. Este tiene %n dígito.</numerusform>
            <numerusform>Escriba el número de 10 dígitos: código de área y número, con o sin un 1 inicial. Este tiene %n dígitos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Digits: %1 of %2</source>
        <extracomment>Neutral progress under the number field while the agent is still typing, e.g. &quot;Digits: 3 of 10&quot;</extracomment>
        <translation>Dígitos: %1 de %2</translation>
    </message>
    <message>
        <source>Enter the port date as YYYY-MM-DD, for example %1.</source>
        <translation>Escriba la fecha de portabilidad como AAAA-MM-DD, por ejemplo %1.</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar: check the month and the day.</source>
        <translation>%1 no es un día del calendario: revise el mes y el día.</translation>
    </message>
    <message>
        <source>%1 is in the past: choose today (%2) or a later date.</source>
        <translation>%1 es una fecha pasada: elija hoy (%2) o una fecha posterior.</translation>
    </message>
    <message>
        <source>This field contains an invisible or control character (U+%1), often brought in by copy and paste: retype the value.</source>
        <translation>Este campo contiene un carácter invisible o de control (U+%1), a menudo introducido al copiar y pegar: vuelva a escribir el valor.</translation>
    </message>
    <message>
        <source>At most %1 characters fit here; this has %2.</source>
        <translation>Aquí caben como máximo %1 caracteres; el valor tiene %2.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s transfer PIN or passcode: the carrier needs it to release the number.</source>
        <translation>Escriba el PIN de transferencia o la clave de la cuenta del cliente: la compañía lo necesita para liberar el número.</translation>
    </message>
    <message>
        <source>Transfer PINs have 4 to 15 characters, this one has %1: check it with the customer.</source>
        <translation>Los PIN de transferencia tienen de 4 a 15 caracteres y este tiene %1: verifíquelo con el cliente.</translation>
    </message>
    <message>
        <source>Transfer PINs are usually digits only: make sure this is the transfer PIN, not an online password.</source>
        <translation>Los PIN de transferencia suelen ser solo dígitos: asegúrese de que es el PIN de transferencia y no una contraseña en línea.</translation>
    </message>
</context>
<context>
    <name>RegistryFile</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes), so it is not a PortDesk order database</source>
        <translation>el archivo está vacío (0 bytes), así que no es una base de datos de órdenes de PortDesk</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>it belongs to another program (application id %1)</source>
        <translation>pertenece a otro programa (ID de aplicación %1)</translation>
    </message>
    <message>
        <source>it is another program&apos;s database (no PortDesk tables)</source>
        <translation>es la base de datos de otro programa (sin tablas de PortDesk)</translation>
    </message>
    <message>
        <source>it was written by a newer PortDesk (schema %1, this version knows %2); update PortDesk</source>
        <translation>la escribió un PortDesk más reciente (esquema %1; esta versión conoce el %2); actualice PortDesk</translation>
    </message>
    <message>
        <source>cannot move the new database into place</source>
        <translation>no se puede colocar la nueva base de datos en su lugar</translation>
    </message>
    <message>
        <source>cannot make %1 private to its owner</source>
        <translation>no se puede restringir %1 a su propietario</translation>
    </message>
    <message>
        <source>cannot make the folder %1 private to its owner</source>
        <translation>no se puede restringir la carpeta %1 a su propietario</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
</context>
<context>
    <name>RegistryLocation</name>
    <message>
        <source>sslmode=%1 is not one of libpq&apos;s modes (%2).</source>
        <translation>sslmode=%1 no es uno de los modos de libpq (%2).</translation>
    </message>
    <message>
        <source>sslrootcert: there is no readable CA certificate file at %1.</source>
        <translation>sslrootcert: no hay ningún archivo de certificado de CA legible en %1.</translation>
    </message>
    <message>
        <source>connect_timeout=%1 must be a whole number of seconds, 1 or more.</source>
        <translation>connect_timeout=%1 debe ser un número entero de segundos, 1 o más.</translation>
    </message>
    <message>
        <source>The parameter %1 is not supported; PortDesk takes sslmode, sslrootcert, connect_timeout and host.</source>
        <translation>El parámetro %1 no se admite; PortDesk acepta sslmode, sslrootcert, connect_timeout y host.</translation>
    </message>
    <message>
        <source>Name a SQLite file or a team database (%1).</source>
        <translation>Indique un archivo SQLite o una base de datos compartida (%1).</translation>
    </message>
    <message>
        <source>%1:// is not a registry: give a SQLite file path or a team database as %2.</source>
        <translation>%1:// no es un registro: indique la ruta de un archivo SQLite o una base de datos compartida como %2.</translation>
    </message>
    <message>
        <source>The team database URI must not hold a password (it would show in process lists and shell history): PortDesk takes it from PGPASSWORD, ~/.pgpass or the keychain entry the registry dialog saved.</source>
        <translation>El URI de la base de datos compartida no debe contener ninguna contraseña (se vería en las listas de procesos y en el historial del shell): PortDesk la toma de PGPASSWORD, de ~/.pgpass o de la entrada del llavero que guardó la ventana “Registro de órdenes”.</translation>
    </message>
    <message>
        <source>This is not a usable team database URI (%1). Expected: %2</source>
        <translation>Este no es un URI de base de datos compartida válido (%1). Formato esperado: %2</translation>
    </message>
    <message>
        <source>A team database URI has no #fragment. Expected: %1</source>
        <translation>Un URI de base de datos compartida no lleva #fragmento. Formato esperado: %1</translation>
    </message>
    <message>
        <source>The team database URI names no user. Expected: %1</source>
        <translation>El URI de la base de datos compartida no indica ningún usuario. Formato esperado: %1</translation>
    </message>
    <message>
        <source>The team database URI names no server. Expected: %1</source>
        <translation>El URI de la base de datos compartida no indica ningún servidor. Formato esperado: %1</translation>
    </message>
    <message>
        <source>The team database URI&apos;s port must be 1 to 65535.</source>
        <translation>El puerto del URI de la base de datos compartida debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <source>The team database URI names no database (one name after the port). Expected: %1</source>
        <translation>El URI de la base de datos compartida no indica ninguna base de datos (un nombre después del puerto). Formato esperado: %1</translation>
    </message>
</context>
<context>
    <name>SendJournal</name>
    <message>
        <source>%1 is being sent right now by another PortDesk process using this order database: not sent again.</source>
        <translation>Otro proceso de PortDesk que usa esta base de datos de órdenes está enviando %1 en este momento: no se envía de nuevo.</translation>
    </message>
    <message>
        <source>%1 was sent before without a clear answer (%2): verify that submit in the orders view before sending the number again. Not sent.</source>
        <translation>%1 ya se envió sin una respuesta clara (%2): verifique ese envío en la vista de órdenes antes de volver a enviar el número. No se envía.</translation>
    </message>
    <message>
        <source>%1 already has an open order (%2): not sent.</source>
        <translation>%1 ya tiene una orden abierta (%2): no se envía.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>The order database %1 could not record Telegent&apos;s answer: %2</source>
        <translation>La base de datos de órdenes %1 no pudo registrar la respuesta de Telegent: %2</translation>
    </message>
    <message>
        <source>Nothing was sent: the order database %1 cannot record the send: %2</source>
        <translation>No se envió nada: la base de datos de órdenes %1 no puede registrar el envío: %2</translation>
    </message>
    <message>
        <source>it is not open</source>
        <translation>no está abierta</translation>
    </message>
    <message>
        <source>there is none</source>
        <translation>no hay ninguna</translation>
    </message>
    <message>
        <source>It may or may not have reached Telegent.</source>
        <translation>Puede que la portabilidad haya llegado a Telegent o no.</translation>
    </message>
    <message>
        <source>Telegent created order %1.</source>
        <translation>Telegent creó la orden %1.</translation>
    </message>
    <message>
        <source>Do not send it again: PortDesk records it as an unknown outcome at its next start.</source>
        <translation>No la vuelva a enviar: PortDesk la registra como resultado desconocido al próximo inicio.</translation>
    </message>
    <message>
        <source>Telegent answered with OrderId %1, which is already recorded for %2: recorded as %3 to check with Telegent; not sent again.</source>
        <translation>Telegent respondió con el OrderId %1, que ya está registrado para %2: se registra como %3 para comprobarlo con Telegent; no se envía de nuevo.</translation>
    </message>
    <message>
        <source>Telegent&apos;s answer carried no OrderId: the port-in may or may not have been created.</source>
        <translation>La respuesta de Telegent no traía OrderId: puede que la portabilidad se haya creado o no.</translation>
    </message>
    <message>
        <source>PortDesk records it as an unknown outcome at its next start.</source>
        <translation>PortDesk la registra como resultado desconocido al próximo inicio.</translation>
    </message>
    <message>
        <source>Cannot read the sends on their way: %1</source>
        <translation>No se pueden leer los envíos en curso: %1</translation>
    </message>
    <message>
        <source>Cannot record the interrupted sends: %1</source>
        <translation>No se pueden registrar los envíos interrumpidos: %1</translation>
    </message>
    <message>
        <source>PortDesk stopped while this submit was on its way: it may or may not have reached Telegent. Verify it before sending the number again.</source>
        <translation>PortDesk se detuvo mientras este envío estaba en camino: puede que haya llegado a Telegent o no. Verifíquelo antes de volver a enviar el número.</translation>
    </message>
    <message>
        <source>PortDesk stopped while this %1 was on its way: it may or may not have reached Telegent; the next status check tells.</source>
        <translation>PortDesk se detuvo mientras esta operación (%1) estaba en camino: puede que haya llegado a Telegent o no; la próxima consulta de estado lo dirá.</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>The customer&apos;s 10-digit US number, in any format.</source>
        <translation>El número de EE. UU. de 10 dígitos del cliente, en cualquier formato.</translation>
    </message>
    <message>
        <source>Mobile line or IoT device.</source>
        <translation>Línea celular o dispositivo IoT.</translation>
    </message>
    <message>
        <source>The carrier the number leaves, as on the bill.</source>
        <translation>La compañía de la que sale el número, como en la factura.</translation>
    </message>
    <message>
        <source>The account number on the current carrier&apos;s bill.</source>
        <translation>El número de cuenta de la factura de la compañía actual.</translation>
    </message>
    <message>
        <source>The name on the current carrier&apos;s account, exactly.</source>
        <translation>El nombre en la cuenta de la compañía actual, exactamente.</translation>
    </message>
    <message>
        <source>Street address of the billing address. No PO box.</source>
        <translation>Número y calle de la dirección de facturación. Sin apartado postal.</translation>
    </message>
    <message>
        <source>Apartment, suite or unit, if any.</source>
        <translation>Apartamento, suite o unidad, si hay.</translation>
    </message>
    <message>
        <source>City of the billing address.</source>
        <translation>Ciudad de la dirección de facturación.</translation>
    </message>
    <message>
        <source>State or territory; type its two letters.</source>
        <translation>Estado o territorio; escriba sus dos letras.</translation>
    </message>
    <message>
        <source>5-digit ZIP code, or ZIP+4.</source>
        <translation>Código ZIP de 5 dígitos, o ZIP+4.</translation>
    </message>
    <message>
        <source>Optional: the 19 or 20 digits printed on the SIM card.</source>
        <translation>Opcional: los 19 o 20 dígitos impresos en la tarjeta SIM.</translation>
    </message>
    <message>
        <source>The Number Transfer PIN, or the account passcode if the carrier has none. Never saved.</source>
        <translation>El PIN de transferencia, o la clave de la cuenta si la compañía no usa PIN. Nunca se guarda.</translation>
    </message>
    <message>
        <source>The person who holds the account at the current carrier. Taken from the subscriber name; change it if someone else holds the account.</source>
        <translation>La persona titular de la cuenta en la compañía actual. Se toma del nombre del titular indicado antes; cámbielo si la cuenta está a nombre de otra persona.</translation>
    </message>
    <message>
        <source>Optional: the person giving the authorization, when it is not the account holder (for example, an authorized user of a business account).</source>
        <translation>Opcional: la persona que da la autorización, cuando no es el titular de la cuenta (por ejemplo, un usuario autorizado de una cuenta empresarial).</translation>
    </message>
    <message>
        <source>The mobile number the customer wants the texts about this port on: the number being ported unless they give another.</source>
        <translation>El número celular en el que el cliente quiere recibir los textos sobre esta portabilidad: el número que se porta, salvo que indique otro.</translation>
    </message>
</context>
<context>
    <name>SignedLoaFile</name>
    <message>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>una imagen PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>una imagen JPEG</translation>
    </message>
    <message>
        <source>a HEIC photo</source>
        <translation>una foto HEIC</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>una imagen GIF</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>una imagen TIFF</translation>
    </message>
    <message>
        <source>a ZIP archive or Office document</source>
        <translation>un archivo ZIP o un documento de Office</translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation>un programa de Windows</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>un programa</translation>
    </message>
    <message>
        <source>%1 is too large (%2): a signed letter may be at most %3. Scan it at a lower resolution or as a PDF.</source>
        <translation>%1 es demasiado grande (%2): una carta firmada puede ocupar como máximo %3. Escanéela con menor resolución o como PDF.</translation>
    </message>
    <message>
        <source>%1 is empty: attach the signed letter itself.</source>
        <translation>%1 está vacío: adjunte el archivo de la carta firmada.</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>un archivo de texto</translation>
    </message>
    <message>
        <source>%1 is not a PDF, PNG or JPEG file. Attach the signed letter as a PDF, PNG or JPEG.</source>
        <translation>%1 no es un archivo PDF, PNG ni JPEG. Adjunte la carta firmada como PDF, PNG o JPEG.</translation>
    </message>
    <message>
        <source>%1 is not a PDF, PNG or JPEG file: it is %2. Attach the signed letter as a PDF, PNG or JPEG.</source>
        <translation>%1 no es un archivo PDF, PNG ni JPEG: es %2. Adjunte la carta firmada como PDF, PNG o JPEG.</translation>
    </message>
    <message>
        <source>%1 holds %2 but its name does not end in .pdf, .png or .jpg. Rename it to match.</source>
        <translation>%1 contiene %2, pero su nombre no termina en .pdf, .png ni .jpg. Cámbiele el nombre para que coincida.</translation>
    </message>
    <message>
        <source>%1 is named as %2 but it is really %3. Rename it to match what it holds, or attach the right file.</source>
        <translation>El nombre de %1 corresponde a %2, pero en realidad es %3. Cámbiele el nombre según lo que contiene o adjunte el archivo correcto.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder: attach the signed letter&apos;s file.</source>
        <translation>%1 es una carpeta: adjunte el archivo de la carta firmada.</translation>
    </message>
    <message>
        <source>%1 is not a file: attach the signed letter&apos;s file.</source>
        <translation>%1 no es un archivo: adjunte el archivo de la carta firmada.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
</context>
<context>
    <name>TeamLedger</name>
    <message>
        <source>cannot prepare the team&apos;s request budget: %1</source>
        <translation>no se puede preparar el cupo de solicitudes del equipo: %1</translation>
    </message>
</context>
<context>
    <name>TelegentClient</name>
    <message>
        <source>PortDesk is still starting: no API address is set yet.</source>
        <translation>PortDesk todavía se está iniciando: aún no hay una dirección de API.</translation>
    </message>
</context>
<context>
    <name>TextTemplates</name>
    <message>
        <source>The text is empty: write what the customer should read.</source>
        <translation>El texto está vacío: escriba lo que el cliente debe leer.</translation>
    </message>
    <message>
        <source>The text contains a character that is not text (%1): remove it.</source>
        <translation>El texto contiene un carácter que no es texto (%1): elimínelo.</translation>
    </message>
    <message>
        <source>{%1} is not something PortDesk fills in: use {last4}, {brand} or {fix}. A text never holds the PIN, the account number or the address.</source>
        <translation>PortDesk no completa {%1}: use {last4}, {brand} o {fix}. Un texto nunca contiene el PIN, el número de cuenta ni la dirección.</translation>
    </message>
    <message>
        <source>The text holds %1 digits in a row (%2): a PIN or an account number must never be in a text. Use {last4} for the number.</source>
        <translation>El texto contiene %1 dígitos seguidos (%2): un PIN o un número de cuenta nunca debe ir en un texto. Use {last4} para el número.</translation>
    </message>
    <message>
        <source>The text looks like it holds a PIN: leave the digits out.</source>
        <translation>Parece que el texto contiene un PIN: no incluya los dígitos.</translation>
    </message>
    <message>
        <source>Filled in, this text can take %1 segments (%2); PortDesk sends at most %3: shorten it.</source>
        <translation>Ya completado, este texto puede ocupar %1 segmentos (%2); PortDesk envía como máximo %3: acórtelo.</translation>
    </message>
    <message>
        <source>The text would hold the order&apos;s account number.</source>
        <translation>El texto contendría el número de cuenta de la orden.</translation>
    </message>
    <message>
        <source>The text looks like it holds a PIN.</source>
        <translation>Parece que el texto contiene un PIN.</translation>
    </message>
    <message>
        <source>The text would hold the customer&apos;s billing address.</source>
        <translation>El texto contendría la dirección de facturación del cliente.</translation>
    </message>
    <message>
        <source>The text would hold the customer&apos;s ZIP code.</source>
        <translation>El texto contendría el código ZIP del cliente.</translation>
    </message>
    <message>
        <source>The text would take %1 segments (%2); PortDesk sends at most %3.</source>
        <translation>El texto ocuparía %1 segmentos (%2); PortDesk envía como máximo %3.</translation>
    </message>
</context>
<context>
    <name>TextTrigger</name>
    <message>
        <source>Port-in submitted</source>
        <translation>Portabilidad enviada</translation>
    </message>
    <message>
        <source>Needs the customer&apos;s action</source>
        <translation>Requiere una acción del cliente</translation>
    </message>
    <message>
        <source>Port scheduled</source>
        <translation>Portabilidad programada</translation>
    </message>
    <message>
        <source>Port completed</source>
        <translation>Portabilidad completada</translation>
    </message>
    <message>
        <source>Port cancelled</source>
        <translation>Portabilidad cancelada</translation>
    </message>
</context>
<context>
    <name>UpdateOrderDialog</name>
    <message>
        <source>Update port-in</source>
        <translation>Modificar portabilidad</translation>
    </message>
    <message>
        <source>&amp;Account number:</source>
        <translation>Número de &amp;cuenta:</translation>
    </message>
    <message>
        <source>Street &amp;1:</source>
        <translation>Dirección &amp;1:</translation>
    </message>
    <message>
        <source>Street &amp;2:</source>
        <translation>Dirección &amp;2:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>&amp;ZIP:</source>
        <translation>&amp;ZIP:</translation>
    </message>
    <message>
        <source>IC&amp;CID:</source>
        <translation>ICCI&amp;D:</translation>
    </message>
    <message>
        <source>Port-in &amp;date (YYYY-MM-DD):</source>
        <translation>&amp;Fecha de portabilidad (AAAA-MM-DD):</translation>
    </message>
    <message>
        <source>Sho&amp;w PIN</source>
        <translation>&amp;Mostrar PIN</translation>
    </message>
    <message>
        <source>Current ca&amp;rrier:</source>
        <translation>Compañía &amp;actual:</translation>
    </message>
    <message>
        <source>Subscriber &amp;name:</source>
        <translation>Nombre del &amp;titular:</translation>
    </message>
    <message>
        <source>Transfer &amp;PIN / passcode:</source>
        <translation>&amp;PIN de transferencia / clave:</translation>
    </message>
</context>
<context>
    <name>VerbalScript</name>
    <message>
        <source>Before I submit this request, I need your authorization. You are asking {provider} to move the phone number {number} from {carrier} to {provider}. Are you {holder}, the account holder, or authorized to act for the account holder? Do you authorize {provider} to transfer this number, knowing that your service for it with {carrier} will end when the transfer completes, and that any remaining contract or balance with {carrier} stays yours to settle? Please answer yes or no.</source>
        <translation>Antes de enviar esta solicitud, necesito su autorización. Usted le pide a {provider} que transfiera el número de teléfono {number} de {carrier} a {provider}. ¿Es usted {holder}, titular de la cuenta, o tiene autorización para actuar en nombre del titular de la cuenta? ¿Autoriza a {provider} a transferir este número, sabiendo que su servicio con {carrier} para este número terminará cuando se complete la transferencia y que cualquier contrato o saldo pendiente con {carrier} sigue siendo su responsabilidad? Por favor, responda sí o no.</translation>
    </message>
</context>
<context>
    <name>portdesk</name>
    <message>
        <source>Open another window even if PortDesk is already running with this registry.</source>
        <translation>Abre otra ventana aunque PortDesk ya esté en marcha con este registro.</translation>
    </message>
    <message>
        <source>PortDesk is already running but does not answer; close it or start with --new-instance.</source>
        <translation>PortDesk ya está en marcha pero no responde; ciérrelo o inícielo con --new-instance.</translation>
    </message>
    <message>
        <source>Use this order registry instead of the saved choice (also PORTDESK_REGISTRY; the option wins): a SQLite file, or a team database as postgresql://USER@HOST:PORT/DBNAME, with sslmode, sslrootcert (CA file) and connect_timeout allowed as ?parameters. The password comes from PGPASSWORD, ~/.pgpass or the keychain entry the registry dialog saved, never from the URI. A server on another computer is used over TLS with its certificate verified unless sslmode=disable says plaintext.</source>
        <translation>Usa este registro de órdenes en lugar del guardado (también PORTDESK_REGISTRY; la opción tiene prioridad): un archivo SQLite o una base de datos compartida como postgresql://USER@HOST:PORT/DBNAME, con sslmode, sslrootcert (archivo de CA) y connect_timeout permitidos como ?parámetros. La contraseña se toma de PGPASSWORD, de ~/.pgpass o de la entrada del llavero que guardó la ventana “Registro de órdenes”, nunca del URI. Un servidor en otra computadora se usa por TLS con su certificado verificado, salvo que sslmode=disable indique sin cifrar.</translation>
    </message>
</context>
<context>
    <name>portdesk-cli</name>
    <message>
        <source>back on the team&apos;s shared request budget.</source>
        <translation>de nuevo en el cupo de solicitudes compartido del equipo.</translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>advertencia:</translation>
    </message>
</context>
<context>
    <name>portdesk::AppContext</name>
    <message>
        <source>No Telegent credentials are set.</source>
        <translation>No hay credenciales de Telegent configuradas.</translation>
    </message>
    <message>
        <source>The API address in the settings is not usable: %1</source>
        <translation>La dirección de la API de la configuración no sirve: %1</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Conectado a %1 como %2.</translation>
    </message>
    <message>
        <source>No Telegent credentials: set TELEGENT_ACCOUNT_KEY and TELEGENT_ACCOUNT_SECRET, save them in PortDesk&apos;s settings, or use --sandbox.</source>
        <translation>No hay credenciales de Telegent: defina TELEGENT_ACCOUNT_KEY y TELEGENT_ACCOUNT_SECRET, guárdelas en la configuración de PortDesk o use --sandbox.</translation>
    </message>
    <message>
        <source>%1 The training simulator could not start: %2</source>
        <translation>%1 No se pudo iniciar el simulador de práctica: %2</translation>
    </message>
    <message>
        <source>--sandbox: the embedded simulator.</source>
        <translation>--sandbox: el simulador integrado.</translation>
    </message>
    <message>
        <source>the team database cannot be reached: %1</source>
        <translation>no se puede conectar con la base de datos compartida: %1</translation>
    </message>
    <message numerus="yes">
        <source>The %n practice order(s) of the training session were dropped: they never reached a carrier.</source>
        <translation>
            <numerusform>Se descartó %n orden de la sesión de práctica: nunca llegó a ninguna compañía.</numerusform>
            <numerusform>Se descartaron las %n órdenes de la sesión de práctica: nunca llegaron a ninguna compañía.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::AuthorizationRecords</name>
    <message>
        <source>The order database cannot record it: %1</source>
        <translation>La base de datos de órdenes no puede registrarla: %1</translation>
    </message>
    <message>
        <source>%1 is already held by %2: not recorded.</source>
        <translation>%1 ya está reservado por %2: no se registró.</translation>
    </message>
    <message>
        <source>The signed LOA has no valid SHA-256.</source>
        <translation>La LOA firmada no tiene un SHA-256 válido.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot keep the signed LOA in %1: %2</source>
        <translation>No se puede guardar la LOA firmada en %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a port-in waiting for its LOA.</source>
        <translation>%1 no es una portabilidad en espera de su LOA.</translation>
    </message>
    <message>
        <source>A signed LOA needs its file or a reference.</source>
        <translation>Una LOA firmada necesita su archivo o una referencia.</translation>
    </message>
    <message>
        <source>No signed LOA is kept under %1.</source>
        <translation>No hay ninguna LOA firmada guardada con %1.</translation>
    </message>
</context>
<context>
    <name>portdesk::AuthorizationStep</name>
    <message>
        <source>[account holder]</source>
        <translation>[titular de la cuenta]</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Remove the control characters (tabs, line breaks).</source>
        <translation>Quite los caracteres de control (tabulaciones, saltos de línea).</translation>
    </message>
    <message>
        <source>Enter the account holder&apos;s name, as on the current carrier&apos;s account.</source>
        <translation>Escriba el nombre del titular de la cuenta, como figura en la cuenta de la compañía actual.</translation>
    </message>
    <message>
        <source>The signed LOA has not come back yet: attach it in the orders view, then continue this port-in.</source>
        <translation>La LOA firmada aún no ha llegado: adjúntela en la vista de órdenes y luego continúe esta portabilidad.</translation>
    </message>
    <message>
        <source>Record the customer&apos;s authorization first (Authorization page): nothing was sent.</source>
        <translation>Registre primero la autorización del cliente (página Autorización): no se envió nada.</translation>
    </message>
    <message>
        <source>Your team requires a signed LOA for every port-in: a verbal authorization is not enough.</source>
        <translation>Su equipo exige una LOA firmada para cada portabilidad: una autorización verbal no basta.</translation>
    </message>
</context>
<context>
    <name>portdesk::BulkImport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>These rows were to be sent to %1, but PortDesk now sends to %2: they are not sent. Discard them, or resume them from a desk set up like before.</source>
        <translation>Estas filas debían enviarse a %1, pero PortDesk ahora envía a %2: no se envían. Descártelas o reanúdelas desde un puesto configurado como antes.</translation>
    </message>
    <message>
        <source>%1 has changed since the import started.</source>
        <translation>%1 ha cambiado desde que empezó la importación.</translation>
    </message>
    <message>
        <source>PortDesk stopped while this row was on its way: it may or may not have reached Telegent. Check before sending it again.</source>
        <translation>PortDesk se detuvo mientras esta fila estaba en camino: puede que haya llegado a Telegent o no. Compruébelo antes de enviarla de nuevo.</translation>
    </message>
    <message>
        <source>Row %1 is not in this file any more: not sent.</source>
        <translation>La fila %1 ya no está en este archivo: no se envía.</translation>
    </message>
    <message>
        <source>Row %1 now holds %2, not %3: not sent. Import the file again to send it.</source>
        <translation>La fila %1 contiene ahora %2, no %3: no se envía. Vuelva a importar el archivo para enviarla.</translation>
    </message>
    <message>
        <source>Row %1 no longer passes the checks: %2</source>
        <translation>La fila %1 ya no supera las comprobaciones: %2</translation>
    </message>
    <message>
        <source>The list of rows to send could not be saved (%1): if PortDesk stops now, check the orders view before importing the file again.</source>
        <translation>No se pudo guardar la lista de filas por enviar (%1): si PortDesk se detiene ahora, revise la vista de órdenes antes de volver a importar el archivo.</translation>
    </message>
</context>
<context>
    <name>portdesk::BulkRowsModel</name>
    <message>
        <source>Not sent: fix the file</source>
        <translation>Sin enviar: corrija el CSV</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Lista para enviar</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Enviando...</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Submitted: %1</source>
        <translation>Enviada: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Outcome unknown: check before resending</source>
        <translation>Resultado desconocido: revise antes de reenviar</translation>
    </message>
    <message>
        <source>Not sent: row changed</source>
        <translation>No enviada: la fila cambió</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiada</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID de orden</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorización</translation>
    </message>
</context>
<context>
    <name>portdesk::BulkSubmission</name>
    <message>
        <source>PortDesk closed while this row was on its way: it may or may not have reached Telegent. Check before sending it again.</source>
        <translation>PortDesk se cerró mientras esta fila estaba en camino: puede que haya llegado a Telegent o no. Compruébelo antes de enviarla de nuevo.</translation>
    </message>
</context>
<context>
    <name>portdesk::BulkValidation</name>
    <message>
        <source>row %1 of this file already ports this number</source>
        <translation>la fila %1 de este archivo ya incluye este número</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field name, then what is wrong with it</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>portdesk::ConnectionSetup</name>
    <message>
        <source>Connected: %1 accepted the credentials.</source>
        <translation>Conectado: %1 aceptó las credenciales.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
    <message>
        <source>Enter both the AccountKey and the AccountSecret.</source>
        <translation>Escriba la AccountKey y el AccountSecret.</translation>
    </message>
    <message>
        <source>Saved in the system keychain. PortDesk now works live with %1 as %2.</source>
        <translation>Guardadas en el llavero del sistema. PortDesk trabaja ahora en modo real con %1 como %2.</translation>
    </message>
    <message>
        <source>No credentials are saved.</source>
        <translation>No hay credenciales guardadas.</translation>
    </message>
    <message>
        <source>The credentials were deleted.</source>
        <translation>Se eliminaron las credenciales.</translation>
    </message>
    <message>
        <source>Credentials deleted. PortDesk is in training mode now: every request goes to its built-in simulator.</source>
        <translation>Credenciales eliminadas. PortDesk está ahora en modo de práctica: todas las solicitudes van a su simulador integrado.</translation>
    </message>
    <message>
        <source>Credentials deleted.</source>
        <translation>Credenciales eliminadas.</translation>
    </message>
</context>
<context>
    <name>portdesk::CredentialStore</name>
    <message>
        <source>No saved credentials were found in the system keychain.</source>
        <translation>No se encontraron credenciales guardadas en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Credentials cannot be saved on this computer.</source>
        <translation>No hay ningún llavero del sistema disponible (%1). No se pueden guardar credenciales en esta computadora.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1).</source>
        <translation>Se denegó el acceso al llavero del sistema (%1).</translation>
    </message>
    <message>
        <source>No system keychain is reachable (%1). Credentials cannot be read or saved until it runs.</source>
        <translation>No se puede acceder a ningún llavero del sistema (%1). No se pueden leer ni guardar credenciales hasta que funcione.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>El llavero del sistema informó de un error: %1</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); it may be locked.</source>
        <translation>
            <numerusform>El llavero del sistema no respondió en %n segundo; puede que esté bloqueado.</numerusform>
            <numerusform>El llavero del sistema no respondió en %n segundos; puede que esté bloqueado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::OrderActions</name>
    <message>
        <source>%1 is not a Telegent order ID.</source>
        <translation>%1 no es un ID de orden de Telegent.</translation>
    </message>
</context>
<context>
    <name>portdesk::OrderRegistry</name>
    <message>
        <source>The order database %1 cannot be used: %2. It was left unchanged.</source>
        <translation>No se puede usar la base de datos de órdenes %1: %2. No se ha modificado.</translation>
    </message>
    <message>
        <source>Could not save to the order database: %1</source>
        <translation>No se pudo guardar en la base de datos de órdenes: %1</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>la base de datos no está abierta</translation>
    </message>
    <message>
        <source>order %1 was not written</source>
        <translation>la orden %1 no se escribió</translation>
    </message>
    <message>
        <source>order %1 is already recorded</source>
        <translation>la orden %1 ya está registrada</translation>
    </message>
    <message>
        <source>order %1 is not in the registry</source>
        <translation>la orden %1 no está en el registro</translation>
    </message>
    <message>
        <source>%1 is not an unverified submit</source>
        <translation>%1 no es un envío sin verificar</translation>
    </message>
    <message>
        <source>The team database %1 cannot be used: %2</source>
        <translation>No se puede usar la base de datos compartida %1: %2</translation>
    </message>
</context>
<context>
    <name>portdesk::OrderTimelineModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Tracked</source>
        <translation>Rastreada</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Cambio de estado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrada</translation>
    </message>
    <message>
        <source>Unknown outcome</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <source>Checked by the agent</source>
        <translation>Comprobada por el agente</translation>
    </message>
    <message>
        <source>Found at Telegent</source>
        <translation>Encontrada en Telegent</translation>
    </message>
    <message>
        <source>Authorization recorded</source>
        <translation>Autorización registrada</translation>
    </message>
    <message>
        <source>LOA sent to the customer</source>
        <translation>LOA enviada al cliente</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Submitted as an order</source>
        <translation>Enviada como orden</translation>
    </message>
    <message>
        <source>Duplicate order id</source>
        <translation>ID de orden duplicado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Otro evento</translation>
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
        <translation>Respuesta sobre los textos registrada</translation>
    </message>
    <message>
        <source>Text sent to the customer</source>
        <translation>Texto enviado al cliente</translation>
    </message>
    <message>
        <source>Text status</source>
        <translation>Estado del texto</translation>
    </message>
    <message>
        <source>Text outcome unknown (not sent again)</source>
        <translation>Resultado del texto desconocido (no se reenvía)</translation>
    </message>
    <message>
        <source>Text refused by Telegent</source>
        <translation>Texto rechazado por Telegent</translation>
    </message>
    <message>
        <source>Text not sent</source>
        <translation>Texto no enviado</translation>
    </message>
</context>
<context>
    <name>portdesk::OrdersFilterModel</name>
    <message>
        <source>%1 (left this filter)</source>
        <translation>%1 (fuera de este filtro)</translation>
    </message>
</context>
<context>
    <name>portdesk::OrdersModel</name>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <source>The submit may or may not have reached Telegent: check before resubmitting.</source>
        <translation>Puede que el envío haya llegado a Telegent o no: compruébelo antes de reenviar.</translation>
    </message>
    <message>
        <source>Not found at Telegent (404).</source>
        <translation>No encontrada en Telegent (404).</translation>
    </message>
    <message>
        <source>Waiting for the first status check.</source>
        <translation>Esperando la primera consulta de estado.</translation>
    </message>
    <message numerus="yes">
        <source>%n business day</source>
        <translation>
            <numerusform>%n día hábil</numerusform>
            <numerusform>%n días hábiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business days</source>
        <translation>
            <numerusform>%n día hábil</numerusform>
            <numerusform>%n días hábiles</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>hace 1 hora</translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Compañía</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Última consulta</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID de orden</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Telegent status: %1</source>
        <translation>Estado en Telegent: %1</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorización</translation>
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
        <translation>%1, atrasada</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>portdesk::PollLease</name>
    <message>
        <source>this desk stopped polling</source>
        <translation>este puesto dejó de consultar los estados</translation>
    </message>
    <message>
        <source>the team database cannot be reached: %1</source>
        <translation>no se puede conectar con la base de datos compartida: %1</translation>
    </message>
    <message>
        <source>the connection to the team database was lost: %1</source>
        <translation>se perdió la conexión con la base de datos compartida: %1</translation>
    </message>
</context>
<context>
    <name>portdesk::PortInSession</name>
    <message>
        <source>Telegent says this number cannot be ported: %1</source>
        <translation>Telegent indica que este número no se puede portar: %1</translation>
    </message>
    <message>
        <source>The eligibility check could not be done (%1). You may continue; Telegent checks again when the port is submitted.</source>
        <translation>No se pudo comprobar la elegibilidad (%1). Puede continuar; Telegent vuelve a comprobarla al enviar la portabilidad.</translation>
    </message>
    <message>
        <source>Checking eligibility with Telegent...</source>
        <translation>Comprobando la elegibilidad con Telegent...</translation>
    </message>
    <message>
        <source>Eligible. Current carrier: %1%2.</source>
        <translation>Elegible. Compañía actual: %1%2.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>, number type: %1</source>
        <translation>, tipo de número: %1</translation>
    </message>
    <message>
        <source>Telegent asked PortDesk to slow down. The port-in is queued and goes out at %1; nothing is lost.</source>
        <translation>Telegent pidió a PortDesk que reduzca el ritmo. La portabilidad está en cola y se enviará a las %1; no se pierde nada.</translation>
    </message>
    <message>
        <source>The account&apos;s request budget is used up for this minute. The port-in is queued and goes out at %1; nothing is lost.</source>
        <translation>El cupo de solicitudes de la cuenta se agotó en este minuto. La portabilidad está en cola y se enviará a las %1; no se pierde nada.</translation>
    </message>
    <message>
        <source>Sending to Telegent...</source>
        <translation>Enviando a Telegent...</translation>
    </message>
    <message>
        <source>Telegent refused PortDesk&apos;s credentials (%1). Correct them in the settings: nothing can be submitted until they are accepted.</source>
        <translation>Telegent rechazó las credenciales de PortDesk (%1). Corríjalas en la configuración: no se puede enviar nada hasta que se acepten.</translation>
    </message>
    <message>
        <source>Telegent asked PortDesk to wait. The port-in was not processed and goes out again at %1; nothing is lost.</source>
        <translation>Telegent pidió a PortDesk que espere. La portabilidad no se procesó y se volverá a enviar a las %1; no se pierde nada.</translation>
    </message>
    <message>
        <source>The eligibility check starts once PortDesk is connected to Telegent.</source>
        <translation>La comprobación de elegibilidad empieza en cuanto PortDesk esté conectado a Telegent.</translation>
    </message>
    <message>
        <source>PortDesk is not connected to Telegent yet: nothing was sent. Submit again once training or live mode is set.</source>
        <translation>PortDesk todavía no está conectado a Telegent: no se envió nada. Vuelva a enviar cuando el modo de práctica o el modo real esté activo.</translation>
    </message>
    <message>
        <source>PortDesk is not connected to an order database yet: nothing was kept.</source>
        <translation>PortDesk aún no está conectado a una base de datos de órdenes: no se guardó nada.</translation>
    </message>
    <message>
        <source>%1 is not a port-in waiting for its LOA.</source>
        <translation>%1 no es una portabilidad en espera de su LOA.</translation>
    </message>
</context>
<context>
    <name>portdesk::RegistrySetup</name>
    <message>
        <source>Enter the server, the database and the user.</source>
        <translation>Escriba el servidor, la base de datos y el usuario.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Conectado a %1.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
    <message>
        <source>PortDesk uses it from its next start.</source>
        <translation>PortDesk lo usará a partir del próximo inicio.</translation>
    </message>
</context>
<context>
    <name>portdesk::RequestScheduler</name>
    <message>
        <source>The team&apos;s request budget cannot be reached (%1). This desk keeps to %2 of the account&apos;s %3 requests a minute until it is back.</source>
        <translation>No se puede acceder al cupo de solicitudes del equipo (%1). Este puesto se limita a %2 de las %3 solicitudes por minuto de la cuenta hasta que vuelva a estar disponible.</translation>
    </message>
</context>
<context>
    <name>portdesk::TeamDatabase</name>
    <message>
        <source>The CA certificate&apos;s file name must not contain &apos;;&apos;: %1</source>
        <translation>El nombre del archivo del certificado de CA no debe contener punto y coma: %1</translation>
    </message>
    <message>
        <source>The team database on %1 is on another computer: PortDesk reaches it only over TLS with its certificate verified (sslmode=verify-full, the default), or in plaintext when sslmode=disable says so. sslmode=%2 does not check who answers.</source>
        <translation>La base de datos compartida en %1 está en otra computadora: PortDesk solo se conecta a ella por TLS con su certificado verificado (sslmode=verify-full, el valor predeterminado), o sin cifrar cuando sslmode=disable lo indica. sslmode=%2 no comprueba quién responde.</translation>
    </message>
    <message>
        <source>The team database on %1 is used without encryption (sslmode=disable): names, billing addresses and account numbers cross the network in plaintext.</source>
        <translation>La base de datos compartida en %1 se usa sin cifrado (sslmode=disable): los nombres, las direcciones de facturación y los números de cuenta viajan por la red sin cifrar.</translation>
    </message>
</context>
<context>
    <name>portdesk::TeamLedgerSession</name>
    <message>
        <source>the team&apos;s token could not be opened with this desk&apos;s AccountSecret</source>
        <translation>no se pudo abrir el token del equipo con el AccountSecret de este puesto</translation>
    </message>
</context>
<context>
    <name>portdesk::TeamSync</name>
    <message>
        <source>the server, database and user must all be set</source>
        <translation>hay que indicar el servidor, la base de datos y el usuario</translation>
    </message>
    <message>
        <source>it holds the orders of AccountKey %1, and this desk uses %2. Each Telegent account needs a team database of its own.</source>
        <translation>contiene las órdenes de la AccountKey %1 y este puesto usa %2. Cada cuenta de Telegent necesita su propia base de datos compartida.</translation>
    </message>
    <message>
        <source>cannot listen for other desks&apos; changes: %1</source>
        <translation>no se pueden recibir los cambios de los otros puestos: %1</translation>
    </message>
    <message>
        <source>The team database cannot be reached: %1. PortDesk keeps trying.</source>
        <translation>No se puede conectar con la base de datos compartida: %1. PortDesk sigue intentándolo.</translation>
    </message>
</context>
<context>
    <name>portdesk::TextConsent</name>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Texts about this port: not asked</source>
        <translation>Textos sobre esta portabilidad: no se preguntó</translation>
    </message>
    <message>
        <source>Texts about this port: no</source>
        <translation>Textos sobre esta portabilidad: no</translation>
    </message>
    <message>
        <source>Texts about this port: yes, to %1, in %2</source>
        <translation>Textos sobre esta portabilidad: sí, al %1, en %2</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>No se preguntó</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes, to %1, %2</source>
        <translation>Sí, al %1, %2</translation>
    </message>
</context>
<context>
    <name>portdesk::TextConsentStep</name>
    <message>
        <source>Enter the mobile number the customer wants the texts on.</source>
        <translation>Escriba el número celular en el que el cliente quiere recibir los textos.</translation>
    </message>
</context>
<context>
    <name>portdesk::TokenBroker</name>
    <message>
        <source>The connection settings changed while the request was waiting.</source>
        <translation>La configuración de conexión cambió mientras la solicitud esperaba.</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::AccountPage</name>
    <message>
        <source>Account at the current carrier</source>
        <translation>Cuenta en la compañía actual</translation>
    </message>
    <message>
        <source>Exactly as on the customer&apos;s bill: carriers reject ports whose details do not match.</source>
        <translation>Exactamente como en la factura del cliente: las compañías rechazan las portabilidades con datos que no coinciden.</translation>
    </message>
    <message>
        <source>Current &amp;carrier:</source>
        <translation>Compañía act&amp;ual:</translation>
    </message>
    <message>
        <source>&amp;Account number:</source>
        <translation>Número de &amp;cuenta:</translation>
    </message>
    <message>
        <source>&amp;Subscriber name:</source>
        <translation>Nombre del &amp;titular:</translation>
    </message>
    <message>
        <source>Sho&amp;w PIN</source>
        <translation>&amp;Mostrar PIN</translation>
    </message>
    <message>
        <source>Number Transfer PIN, or account passcode</source>
        <translation>PIN de transferencia o clave de la cuenta</translation>
    </message>
    <message>
        <source>Transfer &amp;PIN / passcode:</source>
        <translation>&amp;PIN de transferencia / clave:</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::AddressPage</name>
    <message>
        <source>Billing address and SIM</source>
        <translation>Dirección de facturación y SIM</translation>
    </message>
    <message>
        <source>The service address on the current carrier&apos;s bill. No PO boxes.</source>
        <translation>La dirección del servicio en la factura de la compañía actual. Sin apartados postales.</translation>
    </message>
    <message>
        <source>Street &amp;1:</source>
        <translation>Dirección &amp;1:</translation>
    </message>
    <message>
        <source>Street &amp;2 (optional):</source>
        <translation>Dirección &amp;2 (opcional):</translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>Stat&amp;e:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;ZIP code:</source>
        <translation>Código &amp;ZIP:</translation>
    </message>
    <message>
        <source>optional: 19 or 20 digits from the SIM card</source>
        <translation>opcional: 19 o 20 dígitos de la tarjeta SIM</translation>
    </message>
    <message>
        <source>SIM &amp;ICCID:</source>
        <translation>ICCID de la &amp;SIM:</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::AuthorizationPage</name>
    <message>
        <source>&amp;Verbal authorization: read the script to the customer</source>
        <translation>Autorización &amp;verbal: lea el guion al cliente</translation>
    </message>
    <message>
        <source>&amp;Written LOA: the customer signs a letter of authorization</source>
        <translation>LOA &amp;escrita: el cliente firma una carta de autorización</translation>
    </message>
    <message>
        <source>The customer a&amp;greed to the script</source>
        <translation>El cliente a&amp;ceptó el guion</translation>
    </message>
    <message>
        <source>Create the LOA &amp;PDF...</source>
        <translation>Crear el &amp;PDF de la LOA...</translation>
    </message>
    <message>
        <source>&amp;Keep it waiting for the signature</source>
        <translation>&amp;Dejar en espera de la firma</translation>
    </message>
    <message>
        <source>Customer&apos;s authorization</source>
        <translation>Autorización del cliente</translation>
    </message>
    <message>
        <source>Telegent expects the account holder&apos;s consent before a port-in is submitted.</source>
        <translation>Telegent espera el consentimiento del titular de la cuenta antes de que se envíe una portabilidad.</translation>
    </message>
    <message>
        <source>Account &amp;holder:</source>
        <translation>&amp;Titular de la cuenta:</translation>
    </message>
    <message>
        <source>Only if someone else authorizes for the holder</source>
        <translation>Solo si otra persona autoriza en nombre del titular</translation>
    </message>
    <message>
        <source>Authori&amp;zing person:</source>
        <translation>Persona que a&amp;utoriza:</translation>
    </message>
    <message>
        <source>Script to read</source>
        <translation>Guion para leer</translation>
    </message>
    <message>
        <source>Team rule</source>
        <translation>Regla del equipo</translation>
    </message>
    <message>
        <source>Authorization recorded</source>
        <translation>Autorización registrada</translation>
    </message>
    <message>
        <source>Your team requires a signed LOA for every port-in: verbal authorization is not available.</source>
        <translation>Su equipo exige una LOA firmada para cada portabilidad: la autorización verbal no está disponible.</translation>
    </message>
    <message>
        <source>Recorded: %1, by %2 at %3.</source>
        <translation>Registrada: %1, por %2 el %3.</translation>
    </message>
    <message>
        <source>The LOA is saved as %1. Send it to the customer, then keep the port-in waiting for the signature: it is listed in the orders view, where the signed copy is attached.</source>
        <translation>La LOA se guardó como %1. Envíela al cliente y luego deje la portabilidad en espera de la firma: aparece en la vista de órdenes, donde se adjunta la copia firmada.</translation>
    </message>
    <message>
        <source>Create the LOA, send it to the customer for signature, then keep the port-in waiting.</source>
        <translation>Cree la LOA, envíela al cliente para que la firme y luego deje la portabilidad en espera.</translation>
    </message>
    <message>
        <source>LOA %1.pdf</source>
        <translation>LOA %1.pdf</translation>
    </message>
    <message>
        <source>Save the LOA</source>
        <translation>Guardar la LOA</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>LOA not saved</source>
        <translation>LOA no guardada</translation>
    </message>
    <message>
        <source>The LOA could not be saved: %1</source>
        <translation>No se pudo guardar la LOA: %1</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>No se dejó en espera</translation>
    </message>
    <message>
        <source>The port-in could not be kept waiting: %1</source>
        <translation>No se pudo dejar la portabilidad en espera: %1</translation>
    </message>
    <message>
        <source>Texts about this port</source>
        <translation>Textos sobre esta portabilidad</translation>
    </message>
    <message>
        <source>The customer agrees to &amp;receive text messages about this port</source>
        <translation>El cliente acepta &amp;recibir mensajes de texto sobre esta portabilidad</translation>
    </message>
    <message>
        <source>Number to te&amp;xt:</source>
        <translation>Número para los te&amp;xtos:</translation>
    </message>
    <message>
        <source>Language &amp;of the texts:</source>
        <translation>&amp;Idioma de los textos:</translation>
    </message>
    <message>
        <source>Language of the texts</source>
        <translation>Idioma de los textos</translation>
    </message>
    <message>
        <source>The customer agrees to receive text messages about this port</source>
        <translation>El cliente acepta recibir mensajes de texto sobre esta portabilidad</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::AuthorizationRulesDialog</name>
    <message>
        <source>A &amp;verbal authorization or a signed LOA</source>
        <translation>Una autorización &amp;verbal o una LOA firmada</translation>
    </message>
    <message>
        <source>Only a signed &amp;LOA</source>
        <translation>Solo una &amp;LOA firmada</translation>
    </message>
    <message>
        <source>Authorization rules</source>
        <translation>Reglas de autorización</translation>
    </message>
    <message>
        <source>These rules apply to every desk of the team database %1.</source>
        <translation>Estas reglas se aplican a todos los puestos de la base de datos compartida %1.</translation>
    </message>
    <message>
        <source>These rules are kept in the order database %1.</source>
        <translation>Estas reglas se guardan en la base de datos de órdenes %1.</translation>
    </message>
    <message>
        <source>Before a port-in is submitted, the team accepts:</source>
        <translation>Antes de enviar una portabilidad, el equipo acepta:</translation>
    </message>
    <message>
        <source>&amp;Provider&apos;s name:</source>
        <translation>Nombre del &amp;proveedor:</translation>
    </message>
    <message>
        <source>Provider&apos;s name</source>
        <translation>Nombre del proveedor</translation>
    </message>
    <message>
        <source>Verbal &amp;script:</source>
        <translation>&amp;Guion verbal:</translation>
    </message>
    <message>
        <source>Verbal script</source>
        <translation>Guion verbal</translation>
    </message>
    <message>
        <source>Empty: PortDesk&apos;s own script, in each agent&apos;s language. {number}, {carrier}, {holder} and {provider} are filled in from the port-in. Each recorded verbal authorization names the version of the script that was read.</source>
        <translation>Vacío: el guion propio de PortDesk, en el idioma de cada agente. {number}, {carrier}, {holder} y {provider} se completan con los datos de la portabilidad. Cada autorización verbal registrada indica la versión del guion que se leyó.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::ConnectionTab</name>
    <message>
        <source>The last four digits of the number decide what the simulated carrier does (any valid area code, e.g. 801-555-0008):</source>
        <translation>Los cuatro últimos dígitos del número deciden qué hace la compañía simulada (cualquier código de área válido, p. ej. 801-555-0008):</translation>
    </message>
    <message>
        <source>eligibility check answers &lt;i&gt;not eligible&lt;/i&gt;</source>
        <translation>la comprobación de elegibilidad responde &lt;i&gt;no elegible&lt;/i&gt;</translation>
    </message>
    <message>
        <source>order fails: Error, 8A-ACCOUNT_NUM_REQ_OR_INCORRECT</source>
        <translation>la orden falla: Error, 8A-ACCOUNT_NUM_REQ_OR_INCORRECT</translation>
    </message>
    <message>
        <source>order fails: Error, 6P-REMOVE NUMBER LOCK ON VERIZON ACCOUNT</source>
        <translation>la orden falla: Error, 6P-REMOVE NUMBER LOCK ON VERIZON ACCOUNT</translation>
    </message>
    <message>
        <source>order is Rejected (1P-Other) after carrier review</source>
        <translation>la orden queda Rejected (1P-Other) tras la revisión de la compañía</translation>
    </message>
    <message>
        <source>order shows the undocumented status ResolutionRequired</source>
        <translation>la orden muestra el estado no documentado ResolutionRequired</translation>
    </message>
    <message>
        <source>Toll-free numbers (800, 833 ... 888) and 900 are not eligible. Every other number completes: Pending, Submitted, Pending Carrier Approval, Scheduled, Completed. An update fixes a failed order.</source>
        <translation>Los números gratuitos (800, 833 ... 888) y el 900 no son elegibles. Cualquier otro número se completa: Pending, Submitted, Pending Carrier Approval, Scheduled, Completed. Una actualización corrige una orden fallida.</translation>
    </message>
    <message>
        <source>Requests used in the last minute</source>
        <translation>Solicitudes usadas en el último minuto</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Aún no comprobado.</translation>
    </message>
    <message>
        <source>In memory for this training session</source>
        <translation>En memoria, durante esta sesión de práctica</translation>
    </message>
    <message>
        <source>Nowhere: %1</source>
        <translation>En ningún lugar: %1</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En esta computadora</translation>
    </message>
    <message>
        <source>Team database %1</source>
        <translation>Base de datos compartida %1</translation>
    </message>
    <message>
        <source>This desk checks the status of the team&apos;s orders.</source>
        <translation>Este puesto consulta el estado de las órdenes de todo el equipo.</translation>
    </message>
    <message>
        <source>Another desk of the team checks their status; this one shows its findings.</source>
        <translation>Otro puesto consulta su estado; este muestra lo que encuentra.</translation>
    </message>
    <message>
        <source>Starting: reading credentials from the system keychain...</source>
        <translation>Iniciando: leyendo las credenciales del llavero del sistema...</translation>
    </message>
    <message>
        <source>Training (simulator)</source>
        <translation>Práctica (simulador)</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>Real: %1</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Comprobando...</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
    <message>
        <source>Connected: the server accepted the credentials (checked at %1; the access token is valid until %2).</source>
        <translation>Conectado: el servidor aceptó las credenciales (comprobado a las %1; el token de acceso es válido hasta las %2).</translation>
    </message>
    <message>
        <source>%1 of %2 requests in the last minute</source>
        <translation>%1 de %2 solicitudes en el último minuto</translation>
    </message>
    <message>
        <source>Background status checks may use up to %1 per minute; the rest is kept for agents&apos; eligibility checks and submissions.</source>
        <translation>Las consultas de estado en segundo plano pueden usar hasta %1 por minuto; el resto queda para las comprobaciones de elegibilidad y los envíos de los agentes.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for budget.</source>
        <translation>
            <numerusform>%n solicitud en espera de cupo.</numerusform>
            <numerusform>%n solicitudes en espera de cupo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Telegent reported the account over its limit; sending resumes at %1.</source>
        <translation>Telegent indicó que la cuenta superó su límite; los envíos se reanudan a las %1.</translation>
    </message>
    <message>
        <source>%1 of %2 requests in the last minute, all desks of the team</source>
        <translation>%1 de %2 solicitudes en el último minuto, todos los puestos del equipo</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::CustomerTextsDialog</name>
    <message>
        <source>Empty</source>
        <translation>Vacío</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segmento</numerusform>
            <numerusform>%n segmentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · GSM-7 · %n character(s) left</source>
        <translation>
            <numerusform>%1 · GSM-7 · queda %n carácter</numerusform>
            <numerusform>%1 · GSM-7 · quedan %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · UCS-2 because of %2 · %n character(s) left</source>
        <translation>
            <numerusform>%1 · UCS-2 por %2 · queda %n carácter</numerusform>
            <numerusform>%1 · UCS-2 por %2 · quedan %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>é, ñ, ü… are in the GSM-7 alphabet, these are not: the whole text then goes as UCS-2, 70 characters a segment instead of 160.</source>
        <translation>é, ñ, ü… están en el alfabeto GSM-7, estos no: entonces todo el texto se envía como UCS-2, con 70 caracteres por segmento en lugar de 160.</translation>
    </message>
    <message>
        <source>C&amp;heck number</source>
        <translation>&amp;Verificar número</translation>
    </message>
    <message>
        <source>Restore &amp;default</source>
        <translation>Restablecer &amp;predeterminado</translation>
    </message>
    <message>
        <source>Customer texts</source>
        <translation>Textos al cliente</translation>
    </message>
    <message>
        <source>The order registry is not open: the texts cannot be changed.</source>
        <translation>El registro de órdenes no está abierto: no se pueden cambiar los textos.</translation>
    </message>
    <message>
        <source>These texts are sent by every desk of the team database %1.</source>
        <translation>Todos los puestos de la base de datos compartida %1 envían estos textos.</translation>
    </message>
    <message>
        <source>These texts are kept in the order database %1.</source>
        <translation>Estos textos se guardan en la base de datos de órdenes %1.</translation>
    </message>
    <message>
        <source>&amp;From number:</source>
        <translation>Número de &amp;origen:</translation>
    </message>
    <message>
        <source>From number</source>
        <translation>Número de origen</translation>
    </message>
    <message>
        <source>A number of the account enabled for messaging</source>
        <translation>Un número de la cuenta habilitado para mensajería</translation>
    </message>
    <message>
        <source>Asks Telegent whether the number may send texts</source>
        <translation>Pregunta a Telegent si el número puede enviar textos</translation>
    </message>
    <message>
        <source>From number check</source>
        <translation>Verificación del número de origen</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>&amp;Marca:</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>The name the texts give the team, where they say {brand}</source>
        <translation>El nombre que los textos dan al equipo, donde dicen {brand}</translation>
    </message>
    <message>
        <source>{brand} in the texts, e.g. Acme Mobile</source>
        <translation>{brand} en los textos, p. ej., Acme Mobile</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Textos</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language of the text</source>
        <translation>Idioma del texto</translation>
    </message>
    <message>
        <source>Sent &amp;when:</source>
        <translation>Se envía c&amp;uando:</translation>
    </message>
    <message>
        <source>When the text is sent</source>
        <translation>Cuándo se envía el texto</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>{last4}: the last four digits of the number; {brand}: the brand above; {fix}: what the customer should do (texts sent when something needs their action).</source>
        <translation>{last4}: los últimos cuatro dígitos del número; {brand}: la marca indicada arriba; {fix}: lo que debe hacer el cliente (textos enviados cuando algo requiere su acción).</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>How many SMS segments the text takes once filled in with sample facts, in which alphabet, and the room left in the last segment</source>
        <translation>Cuántos segmentos SMS ocupa el texto una vez completado con datos de ejemplo, en qué alfabeto y el espacio que queda en el último segmento</translation>
    </message>
    <message>
        <source>Problem with the text</source>
        <translation>Problema con el texto</translation>
    </message>
    <message>
        <source>Why this text cannot be saved</source>
        <translation>Por qué no se puede guardar este texto</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>The text as a customer would read it, with the number ending in %1</source>
        <translation>El texto tal como lo leería un cliente, con el número terminado en %1</translation>
    </message>
    <message>
        <source>Puts PortDesk&apos;s own text back for this language and moment</source>
        <translation>Vuelve a poner el texto propio de PortDesk para este idioma y momento</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vista previa: %1</translation>
    </message>
    <message>
        <source>No number: no text is sent to customers.</source>
        <translation>Sin número: no se envía ningún texto a los clientes.</translation>
    </message>
    <message>
        <source>Checking the number with Telegent...</source>
        <translation>Verificando el número con Telegent...</translation>
    </message>
    <message>
        <source>Telegent reports this number as enabled for messaging and Active.</source>
        <translation>Telegent indica que este número está habilitado para mensajería y activo (Active).</translation>
    </message>
    <message>
        <source>Check the number with Telegent: only a number it reports as enabled for messaging can be saved.</source>
        <translation>Verifique el número con Telegent: solo se puede guardar un número que Telegent indique como habilitado para mensajería.</translation>
    </message>
    <message>
        <source>Telegent reports this number as not enabled for messaging (MessageEnabled: false).</source>
        <translation>Telegent indica que este número no está habilitado para mensajería (MessageEnabled: false).</translation>
    </message>
    <message>
        <source>Telegent reports this number as enabled for messaging, but its status is %1.</source>
        <translation>Telegent indica que este número está habilitado para mensajería, pero su estado es %1.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Telegent does not know this number for this account.</source>
        <translation>Telegent no conoce este número para esta cuenta.</translation>
    </message>
    <message>
        <source>Telegent answers: %1</source>
        <translation>Telegent responde: %1</translation>
    </message>
    <message>
        <source>The number could not be checked with Telegent: %1</source>
        <translation>No se pudo verificar el número con Telegent: %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>The order registry is not open: nothing can be saved.</source>
        <translation>El registro de órdenes no está abierto: no se puede guardar nada.</translation>
    </message>
    <message>
        <source>Another text cannot be saved: %1</source>
        <translation>No se puede guardar otro texto: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::DailyOrdersChart</name>
    <message>
        <source>Submitted</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completadas</translation>
    </message>
    <message>
        <source>Port-ins per business day</source>
        <translation>Portabilidades por día hábil</translation>
    </message>
    <message>
        <source>Port-ins submitted and completed per business day</source>
        <translation>Portabilidades enviadas y completadas por día hábil</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::DashboardTab</name>
    <message>
        <source>The order registry could not be opened, so there are no figures to show: %1</source>
        <translation>No se pudo abrir el registro de órdenes, así que no hay cifras que mostrar: %1</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::DashboardView</name>
    <message>
        <source>E&amp;xport figures...</source>
        <translation>E&amp;xportar cifras...</translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation>Exportar cifras</translation>
    </message>
    <message>
        <source>Save these figures as a CSV file</source>
        <translation>Guardar estas cifras en un archivo CSV</translation>
    </message>
    <message>
        <source>Port-ins per business day</source>
        <translation>Portabilidades por día hábil</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completadas</translation>
    </message>
    <message>
        <source>Open orders by age</source>
        <translation>Órdenes abiertas por antigüedad</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Antigüedad (días)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Órdenes</translation>
    </message>
    <message>
        <source>Orders per agent</source>
        <translation>Órdenes por agente</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Requieren acción</translation>
    </message>
    <message>
        <source>Rejection causes by carrier code</source>
        <translation>Causas de rechazo por código de la compañía</translation>
    </message>
    <message>
        <source>Carrier code</source>
        <translation>Código de la compañía</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Rechazos</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message numerus="yes">
        <source>Submitted: in the last %n business days. Open and needs action: now.</source>
        <translation>
            <numerusform>Enviadas: en el último día hábil (%n). Abiertas y requieren acción: ahora.</numerusform>
            <numerusform>Enviadas: en los últimos %n días hábiles. Abiertas y requieren acción: ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>The charts are not available; the tables below hold every figure. %1</source>
        <translation>Los gráficos no están disponibles; las tablas de abajo contienen todas las cifras. %1</translation>
    </message>
    <message numerus="yes">
        <source>The team&apos;s orders in this registry, as of %1. Per day: the last %n business days, from %2.</source>
        <translation>
            <numerusform>Las órdenes del equipo en este registro, al %1. Por día: el último día hábil (%n), a partir del %2.</numerusform>
            <numerusform>Las órdenes del equipo en este registro, al %1. Por día: los últimos %n días hábiles, a partir del %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Abiertas: %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Atrasadas: %1</translation>
    </message>
    <message>
        <source>Needs action: %1</source>
        <translation>Requieren acción: %1</translation>
    </message>
    <message numerus="yes">
        <source>Median time to complete: %1 business days (%n completed order(s))</source>
        <translation>
            <numerusform>Mediana del tiempo para completarse: %1 días hábiles (%n orden completada)</numerusform>
            <numerusform>Mediana del tiempo para completarse: %1 días hábiles (%n órdenes completadas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Median time to complete: none completed yet</source>
        <translation>Mediana del tiempo para completarse: ninguna completada aún</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 o más</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(sin código)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Figures exported to %1.</source>
        <translation>Cifras exportadas a %1.</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::ImportCsvDialog</name>
    <message>
        <source>One port-in per row, with the header %1. Every row is checked first; rows with errors are shown with the reason and never sent.</source>
        <translation>Una portabilidad por fila, con el encabezado %1. Primero se revisan todas las filas; las que tienen errores se muestran con el motivo y nunca se envían.</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Filas del archivo</translation>
    </message>
    <message>
        <source>Rows sent</source>
        <translation>Filas enviadas</translation>
    </message>
    <message>
        <source>Unsent rows</source>
        <translation>Filas sin enviar</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of this file were not sent. Another file replaces them: they are forgotten. Choose another file anyway?</source>
        <translation>
            <numerusform>%n fila de este archivo no se envió. Otro archivo la reemplaza: se olvidará. ¿Elegir otro archivo de todos modos?</numerusform>
            <numerusform>%n filas de este archivo no se enviaron. Otro archivo las reemplaza: se olvidarán. ¿Elegir otro archivo de todos modos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import port-ins</source>
        <translation>Importar portabilidades</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 Choose the file again: each row not sent yet is taken from it only when its row number and number are unchanged.</source>
        <translation>%1 Vuelva a elegir el archivo: cada fila aún sin enviar se toma de él solo si su número de fila y su número de teléfono no han cambiado.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the account&apos;s request budget: the next row goes in about %n second(s).</source>
        <translation>
            <numerusform>Esperando el cupo de solicitudes de la cuenta: la siguiente fila se enviará en %n segundo aproximadamente.</numerusform>
            <numerusform>Esperando el cupo de solicitudes de la cuenta: la siguiente fila se enviará en %n segundos aproximadamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a CSV file to check its rows.</source>
        <translation>Elija un archivo CSV para revisar sus filas.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n valid</source>
        <translation>
            <numerusform>%n válida</numerusform>
            <numerusform>%n válidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors — errors are not sent</source>
        <translation>
            <numerusform>%n con error — los errores no se envían</numerusform>
            <numerusform>%n con errores — los errores no se envían</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already sent before)</source>
        <translation>
            <numerusform>(%n ya enviada antes)</numerusform>
            <numerusform>(%n ya enviadas antes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submitted</source>
        <translation>
            <numerusform>%n enviada</numerusform>
            <numerusform>%n enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an unknown outcome: check them in the orders view, never send them again</source>
        <translation>
            <numerusform>%n con resultado desconocido: revísela en la vista de órdenes y no la vuelva a enviar nunca</numerusform>
            <numerusform>%n con resultado desconocido: revíselas en la vista de órdenes y no las vuelva a enviar nunca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n sin enviar</numerusform>
            <numerusform>%n sin enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors, not sent</source>
        <translation>
            <numerusform>%n con error, sin enviar</numerusform>
            <numerusform>%n con errores, sin enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping: the rows already on their way finish first. %1</source>
        <translation>Deteniendo: primero terminan las filas que ya están en camino. %1</translation>
    </message>
    <message>
        <source>Sending within the account&apos;s request budget; you can keep working meanwhile. %1</source>
        <translation>Enviando dentro del cupo de solicitudes de la cuenta; puede seguir trabajando mientras tanto. %1</translation>
    </message>
    <message>
        <source>Row %1 (line %2): %3</source>
        <translation>Fila %1 (línea %2): %3</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 de %2 enviadas</translation>
    </message>
    <message>
        <source>&amp;Submit valid rows</source>
        <translation>&amp;Enviar filas válidas</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send the %n remaining row(s)</source>
        <translation>
            <numerusform>&amp;Enviar %n fila restante</numerusform>
            <numerusform>&amp;Enviar las %n filas restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Submit %n valid row(s)</source>
        <translation>
            <numerusform>&amp;Enviar %n fila válida</numerusform>
            <numerusform>&amp;Enviar %n filas válidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::ui::MainWindow</name>
    <message>
        <source>Training mode notice</source>
        <translation>Aviso de modo de práctica</translation>
    </message>
    <message>
        <source>New port-in</source>
        <translation>Nueva portabilidad</translation>
    </message>
    <message>
        <source>The order registry could not be opened, so orders cannot be shown or recorded: %1</source>
        <translation>No se pudo abrir el registro de órdenes, así que no se pueden mostrar ni registrar órdenes: %1</translation>
    </message>
    <message>
        <source>No open orders to check</source>
        <translation>No hay órdenes abiertas que consultar</translation>
    </message>
    <message>
        <source>Checking order status...</source>
        <translation>Consultando el estado de las órdenes...</translation>
    </message>
    <message>
        <source>Next status check at %1</source>
        <translation>Próxima consulta de estado a las %1</translation>
    </message>
    <message>
        <source>TRAINING MODE: every request goes to PortDesk&apos;s built-in Telegent simulator. No number is ported and no carrier is contacted. %1</source>
        <translation>MODO DE PRÁCTICA: todas las solicitudes van al simulador de Telegent integrado en PortDesk. No se porta ningún número ni se contacta a ninguna compañía. %1</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Modo de práctica</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>%1/%2 per min</source>
        <translation>%1/%2 por min</translation>
    </message>
    <message>
        <source>Status checks: another desk of the team</source>
        <translation>Consultas de estado: las hace otro puesto</translation>
    </message>
    <message>
        <source>A port-in is being sent to Telegent; closing now may leave its outcome unknown.</source>
        <translation>Se está enviando una portabilidad a Telegent; si cierra ahora, su resultado puede quedar desconocido.</translation>
    </message>
    <message>
        <source>A CSV import is sending its rows; the rows not sent yet are kept and offered at the next start.</source>
        <translation>Una importación CSV está enviando sus filas; las filas aún sin enviar se conservan y se ofrecen al próximo inicio.</translation>
    </message>
    <message>
        <source>Close PortDesk?</source>
        <translation>¿Cerrar PortDesk?</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>&amp;Cerrar de todos modos</translation>
    </message>
    <message>
        <source>&amp;Keep open</source>
        <translation>&amp;Mantener abierto</translation>
    </message>
    <message>
        <source>Back on the team&apos;s shared request budget.</source>
        <translation>De nuevo en el cupo de solicitudes compartido del equipo.</translation>
    </message>
    <message>
        <source>This desk alone: %1/%2 per min</source>
        <translation>Solo este puesto: %1/%2 por min</translation>
    </message>
    <message>
        <source>Team: %1/%2 per min</source>
        <translation>Equipo: %1/%2 por min</translation>
    </message>
    <message>
        <source>Continue port-in</source>
        <translation>Continuar portabilidad</translation>
    </message>
    <message>
        <source>The port-in being typed in the wizard is not sent. Replace it with %1?</source>
        <translation>La portabilidad que se está escribiendo en el asistente no se ha enviado. ¿Reemplazarla por %1?</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::NumberPage</name>
    <message>
        <source>Number to port</source>
        <translation>Número que se va a portar</translation>
    </message>
    <message>
        <source>Type or paste the customer&apos;s number. Its eligibility is checked as soon as it is complete.</source>
        <translation>Escriba o pegue el número del cliente. Su elegibilidad se comprueba en cuanto está completo.</translation>
    </message>
    <message>
        <source>(801) 555-2345</source>
        <translation>(801) 555-2345</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>&amp;Clasificación:</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Elegibilidad</translation>
    </message>
    <message>
        <source>Eligibility:</source>
        <translation>Elegibilidad:</translation>
    </message>
    <message>
        <source>Training: numbers ending in 0000 are not eligible, 0008 / 0006 / 0009 / 0007 are rejected by the carrier later. The Connection tab lists every scenario.</source>
        <translation>Práctica: los números que terminan en 0000 no son elegibles; la compañía rechaza después los que terminan en 0008 / 0006 / 0009 / 0007. La pestaña Conexión muestra todos los escenarios.</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>Número de &amp;teléfono:</translation>
    </message>
    <message>
        <source>Check the cr&amp;edentials...</source>
        <translation>Revisar las cr&amp;edenciales...</translation>
    </message>
    <message>
        <source>Show the &amp;order</source>
        <translation>Ver la &amp;orden</translation>
    </message>
    <message>
        <source>Show the order</source>
        <translation>Ver la orden</translation>
    </message>
    <message>
        <source>Opens the order that already has this number in the Orders tab.</source>
        <translation>Abre en la pestaña Órdenes la orden que ya tiene este número.</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::OrderDetailPane</name>
    <message>
        <source>&amp;Add note</source>
        <translation>Agregar n&amp;ota</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a fact&apos;s caption in the order&apos;s detail pane</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Compañía</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Requested port date</source>
        <translation>Fecha de portabilidad solicitada</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Última consulta</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorización</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>A note for the team (never a PIN or account number)</source>
        <translation>Una nota para el equipo (nunca un PIN ni un número de cuenta)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select an order to see its story.</source>
        <translation>Seleccione una orden para ver su historial.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) selected</source>
        <translation>
            <numerusform>%n orden seleccionada</numerusform>
            <numerusform>%n órdenes seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source> — </source>
        <translation> — </translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (atrasada)</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>No solicitada</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Ninguna registrada</translation>
    </message>
    <message>
        <source>Timeline of %1</source>
        <translation>Cronología de %1</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Textos</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::OrderHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Telegent status: %1</source>
        <translation>Estado en Telegent: %1</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::OrdersAgeChart</name>
    <message>
        <source>Open ports</source>
        <translation>Portabilidades abiertas</translation>
    </message>
    <message>
        <source>Open ports by business days open</source>
        <translation>Portabilidades abiertas según días hábiles transcurridos</translation>
    </message>
    <message>
        <source>Open ports by age in business days</source>
        <translation>Portabilidades abiertas por antigüedad en días hábiles</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::OrdersView</name>
    <message>
        <source>Port-in orders</source>
        <translation>Órdenes de portabilidad</translation>
    </message>
    <message>
        <source>Order ID %1 copied.</source>
        <translation>ID de orden %1 copiado.</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Abiertas: %1</translation>
    </message>
    <message>
        <source>Needs action: %1</source>
        <translation>Requieren acción: %1</translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation>Completadas: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Canceladas: %1</translation>
    </message>
    <message>
        <source>All: %1</source>
        <translation>Todas: %1</translation>
    </message>
    <message>
        <source>No open port</source>
        <translation>Ninguna portabilidad abierta</translation>
    </message>
    <message numerus="yes">
        <source>Oldest open port: %n business day</source>
        <translation>
            <numerusform>Portabilidad abierta más antigua: %n día hábil</numerusform>
            <numerusform>Portabilidad abierta más antigua: %n días hábiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Oldest open port: %n business days</source>
        <translation>
            <numerusform>Portabilidad abierta más antigua: %n día hábil</numerusform>
            <numerusform>Portabilidad abierta más antigua: %n días hábiles</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit not received</source>
        <translation>Envío no recibido</translation>
    </message>
    <message>
        <source>Did you check that Telegent never received the port-in of %1? The row is then closed and the number can be submitted again. If you found an order ID for it instead, use &quot;Track existing&quot;.</source>
        <translation>¿Comprobó que Telegent nunca recibió la portabilidad de %1? La fila se cerrará y el número podrá enviarse de nuevo. Si en cambio encontró un ID de orden, use “Rastrear existentes”.</translation>
    </message>
    <message>
        <source>Closed: %1 can be submitted again.</source>
        <translation>Cerrada: %1 se puede enviar de nuevo.</translation>
    </message>
    <message>
        <source>Checking %1 now...</source>
        <translation>Consultando %1...</translation>
    </message>
    <message>
        <source>Update sent: %1 goes back to the carrier.</source>
        <translation>Actualización enviada: %1 vuelve a la compañía.</translation>
    </message>
    <message>
        <source>Cancel port-in</source>
        <translation>Cancelar portabilidad</translation>
    </message>
    <message>
        <source>Cancel the port of %1 (%2)?</source>
        <translation>¿Cancelar la portabilidad de %1 (%2)?</translation>
    </message>
    <message>
        <source>Cancel is final: it cannot be undone. To port this number later, check its eligibility again and submit a new port-in.</source>
        <translation>La cancelación es definitiva: no se puede deshacer. Para portar este número más adelante, vuelva a comprobar su elegibilidad y envíe una nueva portabilidad.</translation>
    </message>
    <message>
        <source>Cancel the port</source>
        <translation>Cancelar la portabilidad</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantenerla</translation>
    </message>
    <message>
        <source>Cancelling %1...</source>
        <translation>Cancelando %1...</translation>
    </message>
    <message>
        <source>%1 is cancelled.</source>
        <translation>%1 está cancelada.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation>Exportar órdenes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) exported to %1.</source>
        <translation>
            <numerusform>%n orden exportada a %1.</numerusform>
            <numerusform>%n órdenes exportadas a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n order(s) from Telegent...</source>
        <translation>
            <numerusform>Obteniendo %n orden de Telegent...</numerusform>
            <numerusform>Obteniendo %n órdenes de Telegent...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 were not sent.</source>
        <translation>
            <numerusform>%n fila de %1 no se envió.</numerusform>
            <numerusform>%n filas de %1 no se enviaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard unsent rows</source>
        <translation>Descartar filas sin enviar</translation>
    </message>
    <message numerus="yes">
        <source>Forget the %n row(s) of %1 that were not sent? The file itself is not changed; import it again to send them later.</source>
        <translation>
            <numerusform>¿Olvidar %n fila sin enviar de %1? El archivo no se modifica; vuelva a importarlo para enviarla más tarde.</numerusform>
            <numerusform>¿Olvidar %n filas sin enviar de %1? El archivo no se modifica; vuelva a importarlo para enviarlas más tarde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) may have been sent when PortDesk stopped: they are never sent again.</source>
        <translation>
            <numerusform>%n fila puede haberse enviado cuando PortDesk se detuvo: nunca se vuelve a enviar.</numerusform>
            <numerusform>%n filas pueden haberse enviado cuando PortDesk se detuvo: nunca se vuelven a enviar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Buscar órdenes</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar búsqueda</translation>
    </message>
    <message>
        <source>Attach the signed LOA</source>
        <translation>Adjuntar la LOA firmada</translation>
    </message>
    <message>
        <source>Signed LOA (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>LOA firmada (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The signed LOA was not recorded: %1</source>
        <translation>No se registró la LOA firmada: %1</translation>
    </message>
    <message>
        <source>Signed LOA of %1 recorded: choose Continue port-in to submit it.</source>
        <translation>LOA firmada de %1 registrada: elija “Continuar portabilidad” para enviarla.</translation>
    </message>
    <message>
        <source>Signed LOA received</source>
        <translation>LOA firmada recibida</translation>
    </message>
    <message>
        <source>Where is the signed LOA kept? (a reference, for example a document or ticket number)</source>
        <translation>¿Dónde se guarda la LOA firmada? (una referencia, por ejemplo, un número de documento o de ticket)</translation>
    </message>
    <message>
        <source>Withdraw the port-in</source>
        <translation>Retirar la portabilidad</translation>
    </message>
    <message>
        <source>Withdraw the port-in of %1? Nothing was sent to Telegent; the number becomes free.</source>
        <translation>¿Retirar la portabilidad de %1? No se envió nada a Telegent; el número queda libre.</translation>
    </message>
    <message>
        <source>Withdrawn: %1 is free.</source>
        <translation>Retirada: %1 queda libre.</translation>
    </message>
    <message>
        <source>Cop&amp;y order IDs</source>
        <translation>Cop&amp;iar IDs de orden</translation>
    </message>
    <message>
        <source>&amp;Export selected...</source>
        <translation>&amp;Exportar selección...</translation>
    </message>
    <message>
        <source>Cop&amp;y order ID</source>
        <translation>Cop&amp;iar ID de orden</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>&amp;Exportar CSV...</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n order(s) now...</source>
        <translation>
            <numerusform>Consultando %n orden...</numerusform>
            <numerusform>Consultando %n órdenes...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order ID(s) copied.</source>
        <translation>
            <numerusform>%n ID de orden copiado.</numerusform>
            <numerusform>%n ID de orden copiados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel the ports of these %n number(s)?</source>
        <translation>
            <numerusform>¿Cancelar la portabilidad de %n número?</numerusform>
            <numerusform>¿Cancelar la portabilidad de estos %n números?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n port(s)</source>
        <translation>
            <numerusform>Cancelar %n portabilidad</numerusform>
            <numerusform>Cancelar %n portabilidades</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Mantenerlas</translation>
    </message>
    <message numerus="yes">
        <source>Cancelling %n port(s)...</source>
        <translation>
            <numerusform>Cancelando %n portabilidad...</numerusform>
            <numerusform>Cancelando %n portabilidades...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n port(s) cancelled.</source>
        <translation>
            <numerusform>%n portabilidad cancelada.</numerusform>
            <numerusform>%n portabilidades canceladas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 port(s) cancelled. Not cancelled: %3</source>
        <translation>Portabilidades canceladas: %1 de %2. No canceladas: %3</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::PendingImportOffer</name>
    <message>
        <source>Unsent import</source>
        <translation>Importación sin enviar</translation>
    </message>
    <message>
        <source>Resume sends them with the PINs read again from the file. Later keeps them: the Orders view offers them (Resume or Discard) until then.</source>
        <translation>“Reanudar” las envía con los PIN leídos de nuevo del archivo. “Más tarde” las conserva: la vista Órdenes las ofrece (Reanudar o Descartar) mientras tanto.</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Unsent rows</source>
        <translation>Filas sin enviar</translation>
    </message>
    <message>
        <source>Resume them now, or forget them and import another file.</source>
        <translation>Reanúdelas ahora, u olvídelas e importe otro archivo.</translation>
    </message>
    <message>
        <source>&amp;Forget them and import</source>
        <translation>&amp;Olvidarlas e importar</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::PortInWizard</name>
    <message>
        <source>New port-in</source>
        <translation>Nueva portabilidad</translation>
    </message>
    <message>
        <source>&amp;New port-in</source>
        <translation>&amp;Nueva portabilidad</translation>
    </message>
    <message>
        <source>Discard this port-in?</source>
        <translation>¿Descartar esta portabilidad?</translation>
    </message>
    <message>
        <source>Everything typed for this port-in will be cleared.</source>
        <translation>Se borrará todo lo escrito para esta portabilidad.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuar editando</translation>
    </message>
    <message>
        <source>The port-in is kept as %1, waiting for the customer&apos;s signed LOA. Attach the signed copy in the orders view, then continue it from there.</source>
        <translation>La portabilidad se guardó como %1, en espera de la LOA firmada por el cliente. Adjunte la copia firmada en la vista de órdenes y luego continúela desde allí.</translation>
    </message>
    <message>
        <source>Continuing %1, whose customer&apos;s authorization is recorded. Ask the customer for the transfer PIN again: it is never saved.</source>
        <translation>Continuando con %1, cuya autorización del cliente ya está registrada. Vuelva a pedirle al cliente el PIN de transferencia: nunca se guarda.</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::RegistryDialog</name>
    <message>
        <source>T&amp;eam database (PostgreSQL), shared by every desk of the account</source>
        <translation>Base de datos co&amp;mpartida por todos los puestos de la cuenta (PostgreSQL)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Order registry</source>
        <translation>Registro de órdenes</translation>
    </message>
    <message>
        <source>Telegent cannot list an account&apos;s orders: PortDesk&apos;s registry is the only list there is. With a team database every desk sees every order of the account, and only one desk at a time checks their status, so the desks share one request budget instead of each spending its own.</source>
        <translation>Telegent no puede listar las órdenes de una cuenta: el registro de PortDesk es la única lista que existe. Con una base de datos compartida, cada puesto ve todas las órdenes de la cuenta y solo un puesto a la vez consulta su estado, así que los puestos comparten un único cupo de solicitudes en lugar de gastar cada uno el suyo.</translation>
    </message>
    <message>
        <source>db.example.com, an address, or a socket folder</source>
        <translation>db.example.com, una dirección o una carpeta de socket</translation>
    </message>
    <message>
        <source>kept in the system keychain; empty: none or ~/.pgpass</source>
        <translation>guardada en el llavero del sistema; vacía: ninguna o ~/.pgpass</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Team database server</source>
        <translation>Servidor de la base de datos compartida</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Pue&amp;rto:</translation>
    </message>
    <message>
        <source>Team database port</source>
        <translation>Puerto de la base de datos compartida</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>Team database name</source>
        <translation>Nombre de la base de datos compartida</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Team database user</source>
        <translation>Usuario de la base de datos compartida</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Team database password</source>
        <translation>Contraseña de la base de datos compartida</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Conectando con %1...</translation>
    </message>
    <message>
        <source>This &amp;computer</source>
        <translation>&amp;Esta computadora</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>Eleg&amp;ir...</translation>
    </message>
    <message>
        <source>Without encr&amp;yption (sslmode=disable)</source>
        <translation>Sin cifr&amp;ado (sslmode=disable)</translation>
    </message>
    <message>
        <source>PEM file; empty: ~/.postgresql/root.crt</source>
        <translation>archivo PEM; vacío: ~/.postgresql/root.crt</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Elegir el archivo del certificado de CA</translation>
    </message>
    <message>
        <source>CA certi&amp;ficate:</source>
        <translation>Certi&amp;ficado de CA:</translation>
    </message>
    <message>
        <source>Team database CA certificate file</source>
        <translation>Archivo del certificado de CA de la base de datos compartida</translation>
    </message>
    <message>
        <source>Team database without encryption</source>
        <translation>Base de datos compartida sin cifrado</translation>
    </message>
    <message>
        <source>CA certificate of the team database</source>
        <translation>Certificado de CA de la base de datos compartida</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>There is no readable CA certificate file at this path.</source>
        <translation>No hay ningún archivo de certificado de CA legible en esta ruta.</translation>
    </message>
    <message>
        <source>Over TLS, the server&apos;s certificate checked against the CA certificate (sslmode=verify-full).</source>
        <translation>Por TLS, comprobando el certificado del servidor con el certificado de CA (sslmode=verify-full).</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::ResultPage</name>
    <message>
        <source>Port-in submitted</source>
        <translation>Portabilidad enviada</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID de orden</translation>
    </message>
    <message>
        <source>&amp;Copy order ID</source>
        <translation>&amp;Copiar ID de orden</translation>
    </message>
    <message>
        <source>Order ID:</source>
        <translation>ID de orden:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Ports usually complete in 1 to 5 business days. The order is in the Orders tab, where its status is checked automatically; a carrier rejection shows there with what to fix.</source>
        <translation>Las portabilidades suelen completarse en 1 a 5 días hábiles. La orden está en la pestaña Órdenes, donde su estado se consulta automáticamente; si la compañía la rechaza, allí se indica qué corregir.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Telegent status: %1</source>
        <translation>Estado en Telegent: %1</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::ReviewPage</name>
    <message>
        <source>Check the &amp;credentials...</source>
        <translation>Revisar las &amp;credenciales...</translation>
    </message>
    <message>
        <source>Review and submit</source>
        <translation>Revisar y enviar</translation>
    </message>
    <message>
        <source>This is exactly what goes to Telegent. Ctrl+Enter submits.</source>
        <translation>Esto es exactamente lo que se envía a Telegent. Ctrl+Enter envía.</translation>
    </message>
    <message>
        <source>&amp;Submit port-in</source>
        <translation>&amp;Enviar portabilidad</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Carrier account</source>
        <translation>Cuenta en la compañía</translation>
    </message>
    <message>
        <source>Billing address and SIM</source>
        <translation>Dirección de facturación y SIM</translation>
    </message>
    <message>
        <source>Change n&amp;umber</source>
        <translation>Cambiar númer&amp;o</translation>
    </message>
    <message>
        <source>Change acc&amp;ount</source>
        <translation>Cambiar c&amp;uenta</translation>
    </message>
    <message>
        <source>Change a&amp;ddress</source>
        <translation>Cambiar &amp;dirección</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Compañía</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
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
        <translation>Puede que esta portabilidad haya llegado a Telegent o no. Revise la vista de órdenes antes de reenviar: aparece allí como “Resultado desconocido”. Nada se reenvía automáticamente.</translation>
    </message>
    <message>
        <source>Telegent refused PortDesk&apos;s credentials: %1 The data here is kept; check the credentials, then submit again.</source>
        <translation>Telegent rechazó las credenciales de PortDesk: %1 Los datos se conservan; revise las credenciales y vuelva a enviar.</translation>
    </message>
    <message>
        <source>Telegent did not accept the port-in: %1</source>
        <translation>Telegent no aceptó la portabilidad: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>Street 2</source>
        <translation>Dirección 2</translation>
    </message>
    <message>
        <source>Telegent created order %1, but PortDesk could not record it: %2 Write the order ID down: the orders view lists this port-in as &quot;Outcome unknown&quot; until it is resolved with that ID. Nothing is sent again by itself.</source>
        <translation>Telegent creó la orden %1, pero PortDesk no pudo registrarla: %2 Anote el ID de orden: la vista de órdenes muestra esta portabilidad como “Resultado desconocido” hasta que se resuelva con ese ID. Nada se reenvía automáticamente.</translation>
    </message>
    <message>
        <source>Nothing was sent: PortDesk could not record the port-in before sending it. %1 The data here is kept; submit again once the order registry can be written.</source>
        <translation>No se envió nada: PortDesk no pudo registrar la portabilidad antes de enviarla. %1 Los datos se conservan; vuelva a enviar cuando se pueda escribir en el registro de órdenes.</translation>
    </message>
    <message>
        <source>Transfer PIN</source>
        <translation>PIN de transferencia</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorización</translation>
    </message>
    <message>
        <source>Change au&amp;thorization</source>
        <translation>Cambiar au&amp;torización</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Titular de la cuenta</translation>
    </message>
    <message>
        <source>Authorized by</source>
        <translation>Autorizada por</translation>
    </message>
    <message>
        <source>Texts about this port</source>
        <translation>Textos sobre esta portabilidad</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::SessionPage</name>
    <message>
        <source>Restored draft</source>
        <translation>Borrador recuperado</translation>
    </message>
    <message>
        <source>An unfinished port-in from %1 was restored. Ask the customer for the transfer PIN again: it is never saved.</source>
        <translation>Se recuperó una portabilidad sin terminar del %1. Vuelva a pedir al cliente el PIN de transferencia: nunca se guarda.</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::SettingsDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Forget credentials</source>
        <translation>&amp;Olvidar credenciales</translation>
    </message>
    <message>
        <source>PortDesk settings</source>
        <translation>Configuración de PortDesk</translation>
    </message>
    <message>
        <source>The AccountSecret is kept in this computer&apos;s keychain, never in a file. Without credentials PortDesk runs in training mode.</source>
        <translation>El AccountSecret se guarda en el llavero de esta computadora, nunca en un archivo. Sin credenciales, PortDesk funciona en modo de práctica.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Dirección de la API:</translation>
    </message>
    <message>
        <source>AccountKey</source>
        <translation>AccountKey</translation>
    </message>
    <message>
        <source>Account&amp;Key:</source>
        <translation>Account&amp;Key:</translation>
    </message>
    <message>
        <source>AccountSecret</source>
        <translation>AccountSecret</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>guardado en el llavero del sistema</translation>
    </message>
    <message>
        <source>Sho&amp;w secret</source>
        <translation>&amp;Mostrar secreto</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> por minuto</translation>
    </message>
    <message>
        <source>Account request budget</source>
        <translation>Cupo de solicitudes de la cuenta</translation>
    </message>
    <message>
        <source>Telegent&apos;s standard tier allows 50 requests a minute for the whole account.</source>
        <translation>El plan estándar de Telegent permite 50 solicitudes por minuto para toda la cuenta.</translation>
    </message>
    <message>
        <source>Share of the budget for background status checks</source>
        <translation>Parte del cupo para consultas de estado en segundo plano</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Tiempo de espera de la solicitud</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Request &amp;budget:</source>
        <translation>&amp;Cupo de solicitudes:</translation>
    </message>
    <message>
        <source>&amp;Language (at next start):</source>
        <translation>&amp;Idioma (al próximo inicio):</translation>
    </message>
    <message>
        <source>Asking Telegent for a token...</source>
        <translation>Pidiendo un token a Telegent...</translation>
    </message>
    <message>
        <source>AccountS&amp;ecret:</source>
        <translation>Account&amp;Secret:</translation>
    </message>
    <message>
        <source>Back&amp;ground share:</source>
        <translation>P&amp;arte en segundo plano:</translation>
    </message>
    <message>
        <source>Request t&amp;imeout:</source>
        <translation>&amp;Tiempo de espera:</translation>
    </message>
    <message>
        <source>Save credentials that failed the test?</source>
        <translation>¿Guardar credenciales que no superaron la prueba?</translation>
    </message>
    <message>
        <source>Telegent did not accept these credentials a moment ago. Saved, they replace the ones the desk works with now, and every request is sent with them.</source>
        <translation>Telegent no aceptó estas credenciales hace un momento. Si se guardan, reemplazan las que usa ahora el puesto y todas las solicitudes se envían con ellas.</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>&amp;Guardar de todos modos</translation>
    </message>
    <message>
        <source>&amp;Do not save</source>
        <translation>&amp;No guardar</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::TrackOrdersDialog</name>
    <message>
        <source>Track existing orders</source>
        <translation>Rastrear órdenes existentes</translation>
    </message>
    <message>
        <source>Paste one or more order IDs created elsewhere (one per line, or separated by spaces or commas). They are fetched from Telegent and tracked from now on.</source>
        <translation>Pegue uno o varios ID de orden creados en otro lugar (uno por línea, o separados por espacios o comas). Se obtienen de Telegent y se rastrean desde ahora.</translation>
    </message>
    <message>
        <source>Order IDs</source>
        <translation>ID de orden</translation>
    </message>
    <message>
        <source>&amp;Track</source>
        <translation>&amp;Rastrear</translation>
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
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Port-in status changed</source>
        <translation>Cambió el estado de la portabilidad</translation>
    </message>
</context>
<context>
    <name>portdesk::ui::UpdateOrderDialog</name>
    <message>
        <source>&amp;Send update</source>
        <translation>&amp;Enviar actualización</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 &amp;nbsp; status &lt;b&gt;%3&lt;/b&gt; %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 &amp;nbsp; estado &lt;b&gt;%3&lt;/b&gt; %4</translation>
    </message>
    <message>
        <source>only if it must change (never stored)</source>
        <translation>solo si debe cambiar (nunca se guarda)</translation>
    </message>
    <message>
        <source>The PIN is sent once and never saved.</source>
        <translation>El PIN se envía una sola vez y nunca se guarda.</translation>
    </message>
    <message>
        <source>Change what the carrier rejected, then send the update. The order goes back to the carrier.</source>
        <translation>Cambie lo que rechazó la compañía y envíe la actualización. La orden vuelve a la compañía.</translation>
    </message>
    <message>
        <source>Sending the update to Telegent...</source>
        <translation>Enviando la actualización a Telegent...</translation>
    </message>
    <message>
        <source>Telegent did not accept the update: %1</source>
        <translation>Telegent no aceptó la actualización: %1</translation>
    </message>
    <message>
        <source>Telegent status: %1</source>
        <translation>Estado en Telegent: %1</translation>
    </message>
</context>
</TS>
