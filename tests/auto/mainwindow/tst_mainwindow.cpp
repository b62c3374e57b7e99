#include "ddpconnection.h"
#include "devserver.h"
#include "mainwindow.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

// The main window as a person uses it, against the real dev server.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    template<typename T> static T *byAccessibleName(QWidget *window, const QString &name)
    {
        const auto widgets = window->findChildren<T *>();
        for (T *w : widgets)
            if (w->accessibleName() == name)
                return w;
        return nullptr;
    }

private Q_SLOTS:
    void everyControlHasAnAccessibleName()
    {
        DdpConnection connection;
        MainWindow window(&connection);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (QWidget *w : window.findChildren<QWidget *>()) {
            if (qobject_cast<QLineEdit *>(w) || qobject_cast<QPushButton *>(w)
                || qobject_cast<QCheckBox *>(w))
                QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        }
    }

    void connectsWithTheKeyboard()
    {
        DevServer server;
        QVERIFY(server.listen(0));
        DdpConnection connection;
        MainWindow window(&connection);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *field = byAccessibleName<QLineEdit>(&window, QStringLiteral("Server address"));
        auto *status = byAccessibleName<QLabel>(&window, QStringLiteral("Connection status"));
        QVERIFY(field && status);
        field->setFocus();
        QTest::keyClicks(field, server.httpUrl().toString());
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE(connection.state(), DdpConnection::State::Connected);
        QTRY_VERIFY(status->text().startsWith(QLatin1String("Connected to")));
    }

    void typoGetsAClearMessageAndNoConnection()
    {
        DdpConnection connection;
        MainWindow window(&connection);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *field = byAccessibleName<QLineEdit>(&window, QStringLiteral("Server address"));
        auto *button
            = byAccessibleName<QPushButton>(&window, QStringLiteral("Connect to the server"));
        auto *status = byAccessibleName<QLabel>(&window, QStringLiteral("Connection status"));
        QTest::keyClicks(field, QStringLiteral("ht!tp://chat"));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(connection.state(), DdpConnection::State::Disconnected);
        QCOMPARE(status->text(),
                 ServerAddress::parse(QStringLiteral("ht!tp://chat")).errorMessage());
    }

    void refusesPlainHttpToAnotherHost()
    {
        DdpConnection connection;
        MainWindow window(&connection);
        window.connectTo(QStringLiteral("http://chat.example.com"), false);
        QCOMPARE(connection.state(), DdpConnection::State::Disconnected);
        auto *status = byAccessibleName<QLabel>(&window, QStringLiteral("Connection status"));
        QCOMPARE(status->text(),
                 ServerAddress::parse(QStringLiteral("http://chat.example.com")).errorMessage());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
