// BrowserLauncher: the BROWSER variable (commands, %s, no shell), and real processes started.

#include "sso/browserlauncher.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestBrowserLauncher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void commands()
    {
        QCOMPARE(BrowserLauncher::browserCommands(QStringLiteral("firefox:: lynx %s :")),
                 QStringList({ QStringLiteral("firefox"), QStringLiteral("lynx %s") }));
    }

    void commandLine_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("expected");
        const QString url = QStringLiteral("https://x.example/a?b=1&c=$(reboot)");
        QTest::newRow("appended") << QStringLiteral("firefox")
                                  << QStringList { QStringLiteral("firefox"), url };
        QTest::newRow("placed") << QStringLiteral("open -a Safari %s")
                                << QStringList { QStringLiteral("open"), QStringLiteral("-a"),
                                                 QStringLiteral("Safari"), url };
        QTest::newRow("inside an argument")
            << QStringLiteral("browser --url=%s")
            << QStringList { QStringLiteral("browser"), QStringLiteral("--url=") + url };
        QTest::newRow("quoted program")
            << QStringLiteral("\"/opt/My Browser/run\" %s")
            << QStringList { QStringLiteral("/opt/My Browser/run"), url };
    }

    void commandLine()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, expected);
        QCOMPARE(BrowserLauncher::commandLine(
                     command, QStringLiteral("https://x.example/a?b=1&c=$(reboot)")),
                 expected);
    }

    void firstThatStartsWins()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("opened"));
        const QString script = dir.filePath(QStringLiteral("browser.sh"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\necho \"$1\" > \"" + out.toUtf8() + "\"\n");
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("BROWSER",
                (QStringLiteral("/nonexistent/one %s:") + script + QStringLiteral(" %s")).toUtf8());
        const QUrl url(QStringLiteral("https://x.example/start?state=a%2Bb"));
        QString problem;
        QVERIFY(BrowserLauncher::open(url, &problem));
        QVERIFY(problem.isEmpty());
        const auto written = [&out] {
            QFile opened(out);
            return opened.open(QIODevice::ReadOnly) ? QString::fromUtf8(opened.readAll()).trimmed()
                                                    : QString();
        };
        QTRY_COMPARE(written(), QStringLiteral("https://x.example/start?state=a%2Bb"));
    }

    void noneStarts()
    {
        qputenv("BROWSER", "/nonexistent/one %s:/nonexistent/two");
        bool systemAsked = false;
        BrowserLauncher::setSystemOpener([&systemAsked](const QUrl &) {
            systemAsked = true;
            return true;
        });
        QString problem;
        QVERIFY(!BrowserLauncher::open(QUrl(QStringLiteral("https://x.example/")), &problem));
        QVERIFY(problem.contains(QStringLiteral("BROWSER")));
        QVERIFY(!systemAsked); // BROWSER was the person's choice: no other browser instead
        BrowserLauncher::setSystemOpener({});
    }

    void systemOpener()
    {
        qunsetenv("BROWSER");
        QUrl seen;
        BrowserLauncher::setSystemOpener([&seen](const QUrl &url) {
            seen = url;
            return false;
        });
        QString problem;
        QVERIFY(!BrowserLauncher::open(QUrl(QStringLiteral("https://x.example/")), &problem));
        QCOMPARE(seen, QUrl(QStringLiteral("https://x.example/")));
        QVERIFY(!problem.isEmpty());
        BrowserLauncher::setSystemOpener({});
    }
};

QTEST_GUILESS_MAIN(TestBrowserLauncher)
#include "tst_browserlauncher.moc"
