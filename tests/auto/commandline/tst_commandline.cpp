#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

// The `liftoff` binary as a user or a script runs it. LIFTOFF_APP (set by CTest) points at it.
class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QString m_app;

    // An environment with no display at all, as on a server or in CI.
    static QProcessEnvironment withoutDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        return env;
    }

    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };

    Run run(const QStringList &args)
    {
        QProcess process;
        process.setProcessEnvironment(withoutDisplay());
        process.start(m_app, args);
        if (!process.waitForFinished(30000)) {
            process.kill();
            return { -1, {}, QStringLiteral("timed out") };
        }
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                 QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_app = qEnvironmentVariable("LIFTOFF_APP");
        QVERIFY2(!m_app.isEmpty(), "LIFTOFF_APP must point at the liftoff binary");
    }

    void versionWithoutDisplay_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("long") << QStringLiteral("--version");
        QTest::newRow("short") << QStringLiteral("-v");
    }

    void versionWithoutDisplay()
    {
        QFETCH(QString, option);
        const Run result = run({ option });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QLatin1String("liftoff ")), qPrintable(result.out));
        QVERIFY(result.out.contains(QRegularExpression(QStringLiteral("\\d+\\.\\d+\\.\\d+"))));
    }

    void helpWithoutDisplay()
    {
        const Run result = run({ QStringLiteral("--help") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QLatin1String("Usage:")));
        QVERIFY(result.out.contains(QLatin1String("--server")));
        QVERIFY(result.out.contains(QLatin1String("Rocket.Chat")));
    }

    void unknownOptionIsAUsageError()
    {
        const Run result = run({ QStringLiteral("--no-such-option") });
        QVERIFY(result.exitCode != 0);
        QVERIFY(result.err.contains(QLatin1String("no-such-option")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
