<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessRules</name>
    <message>
        <source>%1 must be a list.</source>
        <translation>%1 muss eine Liste sein.</translation>
    </message>
    <message>
        <source>%1 “%2” is not allowed; use %3.</source>
        <translation>%1 „%2“ ist nicht erlaubt; verwenden Sie %3.</translation>
    </message>
    <message>
        <source>“enabled” must be true or false.</source>
        <translation>„enabled“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>must be an object of feature settings.</source>
        <translation>muss ein Objekt mit Funktionseinstellungen sein.</translation>
    </message>
    <message>
        <source>unknown feature “%1”; use %2.</source>
        <translation>unbekannte Funktion „%1“; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>%1 role</source>
        <translation>Rolle für %1</translation>
    </message>
    <message>
        <source>%1 minimum project access level must be View, Upload or Edit.</source>
        <translation>%1: Die minimale Projektzugriffsstufe muss View, Upload oder Edit sein.</translation>
    </message>
    <message>
        <source>must be an object of page settings.</source>
        <translation>muss ein Objekt mit Seiteneinstellungen sein.</translation>
    </message>
    <message>
        <source>unknown page “%1”; only the summary page can be configured.</source>
        <translation>unbekannte Seite „%1“; nur die Seite „summary“ kann eingestellt werden.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Could not reach the server</source>
        <translation>Der Server ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The server refused the API key or this key may not use this function (HTTP %1)</source>
        <translation>Der Server hat den API-Schlüssel abgelehnt, oder dieser Schlüssel darf diese Funktion nicht nutzen (HTTP %1)</translation>
    </message>
    <message>
        <source>Not found on the server (HTTP 404)</source>
        <translation>Auf dem Server nicht gefunden (HTTP 404)</translation>
    </message>
    <message>
        <source>The server rejected the input (HTTP %1)</source>
        <translation>Der Server hat die Eingabe abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>The server is limiting requests (HTTP 429); try again shortly</source>
        <translation>Der Server begrenzt die Anfragen (HTTP 429); versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>The server had an error (HTTP %1)</source>
        <translation>Auf dem Server ist ein Fehler aufgetreten (HTTP %1)</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Refused for safety</source>
        <translation>Aus Sicherheitsgründen abgelehnt</translation>
    </message>
    <message>
        <source>The request was refused (HTTP %1)</source>
        <translation>Die Anfrage wurde abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>
The request may have reached the server before the connection failed.</source>
        <translation>
Die Anfrage hat den Server möglicherweise erreicht, bevor die Verbindung abbrach.</translation>
    </message>
</context>
<context>
    <name>ApiKeyDialog</name>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation>API-Schlüssel für %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) needs its Self-Service API key.&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) braucht seinen Self-Service-API-Schlüssel.&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <source>No API key is stored for this connection.</source>
        <translation>Für diese Verbindung ist kein API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain could not be used: %1</source>
        <translation>Der Schlüsselbund des Systems konnte nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>AuditLogEntry</name>
    <message>
        <source>Project update</source>
        <translation>Projektänderung</translation>
    </message>
    <message>
        <source>Retest request</source>
        <translation>Retest-Anforderung</translation>
    </message>
    <message>
        <source>Retest round %1 cancel</source>
        <translation>Retest-Runde %1 abgebrochen</translation>
    </message>
    <message>
        <source>Retest round %1 complete</source>
        <translation>Retest-Runde %1 abgeschlossen</translation>
    </message>
    <message>
        <source>Retest round %1 update</source>
        <translation>Retest-Runde %1 geändert</translation>
    </message>
</context>
<context>
    <name>BaseUrlPolicy</name>
    <message>
        <source>Server URL: enter an address like https://acme.attackforge.com.</source>
        <translation>Server-URL: Geben Sie eine Adresse wie https://acme.attackforge.com ein.</translation>
    </message>
    <message>
        <source>Server URL: HTTPS is required; plain HTTP would expose the API key (it is allowed only for this computer).</source>
        <translation>Server-URL: HTTPS ist erforderlich; unverschlüsseltes HTTP würde den API-Schlüssel preisgeben (es ist nur für diesen Computer erlaubt).</translation>
    </message>
    <message>
        <source>Server URL: use an https:// address.</source>
        <translation>Server-URL: Verwenden Sie eine https://-Adresse.</translation>
    </message>
</context>
<context>
    <name>BulkRetestDialog</name>
    <message>
        <source>&amp;Request retests</source>
        <translation>Retests an&amp;fordern</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>&amp;Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Window start</source>
        <translation>Zeitraum ab</translation>
    </message>
    <message>
        <source>Window end</source>
        <translation>Zeitraum bis</translation>
    </message>
    <message>
        <source>Stop after the project being sent: the others are not started</source>
        <translation>Nach dem gerade gesendeten Projekt anhalten: die übrigen werden nicht begonnen</translation>
    </message>
    <message>
        <source>Send again only the projects that failed</source>
        <translation>Nur die fehlgeschlagenen Projekte erneut senden</translation>
    </message>
    <message>
        <source>Window &amp;start</source>
        <translation>Zeitraum &amp;ab</translation>
    </message>
    <message>
        <source>Window &amp;end</source>
        <translation>Zeitraum &amp;bis</translation>
    </message>
    <message>
        <source>Include at least one project.</source>
        <translation>Wählen Sie mindestens ein Projekt aus.</translation>
    </message>
    <message>
        <source>%1 requested · %2 failed · %3 skipped · %4 not started</source>
        <translation>%1 angefordert · %2 fehlgeschlagen · %3 übersprungen · %4 nicht begonnen</translation>
    </message>
    <message numerus="yes">
        <source>Request retests for %n projects</source>
        <translation>
            <numerusform>Retest für %n Projekt anfordern</numerusform>
            <numerusform>Retests für %n Projekte anfordern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n projects included</source>
        <translation>
            <numerusform>%1 von %n Projekt ausgewählt</numerusform>
            <numerusform>%1 von %n Projekten ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Projects and their findings</source>
        <translation>Projekte und ihre Befunde</translation>
    </message>
    <message>
        <source>Right arrow expands a project to its findings ready for retest; Space ticks or unticks.</source>
        <translation>Pfeil nach rechts klappt ein Projekt zu seinen Befunden auf, die für den Retest bereit sind; die Leertaste hakt an oder ab.</translation>
    </message>
    <message>
        <source>Each ticked project gets one round with this window, covering the findings ticked under it: expand a project to see its vulnerabilities in Retest status, all ticked at first. Projects are sent one after the other.</source>
        <translation>Jedes angehakte Projekt erhält eine Runde mit diesem Zeitraum, die die darunter angehakten Befunde umfasst: Klappen Sie ein Projekt auf, um seine Schwachstellen im Status „Retest“ zu sehen; anfangs sind alle angehakt. Die Projekte werden nacheinander gesendet.</translation>
    </message>
    <message>
        <source>Could not load its findings: %1</source>
        <translation>Die Befunde konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>BulkRetestModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Loading vulnerabilities…</source>
        <translation>Schwachstellen werden geladen …</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
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
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n finding(s) ticked</source>
        <translation>
            <numerusform>%1, %2 von %n Befund angehakt</numerusform>
            <numerusform>%1, %2 von %n Befunden angehakt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>Nicht ausgewählt</translation>
    </message>
    <message>
        <source>%1, %2, in %3</source>
        <translation>%1, %2, in %3</translation>
    </message>
    <message>
        <source>Project / finding</source>
        <translation>Projekt / Befund</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Schwachstellen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>BulkRetestRun</name>
    <message>
        <source>Not included</source>
        <translation>Nicht ausgewählt</translation>
    </message>
    <message>
        <source>Stopped before it started</source>
        <translation>Vor dem Beginn angehalten</translation>
    </message>
    <message>
        <source>The earlier attempt&apos;s outcome was unknown.</source>
        <translation>Das Ergebnis des früheren Versuchs war unbekannt.</translation>
    </message>
    <message>
        <source>Could not load vulnerabilities: %1</source>
        <translation>Die Schwachstellen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No vulnerability in Retest status</source>
        <translation>Keine Schwachstelle im Status „Retest“</translation>
    </message>
    <message>
        <source>%1 Unknown whether the round was created (checking failed: %2); a retry checks first.</source>
        <translation>%1 Unbekannt, ob die Runde angelegt wurde (die Prüfung schlug fehl: %2); eine Wiederholung prüft zuerst.</translation>
    </message>
    <message>
        <source>Round %1 exists with this window (the answer was lost: %2)</source>
        <translation>Runde %1 mit diesem Zeitraum existiert (die Antwort ging verloren: %2)</translation>
    </message>
    <message>
        <source>%1 The round was not created.</source>
        <translation>%1 Die Runde wurde nicht angelegt.</translation>
    </message>
    <message>
        <source> (could not re-read the project)</source>
        <translation> (das Projekt konnte nicht erneut gelesen werden)</translation>
    </message>
    <message>
        <source>Requested more than once: rounds %1 have this window; cancel the extra ones.</source>
        <translation>Mehrfach angefordert: die Runden %1 haben diesen Zeitraum; brechen Sie die überzähligen ab.</translation>
    </message>
    <message>
        <source>No finding ticked</source>
        <translation>Kein Befund angehakt</translation>
    </message>
</context>
<context>
    <name>CaCertificateFile</name>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Die CA-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a CA certificate file (PEM).</source>
        <translation>%1 ist keine CA-Zertifikatsdatei (PEM).</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (expected -----BEGIN CERTIFICATE-----).</source>
        <translation>%1 enthält kein PEM-Zertifikat (erwartet: -----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source> — EXPIRED on %1</source>
        <translation> — ABGELAUFEN am %1</translation>
    </message>
    <message>
        <source> — expires %1</source>
        <translation> — läuft ab am %1</translation>
    </message>
</context>
<context>
    <name>CaCertificatePicker</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Private CA</source>
        <translation>Private CA</translation>
    </message>
    <message>
        <source>PEM certificate file of an on-premises certificate authority</source>
        <translation>PEM-Zertifikatsdatei einer eigenen (On-Premises-)Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Optional: PEM file of an on-premises CA</source>
        <translation>Optional: PEM-Datei einer eigenen CA</translation>
    </message>
    <message>
        <source>Choose the private CA certificate file</source>
        <translation>Die Zertifikatsdatei der privaten CA auswählen</translation>
    </message>
    <message>
        <source>Private CA certificate</source>
        <translation>Zertifikat der privaten CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CA file: </source>
        <translation>CA-Datei: </translation>
    </message>
    <message>
        <source>Only the system&apos;s trusted CAs are used.</source>
        <translation>Es werden nur die vertrauenswürdigen CAs des Systems verwendet.</translation>
    </message>
    <message>
        <source>
Trusted only for %1, never for another server.</source>
        <translation>
Nur für %1 vertrauenswürdig, nie für einen anderen Server.</translation>
    </message>
    <message>
        <source>this connection&apos;s server</source>
        <translation>den Server dieser Verbindung</translation>
    </message>
</context>
<context>
    <name>CalendarEntry</name>
    <message>
        <source>%1 — retest round %2</source>
        <translation>%1 — Retest-Runde %2</translation>
    </message>
</context>
<context>
    <name>CalendarSpeech</name>
    <message>
        <source>no items</source>
        <translation>keine Einträge</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>en</source>
        <comment>locale of the spoken day and month names</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format, e.g. 1 March 2030</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date format, e.g. Monday 14 December 2026</comment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>from %1, open-ended</source>
        <translation>ab %1, ohne Ende</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>retest round %1</source>
        <translation>Retest-Runde %1</translation>
    </message>
    <message>
        <source>project dates</source>
        <translation>Projektzeitraum</translation>
    </message>
    <message>
        <source>, on hold</source>
        <translation>, pausiert</translation>
    </message>
</context>
<context>
    <name>ChoiceFieldEditor</name>
    <message>
        <source>Not returned by the server</source>
        <translation>Vom Server nicht geliefert</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (unbekannt)</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The project changed on the server</source>
        <translation>Das Projekt wurde auf dem Server geändert</translation>
    </message>
    <message>
        <source>Someone saved this project after you opened it. Their changes:</source>
        <translation>Jemand hat dieses Projekt gespeichert, nachdem Sie es geöffnet haben. Die Änderungen:</translation>
    </message>
    <message>
        <source>Changes on the server</source>
        <translation>Änderungen auf dem Server</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Beim Öffnen</translation>
    </message>
    <message>
        <source>Now on the server</source>
        <translation>Jetzt auf dem Server</translation>
    </message>
    <message>
        <source>You edited it</source>
        <translation>Von Ihnen bearbeitet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>(no field you can edit here changed)</source>
        <translation>(kein hier bearbeitbares Feld wurde geändert)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overwrite&lt;/b&gt;: send all your changes; where you both edited a field (%1), yours replaces theirs.&lt;br&gt;&lt;b&gt;Keep theirs&lt;/b&gt;: do not send your changes to the fields they edited; send the rest.&lt;br&gt;&lt;b&gt;Reload&lt;/b&gt;: show their version and keep your changes to the fields they did not edit; for %1 their values are shown (Redo brings yours back).</source>
        <translation>&lt;b&gt;Überschreiben&lt;/b&gt;: alle Ihre Änderungen senden; wo Sie beide ein Feld bearbeitet haben (%1), ersetzt Ihre Fassung die andere.&lt;br&gt;&lt;b&gt;Deren behalten&lt;/b&gt;: Ihre Änderungen an den dort bearbeiteten Feldern nicht senden, den Rest schon.&lt;br&gt;&lt;b&gt;Neu laden&lt;/b&gt;: die andere Fassung zeigen und Ihre Änderungen an den dort nicht bearbeiteten Feldern behalten; für %1 werden deren Werte gezeigt (Wiederholen holt Ihre zurück).</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Deren behalten</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ConnectionRemoval</name>
    <message>
        <source>• its stored API key (system keychain)</source>
        <translation>• ihr gespeicherter API-Schlüssel (Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>• the offline copy of its project list (%1)</source>
        <translation>• die Offline-Kopie ihrer Projektliste (%1)</translation>
    </message>
    <message>
        <source>Remove “%1” (%2)?

This deletes from this computer:
%3

Projects on the server are not changed.</source>
        <translation>„%1“ (%2) entfernen?

Das löscht auf diesem Computer:
%3

Projekte auf dem Server bleiben unverändert.</translation>
    </message>
    <message>
        <source>These could not be deleted:
</source>
        <translation>Folgendes konnte nicht gelöscht werden:
</translation>
    </message>
    <message>
        <source>1 draft of unsaved changes</source>
        <translation>1 Entwurf mit ungespeicherten Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n drafts of unsaved changes</source>
        <translation>
            <numerusform>%n Entwurf mit ungespeicherten Änderungen</numerusform>
            <numerusform>%n Entwürfe mit ungespeicherten Änderungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ACME production</source>
        <translation>ACME Produktion</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>HTTPS is required; plain HTTP is accepted only for this computer (loopback).</source>
        <translation>HTTPS ist erforderlich; einfaches HTTP wird nur für diesen Computer (Loopback) angenommen.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Leer lassen, um den gespeicherten Schlüssel zu behalten</translation>
    </message>
    <message>
        <source>New connection note</source>
        <translation>Hinweis zur neuen Verbindung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Server &amp;URL</source>
        <translation>Server-&amp;URL</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <source>Private &amp;CA</source>
        <translation>Private &amp;CA</translation>
    </message>
    <message>
        <source>Name: give the connection a name.</source>
        <translation>Name: Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>This is another server than %1. Saving creates a new connection, which needs its own API key; “%2” stays as it was, with its key, drafts and offline list.</source>
        <translation>Das ist ein anderer Server als %1. Speichern legt eine neue Verbindung an, die einen eigenen API-Schlüssel braucht; „%2“ bleibt, wie sie war, mit Schlüssel, Entwürfen und Offline-Liste.</translation>
    </message>
    <message>
        <source>Paste the Self-Service API key</source>
        <translation>Den Self-Service-API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>&amp;Save as new</source>
        <translation>Als &amp;neu speichern</translation>
    </message>
    <message>
        <source>Key not stored</source>
        <translation>Schlüssel nicht gespeichert</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Connection data not fully removed</source>
        <translation>Verbindungsdaten nicht vollständig entfernt</translation>
    </message>
    <message>
        <source>Remove and delete</source>
        <translation>Entfernen und löschen</translation>
    </message>
</context>
<context>
    <name>DayEntriesModel</name>
    <message>
        <source>no end date</source>
        <translation>kein Enddatum</translation>
    </message>
    <message>
        <source> · on hold</source>
        <translation> · pausiert</translation>
    </message>
    <message>
        <source>Activate (double-click or Enter) to open the project</source>
        <translation>Aktivieren (Doppelklick oder Eingabe), um das Projekt zu öffnen</translation>
    </message>
    <message>
        <source>Project %1 → %2%3</source>
        <translation>Projekt %1 → %2%3</translation>
    </message>
</context>
<context>
    <name>DiffPreviewDialog</name>
    <message>
        <source>Review changes</source>
        <translation>Änderungen prüfen</translation>
    </message>
    <message>
        <source>This change will be sent to the server:</source>
        <translation>Diese Änderung wird an den Server gesendet:</translation>
    </message>
    <message numerus="yes">
        <source>These %n changes will be sent to the server:</source>
        <translation>
            <numerusform>Diese %n Änderung wird an den Server gesendet:</numerusform>
            <numerusform>Diese %n Änderungen werden an den Server gesendet:</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>DraftProblemNotifier</name>
    <message>
        <source>Draft could not be read</source>
        <translation>Entwurf konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>A draft of unsaved changes could not be read (%1), so it was not offered back.

It was moved aside to:
%2

It may still hold edits you want to copy by hand.</source>
        <translation>Ein Entwurf mit ungespeicherten Änderungen konnte nicht gelesen werden (%1) und wurde daher nicht wieder angeboten.

Er wurde verschoben nach:
%2

Er kann noch Änderungen enthalten, die Sie von Hand übernehmen möchten.</translation>
    </message>
</context>
<context>
    <name>EmailListEditor</name>
    <message>
        <source>New address:</source>
        <translation>Neue Adresse:</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>Neue Adresse</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove selected addresses</source>
        <translation>Ausgewählte Adressen entfernen</translation>
    </message>
    <message>
        <source>%1: “%2” is not an e-mail address.</source>
        <translation>%1: „%2“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1: “%2” is already in the list.</source>
        <translation>%1: „%2“ steht schon in der Liste.</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>Keine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>EventsClient</name>
    <message>
        <source>the secure connection could not be verified (%1)</source>
        <translation>die sichere Verbindung konnte nicht überprüft werden (%1)</translation>
    </message>
</context>
<context>
    <name>FeatureAccessEditor</name>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Minimum access level</source>
        <translation>Mindest-Zugriffsstufe</translation>
    </message>
</context>
<context>
    <name>FieldEditCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved yet.</source>
        <translation>%1 hat noch nicht gespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Revert %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
    <message>
        <source>Revert %1 to the value loaded from the server.</source>
        <translation>%1 auf den vom Server geladenen Wert zurücksetzen.</translation>
    </message>
</context>
<context>
    <name>HoldHistoryTable</name>
    <message>
        <source>Hold history</source>
        <translation>Verlauf der Pausierungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Hold history (none)</source>
        <translation>Verlauf der Pausierungen (keiner)</translation>
    </message>
</context>
<context>
    <name>HttpCall</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>HttpClassifier</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>keine vollständige Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the answer is larger than %1</source>
        <translation>die Antwort ist größer als %1</translation>
    </message>
    <message>
        <source>the secure connection could not be verified (%1)</source>
        <translation>die sichere Verbindung konnte nicht überprüft werden (%1)</translation>
    </message>
    <message>
        <source>the connection closed before the server answered</source>
        <translation>die Verbindung wurde geschlossen, bevor der Server antwortete</translation>
    </message>
    <message>
        <source>the server redirected without saying where to</source>
        <translation>der Server hat umgeleitet, ohne das Ziel zu nennen</translation>
    </message>
    <message>
        <source>the server redirected to another origin (%1); the request was not followed there so the API key stays with %2</source>
        <translation>der Server hat auf einen anderen Ursprung umgeleitet (%1); die Anfrage wurde dorthin nicht weitergeleitet, damit der API-Schlüssel bei %2 bleibt</translation>
    </message>
    <message>
        <source>the server redirected this request to %1; it was not sent there because it must not be sent twice</source>
        <translation>der Server hat diese Anfrage nach %1 umgeleitet; sie wurde nicht dorthin gesendet, weil sie nicht zweimal gesendet werden darf</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>zu viele Umleitungen</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>sie ist kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>ein JSON-Objekt wurde erwartet</translation>
    </message>
    <message>
        <source>the server asked to wait %1</source>
        <translation>der Server bittet, %1 zu warten</translation>
    </message>
</context>
<context>
    <name>IcsExporter</name>
    <message>
        <source>Retest round %1: %2</source>
        <translation>Retest-Runde %1: %2</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source> (open-ended)</source>
        <translation> (ohne Ende)</translation>
    </message>
    <message>
        <source>Project code: %1</source>
        <translation>Projektcode: %1</translation>
    </message>
    <message>
        <source>Project id: %1</source>
        <translation>Projekt-ID: %1</translation>
    </message>
    <message>
        <source>Vulnerabilities in scope: %1</source>
        <translation>Schwachstellen im Umfang: %1</translation>
    </message>
    <message>
        <source>Open-ended: the retest window has no end date; shown on its start day only.</source>
        <translation>Ohne Ende: Der Retest-Zeitraum hat kein Enddatum; er wird nur an seinem ersten Tag gezeigt.</translation>
    </message>
    <message>
        <source>Open-ended: the project has no end date; shown on its start day only.</source>
        <translation>Ohne Ende: Das Projekt hat kein Enddatum; es wird nur an seinem ersten Tag gezeigt.</translation>
    </message>
</context>
<context>
    <name>IcsFileSaver</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export calendar (.ics)</source>
        <translation>Kalender exportieren (.ics)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
</context>
<context>
    <name>IdListEditor</name>
    <message>
        <source> (a group you cannot see; kept)</source>
        <translation> (eine für Sie unsichtbare Gruppe; bleibt erhalten)</translation>
    </message>
    <message>
        <source>No groups loaded</source>
        <translation>Keine Gruppen geladen</translation>
    </message>
</context>
<context>
    <name>KeyValueDelegate</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>KeyValueModel</name>
    <message>
        <source>A key is required.</source>
        <translation>Ein Schlüssel ist erforderlich.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>KeyValueTableEditor</name>
    <message>
        <source>Add entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>Live updates status</source>
        <translation>Status der Live-Aktualisierung</translation>
    </message>
    <message>
        <source>A live update could not be loaded: </source>
        <translation>Eine Live-Aktualisierung konnte nicht geladen werden: </translation>
    </message>
    <message>
        <source>Live updates: off</source>
        <translation>Live-Aktualisierung: aus</translation>
    </message>
    <message>
        <source>Live updates: connecting…</source>
        <translation>Live-Aktualisierung: verbindet…</translation>
    </message>
    <message>
        <source>Live updates: reconnecting…</source>
        <translation>Live-Aktualisierung: verbindet erneut…</translation>
    </message>
    <message>
        <source>Live updates: off (not granted)</source>
        <translation>Live-Aktualisierung: aus (nicht freigegeben)</translation>
    </message>
    <message>
        <source>Live updates: off (refused)</source>
        <translation>Live-Aktualisierung: aus (abgelehnt)</translation>
    </message>
    <message>
        <source>Live updates: on</source>
        <translation>Live-Aktualisierung: an</translation>
    </message>
    <message>
        <source>Live updates: on for </source>
        <translation>Live-Aktualisierung: an für </translation>
    </message>
    <message>
        <source>This key may not receive project events; an administrator can grant them. F5 still reloads.</source>
        <translation>Dieser Schlüssel darf keine Projektereignisse empfangen; ein Administrator kann sie freigeben. F5 lädt weiterhin neu.</translation>
    </message>
    <message>
        <source>Live updates: off, %1</source>
        <translation>Live-Aktualisierung: aus, %1</translation>
    </message>
</context>
<context>
    <name>LoadProgressBar</name>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ForgeDesk</source>
        <translation>ForgeDesk</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>&amp;Retests</source>
        <translation>&amp;Retests</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>&amp;Project •</source>
        <translation>&amp;Projekt •</translation>
    </message>
    <message>
        <source>&amp;Reload projects</source>
        <translation>Projekte neu &amp;laden</translation>
    </message>
    <message>
        <source>Load the projects again from the server (F5)</source>
        <translation>Die Projekte erneut vom Server laden (F5)</translation>
    </message>
    <message>
        <source>&amp;Find project</source>
        <translation>Projekt &amp;suchen</translation>
    </message>
    <message>
        <source>Request retests for &amp;selected projects…</source>
        <translation>Retests für &amp;ausgewählte Projekte anfordern…</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>&amp;Manage connections…</source>
        <translation>Verbindungen &amp;verwalten…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Loading projects from %1…</source>
        <translation>Lade Projekte von %1…</translation>
    </message>
    <message>
        <source>● Connected to %1</source>
        <translation>● Verbunden mit %1</translation>
    </message>
    <message>
        <source>○ Offline — showing the copy of %1 saved earlier</source>
        <translation>○ Offline – zeige die früher gespeicherte Kopie von %1</translation>
    </message>
    <message>
        <source>✕ %1: connection failed</source>
        <translation>✕ %1: Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>ForgeDesk[*]</source>
        <translation>ForgeDesk[*]</translation>
    </message>
    <message>
        <source> — ForgeDesk[*]</source>
        <translation> – ForgeDesk[*]</translation>
    </message>
    <message>
        <source>Offline copy: these projects were saved when last loaded. Editing needs a connection.</source>
        <translation>Offline-Kopie: Diese Projekte wurden beim letzten Laden gespeichert. Bearbeiten braucht eine Verbindung.</translation>
    </message>
    <message>
        <source>Unsaved changes to “%1” are kept as a draft.</source>
        <translation>Ungespeicherte Änderungen an „%1“ bleiben als Entwurf erhalten.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>The key is used for this session only: </source>
        <translation>Der Schlüssel gilt nur für diese Sitzung: </translation>
    </message>
    <message>
        <source>Unsaved changes are kept as a draft and offered back next time.</source>
        <translation>Ungespeicherte Änderungen bleiben als Entwurf erhalten und werden beim nächsten Mal wieder angeboten.</translation>
    </message>
    <message>
        <source>“%1” could not be re-read: %2</source>
        <translation>„%1“ konnte nicht neu gelesen werden: %2</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>„%1“ wird geöffnet …</translation>
    </message>
    <message>
        <source>The project could not be opened: %1</source>
        <translation>Das Projekt konnte nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>MonthGridAccessible</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>1 retest window open</source>
        <translation>1 Retest-Zeitraum offen</translation>
    </message>
    <message numerus="yes">
        <source>%n retest windows open</source>
        <translation>
            <numerusform>%n Retest-Zeitraum offen</numerusform>
            <numerusform>%n Retest-Zeiträume offen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PagesAccessEditor</name>
    <message>
        <source>View</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Summary page enabled</source>
        <translation>Übersichtsseite aktiviert</translation>
    </message>
    <message>
        <source>Who may</source>
        <translation>Wer darf</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Project access levels</source>
        <translation>Projekt-Zugriffsstufen</translation>
    </message>
    <message>
        <source>access level</source>
        <translation>Zugriffsstufe</translation>
    </message>
</context>
<context>
    <name>PortfolioStreamsEditor</name>
    <message>
        <source>Portfolio / stream</source>
        <translation>Portfolio / Stream</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source> (a portfolio you cannot see; kept)</source>
        <translation> (ein für Sie unsichtbares Portfolio; bleibt erhalten)</translation>
    </message>
    <message>
        <source> (a stream you cannot see; kept)</source>
        <translation> (ein für Sie unsichtbarer Stream; bleibt erhalten)</translation>
    </message>
    <message>
        <source>No portfolios loaded</source>
        <translation>Keine Portfolios geladen</translation>
    </message>
</context>
<context>
    <name>ProjectDocument</name>
    <message>
        <source>Keep my changes after reload</source>
        <translation>Meine Änderungen nach dem Neuladen behalten</translation>
    </message>
    <message>
        <source>My changes to fields they also edited</source>
        <translation>Meine Änderungen an Feldern, die auch andere bearbeitet haben</translation>
    </message>
</context>
<context>
    <name>ProjectDraftStore</name>
    <message>
        <source>Cannot create the drafts folder %1.</source>
        <translation>Der Ordner für Entwürfe %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the draft %1: %2</source>
        <translation>Der Entwurf %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>not a draft of format version %1</source>
        <translation>kein Entwurf im Format der Version %1</translation>
    </message>
    <message>
        <source>; it could not be moved aside and is left in place</source>
        <translation>; er konnte nicht beiseitegelegt werden und bleibt, wo er ist</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Review and send the changes (Ctrl+S)</source>
        <translation>Die Änderungen prüfen und senden (Strg+S)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Rückgängig: %1 (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Wiederholen: %1 (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Revert all</source>
        <translation>Alles zurücksetzen</translation>
    </message>
    <message>
        <source>Go back to the project as it was loaded (Redo brings the changes back)</source>
        <translation>Zum Projekt wie geladen zurückkehren (Wiederholen holt die Änderungen zurück)</translation>
    </message>
    <message>
        <source>Opened “%1”.</source>
        <translation>„%1“ geöffnet.</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>You have unsaved changes to “%1” from %2 (%3). Restore them?</source>
        <translation>Sie haben ungespeicherte Änderungen an „%1“ vom %2 (%3). Wiederherstellen?</translation>
    </message>
    <message>
        <source>

The project has changed on the server since then; review the restored values before saving.</source>
        <translation>

Das Projekt wurde seitdem auf dem Server geändert; prüfen Sie die wiederhergestellten Werte vor dem Speichern.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discarded the stored changes.</source>
        <translation>Die gespeicherten Änderungen wurden verworfen.</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Restored your unsaved changes.</source>
        <translation>Ihre ungespeicherten Änderungen wurden wiederhergestellt.</translation>
    </message>
    <message>
        <source>&amp;Restore draft</source>
        <translation>Entwurf &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>Entwurf &amp;verwerfen</translation>
    </message>
    <message>
        <source>“%1” changed on the server by %2; showing the new version.</source>
        <translation>„%1“ wurde auf dem Server von %2 geändert; die neue Fassung wird gezeigt.</translation>
    </message>
    <message>
        <source>“%1” changed on the server by %2; your unsaved changes are kept.</source>
        <translation>„%1“ wurde auf dem Server von %2 geändert; Ihre ungespeicherten Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>1 field</source>
        <translation>1 Feld</translation>
    </message>
    <message numerus="yes">
        <source>%n fields</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectField</name>
    <message>
        <source>A list of e-mail addresses, e.g. soc@example.com.</source>
        <translation>Eine Liste von E-Mail-Adressen, z. B. soc@example.com.</translation>
    </message>
    <message>
        <source>Each entry needs a key and a value. Keys are letters, numbers and underscores only, and unique in the list.</source>
        <translation>Jeder Eintrag braucht einen Schlüssel und einen Wert. Schlüssel bestehen nur aus Buchstaben, Ziffern und Unterstrichen und sind in der Liste eindeutig.</translation>
    </message>
    <message>
        <source>Overwrites the project&apos;s created timestamp.</source>
        <translation>Überschreibt den Erstellungszeitpunkt des Projekts.</translation>
    </message>
    <message>
        <source>Not before the start date.</source>
        <translation>Nicht vor dem Startdatum.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The project&apos;s name; it cannot be empty.</source>
        <translation>Der Name des Projekts; er darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Project code.</source>
        <translation>Projektcode.</translation>
    </message>
    <message>
        <source>Organization code</source>
        <translation>Organisationscode</translation>
    </message>
    <message>
        <source>Project organization code.</source>
        <translation>Organisationscode des Projekts.</translation>
    </message>
    <message>
        <source>Vulnerability code</source>
        <translation>Schwachstellen-Code</translation>
    </message>
    <message>
        <source>Prefix for user-friendly vulnerability ids: 3 to 8 characters, unique per project.</source>
        <translation>Präfix für lesbare Schwachstellen-IDs: 3 bis 8 Zeichen, eindeutig je Projekt.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Scoring system</source>
        <translation>Bewertungssystem</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>CVSS v3.1</source>
        <translation>CVSS v3.1</translation>
    </message>
    <message>
        <source>Either Manual or CVSSv3.1.</source>
        <translation>Entweder Manual oder CVSSv3.1.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Groups linked to the project, picked from the tenant&apos;s groups.</source>
        <translation>Mit dem Projekt verknüpfte Gruppen, gewählt aus den Gruppen des Mandanten.</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Either Yes or No.</source>
        <translation>Entweder Yes oder No.</translation>
    </message>
    <message>
        <source>Reason for the hold status change</source>
        <translation>Grund für die Änderung des Pausenstatus</translation>
    </message>
    <message>
        <source>E-mailed to the project team with the status change; required when the hold status changes.</source>
        <translation>Wird mit der Statusänderung an das Projektteam gemailt; erforderlich, wenn sich der Pausenstatus ändert.</translation>
    </message>
    <message>
        <source>Team notifications</source>
        <translation>Team-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Retest</source>
        <translation>Retest</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wiedereröffnet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Any of critical, high, medium, low, info, retest, reopened, closed.</source>
        <translation>Beliebige aus critical, high, medium, low, info, retest, reopened, closed.</translation>
    </message>
    <message>
        <source>Admin notifications</source>
        <translation>Admin-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Any of retest, reopened, closed.</source>
        <translation>Beliebige aus retest, reopened, closed.</translation>
    </message>
    <message>
        <source>Forced e-mails</source>
        <translation>Erzwungene E-Mails</translation>
    </message>
    <message>
        <source>All e-mails</source>
        <translation>Alle E-Mails</translation>
    </message>
    <message>
        <source>Daily start/stop testing</source>
        <translation>Täglicher Test-Start/-Stopp</translation>
    </message>
    <message>
        <source>New critical vulnerability</source>
        <translation>Neue kritische Schwachstelle</translation>
    </message>
    <message>
        <source>New high vulnerability</source>
        <translation>Neue hohe Schwachstelle</translation>
    </message>
    <message>
        <source>New medium vulnerability</source>
        <translation>Neue mittlere Schwachstelle</translation>
    </message>
    <message>
        <source>New low vulnerability</source>
        <translation>Neue niedrige Schwachstelle</translation>
    </message>
    <message>
        <source>New info vulnerability</source>
        <translation>Neue Info-Schwachstelle</translation>
    </message>
    <message>
        <source>Vulnerability ready for retesting</source>
        <translation>Schwachstelle bereit zum Retest</translation>
    </message>
    <message>
        <source>Vulnerability reopened</source>
        <translation>Schwachstelle wiedereröffnet</translation>
    </message>
    <message>
        <source>Vulnerability closed</source>
        <translation>Schwachstelle geschlossen</translation>
    </message>
    <message>
        <source>Project role updated</source>
        <translation>Projektrolle geändert</translation>
    </message>
    <message>
        <source>Project hold</source>
        <translation>Projekt pausiert</translation>
    </message>
    <message>
        <source>Retest completed</source>
        <translation>Retest abgeschlossen</translation>
    </message>
    <message>
        <source>E-mails the project team cannot opt out of.</source>
        <translation>E-Mails, die das Projektteam nicht abbestellen kann.</translation>
    </message>
    <message>
        <source>SLA activation</source>
        <translation>SLA-Aktivierung</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Apply vulnerability SLAs automatically or manually.</source>
        <translation>Schwachstellen-SLAs automatisch oder manuell anwenden.</translation>
    </message>
    <message>
        <source>Start/stop testing e-mail</source>
        <translation>E-Mail zu Test-Start/-Stopp</translation>
    </message>
    <message>
        <source>Body of the daily start and stop testing notification.</source>
        <translation>Text der täglichen Benachrichtigung zu Test-Start und -Stopp.</translation>
    </message>
    <message>
        <source>Start/stop testing recipients</source>
        <translation>Empfänger zu Test-Start/-Stopp</translation>
    </message>
    <message>
        <source>New vulnerability e-mail type</source>
        <translation>Art der E-Mail zu neuen Schwachstellen</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Einzeln</translation>
    </message>
    <message>
        <source>Grouped</source>
        <translation>Gesammelt</translation>
    </message>
    <message>
        <source>Either individual or group; individual when not set.</source>
        <translation>Entweder individual oder group; ohne Angabe individual.</translation>
    </message>
    <message>
        <source>New vulnerability e-mail</source>
        <translation>E-Mail zu neuen Schwachstellen</translation>
    </message>
    <message>
        <source>Body of the new vulnerability notification.</source>
        <translation>Text der Benachrichtigung zu neuen Schwachstellen.</translation>
    </message>
    <message>
        <source>New vulnerability recipients</source>
        <translation>Empfänger zu neuen Schwachstellen</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Management-Zusammenfassung</translation>
    </message>
    <message>
        <source>Executive summary for the reports.</source>
        <translation>Management-Zusammenfassung für die Berichte.</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <source>Reporting custom fields</source>
        <translation>Benutzerdefinierte Berichtsfelder</translation>
    </message>
    <message>
        <source>Summary custom fields</source>
        <translation>Benutzerdefinierte Übersichtsfelder</translation>
    </message>
    <message>
        <source>Portfolio streams</source>
        <translation>Portfolio-Streams</translation>
    </message>
    <message>
        <source>Each stream must be part of its portfolio.</source>
        <translation>Jeder Stream muss zu seinem Portfolio gehören.</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Roles: client, consultant or library moderator. Minimum project access level: View, Upload or Edit.</source>
        <translation>Rollen: client, consultant oder librarymod (Bibliotheksmoderator). Mindest-Zugriffsstufe im Projekt: View, Upload oder Edit.</translation>
    </message>
    <message>
        <source>Summary page</source>
        <translation>Übersichtsseite</translation>
    </message>
    <message>
        <source>Roles: client, consultant or library moderator. Access levels: View, Upload or Edit.</source>
        <translation>Rollen: client, consultant oder librarymod (Bibliotheksmoderator). Zugriffsstufen: View, Upload oder Edit.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Portfolios</source>
        <translation>Portfolios</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Library moderator</source>
        <translation>Bibliotheksmoderator</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Attack chains</source>
        <translation>Angriffsketten</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Retesting</source>
        <translation>Retests</translation>
    </message>
    <message>
        <source>Test cases</source>
        <translation>Testfälle</translation>
    </message>
    <message>
        <source>Chosen as a local calendar date; sent as UTC ISO 8601, e.g. %1.</source>
        <translation>Als lokales Kalenderdatum gewählt; gesendet als UTC nach ISO 8601, z. B. %1.</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <source>Who is told about what, and whether vulnerability SLAs start automatically.</source>
        <translation>Wer worüber informiert wird und ob Schwachstellen-SLAs automatisch beginnen.</translation>
    </message>
    <message>
        <source> Double-click a cell to edit it.</source>
        <translation> Doppelklicken Sie auf eine Zelle, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Tick the streams this project belongs to; each stream is listed under its portfolio.</source>
        <translation>Haken Sie die Streams an, zu denen dieses Projekt gehört; jeder Stream steht unter seinem Portfolio.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
</context>
<context>
    <name>ProjectHistoryView</name>
    <message>
        <source>Load &amp;older</source>
        <translation>Ä&amp;ltere laden</translation>
    </message>
    <message>
        <source>Re&amp;load history</source>
        <translation>Verlauf neu &amp;laden</translation>
    </message>
    <message>
        <source>Project history</source>
        <translation>Projektverlauf</translation>
    </message>
    <message>
        <source>Load older history</source>
        <translation>Älteren Verlauf laden</translation>
    </message>
    <message>
        <source>Reload history</source>
        <translation>Verlauf neu laden</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lese den Verlauf…</translation>
    </message>
    <message>
        <source>Could not read the history: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No history recorded for this project.</source>
        <translation>Für dieses Projekt ist kein Verlauf aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 von %n Eintrag</numerusform>
            <numerusform>%1 von %n Einträgen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectListModel</name>
    <message>
        <source>On hold</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next retest</source>
        <translation>Nächster Retest</translation>
    </message>
</context>
<context>
    <name>ProjectListView</name>
    <message>
        <source>Filter projects by name, code or group (Ctrl+F)</source>
        <translation>Projekte nach Name, Code oder Gruppe filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter projects</source>
        <translation>Projekte filtern</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message numerus="yes">
        <source>%n projects</source>
        <translation>
            <numerusform>%n Projekt</numerusform>
            <numerusform>%n Projekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n projects</source>
        <translation>
            <numerusform>%1 von %n Projekt</numerusform>
            <numerusform>%1 von %n Projekten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectSaveFlow</name>
    <message>
        <source>No changes to save.</source>
        <translation>Keine Änderungen zu speichern.</translation>
    </message>
    <message>
        <source>Not connected: the changes were kept and can be saved once connected.</source>
        <translation>Nicht verbunden: Die Änderungen bleiben erhalten und können gespeichert werden, sobald eine Verbindung besteht.</translation>
    </message>
    <message>
        <source>Checking the server for newer changes…</source>
        <translation>Auf dem Server wird nach neueren Änderungen gesucht …</translation>
    </message>
    <message>
        <source>Could not check the project on the server before saving</source>
        <translation>Das Projekt konnte vor dem Speichern nicht auf dem Server geprüft werden</translation>
    </message>
    <message>
        <source>The project changed on the server since you opened it.</source>
        <translation>Das Projekt wurde auf dem Server geändert, seit Sie es geöffnet haben.</translation>
    </message>
    <message>
        <source>Save cancelled; your changes are still here.</source>
        <translation>Speichern abgebrochen; Ihre Änderungen sind noch da.</translation>
    </message>
    <message numerus="yes">
        <source>Saving %n change(s)…</source>
        <translation>
            <numerusform>%n Änderung wird gespeichert …</numerusform>
            <numerusform>%n Änderungen werden gespeichert …</numerusform>
        </translation>
    </message>
    <message>
        <source>The changes were not saved</source>
        <translation>Die Änderungen wurden nicht gespeichert</translation>
    </message>
    <message>
        <source>Reloaded the server&apos;s version; your changes were kept.</source>
        <translation>Die Fassung des Servers wurde neu geladen; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Reloaded the server&apos;s version; %1 now show their values (Redo brings yours back).</source>
        <translation>Die Fassung des Servers wurde neu geladen; %1 zeigen jetzt deren Werte (Wiederherstellen holt Ihre zurück).</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>
Your changes are still here and stored as a draft; nothing was lost.</source>
        <translation>
Ihre Änderungen sind noch da und als Entwurf gespeichert; nichts ging verloren.</translation>
    </message>
</context>
<context>
    <name>ProjectValidator</name>
    <message>
        <source>must be a list.</source>
        <translation>muss eine Liste sein.</translation>
    </message>
    <message>
        <source>entry %1 must be text.</source>
        <translation>Eintrag %1 muss Text sein.</translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation>„%1“ steht zweimal in der Liste.</translation>
    </message>
    <message>
        <source>must be a list of key/value entries.</source>
        <translation>muss eine Liste von Schlüssel/Wert-Einträgen sein.</translation>
    </message>
    <message>
        <source>entry %1 needs a key.</source>
        <translation>Eintrag %1 braucht einen Schlüssel.</translation>
    </message>
    <message>
        <source>entry %1 needs a value.</source>
        <translation>Eintrag %1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>must be a list of portfolio and stream pairs.</source>
        <translation>muss eine Liste von Portfolio-Stream-Paaren sein.</translation>
    </message>
    <message>
        <source>entry %1 needs both a portfolio and a stream.</source>
        <translation>Eintrag %1 braucht ein Portfolio und einen Stream.</translation>
    </message>
    <message>
        <source>portfolio %1 does not exist.</source>
        <translation>das Portfolio %1 existiert nicht.</translation>
    </message>
    <message>
        <source>stream %1 is not part of portfolio “%2”.</source>
        <translation>der Stream %1 gehört nicht zum Portfolio „%2“.</translation>
    </message>
    <message>
        <source>“%1” is not allowed; use one of %2.</source>
        <translation>„%1“ ist nicht erlaubt; verwenden Sie einen der Werte %2.</translation>
    </message>
    <message>
        <source>must not be before the start date.</source>
        <translation>darf nicht vor dem Startdatum liegen.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>muss Text sein.</translation>
    </message>
    <message>
        <source>cannot be empty.</source>
        <translation>darf nicht leer sein.</translation>
    </message>
    <message>
        <source>must be %1 to %2 characters long (it is %3).</source>
        <translation>muss %1 bis %2 Zeichen lang sein (es sind %3).</translation>
    </message>
    <message>
        <source>must be one of %1.</source>
        <translation>muss einer der Werte %1 sein.</translation>
    </message>
    <message>
        <source>an id cannot be empty.</source>
        <translation>eine ID darf nicht leer sein.</translation>
    </message>
    <message>
        <source>no group has the id %1.</source>
        <translation>keine Gruppe hat die ID %1.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>RequestRetestDialog</name>
    <message>
        <source>Select &amp;all ready for retest</source>
        <translation>&amp;Alle zum Retest bereiten auswählen</translation>
    </message>
    <message>
        <source>&amp;Send request</source>
        <translation>Anfrage &amp;senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Request a retest — %1</source>
        <translation>Retest anfordern – %1</translation>
    </message>
    <message>
        <source>Window start</source>
        <translation>Zeitraum ab</translation>
    </message>
    <message>
        <source>Window end</source>
        <translation>Zeitraum bis</translation>
    </message>
    <message>
        <source>First day of the retest window (from the start of that local day).</source>
        <translation>Erster Tag des Retest-Zeitraums (ab Beginn dieses lokalen Tages).</translation>
    </message>
    <message>
        <source>Last day of the retest window (to the end of that local day). &quot;Not set&quot; leaves the window open-ended.</source>
        <translation>Letzter Tag des Retest-Zeitraums (bis zum Ende dieses lokalen Tages). „Nicht gesetzt“ lässt den Zeitraum offen.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Filter by id, title, priority or status</source>
        <translation>Nach ID, Titel, Priorität oder Status filtern</translation>
    </message>
    <message>
        <source>Select all ready for retest</source>
        <translation>Alle zum Retest bereiten auswählen</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Schwachstellen</translation>
    </message>
    <message>
        <source>Window &amp;start</source>
        <translation>Zeitraum &amp;ab</translation>
    </message>
    <message>
        <source>Window &amp;end</source>
        <translation>Zeitraum &amp;bis</translation>
    </message>
    <message>
        <source>“Not set” leaves the window open-ended.</source>
        <translation>„Nicht gesetzt“ lässt den Zeitraum offen.</translation>
    </message>
    <message>
        <source>Vulnerabilities in scope</source>
        <translation>Betroffene Schwachstellen</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <source>Loading the project&apos;s vulnerabilities…</source>
        <translation>Lade die Schwachstellen des Projekts…</translation>
    </message>
    <message>
        <source>Could not load the vulnerabilities: %1</source>
        <translation>Die Schwachstellen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No vulnerability of this project is in Retest status.</source>
        <translation>Keine Schwachstelle dieses Projekts ist im Status „Retest“.</translation>
    </message>
    <message>
        <source>The window overlaps open retest windows of projects sharing a group with this one:</source>
        <translation>Der Zeitraum überschneidet sich mit offenen Retest-Zeiträumen von Projekten, die eine Gruppe mit diesem teilen:</translation>
    </message>
    <message>
        <source>%1 of %2 ready for retest selected · %3 listed</source>
        <translation>%1 von %2 zum Retest bereiten ausgewählt · %3 aufgelistet</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Sende die Anfrage…</translation>
    </message>
    <message>
        <source>The retest was not requested: %1</source>
        <translation>Der Retest wurde nicht angefordert: %1</translation>
    </message>
    <message>
        <source>%1 The request may or may not have reached the server: checking the project&apos;s rounds…</source>
        <translation>%1 Die Anfrage hat den Server vielleicht erreicht, vielleicht nicht: prüfe die Runden des Projekts…</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>Erneut &amp;senden</translation>
    </message>
    <message>
        <source>%1 Checking the project failed too (%2): look at its retest rounds before sending again.</source>
        <translation>%1 Auch die Prüfung des Projekts schlug fehl (%2): Sehen Sie sich seine Retest-Runden an, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>The server did not answer, but the project now has retest round %1 with this window: the retest was requested. Nothing was sent again.</source>
        <translation>Der Server hat nicht geantwortet, aber das Projekt hat jetzt die Retest-Runde %1 mit diesem Zeitraum: der Retest wurde angefordert. Es wurde nichts erneut gesendet.</translation>
    </message>
    <message>
        <source>Retest requested</source>
        <translation>Retest angefordert</translation>
    </message>
    <message>
        <source>%1 The project has no new round with this window: the retest was not created.</source>
        <translation>%1 Das Projekt hat keine neue Runde mit diesem Zeitraum: der Retest wurde nicht angelegt.</translation>
    </message>
    <message>
        <source>Send the request again?</source>
        <translation>Die Anfrage erneut senden?</translation>
    </message>
    <message>
        <source>The request failed (%1) and the project has no new retest round with this window, so it was not created. Send it again?</source>
        <translation>Die Anfrage schlug fehl (%1), und das Projekt hat keine neue Retest-Runde mit diesem Zeitraum; sie wurde also nicht angelegt. Erneut senden?</translation>
    </message>
</context>
<context>
    <name>RetestCalendarView</name>
    <message>
        <source>Show on-hold projects</source>
        <translation>Pausierte Projekte zeigen</translation>
    </message>
    <message>
        <source>Project dates</source>
        <translation>Projektdaten</translation>
    </message>
    <message>
        <source>Retest windows</source>
        <translation>Retest-Zeiträume</translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation>Kalender exportieren (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Vorheriger Monat (Bild auf)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Nächster Monat (Bild ab)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>Save what the calendar shows (current filter) as an iCalendar file</source>
        <translation>Speichern, was der Kalender zeigt (aktueller Filter), als iCalendar-Datei</translation>
    </message>
    <message>
        <source>Export calendar (.ics)</source>
        <translation>Kalender exportieren (.ics)</translation>
    </message>
    <message>
        <source>Scheduled on the selected day</source>
        <translation>Am gewählten Tag geplant</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Retest requested</source>
        <translation>Retest angefordert</translation>
    </message>
    <message>
        <source>Retest completed</source>
        <translation>Retest abgeschlossen</translation>
    </message>
    <message>
        <source>Retest cancelled</source>
        <translation>Retest abgebrochen</translation>
    </message>
    <message>
        <source>→ open-ended window (no end date)</source>
        <translation>→ offener Zeitraum (kein Enddatum)</translation>
    </message>
    <message>
        <source>Request &amp;retest…</source>
        <translation>&amp;Retest anfordern…</translation>
    </message>
    <message>
        <source>nothing scheduled</source>
        <translation>nichts geplant</translation>
    </message>
    <message>
        <source>No project is loaded.</source>
        <translation>Kein Projekt ist geladen.</translation>
    </message>
    <message>
        <source>Request a retest</source>
        <translation>Retest anfordern</translation>
    </message>
    <message>
        <source>Retest which project from %1 to %2?</source>
        <translation>Welches Projekt soll vom %1 bis %2 getestet werden?</translation>
    </message>
    <message>
        <source>Not connected: a retest cannot be requested.</source>
        <translation>Nicht verbunden: ein Retest kann nicht angefordert werden.</translation>
    </message>
    <message>
        <source>Retest requested.</source>
        <translation>Retest angefordert.</translation>
    </message>
    <message>
        <source>Could not reload the project: %1</source>
        <translation>Das Projekt konnte nicht neu geladen werden: %1</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 Eintrag</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetestCalls</name>
    <message>
        <source>not connected: no SSAPI client</source>
        <translation>nicht verbunden: kein SSAPI-Client</translation>
    </message>
</context>
<context>
    <name>RetestMonthGrid</name>
    <message>
        <source>Request &amp;retest…</source>
        <translation>&amp;Retest anfordern…</translation>
    </message>
    <message>
        <source>Request a retest over the selected days (Ctrl+N or Enter)</source>
        <translation>Einen Retest für die gewählten Tage anfordern (Strg+N oder Eingabe)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>→ open-ended</source>
        <translation>→ offen</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
</context>
<context>
    <name>RetestPlanning</name>
    <message>
        <source>The window starts in the past (%1).</source>
        <translation>Der Zeitraum beginnt in der Vergangenheit (%1).</translation>
    </message>
    <message>
        <source>The window overlaps open retest round %1 (%2 → %3).</source>
        <translation>Der Zeitraum überschneidet sich mit der offenen Retest-Runde %1 (%2 → %3).</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>ohne Ende</translation>
    </message>
    <message>
        <source>The project is on hold.</source>
        <translation>Das Projekt ist pausiert.</translation>
    </message>
    <message>
        <source>Retesting is disabled on this project: the server may refuse the request.</source>
        <translation>Retests sind für dieses Projekt deaktiviert: Der Server lehnt die Anforderung möglicherweise ab.</translation>
    </message>
    <message>
        <source>%1 — round %2 (%3 → %4)</source>
        <translation>%1 — Runde %2 (%3 → %4)</translation>
    </message>
</context>
<context>
    <name>RetestRequest</name>
    <message>
        <source>Window start: required.</source>
        <translation>Zeitraum ab: erforderlich.</translation>
    </message>
    <message>
        <source>Window start: must be a UTC date like 2025-03-23T00:00:00.000Z.</source>
        <translation>Zeitraum ab: muss ein UTC-Datum wie 2025-03-23T00:00:00.000Z sein.</translation>
    </message>
    <message>
        <source>Window end: must be a UTC date like 2025-03-30T00:00:00.000Z.</source>
        <translation>Zeitraum bis: muss ein UTC-Datum wie 2025-03-30T00:00:00.000Z sein.</translation>
    </message>
    <message>
        <source>Window end: must not be before the window start.</source>
        <translation>Zeitraum bis: darf nicht vor dem Beginn des Zeitraums liegen.</translation>
    </message>
    <message>
        <source>Vulnerabilities: pick at least one vulnerability in Retest status.</source>
        <translation>Schwachstellen: Wählen Sie mindestens eine Schwachstelle im Status „Retest“.</translation>
    </message>
    <message>
        <source>Vulnerabilities: %1 is not a vulnerability of this project.</source>
        <translation>Schwachstellen: %1 ist keine Schwachstelle dieses Projekts.</translation>
    </message>
    <message>
        <source>Vulnerabilities: %1 is not in Retest status (%2).</source>
        <translation>Schwachstellen: %1 ist nicht im Status „Retest“ (%2).</translation>
    </message>
</context>
<context>
    <name>RetestRoundCloser</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>round %1 (window %2 – %3)</source>
        <translation>Runde %1 (Zeitraum %2 – %3)</translation>
    </message>
    <message>
        <source>Retest round %1 %2.</source>
        <translation>Retest-Runde %1 %2.</translation>
    </message>
    <message>
        <source>Retest round %1 was not %2: %3</source>
        <translation>Retest-Runde %1 wurde nicht %2: %3</translation>
    </message>
    <message>
        <source>%1 Checking the project failed too (%2): it is unknown whether round %3 was %4. Look at the round before trying again.</source>
        <translation>%1 Auch die Prüfung des Projekts schlug fehl (%2): unbekannt, ob Runde %3 %4 wurde. Sehen Sie sich die Runde an, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The server did not answer, but round %1 is now %2: it was %3. Nothing was sent again.</source>
        <translation>Der Server hat nicht geantwortet, aber Runde %1 ist jetzt %2: sie wurde %3. Es wurde nichts erneut gesendet.</translation>
    </message>
    <message>
        <source>is still %1</source>
        <translation>ist noch %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation>existiert nicht mehr</translation>
    </message>
    <message>
        <source>%1 The project was re-read: round %2 %3, so it was not %4. Nothing was sent again.</source>
        <translation>%1 Das Projekt wurde erneut gelesen: Runde %2 %3, sie wurde also nicht %4. Es wurde nichts erneut gesendet.</translation>
    </message>
</context>
<context>
    <name>RetestRoundListModel</name>
    <message>
        <source>Open-ended</source>
        <translation>Ohne Ende</translation>
    </message>
    <message>
        <source>%1 (sent)</source>
        <translation>%1 (gesendet)</translation>
    </message>
    <message>
        <source>The server does not report this date; this is what you last sent.</source>
        <translation>Der Server meldet dieses Datum nicht; es ist das, was Sie zuletzt gesendet haben.</translation>
    </message>
    <message>
        <source>The window has no end date.</source>
        <translation>Der Zeitraum hat kein Enddatum.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Window start</source>
        <translation>Zeitraum ab</translation>
    </message>
    <message>
        <source>Window end</source>
        <translation>Zeitraum bis</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Schwachstellen</translation>
    </message>
</context>
<context>
    <name>RetestRoundUpdate</name>
    <message>
        <source>Nothing to update: set a requested or a completed date.</source>
        <translation>Nichts zu ändern: Setzen Sie ein Anforderungs- oder ein Abschlussdatum.</translation>
    </message>
    <message>
        <source>Requested date: must be a UTC date like 2025-03-23T00:00:00.000Z.</source>
        <translation>Anforderungsdatum: muss ein UTC-Datum wie 2025-03-23T00:00:00.000Z sein.</translation>
    </message>
    <message>
        <source>Completed date: must be a UTC date like 2025-03-23T00:00:00.000Z.</source>
        <translation>Abschlussdatum: muss ein UTC-Datum wie 2025-03-23T00:00:00.000Z sein.</translation>
    </message>
</context>
<context>
    <name>RetestRoundsPanel</name>
    <message>
        <source>&amp;New retest…</source>
        <translation>&amp;Neuer Retest…</translation>
    </message>
    <message>
        <source>&amp;Update round…</source>
        <translation>Runde ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;Cancel round…</source>
        <translation>Runde a&amp;bbrechen…</translation>
    </message>
    <message>
        <source>Co&amp;mplete round…</source>
        <translation>Runde abschl&amp;ießen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Export .&amp;ics…</source>
        <translation>.&amp;ics exportieren…</translation>
    </message>
    <message>
        <source>Request a new retest round for this project (Ctrl+N)</source>
        <translation>Eine neue Retest-Runde für dieses Projekt anfordern (Strg+N)</translation>
    </message>
    <message>
        <source>Set the selected round&apos;s requested and completed dates</source>
        <translation>Anforderungs- und Abschlussdatum der gewählten Runde setzen</translation>
    </message>
    <message>
        <source>Cancel the selected open round (asks first)</source>
        <translation>Die gewählte offene Runde abbrechen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Mark the selected open round as completed (asks first)</source>
        <translation>Die gewählte offene Runde als abgeschlossen markieren (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Save this project&apos;s dates and retest windows as an iCalendar file</source>
        <translation>Die Daten und Retest-Zeiträume dieses Projekts als iCalendar-Datei speichern</translation>
    </message>
    <message>
        <source>No retest round yet. Press Ctrl+N to request one.</source>
        <translation>Noch keine Retest-Runde. Drücken Sie Strg+N, um eine anzufordern.</translation>
    </message>
    <message>
        <source>Retest rounds</source>
        <translation>Retest-Runden</translation>
    </message>
    <message>
        <source>%1 round</source>
        <translation>Runde: %1</translation>
    </message>
    <message>
        <source>No project selected</source>
        <translation>Kein Projekt ausgewählt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Retest rounds&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Retest-Runden&lt;/b&gt; – %1</translation>
    </message>
    <message>
        <source>The project is on hold.</source>
        <translation>Das Projekt ist pausiert.</translation>
    </message>
    <message>
        <source>Retesting is disabled on this project.</source>
        <translation>Retests sind für dieses Projekt deaktiviert.</translation>
    </message>
    <message>
        <source>Reloading %1…</source>
        <translation>Lade %1 neu…</translation>
    </message>
    <message>
        <source>Could not reload the project: %1</source>
        <translation>Das Projekt konnte nicht neu geladen werden: %1</translation>
    </message>
    <message>
        <source>Retest requested.</source>
        <translation>Retest angefordert.</translation>
    </message>
    <message>
        <source>Retest round %1 updated.</source>
        <translation>Retest-Runde %1 geändert.</translation>
    </message>
    <message>
        <source>Cancel retest %1 of %2? The round stays in the history as Cancelled.</source>
        <translation>Retest %1 von %2 abbrechen? Die Runde bleibt als „Cancelled“ im Verlauf.</translation>
    </message>
    <message>
        <source>Mark retest %1 of %2 as completed?</source>
        <translation>Retest %1 von %2 als abgeschlossen markieren?</translation>
    </message>
    <message>
        <source>%1 retest round %2</source>
        <translation>Retest-Runde %2: %1</translation>
    </message>
    <message>
        <source>%1 retest round %2…</source>
        <translation>Retest-Runde %2: %1…</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <source>Completing</source>
        <translation>Wird abgeschlossen</translation>
    </message>
    <message>
        <source>Cancel round</source>
        <translation>Runde abbrechen</translation>
    </message>
    <message>
        <source>Complete round</source>
        <translation>Runde abschließen</translation>
    </message>
    <message>
        <source>Keep round</source>
        <translation>Runde behalten</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>The project now has %1 new retest rounds with the window you sent (rounds %2): the request reached the server more than once. Cancel the extra rounds in AttackForge.</source>
        <translation>Das Projekt hat jetzt %1 neue Retest-Runden mit dem gesendeten Zeitraum (Runden %2): die Anfrage hat den Server mehrfach erreicht. Brechen Sie die überzähligen Runden in AttackForge ab.</translation>
    </message>
    <message>
        <source>Duplicate retest rounds</source>
        <translation>Doppelte Retest-Runden</translation>
    </message>
</context>
<context>
    <name>RetestTimeline</name>
    <message>
        <source>Request &amp;retest…</source>
        <translation>&amp;Retest anfordern…</translation>
    </message>
    <message>
        <source>Request a retest of this project over the selected days (Ctrl+N)</source>
        <translation>Einen Retest dieses Projekts für die gewählten Tage anfordern (Strg+N)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Open retests</source>
        <translation>Offene Retests</translation>
    </message>
    <message>
        <source>→ open-ended</source>
        <translation>→ offen</translation>
    </message>
    <message>
        <source>Nothing scheduled in these months.</source>
        <translation>In diesen Monaten ist nichts geplant.</translation>
    </message>
    <message>
        <source>&amp;Open project</source>
        <translation>Projekt ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>RetryPolicy</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleTexts</name>
    <message>
        <source>must be a UTC date and time like %1.</source>
        <translation>muss ein UTC-Datum mit Uhrzeit wie %1 sein.</translation>
    </message>
    <message>
        <source>%1 must be a UTC string like %2.</source>
        <translation>%1 muss eine UTC-Zeitangabe wie %2 sein.</translation>
    </message>
    <message>
        <source>Pick a local calendar date. It is sent as UTC ISO 8601 with milliseconds, e.g. %1.</source>
        <translation>Wählen Sie ein lokales Kalenderdatum. Es wird als UTC nach ISO 8601 mit Millisekunden gesendet, z. B. %1.</translation>
    </message>
    <message>
        <source>Key “%1” may contain only letters, numbers and underscores.</source>
        <translation>Der Schlüssel „%1“ darf nur Buchstaben, Ziffern und Unterstriche enthalten.</translation>
    </message>
    <message>
        <source>Key “%1” is used twice; keys must be unique.</source>
        <translation>Der Schlüssel „%1“ kommt doppelt vor; Schlüssel müssen eindeutig sein.</translation>
    </message>
</context>
<context>
    <name>ServerChangeBanner</name>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <source>Server change notice</source>
        <translation>Hinweis auf Serveränderung</translation>
    </message>
    <message>
        <source>Review the server&apos;s changes</source>
        <translation>Die Änderungen auf dem Server prüfen</translation>
    </message>
    <message>
        <source>Compare their changes with yours, field by field</source>
        <translation>Deren Änderungen Feld für Feld mit Ihren vergleichen</translation>
    </message>
    <message>
        <source>Dismiss the server change notice</source>
        <translation>Den Hinweis auf die Serveränderung schließen</translation>
    </message>
    <message>
        <source>Changed on the server by %1 at %2. Your unsaved changes are kept.</source>
        <translation>Auf dem Server von %1 um %2 geändert. Ihre ungespeicherten Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Changed on the server by %1 at %2; showing the new version.</source>
        <translation>Auf dem Server von %1 um %2 geändert; die neue Fassung wird gezeigt.</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Private CA: </source>
        <translation>Private CA: </translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Das Laden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>
Showing the list saved on %1.</source>
        <translation>
Gezeigt wird die am %1 gespeicherte Liste.</translation>
    </message>
</context>
<context>
    <name>TimelineAccessible</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>, selected %1 to %2</source>
        <translation>, ausgewählt %1 bis %2</translation>
    </message>
</context>
<context>
    <name>UniqueCodeHint</name>
    <message>
        <source>Another loaded project uses “%1”.</source>
        <translation>Ein anderes geladenes Projekt verwendet „%1“.</translation>
    </message>
    <message>
        <source>Use next free code: %1</source>
        <translation>Nächsten freien Code verwenden: %1</translation>
    </message>
    <message>
        <source>%1: use next free code %2</source>
        <translation>%1: nächsten freien Code %2 verwenden</translation>
    </message>
    <message numerus="yes">
        <source>%n other loaded projects use “%1”.</source>
        <translation>
            <numerusform>%n anderes geladenes Projekt verwendet „%1“.</numerusform>
            <numerusform>%n andere geladene Projekte verwenden „%1“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdateRoundDialog</name>
    <message>
        <source>&amp;Update round</source>
        <translation>Runde ä&amp;ndern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Update retest round %1</source>
        <translation>Retest-Runde %1 ändern</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>Anforderungsdatum</translation>
    </message>
    <message>
        <source>Completed date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>&amp;Requested date</source>
        <translation>&amp;Anforderungsdatum</translation>
    </message>
    <message>
        <source>&amp;Completed date</source>
        <translation>A&amp;bschlussdatum</translation>
    </message>
    <message>
        <source>Window: %1 → %2 · status %3</source>
        <translation>Zeitraum: %1 → %2 · Status %3</translation>
    </message>
    <message>
        <source>Requested date: the API cannot clear a date; pick a day.</source>
        <translation>Anforderungsdatum: Die API kann ein Datum nicht löschen; wählen Sie einen Tag.</translation>
    </message>
    <message>
        <source>Completed date: the API cannot clear a date; pick a day.</source>
        <translation>Abschlussdatum: Die API kann ein Datum nicht löschen; wählen Sie einen Tag.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Ändere…</translation>
    </message>
    <message>
        <source>The round was not updated: %1</source>
        <translation>Die Runde wurde nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>UtcDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>Vulnerability</name>
    <message>
        <source>Closed: nothing to retest</source>
        <translation>Geschlossen: nichts zu testen</translation>
    </message>
    <message>
        <source>Not marked ready for retest</source>
        <translation>Nicht als bereit für den Retest markiert</translation>
    </message>
</context>
<context>
    <name>VulnerabilityPickerModel</name>
    <message>
        <source>Ready for retest</source>
        <translation>Bereit für den Retest</translation>
    </message>
    <message>
        <source>Cannot be retested: %1</source>
        <translation>Kein Retest möglich: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Retest</source>
        <translation>Retest</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Edit AttackForge projects and schedule retests.</source>
        <translation>AttackForge-Projekte bearbeiten und Retests planen.</translation>
    </message>
    <message>
        <source>Start an embedded sandbox with demo data and connect to it.</source>
        <translation>Eine eingebaute Sandbox mit Demodaten starten und mit ihr verbinden.</translation>
    </message>
    <message>
        <source>With --demo: the number of demo projects.</source>
        <translation>Mit --demo: die Anzahl der Demoprojekte.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Connect to this AttackForge tenant. The key comes from FORGEDESK_API_KEY when set, otherwise from the system keychain.</source>
        <translation>Mit diesem AttackForge-Mandanten verbinden. Der Schlüssel kommt aus FORGEDESK_API_KEY, wenn gesetzt, sonst aus dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Demo sandbox</source>
        <translation>Demo-Sandbox</translation>
    </message>
</context>
</TS>
