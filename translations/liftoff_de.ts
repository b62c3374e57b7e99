<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountCommand</name>
    <message>
        <source>The server of the stored account, e.g. https://chat.example.com (default: the account used last).</source>
        <translation>Der Server des gespeicherten Kontos, z. B. https://chat.example.com (Standard: das zuletzt verwendete Konto).</translation>
    </message>
    <message>
        <source>--username is empty.</source>
        <translation>--username ist leer.</translation>
    </message>
    <message>
        <source>no stored session for %1 on %2.</source>
        <translation>keine gespeicherte Sitzung für %1 auf %2.</translation>
    </message>
    <message>
        <source>no stored session on %1.</source>
        <translation>keine gespeicherte Sitzung auf %1.</translation>
    </message>
    <message>
        <source>no stored session for %1.</source>
        <translation>keine gespeicherte Sitzung für %1.</translation>
    </message>
    <message>
        <source>no stored session.</source>
        <translation>keine gespeicherte Sitzung.</translation>
    </message>
    <message>
        <source>Sign in with: liftoff login --server %1 --username %2</source>
        <translation>Anmelden mit: liftoff login --server %1 --username %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Give up on a server that has not answered after this long (default: %1).</source>
        <translation>Einen Server aufgeben, der nach dieser Zeit nicht geantwortet hat (Standard: %1).</translation>
    </message>
    <message>
        <source>The username of the stored account, when there are several (default: the one used last).</source>
        <translation>Der Benutzername des gespeicherten Kontos, wenn es mehrere gibt (Standard: der zuletzt verwendete).</translation>
    </message>
</context>
<context>
    <name>AccountList</name>
    <message>
        <source>&amp;Accounts on this computer:</source>
        <translation>&amp;Konten auf diesem Computer:</translation>
    </message>
    <message>
        <source>Or continue with a sa&amp;ved account:</source>
        <translation>Oder mit einem &amp;gespeicherten Konto fortfahren:</translation>
    </message>
    <message>
        <source>Accounts on this computer</source>
        <translation>Konten auf diesem Computer</translation>
    </message>
    <message>
        <source>Saved accounts</source>
        <translation>Gespeicherte Konten</translation>
    </message>
    <message>
        <source>Account problem</source>
        <translation>Kontoproblem</translation>
    </message>
    <message>
        <source>S&amp;witch to this account</source>
        <translation>Konto &amp;wechseln</translation>
    </message>
    <message>
        <source>Continue with this &amp;account</source>
        <translation>Mi&amp;t diesem Konto fortfahren</translation>
    </message>
    <message>
        <source>Switch to the selected account</source>
        <translation>Zum ausgewählten Konto wechseln</translation>
    </message>
    <message>
        <source>Continue with the selected account</source>
        <translation>Mit dem ausgewählten Konto fortfahren</translation>
    </message>
    <message>
        <source>Sign in with the session saved for this account (Enter in the list)</source>
        <translation>Mit der für dieses Konto gespeicherten Sitzung anmelden (Eingabetaste in der Liste)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation>Das ausgewählte Konto entfernen</translation>
    </message>
    <message>
        <source>Forget this account and delete its saved session from this computer (Delete in the list)</source>
        <translation>Dieses Konto vergessen und seine gespeicherte Sitzung von diesem Computer löschen (Entf in der Liste)</translation>
    </message>
    <message>
        <source>Add a&amp;nother account</source>
        <translation>Konto &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add another account</source>
        <translation>Weiteres Konto hinzufügen</translation>
    </message>
    <message>
        <source>Sign in with another account, on this server or another one; this account stays saved</source>
        <translation>Mit einem anderen Konto anmelden, auf diesem oder einem anderen Server; dieses Konto bleibt gespeichert</translation>
    </message>
    <message>
        <source>@%1</source>
        <comment>a Rocket.Chat user name, shown as people mention it</comment>
        <translation>@%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a person&apos;s name, then their @user name</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (signed in)</source>
        <comment>an account in the list: the one in use</comment>
        <translation>%1 (angemeldet)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>an account (%1) on a server (%2)</comment>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Last used %1</source>
        <comment>%1 is a date and time</comment>
        <translation>Zuletzt verwendet: %1</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove %1 on %2 from this computer?</source>
        <comment>%1 is an account, %2 a server address</comment>
        <translation>%1 auf %2 von diesem Computer entfernen?</translation>
    </message>
    <message>
        <source>You will be signed out first. Liftoff then forgets the account and deletes its saved session; you can sign in again at any time.</source>
        <translation>Sie werden zuerst abgemeldet. Danach vergisst Liftoff das Konto und löscht seine gespeicherte Sitzung; Sie können sich jederzeit wieder anmelden.</translation>
    </message>
    <message>
        <source>Liftoff forgets the account and deletes its saved session; you can sign in again at any time.</source>
        <translation>Liftoff vergisst das Konto und löscht seine gespeicherte Sitzung; Sie können sich jederzeit wieder anmelden.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the account</source>
        <translation>Das Konto entfernen</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <comment>keep the account, do not remove it</comment>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Keep the account</source>
        <translation>Das Konto behalten</translation>
    </message>
    <message>
        <source>This account was no longer on this computer.</source>
        <translation>Dieses Konto war nicht mehr auf diesem Computer.</translation>
    </message>
    <message>
        <source>Personal access token — does not expire</source>
        <translation>Persönliches Zugriffstoken – läuft nicht ab</translation>
    </message>
    <message>
        <source>Liftoff forgets the account and its personal access token on this computer. The token still works until you revoke it in Rocket.Chat (My Account → Personal Access Tokens).</source>
        <translation>Liftoff vergisst das Konto und sein persönliches Zugriffstoken auf diesem Computer. Das Token funktioniert weiter, bis Sie es in Rocket.Chat widerrufen (Mein Konto → Persönliche Zugriffstoken).</translation>
    </message>
</context>
<context>
    <name>BrowserLauncher</name>
    <message>
        <source>The browser named in the BROWSER environment variable could not be started. Open the address below in a browser yourself, or correct BROWSER.</source>
        <translation>Der in der Umgebungsvariablen BROWSER angegebene Browser konnte nicht gestartet werden. Öffnen Sie die Adresse unten selbst in einem Browser, oder korrigieren Sie BROWSER.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open the address below in a browser yourself.</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Öffnen Sie die Adresse unten selbst in einem Browser.</translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <source>Continue in your browser</source>
        <translation>Im Browser fortfahren</translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <comment>the name of a page</comment>
        <translation>Im Browser fortfahren</translation>
    </message>
    <message>
        <source>Browser sign-in problem</source>
        <translation>Problem bei der Anmeldung im Browser</translation>
    </message>
    <message>
        <source>Browser problem</source>
        <translation>Problem mit dem Browser</translation>
    </message>
    <message>
        <source>Sign-in address to open in a browser</source>
        <translation>Anmeldeadresse zum Öffnen in einem Browser</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Die Anmeldeadresse kopieren</translation>
    </message>
    <message>
        <source>&amp;Open the browser again</source>
        <translation>Browser &amp;erneut öffnen</translation>
    </message>
    <message>
        <source>Open the sign-in in the browser again</source>
        <translation>Die Anmeldung erneut im Browser öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel signing in with the browser</source>
        <translation>Anmeldung mit dem Browser abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for the browser and go back to the sign-in page (Esc)</source>
        <translation>Nicht länger auf den Browser warten und zur Anmeldeseite zurückkehren (Esc)</translation>
    </message>
    <message>
        <source>Liftoff opened the sign-in with %1 for %2 in your web browser. Finish signing in there; Liftoff continues by itself once you are done.</source>
        <comment>%1 is a service such as GitHub, %2 a server address</comment>
        <translation>Liftoff hat die Anmeldung mit %1 für %2 in Ihrem Webbrowser geöffnet. Schließen Sie die Anmeldung dort ab; Liftoff macht von selbst weiter, sobald Sie fertig sind.</translation>
    </message>
    <message>
        <source>Sign in with %1 for %2 in a web browser; Liftoff continues by itself once you are done.</source>
        <comment>%1 is a service such as GitHub, %2 a server address</comment>
        <translation>Melden Sie sich in einem Webbrowser mit %1 für %2 an; Liftoff macht von selbst weiter, sobald Sie fertig sind.</translation>
    </message>
    <message>
        <source>&amp;Try the browser again</source>
        <translation>Im Browser erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Waiting for the browser for another %1.</source>
        <extracomment>%1 is minutes and seconds, e.g. &quot;4:59&quot;</extracomment>
        <translation>Es wird noch %1 auf den Browser gewartet.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>this server offers no sign-in with &quot;%1&quot;</source>
        <translation>dieser Server bietet keine Anmeldung mit „%1“ an</translation>
    </message>
</context>
<context>
    <name>CertificatePanel</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Do not trust the certificate</source>
        <translation>Dem Zertifikat nicht vertrauen</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate…</source>
        <translation>Dem neuen Zertifikat &amp;vertrauen…</translation>
    </message>
    <message>
        <source>Trust the new certificate</source>
        <translation>Dem neuen Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Trust this certificate only if its fingerprint is the one the administrator of %1 gives you.</source>
        <translation>Vertrauen Sie diesem Zertifikat nur, wenn sein Fingerabdruck der ist, den Ihnen der Administrator von %1 nennt.</translation>
    </message>
    <message>
        <source>Trust the new certificate?</source>
        <translation>Dem neuen Zertifikat vertrauen?</translation>
    </message>
    <message>
        <source>The one you trusted before:</source>
        <translation>Das Zertifikat, dem Sie zuvor vertraut haben:</translation>
    </message>
    <message>
        <source>Copy &amp;fingerprint</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>Fingerabdruck kopieren</translation>
    </message>
    <message>
        <source>Copies the SHA-256 fingerprint, to compare it with the one the server&apos;s administrator gives you</source>
        <translation>Kopiert den SHA-256-Fingerabdruck, um ihn mit dem zu vergleichen, den Ihnen der Administrator des Servers nennt</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Trust the new certificate only if the administrator of %1 confirms they replaced it and gives you this fingerprint.</source>
        <translation>Vertrauen Sie dem neuen Zertifikat nur, wenn der Administrator von %1 bestätigt, dass er es ersetzt hat, und Ihnen diesen Fingerabdruck nennt.</translation>
    </message>
    <message>
        <source>The new certificate&apos;s SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck des neuen Zertifikats:</translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint:</source>
        <translation>Sein SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>The certificate of %1 is not the one you trusted before. Someone may be intercepting your connection to read your password. Trust it only if the server&apos;s administrator told you that they replaced the certificate and that its SHA-256 fingerprint is the new one below.</source>
        <translation>Das Zertifikat von %1 ist nicht das, dem Sie zuvor vertraut haben. Möglicherweise fängt jemand Ihre Verbindung ab, um Ihr Passwort mitzulesen. Vertrauen Sie ihm nur, wenn Ihnen der Administrator des Servers gesagt hat, dass er das Zertifikat ersetzt hat und dass sein SHA-256-Fingerabdruck der neue unten ist.</translation>
    </message>
    <message>
        <source>New:
%1

Trusted before:
%2</source>
        <comment>SHA-256 fingerprints</comment>
        <translation>Neu:
%1

Zuvor vertraut:
%2</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>The fingerprint given with --trust-fingerprint is not this certificate&apos;s.</source>
        <translation>Der mit --trust-fingerprint angegebene Fingerabdruck ist nicht der dieses Zertifikats.</translation>
    </message>
    <message>
        <source>Only once the server&apos;s administrator confirms the new certificate, run again with --trust-fingerprint %1</source>
        <translation>Erst wenn der Administrator des Servers das neue Zertifikat bestätigt hat, wiederholen Sie den Befehl mit --trust-fingerprint %1</translation>
    </message>
    <message>
        <source>If it is your server&apos;s certificate, run again with --trust-fingerprint %1</source>
        <translation>Wenn es das Zertifikat Ihres Servers ist, wiederholen Sie den Befehl mit --trust-fingerprint %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>url</source>
        <comment>placeholder in the option list: --server &lt;url&gt;</comment>
        <translation>URL</translation>
    </message>
    <message>
        <source>name</source>
        <comment>placeholder in the option list: --username &lt;name&gt;</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>seconds</source>
        <comment>placeholder in the option list: --timeout &lt;seconds&gt;</comment>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>sha256</source>
        <comment>placeholder in the option list: --trust-fingerprint &lt;sha256&gt;</comment>
        <translation>sha256</translation>
    </message>
    <message>
        <source>a password or token is never taken as an argument, where others could see it.</source>
        <translation>Ein Passwort oder Token wird nie als Argument angenommen, wo andere es sehen könnten.</translation>
    </message>
    <message>
        <source>%1 takes options only, and no other arguments (see liftoff %1 --help).</source>
        <translation>%1 nimmt nur Optionen an, keine weiteren Argumente (siehe liftoff %1 --help).</translation>
    </message>
    <message>
        <source>--%1 needs a number of seconds, e.g. %2.</source>
        <translation>--%1 braucht eine Anzahl Sekunden, z. B. %2.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Bei %1 als %2 angemeldet.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Commands (no display needed):</source>
        <translation>Befehle (ohne Bildschirm nutzbar):</translation>
    </message>
    <message>
        <source>List the commands, or show one command&apos;s options: liftoff help login.</source>
        <translation>Die Befehle auflisten oder die Optionen eines Befehls zeigen: liftoff help login.</translation>
    </message>
    <message>
        <source>liftoff: there is no command &quot;%1&quot;. Run &quot;liftoff help&quot; to list them.</source>
        <translation>liftoff: Es gibt keinen Befehl „%1“. „liftoff help“ listet die Befehle auf.</translation>
    </message>
    <message>
        <source>Usage: liftoff &lt;command&gt; [options]
       liftoff [--server &lt;url&gt;] [--allow-insecure]   (opens the window)

Liftoff signs you in to your Rocket.Chat server.

</source>
        <translation>Aufruf: liftoff &lt;Befehl&gt; [Optionen]
        liftoff [--server &lt;URL&gt;] [--allow-insecure]   (öffnet das Fenster)

Liftoff meldet Sie bei Ihrem Rocket.Chat-Server an.

</translation>
    </message>
    <message>
        <source>Run &quot;liftoff &lt;command&gt; --help&quot; for a command&apos;s options and exit codes.</source>
        <translation>„liftoff &lt;Befehl&gt; --help“ zeigt die Optionen und Exit-Codes eines Befehls.</translation>
    </message>
    <message>
        <source>--lang &lt;code&gt; picks the language of a command or the window instead of the system&apos;s: %1.</source>
        <translation>--lang &lt;Code&gt; wählt die Sprache eines Befehls oder des Fensters statt der des Systems: %1.</translation>
    </message>
</context>
<context>
    <name>DdpError</name>
    <message>
        <source>The server refused the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (Fehler %1).</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection and try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before it answered. Try again when the connection is back.</source>
        <translation>Die Verbindung zum Server ist vor seiner Antwort abgebrochen. Versuchen Sie es erneut, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Keine Verbindung zum Server.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>This server speaks a version of the realtime protocol that Liftoff does not support (%1). It may be too old or too new for this app.</source>
        <translation>Dieser Server spricht eine Version des Echtzeitprotokolls, die Liftoff nicht unterstützt (%1). Er ist vielleicht zu alt oder zu neu für diese App.</translation>
    </message>
    <message>
        <source>The server stopped answering. Liftoff will reconnect by itself.</source>
        <translation>Der Server antwortet nicht mehr. Liftoff verbindet sich von selbst neu.</translation>
    </message>
    <message>
        <source>The server sent a message too large to accept; the connection was reset.</source>
        <translation>Der Server hat eine zu große Nachricht gesendet; die Verbindung wurde zurückgesetzt.</translation>
    </message>
    <message>
        <source>Could not reach the server: %1. Check the address and your network connection.</source>
        <translation>Der Server ist nicht erreichbar: %1. Prüfen Sie die Adresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>Could not reach the server. Check the address and your network connection.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so the connection was refused: %1</source>
        <translation>Das Zertifikat des Servers konnte nicht überprüft werden, daher wurde die Verbindung abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>DeepLink</name>
    <message>
        <source>The sign-in link is too long to be a Rocket.Chat link.</source>
        <translation>Der Anmeldelink ist zu lang für einen Rocket.Chat-Link.</translation>
    </message>
    <message>
        <source>The sign-in link is not a valid address. Start the sign-in again from Liftoff.</source>
        <translation>Der Anmeldelink ist keine gültige Adresse. Starten Sie die Anmeldung erneut in Liftoff.</translation>
    </message>
    <message>
        <source>Liftoff opens only Rocket.Chat sign-in links (rocketchat://auth…); this one is something else.</source>
        <translation>Liftoff öffnet nur Rocket.Chat-Anmeldelinks (rocketchat://auth…); dieser ist etwas anderes.</translation>
    </message>
    <message>
        <source>The sign-in link has parts a Rocket.Chat sign-in link never has.</source>
        <translation>Der Anmeldelink hat Bestandteile, die ein Rocket.Chat-Anmeldelink nie hat.</translation>
    </message>
    <message>
        <source>The sign-in link has the parameter &quot;%1&quot; more than once.</source>
        <translation>Der Anmeldelink enthält den Parameter „%1“ mehr als einmal.</translation>
    </message>
    <message>
        <source>The sign-in link does not say which server it is for.</source>
        <translation>Der Anmeldelink gibt nicht an, für welchen Server er gilt.</translation>
    </message>
    <message>
        <source>The server address in the sign-in link is too long.</source>
        <translation>Die Serveradresse im Anmeldelink ist zu lang.</translation>
    </message>
    <message>
        <source>The server address in the sign-in link is not usable: %1</source>
        <translation>Die Serveradresse im Anmeldelink ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>The sign-in link carries an error message that is too long.</source>
        <translation>Der Anmeldelink enthält eine zu lange Fehlermeldung.</translation>
    </message>
    <message>
        <source>The sign-in link has no usable credential token.</source>
        <translation>Der Anmeldelink enthält kein verwendbares Anmeldedaten-Token.</translation>
    </message>
    <message>
        <source>The sign-in link has no usable credential secret.</source>
        <translation>Der Anmeldelink enthält kein verwendbares Anmeldedaten-Geheimnis.</translation>
    </message>
    <message>
        <source>The sign-in link has a credential secret it should not have.</source>
        <translation>Der Anmeldelink enthält ein Anmeldedaten-Geheimnis, das er nicht haben sollte.</translation>
    </message>
    <message>
        <source>The sign-in link mixes two kinds of sign-in.</source>
        <translation>Der Anmeldelink vermischt zwei Arten der Anmeldung.</translation>
    </message>
    <message>
        <source>The sign-in link is of a kind Liftoff does not know (&quot;%1&quot;).</source>
        <translation>Der Anmeldelink ist von einer Art, die Liftoff nicht kennt („%1“).</translation>
    </message>
    <message>
        <source>The sign-in link does not say what kind of sign-in it is.</source>
        <translation>Der Anmeldelink gibt nicht an, um welche Art der Anmeldung es sich handelt.</translation>
    </message>
    <message>
        <source>The sign-in link has no usable session token.</source>
        <translation>Der Anmeldelink enthält kein verwendbares Sitzungstoken.</translation>
    </message>
    <message>
        <source>The sign-in link does not say which user it signs in.</source>
        <translation>Der Anmeldelink gibt nicht an, welchen Benutzer er anmeldet.</translation>
    </message>
</context>
<context>
    <name>Fingerprint</name>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint: it may only have the hexadecimal digits 0–9 and A–F, with or without colons between pairs.</source>
        <translation>„%1“ ist kein SHA-256-Fingerabdruck: Er darf nur die Hexadezimalziffern 0–9 und A–F enthalten, mit oder ohne Doppelpunkte zwischen den Paaren.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is not a SHA-256 fingerprint: that has 64 hexadecimal digits (32 pairs such as AB:CD:…), this has %n.</source>
        <translation>
            <numerusform>„%1“ ist kein SHA-256-Fingerabdruck: Ein solcher hat 64 Hexadezimalziffern (32 Paare wie AB:CD:…), dieser hat %n Ziffer.</numerusform>
            <numerusform>„%1“ ist kein SHA-256-Fingerabdruck: Ein solcher hat 64 Hexadezimalziffern (32 Paare wie AB:CD:…), dieser hat %n Ziffern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainError</name>
    <message>
        <source>Your keychain holds no saved session for this account.</source>
        <translation>Ihr Schlüsselbund enthält keine gespeicherte Sitzung für dieses Konto.</translation>
    </message>
    <message>
        <source>Liftoff cannot reach a keychain: this session has no D-Bus session bus, as happens over SSH and in minimal sessions. Start Liftoff from a desktop session, or start a session bus with a keyring in it.</source>
        <translation>Liftoff erreicht keinen Schlüsselbund: Diese Sitzung hat keinen D-Bus-Sitzungsbus, wie über SSH und in minimalen Sitzungen. Starten Sie Liftoff aus einer Desktop-Sitzung oder starten Sie einen Sitzungsbus mit einem Schlüsselbund darin.</translation>
    </message>
    <message>
        <source>Liftoff cannot reach a keychain: no Secret Service is running. Install or start one, such as GNOME Keyring, KWallet or KeePassXC with Secret Service integration.</source>
        <translation>Liftoff erreicht keinen Schlüsselbund: Es läuft kein Secret Service. Installieren oder starten Sie einen, etwa GNOME Keyring, KWallet oder KeePassXC mit Secret-Service-Integration.</translation>
    </message>
    <message>
        <source>Liftoff cannot reach a keychain on this computer. Check that your keychain is installed and running.</source>
        <translation>Liftoff erreicht keinen Schlüsselbund auf diesem Computer. Prüfen Sie, ob Ihr Schlüsselbund installiert ist und läuft.</translation>
    </message>
    <message>
        <source>Access to your keychain was refused. Allow Liftoff when your keychain asks, then try again.</source>
        <translation>Der Zugriff auf Ihren Schlüsselbund wurde verweigert. Erlauben Sie Liftoff den Zugriff, wenn Ihr Schlüsselbund fragt, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your keyring is locked. Unlock it (for example in Passwords and Keys or in KWallet Manager), then try again.</source>
        <translation>Ihr Schlüsselbund ist gesperrt. Entsperren Sie ihn (zum Beispiel in „Passwörter und Verschlüsselung“ oder in der KWallet-Verwaltung) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your keychain refused Liftoff access. Check its access settings for Liftoff, then try again.</source>
        <translation>Ihr Schlüsselbund hat Liftoff den Zugriff verweigert. Prüfen Sie seine Zugriffseinstellungen für Liftoff und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your keychain did not save the session (%1). Check that your keychain works, for example in Passwords and Keys.</source>
        <translation>Ihr Schlüsselbund hat die Sitzung nicht gespeichert (%1). Prüfen Sie, ob Ihr Schlüsselbund funktioniert, zum Beispiel in „Passwörter und Verschlüsselung“.</translation>
    </message>
    <message>
        <source>Your keychain did not save the session. Check that your keychain works, for example in Passwords and Keys.</source>
        <translation>Ihr Schlüsselbund hat die Sitzung nicht gespeichert. Prüfen Sie, ob Ihr Schlüsselbund funktioniert, zum Beispiel in „Passwörter und Verschlüsselung“.</translation>
    </message>
    <message>
        <source>Your keychain did not answer in time; it may be waiting for you to unlock it. Unlock it if it asks, then try again.</source>
        <translation>Ihr Schlüsselbund hat nicht rechtzeitig geantwortet; vielleicht wartet er darauf, entsperrt zu werden. Entsperren Sie ihn, wenn er fragt, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your keychain reported an error (%1). Try again; if it keeps happening, check that your keychain works.</source>
        <translation>Ihr Schlüsselbund hat einen Fehler gemeldet (%1). Versuchen Sie es erneut; wenn es wieder passiert, prüfen Sie, ob Ihr Schlüsselbund funktioniert.</translation>
    </message>
    <message>
        <source>Your keychain reported an error. Try again; if it keeps happening, check that your keychain works.</source>
        <translation>Ihr Schlüsselbund hat einen Fehler gemeldet. Versuchen Sie es erneut; wenn es wieder passiert, prüfen Sie, ob Ihr Schlüsselbund funktioniert.</translation>
    </message>
    <message>
        <source>Sign in again; your account stays in the list.</source>
        <translation>Melden Sie sich erneut an; Ihr Konto bleibt in der Liste.</translation>
    </message>
    <message>
        <source>Your saved session could not be read, but your account stays in the list.</source>
        <translation>Ihre gespeicherte Sitzung konnte nicht gelesen werden, aber Ihr Konto bleibt in der Liste.</translation>
    </message>
    <message>
        <source>You are signed in for now, but this session will not survive a restart: you will have to sign in again the next time you start Liftoff.</source>
        <translation>Sie sind vorerst angemeldet, aber diese Sitzung übersteht keinen Neustart: Beim nächsten Start von Liftoff müssen Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>The saved session may still be in your keychain, under &quot;Liftoff&quot;.</source>
        <translation>Die gespeicherte Sitzung ist vielleicht noch in Ihrem Schlüsselbund, unter „Liftoff“.</translation>
    </message>
</context>
<context>
    <name>LocalChannel</name>
    <message>
        <source>Liftoff does not use %1 to receive sign-in links: %2.</source>
        <translation>Liftoff empfängt Anmeldelinks nicht über %1: %2.</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>es ist ein symbolischer Link</translation>
    </message>
    <message>
        <source>it is not a directory</source>
        <translation>es ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>it belongs to another user</source>
        <translation>es gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <source>other users can open it</source>
        <translation>andere Benutzer können es öffnen</translation>
    </message>
    <message>
        <source>it is not an absolute path</source>
        <translation>es ist kein absoluter Pfad</translation>
    </message>
    <message>
        <source>it is not a socket</source>
        <translation>es ist kein Socket</translation>
    </message>
    <message>
        <source>Liftoff cannot tell which user it runs as, so it does not receive sign-in links.</source>
        <translation>Liftoff kann nicht feststellen, als welcher Benutzer es läuft, und empfängt daher keine Anmeldelinks.</translation>
    </message>
    <message>
        <source>Another program already holds the channel for sign-in links, so Liftoff does not receive them.</source>
        <translation>Ein anderes Programm belegt bereits den Kanal für Anmeldelinks, daher empfängt Liftoff sie nicht.</translation>
    </message>
</context>
<context>
    <name>Localization</name>
    <message>
        <source>--lang needs a language code. Languages: %1.</source>
        <translation>--lang braucht einen Sprachcode. Sprachen: %1.</translation>
    </message>
    <message>
        <source>could not read the translation file %1. Make it with lrelease from a .ts file, or give a language code: %2.</source>
        <translation>Die Übersetzungsdatei %1 konnte nicht gelesen werden. Erzeugen Sie sie mit lrelease aus einer .ts-Datei, oder geben Sie einen Sprachcode an: %2.</translation>
    </message>
    <message>
        <source>there is no translation into &quot;%1&quot;. Languages: %2.</source>
        <translation>Es gibt keine Übersetzung für „%1“. Sprachen: %2.</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>The Rocket.Chat server, e.g. https://chat.example.com (required).</source>
        <translation>Der Rocket.Chat-Server, z. B. https://chat.example.com (erforderlich).</translation>
    </message>
    <message>
        <source>Sign in with this e-mail address instead.</source>
        <translation>Stattdessen mit dieser E-Mail-Adresse anmelden.</translation>
    </message>
    <message>
        <source>address</source>
        <comment>placeholder in the option list: --email &lt;address&gt;</comment>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input. Without it the password is asked for on the terminal, without echo.</source>
        <translation>Das Passwort aus der ersten Zeile der Standardeingabe lesen. Ohne diese Option wird auf dem Terminal ohne Echo danach gefragt.</translation>
    </message>
    <message>
        <source>Sign in through the server&apos;s LDAP directory.</source>
        <translation>Über das LDAP-Verzeichnis des Servers anmelden.</translation>
    </message>
    <message>
        <source>code</source>
        <comment>placeholder in the option list: --totp-code &lt;code&gt;</comment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Do not keep the session: nothing goes to the system keychain or the account list, and liftoff resume, status, token and logout will not know it.</source>
        <translation>Die Sitzung nicht behalten: Nichts gelangt in den Schlüsselbund des Systems oder die Kontoliste, und liftoff resume, status, token und logout kennen sie nicht.</translation>
    </message>
    <message>
        <source>On success print one JSON object (server, userId, username, type, tokenExpires, stored) instead of a sentence. The token itself is never printed.</source>
        <translation>Bei Erfolg ein JSON-Objekt (server, userId, username, type, tokenExpires, stored) statt eines Satzes ausgeben. Das Token selbst wird nie ausgegeben.</translation>
    </message>
    <message>
        <source>Allow an unencrypted http:// connection to a server that is not on this computer.</source>
        <translation>Eine unverschlüsselte http://-Verbindung zu einem Server erlauben, der nicht auf diesem Computer läuft.</translation>
    </message>
    <message>
        <source>Give up when the server has not answered for this long (default: 30).</source>
        <translation>Aufgeben, wenn der Server so lange nicht geantwortet hat (Standard: 30).</translation>
    </message>
    <message>
        <source>login takes options only, and no other arguments; a password is typed when asked, or piped in with --password-stdin.</source>
        <translation>login nimmt nur Optionen an, keine weiteren Argumente; ein Passwort wird eingegeben, wenn danach gefragt wird, oder mit --password-stdin weitergeleitet.</translation>
    </message>
    <message>
        <source>which server? Add --server &lt;url&gt;.</source>
        <translation>Welcher Server? Geben Sie --server &lt;URL&gt; an.</translation>
    </message>
    <message>
        <source>(--allow-insecure allows it.)</source>
        <translation>(--allow-insecure erlaubt es.)</translation>
    </message>
    <message>
        <source>give either --username or --email (one of them).</source>
        <translation>Geben Sie entweder --username oder --email an (eins davon).</translation>
    </message>
    <message>
        <source>--totp-code is empty.</source>
        <translation>--totp-code ist leer.</translation>
    </message>
    <message>
        <source>there is no terminal to ask for the password on: pipe it in and add --password-stdin.</source>
        <translation>Es gibt kein Terminal, auf dem nach dem Passwort gefragt werden kann: Leiten Sie es weiter und fügen Sie --password-stdin hinzu.</translation>
    </message>
    <message>
        <source>signed in (and the session stored, unless --no-store)</source>
        <translation>angemeldet (und die Sitzung gespeichert, außer mit --no-store)</translation>
    </message>
    <message>
        <source>anything else (e.g. an unexpected server error)</source>
        <translation>alles andere (z. B. ein unerwarteter Serverfehler)</translation>
    </message>
    <message>
        <source>usage: a missing or wrong option, or no terminal and no --password-stdin</source>
        <translation>Aufruffehler: eine fehlende oder falsche Option, oder kein Terminal und kein --password-stdin</translation>
    </message>
    <message>
        <source>two-factor code required (none given and no terminal) or wrong</source>
        <translation>Zwei-Faktor-Code erforderlich (keiner angegeben und kein Terminal) oder falsch</translation>
    </message>
    <message>
        <source>rate-limited or blocked by the server: try again later</source>
        <translation>vom Server begrenzt oder gesperrt: später erneut versuchen</translation>
    </message>
    <message>
        <source>signed in, but the system keychain is unavailable or locked, so the session was not stored (stdout still says who signed in; stderr says why)</source>
        <translation>angemeldet, aber der Schlüsselbund des Systems ist nicht verfügbar oder gesperrt, daher wurde die Sitzung nicht gespeichert (stdout nennt trotzdem, wer angemeldet ist; stderr sagt, warum)</translation>
    </message>
    <message>
        <source>On Ctrl+C the terminal is restored and the process ends by the signal, as usual (a shell shows 130).</source>
        <translation>Bei Strg+C wird das Terminal wiederhergestellt und der Prozess wie üblich durch das Signal beendet (eine Shell zeigt 130).</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>Passwort für %1 auf %2: </translation>
    </message>
    <message>
        <source>Code sent to you by e-mail: </source>
        <translation>Per E-Mail an Sie gesendeter Code: </translation>
    </message>
    <message>
        <source>Code sent by e-mail to %1: </source>
        <translation>Per E-Mail an %1 gesendeter Code: </translation>
    </message>
    <message>
        <source>Two-factor code from your authenticator app: </source>
        <translation>Zwei-Faktor-Code aus Ihrer Authenticator-App: </translation>
    </message>
    <message>
        <source>no password was given.</source>
        <translation>Es wurde kein Passwort eingegeben.</translation>
    </message>
    <message>
        <source>standard input ended before a password (--password-stdin reads its first line).</source>
        <translation>Die Standardeingabe endete vor einem Passwort (--password-stdin liest ihre erste Zeile).</translation>
    </message>
    <message>
        <source>Standard input ended before a code.</source>
        <translation>Die Standardeingabe endete vor einem Code.</translation>
    </message>
    <message>
        <source>Without a terminal to ask on, pass the code with --totp-code.</source>
        <translation>Ohne Terminal zum Nachfragen geben Sie den Code mit --totp-code an.</translation>
    </message>
    <message>
        <source>the session was not stored: %1</source>
        <translation>Die Sitzung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>signing in failed.</source>
        <translation>Die Anmeldung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate although the system does not, if its SHA-256 fingerprint is this one (64 hexadecimal digits, colons optional). It is remembered for the server, as the window&apos;s &quot;Trust this certificate&quot;, unless --no-store.</source>
        <translation>Dem Zertifikat des Servers vertrauen, obwohl das System ihm nicht vertraut, wenn sein SHA-256-Fingerabdruck dieser ist (64 Hexadezimalziffern, Doppelpunkte optional). Das Vertrauen wird für den Server gespeichert, wie bei „Diesem Zertifikat vertrauen“ im Fenster, außer mit --no-store.</translation>
    </message>
    <message>
        <source>server unreachable, not Rocket.Chat, too old, TLS problem (such as a certificate that is not trusted: stderr gives its fingerprint for --trust-fingerprint), time-out or lost connection</source>
        <translation>Server nicht erreichbar, kein Rocket.Chat, zu alt, TLS-Problem (z. B. ein Zertifikat, dem nicht vertraut wird: stderr nennt seinen Fingerabdruck für --trust-fingerprint), Zeitüberschreitung oder Verbindung verloren</translation>
    </message>
    <message>
        <source>Sign in with this single sign-on service of the server (e.g. github, keycloak, saml, cas) in your web browser, instead of a password.</source>
        <translation>Mit diesem Single-Sign-On-Dienst des Servers (z. B. github, keycloak, saml, cas) in Ihrem Webbrowser anmelden, statt mit einem Passwort.</translation>
    </message>
    <message>
        <source>service</source>
        <comment>placeholder in the option list: --sso &lt;service&gt;</comment>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>With --sso: how long to wait for the browser (default: 300).</source>
        <translation>Mit --sso: wie lange auf den Browser gewartet wird (Standard: 300).</translation>
    </message>
    <message>
        <source>--sso needs the name of a service, e.g. --sso github.</source>
        <translation>--sso braucht den Namen eines Dienstes, z. B. --sso github.</translation>
    </message>
    <message>
        <source>--sso signs in with the browser: leave out --username, --email, --password-stdin and --ldap.</source>
        <translation>--sso meldet über den Browser an: Lassen Sie --username, --email, --password-stdin und --ldap weg.</translation>
    </message>
    <message>
        <source>--sso-timeout goes with --sso.</source>
        <translation>--sso-timeout gehört zu --sso.</translation>
    </message>
    <message>
        <source>Another Liftoff is running and would receive the browser&apos;s sign-in: sign in there, or close it and try again.</source>
        <translation>Ein anderes Liftoff läuft und würde die Anmeldung aus dem Browser empfangen: Melden Sie sich dort an, oder schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 offers no single sign-on; sign in with --username or --email.</source>
        <translation>%1 bietet kein Single Sign-On an; melden Sie sich mit --username oder --email an.</translation>
    </message>
    <message>
        <source>%1 offers no sign-in with &quot;%2&quot;; it offers: %3.</source>
        <translation>%1 bietet keine Anmeldung mit „%2“ an; angeboten wird: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Continue signing in with %1 in your web browser (waiting up to %n minute(s)).</source>
        <translation>
            <numerusform>Setzen Sie die Anmeldung mit %1 in Ihrem Webbrowser fort (es wird bis zu %n Minute gewartet).</numerusform>
            <numerusform>Setzen Sie die Anmeldung mit %1 in Ihrem Webbrowser fort (es wird bis zu %n Minuten gewartet).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting up to %n minute(s) for the sign-in to come back.</source>
        <translation>
            <numerusform>Es wird bis zu %n Minute gewartet, bis die Anmeldung zurückkommt.</numerusform>
            <numerusform>Es wird bis zu %n Minuten gewartet, bis die Anmeldung zurückkommt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two-factor code (authenticator app or e-mail), when the server asks for one. On a terminal it is asked for instead. Other users of this computer can see arguments in the process list: --totp-code-stdin is safer.</source>
        <translation>Der Zwei-Faktor-Code (Authenticator-App oder E-Mail), wenn der Server danach fragt. Im Terminal wird stattdessen danach gefragt. Andere Benutzer dieses Computers können Argumente in der Prozessliste sehen: --totp-code-stdin ist sicherer.</translation>
    </message>
    <message>
        <source>Read the two-factor code, when the server asks for one, from the line of standard input after the password (with --password-stdin: the second line).</source>
        <translation>Den Zwei-Faktor-Code, wenn der Server danach fragt, aus der Zeile der Standardeingabe nach dem Passwort lesen (mit --password-stdin: die zweite Zeile).</translation>
    </message>
    <message>
        <source>give --totp-code or --totp-code-stdin, not both.</source>
        <translation>--totp-code oder --totp-code-stdin angeben, nicht beides.</translation>
    </message>
    <message>
        <source>--totp-code-stdin reads the line after the password: it goes with --password-stdin.</source>
        <translation>--totp-code-stdin liest die Zeile nach dem Passwort: es gehört zu --password-stdin.</translation>
    </message>
    <message>
        <source>the two-factor code on standard input (--totp-code-stdin) is empty.</source>
        <translation>der Zwei-Faktor-Code auf der Standardeingabe (--totp-code-stdin) ist leer.</translation>
    </message>
    <message>
        <source>Sign in with this username.</source>
        <translation>Mit diesem Benutzernamen anmelden.</translation>
    </message>
    <message>
        <source>Sign in with a personal access token (made in Rocket.Chat under My Account → Personal Access Tokens) instead of a password: it is read from standard input, or asked for on the terminal without echo. Signing out later forgets it on this computer only: it works until you revoke it in Rocket.Chat.</source>
        <translation>Mit einem persönlichen Zugriffstoken (erstellt in Rocket.Chat unter Mein Konto → Persönliche Zugriffstoken) statt eines Passworts anmelden: Es wird aus der Standardeingabe gelesen oder auf dem Terminal ohne Echo abgefragt. Beim späteren Abmelden wird es nur auf diesem Computer vergessen: Es funktioniert, bis Sie es in Rocket.Chat widerrufen.</translation>
    </message>
    <message>
        <source>--with-token signs in with a personal access token alone: leave out --username, --email, --password-stdin, --ldap, --sso and the two-factor options.</source>
        <translation>--with-token meldet allein mit einem persönlichen Zugriffstoken an: Lassen Sie --username, --email, --password-stdin, --ldap, --sso und die Zwei-Faktor-Optionen weg.</translation>
    </message>
    <message>
        <source>the username or e-mail address is empty.</source>
        <translation>Der Benutzername oder die E-Mail-Adresse ist leer.</translation>
    </message>
    <message>
        <source>--email needs an e-mail address (name@example.com); for a username use --username.</source>
        <translation>--email braucht eine E-Mail-Adresse (name@example.com); für einen Benutzernamen verwenden Sie --username.</translation>
    </message>
    <message>
        <source>a password or token is never taken as an argument, where others could see it: type it when asked, or pipe it in with --password-stdin (a personal access token: --with-token).</source>
        <translation>Ein Passwort oder Token wird nie als Argument angenommen, wo andere es sehen könnten: Geben Sie es ein, wenn danach gefragt wird, oder leiten Sie es mit --password-stdin weiter (ein persönliches Zugriffstoken: --with-token).</translation>
    </message>
    <message>
        <source>Usage: liftoff login --server &lt;url&gt; (--username &lt;name&gt; | --email &lt;address&gt; | --sso &lt;service&gt; | --with-token) [options]</source>
        <translation>Aufruf: liftoff login --server &lt;URL&gt; (--username &lt;Name&gt; | --email &lt;Adresse&gt; | --sso &lt;Dienst&gt; | --with-token) [Optionen]</translation>
    </message>
    <message>
        <source>Signs in to a Rocket.Chat server, checking the server while you type the password, and keeps the session in the system keychain for liftoff resume, status, token and logout (and the window). The password is never taken as an argument: it is asked for on the terminal without echo, or read from standard input with --password-stdin. On a terminal, a two-factor code is asked for when the server wants one; otherwise pass it with --totp-code. With --sso the sign-in happens in your web browser (the BROWSER environment variable, else the system&apos;s default browser); if none can be opened, the address to open is printed. The browser hands the sign-in back to this command through a rocketchat:// link. With --with-token a personal access token signs in instead (as gh auth login --with-token): piped in (echo &quot;$TOKEN&quot; | liftoff login --server &lt;url&gt; --with-token) or typed without echo; it is kept like a session, never expires here, and liftoff logout forgets it on this computer without deleting it on the server.</source>
        <translation>Meldet Sie bei einem Rocket.Chat-Server an, prüft den Server, während Sie das Passwort eingeben, und behält die Sitzung im Schlüsselbund des Systems für liftoff resume, status, token und logout (und das Fenster). Das Passwort wird nie als Argument angenommen: Auf dem Terminal wird ohne Echo danach gefragt, oder es wird mit --password-stdin aus der Standardeingabe gelesen. Auf einem Terminal wird nach einem Zwei-Faktor-Code gefragt, wenn der Server einen verlangt; sonst geben Sie ihn mit --totp-code an. Mit --sso erfolgt die Anmeldung in Ihrem Webbrowser (dem aus der Umgebungsvariablen BROWSER, sonst dem Standardbrowser des Systems); lässt sich keiner öffnen, wird die zu öffnende Adresse ausgegeben. Der Browser gibt die Anmeldung über einen rocketchat://-Link an diesen Befehl zurück. Mit --with-token meldet stattdessen ein persönliches Zugriffstoken an (wie bei gh auth login --with-token): per Pipe übergeben (echo &quot;$TOKEN&quot; | liftoff login --server &lt;URL&gt; --with-token) oder ohne Echo eingegeben; es wird wie eine Sitzung aufbewahrt, läuft hier nie ab, und liftoff logout vergisst es auf diesem Computer, ohne es auf dem Server zu löschen.</translation>
    </message>
    <message>
        <source>credentials or personal access token rejected, or the account may not sign in (deactivated, app user, no roles, e-mail not verified)</source>
        <translation>Anmeldedaten oder persönliches Zugriffstoken abgelehnt, oder das Konto darf sich nicht anmelden (deaktiviert, App-Benutzer, keine Rollen, E-Mail-Adresse nicht bestätigt)</translation>
    </message>
    <message>
        <source>Personal access token for %1: </source>
        <translation>Persönliches Zugriffstoken für %1: </translation>
    </message>
    <message>
        <source>no personal access token was given.</source>
        <translation>Es wurde kein persönliches Zugriffstoken eingegeben.</translation>
    </message>
    <message>
        <source>standard input ended before a personal access token (--with-token reads its first line).</source>
        <translation>Die Standardeingabe endete vor einem persönlichen Zugriffstoken (--with-token liest ihre erste Zeile).</translation>
    </message>
    <message>
        <source>the server did not accept this personal access token: check that it was copied whole and has not been revoked.</source>
        <translation>Der Server hat dieses persönliche Zugriffstoken nicht angenommen: Prüfen Sie, ob es vollständig kopiert und nicht widerrufen wurde.</translation>
    </message>
    <message>
        <source>Sign in to a Rocket.Chat server with a username or e-mail address and password, single sign-on, or a personal access token.</source>
        <translation>Mit Benutzername oder E-Mail-Adresse und Passwort, mit Single Sign-On oder mit einem persönlichen Zugriffstoken bei einem Rocket.Chat-Server anmelden.</translation>
    </message>
</context>
<context>
    <name>LoginService</name>
    <message>
        <source>SAML single sign-on</source>
        <translation>SAML-Single-Sign-On</translation>
    </message>
    <message>
        <source>CAS single sign-on</source>
        <translation>CAS-Single-Sign-On</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <extracomment>%1 is the name of an identity provider or a button&apos;s own text, e.g. &quot;GitHub&quot;.</extracomment>
        <translation>Mit %1 anmelden</translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <source>The server did not answer in time, so the session of %1 may still be valid there until it expires; it is no longer stored on this computer.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet, daher ist die Sitzung von %1 dort vielleicht noch gültig, bis sie abläuft; auf diesem Computer ist sie nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>Sign out of every stored account.</source>
        <translation>Von allen gespeicherten Konten abmelden.</translation>
    </message>
    <message>
        <source>signed out (also when the server could not be told: see stderr), or --all and there was nothing to sign out of</source>
        <translation>abgemeldet (auch wenn der Server nicht benachrichtigt werden konnte: siehe stderr), oder --all und es gab nichts abzumelden</translation>
    </message>
    <message>
        <source>anything else</source>
        <translation>alles andere</translation>
    </message>
    <message>
        <source>usage: a wrong or unknown option</source>
        <translation>Aufruffehler: eine falsche oder unbekannte Option</translation>
    </message>
    <message>
        <source>system keychain unavailable or locked: nothing was removed, try again once it works</source>
        <translation>Schlüsselbund des Systems nicht verfügbar oder gesperrt: Nichts wurde entfernt; erneut versuchen, sobald er funktioniert</translation>
    </message>
    <message>
        <source>--all signs out of every account: leave out --server and --username.</source>
        <translation>--all meldet von allen Konten ab: Lassen Sie --server und --username weg.</translation>
    </message>
    <message>
        <source>liftoff logout: no stored session; nothing to sign out of.</source>
        <translation>liftoff logout: keine gespeicherte Sitzung; nichts abzumelden.</translation>
    </message>
    <message>
        <source>The session of %1 had already ended (%2); it is forgotten.</source>
        <translation>Die Sitzung von %1 war bereits beendet (%2); sie ist vergessen.</translation>
    </message>
    <message>
        <source>%1: the server could not be told, so the session may still be valid there until it expires. It is no longer stored on this computer.</source>
        <translation>%1: Der Server konnte nicht benachrichtigt werden, daher ist die Sitzung dort vielleicht noch gültig, bis sie abläuft. Auf diesem Computer ist sie nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>The keychain held no session for %1; it is forgotten.</source>
        <translation>Der Schlüsselbund enthielt keine Sitzung für %1; sie ist vergessen.</translation>
    </message>
    <message>
        <source>%1 is still signed in: %2</source>
        <translation>%1 ist noch angemeldet: %2</translation>
    </message>
    <message>
        <source>signed out of %1 on the server, but: %2</source>
        <translation>Von %1 auf dem Server abgemeldet, aber: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>could not update %1.</source>
        <translation>%1 konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Von %1 abgemeldet.</translation>
    </message>
    <message>
        <source>Sign out every OTHER session of the account on the server instead (other devices and browsers), and make its personal access tokens stop working; this session stays signed in and stored. Asks first on a terminal.</source>
        <translation>Stattdessen jede ANDERE Sitzung des Kontos auf dem Server beenden (andere Geräte und Browser) und seine persönlichen Zugriffstoken unwirksam machen; diese Sitzung bleibt angemeldet und gespeichert. Fragt auf einem Terminal zuerst nach.</translation>
    </message>
    <message>
        <source>With --others: do not ask (needed without a terminal).</source>
        <translation>Mit --others: nicht nachfragen (ohne Terminal nötig).</translation>
    </message>
    <message>
        <source>Usage: liftoff logout [--server &lt;url&gt;] [--username &lt;name&gt; | --all | --others [--yes]] [options]</source>
        <translation>Aufruf: liftoff logout [--server &lt;URL&gt;] [--username &lt;Name&gt; | --all | --others [--yes]] [Optionen]</translation>
    </message>
    <message>
        <source>Signs out of a stored session, as Sign out in the window does: the server is told to forget the session, then its token is removed from the system keychain and the account from the list. Without options, the account used last; --server and --username pick another, --all takes every one. When the server cannot be reached, the session is forgotten on this computer all the same and stderr says that it may still be valid on the server until it expires: the exit code is 0, since nothing is stored any more. An account signed in with a personal access token is only forgotten on this computer: the server is not told, since that would delete the token for every script that uses it; it works until you revoke it in Rocket.Chat (My Account → Personal Access Tokens). --others keeps this session and ends every other one of the account on the server (not offered for a personal access token).</source>
        <translation>Meldet eine gespeicherte Sitzung ab, wie „Abmelden“ im Fenster: Der Server wird gebeten, die Sitzung zu vergessen, dann wird ihr Token aus dem Schlüsselbund des Systems und das Konto aus der Liste entfernt. Ohne Optionen das zuletzt verwendete Konto; --server und --username wählen ein anderes, --all nimmt alle. Ist der Server nicht erreichbar, wird die Sitzung trotzdem auf diesem Computer vergessen, und stderr sagt, dass sie auf dem Server vielleicht noch gültig ist, bis sie abläuft: Der Exit-Code ist dann 0, da nichts mehr gespeichert ist. Ein mit einem persönlichen Zugriffstoken angemeldetes Konto wird nur auf diesem Computer vergessen: Der Server wird nicht benachrichtigt, da dies das Token für jedes Skript löschen würde, das es verwendet; es funktioniert, bis Sie es in Rocket.Chat widerrufen (Mein Konto → Persönliche Zugriffstoken). --others behält diese Sitzung und beendet jede andere Sitzung des Kontos auf dem Server (für ein persönliches Zugriffstoken nicht angeboten).</translation>
    </message>
    <message>
        <source>no stored session matches (--others: or the session is no longer accepted, or it is a personal access token)</source>
        <translation>keine gespeicherte Sitzung passt (--others: oder die Sitzung wird nicht mehr angenommen, oder es ist ein persönliches Zugriffstoken)</translation>
    </message>
    <message>
        <source>--others: the server could not be reached</source>
        <translation>--others: Der Server war nicht erreichbar</translation>
    </message>
    <message>
        <source>give --all or --others, not both.</source>
        <translation>--all oder --others angeben, nicht beides.</translation>
    </message>
    <message>
        <source>--yes goes with --others.</source>
        <translation>--yes gehört zu --others.</translation>
    </message>
    <message>
        <source>--others asks before it signs out the other sessions, and there is no terminal to ask on: add --yes.</source>
        <translation>--others fragt nach, bevor es die anderen Sitzungen beendet, und es gibt kein Terminal, auf dem gefragt werden kann: Fügen Sie --yes hinzu.</translation>
    </message>
    <message>
        <source>The personal access token still works until you revoke it in Rocket.Chat (My Account → Personal Access Tokens); it is no longer stored on this computer.</source>
        <translation>Das persönliche Zugriffstoken funktioniert weiter, bis Sie es in Rocket.Chat widerrufen (Mein Konto → Persönliche Zugriffstoken); auf diesem Computer ist es nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>%1 is signed in with a personal access token; signing out the other sessions would delete that token too. Sign in with a password (liftoff login) to do it.</source>
        <translation>%1 ist mit einem persönlichen Zugriffstoken angemeldet; das Beenden der anderen Sitzungen würde auch dieses Token löschen. Melden Sie sich dafür mit einem Passwort an (liftoff login).</translation>
    </message>
    <message>
        <source>y</source>
        <comment>the answer yes to a [y/N] question</comment>
        <translation>j</translation>
    </message>
    <message>
        <source>Nothing was signed out.</source>
        <translation>Es wurde keine Sitzung beendet.</translation>
    </message>
    <message>
        <source>Sign out all other sessions of %1? Other devices and browsers are signed out, and personal access tokens stop working. This session stays signed in.</source>
        <translation>Alle anderen Sitzungen von %1 beenden? Andere Geräte und Browser werden abgemeldet, und persönliche Zugriffstoken funktionieren nicht mehr. Diese Sitzung bleibt angemeldet.</translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>Fortfahren? [j/N] </translation>
    </message>
    <message>
        <source>Signed out every other session of %1; this one is still signed in.</source>
        <translation>Alle anderen Sitzungen von %1 wurden beendet; diese ist weiterhin angemeldet.</translation>
    </message>
    <message>
        <source>the other sessions of %1 were not signed out: %2</source>
        <translation>Die anderen Sitzungen von %1 wurden nicht beendet: %2</translation>
    </message>
    <message>
        <source>the server did not answer in time; the other sessions of %1 may not be signed out.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet; die anderen Sitzungen von %1 sind vielleicht nicht beendet.</translation>
    </message>
    <message>
        <source>Sign out on the server and forget the stored session (--all: every one; --others: every other session of the account).</source>
        <translation>Auf dem Server abmelden und die gespeicherte Sitzung vergessen (--all: alle; --others: jede andere Sitzung des Kontos).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Liftoff</source>
        <comment>the application name, as the window title</comment>
        <translation>Liftoff</translation>
    </message>
    <message>
        <source>Sign in from a link?</source>
        <translation>Über einen Link anmelden?</translation>
    </message>
    <message>
        <source>&amp;Ignore the link</source>
        <translation>Link &amp;ignorieren</translation>
    </message>
    <message>
        <source>Sign-in link ignored</source>
        <translation>Anmeldelink ignoriert</translation>
    </message>
    <message>
        <source>A link asks Liftoff to sign you in to %1 as %2 (@%3, user id %4). Sign in only if you just asked for this, for example in your browser; a link from someone else could sign you in to their account.</source>
        <comment>%1 is a server address, %2 a person&apos;s name, %3 a user name, %4 a user id</comment>
        <translation>Ein Link bittet Liftoff, Sie bei %1 als %2 (@%3, Benutzer-ID %4) anzumelden. Melden Sie sich nur an, wenn Sie das gerade selbst angefordert haben, zum Beispiel in Ihrem Browser; ein Link von jemand anderem könnte Sie bei dessen Konto anmelden.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>accepts a sign-in link; no &amp; in it: no single key may accept</comment>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>OfflinePage</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>the name of the page shown while the server is unreachable</comment>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Last try</source>
        <extracomment>The name, for screen readers, of the message saying why the most recent attempt to reach the server failed: the previous try, not the final one (Liftoff keeps trying).</extracomment>
        <translation>Vorheriger Versuch</translation>
    </message>
    <message>
        <source>Sign in with &amp;another account</source>
        <translation>Mit einem &amp;anderen Konto anmelden</translation>
    </message>
    <message>
        <source>Sign in with another account</source>
        <translation>Mit einem anderen Konto anmelden</translation>
    </message>
    <message>
        <source>Stop waiting for this server; this account stays saved and you can switch back to it later</source>
        <translation>Nicht länger auf diesen Server warten; dieses Konto bleibt gespeichert, und Sie können später dorthin zurückwechseln</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Try to reach the server now instead of waiting (Enter)</source>
        <translation>Den Server jetzt zu erreichen versuchen, statt zu warten (Eingabetaste)</translation>
    </message>
    <message>
        <source>Liftoff cannot reach %1 to sign you in as %2. Your session is kept on this computer: you are signed in as soon as the server answers.</source>
        <comment>%1 is a server address, %2 an account</comment>
        <translation>Liftoff erreicht %1 nicht, um Sie als %2 anzumelden. Ihre Sitzung bleibt auf diesem Computer erhalten: Sie werden angemeldet, sobald der Server antwortet.</translation>
    </message>
    <message>
        <source>Liftoff cannot reach %1. Your session is kept on this computer: you are signed in as soon as the server answers.</source>
        <comment>%1 is a server address</comment>
        <translation>Liftoff erreicht %1 nicht. Ihre Sitzung bleibt auf diesem Computer erhalten: Sie werden angemeldet, sobald der Server antwortet.</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <comment>a live countdown to the next try</comment>
        <translation>
            <numerusform>Neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>Neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying again now…</source>
        <translation>Neuer Versuch läuft …</translation>
    </message>
    <message>
        <source>Trying again</source>
        <comment>a busy bar while the server is tried again</comment>
        <translation>Erneuter Versuch läuft</translation>
    </message>
</context>
<context>
    <name>OpenCommand</name>
    <message>
        <source>Hand a sign-in link (rocketchat://auth?…) to the running Liftoff, or open the window with it.</source>
        <translation>Einen Anmeldelink (rocketchat://auth?…) an das laufende Liftoff übergeben oder das Fenster damit öffnen.</translation>
    </message>
    <message>
        <source>url</source>
        <comment>placeholder in the usage line: liftoff open &lt;url&gt;</comment>
        <translation>URL</translation>
    </message>
    <message>
        <source>The link, rocketchat://auth?…</source>
        <translation>Der Link, rocketchat://auth?…</translation>
    </message>
    <message>
        <source>Usage: liftoff open &lt;url&gt;</source>
        <translation>Aufruf: liftoff open &lt;URL&gt;</translation>
    </message>
    <message>
        <source>Hands a sign-in link to the Liftoff that is running (the window, or liftoff login --sso), as the operating system does when a browser opens a rocketchat:// link. With none running, opens the window, which handles the link. A link Liftoff did not ask for is refused there.</source>
        <translation>Übergibt einen Anmeldelink an das laufende Liftoff (das Fenster oder liftoff login --sso), so wie es das Betriebssystem tut, wenn ein Browser einen rocketchat://-Link öffnet. Läuft keines, wird das Fenster geöffnet, das den Link bearbeitet. Einen Link, den Liftoff nicht angefordert hat, lehnt das Fenster ab.</translation>
    </message>
    <message>
        <source>handed over (or handled by the window)</source>
        <translation>übergeben (oder vom Fenster bearbeitet)</translation>
    </message>
    <message>
        <source>usage: not one link, or not a rocketchat:// link</source>
        <translation>Aufruffehler: nicht genau ein Link, oder kein rocketchat://-Link</translation>
    </message>
    <message>
        <source>give one link, rocketchat://auth?… or https://go.rocket.chat/auth?…</source>
        <translation>Geben Sie genau einen Link an, rocketchat://auth?… oder https://go.rocket.chat/auth?…</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Show password</source>
        <comment>a toggle button next to the password field</comment>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Das Passwort verbergen</translation>
    </message>
    <message>
        <source>Show the password as you type it</source>
        <translation>Das Passwort beim Tippen anzeigen</translation>
    </message>
</context>
<context>
    <name>ResumeCommand</name>
    <message>
        <source>Sign in again with the session stored by login, without a password.</source>
        <translation>Mit der von login gespeicherten Sitzung erneut anmelden, ohne Passwort.</translation>
    </message>
    <message>
        <source>On success print one JSON object (server, userId, username, type, tokenExpires) instead of a sentence. The token itself is never printed.</source>
        <translation>Bei Erfolg ein JSON-Objekt (server, userId, username, type, tokenExpires) statt eines Satzes ausgeben. Das Token selbst wird nie ausgegeben.</translation>
    </message>
    <message>
        <source>Usage: liftoff resume [--server &lt;url&gt;] [--username &lt;name&gt;] [options]</source>
        <translation>Aufruf: liftoff resume [--server &lt;URL&gt;] [--username &lt;Name&gt;] [Optionen]</translation>
    </message>
    <message>
        <source>Signs in again with the session that &quot;liftoff login&quot; stored in the system keychain, without a password: the account given by --server and --username, or else the one used last. A session that expired or that the server no longer accepts is forgotten; one whose server cannot be reached is kept.</source>
        <translation>Meldet Sie mit der Sitzung, die „liftoff login“ im Schlüsselbund des Systems gespeichert hat, erneut an, ohne Passwort: das Konto, das --server und --username angeben, sonst das zuletzt verwendete. Eine abgelaufene Sitzung oder eine, die der Server nicht mehr annimmt, wird vergessen; eine, deren Server nicht erreichbar ist, bleibt erhalten.</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>anything else (e.g. an unexpected server error)</source>
        <translation>alles andere (z. B. ein unerwarteter Serverfehler)</translation>
    </message>
    <message>
        <source>usage: a wrong or unknown option</source>
        <translation>Aufruffehler: eine falsche oder unbekannte Option</translation>
    </message>
    <message>
        <source>no stored session (or its token is not in the keychain), or it expired, or the server no longer accepts it: sign in with liftoff login</source>
        <translation>keine gespeicherte Sitzung (oder ihr Token ist nicht im Schlüsselbund), oder sie ist abgelaufen, oder der Server nimmt sie nicht mehr an: mit liftoff login anmelden</translation>
    </message>
    <message>
        <source>system keychain unavailable or locked</source>
        <translation>Schlüsselbund des Systems nicht verfügbar oder gesperrt</translation>
    </message>
    <message>
        <source>The session of %1 is kept: try again later.</source>
        <translation>Die Sitzung von %1 bleibt erhalten: Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate although the system does not, if its SHA-256 fingerprint is this one (64 hexadecimal digits, colons optional). It is remembered for the server, as the window&apos;s &quot;Trust this certificate&quot;.</source>
        <translation>Dem Zertifikat des Servers vertrauen, obwohl das System ihm nicht vertraut, wenn sein SHA-256-Fingerabdruck dieser ist (64 Hexadezimalziffern, Doppelpunkte optional). Das Vertrauen wird für den Server gespeichert, wie bei „Diesem Zertifikat vertrauen“ im Fenster.</translation>
    </message>
    <message>
        <source>server unreachable, not Rocket.Chat, TLS problem (such as a certificate that is not trusted: stderr gives its fingerprint for --trust-fingerprint) or time-out; the session is kept</source>
        <translation>Server nicht erreichbar, kein Rocket.Chat, TLS-Problem (z. B. ein Zertifikat, dem nicht vertraut wird: stderr nennt seinen Fingerabdruck für --trust-fingerprint) oder Zeitüberschreitung; die Sitzung bleibt erhalten</translation>
    </message>
    <message>
        <source>The session of %1 is kept.</source>
        <translation>Die Sitzung von %1 bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>ResumingPage</name>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Signing in with a saved session</source>
        <comment>the name of a page</comment>
        <translation>Anmeldung mit gespeicherter Sitzung</translation>
    </message>
    <message>
        <source>Signing in with the saved session</source>
        <translation>Anmeldung mit der gespeicherten Sitzung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel signing in with the saved session</source>
        <translation>Anmeldung mit der gespeicherten Sitzung abbrechen</translation>
    </message>
    <message>
        <source>Stop and go to the sign-in page; the account stays saved (Esc)</source>
        <translation>Anhalten und zur Anmeldeseite gehen; das Konto bleibt gespeichert (Esc)</translation>
    </message>
    <message>
        <source>Signing in to %1 as %2 with the session saved on this computer…</source>
        <comment>%1 is a server address, %2 an account</comment>
        <translation>Anmeldung bei %1 als %2 mit der auf diesem Computer gespeicherten Sitzung …</translation>
    </message>
    <message>
        <source>Signing in to %1 with the session saved on this computer…</source>
        <comment>%1 is a server address</comment>
        <translation>Anmeldung bei %1 mit der auf diesem Computer gespeicherten Sitzung …</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Enter the address of your Rocket.Chat server, for example chat.example.com.</source>
        <translation>Geben Sie die Adresse Ihres Rocket.Chat-Servers ein, zum Beispiel chat.example.com.</translation>
    </message>
    <message>
        <source>A server address cannot contain spaces. Check the address and enter it again without spaces.</source>
        <translation>Eine Serveradresse darf keine Leerzeichen enthalten. Prüfen Sie die Adresse und geben Sie sie ohne Leerzeichen erneut ein.</translation>
    </message>
    <message>
        <source>Addresses starting with “%1:” cannot be used to sign in. Enter the server address with https://, for example https://chat.example.com.</source>
        <extracomment>%1 is the scheme the user typed, such as &quot;ftp&quot; or &quot;mailto&quot;.</extracomment>
        <translation>Adressen, die mit „%1:“ beginnen, können nicht zur Anmeldung verwendet werden. Geben Sie die Serveradresse mit https:// ein, zum Beispiel https://chat.example.com.</translation>
    </message>
    <message>
        <source>This is not a valid web address. Enter the server address as it appears in your browser, for example https://chat.example.com.</source>
        <translation>Dies ist keine gültige Webadresse. Geben Sie die Serveradresse so ein, wie sie in Ihrem Browser erscheint, zum Beispiel https://chat.example.com.</translation>
    </message>
    <message>
        <source>The address has no server name. Enter the full address, for example https://chat.example.com.</source>
        <translation>Der Adresse fehlt der Servername. Geben Sie die vollständige Adresse ein, zum Beispiel https://chat.example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a valid server name. Check the address for typing mistakes.</source>
        <extracomment>%1 is the server name the user typed.</extracomment>
        <translation>„%1“ ist kein gültiger Servername. Prüfen Sie die Adresse auf Tippfehler.</translation>
    </message>
    <message>
        <source>“%1” is not a valid port number. Use a number from 1 to 65535, or leave the port out to use the standard one.</source>
        <extracomment>%1 is what the user typed after the colon in the server address.</extracomment>
        <translation>„%1“ ist keine gültige Portnummer. Verwenden Sie eine Zahl von 1 bis 65535, oder lassen Sie den Port weg, um den Standardport zu verwenden.</translation>
    </message>
    <message>
        <source>The server %1 does not use an encrypted connection, so your password could be read by others on the network. Use an https:// address, or allow an unencrypted connection if you trust this network.</source>
        <extracomment>%1 is the server&apos;s host name.</extracomment>
        <translation>Der Server %1 verwendet keine verschlüsselte Verbindung, daher könnten andere im Netzwerk Ihr Passwort mitlesen. Verwenden Sie eine https://-Adresse, oder erlauben Sie eine unverschlüsselte Verbindung, wenn Sie diesem Netzwerk vertrauen.</translation>
    </message>
    <message>
        <source>The server address contains a username or password. Remove everything up to and including the “@”; you sign in on the next screen.</source>
        <translation>Die Serveradresse enthält einen Benutzernamen oder ein Passwort. Entfernen Sie alles bis einschließlich „@“; Sie melden sich auf der nächsten Seite an.</translation>
    </message>
</context>
<context>
    <name>ServerCheck</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>der Server antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>ServiceButtons</name>
    <message>
        <source>Other ways to sign in</source>
        <translation>Weitere Anmeldemöglichkeiten</translation>
    </message>
    <message>
        <source>Or sign in with your browser:</source>
        <translation>Oder im Browser anmelden:</translation>
    </message>
    <message>
        <source>Opens your web browser to sign in with %1</source>
        <translation>Öffnet Ihren Webbrowser, um Sie mit %1 anzumelden</translation>
    </message>
</context>
<context>
    <name>SessionResume</name>
    <message>
        <source>the account is no longer stored</source>
        <translation>das Konto ist nicht mehr gespeichert</translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>unexpected answer to the sign-in</source>
        <translation>unerwartete Antwort auf die Anmeldung</translation>
    </message>
    <message>
        <source>You are signed out on this computer, but the server could not be reached, so your session may still be valid on the server until it expires. Signing out of all sessions in Rocket.Chat&apos;s web app ends it sooner.</source>
        <translation>Sie sind auf diesem Computer abgemeldet, aber der Server war nicht erreichbar, daher ist Ihre Sitzung auf dem Server vielleicht noch gültig, bis sie abläuft. Wenn Sie sich in der Web-App von Rocket.Chat von allen Sitzungen abmelden, endet sie früher.</translation>
    </message>
    <message>
        <source>Liftoff waited too long for the two-factor code, so it forgot your sign-in details for your security. Sign in again to continue.</source>
        <translation>Liftoff hat zu lange auf den Zwei-Faktor-Code gewartet und Ihre Anmeldedaten zu Ihrer Sicherheit verworfen. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>You are signed out on this computer. Your personal access token still works until you revoke it in Rocket.Chat (My Account → Personal Access Tokens).</source>
        <translation>Sie sind auf diesem Computer abgemeldet. Ihr persönliches Zugriffstoken funktioniert weiter, bis Sie es in Rocket.Chat widerrufen (Mein Konto → Persönliche Zugriffstoken).</translation>
    </message>
</context>
<context>
    <name>SignInError</name>
    <message>
        <source>Enter the address of your Rocket.Chat server, for example chat.example.com.</source>
        <translation>Geben Sie die Adresse Ihres Rocket.Chat-Servers ein, zum Beispiel chat.example.com.</translation>
    </message>
    <message>
        <source>Could not reach the server (%1). Check the address and your network connection, then try again.</source>
        <translation>Der Server ist nicht erreichbar (%1). Prüfen Sie die Adresse und Ihre Netzwerkverbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Could not reach the server. Check the address and your network connection, then try again.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Netzwerkverbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server answered, but it is not a Rocket.Chat server. Check the address: it is the one you open in a browser to use Rocket.Chat.</source>
        <translation>Der Server hat geantwortet, ist aber kein Rocket.Chat-Server. Prüfen Sie die Adresse: Es ist die, die Sie im Browser öffnen, um Rocket.Chat zu verwenden.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted (%1), so Liftoff did not connect. Check the address, or ask the server&apos;s administrator to fix the certificate.</source>
        <translation>Dem Sicherheitszertifikat des Servers wird nicht vertraut (%1), daher hat Liftoff keine Verbindung hergestellt. Prüfen Sie die Adresse, oder bitten Sie den Administrator des Servers, das Zertifikat zu korrigieren.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted, so Liftoff did not connect. Check the address, or ask the server&apos;s administrator to fix the certificate.</source>
        <translation>Dem Sicherheitszertifikat des Servers wird nicht vertraut, daher hat Liftoff keine Verbindung hergestellt. Prüfen Sie die Adresse, oder bitten Sie den Administrator des Servers, das Zertifikat zu korrigieren.</translation>
    </message>
    <message>
        <source>This server runs Rocket.Chat %1, which is too old for Liftoff (it needs %2 or newer). Ask the server&apos;s administrator to update it.</source>
        <translation>Auf diesem Server läuft Rocket.Chat %1, das ist zu alt für Liftoff (es braucht %2 oder neuer). Bitten Sie den Administrator des Servers, ihn zu aktualisieren.</translation>
    </message>
    <message>
        <source>(unknown version)</source>
        <translation>(unbekannte Version)</translation>
    </message>
    <message>
        <source>The server speaks a version of the realtime protocol that Liftoff does not support (%1). Ask the server&apos;s administrator which apps it supports.</source>
        <translation>Der Server spricht eine Version des Echtzeitprotokolls, die Liftoff nicht unterstützt (%1). Fragen Sie den Administrator des Servers, welche Apps er unterstützt.</translation>
    </message>
    <message>
        <source>This account is deactivated or still waiting for an administrator&apos;s approval. Ask the server&apos;s administrator to activate it.</source>
        <translation>Dieses Konto ist deaktiviert oder wartet noch auf die Freigabe durch einen Administrator. Bitten Sie den Administrator des Servers, es zu aktivieren.</translation>
    </message>
    <message>
        <source>This account belongs to an app and cannot be used to sign in. Sign in with a personal account.</source>
        <translation>Dieses Konto gehört zu einer App und kann nicht zur Anmeldung verwendet werden. Melden Sie sich mit einem persönlichen Konto an.</translation>
    </message>
    <message>
        <source>This account has no roles on the server, so it may not sign in. Ask the server&apos;s administrator to give it a role.</source>
        <translation>Dieses Konto hat keine Rollen auf dem Server und darf sich daher nicht anmelden. Bitten Sie den Administrator des Servers, ihm eine Rolle zu geben.</translation>
    </message>
    <message>
        <source>The e-mail address of this account is not verified yet. Open the link in the verification e-mail the server sent you, then sign in again.</source>
        <translation>Die E-Mail-Adresse dieses Kontos ist noch nicht bestätigt. Öffnen Sie den Link in der Bestätigungs-E-Mail, die der Server Ihnen geschickt hat, und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>This account needs a two-factor authentication code. Sign in again and enter the code from your authenticator app or e-mail.</source>
        <translation>Dieses Konto braucht einen Code für die Zwei-Faktor-Authentifizierung. Melden Sie sich erneut an und geben Sie den Code aus Ihrer Authenticator-App oder E-Mail ein.</translation>
    </message>
    <message>
        <source>That code is not correct or has expired. Enter the current code and try again.</source>
        <translation>Dieser Code ist falsch oder abgelaufen. Geben Sie den aktuellen Code ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Too many wrong two-factor codes. Sign in again from the start to get a new code.</source>
        <translation>Zu viele falsche Zwei-Faktor-Codes. Melden Sie sich noch einmal von vorn an, um einen neuen Code zu erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Zu viele Anmeldeversuche. Warten Sie %n Sekunde und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Zu viele Anmeldeversuche. Warten Sie %n Sekunden und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a moment, then try again.</source>
        <translation>Zu viele Anmeldeversuche. Warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Sign-in to this account is blocked for a while after too many failed attempts. Wait a few minutes and try again, or ask the server&apos;s administrator.</source>
        <translation>Die Anmeldung bei diesem Konto ist nach zu vielen Fehlversuchen eine Weile gesperrt. Warten Sie einige Minuten und versuchen Sie es erneut, oder wenden Sie sich an den Administrator des Servers.</translation>
    </message>
    <message>
        <source>Sign-in from your network address is blocked for a while after too many failed attempts. Wait a few minutes and try again, or ask the server&apos;s administrator.</source>
        <translation>Die Anmeldung von Ihrer Netzwerkadresse aus ist nach zu vielen Fehlversuchen eine Weile gesperrt. Warten Sie einige Minuten und versuchen Sie es erneut, oder wenden Sie sich an den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection and try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before it answered. Try again once the connection is back.</source>
        <translation>Die Verbindung zum Server ist vor seiner Antwort abgebrochen. Versuchen Sie es erneut, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Your saved session has expired, so Liftoff did not use it. Sign in again to continue.</source>
        <translation>Ihre gespeicherte Sitzung ist abgelaufen, daher hat Liftoff sie nicht verwendet. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>The server no longer accepts your saved session (&quot;%1&quot;): it was signed out elsewhere, or it expired. Sign in again to continue.</source>
        <translation>Der Server nimmt Ihre gespeicherte Sitzung nicht mehr an („%1“): Sie wurde an anderer Stelle abgemeldet oder ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>The server no longer accepts your saved session: it was signed out elsewhere, or it expired. Sign in again to continue.</source>
        <translation>Der Server nimmt Ihre gespeicherte Sitzung nicht mehr an: Sie wurde an anderer Stelle abgemeldet oder ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1), so Liftoff cannot store your sign-in. Unlock or set up the keychain and try again.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1), daher kann Liftoff Ihre Anmeldung nicht speichern. Entsperren oder richten Sie den Schlüsselbund ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so Liftoff cannot store your sign-in. Unlock or set up the keychain and try again.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher kann Liftoff Ihre Anmeldung nicht speichern. Entsperren oder richten Sie den Schlüsselbund ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: &quot;%1&quot;. Try again; if it keeps happening, contact the server&apos;s administrator.</source>
        <translation>Der Server hat die Anmeldung abgelehnt: „%1“. Versuchen Sie es erneut; wenn es wieder passiert, wenden Sie sich an den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The server refused the sign-in without saying why. Try again; if it keeps happening, contact the server&apos;s administrator.</source>
        <translation>Der Server hat die Anmeldung ohne Begründung abgelehnt. Versuchen Sie es erneut; wenn es wieder passiert, wenden Sie sich an den Administrator des Servers.</translation>
    </message>
    <message>
        <source>WARNING: the server&apos;s security certificate has CHANGED since you trusted it, so Liftoff did not connect. Someone may be intercepting your connection: trust the new certificate only if the server&apos;s administrator confirms they replaced it.</source>
        <translation>WARNUNG: Das Sicherheitszertifikat des Servers hat sich GEÄNDERT, seit Sie ihm vertraut haben, daher hat Liftoff keine Verbindung hergestellt. Möglicherweise fängt jemand Ihre Verbindung ab: Vertrauen Sie dem neuen Zertifikat nur, wenn der Administrator des Servers bestätigt, dass er es ersetzt hat.</translation>
    </message>
    <message>
        <source>The server stopped answering: it did not reply to a ping in time, so Liftoff closed the connection. Check your network connection and try again.</source>
        <translation>Der Server antwortet nicht mehr: Er hat nicht rechtzeitig auf einen Ping geantwortet, daher hat Liftoff die Verbindung geschlossen. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server sent a message larger than Liftoff accepts, so Liftoff closed the connection. Try again; if it keeps happening, contact the server&apos;s administrator.</source>
        <translation>Der Server hat eine Nachricht gesendet, die größer ist, als Liftoff annimmt, daher hat Liftoff die Verbindung geschlossen. Versuchen Sie es erneut; wenn es wieder passiert, wenden Sie sich an den Administrator des Servers.</translation>
    </message>
    <message>
        <source>Liftoff received a sign-in link it cannot use: %1</source>
        <translation>Liftoff hat einen Anmeldelink erhalten, den es nicht verwenden kann: %1</translation>
    </message>
    <message>
        <source>Liftoff received a sign-in link it cannot use. Start the sign-in again from Liftoff.</source>
        <translation>Liftoff hat einen Anmeldelink erhalten, den es nicht verwenden kann. Starten Sie die Anmeldung erneut in Liftoff.</translation>
    </message>
    <message>
        <source>Liftoff ignored a sign-in link because it did not start that sign-in (for example, someone sent you the link). If you want to sign in, start from Liftoff.</source>
        <translation>Liftoff hat einen Anmeldelink ignoriert, weil es diese Anmeldung nicht gestartet hat (zum Beispiel hat Ihnen jemand den Link geschickt). Wenn Sie sich anmelden möchten, beginnen Sie in Liftoff.</translation>
    </message>
    <message>
        <source>Liftoff ignored a sign-in link because it is for a different server (%1) than the one you are signing in to. Check the server address and start again.</source>
        <translation>Liftoff hat einen Anmeldelink ignoriert, weil er für einen anderen Server (%1) gilt als den, bei dem Sie sich gerade anmelden. Prüfen Sie die Serveradresse und beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>Liftoff is no longer waiting for this sign-in: it was cancelled, or it took too long in the browser. Start the sign-in again.</source>
        <translation>Liftoff wartet nicht mehr auf diese Anmeldung: Sie wurde abgebrochen oder hat im Browser zu lange gedauert. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The identity provider did not sign you in (&quot;%1&quot;). Start again, and allow Liftoff&apos;s sign-in in the browser.</source>
        <translation>Der Identitätsanbieter hat Sie nicht angemeldet („%1“). Beginnen Sie erneut, und erlauben Sie die Anmeldung von Liftoff im Browser.</translation>
    </message>
    <message>
        <source>The identity provider did not sign you in. Start again, and allow Liftoff&apos;s sign-in in the browser.</source>
        <translation>Der Identitätsanbieter hat Sie nicht angemeldet. Beginnen Sie erneut, und erlauben Sie die Anmeldung von Liftoff im Browser.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in from the browser: it took too long, or your account cannot sign in to this server. Start again; if it keeps happening, contact the server&apos;s administrator.</source>
        <translation>Der Server hat die Anmeldung aus dem Browser nicht angenommen: Sie hat zu lange gedauert, oder Ihr Konto kann sich nicht bei diesem Server anmelden. Beginnen Sie erneut; wenn es wieder passiert, wenden Sie sich an den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The server moved to %1. Liftoff did not follow it there: if that is the address you expect, type it as the server address and try again.</source>
        <translation>Der Server ist nach %1 umgezogen. Liftoff ist dorthin nicht gefolgt: Wenn das die erwartete Adresse ist, geben Sie sie als Serveradresse ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server moved to another address. Liftoff did not follow it there: check the address with the server&apos;s administrator.</source>
        <translation>Der Server ist an eine andere Adresse umgezogen. Liftoff ist dorthin nicht gefolgt: Prüfen Sie die Adresse mit der Administration des Servers.</translation>
    </message>
    <message>
        <source>The username, e-mail address or password is not correct. Check them and try again.</source>
        <translation>Benutzername, E-Mail-Adresse oder Passwort ist nicht korrekt. Prüfen Sie die Angaben und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to Rocket.Chat</source>
        <translation>Bei Rocket.Chat anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>the name of the sign-in page</comment>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Use the account you have on your organization&apos;s Rocket.Chat server.</source>
        <translation>Verwenden Sie das Konto, das Sie auf dem Rocket.Chat-Server Ihrer Organisation haben.</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>chat.example.com</source>
        <comment>placeholder: an example server address</comment>
        <translation>chat.example.com</translation>
    </message>
    <message>
        <source>The address you open Rocket.Chat at in a web browser. Press Down to pick a server you signed in to before.</source>
        <translation>Die Adresse, unter der Sie Rocket.Chat im Webbrowser öffnen. Mit der Pfeiltaste nach unten wählen Sie einen Server, bei dem Sie sich schon angemeldet haben.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Recent servers</source>
        <translation>Zuletzt verwendete Server</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>Serverstatus</translation>
    </message>
    <message>
        <source>Allow an unen&amp;crypted connection to this server</source>
        <translation>Unvers&amp;chlüsselte Verbindung zu diesem Server erlauben</translation>
    </message>
    <message>
        <source>Allow an unencrypted connection</source>
        <translation>Eine unverschlüsselte Verbindung erlauben</translation>
    </message>
    <message>
        <source>Without encryption, anyone on the network between you and the server can read your password. Only allow this on a network you trust.</source>
        <translation>Ohne Verschlüsselung kann jeder im Netzwerk zwischen Ihnen und dem Server Ihr Passwort mitlesen. Erlauben Sie das nur in einem Netzwerk, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>Username or e-mail address</source>
        <translation>Benutzername oder E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Username or e-mail address:</source>
        <translation>&amp;Benutzername oder E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign in with &amp;LDAP (your directory account)</source>
        <translation>Mit &amp;LDAP anmelden (Ihr Verzeichniskonto)</translation>
    </message>
    <message>
        <source>Sign in with LDAP</source>
        <translation>Mit LDAP anmelden</translation>
    </message>
    <message>
        <source>This server can check your password against your organization&apos;s directory (LDAP). Choose this if that is where your account is.</source>
        <translation>Dieser Server kann Ihr Passwort mit dem Verzeichnis Ihrer Organisation (LDAP) prüfen. Wählen Sie das, wenn Ihr Konto dort geführt wird.</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Anmeldeproblem</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for the server (Esc)</source>
        <translation>Nicht länger auf den Server warten (Esc)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Type the address of your Rocket.Chat server, for example chat.example.com.</source>
        <translation>Geben Sie die Adresse Ihres Rocket.Chat-Servers ein, zum Beispiel chat.example.com.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <comment>%1 is a server address</comment>
        <translation>Anmeldung bei %1 …</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <comment>%1 is a server address</comment>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>%1 is a Rocket.Chat server.</source>
        <comment>%1 is a server address</comment>
        <translation>%1 ist ein Rocket.Chat-Server.</translation>
    </message>
    <message>
        <source>%1 runs Rocket.Chat %2.</source>
        <comment>%1 is a server address, %2 a version number</comment>
        <translation>Auf %1 läuft Rocket.Chat %2.</translation>
    </message>
    <message>
        <source>The connection is not encrypted: others on the network can read what you send.</source>
        <translation>Die Verbindung ist nicht verschlüsselt: Andere im Netzwerk können mitlesen, was Sie senden.</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts. You can try again in %n second(s).</source>
        <comment>a live countdown</comment>
        <translation>
            <numerusform>Zu viele Anmeldeversuche. Sie können es in %n Sekunde erneut versuchen.</numerusform>
            <numerusform>Zu viele Anmeldeversuche. Sie können es in %n Sekunden erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try to sign in again now.</source>
        <translation>Sie können sich jetzt erneut anmelden.</translation>
    </message>
    <message>
        <source>Use a personal access to&amp;ken instead of a password</source>
        <translation>Persönliches &amp;Zugriffstoken statt Passwort verwenden</translation>
    </message>
    <message>
        <source>Use a personal access token</source>
        <translation>Persönliches Zugriffstoken verwenden</translation>
    </message>
    <message>
        <source>A token you made in Rocket.Chat under My Account → Personal Access Tokens. Signing out later forgets it on this computer only.</source>
        <translation>Ein Token, das Sie in Rocket.Chat unter Mein Konto → Persönliche Zugriffstoken erstellt haben. Beim späteren Abmelden wird es nur auf diesem Computer vergessen.</translation>
    </message>
    <message>
        <source>Back to the account you left</source>
        <translation>Zurück zum vorherigen Konto</translation>
    </message>
    <message>
        <source>Sign in again with the account you left for another one</source>
        <translation>Wieder mit dem Konto anmelden, das Sie für ein anderes verlassen haben</translation>
    </message>
    <message>
        <source>Add another account</source>
        <translation>Weiteres Konto hinzufügen</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <extracomment>%1 is an account, as the account list names it: &quot;Alice Liddell (@alice)&quot;</extracomment>
        <translation>Zurück zu %1</translation>
    </message>
    <message>
        <source>Paste your personal access token.</source>
        <translation>Fügen Sie Ihr persönliches Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>Type your username or e-mail address.</source>
        <translation>Geben Sie Ihren Benutzernamen oder Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>The server did not accept this personal access token. Check that it was copied whole and has not been revoked.</source>
        <translation>Der Server hat dieses persönliche Zugriffstoken nicht angenommen. Prüfen Sie, ob es vollständig kopiert und nicht widerrufen wurde.</translation>
    </message>
    <message>
        <source>Signing out of %1…</source>
        <comment>%1 is a server address</comment>
        <translation>Abmeldung von %1 …</translation>
    </message>
    <message>
        <source>You are signed out: %1 ended your session.</source>
        <comment>%1 is a server address</comment>
        <translation>Sie sind abgemeldet: %1 hat Ihre Sitzung beendet.</translation>
    </message>
    <message>
        <source>&amp;Personal access token:</source>
        <translation>&amp;Persönliches Zugriffstoken:</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Paste the token</source>
        <comment>placeholder of the personal access token field</comment>
        <translation>Token hier einfügen</translation>
    </message>
</context>
<context>
    <name>SignedInPage</name>
    <message>
        <source>You are signed in</source>
        <translation>Sie sind angemeldet</translation>
    </message>
    <message>
        <source>Signed in</source>
        <comment>the name of the page shown once signed in</comment>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Session expires</source>
        <translation>Sitzung läuft ab</translation>
    </message>
    <message>
        <source>Session expires:</source>
        <translation>Sitzung läuft ab:</translation>
    </message>
    <message>
        <source>Session storage problem</source>
        <translation>Problem beim Speichern der Sitzung</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>End this session on the server</source>
        <translation>Diese Sitzung auf dem Server beenden</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <comment>%1 is a server address, %2 a person&apos;s name</comment>
        <translation>Bei %1 als %2 angemeldet.</translation>
    </message>
    <message>
        <source>@%1</source>
        <comment>a Rocket.Chat user name, shown as people mention it</comment>
        <translation>@%1</translation>
    </message>
    <message>
        <source>Not known (the server did not say)</source>
        <translation>Unbekannt (der Server hat es nicht mitgeteilt)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>session expiry: a date, then a time of day</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1
(expired)</source>
        <comment>%1 is a date and time</comment>
        <translation>%1
(abgelaufen)</translation>
    </message>
    <message numerus="yes">
        <source>%1
(in %n day(s))</source>
        <comment>%1 is a date and time</comment>
        <translation>
            <numerusform>%1
(in %n Tag)</numerusform>
            <numerusform>%1
(in %n Tagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
(in %n hour(s))</source>
        <comment>%1 is a date and time</comment>
        <translation>
            <numerusform>%1
(in %n Stunde)</numerusform>
            <numerusform>%1
(in %n Stunden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
(in %n minute(s))</source>
        <comment>%1 is a date and time</comment>
        <translation>
            <numerusform>%1
(in %n Minute)</numerusform>
            <numerusform>%1
(in %n Minuten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Retr&amp;y now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Try to reach the server now instead of waiting</source>
        <translation>Den Server jetzt zu erreichen versuchen, statt zu warten</translation>
    </message>
    <message>
        <source>Other sessions</source>
        <translation>Andere Sitzungen</translation>
    </message>
    <message>
        <source>Sign out all other sess&amp;ions…</source>
        <translation>Alle anderen &amp;Sitzungen beenden …</translation>
    </message>
    <message>
        <source>Sign out all other sessions</source>
        <translation>Alle anderen Sitzungen beenden</translation>
    </message>
    <message>
        <source>End your sessions on other devices and browsers; this one stays signed in</source>
        <translation>Ihre Sitzungen auf anderen Geräten und in anderen Browsern beenden; diese bleibt angemeldet</translation>
    </message>
    <message>
        <source>Every other session was signed out. This one is still signed in.</source>
        <translation>Alle anderen Sitzungen wurden beendet. Diese ist weiterhin angemeldet.</translation>
    </message>
    <message>
        <source>The other sessions were not signed out: %1</source>
        <translation>Die anderen Sitzungen wurden nicht beendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost — reconnecting in %n second(s).</source>
        <comment>a live countdown</comment>
        <translation>
            <numerusform>Verbindung unterbrochen – neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>Verbindung unterbrochen – neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection lost — reconnecting now…</source>
        <translation>Verbindung unterbrochen – neuer Versuch läuft …</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <comment>why the connection ended, in the system&apos;s words</comment>
        <translation>Grund: %1.</translation>
    </message>
    <message>
        <source>You signed in with a personal access token. Signing out forgets it on this computer only: it still works until you revoke it in Rocket.Chat (My Account → Personal Access Tokens). Signing out all other sessions is not offered, since it would delete this token too.</source>
        <translation>Sie haben sich mit einem persönlichen Zugriffstoken angemeldet. Beim Abmelden wird es nur auf diesem Computer vergessen: Es funktioniert weiter, bis Sie es in Rocket.Chat widerrufen (Mein Konto → Persönliche Zugriffstoken). Das Beenden aller anderen Sitzungen wird nicht angeboten, da es auch dieses Token löschen würde.</translation>
    </message>
    <message>
        <source>Forget the token on this computer; it keeps working</source>
        <translation>Das Token auf diesem Computer vergessen; es funktioniert weiter</translation>
    </message>
    <message>
        <source>Not offered while signed in with a personal access token: it would delete this token too</source>
        <translation>Nicht verfügbar bei Anmeldung mit einem persönlichen Zugriffstoken: Es würde auch dieses Token löschen</translation>
    </message>
    <message>
        <source>Sign out all other sessions?</source>
        <translation>Alle anderen Sitzungen beenden?</translation>
    </message>
    <message>
        <source>Sign out &amp;other sessions</source>
        <translation>Andere &amp;Sitzungen beenden</translation>
    </message>
    <message>
        <source>Sign out the other sessions</source>
        <translation>Die anderen Sitzungen beenden</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Signing out the other sessions…</source>
        <translation>Die anderen Sitzungen werden beendet …</translation>
    </message>
    <message>
        <source>Every other device and browser signed in to %1 as %2 is signed out, and your personal access tokens stop working. This session stays signed in.</source>
        <comment>%1 is a server address, %2 a username</comment>
        <translation>Alle anderen Geräte und Browser, die bei %1 als %2 angemeldet sind, werden abgemeldet, und Ihre persönlichen Zugriffstoken funktionieren nicht mehr. Diese Sitzung bleibt angemeldet.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another Liftoff is running; it receives the sign-in links.</source>
        <translation>Ein anderes Liftoff läuft; es empfängt die Anmeldelinks.</translation>
    </message>
    <message>
        <source>A program of another user answers on the channel for sign-in links; Liftoff does not use it.</source>
        <translation>Auf dem Kanal für Anmeldelinks antwortet ein Programm eines anderen Benutzers; Liftoff verwendet ihn nicht.</translation>
    </message>
    <message>
        <source>A program of another user answers on the channel for sign-in links; the link was not handed to it.</source>
        <translation>Auf dem Kanal für Anmeldelinks antwortet ein Programm eines anderen Benutzers; der Link wurde ihm nicht übergeben.</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>List the stored accounts and check whether each session is still valid.</source>
        <translation>Die gespeicherten Konten auflisten und prüfen, ob jede Sitzung noch gültig ist.</translation>
    </message>
    <message>
        <source>Usage: liftoff status [options]</source>
        <translation>Aufruf: liftoff status [Optionen]</translation>
    </message>
    <message>
        <source>every stored session is valid</source>
        <translation>jede gespeicherte Sitzung ist gültig</translation>
    </message>
    <message>
        <source>anything else (e.g. an unexpected server error)</source>
        <translation>alles andere (z. B. ein unerwarteter Serverfehler)</translation>
    </message>
    <message>
        <source>usage: a wrong or unknown option</source>
        <translation>Aufruffehler: eine falsche oder unbekannte Option</translation>
    </message>
    <message>
        <source>no stored session, or one expired, was rejected or has no token in the keychain: sign in again</source>
        <translation>keine gespeicherte Sitzung, oder eine ist abgelaufen, wurde abgelehnt oder hat kein Token im Schlüsselbund: erneut anmelden</translation>
    </message>
    <message>
        <source>a server could not be reached in time (its session is kept)</source>
        <translation>ein Server war nicht rechtzeitig erreichbar (seine Sitzung bleibt erhalten)</translation>
    </message>
    <message>
        <source>system keychain unavailable or locked</source>
        <translation>Schlüsselbund des Systems nicht verfügbar oder gesperrt</translation>
    </message>
    <message>
        <source>When several apply, the first of 7, 3, 5, 1 in this order.</source>
        <translation>Trifft mehreres zu, gilt der erste von 7, 3, 5, 1 in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>no stored session. Sign in with: liftoff login --server &lt;url&gt; --username &lt;name&gt;</source>
        <translation>keine gespeicherte Sitzung. Anmelden mit: liftoff login --server &lt;URL&gt; --username &lt;Name&gt;</translation>
    </message>
    <message>
        <source>The session is kept.</source>
        <translation>Die Sitzung bleibt erhalten.</translation>
    </message>
    <message>
        <source>Print one JSON array: per account server, userId, username, kind (session or personal-access-token), status, tokenExpires (null: does not expire), lastUsed and, when it is not valid, message. Tokens are never printed.</source>
        <translation>Ein JSON-Array ausgeben: pro Konto server, userId, username, kind (session oder personal-access-token), status, tokenExpires (null: läuft nicht ab), lastUsed und, wenn sie nicht gültig ist, message. Tokens werden nie ausgegeben.</translation>
    </message>
    <message>
        <source>Lists the accounts whose session is stored, one line each: server, username and status, one of valid, expired, rejected (the server no longer accepts the session), unreachable, keychain-problem or error. Each session is checked by signing in with it, all at once; checking does not count as using an account. A session found expired or rejected is forgotten, as the window does, so it is listed this once. What is wrong is said on stderr. When an account is kept as a personal access token, a fourth column gives each account&apos;s kind: session or personal-access-token.</source>
        <translation>Listet die Konten mit gespeicherter Sitzung auf, je eine Zeile: Server, Benutzername und Status, einer von valid (gültig), expired (abgelaufen), rejected (der Server nimmt die Sitzung nicht mehr an), unreachable (nicht erreichbar), keychain-problem (Schlüsselbundproblem) oder error (Fehler). Jede Sitzung wird geprüft, indem mit ihr angemeldet wird, alle gleichzeitig; die Prüfung zählt nicht als Verwendung eines Kontos. Eine als abgelaufen oder abgelehnt erkannte Sitzung wird vergessen, wie im Fenster, und daher dieses eine Mal aufgelistet. Was nicht stimmt, steht auf stderr. Ist ein Konto als persönliches Zugriffstoken gespeichert, gibt eine vierte Spalte die Art jedes Kontos an: session oder personal-access-token.</translation>
    </message>
</context>
<context>
    <name>StatusMessage</name>
    <message>
        <source>Success</source>
        <comment>icon next to a status message: all is well</comment>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>icon next to a status message</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>icon next to a status message</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>a progress bar next to a status message</comment>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>Print the stored session token, for scripts (from the keychain, no network).</source>
        <translation>Das gespeicherte Sitzungstoken ausgeben, für Skripte (aus dem Schlüsselbund, ohne Netzwerk).</translation>
    </message>
    <message>
        <source>Usage: liftoff token [--server &lt;url&gt;] [--username &lt;name&gt;]</source>
        <translation>Aufruf: liftoff token [--server &lt;URL&gt;] [--username &lt;Name&gt;]</translation>
    </message>
    <message>
        <source>Prints the session token that &quot;liftoff login&quot; stored in the system keychain, followed by a line break, for scripts: the account given by --server and --username, or else the one used last. It reads the keychain only and does not ask the server whether the token is still accepted (liftoff status does). The token signs in as you: keep it out of logs, files and command lines.</source>
        <translation>Gibt das Sitzungstoken, das „liftoff login“ im Schlüsselbund des Systems gespeichert hat, mit einem Zeilenumbruch für Skripte aus: das Konto, das --server und --username angeben, sonst das zuletzt verwendete. Es liest nur den Schlüsselbund und fragt den Server nicht, ob das Token noch angenommen wird (das tut liftoff status). Das Token meldet Sie an: Halten Sie es aus Protokollen, Dateien und Befehlszeilen heraus.</translation>
    </message>
    <message>
        <source>the token is on stdout</source>
        <translation>das Token steht auf stdout</translation>
    </message>
    <message>
        <source>anything else</source>
        <translation>alles andere</translation>
    </message>
    <message>
        <source>usage: a wrong or unknown option</source>
        <translation>Aufruffehler: eine falsche oder unbekannte Option</translation>
    </message>
    <message>
        <source>no stored session, its token is not in the keychain, or it has expired: sign in with liftoff login</source>
        <translation>keine gespeicherte Sitzung, ihr Token ist nicht im Schlüsselbund, oder sie ist abgelaufen: mit liftoff login anmelden</translation>
    </message>
    <message>
        <source>system keychain unavailable or locked</source>
        <translation>Schlüsselbund des Systems nicht verfügbar oder gesperrt</translation>
    </message>
    <message>
        <source>the stored session of %1 expired on %2. Sign in with: liftoff login --server %3 --username %4</source>
        <translation>Die gespeicherte Sitzung von %1 ist am %2 abgelaufen. Anmelden mit: liftoff login --server %3 --username %4</translation>
    </message>
    <message>
        <source>the keychain holds no session token for %1. Sign in with: liftoff login --server %2 --username %3</source>
        <translation>Der Schlüsselbund enthält kein Sitzungstoken für %1. Anmelden mit: liftoff login --server %2 --username %3</translation>
    </message>
</context>
<context>
    <name>TokenLinkConfirmation</name>
    <message>
        <source>%1 did not say whose session it holds, so Liftoff did not sign in.</source>
        <comment>%1 is a server address</comment>
        <translation>%1 hat nicht gesagt, wessen Sitzung der Link enthält, daher hat Liftoff Sie nicht angemeldet.</translation>
    </message>
    <message>
        <source>%1 does not accept the session it holds (it was signed out, or it expired), so Liftoff did not sign in.</source>
        <comment>%1 is a server address</comment>
        <translation>%1 akzeptiert die Sitzung des Links nicht (sie wurde abgemeldet oder ist abgelaufen), daher hat Liftoff Sie nicht angemeldet.</translation>
    </message>
    <message>
        <source>Liftoff could not ask %1 whose session it holds. %2</source>
        <comment>%1 is a server address, %2 says why</comment>
        <translation>Liftoff konnte %1 nicht fragen, wessen Sitzung der Link enthält. %2</translation>
    </message>
</context>
<context>
    <name>TwoFactorPage</name>
    <message>
        <source>Two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <comment>the name of the page asking for a code</comment>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Bestätigungscode</translation>
    </message>
    <message>
        <source>123456</source>
        <comment>placeholder: what a verification code looks like</comment>
        <translation>123456</translation>
    </message>
    <message>
        <source>&amp;Verification code:</source>
        <translation>&amp;Bestätigungscode:</translation>
    </message>
    <message>
        <source>E-mail code status</source>
        <translation>Status des E-Mail-Codes</translation>
    </message>
    <message>
        <source>Verification problem</source>
        <translation>Bestätigungsproblem</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Der Code wird geprüft …</translation>
    </message>
    <message>
        <source>Checking the code</source>
        <translation>Der Code wird geprüft</translation>
    </message>
    <message>
        <source>Send a &amp;new code</source>
        <translation>&amp;Neuen Code senden</translation>
    </message>
    <message>
        <source>Send a new code by e-mail</source>
        <translation>Einen neuen Code per E-Mail senden</translation>
    </message>
    <message>
        <source>Ask the server to e-mail you a fresh code, for example when the last one did not arrive or has expired.</source>
        <translation>Den Server bitten, Ihnen einen neuen Code zu schicken, zum Beispiel wenn der letzte nicht angekommen oder abgelaufen ist.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung abbrechen</translation>
    </message>
    <message>
        <source>Go back to the sign-in page (Esc)</source>
        <translation>Zurück zur Anmeldeseite (Esc)</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Verify the code</source>
        <translation>Den Code bestätigen</translation>
    </message>
    <message>
        <source>Asking for a new code…</source>
        <translation>Ein neuer Code wird angefordert …</translation>
    </message>
    <message>
        <source>A new code is on its way to your e-mail address.</source>
        <translation>Ein neuer Code ist unterwegs zu Ihrer E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>A new code is on its way to %1.</source>
        <comment>%1 is an e-mail address</comment>
        <translation>Ein neuer Code ist unterwegs zu %1.</translation>
    </message>
    <message>
        <source>A new code is on its way to the e-mail address of %1.</source>
        <comment>%1 is a user name</comment>
        <translation>Ein neuer Code ist unterwegs zur E-Mail-Adresse von %1.</translation>
    </message>
    <message>
        <source>Type the code from the e-mail.</source>
        <translation>Geben Sie den Code aus der E-Mail ein.</translation>
    </message>
    <message>
        <source>Type the code your authenticator app shows.</source>
        <translation>Geben Sie den Code ein, den Ihre Authenticator-App anzeigt.</translation>
    </message>
    <message>
        <source>Your server sent a verification code to your e-mail address. Type it here, or paste it as it is.</source>
        <translation>Ihr Server hat einen Bestätigungscode an Ihre E-Mail-Adresse geschickt. Geben Sie ihn hier ein, oder fügen Sie ihn unverändert ein.</translation>
    </message>
    <message>
        <source>Your server sent a verification code to %1. Type it here, or paste it as it is.</source>
        <comment>%1 is an e-mail address</comment>
        <translation>Ihr Server hat einen Bestätigungscode an %1 geschickt. Geben Sie ihn hier ein, oder fügen Sie ihn unverändert ein.</translation>
    </message>
    <message>
        <source>Your server sent a verification code to the e-mail address of %1. Type it here, or paste it as it is.</source>
        <comment>%1 is a user name</comment>
        <translation>Ihr Server hat einen Bestätigungscode an die E-Mail-Adresse von %1 geschickt. Geben Sie ihn hier ein, oder fügen Sie ihn unverändert ein.</translation>
    </message>
    <message>
        <source>Open the authenticator app you set up for this account and type the six-digit code it shows for your Rocket.Chat server.</source>
        <translation>Öffnen Sie die Authenticator-App, die Sie für dieses Konto eingerichtet haben, und geben Sie den sechsstelligen Code ein, den sie für Ihren Rocket.Chat-Server anzeigt.</translation>
    </message>
</context>
<context>
    <name>UntrustedCertificate</name>
    <message>
        <source>it is self-signed, not issued by an authority this computer trusts</source>
        <translation>es ist selbstsigniert, nicht von einer Zertifizierungsstelle ausgestellt, der dieser Computer vertraut</translation>
    </message>
    <message>
        <source>it was issued by an authority this computer does not know</source>
        <translation>es wurde von einer Zertifizierungsstelle ausgestellt, die dieser Computer nicht kennt</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>es ist abgelaufen</translation>
    </message>
    <message>
        <source>it is not valid yet (check this computer&apos;s date and time)</source>
        <translation>es ist noch nicht gültig (prüfen Sie Datum und Uhrzeit dieses Computers)</translation>
    </message>
    <message>
        <source>it was made for another server name than %1</source>
        <translation>es wurde für einen anderen Servernamen als %1 ausgestellt</translation>
    </message>
    <message>
        <source>its authority has revoked it</source>
        <translation>seine Zertifizierungsstelle hat es widerrufen</translation>
    </message>
    <message>
        <source>it could not be verified</source>
        <translation>es konnte nicht überprüft werden</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two certificate problems</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>The security certificate of %1 is not trusted: %2. Liftoff did not connect.</source>
        <translation>Dem Sicherheitszertifikat von %1 wird nicht vertraut: %2. Liftoff hat keine Verbindung hergestellt.</translation>
    </message>
    <message>
        <source>The server %1 sent no security certificate, so Liftoff did not connect.</source>
        <translation>Der Server %1 hat kein Sicherheitszertifikat gesendet, daher hat Liftoff keine Verbindung hergestellt.</translation>
    </message>
    <message>
        <source>The security certificate of %1 cannot be trusted: %2. Liftoff did not connect. Ask the server&apos;s administrator to replace the certificate.</source>
        <translation>Dem Sicherheitszertifikat von %1 kann nicht vertraut werden: %2. Liftoff hat keine Verbindung hergestellt. Bitten Sie den Administrator des Servers, das Zertifikat zu ersetzen.</translation>
    </message>
    <message>
        <source>WARNING: the security certificate of %1 has CHANGED since you trusted it. Someone may be intercepting your connection to read your password. Liftoff did not connect. Trust the new certificate only if the server&apos;s administrator confirms that they replaced it and that its SHA-256 fingerprint is %2 (the one you trusted before was %3). What is wrong with it: %4.</source>
        <translation>WARNUNG: Das Sicherheitszertifikat von %1 hat sich GEÄNDERT, seit Sie ihm vertraut haben. Möglicherweise fängt jemand Ihre Verbindung ab, um Ihr Passwort mitzulesen. Liftoff hat keine Verbindung hergestellt. Vertrauen Sie dem neuen Zertifikat nur, wenn der Administrator des Servers bestätigt, dass er es ersetzt hat und dass sein SHA-256-Fingerabdruck %2 lautet (der des Zertifikats, dem Sie zuvor vertraut haben, war %3). Was mit dem Zertifikat nicht stimmt: %4.</translation>
    </message>
    <message>
        <source>The security certificate of %1 is not trusted: %2. Liftoff did not connect. If this is your organization&apos;s own server, compare the certificate&apos;s SHA-256 fingerprint, %3, with the one its administrator gives you, and trust it only if they match. Otherwise check the address.</source>
        <translation>Dem Sicherheitszertifikat von %1 wird nicht vertraut: %2. Liftoff hat keine Verbindung hergestellt. Wenn dies der eigene Server Ihrer Organisation ist, vergleichen Sie den SHA-256-Fingerabdruck des Zertifikats, %3, mit dem, den Ihnen der Administrator des Servers nennt, und vertrauen Sie ihm nur, wenn beide übereinstimmen. Andernfalls prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The security certificate of %1 has changed since you trusted it. Someone may be intercepting your connection to read your password. Liftoff did not connect. What is wrong with it: %2.</source>
        <translation>Das Sicherheitszertifikat von %1 hat sich geändert, seit Sie ihm vertraut haben. Möglicherweise fängt jemand Ihre Verbindung ab, um Ihr Passwort mitzulesen. Liftoff hat keine Verbindung hergestellt. Was mit dem Zertifikat nicht stimmt: %2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connect to the Rocket.Chat server at &lt;url&gt;.</source>
        <translation>Mit dem Rocket.Chat-Server unter &lt;URL&gt; verbinden.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Allow an unencrypted (http:// or ws://) connection to a server that is not on this computer.</source>
        <translation>Eine unverschlüsselte Verbindung (http:// oder ws://) zu einem Server erlauben, der nicht auf diesem Computer läuft.</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s: %1. Also for the commands (liftoff login --lang de …).</source>
        <translation>Diese Sprache statt der des Systems verwenden: %1. Gilt auch für die Befehle (liftoff login --lang de …).</translation>
    </message>
    <message>
        <source>code</source>
        <comment>placeholder in the option list: --lang &lt;code&gt;</comment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Liftoff: sign in to your Rocket.Chat server.</source>
        <translation>Liftoff: Melden Sie sich bei Ihrem Rocket.Chat-Server an.</translation>
    </message>
    <message>
        <source>Without a command, opens the window.</source>
        <translation>Ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <source>Run &quot;liftoff --help&quot; for the window&apos;s options, &quot;liftoff help&quot; for the commands.</source>
        <translation>„liftoff --help“ zeigt die Optionen des Fensters, „liftoff help“ die Befehle.</translation>
    </message>
    <message>
        <source>unexpected argument; a command goes first (liftoff login …).</source>
        <translation>Unerwartetes Argument; ein Befehl steht am Anfang (liftoff login …).</translation>
    </message>
    <message>
        <source>cannot open the window: %1</source>
        <translation>Das Fenster kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>%1 is from another build of Liftoff (%2)</source>
        <comment>%1 is a file name, %2 a version</comment>
        <translation>%1 stammt aus einem anderen Build von Liftoff (%2)</translation>
    </message>
</context>
</TS>
