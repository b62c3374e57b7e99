<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountCommand</name>
    <message>
        <source>The server of the stored account, e.g. https://chat.example.com (default: the account used last).</source>
        <translation>El servidor de la cuenta guardada, p. ej. https://chat.example.com (predeterminado: la última cuenta usada).</translation>
    </message>
    <message>
        <source>--username is empty.</source>
        <translation>--username está vacío.</translation>
    </message>
    <message>
        <source>no stored session for %1 on %2.</source>
        <translation>no hay ninguna sesión guardada para %1 en %2.</translation>
    </message>
    <message>
        <source>no stored session on %1.</source>
        <translation>no hay ninguna sesión guardada en %1.</translation>
    </message>
    <message>
        <source>no stored session for %1.</source>
        <translation>no hay ninguna sesión guardada para %1.</translation>
    </message>
    <message>
        <source>no stored session.</source>
        <translation>no hay ninguna sesión guardada.</translation>
    </message>
    <message>
        <source>Sign in with: liftoff login --server %1 --username %2</source>
        <translation>Inicia sesión con: liftoff login --server %1 --username %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Give up on a server that has not answered after this long (default: %1).</source>
        <translation>Abandonar un servidor que no ha respondido tras este tiempo (predeterminado: %1).</translation>
    </message>
    <message>
        <source>The username of the stored account, when there are several (default: the one used last).</source>
        <translation>El nombre de usuario de la cuenta guardada, si hay varias (predeterminado: el último usado).</translation>
    </message>
</context>
<context>
    <name>AccountList</name>
    <message>
        <source>&amp;Accounts on this computer:</source>
        <translation>Cuen&amp;tas en este equipo:</translation>
    </message>
    <message>
        <source>Or continue with a sa&amp;ved account:</source>
        <translation>O continúa con una cuenta &amp;guardada:</translation>
    </message>
    <message>
        <source>Accounts on this computer</source>
        <translation>Cuentas en este equipo</translation>
    </message>
    <message>
        <source>Saved accounts</source>
        <translation>Cuentas guardadas</translation>
    </message>
    <message>
        <source>Account problem</source>
        <translation>Problema con la cuenta</translation>
    </message>
    <message>
        <source>S&amp;witch to this account</source>
        <translation>Cambiar a &amp;esta cuenta</translation>
    </message>
    <message>
        <source>Continue with this &amp;account</source>
        <translation>Con&amp;tinuar con esta cuenta</translation>
    </message>
    <message>
        <source>Switch to the selected account</source>
        <translation>Cambiar a la cuenta seleccionada</translation>
    </message>
    <message>
        <source>Continue with the selected account</source>
        <translation>Continuar con la cuenta seleccionada</translation>
    </message>
    <message>
        <source>Sign in with the session saved for this account (Enter in the list)</source>
        <translation>Iniciar sesión con la sesión guardada para esta cuenta (Intro en la lista)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation>Quitar la cuenta seleccionada</translation>
    </message>
    <message>
        <source>Forget this account and delete its saved session from this computer (Delete in the list)</source>
        <translation>Olvidar esta cuenta y borrar su sesión guardada de este equipo (Supr en la lista)</translation>
    </message>
    <message>
        <source>Add a&amp;nother account</source>
        <translation>Añadir &amp;otra cuenta</translation>
    </message>
    <message>
        <source>Add another account</source>
        <translation>Añadir otra cuenta</translation>
    </message>
    <message>
        <source>Sign in with another account, on this server or another one; this account stays saved</source>
        <translation>Iniciar sesión con otra cuenta, en este servidor o en otro; esta cuenta sigue guardada</translation>
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
        <translation>%1 (sesión iniciada)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>an account (%1) on a server (%2)</comment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Last used %1</source>
        <comment>%1 is a date and time</comment>
        <translation>Último uso: %1</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Quitar cuenta</translation>
    </message>
    <message>
        <source>Remove %1 on %2 from this computer?</source>
        <comment>%1 is an account, %2 a server address</comment>
        <translation>¿Quitar %1 en %2 de este equipo?</translation>
    </message>
    <message>
        <source>You will be signed out first. Liftoff then forgets the account and deletes its saved session; you can sign in again at any time.</source>
        <translation>Primero se cerrará tu sesión. Después, Liftoff olvida la cuenta y borra su sesión guardada; puedes volver a iniciar sesión en cualquier momento.</translation>
    </message>
    <message>
        <source>Liftoff forgets the account and deletes its saved session; you can sign in again at any time.</source>
        <translation>Liftoff olvida la cuenta y borra su sesión guardada; puedes volver a iniciar sesión en cualquier momento.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the account</source>
        <translation>Quitar la cuenta</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <comment>keep the account, do not remove it</comment>
        <translation>&amp;Conservar</translation>
    </message>
    <message>
        <source>Keep the account</source>
        <translation>Conservar la cuenta</translation>
    </message>
    <message>
        <source>This account was no longer on this computer.</source>
        <translation>Esta cuenta ya no estaba en este equipo.</translation>
    </message>
    <message>
        <source>Personal access token — does not expire</source>
        <translation>Token de acceso personal — no caduca</translation>
    </message>
    <message>
        <source>Liftoff forgets the account and its personal access token on this computer. The token still works until you revoke it in Rocket.Chat (My Account → Personal Access Tokens).</source>
        <translation>Liftoff olvida la cuenta y su token de acceso personal en este equipo. El token sigue funcionando hasta que lo revoques en Rocket.Chat (Mi cuenta → Tokens de acceso personal).</translation>
    </message>
</context>
<context>
    <name>BrowserLauncher</name>
    <message>
        <source>The browser named in the BROWSER environment variable could not be started. Open the address below in a browser yourself, or correct BROWSER.</source>
        <translation>No se pudo iniciar el navegador indicado en la variable de entorno BROWSER. Abre tú mismo la dirección de abajo en un navegador, o corrige BROWSER.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open the address below in a browser yourself.</source>
        <translation>No se pudo abrir ningún navegador web. Abre tú mismo la dirección de abajo en un navegador.</translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <source>Continue in your browser</source>
        <translation>Continúa en tu navegador</translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <comment>the name of a page</comment>
        <translation>Continuar en el navegador</translation>
    </message>
    <message>
        <source>Browser sign-in problem</source>
        <translation>Problema con el inicio de sesión en el navegador</translation>
    </message>
    <message>
        <source>Browser problem</source>
        <translation>Problema con el navegador</translation>
    </message>
    <message>
        <source>Sign-in address to open in a browser</source>
        <translation>Dirección de inicio de sesión para abrir en un navegador</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copiar dirección</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Copiar la dirección de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Open the browser again</source>
        <translation>&amp;Abrir el navegador de nuevo</translation>
    </message>
    <message>
        <source>Open the sign-in in the browser again</source>
        <translation>Abrir de nuevo el inicio de sesión en el navegador</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel signing in with the browser</source>
        <translation>Cancelar el inicio de sesión con el navegador</translation>
    </message>
    <message>
        <source>Stop waiting for the browser and go back to the sign-in page (Esc)</source>
        <translation>Dejar de esperar al navegador y volver a la página de inicio de sesión (Esc)</translation>
    </message>
    <message>
        <source>Liftoff opened the sign-in with %1 for %2 in your web browser. Finish signing in there; Liftoff continues by itself once you are done.</source>
        <comment>%1 is a service such as GitHub, %2 a server address</comment>
        <translation>Liftoff abrió el inicio de sesión con %1 para %2 en tu navegador web. Termina de iniciar sesión allí; Liftoff continúa por sí solo cuando hayas terminado.</translation>
    </message>
    <message>
        <source>Sign in with %1 for %2 in a web browser; Liftoff continues by itself once you are done.</source>
        <comment>%1 is a service such as GitHub, %2 a server address</comment>
        <translation>Inicia sesión con %1 para %2 en un navegador web; Liftoff continúa por sí solo cuando hayas terminado.</translation>
    </message>
    <message>
        <source>&amp;Try the browser again</source>
        <translation>&amp;Reintentar con el navegador</translation>
    </message>
    <message>
        <source>Waiting for the browser for another %1.</source>
        <extracomment>%1 is minutes and seconds, e.g. &quot;4:59&quot;</extracomment>
        <translation>Esperando al navegador durante %1 más.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiada</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>this server offers no sign-in with &quot;%1&quot;</source>
        <translation>este servidor no ofrece inicio de sesión con «%1»</translation>
    </message>
</context>
<context>
    <name>CertificatePanel</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Do not trust the certificate</source>
        <translation>No confiar en el certificado</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>Confi&amp;ar en el certificado</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Confiar en este certificado</translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate…</source>
        <translation>Confi&amp;ar en el nuevo certificado…</translation>
    </message>
    <message>
        <source>Trust the new certificate</source>
        <translation>Confiar en el nuevo certificado</translation>
    </message>
    <message>
        <source>Trust this certificate only if its fingerprint is the one the administrator of %1 gives you.</source>
        <translation>Confía en este certificado solo si su huella digital es la que te da el administrador de %1.</translation>
    </message>
    <message>
        <source>Trust the new certificate?</source>
        <translation>¿Confiar en el nuevo certificado?</translation>
    </message>
    <message>
        <source>The one you trusted before:</source>
        <translation>La del certificado en el que confiabas antes:</translation>
    </message>
    <message>
        <source>Copy &amp;fingerprint</source>
        <translation>Copiar &amp;huella</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>Copiar la huella digital</translation>
    </message>
    <message>
        <source>Copies the SHA-256 fingerprint, to compare it with the one the server&apos;s administrator gives you</source>
        <translation>Copia la huella digital SHA-256 para compararla con la que te dé el administrador del servidor</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiada</translation>
    </message>
    <message>
        <source>Trust the new certificate only if the administrator of %1 confirms they replaced it and gives you this fingerprint.</source>
        <translation>Confía en el nuevo certificado solo si el administrador de %1 confirma que lo ha reemplazado y te da esta huella digital.</translation>
    </message>
    <message>
        <source>The new certificate&apos;s SHA-256 fingerprint:</source>
        <translation>Huella digital SHA-256 del nuevo certificado:</translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint:</source>
        <translation>Su huella digital SHA-256:</translation>
    </message>
    <message>
        <source>The certificate of %1 is not the one you trusted before. Someone may be intercepting your connection to read your password. Trust it only if the server&apos;s administrator told you that they replaced the certificate and that its SHA-256 fingerprint is the new one below.</source>
        <translation>El certificado de %1 no es aquel en el que confiabas antes. Puede que alguien esté interceptando tu conexión para leer tu contraseña. Confía en él solo si el administrador del servidor te ha dicho que reemplazó el certificado y que su huella digital SHA-256 es la nueva que aparece abajo.</translation>
    </message>
    <message>
        <source>New:
%1

Trusted before:
%2</source>
        <comment>SHA-256 fingerprints</comment>
        <translation>Nueva:
%1

En la que confiabas antes:
%2</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Exit codes:</source>
        <translation>Códigos de salida:</translation>
    </message>
    <message>
        <source>The fingerprint given with --trust-fingerprint is not this certificate&apos;s.</source>
        <translation>La huella digital indicada con --trust-fingerprint no es la de este certificado.</translation>
    </message>
    <message>
        <source>Only once the server&apos;s administrator confirms the new certificate, run again with --trust-fingerprint %1</source>
        <translation>Solo cuando el administrador del servidor confirme el nuevo certificado, vuelve a ejecutarlo con --trust-fingerprint %1</translation>
    </message>
    <message>
        <source>If it is your server&apos;s certificate, run again with --trust-fingerprint %1</source>
        <translation>Si es el certificado de tu servidor, vuelve a ejecutarlo con --trust-fingerprint %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>url</source>
        <comment>placeholder in the option list: --server &lt;url&gt;</comment>
        <translation>url</translation>
    </message>
    <message>
        <source>name</source>
        <comment>placeholder in the option list: --username &lt;name&gt;</comment>
        <translation>nombre</translation>
    </message>
    <message>
        <source>seconds</source>
        <comment>placeholder in the option list: --timeout &lt;seconds&gt;</comment>
        <translation>segundos</translation>
    </message>
    <message>
        <source>sha256</source>
        <comment>placeholder in the option list: --trust-fingerprint &lt;sha256&gt;</comment>
        <translation>sha256</translation>
    </message>
    <message>
        <source>a password or token is never taken as an argument, where others could see it.</source>
        <translation>nunca se acepta una contraseña o un token como argumento, donde otros podrían verlo.</translation>
    </message>
    <message>
        <source>%1 takes options only, and no other arguments (see liftoff %1 --help).</source>
        <translation>%1 solo acepta opciones, ningún otro argumento (consulta liftoff %1 --help).</translation>
    </message>
    <message>
        <source>--%1 needs a number of seconds, e.g. %2.</source>
        <translation>--%1 necesita un número de segundos, p. ej. %2.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Sesión iniciada en %1 como %2.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Commands (no display needed):</source>
        <translation>Órdenes (no necesitan pantalla):</translation>
    </message>
    <message>
        <source>List the commands, or show one command&apos;s options: liftoff help login.</source>
        <translation>Listar las órdenes, o mostrar las opciones de una orden: liftoff help login.</translation>
    </message>
    <message>
        <source>liftoff: there is no command &quot;%1&quot;. Run &quot;liftoff help&quot; to list them.</source>
        <translation>liftoff: no existe la orden «%1». Ejecuta «liftoff help» para verlas.</translation>
    </message>
    <message>
        <source>Usage: liftoff &lt;command&gt; [options]
       liftoff [--server &lt;url&gt;] [--allow-insecure]   (opens the window)

Liftoff signs you in to your Rocket.Chat server.

</source>
        <translation>Uso: liftoff &lt;orden&gt; [opciones]
     liftoff [--server &lt;url&gt;] [--allow-insecure]   (abre la ventana)

Liftoff inicia tu sesión en tu servidor de Rocket.Chat.

</translation>
    </message>
    <message>
        <source>Run &quot;liftoff &lt;command&gt; --help&quot; for a command&apos;s options and exit codes.</source>
        <translation>Ejecuta «liftoff &lt;orden&gt; --help» para ver las opciones y los códigos de salida de una orden.</translation>
    </message>
    <message>
        <source>--lang &lt;code&gt; picks the language of a command or the window instead of the system&apos;s: %1.</source>
        <translation>--lang &lt;código&gt; elige el idioma de una orden o de la ventana en lugar del idioma del sistema: %1.</translation>
    </message>
</context>
<context>
    <name>DdpError</name>
    <message>
        <source>The server refused the request: %1</source>
        <translation>El servidor rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <translation>El servidor rechazó la solicitud (error %1).</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection and try again.</source>
        <translation>El servidor no respondió a tiempo. Comprueba tu conexión de red y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before it answered. Try again when the connection is back.</source>
        <translation>Se perdió la conexión con el servidor antes de que respondiera. Vuelve a intentarlo cuando se recupere la conexión.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>No hay conexión con el servidor.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>This server speaks a version of the realtime protocol that Liftoff does not support (%1). It may be too old or too new for this app.</source>
        <translation>Este servidor usa una versión del protocolo en tiempo real que Liftoff no admite (%1). Puede que sea demasiado antiguo o demasiado nuevo para esta aplicación.</translation>
    </message>
    <message>
        <source>The server stopped answering. Liftoff will reconnect by itself.</source>
        <translation>El servidor dejó de responder. Liftoff se volverá a conectar por sí mismo.</translation>
    </message>
    <message>
        <source>The server sent a message too large to accept; the connection was reset.</source>
        <translation>El servidor envió un mensaje demasiado grande para aceptarlo; se cortó la conexión.</translation>
    </message>
    <message>
        <source>Could not reach the server: %1. Check the address and your network connection.</source>
        <translation>No se pudo contactar con el servidor: %1. Comprueba la dirección y tu conexión de red.</translation>
    </message>
    <message>
        <source>Could not reach the server. Check the address and your network connection.</source>
        <translation>No se pudo contactar con el servidor. Comprueba la dirección y tu conexión de red.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so the connection was refused: %1</source>
        <translation>No se pudo verificar el certificado del servidor, así que se rechazó la conexión: %1</translation>
    </message>
</context>
<context>
    <name>DeepLink</name>
    <message>
        <source>The sign-in link is too long to be a Rocket.Chat link.</source>
        <translation>El enlace de inicio de sesión es demasiado largo para ser un enlace de Rocket.Chat.</translation>
    </message>
    <message>
        <source>The sign-in link is not a valid address. Start the sign-in again from Liftoff.</source>
        <translation>El enlace de inicio de sesión no es una dirección válida. Empieza de nuevo el inicio de sesión desde Liftoff.</translation>
    </message>
    <message>
        <source>Liftoff opens only Rocket.Chat sign-in links (rocketchat://auth…); this one is something else.</source>
        <translation>Liftoff solo abre enlaces de inicio de sesión de Rocket.Chat (rocketchat://auth…); este es otra cosa.</translation>
    </message>
    <message>
        <source>The sign-in link has parts a Rocket.Chat sign-in link never has.</source>
        <translation>El enlace de inicio de sesión tiene partes que un enlace de inicio de sesión de Rocket.Chat nunca tiene.</translation>
    </message>
    <message>
        <source>The sign-in link has the parameter &quot;%1&quot; more than once.</source>
        <translation>El enlace de inicio de sesión tiene el parámetro «%1» más de una vez.</translation>
    </message>
    <message>
        <source>The sign-in link does not say which server it is for.</source>
        <translation>El enlace de inicio de sesión no indica para qué servidor es.</translation>
    </message>
    <message>
        <source>The server address in the sign-in link is too long.</source>
        <translation>La dirección del servidor en el enlace de inicio de sesión es demasiado larga.</translation>
    </message>
    <message>
        <source>The server address in the sign-in link is not usable: %1</source>
        <translation>La dirección del servidor en el enlace de inicio de sesión no se puede usar: %1</translation>
    </message>
    <message>
        <source>The sign-in link carries an error message that is too long.</source>
        <translation>El enlace de inicio de sesión lleva un mensaje de error demasiado largo.</translation>
    </message>
    <message>
        <source>The sign-in link has no usable credential token.</source>
        <translation>El enlace de inicio de sesión no tiene ningún token de credencial utilizable.</translation>
    </message>
    <message>
        <source>The sign-in link has no usable credential secret.</source>
        <translation>El enlace de inicio de sesión no tiene ningún secreto de credencial utilizable.</translation>
    </message>
    <message>
        <source>The sign-in link has a credential secret it should not have.</source>
        <translation>El enlace de inicio de sesión tiene un secreto de credencial que no debería tener.</translation>
    </message>
    <message>
        <source>The sign-in link mixes two kinds of sign-in.</source>
        <translation>El enlace de inicio de sesión mezcla dos tipos de inicio de sesión.</translation>
    </message>
    <message>
        <source>The sign-in link is of a kind Liftoff does not know (&quot;%1&quot;).</source>
        <translation>El enlace de inicio de sesión es de un tipo que Liftoff no conoce («%1»).</translation>
    </message>
    <message>
        <source>The sign-in link does not say what kind of sign-in it is.</source>
        <translation>El enlace de inicio de sesión no indica qué tipo de inicio de sesión es.</translation>
    </message>
    <message>
        <source>The sign-in link has no usable session token.</source>
        <translation>El enlace de inicio de sesión no tiene ningún token de sesión utilizable.</translation>
    </message>
    <message>
        <source>The sign-in link does not say which user it signs in.</source>
        <translation>El enlace de inicio de sesión no indica con qué usuario inicia la sesión.</translation>
    </message>
</context>
<context>
    <name>Fingerprint</name>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint: it may only have the hexadecimal digits 0–9 and A–F, with or without colons between pairs.</source>
        <translation>«%1» no es una huella digital SHA-256: solo puede tener los dígitos hexadecimales 0–9 y A–F, con o sin dos puntos entre los pares.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is not a SHA-256 fingerprint: that has 64 hexadecimal digits (32 pairs such as AB:CD:…), this has %n.</source>
        <translation>
            <numerusform>«%1» no es una huella digital SHA-256: una huella tiene 64 dígitos hexadecimales (32 pares como AB:CD:…), esta tiene %n.</numerusform>
            <numerusform>«%1» no es una huella digital SHA-256: una huella tiene 64 dígitos hexadecimales (32 pares como AB:CD:…), esta tiene %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainError</name>
    <message>
        <source>Your keychain holds no saved session for this account.</source>
        <translation>Tu llavero no contiene ninguna sesión guardada para esta cuenta.</translation>
    </message>
    <message>
        <source>Liftoff cannot reach a keychain: this session has no D-Bus session bus, as happens over SSH and in minimal sessions. Start Liftoff from a desktop session, or start a session bus with a keyring in it.</source>
        <translation>Liftoff no puede acceder a ningún llavero: esta sesión no tiene bus de sesión D-Bus, como ocurre por SSH y en sesiones mínimas. Inicia Liftoff desde una sesión de escritorio, o inicia un bus de sesión con un llavero.</translation>
    </message>
    <message>
        <source>Liftoff cannot reach a keychain: no Secret Service is running. Install or start one, such as GNOME Keyring, KWallet or KeePassXC with Secret Service integration.</source>
        <translation>Liftoff no puede acceder a ningún llavero: no hay ningún Secret Service en ejecución. Instala o inicia uno, como GNOME Keyring, KWallet o KeePassXC con la integración de Secret Service.</translation>
    </message>
    <message>
        <source>Liftoff cannot reach a keychain on this computer. Check that your keychain is installed and running.</source>
        <translation>Liftoff no puede acceder a ningún llavero en este equipo. Comprueba que tu llavero está instalado y en ejecución.</translation>
    </message>
    <message>
        <source>Access to your keychain was refused. Allow Liftoff when your keychain asks, then try again.</source>
        <translation>Se denegó el acceso a tu llavero. Permite el acceso a Liftoff cuando tu llavero lo pregunte y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Your keyring is locked. Unlock it (for example in Passwords and Keys or in KWallet Manager), then try again.</source>
        <translation>Tu llavero está bloqueado. Desbloquéalo (por ejemplo, en Contraseñas y claves o en el Gestor de KWallet) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Your keychain refused Liftoff access. Check its access settings for Liftoff, then try again.</source>
        <translation>Tu llavero denegó el acceso a Liftoff. Revisa sus ajustes de acceso para Liftoff y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Your keychain did not save the session (%1). Check that your keychain works, for example in Passwords and Keys.</source>
        <translation>Tu llavero no guardó la sesión (%1). Comprueba que tu llavero funciona, por ejemplo, en Contraseñas y claves.</translation>
    </message>
    <message>
        <source>Your keychain did not save the session. Check that your keychain works, for example in Passwords and Keys.</source>
        <translation>Tu llavero no guardó la sesión. Comprueba que tu llavero funciona, por ejemplo, en Contraseñas y claves.</translation>
    </message>
    <message>
        <source>Your keychain did not answer in time; it may be waiting for you to unlock it. Unlock it if it asks, then try again.</source>
        <translation>Tu llavero no respondió a tiempo; puede que esté esperando a que lo desbloquees. Desbloquéalo si te lo pide y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Your keychain reported an error (%1). Try again; if it keeps happening, check that your keychain works.</source>
        <translation>Tu llavero informó de un error (%1). Vuelve a intentarlo; si sigue ocurriendo, comprueba que tu llavero funciona.</translation>
    </message>
    <message>
        <source>Your keychain reported an error. Try again; if it keeps happening, check that your keychain works.</source>
        <translation>Tu llavero informó de un error. Vuelve a intentarlo; si sigue ocurriendo, comprueba que tu llavero funciona.</translation>
    </message>
    <message>
        <source>Sign in again; your account stays in the list.</source>
        <translation>Vuelve a iniciar sesión; tu cuenta sigue en la lista.</translation>
    </message>
    <message>
        <source>Your saved session could not be read, but your account stays in the list.</source>
        <translation>No se pudo leer tu sesión guardada, pero tu cuenta sigue en la lista.</translation>
    </message>
    <message>
        <source>You are signed in for now, but this session will not survive a restart: you will have to sign in again the next time you start Liftoff.</source>
        <translation>Has iniciado sesión por ahora, pero esta sesión no sobrevivirá a un reinicio: tendrás que volver a iniciar sesión la próxima vez que abras Liftoff.</translation>
    </message>
    <message>
        <source>The saved session may still be in your keychain, under &quot;Liftoff&quot;.</source>
        <translation>Puede que la sesión guardada siga en tu llavero, con el nombre «Liftoff».</translation>
    </message>
</context>
<context>
    <name>LocalChannel</name>
    <message>
        <source>Liftoff does not use %1 to receive sign-in links: %2.</source>
        <translation>Liftoff no usa %1 para recibir enlaces de inicio de sesión: %2.</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>es un enlace simbólico</translation>
    </message>
    <message>
        <source>it is not a directory</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <source>it belongs to another user</source>
        <translation>pertenece a otro usuario</translation>
    </message>
    <message>
        <source>other users can open it</source>
        <translation>otros usuarios pueden abrirlo</translation>
    </message>
    <message>
        <source>it is not an absolute path</source>
        <translation>no es una ruta absoluta</translation>
    </message>
    <message>
        <source>it is not a socket</source>
        <translation>no es un socket</translation>
    </message>
    <message>
        <source>Liftoff cannot tell which user it runs as, so it does not receive sign-in links.</source>
        <translation>Liftoff no puede saber con qué usuario se ejecuta, así que no recibe enlaces de inicio de sesión.</translation>
    </message>
    <message>
        <source>Another program already holds the channel for sign-in links, so Liftoff does not receive them.</source>
        <translation>Otro programa ya ocupa el canal de los enlaces de inicio de sesión, así que Liftoff no los recibe.</translation>
    </message>
</context>
<context>
    <name>Localization</name>
    <message>
        <source>--lang needs a language code. Languages: %1.</source>
        <translation>--lang necesita un código de idioma. Idiomas: %1.</translation>
    </message>
    <message>
        <source>could not read the translation file %1. Make it with lrelease from a .ts file, or give a language code: %2.</source>
        <translation>no se pudo leer el archivo de traducción %1. Créalo con lrelease a partir de un archivo .ts, o indica un código de idioma: %2.</translation>
    </message>
    <message>
        <source>there is no translation into &quot;%1&quot;. Languages: %2.</source>
        <translation>no hay traducción al «%1». Idiomas: %2.</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>The Rocket.Chat server, e.g. https://chat.example.com (required).</source>
        <translation>El servidor de Rocket.Chat, p. ej. https://chat.example.com (obligatorio).</translation>
    </message>
    <message>
        <source>Sign in with this e-mail address instead.</source>
        <translation>Iniciar sesión con esta dirección de correo electrónico en su lugar.</translation>
    </message>
    <message>
        <source>address</source>
        <comment>placeholder in the option list: --email &lt;address&gt;</comment>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input. Without it the password is asked for on the terminal, without echo.</source>
        <translation>Leer la contraseña de la primera línea de la entrada estándar. Sin esta opción, la contraseña se pide en el terminal, sin eco.</translation>
    </message>
    <message>
        <source>Sign in through the server&apos;s LDAP directory.</source>
        <translation>Iniciar sesión mediante el directorio LDAP del servidor.</translation>
    </message>
    <message>
        <source>code</source>
        <comment>placeholder in the option list: --totp-code &lt;code&gt;</comment>
        <translation>código</translation>
    </message>
    <message>
        <source>Do not keep the session: nothing goes to the system keychain or the account list, and liftoff resume, status, token and logout will not know it.</source>
        <translation>No conservar la sesión: nada va al llavero del sistema ni a la lista de cuentas, y liftoff resume, status, token y logout no la conocerán.</translation>
    </message>
    <message>
        <source>On success print one JSON object (server, userId, username, type, tokenExpires, stored) instead of a sentence. The token itself is never printed.</source>
        <translation>Si tiene éxito, imprimir un objeto JSON (server, userId, username, type, tokenExpires, stored) en lugar de una frase. El token nunca se imprime.</translation>
    </message>
    <message>
        <source>Allow an unencrypted http:// connection to a server that is not on this computer.</source>
        <translation>Permitir una conexión http:// sin cifrar con un servidor que no está en este equipo.</translation>
    </message>
    <message>
        <source>Give up when the server has not answered for this long (default: 30).</source>
        <translation>Abandonar cuando el servidor no haya respondido durante este tiempo (predeterminado: 30).</translation>
    </message>
    <message>
        <source>login takes options only, and no other arguments; a password is typed when asked, or piped in with --password-stdin.</source>
        <translation>login solo acepta opciones, ningún otro argumento; la contraseña se escribe cuando se pide, o se pasa por una tubería con --password-stdin.</translation>
    </message>
    <message>
        <source>which server? Add --server &lt;url&gt;.</source>
        <translation>¿qué servidor? Añade --server &lt;url&gt;.</translation>
    </message>
    <message>
        <source>(--allow-insecure allows it.)</source>
        <translation>(--allow-insecure lo permite).</translation>
    </message>
    <message>
        <source>give either --username or --email (one of them).</source>
        <translation>indica --username o --email (uno de los dos).</translation>
    </message>
    <message>
        <source>--totp-code is empty.</source>
        <translation>--totp-code está vacío.</translation>
    </message>
    <message>
        <source>there is no terminal to ask for the password on: pipe it in and add --password-stdin.</source>
        <translation>no hay ningún terminal donde pedir la contraseña: pásala por una tubería y añade --password-stdin.</translation>
    </message>
    <message>
        <source>signed in (and the session stored, unless --no-store)</source>
        <translation>sesión iniciada (y guardada, salvo con --no-store)</translation>
    </message>
    <message>
        <source>anything else (e.g. an unexpected server error)</source>
        <translation>cualquier otra cosa (p. ej. un error inesperado del servidor)</translation>
    </message>
    <message>
        <source>usage: a missing or wrong option, or no terminal and no --password-stdin</source>
        <translation>error de uso: falta una opción o es incorrecta, o no hay terminal ni --password-stdin</translation>
    </message>
    <message>
        <source>two-factor code required (none given and no terminal) or wrong</source>
        <translation>se necesita un código de dos factores (no se indicó ninguno y no hay terminal) o es incorrecto</translation>
    </message>
    <message>
        <source>rate-limited or blocked by the server: try again later</source>
        <translation>limitado o bloqueado por el servidor: vuelve a intentarlo más tarde</translation>
    </message>
    <message>
        <source>signed in, but the system keychain is unavailable or locked, so the session was not stored (stdout still says who signed in; stderr says why)</source>
        <translation>sesión iniciada, pero el llavero del sistema no está disponible o está bloqueado, así que la sesión no se guardó (stdout indica igualmente quién inició sesión; stderr explica por qué)</translation>
    </message>
    <message>
        <source>On Ctrl+C the terminal is restored and the process ends by the signal, as usual (a shell shows 130).</source>
        <translation>Con Ctrl+C se restaura el terminal y el proceso termina por la señal, como de costumbre (un shell muestra 130).</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>Contraseña de %1 en %2: </translation>
    </message>
    <message>
        <source>Code sent to you by e-mail: </source>
        <translation>Código enviado a tu correo electrónico: </translation>
    </message>
    <message>
        <source>Code sent by e-mail to %1: </source>
        <translation>Código enviado por correo electrónico a %1: </translation>
    </message>
    <message>
        <source>Two-factor code from your authenticator app: </source>
        <translation>Código de dos factores de tu aplicación de autenticación: </translation>
    </message>
    <message>
        <source>no password was given.</source>
        <translation>no se indicó ninguna contraseña.</translation>
    </message>
    <message>
        <source>standard input ended before a password (--password-stdin reads its first line).</source>
        <translation>la entrada estándar terminó antes de una contraseña (--password-stdin lee su primera línea).</translation>
    </message>
    <message>
        <source>Standard input ended before a code.</source>
        <translation>La entrada estándar terminó antes de un código.</translation>
    </message>
    <message>
        <source>Without a terminal to ask on, pass the code with --totp-code.</source>
        <translation>Sin un terminal donde pedirlo, indica el código con --totp-code.</translation>
    </message>
    <message>
        <source>the session was not stored: %1</source>
        <translation>la sesión no se guardó: %1</translation>
    </message>
    <message>
        <source>signing in failed.</source>
        <translation>no se pudo iniciar sesión.</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate although the system does not, if its SHA-256 fingerprint is this one (64 hexadecimal digits, colons optional). It is remembered for the server, as the window&apos;s &quot;Trust this certificate&quot;, unless --no-store.</source>
        <translation>Confiar en el certificado del servidor aunque el sistema no confíe en él, si su huella digital SHA-256 es esta (64 dígitos hexadecimales, dos puntos opcionales). Esta confianza se recuerda para el servidor, como con «Confiar en este certificado» en la ventana, salvo con --no-store.</translation>
    </message>
    <message>
        <source>server unreachable, not Rocket.Chat, too old, TLS problem (such as a certificate that is not trusted: stderr gives its fingerprint for --trust-fingerprint), time-out or lost connection</source>
        <translation>servidor inaccesible, no es Rocket.Chat, demasiado antiguo, problema de TLS (como un certificado que no es de confianza: stderr da su huella digital para --trust-fingerprint), tiempo de espera agotado o conexión perdida</translation>
    </message>
    <message>
        <source>Sign in with this single sign-on service of the server (e.g. github, keycloak, saml, cas) in your web browser, instead of a password.</source>
        <translation>Iniciar sesión con este servicio de inicio de sesión único del servidor (p. ej. github, keycloak, saml, cas) en tu navegador web, en lugar de con una contraseña.</translation>
    </message>
    <message>
        <source>service</source>
        <comment>placeholder in the option list: --sso &lt;service&gt;</comment>
        <translation>servicio</translation>
    </message>
    <message>
        <source>With --sso: how long to wait for the browser (default: 300).</source>
        <translation>Con --sso: cuánto tiempo esperar al navegador (predeterminado: 300).</translation>
    </message>
    <message>
        <source>--sso needs the name of a service, e.g. --sso github.</source>
        <translation>--sso necesita el nombre de un servicio, p. ej. --sso github.</translation>
    </message>
    <message>
        <source>--sso signs in with the browser: leave out --username, --email, --password-stdin and --ldap.</source>
        <translation>--sso inicia sesión con el navegador: quita --username, --email, --password-stdin y --ldap.</translation>
    </message>
    <message>
        <source>--sso-timeout goes with --sso.</source>
        <translation>--sso-timeout va con --sso.</translation>
    </message>
    <message>
        <source>Another Liftoff is running and would receive the browser&apos;s sign-in: sign in there, or close it and try again.</source>
        <translation>Hay otro Liftoff en ejecución que recibiría el inicio de sesión del navegador: inicia sesión allí, o ciérralo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 offers no single sign-on; sign in with --username or --email.</source>
        <translation>%1 no ofrece inicio de sesión único; inicia sesión con --username o --email.</translation>
    </message>
    <message>
        <source>%1 offers no sign-in with &quot;%2&quot;; it offers: %3.</source>
        <translation>%1 no ofrece inicio de sesión con «%2»; ofrece: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Continue signing in with %1 in your web browser (waiting up to %n minute(s)).</source>
        <translation>
            <numerusform>Continúa el inicio de sesión con %1 en tu navegador web (se esperará hasta %n minuto).</numerusform>
            <numerusform>Continúa el inicio de sesión con %1 en tu navegador web (se esperará hasta %n minutos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting up to %n minute(s) for the sign-in to come back.</source>
        <translation>
            <numerusform>Esperando hasta %n minuto a que vuelva el inicio de sesión.</numerusform>
            <numerusform>Esperando hasta %n minutos a que vuelva el inicio de sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two-factor code (authenticator app or e-mail), when the server asks for one. On a terminal it is asked for instead. Other users of this computer can see arguments in the process list: --totp-code-stdin is safer.</source>
        <translation>El código de dos factores (aplicación de autenticación o correo), cuando el servidor lo pide. En una terminal se pide en su lugar. Otros usuarios de este equipo pueden ver los argumentos en la lista de procesos: --totp-code-stdin es más seguro.</translation>
    </message>
    <message>
        <source>Read the two-factor code, when the server asks for one, from the line of standard input after the password (with --password-stdin: the second line).</source>
        <translation>Leer el código de dos factores, cuando el servidor lo pida, de la línea de la entrada estándar que sigue a la contraseña (con --password-stdin: la segunda línea).</translation>
    </message>
    <message>
        <source>give --totp-code or --totp-code-stdin, not both.</source>
        <translation>indique --totp-code o --totp-code-stdin, no ambos.</translation>
    </message>
    <message>
        <source>--totp-code-stdin reads the line after the password: it goes with --password-stdin.</source>
        <translation>--totp-code-stdin lee la línea que sigue a la contraseña: va con --password-stdin.</translation>
    </message>
    <message>
        <source>the two-factor code on standard input (--totp-code-stdin) is empty.</source>
        <translation>el código de dos factores en la entrada estándar (--totp-code-stdin) está vacío.</translation>
    </message>
    <message>
        <source>Sign in with this username.</source>
        <translation>Iniciar sesión con este nombre de usuario.</translation>
    </message>
    <message>
        <source>Sign in with a personal access token (made in Rocket.Chat under My Account → Personal Access Tokens) instead of a password: it is read from standard input, or asked for on the terminal without echo. Signing out later forgets it on this computer only: it works until you revoke it in Rocket.Chat.</source>
        <translation>Iniciar sesión con un token de acceso personal (creado en Rocket.Chat en Mi cuenta → Tokens de acceso personal) en lugar de con una contraseña: se lee de la entrada estándar, o se pide en el terminal sin eco. Al cerrar sesión más tarde, solo se olvida en este equipo: sigue funcionando hasta que lo revoques en Rocket.Chat.</translation>
    </message>
    <message>
        <source>--with-token signs in with a personal access token alone: leave out --username, --email, --password-stdin, --ldap, --sso and the two-factor options.</source>
        <translation>--with-token inicia sesión solo con un token de acceso personal: quita --username, --email, --password-stdin, --ldap, --sso y las opciones de dos factores.</translation>
    </message>
    <message>
        <source>the username or e-mail address is empty.</source>
        <translation>el nombre de usuario o la dirección de correo electrónico está vacío.</translation>
    </message>
    <message>
        <source>--email needs an e-mail address (name@example.com); for a username use --username.</source>
        <translation>--email necesita una dirección de correo electrónico (nombre@example.com); para un nombre de usuario, usa --username.</translation>
    </message>
    <message>
        <source>a password or token is never taken as an argument, where others could see it: type it when asked, or pipe it in with --password-stdin (a personal access token: --with-token).</source>
        <translation>nunca se acepta una contraseña o un token como argumento, donde otros podrían verlo: escríbelo cuando se te pida, o pásalo por una tubería con --password-stdin (un token de acceso personal: --with-token).</translation>
    </message>
    <message>
        <source>Usage: liftoff login --server &lt;url&gt; (--username &lt;name&gt; | --email &lt;address&gt; | --sso &lt;service&gt; | --with-token) [options]</source>
        <translation>Uso: liftoff login --server &lt;url&gt; (--username &lt;nombre&gt; | --email &lt;dirección&gt; | --sso &lt;servicio&gt; | --with-token) [opciones]</translation>
    </message>
    <message>
        <source>Signs in to a Rocket.Chat server, checking the server while you type the password, and keeps the session in the system keychain for liftoff resume, status, token and logout (and the window). The password is never taken as an argument: it is asked for on the terminal without echo, or read from standard input with --password-stdin. On a terminal, a two-factor code is asked for when the server wants one; otherwise pass it with --totp-code. With --sso the sign-in happens in your web browser (the BROWSER environment variable, else the system&apos;s default browser); if none can be opened, the address to open is printed. The browser hands the sign-in back to this command through a rocketchat:// link. With --with-token a personal access token signs in instead (as gh auth login --with-token): piped in (echo &quot;$TOKEN&quot; | liftoff login --server &lt;url&gt; --with-token) or typed without echo; it is kept like a session, never expires here, and liftoff logout forgets it on this computer without deleting it on the server.</source>
        <translation>Inicia tu sesión en un servidor de Rocket.Chat, comprobando el servidor mientras escribes la contraseña, y conserva la sesión en el llavero del sistema para liftoff resume, status, token y logout (y la ventana). La contraseña nunca se acepta como argumento: se pide en el terminal sin eco, o se lee de la entrada estándar con --password-stdin. En un terminal, se pide un código de dos factores cuando el servidor lo requiere; si no, indícalo con --totp-code. Con --sso, el inicio de sesión se hace en tu navegador web (el de la variable de entorno BROWSER o, si no, el navegador predeterminado del sistema); si no se puede abrir ninguno, se muestra la dirección que hay que abrir. El navegador devuelve el inicio de sesión a esta orden mediante un enlace rocketchat://. Con --with-token, la sesión se inicia en su lugar con un token de acceso personal (como gh auth login --with-token): pasado por una tubería (echo &quot;$TOKEN&quot; | liftoff login --server &lt;url&gt; --with-token) o escrito sin eco; se conserva como una sesión, aquí nunca caduca, y liftoff logout lo olvida en este equipo sin borrarlo en el servidor.</translation>
    </message>
    <message>
        <source>credentials or personal access token rejected, or the account may not sign in (deactivated, app user, no roles, e-mail not verified)</source>
        <translation>credenciales o token de acceso personal rechazados, o la cuenta no puede iniciar sesión (desactivada, usuario de aplicación, sin roles, correo electrónico sin verificar)</translation>
    </message>
    <message>
        <source>Personal access token for %1: </source>
        <translation>Token de acceso personal de %1: </translation>
    </message>
    <message>
        <source>no personal access token was given.</source>
        <translation>no se indicó ningún token de acceso personal.</translation>
    </message>
    <message>
        <source>standard input ended before a personal access token (--with-token reads its first line).</source>
        <translation>la entrada estándar terminó antes de un token de acceso personal (--with-token lee su primera línea).</translation>
    </message>
    <message>
        <source>the server did not accept this personal access token: check that it was copied whole and has not been revoked.</source>
        <translation>el servidor no aceptó este token de acceso personal: comprueba que se copió entero y que no se ha revocado.</translation>
    </message>
    <message>
        <source>Sign in to a Rocket.Chat server with a username or e-mail address and password, single sign-on, or a personal access token.</source>
        <translation>Iniciar sesión en un servidor de Rocket.Chat con un nombre de usuario o una dirección de correo electrónico y una contraseña, con inicio de sesión único o con un token de acceso personal.</translation>
    </message>
</context>
<context>
    <name>LoginService</name>
    <message>
        <source>SAML single sign-on</source>
        <translation>Inicio de sesión único SAML</translation>
    </message>
    <message>
        <source>CAS single sign-on</source>
        <translation>Inicio de sesión único CAS</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <extracomment>%1 is the name of an identity provider or a button&apos;s own text, e.g. &quot;GitHub&quot;.</extracomment>
        <translation>Iniciar sesión con %1</translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <source>The server did not answer in time, so the session of %1 may still be valid there until it expires; it is no longer stored on this computer.</source>
        <translation>El servidor no respondió a tiempo, así que la sesión de %1 puede seguir siendo válida allí hasta que caduque; ya no está guardada en este equipo.</translation>
    </message>
    <message>
        <source>Sign out of every stored account.</source>
        <translation>Cerrar sesión en todas las cuentas guardadas.</translation>
    </message>
    <message>
        <source>signed out (also when the server could not be told: see stderr), or --all and there was nothing to sign out of</source>
        <translation>sesión cerrada (también cuando no se pudo avisar al servidor: consulta stderr), o --all y no había ninguna sesión que cerrar</translation>
    </message>
    <message>
        <source>anything else</source>
        <translation>cualquier otra cosa</translation>
    </message>
    <message>
        <source>usage: a wrong or unknown option</source>
        <translation>error de uso: una opción incorrecta o desconocida</translation>
    </message>
    <message>
        <source>system keychain unavailable or locked: nothing was removed, try again once it works</source>
        <translation>llavero del sistema no disponible o bloqueado: no se quitó nada; vuelve a intentarlo cuando funcione</translation>
    </message>
    <message>
        <source>--all signs out of every account: leave out --server and --username.</source>
        <translation>--all cierra la sesión de todas las cuentas: omite --server y --username.</translation>
    </message>
    <message>
        <source>liftoff logout: no stored session; nothing to sign out of.</source>
        <translation>liftoff logout: no hay ninguna sesión guardada; no hay nada que cerrar.</translation>
    </message>
    <message>
        <source>The session of %1 had already ended (%2); it is forgotten.</source>
        <translation>La sesión de %1 ya había terminado (%2); se ha olvidado.</translation>
    </message>
    <message>
        <source>%1: the server could not be told, so the session may still be valid there until it expires. It is no longer stored on this computer.</source>
        <translation>%1: no se pudo avisar al servidor, así que la sesión puede seguir siendo válida allí hasta que caduque. Ya no está guardada en este equipo.</translation>
    </message>
    <message>
        <source>The keychain held no session for %1; it is forgotten.</source>
        <translation>El llavero no contenía ninguna sesión para %1; se ha olvidado.</translation>
    </message>
    <message>
        <source>%1 is still signed in: %2</source>
        <translation>%1 sigue con la sesión iniciada: %2</translation>
    </message>
    <message>
        <source>signed out of %1 on the server, but: %2</source>
        <translation>se cerró la sesión de %1 en el servidor, pero: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>could not update %1.</source>
        <translation>no se pudo actualizar %1.</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Sesión cerrada: %1.</translation>
    </message>
    <message>
        <source>Sign out every OTHER session of the account on the server instead (other devices and browsers), and make its personal access tokens stop working; this session stays signed in and stored. Asks first on a terminal.</source>
        <translation>Cerrar en su lugar todas las DEMÁS sesiones de la cuenta en el servidor (otros dispositivos y navegadores) y hacer que sus tokens de acceso personal dejen de funcionar; esta sesión sigue iniciada y guardada. En un terminal, pregunta antes.</translation>
    </message>
    <message>
        <source>With --others: do not ask (needed without a terminal).</source>
        <translation>Con --others: no preguntar (necesario sin terminal).</translation>
    </message>
    <message>
        <source>Usage: liftoff logout [--server &lt;url&gt;] [--username &lt;name&gt; | --all | --others [--yes]] [options]</source>
        <translation>Uso: liftoff logout [--server &lt;url&gt;] [--username &lt;nombre&gt; | --all | --others [--yes]] [opciones]</translation>
    </message>
    <message>
        <source>Signs out of a stored session, as Sign out in the window does: the server is told to forget the session, then its token is removed from the system keychain and the account from the list. Without options, the account used last; --server and --username pick another, --all takes every one. When the server cannot be reached, the session is forgotten on this computer all the same and stderr says that it may still be valid on the server until it expires: the exit code is 0, since nothing is stored any more. An account signed in with a personal access token is only forgotten on this computer: the server is not told, since that would delete the token for every script that uses it; it works until you revoke it in Rocket.Chat (My Account → Personal Access Tokens). --others keeps this session and ends every other one of the account on the server (not offered for a personal access token).</source>
        <translation>Cierra una sesión guardada, como «Cerrar sesión» en la ventana: se pide al servidor que olvide la sesión y después su token se quita del llavero del sistema y la cuenta, de la lista. Sin opciones, la última cuenta usada; --server y --username eligen otra, --all las toma todas. Si no se puede contactar con el servidor, la sesión se olvida igualmente en este equipo y stderr indica que puede seguir siendo válida en el servidor hasta que caduque: el código de salida es 0, ya que no queda nada guardado. Una cuenta que inició sesión con un token de acceso personal solo se olvida en este equipo: no se avisa al servidor, ya que eso borraría el token para todos los scripts que lo usan; funciona hasta que lo revoques en Rocket.Chat (Mi cuenta → Tokens de acceso personal). --others conserva esta sesión y cierra todas las demás de la cuenta en el servidor (no se ofrece para un token de acceso personal).</translation>
    </message>
    <message>
        <source>no stored session matches (--others: or the session is no longer accepted, or it is a personal access token)</source>
        <translation>ninguna sesión guardada coincide (--others: o la sesión ya no se acepta, o es un token de acceso personal)</translation>
    </message>
    <message>
        <source>--others: the server could not be reached</source>
        <translation>--others: no se pudo contactar con el servidor</translation>
    </message>
    <message>
        <source>give --all or --others, not both.</source>
        <translation>indica --all o --others, no ambos.</translation>
    </message>
    <message>
        <source>--yes goes with --others.</source>
        <translation>--yes va con --others.</translation>
    </message>
    <message>
        <source>--others asks before it signs out the other sessions, and there is no terminal to ask on: add --yes.</source>
        <translation>--others pregunta antes de cerrar las demás sesiones, y no hay ningún terminal donde preguntar: añade --yes.</translation>
    </message>
    <message>
        <source>The personal access token still works until you revoke it in Rocket.Chat (My Account → Personal Access Tokens); it is no longer stored on this computer.</source>
        <translation>El token de acceso personal sigue funcionando hasta que lo revoques en Rocket.Chat (Mi cuenta → Tokens de acceso personal); ya no está guardado en este equipo.</translation>
    </message>
    <message>
        <source>%1 is signed in with a personal access token; signing out the other sessions would delete that token too. Sign in with a password (liftoff login) to do it.</source>
        <translation>%1 inició sesión con un token de acceso personal; cerrar las demás sesiones también borraría ese token. Inicia sesión con una contraseña (liftoff login) para hacerlo.</translation>
    </message>
    <message>
        <source>y</source>
        <comment>the answer yes to a [y/N] question</comment>
        <translation>s</translation>
    </message>
    <message>
        <source>Nothing was signed out.</source>
        <translation>No se cerró ninguna sesión.</translation>
    </message>
    <message>
        <source>Sign out all other sessions of %1? Other devices and browsers are signed out, and personal access tokens stop working. This session stays signed in.</source>
        <translation>¿Cerrar todas las demás sesiones de %1? Se cerrará la sesión en los demás dispositivos y navegadores, y los tokens de acceso personal dejarán de funcionar. Esta sesión sigue iniciada.</translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>¿Continuar? [s/N] </translation>
    </message>
    <message>
        <source>Signed out every other session of %1; this one is still signed in.</source>
        <translation>Se cerraron todas las demás sesiones de %1; esta sigue iniciada.</translation>
    </message>
    <message>
        <source>the other sessions of %1 were not signed out: %2</source>
        <translation>no se cerraron las demás sesiones de %1: %2</translation>
    </message>
    <message>
        <source>the server did not answer in time; the other sessions of %1 may not be signed out.</source>
        <translation>el servidor no respondió a tiempo; puede que las demás sesiones de %1 no se hayan cerrado.</translation>
    </message>
    <message>
        <source>Sign out on the server and forget the stored session (--all: every one; --others: every other session of the account).</source>
        <translation>Cerrar sesión en el servidor y olvidar la sesión guardada (--all: todas; --others: todas las demás sesiones de la cuenta).</translation>
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
        <translation>¿Iniciar sesión desde un enlace?</translation>
    </message>
    <message>
        <source>&amp;Ignore the link</source>
        <translation>&amp;Ignorar el enlace</translation>
    </message>
    <message>
        <source>Sign-in link ignored</source>
        <translation>Enlace de inicio de sesión ignorado</translation>
    </message>
    <message>
        <source>A link asks Liftoff to sign you in to %1 as %2 (@%3, user id %4). Sign in only if you just asked for this, for example in your browser; a link from someone else could sign you in to their account.</source>
        <comment>%1 is a server address, %2 a person&apos;s name, %3 a user name, %4 a user id</comment>
        <translation>Un enlace pide a Liftoff que inicie su sesión en %1 como %2 (@%3, id. de usuario %4). Inicie sesión solo si acaba de pedirlo, por ejemplo en su navegador; un enlace de otra persona podría iniciar su sesión en la cuenta de esa persona.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>accepts a sign-in link; no &amp; in it: no single key may accept</comment>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>OfflinePage</name>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>the name of the page shown while the server is unreachable</comment>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Last try</source>
        <extracomment>The name, for screen readers, of the message saying why the most recent attempt to reach the server failed: the previous try, not the final one (Liftoff keeps trying).</extracomment>
        <translation>Intento anterior</translation>
    </message>
    <message>
        <source>Sign in with &amp;another account</source>
        <translation>Iniciar sesión con &amp;otra cuenta</translation>
    </message>
    <message>
        <source>Sign in with another account</source>
        <translation>Iniciar sesión con otra cuenta</translation>
    </message>
    <message>
        <source>Stop waiting for this server; this account stays saved and you can switch back to it later</source>
        <translation>Dejar de esperar a este servidor; esta cuenta sigue guardada y podrás volver a ella más tarde</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Try to reach the server now instead of waiting (Enter)</source>
        <translation>Intentar contactar con el servidor ahora en lugar de esperar (Intro)</translation>
    </message>
    <message>
        <source>Liftoff cannot reach %1 to sign you in as %2. Your session is kept on this computer: you are signed in as soon as the server answers.</source>
        <comment>%1 is a server address, %2 an account</comment>
        <translation>Liftoff no puede contactar con %1 para iniciar tu sesión como %2. Tu sesión se conserva en este equipo: se iniciará en cuanto el servidor responda.</translation>
    </message>
    <message>
        <source>Liftoff cannot reach %1. Your session is kept on this computer: you are signed in as soon as the server answers.</source>
        <comment>%1 is a server address</comment>
        <translation>Liftoff no puede contactar con %1. Tu sesión se conserva en este equipo: se iniciará en cuanto el servidor responda.</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <comment>a live countdown to the next try</comment>
        <translation>
            <numerusform>Nuevo intento en %n segundo.</numerusform>
            <numerusform>Nuevo intento en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying again now…</source>
        <translation>Reintentando ahora…</translation>
    </message>
    <message>
        <source>Trying again</source>
        <comment>a busy bar while the server is tried again</comment>
        <translation>Reintentando</translation>
    </message>
</context>
<context>
    <name>OpenCommand</name>
    <message>
        <source>Hand a sign-in link (rocketchat://auth?…) to the running Liftoff, or open the window with it.</source>
        <translation>Pasar un enlace de inicio de sesión (rocketchat://auth?…) al Liftoff en ejecución, o abrir la ventana con él.</translation>
    </message>
    <message>
        <source>url</source>
        <comment>placeholder in the usage line: liftoff open &lt;url&gt;</comment>
        <translation>url</translation>
    </message>
    <message>
        <source>The link, rocketchat://auth?…</source>
        <translation>El enlace, rocketchat://auth?…</translation>
    </message>
    <message>
        <source>Usage: liftoff open &lt;url&gt;</source>
        <translation>Uso: liftoff open &lt;url&gt;</translation>
    </message>
    <message>
        <source>Hands a sign-in link to the Liftoff that is running (the window, or liftoff login --sso), as the operating system does when a browser opens a rocketchat:// link. With none running, opens the window, which handles the link. A link Liftoff did not ask for is refused there.</source>
        <translation>Pasa un enlace de inicio de sesión al Liftoff que está en ejecución (la ventana, o liftoff login --sso), como hace el sistema operativo cuando un navegador abre un enlace rocketchat://. Si no hay ninguno en ejecución, abre la ventana, que se encarga del enlace. Un enlace que Liftoff no pidió se rechaza allí.</translation>
    </message>
    <message>
        <source>handed over (or handled by the window)</source>
        <translation>entregado (o gestionado por la ventana)</translation>
    </message>
    <message>
        <source>usage: not one link, or not a rocketchat:// link</source>
        <translation>error de uso: no es exactamente un enlace, o no es un enlace rocketchat://</translation>
    </message>
    <message>
        <source>give one link, rocketchat://auth?… or https://go.rocket.chat/auth?…</source>
        <translation>indica un solo enlace, rocketchat://auth?… o https://go.rocket.chat/auth?…</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Show password</source>
        <comment>a toggle button next to the password field</comment>
        <translation>Mostrar contraseña</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Ocultar la contraseña</translation>
    </message>
    <message>
        <source>Show the password as you type it</source>
        <translation>Mostrar la contraseña mientras la escribes</translation>
    </message>
</context>
<context>
    <name>ResumeCommand</name>
    <message>
        <source>Sign in again with the session stored by login, without a password.</source>
        <translation>Volver a iniciar sesión con la sesión guardada por login, sin contraseña.</translation>
    </message>
    <message>
        <source>On success print one JSON object (server, userId, username, type, tokenExpires) instead of a sentence. The token itself is never printed.</source>
        <translation>Si tiene éxito, imprimir un objeto JSON (server, userId, username, type, tokenExpires) en lugar de una frase. El token nunca se imprime.</translation>
    </message>
    <message>
        <source>Usage: liftoff resume [--server &lt;url&gt;] [--username &lt;name&gt;] [options]</source>
        <translation>Uso: liftoff resume [--server &lt;url&gt;] [--username &lt;nombre&gt;] [opciones]</translation>
    </message>
    <message>
        <source>Signs in again with the session that &quot;liftoff login&quot; stored in the system keychain, without a password: the account given by --server and --username, or else the one used last. A session that expired or that the server no longer accepts is forgotten; one whose server cannot be reached is kept.</source>
        <translation>Vuelve a iniciar sesión con la sesión que «liftoff login» guardó en el llavero del sistema, sin contraseña: la cuenta indicada por --server y --username, o si no, la última usada. Una sesión caducada o que el servidor ya no acepta se olvida; una cuyo servidor no responde se conserva.</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>sesión iniciada</translation>
    </message>
    <message>
        <source>anything else (e.g. an unexpected server error)</source>
        <translation>cualquier otra cosa (p. ej. un error inesperado del servidor)</translation>
    </message>
    <message>
        <source>usage: a wrong or unknown option</source>
        <translation>error de uso: una opción incorrecta o desconocida</translation>
    </message>
    <message>
        <source>no stored session (or its token is not in the keychain), or it expired, or the server no longer accepts it: sign in with liftoff login</source>
        <translation>no hay ninguna sesión guardada (o su token no está en el llavero), o ha caducado, o el servidor ya no la acepta: inicia sesión con liftoff login</translation>
    </message>
    <message>
        <source>system keychain unavailable or locked</source>
        <translation>llavero del sistema no disponible o bloqueado</translation>
    </message>
    <message>
        <source>The session of %1 is kept: try again later.</source>
        <translation>La sesión de %1 se conserva: vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate although the system does not, if its SHA-256 fingerprint is this one (64 hexadecimal digits, colons optional). It is remembered for the server, as the window&apos;s &quot;Trust this certificate&quot;.</source>
        <translation>Confiar en el certificado del servidor aunque el sistema no confíe en él, si su huella digital SHA-256 es esta (64 dígitos hexadecimales, dos puntos opcionales). Esta confianza se recuerda para el servidor, como con «Confiar en este certificado» en la ventana.</translation>
    </message>
    <message>
        <source>server unreachable, not Rocket.Chat, TLS problem (such as a certificate that is not trusted: stderr gives its fingerprint for --trust-fingerprint) or time-out; the session is kept</source>
        <translation>servidor inaccesible, no es Rocket.Chat, problema de TLS (como un certificado que no es de confianza: stderr da su huella digital para --trust-fingerprint) o tiempo de espera agotado; la sesión se conserva</translation>
    </message>
    <message>
        <source>The session of %1 is kept.</source>
        <translation>La sesión de %1 se conserva.</translation>
    </message>
</context>
<context>
    <name>ResumingPage</name>
    <message>
        <source>Signing in</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message>
        <source>Signing in with a saved session</source>
        <comment>the name of a page</comment>
        <translation>Iniciando sesión con una sesión guardada</translation>
    </message>
    <message>
        <source>Signing in with the saved session</source>
        <translation>Iniciando sesión con la sesión guardada</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel signing in with the saved session</source>
        <translation>Cancelar el inicio de sesión con la sesión guardada</translation>
    </message>
    <message>
        <source>Stop and go to the sign-in page; the account stays saved (Esc)</source>
        <translation>Detener e ir a la página de inicio de sesión; la cuenta sigue guardada (Esc)</translation>
    </message>
    <message>
        <source>Signing in to %1 as %2 with the session saved on this computer…</source>
        <comment>%1 is a server address, %2 an account</comment>
        <translation>Iniciando sesión en %1 como %2 con la sesión guardada en este equipo…</translation>
    </message>
    <message>
        <source>Signing in to %1 with the session saved on this computer…</source>
        <comment>%1 is a server address</comment>
        <translation>Iniciando sesión en %1 con la sesión guardada en este equipo…</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Enter the address of your Rocket.Chat server, for example chat.example.com.</source>
        <translation>Escribe la dirección de tu servidor de Rocket.Chat, por ejemplo chat.example.com.</translation>
    </message>
    <message>
        <source>A server address cannot contain spaces. Check the address and enter it again without spaces.</source>
        <translation>Una dirección de servidor no puede contener espacios. Comprueba la dirección y vuelve a escribirla sin espacios.</translation>
    </message>
    <message>
        <source>Addresses starting with “%1:” cannot be used to sign in. Enter the server address with https://, for example https://chat.example.com.</source>
        <extracomment>%1 is the scheme the user typed, such as &quot;ftp&quot; or &quot;mailto&quot;.</extracomment>
        <translation>Las direcciones que empiezan por «%1:» no sirven para iniciar sesión. Escribe la dirección del servidor con https://, por ejemplo https://chat.example.com.</translation>
    </message>
    <message>
        <source>This is not a valid web address. Enter the server address as it appears in your browser, for example https://chat.example.com.</source>
        <translation>Esta no es una dirección web válida. Escribe la dirección del servidor tal como aparece en tu navegador, por ejemplo https://chat.example.com.</translation>
    </message>
    <message>
        <source>The address has no server name. Enter the full address, for example https://chat.example.com.</source>
        <translation>La dirección no tiene nombre de servidor. Escribe la dirección completa, por ejemplo https://chat.example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a valid server name. Check the address for typing mistakes.</source>
        <extracomment>%1 is the server name the user typed.</extracomment>
        <translation>«%1» no es un nombre de servidor válido. Revisa la dirección por si hay errores de escritura.</translation>
    </message>
    <message>
        <source>“%1” is not a valid port number. Use a number from 1 to 65535, or leave the port out to use the standard one.</source>
        <extracomment>%1 is what the user typed after the colon in the server address.</extracomment>
        <translation>«%1» no es un número de puerto válido. Usa un número del 1 al 65535, u omite el puerto para usar el estándar.</translation>
    </message>
    <message>
        <source>The server %1 does not use an encrypted connection, so your password could be read by others on the network. Use an https:// address, or allow an unencrypted connection if you trust this network.</source>
        <extracomment>%1 is the server&apos;s host name.</extracomment>
        <translation>El servidor %1 no usa una conexión cifrada, así que otras personas en la red podrían leer tu contraseña. Usa una dirección https://, o permite una conexión sin cifrar si confías en esta red.</translation>
    </message>
    <message>
        <source>The server address contains a username or password. Remove everything up to and including the “@”; you sign in on the next screen.</source>
        <translation>La dirección del servidor contiene un nombre de usuario o una contraseña. Quita todo hasta la «@» incluida; iniciarás sesión en la siguiente pantalla.</translation>
    </message>
</context>
<context>
    <name>ServerCheck</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>sin respuesta en %n segundo</numerusform>
            <numerusform>sin respuesta en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>el servidor respondió HTTP %1</translation>
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
        <translation>Otras formas de iniciar sesión</translation>
    </message>
    <message>
        <source>Or sign in with your browser:</source>
        <translation>O inicia sesión con tu navegador:</translation>
    </message>
    <message>
        <source>Opens your web browser to sign in with %1</source>
        <translation>Abre tu navegador web para iniciar sesión con %1</translation>
    </message>
</context>
<context>
    <name>SessionResume</name>
    <message>
        <source>the account is no longer stored</source>
        <translation>la cuenta ya no está guardada</translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>unexpected answer to the sign-in</source>
        <translation>respuesta inesperada al inicio de sesión</translation>
    </message>
    <message>
        <source>You are signed out on this computer, but the server could not be reached, so your session may still be valid on the server until it expires. Signing out of all sessions in Rocket.Chat&apos;s web app ends it sooner.</source>
        <translation>Se cerró tu sesión en este equipo, pero no se pudo contactar con el servidor, así que tu sesión puede seguir siendo válida en el servidor hasta que caduque. Cerrar todas las sesiones en la aplicación web de Rocket.Chat la termina antes.</translation>
    </message>
    <message>
        <source>Liftoff waited too long for the two-factor code, so it forgot your sign-in details for your security. Sign in again to continue.</source>
        <translation>Liftoff esperó demasiado el código de dos factores, así que olvidó sus datos de inicio de sesión por seguridad. Vuelva a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <source>You are signed out on this computer. Your personal access token still works until you revoke it in Rocket.Chat (My Account → Personal Access Tokens).</source>
        <translation>Se cerró tu sesión en este equipo. Tu token de acceso personal sigue funcionando hasta que lo revoques en Rocket.Chat (Mi cuenta → Tokens de acceso personal).</translation>
    </message>
</context>
<context>
    <name>SignInError</name>
    <message>
        <source>Enter the address of your Rocket.Chat server, for example chat.example.com.</source>
        <translation>Escribe la dirección de tu servidor de Rocket.Chat, por ejemplo chat.example.com.</translation>
    </message>
    <message>
        <source>Could not reach the server (%1). Check the address and your network connection, then try again.</source>
        <translation>No se pudo contactar con el servidor (%1). Comprueba la dirección y tu conexión de red, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Could not reach the server. Check the address and your network connection, then try again.</source>
        <translation>No se pudo contactar con el servidor. Comprueba la dirección y tu conexión de red, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server answered, but it is not a Rocket.Chat server. Check the address: it is the one you open in a browser to use Rocket.Chat.</source>
        <translation>El servidor respondió, pero no es un servidor de Rocket.Chat. Comprueba la dirección: es la que abres en un navegador para usar Rocket.Chat.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted (%1), so Liftoff did not connect. Check the address, or ask the server&apos;s administrator to fix the certificate.</source>
        <translation>El certificado de seguridad del servidor no es de confianza (%1), así que Liftoff no se conectó. Comprueba la dirección, o pide al administrador del servidor que corrija el certificado.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted, so Liftoff did not connect. Check the address, or ask the server&apos;s administrator to fix the certificate.</source>
        <translation>El certificado de seguridad del servidor no es de confianza, así que Liftoff no se conectó. Comprueba la dirección, o pide al administrador del servidor que corrija el certificado.</translation>
    </message>
    <message>
        <source>This server runs Rocket.Chat %1, which is too old for Liftoff (it needs %2 or newer). Ask the server&apos;s administrator to update it.</source>
        <translation>Este servidor ejecuta Rocket.Chat %1, que es demasiado antiguo para Liftoff (necesita %2 o posterior). Pide al administrador del servidor que lo actualice.</translation>
    </message>
    <message>
        <source>(unknown version)</source>
        <translation>(versión desconocida)</translation>
    </message>
    <message>
        <source>The server speaks a version of the realtime protocol that Liftoff does not support (%1). Ask the server&apos;s administrator which apps it supports.</source>
        <translation>El servidor usa una versión del protocolo en tiempo real que Liftoff no admite (%1). Pregunta al administrador del servidor qué aplicaciones admite.</translation>
    </message>
    <message>
        <source>This account is deactivated or still waiting for an administrator&apos;s approval. Ask the server&apos;s administrator to activate it.</source>
        <translation>Esta cuenta está desactivada o aún espera la aprobación de un administrador. Pide al administrador del servidor que la active.</translation>
    </message>
    <message>
        <source>This account belongs to an app and cannot be used to sign in. Sign in with a personal account.</source>
        <translation>Esta cuenta pertenece a una aplicación y no sirve para iniciar sesión. Inicia sesión con una cuenta personal.</translation>
    </message>
    <message>
        <source>This account has no roles on the server, so it may not sign in. Ask the server&apos;s administrator to give it a role.</source>
        <translation>Esta cuenta no tiene roles en el servidor, así que no puede iniciar sesión. Pide al administrador del servidor que le asigne un rol.</translation>
    </message>
    <message>
        <source>The e-mail address of this account is not verified yet. Open the link in the verification e-mail the server sent you, then sign in again.</source>
        <translation>La dirección de correo electrónico de esta cuenta aún no está verificada. Abre el enlace del correo de verificación que te envió el servidor y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>This account needs a two-factor authentication code. Sign in again and enter the code from your authenticator app or e-mail.</source>
        <translation>Esta cuenta necesita un código de autenticación de dos factores. Vuelve a iniciar sesión e introduce el código de tu aplicación de autenticación o de tu correo electrónico.</translation>
    </message>
    <message>
        <source>That code is not correct or has expired. Enter the current code and try again.</source>
        <translation>Ese código no es correcto o ha caducado. Introduce el código actual y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Too many wrong two-factor codes. Sign in again from the start to get a new code.</source>
        <translation>Demasiados códigos de dos factores incorrectos. Vuelve a iniciar sesión desde el principio para recibir un código nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Demasiados intentos de inicio de sesión. Espera %n segundo y vuelve a intentarlo.</numerusform>
            <numerusform>Demasiados intentos de inicio de sesión. Espera %n segundos y vuelve a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a moment, then try again.</source>
        <translation>Demasiados intentos de inicio de sesión. Espera un momento y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Sign-in to this account is blocked for a while after too many failed attempts. Wait a few minutes and try again, or ask the server&apos;s administrator.</source>
        <translation>El inicio de sesión en esta cuenta está bloqueado durante un tiempo tras demasiados intentos fallidos. Espera unos minutos y vuelve a intentarlo, o consulta al administrador del servidor.</translation>
    </message>
    <message>
        <source>Sign-in from your network address is blocked for a while after too many failed attempts. Wait a few minutes and try again, or ask the server&apos;s administrator.</source>
        <translation>El inicio de sesión desde tu dirección de red está bloqueado durante un tiempo tras demasiados intentos fallidos. Espera unos minutos y vuelve a intentarlo, o consulta al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection and try again.</source>
        <translation>El servidor no respondió a tiempo. Comprueba tu conexión de red y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before it answered. Try again once the connection is back.</source>
        <translation>Se perdió la conexión con el servidor antes de que respondiera. Vuelve a intentarlo cuando se recupere la conexión.</translation>
    </message>
    <message>
        <source>Your saved session has expired, so Liftoff did not use it. Sign in again to continue.</source>
        <translation>Tu sesión guardada ha caducado, así que Liftoff no la usó. Vuelve a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <source>The server no longer accepts your saved session (&quot;%1&quot;): it was signed out elsewhere, or it expired. Sign in again to continue.</source>
        <translation>El servidor ya no acepta tu sesión guardada («%1»): se cerró en otro lugar o caducó. Vuelve a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <source>The server no longer accepts your saved session: it was signed out elsewhere, or it expired. Sign in again to continue.</source>
        <translation>El servidor ya no acepta tu sesión guardada: se cerró en otro lugar o caducó. Vuelve a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Inicio de sesión cancelado.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1), so Liftoff cannot store your sign-in. Unlock or set up the keychain and try again.</source>
        <translation>El llavero del sistema no está disponible (%1), así que Liftoff no puede guardar tu inicio de sesión. Desbloquea o configura el llavero y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so Liftoff cannot store your sign-in. Unlock or set up the keychain and try again.</source>
        <translation>El llavero del sistema no está disponible, así que Liftoff no puede guardar tu inicio de sesión. Desbloquea o configura el llavero y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: &quot;%1&quot;. Try again; if it keeps happening, contact the server&apos;s administrator.</source>
        <translation>El servidor rechazó el inicio de sesión: «%1». Vuelve a intentarlo; si sigue ocurriendo, contacta con el administrador del servidor.</translation>
    </message>
    <message>
        <source>The server refused the sign-in without saying why. Try again; if it keeps happening, contact the server&apos;s administrator.</source>
        <translation>El servidor rechazó el inicio de sesión sin decir por qué. Vuelve a intentarlo; si sigue ocurriendo, contacta con el administrador del servidor.</translation>
    </message>
    <message>
        <source>WARNING: the server&apos;s security certificate has CHANGED since you trusted it, so Liftoff did not connect. Someone may be intercepting your connection: trust the new certificate only if the server&apos;s administrator confirms they replaced it.</source>
        <translation>ADVERTENCIA: el certificado de seguridad del servidor ha CAMBIADO desde que confiaste en él, así que Liftoff no se conectó. Puede que alguien esté interceptando tu conexión: confía en el nuevo certificado solo si el administrador del servidor confirma que lo ha reemplazado.</translation>
    </message>
    <message>
        <source>The server stopped answering: it did not reply to a ping in time, so Liftoff closed the connection. Check your network connection and try again.</source>
        <translation>El servidor dejó de responder: no contestó a tiempo a un ping, así que Liftoff cerró la conexión. Comprueba tu conexión de red y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server sent a message larger than Liftoff accepts, so Liftoff closed the connection. Try again; if it keeps happening, contact the server&apos;s administrator.</source>
        <translation>El servidor envió un mensaje más grande de lo que Liftoff acepta, así que Liftoff cerró la conexión. Vuelve a intentarlo; si sigue ocurriendo, contacta con el administrador del servidor.</translation>
    </message>
    <message>
        <source>Liftoff received a sign-in link it cannot use: %1</source>
        <translation>Liftoff recibió un enlace de inicio de sesión que no puede usar: %1</translation>
    </message>
    <message>
        <source>Liftoff received a sign-in link it cannot use. Start the sign-in again from Liftoff.</source>
        <translation>Liftoff recibió un enlace de inicio de sesión que no puede usar. Empieza de nuevo el inicio de sesión desde Liftoff.</translation>
    </message>
    <message>
        <source>Liftoff ignored a sign-in link because it did not start that sign-in (for example, someone sent you the link). If you want to sign in, start from Liftoff.</source>
        <translation>Liftoff ignoró un enlace de inicio de sesión porque no fue Liftoff quien empezó ese inicio de sesión (por ejemplo, alguien te envió el enlace). Si quieres iniciar sesión, empieza desde Liftoff.</translation>
    </message>
    <message>
        <source>Liftoff ignored a sign-in link because it is for a different server (%1) than the one you are signing in to. Check the server address and start again.</source>
        <translation>Liftoff ignoró un enlace de inicio de sesión porque es para un servidor distinto (%1) del servidor en el que estás iniciando sesión. Comprueba la dirección del servidor y empieza de nuevo.</translation>
    </message>
    <message>
        <source>Liftoff is no longer waiting for this sign-in: it was cancelled, or it took too long in the browser. Start the sign-in again.</source>
        <translation>Liftoff ya no espera este inicio de sesión: se canceló o tardó demasiado en el navegador. Empieza de nuevo el inicio de sesión.</translation>
    </message>
    <message>
        <source>The identity provider did not sign you in (&quot;%1&quot;). Start again, and allow Liftoff&apos;s sign-in in the browser.</source>
        <translation>El proveedor de identidad no inició tu sesión («%1»). Empieza de nuevo y permite el inicio de sesión de Liftoff en el navegador.</translation>
    </message>
    <message>
        <source>The identity provider did not sign you in. Start again, and allow Liftoff&apos;s sign-in in the browser.</source>
        <translation>El proveedor de identidad no inició tu sesión. Empieza de nuevo y permite el inicio de sesión de Liftoff en el navegador.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in from the browser: it took too long, or your account cannot sign in to this server. Start again; if it keeps happening, contact the server&apos;s administrator.</source>
        <translation>El servidor no aceptó el inicio de sesión desde el navegador: tardó demasiado, o tu cuenta no puede iniciar sesión en este servidor. Empieza de nuevo; si sigue ocurriendo, contacta con el administrador del servidor.</translation>
    </message>
    <message>
        <source>The server moved to %1. Liftoff did not follow it there: if that is the address you expect, type it as the server address and try again.</source>
        <translation>El servidor se trasladó a %1. Liftoff no lo siguió: si es la dirección que espera, escríbala como dirección del servidor y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server moved to another address. Liftoff did not follow it there: check the address with the server&apos;s administrator.</source>
        <translation>El servidor se trasladó a otra dirección. Liftoff no lo siguió: compruebe la dirección con quien administra el servidor.</translation>
    </message>
    <message>
        <source>The username, e-mail address or password is not correct. Check them and try again.</source>
        <translation>El nombre de usuario, la dirección de correo electrónico o la contraseña no son correctos. Compruébalos y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to Rocket.Chat</source>
        <translation>Iniciar sesión en Rocket.Chat</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>the name of the sign-in page</comment>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Use the account you have on your organization&apos;s Rocket.Chat server.</source>
        <translation>Usa la cuenta que tienes en el servidor de Rocket.Chat de tu organización.</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>chat.example.com</source>
        <comment>placeholder: an example server address</comment>
        <translation>chat.example.com</translation>
    </message>
    <message>
        <source>The address you open Rocket.Chat at in a web browser. Press Down to pick a server you signed in to before.</source>
        <translation>La dirección con la que abres Rocket.Chat en un navegador web. Pulsa Flecha abajo para elegir un servidor en el que ya iniciaste sesión.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Recent servers</source>
        <translation>Servidores recientes</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>Estado del servidor</translation>
    </message>
    <message>
        <source>Allow an unen&amp;crypted connection to this server</source>
        <translation>&amp;Permitir una conexión sin cifrar con este servidor</translation>
    </message>
    <message>
        <source>Allow an unencrypted connection</source>
        <translation>Permitir una conexión sin cifrar</translation>
    </message>
    <message>
        <source>Without encryption, anyone on the network between you and the server can read your password. Only allow this on a network you trust.</source>
        <translation>Sin cifrado, cualquiera en la red entre tú y el servidor puede leer tu contraseña. Permítelo solo en una red de confianza.</translation>
    </message>
    <message>
        <source>Username or e-mail address</source>
        <translation>Nombre de usuario o dirección de correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Username or e-mail address:</source>
        <translation>Nombre de &amp;usuario o dirección de correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Sign in with &amp;LDAP (your directory account)</source>
        <translation>Iniciar sesión con &amp;LDAP (tu cuenta del directorio)</translation>
    </message>
    <message>
        <source>Sign in with LDAP</source>
        <translation>Iniciar sesión con LDAP</translation>
    </message>
    <message>
        <source>This server can check your password against your organization&apos;s directory (LDAP). Choose this if that is where your account is.</source>
        <translation>Este servidor puede comprobar tu contraseña en el directorio de tu organización (LDAP). Elige esta opción si tu cuenta está allí.</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problema al iniciar sesión</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>Cancelar el inicio de sesión</translation>
    </message>
    <message>
        <source>Stop waiting for the server (Esc)</source>
        <translation>Dejar de esperar al servidor (Esc)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Type the address of your Rocket.Chat server, for example chat.example.com.</source>
        <translation>Escribe la dirección de tu servidor de Rocket.Chat, por ejemplo chat.example.com.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Escribe tu contraseña.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <comment>%1 is a server address</comment>
        <translation>Iniciando sesión en %1…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <comment>%1 is a server address</comment>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>%1 is a Rocket.Chat server.</source>
        <comment>%1 is a server address</comment>
        <translation>%1 es un servidor de Rocket.Chat.</translation>
    </message>
    <message>
        <source>%1 runs Rocket.Chat %2.</source>
        <comment>%1 is a server address, %2 a version number</comment>
        <translation>%1 ejecuta Rocket.Chat %2.</translation>
    </message>
    <message>
        <source>The connection is not encrypted: others on the network can read what you send.</source>
        <translation>La conexión no está cifrada: otras personas en la red pueden leer lo que envías.</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts. You can try again in %n second(s).</source>
        <comment>a live countdown</comment>
        <translation>
            <numerusform>Demasiados intentos de inicio de sesión. Podrás volver a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados intentos de inicio de sesión. Podrás volver a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try to sign in again now.</source>
        <translation>Ya puedes volver a intentar iniciar sesión.</translation>
    </message>
    <message>
        <source>Use a personal access to&amp;ken instead of a password</source>
        <translation>Usar un to&amp;ken de acceso personal en vez de contraseña</translation>
    </message>
    <message>
        <source>Use a personal access token</source>
        <translation>Usar un token de acceso personal</translation>
    </message>
    <message>
        <source>A token you made in Rocket.Chat under My Account → Personal Access Tokens. Signing out later forgets it on this computer only.</source>
        <translation>Un token que creaste en Rocket.Chat en Mi cuenta → Tokens de acceso personal. Al cerrar sesión más tarde, solo se olvida en este equipo.</translation>
    </message>
    <message>
        <source>Back to the account you left</source>
        <translation>Volver a la cuenta que dejaste</translation>
    </message>
    <message>
        <source>Sign in again with the account you left for another one</source>
        <translation>Volver a iniciar sesión con la cuenta que dejaste por otra</translation>
    </message>
    <message>
        <source>Add another account</source>
        <translation>Añadir otra cuenta</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <extracomment>%1 is an account, as the account list names it: &quot;Alice Liddell (@alice)&quot;</extracomment>
        <translation>Volver a %1</translation>
    </message>
    <message>
        <source>Paste your personal access token.</source>
        <translation>Pega tu token de acceso personal.</translation>
    </message>
    <message>
        <source>Type your username or e-mail address.</source>
        <translation>Escribe tu nombre de usuario o tu dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The server did not accept this personal access token. Check that it was copied whole and has not been revoked.</source>
        <translation>El servidor no aceptó este token de acceso personal. Comprueba que se copió entero y que no se ha revocado.</translation>
    </message>
    <message>
        <source>Signing out of %1…</source>
        <comment>%1 is a server address</comment>
        <translation>Cerrando sesión en %1…</translation>
    </message>
    <message>
        <source>You are signed out: %1 ended your session.</source>
        <comment>%1 is a server address</comment>
        <translation>Se cerró tu sesión: %1 la terminó.</translation>
    </message>
    <message>
        <source>&amp;Personal access token:</source>
        <translation>Token de a&amp;cceso personal:</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Token de acceso personal</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Paste the token</source>
        <comment>placeholder of the personal access token field</comment>
        <translation>Pega el token</translation>
    </message>
</context>
<context>
    <name>SignedInPage</name>
    <message>
        <source>You are signed in</source>
        <translation>Has iniciado sesión</translation>
    </message>
    <message>
        <source>Signed in</source>
        <comment>the name of the page shown once signed in</comment>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Session expires</source>
        <translation>La sesión caduca</translation>
    </message>
    <message>
        <source>Session expires:</source>
        <translation>La sesión caduca:</translation>
    </message>
    <message>
        <source>Session storage problem</source>
        <translation>Problema al guardar la sesión</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>End this session on the server</source>
        <translation>Terminar esta sesión en el servidor</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <comment>%1 is a server address, %2 a person&apos;s name</comment>
        <translation>Sesión iniciada en %1 como %2.</translation>
    </message>
    <message>
        <source>@%1</source>
        <comment>a Rocket.Chat user name, shown as people mention it</comment>
        <translation>@%1</translation>
    </message>
    <message>
        <source>Not known (the server did not say)</source>
        <translation>Desconocido (el servidor no lo indicó)</translation>
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
(caducada)</translation>
    </message>
    <message numerus="yes">
        <source>%1
(in %n day(s))</source>
        <comment>%1 is a date and time</comment>
        <translation>
            <numerusform>%1
(dentro de %n día)</numerusform>
            <numerusform>%1
(dentro de %n días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
(in %n hour(s))</source>
        <comment>%1 is a date and time</comment>
        <translation>
            <numerusform>%1
(dentro de %n hora)</numerusform>
            <numerusform>%1
(dentro de %n horas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
(in %n minute(s))</source>
        <comment>%1 is a date and time</comment>
        <translation>
            <numerusform>%1
(dentro de %n minuto)</numerusform>
            <numerusform>%1
(dentro de %n minutos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Retr&amp;y now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Try to reach the server now instead of waiting</source>
        <translation>Intentar contactar con el servidor ahora en lugar de esperar</translation>
    </message>
    <message>
        <source>Other sessions</source>
        <translation>Otras sesiones</translation>
    </message>
    <message>
        <source>Sign out all other sess&amp;ions…</source>
        <translation>Cerrar las &amp;demás sesiones…</translation>
    </message>
    <message>
        <source>Sign out all other sessions</source>
        <translation>Cerrar todas las demás sesiones</translation>
    </message>
    <message>
        <source>End your sessions on other devices and browsers; this one stays signed in</source>
        <translation>Terminar tus sesiones en otros dispositivos y navegadores; esta sigue iniciada</translation>
    </message>
    <message>
        <source>Every other session was signed out. This one is still signed in.</source>
        <translation>Se cerraron todas las demás sesiones. Esta sigue iniciada.</translation>
    </message>
    <message>
        <source>The other sessions were not signed out: %1</source>
        <translation>No se cerraron las demás sesiones: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost — reconnecting in %n second(s).</source>
        <comment>a live countdown</comment>
        <translation>
            <numerusform>Conexión perdida: reconectando en %n segundo.</numerusform>
            <numerusform>Conexión perdida: reconectando en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection lost — reconnecting now…</source>
        <translation>Conexión perdida: reconectando ahora…</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <comment>why the connection ended, in the system&apos;s words</comment>
        <translation>Motivo: %1.</translation>
    </message>
    <message>
        <source>You signed in with a personal access token. Signing out forgets it on this computer only: it still works until you revoke it in Rocket.Chat (My Account → Personal Access Tokens). Signing out all other sessions is not offered, since it would delete this token too.</source>
        <translation>Iniciaste sesión con un token de acceso personal. Al cerrar sesión, solo se olvida en este equipo: sigue funcionando hasta que lo revoques en Rocket.Chat (Mi cuenta → Tokens de acceso personal). No se ofrece cerrar las demás sesiones, ya que también borraría este token.</translation>
    </message>
    <message>
        <source>Forget the token on this computer; it keeps working</source>
        <translation>Olvidar el token en este equipo; sigue funcionando</translation>
    </message>
    <message>
        <source>Not offered while signed in with a personal access token: it would delete this token too</source>
        <translation>No se ofrece si iniciaste sesión con un token de acceso personal: también borraría este token</translation>
    </message>
    <message>
        <source>Sign out all other sessions?</source>
        <translation>¿Cerrar todas las demás sesiones?</translation>
    </message>
    <message>
        <source>Sign out &amp;other sessions</source>
        <translation>Cerrar las &amp;demás sesiones</translation>
    </message>
    <message>
        <source>Sign out the other sessions</source>
        <translation>Cerrar las demás sesiones</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Signing out the other sessions…</source>
        <translation>Cerrando las demás sesiones…</translation>
    </message>
    <message>
        <source>Every other device and browser signed in to %1 as %2 is signed out, and your personal access tokens stop working. This session stays signed in.</source>
        <comment>%1 is a server address, %2 a username</comment>
        <translation>Se cerrará la sesión en todos los demás dispositivos y navegadores conectados a %1 como %2, y tus tokens de acceso personal dejarán de funcionar. Esta sesión sigue iniciada.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another Liftoff is running; it receives the sign-in links.</source>
        <translation>Hay otro Liftoff en ejecución; es el que recibe los enlaces de inicio de sesión.</translation>
    </message>
    <message>
        <source>A program of another user answers on the channel for sign-in links; Liftoff does not use it.</source>
        <translation>Un programa de otro usuario responde en el canal de los enlaces de inicio de sesión; Liftoff no lo usa.</translation>
    </message>
    <message>
        <source>A program of another user answers on the channel for sign-in links; the link was not handed to it.</source>
        <translation>Un programa de otro usuario responde en el canal de los enlaces de inicio de sesión; no se le entregó el enlace.</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>List the stored accounts and check whether each session is still valid.</source>
        <translation>Listar las cuentas guardadas y comprobar si cada sesión sigue siendo válida.</translation>
    </message>
    <message>
        <source>Usage: liftoff status [options]</source>
        <translation>Uso: liftoff status [opciones]</translation>
    </message>
    <message>
        <source>every stored session is valid</source>
        <translation>todas las sesiones guardadas son válidas</translation>
    </message>
    <message>
        <source>anything else (e.g. an unexpected server error)</source>
        <translation>cualquier otra cosa (p. ej. un error inesperado del servidor)</translation>
    </message>
    <message>
        <source>usage: a wrong or unknown option</source>
        <translation>error de uso: una opción incorrecta o desconocida</translation>
    </message>
    <message>
        <source>no stored session, or one expired, was rejected or has no token in the keychain: sign in again</source>
        <translation>no hay ninguna sesión guardada, o una ha caducado, fue rechazada o no tiene token en el llavero: vuelve a iniciar sesión</translation>
    </message>
    <message>
        <source>a server could not be reached in time (its session is kept)</source>
        <translation>no se pudo contactar con un servidor a tiempo (su sesión se conserva)</translation>
    </message>
    <message>
        <source>system keychain unavailable or locked</source>
        <translation>llavero del sistema no disponible o bloqueado</translation>
    </message>
    <message>
        <source>When several apply, the first of 7, 3, 5, 1 in this order.</source>
        <translation>Si se aplican varios, el primero de 7, 3, 5, 1 en este orden.</translation>
    </message>
    <message>
        <source>no stored session. Sign in with: liftoff login --server &lt;url&gt; --username &lt;name&gt;</source>
        <translation>no hay ninguna sesión guardada. Inicia sesión con: liftoff login --server &lt;url&gt; --username &lt;nombre&gt;</translation>
    </message>
    <message>
        <source>The session is kept.</source>
        <translation>La sesión se conserva.</translation>
    </message>
    <message>
        <source>Print one JSON array: per account server, userId, username, kind (session or personal-access-token), status, tokenExpires (null: does not expire), lastUsed and, when it is not valid, message. Tokens are never printed.</source>
        <translation>Imprimir un array JSON: por cuenta server, userId, username, kind (session o personal-access-token), status, tokenExpires (null: no caduca), lastUsed y, si no es válida, message. Los tokens nunca se imprimen.</translation>
    </message>
    <message>
        <source>Lists the accounts whose session is stored, one line each: server, username and status, one of valid, expired, rejected (the server no longer accepts the session), unreachable, keychain-problem or error. Each session is checked by signing in with it, all at once; checking does not count as using an account. A session found expired or rejected is forgotten, as the window does, so it is listed this once. What is wrong is said on stderr. When an account is kept as a personal access token, a fourth column gives each account&apos;s kind: session or personal-access-token.</source>
        <translation>Lista las cuentas cuya sesión está guardada, una por línea: servidor, nombre de usuario y estado, que es valid (válida), expired (caducada), rejected (el servidor ya no acepta la sesión), unreachable (inaccesible), keychain-problem (problema del llavero) o error. Cada sesión se comprueba iniciando sesión con ella, todas a la vez; la comprobación no cuenta como uso de la cuenta. Una sesión que resulta caducada o rechazada se olvida, como hace la ventana, así que se lista solo esta vez. Lo que falla se indica en stderr. Si una cuenta se guarda como token de acceso personal, una cuarta columna indica el tipo de cada cuenta: session (sesión) o personal-access-token (token de acceso personal).</translation>
    </message>
</context>
<context>
    <name>StatusMessage</name>
    <message>
        <source>Success</source>
        <comment>icon next to a status message: all is well</comment>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>icon next to a status message</comment>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>icon next to a status message</comment>
        <translation>Error</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>a progress bar next to a status message</comment>
        <translation>Ocupado</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>Print the stored session token, for scripts (from the keychain, no network).</source>
        <translation>Imprimir el token de la sesión guardada, para scripts (desde el llavero, sin red).</translation>
    </message>
    <message>
        <source>Usage: liftoff token [--server &lt;url&gt;] [--username &lt;name&gt;]</source>
        <translation>Uso: liftoff token [--server &lt;url&gt;] [--username &lt;nombre&gt;]</translation>
    </message>
    <message>
        <source>Prints the session token that &quot;liftoff login&quot; stored in the system keychain, followed by a line break, for scripts: the account given by --server and --username, or else the one used last. It reads the keychain only and does not ask the server whether the token is still accepted (liftoff status does). The token signs in as you: keep it out of logs, files and command lines.</source>
        <translation>Imprime el token de sesión que «liftoff login» guardó en el llavero del sistema, seguido de un salto de línea, para scripts: la cuenta indicada por --server y --username, o si no, la última usada. Solo lee el llavero y no pregunta al servidor si el token sigue siendo aceptado (liftoff status sí lo hace). El token inicia sesión en tu nombre: mantenlo fuera de registros, archivos y líneas de órdenes.</translation>
    </message>
    <message>
        <source>the token is on stdout</source>
        <translation>el token está en stdout</translation>
    </message>
    <message>
        <source>anything else</source>
        <translation>cualquier otra cosa</translation>
    </message>
    <message>
        <source>usage: a wrong or unknown option</source>
        <translation>error de uso: una opción incorrecta o desconocida</translation>
    </message>
    <message>
        <source>no stored session, its token is not in the keychain, or it has expired: sign in with liftoff login</source>
        <translation>no hay ninguna sesión guardada, su token no está en el llavero, o ha caducado: inicia sesión con liftoff login</translation>
    </message>
    <message>
        <source>system keychain unavailable or locked</source>
        <translation>llavero del sistema no disponible o bloqueado</translation>
    </message>
    <message>
        <source>the stored session of %1 expired on %2. Sign in with: liftoff login --server %3 --username %4</source>
        <translation>la sesión guardada de %1 caducó el %2. Inicia sesión con: liftoff login --server %3 --username %4</translation>
    </message>
    <message>
        <source>the keychain holds no session token for %1. Sign in with: liftoff login --server %2 --username %3</source>
        <translation>el llavero no contiene ningún token de sesión para %1. Inicia sesión con: liftoff login --server %2 --username %3</translation>
    </message>
</context>
<context>
    <name>TokenLinkConfirmation</name>
    <message>
        <source>%1 did not say whose session it holds, so Liftoff did not sign in.</source>
        <comment>%1 is a server address</comment>
        <translation>%1 no dijo de quién es la sesión del enlace, así que Liftoff no inició sesión.</translation>
    </message>
    <message>
        <source>%1 does not accept the session it holds (it was signed out, or it expired), so Liftoff did not sign in.</source>
        <comment>%1 is a server address</comment>
        <translation>%1 no acepta la sesión del enlace (se cerró o caducó), así que Liftoff no inició sesión.</translation>
    </message>
    <message>
        <source>Liftoff could not ask %1 whose session it holds. %2</source>
        <comment>%1 is a server address, %2 says why</comment>
        <translation>Liftoff no pudo preguntar a %1 de quién es la sesión del enlace. %2</translation>
    </message>
</context>
<context>
    <name>TwoFactorPage</name>
    <message>
        <source>Two-factor authentication</source>
        <translation>Autenticación de dos factores</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <comment>the name of the page asking for a code</comment>
        <translation>Autenticación de dos factores</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Código de verificación</translation>
    </message>
    <message>
        <source>123456</source>
        <comment>placeholder: what a verification code looks like</comment>
        <translation>123456</translation>
    </message>
    <message>
        <source>&amp;Verification code:</source>
        <translation>Código de &amp;verificación:</translation>
    </message>
    <message>
        <source>E-mail code status</source>
        <translation>Estado del código por correo electrónico</translation>
    </message>
    <message>
        <source>Verification problem</source>
        <translation>Problema de verificación</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Comprobando el código…</translation>
    </message>
    <message>
        <source>Checking the code</source>
        <translation>Comprobando el código</translation>
    </message>
    <message>
        <source>Send a &amp;new code</source>
        <translation>Enviar un código &amp;nuevo</translation>
    </message>
    <message>
        <source>Send a new code by e-mail</source>
        <translation>Enviar un código nuevo por correo electrónico</translation>
    </message>
    <message>
        <source>Ask the server to e-mail you a fresh code, for example when the last one did not arrive or has expired.</source>
        <translation>Pedir al servidor que te envíe un código nuevo por correo electrónico, por ejemplo si el último no llegó o ha caducado.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel two-factor authentication</source>
        <translation>Cancelar la autenticación de dos factores</translation>
    </message>
    <message>
        <source>Go back to the sign-in page (Esc)</source>
        <translation>Volver a la página de inicio de sesión (Esc)</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Verify the code</source>
        <translation>Verificar el código</translation>
    </message>
    <message>
        <source>Asking for a new code…</source>
        <translation>Pidiendo un código nuevo…</translation>
    </message>
    <message>
        <source>A new code is on its way to your e-mail address.</source>
        <translation>Un código nuevo va de camino a tu dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>A new code is on its way to %1.</source>
        <comment>%1 is an e-mail address</comment>
        <translation>Un código nuevo va de camino a %1.</translation>
    </message>
    <message>
        <source>A new code is on its way to the e-mail address of %1.</source>
        <comment>%1 is a user name</comment>
        <translation>Un código nuevo va de camino a la dirección de correo electrónico de %1.</translation>
    </message>
    <message>
        <source>Type the code from the e-mail.</source>
        <translation>Escribe el código del correo electrónico.</translation>
    </message>
    <message>
        <source>Type the code your authenticator app shows.</source>
        <translation>Escribe el código que muestra tu aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Your server sent a verification code to your e-mail address. Type it here, or paste it as it is.</source>
        <translation>Tu servidor envió un código de verificación a tu dirección de correo electrónico. Escríbelo aquí, o pégalo tal cual.</translation>
    </message>
    <message>
        <source>Your server sent a verification code to %1. Type it here, or paste it as it is.</source>
        <comment>%1 is an e-mail address</comment>
        <translation>Tu servidor envió un código de verificación a %1. Escríbelo aquí, o pégalo tal cual.</translation>
    </message>
    <message>
        <source>Your server sent a verification code to the e-mail address of %1. Type it here, or paste it as it is.</source>
        <comment>%1 is a user name</comment>
        <translation>Tu servidor envió un código de verificación a la dirección de correo electrónico de %1. Escríbelo aquí, o pégalo tal cual.</translation>
    </message>
    <message>
        <source>Open the authenticator app you set up for this account and type the six-digit code it shows for your Rocket.Chat server.</source>
        <translation>Abre la aplicación de autenticación que configuraste para esta cuenta y escribe el código de seis dígitos que muestra para tu servidor de Rocket.Chat.</translation>
    </message>
</context>
<context>
    <name>UntrustedCertificate</name>
    <message>
        <source>it is self-signed, not issued by an authority this computer trusts</source>
        <translation>es autofirmado, no lo emitió una autoridad en la que confíe este equipo</translation>
    </message>
    <message>
        <source>it was issued by an authority this computer does not know</source>
        <translation>lo emitió una autoridad que este equipo no conoce</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>ha caducado</translation>
    </message>
    <message>
        <source>it is not valid yet (check this computer&apos;s date and time)</source>
        <translation>todavía no es válido (comprueba la fecha y la hora de este equipo)</translation>
    </message>
    <message>
        <source>it was made for another server name than %1</source>
        <translation>se emitió para un nombre de servidor distinto de %1</translation>
    </message>
    <message>
        <source>its authority has revoked it</source>
        <translation>su autoridad lo ha revocado</translation>
    </message>
    <message>
        <source>it could not be verified</source>
        <translation>no se pudo verificar</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two certificate problems</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>The security certificate of %1 is not trusted: %2. Liftoff did not connect.</source>
        <translation>El certificado de seguridad de %1 no es de confianza: %2. Liftoff no se conectó.</translation>
    </message>
    <message>
        <source>The server %1 sent no security certificate, so Liftoff did not connect.</source>
        <translation>El servidor %1 no envió ningún certificado de seguridad, así que Liftoff no se conectó.</translation>
    </message>
    <message>
        <source>The security certificate of %1 cannot be trusted: %2. Liftoff did not connect. Ask the server&apos;s administrator to replace the certificate.</source>
        <translation>No se puede confiar en el certificado de seguridad de %1: %2. Liftoff no se conectó. Pide al administrador del servidor que reemplace el certificado.</translation>
    </message>
    <message>
        <source>WARNING: the security certificate of %1 has CHANGED since you trusted it. Someone may be intercepting your connection to read your password. Liftoff did not connect. Trust the new certificate only if the server&apos;s administrator confirms that they replaced it and that its SHA-256 fingerprint is %2 (the one you trusted before was %3). What is wrong with it: %4.</source>
        <translation>ADVERTENCIA: el certificado de seguridad de %1 ha CAMBIADO desde que confiaste en él. Puede que alguien esté interceptando tu conexión para leer tu contraseña. Liftoff no se conectó. Confía en el nuevo certificado solo si el administrador del servidor confirma que lo ha reemplazado y que su huella digital SHA-256 es %2 (la del certificado en el que confiabas antes era %3). Qué falla en él: %4.</translation>
    </message>
    <message>
        <source>The security certificate of %1 is not trusted: %2. Liftoff did not connect. If this is your organization&apos;s own server, compare the certificate&apos;s SHA-256 fingerprint, %3, with the one its administrator gives you, and trust it only if they match. Otherwise check the address.</source>
        <translation>El certificado de seguridad de %1 no es de confianza: %2. Liftoff no se conectó. Si es el servidor propio de tu organización, compara la huella digital SHA-256 del certificado, %3, con la que te dé su administrador, y confía en él solo si coinciden. Si no, comprueba la dirección.</translation>
    </message>
    <message>
        <source>The security certificate of %1 has changed since you trusted it. Someone may be intercepting your connection to read your password. Liftoff did not connect. What is wrong with it: %2.</source>
        <translation>El certificado de seguridad de %1 ha cambiado desde que confiaste en él. Puede que alguien esté interceptando tu conexión para leer tu contraseña. Liftoff no se conectó. Qué falla en él: %2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connect to the Rocket.Chat server at &lt;url&gt;.</source>
        <translation>Conectar con el servidor de Rocket.Chat en &lt;url&gt;.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Allow an unencrypted (http:// or ws://) connection to a server that is not on this computer.</source>
        <translation>Permitir una conexión sin cifrar (http:// o ws://) con un servidor que no está en este equipo.</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s: %1. Also for the commands (liftoff login --lang de …).</source>
        <translation>Usar este idioma en lugar del idioma del sistema: %1. También para las órdenes (liftoff login --lang es …).</translation>
    </message>
    <message>
        <source>code</source>
        <comment>placeholder in the option list: --lang &lt;code&gt;</comment>
        <translation>código</translation>
    </message>
    <message>
        <source>Liftoff: sign in to your Rocket.Chat server.</source>
        <translation>Liftoff: inicia sesión en tu servidor de Rocket.Chat.</translation>
    </message>
    <message>
        <source>Without a command, opens the window.</source>
        <translation>Sin una orden, abre la ventana.</translation>
    </message>
    <message>
        <source>Run &quot;liftoff --help&quot; for the window&apos;s options, &quot;liftoff help&quot; for the commands.</source>
        <translation>Ejecuta «liftoff --help» para ver las opciones de la ventana y «liftoff help» para ver las órdenes.</translation>
    </message>
    <message>
        <source>unexpected argument; a command goes first (liftoff login …).</source>
        <translation>argumento inesperado; la orden va primero (liftoff login …).</translation>
    </message>
    <message>
        <source>cannot open the window: %1</source>
        <translation>no se puede abrir la ventana: %1</translation>
    </message>
    <message>
        <source>%1 is from another build of Liftoff (%2)</source>
        <comment>%1 is a file name, %2 a version</comment>
        <translation>%1 es de otra compilación de Liftoff (%2)</translation>
    </message>
</context>
</TS>
