<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountCommand</name>
    <message>
        <source>The server of the stored account, e.g. https://chat.example.com (default: the account used last).</source>
        <translation>Le serveur du compte enregistré, p. ex. https://chat.example.com (par défaut&#xa0;: le dernier compte utilisé).</translation>
    </message>
    <message>
        <source>--username is empty.</source>
        <translation>--username est vide.</translation>
    </message>
    <message>
        <source>no stored session for %1 on %2.</source>
        <translation>aucune session enregistrée pour %1 sur %2.</translation>
    </message>
    <message>
        <source>no stored session on %1.</source>
        <translation>aucune session enregistrée sur %1.</translation>
    </message>
    <message>
        <source>no stored session for %1.</source>
        <translation>aucune session enregistrée pour %1.</translation>
    </message>
    <message>
        <source>no stored session.</source>
        <translation>aucune session enregistrée.</translation>
    </message>
    <message>
        <source>Sign in with: liftoff login --server %1 --username %2</source>
        <translation>Connectez-vous avec&#xa0;: liftoff login --server %1 --username %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Give up on a server that has not answered after this long (default: %1).</source>
        <translation>Abandonner un serveur qui n’a pas répondu au bout de ce délai (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>The username of the stored account, when there are several (default: the one used last).</source>
        <translation>Le nom d’utilisateur du compte enregistré, s’il y en a plusieurs (par défaut&#xa0;: le dernier utilisé).</translation>
    </message>
</context>
<context>
    <name>AccountList</name>
    <message>
        <source>&amp;Accounts on this computer:</source>
        <translation>&amp;Comptes sur cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Or continue with a sa&amp;ved account:</source>
        <translation>Ou continuer avec un compte enre&amp;gistré&#xa0;:</translation>
    </message>
    <message>
        <source>Accounts on this computer</source>
        <translation>Comptes sur cet ordinateur</translation>
    </message>
    <message>
        <source>Saved accounts</source>
        <translation>Comptes enregistrés</translation>
    </message>
    <message>
        <source>Account problem</source>
        <translation>Problème de compte</translation>
    </message>
    <message>
        <source>S&amp;witch to this account</source>
        <translation>&amp;Passer à ce compte</translation>
    </message>
    <message>
        <source>Continue with this &amp;account</source>
        <translation>Con&amp;tinuer avec ce compte</translation>
    </message>
    <message>
        <source>Switch to the selected account</source>
        <translation>Passer au compte sélectionné</translation>
    </message>
    <message>
        <source>Continue with the selected account</source>
        <translation>Continuer avec le compte sélectionné</translation>
    </message>
    <message>
        <source>Sign in with the session saved for this account (Enter in the list)</source>
        <translation>Se connecter avec la session enregistrée pour ce compte (Entrée dans la liste)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation>Supprimer le compte sélectionné</translation>
    </message>
    <message>
        <source>Forget this account and delete its saved session from this computer (Delete in the list)</source>
        <translation>Oublier ce compte et effacer sa session enregistrée de cet ordinateur (Suppr dans la liste)</translation>
    </message>
    <message>
        <source>Add a&amp;nother account</source>
        <translation>Ajouter un a&amp;utre compte</translation>
    </message>
    <message>
        <source>Add another account</source>
        <translation>Ajouter un autre compte</translation>
    </message>
    <message>
        <source>Sign in with another account, on this server or another one; this account stays saved</source>
        <translation>Se connecter avec un autre compte, sur ce serveur ou un autre&#xa0;; ce compte reste enregistré</translation>
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
        <translation>%1 (connecté)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>an account (%1) on a server (%2)</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Last used %1</source>
        <comment>%1 is a date and time</comment>
        <translation>Dernière utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove %1 on %2 from this computer?</source>
        <comment>%1 is an account, %2 a server address</comment>
        <translation>Supprimer %1 sur %2 de cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <source>You will be signed out first. Liftoff then forgets the account and deletes its saved session; you can sign in again at any time.</source>
        <translation>Vous serez d’abord déconnecté. Liftoff oublie ensuite le compte et efface sa session enregistrée&#xa0;; vous pourrez vous reconnecter à tout moment.</translation>
    </message>
    <message>
        <source>Liftoff forgets the account and deletes its saved session; you can sign in again at any time.</source>
        <translation>Liftoff oublie le compte et efface sa session enregistrée&#xa0;; vous pourrez vous reconnecter à tout moment.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <comment>keep the account, do not remove it</comment>
        <translation>&amp;Garder</translation>
    </message>
    <message>
        <source>Keep the account</source>
        <translation>Garder le compte</translation>
    </message>
    <message>
        <source>This account was no longer on this computer.</source>
        <translation>Ce compte n’était plus sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Personal access token — does not expire</source>
        <translation>Jeton d’accès personnel — n’expire pas</translation>
    </message>
    <message>
        <source>Liftoff forgets the account and its personal access token on this computer. The token still works until you revoke it in Rocket.Chat (My Account → Personal Access Tokens).</source>
        <translation>Liftoff oublie le compte et son jeton d’accès personnel sur cet ordinateur. Le jeton reste valable jusqu’à ce que vous le révoquiez dans Rocket.Chat (Mon compte → Jetons d’accès personnels).</translation>
    </message>
</context>
<context>
    <name>BrowserLauncher</name>
    <message>
        <source>The browser named in the BROWSER environment variable could not be started. Open the address below in a browser yourself, or correct BROWSER.</source>
        <translation>Le navigateur indiqué dans la variable d’environnement BROWSER n’a pas pu être lancé. Ouvrez vous-même l’adresse ci-dessous dans un navigateur, ou corrigez BROWSER.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open the address below in a browser yourself.</source>
        <translation>Aucun navigateur web n’a pu être ouvert. Ouvrez vous-même l’adresse ci-dessous dans un navigateur.</translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <source>Continue in your browser</source>
        <translation>Continuez dans votre navigateur</translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <comment>the name of a page</comment>
        <translation>Continuer dans le navigateur</translation>
    </message>
    <message>
        <source>Browser sign-in problem</source>
        <translation>Problème de connexion dans le navigateur</translation>
    </message>
    <message>
        <source>Browser problem</source>
        <translation>Problème de navigateur</translation>
    </message>
    <message>
        <source>Sign-in address to open in a browser</source>
        <translation>Adresse de connexion à ouvrir dans un navigateur</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copier l’adresse</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Copier l’adresse de connexion</translation>
    </message>
    <message>
        <source>&amp;Open the browser again</source>
        <translation>&amp;Rouvrir le navigateur</translation>
    </message>
    <message>
        <source>Open the sign-in in the browser again</source>
        <translation>Rouvrir la connexion dans le navigateur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel signing in with the browser</source>
        <translation>Annuler la connexion par le navigateur</translation>
    </message>
    <message>
        <source>Stop waiting for the browser and go back to the sign-in page (Esc)</source>
        <translation>Ne plus attendre le navigateur et revenir à la page de connexion (Échap)</translation>
    </message>
    <message>
        <source>Liftoff opened the sign-in with %1 for %2 in your web browser. Finish signing in there; Liftoff continues by itself once you are done.</source>
        <comment>%1 is a service such as GitHub, %2 a server address</comment>
        <translation>Liftoff a ouvert la connexion avec %1 pour %2 dans votre navigateur web. Terminez la connexion là-bas&#xa0;; Liftoff continue tout seul une fois que vous avez terminé.</translation>
    </message>
    <message>
        <source>Sign in with %1 for %2 in a web browser; Liftoff continues by itself once you are done.</source>
        <comment>%1 is a service such as GitHub, %2 a server address</comment>
        <translation>Connectez-vous avec %1 pour %2 dans un navigateur web&#xa0;; Liftoff continue tout seul une fois que vous avez terminé.</translation>
    </message>
    <message>
        <source>&amp;Try the browser again</source>
        <translation>&amp;Réessayer avec le navigateur</translation>
    </message>
    <message>
        <source>Waiting for the browser for another %1.</source>
        <extracomment>%1 is minutes and seconds, e.g. &quot;4:59&quot;</extracomment>
        <translation>Attente du navigateur pendant encore %1.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiée</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>this server offers no sign-in with &quot;%1&quot;</source>
        <translation>ce serveur ne propose pas de connexion avec «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CertificatePanel</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Do not trust the certificate</source>
        <translation>Ne pas approuver le certificat</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Approuver ce certificat</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Approuver ce certificat</translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate…</source>
        <translation>&amp;Approuver le nouveau certificat…</translation>
    </message>
    <message>
        <source>Trust the new certificate</source>
        <translation>Approuver le nouveau certificat</translation>
    </message>
    <message>
        <source>Trust this certificate only if its fingerprint is the one the administrator of %1 gives you.</source>
        <translation>Ne faites confiance à ce certificat que si son empreinte est celle que vous donne l’administrateur de %1.</translation>
    </message>
    <message>
        <source>Trust the new certificate?</source>
        <translation>Approuver le nouveau certificat&#xa0;?</translation>
    </message>
    <message>
        <source>The one you trusted before:</source>
        <translation>Celle du certificat auquel vous faisiez confiance auparavant&#xa0;:</translation>
    </message>
    <message>
        <source>Copy &amp;fingerprint</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>Copier l’empreinte</translation>
    </message>
    <message>
        <source>Copies the SHA-256 fingerprint, to compare it with the one the server&apos;s administrator gives you</source>
        <translation>Copie l’empreinte SHA-256, pour la comparer à celle que vous donne l’administrateur du serveur</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiée</translation>
    </message>
    <message>
        <source>Trust the new certificate only if the administrator of %1 confirms they replaced it and gives you this fingerprint.</source>
        <translation>Ne faites confiance au nouveau certificat que si l’administrateur de %1 confirme l’avoir remplacé et vous donne cette empreinte.</translation>
    </message>
    <message>
        <source>The new certificate&apos;s SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256 du nouveau certificat&#xa0;:</translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint:</source>
        <translation>Son empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>The certificate of %1 is not the one you trusted before. Someone may be intercepting your connection to read your password. Trust it only if the server&apos;s administrator told you that they replaced the certificate and that its SHA-256 fingerprint is the new one below.</source>
        <translation>Le certificat de %1 n’est pas celui auquel vous faisiez confiance auparavant. Quelqu’un intercepte peut-être votre connexion pour lire votre mot de passe. Ne lui faites confiance que si l’administrateur du serveur vous a dit avoir remplacé le certificat et que son empreinte SHA-256 est la nouvelle ci-dessous.</translation>
    </message>
    <message>
        <source>New:
%1

Trusted before:
%2</source>
        <comment>SHA-256 fingerprints</comment>
        <translation>Nouvelle&#xa0;:
%1

Celle à laquelle vous faisiez confiance&#xa0;:
%2</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Exit codes:</source>
        <translation>Codes de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>The fingerprint given with --trust-fingerprint is not this certificate&apos;s.</source>
        <translation>L’empreinte donnée avec --trust-fingerprint n’est pas celle de ce certificat.</translation>
    </message>
    <message>
        <source>Only once the server&apos;s administrator confirms the new certificate, run again with --trust-fingerprint %1</source>
        <translation>Seulement une fois que l’administrateur du serveur a confirmé le nouveau certificat, relancez avec --trust-fingerprint %1</translation>
    </message>
    <message>
        <source>If it is your server&apos;s certificate, run again with --trust-fingerprint %1</source>
        <translation>S’il s’agit du certificat de votre serveur, relancez avec --trust-fingerprint %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>url</source>
        <comment>placeholder in the option list: --server &lt;url&gt;</comment>
        <translation>url</translation>
    </message>
    <message>
        <source>name</source>
        <comment>placeholder in the option list: --username &lt;name&gt;</comment>
        <translation>nom</translation>
    </message>
    <message>
        <source>seconds</source>
        <comment>placeholder in the option list: --timeout &lt;seconds&gt;</comment>
        <translation>secondes</translation>
    </message>
    <message>
        <source>sha256</source>
        <comment>placeholder in the option list: --trust-fingerprint &lt;sha256&gt;</comment>
        <translation>sha256</translation>
    </message>
    <message>
        <source>a password or token is never taken as an argument, where others could see it.</source>
        <translation>un mot de passe ou un jeton n’est jamais accepté en argument, là où d’autres pourraient le voir.</translation>
    </message>
    <message>
        <source>%1 takes options only, and no other arguments (see liftoff %1 --help).</source>
        <translation>%1 n’accepte que des options, aucun autre argument (voir liftoff %1 --help).</translation>
    </message>
    <message>
        <source>--%1 needs a number of seconds, e.g. %2.</source>
        <translation>--%1 attend un nombre de secondes, p. ex. %2.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Commands (no display needed):</source>
        <translation>Commandes (sans écran)&#xa0;:</translation>
    </message>
    <message>
        <source>List the commands, or show one command&apos;s options: liftoff help login.</source>
        <translation>Lister les commandes, ou afficher les options d’une commande&#xa0;: liftoff help login.</translation>
    </message>
    <message>
        <source>liftoff: there is no command &quot;%1&quot;. Run &quot;liftoff help&quot; to list them.</source>
        <translation>liftoff&#xa0;: la commande «&#xa0;%1&#xa0;» n’existe pas. Lancez «&#xa0;liftoff help&#xa0;» pour les lister.</translation>
    </message>
    <message>
        <source>Usage: liftoff &lt;command&gt; [options]
       liftoff [--server &lt;url&gt;] [--allow-insecure]   (opens the window)

Liftoff signs you in to your Rocket.Chat server.

</source>
        <translation>Utilisation&#xa0;: liftoff &lt;commande&gt; [options]
              liftoff [--server &lt;url&gt;] [--allow-insecure]   (ouvre la fenêtre)

Liftoff vous connecte à votre serveur Rocket.Chat.

</translation>
    </message>
    <message>
        <source>Run &quot;liftoff &lt;command&gt; --help&quot; for a command&apos;s options and exit codes.</source>
        <translation>Lancez «&#xa0;liftoff &lt;commande&gt; --help&#xa0;» pour les options et les codes de sortie d’une commande.</translation>
    </message>
    <message>
        <source>--lang &lt;code&gt; picks the language of a command or the window instead of the system&apos;s: %1.</source>
        <translation>--lang &lt;code&gt; choisit la langue d’une commande ou de la fenêtre au lieu de celle du système&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>DdpError</name>
    <message>
        <source>The server refused the request: %1</source>
        <translation>Le serveur a refusé la requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <translation>Le serveur a refusé la requête (erreur %1).</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection and try again.</source>
        <translation>Le serveur n’a pas répondu à temps. Vérifiez votre connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before it answered. Try again when the connection is back.</source>
        <translation>La connexion au serveur a été perdue avant sa réponse. Réessayez quand la connexion sera rétablie.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Pas de connexion au serveur.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>This server speaks a version of the realtime protocol that Liftoff does not support (%1). It may be too old or too new for this app.</source>
        <translation>Ce serveur parle une version du protocole temps réel que Liftoff ne prend pas en charge (%1). Il est peut-être trop ancien ou trop récent pour cette application.</translation>
    </message>
    <message>
        <source>The server stopped answering. Liftoff will reconnect by itself.</source>
        <translation>Le serveur ne répond plus. Liftoff va se reconnecter de lui-même.</translation>
    </message>
    <message>
        <source>The server sent a message too large to accept; the connection was reset.</source>
        <translation>Le serveur a envoyé un message trop volumineux pour être accepté&#xa0;; la connexion a été réinitialisée.</translation>
    </message>
    <message>
        <source>Could not reach the server: %1. Check the address and your network connection.</source>
        <translation>Impossible de joindre le serveur&#xa0;: %1. Vérifiez l’adresse et votre connexion réseau.</translation>
    </message>
    <message>
        <source>Could not reach the server. Check the address and your network connection.</source>
        <translation>Impossible de joindre le serveur. Vérifiez l’adresse et votre connexion réseau.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so the connection was refused: %1</source>
        <translation>Le certificat du serveur n’a pas pu être vérifié, la connexion a donc été refusée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DeepLink</name>
    <message>
        <source>The sign-in link is too long to be a Rocket.Chat link.</source>
        <translation>Le lien de connexion est trop long pour être un lien Rocket.Chat.</translation>
    </message>
    <message>
        <source>The sign-in link is not a valid address. Start the sign-in again from Liftoff.</source>
        <translation>Le lien de connexion n’est pas une adresse valide. Relancez la connexion depuis Liftoff.</translation>
    </message>
    <message>
        <source>Liftoff opens only Rocket.Chat sign-in links (rocketchat://auth…); this one is something else.</source>
        <translation>Liftoff n’ouvre que les liens de connexion Rocket.Chat (rocketchat://auth…)&#xa0;; celui-ci est autre chose.</translation>
    </message>
    <message>
        <source>The sign-in link has parts a Rocket.Chat sign-in link never has.</source>
        <translation>Le lien de connexion contient des parties qu’un lien de connexion Rocket.Chat n’a jamais.</translation>
    </message>
    <message>
        <source>The sign-in link has the parameter &quot;%1&quot; more than once.</source>
        <translation>Le lien de connexion contient le paramètre «&#xa0;%1&#xa0;» plus d’une fois.</translation>
    </message>
    <message>
        <source>The sign-in link does not say which server it is for.</source>
        <translation>Le lien de connexion n’indique pas à quel serveur il est destiné.</translation>
    </message>
    <message>
        <source>The server address in the sign-in link is too long.</source>
        <translation>L’adresse du serveur dans le lien de connexion est trop longue.</translation>
    </message>
    <message>
        <source>The server address in the sign-in link is not usable: %1</source>
        <translation>L’adresse du serveur dans le lien de connexion n’est pas utilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sign-in link carries an error message that is too long.</source>
        <translation>Le lien de connexion contient un message d’erreur trop long.</translation>
    </message>
    <message>
        <source>The sign-in link has no usable credential token.</source>
        <translation>Le lien de connexion ne contient aucun jeton d’identification utilisable.</translation>
    </message>
    <message>
        <source>The sign-in link has no usable credential secret.</source>
        <translation>Le lien de connexion ne contient aucun secret d’identification utilisable.</translation>
    </message>
    <message>
        <source>The sign-in link has a credential secret it should not have.</source>
        <translation>Le lien de connexion contient un secret d’identification qu’il ne devrait pas avoir.</translation>
    </message>
    <message>
        <source>The sign-in link mixes two kinds of sign-in.</source>
        <translation>Le lien de connexion mélange deux types de connexion.</translation>
    </message>
    <message>
        <source>The sign-in link is of a kind Liftoff does not know (&quot;%1&quot;).</source>
        <translation>Le lien de connexion est d’un type que Liftoff ne connaît pas («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>The sign-in link does not say what kind of sign-in it is.</source>
        <translation>Le lien de connexion n’indique pas de quel type de connexion il s’agit.</translation>
    </message>
    <message>
        <source>The sign-in link has no usable session token.</source>
        <translation>Le lien de connexion ne contient aucun jeton de session utilisable.</translation>
    </message>
    <message>
        <source>The sign-in link does not say which user it signs in.</source>
        <translation>Le lien de connexion n’indique pas quel utilisateur il connecte.</translation>
    </message>
</context>
<context>
    <name>Fingerprint</name>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint: it may only have the hexadecimal digits 0–9 and A–F, with or without colons between pairs.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une empreinte SHA-256&#xa0;: elle ne peut contenir que les chiffres hexadécimaux 0–9 et A–F, avec ou sans deux-points entre les paires.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is not a SHA-256 fingerprint: that has 64 hexadecimal digits (32 pairs such as AB:CD:…), this has %n.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» n’est pas une empreinte SHA-256&#xa0;: une empreinte a 64 chiffres hexadécimaux (32 paires comme AB:CD:…), celle-ci en a %n.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» n’est pas une empreinte SHA-256&#xa0;: une empreinte a 64 chiffres hexadécimaux (32 paires comme AB:CD:…), celle-ci en a %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainError</name>
    <message>
        <source>Your keychain holds no saved session for this account.</source>
        <translation>Votre trousseau ne contient aucune session enregistrée pour ce compte.</translation>
    </message>
    <message>
        <source>Liftoff cannot reach a keychain: this session has no D-Bus session bus, as happens over SSH and in minimal sessions. Start Liftoff from a desktop session, or start a session bus with a keyring in it.</source>
        <translation>Liftoff ne peut joindre aucun trousseau&#xa0;: cette session n’a pas de bus de session D-Bus, comme c’est le cas via SSH et dans les sessions minimales. Lancez Liftoff depuis une session de bureau, ou démarrez un bus de session avec un trousseau.</translation>
    </message>
    <message>
        <source>Liftoff cannot reach a keychain: no Secret Service is running. Install or start one, such as GNOME Keyring, KWallet or KeePassXC with Secret Service integration.</source>
        <translation>Liftoff ne peut joindre aucun trousseau&#xa0;: aucun service Secret Service n’est en cours d’exécution. Installez-en ou démarrez-en un, comme GNOME Keyring, KWallet ou KeePassXC avec l’intégration Secret Service.</translation>
    </message>
    <message>
        <source>Liftoff cannot reach a keychain on this computer. Check that your keychain is installed and running.</source>
        <translation>Liftoff ne peut joindre aucun trousseau sur cet ordinateur. Vérifiez que votre trousseau est installé et en cours d’exécution.</translation>
    </message>
    <message>
        <source>Access to your keychain was refused. Allow Liftoff when your keychain asks, then try again.</source>
        <translation>L’accès à votre trousseau a été refusé. Autorisez Liftoff quand votre trousseau le demande, puis réessayez.</translation>
    </message>
    <message>
        <source>Your keyring is locked. Unlock it (for example in Passwords and Keys or in KWallet Manager), then try again.</source>
        <translation>Votre trousseau est verrouillé. Déverrouillez-le (par exemple dans Mots de passe et clés ou dans le gestionnaire KWallet), puis réessayez.</translation>
    </message>
    <message>
        <source>Your keychain refused Liftoff access. Check its access settings for Liftoff, then try again.</source>
        <translation>Votre trousseau a refusé l’accès à Liftoff. Vérifiez ses réglages d’accès pour Liftoff, puis réessayez.</translation>
    </message>
    <message>
        <source>Your keychain did not save the session (%1). Check that your keychain works, for example in Passwords and Keys.</source>
        <translation>Votre trousseau n’a pas enregistré la session (%1). Vérifiez que votre trousseau fonctionne, par exemple dans Mots de passe et clés.</translation>
    </message>
    <message>
        <source>Your keychain did not save the session. Check that your keychain works, for example in Passwords and Keys.</source>
        <translation>Votre trousseau n’a pas enregistré la session. Vérifiez que votre trousseau fonctionne, par exemple dans Mots de passe et clés.</translation>
    </message>
    <message>
        <source>Your keychain did not answer in time; it may be waiting for you to unlock it. Unlock it if it asks, then try again.</source>
        <translation>Votre trousseau n’a pas répondu à temps&#xa0;; il attend peut-être que vous le déverrouilliez. Déverrouillez-le s’il le demande, puis réessayez.</translation>
    </message>
    <message>
        <source>Your keychain reported an error (%1). Try again; if it keeps happening, check that your keychain works.</source>
        <translation>Votre trousseau a signalé une erreur (%1). Réessayez&#xa0;; si cela se reproduit, vérifiez que votre trousseau fonctionne.</translation>
    </message>
    <message>
        <source>Your keychain reported an error. Try again; if it keeps happening, check that your keychain works.</source>
        <translation>Votre trousseau a signalé une erreur. Réessayez&#xa0;; si cela se reproduit, vérifiez que votre trousseau fonctionne.</translation>
    </message>
    <message>
        <source>Sign in again; your account stays in the list.</source>
        <translation>Reconnectez-vous&#xa0;; votre compte reste dans la liste.</translation>
    </message>
    <message>
        <source>Your saved session could not be read, but your account stays in the list.</source>
        <translation>Votre session enregistrée n’a pas pu être lue, mais votre compte reste dans la liste.</translation>
    </message>
    <message>
        <source>You are signed in for now, but this session will not survive a restart: you will have to sign in again the next time you start Liftoff.</source>
        <translation>Vous êtes connecté pour l’instant, mais cette session ne survivra pas à un redémarrage&#xa0;: vous devrez vous reconnecter au prochain lancement de Liftoff.</translation>
    </message>
    <message>
        <source>The saved session may still be in your keychain, under &quot;Liftoff&quot;.</source>
        <translation>La session enregistrée est peut-être encore dans votre trousseau, sous «&#xa0;Liftoff&#xa0;».</translation>
    </message>
</context>
<context>
    <name>LocalChannel</name>
    <message>
        <source>Liftoff does not use %1 to receive sign-in links: %2.</source>
        <translation>Liftoff n’utilise pas %1 pour recevoir les liens de connexion&#xa0;: %2.</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>c’est un lien symbolique</translation>
    </message>
    <message>
        <source>it is not a directory</source>
        <translation>ce n’est pas un dossier</translation>
    </message>
    <message>
        <source>it belongs to another user</source>
        <translation>il appartient à un autre utilisateur</translation>
    </message>
    <message>
        <source>other users can open it</source>
        <translation>d’autres utilisateurs peuvent l’ouvrir</translation>
    </message>
    <message>
        <source>it is not an absolute path</source>
        <translation>ce n’est pas un chemin absolu</translation>
    </message>
    <message>
        <source>it is not a socket</source>
        <translation>ce n’est pas un socket</translation>
    </message>
    <message>
        <source>Liftoff cannot tell which user it runs as, so it does not receive sign-in links.</source>
        <translation>Liftoff ne peut pas savoir sous quel utilisateur il s’exécute&#xa0;; il ne reçoit donc pas les liens de connexion.</translation>
    </message>
    <message>
        <source>Another program already holds the channel for sign-in links, so Liftoff does not receive them.</source>
        <translation>Un autre programme occupe déjà le canal des liens de connexion&#xa0;; Liftoff ne les reçoit donc pas.</translation>
    </message>
</context>
<context>
    <name>Localization</name>
    <message>
        <source>--lang needs a language code. Languages: %1.</source>
        <translation>--lang attend un code de langue. Langues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>could not read the translation file %1. Make it with lrelease from a .ts file, or give a language code: %2.</source>
        <translation>impossible de lire le fichier de traduction %1. Créez-le avec lrelease à partir d’un fichier .ts, ou indiquez un code de langue&#xa0;: %2.</translation>
    </message>
    <message>
        <source>there is no translation into &quot;%1&quot;. Languages: %2.</source>
        <translation>il n’y a pas de traduction en «&#xa0;%1&#xa0;». Langues&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>The Rocket.Chat server, e.g. https://chat.example.com (required).</source>
        <translation>Le serveur Rocket.Chat, p. ex. https://chat.example.com (obligatoire).</translation>
    </message>
    <message>
        <source>Sign in with this e-mail address instead.</source>
        <translation>Se connecter plutôt avec cette adresse e-mail.</translation>
    </message>
    <message>
        <source>address</source>
        <comment>placeholder in the option list: --email &lt;address&gt;</comment>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input. Without it the password is asked for on the terminal, without echo.</source>
        <translation>Lire le mot de passe sur la première ligne de l’entrée standard. Sans cette option, le mot de passe est demandé dans le terminal, sans écho.</translation>
    </message>
    <message>
        <source>Sign in through the server&apos;s LDAP directory.</source>
        <translation>Se connecter via l’annuaire LDAP du serveur.</translation>
    </message>
    <message>
        <source>code</source>
        <comment>placeholder in the option list: --totp-code &lt;code&gt;</comment>
        <translation>code</translation>
    </message>
    <message>
        <source>Do not keep the session: nothing goes to the system keychain or the account list, and liftoff resume, status, token and logout will not know it.</source>
        <translation>Ne pas garder la session&#xa0;: rien ne va dans le trousseau du système ni dans la liste des comptes, et liftoff resume, status, token et logout ne la connaîtront pas.</translation>
    </message>
    <message>
        <source>On success print one JSON object (server, userId, username, type, tokenExpires, stored) instead of a sentence. The token itself is never printed.</source>
        <translation>En cas de succès, afficher un objet JSON (server, userId, username, type, tokenExpires, stored) au lieu d’une phrase. Le jeton lui-même n’est jamais affiché.</translation>
    </message>
    <message>
        <source>Allow an unencrypted http:// connection to a server that is not on this computer.</source>
        <translation>Autoriser une connexion http:// non chiffrée vers un serveur qui n’est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Give up when the server has not answered for this long (default: 30).</source>
        <translation>Abandonner quand le serveur n’a pas répondu pendant ce délai (par défaut&#xa0;: 30).</translation>
    </message>
    <message>
        <source>login takes options only, and no other arguments; a password is typed when asked, or piped in with --password-stdin.</source>
        <translation>login n’accepte que des options, aucun autre argument&#xa0;; un mot de passe se tape quand il est demandé, ou se transmet avec --password-stdin.</translation>
    </message>
    <message>
        <source>which server? Add --server &lt;url&gt;.</source>
        <translation>quel serveur&#xa0;? Ajoutez --server &lt;url&gt;.</translation>
    </message>
    <message>
        <source>(--allow-insecure allows it.)</source>
        <translation>(--allow-insecure l’autorise.)</translation>
    </message>
    <message>
        <source>give either --username or --email (one of them).</source>
        <translation>indiquez soit --username, soit --email (l’un des deux).</translation>
    </message>
    <message>
        <source>--totp-code is empty.</source>
        <translation>--totp-code est vide.</translation>
    </message>
    <message>
        <source>there is no terminal to ask for the password on: pipe it in and add --password-stdin.</source>
        <translation>aucun terminal où demander le mot de passe&#xa0;: transmettez-le par un tube et ajoutez --password-stdin.</translation>
    </message>
    <message>
        <source>signed in (and the session stored, unless --no-store)</source>
        <translation>connecté (et la session enregistrée, sauf avec --no-store)</translation>
    </message>
    <message>
        <source>anything else (e.g. an unexpected server error)</source>
        <translation>tout le reste (p. ex. une erreur inattendue du serveur)</translation>
    </message>
    <message>
        <source>usage: a missing or wrong option, or no terminal and no --password-stdin</source>
        <translation>erreur d’utilisation&#xa0;: une option manquante ou incorrecte, ou ni terminal ni --password-stdin</translation>
    </message>
    <message>
        <source>two-factor code required (none given and no terminal) or wrong</source>
        <translation>code de double authentification requis (aucun fourni et pas de terminal) ou incorrect</translation>
    </message>
    <message>
        <source>rate-limited or blocked by the server: try again later</source>
        <translation>limité ou bloqué par le serveur&#xa0;: réessayez plus tard</translation>
    </message>
    <message>
        <source>signed in, but the system keychain is unavailable or locked, so the session was not stored (stdout still says who signed in; stderr says why)</source>
        <translation>connecté, mais le trousseau du système est indisponible ou verrouillé, la session n’a donc pas été enregistrée (stdout indique tout de même qui s’est connecté&#xa0;; stderr explique pourquoi)</translation>
    </message>
    <message>
        <source>On Ctrl+C the terminal is restored and the process ends by the signal, as usual (a shell shows 130).</source>
        <translation>Avec Ctrl+C, le terminal est restauré et le processus se termine par le signal, comme d’habitude (un shell affiche 130).</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>Mot de passe de %1 sur %2&#xa0;: </translation>
    </message>
    <message>
        <source>Code sent to you by e-mail: </source>
        <translation>Code reçu par e-mail&#xa0;: </translation>
    </message>
    <message>
        <source>Code sent by e-mail to %1: </source>
        <translation>Code envoyé par e-mail à %1&#xa0;: </translation>
    </message>
    <message>
        <source>Two-factor code from your authenticator app: </source>
        <translation>Code de double authentification de votre application d’authentification&#xa0;: </translation>
    </message>
    <message>
        <source>no password was given.</source>
        <translation>aucun mot de passe n’a été saisi.</translation>
    </message>
    <message>
        <source>standard input ended before a password (--password-stdin reads its first line).</source>
        <translation>l’entrée standard s’est terminée avant un mot de passe (--password-stdin lit sa première ligne).</translation>
    </message>
    <message>
        <source>Standard input ended before a code.</source>
        <translation>L’entrée standard s’est terminée avant un code.</translation>
    </message>
    <message>
        <source>Without a terminal to ask on, pass the code with --totp-code.</source>
        <translation>Sans terminal où le demander, passez le code avec --totp-code.</translation>
    </message>
    <message>
        <source>the session was not stored: %1</source>
        <translation>la session n’a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>signing in failed.</source>
        <translation>la connexion a échoué.</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate although the system does not, if its SHA-256 fingerprint is this one (64 hexadecimal digits, colons optional). It is remembered for the server, as the window&apos;s &quot;Trust this certificate&quot;, unless --no-store.</source>
        <translation>Faire confiance au certificat du serveur bien que le système ne lui fasse pas confiance, si son empreinte SHA-256 est celle-ci (64 chiffres hexadécimaux, deux-points facultatifs). Cette confiance est retenue pour le serveur, comme avec «&#xa0;Faire confiance à ce certificat&#xa0;» dans la fenêtre, sauf avec --no-store.</translation>
    </message>
    <message>
        <source>server unreachable, not Rocket.Chat, too old, TLS problem (such as a certificate that is not trusted: stderr gives its fingerprint for --trust-fingerprint), time-out or lost connection</source>
        <translation>serveur injoignable, pas Rocket.Chat, trop ancien, problème TLS (p. ex. un certificat non approuvé&#xa0;: stderr donne son empreinte pour --trust-fingerprint), délai dépassé ou connexion perdue</translation>
    </message>
    <message>
        <source>Sign in with this single sign-on service of the server (e.g. github, keycloak, saml, cas) in your web browser, instead of a password.</source>
        <translation>Se connecter avec ce service d’authentification unique du serveur (p. ex. github, keycloak, saml, cas) dans votre navigateur web, au lieu d’un mot de passe.</translation>
    </message>
    <message>
        <source>service</source>
        <comment>placeholder in the option list: --sso &lt;service&gt;</comment>
        <translation>service</translation>
    </message>
    <message>
        <source>With --sso: how long to wait for the browser (default: 300).</source>
        <translation>Avec --sso&#xa0;: combien de temps attendre le navigateur (par défaut&#xa0;: 300).</translation>
    </message>
    <message>
        <source>--sso needs the name of a service, e.g. --sso github.</source>
        <translation>--sso attend le nom d’un service, p. ex. --sso github.</translation>
    </message>
    <message>
        <source>--sso signs in with the browser: leave out --username, --email, --password-stdin and --ldap.</source>
        <translation>--sso se connecte par le navigateur&#xa0;: retirez --username, --email, --password-stdin et --ldap.</translation>
    </message>
    <message>
        <source>--sso-timeout goes with --sso.</source>
        <translation>--sso-timeout va avec --sso.</translation>
    </message>
    <message>
        <source>Another Liftoff is running and would receive the browser&apos;s sign-in: sign in there, or close it and try again.</source>
        <translation>Une autre instance de Liftoff est en cours d’exécution et recevrait la connexion du navigateur&#xa0;: connectez-vous dans celle-ci, ou fermez-la et réessayez.</translation>
    </message>
    <message>
        <source>%1 offers no single sign-on; sign in with --username or --email.</source>
        <translation>%1 ne propose pas d’authentification unique&#xa0;; connectez-vous avec --username ou --email.</translation>
    </message>
    <message>
        <source>%1 offers no sign-in with &quot;%2&quot;; it offers: %3.</source>
        <translation>%1 ne propose pas de connexion avec «&#xa0;%2&#xa0;»&#xa0;; il propose&#xa0;: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Continue signing in with %1 in your web browser (waiting up to %n minute(s)).</source>
        <translation>
            <numerusform>Poursuivez la connexion avec %1 dans votre navigateur web (attente jusqu’à %n minute).</numerusform>
            <numerusform>Poursuivez la connexion avec %1 dans votre navigateur web (attente jusqu’à %n minutes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting up to %n minute(s) for the sign-in to come back.</source>
        <translation>
            <numerusform>Attente du retour de la connexion pendant %n minute au plus.</numerusform>
            <numerusform>Attente du retour de la connexion pendant %n minutes au plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two-factor code (authenticator app or e-mail), when the server asks for one. On a terminal it is asked for instead. Other users of this computer can see arguments in the process list: --totp-code-stdin is safer.</source>
        <translation>Le code à deux facteurs (application d’authentification ou e-mail), quand le serveur le demande. Dans un terminal, il est demandé à la place. Les autres utilisateurs de cet ordinateur peuvent voir les arguments dans la liste des processus&#xa0;: --totp-code-stdin est plus sûr.</translation>
    </message>
    <message>
        <source>Read the two-factor code, when the server asks for one, from the line of standard input after the password (with --password-stdin: the second line).</source>
        <translation>Lire le code à deux facteurs, quand le serveur le demande, sur la ligne de l’entrée standard qui suit le mot de passe (avec --password-stdin&#xa0;: la deuxième ligne).</translation>
    </message>
    <message>
        <source>give --totp-code or --totp-code-stdin, not both.</source>
        <translation>indiquez --totp-code ou --totp-code-stdin, pas les deux.</translation>
    </message>
    <message>
        <source>--totp-code-stdin reads the line after the password: it goes with --password-stdin.</source>
        <translation>--totp-code-stdin lit la ligne qui suit le mot de passe&#xa0;: il va avec --password-stdin.</translation>
    </message>
    <message>
        <source>the two-factor code on standard input (--totp-code-stdin) is empty.</source>
        <translation>le code à deux facteurs sur l’entrée standard (--totp-code-stdin) est vide.</translation>
    </message>
    <message>
        <source>Sign in with this username.</source>
        <translation>Se connecter avec ce nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Sign in with a personal access token (made in Rocket.Chat under My Account → Personal Access Tokens) instead of a password: it is read from standard input, or asked for on the terminal without echo. Signing out later forgets it on this computer only: it works until you revoke it in Rocket.Chat.</source>
        <translation>Se connecter avec un jeton d’accès personnel (créé dans Rocket.Chat sous Mon compte → Jetons d’accès personnels) au lieu d’un mot de passe&#xa0;: il est lu sur l’entrée standard, ou demandé dans le terminal sans écho. Se déconnecter ensuite ne l’oublie que sur cet ordinateur&#xa0;: il reste valable jusqu’à ce que vous le révoquiez dans Rocket.Chat.</translation>
    </message>
    <message>
        <source>--with-token signs in with a personal access token alone: leave out --username, --email, --password-stdin, --ldap, --sso and the two-factor options.</source>
        <translation>--with-token se connecte avec un jeton d’accès personnel seul&#xa0;: retirez --username, --email, --password-stdin, --ldap, --sso et les options de double authentification.</translation>
    </message>
    <message>
        <source>the username or e-mail address is empty.</source>
        <translation>le nom d’utilisateur ou l’adresse e-mail est vide.</translation>
    </message>
    <message>
        <source>--email needs an e-mail address (name@example.com); for a username use --username.</source>
        <translation>--email attend une adresse e-mail (nom@example.com)&#xa0;; pour un nom d’utilisateur, utilisez --username.</translation>
    </message>
    <message>
        <source>a password or token is never taken as an argument, where others could see it: type it when asked, or pipe it in with --password-stdin (a personal access token: --with-token).</source>
        <translation>un mot de passe ou un jeton n’est jamais accepté en argument, là où d’autres pourraient le voir&#xa0;: tapez-le quand il est demandé, ou transmettez-le avec --password-stdin (un jeton d’accès personnel&#xa0;: --with-token).</translation>
    </message>
    <message>
        <source>Usage: liftoff login --server &lt;url&gt; (--username &lt;name&gt; | --email &lt;address&gt; | --sso &lt;service&gt; | --with-token) [options]</source>
        <translation>Utilisation&#xa0;: liftoff login --server &lt;url&gt; (--username &lt;nom&gt; | --email &lt;adresse&gt; | --sso &lt;service&gt; | --with-token) [options]</translation>
    </message>
    <message>
        <source>Signs in to a Rocket.Chat server, checking the server while you type the password, and keeps the session in the system keychain for liftoff resume, status, token and logout (and the window). The password is never taken as an argument: it is asked for on the terminal without echo, or read from standard input with --password-stdin. On a terminal, a two-factor code is asked for when the server wants one; otherwise pass it with --totp-code. With --sso the sign-in happens in your web browser (the BROWSER environment variable, else the system&apos;s default browser); if none can be opened, the address to open is printed. The browser hands the sign-in back to this command through a rocketchat:// link. With --with-token a personal access token signs in instead (as gh auth login --with-token): piped in (echo &quot;$TOKEN&quot; | liftoff login --server &lt;url&gt; --with-token) or typed without echo; it is kept like a session, never expires here, and liftoff logout forgets it on this computer without deleting it on the server.</source>
        <translation>Vous connecte à un serveur Rocket.Chat, en vérifiant le serveur pendant que vous tapez le mot de passe, et garde la session dans le trousseau du système pour liftoff resume, status, token et logout (et la fenêtre). Le mot de passe n’est jamais accepté en argument&#xa0;: il est demandé dans le terminal sans écho, ou lu sur l’entrée standard avec --password-stdin. Dans un terminal, un code de double authentification est demandé quand le serveur en veut un&#xa0;; sinon, passez-le avec --totp-code. Avec --sso, la connexion se fait dans votre navigateur web (celui de la variable d’environnement BROWSER, sinon le navigateur par défaut du système)&#xa0;; si aucun ne peut être ouvert, l’adresse à ouvrir est affichée. Le navigateur rend la connexion à cette commande par un lien rocketchat://. Avec --with-token, c’est un jeton d’accès personnel qui vous connecte (comme gh auth login --with-token)&#xa0;: transmis par un tube (echo &quot;$TOKEN&quot; | liftoff login --server &lt;url&gt; --with-token) ou tapé sans écho&#xa0;; il est conservé comme une session, n’expire jamais ici, et liftoff logout l’oublie sur cet ordinateur sans le supprimer sur le serveur.</translation>
    </message>
    <message>
        <source>credentials or personal access token rejected, or the account may not sign in (deactivated, app user, no roles, e-mail not verified)</source>
        <translation>identifiants ou jeton d’accès personnel refusés, ou le compte n’a pas le droit de se connecter (désactivé, utilisateur d’application, aucun rôle, e-mail non vérifié)</translation>
    </message>
    <message>
        <source>Personal access token for %1: </source>
        <translation>Jeton d’accès personnel pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>no personal access token was given.</source>
        <translation>aucun jeton d’accès personnel n’a été saisi.</translation>
    </message>
    <message>
        <source>standard input ended before a personal access token (--with-token reads its first line).</source>
        <translation>l’entrée standard s’est terminée avant un jeton d’accès personnel (--with-token lit sa première ligne).</translation>
    </message>
    <message>
        <source>the server did not accept this personal access token: check that it was copied whole and has not been revoked.</source>
        <translation>le serveur n’a pas accepté ce jeton d’accès personnel&#xa0;: vérifiez qu’il a été copié en entier et n’a pas été révoqué.</translation>
    </message>
    <message>
        <source>Sign in to a Rocket.Chat server with a username or e-mail address and password, single sign-on, or a personal access token.</source>
        <translation>Se connecter à un serveur Rocket.Chat avec un nom d’utilisateur ou une adresse e-mail et un mot de passe, par authentification unique, ou avec un jeton d’accès personnel.</translation>
    </message>
</context>
<context>
    <name>LoginService</name>
    <message>
        <source>SAML single sign-on</source>
        <translation>Authentification unique SAML</translation>
    </message>
    <message>
        <source>CAS single sign-on</source>
        <translation>Authentification unique CAS</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <extracomment>%1 is the name of an identity provider or a button&apos;s own text, e.g. &quot;GitHub&quot;.</extracomment>
        <translation>Se connecter avec %1</translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <source>The server did not answer in time, so the session of %1 may still be valid there until it expires; it is no longer stored on this computer.</source>
        <translation>Le serveur n’a pas répondu à temps&#xa0;: la session de %1 y est donc peut-être encore valide jusqu’à son expiration&#xa0;; elle n’est plus enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Sign out of every stored account.</source>
        <translation>Se déconnecter de tous les comptes enregistrés.</translation>
    </message>
    <message>
        <source>signed out (also when the server could not be told: see stderr), or --all and there was nothing to sign out of</source>
        <translation>déconnecté (même quand le serveur n’a pas pu être prévenu&#xa0;: voir stderr), ou --all et il n’y avait rien à déconnecter</translation>
    </message>
    <message>
        <source>anything else</source>
        <translation>tout le reste</translation>
    </message>
    <message>
        <source>usage: a wrong or unknown option</source>
        <translation>erreur d’utilisation&#xa0;: une option incorrecte ou inconnue</translation>
    </message>
    <message>
        <source>system keychain unavailable or locked: nothing was removed, try again once it works</source>
        <translation>trousseau du système indisponible ou verrouillé&#xa0;: rien n’a été supprimé, réessayez quand il fonctionne</translation>
    </message>
    <message>
        <source>--all signs out of every account: leave out --server and --username.</source>
        <translation>--all déconnecte tous les comptes&#xa0;: omettez --server et --username.</translation>
    </message>
    <message>
        <source>liftoff logout: no stored session; nothing to sign out of.</source>
        <translation>liftoff logout&#xa0;: aucune session enregistrée&#xa0;; rien à déconnecter.</translation>
    </message>
    <message>
        <source>The session of %1 had already ended (%2); it is forgotten.</source>
        <translation>La session de %1 était déjà terminée (%2)&#xa0;; elle est oubliée.</translation>
    </message>
    <message>
        <source>%1: the server could not be told, so the session may still be valid there until it expires. It is no longer stored on this computer.</source>
        <translation>%1&#xa0;: le serveur n’a pas pu être prévenu, la session y est donc peut-être encore valide jusqu’à son expiration. Elle n’est plus enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The keychain held no session for %1; it is forgotten.</source>
        <translation>Le trousseau ne contenait aucune session pour %1&#xa0;; elle est oubliée.</translation>
    </message>
    <message>
        <source>%1 is still signed in: %2</source>
        <translation>%1 est toujours connecté&#xa0;: %2</translation>
    </message>
    <message>
        <source>signed out of %1 on the server, but: %2</source>
        <translation>déconnecté de %1 sur le serveur, mais&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>could not update %1.</source>
        <translation>impossible de mettre à jour %1.</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Déconnecté de %1.</translation>
    </message>
    <message>
        <source>Sign out every OTHER session of the account on the server instead (other devices and browsers), and make its personal access tokens stop working; this session stays signed in and stored. Asks first on a terminal.</source>
        <translation>Fermer plutôt toutes les AUTRES sessions du compte sur le serveur (autres appareils et navigateurs) et rendre ses jetons d’accès personnels inutilisables&#xa0;; cette session reste connectée et enregistrée. Demande d’abord confirmation dans un terminal.</translation>
    </message>
    <message>
        <source>With --others: do not ask (needed without a terminal).</source>
        <translation>Avec --others&#xa0;: ne pas demander confirmation (nécessaire sans terminal).</translation>
    </message>
    <message>
        <source>Usage: liftoff logout [--server &lt;url&gt;] [--username &lt;name&gt; | --all | --others [--yes]] [options]</source>
        <translation>Utilisation&#xa0;: liftoff logout [--server &lt;url&gt;] [--username &lt;nom&gt; | --all | --others [--yes]] [options]</translation>
    </message>
    <message>
        <source>Signs out of a stored session, as Sign out in the window does: the server is told to forget the session, then its token is removed from the system keychain and the account from the list. Without options, the account used last; --server and --username pick another, --all takes every one. When the server cannot be reached, the session is forgotten on this computer all the same and stderr says that it may still be valid on the server until it expires: the exit code is 0, since nothing is stored any more. An account signed in with a personal access token is only forgotten on this computer: the server is not told, since that would delete the token for every script that uses it; it works until you revoke it in Rocket.Chat (My Account → Personal Access Tokens). --others keeps this session and ends every other one of the account on the server (not offered for a personal access token).</source>
        <translation>Ferme une session enregistrée, comme «&#xa0;Se déconnecter&#xa0;» dans la fenêtre&#xa0;: le serveur est prié d’oublier la session, puis son jeton est retiré du trousseau du système et le compte de la liste. Sans option, le dernier compte utilisé&#xa0;; --server et --username en choisissent un autre, --all les prend tous. Quand le serveur est injoignable, la session est tout de même oubliée sur cet ordinateur et stderr indique qu’elle est peut-être encore valide sur le serveur jusqu’à son expiration&#xa0;: le code de sortie est 0, puisque plus rien n’est enregistré. Un compte connecté avec un jeton d’accès personnel est seulement oublié sur cet ordinateur&#xa0;: le serveur n’est pas prévenu, car cela supprimerait le jeton pour tous les scripts qui l’utilisent&#xa0;; il reste valable jusqu’à ce que vous le révoquiez dans Rocket.Chat (Mon compte → Jetons d’accès personnels). --others garde cette session et ferme toutes les autres sessions du compte sur le serveur (pas proposé pour un jeton d’accès personnel).</translation>
    </message>
    <message>
        <source>no stored session matches (--others: or the session is no longer accepted, or it is a personal access token)</source>
        <translation>aucune session enregistrée ne correspond (--others&#xa0;: ou la session n’est plus acceptée, ou c’est un jeton d’accès personnel)</translation>
    </message>
    <message>
        <source>--others: the server could not be reached</source>
        <translation>--others&#xa0;: le serveur était injoignable</translation>
    </message>
    <message>
        <source>give --all or --others, not both.</source>
        <translation>indiquez --all ou --others, pas les deux.</translation>
    </message>
    <message>
        <source>--yes goes with --others.</source>
        <translation>--yes va avec --others.</translation>
    </message>
    <message>
        <source>--others asks before it signs out the other sessions, and there is no terminal to ask on: add --yes.</source>
        <translation>--others demande confirmation avant de fermer les autres sessions, et il n’y a aucun terminal où la demander&#xa0;: ajoutez --yes.</translation>
    </message>
    <message>
        <source>The personal access token still works until you revoke it in Rocket.Chat (My Account → Personal Access Tokens); it is no longer stored on this computer.</source>
        <translation>Le jeton d’accès personnel reste valable jusqu’à ce que vous le révoquiez dans Rocket.Chat (Mon compte → Jetons d’accès personnels)&#xa0;; il n’est plus enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 is signed in with a personal access token; signing out the other sessions would delete that token too. Sign in with a password (liftoff login) to do it.</source>
        <translation>%1 est connecté avec un jeton d’accès personnel&#xa0;; fermer les autres sessions supprimerait aussi ce jeton. Connectez-vous avec un mot de passe (liftoff login) pour le faire.</translation>
    </message>
    <message>
        <source>y</source>
        <comment>the answer yes to a [y/N] question</comment>
        <translation>o</translation>
    </message>
    <message>
        <source>Nothing was signed out.</source>
        <translation>Aucune session n’a été fermée.</translation>
    </message>
    <message>
        <source>Sign out all other sessions of %1? Other devices and browsers are signed out, and personal access tokens stop working. This session stays signed in.</source>
        <translation>Fermer toutes les autres sessions de %1&#xa0;? Les autres appareils et navigateurs sont déconnectés, et les jetons d’accès personnels cessent de fonctionner. Cette session reste connectée.</translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>Continuer&#xa0;? [o/N] </translation>
    </message>
    <message>
        <source>Signed out every other session of %1; this one is still signed in.</source>
        <translation>Toutes les autres sessions de %1 ont été fermées&#xa0;; celle-ci est toujours connectée.</translation>
    </message>
    <message>
        <source>the other sessions of %1 were not signed out: %2</source>
        <translation>les autres sessions de %1 n’ont pas été fermées&#xa0;: %2</translation>
    </message>
    <message>
        <source>the server did not answer in time; the other sessions of %1 may not be signed out.</source>
        <translation>le serveur n’a pas répondu à temps&#xa0;; les autres sessions de %1 ne sont peut-être pas fermées.</translation>
    </message>
    <message>
        <source>Sign out on the server and forget the stored session (--all: every one; --others: every other session of the account).</source>
        <translation>Se déconnecter sur le serveur et oublier la session enregistrée (--all&#xa0;: toutes&#xa0;; --others&#xa0;: toutes les autres sessions du compte).</translation>
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
        <translation>Se connecter depuis un lien&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Ignore the link</source>
        <translation>&amp;Ignorer le lien</translation>
    </message>
    <message>
        <source>Sign-in link ignored</source>
        <translation>Lien de connexion ignoré</translation>
    </message>
    <message>
        <source>A link asks Liftoff to sign you in to %1 as %2 (@%3, user id %4). Sign in only if you just asked for this, for example in your browser; a link from someone else could sign you in to their account.</source>
        <comment>%1 is a server address, %2 a person&apos;s name, %3 a user name, %4 a user id</comment>
        <translation>Un lien demande à Liftoff de vous connecter à %1 en tant que %2 (@%3, identifiant %4). Connectez-vous seulement si vous venez de le demander, par exemple dans votre navigateur&#xa0;; un lien venant de quelqu’un d’autre pourrait vous connecter à son compte.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>accepts a sign-in link; no &amp; in it: no single key may accept</comment>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>OfflinePage</name>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>the name of the page shown while the server is unreachable</comment>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Last try</source>
        <extracomment>The name, for screen readers, of the message saying why the most recent attempt to reach the server failed: the previous try, not the final one (Liftoff keeps trying).</extracomment>
        <translation>Tentative précédente</translation>
    </message>
    <message>
        <source>Sign in with &amp;another account</source>
        <translation>Se connecter avec un &amp;autre compte</translation>
    </message>
    <message>
        <source>Sign in with another account</source>
        <translation>Se connecter avec un autre compte</translation>
    </message>
    <message>
        <source>Stop waiting for this server; this account stays saved and you can switch back to it later</source>
        <translation>Arrêter d’attendre ce serveur&#xa0;; ce compte reste enregistré et vous pourrez y revenir plus tard</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Try to reach the server now instead of waiting (Enter)</source>
        <translation>Essayer de joindre le serveur maintenant au lieu d’attendre (Entrée)</translation>
    </message>
    <message>
        <source>Liftoff cannot reach %1 to sign you in as %2. Your session is kept on this computer: you are signed in as soon as the server answers.</source>
        <comment>%1 is a server address, %2 an account</comment>
        <translation>Liftoff ne peut pas joindre %1 pour vous connecter en tant que %2. Votre session est conservée sur cet ordinateur&#xa0;: vous serez connecté dès que le serveur répondra.</translation>
    </message>
    <message>
        <source>Liftoff cannot reach %1. Your session is kept on this computer: you are signed in as soon as the server answers.</source>
        <comment>%1 is a server address</comment>
        <translation>Liftoff ne peut pas joindre %1. Votre session est conservée sur cet ordinateur&#xa0;: vous serez connecté dès que le serveur répondra.</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <comment>a live countdown to the next try</comment>
        <translation>
            <numerusform>Nouvelle tentative dans %n seconde.</numerusform>
            <numerusform>Nouvelle tentative dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying again now…</source>
        <translation>Nouvelle tentative en cours…</translation>
    </message>
    <message>
        <source>Trying again</source>
        <comment>a busy bar while the server is tried again</comment>
        <translation>Nouvelle tentative en cours</translation>
    </message>
</context>
<context>
    <name>OpenCommand</name>
    <message>
        <source>Hand a sign-in link (rocketchat://auth?…) to the running Liftoff, or open the window with it.</source>
        <translation>Transmettre un lien de connexion (rocketchat://auth?…) au Liftoff en cours d’exécution, ou ouvrir la fenêtre avec ce lien.</translation>
    </message>
    <message>
        <source>url</source>
        <comment>placeholder in the usage line: liftoff open &lt;url&gt;</comment>
        <translation>url</translation>
    </message>
    <message>
        <source>The link, rocketchat://auth?…</source>
        <translation>Le lien, rocketchat://auth?…</translation>
    </message>
    <message>
        <source>Usage: liftoff open &lt;url&gt;</source>
        <translation>Utilisation&#xa0;: liftoff open &lt;url&gt;</translation>
    </message>
    <message>
        <source>Hands a sign-in link to the Liftoff that is running (the window, or liftoff login --sso), as the operating system does when a browser opens a rocketchat:// link. With none running, opens the window, which handles the link. A link Liftoff did not ask for is refused there.</source>
        <translation>Transmet un lien de connexion au Liftoff en cours d’exécution (la fenêtre, ou liftoff login --sso), comme le fait le système d’exploitation quand un navigateur ouvre un lien rocketchat://. Si aucun n’est en cours d’exécution, ouvre la fenêtre, qui traite le lien. Un lien que Liftoff n’a pas demandé y est refusé.</translation>
    </message>
    <message>
        <source>handed over (or handled by the window)</source>
        <translation>transmis (ou traité par la fenêtre)</translation>
    </message>
    <message>
        <source>usage: not one link, or not a rocketchat:// link</source>
        <translation>erreur d’utilisation&#xa0;: pas exactement un lien, ou pas un lien rocketchat://</translation>
    </message>
    <message>
        <source>give one link, rocketchat://auth?… or https://go.rocket.chat/auth?…</source>
        <translation>indiquez un seul lien, rocketchat://auth?… ou https://go.rocket.chat/auth?…</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Show password</source>
        <comment>a toggle button next to the password field</comment>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
    <message>
        <source>Show the password as you type it</source>
        <translation>Afficher le mot de passe pendant la saisie</translation>
    </message>
</context>
<context>
    <name>ResumeCommand</name>
    <message>
        <source>Sign in again with the session stored by login, without a password.</source>
        <translation>Se reconnecter avec la session enregistrée par login, sans mot de passe.</translation>
    </message>
    <message>
        <source>On success print one JSON object (server, userId, username, type, tokenExpires) instead of a sentence. The token itself is never printed.</source>
        <translation>En cas de succès, afficher un objet JSON (server, userId, username, type, tokenExpires) au lieu d’une phrase. Le jeton lui-même n’est jamais affiché.</translation>
    </message>
    <message>
        <source>Usage: liftoff resume [--server &lt;url&gt;] [--username &lt;name&gt;] [options]</source>
        <translation>Utilisation&#xa0;: liftoff resume [--server &lt;url&gt;] [--username &lt;nom&gt;] [options]</translation>
    </message>
    <message>
        <source>Signs in again with the session that &quot;liftoff login&quot; stored in the system keychain, without a password: the account given by --server and --username, or else the one used last. A session that expired or that the server no longer accepts is forgotten; one whose server cannot be reached is kept.</source>
        <translation>Vous reconnecte avec la session que «&#xa0;liftoff login&#xa0;» a enregistrée dans le trousseau du système, sans mot de passe&#xa0;: le compte indiqué par --server et --username, sinon le dernier utilisé. Une session expirée ou que le serveur n’accepte plus est oubliée&#xa0;; une session dont le serveur est injoignable est conservée.</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>anything else (e.g. an unexpected server error)</source>
        <translation>tout le reste (p. ex. une erreur inattendue du serveur)</translation>
    </message>
    <message>
        <source>usage: a wrong or unknown option</source>
        <translation>erreur d’utilisation&#xa0;: une option incorrecte ou inconnue</translation>
    </message>
    <message>
        <source>no stored session (or its token is not in the keychain), or it expired, or the server no longer accepts it: sign in with liftoff login</source>
        <translation>aucune session enregistrée (ou son jeton n’est pas dans le trousseau), ou elle a expiré, ou le serveur ne l’accepte plus&#xa0;: connectez-vous avec liftoff login</translation>
    </message>
    <message>
        <source>system keychain unavailable or locked</source>
        <translation>trousseau du système indisponible ou verrouillé</translation>
    </message>
    <message>
        <source>The session of %1 is kept: try again later.</source>
        <translation>La session de %1 est conservée&#xa0;: réessayez plus tard.</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate although the system does not, if its SHA-256 fingerprint is this one (64 hexadecimal digits, colons optional). It is remembered for the server, as the window&apos;s &quot;Trust this certificate&quot;.</source>
        <translation>Faire confiance au certificat du serveur bien que le système ne lui fasse pas confiance, si son empreinte SHA-256 est celle-ci (64 chiffres hexadécimaux, deux-points facultatifs). Cette confiance est retenue pour le serveur, comme avec «&#xa0;Faire confiance à ce certificat&#xa0;» dans la fenêtre.</translation>
    </message>
    <message>
        <source>server unreachable, not Rocket.Chat, TLS problem (such as a certificate that is not trusted: stderr gives its fingerprint for --trust-fingerprint) or time-out; the session is kept</source>
        <translation>serveur injoignable, pas Rocket.Chat, problème TLS (p. ex. un certificat non approuvé&#xa0;: stderr donne son empreinte pour --trust-fingerprint) ou délai dépassé&#xa0;; la session est conservée</translation>
    </message>
    <message>
        <source>The session of %1 is kept.</source>
        <translation>La session de %1 est conservée.</translation>
    </message>
</context>
<context>
    <name>ResumingPage</name>
    <message>
        <source>Signing in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Signing in with a saved session</source>
        <comment>the name of a page</comment>
        <translation>Connexion avec une session enregistrée</translation>
    </message>
    <message>
        <source>Signing in with the saved session</source>
        <translation>Connexion avec la session enregistrée</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel signing in with the saved session</source>
        <translation>Annuler la connexion avec la session enregistrée</translation>
    </message>
    <message>
        <source>Stop and go to the sign-in page; the account stays saved (Esc)</source>
        <translation>Arrêter et aller à la page de connexion&#xa0;; le compte reste enregistré (Échap)</translation>
    </message>
    <message>
        <source>Signing in to %1 as %2 with the session saved on this computer…</source>
        <comment>%1 is a server address, %2 an account</comment>
        <translation>Connexion à %1 en tant que %2 avec la session enregistrée sur cet ordinateur…</translation>
    </message>
    <message>
        <source>Signing in to %1 with the session saved on this computer…</source>
        <comment>%1 is a server address</comment>
        <translation>Connexion à %1 avec la session enregistrée sur cet ordinateur…</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Enter the address of your Rocket.Chat server, for example chat.example.com.</source>
        <translation>Saisissez l’adresse de votre serveur Rocket.Chat, par exemple chat.example.com.</translation>
    </message>
    <message>
        <source>A server address cannot contain spaces. Check the address and enter it again without spaces.</source>
        <translation>Une adresse de serveur ne peut pas contenir d’espaces. Vérifiez l’adresse et saisissez-la de nouveau sans espaces.</translation>
    </message>
    <message>
        <source>Addresses starting with “%1:” cannot be used to sign in. Enter the server address with https://, for example https://chat.example.com.</source>
        <extracomment>%1 is the scheme the user typed, such as &quot;ftp&quot; or &quot;mailto&quot;.</extracomment>
        <translation>Les adresses commençant par «&#xa0;%1:&#xa0;» ne permettent pas de se connecter. Saisissez l’adresse du serveur avec https://, par exemple https://chat.example.com.</translation>
    </message>
    <message>
        <source>This is not a valid web address. Enter the server address as it appears in your browser, for example https://chat.example.com.</source>
        <translation>Ce n’est pas une adresse web valide. Saisissez l’adresse du serveur telle qu’elle apparaît dans votre navigateur, par exemple https://chat.example.com.</translation>
    </message>
    <message>
        <source>The address has no server name. Enter the full address, for example https://chat.example.com.</source>
        <translation>L’adresse n’a pas de nom de serveur. Saisissez l’adresse complète, par exemple https://chat.example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a valid server name. Check the address for typing mistakes.</source>
        <extracomment>%1 is the server name the user typed.</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de serveur valide. Vérifiez que l’adresse ne contient pas de faute de frappe.</translation>
    </message>
    <message>
        <source>“%1” is not a valid port number. Use a number from 1 to 65535, or leave the port out to use the standard one.</source>
        <extracomment>%1 is what the user typed after the colon in the server address.</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de port valide. Utilisez un nombre de 1 à 65535, ou omettez le port pour utiliser le port standard.</translation>
    </message>
    <message>
        <source>The server %1 does not use an encrypted connection, so your password could be read by others on the network. Use an https:// address, or allow an unencrypted connection if you trust this network.</source>
        <extracomment>%1 is the server&apos;s host name.</extracomment>
        <translation>Le serveur %1 n’utilise pas de connexion chiffrée&#xa0;: d’autres personnes sur le réseau pourraient lire votre mot de passe. Utilisez une adresse https://, ou autorisez une connexion non chiffrée si vous faites confiance à ce réseau.</translation>
    </message>
    <message>
        <source>The server address contains a username or password. Remove everything up to and including the “@”; you sign in on the next screen.</source>
        <translation>L’adresse du serveur contient un nom d’utilisateur ou un mot de passe. Supprimez tout ce qui précède le «&#xa0;@&#xa0;», celui-ci compris&#xa0;; vous vous connecterez à l’écran suivant.</translation>
    </message>
</context>
<context>
    <name>ServerCheck</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>aucune réponse en %n seconde</numerusform>
            <numerusform>aucune réponse en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>le serveur a répondu HTTP %1</translation>
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
        <translation>Autres moyens de se connecter</translation>
    </message>
    <message>
        <source>Or sign in with your browser:</source>
        <translation>Ou connectez-vous avec votre navigateur&#xa0;:</translation>
    </message>
    <message>
        <source>Opens your web browser to sign in with %1</source>
        <translation>Ouvre votre navigateur web pour vous connecter avec %1</translation>
    </message>
</context>
<context>
    <name>SessionResume</name>
    <message>
        <source>the account is no longer stored</source>
        <translation>le compte n’est plus enregistré</translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>unexpected answer to the sign-in</source>
        <translation>réponse inattendue à la connexion</translation>
    </message>
    <message>
        <source>You are signed out on this computer, but the server could not be reached, so your session may still be valid on the server until it expires. Signing out of all sessions in Rocket.Chat&apos;s web app ends it sooner.</source>
        <translation>Vous êtes déconnecté sur cet ordinateur, mais le serveur était injoignable&#xa0;: votre session est donc peut-être encore valide sur le serveur jusqu’à son expiration. Se déconnecter de toutes les sessions dans l’application web de Rocket.Chat y met fin plus tôt.</translation>
    </message>
    <message>
        <source>Liftoff waited too long for the two-factor code, so it forgot your sign-in details for your security. Sign in again to continue.</source>
        <translation>Liftoff a attendu trop longtemps le code à deux facteurs&#xa0;; pour votre sécurité, il a oublié vos informations de connexion. Connectez-vous à nouveau pour continuer.</translation>
    </message>
    <message>
        <source>You are signed out on this computer. Your personal access token still works until you revoke it in Rocket.Chat (My Account → Personal Access Tokens).</source>
        <translation>Vous êtes déconnecté sur cet ordinateur. Votre jeton d’accès personnel reste valable jusqu’à ce que vous le révoquiez dans Rocket.Chat (Mon compte → Jetons d’accès personnels).</translation>
    </message>
</context>
<context>
    <name>SignInError</name>
    <message>
        <source>Enter the address of your Rocket.Chat server, for example chat.example.com.</source>
        <translation>Saisissez l’adresse de votre serveur Rocket.Chat, par exemple chat.example.com.</translation>
    </message>
    <message>
        <source>Could not reach the server (%1). Check the address and your network connection, then try again.</source>
        <translation>Impossible de joindre le serveur (%1). Vérifiez l’adresse et votre connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>Could not reach the server. Check the address and your network connection, then try again.</source>
        <translation>Impossible de joindre le serveur. Vérifiez l’adresse et votre connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The server answered, but it is not a Rocket.Chat server. Check the address: it is the one you open in a browser to use Rocket.Chat.</source>
        <translation>Le serveur a répondu, mais ce n’est pas un serveur Rocket.Chat. Vérifiez l’adresse&#xa0;: c’est celle que vous ouvrez dans un navigateur pour utiliser Rocket.Chat.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted (%1), so Liftoff did not connect. Check the address, or ask the server&apos;s administrator to fix the certificate.</source>
        <translation>Le certificat de sécurité du serveur n’est pas approuvé (%1), Liftoff ne s’est donc pas connecté. Vérifiez l’adresse, ou demandez à l’administrateur du serveur de corriger le certificat.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted, so Liftoff did not connect. Check the address, or ask the server&apos;s administrator to fix the certificate.</source>
        <translation>Le certificat de sécurité du serveur n’est pas approuvé, Liftoff ne s’est donc pas connecté. Vérifiez l’adresse, ou demandez à l’administrateur du serveur de corriger le certificat.</translation>
    </message>
    <message>
        <source>This server runs Rocket.Chat %1, which is too old for Liftoff (it needs %2 or newer). Ask the server&apos;s administrator to update it.</source>
        <translation>Ce serveur exécute Rocket.Chat %1, trop ancien pour Liftoff (il faut %2 ou plus récent). Demandez à l’administrateur du serveur de le mettre à jour.</translation>
    </message>
    <message>
        <source>(unknown version)</source>
        <translation>(version inconnue)</translation>
    </message>
    <message>
        <source>The server speaks a version of the realtime protocol that Liftoff does not support (%1). Ask the server&apos;s administrator which apps it supports.</source>
        <translation>Le serveur parle une version du protocole temps réel que Liftoff ne prend pas en charge (%1). Demandez à l’administrateur du serveur quelles applications il prend en charge.</translation>
    </message>
    <message>
        <source>This account is deactivated or still waiting for an administrator&apos;s approval. Ask the server&apos;s administrator to activate it.</source>
        <translation>Ce compte est désactivé ou attend encore l’approbation d’un administrateur. Demandez à l’administrateur du serveur de l’activer.</translation>
    </message>
    <message>
        <source>This account belongs to an app and cannot be used to sign in. Sign in with a personal account.</source>
        <translation>Ce compte appartient à une application et ne permet pas de se connecter. Connectez-vous avec un compte personnel.</translation>
    </message>
    <message>
        <source>This account has no roles on the server, so it may not sign in. Ask the server&apos;s administrator to give it a role.</source>
        <translation>Ce compte n’a aucun rôle sur le serveur, il n’a donc pas le droit de se connecter. Demandez à l’administrateur du serveur de lui attribuer un rôle.</translation>
    </message>
    <message>
        <source>The e-mail address of this account is not verified yet. Open the link in the verification e-mail the server sent you, then sign in again.</source>
        <translation>L’adresse e-mail de ce compte n’est pas encore vérifiée. Ouvrez le lien de l’e-mail de vérification que le serveur vous a envoyé, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>This account needs a two-factor authentication code. Sign in again and enter the code from your authenticator app or e-mail.</source>
        <translation>Ce compte demande un code de double authentification. Reconnectez-vous et saisissez le code de votre application d’authentification ou de l’e-mail reçu.</translation>
    </message>
    <message>
        <source>That code is not correct or has expired. Enter the current code and try again.</source>
        <translation>Ce code est incorrect ou a expiré. Saisissez le code actuel et réessayez.</translation>
    </message>
    <message>
        <source>Too many wrong two-factor codes. Sign in again from the start to get a new code.</source>
        <translation>Trop de codes de double authentification erronés. Reprenez la connexion depuis le début pour obtenir un nouveau code.</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Trop de tentatives de connexion. Attendez %n seconde, puis réessayez.</numerusform>
            <numerusform>Trop de tentatives de connexion. Attendez %n secondes, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a moment, then try again.</source>
        <translation>Trop de tentatives de connexion. Patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>Sign-in to this account is blocked for a while after too many failed attempts. Wait a few minutes and try again, or ask the server&apos;s administrator.</source>
        <translation>La connexion à ce compte est bloquée pour un moment après trop d’échecs. Attendez quelques minutes et réessayez, ou contactez l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>Sign-in from your network address is blocked for a while after too many failed attempts. Wait a few minutes and try again, or ask the server&apos;s administrator.</source>
        <translation>La connexion depuis votre adresse réseau est bloquée pour un moment après trop d’échecs. Attendez quelques minutes et réessayez, ou contactez l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection and try again.</source>
        <translation>Le serveur n’a pas répondu à temps. Vérifiez votre connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before it answered. Try again once the connection is back.</source>
        <translation>La connexion au serveur a été perdue avant sa réponse. Réessayez une fois la connexion rétablie.</translation>
    </message>
    <message>
        <source>Your saved session has expired, so Liftoff did not use it. Sign in again to continue.</source>
        <translation>Votre session enregistrée a expiré, Liftoff ne l’a donc pas utilisée. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>The server no longer accepts your saved session (&quot;%1&quot;): it was signed out elsewhere, or it expired. Sign in again to continue.</source>
        <translation>Le serveur n’accepte plus votre session enregistrée («&#xa0;%1&#xa0;»)&#xa0;: elle a été fermée ailleurs ou a expiré. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>The server no longer accepts your saved session: it was signed out elsewhere, or it expired. Sign in again to continue.</source>
        <translation>Le serveur n’accepte plus votre session enregistrée&#xa0;: elle a été fermée ailleurs ou a expiré. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1), so Liftoff cannot store your sign-in. Unlock or set up the keychain and try again.</source>
        <translation>Le trousseau du système n’est pas disponible (%1), Liftoff ne peut donc pas enregistrer votre connexion. Déverrouillez ou configurez le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so Liftoff cannot store your sign-in. Unlock or set up the keychain and try again.</source>
        <translation>Le trousseau du système n’est pas disponible, Liftoff ne peut donc pas enregistrer votre connexion. Déverrouillez ou configurez le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: &quot;%1&quot;. Try again; if it keeps happening, contact the server&apos;s administrator.</source>
        <translation>Le serveur a refusé la connexion&#xa0;: «&#xa0;%1&#xa0;». Réessayez&#xa0;; si cela se reproduit, contactez l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server refused the sign-in without saying why. Try again; if it keeps happening, contact the server&apos;s administrator.</source>
        <translation>Le serveur a refusé la connexion sans dire pourquoi. Réessayez&#xa0;; si cela se reproduit, contactez l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>WARNING: the server&apos;s security certificate has CHANGED since you trusted it, so Liftoff did not connect. Someone may be intercepting your connection: trust the new certificate only if the server&apos;s administrator confirms they replaced it.</source>
        <translation>ATTENTION&#xa0;: le certificat de sécurité du serveur a CHANGÉ depuis que vous lui avez fait confiance, Liftoff ne s’est donc pas connecté. Quelqu’un intercepte peut-être votre connexion&#xa0;: ne faites confiance au nouveau certificat que si l’administrateur du serveur confirme l’avoir remplacé.</translation>
    </message>
    <message>
        <source>The server stopped answering: it did not reply to a ping in time, so Liftoff closed the connection. Check your network connection and try again.</source>
        <translation>Le serveur ne répond plus&#xa0;: il n’a pas répondu à temps à un ping, Liftoff a donc fermé la connexion. Vérifiez votre connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>The server sent a message larger than Liftoff accepts, so Liftoff closed the connection. Try again; if it keeps happening, contact the server&apos;s administrator.</source>
        <translation>Le serveur a envoyé un message plus grand que ce que Liftoff accepte, Liftoff a donc fermé la connexion. Réessayez&#xa0;; si cela se reproduit, contactez l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>Liftoff received a sign-in link it cannot use: %1</source>
        <translation>Liftoff a reçu un lien de connexion qu’il ne peut pas utiliser&#xa0;: %1</translation>
    </message>
    <message>
        <source>Liftoff received a sign-in link it cannot use. Start the sign-in again from Liftoff.</source>
        <translation>Liftoff a reçu un lien de connexion qu’il ne peut pas utiliser. Relancez la connexion depuis Liftoff.</translation>
    </message>
    <message>
        <source>Liftoff ignored a sign-in link because it did not start that sign-in (for example, someone sent you the link). If you want to sign in, start from Liftoff.</source>
        <translation>Liftoff a ignoré un lien de connexion, car ce n’est pas lui qui a lancé cette connexion (par exemple, quelqu’un vous a envoyé le lien). Si vous voulez vous connecter, commencez depuis Liftoff.</translation>
    </message>
    <message>
        <source>Liftoff ignored a sign-in link because it is for a different server (%1) than the one you are signing in to. Check the server address and start again.</source>
        <translation>Liftoff a ignoré un lien de connexion, car il est destiné à un autre serveur (%1) que celui auquel vous vous connectez. Vérifiez l’adresse du serveur et recommencez.</translation>
    </message>
    <message>
        <source>Liftoff is no longer waiting for this sign-in: it was cancelled, or it took too long in the browser. Start the sign-in again.</source>
        <translation>Liftoff n’attend plus cette connexion&#xa0;: elle a été annulée, ou elle a pris trop de temps dans le navigateur. Relancez la connexion.</translation>
    </message>
    <message>
        <source>The identity provider did not sign you in (&quot;%1&quot;). Start again, and allow Liftoff&apos;s sign-in in the browser.</source>
        <translation>Le fournisseur d’identité ne vous a pas connecté («&#xa0;%1&#xa0;»). Recommencez, et autorisez la connexion de Liftoff dans le navigateur.</translation>
    </message>
    <message>
        <source>The identity provider did not sign you in. Start again, and allow Liftoff&apos;s sign-in in the browser.</source>
        <translation>Le fournisseur d’identité ne vous a pas connecté. Recommencez, et autorisez la connexion de Liftoff dans le navigateur.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in from the browser: it took too long, or your account cannot sign in to this server. Start again; if it keeps happening, contact the server&apos;s administrator.</source>
        <translation>Le serveur n’a pas accepté la connexion venant du navigateur&#xa0;: elle a pris trop de temps, ou votre compte ne peut pas se connecter à ce serveur. Recommencez&#xa0;; si cela se reproduit, contactez l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server moved to %1. Liftoff did not follow it there: if that is the address you expect, type it as the server address and try again.</source>
        <translation>Le serveur a déménagé vers %1. Liftoff ne l’y a pas suivi&#xa0;: si c’est l’adresse attendue, saisissez-la comme adresse du serveur et réessayez.</translation>
    </message>
    <message>
        <source>The server moved to another address. Liftoff did not follow it there: check the address with the server&apos;s administrator.</source>
        <translation>Le serveur a déménagé vers une autre adresse. Liftoff ne l’y a pas suivi&#xa0;: vérifiez l’adresse auprès de l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The username, e-mail address or password is not correct. Check them and try again.</source>
        <translation>Le nom d’utilisateur, l’adresse e-mail ou le mot de passe est incorrect. Vérifiez-les et réessayez.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to Rocket.Chat</source>
        <translation>Se connecter à Rocket.Chat</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>the name of the sign-in page</comment>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Use the account you have on your organization&apos;s Rocket.Chat server.</source>
        <translation>Utilisez le compte que vous avez sur le serveur Rocket.Chat de votre organisation.</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>chat.example.com</source>
        <comment>placeholder: an example server address</comment>
        <translation>chat.example.com</translation>
    </message>
    <message>
        <source>The address you open Rocket.Chat at in a web browser. Press Down to pick a server you signed in to before.</source>
        <translation>L’adresse à laquelle vous ouvrez Rocket.Chat dans un navigateur web. Appuyez sur Bas pour choisir un serveur auquel vous vous êtes déjà connecté.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Recent servers</source>
        <translation>Serveurs récents</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>État du serveur</translation>
    </message>
    <message>
        <source>Allow an unen&amp;crypted connection to this server</source>
        <translation>Autoriser une connexion non &amp;chiffrée vers ce serveur</translation>
    </message>
    <message>
        <source>Allow an unencrypted connection</source>
        <translation>Autoriser une connexion non chiffrée</translation>
    </message>
    <message>
        <source>Without encryption, anyone on the network between you and the server can read your password. Only allow this on a network you trust.</source>
        <translation>Sans chiffrement, n’importe qui sur le réseau entre vous et le serveur peut lire votre mot de passe. N’autorisez cela que sur un réseau de confiance.</translation>
    </message>
    <message>
        <source>Username or e-mail address</source>
        <translation>Nom d’utilisateur ou adresse e-mail</translation>
    </message>
    <message>
        <source>&amp;Username or e-mail address:</source>
        <translation>&amp;Nom d’utilisateur ou adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in with &amp;LDAP (your directory account)</source>
        <translation>Se connecter avec &amp;LDAP (votre compte d’annuaire)</translation>
    </message>
    <message>
        <source>Sign in with LDAP</source>
        <translation>Se connecter avec LDAP</translation>
    </message>
    <message>
        <source>This server can check your password against your organization&apos;s directory (LDAP). Choose this if that is where your account is.</source>
        <translation>Ce serveur peut vérifier votre mot de passe dans l’annuaire de votre organisation (LDAP). Choisissez cette option si votre compte s’y trouve.</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Stop waiting for the server (Esc)</source>
        <translation>Arrêter d’attendre le serveur (Échap)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Type the address of your Rocket.Chat server, for example chat.example.com.</source>
        <translation>Saisissez l’adresse de votre serveur Rocket.Chat, par exemple chat.example.com.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <comment>%1 is a server address</comment>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <comment>%1 is a server address</comment>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>%1 is a Rocket.Chat server.</source>
        <comment>%1 is a server address</comment>
        <translation>%1 est un serveur Rocket.Chat.</translation>
    </message>
    <message>
        <source>%1 runs Rocket.Chat %2.</source>
        <comment>%1 is a server address, %2 a version number</comment>
        <translation>%1 exécute Rocket.Chat %2.</translation>
    </message>
    <message>
        <source>The connection is not encrypted: others on the network can read what you send.</source>
        <translation>La connexion n’est pas chiffrée&#xa0;: d’autres personnes sur le réseau peuvent lire ce que vous envoyez.</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts. You can try again in %n second(s).</source>
        <comment>a live countdown</comment>
        <translation>
            <numerusform>Trop de tentatives de connexion. Vous pourrez réessayer dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives de connexion. Vous pourrez réessayer dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try to sign in again now.</source>
        <translation>Vous pouvez réessayer de vous connecter maintenant.</translation>
    </message>
    <message>
        <source>Use a personal access to&amp;ken instead of a password</source>
        <translation>Se connecter avec un jeton d’accès &amp;personnel</translation>
    </message>
    <message>
        <source>Use a personal access token</source>
        <translation>Utiliser un jeton d’accès personnel</translation>
    </message>
    <message>
        <source>A token you made in Rocket.Chat under My Account → Personal Access Tokens. Signing out later forgets it on this computer only.</source>
        <translation>Au lieu d’un mot de passe&#xa0;: un jeton que vous avez créé dans Rocket.Chat sous Mon compte → Jetons d’accès personnels. Se déconnecter ensuite ne l’oublie que sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Back to the account you left</source>
        <translation>Revenir au compte que vous avez quitté</translation>
    </message>
    <message>
        <source>Sign in again with the account you left for another one</source>
        <translation>Se reconnecter avec le compte que vous avez quitté pour un autre</translation>
    </message>
    <message>
        <source>Add another account</source>
        <translation>Ajouter un autre compte</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <extracomment>%1 is an account, as the account list names it: &quot;Alice Liddell (@alice)&quot;</extracomment>
        <translation>Retour à %1</translation>
    </message>
    <message>
        <source>Paste your personal access token.</source>
        <translation>Collez votre jeton d’accès personnel.</translation>
    </message>
    <message>
        <source>Type your username or e-mail address.</source>
        <translation>Saisissez votre nom d’utilisateur ou votre adresse e-mail.</translation>
    </message>
    <message>
        <source>The server did not accept this personal access token. Check that it was copied whole and has not been revoked.</source>
        <translation>Le serveur n’a pas accepté ce jeton d’accès personnel. Vérifiez qu’il a été copié en entier et n’a pas été révoqué.</translation>
    </message>
    <message>
        <source>Signing out of %1…</source>
        <comment>%1 is a server address</comment>
        <translation>Déconnexion de %1…</translation>
    </message>
    <message>
        <source>You are signed out: %1 ended your session.</source>
        <comment>%1 is a server address</comment>
        <translation>Vous êtes déconnecté&#xa0;: %1 a mis fin à votre session.</translation>
    </message>
    <message>
        <source>&amp;Personal access token:</source>
        <translation>&amp;Jeton d’accès personnel&#xa0;:</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Jeton d’accès personnel</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Paste the token</source>
        <comment>placeholder of the personal access token field</comment>
        <translation>Collez le jeton</translation>
    </message>
</context>
<context>
    <name>SignedInPage</name>
    <message>
        <source>You are signed in</source>
        <translation>Vous êtes connecté</translation>
    </message>
    <message>
        <source>Signed in</source>
        <comment>the name of the page shown once signed in</comment>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Session expires</source>
        <translation>Expiration de la session</translation>
    </message>
    <message>
        <source>Session expires:</source>
        <translation>Expiration de la session&#xa0;:</translation>
    </message>
    <message>
        <source>Session storage problem</source>
        <translation>Problème d’enregistrement de la session</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>End this session on the server</source>
        <translation>Fermer cette session sur le serveur</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <comment>%1 is a server address, %2 a person&apos;s name</comment>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message>
        <source>@%1</source>
        <comment>a Rocket.Chat user name, shown as people mention it</comment>
        <translation>@%1</translation>
    </message>
    <message>
        <source>Not known (the server did not say)</source>
        <translation>Inconnue (le serveur ne l’a pas indiqué)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>session expiry: a date, then a time of day</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1
(expired)</source>
        <comment>%1 is a date and time</comment>
        <translation>%1
(expirée)</translation>
    </message>
    <message numerus="yes">
        <source>%1
(in %n day(s))</source>
        <comment>%1 is a date and time</comment>
        <translation>
            <numerusform>%1
(dans %n jour)</numerusform>
            <numerusform>%1
(dans %n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
(in %n hour(s))</source>
        <comment>%1 is a date and time</comment>
        <translation>
            <numerusform>%1
(dans %n heure)</numerusform>
            <numerusform>%1
(dans %n heures)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
(in %n minute(s))</source>
        <comment>%1 is a date and time</comment>
        <translation>
            <numerusform>%1
(dans %n minute)</numerusform>
            <numerusform>%1
(dans %n minutes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Retr&amp;y now</source>
        <translation>Réessayer &amp;maintenant</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Try to reach the server now instead of waiting</source>
        <translation>Essayer de joindre le serveur maintenant au lieu d’attendre</translation>
    </message>
    <message>
        <source>Other sessions</source>
        <translation>Autres sessions</translation>
    </message>
    <message>
        <source>Sign out all other sess&amp;ions…</source>
        <translation>Fermer les autres &amp;sessions…</translation>
    </message>
    <message>
        <source>Sign out all other sessions</source>
        <translation>Fermer toutes les autres sessions</translation>
    </message>
    <message>
        <source>End your sessions on other devices and browsers; this one stays signed in</source>
        <translation>Fermer vos sessions sur les autres appareils et navigateurs&#xa0;; celle-ci reste connectée</translation>
    </message>
    <message>
        <source>Every other session was signed out. This one is still signed in.</source>
        <translation>Toutes les autres sessions ont été fermées. Celle-ci est toujours connectée.</translation>
    </message>
    <message>
        <source>The other sessions were not signed out: %1</source>
        <translation>Les autres sessions n’ont pas été fermées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost — reconnecting in %n second(s).</source>
        <comment>a live countdown</comment>
        <translation>
            <numerusform>Connexion perdue — reconnexion dans %n seconde.</numerusform>
            <numerusform>Connexion perdue — reconnexion dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection lost — reconnecting now…</source>
        <translation>Connexion perdue — reconnexion en cours…</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <comment>why the connection ended, in the system&apos;s words</comment>
        <translation>Raison&#xa0;: %1.</translation>
    </message>
    <message>
        <source>You signed in with a personal access token. Signing out forgets it on this computer only: it still works until you revoke it in Rocket.Chat (My Account → Personal Access Tokens). Signing out all other sessions is not offered, since it would delete this token too.</source>
        <translation>Vous vous êtes connecté avec un jeton d’accès personnel. Se déconnecter ne l’oublie que sur cet ordinateur&#xa0;: il reste valable jusqu’à ce que vous le révoquiez dans Rocket.Chat (Mon compte → Jetons d’accès personnels). La fermeture de toutes les autres sessions n’est pas proposée, car elle supprimerait aussi ce jeton.</translation>
    </message>
    <message>
        <source>Forget the token on this computer; it keeps working</source>
        <translation>Oublier le jeton sur cet ordinateur&#xa0;; il reste valable</translation>
    </message>
    <message>
        <source>Not offered while signed in with a personal access token: it would delete this token too</source>
        <translation>Non proposé avec une connexion par jeton d’accès personnel&#xa0;: cela supprimerait aussi ce jeton</translation>
    </message>
    <message>
        <source>Sign out all other sessions?</source>
        <translation>Fermer toutes les autres sessions&#xa0;?</translation>
    </message>
    <message>
        <source>Sign out &amp;other sessions</source>
        <translation>Fermer les autres &amp;sessions</translation>
    </message>
    <message>
        <source>Sign out the other sessions</source>
        <translation>Fermer les autres sessions</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Signing out the other sessions…</source>
        <translation>Fermeture des autres sessions…</translation>
    </message>
    <message>
        <source>Every other device and browser signed in to %1 as %2 is signed out, and your personal access tokens stop working. This session stays signed in.</source>
        <comment>%1 is a server address, %2 a username</comment>
        <translation>Tous les autres appareils et navigateurs connectés à %1 en tant que %2 sont déconnectés, et vos jetons d’accès personnels cessent de fonctionner. Cette session reste connectée.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another Liftoff is running; it receives the sign-in links.</source>
        <translation>Une autre instance de Liftoff est en cours d’exécution&#xa0;; c’est elle qui reçoit les liens de connexion.</translation>
    </message>
    <message>
        <source>A program of another user answers on the channel for sign-in links; Liftoff does not use it.</source>
        <translation>Un programme d’un autre utilisateur répond sur le canal des liens de connexion&#xa0;; Liftoff ne l’utilise pas.</translation>
    </message>
    <message>
        <source>A program of another user answers on the channel for sign-in links; the link was not handed to it.</source>
        <translation>Un programme d’un autre utilisateur répond sur le canal des liens de connexion&#xa0;; le lien ne lui a pas été transmis.</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>List the stored accounts and check whether each session is still valid.</source>
        <translation>Lister les comptes enregistrés et vérifier si chaque session est encore valide.</translation>
    </message>
    <message>
        <source>Usage: liftoff status [options]</source>
        <translation>Utilisation&#xa0;: liftoff status [options]</translation>
    </message>
    <message>
        <source>every stored session is valid</source>
        <translation>toutes les sessions enregistrées sont valides</translation>
    </message>
    <message>
        <source>anything else (e.g. an unexpected server error)</source>
        <translation>tout le reste (p. ex. une erreur inattendue du serveur)</translation>
    </message>
    <message>
        <source>usage: a wrong or unknown option</source>
        <translation>erreur d’utilisation&#xa0;: une option incorrecte ou inconnue</translation>
    </message>
    <message>
        <source>no stored session, or one expired, was rejected or has no token in the keychain: sign in again</source>
        <translation>aucune session enregistrée, ou l’une a expiré, a été refusée ou n’a pas de jeton dans le trousseau&#xa0;: reconnectez-vous</translation>
    </message>
    <message>
        <source>a server could not be reached in time (its session is kept)</source>
        <translation>un serveur n’a pas pu être joint à temps (sa session est conservée)</translation>
    </message>
    <message>
        <source>system keychain unavailable or locked</source>
        <translation>trousseau du système indisponible ou verrouillé</translation>
    </message>
    <message>
        <source>When several apply, the first of 7, 3, 5, 1 in this order.</source>
        <translation>Si plusieurs s’appliquent, le premier de 7, 3, 5, 1, dans cet ordre.</translation>
    </message>
    <message>
        <source>no stored session. Sign in with: liftoff login --server &lt;url&gt; --username &lt;name&gt;</source>
        <translation>aucune session enregistrée. Connectez-vous avec&#xa0;: liftoff login --server &lt;url&gt; --username &lt;nom&gt;</translation>
    </message>
    <message>
        <source>The session is kept.</source>
        <translation>La session est conservée.</translation>
    </message>
    <message>
        <source>Print one JSON array: per account server, userId, username, kind (session or personal-access-token), status, tokenExpires (null: does not expire), lastUsed and, when it is not valid, message. Tokens are never printed.</source>
        <translation>Afficher un tableau JSON&#xa0;: par compte server, userId, username, kind (session ou personal-access-token), status, tokenExpires (null&#xa0;: n’expire pas), lastUsed et, si elle n’est pas valide, message. Les jetons ne sont jamais affichés.</translation>
    </message>
    <message>
        <source>Lists the accounts whose session is stored, one line each: server, username and status, one of valid, expired, rejected (the server no longer accepts the session), unreachable, keychain-problem or error. Each session is checked by signing in with it, all at once; checking does not count as using an account. A session found expired or rejected is forgotten, as the window does, so it is listed this once. What is wrong is said on stderr. When an account is kept as a personal access token, a fourth column gives each account&apos;s kind: session or personal-access-token.</source>
        <translation>Liste les comptes dont la session est enregistrée, un par ligne&#xa0;: serveur, nom d’utilisateur et état, parmi valid (valide), expired (expirée), rejected (le serveur n’accepte plus la session), unreachable (injoignable), keychain-problem (problème de trousseau) ou error (erreur). Chaque session est vérifiée en se connectant avec elle, toutes en même temps&#xa0;; la vérification ne compte pas comme une utilisation du compte. Une session trouvée expirée ou refusée est oubliée, comme dans la fenêtre&#xa0;: elle n’est donc listée que cette fois. Ce qui ne va pas est indiqué sur stderr. Quand un compte est conservé sous forme de jeton d’accès personnel, une quatrième colonne indique le type de chaque compte&#xa0;: session ou personal-access-token.</translation>
    </message>
</context>
<context>
    <name>StatusMessage</name>
    <message>
        <source>Success</source>
        <comment>icon next to a status message: all is well</comment>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>icon next to a status message</comment>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>icon next to a status message</comment>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>a progress bar next to a status message</comment>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>Print the stored session token, for scripts (from the keychain, no network).</source>
        <translation>Afficher le jeton de session enregistré, pour les scripts (depuis le trousseau, sans réseau).</translation>
    </message>
    <message>
        <source>Usage: liftoff token [--server &lt;url&gt;] [--username &lt;name&gt;]</source>
        <translation>Utilisation&#xa0;: liftoff token [--server &lt;url&gt;] [--username &lt;nom&gt;]</translation>
    </message>
    <message>
        <source>Prints the session token that &quot;liftoff login&quot; stored in the system keychain, followed by a line break, for scripts: the account given by --server and --username, or else the one used last. It reads the keychain only and does not ask the server whether the token is still accepted (liftoff status does). The token signs in as you: keep it out of logs, files and command lines.</source>
        <translation>Affiche le jeton de session que «&#xa0;liftoff login&#xa0;» a enregistré dans le trousseau du système, suivi d’un saut de ligne, pour les scripts&#xa0;: le compte indiqué par --server et --username, sinon le dernier utilisé. Il lit seulement le trousseau et ne demande pas au serveur si le jeton est encore accepté (liftoff status le fait). Le jeton vous connecte en votre nom&#xa0;: gardez-le hors des journaux, des fichiers et des lignes de commande.</translation>
    </message>
    <message>
        <source>the token is on stdout</source>
        <translation>le jeton est sur stdout</translation>
    </message>
    <message>
        <source>anything else</source>
        <translation>tout le reste</translation>
    </message>
    <message>
        <source>usage: a wrong or unknown option</source>
        <translation>erreur d’utilisation&#xa0;: une option incorrecte ou inconnue</translation>
    </message>
    <message>
        <source>no stored session, its token is not in the keychain, or it has expired: sign in with liftoff login</source>
        <translation>aucune session enregistrée, son jeton n’est pas dans le trousseau, ou elle a expiré&#xa0;: connectez-vous avec liftoff login</translation>
    </message>
    <message>
        <source>system keychain unavailable or locked</source>
        <translation>trousseau du système indisponible ou verrouillé</translation>
    </message>
    <message>
        <source>the stored session of %1 expired on %2. Sign in with: liftoff login --server %3 --username %4</source>
        <translation>la session enregistrée de %1 a expiré le %2. Connectez-vous avec&#xa0;: liftoff login --server %3 --username %4</translation>
    </message>
    <message>
        <source>the keychain holds no session token for %1. Sign in with: liftoff login --server %2 --username %3</source>
        <translation>le trousseau ne contient aucun jeton de session pour %1. Connectez-vous avec&#xa0;: liftoff login --server %2 --username %3</translation>
    </message>
</context>
<context>
    <name>TokenLinkConfirmation</name>
    <message>
        <source>%1 did not say whose session it holds, so Liftoff did not sign in.</source>
        <comment>%1 is a server address</comment>
        <translation>%1 n’a pas indiqué à qui appartient la session du lien&#xa0;; Liftoff ne vous a donc pas connecté.</translation>
    </message>
    <message>
        <source>%1 does not accept the session it holds (it was signed out, or it expired), so Liftoff did not sign in.</source>
        <comment>%1 is a server address</comment>
        <translation>%1 n’accepte pas la session du lien (elle a été déconnectée ou elle a expiré)&#xa0;; Liftoff ne vous a donc pas connecté.</translation>
    </message>
    <message>
        <source>Liftoff could not ask %1 whose session it holds. %2</source>
        <comment>%1 is a server address, %2 says why</comment>
        <translation>Liftoff n’a pas pu demander à %1 à qui appartient la session du lien. %2</translation>
    </message>
</context>
<context>
    <name>TwoFactorPage</name>
    <message>
        <source>Two-factor authentication</source>
        <translation>Double authentification</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <comment>the name of the page asking for a code</comment>
        <translation>Double authentification</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <source>123456</source>
        <comment>placeholder: what a verification code looks like</comment>
        <translation>123456</translation>
    </message>
    <message>
        <source>&amp;Verification code:</source>
        <translation>Code de &amp;vérification&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail code status</source>
        <translation>État du code par e-mail</translation>
    </message>
    <message>
        <source>Verification problem</source>
        <translation>Problème de vérification</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Vérification du code…</translation>
    </message>
    <message>
        <source>Checking the code</source>
        <translation>Vérification du code</translation>
    </message>
    <message>
        <source>Send a &amp;new code</source>
        <translation>Envoyer un &amp;nouveau code</translation>
    </message>
    <message>
        <source>Send a new code by e-mail</source>
        <translation>Envoyer un nouveau code par e-mail</translation>
    </message>
    <message>
        <source>Ask the server to e-mail you a fresh code, for example when the last one did not arrive or has expired.</source>
        <translation>Demander au serveur de vous envoyer un nouveau code par e-mail, par exemple si le dernier n’est pas arrivé ou a expiré.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel two-factor authentication</source>
        <translation>Annuler la double authentification</translation>
    </message>
    <message>
        <source>Go back to the sign-in page (Esc)</source>
        <translation>Revenir à la page de connexion (Échap)</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Verify the code</source>
        <translation>Vérifier le code</translation>
    </message>
    <message>
        <source>Asking for a new code…</source>
        <translation>Demande d’un nouveau code…</translation>
    </message>
    <message>
        <source>A new code is on its way to your e-mail address.</source>
        <translation>Un nouveau code est en route vers votre adresse e-mail.</translation>
    </message>
    <message>
        <source>A new code is on its way to %1.</source>
        <comment>%1 is an e-mail address</comment>
        <translation>Un nouveau code est en route vers %1.</translation>
    </message>
    <message>
        <source>A new code is on its way to the e-mail address of %1.</source>
        <comment>%1 is a user name</comment>
        <translation>Un nouveau code est en route vers l’adresse e-mail de %1.</translation>
    </message>
    <message>
        <source>Type the code from the e-mail.</source>
        <translation>Saisissez le code reçu par e-mail.</translation>
    </message>
    <message>
        <source>Type the code your authenticator app shows.</source>
        <translation>Saisissez le code affiché par votre application d’authentification.</translation>
    </message>
    <message>
        <source>Your server sent a verification code to your e-mail address. Type it here, or paste it as it is.</source>
        <translation>Votre serveur a envoyé un code de vérification à votre adresse e-mail. Saisissez-le ici, ou collez-le tel quel.</translation>
    </message>
    <message>
        <source>Your server sent a verification code to %1. Type it here, or paste it as it is.</source>
        <comment>%1 is an e-mail address</comment>
        <translation>Votre serveur a envoyé un code de vérification à %1. Saisissez-le ici, ou collez-le tel quel.</translation>
    </message>
    <message>
        <source>Your server sent a verification code to the e-mail address of %1. Type it here, or paste it as it is.</source>
        <comment>%1 is a user name</comment>
        <translation>Votre serveur a envoyé un code de vérification à l’adresse e-mail de %1. Saisissez-le ici, ou collez-le tel quel.</translation>
    </message>
    <message>
        <source>Open the authenticator app you set up for this account and type the six-digit code it shows for your Rocket.Chat server.</source>
        <translation>Ouvrez l’application d’authentification configurée pour ce compte et saisissez le code à six chiffres qu’elle affiche pour votre serveur Rocket.Chat.</translation>
    </message>
</context>
<context>
    <name>UntrustedCertificate</name>
    <message>
        <source>it is self-signed, not issued by an authority this computer trusts</source>
        <translation>il est auto-signé, et non émis par une autorité à laquelle cet ordinateur fait confiance</translation>
    </message>
    <message>
        <source>it was issued by an authority this computer does not know</source>
        <translation>il a été émis par une autorité que cet ordinateur ne connaît pas</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>il a expiré</translation>
    </message>
    <message>
        <source>it is not valid yet (check this computer&apos;s date and time)</source>
        <translation>il n’est pas encore valide (vérifiez la date et l’heure de cet ordinateur)</translation>
    </message>
    <message>
        <source>it was made for another server name than %1</source>
        <translation>il a été établi pour un autre nom de serveur que %1</translation>
    </message>
    <message>
        <source>its authority has revoked it</source>
        <translation>son autorité l’a révoqué</translation>
    </message>
    <message>
        <source>it could not be verified</source>
        <translation>il n’a pas pu être vérifié</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two certificate problems</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>The security certificate of %1 is not trusted: %2. Liftoff did not connect.</source>
        <translation>Le certificat de sécurité de %1 n’est pas approuvé&#xa0;: %2. Liftoff ne s’est pas connecté.</translation>
    </message>
    <message>
        <source>The server %1 sent no security certificate, so Liftoff did not connect.</source>
        <translation>Le serveur %1 n’a envoyé aucun certificat de sécurité, Liftoff ne s’est donc pas connecté.</translation>
    </message>
    <message>
        <source>The security certificate of %1 cannot be trusted: %2. Liftoff did not connect. Ask the server&apos;s administrator to replace the certificate.</source>
        <translation>Le certificat de sécurité de %1 ne peut pas être accepté&#xa0;: %2. Liftoff ne s’est pas connecté. Demandez à l’administrateur du serveur de remplacer le certificat.</translation>
    </message>
    <message>
        <source>WARNING: the security certificate of %1 has CHANGED since you trusted it. Someone may be intercepting your connection to read your password. Liftoff did not connect. Trust the new certificate only if the server&apos;s administrator confirms that they replaced it and that its SHA-256 fingerprint is %2 (the one you trusted before was %3). What is wrong with it: %4.</source>
        <translation>ATTENTION&#xa0;: le certificat de sécurité de %1 a CHANGÉ depuis que vous lui avez fait confiance. Quelqu’un intercepte peut-être votre connexion pour lire votre mot de passe. Liftoff ne s’est pas connecté. Ne faites confiance au nouveau certificat que si l’administrateur du serveur confirme l’avoir remplacé et que son empreinte SHA-256 est %2 (celle du certificat auquel vous faisiez confiance auparavant était %3). Ce qui ne va pas&#xa0;: %4.</translation>
    </message>
    <message>
        <source>The security certificate of %1 is not trusted: %2. Liftoff did not connect. If this is your organization&apos;s own server, compare the certificate&apos;s SHA-256 fingerprint, %3, with the one its administrator gives you, and trust it only if they match. Otherwise check the address.</source>
        <translation>Le certificat de sécurité de %1 n’est pas approuvé&#xa0;: %2. Liftoff ne s’est pas connecté. S’il s’agit du serveur de votre propre organisation, comparez l’empreinte SHA-256 du certificat, %3, avec celle que vous donne son administrateur, et ne lui faites confiance que si elles correspondent. Sinon, vérifiez l’adresse.</translation>
    </message>
    <message>
        <source>The security certificate of %1 has changed since you trusted it. Someone may be intercepting your connection to read your password. Liftoff did not connect. What is wrong with it: %2.</source>
        <translation>Le certificat de sécurité de %1 a changé depuis que vous lui avez fait confiance. Quelqu’un intercepte peut-être votre connexion pour lire votre mot de passe. Liftoff ne s’est pas connecté. Ce qui ne va pas&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connect to the Rocket.Chat server at &lt;url&gt;.</source>
        <translation>Se connecter au serveur Rocket.Chat à l’adresse &lt;url&gt;.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Allow an unencrypted (http:// or ws://) connection to a server that is not on this computer.</source>
        <translation>Autoriser une connexion non chiffrée (http:// ou ws://) vers un serveur qui n’est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s: %1. Also for the commands (liftoff login --lang de …).</source>
        <translation>Utiliser cette langue au lieu de celle du système&#xa0;: %1. Vaut aussi pour les commandes (liftoff login --lang fr …).</translation>
    </message>
    <message>
        <source>code</source>
        <comment>placeholder in the option list: --lang &lt;code&gt;</comment>
        <translation>code</translation>
    </message>
    <message>
        <source>Liftoff: sign in to your Rocket.Chat server.</source>
        <translation>Liftoff&#xa0;: connectez-vous à votre serveur Rocket.Chat.</translation>
    </message>
    <message>
        <source>Without a command, opens the window.</source>
        <translation>Sans commande, ouvre la fenêtre.</translation>
    </message>
    <message>
        <source>Run &quot;liftoff --help&quot; for the window&apos;s options, &quot;liftoff help&quot; for the commands.</source>
        <translation>Lancez «&#xa0;liftoff --help&#xa0;» pour les options de la fenêtre, «&#xa0;liftoff help&#xa0;» pour les commandes.</translation>
    </message>
    <message>
        <source>unexpected argument; a command goes first (liftoff login …).</source>
        <translation>argument inattendu&#xa0;; une commande vient en premier (liftoff login …).</translation>
    </message>
    <message>
        <source>cannot open the window: %1</source>
        <translation>impossible d’ouvrir la fenêtre&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is from another build of Liftoff (%2)</source>
        <comment>%1 is a file name, %2 a version</comment>
        <translation>%1 provient d’une autre compilation de Liftoff (%2)</translation>
    </message>
</context>
</TS>
