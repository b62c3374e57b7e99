<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AccountCommand</name>
    <message>
        <source>The server of the stored account, e.g. https://chat.example.com (default: the account used last).</source>
        <translation>O servidor da conta salva, p. ex. https://chat.example.com (padrão: a última conta usada).</translation>
    </message>
    <message>
        <source>--username is empty.</source>
        <translation>--username está vazio.</translation>
    </message>
    <message>
        <source>no stored session for %1 on %2.</source>
        <translation>nenhuma sessão salva para %1 em %2.</translation>
    </message>
    <message>
        <source>no stored session on %1.</source>
        <translation>nenhuma sessão salva em %1.</translation>
    </message>
    <message>
        <source>no stored session for %1.</source>
        <translation>nenhuma sessão salva para %1.</translation>
    </message>
    <message>
        <source>no stored session.</source>
        <translation>nenhuma sessão salva.</translation>
    </message>
    <message>
        <source>Sign in with: liftoff login --server %1 --username %2</source>
        <translation>Entre com: liftoff login --server %1 --username %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>Give up on a server that has not answered after this long (default: %1).</source>
        <translation>Desistir de um servidor que não respondeu depois desse tempo (padrão: %1).</translation>
    </message>
    <message>
        <source>The username of the stored account, when there are several (default: the one used last).</source>
        <translation>O nome de usuário da conta salva, quando há várias (padrão: o último usado).</translation>
    </message>
</context>
<context>
    <name>AccountList</name>
    <message>
        <source>&amp;Accounts on this computer:</source>
        <translation>&amp;Contas neste computador:</translation>
    </message>
    <message>
        <source>Or continue with a sa&amp;ved account:</source>
        <translation>Ou continue com uma conta sal&amp;va:</translation>
    </message>
    <message>
        <source>Accounts on this computer</source>
        <translation>Contas neste computador</translation>
    </message>
    <message>
        <source>Saved accounts</source>
        <translation>Contas salvas</translation>
    </message>
    <message>
        <source>Account problem</source>
        <translation>Problema na conta</translation>
    </message>
    <message>
        <source>S&amp;witch to this account</source>
        <translation>&amp;Trocar para esta conta</translation>
    </message>
    <message>
        <source>Continue with this &amp;account</source>
        <translation>Con&amp;tinuar com esta conta</translation>
    </message>
    <message>
        <source>Switch to the selected account</source>
        <translation>Trocar para a conta selecionada</translation>
    </message>
    <message>
        <source>Continue with the selected account</source>
        <translation>Continuar com a conta selecionada</translation>
    </message>
    <message>
        <source>Sign in with the session saved for this account (Enter in the list)</source>
        <translation>Entrar com a sessão salva para esta conta (Enter na lista)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remover…</translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation>Remover a conta selecionada</translation>
    </message>
    <message>
        <source>Forget this account and delete its saved session from this computer (Delete in the list)</source>
        <translation>Esquecer esta conta e apagar a sessão salva dela deste computador (Delete na lista)</translation>
    </message>
    <message>
        <source>Add a&amp;nother account</source>
        <translation>Adicionar &amp;outra conta</translation>
    </message>
    <message>
        <source>Add another account</source>
        <translation>Adicionar outra conta</translation>
    </message>
    <message>
        <source>Sign in with another account, on this server or another one; this account stays saved</source>
        <translation>Entrar com outra conta, neste servidor ou em outro; esta conta continua salva</translation>
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
        <translation>%1 (sessão iniciada)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>an account (%1) on a server (%2)</comment>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>Last used %1</source>
        <comment>%1 is a date and time</comment>
        <translation>Último uso: %1</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Remover conta</translation>
    </message>
    <message>
        <source>Remove %1 on %2 from this computer?</source>
        <comment>%1 is an account, %2 a server address</comment>
        <translation>Remover %1 em %2 deste computador?</translation>
    </message>
    <message>
        <source>You will be signed out first. Liftoff then forgets the account and deletes its saved session; you can sign in again at any time.</source>
        <translation>Primeiro você sairá da sessão. Depois o Liftoff esquece a conta e apaga a sessão salva dela; você pode entrar de novo a qualquer momento.</translation>
    </message>
    <message>
        <source>Liftoff forgets the account and deletes its saved session; you can sign in again at any time.</source>
        <translation>O Liftoff esquece a conta e apaga a sessão salva dela; você pode entrar de novo a qualquer momento.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Remove the account</source>
        <translation>Remover a conta</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <comment>keep the account, do not remove it</comment>
        <translation>&amp;Manter</translation>
    </message>
    <message>
        <source>Keep the account</source>
        <translation>Manter a conta</translation>
    </message>
    <message>
        <source>This account was no longer on this computer.</source>
        <translation>Esta conta já não estava neste computador.</translation>
    </message>
    <message>
        <source>Personal access token — does not expire</source>
        <translation>Token de acesso pessoal — não expira</translation>
    </message>
    <message>
        <source>Liftoff forgets the account and its personal access token on this computer. The token still works until you revoke it in Rocket.Chat (My Account → Personal Access Tokens).</source>
        <translation>O Liftoff esquece a conta e o token de acesso pessoal dela neste computador. O token continua funcionando até você revogá-lo no Rocket.Chat (Minha conta → Tokens de acesso pessoal).</translation>
    </message>
</context>
<context>
    <name>BrowserLauncher</name>
    <message>
        <source>The browser named in the BROWSER environment variable could not be started. Open the address below in a browser yourself, or correct BROWSER.</source>
        <translation>Não foi possível iniciar o navegador indicado na variável de ambiente BROWSER. Abra você mesmo o endereço abaixo em um navegador, ou corrija BROWSER.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open the address below in a browser yourself.</source>
        <translation>Nenhum navegador pôde ser aberto. Abra você mesmo o endereço abaixo em um navegador.</translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <source>Continue in your browser</source>
        <translation>Continue no seu navegador</translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <comment>the name of a page</comment>
        <translation>Continuar no navegador</translation>
    </message>
    <message>
        <source>Browser sign-in problem</source>
        <translation>Problema no login pelo navegador</translation>
    </message>
    <message>
        <source>Browser problem</source>
        <translation>Problema com o navegador</translation>
    </message>
    <message>
        <source>Sign-in address to open in a browser</source>
        <translation>Endereço de login para abrir em um navegador</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copiar endereço</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Copiar o endereço de login</translation>
    </message>
    <message>
        <source>&amp;Open the browser again</source>
        <translation>&amp;Abrir o navegador de novo</translation>
    </message>
    <message>
        <source>Open the sign-in in the browser again</source>
        <translation>Abrir o login no navegador de novo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel signing in with the browser</source>
        <translation>Cancelar o login pelo navegador</translation>
    </message>
    <message>
        <source>Stop waiting for the browser and go back to the sign-in page (Esc)</source>
        <translation>Parar de esperar o navegador e voltar à página de login (Esc)</translation>
    </message>
    <message>
        <source>Liftoff opened the sign-in with %1 for %2 in your web browser. Finish signing in there; Liftoff continues by itself once you are done.</source>
        <comment>%1 is a service such as GitHub, %2 a server address</comment>
        <translation>O Liftoff abriu o login com %1 para %2 no seu navegador. Termine o login lá; o Liftoff continua sozinho quando você terminar.</translation>
    </message>
    <message>
        <source>Sign in with %1 for %2 in a web browser; Liftoff continues by itself once you are done.</source>
        <comment>%1 is a service such as GitHub, %2 a server address</comment>
        <translation>Entre com %1 para %2 em um navegador; o Liftoff continua sozinho quando você terminar.</translation>
    </message>
    <message>
        <source>&amp;Try the browser again</source>
        <translation>&amp;Tentar o navegador de novo</translation>
    </message>
    <message>
        <source>Waiting for the browser for another %1.</source>
        <extracomment>%1 is minutes and seconds, e.g. &quot;4:59&quot;</extracomment>
        <translation>Aguardando o navegador por mais %1.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>this server offers no sign-in with &quot;%1&quot;</source>
        <translation>este servidor não oferece login com “%1”</translation>
    </message>
</context>
<context>
    <name>CertificatePanel</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificado não confiável</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Do not trust the certificate</source>
        <translation>Não confiar no certificado</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>Confi&amp;ar neste certificado</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Confiar neste certificado</translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate…</source>
        <translation>Confi&amp;ar no novo certificado…</translation>
    </message>
    <message>
        <source>Trust the new certificate</source>
        <translation>Confiar no novo certificado</translation>
    </message>
    <message>
        <source>Trust this certificate only if its fingerprint is the one the administrator of %1 gives you.</source>
        <translation>Confie neste certificado somente se a impressão digital dele for a informada pelo administrador de %1.</translation>
    </message>
    <message>
        <source>Trust the new certificate?</source>
        <translation>Confiar no novo certificado?</translation>
    </message>
    <message>
        <source>The one you trusted before:</source>
        <translation>A do certificado em que você confiava antes:</translation>
    </message>
    <message>
        <source>Copy &amp;fingerprint</source>
        <translation>Copiar &amp;impressão</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>Copiar a impressão digital</translation>
    </message>
    <message>
        <source>Copies the SHA-256 fingerprint, to compare it with the one the server&apos;s administrator gives you</source>
        <translation>Copia a impressão digital SHA-256, para compará-la com a informada pelo administrador do servidor</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiada</translation>
    </message>
    <message>
        <source>Trust the new certificate only if the administrator of %1 confirms they replaced it and gives you this fingerprint.</source>
        <translation>Confie no novo certificado somente se o administrador de %1 confirmar que o substituiu e informar a você esta impressão digital.</translation>
    </message>
    <message>
        <source>The new certificate&apos;s SHA-256 fingerprint:</source>
        <translation>Impressão digital SHA-256 do novo certificado:</translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint:</source>
        <translation>Sua impressão digital SHA-256:</translation>
    </message>
    <message>
        <source>The certificate of %1 is not the one you trusted before. Someone may be intercepting your connection to read your password. Trust it only if the server&apos;s administrator told you that they replaced the certificate and that its SHA-256 fingerprint is the new one below.</source>
        <translation>O certificado de %1 não é aquele em que você confiava antes. Alguém pode estar interceptando sua conexão para ler sua senha. Confie nele somente se o administrador do servidor disse a você que substituiu o certificado e que a impressão digital SHA-256 dele é a nova abaixo.</translation>
    </message>
    <message>
        <source>New:
%1

Trusted before:
%2</source>
        <comment>SHA-256 fingerprints</comment>
        <translation>Nova:
%1

Aquela em que você confiava antes:
%2</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Exit codes:</source>
        <translation>Códigos de saída:</translation>
    </message>
    <message>
        <source>The fingerprint given with --trust-fingerprint is not this certificate&apos;s.</source>
        <translation>A impressão digital informada com --trust-fingerprint não é a deste certificado.</translation>
    </message>
    <message>
        <source>Only once the server&apos;s administrator confirms the new certificate, run again with --trust-fingerprint %1</source>
        <translation>Somente depois que o administrador do servidor confirmar o novo certificado, execute novamente com --trust-fingerprint %1</translation>
    </message>
    <message>
        <source>If it is your server&apos;s certificate, run again with --trust-fingerprint %1</source>
        <translation>Se for o certificado do seu servidor, execute novamente com --trust-fingerprint %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ajuda.</translation>
    </message>
    <message>
        <source>url</source>
        <comment>placeholder in the option list: --server &lt;url&gt;</comment>
        <translation>url</translation>
    </message>
    <message>
        <source>name</source>
        <comment>placeholder in the option list: --username &lt;name&gt;</comment>
        <translation>nome</translation>
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
        <translation>uma senha ou um token nunca é aceito como argumento, onde outras pessoas poderiam vê-lo.</translation>
    </message>
    <message>
        <source>%1 takes options only, and no other arguments (see liftoff %1 --help).</source>
        <translation>%1 aceita só opções, nenhum outro argumento (veja liftoff %1 --help).</translation>
    </message>
    <message>
        <source>--%1 needs a number of seconds, e.g. %2.</source>
        <translation>--%1 precisa de um número de segundos, p. ex. %2.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Sessão iniciada em %1 como %2.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Commands (no display needed):</source>
        <translation>Comandos (não precisam de tela):</translation>
    </message>
    <message>
        <source>List the commands, or show one command&apos;s options: liftoff help login.</source>
        <translation>Listar os comandos, ou mostrar as opções de um comando: liftoff help login.</translation>
    </message>
    <message>
        <source>liftoff: there is no command &quot;%1&quot;. Run &quot;liftoff help&quot; to list them.</source>
        <translation>liftoff: não existe o comando “%1”. Execute “liftoff help” para listá-los.</translation>
    </message>
    <message>
        <source>Usage: liftoff &lt;command&gt; [options]
       liftoff [--server &lt;url&gt;] [--allow-insecure]   (opens the window)

Liftoff signs you in to your Rocket.Chat server.

</source>
        <translation>Uso: liftoff &lt;comando&gt; [opções]
     liftoff [--server &lt;url&gt;] [--allow-insecure]   (abre a janela)

O Liftoff faz o seu login no seu servidor Rocket.Chat.

</translation>
    </message>
    <message>
        <source>Run &quot;liftoff &lt;command&gt; --help&quot; for a command&apos;s options and exit codes.</source>
        <translation>Execute “liftoff &lt;comando&gt; --help” para ver as opções e os códigos de saída de um comando.</translation>
    </message>
    <message>
        <source>--lang &lt;code&gt; picks the language of a command or the window instead of the system&apos;s: %1.</source>
        <translation>--lang &lt;código&gt; escolhe o idioma de um comando ou da janela em vez do idioma do sistema: %1.</translation>
    </message>
</context>
<context>
    <name>DdpError</name>
    <message>
        <source>The server refused the request: %1</source>
        <translation>O servidor recusou a solicitação: %1</translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <translation>O servidor recusou a solicitação (erro %1).</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection and try again.</source>
        <translation>O servidor não respondeu a tempo. Verifique sua conexão de rede e tente novamente.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before it answered. Try again when the connection is back.</source>
        <translation>A conexão com o servidor caiu antes da resposta. Tente novamente quando a conexão voltar.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Sem conexão com o servidor.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>This server speaks a version of the realtime protocol that Liftoff does not support (%1). It may be too old or too new for this app.</source>
        <translation>Este servidor usa uma versão do protocolo em tempo real que o Liftoff não suporta (%1). Ele pode ser antigo ou novo demais para este aplicativo.</translation>
    </message>
    <message>
        <source>The server stopped answering. Liftoff will reconnect by itself.</source>
        <translation>O servidor parou de responder. O Liftoff vai se reconectar sozinho.</translation>
    </message>
    <message>
        <source>The server sent a message too large to accept; the connection was reset.</source>
        <translation>O servidor enviou uma mensagem grande demais para ser aceita; a conexão foi reiniciada.</translation>
    </message>
    <message>
        <source>Could not reach the server: %1. Check the address and your network connection.</source>
        <translation>Não foi possível acessar o servidor: %1. Verifique o endereço e sua conexão de rede.</translation>
    </message>
    <message>
        <source>Could not reach the server. Check the address and your network connection.</source>
        <translation>Não foi possível acessar o servidor. Verifique o endereço e sua conexão de rede.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so the connection was refused: %1</source>
        <translation>Não foi possível verificar o certificado do servidor, então a conexão foi recusada: %1</translation>
    </message>
</context>
<context>
    <name>DeepLink</name>
    <message>
        <source>The sign-in link is too long to be a Rocket.Chat link.</source>
        <translation>O link de login é longo demais para ser um link do Rocket.Chat.</translation>
    </message>
    <message>
        <source>The sign-in link is not a valid address. Start the sign-in again from Liftoff.</source>
        <translation>O link de login não é um endereço válido. Comece o login de novo pelo Liftoff.</translation>
    </message>
    <message>
        <source>Liftoff opens only Rocket.Chat sign-in links (rocketchat://auth…); this one is something else.</source>
        <translation>O Liftoff só abre links de login do Rocket.Chat (rocketchat://auth…); este é outra coisa.</translation>
    </message>
    <message>
        <source>The sign-in link has parts a Rocket.Chat sign-in link never has.</source>
        <translation>O link de login tem partes que um link de login do Rocket.Chat nunca tem.</translation>
    </message>
    <message>
        <source>The sign-in link has the parameter &quot;%1&quot; more than once.</source>
        <translation>O link de login tem o parâmetro “%1” mais de uma vez.</translation>
    </message>
    <message>
        <source>The sign-in link does not say which server it is for.</source>
        <translation>O link de login não diz para qual servidor ele é.</translation>
    </message>
    <message>
        <source>The server address in the sign-in link is too long.</source>
        <translation>O endereço do servidor no link de login é longo demais.</translation>
    </message>
    <message>
        <source>The server address in the sign-in link is not usable: %1</source>
        <translation>O endereço do servidor no link de login não pode ser usado: %1</translation>
    </message>
    <message>
        <source>The sign-in link carries an error message that is too long.</source>
        <translation>O link de login traz uma mensagem de erro longa demais.</translation>
    </message>
    <message>
        <source>The sign-in link has no usable credential token.</source>
        <translation>O link de login não tem um token de credencial utilizável.</translation>
    </message>
    <message>
        <source>The sign-in link has no usable credential secret.</source>
        <translation>O link de login não tem um segredo de credencial utilizável.</translation>
    </message>
    <message>
        <source>The sign-in link has a credential secret it should not have.</source>
        <translation>O link de login tem um segredo de credencial que não deveria ter.</translation>
    </message>
    <message>
        <source>The sign-in link mixes two kinds of sign-in.</source>
        <translation>O link de login mistura dois tipos de login.</translation>
    </message>
    <message>
        <source>The sign-in link is of a kind Liftoff does not know (&quot;%1&quot;).</source>
        <translation>O link de login é de um tipo que o Liftoff não conhece (“%1”).</translation>
    </message>
    <message>
        <source>The sign-in link does not say what kind of sign-in it is.</source>
        <translation>O link de login não diz que tipo de login ele é.</translation>
    </message>
    <message>
        <source>The sign-in link has no usable session token.</source>
        <translation>O link de login não tem um token de sessão utilizável.</translation>
    </message>
    <message>
        <source>The sign-in link does not say which user it signs in.</source>
        <translation>O link de login não diz com qual usuário ele entra.</translation>
    </message>
</context>
<context>
    <name>Fingerprint</name>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint: it may only have the hexadecimal digits 0–9 and A–F, with or without colons between pairs.</source>
        <translation>“%1” não é uma impressão digital SHA-256: ela só pode ter os dígitos hexadecimais 0–9 e A–F, com ou sem dois-pontos entre os pares.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is not a SHA-256 fingerprint: that has 64 hexadecimal digits (32 pairs such as AB:CD:…), this has %n.</source>
        <translation>
            <numerusform>“%1” não é uma impressão digital SHA-256: uma impressão digital tem 64 dígitos hexadecimais (32 pares como AB:CD:…), esta tem %n.</numerusform>
            <numerusform>“%1” não é uma impressão digital SHA-256: uma impressão digital tem 64 dígitos hexadecimais (32 pares como AB:CD:…), esta tem %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainError</name>
    <message>
        <source>Your keychain holds no saved session for this account.</source>
        <translation>Seu chaveiro não tem nenhuma sessão salva para esta conta.</translation>
    </message>
    <message>
        <source>Liftoff cannot reach a keychain: this session has no D-Bus session bus, as happens over SSH and in minimal sessions. Start Liftoff from a desktop session, or start a session bus with a keyring in it.</source>
        <translation>O Liftoff não consegue acessar um chaveiro: esta sessão não tem um barramento de sessão D-Bus, como acontece via SSH e em sessões mínimas. Inicie o Liftoff a partir de uma sessão de desktop, ou inicie um barramento de sessão com um chaveiro.</translation>
    </message>
    <message>
        <source>Liftoff cannot reach a keychain: no Secret Service is running. Install or start one, such as GNOME Keyring, KWallet or KeePassXC with Secret Service integration.</source>
        <translation>O Liftoff não consegue acessar um chaveiro: nenhum Secret Service está em execução. Instale ou inicie um, como o GNOME Keyring, o KWallet ou o KeePassXC com a integração Secret Service.</translation>
    </message>
    <message>
        <source>Liftoff cannot reach a keychain on this computer. Check that your keychain is installed and running.</source>
        <translation>O Liftoff não consegue acessar um chaveiro neste computador. Verifique se o seu chaveiro está instalado e em execução.</translation>
    </message>
    <message>
        <source>Access to your keychain was refused. Allow Liftoff when your keychain asks, then try again.</source>
        <translation>O acesso ao seu chaveiro foi recusado. Permita o Liftoff quando o chaveiro perguntar e tente novamente.</translation>
    </message>
    <message>
        <source>Your keyring is locked. Unlock it (for example in Passwords and Keys or in KWallet Manager), then try again.</source>
        <translation>Seu chaveiro está bloqueado. Desbloqueie-o (por exemplo em Senhas e chaves ou no Gerenciador do KWallet) e tente novamente.</translation>
    </message>
    <message>
        <source>Your keychain refused Liftoff access. Check its access settings for Liftoff, then try again.</source>
        <translation>Seu chaveiro recusou o acesso ao Liftoff. Verifique as configurações de acesso dele para o Liftoff e tente novamente.</translation>
    </message>
    <message>
        <source>Your keychain did not save the session (%1). Check that your keychain works, for example in Passwords and Keys.</source>
        <translation>Seu chaveiro não salvou a sessão (%1). Verifique se o seu chaveiro funciona, por exemplo em Senhas e chaves.</translation>
    </message>
    <message>
        <source>Your keychain did not save the session. Check that your keychain works, for example in Passwords and Keys.</source>
        <translation>Seu chaveiro não salvou a sessão. Verifique se o seu chaveiro funciona, por exemplo em Senhas e chaves.</translation>
    </message>
    <message>
        <source>Your keychain did not answer in time; it may be waiting for you to unlock it. Unlock it if it asks, then try again.</source>
        <translation>Seu chaveiro não respondeu a tempo; talvez esteja esperando que você o desbloqueie. Desbloqueie-o se ele pedir e tente novamente.</translation>
    </message>
    <message>
        <source>Your keychain reported an error (%1). Try again; if it keeps happening, check that your keychain works.</source>
        <translation>Seu chaveiro informou um erro (%1). Tente novamente; se continuar acontecendo, verifique se o seu chaveiro funciona.</translation>
    </message>
    <message>
        <source>Your keychain reported an error. Try again; if it keeps happening, check that your keychain works.</source>
        <translation>Seu chaveiro informou um erro. Tente novamente; se continuar acontecendo, verifique se o seu chaveiro funciona.</translation>
    </message>
    <message>
        <source>Sign in again; your account stays in the list.</source>
        <translation>Entre novamente; sua conta continua na lista.</translation>
    </message>
    <message>
        <source>Your saved session could not be read, but your account stays in the list.</source>
        <translation>Não foi possível ler sua sessão salva, mas sua conta continua na lista.</translation>
    </message>
    <message>
        <source>You are signed in for now, but this session will not survive a restart: you will have to sign in again the next time you start Liftoff.</source>
        <translation>Sua sessão está iniciada por enquanto, mas esta sessão não sobreviverá a uma reinicialização: você terá que entrar de novo na próxima vez que abrir o Liftoff.</translation>
    </message>
    <message>
        <source>The saved session may still be in your keychain, under &quot;Liftoff&quot;.</source>
        <translation>A sessão salva talvez ainda esteja no seu chaveiro, com o nome “Liftoff”.</translation>
    </message>
</context>
<context>
    <name>LocalChannel</name>
    <message>
        <source>Liftoff does not use %1 to receive sign-in links: %2.</source>
        <translation>O Liftoff não usa %1 para receber links de login: %2.</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>é um link simbólico</translation>
    </message>
    <message>
        <source>it is not a directory</source>
        <translation>não é uma pasta</translation>
    </message>
    <message>
        <source>it belongs to another user</source>
        <translation>pertence a outro usuário</translation>
    </message>
    <message>
        <source>other users can open it</source>
        <translation>outros usuários podem abri-lo</translation>
    </message>
    <message>
        <source>it is not an absolute path</source>
        <translation>não é um caminho absoluto</translation>
    </message>
    <message>
        <source>it is not a socket</source>
        <translation>não é um socket</translation>
    </message>
    <message>
        <source>Liftoff cannot tell which user it runs as, so it does not receive sign-in links.</source>
        <translation>O Liftoff não consegue saber com qual usuário está sendo executado, por isso não recebe links de login.</translation>
    </message>
    <message>
        <source>Another program already holds the channel for sign-in links, so Liftoff does not receive them.</source>
        <translation>Outro programa já ocupa o canal dos links de login, por isso o Liftoff não os recebe.</translation>
    </message>
</context>
<context>
    <name>Localization</name>
    <message>
        <source>--lang needs a language code. Languages: %1.</source>
        <translation>--lang precisa de um código de idioma. Idiomas: %1.</translation>
    </message>
    <message>
        <source>could not read the translation file %1. Make it with lrelease from a .ts file, or give a language code: %2.</source>
        <translation>não foi possível ler o arquivo de tradução %1. Gere-o com o lrelease a partir de um arquivo .ts, ou informe um código de idioma: %2.</translation>
    </message>
    <message>
        <source>there is no translation into &quot;%1&quot;. Languages: %2.</source>
        <translation>não há tradução para “%1”. Idiomas: %2.</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>The Rocket.Chat server, e.g. https://chat.example.com (required).</source>
        <translation>O servidor Rocket.Chat, p. ex. https://chat.example.com (obrigatório).</translation>
    </message>
    <message>
        <source>Sign in with this e-mail address instead.</source>
        <translation>Entrar com este endereço de e-mail em vez disso.</translation>
    </message>
    <message>
        <source>address</source>
        <comment>placeholder in the option list: --email &lt;address&gt;</comment>
        <translation>endereço</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input. Without it the password is asked for on the terminal, without echo.</source>
        <translation>Ler a senha da primeira linha da entrada padrão. Sem esta opção, a senha é pedida no terminal, sem eco.</translation>
    </message>
    <message>
        <source>Sign in through the server&apos;s LDAP directory.</source>
        <translation>Entrar pelo diretório LDAP do servidor.</translation>
    </message>
    <message>
        <source>code</source>
        <comment>placeholder in the option list: --totp-code &lt;code&gt;</comment>
        <translation>código</translation>
    </message>
    <message>
        <source>Do not keep the session: nothing goes to the system keychain or the account list, and liftoff resume, status, token and logout will not know it.</source>
        <translation>Não manter a sessão: nada vai para o chaveiro do sistema nem para a lista de contas, e liftoff resume, status, token e logout não a conhecerão.</translation>
    </message>
    <message>
        <source>On success print one JSON object (server, userId, username, type, tokenExpires, stored) instead of a sentence. The token itself is never printed.</source>
        <translation>Em caso de sucesso, imprimir um objeto JSON (server, userId, username, type, tokenExpires, stored) em vez de uma frase. O token em si nunca é impresso.</translation>
    </message>
    <message>
        <source>Allow an unencrypted http:// connection to a server that is not on this computer.</source>
        <translation>Permitir uma conexão http:// não criptografada com um servidor que não está neste computador.</translation>
    </message>
    <message>
        <source>Give up when the server has not answered for this long (default: 30).</source>
        <translation>Desistir quando o servidor não responder por esse tempo (padrão: 30).</translation>
    </message>
    <message>
        <source>login takes options only, and no other arguments; a password is typed when asked, or piped in with --password-stdin.</source>
        <translation>login aceita só opções, nenhum outro argumento; a senha é digitada quando pedida, ou enviada por um pipe com --password-stdin.</translation>
    </message>
    <message>
        <source>which server? Add --server &lt;url&gt;.</source>
        <translation>qual servidor? Adicione --server &lt;url&gt;.</translation>
    </message>
    <message>
        <source>(--allow-insecure allows it.)</source>
        <translation>(--allow-insecure permite isso.)</translation>
    </message>
    <message>
        <source>give either --username or --email (one of them).</source>
        <translation>informe --username ou --email (um dos dois).</translation>
    </message>
    <message>
        <source>--totp-code is empty.</source>
        <translation>--totp-code está vazio.</translation>
    </message>
    <message>
        <source>there is no terminal to ask for the password on: pipe it in and add --password-stdin.</source>
        <translation>não há terminal para pedir a senha: envie-a por um pipe e adicione --password-stdin.</translation>
    </message>
    <message>
        <source>signed in (and the session stored, unless --no-store)</source>
        <translation>sessão iniciada (e salva, a menos que use --no-store)</translation>
    </message>
    <message>
        <source>anything else (e.g. an unexpected server error)</source>
        <translation>qualquer outra coisa (p. ex. um erro inesperado do servidor)</translation>
    </message>
    <message>
        <source>usage: a missing or wrong option, or no terminal and no --password-stdin</source>
        <translation>erro de uso: uma opção ausente ou errada, ou nenhum terminal e nenhum --password-stdin</translation>
    </message>
    <message>
        <source>two-factor code required (none given and no terminal) or wrong</source>
        <translation>código de dois fatores necessário (nenhum informado e sem terminal) ou errado</translation>
    </message>
    <message>
        <source>rate-limited or blocked by the server: try again later</source>
        <translation>limitado ou bloqueado pelo servidor: tente novamente mais tarde</translation>
    </message>
    <message>
        <source>signed in, but the system keychain is unavailable or locked, so the session was not stored (stdout still says who signed in; stderr says why)</source>
        <translation>sessão iniciada, mas o chaveiro do sistema está indisponível ou bloqueado, então a sessão não foi salva (stdout ainda diz quem entrou; stderr diz por quê)</translation>
    </message>
    <message>
        <source>On Ctrl+C the terminal is restored and the process ends by the signal, as usual (a shell shows 130).</source>
        <translation>Com Ctrl+C, o terminal é restaurado e o processo termina pelo sinal, como de costume (um shell mostra 130).</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>Senha de %1 em %2: </translation>
    </message>
    <message>
        <source>Code sent to you by e-mail: </source>
        <translation>Código enviado para você por e-mail: </translation>
    </message>
    <message>
        <source>Code sent by e-mail to %1: </source>
        <translation>Código enviado por e-mail para %1: </translation>
    </message>
    <message>
        <source>Two-factor code from your authenticator app: </source>
        <translation>Código de dois fatores do seu aplicativo autenticador: </translation>
    </message>
    <message>
        <source>no password was given.</source>
        <translation>nenhuma senha foi informada.</translation>
    </message>
    <message>
        <source>standard input ended before a password (--password-stdin reads its first line).</source>
        <translation>a entrada padrão terminou antes de uma senha (--password-stdin lê a primeira linha dela).</translation>
    </message>
    <message>
        <source>Standard input ended before a code.</source>
        <translation>A entrada padrão terminou antes de um código.</translation>
    </message>
    <message>
        <source>Without a terminal to ask on, pass the code with --totp-code.</source>
        <translation>Sem um terminal para perguntar, informe o código com --totp-code.</translation>
    </message>
    <message>
        <source>the session was not stored: %1</source>
        <translation>a sessão não foi salva: %1</translation>
    </message>
    <message>
        <source>signing in failed.</source>
        <translation>o login falhou.</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate although the system does not, if its SHA-256 fingerprint is this one (64 hexadecimal digits, colons optional). It is remembered for the server, as the window&apos;s &quot;Trust this certificate&quot;, unless --no-store.</source>
        <translation>Confiar no certificado do servidor mesmo que o sistema não confie nele, se a impressão digital SHA-256 dele for esta (64 dígitos hexadecimais, dois-pontos opcionais). Essa confiança é lembrada para o servidor, como com “Confiar neste certificado” na janela, exceto com --no-store.</translation>
    </message>
    <message>
        <source>server unreachable, not Rocket.Chat, too old, TLS problem (such as a certificate that is not trusted: stderr gives its fingerprint for --trust-fingerprint), time-out or lost connection</source>
        <translation>servidor inacessível, não é Rocket.Chat, antigo demais, problema de TLS (como um certificado que não é confiável: o stderr informa a impressão digital dele para --trust-fingerprint), tempo esgotado ou conexão perdida</translation>
    </message>
    <message>
        <source>Sign in with this single sign-on service of the server (e.g. github, keycloak, saml, cas) in your web browser, instead of a password.</source>
        <translation>Entrar com este serviço de login único do servidor (p. ex. github, keycloak, saml, cas) no seu navegador, em vez de com uma senha.</translation>
    </message>
    <message>
        <source>service</source>
        <comment>placeholder in the option list: --sso &lt;service&gt;</comment>
        <translation>serviço</translation>
    </message>
    <message>
        <source>With --sso: how long to wait for the browser (default: 300).</source>
        <translation>Com --sso: quanto tempo esperar pelo navegador (padrão: 300).</translation>
    </message>
    <message>
        <source>--sso needs the name of a service, e.g. --sso github.</source>
        <translation>--sso precisa do nome de um serviço, p. ex. --sso github.</translation>
    </message>
    <message>
        <source>--sso signs in with the browser: leave out --username, --email, --password-stdin and --ldap.</source>
        <translation>--sso entra pelo navegador: remova --username, --email, --password-stdin e --ldap.</translation>
    </message>
    <message>
        <source>--sso-timeout goes with --sso.</source>
        <translation>--sso-timeout só vale com --sso.</translation>
    </message>
    <message>
        <source>Another Liftoff is running and would receive the browser&apos;s sign-in: sign in there, or close it and try again.</source>
        <translation>Outro Liftoff está em execução e receberia o login do navegador: entre por ele, ou feche-o e tente novamente.</translation>
    </message>
    <message>
        <source>%1 offers no single sign-on; sign in with --username or --email.</source>
        <translation>%1 não oferece login único; entre com --username ou --email.</translation>
    </message>
    <message>
        <source>%1 offers no sign-in with &quot;%2&quot;; it offers: %3.</source>
        <translation>%1 não oferece login com “%2”; ele oferece: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Continue signing in with %1 in your web browser (waiting up to %n minute(s)).</source>
        <translation>
            <numerusform>Continue o login com %1 no seu navegador (aguardando até %n minuto).</numerusform>
            <numerusform>Continue o login com %1 no seu navegador (aguardando até %n minutos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting up to %n minute(s) for the sign-in to come back.</source>
        <translation>
            <numerusform>Aguardando até %n minuto pelo retorno do login.</numerusform>
            <numerusform>Aguardando até %n minutos pelo retorno do login.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two-factor code (authenticator app or e-mail), when the server asks for one. On a terminal it is asked for instead. Other users of this computer can see arguments in the process list: --totp-code-stdin is safer.</source>
        <translation>O código de dois fatores (aplicativo autenticador ou e-mail), quando o servidor pedir. Em um terminal, ele é pedido em vez disso. Outros usuários deste computador podem ver argumentos na lista de processos: --totp-code-stdin é mais seguro.</translation>
    </message>
    <message>
        <source>Read the two-factor code, when the server asks for one, from the line of standard input after the password (with --password-stdin: the second line).</source>
        <translation>Ler o código de dois fatores, quando o servidor pedir, da linha da entrada padrão depois da senha (com --password-stdin: a segunda linha).</translation>
    </message>
    <message>
        <source>give --totp-code or --totp-code-stdin, not both.</source>
        <translation>informe --totp-code ou --totp-code-stdin, não os dois.</translation>
    </message>
    <message>
        <source>--totp-code-stdin reads the line after the password: it goes with --password-stdin.</source>
        <translation>--totp-code-stdin lê a linha depois da senha: ele acompanha --password-stdin.</translation>
    </message>
    <message>
        <source>the two-factor code on standard input (--totp-code-stdin) is empty.</source>
        <translation>o código de dois fatores na entrada padrão (--totp-code-stdin) está vazio.</translation>
    </message>
    <message>
        <source>Sign in with this username.</source>
        <translation>Entrar com este nome de usuário.</translation>
    </message>
    <message>
        <source>Sign in with a personal access token (made in Rocket.Chat under My Account → Personal Access Tokens) instead of a password: it is read from standard input, or asked for on the terminal without echo. Signing out later forgets it on this computer only: it works until you revoke it in Rocket.Chat.</source>
        <translation>Entrar com um token de acesso pessoal (criado no Rocket.Chat em Minha conta → Tokens de acesso pessoal) em vez de uma senha: ele é lido da entrada padrão, ou pedido no terminal sem eco. Ao sair depois, ele é esquecido somente neste computador: continua funcionando até você revogá-lo no Rocket.Chat.</translation>
    </message>
    <message>
        <source>--with-token signs in with a personal access token alone: leave out --username, --email, --password-stdin, --ldap, --sso and the two-factor options.</source>
        <translation>--with-token entra só com um token de acesso pessoal: remova --username, --email, --password-stdin, --ldap, --sso e as opções de dois fatores.</translation>
    </message>
    <message>
        <source>the username or e-mail address is empty.</source>
        <translation>o nome de usuário ou endereço de e-mail está vazio.</translation>
    </message>
    <message>
        <source>--email needs an e-mail address (name@example.com); for a username use --username.</source>
        <translation>--email precisa de um endereço de e-mail (nome@example.com); para um nome de usuário, use --username.</translation>
    </message>
    <message>
        <source>a password or token is never taken as an argument, where others could see it: type it when asked, or pipe it in with --password-stdin (a personal access token: --with-token).</source>
        <translation>uma senha ou um token nunca é aceito como argumento, onde outras pessoas poderiam vê-lo: digite-o quando for pedido, ou envie-o por um pipe com --password-stdin (um token de acesso pessoal: --with-token).</translation>
    </message>
    <message>
        <source>Usage: liftoff login --server &lt;url&gt; (--username &lt;name&gt; | --email &lt;address&gt; | --sso &lt;service&gt; | --with-token) [options]</source>
        <translation>Uso: liftoff login --server &lt;url&gt; (--username &lt;nome&gt; | --email &lt;endereço&gt; | --sso &lt;serviço&gt; | --with-token) [opções]</translation>
    </message>
    <message>
        <source>Signs in to a Rocket.Chat server, checking the server while you type the password, and keeps the session in the system keychain for liftoff resume, status, token and logout (and the window). The password is never taken as an argument: it is asked for on the terminal without echo, or read from standard input with --password-stdin. On a terminal, a two-factor code is asked for when the server wants one; otherwise pass it with --totp-code. With --sso the sign-in happens in your web browser (the BROWSER environment variable, else the system&apos;s default browser); if none can be opened, the address to open is printed. The browser hands the sign-in back to this command through a rocketchat:// link. With --with-token a personal access token signs in instead (as gh auth login --with-token): piped in (echo &quot;$TOKEN&quot; | liftoff login --server &lt;url&gt; --with-token) or typed without echo; it is kept like a session, never expires here, and liftoff logout forgets it on this computer without deleting it on the server.</source>
        <translation>Faz o seu login em um servidor Rocket.Chat, verificando o servidor enquanto você digita a senha, e mantém a sessão no chaveiro do sistema para liftoff resume, status, token e logout (e a janela). A senha nunca é aceita como argumento: ela é pedida no terminal sem eco, ou lida da entrada padrão com --password-stdin. Em um terminal, um código de dois fatores é pedido quando o servidor quiser um; caso contrário, informe-o com --totp-code. Com --sso, o login acontece no seu navegador (o da variável de ambiente BROWSER, senão o navegador padrão do sistema); se nenhum puder ser aberto, o endereço a abrir é mostrado. O navegador devolve o login a este comando por um link rocketchat://. Com --with-token, o login é feito com um token de acesso pessoal (como em gh auth login --with-token): enviado por um pipe (echo &quot;$TOKEN&quot; | liftoff login --server &lt;url&gt; --with-token) ou digitado sem eco; ele é mantido como uma sessão, nunca expira aqui, e liftoff logout o esquece neste computador sem apagá-lo no servidor.</translation>
    </message>
    <message>
        <source>credentials or personal access token rejected, or the account may not sign in (deactivated, app user, no roles, e-mail not verified)</source>
        <translation>credenciais ou token de acesso pessoal recusados, ou a conta não pode entrar (desativada, usuário de aplicativo, sem funções, e-mail não verificado)</translation>
    </message>
    <message>
        <source>Personal access token for %1: </source>
        <translation>Token de acesso pessoal de %1: </translation>
    </message>
    <message>
        <source>no personal access token was given.</source>
        <translation>nenhum token de acesso pessoal foi informado.</translation>
    </message>
    <message>
        <source>standard input ended before a personal access token (--with-token reads its first line).</source>
        <translation>a entrada padrão terminou antes de um token de acesso pessoal (--with-token lê a primeira linha dela).</translation>
    </message>
    <message>
        <source>the server did not accept this personal access token: check that it was copied whole and has not been revoked.</source>
        <translation>o servidor não aceitou este token de acesso pessoal: verifique se ele foi copiado por inteiro e se não foi revogado.</translation>
    </message>
    <message>
        <source>Sign in to a Rocket.Chat server with a username or e-mail address and password, single sign-on, or a personal access token.</source>
        <translation>Entrar em um servidor Rocket.Chat com nome de usuário ou endereço de e-mail e senha, login único ou um token de acesso pessoal.</translation>
    </message>
</context>
<context>
    <name>LoginService</name>
    <message>
        <source>SAML single sign-on</source>
        <translation>Login único SAML</translation>
    </message>
    <message>
        <source>CAS single sign-on</source>
        <translation>Login único CAS</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <extracomment>%1 is the name of an identity provider or a button&apos;s own text, e.g. &quot;GitHub&quot;.</extracomment>
        <translation>Entrar com %1</translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <source>The server did not answer in time, so the session of %1 may still be valid there until it expires; it is no longer stored on this computer.</source>
        <translation>O servidor não respondeu a tempo, então a sessão de %1 talvez ainda seja válida lá até expirar; ela não está mais salva neste computador.</translation>
    </message>
    <message>
        <source>Sign out of every stored account.</source>
        <translation>Sair de todas as contas salvas.</translation>
    </message>
    <message>
        <source>signed out (also when the server could not be told: see stderr), or --all and there was nothing to sign out of</source>
        <translation>sessão encerrada (também quando o servidor não pôde ser avisado: veja o stderr), ou --all e não havia nenhuma sessão para encerrar</translation>
    </message>
    <message>
        <source>anything else</source>
        <translation>qualquer outra coisa</translation>
    </message>
    <message>
        <source>usage: a wrong or unknown option</source>
        <translation>erro de uso: uma opção errada ou desconhecida</translation>
    </message>
    <message>
        <source>system keychain unavailable or locked: nothing was removed, try again once it works</source>
        <translation>chaveiro do sistema indisponível ou bloqueado: nada foi removido; tente novamente quando ele funcionar</translation>
    </message>
    <message>
        <source>--all signs out of every account: leave out --server and --username.</source>
        <translation>--all encerra a sessão de todas as contas: deixe de fora --server e --username.</translation>
    </message>
    <message>
        <source>liftoff logout: no stored session; nothing to sign out of.</source>
        <translation>liftoff logout: nenhuma sessão salva; nada para encerrar.</translation>
    </message>
    <message>
        <source>The session of %1 had already ended (%2); it is forgotten.</source>
        <translation>A sessão de %1 já tinha terminado (%2); ela foi esquecida.</translation>
    </message>
    <message>
        <source>%1: the server could not be told, so the session may still be valid there until it expires. It is no longer stored on this computer.</source>
        <translation>%1: o servidor não pôde ser avisado, então a sessão talvez ainda seja válida lá até expirar. Ela não está mais salva neste computador.</translation>
    </message>
    <message>
        <source>The keychain held no session for %1; it is forgotten.</source>
        <translation>O chaveiro não tinha nenhuma sessão para %1; ela foi esquecida.</translation>
    </message>
    <message>
        <source>%1 is still signed in: %2</source>
        <translation>%1 ainda está com a sessão iniciada: %2</translation>
    </message>
    <message>
        <source>signed out of %1 on the server, but: %2</source>
        <translation>sessão de %1 encerrada no servidor, mas: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>could not update %1.</source>
        <translation>não foi possível atualizar %1.</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Sessão de %1 encerrada.</translation>
    </message>
    <message>
        <source>Sign out every OTHER session of the account on the server instead (other devices and browsers), and make its personal access tokens stop working; this session stays signed in and stored. Asks first on a terminal.</source>
        <translation>Em vez disso, encerrar todas as OUTRAS sessões da conta no servidor (outros dispositivos e navegadores) e fazer os tokens de acesso pessoal dela pararem de funcionar; esta sessão continua iniciada e salva. Em um terminal, pergunta antes.</translation>
    </message>
    <message>
        <source>With --others: do not ask (needed without a terminal).</source>
        <translation>Com --others: não perguntar (necessário sem um terminal).</translation>
    </message>
    <message>
        <source>Usage: liftoff logout [--server &lt;url&gt;] [--username &lt;name&gt; | --all | --others [--yes]] [options]</source>
        <translation>Uso: liftoff logout [--server &lt;url&gt;] [--username &lt;nome&gt; | --all | --others [--yes]] [opções]</translation>
    </message>
    <message>
        <source>Signs out of a stored session, as Sign out in the window does: the server is told to forget the session, then its token is removed from the system keychain and the account from the list. Without options, the account used last; --server and --username pick another, --all takes every one. When the server cannot be reached, the session is forgotten on this computer all the same and stderr says that it may still be valid on the server until it expires: the exit code is 0, since nothing is stored any more. An account signed in with a personal access token is only forgotten on this computer: the server is not told, since that would delete the token for every script that uses it; it works until you revoke it in Rocket.Chat (My Account → Personal Access Tokens). --others keeps this session and ends every other one of the account on the server (not offered for a personal access token).</source>
        <translation>Encerra uma sessão salva, como “Sair” na janela: o servidor é avisado para esquecer a sessão, depois o token dela é removido do chaveiro do sistema e a conta, da lista. Sem opções, a última conta usada; --server e --username escolhem outra, --all pega todas. Quando o servidor não pode ser acessado, a sessão é esquecida neste computador mesmo assim e o stderr avisa que ela talvez ainda seja válida no servidor até expirar: o código de saída é 0, já que nada mais está salvo. Uma conta que entrou com um token de acesso pessoal só é esquecida neste computador: o servidor não é avisado, já que isso apagaria o token para todos os scripts que o usam; ele funciona até você revogá-lo no Rocket.Chat (Minha conta → Tokens de acesso pessoal). --others mantém esta sessão e encerra todas as outras da conta no servidor (não disponível para um token de acesso pessoal).</translation>
    </message>
    <message>
        <source>no stored session matches (--others: or the session is no longer accepted, or it is a personal access token)</source>
        <translation>nenhuma sessão salva corresponde (--others: ou a sessão não é mais aceita, ou é um token de acesso pessoal)</translation>
    </message>
    <message>
        <source>--others: the server could not be reached</source>
        <translation>--others: não foi possível acessar o servidor</translation>
    </message>
    <message>
        <source>give --all or --others, not both.</source>
        <translation>informe --all ou --others, não os dois.</translation>
    </message>
    <message>
        <source>--yes goes with --others.</source>
        <translation>--yes só vale com --others.</translation>
    </message>
    <message>
        <source>--others asks before it signs out the other sessions, and there is no terminal to ask on: add --yes.</source>
        <translation>--others pergunta antes de encerrar as outras sessões, e não há terminal para perguntar: adicione --yes.</translation>
    </message>
    <message>
        <source>The personal access token still works until you revoke it in Rocket.Chat (My Account → Personal Access Tokens); it is no longer stored on this computer.</source>
        <translation>O token de acesso pessoal continua funcionando até você revogá-lo no Rocket.Chat (Minha conta → Tokens de acesso pessoal); ele não está mais salvo neste computador.</translation>
    </message>
    <message>
        <source>%1 is signed in with a personal access token; signing out the other sessions would delete that token too. Sign in with a password (liftoff login) to do it.</source>
        <translation>%1 entrou com um token de acesso pessoal; encerrar as outras sessões também apagaria esse token. Entre com uma senha (liftoff login) para fazer isso.</translation>
    </message>
    <message>
        <source>y</source>
        <comment>the answer yes to a [y/N] question</comment>
        <translation>s</translation>
    </message>
    <message>
        <source>Nothing was signed out.</source>
        <translation>Nenhuma sessão foi encerrada.</translation>
    </message>
    <message>
        <source>Sign out all other sessions of %1? Other devices and browsers are signed out, and personal access tokens stop working. This session stays signed in.</source>
        <translation>Encerrar todas as outras sessões de %1? Outros dispositivos e navegadores serão desconectados, e os tokens de acesso pessoal vão parar de funcionar. Esta sessão continua iniciada.</translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>Continuar? [s/N] </translation>
    </message>
    <message>
        <source>Signed out every other session of %1; this one is still signed in.</source>
        <translation>Todas as outras sessões de %1 foram encerradas; esta continua iniciada.</translation>
    </message>
    <message>
        <source>the other sessions of %1 were not signed out: %2</source>
        <translation>as outras sessões de %1 não foram encerradas: %2</translation>
    </message>
    <message>
        <source>the server did not answer in time; the other sessions of %1 may not be signed out.</source>
        <translation>o servidor não respondeu a tempo; as outras sessões de %1 talvez não tenham sido encerradas.</translation>
    </message>
    <message>
        <source>Sign out on the server and forget the stored session (--all: every one; --others: every other session of the account).</source>
        <translation>Sair no servidor e esquecer a sessão salva (--all: todas; --others: todas as outras sessões da conta).</translation>
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
        <translation>Entrar a partir de um link?</translation>
    </message>
    <message>
        <source>&amp;Ignore the link</source>
        <translation>&amp;Ignorar o link</translation>
    </message>
    <message>
        <source>Sign-in link ignored</source>
        <translation>Link de login ignorado</translation>
    </message>
    <message>
        <source>A link asks Liftoff to sign you in to %1 as %2 (@%3, user id %4). Sign in only if you just asked for this, for example in your browser; a link from someone else could sign you in to their account.</source>
        <comment>%1 is a server address, %2 a person&apos;s name, %3 a user name, %4 a user id</comment>
        <translation>Um link pede ao Liftoff que faça seu login em %1 como %2 (@%3, ID de usuário %4). Faça login apenas se você acabou de pedir isso, por exemplo no navegador; um link de outra pessoa poderia fazer seu login na conta dela.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>accepts a sign-in link; no &amp; in it: no single key may accept</comment>
        <translation>Fazer login</translation>
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
        <translation>Tentativa anterior</translation>
    </message>
    <message>
        <source>Sign in with &amp;another account</source>
        <translation>Entrar com &amp;outra conta</translation>
    </message>
    <message>
        <source>Sign in with another account</source>
        <translation>Entrar com outra conta</translation>
    </message>
    <message>
        <source>Stop waiting for this server; this account stays saved and you can switch back to it later</source>
        <translation>Parar de esperar por este servidor; esta conta continua salva e você pode voltar para ela depois</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Tentar agora</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Tentar agora</translation>
    </message>
    <message>
        <source>Try to reach the server now instead of waiting (Enter)</source>
        <translation>Tentar acessar o servidor agora em vez de esperar (Enter)</translation>
    </message>
    <message>
        <source>Liftoff cannot reach %1 to sign you in as %2. Your session is kept on this computer: you are signed in as soon as the server answers.</source>
        <comment>%1 is a server address, %2 an account</comment>
        <translation>O Liftoff não consegue acessar %1 para você entrar como %2. Sua sessão está guardada neste computador: você entra assim que o servidor responder.</translation>
    </message>
    <message>
        <source>Liftoff cannot reach %1. Your session is kept on this computer: you are signed in as soon as the server answers.</source>
        <comment>%1 is a server address</comment>
        <translation>O Liftoff não consegue acessar %1. Sua sessão está guardada neste computador: você entra assim que o servidor responder.</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <comment>a live countdown to the next try</comment>
        <translation>
            <numerusform>Nova tentativa em %n segundo.</numerusform>
            <numerusform>Nova tentativa em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying again now…</source>
        <translation>Tentando novamente agora…</translation>
    </message>
    <message>
        <source>Trying again</source>
        <comment>a busy bar while the server is tried again</comment>
        <translation>Tentando novamente</translation>
    </message>
</context>
<context>
    <name>OpenCommand</name>
    <message>
        <source>Hand a sign-in link (rocketchat://auth?…) to the running Liftoff, or open the window with it.</source>
        <translation>Passar um link de login (rocketchat://auth?…) para o Liftoff em execução, ou abrir a janela com ele.</translation>
    </message>
    <message>
        <source>url</source>
        <comment>placeholder in the usage line: liftoff open &lt;url&gt;</comment>
        <translation>url</translation>
    </message>
    <message>
        <source>The link, rocketchat://auth?…</source>
        <translation>O link, rocketchat://auth?…</translation>
    </message>
    <message>
        <source>Usage: liftoff open &lt;url&gt;</source>
        <translation>Uso: liftoff open &lt;url&gt;</translation>
    </message>
    <message>
        <source>Hands a sign-in link to the Liftoff that is running (the window, or liftoff login --sso), as the operating system does when a browser opens a rocketchat:// link. With none running, opens the window, which handles the link. A link Liftoff did not ask for is refused there.</source>
        <translation>Passa um link de login para o Liftoff em execução (a janela, ou liftoff login --sso), como o sistema operacional faz quando um navegador abre um link rocketchat://. Se nenhum estiver em execução, abre a janela, que trata o link. Um link que o Liftoff não pediu é recusado ali.</translation>
    </message>
    <message>
        <source>handed over (or handled by the window)</source>
        <translation>entregue (ou tratado pela janela)</translation>
    </message>
    <message>
        <source>usage: not one link, or not a rocketchat:// link</source>
        <translation>erro de uso: não é exatamente um link, ou não é um link rocketchat://</translation>
    </message>
    <message>
        <source>give one link, rocketchat://auth?… or https://go.rocket.chat/auth?…</source>
        <translation>informe um único link, rocketchat://auth?… ou https://go.rocket.chat/auth?…</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Show password</source>
        <comment>a toggle button next to the password field</comment>
        <translation>Mostrar senha</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Ocultar a senha</translation>
    </message>
    <message>
        <source>Show the password as you type it</source>
        <translation>Mostrar a senha enquanto você digita</translation>
    </message>
</context>
<context>
    <name>ResumeCommand</name>
    <message>
        <source>Sign in again with the session stored by login, without a password.</source>
        <translation>Entrar novamente com a sessão salva pelo login, sem senha.</translation>
    </message>
    <message>
        <source>On success print one JSON object (server, userId, username, type, tokenExpires) instead of a sentence. The token itself is never printed.</source>
        <translation>Em caso de sucesso, imprimir um objeto JSON (server, userId, username, type, tokenExpires) em vez de uma frase. O token em si nunca é impresso.</translation>
    </message>
    <message>
        <source>Usage: liftoff resume [--server &lt;url&gt;] [--username &lt;name&gt;] [options]</source>
        <translation>Uso: liftoff resume [--server &lt;url&gt;] [--username &lt;nome&gt;] [opções]</translation>
    </message>
    <message>
        <source>Signs in again with the session that &quot;liftoff login&quot; stored in the system keychain, without a password: the account given by --server and --username, or else the one used last. A session that expired or that the server no longer accepts is forgotten; one whose server cannot be reached is kept.</source>
        <translation>Entra novamente com a sessão que o “liftoff login” salvou no chaveiro do sistema, sem senha: a conta indicada por --server e --username, ou então a última usada. Uma sessão expirada ou que o servidor não aceita mais é esquecida; uma cujo servidor não pode ser acessado é mantida.</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>sessão iniciada</translation>
    </message>
    <message>
        <source>anything else (e.g. an unexpected server error)</source>
        <translation>qualquer outra coisa (p. ex. um erro inesperado do servidor)</translation>
    </message>
    <message>
        <source>usage: a wrong or unknown option</source>
        <translation>erro de uso: uma opção errada ou desconhecida</translation>
    </message>
    <message>
        <source>no stored session (or its token is not in the keychain), or it expired, or the server no longer accepts it: sign in with liftoff login</source>
        <translation>nenhuma sessão salva (ou o token dela não está no chaveiro), ou ela expirou, ou o servidor não a aceita mais: entre com liftoff login</translation>
    </message>
    <message>
        <source>system keychain unavailable or locked</source>
        <translation>chaveiro do sistema indisponível ou bloqueado</translation>
    </message>
    <message>
        <source>The session of %1 is kept: try again later.</source>
        <translation>A sessão de %1 foi mantida: tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate although the system does not, if its SHA-256 fingerprint is this one (64 hexadecimal digits, colons optional). It is remembered for the server, as the window&apos;s &quot;Trust this certificate&quot;.</source>
        <translation>Confiar no certificado do servidor mesmo que o sistema não confie nele, se a impressão digital SHA-256 dele for esta (64 dígitos hexadecimais, dois-pontos opcionais). Essa confiança é lembrada para o servidor, como com “Confiar neste certificado” na janela.</translation>
    </message>
    <message>
        <source>server unreachable, not Rocket.Chat, TLS problem (such as a certificate that is not trusted: stderr gives its fingerprint for --trust-fingerprint) or time-out; the session is kept</source>
        <translation>servidor inacessível, não é Rocket.Chat, problema de TLS (como um certificado que não é confiável: o stderr informa a impressão digital dele para --trust-fingerprint) ou tempo esgotado; a sessão é mantida</translation>
    </message>
    <message>
        <source>The session of %1 is kept.</source>
        <translation>A sessão de %1 foi mantida.</translation>
    </message>
</context>
<context>
    <name>ResumingPage</name>
    <message>
        <source>Signing in</source>
        <translation>Entrando</translation>
    </message>
    <message>
        <source>Signing in with a saved session</source>
        <comment>the name of a page</comment>
        <translation>Entrando com uma sessão salva</translation>
    </message>
    <message>
        <source>Signing in with the saved session</source>
        <translation>Entrando com a sessão salva</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel signing in with the saved session</source>
        <translation>Cancelar a entrada com a sessão salva</translation>
    </message>
    <message>
        <source>Stop and go to the sign-in page; the account stays saved (Esc)</source>
        <translation>Parar e ir para a página de login; a conta continua salva (Esc)</translation>
    </message>
    <message>
        <source>Signing in to %1 as %2 with the session saved on this computer…</source>
        <comment>%1 is a server address, %2 an account</comment>
        <translation>Entrando em %1 como %2 com a sessão salva neste computador…</translation>
    </message>
    <message>
        <source>Signing in to %1 with the session saved on this computer…</source>
        <comment>%1 is a server address</comment>
        <translation>Entrando em %1 com a sessão salva neste computador…</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Enter the address of your Rocket.Chat server, for example chat.example.com.</source>
        <translation>Digite o endereço do seu servidor Rocket.Chat, por exemplo chat.example.com.</translation>
    </message>
    <message>
        <source>A server address cannot contain spaces. Check the address and enter it again without spaces.</source>
        <translation>Um endereço de servidor não pode conter espaços. Verifique o endereço e digite-o novamente sem espaços.</translation>
    </message>
    <message>
        <source>Addresses starting with “%1:” cannot be used to sign in. Enter the server address with https://, for example https://chat.example.com.</source>
        <extracomment>%1 is the scheme the user typed, such as &quot;ftp&quot; or &quot;mailto&quot;.</extracomment>
        <translation>Endereços que começam com “%1:” não servem para entrar. Digite o endereço do servidor com https://, por exemplo https://chat.example.com.</translation>
    </message>
    <message>
        <source>This is not a valid web address. Enter the server address as it appears in your browser, for example https://chat.example.com.</source>
        <translation>Este não é um endereço da web válido. Digite o endereço do servidor como ele aparece no seu navegador, por exemplo https://chat.example.com.</translation>
    </message>
    <message>
        <source>The address has no server name. Enter the full address, for example https://chat.example.com.</source>
        <translation>O endereço não tem nome de servidor. Digite o endereço completo, por exemplo https://chat.example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a valid server name. Check the address for typing mistakes.</source>
        <extracomment>%1 is the server name the user typed.</extracomment>
        <translation>“%1” não é um nome de servidor válido. Verifique se há erros de digitação no endereço.</translation>
    </message>
    <message>
        <source>“%1” is not a valid port number. Use a number from 1 to 65535, or leave the port out to use the standard one.</source>
        <extracomment>%1 is what the user typed after the colon in the server address.</extracomment>
        <translation>“%1” não é um número de porta válido. Use um número de 1 a 65535, ou omita a porta para usar a padrão.</translation>
    </message>
    <message>
        <source>The server %1 does not use an encrypted connection, so your password could be read by others on the network. Use an https:// address, or allow an unencrypted connection if you trust this network.</source>
        <extracomment>%1 is the server&apos;s host name.</extracomment>
        <translation>O servidor %1 não usa uma conexão criptografada, então outras pessoas na rede poderiam ler sua senha. Use um endereço https://, ou permita uma conexão não criptografada se você confia nesta rede.</translation>
    </message>
    <message>
        <source>The server address contains a username or password. Remove everything up to and including the “@”; you sign in on the next screen.</source>
        <translation>O endereço do servidor contém um nome de usuário ou uma senha. Remova tudo até o “@”, inclusive; você entra na próxima tela.</translation>
    </message>
</context>
<context>
    <name>ServerCheck</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>nenhuma resposta em %n segundo</numerusform>
            <numerusform>nenhuma resposta em %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>o servidor respondeu HTTP %1</translation>
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
        <translation>Outras formas de entrar</translation>
    </message>
    <message>
        <source>Or sign in with your browser:</source>
        <translation>Ou entre pelo seu navegador:</translation>
    </message>
    <message>
        <source>Opens your web browser to sign in with %1</source>
        <translation>Abre o seu navegador para entrar com %1</translation>
    </message>
</context>
<context>
    <name>SessionResume</name>
    <message>
        <source>the account is no longer stored</source>
        <translation>a conta não está mais salva</translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>unexpected answer to the sign-in</source>
        <translation>resposta inesperada ao login</translation>
    </message>
    <message>
        <source>You are signed out on this computer, but the server could not be reached, so your session may still be valid on the server until it expires. Signing out of all sessions in Rocket.Chat&apos;s web app ends it sooner.</source>
        <translation>Você saiu neste computador, mas não foi possível acessar o servidor, então sua sessão talvez ainda seja válida no servidor até expirar. Sair de todas as sessões no aplicativo web do Rocket.Chat a encerra antes.</translation>
    </message>
    <message>
        <source>Liftoff waited too long for the two-factor code, so it forgot your sign-in details for your security. Sign in again to continue.</source>
        <translation>O Liftoff esperou demais pelo código de dois fatores e, por segurança, esqueceu seus dados de login. Faça login novamente para continuar.</translation>
    </message>
    <message>
        <source>You are signed out on this computer. Your personal access token still works until you revoke it in Rocket.Chat (My Account → Personal Access Tokens).</source>
        <translation>Você saiu neste computador. Seu token de acesso pessoal continua funcionando até você revogá-lo no Rocket.Chat (Minha conta → Tokens de acesso pessoal).</translation>
    </message>
</context>
<context>
    <name>SignInError</name>
    <message>
        <source>Enter the address of your Rocket.Chat server, for example chat.example.com.</source>
        <translation>Digite o endereço do seu servidor Rocket.Chat, por exemplo chat.example.com.</translation>
    </message>
    <message>
        <source>Could not reach the server (%1). Check the address and your network connection, then try again.</source>
        <translation>Não foi possível acessar o servidor (%1). Verifique o endereço e sua conexão de rede e tente novamente.</translation>
    </message>
    <message>
        <source>Could not reach the server. Check the address and your network connection, then try again.</source>
        <translation>Não foi possível acessar o servidor. Verifique o endereço e sua conexão de rede e tente novamente.</translation>
    </message>
    <message>
        <source>The server answered, but it is not a Rocket.Chat server. Check the address: it is the one you open in a browser to use Rocket.Chat.</source>
        <translation>O servidor respondeu, mas não é um servidor Rocket.Chat. Verifique o endereço: é o que você abre em um navegador para usar o Rocket.Chat.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted (%1), so Liftoff did not connect. Check the address, or ask the server&apos;s administrator to fix the certificate.</source>
        <translation>O certificado de segurança do servidor não é confiável (%1), então o Liftoff não se conectou. Verifique o endereço, ou peça ao administrador do servidor para corrigir o certificado.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted, so Liftoff did not connect. Check the address, or ask the server&apos;s administrator to fix the certificate.</source>
        <translation>O certificado de segurança do servidor não é confiável, então o Liftoff não se conectou. Verifique o endereço, ou peça ao administrador do servidor para corrigir o certificado.</translation>
    </message>
    <message>
        <source>This server runs Rocket.Chat %1, which is too old for Liftoff (it needs %2 or newer). Ask the server&apos;s administrator to update it.</source>
        <translation>Este servidor executa o Rocket.Chat %1, que é antigo demais para o Liftoff (ele precisa do %2 ou mais recente). Peça ao administrador do servidor para atualizá-lo.</translation>
    </message>
    <message>
        <source>(unknown version)</source>
        <translation>(versão desconhecida)</translation>
    </message>
    <message>
        <source>The server speaks a version of the realtime protocol that Liftoff does not support (%1). Ask the server&apos;s administrator which apps it supports.</source>
        <translation>O servidor usa uma versão do protocolo em tempo real que o Liftoff não suporta (%1). Pergunte ao administrador do servidor quais aplicativos ele suporta.</translation>
    </message>
    <message>
        <source>This account is deactivated or still waiting for an administrator&apos;s approval. Ask the server&apos;s administrator to activate it.</source>
        <translation>Esta conta está desativada ou ainda aguarda a aprovação de um administrador. Peça ao administrador do servidor para ativá-la.</translation>
    </message>
    <message>
        <source>This account belongs to an app and cannot be used to sign in. Sign in with a personal account.</source>
        <translation>Esta conta pertence a um aplicativo e não pode ser usada para entrar. Entre com uma conta pessoal.</translation>
    </message>
    <message>
        <source>This account has no roles on the server, so it may not sign in. Ask the server&apos;s administrator to give it a role.</source>
        <translation>Esta conta não tem funções no servidor, então não pode entrar. Peça ao administrador do servidor para atribuir uma função a ela.</translation>
    </message>
    <message>
        <source>The e-mail address of this account is not verified yet. Open the link in the verification e-mail the server sent you, then sign in again.</source>
        <translation>O endereço de e-mail desta conta ainda não foi verificado. Abra o link do e-mail de verificação que o servidor enviou para você e entre novamente.</translation>
    </message>
    <message>
        <source>This account needs a two-factor authentication code. Sign in again and enter the code from your authenticator app or e-mail.</source>
        <translation>Esta conta precisa de um código de autenticação de dois fatores. Entre novamente e digite o código do seu aplicativo autenticador ou do e-mail.</translation>
    </message>
    <message>
        <source>That code is not correct or has expired. Enter the current code and try again.</source>
        <translation>Esse código está errado ou expirou. Digite o código atual e tente novamente.</translation>
    </message>
    <message>
        <source>Too many wrong two-factor codes. Sign in again from the start to get a new code.</source>
        <translation>Muitos códigos de dois fatores errados. Comece o login de novo desde o início para receber um novo código.</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Muitas tentativas de login. Aguarde %n segundo e tente novamente.</numerusform>
            <numerusform>Muitas tentativas de login. Aguarde %n segundos e tente novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a moment, then try again.</source>
        <translation>Muitas tentativas de login. Aguarde um momento e tente novamente.</translation>
    </message>
    <message>
        <source>Sign-in to this account is blocked for a while after too many failed attempts. Wait a few minutes and try again, or ask the server&apos;s administrator.</source>
        <translation>O login nesta conta está bloqueado por um tempo depois de muitas tentativas malsucedidas. Aguarde alguns minutos e tente novamente, ou fale com o administrador do servidor.</translation>
    </message>
    <message>
        <source>Sign-in from your network address is blocked for a while after too many failed attempts. Wait a few minutes and try again, or ask the server&apos;s administrator.</source>
        <translation>O login a partir do seu endereço de rede está bloqueado por um tempo depois de muitas tentativas malsucedidas. Aguarde alguns minutos e tente novamente, ou fale com o administrador do servidor.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection and try again.</source>
        <translation>O servidor não respondeu a tempo. Verifique sua conexão de rede e tente novamente.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before it answered. Try again once the connection is back.</source>
        <translation>A conexão com o servidor caiu antes da resposta. Tente novamente quando a conexão voltar.</translation>
    </message>
    <message>
        <source>Your saved session has expired, so Liftoff did not use it. Sign in again to continue.</source>
        <translation>Sua sessão salva expirou, então o Liftoff não a usou. Entre novamente para continuar.</translation>
    </message>
    <message>
        <source>The server no longer accepts your saved session (&quot;%1&quot;): it was signed out elsewhere, or it expired. Sign in again to continue.</source>
        <translation>O servidor não aceita mais sua sessão salva (“%1”): ela foi encerrada em outro lugar ou expirou. Entre novamente para continuar.</translation>
    </message>
    <message>
        <source>The server no longer accepts your saved session: it was signed out elsewhere, or it expired. Sign in again to continue.</source>
        <translation>O servidor não aceita mais sua sessão salva: ela foi encerrada em outro lugar ou expirou. Entre novamente para continuar.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Login cancelado.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1), so Liftoff cannot store your sign-in. Unlock or set up the keychain and try again.</source>
        <translation>O chaveiro do sistema não está disponível (%1), então o Liftoff não pode salvar o seu login. Desbloqueie ou configure o chaveiro e tente novamente.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so Liftoff cannot store your sign-in. Unlock or set up the keychain and try again.</source>
        <translation>O chaveiro do sistema não está disponível, então o Liftoff não pode salvar o seu login. Desbloqueie ou configure o chaveiro e tente novamente.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: &quot;%1&quot;. Try again; if it keeps happening, contact the server&apos;s administrator.</source>
        <translation>O servidor recusou o login: “%1”. Tente novamente; se continuar acontecendo, fale com o administrador do servidor.</translation>
    </message>
    <message>
        <source>The server refused the sign-in without saying why. Try again; if it keeps happening, contact the server&apos;s administrator.</source>
        <translation>O servidor recusou o login sem dizer por quê. Tente novamente; se continuar acontecendo, fale com o administrador do servidor.</translation>
    </message>
    <message>
        <source>WARNING: the server&apos;s security certificate has CHANGED since you trusted it, so Liftoff did not connect. Someone may be intercepting your connection: trust the new certificate only if the server&apos;s administrator confirms they replaced it.</source>
        <translation>ATENÇÃO: o certificado de segurança do servidor MUDOU desde que você confiou nele, então o Liftoff não se conectou. Alguém pode estar interceptando sua conexão: confie no novo certificado somente se o administrador do servidor confirmar que o substituiu.</translation>
    </message>
    <message>
        <source>The server stopped answering: it did not reply to a ping in time, so Liftoff closed the connection. Check your network connection and try again.</source>
        <translation>O servidor parou de responder: ele não respondeu a um ping a tempo, então o Liftoff fechou a conexão. Verifique sua conexão de rede e tente novamente.</translation>
    </message>
    <message>
        <source>The server sent a message larger than Liftoff accepts, so Liftoff closed the connection. Try again; if it keeps happening, contact the server&apos;s administrator.</source>
        <translation>O servidor enviou uma mensagem maior do que o Liftoff aceita, então o Liftoff fechou a conexão. Tente novamente; se continuar acontecendo, entre em contato com o administrador do servidor.</translation>
    </message>
    <message>
        <source>Liftoff received a sign-in link it cannot use: %1</source>
        <translation>O Liftoff recebeu um link de login que não pode usar: %1</translation>
    </message>
    <message>
        <source>Liftoff received a sign-in link it cannot use. Start the sign-in again from Liftoff.</source>
        <translation>O Liftoff recebeu um link de login que não pode usar. Comece o login de novo pelo Liftoff.</translation>
    </message>
    <message>
        <source>Liftoff ignored a sign-in link because it did not start that sign-in (for example, someone sent you the link). If you want to sign in, start from Liftoff.</source>
        <translation>O Liftoff ignorou um link de login porque não foi ele que começou esse login (por exemplo, alguém enviou o link para você). Se você quiser entrar, comece pelo Liftoff.</translation>
    </message>
    <message>
        <source>Liftoff ignored a sign-in link because it is for a different server (%1) than the one you are signing in to. Check the server address and start again.</source>
        <translation>O Liftoff ignorou um link de login porque ele é para um servidor diferente (%1) daquele em que você está entrando. Verifique o endereço do servidor e comece de novo.</translation>
    </message>
    <message>
        <source>Liftoff is no longer waiting for this sign-in: it was cancelled, or it took too long in the browser. Start the sign-in again.</source>
        <translation>O Liftoff não está mais esperando este login: ele foi cancelado ou demorou demais no navegador. Comece o login de novo.</translation>
    </message>
    <message>
        <source>The identity provider did not sign you in (&quot;%1&quot;). Start again, and allow Liftoff&apos;s sign-in in the browser.</source>
        <translation>O provedor de identidade não fez o seu login (“%1”). Comece de novo e permita o login do Liftoff no navegador.</translation>
    </message>
    <message>
        <source>The identity provider did not sign you in. Start again, and allow Liftoff&apos;s sign-in in the browser.</source>
        <translation>O provedor de identidade não fez o seu login. Comece de novo e permita o login do Liftoff no navegador.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in from the browser: it took too long, or your account cannot sign in to this server. Start again; if it keeps happening, contact the server&apos;s administrator.</source>
        <translation>O servidor não aceitou o login pelo navegador: demorou demais, ou a sua conta não pode entrar neste servidor. Comece de novo; se continuar acontecendo, entre em contato com o administrador do servidor.</translation>
    </message>
    <message>
        <source>The server moved to %1. Liftoff did not follow it there: if that is the address you expect, type it as the server address and try again.</source>
        <translation>O servidor mudou para %1. O Liftoff não o seguiu: se esse for o endereço esperado, digite-o como endereço do servidor e tente de novo.</translation>
    </message>
    <message>
        <source>The server moved to another address. Liftoff did not follow it there: check the address with the server&apos;s administrator.</source>
        <translation>O servidor mudou para outro endereço. O Liftoff não o seguiu: confirme o endereço com o administrador do servidor.</translation>
    </message>
    <message>
        <source>The username, e-mail address or password is not correct. Check them and try again.</source>
        <translation>O nome de usuário, o endereço de e-mail ou a senha não está correto. Verifique e tente novamente.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to Rocket.Chat</source>
        <translation>Entrar no Rocket.Chat</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>the name of the sign-in page</comment>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Use the account you have on your organization&apos;s Rocket.Chat server.</source>
        <translation>Use a conta que você tem no servidor Rocket.Chat da sua organização.</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>chat.example.com</source>
        <comment>placeholder: an example server address</comment>
        <translation>chat.example.com</translation>
    </message>
    <message>
        <source>The address you open Rocket.Chat at in a web browser. Press Down to pick a server you signed in to before.</source>
        <translation>O endereço em que você abre o Rocket.Chat em um navegador. Pressione Seta para baixo para escolher um servidor em que você já entrou.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Recent servers</source>
        <translation>Servidores recentes</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>Status do servidor</translation>
    </message>
    <message>
        <source>Allow an unen&amp;crypted connection to this server</source>
        <translation>Permitir uma conexão não &amp;criptografada com este servidor</translation>
    </message>
    <message>
        <source>Allow an unencrypted connection</source>
        <translation>Permitir uma conexão não criptografada</translation>
    </message>
    <message>
        <source>Without encryption, anyone on the network between you and the server can read your password. Only allow this on a network you trust.</source>
        <translation>Sem criptografia, qualquer pessoa na rede entre você e o servidor pode ler sua senha. Só permita isso em uma rede em que você confia.</translation>
    </message>
    <message>
        <source>Username or e-mail address</source>
        <translation>Nome de usuário ou endereço de e-mail</translation>
    </message>
    <message>
        <source>&amp;Username or e-mail address:</source>
        <translation>Nome de &amp;usuário ou endereço de e-mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>S&amp;enha:</translation>
    </message>
    <message>
        <source>Sign in with &amp;LDAP (your directory account)</source>
        <translation>Entrar com &amp;LDAP (sua conta do diretório)</translation>
    </message>
    <message>
        <source>Sign in with LDAP</source>
        <translation>Entrar com LDAP</translation>
    </message>
    <message>
        <source>This server can check your password against your organization&apos;s directory (LDAP). Choose this if that is where your account is.</source>
        <translation>Este servidor pode verificar sua senha no diretório da sua organização (LDAP). Escolha esta opção se a sua conta estiver lá.</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problema no login</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Entrando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>Cancelar o login</translation>
    </message>
    <message>
        <source>Stop waiting for the server (Esc)</source>
        <translation>Parar de esperar pelo servidor (Esc)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Type the address of your Rocket.Chat server, for example chat.example.com.</source>
        <translation>Digite o endereço do seu servidor Rocket.Chat, por exemplo chat.example.com.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Digite sua senha.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <comment>%1 is a server address</comment>
        <translation>Entrando em %1…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <comment>%1 is a server address</comment>
        <translation>Verificando %1…</translation>
    </message>
    <message>
        <source>%1 is a Rocket.Chat server.</source>
        <comment>%1 is a server address</comment>
        <translation>%1 é um servidor Rocket.Chat.</translation>
    </message>
    <message>
        <source>%1 runs Rocket.Chat %2.</source>
        <comment>%1 is a server address, %2 a version number</comment>
        <translation>%1 executa o Rocket.Chat %2.</translation>
    </message>
    <message>
        <source>The connection is not encrypted: others on the network can read what you send.</source>
        <translation>A conexão não é criptografada: outras pessoas na rede podem ler o que você envia.</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts. You can try again in %n second(s).</source>
        <comment>a live countdown</comment>
        <translation>
            <numerusform>Muitas tentativas de login. Você pode tentar novamente em %n segundo.</numerusform>
            <numerusform>Muitas tentativas de login. Você pode tentar novamente em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try to sign in again now.</source>
        <translation>Você já pode tentar entrar novamente.</translation>
    </message>
    <message>
        <source>Use a personal access to&amp;ken instead of a password</source>
        <translation>Usar um to&amp;ken de acesso pessoal em vez de uma senha</translation>
    </message>
    <message>
        <source>Use a personal access token</source>
        <translation>Usar um token de acesso pessoal</translation>
    </message>
    <message>
        <source>A token you made in Rocket.Chat under My Account → Personal Access Tokens. Signing out later forgets it on this computer only.</source>
        <translation>Um token que você criou no Rocket.Chat em Minha conta → Tokens de acesso pessoal. Ao sair depois, ele é esquecido somente neste computador.</translation>
    </message>
    <message>
        <source>Back to the account you left</source>
        <translation>Voltar para a conta que você deixou</translation>
    </message>
    <message>
        <source>Sign in again with the account you left for another one</source>
        <translation>Entrar de novo com a conta que você deixou por outra</translation>
    </message>
    <message>
        <source>Add another account</source>
        <translation>Adicionar outra conta</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <extracomment>%1 is an account, as the account list names it: &quot;Alice Liddell (@alice)&quot;</extracomment>
        <translation>Voltar para %1</translation>
    </message>
    <message>
        <source>Paste your personal access token.</source>
        <translation>Cole seu token de acesso pessoal.</translation>
    </message>
    <message>
        <source>Type your username or e-mail address.</source>
        <translation>Digite seu nome de usuário ou endereço de e-mail.</translation>
    </message>
    <message>
        <source>The server did not accept this personal access token. Check that it was copied whole and has not been revoked.</source>
        <translation>O servidor não aceitou este token de acesso pessoal. Verifique se ele foi copiado por inteiro e se não foi revogado.</translation>
    </message>
    <message>
        <source>Signing out of %1…</source>
        <comment>%1 is a server address</comment>
        <translation>Saindo de %1…</translation>
    </message>
    <message>
        <source>You are signed out: %1 ended your session.</source>
        <comment>%1 is a server address</comment>
        <translation>Você não está mais conectado: %1 encerrou sua sessão.</translation>
    </message>
    <message>
        <source>&amp;Personal access token:</source>
        <translation>Tok&amp;en de acesso pessoal:</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Token de acesso pessoal</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Paste the token</source>
        <comment>placeholder of the personal access token field</comment>
        <translation>Cole o token</translation>
    </message>
</context>
<context>
    <name>SignedInPage</name>
    <message>
        <source>You are signed in</source>
        <translation>Você está com a sessão iniciada</translation>
    </message>
    <message>
        <source>Signed in</source>
        <comment>the name of the page shown once signed in</comment>
        <translation>Sessão iniciada</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nome de exibição</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nome de usuário:</translation>
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
        <translation>A sessão expira</translation>
    </message>
    <message>
        <source>Session expires:</source>
        <translation>A sessão expira:</translation>
    </message>
    <message>
        <source>Session storage problem</source>
        <translation>Problema ao salvar a sessão</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>End this session on the server</source>
        <translation>Encerrar esta sessão no servidor</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <comment>%1 is a server address, %2 a person&apos;s name</comment>
        <translation>Sessão iniciada em %1 como %2.</translation>
    </message>
    <message>
        <source>@%1</source>
        <comment>a Rocket.Chat user name, shown as people mention it</comment>
        <translation>@%1</translation>
    </message>
    <message>
        <source>Not known (the server did not say)</source>
        <translation>Desconhecido (o servidor não informou)</translation>
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
(expirada)</translation>
    </message>
    <message numerus="yes">
        <source>%1
(in %n day(s))</source>
        <comment>%1 is a date and time</comment>
        <translation>
            <numerusform>%1
(em %n dia)</numerusform>
            <numerusform>%1
(em %n dias)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
(in %n hour(s))</source>
        <comment>%1 is a date and time</comment>
        <translation>
            <numerusform>%1
(em %n hora)</numerusform>
            <numerusform>%1
(em %n horas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
(in %n minute(s))</source>
        <comment>%1 is a date and time</comment>
        <translation>
            <numerusform>%1
(em %n minuto)</numerusform>
            <numerusform>%1
(em %n minutos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Retr&amp;y now</source>
        <translation>Tentar &amp;agora</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Tentar agora</translation>
    </message>
    <message>
        <source>Try to reach the server now instead of waiting</source>
        <translation>Tentar acessar o servidor agora em vez de esperar</translation>
    </message>
    <message>
        <source>Other sessions</source>
        <translation>Outras sessões</translation>
    </message>
    <message>
        <source>Sign out all other sess&amp;ions…</source>
        <translation>&amp;Encerrar as outras sessões…</translation>
    </message>
    <message>
        <source>Sign out all other sessions</source>
        <translation>Encerrar todas as outras sessões</translation>
    </message>
    <message>
        <source>End your sessions on other devices and browsers; this one stays signed in</source>
        <translation>Encerrar suas sessões em outros dispositivos e navegadores; esta continua iniciada</translation>
    </message>
    <message>
        <source>Every other session was signed out. This one is still signed in.</source>
        <translation>Todas as outras sessões foram encerradas. Esta continua iniciada.</translation>
    </message>
    <message>
        <source>The other sessions were not signed out: %1</source>
        <translation>As outras sessões não foram encerradas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost — reconnecting in %n second(s).</source>
        <comment>a live countdown</comment>
        <translation>
            <numerusform>Conexão perdida — reconectando em %n segundo.</numerusform>
            <numerusform>Conexão perdida — reconectando em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection lost — reconnecting now…</source>
        <translation>Conexão perdida — reconectando agora…</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <comment>why the connection ended, in the system&apos;s words</comment>
        <translation>Motivo: %1.</translation>
    </message>
    <message>
        <source>You signed in with a personal access token. Signing out forgets it on this computer only: it still works until you revoke it in Rocket.Chat (My Account → Personal Access Tokens). Signing out all other sessions is not offered, since it would delete this token too.</source>
        <translation>Você entrou com um token de acesso pessoal. Ao sair, ele é esquecido somente neste computador: continua funcionando até você revogá-lo no Rocket.Chat (Minha conta → Tokens de acesso pessoal). Encerrar todas as outras sessões não está disponível, já que isso também apagaria este token.</translation>
    </message>
    <message>
        <source>Forget the token on this computer; it keeps working</source>
        <translation>Esquecer o token neste computador; ele continua funcionando</translation>
    </message>
    <message>
        <source>Not offered while signed in with a personal access token: it would delete this token too</source>
        <translation>Não disponível quando você entrou com um token de acesso pessoal: isso também apagaria este token</translation>
    </message>
    <message>
        <source>Sign out all other sessions?</source>
        <translation>Encerrar todas as outras sessões?</translation>
    </message>
    <message>
        <source>Sign out &amp;other sessions</source>
        <translation>&amp;Encerrar as outras sessões</translation>
    </message>
    <message>
        <source>Sign out the other sessions</source>
        <translation>Encerrar as outras sessões</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Signing out the other sessions…</source>
        <translation>Encerrando as outras sessões…</translation>
    </message>
    <message>
        <source>Every other device and browser signed in to %1 as %2 is signed out, and your personal access tokens stop working. This session stays signed in.</source>
        <comment>%1 is a server address, %2 a username</comment>
        <translation>Todos os outros dispositivos e navegadores conectados a %1 como %2 serão desconectados, e seus tokens de acesso pessoal vão parar de funcionar. Esta sessão continua iniciada.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another Liftoff is running; it receives the sign-in links.</source>
        <translation>Outro Liftoff está em execução; é ele que recebe os links de login.</translation>
    </message>
    <message>
        <source>A program of another user answers on the channel for sign-in links; Liftoff does not use it.</source>
        <translation>Um programa de outro usuário responde no canal dos links de login; o Liftoff não o usa.</translation>
    </message>
    <message>
        <source>A program of another user answers on the channel for sign-in links; the link was not handed to it.</source>
        <translation>Um programa de outro usuário responde no canal dos links de login; o link não foi entregue a ele.</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>List the stored accounts and check whether each session is still valid.</source>
        <translation>Listar as contas salvas e verificar se cada sessão ainda é válida.</translation>
    </message>
    <message>
        <source>Usage: liftoff status [options]</source>
        <translation>Uso: liftoff status [opções]</translation>
    </message>
    <message>
        <source>every stored session is valid</source>
        <translation>todas as sessões salvas são válidas</translation>
    </message>
    <message>
        <source>anything else (e.g. an unexpected server error)</source>
        <translation>qualquer outra coisa (p. ex. um erro inesperado do servidor)</translation>
    </message>
    <message>
        <source>usage: a wrong or unknown option</source>
        <translation>erro de uso: uma opção errada ou desconhecida</translation>
    </message>
    <message>
        <source>no stored session, or one expired, was rejected or has no token in the keychain: sign in again</source>
        <translation>nenhuma sessão salva, ou uma expirou, foi recusada ou não tem token no chaveiro: entre novamente</translation>
    </message>
    <message>
        <source>a server could not be reached in time (its session is kept)</source>
        <translation>não foi possível acessar um servidor a tempo (a sessão dele é mantida)</translation>
    </message>
    <message>
        <source>system keychain unavailable or locked</source>
        <translation>chaveiro do sistema indisponível ou bloqueado</translation>
    </message>
    <message>
        <source>When several apply, the first of 7, 3, 5, 1 in this order.</source>
        <translation>Quando vários se aplicam, vale o primeiro de 7, 3, 5, 1, nesta ordem.</translation>
    </message>
    <message>
        <source>no stored session. Sign in with: liftoff login --server &lt;url&gt; --username &lt;name&gt;</source>
        <translation>nenhuma sessão salva. Entre com: liftoff login --server &lt;url&gt; --username &lt;nome&gt;</translation>
    </message>
    <message>
        <source>The session is kept.</source>
        <translation>A sessão foi mantida.</translation>
    </message>
    <message>
        <source>Print one JSON array: per account server, userId, username, kind (session or personal-access-token), status, tokenExpires (null: does not expire), lastUsed and, when it is not valid, message. Tokens are never printed.</source>
        <translation>Imprimir um array JSON: por conta server, userId, username, kind (session ou personal-access-token), status, tokenExpires (null: não expira), lastUsed e, quando não for válida, message. Os tokens nunca são impressos.</translation>
    </message>
    <message>
        <source>Lists the accounts whose session is stored, one line each: server, username and status, one of valid, expired, rejected (the server no longer accepts the session), unreachable, keychain-problem or error. Each session is checked by signing in with it, all at once; checking does not count as using an account. A session found expired or rejected is forgotten, as the window does, so it is listed this once. What is wrong is said on stderr. When an account is kept as a personal access token, a fourth column gives each account&apos;s kind: session or personal-access-token.</source>
        <translation>Lista as contas cuja sessão está salva, uma por linha: servidor, nome de usuário e status, que é valid (válida), expired (expirada), rejected (o servidor não aceita mais a sessão), unreachable (inacessível), keychain-problem (problema no chaveiro) ou error (erro). Cada sessão é verificada entrando com ela, todas ao mesmo tempo; a verificação não conta como uso da conta. Uma sessão que estiver expirada ou recusada é esquecida, como a janela faz, então ela é listada só desta vez. O que está errado é informado no stderr. Quando uma conta é mantida como token de acesso pessoal, uma quarta coluna informa o tipo de cada conta: session (sessão) ou personal-access-token (token de acesso pessoal).</translation>
    </message>
</context>
<context>
    <name>StatusMessage</name>
    <message>
        <source>Success</source>
        <comment>icon next to a status message: all is well</comment>
        <translation>Sucesso</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>icon next to a status message</comment>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>icon next to a status message</comment>
        <translation>Erro</translation>
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
        <translation>Imprimir o token da sessão salva, para scripts (do chaveiro, sem rede).</translation>
    </message>
    <message>
        <source>Usage: liftoff token [--server &lt;url&gt;] [--username &lt;name&gt;]</source>
        <translation>Uso: liftoff token [--server &lt;url&gt;] [--username &lt;nome&gt;]</translation>
    </message>
    <message>
        <source>Prints the session token that &quot;liftoff login&quot; stored in the system keychain, followed by a line break, for scripts: the account given by --server and --username, or else the one used last. It reads the keychain only and does not ask the server whether the token is still accepted (liftoff status does). The token signs in as you: keep it out of logs, files and command lines.</source>
        <translation>Imprime o token de sessão que o “liftoff login” salvou no chaveiro do sistema, seguido de uma quebra de linha, para scripts: a conta indicada por --server e --username, ou então a última usada. Ele só lê o chaveiro e não pergunta ao servidor se o token ainda é aceito (liftoff status faz isso). O token faz login como você: mantenha-o fora de logs, arquivos e linhas de comando.</translation>
    </message>
    <message>
        <source>the token is on stdout</source>
        <translation>o token está no stdout</translation>
    </message>
    <message>
        <source>anything else</source>
        <translation>qualquer outra coisa</translation>
    </message>
    <message>
        <source>usage: a wrong or unknown option</source>
        <translation>erro de uso: uma opção errada ou desconhecida</translation>
    </message>
    <message>
        <source>no stored session, its token is not in the keychain, or it has expired: sign in with liftoff login</source>
        <translation>nenhuma sessão salva, o token dela não está no chaveiro, ou ela expirou: entre com liftoff login</translation>
    </message>
    <message>
        <source>system keychain unavailable or locked</source>
        <translation>chaveiro do sistema indisponível ou bloqueado</translation>
    </message>
    <message>
        <source>the stored session of %1 expired on %2. Sign in with: liftoff login --server %3 --username %4</source>
        <translation>a sessão salva de %1 expirou em %2. Entre com: liftoff login --server %3 --username %4</translation>
    </message>
    <message>
        <source>the keychain holds no session token for %1. Sign in with: liftoff login --server %2 --username %3</source>
        <translation>o chaveiro não tem nenhum token de sessão para %1. Entre com: liftoff login --server %2 --username %3</translation>
    </message>
</context>
<context>
    <name>TokenLinkConfirmation</name>
    <message>
        <source>%1 did not say whose session it holds, so Liftoff did not sign in.</source>
        <comment>%1 is a server address</comment>
        <translation>%1 não disse de quem é a sessão do link, por isso o Liftoff não fez login.</translation>
    </message>
    <message>
        <source>%1 does not accept the session it holds (it was signed out, or it expired), so Liftoff did not sign in.</source>
        <comment>%1 is a server address</comment>
        <translation>%1 não aceita a sessão do link (ela foi encerrada ou expirou), por isso o Liftoff não fez login.</translation>
    </message>
    <message>
        <source>Liftoff could not ask %1 whose session it holds. %2</source>
        <comment>%1 is a server address, %2 says why</comment>
        <translation>O Liftoff não conseguiu perguntar a %1 de quem é a sessão do link. %2</translation>
    </message>
</context>
<context>
    <name>TwoFactorPage</name>
    <message>
        <source>Two-factor authentication</source>
        <translation>Autenticação de dois fatores</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <comment>the name of the page asking for a code</comment>
        <translation>Autenticação de dois fatores</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Código de verificação</translation>
    </message>
    <message>
        <source>123456</source>
        <comment>placeholder: what a verification code looks like</comment>
        <translation>123456</translation>
    </message>
    <message>
        <source>&amp;Verification code:</source>
        <translation>Código de &amp;verificação:</translation>
    </message>
    <message>
        <source>E-mail code status</source>
        <translation>Status do código por e-mail</translation>
    </message>
    <message>
        <source>Verification problem</source>
        <translation>Problema na verificação</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Verificando o código…</translation>
    </message>
    <message>
        <source>Checking the code</source>
        <translation>Verificando o código</translation>
    </message>
    <message>
        <source>Send a &amp;new code</source>
        <translation>Enviar um &amp;novo código</translation>
    </message>
    <message>
        <source>Send a new code by e-mail</source>
        <translation>Enviar um novo código por e-mail</translation>
    </message>
    <message>
        <source>Ask the server to e-mail you a fresh code, for example when the last one did not arrive or has expired.</source>
        <translation>Pedir ao servidor que envie um novo código para o seu e-mail, por exemplo quando o último não chegou ou expirou.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel two-factor authentication</source>
        <translation>Cancelar a autenticação de dois fatores</translation>
    </message>
    <message>
        <source>Go back to the sign-in page (Esc)</source>
        <translation>Voltar para a página de login (Esc)</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Verify the code</source>
        <translation>Verificar o código</translation>
    </message>
    <message>
        <source>Asking for a new code…</source>
        <translation>Pedindo um novo código…</translation>
    </message>
    <message>
        <source>A new code is on its way to your e-mail address.</source>
        <translation>Um novo código está a caminho do seu endereço de e-mail.</translation>
    </message>
    <message>
        <source>A new code is on its way to %1.</source>
        <comment>%1 is an e-mail address</comment>
        <translation>Um novo código está a caminho de %1.</translation>
    </message>
    <message>
        <source>A new code is on its way to the e-mail address of %1.</source>
        <comment>%1 is a user name</comment>
        <translation>Um novo código está a caminho do endereço de e-mail de %1.</translation>
    </message>
    <message>
        <source>Type the code from the e-mail.</source>
        <translation>Digite o código do e-mail.</translation>
    </message>
    <message>
        <source>Type the code your authenticator app shows.</source>
        <translation>Digite o código que o seu aplicativo autenticador mostra.</translation>
    </message>
    <message>
        <source>Your server sent a verification code to your e-mail address. Type it here, or paste it as it is.</source>
        <translation>Seu servidor enviou um código de verificação para o seu endereço de e-mail. Digite-o aqui, ou cole-o como está.</translation>
    </message>
    <message>
        <source>Your server sent a verification code to %1. Type it here, or paste it as it is.</source>
        <comment>%1 is an e-mail address</comment>
        <translation>Seu servidor enviou um código de verificação para %1. Digite-o aqui, ou cole-o como está.</translation>
    </message>
    <message>
        <source>Your server sent a verification code to the e-mail address of %1. Type it here, or paste it as it is.</source>
        <comment>%1 is a user name</comment>
        <translation>Seu servidor enviou um código de verificação para o endereço de e-mail de %1. Digite-o aqui, ou cole-o como está.</translation>
    </message>
    <message>
        <source>Open the authenticator app you set up for this account and type the six-digit code it shows for your Rocket.Chat server.</source>
        <translation>Abra o aplicativo autenticador que você configurou para esta conta e digite o código de seis dígitos que ele mostra para o seu servidor Rocket.Chat.</translation>
    </message>
</context>
<context>
    <name>UntrustedCertificate</name>
    <message>
        <source>it is self-signed, not issued by an authority this computer trusts</source>
        <translation>ele é autoassinado, não foi emitido por uma autoridade em que este computador confia</translation>
    </message>
    <message>
        <source>it was issued by an authority this computer does not know</source>
        <translation>ele foi emitido por uma autoridade que este computador não conhece</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>ele expirou</translation>
    </message>
    <message>
        <source>it is not valid yet (check this computer&apos;s date and time)</source>
        <translation>ele ainda não é válido (verifique a data e a hora deste computador)</translation>
    </message>
    <message>
        <source>it was made for another server name than %1</source>
        <translation>ele foi emitido para um nome de servidor diferente de %1</translation>
    </message>
    <message>
        <source>its authority has revoked it</source>
        <translation>a autoridade dele o revogou</translation>
    </message>
    <message>
        <source>it could not be verified</source>
        <translation>não foi possível verificá-lo</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two certificate problems</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>The security certificate of %1 is not trusted: %2. Liftoff did not connect.</source>
        <translation>O certificado de segurança de %1 não é confiável: %2. O Liftoff não se conectou.</translation>
    </message>
    <message>
        <source>The server %1 sent no security certificate, so Liftoff did not connect.</source>
        <translation>O servidor %1 não enviou nenhum certificado de segurança, então o Liftoff não se conectou.</translation>
    </message>
    <message>
        <source>The security certificate of %1 cannot be trusted: %2. Liftoff did not connect. Ask the server&apos;s administrator to replace the certificate.</source>
        <translation>Não é possível confiar no certificado de segurança de %1: %2. O Liftoff não se conectou. Peça ao administrador do servidor para substituir o certificado.</translation>
    </message>
    <message>
        <source>WARNING: the security certificate of %1 has CHANGED since you trusted it. Someone may be intercepting your connection to read your password. Liftoff did not connect. Trust the new certificate only if the server&apos;s administrator confirms that they replaced it and that its SHA-256 fingerprint is %2 (the one you trusted before was %3). What is wrong with it: %4.</source>
        <translation>ATENÇÃO: o certificado de segurança de %1 MUDOU desde que você confiou nele. Alguém pode estar interceptando sua conexão para ler sua senha. O Liftoff não se conectou. Confie no novo certificado somente se o administrador do servidor confirmar que o substituiu e que a impressão digital SHA-256 dele é %2 (a do certificado em que você confiava antes era %3). O que há de errado com ele: %4.</translation>
    </message>
    <message>
        <source>The security certificate of %1 is not trusted: %2. Liftoff did not connect. If this is your organization&apos;s own server, compare the certificate&apos;s SHA-256 fingerprint, %3, with the one its administrator gives you, and trust it only if they match. Otherwise check the address.</source>
        <translation>O certificado de segurança de %1 não é confiável: %2. O Liftoff não se conectou. Se este for o servidor da sua própria organização, compare a impressão digital SHA-256 do certificado, %3, com a informada pelo administrador dele, e confie nele somente se forem iguais. Caso contrário, verifique o endereço.</translation>
    </message>
    <message>
        <source>The security certificate of %1 has changed since you trusted it. Someone may be intercepting your connection to read your password. Liftoff did not connect. What is wrong with it: %2.</source>
        <translation>O certificado de segurança de %1 mudou desde que você confiou nele. Alguém pode estar interceptando sua conexão para ler sua senha. O Liftoff não se conectou. O que há de errado com ele: %2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connect to the Rocket.Chat server at &lt;url&gt;.</source>
        <translation>Conectar ao servidor Rocket.Chat em &lt;url&gt;.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Allow an unencrypted (http:// or ws://) connection to a server that is not on this computer.</source>
        <translation>Permitir uma conexão não criptografada (http:// ou ws://) com um servidor que não está neste computador.</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s: %1. Also for the commands (liftoff login --lang de …).</source>
        <translation>Usar este idioma em vez do idioma do sistema: %1. Vale também para os comandos (liftoff login --lang pt_BR …).</translation>
    </message>
    <message>
        <source>code</source>
        <comment>placeholder in the option list: --lang &lt;code&gt;</comment>
        <translation>código</translation>
    </message>
    <message>
        <source>Liftoff: sign in to your Rocket.Chat server.</source>
        <translation>Liftoff: entre no seu servidor Rocket.Chat.</translation>
    </message>
    <message>
        <source>Without a command, opens the window.</source>
        <translation>Sem um comando, abre a janela.</translation>
    </message>
    <message>
        <source>Run &quot;liftoff --help&quot; for the window&apos;s options, &quot;liftoff help&quot; for the commands.</source>
        <translation>Execute “liftoff --help” para ver as opções da janela e “liftoff help” para ver os comandos.</translation>
    </message>
    <message>
        <source>unexpected argument; a command goes first (liftoff login …).</source>
        <translation>argumento inesperado; o comando vem primeiro (liftoff login …).</translation>
    </message>
    <message>
        <source>cannot open the window: %1</source>
        <translation>não é possível abrir a janela: %1</translation>
    </message>
    <message>
        <source>%1 is from another build of Liftoff (%2)</source>
        <comment>%1 is a file name, %2 a version</comment>
        <translation>%1 é de outra compilação do Liftoff (%2)</translation>
    </message>
</context>
</TS>
