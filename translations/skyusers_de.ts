<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiReply</name>
    <message>
        <source>%1 redirected to “%2”, which is not a web address. SkyUsers refused.</source>
        <translation>%1 leitete auf „%2“ um, was keine Webadresse ist. SkyUsers hat abgelehnt.</translation>
    </message>
    <message>
        <source>%1 tried to switch from HTTPS to unencrypted HTTP (%2). SkyUsers refused and sent nothing.</source>
        <translation>%1 versuchte, von HTTPS auf unverschlüsseltes HTTP (%2) zu wechseln. SkyUsers hat abgelehnt und nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 redirected SkyUsers to another server (%2). No credentials were sent there. If the server has moved, change the server address.</source>
        <translation>%1 leitete SkyUsers auf einen anderen Server um (%2). Dorthin wurden keine Anmeldedaten gesendet. Falls der Server umgezogen ist, ändern Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>%1 answered the change with a redirect (HTTP %2) to %3. SkyUsers did not resend it; check the server address.</source>
        <translation>%1 beantwortete die Änderung mit einer Umleitung (HTTP %2) auf %3. SkyUsers hat sie nicht erneut gesendet; prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times. Check the server address.</source>
        <translation>%1 leitete mehr als %2-mal um. Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>an HTML page “%1” came back instead of data: a login page, proxy or captive portal may be in the way</source>
        <translation>statt Daten kam eine HTML-Seite „%1“ zurück: Eine Anmeldeseite, ein Proxy oder ein Captive Portal steht möglicherweise im Weg</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <source>the answer is not valid JSON</source>
        <translation>die Antwort ist kein gültiges JSON</translation>
    </message>
</context>
<context>
    <name>BackupExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>BulkDelete</name>
    <message>
        <source>Internal API-server users cannot be deleted.</source>
        <translation>Interne Benutzer des API-Servers können nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Already deleted (maybe by another admin).</source>
        <translation>Bereits gelöscht (vielleicht von einem anderen Admin).</translation>
    </message>
    <message>
        <source>Not sent: the deletion was cancelled.</source>
        <translation>Nicht gesendet: Das Löschen wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>BulkOutcome</name>
    <message numerus="yes">
        <source>Users deleted: %1 of %n.</source>
        <translation>
            <numerusform>Benutzer gelöscht: %1 von %n.</numerusform>
            <numerusform>Benutzer gelöscht: %1 von %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Roles changed: %1 of %n.</source>
        <translation>
            <numerusform>Rollen geändert: %1 von %n.</numerusform>
            <numerusform>Rollen geändert: %1 von %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed: %1</source>
        <translation>
            <numerusform>%n fehlgeschlagen: %1</numerusform>
            <numerusform>%n fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (no change needed or not allowed).</source>
        <translation>
            <numerusform>%n übersprungen (keine Änderung nötig oder nicht erlaubt).</numerusform>
            <numerusform>%n übersprungen (keine Änderung nötig oder nicht erlaubt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted.</source>
        <translation>
            <numerusform>%n nicht versucht.</numerusform>
            <numerusform>%n nicht versucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkProgress</name>
    <message>
        <source>%1: %2 of %3 done.</source>
        <translation>%1: %2 von %3 erledigt.</translation>
    </message>
    <message>
        <source>Stopping: waiting for the requests already sent…</source>
        <translation>Wird angehalten: Warten auf die bereits gesendeten Anfragen …</translation>
    </message>
</context>
<context>
    <name>BulkResultDialog</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Outcome per user</source>
        <translation>Ergebnis je Benutzer</translation>
    </message>
    <message>
        <source>&amp;Copy List</source>
        <translation>Liste &amp;kopieren</translation>
    </message>
    <message>
        <source>User, outcome and reason for every user, failures first</source>
        <translation>Benutzer, Ergebnis und Grund für jeden Benutzer, Fehlschläge zuerst</translation>
    </message>
    <message>
        <source>Copies the list to the clipboard as text</source>
        <translation>Kopiert die Liste als Text in die Zwischenablage</translation>
    </message>
</context>
<context>
    <name>BulkRoleChange</name>
    <message>
        <source>Internal API-server users keep their role.</source>
        <translation>Interne Benutzer des API-Servers behalten ihre Rolle.</translation>
    </message>
    <message>
        <source>Already has the role %1.</source>
        <translation>Hat bereits die Rolle %1.</translation>
    </message>
    <message>
        <source>Not sent: the role change was cancelled.</source>
        <translation>Nicht gesendet: Die Rollenänderung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server did not report on this user.</source>
        <translation>Der Server hat zu diesem Benutzer nichts gemeldet.</translation>
    </message>
    <message>
        <source>Not sent: an earlier request failed.</source>
        <translation>Nicht gesendet: Eine frühere Anfrage ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Administer the users of a SkyPilot API server.</source>
        <translation>Die Benutzer eines SkyPilot-API-Servers verwalten.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Offer this server address at sign-in.</source>
        <translation>Diese Serveradresse bei der Anmeldung vorschlagen.</translation>
    </message>
    <message>
        <source>Offer this user name at sign-in.</source>
        <translation>Diesen Benutzernamen bei der Anmeldung vorschlagen.</translation>
    </message>
    <message>
        <source>Offer the password in SKYUSERS_DEMO_PASSWORD (used by tools/run --demo).</source>
        <translation>Das Passwort aus SKYUSERS_DEMO_PASSWORD vorschlagen (verwendet von tools/run --demo).</translation>
    </message>
    <message>
        <source>Try “skyusers --help”.</source>
        <translation>Versuchen Sie „skyusers --help“.</translation>
    </message>
    <message>
        <source>For packaging tests: sign in without waiting for Sign In, save the users window to this PNG file once the users are listed, then quit.</source>
        <translation>Für Pakettests: ohne auf „Anmelden“ zu warten anmelden, das Benutzerfenster in diese PNG-Datei speichern, sobald die Benutzer aufgelistet sind, und dann beenden.</translation>
    </message>
</context>
<context>
    <name>CreateUserDialog</name>
    <message>
        <source>Create User</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>The name the new user signs in with, exactly as typed</source>
        <translation>Der Name, mit dem sich der neue Benutzer anmeldet, genau wie eingegeben</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>What the new user may do on the server</source>
        <translation>Was der neue Benutzer auf dem Server tun darf</translation>
    </message>
    <message>
        <source>Why Create is not available yet</source>
        <translation>Warum „Anlegen“ noch nicht verfügbar ist</translation>
    </message>
    <message>
        <source>Create status</source>
        <translation>Status des Anlegens</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Admin – may manage users and everything else</source>
        <translation>Admin – darf Benutzer und alles andere verwalten</translation>
    </message>
    <message>
        <source>User – may use SkyPilot, not manage users</source>
        <translation>Benutzer – darf SkyPilot nutzen, aber keine Benutzer verwalten</translation>
    </message>
    <message>
        <source>Viewer – may only look</source>
        <translation>Betrachter – darf nur ansehen</translation>
    </message>
    <message>
        <source>Choose a role</source>
        <translation>Rolle wählen</translation>
    </message>
    <message>
        <source>Choose a role for the new user.</source>
        <translation>Wählen Sie eine Rolle für den neuen Benutzer.</translation>
    </message>
    <message>
        <source>Creating “%1”… Cancelling stops waiting, but the server may still create the user.</source>
        <translation>„%1“ wird angelegt … Abbrechen beendet nur das Warten; der Server legt den Benutzer möglicherweise trotzdem an.</translation>
    </message>
</context>
<context>
    <name>CredentialJob</name>
    <message>
        <source>The system keychain did not answer within %1 seconds.</source>
        <translation>Der Schlüsselbund des Systems hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The account has no valid server address or user name.</source>
        <translation>Das Konto hat keine gültige Serveradresse oder keinen gültigen Benutzernamen.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Line %1, column %2 (in the record that starts on line %3): %4</source>
        <translation>Zeile %1, Spalte %2 (im Datensatz, der in Zeile %3 beginnt): %4</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The file is %1, more than the limit of %2, so it was not read.</source>
        <translation>Die Datei ist %1 groß, mehr als die Grenze von %2, und wurde daher nicht gelesen.</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; save the file as UTF-8 and try again.</source>
        <translation>der Text ist kein gültiges UTF-8; speichern Sie die Datei als UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the file contains a NUL byte, so it is not a text file.</source>
        <translation>die Datei enthält ein NUL-Byte und ist daher keine Textdatei.</translation>
    </message>
    <message>
        <source>this quote is never closed.</source>
        <translation>dieses Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>only a delimiter or the end of the line may follow a closing quote.</source>
        <translation>auf ein schließendes Anführungszeichen darf nur ein Trennzeichen oder das Zeilenende folgen.</translation>
    </message>
    <message>
        <source>a quote inside a field must be written as two quotes, with the whole field in quotes.</source>
        <translation>ein Anführungszeichen innerhalb eines Feldes muss doppelt geschrieben und das ganze Feld in Anführungszeichen gesetzt werden.</translation>
    </message>
    <message>
        <source>the file could not be read.</source>
        <translation>die Datei konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmDialog</name>
    <message>
        <source>Delete Users</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>What will be deleted</source>
        <translation>Was gelöscht wird</translation>
    </message>
    <message>
        <source>Users to delete</source>
        <translation>Zu löschende Benutzer</translation>
    </message>
    <message>
        <source>Why a typed confirmation is needed</source>
        <translation>Warum eine getippte Bestätigung nötig ist</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Users</source>
        <translation>
            <numerusform>%n Benutzer löschen</numerusform>
            <numerusform>%n Benutzer löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>„%1“ löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n users? This cannot be undone.</source>
        <translation>
            <numerusform>Diesen %n Benutzer löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Diese %n Benutzer löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This includes you: you will be signed out and cannot sign in with this account again.</source>
        <translation>Das schließt Sie selbst ein: Sie werden abgemeldet und können sich mit diesem Konto nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>This removes the last admin: nobody will be able to manage users on this server any more.</source>
        <translation>Damit wird der letzte Admin entfernt: Niemand kann dann noch Benutzer auf diesem Server verwalten.</translation>
    </message>
    <message>
        <source>To confirm, type the user name, %1:</source>
        <translation>Geben Sie zur Bestätigung den Benutzernamen ein, %1:</translation>
    </message>
    <message>
        <source>To confirm, type the number of users, %1:</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der Benutzer ein, %1:</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Deletes the listed users from the server</source>
        <translation>Löscht die aufgeführten Benutzer vom Server</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The users that will be deleted, with their roles</source>
        <translation>Die Benutzer, die gelöscht werden, mit ihren Rollen</translation>
    </message>
    <message>
        <source>Type exactly what the label above asks for to enable Delete</source>
        <translation>Geben Sie genau das ein, was die Beschriftung darüber verlangt, um „Löschen“ zu aktivieren</translation>
    </message>
</context>
<context>
    <name>ErrorMapper</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The server at %1 took too long to answer, so SkyUsers stopped waiting. Try again; if it keeps happening, the server may be overloaded.</source>
        <translation>Der Server %1 hat zu lange für die Antwort gebraucht, daher hat SkyUsers aufgehört zu warten. Versuchen Sie es erneut; wenn das weiter passiert, ist der Server möglicherweise überlastet.</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MiB, so SkyUsers stopped reading it.</source>
        <translation>Die Antwort von %1 ist größer als %2 MiB, daher hat SkyUsers aufgehört, sie zu lesen.</translation>
    </message>
    <message>
        <source>The server at %1 stopped responding. Check that it is running and try again.</source>
        <translation>Der Server %1 antwortet nicht mehr. Prüfen Sie, ob er läuft, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off before it was complete. Try again.</source>
        <translation>Die Antwort von %1 wurde abgeschnitten, bevor sie vollständig war. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read (%2). Is this a SkyPilot API server, and is SkyUsers up to date?</source>
        <translation>Die Antwort von %1 konnte nicht gelesen werden (%2). Ist das ein SkyPilot-API-Server, und ist SkyUsers auf dem neuesten Stand?</translation>
    </message>
    <message>
        <source>%1 does not report an API version, so it is either not a SkyPilot API server or one older than 0.11. Upgrade the server.</source>
        <translation>%1 meldet keine API-Version, ist also entweder kein SkyPilot-API-Server oder einer älter als 0.11. Aktualisieren Sie den Server.</translation>
    </message>
    <message>
        <source>%1 runs SkyPilot API version %2, which is too old: SkyUsers needs %3 or newer (SkyPilot 0.11). Upgrade the server.</source>
        <translation>%1 verwendet die SkyPilot-API-Version %2, die zu alt ist: SkyUsers benötigt %3 oder neuer (SkyPilot 0.11). Aktualisieren Sie den Server.</translation>
    </message>
    <message>
        <source>The server name “%1” could not be found. Check the server address and your network connection.</source>
        <translation>Der Servername „%1“ wurde nicht gefunden. Prüfen Sie die Serveradresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>%1 refused the connection. Check that the SkyPilot API server is running and that the port is right.</source>
        <translation>%1 hat die Verbindung abgelehnt. Prüfen Sie, ob der SkyPilot-API-Server läuft und der Port stimmt.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering. The server may be restarting; try again.</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen. Der Server startet möglicherweise neu; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection to %1 broke while the change was being sent, so it may or may not have been applied. Refresh to check before trying again.</source>
        <translation>Die Verbindung zu %1 brach ab, während die Änderung gesendet wurde; sie wurde daher möglicherweise übernommen oder auch nicht. Aktualisieren Sie zur Kontrolle, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out. Check the address and your network.</source>
        <translation>Zeitüberschreitung bei der Verbindung zu %1. Prüfen Sie die Adresse und Ihr Netzwerk.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established: %2. Nothing was sent to the server.</source>
        <translation>Es konnte keine sichere Verbindung zu %1 hergestellt werden: %2. An den Server wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 tried to switch from HTTPS to unencrypted HTTP. SkyUsers refused and sent nothing.</source>
        <translation>%1 versuchte, von HTTPS auf unverschlüsseltes HTTP zu wechseln. SkyUsers hat abgelehnt und nichts gesendet.</translation>
    </message>
    <message>
        <source>The network proxy asks for its own credentials. Check your proxy settings.</source>
        <translation>Der Netzwerk-Proxy verlangt eigene Anmeldedaten. Prüfen Sie Ihre Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>The network proxy could not be used: %1. Check your proxy settings.</source>
        <translation>Der Netzwerk-Proxy konnte nicht verwendet werden: %1. Prüfen Sie Ihre Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>The network is down. Check your connection and try again.</source>
        <translation>Das Netzwerk ist nicht verfügbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not talk to %1: %2.</source>
        <translation>Keine Verbindung mit %1 möglich: %2.</translation>
    </message>
    <message>
        <source>A proxy in front of the server answered “%1” (HTTP %2) instead of SkyPilot. The SkyPilot API server behind it may be down or misconfigured.</source>
        <translation>Ein Proxy vor dem Server antwortete mit „%1“ (HTTP %2) statt SkyPilot. Der SkyPilot-API-Server dahinter ist möglicherweise nicht erreichbar oder falsch eingerichtet.</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>eine HTML-Seite</translation>
    </message>
    <message>
        <source>The server and SkyUsers do not speak a common API version: %1</source>
        <translation>Der Server und SkyUsers haben keine gemeinsame API-Version: %1</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP 400).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP 400).</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Your role on this server does not allow this action (server said: Forbidden).</source>
        <translation>Ihre Rolle auf diesem Server erlaubt diese Aktion nicht (Server meldete: Forbidden).</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Nicht erlaubt: %1</translation>
    </message>
    <message>
        <source>%1 does not know %2. It may run an older SkyPilot version, or not be a SkyPilot API server.</source>
        <translation>%1 kennt %2 nicht. Möglicherweise läuft dort eine ältere SkyPilot-Version, oder es ist kein SkyPilot-API-Server.</translation>
    </message>
    <message>
        <source>The server could not process the request: %1</source>
        <translation>Der Server konnte die Anfrage nicht verarbeiten: %1</translation>
    </message>
    <message>
        <source>The server is busy (too many requests). Wait a moment and try again.</source>
        <translation>Der Server ist ausgelastet (zu viele Anfragen). Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1) that SkyUsers does not follow.</source>
        <translation>Der Server antwortete mit einer Umleitung (HTTP %1), der SkyUsers nicht folgt.</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1). Try again; if it keeps failing, check the server&apos;s log.</source>
        <translation>Fehler auf dem Server (HTTP %1). Versuchen Sie es erneut; wenn der Fehler bleibt, sehen Sie im Protokoll des Servers nach.</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1): %2. Try again; if it keeps failing, check the server&apos;s log.</source>
        <translation>Fehler auf dem Server (HTTP %1): %2. Versuchen Sie es erneut; wenn der Fehler bleibt, sehen Sie im Protokoll des Servers nach.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1): %2</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>A proxy or ingress in front of the SkyPilot server asked for its own sign-in%1. Those are not your SkyPilot credentials; ask your administrator how to reach the server.</source>
        <translation>Ein Proxy oder Ingress vor dem SkyPilot-Server verlangte eine eigene Anmeldung%1. Das sind nicht Ihre SkyPilot-Anmeldedaten; fragen Sie Ihre Administration, wie der Server zu erreichen ist.</translation>
    </message>
    <message>
        <source> (realm “%1”)</source>
        <translation> (Bereich „%1“)</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password. Check them and sign in again.</source>
        <translation>Der Server hat Benutzername oder Passwort nicht akzeptiert. Prüfen Sie beides und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password (server said: %1). Check them and sign in again.</source>
        <translation>Der Server hat Benutzername oder Passwort nicht akzeptiert (Server meldete: %1). Prüfen Sie beides und melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet list: name, id, role, type, joined (no passwords)</source>
        <translation>&amp;Tabellenliste: Name, ID, Rolle, Typ, beigetreten (keine Passwörter)</translation>
    </message>
    <message>
        <source>&amp;Backup for re-import: the server&apos;s export with password hashes</source>
        <translation>&amp;Sicherung zum erneuten Import: der Export des Servers mit Passwort-Hashes</translation>
    </message>
    <message>
        <source>Backup warning</source>
        <translation>Warnung zur Sicherung</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Zu schreibende Datei</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Ergebnis des Exports</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All users (%n)</source>
        <translation>
            <numerusform>&amp;Alle Benutzer (%n)</numerusform>
            <numerusform>&amp;Alle Benutzer (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Users in the current &amp;filter (%n)</source>
        <translation>
            <numerusform>Benutzer im aktuellen &amp;Filter (%n)</numerusform>
            <numerusform>Benutzer im aktuellen &amp;Filter (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected &amp;users (%n)</source>
        <translation>
            <numerusform>Ausgewählte &amp;Benutzer (%n)</numerusform>
            <numerusform>Ausgewählte &amp;Benutzer (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>The backup holds the password hash of every user. Anyone who gets the file can try to crack the passwords: keep it like a password, and delete it when it is no longer needed. It always contains all users, whatever is filtered or selected.</source>
        <translation>Die Sicherung enthält den Passwort-Hash jedes Benutzers. Wer die Datei erhält, kann versuchen, die Passwörter zu knacken: Hüten Sie sie wie ein Passwort und löschen Sie sie, wenn sie nicht mehr gebraucht wird. Sie enthält immer alle Benutzer, unabhängig von Filter oder Auswahl.</translation>
    </message>
    <message>
        <source>These users cannot be restored from it, because the server&apos;s format cannot carry their names: %1.</source>
        <translation>Diese Benutzer lassen sich daraus nicht wiederherstellen, weil das Format des Servers ihre Namen nicht darstellen kann: %1.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Wählen Sie eine Datei zum Schreiben.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 ist ein Ordner; wählen Sie einen Dateinamen.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n user(s) to %1.</source>
        <translation>
            <numerusform>%n Benutzer in %1 gespeichert.</numerusform>
            <numerusform>%n Benutzer in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the server for the export…</source>
        <translation>Export wird beim Server angefordert …</translation>
    </message>
    <message>
        <source>The server did not export the users: %1</source>
        <translation>Der Server hat die Benutzer nicht exportiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved a backup of %n user(s) to %1, readable only by you.</source>
        <translation>
            <numerusform>Sicherung von %n Benutzer in %1 gespeichert, nur für Sie lesbar.</numerusform>
            <numerusform>Sicherung von %n Benutzern in %1 gespeichert, nur für Sie lesbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>It cannot restore: %1.</source>
        <translation>Nicht wiederherstellbar sind: %1.</translation>
    </message>
    <message>
        <source>These users have weak password hashes (MD5, SHA-1 or DES) that are quick to crack if the file leaks: %1.</source>
        <translation>Diese Benutzer haben schwache Passwort-Hashes (MD5, SHA-1 oder DES), die schnell zu knacken sind, falls die Datei in falsche Hände gerät: %1.</translation>
    </message>
    <message>
        <source>A CSV file for spreadsheets with names, ids, roles, types and join dates, without passwords</source>
        <translation>Eine CSV-Datei für Tabellenkalkulationen mit Namen, IDs, Rollen, Typen und Beitrittsdaten, ohne Passwörter</translation>
    </message>
    <message>
        <source>The server&apos;s own CSV with password hashes, which can be imported again; keep it safe</source>
        <translation>Die CSV-Datei des Servers selbst mit Passwort-Hashes, die sich wieder importieren lässt; sicher aufbewahren</translation>
    </message>
    <message>
        <source>Exports every user on the server</source>
        <translation>Exportiert alle Benutzer auf dem Server</translation>
    </message>
    <message>
        <source>Exports only the users the table shows with its current filter</source>
        <translation>Exportiert nur die Benutzer, die die Tabelle mit dem aktuellen Filter zeigt</translation>
    </message>
    <message>
        <source>Exports only the users selected in the table</source>
        <translation>Exportiert nur die in der Tabelle ausgewählten Benutzer</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Where the CSV file is written</source>
        <translation>Wohin die CSV-Datei geschrieben wird</translation>
    </message>
    <message>
        <source>Chooses the file in a file dialog</source>
        <translation>Wählt die Datei in einem Dateidialog aus</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durchsuc&amp;hen …</translation>
    </message>
    <message>
        <source>What the export did, or why it failed</source>
        <translation>Was der Export getan hat oder warum er fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>Writes the chosen users to the file</source>
        <translation>Schreibt die gewählten Benutzer in die Datei</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <source>Choose a CSV file with the columns username, password and role, or drop it here.</source>
        <translation>Wählen Sie eine CSV-Datei mit den Spalten username, password und role, oder ziehen Sie sie hierher.</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>&amp;Datei wählen …</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>Problem mit der Datei</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Zusammenfassung des Imports</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Zeilen zeigen</translation>
    </message>
    <message>
        <source>All &amp;unknown roles:</source>
        <translation>Alle &amp;unbekannten Rollen:</translation>
    </message>
    <message>
        <source>Decision for every row with an unknown role</source>
        <translation>Entscheidung für jede Zeile mit unbekannter Rolle</translation>
    </message>
    <message>
        <source>&amp;Apply to All</source>
        <translation>Auf &amp;alle anwenden</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Vorschau des Imports</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen …</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>“%1” cannot be imported: %2</source>
        <translation>„%1“ kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>The preview still shows “%1”.</source>
        <translation>Die Vorschau zeigt noch „%1“.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This import %1.</source>
        <translation>Dieser Import %1.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a role for the %n row(s) marked “Unknown role”, or skip them.</source>
        <translation>
            <numerusform>Wählen Sie eine Rolle für die als „Unbekannte Rolle“ markierte Zeile oder überspringen Sie sie.</numerusform>
            <numerusform>Wählen Sie eine Rolle für die %n als „Unbekannte Rolle“ markierten Zeilen oder überspringen Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opens a CSV file and shows every row before anything is sent</source>
        <translation>Öffnet eine CSV-Datei und zeigt jede Zeile, bevor etwas gesendet wird</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen …</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Datei wird gelesen</translation>
    </message>
    <message>
        <source>&amp;Stop Reading</source>
        <translation>&amp;Lesen anhalten</translation>
    </message>
    <message>
        <source>Stops reading this file and keeps the preview shown before</source>
        <translation>Hält das Lesen dieser Datei an und behält die zuvor gezeigte Vorschau</translation>
    </message>
    <message>
        <source>Which rows of the preview to list</source>
        <translation>Welche Zeilen der Vorschau aufgeführt werden</translation>
    </message>
    <message>
        <source>What to do with rows whose role the server does not know</source>
        <translation>Was mit Zeilen geschehen soll, deren Rolle der Server nicht kennt</translation>
    </message>
    <message>
        <source>Applies the chosen decision to every row with an unknown role</source>
        <translation>Wendet die gewählte Entscheidung auf jede Zeile mit unbekannter Rolle an</translation>
    </message>
    <message>
        <source>Every row of the file with its status. F2 in the Role column changes a row&apos;s decision</source>
        <translation>Jede Zeile der Datei mit ihrem Status. F2 in der Spalte „Rolle“ ändert die Entscheidung für eine Zeile</translation>
    </message>
    <message>
        <source>Confirms that you checked the preview; Import stays disabled until then</source>
        <translation>Bestätigt, dass Sie die Vorschau geprüft haben; bis dahin bleibt „Importieren“ deaktiviert</translation>
    </message>
    <message>
        <source>I have &amp;checked the preview</source>
        <translation>Ich habe die Vorschau &amp;geprüft</translation>
    </message>
    <message>
        <source>Sends the confirmed rows to the server</source>
        <translation>Sendet die bestätigten Zeilen an den Server</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>Reading “%1”: %Ln record(s)…</source>
        <translation>
            <numerusform>„%1“ wird gelesen: %Ln Datensatz …</numerusform>
            <numerusform>„%1“ wird gelesen: %Ln Datensätze …</numerusform>
        </translation>
    </message>
    <message>
        <source>I have &amp;checked the preview: %1</source>
        <translation>Ich habe die Vorschau &amp;geprüft: %1</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Stopping: waiting for the rows already sent…</source>
        <translation>Wird angehalten: Warten auf die bereits gesendeten Zeilen …</translation>
    </message>
    <message>
        <source>Import Users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n user(s)…</source>
        <translation>
            <numerusform>%n Benutzer wird importiert …</numerusform>
            <numerusform>%n Benutzer werden importiert …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing users: %1 of %n row(s) done.</source>
        <translation>
            <numerusform>Benutzer werden importiert: %1 von %n Zeile erledigt.</numerusform>
            <numerusform>Benutzer werden importiert: %1 von %n Zeilen erledigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportOutcomeModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>a comma</source>
        <translation>ein Komma</translation>
    </message>
    <message>
        <source>a quote</source>
        <translation>ein Anführungszeichen</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>spaces at the start or end</source>
        <translation>Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <source>A user with this name is already on the server.</source>
        <translation>Ein Benutzer mit diesem Namen ist bereits auf dem Server.</translation>
    </message>
    <message>
        <source>Line %1 has the same name; only the first is imported.</source>
        <translation>Zeile %1 hat denselben Namen; nur der erste wird importiert.</translation>
    </message>
    <message>
        <source>The password is a hash (%1), which this server cannot check: it would become the password itself.</source>
        <translation>Das Passwort ist ein Hash (%1), den dieser Server nicht prüfen kann: Er würde selbst zum Passwort.</translation>
    </message>
    <message>
        <source>The password is a hash (%1), which only /users/import can take, and its parser cannot carry %2.</source>
        <translation>Das Passwort ist ein Hash (%1), den nur /users/import annimmt, und dessen Parser kann %2 nicht verarbeiten.</translation>
    </message>
    <message>
        <source>Hash (%1), imported as is; the scheme is weak, so ask the user to choose a new password.</source>
        <translation>Hash (%1), unverändert importiert; das Verfahren ist schwach, bitten Sie den Benutzer daher um ein neues Passwort.</translation>
    </message>
    <message>
        <source>Hash (%1), imported as is.</source>
        <translation>Hash (%1), unverändert importiert.</translation>
    </message>
    <message>
        <source>/users/import would take this password for a %1 hash, so it goes through /users/create.</source>
        <translation>/users/import würde dieses Passwort für einen %1-Hash halten, daher läuft es über /users/create.</translation>
    </message>
    <message>
        <source>The password starts or ends with a space; it is kept as written and goes through /users/create.</source>
        <translation>Das Passwort beginnt oder endet mit einem Leerzeichen; es bleibt wie geschrieben und läuft über /users/create.</translation>
    </message>
    <message>
        <source>/users/import cannot carry %1, so this row goes through /users/create.</source>
        <translation>/users/import kann %1 nicht verarbeiten, daher läuft diese Zeile über /users/create.</translation>
    </message>
    <message>
        <source>The role has spaces around it.</source>
        <translation>Die Rolle ist von Leerzeichen umgeben.</translation>
    </message>
    <message>
        <source>No role given: choose a role or skip the row.</source>
        <translation>Keine Rolle angegeben: Wählen Sie eine Rolle oder überspringen Sie die Zeile.</translation>
    </message>
    <message>
        <source>The role “%1” is not admin, user or viewer: choose a role or skip the row.</source>
        <translation>Die Rolle „%1“ ist weder admin noch user noch viewer: Wählen Sie eine Rolle oder überspringen Sie die Zeile.</translation>
    </message>
    <message>
        <source>Skipped: you chose not to import this row.</source>
        <translation>Übersprungen: Sie haben entschieden, diese Zeile nicht zu importieren.</translation>
    </message>
    <message>
        <source>No role given; you chose %1.</source>
        <translation>Keine Rolle angegeben; Sie haben %1 gewählt.</translation>
    </message>
    <message>
        <source>The file says “%1”; you chose %2.</source>
        <translation>In der Datei steht „%1“; Sie haben %2 gewählt.</translation>
    </message>
    <message>
        <source>creates nobody</source>
        <translation>legt niemanden an</translation>
    </message>
    <message>
        <source>creates %1</source>
        <translation>legt %1 an</translation>
    </message>
    <message numerus="yes">
        <source>%n admin(s)</source>
        <translation>
            <numerusform>%n Admin</numerusform>
            <numerusform>%n Admins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n viewer(s)</source>
        <translation>
            <numerusform>%n Betrachter</numerusform>
            <numerusform>%n Betrachter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already exist(s)</source>
        <translation>
            <numerusform>%n existiert bereits</numerusform>
            <numerusform>%n existieren bereits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n Duplikat</numerusform>
            <numerusform>%n Duplikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n ungültig</numerusform>
            <numerusform>%n ungültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) a role</source>
        <translation>
            <numerusform>%n braucht eine Rolle</numerusform>
            <numerusform>%n brauchen eine Rolle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Already on the server</source>
        <translation>Bereits auf dem Server</translation>
    </message>
    <message>
        <source>Duplicate in the file</source>
        <translation>Doppelt in der Datei</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Unknown role: choose</source>
        <translation>Unbekannte Rolle: wählen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>hash (%1, weak)</source>
        <translation>Hash (%1, schwach)</translation>
    </message>
    <message>
        <source>hash (%1)</source>
        <translation>Hash (%1)</translation>
    </message>
    <message>
        <source>password (looks like %1)</source>
        <translation>Passwort (sieht aus wie %1)</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen …</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Import Result</source>
        <translation>Ergebnis des Imports</translation>
    </message>
    <message>
        <source>Created %1, already existed %2, failed %3, not sent %4.</source>
        <translation>Angelegt: %1, bereits vorhanden: %2, fehlgeschlagen: %3, nicht gesendet: %4.</translation>
    </message>
    <message>
        <source>Outcome per row</source>
        <translation>Ergebnis je Zeile</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>Bericht &amp;speichern …</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>Importbericht speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Line, user, role, outcome and reason for every row of the file, failures first</source>
        <translation>Zeile, Benutzer, Rolle, Ergebnis und Grund für jede Zeile der Datei, Fehlschläge zuerst</translation>
    </message>
    <message>
        <source>Saves this list as a CSV file, without passwords</source>
        <translation>Speichert diese Liste als CSV-Datei, ohne Passwörter</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry %n Failed Row(s)</source>
        <translation>
            <numerusform>%n fehlgeschlagene Zeile &amp;wiederholen</numerusform>
            <numerusform>%n fehlgeschlagene Zeilen &amp;wiederholen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads the list of users first: rows now on the server are reported, not sent again.</source>
        <translation>Liest zuerst die Benutzerliste: Zeilen, die inzwischen auf dem Server sind, werden gemeldet und nicht erneut gesendet.</translation>
    </message>
</context>
<context>
    <name>ImportRoleDelegate</name>
    <message>
        <source>Role for this row</source>
        <translation>Rolle für diese Zeile</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen …</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>Diese Zeile überspringen</translation>
    </message>
    <message>
        <source>The role this row&apos;s user gets, or what to do with a role the server does not know</source>
        <translation>Die Rolle, die der Benutzer dieser Zeile erhält, oder was mit einer Rolle geschehen soll, die der Server nicht kennt</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Not sent: the list of users could not be read first (%1).</source>
        <translation>Nicht gesendet: Die Benutzerliste konnte vorher nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Already on the server; left unchanged.</source>
        <translation>Bereits auf dem Server; unverändert gelassen.</translation>
    </message>
    <message>
        <source>No role was chosen; the server would silently pick its default.</source>
        <translation>Es wurde keine Rolle gewählt; der Server würde stillschweigend seine Standardrolle nehmen.</translation>
    </message>
    <message>
        <source>This password hash cannot be sent: the server&apos;s import cannot carry it as written.</source>
        <translation>Dieser Passwort-Hash kann nicht gesendet werden: Der Import des Servers kann ihn so nicht verarbeiten.</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not account for every row.</source>
        <translation>Die Antwort des Servers hat nicht jede Zeile berücksichtigt.</translation>
    </message>
    <message>
        <source>%1 Whether the user was created is unknown: the list of users could not be read (%2). Refresh before trying again.</source>
        <translation>%1 Ob der Benutzer angelegt wurde, ist unbekannt: Die Benutzerliste konnte nicht gelesen werden (%2). Aktualisieren Sie, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Already on the server before the import.</source>
        <translation>Schon vor dem Import auf dem Server.</translation>
    </message>
    <message>
        <source>The answer was lost; the list of users shows the user.</source>
        <translation>Die Antwort ging verloren; die Benutzerliste zeigt den Benutzer.</translation>
    </message>
    <message>
        <source>%1 The user is not on the server and was not sent again; the server may still be working on it, so refresh later before trying again.</source>
        <translation>%1 Der Benutzer ist nicht auf dem Server und wurde nicht erneut gesendet; der Server arbeitet möglicherweise noch daran, aktualisieren Sie also später, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 The user is not on the server and was not sent again.</source>
        <translation>%1 Der Benutzer ist nicht auf dem Server und wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Not sent: the import was cancelled.</source>
        <translation>Nicht gesendet: Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Already existed</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Created by the earlier attempt; the list of users now shows it.</source>
        <translation>Beim früheren Versuch angelegt; die Benutzerliste zeigt ihn jetzt.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>batch result</source>
        <translation>Stapelergebnis</translation>
    </message>
    <message>
        <source>batch failure</source>
        <translation>Stapelfehler</translation>
    </message>
    <message>
        <source>current user</source>
        <translation>aktueller Benutzer</translation>
    </message>
    <message>
        <source>export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>server health</source>
        <translation>Serverzustand</translation>
    </message>
    <message>
        <source>field “api_version” should be a number but is %1</source>
        <translation>Feld „api_version“ sollte eine Zahl sein, ist aber %1</translation>
    </message>
    <message>
        <source>server health user</source>
        <translation>Benutzer im Serverzustand</translation>
    </message>
    <message>
        <source>field “user” should be an object but is %1</source>
        <translation>Feld „user“ sollte ein Objekt sein, ist aber %1</translation>
    </message>
    <message>
        <source>import result</source>
        <translation>Importergebnis</translation>
    </message>
    <message>
        <source>issued token</source>
        <translation>ausgestelltes Token</translation>
    </message>
    <message>
        <source>expected %1 as a JSON object but got %2</source>
        <translation>%1 als JSON-Objekt erwartet, aber %2 erhalten</translation>
    </message>
    <message>
        <source>field “%1” should be text but is %2</source>
        <translation>Feld „%1“ sollte Text sein, ist aber %2</translation>
    </message>
    <message>
        <source>field “%1” should be a whole number but is %2</source>
        <translation>Feld „%1“ sollte eine ganze Zahl sein, ist aber %2</translation>
    </message>
    <message>
        <source>field “%1” is missing</source>
        <translation>Feld „%1“ fehlt</translation>
    </message>
    <message>
        <source>field “%1” should be true or false but is %2</source>
        <translation>Feld „%1“ sollte true oder false sein, ist aber %2</translation>
    </message>
    <message>
        <source>field “%1” should be a list but is %2</source>
        <translation>Feld „%1“ sollte eine Liste sein, ist aber %2</translation>
    </message>
    <message>
        <source>field “%1” should hold text but holds %2</source>
        <translation>Feld „%1“ sollte Text enthalten, enthält aber %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>service-account token</source>
        <translation>Dienstkonto-Token</translation>
    </message>
    <message>
        <source>expected a list of tokens but got %1</source>
        <translation>Liste von Token erwartet, aber %1 erhalten</translation>
    </message>
    <message>
        <source>service-account role</source>
        <translation>Dienstkonto-Rolle</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>expected a list of users but got %1</source>
        <translation>Liste von Benutzern erwartet, aber %1 erhalten</translation>
    </message>
    <message>
        <source>item %1 of the user list: %2</source>
        <translation>Eintrag %1 der Benutzerliste: %2</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>(details withheld: the message contained the password)</source>
        <translation>(Details zurückgehalten: Die Meldung enthielt das Passwort)</translation>
    </message>
    <message>
        <source>(no details)</source>
        <translation>(keine Details)</translation>
    </message>
    <message>
        <source>No password is remembered for this account.</source>
        <translation>Für dieses Konto ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>SkyUsers will use the system&apos;s language from its next start.</source>
        <translation>SkyUsers verwendet ab dem nächsten Start die Sprache des Systems.</translation>
    </message>
    <message>
        <source>SkyUsers will use %1 from its next start.</source>
        <translation>SkyUsers verwendet ab dem nächsten Start %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SkyUsers</source>
        <translation>SkyUsers</translation>
    </message>
    <message>
        <source>Unencrypted connection warning</source>
        <translation>Warnung vor unverschlüsselter Verbindung</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Hinweis ausblenden</translation>
    </message>
    <message>
        <source>Not signed in to a SkyPilot API server.</source>
        <translation>Nicht bei einem SkyPilot-API-Server angemeldet.</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>S&amp;witch Server</source>
        <translation>Server &amp;wechseln</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>Ben&amp;utzer</translation>
    </message>
    <message>
        <source>Change &amp;Role</source>
        <translation>&amp;Rolle ändern</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Users toolbar</source>
        <translation>Werkzeugleiste Benutzer</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Forget This Server</source>
        <translation>Diesen Server &amp;vergessen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About SkyUsers</source>
        <translation>&amp;Über SkyUsers</translation>
    </message>
    <message>
        <source>&amp;Edit Role in Table</source>
        <translation>Rolle in der Tabelle &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Import Users from CSV…</source>
        <translation>Benutzer aus CSV &amp;importieren …</translation>
    </message>
    <message>
        <source>E&amp;xport Users…</source>
        <translation>Benutzer e&amp;xportieren …</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;New User…</source>
        <translation>&amp;Neuer Benutzer …</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>&amp;Admin</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Viewer</source>
        <translation>Be&amp;trachter</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>&amp;Passwort zurücksetzen …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>&amp;Change My Password…</source>
        <translation>&amp;Eigenes Passwort ändern …</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3).</source>
        <translation>Bei %1 als %2 (%3) angemeldet.</translation>
    </message>
    <message>
        <source>%1 @ %2 — SkyUsers</source>
        <translation>%1 @ %2 – SkyUsers</translation>
    </message>
    <message>
        <source>Unencrypted connection: your password and all data cross the network readable by anyone on the way.</source>
        <translation>Unverschlüsselte Verbindung: Ihr Passwort und alle Daten gehen für jeden auf dem Weg lesbar durch das Netzwerk.</translation>
    </message>
    <message>
        <source>SkyPilot %1</source>
        <translation>SkyPilot %1</translation>
    </message>
    <message>
        <source>direct connection</source>
        <translation>direkte Verbindung</translation>
    </message>
    <message>
        <source>through proxy %1</source>
        <translation>über Proxy %1</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Benutzer werden geladen …</translation>
    </message>
    <message>
        <source>Sign in to a SkyPilot API server to see its users (File ▸ Sign In).</source>
        <translation>Melden Sie sich bei einem SkyPilot-API-Server an, um seine Benutzer zu sehen (Datei ▸ Anmelden).</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert …</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>Wählen Sie zuerst einen Benutzer aus.</translation>
    </message>
    <message>
        <source>Select one or more users first.</source>
        <translation>Wählen Sie zuerst einen oder mehrere Benutzer aus.</translation>
    </message>
    <message>
        <source>Select just one user.</source>
        <translation>Wählen Sie nur einen Benutzer aus.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Load the users again (F5)</source>
        <translation>Benutzer neu laden (F5)</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) shown</source>
        <translation>
            <numerusform>%1 von %n Benutzer angezeigt</numerusform>
            <numerusform>%1 von %n Benutzern angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Arbeit läuft</translation>
    </message>
    <message>
        <source>%1

Stop it and close SkyUsers? A change already sent may still be applied by the server.</source>
        <translation>%1

Anhalten und SkyUsers schließen? Eine bereits gesendete Änderung kann der Server trotzdem noch übernehmen.</translation>
    </message>
    <message>
        <source>About SkyUsers</source>
        <translation>Über SkyUsers</translation>
    </message>
    <message>
        <source>SkyUsers %1
Administer the users of a SkyPilot API server.</source>
        <translation>SkyUsers %1
Die Benutzer eines SkyPilot-API-Servers verwalten.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Hides this notice</source>
        <translation>Blendet diesen Hinweis aus</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Open Context Menu</source>
        <translation>Kontextmenü öffnen</translation>
    </message>
    <message>
        <source>&amp;Stop and Close</source>
        <translation>&amp;Anhalten und schließen</translation>
    </message>
    <message>
        <source>Cancels the work and closes SkyUsers</source>
        <translation>Bricht die Arbeit ab und schließt SkyUsers</translation>
    </message>
    <message>
        <source>&amp;Keep Working</source>
        <translation>&amp;Weiterarbeiten</translation>
    </message>
    <message>
        <source>Leaves SkyUsers open until the work is done</source>
        <translation>Lässt SkyUsers geöffnet, bis die Arbeit erledigt ist</translation>
    </message>
</context>
<context>
    <name>MemoryCredentialStore</name>
    <message>
        <source>No password is remembered for this account.</source>
        <translation>Für dieses Konto ist kein Passwort gespeichert.</translation>
    </message>
</context>
<context>
    <name>NewPasswordWidget</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Fills both fields with a strong random password and copies it to the clipboard</source>
        <translation>Füllt beide Felder mit einem starken Zufallspasswort und kopiert es in die Zwischenablage</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>Passwort &amp;bestätigen:</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Neues Passwort bestätigen</translation>
    </message>
    <message>
        <source>Sho&amp;w passwords</source>
        <translation>Passwörter an&amp;zeigen</translation>
    </message>
    <message>
        <source>Generated password note</source>
        <translation>Hinweis zum erzeugten Passwort</translation>
    </message>
    <message>
        <source>Password length warning</source>
        <translation>Warnung zur Passwortlänge</translation>
    </message>
    <message>
        <source>Enter a password, or generate one.</source>
        <translation>Geben Sie ein Passwort ein oder erzeugen Sie eines.</translation>
    </message>
    <message>
        <source>Type the password again to confirm it.</source>
        <translation>Geben Sie das Passwort zur Bestätigung erneut ein.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>A %1-character password was generated and copied to the clipboard, marked so clipboard managers do not keep it. It is removed from the clipboard after %2 seconds unless something else was copied.</source>
        <translation>Ein Passwort mit %1 Zeichen wurde erzeugt und in die Zwischenablage kopiert, so markiert, dass Zwischenablage-Verwaltungen es nicht speichern. Es wird nach %2 Sekunden aus der Zwischenablage entfernt, sofern nichts anderes kopiert wurde.</translation>
    </message>
    <message>
        <source>This password is %1 bytes long in UTF-8. The server stores it with bcrypt, which uses only the first %2 bytes: anything after them is ignored when signing in.</source>
        <translation>Dieses Passwort ist in UTF-8 %1 Bytes lang. Der Server speichert es mit bcrypt, das nur die ersten %2 Bytes verwendet: Alles danach wird bei der Anmeldung ignoriert.</translation>
    </message>
    <message>
        <source>The new password, sent exactly as typed</source>
        <translation>Das neue Passwort; es wird genau wie eingegeben gesendet</translation>
    </message>
    <message>
        <source>The new password again, to catch typing mistakes</source>
        <translation>Das neue Passwort noch einmal, um Tippfehler zu erkennen</translation>
    </message>
    <message>
        <source>Shows both passwords as plain text</source>
        <translation>Zeigt beide Passwörter im Klartext</translation>
    </message>
</context>
<context>
    <name>PackagingScreenshot</name>
    <message>
        <source>The users could not be listed: %1</source>
        <translation>Die Benutzer konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Not signed in with the users listed after %1 s.</source>
        <translation>Nach %1 s nicht angemeldet oder die Benutzer nicht aufgelistet.</translation>
    </message>
    <message>
        <source>The picture could not be saved to %1.</source>
        <translation>Das Bild konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved %1 (%2 × %3).</source>
        <translation>%1 gespeichert (%2 × %3).</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Set Password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <source>Whose password</source>
        <translation>Wessen Passwort</translation>
    </message>
    <message>
        <source>Why the password cannot be set yet</source>
        <translation>Warum das Passwort noch nicht festgelegt werden kann</translation>
    </message>
    <message>
        <source>Password change status</source>
        <translation>Status der Passwortänderung</translation>
    </message>
    <message>
        <source>Change My Password</source>
        <translation>Eigenes Passwort ändern</translation>
    </message>
    <message>
        <source>Choose a new password for your account, “%1”. You stay signed in; SkyUsers uses the new password from now on.</source>
        <translation>Wählen Sie ein neues Passwort für Ihr Konto „%1“. Sie bleiben angemeldet; SkyUsers verwendet ab jetzt das neue Passwort.</translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation>Passwort &amp;ändern</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Set a new password for “%1” (id %2). Their current password stops working.</source>
        <translation>Legen Sie ein neues Passwort für „%1“ (ID %2) fest. Das bisherige Passwort funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Reset Password</source>
        <translation>Passwort zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Setting the new password… Cancelling stops waiting, but the server may still change the password.</source>
        <translation>Das neue Passwort wird festgelegt … Abbrechen beendet nur das Warten; der Server ändert das Passwort möglicherweise trotzdem.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Viewers can look at users but not change anything. An admin can give you another role.</source>
        <translation>Betrachter können Benutzer ansehen, aber nichts ändern. Ein Admin kann Ihnen eine andere Rolle geben.</translation>
    </message>
    <message>
        <source>The server gave your account no role SkyUsers knows (“%1”), so it refuses changes.</source>
        <translation>Der Server hat Ihrem Konto keine Rolle gegeben, die SkyUsers kennt („%1“), daher verweigert SkyUsers Änderungen.</translation>
    </message>
    <message>
        <source>Only admins can change roles.</source>
        <translation>Nur Admins können Rollen ändern.</translation>
    </message>
    <message>
        <source>Only admins can create users.</source>
        <translation>Nur Admins können Benutzer anlegen.</translation>
    </message>
    <message>
        <source>Only admins can delete users.</source>
        <translation>Nur Admins können Benutzer löschen.</translation>
    </message>
    <message>
        <source>Only admins can reset other users&apos; passwords. You can change your own.</source>
        <translation>Nur Admins können die Passwörter anderer Benutzer zurücksetzen. Ihr eigenes können Sie ändern.</translation>
    </message>
    <message>
        <source>Only admins can import users.</source>
        <translation>Nur Admins können Benutzer importieren.</translation>
    </message>
    <message>
        <source>Only admins can export users.</source>
        <translation>Nur Admins können Benutzer exportieren.</translation>
    </message>
    <message>
        <source>%1 is an internal user of the API server; the server refuses to change it.</source>
        <translation>%1 ist ein interner Benutzer des API-Servers; der Server lehnt Änderungen daran ab.</translation>
    </message>
    <message>
        <source>%1 signs in through single sign-on or a token and has no SkyUsers password to reset.</source>
        <translation>%1 meldet sich per Single Sign-on oder Token an und hat kein Passwort, das SkyUsers zurücksetzen könnte.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The server no longer accepts your password. Sign in again.</source>
        <translation>Der Server akzeptiert Ihr Passwort nicht mehr. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The remembered password could not be read (%1). Enter your password; it will work for this session.</source>
        <translation>Das gespeicherte Passwort konnte nicht gelesen werden (%1). Geben Sie Ihr Passwort ein; es gilt für diese Sitzung.</translation>
    </message>
    <message>
        <source>Your password will not be remembered (%1). You stay signed in for this session.</source>
        <translation>Ihr Passwort wird nicht gespeichert (%1). Sie bleiben für diese Sitzung angemeldet.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to a SkyPilot server</source>
        <translation>Bei einem SkyPilot-Server anmelden</translation>
    </message>
    <message>
        <source>https://skypilot.example.com</source>
        <translation>https://skypilot.example.com</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>The address of the SkyPilot API server, for example http://127.0.0.1:46580</source>
        <translation>Die Adresse des SkyPilot-API-Servers, zum Beispiel http://127.0.0.1:46580</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sho&amp;w password</source>
        <translation>Passwort an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Remember password (in the system keychain)</source>
        <translation>Passwort &amp;merken (im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>Keeps the password in the operating system&apos;s keychain, never in a file</source>
        <translation>Bewahrt das Passwort im Schlüsselbund des Betriebssystems auf, nie in einer Datei</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Host name to confirm unencrypted HTTP</source>
        <translation>Hostname zur Bestätigung von unverschlüsseltem HTTP</translation>
    </message>
    <message>
        <source>&amp;Allow Unencrypted HTTP</source>
        <translation>Unverschlüsseltes HTTP &amp;erlauben</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Details des Zertifikats</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate for This Server</source>
        <translation>Diesem Zertifikat für diesen Server &amp;vertrauen</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Enter the server address as http://host:port or https://host.</source>
        <translation>Geben Sie die Serveradresse als http://host:port oder https://host ein.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>A user name cannot contain “:”: HTTP Basic authentication could never send it.</source>
        <translation>Ein Benutzername darf kein „:“ enthalten: Die HTTP-Basic-Authentifizierung könnte ihn nie übertragen.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1 …</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Subject: %1 (%2)
Issuer: %3 (%4)
Valid: %5 to %6
SHA-256: %7</source>
        <translation>Inhaber: %1 (%2)
Aussteller: %3 (%4)
Gültig: %5 bis %6
SHA-256: %7</translation>
    </message>
    <message>
        <source>To sign in anyway, type the server&apos;s host name, %1, and allow unencrypted HTTP. A warning stays visible while you are connected this way.</source>
        <translation>Um sich trotzdem anzumelden, geben Sie den Hostnamen des Servers ein, %1, und erlauben Sie unverschlüsseltes HTTP. Solange Sie so verbunden sind, bleibt eine Warnung sichtbar.</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>The user name of your account on this server</source>
        <translation>Der Benutzername Ihres Kontos auf diesem Server</translation>
    </message>
    <message>
        <source>The password of your account on this server</source>
        <translation>Das Passwort Ihres Kontos auf diesem Server</translation>
    </message>
    <message>
        <source>Shows the password as plain text</source>
        <translation>Zeigt das Passwort im Klartext</translation>
    </message>
    <message>
        <source>Type the host name shown above to allow unencrypted HTTP to it</source>
        <translation>Geben Sie den oben gezeigten Hostnamen ein, um unverschlüsseltes HTTP zu diesem Host zu erlauben</translation>
    </message>
    <message>
        <source>Signs in over unencrypted HTTP to this host from now on</source>
        <translation>Meldet sich ab jetzt über unverschlüsseltes HTTP bei diesem Host an</translation>
    </message>
    <message>
        <source>Subject, issuer, validity and SHA-256 fingerprint of the certificate the server presented</source>
        <translation>Inhaber, Aussteller, Gültigkeit und SHA-256-Fingerabdruck des Zertifikats, das der Server vorgelegt hat</translation>
    </message>
    <message>
        <source>Pins the certificate shown above for this server only and signs in</source>
        <translation>Hinterlegt das oben gezeigte Zertifikat nur für diesen Server als vertrauenswürdig und meldet sich an</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Nobody vouches for the certificate of %1 (it may be self-signed). Check its fingerprint with the server&apos;s administrator before you trust it.</source>
        <translation>Niemand bürgt für das Zertifikat von %1 (es ist möglicherweise selbst signiert). Prüfen Sie seinen Fingerabdruck mit der Administration des Servers, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>%1 does not use SkyPilot&apos;s own user accounts (basic auth is off), so there are no users for SkyUsers to manage. Start the server with basic auth enabled.</source>
        <translation>%1 verwendet nicht die eigenen Benutzerkonten von SkyPilot (Basic Auth ist aus), daher gibt es keine Benutzer, die SkyUsers verwalten könnte. Starten Sie den Server mit aktivierter Basic Auth.</translation>
    </message>
    <message>
        <source>%1 trusts every connection from this computer without a password, so it cannot tell who you are: SkyUsers would act as an anonymous administrator. Connect through the server&apos;s proxy (for example nginx) instead.</source>
        <translation>%1 vertraut jeder Verbindung von diesem Computer ohne Passwort und kann daher nicht erkennen, wer Sie sind: SkyUsers würde als anonymer Administrator handeln. Verbinden Sie sich stattdessen über den Proxy des Servers (zum Beispiel nginx).</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password. Check them and try again.</source>
        <translation>Der Server hat Benutzername oder Passwort nicht akzeptiert. Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>SkyPilotApi</name>
    <message>
        <source>expected no data but got something else</source>
        <translation>keine Daten erwartet, aber etwas anderes erhalten</translation>
    </message>
</context>
<context>
    <name>SpreadsheetExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>TransportPolicy</name>
    <message>
        <source>Use an http:// or https:// address.</source>
        <translation>Verwenden Sie eine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <source>%1 is not encrypted (http://), so your password would cross the network readable by anyone on the way. Use https://, or allow unencrypted HTTP for this server below if you accept that.</source>
        <translation>%1 ist nicht verschlüsselt (http://), Ihr Passwort ginge also für jeden auf dem Weg lesbar durch das Netzwerk. Verwenden Sie https://, oder erlauben Sie unten unverschlüsseltes HTTP für diesen Server, wenn Sie das hinnehmen.</translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <source>This server has no users yet.</source>
        <translation>Dieser Server hat noch keine Benutzer.</translation>
    </message>
    <message>
        <source>The users could not be loaded: %1</source>
        <translation>Die Benutzer konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>You are removing your own admin role. You will no longer be able to manage users, and only another admin can give it back.</source>
        <translation>Sie entfernen Ihre eigene Admin-Rolle. Sie können dann keine Benutzer mehr verwalten, und nur ein anderer Admin kann sie Ihnen zurückgeben.</translation>
    </message>
    <message>
        <source>No admin who can sign in would be left. Nobody could manage users until the server is reconfigured.</source>
        <translation>Es bliebe kein Admin übrig, der sich anmelden kann. Niemand könnte Benutzer verwalten, bis der Server neu eingerichtet ist.</translation>
    </message>
    <message>
        <source>Make %1 %2?</source>
        <translation>%1 zu %2 machen?</translation>
    </message>
    <message>
        <source>Confirm Role Change</source>
        <translation>Rollenänderung bestätigen</translation>
    </message>
    <message>
        <source>Someone else changed the role of %1 from %2 to %3 since the list was loaded. Your change to %4 was not sent; the table now shows the server&apos;s role.</source>
        <translation>Jemand anderes hat die Rolle von %1 seit dem Laden der Liste von %2 auf %3 geändert. Ihre Änderung auf %4 wurde nicht gesendet; die Tabelle zeigt jetzt die Rolle laut Server.</translation>
    </message>
    <message>
        <source>Role Changed Meanwhile</source>
        <translation>Rolle inzwischen geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n role change(s) are waiting for the server.</source>
        <translation>
            <numerusform>%n Rollenänderung wartet auf den Server.</numerusform>
            <numerusform>%n Rollenänderungen warten auf den Server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1 is %2 again.</source>
        <translation>Rückgängig gemacht: %1 ist wieder %2.</translation>
    </message>
    <message>
        <source>%1 is now %2. Undo with Ctrl+Z.</source>
        <translation>%1 ist jetzt %2. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>The role of %1 was not changed: %2</source>
        <translation>Die Rolle von %1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>The selected users already have that role.</source>
        <translation>Die ausgewählten Benutzer haben diese Rolle bereits.</translation>
    </message>
    <message numerus="yes">
        <source>Change the role of %n user(s)?</source>
        <translation>
            <numerusform>Die Rolle von %n Benutzer ändern?</numerusform>
            <numerusform>Die Rolle von %n Benutzern ändern?</numerusform>
        </translation>
    </message>
    <message>
        <source>Change roles</source>
        <translation>Rollen ändern</translation>
    </message>
    <message numerus="yes">
        <source>Making %n user(s) %1…</source>
        <translation>
            <numerusform>%n Benutzer wird zu %1 …</numerusform>
            <numerusform>%n Benutzer werden zu %1 …</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the server to answer about %1.</source>
        <translation>Warten auf die Antwort des Servers zu %1.</translation>
    </message>
    <message>
        <source>The role change of %1 cannot be undone: the user is gone or has a change waiting.</source>
        <translation>Die Rollenänderung von %1 kann nicht rückgängig gemacht werden: Der Benutzer ist weg oder hat eine wartende Änderung.</translation>
    </message>
    <message>
        <source>&amp;Undo Role Change of %1</source>
        <translation>Rollenänderung von %1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Created %1 as %2.</source>
        <translation>%1 als %2 angelegt.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Das Passwort von %1 wurde zurückgesetzt.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <source>Delete users</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n user(s)…</source>
        <translation>
            <numerusform>%n Benutzer wird gelöscht …</numerusform>
            <numerusform>%n Benutzer werden gelöscht …</numerusform>
        </translation>
    </message>
    <message>
        <source>Change &amp;Role</source>
        <translation>&amp;Rolle ändern</translation>
    </message>
    <message>
        <source>&amp;Make %1 Anyway</source>
        <translation>&amp;Trotzdem zu %1 machen</translation>
    </message>
    <message>
        <source>Goes ahead despite the warning</source>
        <translation>Fährt trotz der Warnung fort</translation>
    </message>
    <message>
        <source>Change &amp;Roles</source>
        <translation>&amp;Rollen ändern</translation>
    </message>
</context>
<context>
    <name>UserCsvMapper</name>
    <message>
        <source>the file is empty; it needs a header line naming the columns %1.</source>
        <translation>die Datei ist leer; sie braucht eine Kopfzeile mit den Spalten %1.</translation>
    </message>
    <message>
        <source>the header has no column named %1 (it has: %2).</source>
        <translation>die Kopfzeile hat keine Spalte namens %1 (sie hat: %2).</translation>
    </message>
    <message>
        <source>the header names the column %1 more than once.</source>
        <translation>die Kopfzeile nennt die Spalte %1 mehr als einmal.</translation>
    </message>
    <message>
        <source>the username is empty.</source>
        <translation>der Benutzername ist leer.</translation>
    </message>
    <message>
        <source>the password is empty.</source>
        <translation>das Passwort ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>this row has %n field(s), but the header has %1.</source>
        <translation>
            <numerusform>diese Zeile hat %n Feld, die Kopfzeile aber %1.</numerusform>
            <numerusform>diese Zeile hat %n Felder, die Kopfzeile aber %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>The user no longer exists; another admin may have deleted it.</source>
        <translation>Der Benutzer existiert nicht mehr; möglicherweise hat ein anderer Admin ihn gelöscht.</translation>
    </message>
</context>
<context>
    <name>UserTableDelegate</name>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>%1 (saving…)</source>
        <translation>%1 (wird gespeichert …)</translation>
    </message>
    <message>
        <source>Choosing a role sends the change to the server at once; Escape keeps the role</source>
        <translation>Die Wahl einer Rolle sendet die Änderung sofort an den Server; Esc behält die bisherige Rolle</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>SSO</source>
        <translation>SSO</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Legacy</source>
        <translation>Altkonto</translation>
    </message>
    <message>
        <source>This is an internal user of the API server; it cannot be changed.</source>
        <translation>Dies ist ein interner Benutzer des API-Servers; er kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
</context>
<context>
    <name>UsernameRules</name>
    <message>
        <source>Enter a user name.</source>
        <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>A user name cannot contain “:”: HTTP Basic authentication could never send it.</source>
        <translation>Ein Benutzername darf kein „:“ enthalten: Die HTTP-Basic-Authentifizierung könnte ihn nie übertragen.</translation>
    </message>
    <message>
        <source>A user name cannot contain control or invisible characters (found U+%1).</source>
        <translation>Ein Benutzername darf keine Steuer- oder unsichtbaren Zeichen enthalten (gefunden: U+%1).</translation>
    </message>
    <message>
        <source>A user name cannot start or end with a space. Remove the spaces at its start or end.</source>
        <translation>Ein Benutzername darf nicht mit einem Leerzeichen beginnen oder enden. Entfernen Sie die Leerzeichen am Anfang oder Ende.</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>Filter by name or user ID (Ctrl+F)</source>
        <translation>Nach Name oder Benutzer-ID filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter users by name or user ID</source>
        <translation>Benutzer nach Name oder Benutzer-ID filtern</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Show only users with this role</source>
        <translation>Nur Benutzer mit dieser Rolle zeigen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message numerus="yes">
        <source>No user matches the filter. Clear it (Esc in the filter box) to see all %n user(s).</source>
        <translation>
            <numerusform>Kein Benutzer passt zum Filter. Leeren Sie ihn (Esc im Filterfeld), um den einen Benutzer zu sehen.</numerusform>
            <numerusform>Kein Benutzer passt zum Filter. Leeren Sie ihn (Esc im Filterfeld), um alle %n Benutzer zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Lists only the users whose name or user ID contains this text; Escape clears it</source>
        <translation>Führt nur die Benutzer auf, deren Name oder Benutzer-ID diesen Text enthält; Esc leert das Feld</translation>
    </message>
    <message>
        <source>Lists only the users with the chosen role, or everyone</source>
        <translation>Führt nur die Benutzer mit der gewählten Rolle auf, oder alle</translation>
    </message>
    <message>
        <source>One user per row. Arrow keys move; F2 changes the role (admins); the Menu key or Shift+F10 opens the actions for the selected users</source>
        <translation>Ein Benutzer pro Zeile. Die Pfeiltasten bewegen; F2 ändert die Rolle (Admins); die Menütaste oder Umschalt+F10 öffnet die Aktionen für die ausgewählten Benutzer</translation>
    </message>
</context>
<context>
    <name>WorkProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stops the work; changes already sent may still be applied</source>
        <translation>Hält die Arbeit an; bereits gesendete Änderungen werden möglicherweise trotzdem übernommen</translation>
    </message>
</context>
</TS>
