// Text that comes from a server, a link or a person, as the real window shows it: as it is, never
// read as markup, never a link to follow, never a mnemonic. Each place such text reaches (a
// server address, a sign-in link and its confirmation, a refused link, a sign-in service's label,
// an account's name) is fed markup that would hide the text after it (<b>x</b><!--) or make a
// link (<a href="file:///etc/passwd">x</a>), against the real dev server and the session's real
// keychain (scripts/with-session.sh). Also: the password field keeps nothing of a password once a
// sign-in ended or the page was left, not even in its undo history.

#include "../shared/widgetfinder.h"
#include "auth/signincontroller.h"
#include "auth/signincontroller_p.h"
#include "devserver.h"
#include "storage/accountstore.h"
#include "storage/keychaintokenstore.h"
#include "storage/tokenstore.h"
#include "ui/mainwindow.h"
#include "ui/recentservers.h"
#include "userdirectory.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <memory>
#include <utility>

namespace {

// Hides everything after it, when read as rich text.
const QString hidingMarkup = QStringLiteral("<b>x</b><!--");
// A link that opens a local file, when read as rich text.
const QString linkMarkup = QStringLiteral("<a href=\"file:///etc/passwd\">x</a>");

const QString signInPage = QStringLiteral("Sign in");
const QString signedInPage = QStringLiteral("Signed in");
const QString browserPage = QStringLiteral("Continue in your browser");

// A session token and user id as a link carries them.
const QString linkUserId = QStringLiteral("mZ7xQ2wE5rT8yU1iO");

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// What a tooltip shows: Qt reads it as rich text when it might be some.
QString shownToolTip(const QString &toolTip)
{
    if (!Qt::mightBeRichText(toolTip))
        return toolTip;
    QTextDocument document;
    document.setHtml(toolTip);
    return document.toPlainText();
}

// The label of a message box that shows its text.
QLabel *textLabel(const QMessageBox *box)
{
    const auto labels = box->findChildren<QLabel *>();
    for (QLabel *label : labels)
        if (label->text() == box->text())
            return label;
    return nullptr;
}

// One run of the application: the stores (the session's keychain, the account list in a
// temporary settings file), the controller, the window, on a dev server.
// The dev server's DDP endpoint under any path too, as a Rocket.Chat installed at
// https://host/<path> serves it: a TCP relay that rewrites the path of the request line ending in
// /websocket to /websocket, and passes everything else on as it is.
class PathRelay : public QTcpServer
{
public:
    explicit PathRelay(quint16 target) : m_target(target)
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *client = nextPendingConnection())
                serve(client);
        });
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }

private:
    void serve(QTcpSocket *client)
    {
        auto *upstream = new QTcpSocket(client);
        auto *head = new QByteArray;
        connect(client, &QObject::destroyed, [head] { delete head; });
        auto passing = std::make_shared<bool>(false);
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
        connect(client, &QTcpSocket::readyRead, client, [client, upstream, head, passing] {
            QByteArray data = client->readAll();
            if (!*passing) {
                head->append(data);
                const qsizetype end = head->indexOf("\r\n");
                if (end < 0)
                    return;
                const QByteArray line = head->left(end);
                const qsizetype from = line.indexOf(' ');
                const qsizetype to = line.lastIndexOf(' ');
                QByteArray path = line.mid(from + 1, to - from - 1);
                const qsizetype ddp = path.lastIndexOf("/websocket");
                if (ddp > 0)
                    path = path.mid(ddp);
                data = line.left(from + 1) + path + line.mid(to) + head->mid(end);
                head->clear();
                *passing = true;
            }
            upstream->write(data);
        });
        connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client,
                [client] { client->disconnectFromHost(); });
        connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
            upstream->disconnectFromHost();
            client->deleteLater();
        });
    }

    quint16 m_target;
};

class Run
{
public:
    explicit Run(const DevServerOptions &options = {})
        : server(options)
        , settings(dir.filePath(QStringLiteral("liftoff.conf")), QSettings::IniFormat)
        , accounts(&settings)
    {
        SignInControllerPrivate::get(controller)->setServerCheckDelayMs(50);
        controller.setStores(&keychain, &accounts);
    }

    bool start()
    {
        if (!dir.isValid() || !server.listen(0))
            return false;
        window = std::make_unique<MainWindow>(&controller);
        window->resize(520, 720);
        window->show();
        window->activateWindow();
        return QTest::qWaitForWindowActive(window.get());
    }

    QString url() const { return server.httpUrl().toString(QUrl::FullyEncoded); }

    template<typename T> T *find(const QString &name) const
    {
        return findByAccessibleName<T>(window.get(), name, FindVisible::First);
    }
    QLineEdit *field(const QString &name) const { return find<QLineEdit>(name); }
    QPushButton *button(const QString &name) const { return find<QPushButton>(name); }
    QLabel *label(const QString &name) const
    {
        return findLabel(window.get(), name, FindVisible::First);
    }
    QString pageName() const
    {
        return window->findChild<QStackedWidget *>()->currentWidget()->accessibleName();
    }

    // The server typed in, checked; then user name and password typed, and Enter.
    bool signIn(const QString &address, const QString &user, const QString &password)
    {
        window->setServer(address, false);
        if (!QTest::qWaitFor([&] { return controller.state() == SignInController::State::Ready; },
                             10000))
            return false;
        typeCredentials(user, password);
        return true;
    }
    void typeCredentials(const QString &user, const QString &password)
    {
        QLineEdit *userField = field(QStringLiteral("Username or e-mail address"));
        userField->setFocus(Qt::OtherFocusReason);
        userField->selectAll();
        QTest::keyClicks(userField, user);
        QLineEdit *passwordField = field(QStringLiteral("Password"));
        passwordField->setFocus(Qt::OtherFocusReason);
        passwordField->selectAll();
        QTest::keyClicks(passwordField, password);
        QTest::keyClick(passwordField, Qt::Key_Return);
    }

    QTemporaryDir dir;
    DevServer server;
    QSettings settings;
    AccountStore accounts;
    KeychainTokenStore keychain;
    SignInController controller;
    std::unique_ptr<MainWindow> window;
};

} // namespace

class TestPlainTextSinks : public QObject
{
    Q_OBJECT

private:
    // label shows text as it is: plain text, with no link to follow.
    static void checkPlain(const QLabel *label)
    {
        QVERIFY(label);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        const bool linksReachable = label->textInteractionFlags()
            & (Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        QVERIFY2(!linksReachable || !label->openExternalLinks(), qPrintable(label->text()));
    }

    // Every label of the box shows its text as it is.
    static void checkPlain(const QMessageBox *box)
    {
        QVERIFY(box);
        QCOMPARE(box->textFormat(), Qt::PlainText);
        checkPlain(textLabel(box));
        if (QTest::currentTestFailed())
            return;
        const auto labels = box->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (!label->text().isEmpty())
                QCOMPARE(label->textFormat(), Qt::PlainText);
        }
    }

    // The password field is empty and has no undo history, even shown as text (a password
    // field hides its history, but keeps it).
    static void checkPasswordForgotten(QLineEdit *password)
    {
        QVERIFY(password);
        QVERIFY(password->text().isEmpty());
        password->setEchoMode(QLineEdit::Normal);
        QVERIFY(!password->isUndoAvailable());
        password->undo();
        QVERIFY(password->text().isEmpty());
        password->setEchoMode(QLineEdit::Password);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LiftoffTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_plaintextsinks"));
        // A service sign-in opens this "browser", which does nothing.
        qputenv("BROWSER", "/bin/true %s");
    }

    void init() { RecentServers().clear(); }

    void serverAddressPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("markup");
        QTest::newRow("hiding") << hidingMarkup << QStringLiteral("<b>");
        QTest::newRow("link") << QStringLiteral("%3Ca%20href=%22file:///etc/passwd%22%3Ex%3C/a%3E")
                              << QStringLiteral("<a ");
    }

    // The server field, the progress while signing in, and the link confirmation: the address
    // as displayString() gives it (markup kept percent-encoded), as plain text.
    void serverAddressPath()
    {
        QFETCH(QString, path);
        QFETCH(QString, markup);
        DevServerOptions options;
        options.frameDelayMs = 1500; // time to see the progress while the server is checked
        Run run(options);
        QVERIFY(run.start());
        const QString address = run.url() + QLatin1Char('/') + path;
        const QString display = ServerAddress::parse(address).displayString();
        QVERIFY(!display.isEmpty());
        QVERIFY2(!display.contains(markup), qPrintable(display));
        QVERIFY2(display.contains(QLatin1String("%3C")), qPrintable(display));

        // Signing in while the server is checked: "Signing in to …".
        run.window->setServer(address, false);
        run.typeCredentials(QStringLiteral("alice"), QStringLiteral("wonderland"));
        QLabel *progress = run.label(QStringLiteral("signInProgress"));
        QVERIFY(progress);
        QTRY_VERIFY(progress->isVisible());
        QVERIFY2(progress->text().contains(display), qPrintable(progress->text()));
        checkPlain(progress);
    }

    void tokenLinkConfirmation_data() { serverAddressPath_data(); }

    // A session-token link whose host holds markup: the question still says all it must (the
    // server, the user id, the warning), as plain text.
    void tokenLinkConfirmation()
    {
        QFETCH(QString, path);
        QFETCH(QString, markup);
        Run run;
        QVERIFY(run.start());
        // The link's server is asked whose session it is first: it must answer under the path.
        PathRelay relay(run.server.port());
        QVERIFY(relay.isListening());
        UserAccount owner;
        owner.id = linkUserId;
        owner.username = QStringLiteral("linkowner");
        run.server.users().addUser(owner);
        const QString token = run.server.users().issueToken(linkUserId).token;
        const QString host = relay.url() + QLatin1Char('/') + path;
        run.window->handleLink(QStringLiteral("rocketchat://auth?host=%1&token=%2&userId=%3")
                                   .arg(encoded(host), token, linkUserId));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = run.window->findChild<QMessageBox *>(QStringLiteral("confirm-link"))));
        const QString display = run.controller.pendingLink().server().displayString();
        QVERIFY(!display.isEmpty());
        QVERIFY2(box->text().contains(display), qPrintable(box->text()));
        QVERIFY2(!box->text().contains(markup), qPrintable(box->text()));
        QVERIFY(box->text().contains(linkUserId));
        QVERIFY(box->text().contains(QLatin1String("their account"))); // the warning
        checkPlain(box);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirm-link-no")),
                          Qt::LeftButton);
        QVERIFY(!run.controller.pendingLink().isValid());
    }

    void refusedLink_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("markup");
        QTest::newRow("type hiding")
            << QStringLiteral("type=") + encoded(hidingMarkup) << hidingMarkup;
        QTest::newRow("type link") << QStringLiteral("type=") + encoded(linkMarkup) << linkMarkup;
        QTest::newRow("repeated name") << encoded(linkMarkup) + QStringLiteral("=1&")
                + encoded(linkMarkup)
                + QStringLiteral("=2") << linkMarkup;
    }

    // A link refused while signed in: the box quotes it, as plain text; nothing in it opens.
    void refusedLink()
    {
        QFETCH(QString, query);
        QFETCH(QString, markup);
        Run run;
        QVERIFY(run.start());
        QVERIFY(run.signIn(run.url(), QStringLiteral("alice"), QStringLiteral("wonderland")));
        QTRY_COMPARE(run.pageName(), signedInPage);

        run.window->handleLink(
            QStringLiteral("rocketchat://auth?host=%1&%2").arg(encoded(run.url()), query));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = run.window->findChild<QMessageBox *>(QStringLiteral("refused-link"))));
        QVERIFY2(box->text().contains(markup), qPrintable(box->text()));
        checkPlain(box);
        box->close();
    }

    // Labels of sign-in services come from the server: the buttons show them as they are (no
    // mnemonic), their tooltips too, and so does the page waiting for the browser.
    void serviceLabels()
    {
        const QString ampersand = QStringLiteral("Research & Development");
        const auto service = [](const QString &name, const QString &label) {
            return QJsonObject { { QStringLiteral("_id"), name + QStringLiteral("-id") },
                                 { QStringLiteral("service"), name },
                                 { QStringLiteral("clientId"), QStringLiteral("liftoff-test") },
                                 { QStringLiteral("buttonLabelText"), label } };
        };
        DevServerOptions options;
        options.loginServiceConfigurations
            = QJsonArray { service(QStringLiteral("github"), hidingMarkup),
                           service(QStringLiteral("gitlab"), linkMarkup),
                           service(QStringLiteral("google"), ampersand) };
        Run run(options);
        QVERIFY(run.start());
        run.window->setServer(run.url(), false);
        QTRY_COMPARE(run.controller.state(), SignInController::State::Ready);

        const QList<std::pair<QString, QString>> buttons
            = { { QStringLiteral("github"), hidingMarkup },
                { QStringLiteral("gitlab"), linkMarkup },
                { QStringLiteral("google"), ampersand } };
        for (const auto &[name, label] : buttons) {
            QPushButton *button = nullptr;
            QTRY_VERIFY(
                (button = run.window->findChild<QPushButton *>(QStringLiteral("service-") + name)));
            QCOMPARE(button->text(), QString(label).replace(u'&', QStringLiteral("&&")));
            QVERIFY2(QKeySequence::mnemonic(button->text()).isEmpty(), qPrintable(name));
            QVERIFY2(shownToolTip(button->toolTip()).contains(label),
                     qPrintable(button->toolTip()));
            QCOMPARE(button->accessibleName(), QStringLiteral("Sign in with ") + label);
        }

        // The page waiting for the browser names the service.
        QPushButton *github
            = run.window->findChild<QPushButton *>(QStringLiteral("service-github"));
        QTest::mouseClick(github, Qt::LeftButton);
        QTRY_COMPARE(run.pageName(), browserPage);
        QLabel *text = run.label(QStringLiteral("browserProgress"));
        QVERIFY(text);
        QVERIFY2(text->text().contains(hidingMarkup), qPrintable(text->text()));
        checkPlain(text);
    }

    void accountName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("hiding") << hidingMarkup;
        QTest::newRow("link") << linkMarkup;
    }

    // A display name is the person's (or the server's): the signed-in page and the question
    // before removing the account show it as it is.
    void accountName()
    {
        QFETCH(QString, name);
        Run run;
        UserAccount mallory;
        mallory.username = QStringLiteral("mallory");
        mallory.name = name;
        mallory.emails = { { QStringLiteral("mallory@example.com"), true } };
        mallory.passwordDigest = UserDirectory::passwordDigest(QStringLiteral("malicious"));
        run.server.users().addUser(mallory);
        QVERIFY(run.start());
        QVERIFY(run.signIn(run.url(), QStringLiteral("mallory"), QStringLiteral("malicious")));
        QTRY_COMPARE(run.pageName(), signedInPage);
        for (const QString &field :
             { QStringLiteral("signInSummary"), QStringLiteral("displayName") }) {
            QLabel *label = run.label(field);
            QVERIFY2(label && label->text().contains(name), qPrintable(field));
            checkPlain(label);
        }

        QTRY_VERIFY(run.accounts.contains(TokenStore::entryKey(
            run.controller.user().account.userId, run.controller.user().account.server)));
        auto *list = run.find<QListWidget>(QStringLiteral("Accounts on this computer"));
        QVERIFY(list);
        QTRY_COMPARE(list->count(), 1);
        list->setCurrentRow(0);
        QPushButton *remove = run.button(QStringLiteral("Remove the selected account"));
        QVERIFY(remove && remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        const QPointer<QMessageBox> box = messageBoxWithFocus(run.window.get());
        QVERIFY(box);
        QVERIFY2(box->text().contains(name), qPrintable(box->text()));
        checkPlain(box);
        QPushButton *keep
            = findByAccessibleName<QPushButton>(box, QStringLiteral("Keep the account"));
        QVERIFY(keep);
        QTest::mouseClick(keep, Qt::LeftButton);
        QTRY_VERIFY(!box || !box->isVisible()); // closed, and deleted
        run.controller.signOut(); // the session's keychain keeps nothing of it
        QTRY_COMPARE(run.pageName(), signInPage);
    }

    // The password field after a sign-in that succeeded, after one that failed, and after the
    // page was left for another (here, a browser sign-in): empty, no undo history.
    void passwordLeavesNothing_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("signed in") << QStringLiteral("signed in");
        QTest::newRow("wrong password") << QStringLiteral("wrong password");
        QTest::newRow("page left") << QStringLiteral("page left");
    }

    void passwordLeavesNothing()
    {
        QFETCH(QString, how);
        DevServerOptions options;
        options.loginServiceConfigurations = QJsonArray { QJsonObject {
            { QStringLiteral("_id"), QStringLiteral("github-id") },
            { QStringLiteral("service"), QStringLiteral("github") },
            { QStringLiteral("clientId"), QStringLiteral("liftoff-test") } } };
        Run run(options);
        QVERIFY(run.start());
        QLineEdit *password = run.field(QStringLiteral("Password"));
        QVERIFY(password);
        if (how == QLatin1String("page left")) {
            run.window->setServer(run.url(), false);
            QTRY_COMPARE(run.controller.state(), SignInController::State::Ready);
            password->setFocus(Qt::OtherFocusReason);
            QTest::keyClicks(password, QStringLiteral("wonderland"));
            QPushButton *github = nullptr;
            QTRY_VERIFY(
                (github = run.window->findChild<QPushButton *>(QStringLiteral("service-github"))));
            QTest::mouseClick(github, Qt::LeftButton);
            QTRY_COMPARE(run.pageName(), browserPage);
        } else if (how == QLatin1String("signed in")) {
            QVERIFY(run.signIn(run.url(), QStringLiteral("alice"), QStringLiteral("wonderland")));
            QTRY_COMPARE(run.pageName(), signedInPage);
        } else {
            QVERIFY(
                run.signIn(run.url(), QStringLiteral("alice"), QStringLiteral("looking-glass")));
            QTRY_COMPARE(run.controller.error().kind(), SignInError::Kind::WrongCredentials);
            QTRY_VERIFY(password->isEnabled());
            QCOMPARE(run.pageName(), signInPage);
        }
        checkPasswordForgotten(password);
        if (run.controller.state() == SignInController::State::SignedIn) {
            run.controller.signOut();
            QTRY_COMPARE(run.pageName(), signInPage);
        }
    }
};

QTEST_MAIN(TestPlainTextSinks)
#include "tst_plaintextsinks.moc"
