<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccountCommand</name>
    <message>
        <source>The server of the stored account, e.g. https://chat.example.com (default: the account used last).</source>
        <translation>保存されたアカウントのサーバー。例: https://chat.example.com (既定: 最後に使ったアカウント)。</translation>
    </message>
    <message>
        <source>--username is empty.</source>
        <translation>--username が空です。</translation>
    </message>
    <message>
        <source>no stored session for %1 on %2.</source>
        <translation>%2 に %1 の保存されたセッションはありません。</translation>
    </message>
    <message>
        <source>no stored session on %1.</source>
        <translation>%1 に保存されたセッションはありません。</translation>
    </message>
    <message>
        <source>no stored session for %1.</source>
        <translation>%1 の保存されたセッションはありません。</translation>
    </message>
    <message>
        <source>no stored session.</source>
        <translation>保存されたセッションはありません。</translation>
    </message>
    <message>
        <source>Sign in with: liftoff login --server %1 --username %2</source>
        <translation>次のコマンドでサインインしてください: liftoff login --server %1 --username %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>Give up on a server that has not answered after this long (default: %1).</source>
        <translation>この時間が過ぎても応答のないサーバーをあきらめます (既定: %1)。</translation>
    </message>
    <message>
        <source>The username of the stored account, when there are several (default: the one used last).</source>
        <translation>保存されたアカウントのユーザー名。複数ある場合に指定します (既定: 最後に使ったもの)。</translation>
    </message>
</context>
<context>
    <name>AccountList</name>
    <message>
        <source>&amp;Accounts on this computer:</source>
        <translation>このコンピューターのアカウント(&amp;A):</translation>
    </message>
    <message>
        <source>Or continue with a sa&amp;ved account:</source>
        <translation>または保存されたアカウントで続行(&amp;V):</translation>
    </message>
    <message>
        <source>Accounts on this computer</source>
        <translation>このコンピューターのアカウント</translation>
    </message>
    <message>
        <source>Saved accounts</source>
        <translation>保存されたアカウント</translation>
    </message>
    <message>
        <source>Account problem</source>
        <translation>アカウントの問題</translation>
    </message>
    <message>
        <source>S&amp;witch to this account</source>
        <translation>切り替え(&amp;W)</translation>
    </message>
    <message>
        <source>Continue with this &amp;account</source>
        <translation>このアカウントで続行(&amp;A)</translation>
    </message>
    <message>
        <source>Switch to the selected account</source>
        <translation>選択したアカウントに切り替えます</translation>
    </message>
    <message>
        <source>Continue with the selected account</source>
        <translation>選択したアカウントで続行します</translation>
    </message>
    <message>
        <source>Sign in with the session saved for this account (Enter in the list)</source>
        <translation>このアカウントに保存されたセッションでサインインします (リストで Enter)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation>選択したアカウントを削除します</translation>
    </message>
    <message>
        <source>Forget this account and delete its saved session from this computer (Delete in the list)</source>
        <translation>このアカウントを忘れ、保存されたセッションをこのコンピューターから削除します (リストで Delete)</translation>
    </message>
    <message>
        <source>Add a&amp;nother account</source>
        <translation>アカウントを追加(&amp;N)</translation>
    </message>
    <message>
        <source>Add another account</source>
        <translation>別のアカウントを追加</translation>
    </message>
    <message>
        <source>Sign in with another account, on this server or another one; this account stays saved</source>
        <translation>このサーバーまたは別のサーバーで、別のアカウントでサインインします。このアカウントは保存されたままです</translation>
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
        <translation>%1 (サインイン中)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>an account (%1) on a server (%2)</comment>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>Last used %1</source>
        <comment>%1 is a date and time</comment>
        <translation>最終使用: %1</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>アカウントの削除</translation>
    </message>
    <message>
        <source>Remove %1 on %2 from this computer?</source>
        <comment>%1 is an account, %2 a server address</comment>
        <translation>%2 の %1 をこのコンピューターから削除しますか?</translation>
    </message>
    <message>
        <source>You will be signed out first. Liftoff then forgets the account and deletes its saved session; you can sign in again at any time.</source>
        <translation>まずサインアウトします。その後、Liftoff はアカウントを忘れ、保存されたセッションを削除します。いつでも再びサインインできます。</translation>
    </message>
    <message>
        <source>Liftoff forgets the account and deletes its saved session; you can sign in again at any time.</source>
        <translation>Liftoff はアカウントを忘れ、保存されたセッションを削除します。いつでも再びサインインできます。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the account</source>
        <translation>アカウントを削除します</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <comment>keep the account, do not remove it</comment>
        <translation>残す(&amp;K)</translation>
    </message>
    <message>
        <source>Keep the account</source>
        <translation>アカウントを残します</translation>
    </message>
    <message>
        <source>This account was no longer on this computer.</source>
        <translation>このアカウントはすでにこのコンピューターにありませんでした。</translation>
    </message>
    <message>
        <source>Personal access token — does not expire</source>
        <translation>パーソナルアクセストークン — 有効期限なし</translation>
    </message>
    <message>
        <source>Liftoff forgets the account and its personal access token on this computer. The token still works until you revoke it in Rocket.Chat (My Account → Personal Access Tokens).</source>
        <translation>Liftoff はこのコンピューター上のアカウントとそのパーソナルアクセストークンを忘れます。トークンは、Rocket.Chat の「マイアカウント → パーソナルアクセストークン」で取り消すまで引き続き使えます。</translation>
    </message>
</context>
<context>
    <name>BrowserLauncher</name>
    <message>
        <source>The browser named in the BROWSER environment variable could not be started. Open the address below in a browser yourself, or correct BROWSER.</source>
        <translation>環境変数 BROWSER で指定されたブラウザーを起動できませんでした。下のアドレスをご自身でブラウザーで開くか、BROWSER を修正してください。</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open the address below in a browser yourself.</source>
        <translation>Web ブラウザーを開けませんでした。下のアドレスをご自身でブラウザーで開いてください。</translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <source>Continue in your browser</source>
        <translation>ブラウザーで続けてください</translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <comment>the name of a page</comment>
        <translation>ブラウザーで続行</translation>
    </message>
    <message>
        <source>Browser sign-in problem</source>
        <translation>ブラウザーでのサインインの問題</translation>
    </message>
    <message>
        <source>Browser problem</source>
        <translation>ブラウザーの問題</translation>
    </message>
    <message>
        <source>Sign-in address to open in a browser</source>
        <translation>ブラウザーで開くサインイン用のアドレス</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>アドレスをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>サインイン用のアドレスをコピー</translation>
    </message>
    <message>
        <source>&amp;Open the browser again</source>
        <translation>ブラウザーをもう一度開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the sign-in in the browser again</source>
        <translation>サインインをもう一度ブラウザーで開く</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel signing in with the browser</source>
        <translation>ブラウザーでのサインインをキャンセル</translation>
    </message>
    <message>
        <source>Stop waiting for the browser and go back to the sign-in page (Esc)</source>
        <translation>ブラウザーを待つのをやめて、サインインのページに戻ります (Esc)</translation>
    </message>
    <message>
        <source>Liftoff opened the sign-in with %1 for %2 in your web browser. Finish signing in there; Liftoff continues by itself once you are done.</source>
        <comment>%1 is a service such as GitHub, %2 a server address</comment>
        <translation>Liftoff は %2 への %1 によるサインインを Web ブラウザーで開きました。ブラウザーでサインインを完了してください。完了すると Liftoff が自動的に続行します。</translation>
    </message>
    <message>
        <source>Sign in with %1 for %2 in a web browser; Liftoff continues by itself once you are done.</source>
        <comment>%1 is a service such as GitHub, %2 a server address</comment>
        <translation>Web ブラウザーで %2 に %1 でサインインしてください。完了すると Liftoff が自動的に続行します。</translation>
    </message>
    <message>
        <source>&amp;Try the browser again</source>
        <translation>ブラウザーでもう一度試す(&amp;T)</translation>
    </message>
    <message>
        <source>Waiting for the browser for another %1.</source>
        <extracomment>%1 is minutes and seconds, e.g. &quot;4:59&quot;</extracomment>
        <translation>あと %1 ブラウザーを待ちます。</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>this server offers no sign-in with &quot;%1&quot;</source>
        <translation>このサーバーには「%1」によるサインインがありません</translation>
    </message>
</context>
<context>
    <name>CertificatePanel</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>信頼されていない証明書</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Do not trust the certificate</source>
        <translation>証明書を信頼しない</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>この証明書を信頼する(&amp;T)</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>この証明書を信頼する</translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate…</source>
        <translation>新しい証明書を信頼する(&amp;T)…</translation>
    </message>
    <message>
        <source>Trust the new certificate</source>
        <translation>新しい証明書を信頼する</translation>
    </message>
    <message>
        <source>Trust this certificate only if its fingerprint is the one the administrator of %1 gives you.</source>
        <translation>フィンガープリントが %1 の管理者から伝えられたものと一致する場合にのみ、この証明書を信頼してください。</translation>
    </message>
    <message>
        <source>Trust the new certificate?</source>
        <translation>新しい証明書を信頼しますか?</translation>
    </message>
    <message>
        <source>The one you trusted before:</source>
        <translation>以前に信頼した証明書のフィンガープリント:</translation>
    </message>
    <message>
        <source>Copy &amp;fingerprint</source>
        <translation>コピー(&amp;F)</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>フィンガープリントをコピー</translation>
    </message>
    <message>
        <source>Copies the SHA-256 fingerprint, to compare it with the one the server&apos;s administrator gives you</source>
        <translation>サーバーの管理者から伝えられたものと比較できるよう、SHA-256 フィンガープリントをコピーします</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Trust the new certificate only if the administrator of %1 confirms they replaced it and gives you this fingerprint.</source>
        <translation>%1 の管理者が証明書を交換したことを確認し、このフィンガープリントを伝えてきた場合にのみ、新しい証明書を信頼してください。</translation>
    </message>
    <message>
        <source>The new certificate&apos;s SHA-256 fingerprint:</source>
        <translation>新しい証明書の SHA-256 フィンガープリント:</translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint:</source>
        <translation>SHA-256 フィンガープリント:</translation>
    </message>
    <message>
        <source>The certificate of %1 is not the one you trusted before. Someone may be intercepting your connection to read your password. Trust it only if the server&apos;s administrator told you that they replaced the certificate and that its SHA-256 fingerprint is the new one below.</source>
        <translation>%1 の証明書は、以前に信頼した証明書とは別のものです。何者かが接続を傍受して、パスワードを盗み見ようとしている可能性があります。サーバーの管理者から、証明書を交換したこと、およびその SHA-256 フィンガープリントが下記の新しいものであることを伝えられた場合にのみ信頼してください。</translation>
    </message>
    <message>
        <source>New:
%1

Trusted before:
%2</source>
        <comment>SHA-256 fingerprints</comment>
        <translation>新しい証明書:
%1

以前に信頼した証明書:
%2</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Exit codes:</source>
        <translation>終了コード:</translation>
    </message>
    <message>
        <source>The fingerprint given with --trust-fingerprint is not this certificate&apos;s.</source>
        <translation>--trust-fingerprint で指定したフィンガープリントは、この証明書のものではありません。</translation>
    </message>
    <message>
        <source>Only once the server&apos;s administrator confirms the new certificate, run again with --trust-fingerprint %1</source>
        <translation>サーバーの管理者が新しい証明書を確認した場合にのみ、次のオプションを付けて再実行してください: --trust-fingerprint %1</translation>
    </message>
    <message>
        <source>If it is your server&apos;s certificate, run again with --trust-fingerprint %1</source>
        <translation>お使いのサーバーの証明書であれば、次のオプションを付けて再実行してください: --trust-fingerprint %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>url</source>
        <comment>placeholder in the option list: --server &lt;url&gt;</comment>
        <translation>URL</translation>
    </message>
    <message>
        <source>name</source>
        <comment>placeholder in the option list: --username &lt;name&gt;</comment>
        <translation>名前</translation>
    </message>
    <message>
        <source>seconds</source>
        <comment>placeholder in the option list: --timeout &lt;seconds&gt;</comment>
        <translation>秒数</translation>
    </message>
    <message>
        <source>sha256</source>
        <comment>placeholder in the option list: --trust-fingerprint &lt;sha256&gt;</comment>
        <translation>sha256</translation>
    </message>
    <message>
        <source>a password or token is never taken as an argument, where others could see it.</source>
        <translation>パスワードやトークンは、他人に見られるおそれがあるため、引数では受け付けません。</translation>
    </message>
    <message>
        <source>%1 takes options only, and no other arguments (see liftoff %1 --help).</source>
        <translation>%1 はオプションのみを受け付け、ほかの引数は受け付けません (liftoff %1 --help を参照してください)。</translation>
    </message>
    <message>
        <source>--%1 needs a number of seconds, e.g. %2.</source>
        <translation>--%1 には秒数が必要です (例: %2)。</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>%1 に %2 としてサインインしました。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Commands (no display needed):</source>
        <translation>コマンド (ディスプレイ不要):</translation>
    </message>
    <message>
        <source>List the commands, or show one command&apos;s options: liftoff help login.</source>
        <translation>コマンドを一覧表示するか、コマンドのオプションを表示します: liftoff help login</translation>
    </message>
    <message>
        <source>liftoff: there is no command &quot;%1&quot;. Run &quot;liftoff help&quot; to list them.</source>
        <translation>liftoff: 「%1」というコマンドはありません。「liftoff help」で一覧を表示できます。</translation>
    </message>
    <message>
        <source>Usage: liftoff &lt;command&gt; [options]
       liftoff [--server &lt;url&gt;] [--allow-insecure]   (opens the window)

Liftoff signs you in to your Rocket.Chat server.

</source>
        <translation>使い方: liftoff &lt;コマンド&gt; [オプション]
        liftoff [--server &lt;URL&gt;] [--allow-insecure]   (ウィンドウを開きます)

Liftoff は Rocket.Chat サーバーへのサインインを行います。

</translation>
    </message>
    <message>
        <source>Run &quot;liftoff &lt;command&gt; --help&quot; for a command&apos;s options and exit codes.</source>
        <translation>コマンドのオプションと終了コードは「liftoff &lt;コマンド&gt; --help」で表示できます。</translation>
    </message>
    <message>
        <source>--lang &lt;code&gt; picks the language of a command or the window instead of the system&apos;s: %1.</source>
        <translation>--lang &lt;コード&gt; で、コマンドやウィンドウの言語をシステムの言語の代わりに選べます: %1</translation>
    </message>
</context>
<context>
    <name>DdpError</name>
    <message>
        <source>The server refused the request: %1</source>
        <translation>サーバーが要求を拒否しました: %1</translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <translation>サーバーが要求を拒否しました (エラー %1)。</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection and try again.</source>
        <translation>サーバーが時間内に応答しませんでした。ネットワーク接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The connection to the server was lost before it answered. Try again when the connection is back.</source>
        <translation>サーバーが応答する前に接続が切れました。接続が回復したら、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>サーバーに接続していません。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>This server speaks a version of the realtime protocol that Liftoff does not support (%1). It may be too old or too new for this app.</source>
        <translation>このサーバーは、Liftoff が対応していないバージョンのリアルタイムプロトコルを使っています (%1)。このアプリには古すぎるか新しすぎる可能性があります。</translation>
    </message>
    <message>
        <source>The server stopped answering. Liftoff will reconnect by itself.</source>
        <translation>サーバーが応答しなくなりました。Liftoff が自動的に再接続します。</translation>
    </message>
    <message>
        <source>The server sent a message too large to accept; the connection was reset.</source>
        <translation>サーバーが受け入れられないほど大きなメッセージを送ってきたため、接続をリセットしました。</translation>
    </message>
    <message>
        <source>Could not reach the server: %1. Check the address and your network connection.</source>
        <translation>サーバーに接続できませんでした: %1。アドレスとネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <source>Could not reach the server. Check the address and your network connection.</source>
        <translation>サーバーに接続できませんでした。アドレスとネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so the connection was refused: %1</source>
        <translation>サーバーの証明書を検証できなかったため、接続を拒否しました: %1</translation>
    </message>
</context>
<context>
    <name>DeepLink</name>
    <message>
        <source>The sign-in link is too long to be a Rocket.Chat link.</source>
        <translation>サインインのリンクが長すぎます。Rocket.Chat のリンクではありません。</translation>
    </message>
    <message>
        <source>The sign-in link is not a valid address. Start the sign-in again from Liftoff.</source>
        <translation>サインインのリンクが有効なアドレスではありません。Liftoff からもう一度サインインを始めてください。</translation>
    </message>
    <message>
        <source>Liftoff opens only Rocket.Chat sign-in links (rocketchat://auth…); this one is something else.</source>
        <translation>Liftoff が開くのは Rocket.Chat のサインイン用リンク (rocketchat://auth…) だけです。このリンクは別のものです。</translation>
    </message>
    <message>
        <source>The sign-in link has parts a Rocket.Chat sign-in link never has.</source>
        <translation>サインインのリンクに、Rocket.Chat のサインイン用リンクには決してない部分があります。</translation>
    </message>
    <message>
        <source>The sign-in link has the parameter &quot;%1&quot; more than once.</source>
        <translation>サインインのリンクにパラメーター「%1」が複数回含まれています。</translation>
    </message>
    <message>
        <source>The sign-in link does not say which server it is for.</source>
        <translation>サインインのリンクに、どのサーバー用かが示されていません。</translation>
    </message>
    <message>
        <source>The server address in the sign-in link is too long.</source>
        <translation>サインインのリンク内のサーバーのアドレスが長すぎます。</translation>
    </message>
    <message>
        <source>The server address in the sign-in link is not usable: %1</source>
        <translation>サインインのリンク内のサーバーのアドレスは使えません: %1</translation>
    </message>
    <message>
        <source>The sign-in link carries an error message that is too long.</source>
        <translation>サインインのリンクに含まれるエラーメッセージが長すぎます。</translation>
    </message>
    <message>
        <source>The sign-in link has no usable credential token.</source>
        <translation>サインインのリンクに使える資格情報トークンがありません。</translation>
    </message>
    <message>
        <source>The sign-in link has no usable credential secret.</source>
        <translation>サインインのリンクに使える資格情報シークレットがありません。</translation>
    </message>
    <message>
        <source>The sign-in link has a credential secret it should not have.</source>
        <translation>サインインのリンクに、含まれるはずのない資格情報シークレットがあります。</translation>
    </message>
    <message>
        <source>The sign-in link mixes two kinds of sign-in.</source>
        <translation>サインインのリンクに 2 種類のサインインが混在しています。</translation>
    </message>
    <message>
        <source>The sign-in link is of a kind Liftoff does not know (&quot;%1&quot;).</source>
        <translation>サインインのリンクの種類 (「%1」) を Liftoff は知りません。</translation>
    </message>
    <message>
        <source>The sign-in link does not say what kind of sign-in it is.</source>
        <translation>サインインのリンクに、サインインの種類が示されていません。</translation>
    </message>
    <message>
        <source>The sign-in link has no usable session token.</source>
        <translation>サインインのリンクに使えるセッショントークンがありません。</translation>
    </message>
    <message>
        <source>The sign-in link does not say which user it signs in.</source>
        <translation>サインインのリンクに、どのユーザーでサインインするかが示されていません。</translation>
    </message>
</context>
<context>
    <name>Fingerprint</name>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint: it may only have the hexadecimal digits 0–9 and A–F, with or without colons between pairs.</source>
        <translation>「%1」は SHA-256 フィンガープリントではありません: 使用できるのは 16 進数の 0–9 と A–F だけです。2 桁ごとのコロンはあってもなくてもかまいません。</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is not a SHA-256 fingerprint: that has 64 hexadecimal digits (32 pairs such as AB:CD:…), this has %n.</source>
        <translation>
            <numerusform>「%1」は SHA-256 フィンガープリントではありません: SHA-256 フィンガープリントは 16 進数 64 桁 (AB:CD:… のような 32 組) ですが、指定された値は %n 桁です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainError</name>
    <message>
        <source>Your keychain holds no saved session for this account.</source>
        <translation>キーチェーンに、このアカウントの保存されたセッションがありません。</translation>
    </message>
    <message>
        <source>Liftoff cannot reach a keychain: this session has no D-Bus session bus, as happens over SSH and in minimal sessions. Start Liftoff from a desktop session, or start a session bus with a keyring in it.</source>
        <translation>Liftoff はキーチェーンにアクセスできません: このセッションには D-Bus セッションバスがありません (SSH 経由や最小構成のセッションで起こります)。デスクトップセッションから Liftoff を起動するか、キーリングを含むセッションバスを起動してください。</translation>
    </message>
    <message>
        <source>Liftoff cannot reach a keychain: no Secret Service is running. Install or start one, such as GNOME Keyring, KWallet or KeePassXC with Secret Service integration.</source>
        <translation>Liftoff はキーチェーンにアクセスできません: Secret Service が動作していません。GNOME Keyring、KWallet、Secret Service 連携を有効にした KeePassXC などをインストールまたは起動してください。</translation>
    </message>
    <message>
        <source>Liftoff cannot reach a keychain on this computer. Check that your keychain is installed and running.</source>
        <translation>Liftoff はこのコンピューターのキーチェーンにアクセスできません。キーチェーンがインストールされ、動作していることを確認してください。</translation>
    </message>
    <message>
        <source>Access to your keychain was refused. Allow Liftoff when your keychain asks, then try again.</source>
        <translation>キーチェーンへのアクセスが拒否されました。キーチェーンから確認されたら Liftoff を許可し、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Your keyring is locked. Unlock it (for example in Passwords and Keys or in KWallet Manager), then try again.</source>
        <translation>キーリングがロックされています。ロックを解除してから (たとえば「パスワードと鍵」や KWallet マネージャーで)、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Your keychain refused Liftoff access. Check its access settings for Liftoff, then try again.</source>
        <translation>キーチェーンが Liftoff のアクセスを拒否しました。Liftoff に対するアクセス設定を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Your keychain did not save the session (%1). Check that your keychain works, for example in Passwords and Keys.</source>
        <translation>キーチェーンにセッションを保存できませんでした (%1)。キーチェーンが動作しているか、たとえば「パスワードと鍵」で確認してください。</translation>
    </message>
    <message>
        <source>Your keychain did not save the session. Check that your keychain works, for example in Passwords and Keys.</source>
        <translation>キーチェーンにセッションを保存できませんでした。キーチェーンが動作しているか、たとえば「パスワードと鍵」で確認してください。</translation>
    </message>
    <message>
        <source>Your keychain did not answer in time; it may be waiting for you to unlock it. Unlock it if it asks, then try again.</source>
        <translation>キーチェーンが時間内に応答しませんでした。ロックの解除を待っている可能性があります。確認されたらロックを解除して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Your keychain reported an error (%1). Try again; if it keeps happening, check that your keychain works.</source>
        <translation>キーチェーンがエラーを報告しました (%1)。もう一度お試しください。繰り返し起こる場合は、キーチェーンが動作しているか確認してください。</translation>
    </message>
    <message>
        <source>Your keychain reported an error. Try again; if it keeps happening, check that your keychain works.</source>
        <translation>キーチェーンがエラーを報告しました。もう一度お試しください。繰り返し起こる場合は、キーチェーンが動作しているか確認してください。</translation>
    </message>
    <message>
        <source>Sign in again; your account stays in the list.</source>
        <translation>もう一度サインインしてください。アカウントはリストに残ります。</translation>
    </message>
    <message>
        <source>Your saved session could not be read, but your account stays in the list.</source>
        <translation>保存されたセッションを読み取れませんでしたが、アカウントはリストに残ります。</translation>
    </message>
    <message>
        <source>You are signed in for now, but this session will not survive a restart: you will have to sign in again the next time you start Liftoff.</source>
        <translation>現在はサインインしていますが、このセッションは再起動後には残りません。次回 Liftoff を起動したときに、もう一度サインインする必要があります。</translation>
    </message>
    <message>
        <source>The saved session may still be in your keychain, under &quot;Liftoff&quot;.</source>
        <translation>保存されたセッションは、キーチェーンの「Liftoff」の下にまだ残っている可能性があります。</translation>
    </message>
</context>
<context>
    <name>LocalChannel</name>
    <message>
        <source>Liftoff does not use %1 to receive sign-in links: %2.</source>
        <translation>Liftoff はサインインリンクの受け取りに %1 を使いません: %2。</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>シンボリックリンクです</translation>
    </message>
    <message>
        <source>it is not a directory</source>
        <translation>フォルダーではありません</translation>
    </message>
    <message>
        <source>it belongs to another user</source>
        <translation>別のユーザーのものです</translation>
    </message>
    <message>
        <source>other users can open it</source>
        <translation>他のユーザーが開けます</translation>
    </message>
    <message>
        <source>it is not an absolute path</source>
        <translation>絶対パスではありません</translation>
    </message>
    <message>
        <source>it is not a socket</source>
        <translation>ソケットではありません</translation>
    </message>
    <message>
        <source>Liftoff cannot tell which user it runs as, so it does not receive sign-in links.</source>
        <translation>Liftoff は実行中のユーザーを確認できないため、サインインリンクを受け取りません。</translation>
    </message>
    <message>
        <source>Another program already holds the channel for sign-in links, so Liftoff does not receive them.</source>
        <translation>別のプログラムがサインインリンク用のチャネルをすでに使っているため、Liftoff はリンクを受け取りません。</translation>
    </message>
</context>
<context>
    <name>Localization</name>
    <message>
        <source>--lang needs a language code. Languages: %1.</source>
        <translation>--lang には言語コードが必要です。言語: %1</translation>
    </message>
    <message>
        <source>could not read the translation file %1. Make it with lrelease from a .ts file, or give a language code: %2.</source>
        <translation>翻訳ファイル %1 を読み込めませんでした。.ts ファイルから lrelease で作成するか、言語コードを指定してください: %2</translation>
    </message>
    <message>
        <source>there is no translation into &quot;%1&quot;. Languages: %2.</source>
        <translation>「%1」への翻訳はありません。言語: %2</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>The Rocket.Chat server, e.g. https://chat.example.com (required).</source>
        <translation>Rocket.Chat サーバー。例: https://chat.example.com (必須)。</translation>
    </message>
    <message>
        <source>Sign in with this e-mail address instead.</source>
        <translation>代わりにこのメールアドレスでサインインします。</translation>
    </message>
    <message>
        <source>address</source>
        <comment>placeholder in the option list: --email &lt;address&gt;</comment>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input. Without it the password is asked for on the terminal, without echo.</source>
        <translation>標準入力の 1 行目からパスワードを読み取ります。指定しない場合は、端末でエコーなしでパスワードを尋ねます。</translation>
    </message>
    <message>
        <source>Sign in through the server&apos;s LDAP directory.</source>
        <translation>サーバーの LDAP ディレクトリでサインインします。</translation>
    </message>
    <message>
        <source>code</source>
        <comment>placeholder in the option list: --totp-code &lt;code&gt;</comment>
        <translation>コード</translation>
    </message>
    <message>
        <source>Do not keep the session: nothing goes to the system keychain or the account list, and liftoff resume, status, token and logout will not know it.</source>
        <translation>セッションを保持しません: システムのキーチェーンにもアカウントリストにも何も保存せず、liftoff resume、status、token、logout からは扱えません。</translation>
    </message>
    <message>
        <source>On success print one JSON object (server, userId, username, type, tokenExpires, stored) instead of a sentence. The token itself is never printed.</source>
        <translation>成功したときに、文章の代わりに JSON オブジェクト (server、userId、username、type、tokenExpires、stored) を 1 つ出力します。トークン自体は出力しません。</translation>
    </message>
    <message>
        <source>Allow an unencrypted http:// connection to a server that is not on this computer.</source>
        <translation>このコンピューター上にないサーバーへの暗号化されていない http:// 接続を許可します。</translation>
    </message>
    <message>
        <source>Give up when the server has not answered for this long (default: 30).</source>
        <translation>サーバーがこの時間応答しなければあきらめます (既定: 30)。</translation>
    </message>
    <message>
        <source>login takes options only, and no other arguments; a password is typed when asked, or piped in with --password-stdin.</source>
        <translation>login はオプションのみを受け付け、ほかの引数は受け付けません。パスワードは求められたときに入力するか、--password-stdin でパイプから渡します。</translation>
    </message>
    <message>
        <source>which server? Add --server &lt;url&gt;.</source>
        <translation>どのサーバーですか? --server &lt;URL&gt; を追加してください。</translation>
    </message>
    <message>
        <source>(--allow-insecure allows it.)</source>
        <translation>(--allow-insecure で許可できます。)</translation>
    </message>
    <message>
        <source>give either --username or --email (one of them).</source>
        <translation>--username か --email のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>--totp-code is empty.</source>
        <translation>--totp-code が空です。</translation>
    </message>
    <message>
        <source>there is no terminal to ask for the password on: pipe it in and add --password-stdin.</source>
        <translation>パスワードを尋ねる端末がありません: パイプで渡し、--password-stdin を追加してください。</translation>
    </message>
    <message>
        <source>signed in (and the session stored, unless --no-store)</source>
        <translation>サインインしました (--no-store を指定しない限り、セッションも保存されます)</translation>
    </message>
    <message>
        <source>anything else (e.g. an unexpected server error)</source>
        <translation>その他すべて (例: サーバーの予期しないエラー)</translation>
    </message>
    <message>
        <source>usage: a missing or wrong option, or no terminal and no --password-stdin</source>
        <translation>使い方の誤り: オプションがないか間違っている、または端末も --password-stdin もない</translation>
    </message>
    <message>
        <source>two-factor code required (none given and no terminal) or wrong</source>
        <translation>二要素認証コードが必要 (指定がなく端末もない)、またはコードが間違っている</translation>
    </message>
    <message>
        <source>rate-limited or blocked by the server: try again later</source>
        <translation>サーバーによる制限またはブロック: 後でもう一度お試しください</translation>
    </message>
    <message>
        <source>signed in, but the system keychain is unavailable or locked, so the session was not stored (stdout still says who signed in; stderr says why)</source>
        <translation>サインインしましたが、システムのキーチェーンが使えないかロックされているため、セッションは保存されませんでした (stdout には誰がサインインしたかが、stderr には理由が出力されます)</translation>
    </message>
    <message>
        <source>On Ctrl+C the terminal is restored and the process ends by the signal, as usual (a shell shows 130).</source>
        <translation>Ctrl+C を押すと、端末が元に戻り、通常どおりシグナルでプロセスが終了します (シェルには 130 と表示されます)。</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>%2 の %1 のパスワード: </translation>
    </message>
    <message>
        <source>Code sent to you by e-mail: </source>
        <translation>メールで届いたコード: </translation>
    </message>
    <message>
        <source>Code sent by e-mail to %1: </source>
        <translation>%1 にメールで送られたコード: </translation>
    </message>
    <message>
        <source>Two-factor code from your authenticator app: </source>
        <translation>認証アプリの二要素認証コード: </translation>
    </message>
    <message>
        <source>no password was given.</source>
        <translation>パスワードが入力されませんでした。</translation>
    </message>
    <message>
        <source>standard input ended before a password (--password-stdin reads its first line).</source>
        <translation>パスワードの前に標準入力が終わりました (--password-stdin は 1 行目を読み取ります)。</translation>
    </message>
    <message>
        <source>Standard input ended before a code.</source>
        <translation>コードの前に標準入力が終わりました。</translation>
    </message>
    <message>
        <source>Without a terminal to ask on, pass the code with --totp-code.</source>
        <translation>尋ねる端末がないため、--totp-code でコードを渡してください。</translation>
    </message>
    <message>
        <source>the session was not stored: %1</source>
        <translation>セッションは保存されませんでした: %1</translation>
    </message>
    <message>
        <source>signing in failed.</source>
        <translation>サインインに失敗しました。</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate although the system does not, if its SHA-256 fingerprint is this one (64 hexadecimal digits, colons optional). It is remembered for the server, as the window&apos;s &quot;Trust this certificate&quot;, unless --no-store.</source>
        <translation>システムが信頼していなくても、SHA-256 フィンガープリントがこの値 (16 進数 64 桁、コロンは省略可) であれば、サーバーの証明書を信頼します。--no-store を指定しない限り、ウィンドウの「この証明書を信頼する」と同じように、このサーバーについて記憶されます。</translation>
    </message>
    <message>
        <source>server unreachable, not Rocket.Chat, too old, TLS problem (such as a certificate that is not trusted: stderr gives its fingerprint for --trust-fingerprint), time-out or lost connection</source>
        <translation>サーバーに接続できない、Rocket.Chat ではない、古すぎる、TLS の問題 (信頼されていない証明書など: stderr に --trust-fingerprint 用のフィンガープリントが出力されます)、タイムアウト、または接続の切断</translation>
    </message>
    <message>
        <source>Sign in with this single sign-on service of the server (e.g. github, keycloak, saml, cas) in your web browser, instead of a password.</source>
        <translation>パスワードの代わりに、サーバーのこのシングルサインオン サービス (例: github、keycloak、saml、cas) を使って Web ブラウザーでサインインします。</translation>
    </message>
    <message>
        <source>service</source>
        <comment>placeholder in the option list: --sso &lt;service&gt;</comment>
        <translation>サービス</translation>
    </message>
    <message>
        <source>With --sso: how long to wait for the browser (default: 300).</source>
        <translation>--sso と一緒に使います: ブラウザーを待つ時間 (既定: 300)。</translation>
    </message>
    <message>
        <source>--sso needs the name of a service, e.g. --sso github.</source>
        <translation>--sso にはサービス名が必要です (例: --sso github)。</translation>
    </message>
    <message>
        <source>--sso signs in with the browser: leave out --username, --email, --password-stdin and --ldap.</source>
        <translation>--sso はブラウザーでサインインします: --username、--email、--password-stdin、--ldap は指定しないでください。</translation>
    </message>
    <message>
        <source>--sso-timeout goes with --sso.</source>
        <translation>--sso-timeout は --sso と一緒に使います。</translation>
    </message>
    <message>
        <source>Another Liftoff is running and would receive the browser&apos;s sign-in: sign in there, or close it and try again.</source>
        <translation>別の Liftoff が実行中で、ブラウザーからのサインインはそちらが受け取ります。そちらでサインインするか、それを閉じてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 offers no single sign-on; sign in with --username or --email.</source>
        <translation>%1 はシングルサインオンに対応していません。--username か --email でサインインしてください。</translation>
    </message>
    <message>
        <source>%1 offers no sign-in with &quot;%2&quot;; it offers: %3.</source>
        <translation>%1 には「%2」によるサインインがありません。利用できるもの: %3。</translation>
    </message>
    <message numerus="yes">
        <source>Continue signing in with %1 in your web browser (waiting up to %n minute(s)).</source>
        <translation>
            <numerusform>Web ブラウザーで %1 によるサインインを続けてください (最大 %n 分待ちます)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting up to %n minute(s) for the sign-in to come back.</source>
        <translation>
            <numerusform>サインインが戻ってくるまで最大 %n 分待ちます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two-factor code (authenticator app or e-mail), when the server asks for one. On a terminal it is asked for instead. Other users of this computer can see arguments in the process list: --totp-code-stdin is safer.</source>
        <translation>サーバーが求めたときの 2 段階認証コード (認証アプリまたはメール)。端末では代わりに入力を求めます。このコンピューターの他のユーザーはプロセス一覧で引数を見られます: --totp-code-stdin のほうが安全です。</translation>
    </message>
    <message>
        <source>Read the two-factor code, when the server asks for one, from the line of standard input after the password (with --password-stdin: the second line).</source>
        <translation>サーバーが求めたときの 2 段階認証コードを、標準入力のパスワードの次の行から読み取ります (--password-stdin と併用: 2 行目)。</translation>
    </message>
    <message>
        <source>give --totp-code or --totp-code-stdin, not both.</source>
        <translation>--totp-code と --totp-code-stdin のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>--totp-code-stdin reads the line after the password: it goes with --password-stdin.</source>
        <translation>--totp-code-stdin はパスワードの次の行を読み取ります: --password-stdin と一緒に使ってください。</translation>
    </message>
    <message>
        <source>the two-factor code on standard input (--totp-code-stdin) is empty.</source>
        <translation>標準入力の 2 段階認証コード (--totp-code-stdin) が空です。</translation>
    </message>
    <message>
        <source>Sign in with this username.</source>
        <translation>このユーザー名でサインインします。</translation>
    </message>
    <message>
        <source>Sign in with a personal access token (made in Rocket.Chat under My Account → Personal Access Tokens) instead of a password: it is read from standard input, or asked for on the terminal without echo. Signing out later forgets it on this computer only: it works until you revoke it in Rocket.Chat.</source>
        <translation>パスワードの代わりに、パーソナルアクセストークン (Rocket.Chat の「マイアカウント → パーソナルアクセストークン」で作成したもの) でサインインします: トークンは標準入力から読み取るか、端末でエコーなしで尋ねます。後でサインアウトしても、忘れるのはこのコンピューター上だけです: トークンは Rocket.Chat で取り消すまで使えます。</translation>
    </message>
    <message>
        <source>--with-token signs in with a personal access token alone: leave out --username, --email, --password-stdin, --ldap, --sso and the two-factor options.</source>
        <translation>--with-token はパーソナルアクセストークンだけでサインインします: --username、--email、--password-stdin、--ldap、--sso、二要素認証のオプションは指定しないでください。</translation>
    </message>
    <message>
        <source>the username or e-mail address is empty.</source>
        <translation>ユーザー名またはメールアドレスが空です。</translation>
    </message>
    <message>
        <source>--email needs an e-mail address (name@example.com); for a username use --username.</source>
        <translation>--email にはメールアドレス (name@example.com) が必要です。ユーザー名には --username を使ってください。</translation>
    </message>
    <message>
        <source>a password or token is never taken as an argument, where others could see it: type it when asked, or pipe it in with --password-stdin (a personal access token: --with-token).</source>
        <translation>パスワードやトークンは、他人に見られるおそれがあるため、引数では受け付けません: 求められたときに入力するか、--password-stdin でパイプから渡してください (パーソナルアクセストークンの場合は --with-token)。</translation>
    </message>
    <message>
        <source>Usage: liftoff login --server &lt;url&gt; (--username &lt;name&gt; | --email &lt;address&gt; | --sso &lt;service&gt; | --with-token) [options]</source>
        <translation>使い方: liftoff login --server &lt;URL&gt; (--username &lt;名前&gt; | --email &lt;アドレス&gt; | --sso &lt;サービス&gt; | --with-token) [オプション]</translation>
    </message>
    <message>
        <source>Signs in to a Rocket.Chat server, checking the server while you type the password, and keeps the session in the system keychain for liftoff resume, status, token and logout (and the window). The password is never taken as an argument: it is asked for on the terminal without echo, or read from standard input with --password-stdin. On a terminal, a two-factor code is asked for when the server wants one; otherwise pass it with --totp-code. With --sso the sign-in happens in your web browser (the BROWSER environment variable, else the system&apos;s default browser); if none can be opened, the address to open is printed. The browser hands the sign-in back to this command through a rocketchat:// link. With --with-token a personal access token signs in instead (as gh auth login --with-token): piped in (echo &quot;$TOKEN&quot; | liftoff login --server &lt;url&gt; --with-token) or typed without echo; it is kept like a session, never expires here, and liftoff logout forgets it on this computer without deleting it on the server.</source>
        <translation>Rocket.Chat サーバーにサインインします。パスワードを入力している間にサーバーを確認し、セッションをシステムのキーチェーンに保持して、liftoff resume、status、token、logout (およびウィンドウ) で使えるようにします。パスワードは引数では受け付けません: 端末でエコーなしで尋ねるか、--password-stdin で標準入力から読み取ります。端末では、サーバーが求めたときに二要素認証コードを尋ねます。それ以外の場合は --totp-code で渡してください。--sso を指定すると、サインインは Web ブラウザー (環境変数 BROWSER のブラウザー、なければシステムの既定のブラウザー) で行います。どのブラウザーも開けない場合は、開くアドレスを表示します。ブラウザーは rocketchat:// リンクを通じて、サインインをこのコマンドに返します。--with-token を指定すると、代わりにパーソナルアクセストークンでサインインします (gh auth login --with-token と同様): パイプで渡す (echo &quot;$TOKEN&quot; | liftoff login --server &lt;URL&gt; --with-token) か、エコーなしで入力します。トークンはセッションと同じように保持され、ここでは有効期限がありません。liftoff logout はこのコンピューター上のトークンを忘れますが、サーバー上では削除しません。</translation>
    </message>
    <message>
        <source>credentials or personal access token rejected, or the account may not sign in (deactivated, app user, no roles, e-mail not verified)</source>
        <translation>資格情報またはパーソナルアクセストークンが拒否された、またはアカウントがサインインできない (無効化、アプリのユーザー、ロールなし、メール未確認)</translation>
    </message>
    <message>
        <source>Personal access token for %1: </source>
        <translation>%1 のパーソナルアクセストークン: </translation>
    </message>
    <message>
        <source>no personal access token was given.</source>
        <translation>パーソナルアクセストークンが入力されませんでした。</translation>
    </message>
    <message>
        <source>standard input ended before a personal access token (--with-token reads its first line).</source>
        <translation>パーソナルアクセストークンの前に標準入力が終わりました (--with-token は 1 行目を読み取ります)。</translation>
    </message>
    <message>
        <source>the server did not accept this personal access token: check that it was copied whole and has not been revoked.</source>
        <translation>サーバーはこのパーソナルアクセストークンを受け付けませんでした: 全体をコピーしたか、取り消されていないかを確認してください。</translation>
    </message>
    <message>
        <source>Sign in to a Rocket.Chat server with a username or e-mail address and password, single sign-on, or a personal access token.</source>
        <translation>ユーザー名またはメールアドレスとパスワード、シングルサインオン、またはパーソナルアクセストークンで Rocket.Chat サーバーにサインインします。</translation>
    </message>
</context>
<context>
    <name>LoginService</name>
    <message>
        <source>SAML single sign-on</source>
        <translation>SAML シングルサインオン</translation>
    </message>
    <message>
        <source>CAS single sign-on</source>
        <translation>CAS シングルサインオン</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <extracomment>%1 is the name of an identity provider or a button&apos;s own text, e.g. &quot;GitHub&quot;.</extracomment>
        <translation>%1 でサインイン</translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <source>The server did not answer in time, so the session of %1 may still be valid there until it expires; it is no longer stored on this computer.</source>
        <translation>サーバーが時間内に応答しなかったため、%1 のセッションは有効期限までサーバー上で有効なままの可能性があります。このコンピューターにはもう保存されていません。</translation>
    </message>
    <message>
        <source>Sign out of every stored account.</source>
        <translation>保存されたすべてのアカウントからサインアウトします。</translation>
    </message>
    <message>
        <source>signed out (also when the server could not be told: see stderr), or --all and there was nothing to sign out of</source>
        <translation>サインアウトしました (サーバーに伝えられなかった場合も含みます: stderr を参照)。または --all でサインアウトするものがありませんでした</translation>
    </message>
    <message>
        <source>anything else</source>
        <translation>その他すべて</translation>
    </message>
    <message>
        <source>usage: a wrong or unknown option</source>
        <translation>使い方の誤り: オプションが間違っているか不明</translation>
    </message>
    <message>
        <source>system keychain unavailable or locked: nothing was removed, try again once it works</source>
        <translation>システムのキーチェーンが使えないかロックされている: 何も削除されていません。使えるようになったらもう一度お試しください</translation>
    </message>
    <message>
        <source>--all signs out of every account: leave out --server and --username.</source>
        <translation>--all はすべてのアカウントからサインアウトします: --server と --username は指定しないでください。</translation>
    </message>
    <message>
        <source>liftoff logout: no stored session; nothing to sign out of.</source>
        <translation>liftoff logout: 保存されたセッションがないため、サインアウトするものはありません。</translation>
    </message>
    <message>
        <source>The session of %1 had already ended (%2); it is forgotten.</source>
        <translation>%1 のセッションはすでに終了していました (%2)。このセッションは忘れました。</translation>
    </message>
    <message>
        <source>%1: the server could not be told, so the session may still be valid there until it expires. It is no longer stored on this computer.</source>
        <translation>%1: サーバーに伝えられなかったため、セッションは有効期限までサーバー上で有効なままの可能性があります。このコンピューターにはもう保存されていません。</translation>
    </message>
    <message>
        <source>The keychain held no session for %1; it is forgotten.</source>
        <translation>キーチェーンに %1 のセッションはありませんでした。このセッションは忘れました。</translation>
    </message>
    <message>
        <source>%1 is still signed in: %2</source>
        <translation>%1 はまだサインインしています: %2</translation>
    </message>
    <message>
        <source>signed out of %1 on the server, but: %2</source>
        <translation>サーバー上で %1 からサインアウトしましたが、次の問題があります: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>could not update %1.</source>
        <translation>%1 を更新できませんでした。</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>%1 からサインアウトしました。</translation>
    </message>
    <message>
        <source>Sign out every OTHER session of the account on the server instead (other devices and browsers), and make its personal access tokens stop working; this session stays signed in and stored. Asks first on a terminal.</source>
        <translation>代わりに、サーバー上でこのアカウントの「このセッション以外」のすべてのセッション (ほかのデバイスやブラウザー) をサインアウトし、アカウントのパーソナルアクセストークンを使えなくします。このセッションはサインインしたまま保存されます。端末では先に確認します。</translation>
    </message>
    <message>
        <source>With --others: do not ask (needed without a terminal).</source>
        <translation>--others と一緒に使います: 確認しません (端末がない場合は必要です)。</translation>
    </message>
    <message>
        <source>Usage: liftoff logout [--server &lt;url&gt;] [--username &lt;name&gt; | --all | --others [--yes]] [options]</source>
        <translation>使い方: liftoff logout [--server &lt;URL&gt;] [--username &lt;名前&gt; | --all | --others [--yes]] [オプション]</translation>
    </message>
    <message>
        <source>Signs out of a stored session, as Sign out in the window does: the server is told to forget the session, then its token is removed from the system keychain and the account from the list. Without options, the account used last; --server and --username pick another, --all takes every one. When the server cannot be reached, the session is forgotten on this computer all the same and stderr says that it may still be valid on the server until it expires: the exit code is 0, since nothing is stored any more. An account signed in with a personal access token is only forgotten on this computer: the server is not told, since that would delete the token for every script that uses it; it works until you revoke it in Rocket.Chat (My Account → Personal Access Tokens). --others keeps this session and ends every other one of the account on the server (not offered for a personal access token).</source>
        <translation>ウィンドウの「サインアウト」と同じように、保存されたセッションからサインアウトします: サーバーにセッションを忘れるよう伝えてから、トークンをシステムのキーチェーンから、アカウントをリストから削除します。オプションがなければ最後に使ったアカウントが対象で、--server と --username で別のアカウントを、--all ですべてを選びます。サーバーに接続できない場合も、このコンピューター上のセッションは忘れられ、有効期限までサーバー上で有効なままの可能性があることが stderr に出力されます: もう何も保存されていないため、終了コードは 0 です。パーソナルアクセストークンでサインインしたアカウントは、このコンピューター上で忘れるだけで、サーバーには伝えません。伝えると、そのトークンを使うすべてのスクリプトでトークンが削除されてしまうためです。トークンは Rocket.Chat の「マイアカウント → パーソナルアクセストークン」で取り消すまで使えます。--others はこのセッションを残し、サーバー上でこのアカウントのほかのすべてのセッションを終了します (パーソナルアクセストークンでは使えません)。</translation>
    </message>
    <message>
        <source>no stored session matches (--others: or the session is no longer accepted, or it is a personal access token)</source>
        <translation>一致する保存されたセッションがない (--others の場合: セッションがもう受け付けられない、またはパーソナルアクセストークンである場合も)</translation>
    </message>
    <message>
        <source>--others: the server could not be reached</source>
        <translation>--others: サーバーに接続できない</translation>
    </message>
    <message>
        <source>give --all or --others, not both.</source>
        <translation>--all と --others のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>--yes goes with --others.</source>
        <translation>--yes は --others と一緒に使います。</translation>
    </message>
    <message>
        <source>--others asks before it signs out the other sessions, and there is no terminal to ask on: add --yes.</source>
        <translation>--others はほかのセッションをサインアウトする前に確認しますが、確認する端末がありません: --yes を追加してください。</translation>
    </message>
    <message>
        <source>The personal access token still works until you revoke it in Rocket.Chat (My Account → Personal Access Tokens); it is no longer stored on this computer.</source>
        <translation>パーソナルアクセストークンは、Rocket.Chat の「マイアカウント → パーソナルアクセストークン」で取り消すまで引き続き使えます。このコンピューターにはもう保存されていません。</translation>
    </message>
    <message>
        <source>%1 is signed in with a personal access token; signing out the other sessions would delete that token too. Sign in with a password (liftoff login) to do it.</source>
        <translation>%1 はパーソナルアクセストークンでサインインしています。ほかのセッションをサインアウトすると、そのトークンも削除されてしまいます。実行するには、パスワードでサインインしてください (liftoff login)。</translation>
    </message>
    <message>
        <source>y</source>
        <comment>the answer yes to a [y/N] question</comment>
        <translation>はい</translation>
    </message>
    <message>
        <source>Nothing was signed out.</source>
        <translation>サインアウトは行いませんでした。</translation>
    </message>
    <message>
        <source>Sign out all other sessions of %1? Other devices and browsers are signed out, and personal access tokens stop working. This session stays signed in.</source>
        <translation>%1 のほかのすべてのセッションをサインアウトしますか? ほかのデバイスやブラウザーはサインアウトされ、パーソナルアクセストークンは使えなくなります。このセッションはサインインしたままです。</translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>続行しますか? [y/N] </translation>
    </message>
    <message>
        <source>Signed out every other session of %1; this one is still signed in.</source>
        <translation>%1 のほかのすべてのセッションをサインアウトしました。このセッションはサインインしたままです。</translation>
    </message>
    <message>
        <source>the other sessions of %1 were not signed out: %2</source>
        <translation>%1 のほかのセッションはサインアウトされませんでした: %2</translation>
    </message>
    <message>
        <source>the server did not answer in time; the other sessions of %1 may not be signed out.</source>
        <translation>サーバーが時間内に応答しませんでした。%1 のほかのセッションはサインアウトされていない可能性があります。</translation>
    </message>
    <message>
        <source>Sign out on the server and forget the stored session (--all: every one; --others: every other session of the account).</source>
        <translation>サーバーでサインアウトし、保存されたセッションを忘れます (--all: すべて、--others: このアカウントのほかのすべてのセッション)。</translation>
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
        <translation>リンクからサインインしますか?</translation>
    </message>
    <message>
        <source>&amp;Ignore the link</source>
        <translation>リンクを無視(&amp;I)</translation>
    </message>
    <message>
        <source>Sign-in link ignored</source>
        <translation>サインインのリンクを無視しました</translation>
    </message>
    <message>
        <source>A link asks Liftoff to sign you in to %1 as %2 (@%3, user id %4). Sign in only if you just asked for this, for example in your browser; a link from someone else could sign you in to their account.</source>
        <comment>%1 is a server address, %2 a person&apos;s name, %3 a user name, %4 a user id</comment>
        <translation>リンクが Liftoff に、%1 へ %2 (@%3、ユーザー ID %4) としてサインインするよう求めています。ブラウザーなどで自分で今求めた場合だけサインインしてください。他人からのリンクでは、その人のアカウントにサインインさせられるおそれがあります。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>accepts a sign-in link; no &amp; in it: no single key may accept</comment>
        <translation>サインイン</translation>
    </message>
</context>
<context>
    <name>OfflinePage</name>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>the name of the page shown while the server is unreachable</comment>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Last try</source>
        <extracomment>The name, for screen readers, of the message saying why the most recent attempt to reach the server failed: the previous try, not the final one (Liftoff keeps trying).</extracomment>
        <translation>前回の試行</translation>
    </message>
    <message>
        <source>Sign in with &amp;another account</source>
        <translation>別のアカウントでサインイン(&amp;A)</translation>
    </message>
    <message>
        <source>Sign in with another account</source>
        <translation>別のアカウントでサインイン</translation>
    </message>
    <message>
        <source>Stop waiting for this server; this account stays saved and you can switch back to it later</source>
        <translation>このサーバーを待つのをやめます。このアカウントは保存されたままで、後で切り替えて戻れます</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>今すぐ再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>今すぐ再試行</translation>
    </message>
    <message>
        <source>Try to reach the server now instead of waiting (Enter)</source>
        <translation>待たずに今すぐサーバーへの接続を試みます (Enter)</translation>
    </message>
    <message>
        <source>Liftoff cannot reach %1 to sign you in as %2. Your session is kept on this computer: you are signed in as soon as the server answers.</source>
        <comment>%1 is a server address, %2 an account</comment>
        <translation>%2 としてサインインするために %1 に接続できません。セッションはこのコンピューターに保持されています: サーバーが応答したらすぐにサインインします。</translation>
    </message>
    <message>
        <source>Liftoff cannot reach %1. Your session is kept on this computer: you are signed in as soon as the server answers.</source>
        <comment>%1 is a server address</comment>
        <translation>%1 に接続できません。セッションはこのコンピューターに保持されています: サーバーが応答したらすぐにサインインします。</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <comment>a live countdown to the next try</comment>
        <translation>
            <numerusform>%n 秒後に再試行します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying again now…</source>
        <translation>再試行しています…</translation>
    </message>
    <message>
        <source>Trying again</source>
        <comment>a busy bar while the server is tried again</comment>
        <translation>再試行中</translation>
    </message>
</context>
<context>
    <name>OpenCommand</name>
    <message>
        <source>Hand a sign-in link (rocketchat://auth?…) to the running Liftoff, or open the window with it.</source>
        <translation>サインインのリンク (rocketchat://auth?…) を実行中の Liftoff に渡すか、そのリンクでウィンドウを開きます。</translation>
    </message>
    <message>
        <source>url</source>
        <comment>placeholder in the usage line: liftoff open &lt;url&gt;</comment>
        <translation>URL</translation>
    </message>
    <message>
        <source>The link, rocketchat://auth?…</source>
        <translation>リンク (rocketchat://auth?…)</translation>
    </message>
    <message>
        <source>Usage: liftoff open &lt;url&gt;</source>
        <translation>使い方: liftoff open &lt;URL&gt;</translation>
    </message>
    <message>
        <source>Hands a sign-in link to the Liftoff that is running (the window, or liftoff login --sso), as the operating system does when a browser opens a rocketchat:// link. With none running, opens the window, which handles the link. A link Liftoff did not ask for is refused there.</source>
        <translation>サインインのリンクを実行中の Liftoff (ウィンドウ、または liftoff login --sso) に渡します。ブラウザーが rocketchat:// リンクを開いたときにオペレーティング システムが行うのと同じです。実行中のものがなければウィンドウを開き、ウィンドウがリンクを処理します。Liftoff が求めていないリンクは、そこで拒否されます。</translation>
    </message>
    <message>
        <source>handed over (or handled by the window)</source>
        <translation>渡しました (またはウィンドウが処理しました)</translation>
    </message>
    <message>
        <source>usage: not one link, or not a rocketchat:// link</source>
        <translation>使い方の誤り: リンクが 1 つではない、または rocketchat:// リンクではない</translation>
    </message>
    <message>
        <source>give one link, rocketchat://auth?… or https://go.rocket.chat/auth?…</source>
        <translation>リンクを 1 つ指定してください (rocketchat://auth?… または https://go.rocket.chat/auth?…)。</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Show password</source>
        <comment>a toggle button next to the password field</comment>
        <translation>パスワードを表示</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>パスワードを隠します</translation>
    </message>
    <message>
        <source>Show the password as you type it</source>
        <translation>入力中のパスワードを表示します</translation>
    </message>
</context>
<context>
    <name>ResumeCommand</name>
    <message>
        <source>Sign in again with the session stored by login, without a password.</source>
        <translation>login で保存されたセッションを使い、パスワードなしで再びサインインします。</translation>
    </message>
    <message>
        <source>On success print one JSON object (server, userId, username, type, tokenExpires) instead of a sentence. The token itself is never printed.</source>
        <translation>成功したときに、文章の代わりに JSON オブジェクト (server、userId、username、type、tokenExpires) を 1 つ出力します。トークン自体は出力しません。</translation>
    </message>
    <message>
        <source>Usage: liftoff resume [--server &lt;url&gt;] [--username &lt;name&gt;] [options]</source>
        <translation>使い方: liftoff resume [--server &lt;URL&gt;] [--username &lt;名前&gt;] [オプション]</translation>
    </message>
    <message>
        <source>Signs in again with the session that &quot;liftoff login&quot; stored in the system keychain, without a password: the account given by --server and --username, or else the one used last. A session that expired or that the server no longer accepts is forgotten; one whose server cannot be reached is kept.</source>
        <translation>「liftoff login」がシステムのキーチェーンに保存したセッションを使い、パスワードなしで再びサインインします: 対象は --server と --username で指定したアカウント、なければ最後に使ったアカウントです。有効期限が切れたセッションやサーバーが受け付けなくなったセッションは忘れます。サーバーに接続できないセッションは保持します。</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>サインインしました</translation>
    </message>
    <message>
        <source>anything else (e.g. an unexpected server error)</source>
        <translation>その他すべて (例: サーバーの予期しないエラー)</translation>
    </message>
    <message>
        <source>usage: a wrong or unknown option</source>
        <translation>使い方の誤り: オプションが間違っているか不明</translation>
    </message>
    <message>
        <source>no stored session (or its token is not in the keychain), or it expired, or the server no longer accepts it: sign in with liftoff login</source>
        <translation>保存されたセッションがない (またはトークンがキーチェーンにない)、有効期限切れ、またはサーバーが受け付けない: liftoff login でサインインしてください</translation>
    </message>
    <message>
        <source>system keychain unavailable or locked</source>
        <translation>システムのキーチェーンが使えないかロックされている</translation>
    </message>
    <message>
        <source>The session of %1 is kept: try again later.</source>
        <translation>%1 のセッションは保持されています: 後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate although the system does not, if its SHA-256 fingerprint is this one (64 hexadecimal digits, colons optional). It is remembered for the server, as the window&apos;s &quot;Trust this certificate&quot;.</source>
        <translation>システムが信頼していなくても、SHA-256 フィンガープリントがこの値 (16 進数 64 桁、コロンは省略可) であれば、サーバーの証明書を信頼します。ウィンドウの「この証明書を信頼する」と同じように、このサーバーについて記憶されます。</translation>
    </message>
    <message>
        <source>server unreachable, not Rocket.Chat, TLS problem (such as a certificate that is not trusted: stderr gives its fingerprint for --trust-fingerprint) or time-out; the session is kept</source>
        <translation>サーバーに接続できない、Rocket.Chat ではない、TLS の問題 (信頼されていない証明書など: stderr に --trust-fingerprint 用のフィンガープリントが出力されます)、またはタイムアウト。セッションは保持されます</translation>
    </message>
    <message>
        <source>The session of %1 is kept.</source>
        <translation>%1 のセッションは保持されています。</translation>
    </message>
</context>
<context>
    <name>ResumingPage</name>
    <message>
        <source>Signing in</source>
        <translation>サインイン中</translation>
    </message>
    <message>
        <source>Signing in with a saved session</source>
        <comment>the name of a page</comment>
        <translation>保存されたセッションでサインイン中</translation>
    </message>
    <message>
        <source>Signing in with the saved session</source>
        <translation>保存されたセッションでサインインしています</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel signing in with the saved session</source>
        <translation>保存されたセッションでのサインインをキャンセルします</translation>
    </message>
    <message>
        <source>Stop and go to the sign-in page; the account stays saved (Esc)</source>
        <translation>中止してサインインページに移動します。アカウントは保存されたままです (Esc)</translation>
    </message>
    <message>
        <source>Signing in to %1 as %2 with the session saved on this computer…</source>
        <comment>%1 is a server address, %2 an account</comment>
        <translation>このコンピューターに保存されたセッションで %1 に %2 としてサインインしています…</translation>
    </message>
    <message>
        <source>Signing in to %1 with the session saved on this computer…</source>
        <comment>%1 is a server address</comment>
        <translation>このコンピューターに保存されたセッションで %1 にサインインしています…</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Enter the address of your Rocket.Chat server, for example chat.example.com.</source>
        <translation>Rocket.Chat サーバーのアドレスを入力してください (例: chat.example.com)。</translation>
    </message>
    <message>
        <source>A server address cannot contain spaces. Check the address and enter it again without spaces.</source>
        <translation>サーバーのアドレスにスペースは使えません。アドレスを確認し、スペースなしで入力し直してください。</translation>
    </message>
    <message>
        <source>Addresses starting with “%1:” cannot be used to sign in. Enter the server address with https://, for example https://chat.example.com.</source>
        <extracomment>%1 is the scheme the user typed, such as &quot;ftp&quot; or &quot;mailto&quot;.</extracomment>
        <translation>「%1:」で始まるアドレスではサインインできません。サーバーのアドレスを https:// 付きで入力してください (例: https://chat.example.com)。</translation>
    </message>
    <message>
        <source>This is not a valid web address. Enter the server address as it appears in your browser, for example https://chat.example.com.</source>
        <translation>有効な Web アドレスではありません。ブラウザーに表示されるとおりにサーバーのアドレスを入力してください (例: https://chat.example.com)。</translation>
    </message>
    <message>
        <source>The address has no server name. Enter the full address, for example https://chat.example.com.</source>
        <translation>アドレスにサーバー名がありません。完全なアドレスを入力してください (例: https://chat.example.com)。</translation>
    </message>
    <message>
        <source>“%1” is not a valid server name. Check the address for typing mistakes.</source>
        <extracomment>%1 is the server name the user typed.</extracomment>
        <translation>「%1」は有効なサーバー名ではありません。アドレスに入力ミスがないか確認してください。</translation>
    </message>
    <message>
        <source>“%1” is not a valid port number. Use a number from 1 to 65535, or leave the port out to use the standard one.</source>
        <extracomment>%1 is what the user typed after the colon in the server address.</extracomment>
        <translation>「%1」は有効なポート番号ではありません。1 から 65535 までの数値を使うか、標準のポートを使う場合はポートを省略してください。</translation>
    </message>
    <message>
        <source>The server %1 does not use an encrypted connection, so your password could be read by others on the network. Use an https:// address, or allow an unencrypted connection if you trust this network.</source>
        <extracomment>%1 is the server&apos;s host name.</extracomment>
        <translation>サーバー %1 は暗号化された接続を使っていないため、ネットワーク上の他人にパスワードを読まれるおそれがあります。https:// のアドレスを使うか、このネットワークを信頼できる場合は暗号化されていない接続を許可してください。</translation>
    </message>
    <message>
        <source>The server address contains a username or password. Remove everything up to and including the “@”; you sign in on the next screen.</source>
        <translation>サーバーのアドレスにユーザー名またはパスワードが含まれています。「@」までをすべて (「@」も含めて) 削除してください。サインインは次の画面で行います。</translation>
    </message>
</context>
<context>
    <name>ServerCheck</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>%n 秒以内に応答なし</numerusform>
        </translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>サーバーが HTTP %1 を返しました</translation>
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
        <translation>ほかのサインイン方法</translation>
    </message>
    <message>
        <source>Or sign in with your browser:</source>
        <translation>またはブラウザーでサインイン:</translation>
    </message>
    <message>
        <source>Opens your web browser to sign in with %1</source>
        <translation>Web ブラウザーを開いて %1 でサインインします</translation>
    </message>
</context>
<context>
    <name>SessionResume</name>
    <message>
        <source>the account is no longer stored</source>
        <translation>アカウントはもう保存されていません</translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>unexpected answer to the sign-in</source>
        <translation>サインインに対する予期しない応答</translation>
    </message>
    <message>
        <source>You are signed out on this computer, but the server could not be reached, so your session may still be valid on the server until it expires. Signing out of all sessions in Rocket.Chat&apos;s web app ends it sooner.</source>
        <translation>このコンピューターではサインアウトしましたが、サーバーに接続できなかったため、セッションは有効期限までサーバー上で有効なままの可能性があります。Rocket.Chat の Web アプリですべてのセッションからサインアウトすると、より早く終了できます。</translation>
    </message>
    <message>
        <source>Liftoff waited too long for the two-factor code, so it forgot your sign-in details for your security. Sign in again to continue.</source>
        <translation>2 段階認証コードを長く待ちすぎたため、安全のため Liftoff はサインイン情報を破棄しました。続けるにはもう一度サインインしてください。</translation>
    </message>
    <message>
        <source>You are signed out on this computer. Your personal access token still works until you revoke it in Rocket.Chat (My Account → Personal Access Tokens).</source>
        <translation>このコンピューターではサインアウトしました。パーソナルアクセストークンは、Rocket.Chat の「マイアカウント → パーソナルアクセストークン」で取り消すまで引き続き使えます。</translation>
    </message>
</context>
<context>
    <name>SignInError</name>
    <message>
        <source>Enter the address of your Rocket.Chat server, for example chat.example.com.</source>
        <translation>Rocket.Chat サーバーのアドレスを入力してください (例: chat.example.com)。</translation>
    </message>
    <message>
        <source>Could not reach the server (%1). Check the address and your network connection, then try again.</source>
        <translation>サーバーに接続できませんでした (%1)。アドレスとネットワーク接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not reach the server. Check the address and your network connection, then try again.</source>
        <translation>サーバーに接続できませんでした。アドレスとネットワーク接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server answered, but it is not a Rocket.Chat server. Check the address: it is the one you open in a browser to use Rocket.Chat.</source>
        <translation>サーバーは応答しましたが、Rocket.Chat サーバーではありません。アドレスを確認してください: Rocket.Chat を使うときにブラウザーで開くアドレスです。</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted (%1), so Liftoff did not connect. Check the address, or ask the server&apos;s administrator to fix the certificate.</source>
        <translation>サーバーのセキュリティ証明書が信頼されていないため (%1)、Liftoff は接続しませんでした。アドレスを確認するか、サーバーの管理者に証明書の修正を依頼してください。</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted, so Liftoff did not connect. Check the address, or ask the server&apos;s administrator to fix the certificate.</source>
        <translation>サーバーのセキュリティ証明書が信頼されていないため、Liftoff は接続しませんでした。アドレスを確認するか、サーバーの管理者に証明書の修正を依頼してください。</translation>
    </message>
    <message>
        <source>This server runs Rocket.Chat %1, which is too old for Liftoff (it needs %2 or newer). Ask the server&apos;s administrator to update it.</source>
        <translation>このサーバーで動作している Rocket.Chat %1 は、Liftoff には古すぎます (%2 以降が必要です)。サーバーの管理者に更新を依頼してください。</translation>
    </message>
    <message>
        <source>(unknown version)</source>
        <translation>(不明なバージョン)</translation>
    </message>
    <message>
        <source>The server speaks a version of the realtime protocol that Liftoff does not support (%1). Ask the server&apos;s administrator which apps it supports.</source>
        <translation>サーバーは、Liftoff が対応していないバージョンのリアルタイムプロトコルを使っています (%1)。対応しているアプリをサーバーの管理者に確認してください。</translation>
    </message>
    <message>
        <source>This account is deactivated or still waiting for an administrator&apos;s approval. Ask the server&apos;s administrator to activate it.</source>
        <translation>このアカウントは無効化されているか、管理者の承認待ちです。サーバーの管理者に有効化を依頼してください。</translation>
    </message>
    <message>
        <source>This account belongs to an app and cannot be used to sign in. Sign in with a personal account.</source>
        <translation>このアカウントはアプリ用のため、サインインには使えません。個人のアカウントでサインインしてください。</translation>
    </message>
    <message>
        <source>This account has no roles on the server, so it may not sign in. Ask the server&apos;s administrator to give it a role.</source>
        <translation>このアカウントにはサーバー上のロールがないため、サインインできません。サーバーの管理者にロールの付与を依頼してください。</translation>
    </message>
    <message>
        <source>The e-mail address of this account is not verified yet. Open the link in the verification e-mail the server sent you, then sign in again.</source>
        <translation>このアカウントのメールアドレスはまだ確認されていません。サーバーから届いた確認メールのリンクを開いてから、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>This account needs a two-factor authentication code. Sign in again and enter the code from your authenticator app or e-mail.</source>
        <translation>このアカウントには二要素認証コードが必要です。もう一度サインインして、認証アプリまたはメールのコードを入力してください。</translation>
    </message>
    <message>
        <source>That code is not correct or has expired. Enter the current code and try again.</source>
        <translation>そのコードは正しくないか、有効期限が切れています。現在のコードを入力して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Too many wrong two-factor codes. Sign in again from the start to get a new code.</source>
        <translation>間違った二要素認証コードが多すぎます。新しいコードを受け取るため、最初からサインインし直してください。</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>サインインの試行回数が多すぎます。%n 秒待ってから、もう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a moment, then try again.</source>
        <translation>サインインの試行回数が多すぎます。しばらく待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Sign-in to this account is blocked for a while after too many failed attempts. Wait a few minutes and try again, or ask the server&apos;s administrator.</source>
        <translation>失敗が多すぎたため、このアカウントへのサインインはしばらくブロックされています。数分待ってからもう一度お試しいただくか、サーバーの管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>Sign-in from your network address is blocked for a while after too many failed attempts. Wait a few minutes and try again, or ask the server&apos;s administrator.</source>
        <translation>失敗が多すぎたため、お使いのネットワークアドレスからのサインインはしばらくブロックされています。数分待ってからもう一度お試しいただくか、サーバーの管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection and try again.</source>
        <translation>サーバーが時間内に応答しませんでした。ネットワーク接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The connection to the server was lost before it answered. Try again once the connection is back.</source>
        <translation>サーバーが応答する前に接続が切れました。接続が回復したら、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Your saved session has expired, so Liftoff did not use it. Sign in again to continue.</source>
        <translation>保存されたセッションの有効期限が切れているため、Liftoff はそれを使いませんでした。続けるには、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The server no longer accepts your saved session (&quot;%1&quot;): it was signed out elsewhere, or it expired. Sign in again to continue.</source>
        <translation>サーバーは保存されたセッションをもう受け付けません (「%1」): 別の場所でサインアウトされたか、有効期限が切れています。続けるには、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The server no longer accepts your saved session: it was signed out elsewhere, or it expired. Sign in again to continue.</source>
        <translation>サーバーは保存されたセッションをもう受け付けません: 別の場所でサインアウトされたか、有効期限が切れています。続けるには、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>サインインをキャンセルしました。</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1), so Liftoff cannot store your sign-in. Unlock or set up the keychain and try again.</source>
        <translation>システムのキーチェーンが使えないため (%1)、Liftoff はサインイン情報を保存できません。キーチェーンのロックを解除するか設定してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The system keychain is not available, so Liftoff cannot store your sign-in. Unlock or set up the keychain and try again.</source>
        <translation>システムのキーチェーンが使えないため、Liftoff はサインイン情報を保存できません。キーチェーンのロックを解除するか設定してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server refused the sign-in: &quot;%1&quot;. Try again; if it keeps happening, contact the server&apos;s administrator.</source>
        <translation>サーバーがサインインを拒否しました: 「%1」。もう一度お試しください。繰り返し起こる場合は、サーバーの管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>The server refused the sign-in without saying why. Try again; if it keeps happening, contact the server&apos;s administrator.</source>
        <translation>サーバーが理由を示さずにサインインを拒否しました。もう一度お試しください。繰り返し起こる場合は、サーバーの管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>WARNING: the server&apos;s security certificate has CHANGED since you trusted it, so Liftoff did not connect. Someone may be intercepting your connection: trust the new certificate only if the server&apos;s administrator confirms they replaced it.</source>
        <translation>警告: サーバーのセキュリティ証明書が、信頼した時点から変更されているため、Liftoff は接続しませんでした。何者かが接続を傍受している可能性があります: サーバーの管理者が証明書を交換したと確認した場合にのみ、新しい証明書を信頼してください。</translation>
    </message>
    <message>
        <source>The server stopped answering: it did not reply to a ping in time, so Liftoff closed the connection. Check your network connection and try again.</source>
        <translation>サーバーが応答しなくなりました: ping に時間内に応答しなかったため、Liftoff は接続を閉じました。ネットワーク接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server sent a message larger than Liftoff accepts, so Liftoff closed the connection. Try again; if it keeps happening, contact the server&apos;s administrator.</source>
        <translation>サーバーが Liftoff の受け付ける大きさを超えるメッセージを送ってきたため、Liftoff は接続を閉じました。もう一度お試しください。繰り返し起こる場合は、サーバーの管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>Liftoff received a sign-in link it cannot use: %1</source>
        <translation>Liftoff が受け取ったサインインのリンクは使えません: %1</translation>
    </message>
    <message>
        <source>Liftoff received a sign-in link it cannot use. Start the sign-in again from Liftoff.</source>
        <translation>Liftoff が受け取ったサインインのリンクは使えません。Liftoff からもう一度サインインを始めてください。</translation>
    </message>
    <message>
        <source>Liftoff ignored a sign-in link because it did not start that sign-in (for example, someone sent you the link). If you want to sign in, start from Liftoff.</source>
        <translation>Liftoff はサインインのリンクを無視しました。このサインインは Liftoff が始めたものではありません (たとえば、誰かがリンクを送ってきた場合)。サインインするには、Liftoff から始めてください。</translation>
    </message>
    <message>
        <source>Liftoff ignored a sign-in link because it is for a different server (%1) than the one you are signing in to. Check the server address and start again.</source>
        <translation>Liftoff はサインインのリンクを無視しました。このリンクは、いまサインインしているサーバーとは別のサーバー (%1) 用です。サーバーのアドレスを確認して、最初からやり直してください。</translation>
    </message>
    <message>
        <source>Liftoff is no longer waiting for this sign-in: it was cancelled, or it took too long in the browser. Start the sign-in again.</source>
        <translation>Liftoff はこのサインインをもう待っていません: キャンセルされたか、ブラウザーで時間がかかりすぎました。もう一度サインインを始めてください。</translation>
    </message>
    <message>
        <source>The identity provider did not sign you in (&quot;%1&quot;). Start again, and allow Liftoff&apos;s sign-in in the browser.</source>
        <translation>ID プロバイダーでサインインできませんでした (「%1」)。最初からやり直し、ブラウザーで Liftoff のサインインを許可してください。</translation>
    </message>
    <message>
        <source>The identity provider did not sign you in. Start again, and allow Liftoff&apos;s sign-in in the browser.</source>
        <translation>ID プロバイダーでサインインできませんでした。最初からやり直し、ブラウザーで Liftoff のサインインを許可してください。</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in from the browser: it took too long, or your account cannot sign in to this server. Start again; if it keeps happening, contact the server&apos;s administrator.</source>
        <translation>サーバーはブラウザーからのサインインを受け付けませんでした: 時間がかかりすぎたか、お使いのアカウントではこのサーバーにサインインできません。最初からやり直してください。繰り返し起こる場合は、サーバーの管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>The server moved to %1. Liftoff did not follow it there: if that is the address you expect, type it as the server address and try again.</source>
        <translation>サーバーは %1 に移動しました。Liftoff は移動先に従っていません。想定どおりのアドレスなら、サーバーアドレスとして入力してもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server moved to another address. Liftoff did not follow it there: check the address with the server&apos;s administrator.</source>
        <translation>サーバーは別のアドレスに移動しました。Liftoff は移動先に従っていません。サーバーの管理者にアドレスを確認してください。</translation>
    </message>
    <message>
        <source>The username, e-mail address or password is not correct. Check them and try again.</source>
        <translation>ユーザー名、メールアドレス、またはパスワードが正しくありません。確認して、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to Rocket.Chat</source>
        <translation>Rocket.Chat にサインイン</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>the name of the sign-in page</comment>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Use the account you have on your organization&apos;s Rocket.Chat server.</source>
        <translation>組織の Rocket.Chat サーバーにあるアカウントを使ってください。</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <source>chat.example.com</source>
        <comment>placeholder: an example server address</comment>
        <translation>chat.example.com</translation>
    </message>
    <message>
        <source>The address you open Rocket.Chat at in a web browser. Press Down to pick a server you signed in to before.</source>
        <translation>Web ブラウザーで Rocket.Chat を開くときのアドレスです。下矢印キーを押すと、以前サインインしたサーバーを選べます。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>Recent servers</source>
        <translation>最近のサーバー</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>サーバーの状態</translation>
    </message>
    <message>
        <source>Allow an unen&amp;crypted connection to this server</source>
        <translation>このサーバーへの暗号化されていない接続を許可(&amp;C)</translation>
    </message>
    <message>
        <source>Allow an unencrypted connection</source>
        <translation>暗号化されていない接続を許可</translation>
    </message>
    <message>
        <source>Without encryption, anyone on the network between you and the server can read your password. Only allow this on a network you trust.</source>
        <translation>暗号化しないと、あなたとサーバーの間のネットワーク上の誰もがパスワードを読めてしまいます。信頼できるネットワークでのみ許可してください。</translation>
    </message>
    <message>
        <source>Username or e-mail address</source>
        <translation>ユーザー名またはメールアドレス</translation>
    </message>
    <message>
        <source>&amp;Username or e-mail address:</source>
        <translation>ユーザー名またはメールアドレス(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Sign in with &amp;LDAP (your directory account)</source>
        <translation>LDAP でサインイン (ディレクトリのアカウント)(&amp;L)</translation>
    </message>
    <message>
        <source>Sign in with LDAP</source>
        <translation>LDAP でサインイン</translation>
    </message>
    <message>
        <source>This server can check your password against your organization&apos;s directory (LDAP). Choose this if that is where your account is.</source>
        <translation>このサーバーは、組織のディレクトリ (LDAP) でパスワードを確認できます。アカウントがそこにある場合は、これを選んでください。</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>サインインの問題</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>サインイン中</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>サインインをキャンセル</translation>
    </message>
    <message>
        <source>Stop waiting for the server (Esc)</source>
        <translation>サーバーを待つのをやめます (Esc)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Type the address of your Rocket.Chat server, for example chat.example.com.</source>
        <translation>Rocket.Chat サーバーのアドレスを入力してください (例: chat.example.com)。</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <comment>%1 is a server address</comment>
        <translation>%1 にサインインしています…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <comment>%1 is a server address</comment>
        <translation>%1 を確認しています…</translation>
    </message>
    <message>
        <source>%1 is a Rocket.Chat server.</source>
        <comment>%1 is a server address</comment>
        <translation>%1 は Rocket.Chat サーバーです。</translation>
    </message>
    <message>
        <source>%1 runs Rocket.Chat %2.</source>
        <comment>%1 is a server address, %2 a version number</comment>
        <translation>%1 では Rocket.Chat %2 が動作しています。</translation>
    </message>
    <message>
        <source>The connection is not encrypted: others on the network can read what you send.</source>
        <translation>接続は暗号化されていません: 送信する内容をネットワーク上の他人に読まれるおそれがあります。</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts. You can try again in %n second(s).</source>
        <comment>a live countdown</comment>
        <translation>
            <numerusform>サインインの試行回数が多すぎます。%n 秒後にもう一度お試しいただけます。</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try to sign in again now.</source>
        <translation>もう一度サインインをお試しいただけます。</translation>
    </message>
    <message>
        <source>Use a personal access to&amp;ken instead of a password</source>
        <translation>パスワードの代わりにパーソナルアクセストークンを使用(&amp;K)</translation>
    </message>
    <message>
        <source>Use a personal access token</source>
        <translation>パーソナルアクセストークンを使用</translation>
    </message>
    <message>
        <source>A token you made in Rocket.Chat under My Account → Personal Access Tokens. Signing out later forgets it on this computer only.</source>
        <translation>Rocket.Chat の「マイアカウント → パーソナルアクセストークン」で作成したトークンです。後でサインアウトしても、忘れるのはこのコンピューター上だけです。</translation>
    </message>
    <message>
        <source>Back to the account you left</source>
        <translation>切り替える前のアカウントに戻る</translation>
    </message>
    <message>
        <source>Sign in again with the account you left for another one</source>
        <translation>別のアカウントに切り替える前のアカウントで、もう一度サインインします</translation>
    </message>
    <message>
        <source>Add another account</source>
        <translation>別のアカウントを追加</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <extracomment>%1 is an account, as the account list names it: &quot;Alice Liddell (@alice)&quot;</extracomment>
        <translation>%1 に戻る</translation>
    </message>
    <message>
        <source>Paste your personal access token.</source>
        <translation>パーソナルアクセストークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>Type your username or e-mail address.</source>
        <translation>ユーザー名またはメールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The server did not accept this personal access token. Check that it was copied whole and has not been revoked.</source>
        <translation>サーバーはこのパーソナルアクセストークンを受け付けませんでした。全体をコピーしたか、取り消されていないかを確認してください。</translation>
    </message>
    <message>
        <source>Signing out of %1…</source>
        <comment>%1 is a server address</comment>
        <translation>%1 からサインアウトしています…</translation>
    </message>
    <message>
        <source>You are signed out: %1 ended your session.</source>
        <comment>%1 is a server address</comment>
        <translation>サインアウトしました: %1 がセッションを終了しました。</translation>
    </message>
    <message>
        <source>&amp;Personal access token:</source>
        <translation>パーソナルアクセストークン(&amp;P):</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>パーソナルアクセストークン</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Paste the token</source>
        <comment>placeholder of the personal access token field</comment>
        <translation>トークンを貼り付け</translation>
    </message>
</context>
<context>
    <name>SignedInPage</name>
    <message>
        <source>You are signed in</source>
        <translation>サインインしました</translation>
    </message>
    <message>
        <source>Signed in</source>
        <comment>the name of the page shown once signed in</comment>
        <translation>サインイン済み</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>サーバー:</translation>
    </message>
    <message>
        <source>Session expires</source>
        <translation>セッションの有効期限</translation>
    </message>
    <message>
        <source>Session expires:</source>
        <translation>セッションの有効期限:</translation>
    </message>
    <message>
        <source>Session storage problem</source>
        <translation>セッションの保存に関する問題</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>End this session on the server</source>
        <translation>サーバー上でこのセッションを終了します</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <comment>%1 is a server address, %2 a person&apos;s name</comment>
        <translation>%1 に %2 としてサインインしました。</translation>
    </message>
    <message>
        <source>@%1</source>
        <comment>a Rocket.Chat user name, shown as people mention it</comment>
        <translation>@%1</translation>
    </message>
    <message>
        <source>Not known (the server did not say)</source>
        <translation>不明 (サーバーから通知がありません)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>session expiry: a date, then a time of day</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1
(expired)</source>
        <comment>%1 is a date and time</comment>
        <translation>%1
(期限切れ)</translation>
    </message>
    <message numerus="yes">
        <source>%1
(in %n day(s))</source>
        <comment>%1 is a date and time</comment>
        <translation>
            <numerusform>%1
(あと %n 日)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
(in %n hour(s))</source>
        <comment>%1 is a date and time</comment>
        <translation>
            <numerusform>%1
(あと %n 時間)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
(in %n minute(s))</source>
        <comment>%1 is a date and time</comment>
        <translation>
            <numerusform>%1
(あと %n 分)</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Retr&amp;y now</source>
        <translation>今すぐ再試行(&amp;Y)</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>今すぐ再試行</translation>
    </message>
    <message>
        <source>Try to reach the server now instead of waiting</source>
        <translation>待たずに今すぐサーバーへの接続を試みます</translation>
    </message>
    <message>
        <source>Other sessions</source>
        <translation>ほかのセッション</translation>
    </message>
    <message>
        <source>Sign out all other sess&amp;ions…</source>
        <translation>ほかのセッションをサインアウト(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign out all other sessions</source>
        <translation>ほかのすべてのセッションをサインアウト</translation>
    </message>
    <message>
        <source>End your sessions on other devices and browsers; this one stays signed in</source>
        <translation>ほかのデバイスやブラウザーでのセッションを終了します。このセッションはサインインしたままです</translation>
    </message>
    <message>
        <source>Every other session was signed out. This one is still signed in.</source>
        <translation>ほかのすべてのセッションをサインアウトしました。このセッションはサインインしたままです。</translation>
    </message>
    <message>
        <source>The other sessions were not signed out: %1</source>
        <translation>ほかのセッションはサインアウトされませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost — reconnecting in %n second(s).</source>
        <comment>a live countdown</comment>
        <translation>
            <numerusform>接続が切れました。%n 秒後に再接続します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection lost — reconnecting now…</source>
        <translation>接続が切れました。再接続しています…</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <comment>why the connection ended, in the system&apos;s words</comment>
        <translation>理由: %1。</translation>
    </message>
    <message>
        <source>You signed in with a personal access token. Signing out forgets it on this computer only: it still works until you revoke it in Rocket.Chat (My Account → Personal Access Tokens). Signing out all other sessions is not offered, since it would delete this token too.</source>
        <translation>パーソナルアクセストークンでサインインしています。サインアウトしても、忘れるのはこのコンピューター上だけです: トークンは Rocket.Chat の「マイアカウント → パーソナルアクセストークン」で取り消すまで使えます。ほかのすべてのセッションのサインアウトは、このトークンも削除されてしまうため利用できません。</translation>
    </message>
    <message>
        <source>Forget the token on this computer; it keeps working</source>
        <translation>このコンピューター上のトークンを忘れます。トークンは引き続き使えます</translation>
    </message>
    <message>
        <source>Not offered while signed in with a personal access token: it would delete this token too</source>
        <translation>パーソナルアクセストークンでサインインしている間は利用できません: このトークンも削除されてしまうためです</translation>
    </message>
    <message>
        <source>Sign out all other sessions?</source>
        <translation>ほかのすべてのセッションをサインアウトしますか?</translation>
    </message>
    <message>
        <source>Sign out &amp;other sessions</source>
        <translation>ほかのセッションをサインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>Sign out the other sessions</source>
        <translation>ほかのセッションをサインアウト</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Signing out the other sessions…</source>
        <translation>ほかのセッションをサインアウトしています…</translation>
    </message>
    <message>
        <source>Every other device and browser signed in to %1 as %2 is signed out, and your personal access tokens stop working. This session stays signed in.</source>
        <comment>%1 is a server address, %2 a username</comment>
        <translation>%1 に %2 としてサインインしているほかのすべてのデバイスとブラウザーがサインアウトされ、パーソナルアクセストークンは使えなくなります。このセッションはサインインしたままです。</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another Liftoff is running; it receives the sign-in links.</source>
        <translation>別の Liftoff が実行中です。サインインのリンクはそちらが受け取ります。</translation>
    </message>
    <message>
        <source>A program of another user answers on the channel for sign-in links; Liftoff does not use it.</source>
        <translation>サインインリンク用のチャネルで別のユーザーのプログラムが応答しています。Liftoff はこのチャネルを使いません。</translation>
    </message>
    <message>
        <source>A program of another user answers on the channel for sign-in links; the link was not handed to it.</source>
        <translation>サインインリンク用のチャネルで別のユーザーのプログラムが応答しています。リンクは渡していません。</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>List the stored accounts and check whether each session is still valid.</source>
        <translation>保存されたアカウントを一覧表示し、各セッションがまだ有効か確認します。</translation>
    </message>
    <message>
        <source>Usage: liftoff status [options]</source>
        <translation>使い方: liftoff status [オプション]</translation>
    </message>
    <message>
        <source>every stored session is valid</source>
        <translation>保存されたすべてのセッションが有効</translation>
    </message>
    <message>
        <source>anything else (e.g. an unexpected server error)</source>
        <translation>その他すべて (例: サーバーの予期しないエラー)</translation>
    </message>
    <message>
        <source>usage: a wrong or unknown option</source>
        <translation>使い方の誤り: オプションが間違っているか不明</translation>
    </message>
    <message>
        <source>no stored session, or one expired, was rejected or has no token in the keychain: sign in again</source>
        <translation>保存されたセッションがない、またはいずれかが期限切れ、拒否された、キーチェーンにトークンがない: もう一度サインインしてください</translation>
    </message>
    <message>
        <source>a server could not be reached in time (its session is kept)</source>
        <translation>時間内に接続できないサーバーがあった (そのセッションは保持されます)</translation>
    </message>
    <message>
        <source>system keychain unavailable or locked</source>
        <translation>システムのキーチェーンが使えないかロックされている</translation>
    </message>
    <message>
        <source>When several apply, the first of 7, 3, 5, 1 in this order.</source>
        <translation>複数が該当する場合は、7、3、5、1 の順で最初のもの。</translation>
    </message>
    <message>
        <source>no stored session. Sign in with: liftoff login --server &lt;url&gt; --username &lt;name&gt;</source>
        <translation>保存されたセッションはありません。次のコマンドでサインインしてください: liftoff login --server &lt;URL&gt; --username &lt;名前&gt;</translation>
    </message>
    <message>
        <source>The session is kept.</source>
        <translation>セッションは保持されています。</translation>
    </message>
    <message>
        <source>Print one JSON array: per account server, userId, username, kind (session or personal-access-token), status, tokenExpires (null: does not expire), lastUsed and, when it is not valid, message. Tokens are never printed.</source>
        <translation>JSON 配列を 1 つ出力します: アカウントごとに server、userId、username、kind (session または personal-access-token)、status、tokenExpires (null: 有効期限なし)、lastUsed、および有効でない場合は message。トークンは出力しません。</translation>
    </message>
    <message>
        <source>Lists the accounts whose session is stored, one line each: server, username and status, one of valid, expired, rejected (the server no longer accepts the session), unreachable, keychain-problem or error. Each session is checked by signing in with it, all at once; checking does not count as using an account. A session found expired or rejected is forgotten, as the window does, so it is listed this once. What is wrong is said on stderr. When an account is kept as a personal access token, a fourth column gives each account&apos;s kind: session or personal-access-token.</source>
        <translation>セッションが保存されているアカウントを 1 行に 1 つずつ一覧表示します: サーバー、ユーザー名、状態。状態は valid (有効)、expired (期限切れ)、rejected (サーバーがセッションを受け付けない)、unreachable (接続できない)、keychain-problem (キーチェーンの問題)、error (エラー) のいずれかです。各セッションは、それを使ってサインインすることで、すべて同時に確認します。確認はアカウントの使用には数えません。期限切れまたは拒否と判明したセッションは、ウィンドウと同じように忘れるため、一覧に表示されるのはこの 1 回だけです。問題の内容は stderr に出力します。パーソナルアクセストークンとして保持されているアカウントがある場合は、4 列目に各アカウントの種類 (session または personal-access-token) を示します。</translation>
    </message>
</context>
<context>
    <name>StatusMessage</name>
    <message>
        <source>Success</source>
        <comment>icon next to a status message: all is well</comment>
        <translation>成功</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>icon next to a status message</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>icon next to a status message</comment>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>a progress bar next to a status message</comment>
        <translation>処理中</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>Print the stored session token, for scripts (from the keychain, no network).</source>
        <translation>保存されたセッショントークンを、スクリプト用に出力します (キーチェーンから読み取り、ネットワークは使いません)。</translation>
    </message>
    <message>
        <source>Usage: liftoff token [--server &lt;url&gt;] [--username &lt;name&gt;]</source>
        <translation>使い方: liftoff token [--server &lt;URL&gt;] [--username &lt;名前&gt;]</translation>
    </message>
    <message>
        <source>Prints the session token that &quot;liftoff login&quot; stored in the system keychain, followed by a line break, for scripts: the account given by --server and --username, or else the one used last. It reads the keychain only and does not ask the server whether the token is still accepted (liftoff status does). The token signs in as you: keep it out of logs, files and command lines.</source>
        <translation>「liftoff login」がシステムのキーチェーンに保存したセッショントークンを、改行付きでスクリプト用に出力します: 対象は --server と --username で指定したアカウント、なければ最後に使ったアカウントです。キーチェーンを読むだけで、トークンがまだ受け付けられるかはサーバーに確認しません (liftoff status は確認します)。トークンがあればあなたとしてサインインできます: ログ、ファイル、コマンドラインに残さないでください。</translation>
    </message>
    <message>
        <source>the token is on stdout</source>
        <translation>トークンを stdout に出力した</translation>
    </message>
    <message>
        <source>anything else</source>
        <translation>その他すべて</translation>
    </message>
    <message>
        <source>usage: a wrong or unknown option</source>
        <translation>使い方の誤り: オプションが間違っているか不明</translation>
    </message>
    <message>
        <source>no stored session, its token is not in the keychain, or it has expired: sign in with liftoff login</source>
        <translation>保存されたセッションがない、トークンがキーチェーンにない、または有効期限切れ: liftoff login でサインインしてください</translation>
    </message>
    <message>
        <source>system keychain unavailable or locked</source>
        <translation>システムのキーチェーンが使えないかロックされている</translation>
    </message>
    <message>
        <source>the stored session of %1 expired on %2. Sign in with: liftoff login --server %3 --username %4</source>
        <translation>%1 の保存されたセッションは %2 に有効期限が切れました。次のコマンドでサインインしてください: liftoff login --server %3 --username %4</translation>
    </message>
    <message>
        <source>the keychain holds no session token for %1. Sign in with: liftoff login --server %2 --username %3</source>
        <translation>キーチェーンに %1 のセッショントークンがありません。次のコマンドでサインインしてください: liftoff login --server %2 --username %3</translation>
    </message>
</context>
<context>
    <name>TokenLinkConfirmation</name>
    <message>
        <source>%1 did not say whose session it holds, so Liftoff did not sign in.</source>
        <comment>%1 is a server address</comment>
        <translation>%1 がリンクのセッションの持ち主を示さなかったため、Liftoff はサインインしませんでした。</translation>
    </message>
    <message>
        <source>%1 does not accept the session it holds (it was signed out, or it expired), so Liftoff did not sign in.</source>
        <comment>%1 is a server address</comment>
        <translation>%1 はリンクのセッションを受け付けません (サインアウト済みか期限切れです)。Liftoff はサインインしませんでした。</translation>
    </message>
    <message>
        <source>Liftoff could not ask %1 whose session it holds. %2</source>
        <comment>%1 is a server address, %2 says why</comment>
        <translation>Liftoff は、リンクのセッションの持ち主を %1 に確認できませんでした。%2</translation>
    </message>
</context>
<context>
    <name>TwoFactorPage</name>
    <message>
        <source>Two-factor authentication</source>
        <translation>二要素認証</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <comment>the name of the page asking for a code</comment>
        <translation>二要素認証</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>確認コード</translation>
    </message>
    <message>
        <source>123456</source>
        <comment>placeholder: what a verification code looks like</comment>
        <translation>123456</translation>
    </message>
    <message>
        <source>&amp;Verification code:</source>
        <translation>確認コード(&amp;V):</translation>
    </message>
    <message>
        <source>E-mail code status</source>
        <translation>メールのコードの状態</translation>
    </message>
    <message>
        <source>Verification problem</source>
        <translation>確認の問題</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>コードを確認しています…</translation>
    </message>
    <message>
        <source>Checking the code</source>
        <translation>コードを確認しています</translation>
    </message>
    <message>
        <source>Send a &amp;new code</source>
        <translation>新しいコードを送信(&amp;N)</translation>
    </message>
    <message>
        <source>Send a new code by e-mail</source>
        <translation>新しいコードをメールで送信</translation>
    </message>
    <message>
        <source>Ask the server to e-mail you a fresh code, for example when the last one did not arrive or has expired.</source>
        <translation>前回のコードが届かなかった場合や有効期限が切れた場合などに、新しいコードをメールで送るようサーバーに依頼します。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel two-factor authentication</source>
        <translation>二要素認証をキャンセル</translation>
    </message>
    <message>
        <source>Go back to the sign-in page (Esc)</source>
        <translation>サインインページに戻ります (Esc)</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Verify the code</source>
        <translation>コードを確認</translation>
    </message>
    <message>
        <source>Asking for a new code…</source>
        <translation>新しいコードを依頼しています…</translation>
    </message>
    <message>
        <source>A new code is on its way to your e-mail address.</source>
        <translation>新しいコードをメールアドレスに送信しています。</translation>
    </message>
    <message>
        <source>A new code is on its way to %1.</source>
        <comment>%1 is an e-mail address</comment>
        <translation>新しいコードを %1 に送信しています。</translation>
    </message>
    <message>
        <source>A new code is on its way to the e-mail address of %1.</source>
        <comment>%1 is a user name</comment>
        <translation>新しいコードを %1 のメールアドレスに送信しています。</translation>
    </message>
    <message>
        <source>Type the code from the e-mail.</source>
        <translation>メールに記載されたコードを入力してください。</translation>
    </message>
    <message>
        <source>Type the code your authenticator app shows.</source>
        <translation>認証アプリに表示されたコードを入力してください。</translation>
    </message>
    <message>
        <source>Your server sent a verification code to your e-mail address. Type it here, or paste it as it is.</source>
        <translation>サーバーからメールアドレスに確認コードが送信されました。ここに入力するか、そのまま貼り付けてください。</translation>
    </message>
    <message>
        <source>Your server sent a verification code to %1. Type it here, or paste it as it is.</source>
        <comment>%1 is an e-mail address</comment>
        <translation>サーバーから %1 に確認コードが送信されました。ここに入力するか、そのまま貼り付けてください。</translation>
    </message>
    <message>
        <source>Your server sent a verification code to the e-mail address of %1. Type it here, or paste it as it is.</source>
        <comment>%1 is a user name</comment>
        <translation>サーバーから %1 のメールアドレスに確認コードが送信されました。ここに入力するか、そのまま貼り付けてください。</translation>
    </message>
    <message>
        <source>Open the authenticator app you set up for this account and type the six-digit code it shows for your Rocket.Chat server.</source>
        <translation>このアカウント用に設定した認証アプリを開き、Rocket.Chat サーバー用に表示される 6 桁のコードを入力してください。</translation>
    </message>
</context>
<context>
    <name>UntrustedCertificate</name>
    <message>
        <source>it is self-signed, not issued by an authority this computer trusts</source>
        <translation>自己署名されており、このコンピューターが信頼する認証局から発行されたものではない</translation>
    </message>
    <message>
        <source>it was issued by an authority this computer does not know</source>
        <translation>このコンピューターが知らない認証局から発行されている</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>有効期限が切れている</translation>
    </message>
    <message>
        <source>it is not valid yet (check this computer&apos;s date and time)</source>
        <translation>まだ有効になっていない (このコンピューターの日付と時刻を確認してください)</translation>
    </message>
    <message>
        <source>it was made for another server name than %1</source>
        <translation>%1 とは別のサーバー名に対して発行されている</translation>
    </message>
    <message>
        <source>its authority has revoked it</source>
        <translation>発行元の認証局によって失効している</translation>
    </message>
    <message>
        <source>it could not be verified</source>
        <translation>検証できなかった</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two certificate problems</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>The security certificate of %1 is not trusted: %2. Liftoff did not connect.</source>
        <translation>%1 のセキュリティ証明書は信頼されていません: %2。Liftoff は接続しませんでした。</translation>
    </message>
    <message>
        <source>The server %1 sent no security certificate, so Liftoff did not connect.</source>
        <translation>サーバー %1 がセキュリティ証明書を送信しなかったため、Liftoff は接続しませんでした。</translation>
    </message>
    <message>
        <source>The security certificate of %1 cannot be trusted: %2. Liftoff did not connect. Ask the server&apos;s administrator to replace the certificate.</source>
        <translation>%1 のセキュリティ証明書は信頼できません: %2。Liftoff は接続しませんでした。サーバーの管理者に証明書の交換を依頼してください。</translation>
    </message>
    <message>
        <source>WARNING: the security certificate of %1 has CHANGED since you trusted it. Someone may be intercepting your connection to read your password. Liftoff did not connect. Trust the new certificate only if the server&apos;s administrator confirms that they replaced it and that its SHA-256 fingerprint is %2 (the one you trusted before was %3). What is wrong with it: %4.</source>
        <translation>警告: %1 のセキュリティ証明書が、信頼した時点から変更されています。何者かが接続を傍受して、パスワードを盗み見ようとしている可能性があります。Liftoff は接続しませんでした。サーバーの管理者が証明書を交換したこと、およびその SHA-256 フィンガープリントが %2 であることを確認した場合にのみ、新しい証明書を信頼してください (以前に信頼した証明書のフィンガープリントは %3 です)。証明書の問題: %4。</translation>
    </message>
    <message>
        <source>The security certificate of %1 is not trusted: %2. Liftoff did not connect. If this is your organization&apos;s own server, compare the certificate&apos;s SHA-256 fingerprint, %3, with the one its administrator gives you, and trust it only if they match. Otherwise check the address.</source>
        <translation>%1 のセキュリティ証明書は信頼されていません: %2。Liftoff は接続しませんでした。組織独自のサーバーである場合は、証明書の SHA-256 フィンガープリント %3 を管理者から伝えられたものと比較し、一致する場合にのみ信頼してください。そうでない場合は、アドレスを確認してください。</translation>
    </message>
    <message>
        <source>The security certificate of %1 has changed since you trusted it. Someone may be intercepting your connection to read your password. Liftoff did not connect. What is wrong with it: %2.</source>
        <translation>%1 のセキュリティ証明書が、信頼した時点から変更されています。何者かが接続を傍受して、パスワードを盗み見ようとしている可能性があります。Liftoff は接続しませんでした。証明書の問題: %2。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connect to the Rocket.Chat server at &lt;url&gt;.</source>
        <translation>&lt;URL&gt; の Rocket.Chat サーバーに接続します。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Allow an unencrypted (http:// or ws://) connection to a server that is not on this computer.</source>
        <translation>このコンピューター上にないサーバーへの暗号化されていない接続 (http:// または ws://) を許可します。</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s: %1. Also for the commands (liftoff login --lang de …).</source>
        <translation>システムの言語の代わりにこの言語を使います: %1。コマンドにも使えます (liftoff login --lang ja …)。</translation>
    </message>
    <message>
        <source>code</source>
        <comment>placeholder in the option list: --lang &lt;code&gt;</comment>
        <translation>コード</translation>
    </message>
    <message>
        <source>Liftoff: sign in to your Rocket.Chat server.</source>
        <translation>Liftoff: Rocket.Chat サーバーにサインインします。</translation>
    </message>
    <message>
        <source>Without a command, opens the window.</source>
        <translation>コマンドを指定しないと、ウィンドウを開きます。</translation>
    </message>
    <message>
        <source>Run &quot;liftoff --help&quot; for the window&apos;s options, &quot;liftoff help&quot; for the commands.</source>
        <translation>ウィンドウのオプションは「liftoff --help」、コマンドは「liftoff help」で表示できます。</translation>
    </message>
    <message>
        <source>unexpected argument; a command goes first (liftoff login …).</source>
        <translation>予期しない引数です。コマンドは最初に指定します (liftoff login …)。</translation>
    </message>
    <message>
        <source>cannot open the window: %1</source>
        <translation>ウィンドウを開けません: %1</translation>
    </message>
    <message>
        <source>%1 is from another build of Liftoff (%2)</source>
        <comment>%1 is a file name, %2 a version</comment>
        <translation>%1 は別のビルドの Liftoff のものです (%2)</translation>
    </message>
</context>
</TS>
