#include "ui/recentservers.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// The servers offered in the server field: most recent first, no duplicates, bounded, only
// origins.
class TestRecentServers : public QObject
{
    Q_OBJECT

private:
    static ServerAddress address(const QString &text) { return ServerAddress::parse(text); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LiftoffTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_recentservers"));
    }

    void init() { RecentServers().clear(); }

    void mostRecentFirstWithoutDuplicates()
    {
        RecentServers recent;
        QSignalSpy changed(&recent, &RecentServers::changed);
        QVERIFY(recent.servers().isEmpty());
        recent.add(address(QStringLiteral("chat.example.com")));
        recent.add(address(QStringLiteral("http://127.0.0.1:3000")));
        recent.add(address(QStringLiteral("https://CHAT.example.com/")));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(recent.servers(),
                 (QStringList { QStringLiteral("chat.example.com"),
                                QStringLiteral("http://127.0.0.1:3000") }));
        // Another instance (the next start) sees the same.
        QCOMPARE(RecentServers().servers(), recent.servers());
    }

    void keepsOnlyTheLatest()
    {
        RecentServers recent;
        for (int i = 0; i < RecentServers::maximumCount + 3; ++i)
            recent.add(address(QStringLiteral("chat%1.example.com").arg(i)));
        const QStringList servers = recent.servers();
        QCOMPARE(servers.size(), RecentServers::maximumCount);
        QCOMPARE(servers.first(),
                 QStringLiteral("chat%1.example.com").arg(RecentServers::maximumCount + 2));
    }

    void remembersTheLdapChoicePerServer()
    {
        RecentServers recent;
        recent.add(address(QStringLiteral("a.example.com")), true);
        recent.add(address(QStringLiteral("b.example.com")), false);
        QVERIFY(recent.usedLdap(address(QStringLiteral("a.example.com"))));
        QVERIFY(!recent.usedLdap(address(QStringLiteral("b.example.com"))));
        QVERIFY(!recent.usedLdap(address(QStringLiteral("c.example.com"))));
        recent.add(address(QStringLiteral("a.example.com")), false);
        QVERIFY(!recent.usedLdap(address(QStringLiteral("a.example.com"))));
    }

    void ignoresInvalidAndEditedEntries()
    {
        RecentServers recent;
        recent.add(address(QStringLiteral("ht!tp://nope")));
        QVERIFY(recent.servers().isEmpty());
        {
            // A hand-edited settings file: only what parses as an origin comes back.
            QSettings settings;
            settings.beginGroup(QStringLiteral("RecentServers"));
            settings.beginWriteArray(QStringLiteral("servers"), 3);
            settings.setArrayIndex(0);
            settings.setValue(QStringLiteral("origin"),
                              QStringLiteral("https://user:pw@host.example"));
            settings.setArrayIndex(1);
            settings.setValue(QStringLiteral("origin"), QStringLiteral("mailto:x@example.com"));
            settings.setArrayIndex(2);
            settings.setValue(QStringLiteral("origin"), QStringLiteral("https://ok.example.com"));
            settings.endArray();
        }
        QCOMPARE(recent.servers(), QStringList { QStringLiteral("ok.example.com") });
    }

    void removeAndClear()
    {
        RecentServers recent;
        recent.add(address(QStringLiteral("a.example.com")));
        recent.add(address(QStringLiteral("b.example.com")));
        recent.remove(address(QStringLiteral("b.example.com")));
        QCOMPARE(recent.servers(), QStringList { QStringLiteral("a.example.com") });
        recent.clear();
        QVERIFY(recent.servers().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecentServers)
#include "tst_recentservers.moc"
